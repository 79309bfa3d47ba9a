//! Finding the reports in a corpus folder.
//!
//! This module owns the walk: which files count as reports, in what order they are
//! returned, and what is reported instead of a file when the walk cannot go on (an
//! unreadable directory, a symbolic link that leads back into the walk). It reads no
//! file contents; decoding is `decode`'s business.
//!
//! The walk is recursive, skips hidden entries (names starting with `.`), follows
//! symbolic links that stay inside the corpus folder (others only when asked) but never
//! enters the same directory twice, and returns files sorted
//! by their path relative to the corpus root, so that two runs over the same folder
//! see the same files in the same order.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::IngestError;

/// The kind of file a report comes in, decided by its extension (and then by a look at
/// its first bytes in `decode`: a `.txt` that is an HTML page is read as HTML, a
/// `.doc` that is really a `.docx`, or an HTML page, as what it is).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    #[serde(rename = "txt")]
    Text,
    Html,
    /// Word 2007+ (Office Open XML).
    Docx,
    /// Word 97–2003 (an OLE compound file).
    Doc,
    /// WPS Office's own extension, in either of Word's layouts.
    Wps,
    Pdf,
    /// OpenDocument text.
    Odt,
    Rtf,
    /// A web archive (MIME, `.mht`/`.mhtml`).
    Mhtml,
}

impl Format {
    pub const ALL: [Format; 9] = [
        Format::Text,
        Format::Html,
        Format::Docx,
        Format::Doc,
        Format::Wps,
        Format::Pdf,
        Format::Odt,
        Format::Rtf,
        Format::Mhtml,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Doc => "doc",
            Format::Wps => "wps",
            Format::Pdf => "pdf",
            Format::Odt => "odt",
            Format::Rtf => "rtf",
            Format::Mhtml => "mhtml",
        }
    }

    /// The format named `word` (as [`Format::as_str`] writes it).
    pub fn parse(word: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == word)
    }

    /// The format a file extension (lowercase, without the dot) stands for.
    pub fn of_extension(extension: &str) -> Option<Format> {
        Some(match extension {
            "txt" | "text" => Format::Text,
            "htm" | "html" | "xhtml" | "shtml" => Format::Html,
            "docx" | "docm" => Format::Docx,
            "doc" | "dot" => Format::Doc,
            "wps" => Format::Wps,
            "pdf" => Format::Pdf,
            "odt" => Format::Odt,
            "rtf" => Format::Rtf,
            "mht" | "mhtml" => Format::Mhtml,
            _ => return None,
        })
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
    /// Set when the file name is not UTF-8: the encoding it was read in (`GBK`,
    /// `Big5`), or `bytes` when it was none and its bytes are written `%XX` in `rel`.
    pub name_encoding: Option<&'static str>,
}

/// Something the walk passed over, with the reason.
#[derive(Debug)]
pub enum Skipped {
    /// A file of a kind that is not read (a spreadsheet, an archive, an image): its
    /// extension, and what its first bytes show it to be, when they show it.
    NotAReport { rel: String, extension: String, what: Option<&'static str> },
    /// Not a regular file: a FIFO, a socket, a device (never opened: reading a FIFO
    /// would block the run).
    Special { rel: String, what: &'static str },
    /// A directory that could not be listed: the files in it are missing from the run.
    Unreadable { rel: String, error: IngestError },
    /// A symbolic link to a directory already walked (a loop or an alias); nothing is
    /// missing, since that directory's files are read once under their other path.
    Revisit { rel: String },
    /// A symbolic link that leads out of the corpus folder (to /etc, a home folder …),
    /// not followed unless asked.
    Outside { rel: String, target: PathBuf },
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
    discover_with(root, false)
}

/// [`discover`]; with `follow_links`, symbolic links that lead out of the corpus
/// folder are followed too (they are otherwise listed in [`Walk::skipped`]).
pub fn discover_with(root: &Path, follow_links: bool) -> Result<Walk, IngestError> {
    let meta = fs::metadata(root).map_err(|e| IngestError::io(root, e))?;
    if !meta.is_dir() {
        return Err(IngestError::NotADirectory(root.to_path_buf()));
    }
    let inside = fs::canonicalize(root).map_err(|e| IngestError::io(root, e))?;
    let mut walk = Walk::default();
    let mut visited = HashSet::new();
    let mut context = Context { inside: (!follow_links).then_some(inside), visited: &mut visited, walk: &mut walk };
    visit(root, "", &mut context)?;
    walk.files.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(walk)
}

/// What the walk carries from folder to folder.
struct Context<'a> {
    /// The corpus folder, canonical, when links must stay inside it.
    inside: Option<PathBuf>,
    visited: &'a mut HashSet<PathBuf>,
    walk: &'a mut Walk,
}

fn visit(dir: &Path, rel_dir: &str, context: &mut Context) -> Result<(), IngestError> {
    let canonical = fs::canonicalize(dir).map_err(|e| IngestError::io(dir, e))?;
    if !context.visited.insert(canonical) {
        context.walk.skipped.push(Skipped::Revisit { rel: rel_dir.to_string() });
        return Ok(());
    }
    let mut entries: Vec<(String, Option<&'static str>, PathBuf, Option<fs::FileType>)> = fs::read_dir(dir)
        .map_err(|e| IngestError::io(dir, e))?
        .filter_map(|entry| entry.ok())
        .map(|entry| {
            let (name, encoding) = file_name(&entry.file_name());
            (name, encoding, entry.path(), entry.file_type().ok())
        })
        .filter(|(name, _, _, _)| !name.starts_with('.'))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));

