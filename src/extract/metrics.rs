//! Metrics: the figures a report gives about its hospital — 党员877人, 黨支部共21個,
//! 黨員大概占了三分之一 — each with what it counts (the subject), its unit, its
//! qualifier, the year it holds for and the sentence it was read from.
//!
//! How a figure is read, sentence by sentence over the folded text (simplified, so
//! one vocabulary serves both scripts):
//! 1. the number reader ([`numbers`]) finds every quantity;
//! 2. the unit is the measure word right after the number (人 名 位 个 场次 元 分钟 …);
//!    dates and times (年 月 日 时 周年 …) are not figures, nor is a number without a
//!    unit (section numbers, 114平台, phone numbers) unless a known subject says what
//!    unit it has (阅读量迅速上万);
//! 3. jieba's cut of the sentence must have a word boundary where the number starts
//!    and where its unit ends — a numeral inside a word is part of a name or formula
//!    (二次开发, 第三人民医院, 三会一课, 十九大);
//! 4. not figures either: ordinals (第一, 第2位), 一 as an article (一个支部, 一位男童),
//!    numbers glued to Latin letters (H7N9), numbers inside short quoted names
//!    (“三班倒”, “一对一”), counts of ideas (三个方面, 三个品牌);
//! 5. the subject is the noun phrase after the measure word (34个党支部, 50多位贫困的
//!    患者) or, failing that, before the number (共有党员877人, 党支部共21个), across
//!    linking verbs and adverbs (有 共 现有 达到 迅速); its canonical form comes from
//!    the subject vocabulary (`src/lexicon/subjects.tsv`), with a few rules of
//!    construction: X占了三分之一 → X占比, 党委现有成员7名 → 党委成员, a head count of an
//!    organisation (一个支部少的有150来人) → 支部人数, a duration → X时间, N分制 → X总分,
//!    a change (门诊量增长18.3%) → 门诊量增长; an elided subject (多的达200人以上)
//!    is the previous figure's;
//! 6. the year is the nearest year written in the sentence (今年 and 去年 need the
//!    document's year), else the document's year;
//! 7. a figure repeated later in the report (这21个党支部) is kept once, where it is
//!    first given.

use serde::{Deserialize, Serialize};

use super::numbers::{self, Kind, Qualifier, Quantity, starts_with};
use super::subjects::{self, Class};
use crate::clean::fold::Folded;
use crate::clean::is_han;

/// A figure read from a document (the data model of DESIGN.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metric {
    /// Canonical subject, simplified (党员, 党支部, 党员占比 …).
    pub subject: String,
    /// The subject as written.
    pub subject_text: String,
    /// The value in `unit` (万 and 亿 multiplied out; 三分之一 → 0.3333).
    pub value: f64,
    /// The upper end of a range (150-200人).
    pub upper: Option<f64>,
    /// The measure word as written, simplified (人, 名, 个, 场次, 元, 分钟 …), or
    /// `ratio` / `%`.
    pub unit: String,
    pub qualifier: Qualifier,
    /// The year the figure holds for, when the text says.
    pub year: Option<i32>,
    /// The sentence it was read from, in the document's script.
    pub evidence: String,
    /// Character offsets into the document's text: the subject and the figure.
    pub start: usize,
    pub end: usize,
}

/// What a unit makes of the number before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// People (人 名 位): the subject usually follows (877名党员) or precedes.
    Person,
    /// Things counted (个 家 项 张 题 …).
    Count,
    /// Occurrences (次 场次 人次 期 …).
    Event,
    Money,
    /// 分钟 小时 天: the subject is a time (排队等候 → 排队等候时间).
    Duration,
    /// N分制: a scoring scale (考评 → 考评总分).
    Scale,
    /// 分: a score.
    Score,
    Age,
    /// 个百分点, 倍, 平方米 …: read with the subject before the number.
    Measure,
    /// Not a figure: dates, times, page and floor numbers.
    Date,
}

