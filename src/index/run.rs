//! One indexing run: walk the corpus, read and decode what changed, store it.
//!
//! This module owns the run's logic — what counts as added, updated, unchanged,
//! deleted or quarantined, when everything must be rebuilt, and that a bad file
//! becomes an entry in the summary rather than an error. Files are read, decoded,
//! cleaned, folded and read for facts in parallel (rayon) in bounded batches, while
//! this thread writes the batch before in path order — to the tantivy index (which
//! tokenizes on its own threads) and inside one store transaction — so the result
//! does not depend on thread timing. tantivy commits first and the store second (see
//! `fulltext`): a run that dies leaves the previous state whole, and the next run
//! finishes the job.

use std::collections::HashSet;
use std::fs;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime};

use rayon::prelude::*;

use super::fulltext::FullText;
use super::lock::{Lock, LockError};
use super::store::{Known, SCHEMA_VERSION, Stamp, Store, StoreError};
use super::summary::{Durations, RunSummary, SkippedEntry, Versions, Warning, timestamp};
use super::{health, schema};
use crate::PIPELINE_VERSION;
use crate::extract::metadata::Aliases;
use crate::ingest::{self, Found, IngestError, Reason, Rejection, Skipped, decode::MAX_FILE_BYTES};
use crate::lexicon;
use crate::model::{Quarantined, document_id, sha256_hex};
use crate::pipeline;
use crate::progress::Progress;

/// Files decoded in parallel before their results are written: bounds memory to a
/// few hundred documents whatever the corpus size.
pub const BATCH: usize = 256;

/// What a run is asked to do.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    pub corpus: PathBuf,
    pub index: PathBuf,
    /// Re-read every file even if its content is unchanged.
    pub full: bool,
    /// Worker threads; `None` uses every core.
    pub threads: Option<usize>,
    /// How long one file may take to read before it is quarantined as too slow.
    pub file_budget: Duration,
    /// Delete the documents of vanished files even when they are most of the index
    /// (see [`IndexError::TooManyDeletions`]).
    pub allow_deletions: bool,
    /// Follow symbolic links that lead out of the corpus folder.
    pub follow_links: bool,
    /// Set (by a signal handler) to stop the run: it is rolled back between files.
    pub stop: Option<Arc<AtomicUsize>>,
}

/// The default per-file budget: minutes more than the largest file allowed needs.
pub const FILE_BUDGET: Duration = Duration::from_secs(120);

impl IndexOptions {
    /// Index `corpus` into `index` incrementally, with the defaults.
    pub fn new(corpus: impl Into<PathBuf>, index: impl Into<PathBuf>) -> IndexOptions {
        IndexOptions {
            corpus: corpus.into(),
            index: index.into(),
            full: false,
            threads: None,
            file_budget: FILE_BUDGET,
            allow_deletions: false,
            follow_links: false,
            stop: None,
        }
    }

    /// The signal that asked the run to stop, if one did.
    fn stopped(&self) -> Option<i32> {
        self.stop.as_ref().map(|s| s.load(Ordering::Relaxed) as i32).filter(|&signal| signal != 0)
    }
}

/// What stops a run as a whole. A bad file never does: it is quarantined.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error(transparent)]
    Corpus(#[from] IngestError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the full-text index in {}: {error}", path.display())]
    FullText { path: PathBuf, error: tantivy::TantivyError },
    #[error(transparent)]
    Locked(#[from] LockError),
    #[error("{}: {message}; fix the file or remove it", path.display())]
    Aliases { path: PathBuf, message: String },
    #[error("cannot start {threads} worker threads: {error}")]
    Threads { threads: usize, error: rayon::ThreadPoolBuildError },
    #[error(
        "refusing to delete {deleting} of the {documents} indexed documents: their files are gone from {}; \
         if the corpus folder is right (not empty, not an unmounted disk), run again with --allow-deletions",
        corpus.display()
    )]
    TooManyDeletions { deleting: u64, documents: u64, corpus: PathBuf },
    #[error("interrupted by signal {signal}; nothing of this run was committed, the index is as it was")]
    Interrupted { signal: i32 },
}

