//! Analyze: what is read off the index as a whole — concordances today; comparisons,
//! frequencies and keyness join here.

pub mod kwic;