/// Measure words (simplified, as in folded text) and their canonical unit.
const UNITS: &[(&str, &str, Unit)] = &[
    ("人次", "人次", Unit::Event),
    ("人", "人", Unit::Person),
    ("名", "名", Unit::Person),
    ("位", "位", Unit::Person),
    ("个百分点", "百分点", Unit::Measure),
    ("百分点", "百分点", Unit::Measure),
    ("个月", "", Unit::Date),
    ("个", "个", Unit::Count),
    ("户", "户", Unit::Count),
    ("家", "家", Unit::Count),
    ("所", "所", Unit::Count),
    ("支", "支", Unit::Count),
    ("项", "项", Unit::Count),
    ("条", "条", Unit::Count),
    ("篇", "篇", Unit::Count),
    ("件", "件", Unit::Count),
    ("套", "套", Unit::Count),
    ("台", "台", Unit::Count),
    ("张", "张", Unit::Count),
    ("座", "座", Unit::Count),
    ("栋", "栋", Unit::Count),
    ("层", "层", Unit::Count),
    ("种", "种", Unit::Count),
    ("类", "类", Unit::Count),
    ("本", "本", Unit::Count),
    ("册", "册", Unit::Count),
    ("份", "份", Unit::Count),
    ("处", "处", Unit::Count),
    ("间", "间", Unit::Count),
    ("批次", "批次", Unit::Event),
    ("批", "批", Unit::Count),
    ("题", "题", Unit::Count),
    ("道", "道", Unit::Count),
    ("枚", "枚", Unit::Count),
    ("首", "首", Unit::Count),
    ("幅", "幅", Unit::Count),
    ("辆", "辆", Unit::Count),
    ("场次", "场次", Unit::Event),
    ("场", "场", Unit::Event),
    ("次", "次", Unit::Event),
    ("期", "期", Unit::Event),
    ("轮", "轮", Unit::Event),
    ("堂", "堂", Unit::Event),
    ("节", "节", Unit::Event),
    ("例", "例", Unit::Event),
    ("趟", "趟", Unit::Event),
    ("元", "元", Unit::Money),
    ("块钱", "元", Unit::Money),
    ("分钟", "分钟", Unit::Duration),
    ("小时", "小时", Unit::Duration),
    ("学时", "学时", Unit::Duration),
    ("课时", "课时", Unit::Duration),
    ("天", "天", Unit::Duration),
    ("秒", "秒", Unit::Duration),
    ("分制", "分", Unit::Scale),
    ("分", "分", Unit::Score),
    ("岁", "岁", Unit::Age),
    ("倍", "倍", Unit::Measure),
    ("平方米", "平方米", Unit::Measure),
    ("公里", "公里", Unit::Measure),
    ("米", "米", Unit::Measure),
    ("亩", "亩", Unit::Measure),
    ("吨", "吨", Unit::Measure),
    ("公斤", "公斤", Unit::Measure),
    ("年", "", Unit::Date),
    ("月", "", Unit::Date),
    ("日", "", Unit::Date),
    ("号", "", Unit::Date),
    ("时", "", Unit::Date),
    ("点", "", Unit::Date),
    ("周年", "", Unit::Date),
    ("周岁", "岁", Unit::Age),
    ("周", "周", Unit::Duration),
    ("届", "", Unit::Date),
    ("版", "", Unit::Date),
    ("页", "", Unit::Date),
    ("床", "", Unit::Date),
    ("楼", "", Unit::Date),
];

/// The measure word at `at`, longest first: (chars, canonical unit, kind).
fn unit_at(chars: &[char], at: usize) -> Option<(usize, &'static str, Unit)> {
    UNITS
        .iter()
        .filter(|(w, _, _)| starts_with(chars, at, w))
        .max_by_key(|(w, _, _)| w.chars().count())
        .map(|&(w, canonical, kind)| (w.chars().count(), canonical, kind))
}

/// Words that link a subject to its figure and are skipped looking back from the
/// number (党支部共21个, 医院有员工近3000人, 考评采取500分制).
const LINKS: &[&str] = &[
    "有", "共有", "现有", "拥有", "设有", "共", "总共", "一共", "共计", "合计", "总计", "累计", "计", "达", "达到",
    "已达", "高达", "多达", "为", "是", "占", "了", "采取", "采用", "实行", "下设", "设", "设立", "组建", "成立",
    "建立", "开展", "举办", "组织", "召开", "进行", "完成", "接待", "约", "近", "已", "均", "都", "仅", "只", "在",
    "由", "从", "至", "到",
];

/// Nouns that name a measurement of an activity, which a verb before them belongs to
/// (阅读|量, 候诊|时间).
const GENERIC_HEADS: &[&str] = &["量", "数", "率", "时间", "时长", "次数", "人数", "费用", "金额"];

/// Verbs of change: the subject is what changed (门诊量增长18.3% → 门诊量增长).
const CHANGES: &[&str] = &["增长", "增加", "提高", "提升", "下降", "降低", "减少", "上升", "缩短", "延长"];

/// jieba tags of words that can be (part of) the subject.
fn nounish(tag: &str) -> bool {
    matches!(tag, "n" | "nr" | "nrt" | "nrfg" | "ns" | "nt" | "nz" | "ng" | "j" | "l" | "vn" | "an" | "")
}

#[derive(Debug, Clone)]
struct Token<'a> {
    word: &'a str,
    tag: &'a str,
    start: usize,
    end: usize,
}

/// A noun phrase found next to a figure: its character range in the sentence and its
/// words.
#[derive(Debug, Clone)]
struct Phrase {
    start: usize,
    end: usize,
    words: Vec<String>,
}

impl Phrase {
    fn text(&self) -> String {
        self.words.concat()
    }
}

/// What looking back from a number found.
#[derive(Debug, Default)]
struct Before {
    phrase: Option<Phrase>,
    /// 占 was among the linking words (a share).
    share: bool,
    /// A verb of change was among them.
    change: Option<String>,
    /// 多的 / 少的 stood for the subject: it is the previous figure's.
    elided: bool,
    /// The change verb was followed by 至 / 到: the figure is the level reached
    /// (满意度提升至97.6%), not the change.
    level: bool,
}

struct Sentence<'a> {
    chars: &'a [char],
    tokens: Vec<Token<'a>>,
}