impl IndexError {
    /// The exit status this error ends the command with: 3 only when another run
    /// holds the lock, 128 + N after signal N, 2 for everything else.
    pub fn exit_code(&self) -> u8 {
        match self {
            IndexError::Locked(LockError::Held { .. }) => 3,
            IndexError::Interrupted { signal } => (128 + signal).clamp(0, 255) as u8,
            _ => 2,
        }
    }
}

/// The fate of one file in this run.
enum Outcome {
    Unchanged,
    /// The same bytes under a new modification time: recorded so the next run can
    /// skip the file without reading it.
    Touched(Stamp),
    /// Read through the pipeline (by a worker thread, so that the single writing
    /// thread only writes), with its stamp.
    Indexed(Box<pipeline::Read>, Stamp),
    /// Newly quarantined, or quarantined again after a change: written to the store.
    Quarantined(Quarantined),
    /// The same bad bytes as last time: nothing to write.
    StillQuarantined(Quarantined),
    /// An indexed file that cannot be read now: its document is kept as it was, and
    /// the summary says why.
    Kept(Quarantined),
}

/// The stamp of a file. A file modified less than [`RACY_SECONDS`] ago gets mtime 0
/// ("unknown"): on a file system with coarse timestamps a second edit of the same size
/// could keep the same mtime, so such a file is hashed again next time.
fn stamp_of(meta: &fs::Metadata) -> Stamp {
    let modified = meta.modified().ok();
    let racy =
        modified.and_then(|t| SystemTime::now().duration_since(t).ok()).is_none_or(|age| age.as_secs() < RACY_SECONDS);
    let mtime = modified.and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos() as i64);
    Stamp { size: meta.len(), mtime: if racy { 0 } else { mtime } }
}

/// The full-text writer, opened on first use; on a rebuild, made anew if what is
/// there cannot be opened.
struct LazyFullText<'a>(Option<FullText>, &'a std::path::Path, bool, Option<usize>);

impl<'a> LazyFullText<'a> {
    fn new(index: &'a std::path::Path, rebuild: bool, threads: Option<usize>) -> Self {
        LazyFullText(None, index, rebuild, threads)
    }

    fn get(&mut self) -> Result<&mut FullText, tantivy::TantivyError> {
        if self.0.is_none() {
            let opened = match FullText::open(self.1, self.3) {
                Err(error) if self.2 => {
                    tracing::warn!("the full-text index cannot be opened ({error}); it is made anew");
                    std::fs::remove_dir_all(self.1.join(schema::TANTIVY_DIR))?;
                    FullText::open(self.1, self.3)?
                }
                opened => opened?,
            };
            self.0 = Some(opened);
        }
        Ok(self.0.as_mut().expect("just opened"))
    }
}

/// Hands the memory freed by a batch back to the system. glibc keeps freed blocks in
/// its arenas for reuse, and the workers' arenas grow with the largest batch they
/// decoded: without this the run's resident memory ratchets up by tens of MiB that
/// nothing uses again. Costs well under a millisecond a batch.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages of glibc's own heaps to the system;
    // it takes no pointer and is safe to call from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// How recent a modification must be for the file to be hashed again next run.
const RACY_SECONDS: u64 = 2;