    for (name, name_encoding, path, file_type) in entries {
        let rel = if rel_dir.is_empty() { name.clone() } else { format!("{rel_dir}/{name}") };
        // The directory listing tells files from folders without another system call;
        // only symbolic links (and file systems that do not say) need `metadata`,
        // which follows them. A dangling link is an unreadable file.
        let is_link = file_type.is_none_or(|t| t.is_symlink());
        if is_link
            && let Some(inside) = &context.inside
            && let Ok(target) = fs::canonicalize(&path)
            && !target.starts_with(inside)
        {
            context.walk.skipped.push(Skipped::Outside { rel, target });
            continue;
        }
        let (is_dir, is_file) = match file_type {
            Some(t) if !t.is_symlink() => (t.is_dir(), t.is_file()),
            _ => match fs::metadata(&path) {
                Ok(meta) => (meta.is_dir(), meta.is_file()),
                Err(_) if has_report_extension(&name) => {
                    context.walk.files.push(found(path, rel, &name, name_encoding));
                    continue;
                }
                Err(_) => continue,
            },
        };
        if is_dir {
            if let Err(error) = visit(&path, &rel, context) {
                context.walk.skipped.push(Skipped::Unreadable { rel, error });
            }
        } else if is_file && has_report_extension(&name) {
            context.walk.files.push(found(path, rel, &name, name_encoding));
        } else if is_file {
            // Another extension: read as text when its first bytes are text (notes.md,
            // a report saved without an extension), else listed as not a report.
            match super::decode::sniff(&first_bytes(&path)) {
                None => context.walk.files.push(Found { path, rel, format: Format::Text, name_encoding }),
                Some(what) => {
                    let extension = extension(&name).unwrap_or_default();
                    context.walk.skipped.push(Skipped::NotAReport { rel, extension, what });
                }
            }
        } else {
            // Sockets, FIFOs and devices are never opened: reading a FIFO would block.
            let what = special_kind(file_type.as_ref());
            context.walk.skipped.push(Skipped::Special { rel, what });
        }
    }
    Ok(())
}

fn found(path: PathBuf, rel: String, name: &str, name_encoding: Option<&'static str>) -> Found {
    let format = extension(name).as_deref().and_then(Format::of_extension).unwrap_or_default();
    Found { path, rel, format, name_encoding }
}

/// The first few kilobytes of a file, or nothing if it cannot be read (the run will
/// say why when it reads it).
fn first_bytes(path: &Path) -> Vec<u8> {
    use std::io::Read;
    let mut prefix = Vec::with_capacity(4096);
    if let Ok(file) = fs::File::open(path) {
        let _ = file.take(4096).read_to_end(&mut prefix);
    }
    prefix
}

#[cfg(unix)]
fn special_kind(file_type: Option<&fs::FileType>) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    match file_type {
        Some(t) if t.is_fifo() => "a FIFO (named pipe)",
        Some(t) if t.is_socket() => "a socket",
        Some(t) if t.is_block_device() || t.is_char_device() => "a device",
        _ => "not a regular file",
    }
}

#[cfg(not(unix))]
fn special_kind(_: Option<&fs::FileType>) -> &'static str {
    "not a regular file"
}

/// A file name as text, and the encoding it was read in when it is not UTF-8. Names
/// from Windows zip archives arrive in GBK (or Big5) bytes: read in that encoding they
/// are the name the author gave; where no encoding reads them, each byte beyond ASCII
/// (and `%`) is written `%XX`. Either way two different names stay two names — so
/// two reports never share one id — and the same bytes give the same name every run.
fn file_name(name: &std::ffi::OsStr) -> (String, Option<&'static str>) {
    if let Some(text) = name.to_str() {
        return (text.to_string(), None);
    }
    let bytes = name.as_encoded_bytes();
    for encoding in [encoding_rs::GBK, encoding_rs::BIG5] {
        if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(bytes)
            && !text.chars().any(char::is_control)
        {
            return (text.into_owned(), Some(encoding.name()));
        }
    }
    let mut escaped = String::with_capacity(bytes.len() * 3);
    for &b in bytes {
        if b.is_ascii() && b != b'%' {
            escaped.push(char::from(b));
        } else {
            escaped.push_str(&format!("%{b:02X}"));
        }
    }
    (escaped, Some("bytes"))
}

fn extension(name: &str) -> Option<String> {
    name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase())
}

