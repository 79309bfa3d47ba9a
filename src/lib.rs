//! dangjian (党建) reads Chinese Party-building reports — above all hospital Party
//! committees' write-ups of their practices — in whatever encoding and condition they
//! arrive, and makes them searchable, citable and comparable.
//!
//! The pipeline is `discover → decode → clean → segment → extract → index/store`, one
//! module per stage, each a function of its input plus a report of what it did. Today
//! [`ingest`] finds report files and decodes them (BOM, declared charset, UTF-16
//! sniffing, chardetng), quarantining what cannot be read; [`clean`] repairs and
//! de-junks the text (pinyin annotations, GBK mojibake, web chrome, PDF wreckage),
//! keeping its script, and offers a folded view for search; [`segment`] cuts it with
//! jieba for the full-text index; [`extract`] reads the metadata, the figures
//! (metrics) and the named practices (measures); [`index`] keeps documents and facts
//! in a SQLite store beside a tantivy index, which runs update incrementally, and
//! links reposts. The library never prints and never exits; the `dangjian` binary
//! decides what the user sees.
//!
//! ```
//! use dangjian::ingest::{decode, Format};
//!
//! // 黨支部共21個 as Big5 bytes, as a Taiwanese or Hong Kong site would serve it.
//! let (bytes, _, _) = encoding_rs::BIG5.encode("重慶市人民醫院黨支部共21個,黨員大概占了三分之一。");
//! let doc = decode(&bytes, Format::Text).unwrap();
//! assert_eq!(doc.encoding, "Big5");
//! assert_eq!(doc.text, "重慶市人民醫院黨支部共21個,黨員大概占了三分之一。");
//!
//! // Cleaning strips the pinyin a content farm glued to the characters.
//! let cleaned = dangjian::clean::clean("重慶市人民醫(yī)院黨支部共21個。");
//! assert_eq!(cleaned.text, "重慶市人民醫院黨支部共21個。");
//!
//! // The figure it gives, with its canonical subject.
//! let folded = dangjian::clean::fold::Folded::new(&cleaned.text);
//! let metrics = dangjian::extract::metrics::metrics(&cleaned.text, &folded, None);
//! assert_eq!((metrics[0].subject.as_str(), metrics[0].value, metrics[0].unit.as_str()), ("党支部", 21.0, "个"));
//! ```

pub mod analyze;
pub mod clean;
pub mod extract;
pub mod index;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod progress;
pub mod segment;
pub mod serve;

/// The version of what the pipeline makes of a file. Bump it whenever any stage's
/// output changes for the same input: an index built with another version is rebuilt.
pub const PIPELINE_VERSION: u32 = 48;