/// Runs the pipeline over `options.corpus` into `options.index`, holding the index's
/// lock for the whole run.
pub fn run_index(options: &IndexOptions, progress: &dyn Progress) -> Result<RunSummary, IndexError> {
    let started = Instant::now();
    let started_at = timestamp(SystemTime::now());
    let lock = Lock::acquire(&options.index, &started_at)?;
    if let Some(holder) = &lock.took_over {
        tracing::warn!(
            "took over a stale lock of {}: pid {} on {} (started {}) is no longer running",
            options.index.display(),
            holder.pid,
            holder.host,
            holder.started_at
        );
    }
    tracing::info!("indexing {} into {}", options.corpus.display(), options.index.display());
    // --threads bounds both pools, the readers' and tantivy's writers, and no more of
    // them than there are cores.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = options.threads.map(|n| n.clamp(1, cores));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .map_err(|error| IndexError::Threads { threads: threads.unwrap_or(0), error })?;

    // A store SQLite cannot read is replaced on --full (kept aside, not deleted); a
    // plain run stops with that advice.
    let mut store = match Store::open_or_create(&options.index) {
        Err(StoreError::Damaged { path, error }) if options.full => {
            let aside = Store::move_aside(&options.index)
                .map_err(|e| IndexError::Store(StoreError::CreateDir { path: options.index.clone(), error: e }))?;
            tracing::warn!("{} is damaged ({error}); moved to {} and rebuilt", path.display(), aside.display());
            Store::open_or_create(&options.index)?
        }
        opened => opened?,
    };
    let (aliases, aliases_version) = load_aliases(&options.corpus)?;
    let rebuilt = match rebuild_reason(&store, options.full)? {
        // A changed alias file changes what documents' hospitals are: all are re-read.
        None if store.meta("lexicon_version")?.is_some()
            && store.meta("aliases_version")?.as_deref().unwrap_or("none") != aliases_version =>
        {
            Some(format!("{ALIASES_FILE} changed"))
        }
        // A full-text index that no longer opens or reads (a segment deleted or
        // garbled) is rebuilt: the run would otherwise commit on top of the damage.
        None if store.meta("lexicon_version")?.is_some() && options.index.join(schema::TANTIVY_DIR).exists() => {
            health::fulltext_documents(&options.index, false)
                .err()
                .map(|error| format!("the full-text index is damaged ({error})"))
        }
        reason => reason,
    };
    let known = store.known()?;

    let mut walk = ingest::discover_with(&options.corpus, options.follow_links)?;
    // The alias file is read as the corpus's settings (above), not as a report.
    walk.files.retain(|found| found.rel != ALIASES_FILE);
    let discover_ms = millis(started);

    let mut summary = RunSummary {
        corpus: options.corpus.display().to_string(),
        index: options.index.display().to_string(),
        started_at,
        seen: walk.files.len() as u64,
        rebuilt: rebuilt.clone(),
        stale_lock: lock.took_over.clone(),
        versions: Versions {
            dangjian: env!("CARGO_PKG_VERSION").to_string(),
            pipeline: PIPELINE_VERSION,
            schema: SCHEMA_VERSION,
        },
        ..RunSummary::default()
    };
    // Files under a directory that could not be listed are kept as they were: a
    // passing permission problem must not empty the index.
    let mut unreadable_dirs = Vec::new();
    for skipped in walk.skipped {
        match skipped {
            Skipped::Unreadable { rel, error } => {
                summary.quarantined.push(Quarantined {
                    path: rel.clone(),
                    reason: Reason::Unreadable,
                    message: format!("unreadable directory: {error}; its files were left as they were"),
                    sha256: None,
                });
                unreadable_dirs.push(format!("{rel}/"));
            }
            Skipped::Revisit { rel } => summary
                .skipped
                .push(SkippedEntry { path: rel, reason: "symbolic link to a directory already walked".into() }),
            Skipped::NotAReport { rel, extension, what } => summary.skipped.push(SkippedEntry {
                reason: match what {
                    Some(what) => format!("not a report: .{extension} ({what})"),
                    None if extension.is_empty() => "not a report: no extension, and not text".into(),
                    None => format!("not a report: .{extension}, and not text"),
                },
                path: rel,
            }),
            Skipped::Special { rel, what } => {
                summary.skipped.push(SkippedEntry { path: rel, reason: format!("not a file: {what}") })
            }
            Skipped::Outside { rel, target } => summary.skipped.push(SkippedEntry {
                path: rel,
                reason: format!(
                    "symbolic link leading out of the corpus (to {}); pass --follow-links to read it",
                    target.display()
                ),
            }),
        }
    }

    // An empty or unmounted corpus folder must not empty the index: refuse, before
    // anything is written, to delete most of it.
    let seen: HashSet<&str> = walk.files.iter().map(|f| f.rel.as_str()).collect();
    let gone: Vec<(&String, &Known)> = {
        let mut gone: Vec<(&String, &Known)> = known
            .iter()
            .filter(|(path, _)| !seen.contains(path.as_str()))
            .filter(|(path, _)| !unreadable_dirs.iter().any(|dir| path.starts_with(dir.as_str())))
            .collect();
        gone.sort_by_key(|(path, _)| path.as_str());
        gone
    };
    let documents = known.values().filter(|k| matches!(k, Known::Document { .. })).count() as u64;
    let deleting = gone.iter().filter(|(_, k)| matches!(k, Known::Document { .. })).count() as u64;
    if !options.allow_deletions && deleting > 0 && (deleting * 2 > documents || deleting == documents) {
        return Err(IndexError::TooManyDeletions { deleting, documents, corpus: options.corpus.clone() });
    }

    let fulltext_err = |error| IndexError::FullText { path: options.index.clone(), error };
    // The full-text writer is opened only when there is something to write: an
    // unchanged corpus is checked without it.
    let mut fulltext = LazyFullText::new(&options.index, rebuilt.is_some(), threads);
    let writer = store.writer()?;
    if let Some(reason) = &rebuilt {
        tracing::info!("rebuilding everything: {reason}");
        writer.clear()?;
        fulltext.get().map_err(fulltext_err)?.clear().map_err(fulltext_err)?;
    }
    writer.set_meta("schema_version", &SCHEMA_VERSION.to_string())?;
    writer.set_meta("pipeline_version", &PIPELINE_VERSION.to_string())?;
    writer.set_meta("lexicon_version", lexicon::version())?;
    writer.set_meta("aliases_version", &aliases_version)?;

    progress.start("index", walk.files.len() as u64);
    // The workers read the next batch while this thread writes the last one: the
    // channel holds one batch, so memory stays bounded to about two.
    let (send, receive) = std::sync::mpsc::sync_channel::<(&[Found], Vec<Outcome>)>(1);
    let mut decode_ms = 0;
    let mut store_ms = 0;
    std::thread::scope(|scope| -> Result<(), IndexError> {
        let (files, known, rebuild, pool, aliases) = (&walk.files, &known, rebuilt.is_some(), &pool, &aliases);
        let workers = scope.spawn(move || {
            let mut busy_ms = 0;
            for batch in files.chunks(BATCH) {
                if options.stopped().is_some() {
                    break;
                }
                let t = Instant::now();
                let outcomes: Vec<Outcome> = pool.install(|| {
                    batch
                        .par_iter()
                        .map(|found| {
                            if options.stopped().is_some() {
                                return Outcome::Unchanged; // never written: the run is rolled back
                            }
                            let outcome = process(found, known.get(&found.rel), rebuild, aliases, options.file_budget);
                            progress.advance(&found.rel);
                            outcome
                        })
                        .collect()
                });
                busy_ms += millis(t);
                if send.send((batch, outcomes)).is_err() {
                    break; // the writer stopped on an error
                }
            }
            busy_ms
        });
        for (batch, outcomes) in receive {
            if options.stopped().is_some() {
                continue; // the workers stop too; the run is rolled back below
            }
            let t = Instant::now();
            for (found, outcome) in batch.iter().zip(outcomes) {
                match outcome {
                    Outcome::Unchanged => summary.unchanged += 1,
                    Outcome::Touched(stamp) => {
                        summary.unchanged += 1;
                        writer.stamp(&found.rel, stamp.size, stamp.mtime)?;
                    }
                    Outcome::Indexed(read, stamp) => {
                        let pipeline::Read { doc, folded, simhash, shingles, text_sha256, words } = *read;
                        tracing::debug!(
                            "{}: {} ({}), {} characters",
                            doc.path,
                            doc.encoding,
                            doc.encoding_source,
                            folded.text.len()
                        );
                        match known.get(&found.rel) {
                            Some(Known::Document { .. }) => summary.updated += 1,
                            _ => summary.added += 1,
                        }
                        summary.warnings.extend(
                            doc.warnings.iter().map(|w| Warning { path: doc.path.clone(), warning: w.clone() }),
                        );
                        writer.put_document(&doc, simhash, &shingles, &text_sha256, &words)?;
                        writer.stamp(&doc.path, stamp.size, stamp.mtime)?;
                        fulltext.get().map_err(fulltext_err)?.put(&doc, &folded).map_err(fulltext_err)?;
                    }
                    Outcome::Quarantined(entry) => {
                        tracing::info!("{}: {}", entry.path, entry.message);
                        writer.put_quarantined(&entry)?;
                        fulltext.get().map_err(fulltext_err)?.remove(&document_id(&entry.path));
                        summary.quarantined.push(entry);
                    }
                    Outcome::Kept(entry) => {
                        tracing::warn!("{}: {}", entry.path, entry.message);
                        summary.unchanged += 1;
                        summary.quarantined.push(entry);
                    }
                    Outcome::StillQuarantined(entry) => {
                        if rebuilt.is_some() {
                            writer.put_quarantined(&entry)?;
                        }
                        summary.quarantined.push(entry);
                    }
                }
            }
            store_ms += millis(t);
            release_freed_memory();
        }
        decode_ms = workers.join().expect("the worker threads do not panic");
        Ok(())
    })?;
    progress.finish();
    if let Some(signal) = options.stopped() {
        return Err(IndexError::Interrupted { signal });
    }

    let t = Instant::now();
    for (path, known) in gone {
        if matches!(known, Known::Document { .. }) {
            summary.deleted += 1;
        }
        writer.remove(path)?;
        fulltext.get().map_err(fulltext_err)?.remove(&document_id(path));
    }
    summary.quarantined.sort_by(|a, b| a.path.cmp(&b.path));
    store_ms += millis(t);
    // The full-text index commits first (the store is never ahead of it), and before
    // the reposts are linked: its writer's memory is handed back before linking takes
    // its own, so a run's peak is the larger of the two rather than their sum.
    let t = Instant::now();
    if let Some(open) = fulltext.0.take() {
        open.commit().map_err(fulltext_err)?;
        release_freed_memory();
    }
    let mut commit_ms = millis(t);
    // Reposts are linked across the whole index, so only when something changed.
    let t = Instant::now();
    let changed = summary.added + summary.updated + summary.deleted > 0 || rebuilt.is_some();
    summary.duplicates = if changed { writer.link_reposts()? } else { writer.reposts()? };
    summary.exit_code = i32::from(!summary.quarantined.is_empty());
    store_ms += millis(t);
    // The run's record goes into the store's transaction, so it holds every duration
    // but the store's own commit, which the returned summary adds.
    summary.finished_at = timestamp(SystemTime::now());
    summary.durations_ms = Durations {
        discover: discover_ms,
        decode: decode_ms,
        store: store_ms,
        commit: commit_ms,
        total: millis(started),
    };
    let json = serde_json::to_string(&summary).expect("the summary serialises");
    writer.record_run(&summary.started_at, &summary.finished_at, summary.exit_code, &json)?;
    let t = Instant::now();
    writer.commit()?;
    commit_ms += millis(t);
    summary.durations_ms.commit = commit_ms;
    summary.durations_ms.total = millis(started);
    tracing::info!(
        "{} seen, {} added, {} updated, {} unchanged, {} deleted, {} quarantined in {} ms",
        summary.seen,
        summary.added,
        summary.updated,
        summary.unchanged,
        summary.deleted,
        summary.quarantined.len(),
        summary.durations_ms.total
    );
    drop(lock);
    Ok(summary)
}

