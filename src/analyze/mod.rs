//! Analyze: what is read off the index as a whole — concordances ([`kwic`]) and
//! collocates ([`collocates`]),
//! comparisons of hospitals and the practice matrix ([`compare`]), frequencies and
//! keyness ([`freq`]), and the HTML report of them ([`report`]).

pub mod collocates;
pub mod compare;
pub mod freq;
pub mod kwic;
pub mod report;
pub mod tables;
