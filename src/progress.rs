//! How long runs tell the outside world how far they are.
//!
//! The library never draws anything: it calls a [`Progress`] it is given. The CLI
//! implements it with an indicatif bar (hidden when stderr is not a terminal); tests
//! and library users pass [`Silent`] or collect the calls.

/// Receives progress from a long run. Calls may come from several threads.
pub trait Progress: Sync {
    /// A stage begins with `total` items to do.
    fn start(&self, _stage: &str, _total: u64) {}
    /// One item of the current stage is done.
    fn advance(&self, _item: &str) {}
    /// The current stage is done.
    fn finish(&self) {}
}

/// Reports nothing.
pub struct Silent;

impl Progress for Silent {}