/// The user's names for hospitals, in the corpus folder (see `Aliases`).
pub const ALIASES_FILE: &str = "hospital_aliases.tsv";

/// The corpus's alias file, read, and its version (a hash of its content, `none`
/// without one).
fn load_aliases(corpus: &std::path::Path) -> Result<(Aliases, String), IndexError> {
    let path = corpus.join(ALIASES_FILE);
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok((Aliases::default(), "none".into())),
        Err(error) => return Err(IndexError::Aliases { path, message: error.to_string() }),
    };
    let aliases = Aliases::parse(&text).map_err(|message| IndexError::Aliases { path, message })?;
    Ok((aliases, sha256_hex(text.as_bytes())[..16].to_string()))
}

/// Why this run must rebuild everything, if it must.
fn rebuild_reason(store: &Store, full: bool) -> Result<Option<String>, StoreError> {
    if full {
        return Ok(Some("--full".into()));
    }
    let current = [
        ("schema", SCHEMA_VERSION.to_string()),
        ("pipeline", PIPELINE_VERSION.to_string()),
        ("lexicon", lexicon::version().to_string()),
    ];
    let mut stored = Vec::new();
    for (name, _) in &current {
        stored.push(store.meta(&format!("{name}_version"))?);
    }
    if stored.iter().all(Option::is_none) {
        return Ok(None); // a new index
    }
    Ok(current.iter().zip(&stored).find(|((_, now), then)| then.as_deref() != Some(now.as_str())).map(
        |((name, now), then)| format!("{name} version changed from {} to {now}", then.as_deref().unwrap_or("none")),
    ))
}

