//! One indexing run at a time: a lock file, `LOCK`, in the index directory.
//!
//! The file is created exclusively and holds who took it — pid, host, start time — so
//! a second run can say who holds it. The lock is released when the run ends (the
//! guard is dropped). A run killed with SIGKILL leaves the file behind; the next run
//! on the same host sees that its pid is no longer alive and takes the lock over with
//! a warning. A lock from another host is never taken over: its pid means nothing here.

use std::fs::{self, OpenOptions};
use std::io::Write;
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
        "another `dangjian index` run holds {}: pid {} on {} since {}; if that run is dead, delete the file",
        path.display(), holder.pid, holder.host, holder.started_at
    )]
    Held { path: PathBuf, holder: Holder },
    #[error("cannot take the lock {}: {error}", path.display())]
    Io { path: PathBuf, error: std::io::Error },
}

/// A held lock; dropping it releases the lock.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    /// Set when a stale lock was taken over: who held it.
    pub took_over: Option<Holder>,
}

impl Lock {
    /// Takes the lock of `index_dir` (creating the directory), or says who holds it.
    pub fn acquire(index_dir: &Path, started_at: &str) -> Result<Lock, LockError> {
        let path = index_dir.join(LOCK_FILE);
        let io = |error| LockError::Io { path: path.clone(), error };
        fs::create_dir_all(index_dir).map_err(io)?;
        let me = Holder { pid: std::process::id(), host: host_name(), started_at: started_at.to_string() };
        let mut took_over = None;
        for _ in 0..3 {
            match OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut file) => {
                    let json = serde_json::to_string(&me).expect("a holder serialises");
                    file.write_all(json.as_bytes()).and_then(|()| file.sync_all()).map_err(io)?;
                    return Ok(Lock { path, took_over });
                }
                Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                    let holder = fs::read_to_string(&path).ok().and_then(|s| serde_json::from_str::<Holder>(&s).ok());
                    match holder {
                        Some(holder) if holder.host != me.host || pid_alive(holder.pid) => {
                            return Err(LockError::Held { path, holder });
                        }
                        // A dead holder on this host, or a file cut short by a crash
                        // before it was written.
                        stale => {
                            took_over = stale.or(took_over);
                            match fs::remove_file(&path) {
                                Ok(()) => continue,
                                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                                Err(e) => return Err(io(e)),
                            }
                        }
                    }
                }
                Err(error) => return Err(io(error)),
            }
        }
        Err(io(std::io::Error::other("the lock file keeps reappearing")))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
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

/// Whether a process with this pid runs on this machine. Where that cannot be known,
/// it is assumed to run: a lock is never broken on a guess.
fn pid_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc = Path::new("/proc");
    if proc.join("self").exists() { proc.join(pid.to_string()).exists() } else { true }
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
