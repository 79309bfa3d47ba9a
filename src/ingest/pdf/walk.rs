//! The text walk: runs a page's content stream far enough to know where each piece of
//! text lands — the text operators (`BT`/`ET`, `Tf`, `Tm`, `Td`, `TD`, `T*`, `TL`, `Tc`,
//! `Tw`, `Tz`, `Ts`, `Tj`, `TJ`, `'`, `"`), the graphics state (`q`, `Q`, `cm`) and form
//! XObjects (`Do`), which many producers put whole pages in. Everything else (paths,
//! colours, images) is skipped. The result is a list of [`Run`]s in page coordinates, in
//! the order the stream shows them; putting them in reading order is `layout`'s job.

use std::collections::HashMap;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::fonts::{Font, deref};

/// How deep form XObjects may nest (a form that draws itself must not recurse forever).
const MAX_FORM_DEPTH: usize = 8;

/// A piece of text shown in one go: consecutive characters on one baseline.
#[derive(Debug, Clone)]
pub(super) struct Run {
    pub text: String,
    /// Left and right edge and baseline, in page space (points, y upwards).
    pub x0: f32,
    pub x1: f32,
    pub y: f32,
    /// The font size as it appears on the page.
    pub size: f32,
}

/// An affine matrix [a b c d e f] as PDF writes them.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix([f32; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    /// `self` then `other`.
    fn then(self, other: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = other.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    fn translate(x: f32, y: f32) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, x, y])
    }

    fn from_operands(operands: &[Object]) -> Option<Matrix> {
        let v: Vec<f32> = operands.iter().filter_map(|o| o.as_float().ok()).collect();
        let m: [f32; 6] = v.get(..6)?.try_into().ok()?;
        m.iter().all(|x| x.is_finite()).then_some(Matrix(m))
    }

    /// How much the matrix scales lengths (the geometric mean of its axes).
    fn scale(self) -> f32 {
        let [a, b, c, d, ..] = self.0;
        ((a * a + b * b).sqrt() * (c * c + d * d).sqrt()).sqrt()
    }
}

#[derive(Clone)]
struct State {
    ctm: Matrix,
    font: Option<ObjectKey>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    /// Horizontal scaling as a fraction (`Tz` / 100).
    scaling: f32,
    leading: f32,
    rise: f32,
}

/// Fonts are cached by object id; a font written directly into a resource dictionary
/// by its address (it lives as long as the document).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum ObjectKey {
    Id(ObjectId),
    Inline(usize),
}

/// The walk over one document: fonts are read once and shared by all its pages.
pub(super) struct Walker<'d> {
    doc: &'d Document,
    fonts: HashMap<ObjectKey, Font>,
    /// Operations left before the walk gives up (shared by all pages).
    pub budget: usize,
    /// Stream bytes a single content stream may decompress to.
    pub max_stream_bytes: usize,
    pub warnings: Vec<String>,
    /// Non-empty strings the content showed, whether or not their font could be read:
    /// a page with none has no text layer.
    pub shown: usize,
}

impl<'d> Walker<'d> {
    pub fn new(doc: &'d Document, budget: usize, max_stream_bytes: usize) -> Self {
        Walker { doc, fonts: HashMap::new(), budget, max_stream_bytes, warnings: Vec::new(), shown: 0 }
    }

    /// Codes that no map explained, over all fonts read so far.
    pub fn unmapped(&self) -> usize {
        self.fonts.values().map(|f| f.unmapped).sum()
    }

    /// The text runs of a page, in stream order.
    pub fn page(&mut self, page_id: ObjectId) -> Result<Vec<Run>, String> {
        let doc = self.doc;
        let content = doc.get_page_content_with_limit(page_id, self.max_stream_bytes).map_err(|e| e.to_string())?;
        let resources = page_resources(doc, page_id);
        let mut runs = Vec::new();
        let state = State {
            ctm: Matrix::IDENTITY,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scaling: 1.0,
            leading: 0.0,
            rise: 0.0,
        };
        self.stream(&content, &resources, state, 0, &mut runs)?;
        Ok(runs)
    }

