//! The index as the server sees it while a nightly run rewrites it: each worker thread
//! keeps one open [`Engine`] and, before every request, reloads the full-text reader
//! (a new commit appears) and checks that the store file is still the one it opened
//! (`index --full` can move a damaged one aside and start anew). Anything that fails
//! drops the engine and opens the index again; if that fails too, the request is
//! answered with a [`Problem`] (503) and the next request tries again — so an index
//! that is missing now is served as soon as it exists.

use std::cell::RefCell;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use super::problem::Problem;
use crate::index::STORE_FILE;
use crate::index::search::Engine;

struct Open {
    dir: PathBuf,
    /// The store file's device and inode when it was opened.
    file: (u64, u64),
    engine: Engine,
}

thread_local! {
    static OPEN: RefCell<Option<Open>> = const { RefCell::new(None) };
}

fn identity(dir: &Path) -> Option<(u64, u64)> {
    std::fs::metadata(dir.join(STORE_FILE)).ok().map(|m| (m.dev(), m.ino()))
}

/// Runs `f` with this thread's engine over the index of `dir`, fresh. An engine that
/// `f` finds unreadable (a 503) is dropped, to be opened anew next time.
pub fn with_engine<T>(dir: &Path, f: impl FnOnce(&Engine) -> Result<T, Problem>) -> Result<T, Problem> {
    OPEN.with(|cell| {
        let mut slot = cell.borrow_mut();
        let current = identity(dir);
        let fresh = slot
            .as_ref()
            .is_some_and(|open| open.dir == dir && current == Some(open.file) && open.engine.reload().is_ok());
        if !fresh {
            *slot = None;
            let engine = Engine::open(dir).map_err(Problem::from)?;
            let file = identity(dir).unwrap_or_default();
            *slot = Some(Open { dir: dir.to_path_buf(), file, engine });
        }
        let open = slot.as_ref().expect("opened above");
        let result = f(&open.engine);
        if result.as_ref().is_err_and(|p| p.status == axum::http::StatusCode::SERVICE_UNAVAILABLE) {
            *slot = None;
        }
        result
    })
}