impl Sentence<'_> {
    fn token_ending_at(&self, at: usize) -> Option<usize> {
        self.tokens.iter().position(|t| t.end == at)
    }

    fn token_starting_at(&self, at: usize) -> Option<usize> {
        self.tokens.iter().position(|t| t.start == at)
    }

    fn boundary(&self, at: usize) -> bool {
        at == 0 || at >= self.chars.len() || self.token_ending_at(at).is_some()
    }

    /// Looks back from `at` (where the figure starts) for its subject.
    fn before(&self, at: usize) -> Before {
        let mut found = Before::default();
        let Some(mut i) = self.token_ending_at(at).map(|i| i as isize) else { return found };
        let mut words: Vec<&Token> = Vec::new();
        let mut crossed = false;
        let mut skipped_numbers = 0;
        let mut saw_to = false;
        while i >= 0 {
            let t = &self.tokens[i as usize];
            let w = t.word;
            if words.is_empty() {
                if w == "的" && i > 0 && is_comparative(self.tokens[i as usize - 1].word) {
                    found.elided = true;
                    i -= 2;
                    continue;
                }
                // A year the figure is of: 由2017年的91.5%….
                if w == "的" && i > 0 && self.tokens[i as usize - 1].word.ends_with('年') {
                    i -= 1;
                    while i >= 0 && matches!(self.tokens[i as usize].tag, "m" | "t") {
                        i -= 1;
                    }
                    continue;
                }
                if LINKS.contains(&w) || matches!(t.tag, "d" | "ad" | "ul" | "uz" | "ug" | "t") {
                    found.share |= w.contains('占');
                    saw_to |= found.change.is_none() && matches!(w, "至" | "到");
                    i -= 1;
                    continue;
                }
                if CHANGES.contains(&w) && found.change.is_none() {
                    found.level = saw_to;
                    found.change = Some(w.to_string());
                    i -= 1;
                    continue;
                }
                // A time span between subject and figure: 捐款,3年共计49000元.
                if matches!(t.tag, "m" | "q") && skipped_numbers < 2 && is_time_word(self, i as usize) {
                    skipped_numbers += 1;
                    i -= 1;
                    continue;
                }
                // …and across the comma before it, to the clause that names what the
                // span is about.
                if matches!(w, "," | "，") && !crossed && skipped_numbers > 0 && i > 0 {
                    crossed = true;
                    i -= 1;
                    continue;
                }
                // A quoted name: 开展“三会一课”120余次.
                if matches!(w, "”" | "」" | "』") {
                    let close = i as usize;
                    let open = self.tokens[..close].iter().rposition(|t| matches!(t.word, "“" | "「" | "『"));
                    if let Some(open) = open
                        && open + 1 < close
                        && self.tokens[close].start - self.tokens[open].end <= 10
                    {
                        words.extend(self.tokens[open + 1..close].iter().rev());
                    }
                    break;
                }
            }
            // A verb heads the phrase only as the activity counted (捐款, 免费培训,
            // 党员集中学习); after a noun it is the verb of the clause (发放|宣传资料),
            // unless the noun is a bare suffix (阅读|量).
            let verb = t.tag == "v" && !LINKS.contains(&w) && !CHANGES.contains(&w);
            let noun_head = words.first().is_some_and(|h| h.tag != "v" && h.tag != "vn");
            let bare_suffix = words.len() == 1 && GENERIC_HEADS.contains(&words[0].word);
            let usable = nounish(t.tag) || verb && (!noun_head || bare_suffix);
            if !usable || words.len() == 3 || words.iter().map(|t| t.word.chars().count()).sum::<usize>() >= 8 {
                break;
            }
            words.push(t);
            i -= 1;
        }
        if !words.is_empty() {
            words.reverse();
            found.phrase = Some(Phrase {
                start: words[0].start,
                end: words[words.len() - 1].end,
                words: words.iter().map(|t| t.word.to_string()).collect(),
            });
        }
        found
    }

    /// Looks forward from `at` (where the measure word ends) for the noun phrase it
    /// counts: modifiers (贫困的) are passed over, the phrase ends at the first word
    /// that cannot be part of it.
    fn after(&self, at: usize) -> Option<Phrase> {
        let mut i = self.token_starting_at(at)?;
        let mut start = i;
        let mut nouns = 0;
        let mut end = i;
        while i < self.tokens.len() && i - start < 5 {
            let t = &self.tokens[i];
            if t.word == "的" {
                if nouns > 0 {
                    break;
                }
                start = i + 1;
                i += 1;
                continue;
            }
            // A verbal noun after a noun is what is done to it (七个方面建设).
            if t.tag == "vn" && nouns > 0 {
                break;
            }
            if nounish(t.tag) {
                nouns += 1;
                end = i + 1;
            } else if nouns > 0 || !matches!(t.tag, "a" | "b" | "v") {
                // Modifiers come before the noun; a verb after it is the clause's
                // (十五名医疗骨干|赴…).
                break;
            }
            i += 1;
        }
        (nouns > 0 && end > start).then(|| Phrase {
            start: self.tokens[start].start,
            end: self.tokens[end - 1].end,
            words: self.tokens[start..end].iter().map(|t| t.word.to_string()).collect(),
        })
    }

    /// A noun before `at` that owns a relational noun (党委 in 党委现有成员7名).
    fn owner(&self, at: usize) -> Option<String> {
        let i = self.token_ending_at(at)?;
        self.tokens[..=i].iter().rev().take(3).find(|t| nounish(t.tag) && t.tag != "vn").map(|t| t.word.to_string())
    }
}

fn is_comparative(word: &str) -> bool {
    matches!(word, "多" | "少" | "最多" | "最少" | "大" | "小" | "高" | "低" | "长" | "短")
}

/// Whether the number token at `i` with the next one reads as a time span (3年, 两个月).
fn is_time_word(sentence: &Sentence, i: usize) -> bool {
    let here = &sentence.tokens[i].word;
    let next = sentence.tokens.get(i + 1).map_or("", |t| t.word);
    ["年", "月", "天", "周"].iter().any(|w| here.ends_with(w) || next.starts_with(w))
        || here.chars().all(|c| c.is_ascii_digit()) && next.starts_with('年')
}

