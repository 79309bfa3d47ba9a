//! Extract: facts read off the clean text — [`metadata`] (title, date, source,
//! authors, hospital, region), the number reader ([`numbers`]) and on it the figures
//! ([`metrics`], with the subject vocabulary of [`subjects`]), the named practices
//! ([`measures`]), and the repost hash that tells the same article found twice
//! ([`reposts`]).

pub mod measures;
pub mod metadata;
pub mod metrics;
pub mod numbers;
pub mod reposts;
pub mod sentences;
pub mod subjects;
pub mod words;
