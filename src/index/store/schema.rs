//! The tables of the store, as SQL. README.md documents them for researchers who
//! query the file directly; bump `SCHEMA_VERSION` when their shape changes.

pub(super) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id              TEXT PRIMARY KEY,
    path            TEXT NOT NULL UNIQUE,
    sha256          TEXT NOT NULL,
    encoding        TEXT NOT NULL,
    encoding_source TEXT NOT NULL,
    replaced_bytes  INTEGER NOT NULL,
    format          TEXT NOT NULL,
    script          TEXT NOT NULL,
    title           TEXT NOT NULL,
    date            TEXT NOT NULL,
    source          TEXT NOT NULL,
    authors         TEXT NOT NULL,
    hospital        TEXT NOT NULL,
    hospitals       TEXT NOT NULL,
    region          TEXT NOT NULL,
    duplicate_of    TEXT,
    simhash         INTEGER,
    shingles        BLOB,
    text            TEXT NOT NULL,
    paragraphs      TEXT NOT NULL,
    warnings        TEXT NOT NULL,
    cleaning        TEXT NOT NULL,
    notes           TEXT NOT NULL,
    size            INTEGER,
    mtime           INTEGER,
    text_sha256     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_hospital ON documents (hospital);
CREATE TABLE IF NOT EXISTS metrics (
    document_id  TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    subject      TEXT NOT NULL,
    subject_text TEXT NOT NULL,
    value        REAL NOT NULL,
    upper        REAL,
    unit         TEXT NOT NULL,
    qualifier    TEXT NOT NULL,
    year         INTEGER,
    evidence     TEXT NOT NULL,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX IF NOT EXISTS metrics_subject ON metrics (subject);
CREATE TABLE IF NOT EXISTS derived (
    document_id TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    subject     TEXT NOT NULL,
    value       REAL NOT NULL,
    unit        TEXT NOT NULL,
    qualifier   TEXT NOT NULL,
    year        INTEGER,
    formula     TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)
);
CREATE TABLE IF NOT EXISTS measures (
    document_id TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    name_text   TEXT NOT NULL,
    category    TEXT,
    evidence    TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX IF NOT EXISTS measures_name ON measures (name);
CREATE TABLE IF NOT EXISTS word_counts (
    document_id TEXT PRIMARY KEY,
    counts      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS quarantine (
    path    TEXT PRIMARY KEY,
    sha256  TEXT,
    reason  TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    exit_code   INTEGER NOT NULL,
    summary     TEXT NOT NULL
);
";
