//! The index as the server sees it while a nightly run rewrites it: each worker thread
//! keeps one open [`Engine`] and, before every request, checks that the store file is
//! still the one it opened (`index --full` can move a damaged one aside and start
//! anew) and whether the full-text index's `meta.json`, which every commit rewrites,
//! changed since the reader last loaded it — only then is the reader reloaded, so
//! between commits requests share its open segments and their caches. Anything that
//! fails drops the engine and opens the index again; if that fails too, the request is
//! answered with a [`Problem`] (503) and the next request tries again — so an index
//! that is missing now is served as soon as it exists.

use std::cell::RefCell;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::problem::Problem;
use crate::index::STORE_FILE;
use crate::index::search::Engine;

struct Open {
    dir: PathBuf,
    /// The store file's device and inode when it was opened.
    file: (u64, u64),
    /// The inode, size and modification time of the full-text index's `meta.json`
    /// when the reader last loaded it.
    commit: Option<(u64, u64, SystemTime)>,
    engine: Engine,
}

thread_local! {
    static OPEN: RefCell<Option<Open>> = const { RefCell::new(None) };
}

fn identity(dir: &Path) -> Option<(u64, u64)> {
    std::fs::metadata(dir.join(STORE_FILE)).ok().map(|m| (m.dev(), m.ino()))
}

/// The inode, size and modification time of the full-text index's `meta.json`: a
/// commit writes a new file and renames it over the old one, so the inode alone
/// changes with every commit, however close in time.
fn commit(dir: &Path) -> Option<(u64, u64, SystemTime)> {
    let meta = std::fs::metadata(dir.join(crate::index::schema::TANTIVY_DIR).join("meta.json")).ok()?;
    Some((meta.ino(), meta.len(), meta.modified().ok()?))
}

/// Runs `f` with this thread's engine over the index of `dir`, fresh. An engine that
/// `f` finds unreadable (a 503) is dropped, to be opened anew next time.
pub fn with_engine<T>(dir: &Path, f: impl FnOnce(&Engine) -> Result<T, Problem>) -> Result<T, Problem> {
    OPEN.with(|cell| {
        let mut slot = cell.borrow_mut();
        let (current, latest) = (identity(dir), commit(dir));
        let fresh = slot.as_mut().is_some_and(|open| {
            if open.dir != dir || current != Some(open.file) {
                return false;
            }
            if open.commit == latest && latest.is_some() {
                return true;
            }
            // Read before reloading: a reader is never older than what it is kept as.
            open.commit = latest;
            open.engine.reload().is_ok()
        });
        if !fresh {
            *slot = None;
            let commit = commit(dir);
            let engine = Engine::open(dir).map_err(Problem::from)?;
            let file = identity(dir).unwrap_or_default();
            *slot = Some(Open { dir: dir.to_path_buf(), file, commit, engine });
        }
        let open = slot.as_ref().expect("opened above");
        let result = f(&open.engine);
        if result.as_ref().is_err_and(|p| p.status == axum::http::StatusCode::SERVICE_UNAVAILABLE) {
            *slot = None;
        }
        result
    })
}
