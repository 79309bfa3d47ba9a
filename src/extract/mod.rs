//! Extract: facts read off the clean text. Today the number reader ([`numbers`]):
//! quantities with their qualifiers in either script. Metrics (what is counted, in
//! which unit), metadata and measures build on it.

pub mod numbers;