/// Reads every metric of a document. `text` is the clean text, `folded` its folded
/// view; `document_year` (from the document's date, when known) is the year of
/// figures whose sentence names none, and the base of 今年 / 去年.
pub fn metrics(text: &str, folded: &Folded, document_year: Option<i32>) -> Vec<Metric> {
    let original: Vec<char> = text.chars().collect();
    let chars: Vec<char> = folded.text.chars().collect();
    let mut out: Vec<Metric> = Vec::new();
    for (s0, s1) in sentences(&chars) {
        let sentence = &chars[s0..s1];
        let found = numbers::quantities_in(sentence);
        let measures: Vec<Option<Measured>> = found.iter().map(|q| measured(sentence, q)).collect();
        if measures.iter().all(Option::is_none) {
            continue; // no figure here, whatever the words: jieba need not cut it
        }
        let folded_sentence: String = sentence.iter().collect();
        let tokens = crate::segment::jieba()
            .tag(&folded_sentence, false)
            .into_iter()
            .map(|t| Token { word: t.word, tag: t.tag, start: t.start, end: t.end })
            .collect();
        let sentence = Sentence { chars: sentence, tokens };
        let years = years(&sentence, &found, document_year);
        let mut previous: Option<(String, String, Unit)> = None;
        for (q, measured) in found.iter().zip(&measures) {
            let Some(measured) = measured else { continue };
            let Some(read) = read(&sentence, q, measured, previous.as_ref()) else { continue };
            let (from, to) = folded.original_range(s0 + read.start, s0 + read.end);
            let (subject_from, subject_to) =
                folded.original_range(s0 + read.subject_range.0, s0 + read.subject_range.1);
            let (e0, e1) = folded.original_range(s0, s1);
            let year = years
                .iter()
                .rfind(|(at, _)| *at <= q.start)
                .or_else(|| years.iter().find(|(at, _)| *at > q.start))
                .map(|&(_, y)| y)
                .or(document_year);
            let subject_text = if read.subject_range.0 < read.subject_range.1 {
                original[subject_from..subject_to].iter().collect()
            } else {
                read.inherited_text.clone().unwrap_or_default()
            };
            previous = Some((read.subject.clone(), subject_text.clone(), read.unit_kind));
            out.push(Metric {
                subject: read.subject,
                subject_text,
                value: round(q.value),
                upper: q.upper.map(round),
                unit: read.unit,
                qualifier: q.qualifier,
                year,
                evidence: original[e0..e1].iter().collect::<String>().trim().to_string(),
                start: from,
                end: to,
            });
        }
    }
    // A figure given again later (这21个党支部) is kept where it is first given.
    let mut seen = std::collections::HashSet::new();
    out.retain(|m| seen.insert((m.subject.clone(), m.value.to_bits())));
    out
}

/// A figure computed from two a document gives (the share of staff who are Party
/// members, members per branch), marked as derived wherever it is shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Derived {
    pub subject: String,
    pub value: f64,
    pub unit: String,
    /// `approx` when either part is not exact.
    pub qualifier: Qualifier,
    pub year: Option<i32>,
    /// How it was computed, with the parts' values: `党员 877 / 党支部 34`.
    pub formula: String,
}

/// The derived figures: (subject, numerator, denominator, unit).
const DERIVED: &[(&str, &str, &str, &str)] =
    &[("党员占员工比例", "党员", "员工", "ratio"), ("平均每支部党员数", "党员", "党支部", "人")];

/// The figures derived from a document's metrics, for each year both parts are given
/// for (or neither says), from the first figure given for each part.
pub fn derived(metrics: &[Metric]) -> Vec<Derived> {
    let mut out = Vec::new();
    for &(subject, numerator, denominator, unit) in DERIVED {
        let first = |s: &str, year: Option<i32>| metrics.iter().find(|m| m.subject == s && m.year == year);
        let mut years: Vec<Option<i32>> = metrics.iter().filter(|m| m.subject == numerator).map(|m| m.year).collect();
        years.dedup();
        for year in years {
            let (Some(n), Some(d)) = (first(numerator, year), first(denominator, year)) else { continue };
            if d.value == 0.0 || n.upper.is_some() || d.upper.is_some() {
                continue;
            }
            let exact = n.qualifier == Qualifier::Exact && d.qualifier == Qualifier::Exact;
            out.push(Derived {
                subject: subject.to_string(),
                value: round(n.value / d.value),
                unit: unit.to_string(),
                qualifier: if exact { Qualifier::Exact } else { Qualifier::Approx },
                year,
                formula: format!("{numerator} {} / {denominator} {}", n.value, d.value),
            });
        }
    }
    out
}

/// Four decimals are plenty for a ratio (0.3333) and exact for any count.
fn round(value: f64) -> f64 {
    (value * 1e4).round() / 1e4
}

/// Sentences of the folded text: character ranges ending after 。！？； or a line break.
fn sentences(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '\n') {
            if i + 1 > start {
                out.push((start, i + 1));
            }
            start = i + 1;
        }
    }
    if start < chars.len() {
        out.push((start, chars.len()));
    }
    out
}