fn has_report_extension(name: &str) -> bool {
    extension(name).is_some_and(|ext| Format::of_extension(&ext).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rels(walk: &Walk) -> Vec<&str> {
        walk.files.iter().map(|f| f.rel.as_str()).collect()
    }

    #[test]
    fn walks_recursively_sorted_and_accounts_for_every_file() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("b/sub")).unwrap();
        fs::create_dir_all(root.join(".git")).unwrap();
        for name in ["z.txt", "a.HTML", "b/sub/c.htm", "b/x.pdf", "b/y.DOCX", "notes.md", ".hidden.txt", ".git/d.txt"] {
            fs::write(root.join(name), "党建").unwrap();
        }
        fs::write(root.join("sheet.xlsx"), b"PK\x03\x04\x14\0\0\0").unwrap();
        fs::write(root.join("blob.bin"), [0u8, 1, 2, 3, 0, 0]).unwrap();
        let walk = discover(root).unwrap();
        assert_eq!(rels(&walk), ["a.HTML", "b/sub/c.htm", "b/x.pdf", "b/y.DOCX", "notes.md", "z.txt"]);
        let formats: Vec<&str> = walk.files.iter().map(|f| f.format.as_str()).collect();
        assert_eq!(formats, ["html", "html", "pdf", "docx", "txt", "txt"]);
        let skipped: Vec<String> = walk
            .skipped
            .iter()
            .map(|s| match s {
                Skipped::NotAReport { rel, extension, what } => format!("{rel} .{extension} {what:?}"),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(skipped, ["blob.bin .bin None", "sheet.xlsx .xlsx Some(\"a ZIP archive (or .docx/.xlsx)\")"]);
    }

    /// A FIFO is listed, never opened (reading one would block the run).
    #[cfg(unix)]
    #[test]
    fn a_fifo_is_listed_not_opened() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success());
        assert!(made, "mkfifo is part of coreutils");
        let walk = discover(dir.path()).unwrap();
        assert!(walk.files.is_empty());
        assert!(
            matches!(&walk.skipped[..], [Skipped::Special { rel, what }] if rel == "pipe.txt" && what.contains("FIFO"))
        );
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

    /// A link to a file or a folder outside the corpus is listed, not followed,
    /// unless asked; a link that stays inside is read as before.
    #[cfg(unix)]
    #[test]
    fn links_leading_out_of_the_corpus_are_skipped_unless_followed() {
        let dir = tempfile::tempdir().unwrap();
        let (root, outside) = (dir.path().join("corpus"), dir.path().join("elsewhere"));
        fs::create_dir_all(root.join("a")).unwrap();
        fs::create_dir_all(&outside).unwrap();
        fs::write(root.join("a/report.txt"), "三会一课").unwrap();
        fs::write(outside.join("secret.txt"), "不是报告").unwrap();
        std::os::unix::fs::symlink(&outside, root.join("out")).unwrap();
        std::os::unix::fs::symlink(outside.join("secret.txt"), root.join("secret.txt")).unwrap();
        std::os::unix::fs::symlink(root.join("a/report.txt"), root.join("alias.txt")).unwrap();
        let walk = discover(&root).unwrap();
        assert_eq!(rels(&walk), ["a/report.txt", "alias.txt"]);
        let outside_rels: Vec<&str> = walk
            .skipped
            .iter()
            .filter_map(|s| match s {
                Skipped::Outside { rel, .. } => Some(rel.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(outside_rels, ["out", "secret.txt"]);
        let followed = discover_with(&root, true).unwrap();
        assert_eq!(rels(&followed), ["a/report.txt", "alias.txt", "out/secret.txt", "secret.txt"]);
    }

    /// Two reports named in GBK bytes (as a Windows zip archive leaves them) keep two
    /// names, their Chinese ones; bytes no encoding reads are escaped, not replaced.
    #[cfg(unix)]
    #[test]
    fn names_in_gbk_bytes_are_read_as_gbk_and_stay_distinct() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let gbk = |s: &str| encoding_rs::GBK.encode(s).0.into_owned();
        for name in ["党建工作总结.txt", "党建工作计划.txt"] {
            fs::write(dir.path().join(std::ffi::OsStr::from_bytes(&gbk(name))), "三会一课").unwrap();
        }
        fs::write(dir.path().join(std::ffi::OsStr::from_bytes(b"\xff\xfe%.txt")), "三会一课").unwrap();
        let walk = discover(dir.path()).unwrap();
        assert_eq!(rels(&walk), ["%FF%FE%25.txt", "党建工作总结.txt", "党建工作计划.txt"]);
        assert_eq!(walk.files[1].name_encoding, Some("GBK"));
        assert_eq!(walk.files[0].name_encoding, Some("bytes"));
    }

    #[test]
    fn a_missing_root_is_an_error_naming_it() {
        let err = discover(Path::new("/no/such/corpus")).unwrap_err();
        assert!(err.to_string().contains("/no/such/corpus"), "{err}");
    }
}
