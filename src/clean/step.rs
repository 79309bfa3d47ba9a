//! What a cleaning step is ([`Step`]) and what it reports: the notes it takes out of
//! the body and the count of its changes.

use serde::{Deserialize, Serialize};

/// One cleaning step.
pub trait Step: Sync {
    /// A short stable name, used in the per-step counts of the export.
    fn name(&self) -> &'static str;

    /// Returns the changed text and how many changes were made, or `None` when the
    /// step has nothing to do (the common case for undamaged text, kept cheap).
    /// Lines the step takes out of the body but that carry facts (a received date, an
    /// author's affiliation) go to `notes`.
    fn apply(&self, text: &str, notes: &mut Vec<Note>) -> Option<(String, usize)>;
}

/// Something a step took out of the body that later stages may want as metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub kind: NoteKind,
    pub text: String,
}

/// What a note holds (stored and exported by these lowercase names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NoteKind {
    /// 收稿日期: when a journal received the article.
    Received,
    /// 本文编校: who edited it.
    Editor,
    /// An author's institution.
    Affiliation,
    /// A journal's running header: name and issue, as printed.
    Header,
    /// A website's ownership line (版权所有 …), taken from its footer.
    Site,
    /// A line with the page's publication date (发布时间：…), taken from its chrome.
    Published,
    /// A document file's header, footer or footnote, kept apart from its body.
    Margin,
    /// A web page's breadcrumb (当前位置：首页 > 党建工作 > 某某医院开展…), taken from its
    /// chrome: some pages end it with the article's title and print no other.
    Breadcrumb,
}

impl NoteKind {
    /// The name it is stored and exported by.
    pub fn as_str(self) -> &'static str {
        match self {
            NoteKind::Received => "received",
            NoteKind::Editor => "editor",
            NoteKind::Affiliation => "affiliation",
            NoteKind::Header => "header",
            NoteKind::Site => "site",
            NoteKind::Published => "published",
            NoteKind::Margin => "margin",
            NoteKind::Breadcrumb => "breadcrumb",
        }
    }
}

/// How many changes one step made to a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepCount {
    pub step: String,
    pub changes: u64,
}