/// Years written in the sentence, by position: 2017年, 二〇一七年, and 今年 / 去年 /
/// 前年 / 明年 when the document's year is known.
fn years(sentence: &Sentence, found: &[Quantity], document_year: Option<i32>) -> Vec<(usize, i32)> {
    let chars = sentence.chars;
    let mut out: Vec<(usize, i32)> = found
        .iter()
        .filter(|q| {
            q.kind == Kind::Number
                && q.value.fract() == 0.0
                && (1949.0..=2100.0).contains(&q.value)
                && chars.get(q.end) == Some(&'年')
        })
        .map(|q| (q.start, q.value as i32))
        .collect();
    if let Some(base) = document_year {
        for (i, pair) in chars.windows(2).enumerate() {
            let offset = match pair {
                ['今', '年'] | ['本', '年'] => 0,
                ['去', '年'] => -1,
                ['前', '年'] => -2,
                ['明', '年'] => 1,
                _ => continue,
            };
            out.push((i, base + offset));
        }
    }
    out.sort();
    out
}

/// A figure read in a sentence, offsets relative to it.
struct Read {
    subject: String,
    subject_range: (usize, usize),
    inherited_text: Option<String>,
    unit: String,
    unit_kind: Unit,
    start: usize,
    end: usize,
}

/// What a quantity's own characters say of it, before the sentence's words are known:
/// its measure word (after 多 / 余 / 来 if written) and where it ends.
struct Measured {
    unit_len: usize,
    unit_name: &'static str,
    kind: Unit,
    unit_end: usize,
}

/// The first half of reading a quantity: the checks that need no word of the
/// sentence. `None` means `q` is no figure whatever jieba makes of the words around it
/// (an ordinal, a date, 一 as an article, a number glued to letters or inside a short
/// quoted name, a bare number that neither closes its clause nor has a magnitude
/// word) — so a sentence whose quantities all fail here is never cut.
fn measured(chars: &[char], q: &Quantity) -> Option<Measured> {
    let (span_start, span_end) = q.span;
    // Ordinals and ranks: 第2位, 前10名.
    if q.start > 0 && matches!(chars[q.start - 1], '第' | '前') || span_start > 0 && chars[span_start - 1] == '第' {
        return None;
    }
    // Glued to Latin letters or other digits: H7N9, 2.1节, 7:30.
    let before = span_start.checked_sub(1).map(|i| chars[i]);
    let after = chars.get(q.end).copied();
    if before.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | '-' | '/'))
        || after.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, ':' | '/' | '.'))
    {
        return None;
    }
    // 一 as an article: 一个支部, 一位男童.
    if q.value == 1.0 && q.kind == Kind::Number && q.upper.is_none() && matches!(chars[q.start], '一' | '壹' | '幺')
    {
        return None;
    }
    if inside_short_quote(chars, q.start) {
        return None;
    }
    // The measure word, after 多 / 余 / 来 if written.
    let mut at = q.end;
    if matches!(chars.get(at), Some('多' | '余' | '来')) && q.qualifier != Qualifier::Exact {
        at += 1;
    }
    let (unit_len, unit_name, kind) = match q.kind {
        Kind::Percent => (0, "%", Unit::Measure),
        Kind::Ratio => (0, "ratio", Unit::Measure),
        Kind::Number => unit_at(chars, at).unwrap_or((0, "", Unit::Measure)),
    };
    if kind == Unit::Date {
        return None;
    }
    // An issue number after a year: 2017年10期.
    if unit_name == "期" && span_start > 0 && chars[span_start - 1] == '年' {
        return None;
    }
    let unit_end = at + unit_len;
    // A bare number is a figure only where it closes its clause or has a magnitude
    // word (阅读量迅速上万), and then only for a known subject (see `read`).
    if unit_name.is_empty() {
        let magnitude_word = chars[q.start..q.end].iter().any(|c| matches!(c, '万' | '千' | '百' | '亿'));
        let closes = chars.get(unit_end.max(span_end)).is_none_or(|&c| !is_han(c) && !c.is_ascii_alphanumeric());
        if !(magnitude_word || closes) {
            return None;
        }
    }
    Some(Measured { unit_len, unit_name, kind, unit_end })
}

