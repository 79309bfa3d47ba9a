//! Extract: facts read off the clean text — the number reader ([`numbers`]), and on it
//! the metrics ([`metrics`]): what is counted, in which unit, for which year, with
//! the subject vocabulary of [`subjects`]. Metadata and measures come next.

pub mod measures;
pub mod metadata;
pub mod metrics;
pub mod numbers;
pub mod subjects;
