//! One indexing run at a time: a lock file, `LOCK`, in the index directory.
//!
//! The run holds an advisory lock of the operating system on the file (`flock`), so
//! that taking it is atomic — of several runs started together exactly one gets it —
//! and a run that dies, even by SIGKILL, releases it with its process. The file holds
//! who took it (pid, host, start time) so that a second run can say who holds it; it
//! is removed when the run ends (the guard is dropped). A run killed with SIGKILL
//! leaves the file behind: the next run takes the lock, and says whose it was. A file
//! naming another host is never taken over: its run may be alive there, on a file
//! system whose locks do not reach this machine.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The lock file's name inside an index directory.
pub const LOCK_FILE: &str = "LOCK";

/// Who holds a lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub pid: u32,
    pub host: String,
    pub started_at: String,
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error(
        "another `dangjian index` run holds {}: pid {} on {} since {}; wait for it to finish",
        path.display(), holder.pid, holder.host, holder.started_at
    )]
    Held { path: PathBuf, holder: Holder },
    #[error("cannot take the lock {}: {error}; check that the index folder is writable", path.display())]
    Io { path: PathBuf, error: std::io::Error },
}

/// A held lock; dropping it releases the lock.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    file: Option<File>,
    /// Set when the lock file of a run that died was taken over: who held it.
    pub took_over: Option<Holder>,
}

impl Lock {
    /// Takes the lock of `index_dir` (creating the directory), or says who holds it.
    pub fn acquire(index_dir: &Path, started_at: &str) -> Result<Lock, LockError> {
        let path = index_dir.join(LOCK_FILE);
        let io = |error| LockError::Io { path: path.clone(), error };
        fs::create_dir_all(index_dir).map_err(io)?;
        let me = Holder { pid: std::process::id(), host: host_name(), started_at: started_at.to_string() };
        for _ in 0..10 {
            let mut file =
                OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&path).map_err(io)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(fs::TryLockError::WouldBlock) => {
                    let holder = read_holder(&mut file).unwrap_or_else(|| Holder {
                        pid: 0,
                        host: "this or another host".into(),
                        started_at: "a moment ago".into(),
                    });
                    return Err(LockError::Held { path, holder });
                }
                Err(fs::TryLockError::Error(error)) => return Err(io(error)),
            }
            // The holder before may have removed the file between our open and our
            // lock: then the lock is on a file nobody else will open. Take the new one.
            if !is_the_file_at(&file, &path) {
                continue;
            }
            let previous = read_holder(&mut file);
            if let Some(holder) = previous.as_ref().filter(|h| h.host != me.host) {
                return Err(LockError::Held { path, holder: holder.clone() });
            }
            let json = serde_json::to_string(&me).expect("a holder serialises");
            file.set_len(0)
                .and_then(|()| file.rewind())
                .and_then(|()| file.write_all(json.as_bytes()))
                .and_then(|()| file.sync_all())
                .map_err(io)?;
            return Ok(Lock { path, file: Some(file), took_over: previous });
        }
        Err(io(std::io::Error::other("the lock file keeps being replaced")))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still locked, then unlocked by closing: a run that opened the
        // old file meanwhile sees that it is gone and opens the new one.
        let _ = fs::remove_file(&self.path);
        drop(self.file.take());
    }
}

/// The holder written in a lock file, if it holds one.
fn read_holder(file: &mut File) -> Option<Holder> {
    let mut text = String::new();
    file.rewind().ok()?;
    file.read_to_string(&mut text).ok()?;
    serde_json::from_str(&text).ok()
}

/// Whether `file` is (still) the file at `path`.
#[cfg(unix)]
fn is_the_file_at(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn is_the_file_at(_: &File, path: &Path) -> bool {
    path.exists()
}

fn host_name() -> String {
    fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_string())
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "unknown".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_is_refused_and_a_dead_holder_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let first = Lock::acquire(dir.path(), "2026-11-22T00:00:00Z").unwrap();
        assert!(first.took_over.is_none());
        let err = Lock::acquire(dir.path(), "2026-11-22T00:00:01Z").unwrap_err();
        assert!(err.to_string().contains(&format!("pid {}", std::process::id())), "{err}");
        drop(first);
        assert!(!dir.path().join(LOCK_FILE).exists(), "released on drop");

        // Several runs at once: exactly one holds the lock at any time.
        let winners: usize = std::thread::scope(|scope| {
            let tries: Vec<_> =
                (0..8).map(|_| scope.spawn(|| Lock::acquire(dir.path(), "2026-11-22T00:00:01Z").ok())).collect();
            let locks: Vec<Option<Lock>> = tries.into_iter().map(|t| t.join().unwrap()).collect();
            locks.iter().filter(|l| l.is_some()).count()
        });
        assert_eq!(winners, 1);
        assert!(!dir.path().join(LOCK_FILE).exists());

        // A lock left by a process that no longer exists (pid beyond any pid_max).
        let dead = Holder { pid: 4_000_000_000, host: host_name(), started_at: "2026-11-21T02:00:00Z".into() };
        fs::write(dir.path().join(LOCK_FILE), serde_json::to_string(&dead).unwrap()).unwrap();
        let lock = Lock::acquire(dir.path(), "2026-11-22T00:00:02Z").unwrap();
        assert_eq!(lock.took_over, Some(dead));

        // A lock from another machine is never broken.
        drop(lock);
        let other = Holder { pid: 4_000_000_000, host: "elsewhere".into(), started_at: "x".into() };
        fs::write(dir.path().join(LOCK_FILE), serde_json::to_string(&other).unwrap()).unwrap();
        assert!(matches!(Lock::acquire(dir.path(), "y"), Err(LockError::Held { .. })));
    }
}
