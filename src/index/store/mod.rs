//! The facts store: one SQLite file, `dangjian.sqlite`, in the index directory.
//!
//! It owns the durable state of an index: every document (path, hash, encoding, text,
//! warnings), every quarantined file with its reason, the versions the index was built
//! with, and the summary of each run. A run writes everything inside one transaction,
//! so a run that dies half-way leaves the previous state whole. The schema is written
//! down in README.md for researchers who query the file directly.
//!
//! Where each part lives: [`open`] (the connection, the schema version, errors),
//! [`schema`] (the tables), [`documents`] (reading documents, what earlier runs
//! recorded, the counts of `stats`), [`facts`] (the figures and practices with their
//! documents, for the tables and analyses) and [`writer`] (the one transaction a run
//! writes in).

mod documents;
mod facts;
mod open;
mod schema;
mod writer;

pub use self::documents::{Head, Known, Stamp, StoreStats};
pub use self::facts::{MeasureRow, MetricRow};
pub use self::open::{SCHEMA_VERSION, STORE_FILE, Store, StoreError};
pub use self::writer::Writer;
