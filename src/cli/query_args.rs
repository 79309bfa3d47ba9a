//! The arguments shared by `search` and `passages`: the query, how many results, the
//! filters, and JSON output.

use dangjian::index::search::Filters;

use super::MAX_LIMIT;

#[derive(Debug, clap::Args)]
pub struct QueryArgs {
    /// The query, in either script: words, "exact phrases", AND / OR / NOT, -word,
    /// field:value (fields: title, hospital, source, path, id, year).
    pub query: String,
    /// How many results to show (at most 10,000).
    #[arg(long, default_value_t = 10, value_parser = super::bounded(1, MAX_LIMIT))]
    pub limit: usize,
    /// Only documents about this hospital: its name in either script, in full or by a
    /// distinctive part (邵阳中心医院), as for every command.
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
    /// List every repost of a result (the same article found again) instead of
    /// counting them ("also in 3 others").
    #[arg(long)]
    pub all: bool,
    /// Print the results as JSON.
    #[arg(long)]
    pub json: bool,
}

impl QueryArgs {
    /// The query, refused when it has nothing to look for (a usage error, exit 2).
    pub fn query(&self) -> anyhow::Result<&str> {
        if self.query.trim().is_empty() {
            anyhow::bail!("the query is empty: give a word or phrase to look for");
        }
        Ok(&self.query)
    }

    pub fn filters(&self) -> Filters {
        Filters { hospital: self.hospital.clone(), year: self.year, from: self.from.clone(), to: self.to.clone() }
    }
}