/// Reads, hashes and (when needed) decodes one file.
fn process(found: &Found, known: Option<&Known>, rebuild: bool, aliases: &Aliases, budget: Duration) -> Outcome {
    let quarantine = |rejection: Rejection, sha256: Option<String>| {
        let entry =
            Quarantined { path: found.rel.clone(), reason: rejection.reason(), message: rejection.to_string(), sha256 };
        // A passing permission problem must not drop what was indexed (as for an
        // unreadable folder); a rebuild cannot keep it, having cleared the store.
        if entry.reason == Reason::Unreadable
            && entry.sha256.is_none()
            && matches!(known, Some(Known::Document { .. }))
            && !rebuild
        {
            let message = format!("{}; the indexed version was kept", entry.message);
            return Outcome::Kept(Quarantined { message, ..entry });
        }
        Outcome::Quarantined(entry)
    };
    let stamp = match fs::metadata(&found.path) {
        Ok(meta) if meta.len() > MAX_FILE_BYTES => {
            return quarantine(Rejection::TooLarge { bytes: meta.len() }, None);
        }
        Ok(meta) => stamp_of(&meta),
        Err(error) => {
            return quarantine(Rejection::unreadable(&error), None);
        }
    };
    // Same size and modification time as when it was indexed: not read at all.
    if let Some(Known::Document { stamp: Some(known), .. }) = known
        && !rebuild
        && *known == stamp
        && stamp.mtime != 0
    {
        return Outcome::Unchanged;
    }
    let bytes = match fs::read(&found.path) {
        Ok(bytes) => bytes,
        Err(error) => {
            return quarantine(Rejection::unreadable(&error), None);
        }
    };
    let sha256 = sha256_hex(&bytes);
    match known {
        Some(Known::Document { sha256: old, .. }) if !rebuild && *old == sha256 => {
            return Outcome::Touched(stamp);
        }
        Some(Known::Quarantined(entry)) if entry.sha256.as_deref() == Some(sha256.as_str()) => {
            return Outcome::StillQuarantined(entry.clone());
        }
        _ => {}
    }
    match pipeline::read_within(&found.rel, &bytes, found.format, sha256.clone(), aliases, Some(budget)) {
        Ok(mut read) => {
            if let Some(encoding) = found.name_encoding {
                read.doc.warnings.push(match encoding {
                    "bytes" => "the file name is in no known encoding; its bytes are written %XX in `path`".into(),
                    encoding => format!("the file name is not UTF-8; it was read as {encoding}"),
                });
            }
            Outcome::Indexed(Box::new(read), stamp)
        }
        Err(rejection) => quarantine(rejection, Some(sha256)),
    }
}