/// Reads the quantity `q`, which [`measured`] let through, as a metric, or says why it
/// is not one (by returning None).
fn read(
    sentence: &Sentence,
    q: &Quantity,
    measured: &Measured,
    previous: Option<&(String, String, Unit)>,
) -> Option<Read> {
    let chars = sentence.chars;
    let (span_start, span_end) = q.span;
    let &Measured { unit_len, unit_name, kind, unit_end } = measured;
    if !sentence.boundary(q.start) {
        return None;
    }
    if unit_len > 0 && !sentence.boundary(unit_end) {
        return None;
    }
    let end = unit_end.max(span_end);
    let fraction = matches!(q.kind, Kind::Percent | Kind::Ratio);

    // The subject: after the measure word for counts, before the number otherwise.
    let after_first = unit_len > 0 && matches!(kind, Unit::Person | Unit::Count | Unit::Event);
    let after = if after_first { sentence.after(unit_end) } else { None };
    let before = sentence.before(span_start);
    let (phrase, from_before) = match after {
        Some(p) => (Some(p), false),
        None => (before.phrase.clone(), true),
    };
    // Percentages of a group written after them: 90%的患者.
    let phrase = match phrase {
        None if fraction && chars.get(end) == Some(&'的') => sentence.after(end + 1),
        p => p,
    };
    // X占Y的三分之一: the share is X's.
    let (phrase, share_of) = match share_subject(sentence, span_start) {
        Some(p) if fraction => (Some(p), true),
        _ => (phrase, false),
    };
    // A figure whose subject is the previous figure's, starting at `start`.
    let inherited = |subject: String, text: &String, start: usize| Read {
        subject,
        subject_range: (0, 0),
        inherited_text: Some(text.clone()),
        unit: unit_name.to_string(),
        unit_kind: kind,
        start,
        end,
    };
    // …占比达82%: the share of the phrase before 占比, or of the previous figure's
    // subject (有23个科室…, 占比达82%).
    let (phrase, share_of) = match share_word_before(chars, span_start) {
        Some(at) if fraction => match sentence.before(at).phrase.filter(|p| p.end == at) {
            Some(p) => (Some(p), true),
            None => {
                let (subject, text, _) = previous?;
                return Some(inherited(format!("{subject}占比"), text, at));
            }
        },
        _ => (phrase, share_of),
    };
    let from_before = from_before || share_of;
    let Some(phrase) = phrase else {
        // No subject: the previous figure's when 多的 / 少的 stood for it.
        let (subject, text, previous_kind) = previous?;
        // 多的达200人 stands for the previous figure's subject, and so does the new
        // level of a change (满意度由91.5%提升至96.2%).
        if !(before.elided || before.change.is_some()) || *previous_kind != kind {
            return None;
        }
        return Some(inherited(subject.clone(), text, span_start));
    };
    let written = phrase.text();
    let known = subjects::at_end(&written);
    if let Some((s, _)) = &known
        && s.class == Class::Abstract
    {
        return None;
    }
    // A bare number is a figure only for a known subject with a unit of its own.
    let mut unit = unit_name.to_string();
    if unit.is_empty() {
        let default = known.as_ref().and_then(|(s, _)| s.unit)?;
        if !from_before {
            return None;
        }
        unit = default.to_string();
    }
    let head = match &known {
        Some((s, n)) if *n == written.chars().count() || s.class != Class::Relational => {
            (s.canonical.to_string(), s.class)
        }
        _ => (head_of(&phrase)?, Class::Thing),
    };
    let mut subject_start = phrase.start;
    let subject = match head.1 {
        Class::Relational => {
            let owner = sentence.owner(phrase.start)?;
            subject_start = sentence.tokens.iter().rev().find(|t| t.end <= phrase.start && t.word == owner)?.start;
            let joined = format!("{owner}{}", head.0);
            subjects::exactly(&joined).map_or(joined, |s| s.canonical.to_string())
        }
        Class::Org if kind == Unit::Person => format!("{written}人数"),
        _ if fraction && from_before && (share_of || before.share || chars[span_start..q.start].contains(&'占')) => {
            // 党员人数占… is the share of 党员.
            let whole = ["人数", "总数", "数量"].iter().find_map(|w| head.0.strip_suffix(w)).unwrap_or(&head.0);
            let joined = format!("{whole}占比");
            subjects::exactly(&joined).map_or(joined, |s| s.canonical.to_string())
        }
        _ if kind == Unit::Duration && !["时间", "时长", "用时", "周期"].iter().any(|w| head.0.ends_with(w)) => {
            format!("{}时间", head.0)
        }
        _ if kind == Unit::Scale => format!("{}总分", head.0),
        _ if kind == Unit::Age && !head.0.contains("年龄") => return None,
        Class::Person if unit_name == "人次" && !head.0.ends_with("人次") => format!("{}人次", head.0),
        _ => match &before.change {
            Some(change) if from_before && !before.level => format!("{}{change}", head.0),
            _ => head.0,
        },
    };
    if subject.chars().count() < 2 {
        return None;
    }
    Some(Read {
        subject,
        subject_range: (subject_start, phrase.end),
        inherited_text: None,
        unit,
        unit_kind: kind,
        start: subject_start.min(span_start),
        end: end.max(phrase.end),
    })
}

/// Where 占比 (or 比例, 比重) stands right before a figure, across a linking word
/// (占比达82%, 比例为三分之一).
fn share_word_before(chars: &[char], at: usize) -> Option<usize> {
    let mut end = at;
    while end > 0 && matches!(chars[end - 1], '达' | '为' | '约' | '是' | '了' | '近' | '超') && at - end < 2 {
        end -= 1;
    }
    ["占比", "比例", "比重"].iter().any(|w| end >= 2 && starts_with(chars, end - 2, w)).then(|| end - 2)
}

/// The subject of a share written X占Y的N (党员占职工总数的百分之二十六): the noun
/// phrase before 占, when 占 is in the same clause, at most twelve characters back.
fn share_subject(sentence: &Sentence, at: usize) -> Option<Phrase> {
    let chars = sentence.chars;
    if at == 0 || chars[at - 1] != '的' {
        return None;
    }
    let from = at.saturating_sub(12);
    let zhan = (from..at).rev().find(|&i| matches!(chars[i], '占'))?;
    if chars[zhan..at].iter().any(|&c| !is_han(c)) {
        return None;
    }
    sentence.before(zhan).phrase
}

/// The head of a phrase the vocabulary does not know: its last words, as many as fit
/// in six characters (督查组, 困难群众, 主题党日活动; 党员志愿服务队 → 志愿服务队), and
/// at least the last word.
fn head_of(phrase: &Phrase) -> Option<String> {
    let mut head = phrase.words.last()?.clone();
    for word in phrase.words.iter().rev().skip(1) {
        if head.chars().count() + word.chars().count() > 6 {
            break;
        }
        head.insert_str(0, word);
    }
    Some(head)
}

