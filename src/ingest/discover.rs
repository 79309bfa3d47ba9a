//! Finding the reports in a corpus folder.
//!
//! This module owns the walk: which files count as reports, in what order they are
//! returned, and what is reported instead of a file when the walk cannot go on (an
//! unreadable directory, a symbolic link that leads back into the walk). It reads no
//! file contents; decoding is `decode`'s business.
//!
//! The walk is recursive, skips hidden entries (names starting with `.`), follows
//! symbolic links but never enters the same directory twice, and returns files sorted
//! by their path relative to the corpus root, so that two runs over the same folder
//! see the same files in the same order.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::IngestError;

/// The file extensions read as reports, lowercase.
pub const EXTENSIONS: &[&str] = &["txt", "htm", "html"];

/// The kind of markup a file carries, decided by its extension (and, for `.txt`,
/// by a look at its first bytes in `decode`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Format {
    #[default]
    #[serde(rename = "txt")]
    Text,
    #[serde(rename = "html")]
    Html,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Html => "html",
        }
    }

    /// The format named `word` (as [`Format::as_str`] writes it).
    pub fn parse(word: &str) -> Option<Format> {
        [Format::Text, Format::Html].into_iter().find(|f| f.as_str() == word)
    }
}

/// One report found by the walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Where to read it.
    pub path: PathBuf,
    /// Its path relative to the corpus root, `/`-separated: the document's name in
    /// the index, stable across machines.
    pub rel: String,
    pub format: Format,
    /// Set when the file name is not valid UTF-8 and `rel` had to replace bytes.
    pub lossy_name: bool,
}

/// Something the walk passed over, with the reason.
#[derive(Debug)]
pub enum Skipped {
    /// A directory that could not be listed: the files in it are missing from the run.
    Unreadable { rel: String, error: IngestError },
    /// A symbolic link to a directory already walked (a loop or an alias); nothing is
    /// missing, since that directory's files are read once under their other path.
    Revisit { rel: String },
}

/// The result of a walk.
#[derive(Debug, Default)]
pub struct Walk {
    pub files: Vec<Found>,
    pub skipped: Vec<Skipped>,
}

/// Walks `root` and returns the reports in it, sorted by relative path.
///
/// Fails only when `root` itself cannot be read; everything below it that cannot be
/// read is listed in [`Walk::skipped`] and the walk goes on.
pub fn discover(root: &Path) -> Result<Walk, IngestError> {
    let meta = fs::metadata(root).map_err(|e| IngestError::io(root, e))?;
    if !meta.is_dir() {
        return Err(IngestError::NotADirectory(root.to_path_buf()));
    }
    let mut walk = Walk::default();
    let mut visited = HashSet::new();
    visit(root, "", &mut visited, &mut walk)?;
    walk.files.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(walk)
}

fn visit(dir: &Path, rel_dir: &str, visited: &mut HashSet<PathBuf>, walk: &mut Walk) -> Result<(), IngestError> {
    let canonical = fs::canonicalize(dir).map_err(|e| IngestError::io(dir, e))?;
    if !visited.insert(canonical) {
        walk.skipped.push(Skipped::Revisit { rel: rel_dir.to_string() });
        return Ok(());
    }
    let mut entries: Vec<(String, bool, PathBuf, Option<fs::FileType>)> = fs::read_dir(dir)
        .map_err(|e| IngestError::io(dir, e))?
        .filter_map(|entry| entry.ok())
        .map(|entry| {
            let name = entry.file_name();
            let lossy = name.to_str().is_none();
            (name.to_string_lossy().into_owned(), lossy, entry.path(), entry.file_type().ok())
        })
        .filter(|(name, _, _, _)| !name.starts_with('.'))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));

    for (name, lossy_name, path, file_type) in entries {
        let rel = if rel_dir.is_empty() { name.clone() } else { format!("{rel_dir}/{name}") };
        // The directory listing tells files from folders without another system call;
        // only symbolic links (and file systems that do not say) need `metadata`,
        // which follows them. A dangling link is an unreadable file.
        let (is_dir, is_file) = match file_type {
            Some(t) if !t.is_symlink() => (t.is_dir(), t.is_file()),
            _ => match fs::metadata(&path) {
                Ok(meta) => (meta.is_dir(), meta.is_file()),
                Err(_) if has_report_extension(&name) => {
                    walk.files.push(found(path, rel, &name, lossy_name));
                    continue;
                }
                Err(_) => continue,
            },
        };
        if is_dir {
            if let Err(error) = visit(&path, &rel, visited, walk) {
                walk.skipped.push(Skipped::Unreadable { rel, error });
            }
        } else if is_file && has_report_extension(&name) {
            walk.files.push(found(path, rel, &name, lossy_name));
        }
        // Sockets, FIFOs and devices are never opened: reading a FIFO would block.
    }
    Ok(())
}

fn found(path: PathBuf, rel: String, name: &str, lossy_name: bool) -> Found {
    let format = match extension(name).as_deref() {
        Some("htm") | Some("html") => Format::Html,
        _ => Format::Text,
    };
    Found { path, rel, format, lossy_name }
}

fn extension(name: &str) -> Option<String> {
    name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase())
}

fn has_report_extension(name: &str) -> bool {
    extension(name).is_some_and(|ext| EXTENSIONS.contains(&ext.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rels(walk: &Walk) -> Vec<&str> {
        walk.files.iter().map(|f| f.rel.as_str()).collect()
    }

    #[test]
    fn walks_recursively_sorted_and_skips_hidden_and_other_extensions() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("b/sub")).unwrap();
        fs::create_dir_all(root.join(".git")).unwrap();
        for name in ["z.txt", "a.HTML", "b/sub/c.htm", "b/x.pdf", ".hidden.txt", ".git/d.txt"] {
            fs::write(root.join(name), "党建").unwrap();
        }
        let walk = discover(root).unwrap();
        assert_eq!(rels(&walk), ["a.HTML", "b/sub/c.htm", "z.txt"]);
        assert_eq!(walk.files[0].format, Format::Html);
        assert_eq!(walk.files[2].format, Format::Text);
        assert!(walk.skipped.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn survives_symlink_loops_and_keeps_dangling_links_as_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("a")).unwrap();
        fs::write(root.join("a/report.txt"), "三会一课").unwrap();
        std::os::unix::fs::symlink(root, root.join("a/loop")).unwrap();
        std::os::unix::fs::symlink(root.join("missing.txt"), root.join("dangling.txt")).unwrap();
        let walk = discover(root).unwrap();
        assert_eq!(rels(&walk), ["a/report.txt", "dangling.txt"]);
        assert!(matches!(&walk.skipped[..], [Skipped::Revisit { rel }] if rel == "a/loop"));
    }

    #[test]
    fn a_missing_root_is_an_error_naming_it() {
        let err = discover(Path::new("/no/such/corpus")).unwrap_err();
        assert!(err.to_string().contains("/no/such/corpus"), "{err}");
    }
}