fn millis(since: Instant) -> u64 {
    since.elapsed().as_millis() as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Silent;

    fn options(corpus: &std::path::Path, index: &std::path::Path) -> IndexOptions {
        IndexOptions { threads: Some(2), ..IndexOptions::new(corpus, index) }
    }

    #[test]
    fn counts_added_unchanged_updated_deleted_and_quarantined() {
        let dir = tempfile::tempdir().unwrap();
        let (corpus, index) = (dir.path().join("corpus"), dir.path().join("index"));
        fs::create_dir_all(&corpus).unwrap();
        fs::write(corpus.join("a.txt"), "邵阳市中心医院共有党员877人。").unwrap();
        fs::write(corpus.join("b.txt"), "黨支部共21個").unwrap();
        fs::write(corpus.join("empty.txt"), "").unwrap();

        let first = run_index(&options(&corpus, &index), &Silent).unwrap();
        assert_eq!((first.seen, first.added, first.unchanged), (3, 2, 0));
        assert_eq!(first.quarantined.len(), 1);
        assert_eq!(first.quarantined[0].reason, Reason::Empty);
        assert_eq!(first.exit_code, 1);

        let second = run_index(&options(&corpus, &index), &Silent).unwrap();
        assert_eq!((second.added, second.updated, second.deleted, second.unchanged), (0, 0, 0, 2));
        assert_eq!(second.quarantined.len(), 1, "a bad file stays reported while it is there");

        fs::write(corpus.join("a.txt"), "邵阳市中心医院共有党员878人。").unwrap();
        fs::remove_file(corpus.join("b.txt")).unwrap();
        fs::write(corpus.join("empty.txt"), "三会一课").unwrap();
        let third = run_index(&options(&corpus, &index), &Silent).unwrap();
        assert_eq!((third.added, third.updated, third.deleted, third.unchanged), (1, 1, 1, 0));
        assert_eq!(third.exit_code, 0);

        let store = Store::open_existing(&index).unwrap();
        let docs = store.documents().unwrap();
        assert_eq!(docs.iter().map(|d| d.path.as_str()).collect::<Vec<_>>(), ["a.txt", "empty.txt"]);
        assert!(docs[0].text.contains("878"));
        assert!(store.quarantined().unwrap().is_empty());
        assert_eq!(store.last_run().unwrap().unwrap()["updated"], 1);
    }

    #[test]
    fn full_rebuilds_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let (corpus, index) = (dir.path().join("corpus"), dir.path().join("index"));
        fs::create_dir_all(&corpus).unwrap();
        fs::write(corpus.join("a.txt"), "三会一课").unwrap();
        run_index(&options(&corpus, &index), &Silent).unwrap();
        let full = run_index(&IndexOptions { full: true, ..options(&corpus, &index) }, &Silent).unwrap();
        assert_eq!((full.updated, full.unchanged), (1, 0));
        assert_eq!(full.rebuilt.as_deref(), Some("--full"));
    }

    /// An index built with other lexicon tables (any of them: see
    /// `lexicon::tests::editing_any_table_changes_the_version`) is rebuilt by the next
    /// run, which says why.
    #[test]
    fn another_lexicon_version_rebuilds_everything() {
        let dir = tempfile::tempdir().unwrap();
        let (corpus, index) = (dir.path().join("corpus"), dir.path().join("index"));
        fs::create_dir_all(&corpus).unwrap();
        fs::write(corpus.join("a.txt"), "三会一课").unwrap();
        run_index(&options(&corpus, &index), &Silent).unwrap();
        let unchanged = run_index(&options(&corpus, &index), &Silent).unwrap();
        assert_eq!((unchanged.unchanged, unchanged.rebuilt.as_deref()), (1, None));

        let mut store = Store::open_existing(&index).unwrap();
        let writer = store.writer().unwrap();
        writer.set_meta("lexicon_version", "0123456789abcdef").unwrap();
        writer.commit().unwrap();
        drop(store);
        let again = run_index(&options(&corpus, &index), &Silent).unwrap();
        assert_eq!((again.updated, again.unchanged), (1, 0));
        let reason = again.rebuilt.unwrap();
        assert!(reason.contains("lexicon version changed from 0123456789abcdef to"), "{reason}");
        assert_eq!(
            Store::open_existing(&index).unwrap().meta("lexicon_version").unwrap().as_deref(),
            Some(lexicon::version())
        );
    }

    /// A user's alias file names the hospital an abbreviation stands for; editing it
    /// re-reads every document.
    #[test]
    fn an_alias_file_in_the_corpus_names_hospitals_and_its_change_rebuilds() {
        let dir = tempfile::tempdir().unwrap();
        let (corpus, index) = (dir.path().join("corpus"), dir.path().join("index"));
        fs::create_dir_all(&corpus).unwrap();
        fs::write(corpus.join("a.txt"), "市二院党委召开理论学习中心组学习会。市二院各党支部书记参加。").unwrap();
        run_index(&options(&corpus, &index), &Silent).unwrap();
        let hospital = || Store::open_existing(&index).unwrap().documents().unwrap()[0].hospital.clone();
        // Without an alias, the short form as written.
        assert_eq!(hospital(), "市二院");
        fs::write(corpus.join(ALIASES_FILE), "市二院\t临江市第二人民医院\n").unwrap();
        let second = run_index(&options(&corpus, &index), &Silent).unwrap();
        assert_eq!(second.rebuilt.as_deref(), Some("hospital_aliases.tsv changed"));
        assert_eq!(hospital(), "临江市第二人民医院");
        let third = run_index(&options(&corpus, &index), &Silent).unwrap();
        assert_eq!((third.rebuilt, third.unchanged), (None, 1));
        fs::write(corpus.join(ALIASES_FILE), "市二院 临江市第二人民医院\n").unwrap();
        let error = run_index(&options(&corpus, &index), &Silent).unwrap_err().to_string();
        assert!(error.contains("hospital_aliases.tsv") && error.contains("line 1"), "{error}");
    }
}