/// Whether position `at` lies inside quotation marks around a short name
/// (“三会一课”, “一对一”): such numerals are part of the name.
fn inside_short_quote(chars: &[char], at: usize) -> bool {
    let open = chars[..at].iter().rposition(|&c| matches!(c, '“' | '「' | '『'));
    let Some(open) = open else { return false };
    if chars[open + 1..at].iter().any(|&c| matches!(c, '”' | '」' | '』')) {
        return false;
    }
    let close = chars[at..].iter().position(|&c| matches!(c, '”' | '」' | '』')).map(|p| at + p);
    close.is_some_and(|close| close - open - 1 <= 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Qualifier::*;

    fn read_all(text: &str) -> Vec<Metric> {
        metrics(text, &Folded::new(text), Some(2017))
    }

    /// (sentence, subject, value, unit, qualifier): the sentence gives this figure.
    #[rustfmt::skip]
    const FIGURES: &[(&str, &str, f64, &str, Qualifier)] = &[
        ("医院共有党员877人,其中在职党员655人。", "党员", 877.0, "人", Exact),
        ("医院共有党员877人,其中在职党员655人。", "在职党员", 655.0, "人", Exact),
        ("離退休黨員222人。", "离退休党员", 222.0, "人", Exact),
        ("全院现有党员1026名。", "党员", 1026.0, "名", Exact),
        ("全院共有八百七十七名黨員。", "党员", 877.0, "名", Exact),
        ("总支下设34个党支部。", "党支部", 34.0, "个", Exact),
        ("黨支部共21個,黨員大概占了三分之一。", "党支部", 21.0, "个", Exact),
        ("黨支部共21個,黨員大概占了三分之一。", "党员占比", 0.3333, "ratio", Approx),
        ("党员约占四分之一。", "党员占比", 0.25, "ratio", Approx),
        ("党员占职工总数的百分之二十六。", "党员占比", 26.0, "%", Exact),
        ("党委下设党总支5个、党支部28个。", "党总支", 5.0, "个", Exact),
        ("党委下设党总支5个、党支部28个。", "党支部", 28.0, "个", Exact),
        ("醫院黨委現有成員7名。", "党委成员", 7.0, "名", Exact),
        ("有员工近3000人,其中党员近1000人。", "员工", 3000.0, "人", Approx),
        ("全院在職職工約一千八百人。", "员工", 1800.0, "人", Approx),
        ("全院现有职工3200余人。", "员工", 3200.0, "人", MoreThan),
        ("开放床位1500张。", "床位", 1500.0, "张", Exact),
        ("年门诊量超过120万人次。", "门诊量", 1_200_000.0, "人次", MoreThan),
        ("为50多位贫困的心脏瓣膜患者争取救助。", "患者", 50.0, "位", MoreThan),
        ("医院28位专业志愿者参与。", "志愿者", 28.0, "位", Exact),
        ("组建了两个督查组,由院长带队。", "督查组", 2.0, "个", Exact),
        ("开展义诊活动86场次。", "义诊", 86.0, "场次", Exact),
        ("今年以来已免费培训16场次。", "培训", 16.0, "场次", Exact),
        ("累计开展“三会一课”一百二十余次。", "三会一课", 120.0, "次", MoreThan),
        ("网上共答题2万多题。", "答题", 20000.0, "题", MoreThan),
        ("阅读量迅速上万。", "阅读量", 10000.0, "次", AtLeast),
        ("献爱心捐款,3年共计49 000元。", "捐款", 49000.0, "元", Exact),
        ("医院投入党建经费85万元。", "党建经费", 850_000.0, "元", Exact),
        ("满意度达到90%。", "满意度", 90.0, "%", Exact),
        ("窗口排队等候不超过15分钟。", "排队等候时间", 15.0, "分钟", AtMost),
        ("门诊平均候诊时间缩短了20分钟。", "候诊时间缩短", 20.0, "分钟", Exact),
        ("考评采取500分制。", "考评总分", 500.0, "分", Exact),
        ("一个支部少的有150来人,多的达200人以上。", "支部人数", 150.0, "人", Approx),
        ("一个支部少的有150来人,多的达200人以上。", "支部人数", 200.0, "人", AtLeast),
        ("每个支部150-200人。", "支部人数", 150.0, "人", Exact),
        ("黨小組三十八個。", "党小组", 38.0, "个", Exact),
        ("选派十五名医疗骨干赴对口支援医院。", "医疗骨干", 15.0, "名", Exact),
        ("28个临床科室中,有23个科室的党支部书记由科室主任担任,占比达82%。", "科室占比", 82.0, "%", Exact),
        ("党员比例为三分之一。", "党员占比", 0.3333, "ratio", Exact),
        ("患者满意度提升至97.6%。", "满意度", 97.6, "%", Exact),
        ("门诊量增长了18.3%。", "门诊量增长", 18.3, "%", Exact),
        ("参学党员达2100人次。", "党员人次", 2100.0, "人次", Exact),
    ];

    #[test]
    fn every_figure_is_read_with_its_subject_unit_and_qualifier() {
        for &(text, subject, value, unit, qualifier) in FIGURES {
            let found = read_all(text);
            let hit = found.iter().find(|m| m.subject == subject && (m.value - value).abs() < 1e-3 * value.max(1.0));
            let hit = hit.unwrap_or_else(|| panic!("no {subject} in {text}: {found:#?}"));
            assert!((hit.value - value).abs() < 1e-3 * value.max(1.0), "{text}: {} ≠ {value}", hit.value);
            assert_eq!((hit.unit.as_str(), hit.qualifier), (unit, qualifier), "{text}");
            let chars: Vec<char> = text.chars().collect();
            let phrase: String = chars[hit.start..hit.end].iter().collect();
            assert!(hit.evidence.contains(&phrase), "{text}: {phrase} not in {}", hit.evidence);
        }
    }

    /// Sentences whose numbers are not figures about the hospital.
    #[rustfmt::skip]
    const NOT_FIGURES: &[&str] = &[
        "2017-05-18 07:33:26",
        "2016年12月30日,医院召开第一次党代会。",
        "当代党员 2017年10期",
        "说明本刊2012年3期第114页一文第一作者。",
        "各支部严格落实“三会一课”、“两学一做”。",
        "深入学习党的十九大精神。",
        "推进基层党组织“五化”建设,增强“四个意识”。",
        "推行114平台电话预约。",
        "门诊窗口把时间提前到7:30上班。",
        "参与H7N9禽流感病患救治。",
        "一位5岁男童耳朵被塞进异物。",
        "短短两个月时间,微信号关注量大增。",
        "结合庆祝建党九十周年开展活动。",
        "依托微信软件进行二次开发。",
        "实现了对巫溪等贫困县的“一对一”帮扶。",
        "医生护士工作“三班倒”。",
        "联系电话:0731-58553000,邮编411101。",
        "打造三个品牌:一是打造党建品牌。",
        "即“一个目标,两个提高,三个满意。”",
        "医院成立了一支业余通讯员队伍,每月组织一次专题学习。",
        "原市第三人民医院和原市中医院合并。",
        "组医疗单位第2位。",
        "1立足目标抓统筹。2.1把创先争优与党建工作相结合。",
        "这对于一家才成立一年多的医院来说,非常不容易。",
    ];

    #[test]
    fn dates_ordinals_names_and_codes_are_not_figures() {
        for text in NOT_FIGURES {
            let found = read_all(text);
            assert!(found.is_empty(), "{text}: {found:#?}");
        }
    }

    /// The word-free half decides alone only what no cut of the words could save: a
    /// figure with a measure word or a closing bare number goes on to be read.
    #[test]
    fn only_quantities_no_words_could_save_are_ruled_out_before_the_cut() {
        let first = |text: &str| {
            let chars: Vec<char> = text.chars().collect();
            let q = numbers::quantities(text).into_iter().next().unwrap_or_else(|| panic!("a number in {text}"));
            measured(&chars, &q).map(|m| (m.unit_name, m.kind))
        };
        for text in ["排名第2位", "一个支部", "2017年", "H7N9流感", "落实“三会一课”", "拨打114平台"]
        {
            assert!(first(text).is_none(), "{text}");
        }
        assert_eq!(first("党员877人"), Some(("人", Unit::Person)));
        assert_eq!(first("党支部共21个").map(|m| m.0), Some("个"));
        assert_eq!(first("阅读量迅速上万").map(|m| m.0), Some(""), "a bare number with a magnitude word");
        assert_eq!(first("满意度达97.6%").map(|m| m.0), Some("%"));
    }

    #[test]
    fn the_year_is_the_sentences_else_the_documents() {
        let found = read_all("2018年,医院共发展新党员23名。今年发展党员30名。全院有党员900名。");
        let years: Vec<(f64, Option<i32>)> = found.iter().map(|m| (m.value, m.year)).collect();
        assert_eq!(years, [(23.0, Some(2018)), (30.0, Some(2017)), (900.0, Some(2017))]);
        let text = "去年发展党员30名。";
        assert_eq!(metrics(text, &Folded::new(text), None)[0].year, None);
        assert_eq!(read_all(text)[0].year, Some(2016));
    }

    #[test]
    fn a_figure_given_again_is_kept_where_it_is_first_given() {
        let found = read_all("黨支部共21個。這21個黨支部如同一個個節點。全院877名黨員,共有黨員877人。");
        let subjects: Vec<&str> = found.iter().map(|m| m.subject.as_str()).collect();
        assert_eq!(subjects, ["党支部", "党员"]);
        assert_eq!(found[1].unit, "名");
    }

    #[test]
    fn offsets_point_into_the_original_text_in_either_script() {
        let text = "重慶市人民醫院有員工近3000人,其中黨員近1000人。";
        let found = read_all(text);
        let chars: Vec<char> = text.chars().collect();
        let written: Vec<String> = found.iter().map(|m| chars[m.start..m.end].iter().collect()).collect();
        assert_eq!(written, ["員工近3000人", "黨員近1000人"]);
        assert_eq!(found[1].subject_text, "黨員");
        assert_eq!(found[1].evidence, text);
    }

    #[test]
    fn shares_and_members_per_branch_are_derived_when_both_parts_are_given() {
        let found = read_all("有员工近3000人,其中党员近1000人,党支部共21个。");
        let derived = derived(&found);
        let read: Vec<(&str, f64, Qualifier)> =
            derived.iter().map(|d| (d.subject.as_str(), d.value, d.qualifier)).collect();
        assert_eq!(read, [("党员占员工比例", 0.3333, Approx), ("平均每支部党员数", 47.619, Approx)]);
        assert_eq!(derived[1].formula, "党员 1000 / 党支部 21");
        let found = read_all("共有党员877人,下设34个党支部。");
        assert_eq!(super::derived(&found).len(), 1);
        assert_eq!(super::derived(&found)[0].qualifier, Exact);
        assert!(super::derived(&read_all("共有党员877人。")).is_empty());
    }

    #[test]
    fn reading_never_panics_and_offsets_stay_in_range() {
        for text in crate::clean::testing::random_texts(300) {
            let len = text.chars().count();
            for m in read_all(&text) {
                assert!(m.start < m.end && m.end <= len, "{m:?}");
                assert!(m.value.is_finite() && !m.subject.is_empty());
            }
        }
    }
}
