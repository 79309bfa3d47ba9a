//! Extract: facts read off the clean text — [`metadata`] (title, date, source,
//! authors, hospital, region), the number reader ([`numbers`]) and on it the figures
//! ([`metrics`], with the subject vocabulary of [`subjects`]), and the named practices
//! ([`measures`]).

pub mod measures;
pub mod metadata;
pub mod metrics;
pub mod numbers;
pub mod subjects;
