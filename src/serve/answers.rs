//! Answers kept for the requests asked again. Writers page through results, open a
//! document and come back, click a facet and take it off again: the same page is
//! asked for many times between two nightly runs, and working it out again (every
//! match counted for the facets, snippets cut) is most of what a page costs. A page or
//! JSON answered with 200 is kept under its route and query string, together with the
//! index's stamp — the size and modification time of the full-text index's meta file
//! and of the store and its write-ahead log, which every commit changes — and served
//! from here while the stamp is the same. A new stamp forgets everything kept.
//!
//! At most [`KEPT`] answers of at most [`LARGEST`] bytes each are kept; the oldest goes
//! first.

use std::collections::{HashMap, VecDeque};
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

use crate::index::STORE_FILE;

/// How many answers are kept.
pub(super) const KEPT: usize = 512;
/// The largest answer kept, in bytes.
pub(super) const LARGEST: usize = 512 * 1024;

/// What identifies one state of an index: for each file a commit rewrites, its size
/// and modification time (none when it is missing).
pub(super) type Stamp = Vec<Option<(u64, SystemTime)>>;

/// The stamp of the index in `dir`, read from the file system (a few `stat` calls).
pub(super) fn stamp(dir: &Path) -> Stamp {
    let store = dir.join(STORE_FILE);
    let wal = dir.join(format!("{STORE_FILE}-wal"));
    let meta = dir.join(crate::index::schema::TANTIVY_DIR).join("meta.json");
    [meta, store, wal]
        .iter()
        .map(|file| std::fs::metadata(file).ok().and_then(|m| Some((m.len(), m.modified().ok()?))))
        .collect()
}

#[derive(Default)]
struct Kept {
    /// The index (its directory) and its stamp the answers are of.
    of: Option<(std::path::PathBuf, Stamp)>,
    answers: HashMap<String, Arc<String>>,
    order: VecDeque<String>,
}

fn kept() -> &'static Mutex<Kept> {
    static KEPT_ANSWERS: OnceLock<Mutex<Kept>> = OnceLock::new();
    KEPT_ANSWERS.get_or_init(Default::default)
}

/// The answer kept for `key` over the index in `dir` as `stamp` says it is now.
pub(super) fn get(dir: &Path, stamp: &Stamp, key: &str) -> Option<Arc<String>> {
    let kept = kept().lock().unwrap_or_else(|e| e.into_inner());
    match &kept.of {
        Some((of, at)) if of == dir && at == stamp => kept.answers.get(key).cloned(),
        _ => None,
    }
}

/// Keeps `answer` for `key` over the index in `dir` at `stamp` (the stamp read before
/// the answer was worked out, so an answer is never newer than what it is kept as).
pub(super) fn keep(dir: &Path, stamp: Stamp, key: String, answer: Arc<String>) {
    if answer.len() > LARGEST {
        return;
    }
    let mut kept = kept().lock().unwrap_or_else(|e| e.into_inner());
    let same = kept.of.as_ref().is_some_and(|(of, at)| of == dir && *at == stamp);
    if !same {
        *kept = Kept { of: Some((dir.to_path_buf(), stamp)), ..Kept::default() };
    }
    if kept.answers.insert(key.clone(), answer).is_none() {
        kept.order.push_back(key);
    }
    while kept.order.len() > KEPT {
        if let Some(oldest) = kept.order.pop_front() {
            kept.answers.remove(&oldest);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_is_kept_for_its_stamp_only_and_the_oldest_goes_first() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(STORE_FILE), b"one").unwrap();
        let before = stamp(dir.path());
        keep(dir.path(), before.clone(), "/?q=a".into(), Arc::new("A".into()));
        assert_eq!(get(dir.path(), &before, "/?q=a").as_deref().map(String::as_str), Some("A"));
        assert!(get(dir.path(), &before, "/?q=b").is_none());
        // A commit changes the store: what was kept is not served.
        std::fs::write(dir.path().join(STORE_FILE), b"one and two").unwrap();
        let after = stamp(dir.path());
        assert_ne!(before, after);
        assert!(get(dir.path(), &after, "/?q=a").is_none());
        // At most KEPT answers.
        for n in 0..=KEPT {
            keep(dir.path(), after.clone(), format!("/?q={n}"), Arc::new(n.to_string()));
        }
        assert!(get(dir.path(), &after, "/?q=0").is_none());
        assert!(get(dir.path(), &after, &format!("/?q={KEPT}")).is_some());
        // Too large an answer is not kept.
        keep(dir.path(), after.clone(), "/big".into(), Arc::new("x".repeat(LARGEST + 1)));
        assert!(get(dir.path(), &after, "/big").is_none());
    }
}