    fn stream(
        &mut self,
        content: &[u8],
        resources: &[&'d Dictionary],
        mut gs: State,
        depth: usize,
        runs: &mut Vec<Run>,
    ) -> Result<(), String> {
        let mut stack: Vec<State> = Vec::new();
        let mut tm = Matrix::IDENTITY;
        let mut tlm = Matrix::IDENTITY;
        for op in Content::decode_iter(content) {
            let op = match op {
                Ok(op) => op,
                Err(e) => {
                    // Keep what was read before the damage.
                    self.warnings.push(format!("a content stream is damaged, text after it is lost: {e}"));
                    break;
                }
            };
            if self.budget == 0 {
                return Err("the content streams are too long to read (work budget spent)".into());
            }
            self.budget -= 1;
            let num = |i: usize| op.operands.get(i).and_then(|o| o.as_float().ok()).filter(|x| x.is_finite());
            match op.operator.as_str() {
                "q" if stack.len() < 256 => stack.push(gs.clone()),
                "Q" => {
                    if let Some(saved) = stack.pop() {
                        gs = saved;
                    }
                }
                "cm" => {
                    if let Some(m) = Matrix::from_operands(&op.operands) {
                        gs.ctm = m.then(gs.ctm);
                    }
                }
                "BT" => {
                    tm = Matrix::IDENTITY;
                    tlm = Matrix::IDENTITY;
                }
                "Tf" => {
                    if let Some(Object::Name(name)) = op.operands.first() {
                        gs.font = self.font(resources, name);
                    }
                    gs.size = num(1).unwrap_or(gs.size);
                }
                "Tc" => gs.char_spacing = num(0).unwrap_or(0.0),
                "Tw" => gs.word_spacing = num(0).unwrap_or(0.0),
                "Tz" => gs.scaling = num(0).unwrap_or(100.0) / 100.0,
                "TL" => gs.leading = num(0).unwrap_or(0.0),
                "Ts" => gs.rise = num(0).unwrap_or(0.0),
                "Td" | "TD" => {
                    let (x, y) = (num(0).unwrap_or(0.0), num(1).unwrap_or(0.0));
                    if op.operator == "TD" {
                        gs.leading = -y;
                    }
                    tlm = Matrix::translate(x, y).then(tlm);
                    tm = tlm;
                }
                "Tm" => {
                    if let Some(m) = Matrix::from_operands(&op.operands) {
                        tlm = m;
                        tm = m;
                    }
                }
                "T*" => {
                    tlm = Matrix::translate(0.0, -gs.leading).then(tlm);
                    tm = tlm;
                }
                "Tj" | "'" | "\"" | "TJ" => {
                    if op.operator == "\"" {
                        gs.word_spacing = num(0).unwrap_or(gs.word_spacing);
                        gs.char_spacing = num(1).unwrap_or(gs.char_spacing);
                    }
                    if op.operator == "'" || op.operator == "\"" {
                        tlm = Matrix::translate(0.0, -gs.leading).then(tlm);
                        tm = tlm;
                    }
                    let Some(last) = op.operands.last() else { continue };
                    match last {
                        Object::String(bytes, _) => self.show(bytes, &gs, &mut tm, runs),
                        Object::Array(items) if op.operator == "TJ" => {
                            for item in items {
                                match item {
                                    Object::String(bytes, _) => self.show(bytes, &gs, &mut tm, runs),
                                    item => {
                                        if let Ok(adjust) = item.as_float()
                                            && adjust.is_finite()
                                        {
                                            let tx = -adjust / 1000.0 * gs.size * gs.scaling;
                                            tm = Matrix::translate(tx, 0.0).then(tm);
                                        }
                                    }
                                }
                            }
                        }
                        _ => {}
                    }
                }
                "Do" if depth < MAX_FORM_DEPTH => {
                    if let Some(Object::Name(name)) = op.operands.first() {
                        self.form(resources, name, &gs, depth, runs)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Draws a form XObject: its own content with its matrix and resources.
    fn form(
        &mut self,
        resources: &[&'d Dictionary],
        name: &[u8],
        gs: &State,
        depth: usize,
        runs: &mut Vec<Run>,
    ) -> Result<(), String> {
        let doc = self.doc;
        let Some(stream) = lookup(doc, resources, b"XObject", name).and_then(|o| o.as_stream().ok()) else {
            return Ok(());
        };
        if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form") {
            return Ok(());
        }
        // Decompressing is work too: a form drawn a thousand times is paid for each time.
        self.budget = self.budget.saturating_sub(stream.content.len() / 64);
        let content = if stream.dict.has(b"Filter") {
            match stream.decompressed_content_with_limit(self.max_stream_bytes) {
                Ok(c) => c,
                Err(e) => {
                    self.warnings.push(format!("a form's content cannot be read: {e}"));
                    return Ok(());
                }
            }
        } else {
            stream.content.clone()
        };
        let mut inner = gs.clone();
        if let Some(Object::Array(m)) = deref(doc, stream.dict.get(b"Matrix").ok())
            && let Some(m) = Matrix::from_operands(m)
        {
            inner.ctm = m.then(gs.ctm);
        }
        let own = deref(doc, stream.dict.get(b"Resources").ok()).and_then(|o| o.as_dict().ok());
        let scope: Vec<&Dictionary> = own.into_iter().chain(resources.iter().copied()).collect();
        self.stream(&content, &scope, inner, depth + 1, runs)
    }

    fn font(&mut self, resources: &[&'d Dictionary], name: &[u8]) -> Option<ObjectKey> {
        let doc = self.doc;
        for res in resources {
            let Some(fonts) = deref(doc, res.get(b"Font").ok()).and_then(|o| o.as_dict().ok()) else { continue };
            let Ok(entry) = fonts.get(name) else { continue };
            let (key, dict) = match entry {
                Object::Reference(id) => (ObjectKey::Id(*id), doc.get_dictionary(*id).ok()?),
                Object::Dictionary(d) => (ObjectKey::Inline(d as *const Dictionary as usize), d),
                _ => return None,
            };
            self.fonts.entry(key).or_insert_with(|| Font::load(doc, dict));
            return Some(key);
        }
        None
    }

    /// Shows a string: one run, the text matrix moved past it.
    fn show(&mut self, bytes: &[u8], gs: &State, tm: &mut Matrix, runs: &mut Vec<Run>) {
        self.shown += usize::from(!bytes.is_empty());
        let Some(font) = gs.font.and_then(|k| self.fonts.get_mut(&k)) else { return };
        let start = Matrix([gs.size * gs.scaling, 0.0, 0.0, gs.size, 0.0, gs.rise]).then(*tm).then(gs.ctm);
        let mut text = String::new();
        let mut advance = 0.0;
        font.decode(bytes, &mut text, |glyph, _| {
            let mut tx = glyph.advance * gs.size + gs.char_spacing;
            if glyph.is_space {
                tx += gs.word_spacing;
            }
            advance += tx * gs.scaling;
        });
        *tm = Matrix::translate(advance, 0.0).then(*tm);
        let end = Matrix([gs.size * gs.scaling, 0.0, 0.0, gs.size, 0.0, gs.rise]).then(*tm).then(gs.ctm);
        let (x0, x1) = (start.0[4], end.0[4]);
        let size = start.scale().abs();
        if text.is_empty() || !(x0.is_finite() && x1.is_finite() && start.0[5].is_finite()) {
            return;
        }
        runs.push(Run {
            text,
            x0: x0.min(x1),
            x1: x0.max(x1),
            y: start.0[5],
            size: if size > 0.0 { size } else { 1.0 },
        });
    }
}

/// The resource dictionaries of a page, nearest first (its own, then inherited ones).
fn page_resources(doc: &Document, page_id: ObjectId) -> Vec<&Dictionary> {
    let Ok((direct, ids)) = doc.get_page_resources(page_id) else { return Vec::new() };
    direct.into_iter().chain(ids.into_iter().filter_map(|id| doc.get_dictionary(id).ok())).collect()
}

/// A named resource of a kind (`/Font`, `/XObject`) from the nearest scope that has it.
fn lookup<'d>(doc: &'d Document, resources: &[&'d Dictionary], kind: &[u8], name: &[u8]) -> Option<&'d Object> {
    resources.iter().find_map(|res| {
        let dict = deref(doc, res.get(kind).ok())?.as_dict().ok()?;
        deref(doc, dict.get(name).ok())
    })
}
