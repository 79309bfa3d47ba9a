//! The filter flags shared by `search` and `passages`.

use dangjian::index::search::Filters;

#[derive(Debug, clap::Args)]
pub struct FilterArgs {
    /// Only documents about this hospital (either script, part of the name is enough).
    #[arg(long, value_name = "H")]
    hospital: Option<String>,
    /// Only documents dated in this year.
    #[arg(long, value_name = "Y")]
    year: Option<u32>,
    /// Only documents dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Only documents dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
}

impl FilterArgs {
    pub fn filters(&self) -> Filters {
        Filters { hospital: self.hospital.clone(), year: self.year, from: self.from.clone(), to: self.to.clone() }
    }
}
