//! Metadata: which hospital a report is about, when it was published, where, by whom,
//! and under which title — read from the top of the clean text and from the notes the
//! cleaning took out of it (running headers, affiliations).
//!
//! - **title**: the first line, when it reads as one (short, no sentence end, not a
//!   date, byline, source or dateline); empty otherwise.
//! - **date**, as precise as the text allows: a date after a label (发布时间:), a full
//!   date near the top (2017-05-18 07:33:26, 2023年06月12日), a dateline (11月21日讯,
//!   its year the latest the text names), a journal issue (当代党员 2017年10期, a
//!   running header 2012年第4期) → the year, else the year of 收稿日期.
//! - **source**: the journal of a running header or issue line, the paper of a
//!   dateline, else a 来源: line. A running header's name garbled by OCR is matched to
//!   a known journal (`src/lexicon/sources.txt`) by the characters they share.
//! - **authors**: bylines (记者 王璐 通讯员 …, 作者:), a name after the time stamp or
//!   alone on a line near the top, names marked ① for an affiliation.
//! - **hospital**: every name ending in 医院 / 卫生院 / 保健院 / 防治院 that begins with a place
//!   of the gazetteer (`src/lexicon/regions.tsv`), short forms (市人民医院, 邵阳中心医院)
//!   resolved to the full name with the same place and the same rest; the most
//!   prominent (mentions, the title, affiliations) is the hospital, all are `hospitals`,
//!   and its place gives the `region`.
//!
//! Canonical fields (hospital, hospitals, source, authors, region) are simplified; the
//! title is kept as written.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::clean::fold::Folded;
use crate::clean::{Note, NoteKind, is_han};
use crate::extract::numbers::{ends_with, starts_with};
use crate::lexicon;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; empty when unknown.
    pub date: String,
    pub source: String,
    pub authors: Vec<String>,
    pub hospital: String,
    pub hospitals: Vec<String>,
    /// Province and city of the hospital (湖南省邵阳市, 重庆市).
    pub region: String,
}

impl Metadata {
    /// The year of `date`, when there is one.
    pub fn year(&self) -> Option<i32> {
        year_of(&self.date)
    }
}

/// The year of a date written `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (None when empty).
pub fn year_of(date: &str) -> Option<i32> {
    date.get(..4).and_then(|y| y.parse().ok())
}

/// How many lines from the top the title, date, source and byline are looked for in.
const TOP_LINES: usize = 8;

struct Patterns {
    labelled_date: Regex,
    labelled_short_date: Regex,
    /// 时间: alone before a date written in figures (…动员会时间:2019-10-08), a page's
    /// stamp.
    stamp_time: Regex,
    full_date: Regex,
    /// A stamp written day first, with its clock time (06.07.2018  18:46).
    day_first: Regex,
    dateline: Regex,
    issue_line: Regex,
    issue: Regex,
    source_label: Regex,
    year: Regex,
    time_then_name: Regex,
    marked_name: Regex,
    /// A paper's or site's name and a reporter's, alone on a line (某某日报·某某网 王明).
    media_byline: Regex,
    /// A month and day alone at the start of a line (11-16 网站名).
    month_day: Regex,
    /// A journal's issue at the start of a line, without the journal's name (2023年第5期),
    /// or a citation line (卫生管理2022,Vol.8).
    issue_alone: Regex,
    /// A template site's line about what it collected: 下面是小编整理的(关于)X,希望…
    /// (X is the title).
    collected: Regex,
    /// The first line of a document-sharing site: 《name.docx》由会员分享 (the file's
    /// name, without its extension, is the title).
    shared_file: Regex,
    /// A record's label of the title (VernacularTitle:…, 题名：…).
    title_label: Regex,
    /// A line that opens with a title naming a kind of document, run into the body.
    glued_title: Regex,
    /// A news headline run into the body's first words when those open with the year
    /// (…走访帮扶村农户2021年的头一天,…): the headline, and the year's start.
    glued_headline: Regex,
    /// A file's extension at the end of a title (…工作经验总结.docx).
    extension: Regex,
    /// The title of a page's record saved as a line of JSON ({"id":…,"title":"…"}).
    json_title: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let date = r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?";
        Patterns {
            // 日期: alone labels it too, but not a received, revised, birth or closing
            // date (收稿日期, 修回日期, 出生日期, 截止日期). A forum post's last edit
            // (本帖最后由 某某 于 2020-2-8 17:20 编辑) dates it. The date may be put in
            // brackets (日期:[ 2023/4/24 ]).
            labelled_date: Regex::new(&format!(
                r"(?:(?:发布|发表|更新|上传)(?:时间|日期|于)\s*[:：]?|发布\s*[:：]|(?:^|[^稿回生止效期])日期\s*[:：]|本帖最后由[^\n]{{0,24}}?于)\s*[\[［【]?\s*{date}"
            ))
            .unwrap(),
            // …and with the year's last two digits only (发布时间：20-07-02), as some
            // sites print it: only after a label, where nothing else can be meant.
            labelled_short_date: Regex::new(
                r"(?:(?:发布|发表|更新|上传)(?:时间|日期|于)|(?:^|[^\p{Han}])日期)\s*[:：]?\s*(\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[^\d\-~～至])",
            )
            .unwrap(),
            // 时间: alone labels a page's stamp when the date is written in figures with
            // dashes or slashes, as a site prints it — not an event's time (活动时间,
            // 会议时间, 报名时间 …), nor a date in words.
            stamp_time: Regex::new(
                r"(?:^|[^动议训始止名试诊务种班公间点])时间\s*[:：]\s*((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?:$|[^\d\-~～至])",
            )
            .unwrap(),
            full_date: Regex::new(date).unwrap(),
            day_first: Regex::new(r"^\s*(\d{2})\.(\d{2})\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}").unwrap(),
            dateline: Regex::new(
                r"^\s*(\p{Han}{2,12}?(?:报|日报|晚报|网|电视台|杂志|新闻|社))?\s*(?:\p{Han}{2,4})?\s*(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日\s*(?:讯|电)",
            )
            .unwrap(),
            issue_line: Regex::new(r"^\s*(\p{Han}{2,12})\s*((?:19|20)\d{2})\s*年\s*第?\s*\d{1,2}\s*期").unwrap(),
            issue: Regex::new(r"(?:《([^《》]{2,20})》)?[^《》\d]{0,20}?((?:19|20)\d{2})\s*年\s*第?\s*\d{1,2}\s*期").unwrap(),
            source_label: Regex::new(r"(?:来源|来自|出处|稿源)\s*[:：]\s*([^\s\]】)）|,，。;；]{2,30})").unwrap(),
            year: Regex::new(r"((?:19|20)\d{2})\s*年").unwrap(),
            time_then_name: Regex::new(r"\d{1,2}:\d{2}(?::\d{2})?\s*(\p{Han}{2,4})\s*$").unwrap(),
            marked_name: Regex::new(r"(\p{Han}{2,3})\s*[①-⑩]").unwrap(),
            media_byline: Regex::new(
                r"^[\p{Han}·・]{0,16}(?:报|网|台|社|新闻|频道|杂志|电视|广播|客户端)[\p{Han}·・]{0,8}\s+\p{Han}{2,4}(?:\s+\p{Han}{2,4})*$",
            )
            .unwrap(),
            month_day: Regex::new(r"^\s*\d{1,2}-\d{1,2}(?:\s|$)").unwrap(),
            collected: Regex::new(
                r"小编(?:为大家|给大家)?(?:整理|收集|精心整理|搜集)(?:了|的)+(?:关于|有关)?([^,，。！!]{4,40}?)(?:范文|范例)?[,，。]",
            )
            .unwrap(),
            title_label: Regex::new(r"^[-•·\s]*(?:VernacularTitle|中文题名|题名|文章标题|标题)\s*[:：]\s*(\S.{3,80})$").unwrap(),
            glued_title: Regex::new(
                r"^([\p{Han}\d][^。，,；;!！?？]{5,45}?(?:工作总结|总结|工作计划|计划|方案|材料|讲话稿|讲话|报告|发言|汇报|心得体会|意见))(?:[(（][^()（）]{2,30}[)）])?(?:(?:19|20)\d{2}年|我院|我们|为了|为|在|根据|近年来|今年以来|xx|XX|××|某)",
            )
            .unwrap(),
            glued_headline: Regex::new(r"^([^。；;!！?？\d]{10,40}?)(?:19|20)\d{2}年(?:\d{1,2}月|的|以来|初|底|末|[,，])").unwrap(),
            shared_file: Regex::new(r"^《([^《》]{4,80}?)\.(?i:docx?|wps|pdf|pptx?|txt)》[^。]{0,12}(?:分享|上传|发布)")
                .unwrap(),
            extension: Regex::new(r"(?i)\.(?:docx?|wps|pdf|pptx?|txt)\s*$").unwrap(),
            json_title: Regex::new(r#"(?m)^\s*\{.*?"title"\s*:\s*"([^"\\]{4,80})""#).unwrap(),
            issue_alone: Regex::new(
                r"^\s*(?:((?:19|20)\d{2})\s*年\s*第?\s*\d{1,2}\s*期|\p{Han}{2,12}\s*((?:19|20)\d{2})\s*[,，]\s*(?i:vol)|(?:\p{Han}{2,12}\s*)?((?:19|20)\d{2})\s*[;；]\s*\d{1,3}\s*\(\d{1,2}\)\s*[:：]\s*\d)",
            )
            .unwrap(),
        }
    })
}

/// Reads the metadata of a document from its clean text, its folded view and the
/// notes cleaning made.
pub fn metadata(text: &str, folded: &Folded, notes: &[Note]) -> Metadata {
    metadata_with(text, folded, notes, &Aliases::default())
}

/// A user's names for hospitals (`hospital_aliases.tsv` in the corpus folder: one
/// `alias<TAB>full name` a line, `#` comments): an alias written in a report is a
/// mention of the full name (附院 → 延安大学附属医院), for abbreviations no rule can
/// expand.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Aliases {
    /// (alias folded, full name simplified), longest alias first.
    pairs: Vec<(String, String)>,
}

impl Aliases {
    /// Reads an alias file; a line without a tab, or with an empty side, is an error
    /// naming the line.
    pub fn parse(text: &str) -> Result<Aliases, String> {
        let mut pairs = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            match line.split_once('\t') {
                Some((alias, full)) if !alias.trim().is_empty() && !full.trim().is_empty() => {
                    pairs.push((Folded::new(alias.trim()).text, hanconv::t2s(full.trim())))
                }
                _ => return Err(format!("line {}: write `alias<TAB>full name`", n + 1)),
            }
        }
        pairs.sort_by_key(|(alias, _)| std::cmp::Reverse(alias.chars().count()));
        Ok(Aliases { pairs })
    }
}

/// [`metadata`], with the user's hospital aliases.
pub fn metadata_with(text: &str, folded: &Folded, notes: &[Note], aliases: &Aliases) -> Metadata {
    let simplified = &folded.text;
    let lines: Vec<&str> = simplified.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    // The folded text keeps the lines of the original.
    let (mut title, mut folded_title) = title(text, simplified);
    // The top: the first lines, and the lines of facts under a title lower down (a
    // menu's words a line each above its breadcrumb and the title).
    let title_at = (!folded_title.is_empty()).then(|| lines.iter().position(|l| l.contains(folded_title))).flatten();
    let top_len = title_at.map_or(TOP_LINES, |at| (at + 4).clamp(TOP_LINES, 3 * TOP_LINES));
    let mut top: Vec<&str> = lines.iter().take(top_len).copied().collect();
    // A title further down than that (under a site's dialog or its menus) has its facts
    // right under it.
    if let Some(at) = title_at.filter(|&at| at + 4 > top_len) {
        top.extend(lines.iter().skip(at.max(top_len)).take(at + 4 - at.max(top_len)));
    }
    let crumb;
    if title.is_empty()
        && let Some(last) = notes.iter().filter(|n| n.kind == NoteKind::Breadcrumb).find_map(|n| last_crumb(&n.text))
    {
        crumb = hanconv::t2s(last).to_lowercase();
        (title, folded_title) = (last.to_string(), crumb.as_str());
    }
    let mut hospitals = hospitals(simplified, folded_title, notes, aliases);
    if hospitals.is_empty()
        && let Some((name, first)) = bare_specialty_actor(simplified)
    {
        hospitals.push(Hospital { name, region: String::new(), first });
    }
    if let Some(first) = hospitals.first_mut()
        && let Some(campus) = reported_campus(simplified, &first.name, folded_title)
    {
        first.name.push_str(campus);
    }
    Metadata {
        date: date(simplified, &top, notes),
        source: source(&top, notes),
        authors: authors(&top, folded_title),
        hospital: hospitals.first().map(|h| h.name.clone()).unwrap_or_default(),
        region: hospitals.first().map(|h| h.region.clone()).unwrap_or_default(),
        hospitals: {
            let mut by_first: Vec<&Hospital> = hospitals.iter().collect();
            by_first.sort_by_key(|h| h.first);
            by_first.iter().map(|h| h.name.clone()).collect()
        },
        title,
    }
}

/// The campus of `hospital` a report is about (某某医院星沙院区: 星沙院区 in its title
/// and named on its own again and again), written right after the hospital's name
/// somewhere in `text` — not a campus the report only passes through once or twice.
fn reported_campus<'t>(text: &'t str, hospital: &str, title: &str) -> Option<&'t str> {
    text.match_indices(hospital).find_map(|(at, _)| {
        let after = &text[at + hospital.len()..];
        let end = after.find("院区")?;
        let stem = &after[..end];
        let campus = &after[..end + "院区".len()];
        ((1..=3).contains(&stem.chars().count())
            && stem.chars().all(is_han)
            && title.contains(campus)
            && text.matches(campus).count() >= 3)
            .then_some(campus)
    })
}

/// How many lines from the top the title is looked for in.
const TITLE_LINES: usize = 15;

/// What the name of an institution of health care ends in: a masthead's, a partner's,
/// the body that signs a notice (某某医院, 某某卫生服务中心).
const INSTITUTIONS: [&str; 4] = ["医院", "卫生院", "保健院", "中心"];

/// Kinds of university written between its place and 大学 or 医学院 (右江民族医学院,
/// 中国人民大学), or of an academy before 科学院 (中国医学科学院).
const UNIVERSITY_KINDS: [&str; 15] = [
    "民族", "师范", "理工", "科技", "交通", "农业", "石油", "医药", "工业", "医学", "中医", "军医", "科学", "技术",
    "人民",
];

/// People that 和 joins to the people of a hospital (市卫健委领导和医院领导): the name is
/// not read across it.
const JOINED_PEOPLE: &[&str] =
    &["领导", "領導", "干部", "幹部", "职工", "職工", "党员", "黨員", "专家", "專家", "代表", "同志", "人员", "人員"];

/// The Party's organs in a hospital, which sign its notices and name its news.
const PARTY_ORGANS: [&str; 3] = ["党委", "党总支", "党支部"];

/// Institutions' words that name one only after its place (漳州市急救中心, 广州市妇女儿童
/// 医疗中心, 常德市皮肤病防治所, 湖南省疾控中心, 某省临床检验中心, 某市医疗急救指挥
/// 中心, 某省残疾人康复服务中心), never alone or as a hospital's department — nor a
/// prevention institute said short (某市血防所 for its 血吸虫病防治所, 皮防所, 结防所),
/// or a health-education institute (某市健康教育所, 市健教所).
const PLACED_ONLY: [&str; 24] = [
    "残疾人康复中心",
    "康复服务中心",
    "急救中心",
    "急救指挥中心",
    "急救指挥调度中心",
    "急救医疗中心",
    "眼科中心",
    "医疗中心",
    "医学中心",
    "救治中心",
    "临床中心",
    "临床检验中心",
    "防治中心",
    "防治所",
    "防治站",
    "血防所",
    "血防站",
    "皮防所",
    "结防所",
    "健康教育所",
    "健教所",
    "公卫中心",
    "疾病预防控制中心",
    "疾控中心",
];

/// A line without the border of the table cell it was in (儿童医学中心党支部开展活动 |).
fn without_cell_border(line: &str) -> &str {
    let line = line.trim();
    // …or the borders of empty cells after it (某某活动 | |).
    let inner = line.trim_end_matches(|c: char| matches!(c, '|' | '｜') || c.is_whitespace());
    if inner.len() < line.len() && !inner.contains(['|', '｜']) { inner } else { line }
}

/// What a photograph's caption adds to the headline it repeats (…动员大会现场).
const CAPTION_TAILS: &[&str] = &["现场", "会场", "合影", "留影", "掠影", "剪影", "一角", "瞬间", "图片", "照片"];

/// The title and its folded form. A web page puts menus, breadcrumbs and section
/// names (当前位置：首页 > 新闻中心, 医院动态, ◆ 新闻动态 >>) above its title and a line
/// of facts (发布时间, 作者, 浏览次数, a date) under it, so the title is, in order:
/// 1. a line that reads as a title right above such a line of facts;
/// 2. else the first line that reads as one, when only furniture (menus, breadcrumbs,
///    section names, lines of facts) stands above it and no paragraph of the body;
/// 3. else none.
///
/// A page's `<title>` cut short (某某医院召开…) above the headline in full, which goes
/// on from it, gives way to the headline.
fn title<'a>(text: &str, folded: &'a str) -> (String, &'a str) {
    let (found, found_folded) = title_under_breadcrumb(text, folded)
        .or_else(|| printed_twice(text, folded))
        .unwrap_or_else(|| title_line(text, folded));
    if found.chars().count() < 8 {
        return (found, found_folded);
    }
    let longer = text.lines().zip(folded.lines()).take(TITLE_LINES * 2).find(|(o, _)| {
        // It goes on in words, not with the site's name after a separator
        // (…活动_院内新闻_某某医院).
        let o = o.trim();
        o.len() > found.len()
            && o.strip_prefix(found.as_str()).is_some_and(|rest| {
                // …not with a photograph's word (…动员大会现场, …活动合影): that is the
                // caption of the picture under the headline.
                rest.starts_with(is_han) && !CAPTION_TAILS.iter().any(|t| rest.trim_end() == *t)
            })
            && !o.contains(['。', '_', '|', '｜'])
            && !is_furniture(o)
    });
    match longer {
        Some((o, f)) if reads_as_title(o.trim(), f.trim(), 6) => (without_page_marks(o.trim()), f.trim()),
        _ => (found, found_folded),
    }
}

/// A headline printed twice near the top — as the page's heading and again as the
/// article's, perhaps the second time with its subtitle on a line of its own (…的坚守
/// / ——某某医院党员…) — is the title, whatever chrome stands above the first (a
/// contact block's 咨询服务, a menu). Only a line long enough to be no menu's item or
/// section name (twelve Han characters) counts.
fn printed_twice<'a>(text: &str, folded: &'a str) -> Option<(String, &'a str)> {
    let lines: Vec<(&str, &str)> = text
        .lines()
        .zip(folded.lines())
        .map(|(o, f)| (o.trim(), f.trim()))
        .filter(|(o, _)| !o.is_empty())
        .take(TITLE_LINES * 2)
        .collect();
    lines.iter().enumerate().find_map(|(i, &(o, f))| {
        if o.chars().filter(|&c| is_han(c)).count() < 12 || !reads_as_title(o, f, 12) {
            return None;
        }
        let again = lines[i + 1..]
            .windows(2)
            .any(|w| w[0].0 == o || w[1].0.starts_with(['—', '－', '-']) && o.strip_prefix(w[0].0) == Some(w[1].0))
            || lines.last().is_some_and(|&(last, _)| i + 1 < lines.len() && last == o);
        again.then(|| (without_page_marks(o), f))
    })
}

/// A site's chrome may run far down before the article (menus, a hospital's profile,
/// its QR codes): where a breadcrumb (当前位置：首页 > 医院新闻 > 正文) is followed by
/// a line that reads as a title and then by the article's facts (作者, 发表时间), that
/// line is the title, however far down the three stand.
fn title_under_breadcrumb<'a>(text: &str, folded: &'a str) -> Option<(String, &'a str)> {
    const LINES: usize = 120;
    let lines: Vec<(&str, &str)> =
        text.lines().zip(folded.lines()).filter(|(o, _)| !o.trim().is_empty()).take(LINES).collect();
    // A line of facts with two labels of its own (作者:…来源:…发表时间:…) is as sure a
    // sign, where cleaning took the breadcrumb away as chrome.
    const LABELS: [&str; 15] = [
        "作者",
        "来源",
        "发布时间",
        "发表时间",
        "发布日期",
        "发布",
        "发布人",
        "发布者",
        "浏览",
        "浏览量",
        "浏览次数",
        "点击",
        "点击量",
        "点击数",
        "编辑",
    ];
    let labelled = |facts: &str| {
        if !facts.contains([':', '：']) {
            return false;
        }
        let unspaced = facts.replace([' ', '\u{3000}'], "");
        let with_colon =
            |w: &str| unspaced.match_indices(w).any(|(at, _)| unspaced[at + w.len()..].starts_with([':', '：']));
        // 发布 and 时间 alone are labels too (发布:党委宣传部 时间:…), 时间 where no
        // word ends in it (not the 时间 of 发布时间).
        let spaced_time = facts
            .match_indices("时间")
            .any(|(at, _)| facts[at + "时间".len()..].starts_with([':', '：']) && !facts[..at].ends_with(is_han));
        // A date opening the line (2022-06-23作者:某报) is as good as a label.
        let dated = facts.trim_start().get(..10).is_some_and(|head| {
            let b = head.as_bytes();
            b[..4].iter().all(u8::is_ascii_digit)
                && matches!(b[4], b'-' | b'.' | b'/')
                && b[5..].iter().any(u8::is_ascii_digit)
        });
        LABELS.iter().filter(|w| with_colon(w)).count() + usize::from(spaced_time) + usize::from(dated) >= 2
    };
    lines.windows(3).find_map(|w| {
        let [(above, above_f), (o, f), (_, facts)] = w else { return None };
        let breadcrumb = above.contains("位置") && is_furniture(above);
        // A page that sets the headline and its facts as items of a list (• 某某医院举办…
        // / • 作者:… 浏览:…) marks both alike.
        let (o, f) = match (unbulleted(o), unbulleted(f)) {
            (bo, bf) if bo.len() < o.trim().len() && facts.trim().starts_with(BULLETS) => (bo, bf),
            _ => (o.trim(), f.trim()),
        };
        let facts = unbulleted(facts);
        if !(breadcrumb && facts_beside_names(facts) || labelled(facts)) || !reads_as_title(o, f, 6) {
            return None;
        }
        // …perhaps set on two lines (某某医院党委: / “三个聚焦”推动…), or with its second
        // half led by a dash (党建引领 共话重阳 / ——某支部开展…; not a subtitle that
        // tells of whom it is, ——记…).
        let second_half = dash_led_half(o) && reads_as_title(above, above_f, 6);
        if !is_furniture(above) && (wrapped(above, o, f) || second_half) {
            return Some(joined(folded, (above, above_f), (o, f)));
        }
        Some((without_page_marks(o), f))
    })
}

/// [`dash_led_half`] for a line as the title's lines hold it, its rule of dashes taken
/// off by [`without_rule`]: led by a dash in `text` then.
fn second_half(text: &str, line: &str) -> bool {
    dash_led_half(line) || dashed_line(text, line).is_some() && !line.starts_with('记')
}

/// Whether `line` is a headline's second half led by a dash (——第8党支部…主题党日活动),
/// not a subtitle that tells of whom the article is (——记…).
fn dash_led_half(line: &str) -> bool {
    let rest = line.trim_start_matches(['—', '-', '─']);
    rest.len() < line.len() && !rest.starts_with('记')
}

/// Whether `line` is a page's text-size control (字号: + - 14, 【字体：大 中 小】).
fn text_size_control(line: &str) -> bool {
    let line = line.trim().trim_start_matches(['【', '[']);
    (line.starts_with("字号") || line.starts_with("字体")) && line.chars().filter(|&c| is_han(c)).count() <= 6
}

/// Marks that set a line out as an item of a list.
const BULLETS: [char; 5] = ['•', '·', '▪', '■', '●'];

/// `line` trimmed, without the mark of a list's item before it.
fn unbulleted(line: &str) -> &str {
    let line = line.trim();
    line.strip_prefix(BULLETS).map_or(line, str::trim_start)
}

/// What ends a paragraph's first clause, where its date or dateline stands when the
/// paragraph counts as a line of facts (本网讯(通讯员 王明) 6月5日上午,…).
const CLAUSE_ENDS: [char; 9] = [',', '，', '。', ';', '；', '!', '！', '?', '？'];

fn title_line<'a>(text: &str, folded: &'a str) -> (String, &'a str) {
    let lines: Vec<(&str, &str)> = text
        .lines()
        .zip(folded.lines())
        // A table's cell border after a line (某某活动 |) is no menu's bar.
        .map(|(o, f)| (without_cell_border(o), without_cell_border(f)))
        .map(|(o, f)| without_section(o, f))
        .map(|(o, f)| without_rule(o, f))
        .filter(|(o, _)| !o.is_empty())
        .take(TITLE_LINES)
        .collect();
    // A paragraph of the body is written in sentences (a title may have a comma); a
    // speech's body opens with its salutation (同志们：). A site's notice above the
    // title (版权声明，转载请注明出处：某某医院官网。) is written so too, but is chrome.
    let body = |o: &str| {
        (o.contains('。') || o.chars().filter(|&c| is_han(c)).count() >= 80 || salutation(o))
            && !(o.len() <= 400 && crate::clean::boilerplate::is_chrome(&hanconv::t2s(o)))
    };
    for (i, &(o, f)) in lines.iter().enumerate() {
        // A headline set as a list's item (- 某某医院党委 中秋慰问在院党员患者) right above
        // its line of facts, or alone above the body; bulleted lines together are a
        // menu's or a sidebar's.
        if let Some(rest) = bulleted(o) {
            let rest = rest.trim_start();
            let skipped = o.chars().count() - rest.chars().count();
            let rest_f = f.char_indices().nth(skipped).map_or("", |(b, _)| &f[b..]);
            let above_bulleted = i > 0 && bulleted(lines[i - 1].0).is_some();
            let under =
                lines.get(i + 1).is_some_and(|&(next, next_f)| is_facts_line(next_f) || body(next) && !above_bulleted);
            if reads_as_title(rest, rest_f, 10) && under {
                return (without_page_marks(rest), rest_f);
            }
        }
        // A page whose lines were run together: the title, then its time stamp.
        if i < 3
            && let Some(title) = title_before_stamp(o, f)
                .or_else(|| title_before_dated_body(o, f))
                .or_else(|| title_after_page_mark(o, f))
        {
            return title;
        }
        // A database record labels the article's title (VernacularTitle:…, 题名：…).
        if let Some(caps) = patterns().title_label.captures(o) {
            let name = caps.get(1).expect("the pattern has a group").as_str().trim();
            let at = f.len() - f.trim_start_matches(|c: char| !is_han(c)).len();
            if name.chars().filter(|&c| is_han(c)).count() >= 4 {
                return (without_page_marks(name), f.get(at..).unwrap_or(f));
            }
        }
        // The speaker under a speech's title (院党委书记 张三), above its date or its
        // salutation, signs it: the title is above.
        if i > 0
            && speaker_byline(f)
            && let Some(&(above, above_f)) = lines.get(i - 1)
            && reads_as_title(above, above_f, 6)
            && lines.get(i + 1).is_some_and(|&(next, next_f)| salutation(next) || is_facts_line(next_f))
        {
            return (without_page_marks(above), above_f);
        }
        // A speech's title stands right above its salutation (同志们：), perhaps wrapped;
        // so does a letter's, however short (慰问信, 倡 议 书).
        if !body(o)
            && (reads_as_title(o, f, 6) || letter_heading(o) && !is_furniture(o))
            && lines.get(i + 1).is_some_and(|&(next, _)| salutation(next))
        {
            if i > 0
                && let Some(&(above, above_f)) = lines.get(i - 1)
                && wrapped(above, o, f)
            {
                return joined(folded, (above, above_f), (o, f));
            }
            return (without_page_marks(o), f);
        }
        if body(o) {
            break;
        }
        // A paragraph that opens with its date (2019年2月22日上午,…。) is read as a line
        // of facts too — the title is right above the body — but then a title has the
        // length of one (not 砥砺前行★, a banner's slogan), and may have been wrapped
        // after an institution's name (某某医院 / 召开…大会). Any title may have been
        // set on two lines after its institution's name and a colon (某某党支部： / …).
        let dated_body = lines.get(i + 1).is_some_and(|&(next_o, _)| body(next_o));
        // A page's text-size control under the headline (字号: + - 14) stands where its
        // facts would.
        if reads_as_title(o, f, if dated_body { 6 } else { 4 })
            && lines.get(i + 1).is_some_and(|&(next_o, next)| {
                // A paragraph of the body is a line of facts only by what opens it (2019年
                // 2月22日上午,…), not by a date or a source it quotes further on (…今天,
                // 2026年2月9日,… 内容来自:某某网).
                let opening = next.find(CLAUSE_ENDS).map_or(next, |b| &next[..b]);
                is_facts_line(if body(next_o) { opening } else { next }) || text_size_control(next)
            })
        {
            // Above what may only be names, it gives way to a title lower down above a
            // date or a label, before the body (a banner's slogan and motto, twice).
            let names_only = lines.get(i + 1).is_some_and(|&(_, next)| !facts_beside_names(next));
            let firmer = || {
                lines[i + 1..]
                    .iter()
                    .take_while(|&&(l, _)| !body(l))
                    .zip(&lines[i + 2..])
                    .any(|(&(l, lf), &(_, n))| reads_as_title(l, lf, 6) && facts_beside_names(n))
            };
            if names_only && firmer() {
                continue;
            }
            // A unit's name alone under the title signs it (…主题党日 / 某某医院骨科党支部 /
            // 4月24日上午,…): the title is above.
            if i > 0
                && unit_alone(f)
                && let Some(&(above, above_f)) = lines.get(i - 1)
                && reads_as_title(above, above_f, 6)
                && !unit_alone(above_f)
            {
                return (without_page_marks(above), above_f);
            }
            if i > 0
                && let Some(&(above, above_f)) = lines.get(i - 1)
                && (dated_body || speaker(above))
                && wrapped(above, o, f)
            {
                return joined(folded, (above, above_f), (o, f));
            }
            // A headline's second half led by a dash under its slogan (落实…,防范… /
            // —第8党支部…主题党日活动) is one title with it — not a subtitle that tells of
            // the one it is about (——记…).
            if i > 0
                && second_half(text, o)
                && let Some(&(above, above_f)) = lines.get(i - 1)
                && reads_as_title(above, above_f, 6)
                && !is_furniture(above)
            {
                return joined_dashed(text, folded, (above, above_f), (o, f));
            }
            // A column's name between the headline and its facts (…参加系列活动 / 党工团
            // 建设 / 阅读:): a line of a few characters telling of no event, under a
            // headline of ten or more.
            let han = |l: &str| l.chars().filter(|&c| is_han(c)).count();
            if i > 0
                && han(o) <= 6
                && !holds_event(f)
                && let Some(&(above, above_f)) = lines.get(i - 1)
                && han(above) >= 10
                && reads_as_title(above, above_f, 10)
                && !is_furniture(above)
            {
                return (without_page_marks(above), above_f);
            }
            // A subtitle led by a dash (——记某书记讲党课), or one that holds no event
            // under a headline that tells of one held (…召开…大会 / 为…做出新的贡献),
            // stands between a title and its facts.
            if i > 0
                && let Some(&(above, above_f)) = lines.get(i - 1)
                && reads_as_title(above, above_f, 6)
                && (subtitle(text, o) || held_event(above) && !holds_event(o))
            {
                return (without_page_marks(above), above_f);
            }
            return (without_page_marks(o), f);
        }
    }
    // A page saved with its record as a line of JSON ({"title":"…","crtime":…}).
    let top = text.char_indices().nth(2000).map_or(text, |(b, _)| &text[..b]);
    if let Some(caps) = patterns().json_title.captures(top) {
        let name = caps.get(1).expect("the pattern has a group").as_str();
        let folded_name = hanconv::t2s(name).to_lowercase();
        if let Some(at) = folded.find(&folded_name) {
            return (name.to_string(), &folded[at..at + folded_name.len()]);
        }
    }
    // A template site says what it collected: 下面是小编整理的关于…,希望…
    let head = text.char_indices().nth(200).map_or(text, |(b, _)| &text[..b]);
    if let Some(caps) = patterns().collected.captures(head) {
        let name = caps.get(1).expect("the pattern has a group").as_str();
        if let Some(at) = folded.find(&*hanconv::t2s(name)) {
            return (name.to_string(), &folded[at..at + hanconv::t2s(name).len()]);
        }
        return (name.to_string(), "");
    }
    // A document-sharing site names the file it shows: 《标题.docx》由会员分享…, under
    // its own furniture (浏览记录, 大小：13.98 KB, 页数：3页).
    if let Some((f, caps)) = lines.iter().find_map(|&(o, f)| Some((f, patterns().shared_file.captures(o)?))) {
        let name = caps.get(1).expect("the pattern has a group").as_str();
        let at = f.char_indices().nth(1).map_or(0, |(b, _)| b);
        return (without_page_marks(name), f.get(at..at + name.len()).unwrap_or(f));
    }
    for (i, &(o, f)) in lines.iter().enumerate() {
        if body(o) {
            break;
        }
        // A section name is short; a short first line is a title only above the body.
        let min_han = if i == 0 && lines.get(1).is_some_and(|&(next, _)| body(next)) { 4 } else { 6 };
        // The site's name above its breadcrumb (某某医院 / 当前位置：首页 > 医院党建) is
        // not the article's title.
        let breadcrumb = |l: &str| l.contains("位置") && is_furniture(l);
        if lines.get(i + 1).is_some_and(|&(next, _)| breadcrumb(next)) {
            continue;
        }
        if reads_as_title(o, f, min_han) {
            // A title wrapped onto a second line, the body right under it.
            if let (Some(&(o2, f2)), Some(&(o3, f3))) = (lines.get(i + 1), lines.get(i + 2))
                && wrapped(o, o2, f2)
                && (body(o3) || is_facts_line(f3))
            {
                return joined(folded, (o, f), (o2, f2));
            }
            // …or with its second half led by a rule of dashes (切实开展党建共建 共谋乡村
            // 振兴新篇章 / ——某某医院与某镇党建共建会议召开): one title, dashes and all —
            // not a subtitle that tells of whom it is (——记…).
            if let (Some(&(o2, f2)), Some(&(o3, f3))) = (lines.get(i + 1), lines.get(i + 2))
                && dashed_line(text, o2).is_some()
                && second_half(text, o2)
                && reads_as_title(o2, f2, 8)
                && (body(o3) || is_facts_line(f3))
            {
                return joined_dashed(text, folded, (o, f), (o2, f2));
            }
            // A headline under two slogans (一端在手 信息全有 / 缅怀先烈 传承精神 / 某医院
            // 开展…活动 / 本报讯…): the line right above the body tells of the event held;
            // the two above it, holding none, are the paper's and the headline's kickers.
            // (Under one slogan it may be the headline's second half: the slogan stays.)
            let before_body = lines[i + 1..].iter().take_while(|&&(l, _)| !body(l)).count();
            if before_body == 2
                && !holds_event(f)
                && !holds_event(lines[i + 1].1)
                && let (Some(&(o2, f2)), Some(&(o3, _))) = (lines.get(i + 2), lines.get(i + 3))
                && body(o3)
                && held_event(f2)
                && !dash_led_half(o2)
                && reads_as_title(o2, f2, 8)
            {
                return (without_page_marks(o2), f2);
            }
            // An institution's name alone (the site's masthead, its breadcrumb gone),
            // then a title right above the body: that one is the article's.
            let masthead = o.chars().count() <= 16 && INSTITUTIONS.iter().any(|w| f.ends_with(w));
            if masthead
                && let (Some(&(o2, f2)), Some(&(o3, _))) = (lines.get(i + 1), lines.get(i + 2))
                && reads_as_title(o2, f2, 6)
                && body(o3)
            {
                return (without_page_marks(o2), f2);
            }
            // A column's short name (廉政文化建设, six characters at most), then a longer
            // title right above the body: that one is the article's — not a sub-headline
            // after a dash.
            let column = o.chars().filter(|&c| is_han(c)).count() <= 6 && o.chars().all(is_han);
            if column
                && let (Some(&(o2, f2)), Some(&(o3, _))) = (lines.get(i + 1), lines.get(i + 2))
                && o2.chars().filter(|&c| is_han(c)).count() > o.chars().count()
                && !o2.trim_start().starts_with(['—', '-', '―', '－'])
                && reads_as_title(o2, f2, 8)
                && body(o3)
            {
                return (without_page_marks(o2), f2);
            }
            // …and a name alone is no headline whatever follows it (a site's links to its
            // sister hospitals, a footer's owner): the title is looked for further down.
            if masthead && unit_alone(f) {
                continue;
            }
            // A banner: short slogan lines under it, then a title right above the
            // body (庆祝建党103周年 / 医患同心 / 共庆党生 / 某医院七一党员生日会): that
            // last line is the article's title.
            let slogans = lines[i + 1..]
                .iter()
                .take_while(|&&(l, _)| !body(l) && (2..6).contains(&l.chars().filter(|&c| is_han(c)).count()));
            let after = i + 1 + slogans.count();
            if after > i + 1
                && let (Some(&(o2, f2)), Some(&(o3, _))) = (lines.get(after), lines.get(after + 1))
                && reads_as_title(o2, f2, 6)
                && body(o3)
            {
                return (without_page_marks(o2), f2);
            }
            return (without_page_marks(o), f);
        }
        // A label whose value is on the next line (全国服务热线: / 0631-…) is furniture too.
        let bare_label = o.ends_with([':', '：']) && o.chars().filter(|&c| is_han(c)).count() <= 10;
        if !(is_furniture(o)
            || is_facts_line(f)
            || bare_label
            || site_name(f)
            || o.chars().filter(|&c| is_han(c)).count() < 6)
        {
            break;
        }
    }
    // A title run into the first sentence of the body (…工作总结及下一步工作计划2023年,
    // 医院党支部…): the head of the first line, to the kind of document it names.
    let Some(&(o, f)) = lines.first() else { return (String::new(), "") };
    if let Some((name, folded_name)) = glued_head(&patterns().glued_title, o, f)
        && reads_as_title(name, folded_name, 6)
    {
        return (without_page_marks(name), folded_name);
    }
    // …or a news headline run into a body that opens with its year: the headline when
    // it ends in a noun as a headline does (走访农户), not in a verb whose object the
    // year begins (某某医院召开|2023年…会议).
    if let Some((name, folded_name)) = glued_head(&patterns().glued_headline, o, f) {
        let tags = crate::segment::jieba().tag(folded_name, false);
        let ends_in_noun = tags.last().is_some_and(|t| matches!(t.tag, "n" | "nr" | "ns" | "nt" | "nz" | "vn" | "j"));
        if ends_in_noun && reads_as_title(name, folded_name, 8) {
            return (without_page_marks(name), folded_name);
        }
    }
    (String::new(), "")
}

/// The head `pattern` finds (its first group) at the start of the line `o`, trimmed at
/// its end, with the same span of the line's folded form `f`.
fn glued_head<'o, 'f>(pattern: &Regex, o: &'o str, f: &'f str) -> Option<(&'o str, &'f str)> {
    let name = pattern.captures(o)?.get(1)?.as_str().trim_end();
    let end = f.char_indices().nth(name.chars().count()).map_or(f.len(), |(b, _)| b);
    Some((name, &f[..end]))
}

/// The article's title at the end of a breadcrumb (当前位置：首页 > 党建动态 > 某某医院
/// 开展…主题党日), for a page that prints no other: a last step as long as a title, not
/// a section's name (党建工作, 正文) nor a title the page cut (…).
fn last_crumb(line: &str) -> Option<&str> {
    let at = crate::clean::boilerplate::CRUMB_MARKS.iter().filter_map(|m| Some(line.rfind(m)? + m.len())).max()?;
    let last = line[at..].trim();
    let folded = hanconv::t2s(last);
    (reads_as_title(last, &folded, 8) && !last.ends_with(['…', '.'])).then_some(last)
}

/// A title wrapped over two lines, as one: its text and its span of `folded` (which
/// both lines' folded forms are slices of).
fn joined<'f>(folded: &'f str, first: (&str, &'f str), second: (&str, &'f str)) -> (String, &'f str) {
    let start = first.1.as_ptr() as usize - folded.as_ptr() as usize;
    let end = second.1.as_ptr() as usize - folded.as_ptr() as usize + second.1.len();
    (without_page_marks(&format!("{}{}", first.0, second.0)), &folded[start..end])
}

/// [`joined`], with the dashes that led the second line in `text` (——某某医院召开…)
/// kept between the two.
fn joined_dashed<'f>(
    text: &str,
    folded: &'f str,
    first: (&str, &'f str),
    second: (&str, &'f str),
) -> (String, &'f str) {
    let (title, span) = joined(folded, first, second);
    match dashed_line(text, second.0) {
        Some(dashed) => (without_page_marks(&format!("{}{dashed}", first.0.trim_end())), span),
        None => (title, span),
    }
}

/// The line of `text` that `line` (as [`without_rule`] left it) was, led by its dashes
/// (——某某医院召开…), when it was led by some.
fn dashed_line<'t>(text: &'t str, line: &str) -> Option<&'t str> {
    text.lines().map(str::trim).find(|l| {
        l.ends_with(line) && l.len() > line.len() && l[..l.len() - line.len()].trim().starts_with(['—', '-', '─'])
    })
}

/// Whether `line` (as [`without_rule`] left it) was led by a dash in `text`: a
/// subtitle (——记…).
fn subtitle(text: &str, line: &str) -> bool {
    dashed_line(text, line).is_some()
}

/// A line without the rule of dashes a page set before it (---标题, ——标题); a single
/// bullet stays, it marks a menu (see [`is_furniture`]).
fn without_rule<'o, 'f>(line: &'o str, folded: &'f str) -> (&'o str, &'f str) {
    const RULE: &[char] = &['-', '—', '–', '─', '=', '*'];
    let o = line.trim_start_matches(RULE);
    let dropped = line[..line.len() - o.len()].chars().count();
    if dropped < 2 {
        return (line, folded);
    }
    let f = folded.char_indices().nth(dropped).map_or("", |(b, _)| &folded[b..]);
    (o.trim_start(), f.trim_start())
}

/// The title of a line that runs on into its time stamp (某某医院举行… 发布时间:2013年
/// 12月9日 浏览:2456次 …, a page whose lines were run together): the part before a
/// publication label set apart by a space or written with its colon, when it reads as a
/// title.
fn title_before_stamp<'f>(line: &str, folded: &'f str) -> Option<(String, &'f str)> {
    static CUES: OnceLock<Vec<&str>> = OnceLock::new();
    let cues = CUES.get_or_init(|| lexicon::words("published_cues.txt").collect());
    // …or 时间: alone before a date in figures.
    let stamp = patterns().stamp_time.find(folded).map(|m| {
        let at = m.start() + folded[m.start()..].find("时间").unwrap_or(0);
        (at, "时间:")
    });
    let (at, cue) = cues.iter().filter_map(|c| Some((folded.find(c)?, *c))).chain(stamp).min()?;
    let head_f = &folded[..at];
    // Set apart by a space, or run on into a label with its colon (…共建发布时间:2018/4/23).
    let labelled = cue.ends_with([':', '：']) || folded[at + cue.len()..].starts_with([':', '：']);
    if !head_f.ends_with(char::is_whitespace) && !labelled {
        return None;
    }
    head_as_title(line, 0, without_empty_labels(head_f.trim_end()), 6)
}

/// A head without the labels a page put after it, set apart by a space, empty or
/// with a short value (传党恩 颂党情 科室:党办 作者: → 传党恩 颂党情).
fn without_empty_labels(head: &str) -> &str {
    let mut head = head;
    loop {
        // A label's short value (科室:党办), or a source's name, which may be long
        // (来源:某某市第三人民医院); then the label and its colon.
        let valued = head.rsplit_once([':', '：']).filter(|(label, value)| {
            let longest =
                if ["来源", "稿源", "供稿", "出处"].iter().any(|l| label.ends_with(l)) { 24 } else { 8 };
            !value.is_empty() && value.chars().count() <= longest && !value.contains(char::is_whitespace)
        });
        let rest = match valued {
            Some((label, _)) => label,
            None => match head.strip_suffix([':', '：']) {
                Some(rest) => rest,
                None => break,
            },
        };
        let label = rest.len() - rest.trim_end_matches(is_han).len();
        let before = &rest[..rest.len() - label];
        let labels = rest[before.len()..].chars().count();
        if !(1..=4).contains(&labels) || !(before.ends_with(char::is_whitespace) || before.ends_with([':', '：'])) {
            break;
        }
        head = before.trim_end();
    }
    head
}

/// The head `head_f` (folded) that `line` holds from its character `from` on, in both
/// forms, when it reads as a title of `min` characters or more.
fn head_as_title<'f>(line: &str, from: usize, head_f: &'f str, min: usize) -> Option<(String, &'f str)> {
    let head_o: String = line.chars().skip(from).take(head_f.chars().count()).collect();
    let head_o = head_o.trim_end();
    reads_as_title(head_o, head_f, min).then(|| (without_page_marks(head_o), head_f))
}

/// A document site's page that runs its page mark, the document's title and its body
/// together (第1页共3页医院党组织建设工作总结我院是一所…): the title, up to where the
/// body opens as a report's body does.
fn title_after_page_mark<'f>(line: &str, folded: &'f str) -> Option<(String, &'f str)> {
    static MARK: OnceLock<Regex> = OnceLock::new();
    let mark = MARK.get_or_init(|| Regex::new(r"^\s*第\s*1\s*页\s*共\s*\d+\s*页\s*").unwrap());
    let skip = mark.find(folded)?.end();
    let rest = &folded[skip..];
    const OPENINGS: &[&str] =
        &["我院", "我们", "本院", "近年来", "今年以来", "一年来", "为了", "为深入", "为进一步", "根据", "按照", "随着"];
    let (at, _) =
        rest.char_indices().skip(6).take(40).find(|&(b, _)| OPENINGS.iter().any(|o| rest[b..].starts_with(o)))?;
    head_as_title(line, folded[..skip].chars().count(), rest[..at].trim_end(), 6)
}

/// A title run on, after a space, into the body that opens with its date (我院为老党员
/// 颁发纪念章 6月29日上午,我院举行…), as a page whose lines were joined writes it.
fn title_before_dated_body<'f>(line: &str, folded: &'f str) -> Option<(String, &'f str)> {
    static OPENING: OnceLock<Regex> = OnceLock::new();
    let opening =
        OPENING.get_or_init(|| Regex::new(r"^(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日").unwrap());
    let at = folded.find(char::is_whitespace)?;
    let (head_f, rest) = (&folded[..at], folded[at..].trim_start());
    if head_f.contains([',', '，', '。', ';', '；', ':', '：'])
        || !opening.is_match(rest)
        || !rest.contains([',', '，', '。'])
    {
        return None;
    }
    // Not a unit's name that signs the page (某某医院党委办公室 2023年6月29日,…), nor a
    // dateline (某某网3月19日盐城讯 3月15日,…).
    let signed = unit_alone(head_f) || head_f.ends_with("办公室") || head_f.ends_with("宣传科");
    static DATED: OnceLock<Regex> = OnceLock::new();
    let dated = DATED.get_or_init(|| Regex::new(r"\d{1,2}月\d{1,2}日\p{Han}{0,4}[讯电]$").expect("a valid pattern"));
    let news = ["喜讯", "捷讯", "佳讯", "资讯", "来电"].iter().any(|w| head_f.ends_with(w));
    let dateline = patterns().dateline.is_match(head_f) || dated.is_match(head_f) && !news;
    if signed || dateline {
        return None;
    }
    head_as_title(line, 0, head_f, 8)
}

/// How a site's name ends, in a listing's page title (某某医院--新闻动态).
const SITE_ENDINGS: &[&str] = &["医院", "院", "网", "中心", "官网", "网站", "大学", "委员会", "党委"];

/// How a page's section names end (工作动态, 医院新闻, 党建园地, 党建专题).
const SECTION_ENDINGS: &[&str] =
    &["动态", "新闻", "要闻", "资讯", "公告", "快讯", "简讯", "园地", "专栏", "专题", "聚焦", "信息"];

/// How a page names its own kind after the section it is in, at a breadcrumb's end
/// (医院要闻 新闻详细, 党建工作 > 正文).
const PAGE_KINDS: &[&str] = &["详细", "详情", "正文"];

/// A line without the section name a page put before its title, apart by a wide gap
/// (医院新闻  某某医院举办…): the name is short and chrome or ends as section names do,
/// what follows reads as a title; or a name of two to four characters before a bar.
/// Both forms of the line, original and folded.
fn without_section<'o, 'f>(line: &'o str, folded: &'f str) -> (&'o str, &'f str) {
    fn gap(l: &str) -> Option<(&str, usize)> {
        let at = l.find("  ").or_else(|| l.find('\u{3000}'))?;
        let rest = l[at..].trim_start();
        Some((&l[..at], l.len() - rest.len()))
    }
    // Or a short name of two to four characters run up to a bar (基层|某某市加强…): a
    // column tag the headline sets apart with spaces (廉政要闻 | 某某医院…) is the
    // headline's own, as its readers keep it — unless it is a menu's item (首页 | …).
    fn bar(l: &str) -> Option<(&str, usize)> {
        let at = l.find(['|', '｜'])?;
        let head = l[..at].trim();
        if l[..at].ends_with(char::is_whitespace) && !menu_item(head) {
            return None;
        }
        let rest = l[at..].trim_start_matches(['|', '｜']).trim_start();
        ((2..=4).contains(&head.chars().count()) && head.chars().all(is_han)).then(|| (head, l.len() - rest.len()))
    }
    let section =
        |head: &str| crate::clean::boilerplate::is_chrome(head) || SECTION_ENDINGS.iter().any(|e| head.ends_with(e));
    // Or a column's kind before a colon (简讯:某某医院到…), or a name the headline opens
    // with again (某某医院:某某医院到…) — not a headline's own subject before its colon
    // (某某医院:党建引领发展).
    let colon = |l: &str| -> Option<usize> {
        let at = l.find([':', '：'])?;
        let head = l[..at].trim();
        let rest = l[at..].trim_start_matches([':', '：']).trim_start();
        // (Not a label of the page's facts: 新闻来源:某某支部.)
        let kind = (2..=4).contains(&head.chars().count())
            && head.chars().all(is_han)
            && SECTION_ENDINGS.iter().any(|e| head.ends_with(e));
        let again = head.chars().count() >= 2 && rest.starts_with(head);
        (kind || again).then(|| l.len() - rest.len())
    };
    let long_rest = |o: usize| line[o..].chars().filter(|&c| is_han(c)).count() >= 8;
    match (gap(line), gap(folded)) {
        (Some((head, o)), Some((_, f))) if head.chars().count() <= 8 && section(head) && long_rest(o) => {
            (&line[o..], &folded[f..])
        }
        _ => match (bar(line), bar(folded), colon(line), colon(folded)) {
            (Some((_, o)), Some((_, f)), ..) if long_rest(o) => (&line[o..], &folded[f..]),
            (_, _, Some(o), Some(f)) if long_rest(o) => (&line[o..], &folded[f..]),
            _ => glued_section(line, folded).unwrap_or((line, folded)),
        },
    }
}

/// A section's name of four characters run into the headline with nothing between
/// (本院动态我院党总支赴烈士陵园祭扫): the headline, when it opens with the hospital or a
/// place (not 医院新闻发布会召开, nor 医院新闻中心党支部…).
fn glued_section<'o, 'f>(line: &'o str, folded: &'f str) -> Option<(&'o str, &'f str)> {
    let o = line.char_indices().nth(4)?.0;
    let f = folded.char_indices().nth(4)?.0;
    let head = &folded[..f];
    // Only endings that are no word of a headline's own (not 新闻中心, 信息中心, 聚焦).
    const GLUED: [&str; 6] = ["动态", "要闻", "快讯", "园地", "专栏", "资讯"];
    if !GLUED.iter().any(|e| head.ends_with(e))
        || !head.chars().all(is_han)
        || line[o..].chars().filter(|&c| is_han(c)).count() < 8
    {
        return None;
    }
    // The headline opens with who acted, the hospital (我院, 院) or a place — not a word
    // that goes on the section's (新闻|发布会) nor a unit's name it begins (新闻|中心).
    let words = crate::segment::jieba().tag(&folded[f..], false);
    let first = words.first()?;
    let actor = ["我院", "本院", "我", "院", "医院", "中共"].contains(&first.word) || first.tag == "ns";
    actor.then(|| (&line[o..], &folded[f..]))
}

/// Whether a short piece before a bar is a menu's item (首页, 当前位置), not a column's
/// tag.
fn menu_item(piece: &str) -> bool {
    crate::clean::boilerplate::is_chrome(piece) || lexicon::words("nav_words.txt").any(|w| piece == w)
}

/// A speech's or a letter's salutation: a short line that ends in a colon and calls
/// its hearers (同志们：, 各位领导、同事们：, 全院党员、干部职工：) or honours them
/// (尊敬的离退休职工们：).
fn salutation(line: &str) -> bool {
    line.ends_with([':', '：'])
        && line.chars().count() <= 24
        && (["同志", "领导", "来宾", "朋友", "大家", "各位", "同事", "同仁", "全体", "全院", "广大"]
            .iter()
            .any(|w| line.contains(w))
            || ["尊敬的", "親愛的", "亲爱的"].iter().any(|w| line.starts_with(w)))
}

/// A letter's heading: the kind of letter alone, perhaps spaced out (贺信, 慰 问 信,
/// 倡议书, 告全院职工书) — too short to read as a headline anywhere but above its
/// salutation.
fn letter_heading(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    (2..=12).contains(&compact.chars().count())
        && compact.chars().all(is_han)
        && ["信", "书", "函", "贺词", "致辞"].iter().any(|w| compact.ends_with(w))
}

/// Whether a line is an institution's or its Party organ's name and a colon (某某卫生院
/// 党支部：), the first part of a title that says what it did on the next line.
fn speaker(line: &str) -> bool {
    let head = line.trim_end_matches([':', '：']);
    head.len() < line.len()
        && (4..=30).contains(&head.chars().count())
        && head.chars().all(is_han)
        && INSTITUTIONS.iter().chain(&PARTY_ORGANS).any(|w| head.ends_with(w))
}

/// A speaker's line: an office and a name of two or three characters, apart by a space
/// or known to jieba as a name (院党委书记 张三, 党委书记李四).
fn speaker_byline(folded: &str) -> bool {
    const OFFICES: [&str; 7] = ["书记", "院长", "主任", "主席", "部长", "局长", "委员"];
    let line: String = folded.chars().filter(|c| !c.is_whitespace()).collect();
    let n = line.chars().count();
    (5..=18).contains(&n)
        && line.chars().all(is_han)
        && OFFICES.iter().any(|o| {
            line.find(o).is_some_and(|at| {
                let name = &line[at + o.len()..];
                // The name set apart by a space, or one jieba knows for a name.
                let apart = folded.contains(&format!("{o} ")) || folded.contains(&format!("{o}\u{3000}"));
                (2..=3).contains(&name.chars().count())
                    && (apart || crate::segment::jieba().tag(name, true).iter().all(|t| t.tag.starts_with("nr")))
            })
        })
}

/// Whether `second` goes on the title `first`, wrapped at a line's end: the first is
/// long (a line the page's width ended) and ends as a cut title does not (…) nor as a
/// whole one may (！？”); the second reads as a title too, short, with no space
/// between phrases and no dash or bracket that opens a subtitle of its own.
fn wrapped(first: &str, second: &str, second_folded: &str) -> bool {
    let n = first.chars().count();
    // A line ending in a word that cannot end a title (…担当,以) was cut however short.
    let cut = first.ends_with(['以', '与', '和', '及', '的', '在', '为', '对', '把', '将', '从', '向', '于']);
    // An institution's name alone, what it did on the next line (某某医院 / 召开…大会,
    // 某某医院 / “杏林讲堂”开讲); or the name and a colon, what it says of its work on the
    // next (某某卫生院党支部： / “四聚焦”推进…).
    let named = speaker(first)
        || INSTITUTIONS.iter().chain(&PARTY_ORGANS).any(|w| first.ends_with(w))
            && ["召开", "举行", "举办", "开展", "组织", "启动", "获", "荣获", "喜获", "深入", "推进"]
                .iter()
                .any(|w| second_folded.starts_with(w))
        // (a hospital's, not a media centre's: 某县融媒体中心 / “…”表彰大会召开).
        || ["医院", "卫生院", "保健院"].iter().any(|w| first.ends_with(w)) && second_folded.starts_with(['“', '"', '「']);
    // A quotation closes a title — unless all that is left is the kind of event it
    // names (某院召开“…” / 动员大会).
    let event_left = second_folded.chars().count() <= 6
        && ["会", "会议", "活动", "仪式", "行动", "讲座", "比赛", "竞赛"].iter().any(|w| second_folded.ends_with(w));
    let closed = first.ends_with(['!', '！', '?', '？', '…', '.'])
        || first.ends_with(['”', '"', '」']) && !event_left
        // A site's name (…中文网) heads the page; the title is a line of its own.
        || first.ends_with('网');
    // An event held, named whole (某院召开庆祝…周年大会), is a headline complete: the
    // next line is its subtitle (为…做出新的贡献) — unless that line joins another event
    // to it (暨…表彰大会).
    let held = held_event(first) && !second_folded.starts_with(['暨', '及', '和', '与', '并']);
    // A page that prints its title twice (as its heading and its headline) wraps nothing.
    ((20..=60).contains(&n) && !held || cut && n >= 6 || named && n >= 4 || event_left && n >= 6)
        && first != second
        && !closed
        && !credit_line(first)
        // (The kind of event alone, 系列活动, reads as no title by itself.)
        && (reads_as_title(second, second_folded, 4) || event_left && second.chars().all(is_han))
        && second.chars().count() <= 30
        && !second.contains([' ', '\u{3000}'])
        && !second.starts_with(['—', '-', '─', '(', '（', '【', '[', '《'])
}

/// Whether `line` tells of an event held and ends in its name (某院召开庆祝…周年大会,
/// 某支部开展…主题党日活动): a headline complete in itself.
fn held_event(line: &str) -> bool {
    holds_event(line)
        && ["大会", "会议", "活动", "仪式", "党课", "座谈会", "报告会", "讲座"].iter().any(|w| line.ends_with(w))
}

/// Whether `line` says an event was held (召开, 举行, 举办, 开展).
fn holds_event(line: &str) -> bool {
    ["召开", "举行", "举办", "开展"].iter().any(|w| line.contains(w))
}

/// What follows a list's bullet and its space (- 某某医院党委 …, • 某某医院…), if the
/// line has one, however far the line is indented.
fn bulleted(line: &str) -> Option<&str> {
    let line = line.trim_start();
    line.strip_prefix(['-', '*']).or_else(|| line.strip_prefix(BULLETS)).filter(|r| r.starts_with(char::is_whitespace))
}

/// A line that is only a unit's name (某某医院骨科党支部, 某某卫生院): it ends in an
/// institution or a Party organ and is made of nouns only.
fn unit_alone(folded: &str) -> bool {
    let ends = INSTITUTIONS.iter().chain(&PARTY_ORGANS).chain(&["委员会"]).any(|w| folded.ends_with(w));
    ends && folded.chars().count() <= 24
        && crate::segment::jieba()
            .tag(folded, false)
            .iter()
            .all(|t| matches!(t.tag, "n" | "ns" | "nt" | "nz" | "nr" | "j" | "ng" | "m" | "b" | "r" | ""))
}

/// A title without what a page adds to it: a word count (…讲话(2100字)), an ellipsis
/// where the page cut it.
fn without_page_marks(title: &str) -> String {
    static COUNT: OnceLock<Regex> = OnceLock::new();
    let count = COUNT.get_or_init(|| Regex::new(r"\s*[(（]\s*\d+\s*字\s*[)）]\s*$").unwrap());
    let title = count.replace(title, "");
    // A template site's mark for what its members may download (…分析报告VIP专享).
    static MEMBERS: OnceLock<Regex> = OnceLock::new();
    let members =
        MEMBERS.get_or_init(|| Regex::new(r"(?i)\s*[(（【\[]?(?:vip|会员)(?:专享|专属|免费)[)）】\]]?\s*$").unwrap());
    let title = members.replace(&title, "");
    // A document site's page of the file (…工作方案_第5页), in either script.
    static PAGE: OnceLock<Regex> = OnceLock::new();
    let page = PAGE.get_or_init(|| Regex::new(r"[_\s]*[(（]?第\d+[页頁][)）]?\s*$").unwrap());
    let title = page.replace(&title, "");
    // A mark that the article has pictures (…活动(组图), 【图文】…): the page's, not the
    // headline's.
    static PICTURES: OnceLock<Regex> = OnceLock::new();
    let pictures = PICTURES.get_or_init(|| {
        Regex::new(r"^\s*[【\[(（]图文[】\])）]\s*|\s*[【\[(（](?:组图|图|圖|組圖|图文)[】\])）]\s*$").unwrap()
    });
    let title = pictures.replace_all(&title, "");
    // A page's command run on after a space (… 返回上一级, … 打印 关闭): a menu's, not
    // the headline's.
    let mut title: &str = &title;
    while let Some((head, last)) = title.trim_end().rsplit_once(char::is_whitespace) {
        let command = last.starts_with("返回") && last.chars().count() <= 6 || menu_item(last);
        if !command || head.trim().chars().filter(|&c| is_han(c)).count() < 6 {
            break;
        }
        title = head.trim_end();
    }
    // A shared file's name ends in its extension (…工作经验总结.docx).
    let title = patterns().extension.replace(title, "");
    // The column the page files it under, after a dash (…高高飘扬——抗疫快讯), and the
    // site's name after it, as a page's <title> has them (…活动_党建动态_某某医院).
    let mut title: &str = &title;
    while let Some(head) = before_a_section(title, &['—', '-', '_']).or_else(|| before_a_site(title))
        && head.chars().filter(|&c| is_han(c)).count() >= 8
    {
        title = head;
    }
    let title = without_lost_character(title.trim_end_matches(['…', '.', ' ']).trim_end_matches("..."));
    // The paper or the site that printed it, before a colon (某某晚报:开展…活动).
    static PAPER: OnceLock<Regex> = OnceLock::new();
    // So does a repost's label for the headline it copied (原标题：…), and the paper or
    // site in brackets (【今日某某网】…), unlike a column's or a theme's tag (【党建动态】).
    let paper = PAPER.get_or_init(|| {
        Regex::new(
            r"^(?:(?:\p{Han}{1,8}?(?:报|网|电视台|广播电视台|新闻)|原标题|原標題)\s*[:：]|[【\[]\p{Han}{1,10}?(?:报|网|电视台|客户端)[】\]])\s*",
        )
        .unwrap()
    });
    let title = match paper.find(title) {
        Some(m) if title[m.end()..].chars().filter(|&c| is_han(c)).count() >= 8 => &title[m.end()..],
        _ => title,
    };
    // A column's tag before a bar that the headline repeats (世界献血日|…世界献血日…)
    // files it; a slogan before a bar stays (学党史 办实事 | 某某医院…), and so does a
    // section's name, which readers keep as often as they drop (廉政要闻 | …).
    // The site's own name before a bar (某某大学第四附属医院|…) is its masthead too.
    let title = match title.split_once(['|', '｜', '丨']) {
        Some((tag, rest)) => {
            let (tag, rest) = (tag.trim(), rest.trim());
            let han = |t: &str| t.chars().filter(|&c| is_han(c)).count();
            let repeated = han(tag) >= 3 && rest.contains(tag);
            let masthead = han(tag) >= 4 && tag.chars().all(is_han) && INSTITUTIONS.iter().any(|w| tag.ends_with(w));
            if (repeated || masthead) && han(rest) >= 8 && !rest.contains(['|', '｜', '丨']) { rest } else { title }
        }
        None => title,
    };
    // A place in brackets before it (【湖北】…) is where the news comes from, as a
    // dateline says.
    let title = match title.strip_prefix('【').and_then(|t| t.split_once('】')) {
        Some((place, rest))
            if rest.chars().filter(|&c| is_han(c)).count() >= 8 && {
                let chars: Vec<char> = hanconv::t2s(place).chars().collect();
                chars.len() >= 2 && place_at(&chars, 0).is_some_and(|(_, n)| n == chars.len())
            } =>
        {
            rest.trim_start()
        }
        _ => title,
    };
    // …and so is a news column's name in brackets (【党建动态】…, 【曙光•新闻】…): it
    // files the story (see column_words.txt).
    let title = match title.strip_prefix(['【', '[', '［']).and_then(|t| t.split_once(['】', ']', '］'])) {
        Some((tag, rest)) if rest.chars().filter(|&c| is_han(c)).count() >= 8 && is_column(tag) => rest.trim_start(),
        _ => title,
    };
    // A social site's topic tag before it (#健康中国行动# …) files it, as a column does.
    let title = match title.strip_prefix(['#', '＃']).and_then(|rest| rest.split_once(['#', '＃'])) {
        Some((tag, rest))
            if !tag.is_empty() && tag.chars().count() <= 20 && rest.chars().filter(|&c| is_han(c)).count() >= 8 =>
        {
            rest.trim_start()
        }
        _ => title,
    };
    without_signature(title)
}

/// Whether `tag` is the name of a site's news column (党建动态, 曙光•新闻, 党建): see
/// `column_words.txt`.
fn is_column(tag: &str) -> bool {
    static WORDS: OnceLock<(Vec<&str>, Vec<&str>)> = OnceLock::new();
    let (ends, whole) = WORDS.get_or_init(|| {
        let (whole, ends): (Vec<&str>, Vec<&str>) =
            lexicon::words("column_words.txt").partition(|w| w.starts_with('='));
        (ends, whole.into_iter().map(|w| &w[1..]).collect())
    });
    let tag = hanconv::t2s(tag.trim());
    whole.contains(&tag.as_str()) || ends.iter().any(|e| tag.ends_with(e) && tag.chars().count() <= 8)
}

/// Words that make a headline a question, which may end in an ASCII question mark.
const QUESTION_WORDS: &[&str] = &[
    "吗",
    "呢",
    "么",
    "如何",
    "怎样",
    "为何",
    "何以",
    "哪",
    "谁",
    "几",
    "多少",
    "是否",
    "能否",
    "可否",
    "没有",
    "不是",
    "能不能",
    "会不会",
    "要不要",
    "嗎",
    "麼",
    "為何",
    "誰",
    "幾",
    "沒有",
    "會不會",
];

/// A headline without the ASCII question mark that a bad conversion put for a
/// character it could not write (…《支部工作条例（试行）》?): Chinese asks with ？,
/// so an ASCII one after a Chinese character, in a headline that asks nothing, is
/// a lost character.
fn without_lost_character(title: &str) -> &str {
    let head = title.trim_end_matches(['?', ' ']);
    let asks = QUESTION_WORDS.iter().any(|w| head.contains(w));
    match head.chars().next_back() {
        Some(c) if head.len() < title.len() && !c.is_ascii() && !asks => head,
        _ => title,
    }
}

/// What stands before a section's name set after the last of `marks` at a line's end
/// (某某医院--新闻动态, …高高飘扬——抗疫快讯), trimmed: a site's name or a headline.
fn before_a_section<'l>(line: &'l str, marks: &[char]) -> Option<&'l str> {
    let (head, tail) = line.rsplit_once(marks)?;
    let tail = tail.trim();
    (tail.chars().count() <= 6 && SECTION_ENDINGS.iter().any(|e| tail.ends_with(e)))
        .then(|| head.trim_end_matches(['-', '_', '—', ' ']).trim())
}

/// A line without the site's name a page's <title> puts after the headline, apart by a
/// separator with spaces around it or by an underscore (… - 某某县人民医院, …_某某新闻网,
/// … | 某某日报): an institution's or a paper's name, not a subtitle.
fn before_a_site(line: &str) -> Option<&str> {
    let (head, tail) = line.rsplit_once(" - ").or_else(|| line.rsplit_once(" | ")).or_else(|| line.rsplit_once('_'))?;
    let tail = tail.trim();
    const PAPERS: [&str; 7] = ["网", "报", "在线", "官网", "客户端", "电视台", "频道"];
    let site = (2..=20).contains(&tail.chars().count())
        && tail.chars().all(is_han)
        && (INSTITUTIONS.iter().any(|w| tail.ends_with(w)) || PAPERS.iter().any(|w| tail.ends_with(w)));
    if !site {
        return None;
    }
    // …with the column between, as underscores set it (…活动_院务公开_某某医院).
    let head = match head.rsplit_once('_') {
        Some((title, column)) if line.ends_with(&format!("_{tail}")) && (2..=8).contains(&column.chars().count()) => {
            title
        }
        _ => head,
    };
    Some(head.trim_end_matches(['-', '_', '—', ' ']).trim())
}

/// A title run together with its writer's signature, which names the title's own unit
/// again (市人民医院:情暖百姓… + 市人民医院党委书记王明, a paper's page of signed
/// pieces): the signature is cut. A unit of three characters or more that the title
/// starts with, a role, and a name of two or three characters.
fn without_signature(title: &str) -> String {
    const ROLES: &[&str] = &["党委副书记", "党委书记", "党总支书记", "党支部书记", "副院长", "院长", "书记", "主任"];
    for role in ROLES {
        let Some(at) = title.rfind(role) else { continue };
        let name = &title[at + role.len()..];
        if !(2..=3).contains(&name.chars().count()) || !name.chars().all(is_han) {
            continue;
        }
        let before = &title[..at];
        let unit = before
            .char_indices()
            .map(|(b, _)| b)
            .find(|&b| b > 0 && before[b..].chars().count() >= 3 && title.starts_with(&before[b..]));
        if let Some(b) = unit {
            return before[..b].trim_end().to_string();
        }
    }
    title.to_string()
}

/// Whether a line (and its folded form) reads as a title: 4 to 80 characters, at least
/// `min_han` Han, no sentence end, not a line of facts, not furniture.
fn reads_as_title(line: &str, folded: &str, min_han: usize) -> bool {
    let chars = line.chars().count();
    let han = line.chars().filter(|&c| is_han(c)).count();
    let sentence_end = line.ends_with(['。', '；', ';', '，', ',', '：', ':'])
        || line.contains('。')
        // An exclamation or a question with a comma is speech (同志们,辛苦了!), unless
        // it has a headline's length (医院文化阵地建设,如何构建特色主题?) — an
        // exclamation then with one comma only (让我们一起来关注,聆听之美好!), not a
        // speech's run of clauses.
        || line.ends_with(['!', '！'])
            && line.contains([',', '，'])
            && (han < 14 || line.matches([',', '，']).count() > 1)
        || line.ends_with(['?', '？']) && line.contains([',', '，']) && han < 14
        // A quotation of clauses (“我承诺:为了…;为了…”) is speech, a pledge or a motto.
        || line.starts_with(['“', '"', '「']) && line.contains(['；', ';', '：', ':']);
    // A numbered heading of the body (一、基本情况, （二）主要做法) is a section's.
    let numbered = line
        .trim_start_matches(['(', '（'])
        .trim_start_matches(|c| "一二三四五六七八九十".contains(c))
        .starts_with(['、', ')', '）'])
        && line.starts_with(|c| "一二三四五六七八九十(（".contains(c));
    // …and so is a rule's chapter or article (第一章 总则, 第三条).
    let chapter = line.strip_prefix('第').is_some_and(|rest| {
        let rest = rest.trim_start_matches(|c: char| "一二三四五六七八九十".contains(c) || c.is_ascii_digit());
        rest.len() < line.len() - '第'.len_utf8() && rest.starts_with(['章', '条', '节'])
    });
    // A website's name (某某范文网, 某某医院官网) heads the page, not the article; nor
    // does a link to the hospital's app (互联网医院小程序, 微信公众号), unless a verb says
    // what was done with it (医院上线小程序).
    let site = site_name(folded);

    // A banner's slogan with its characters set apart (医/路/相/伴), a design, not words.
    let parts: Vec<&str> = line.split(['/', '／']).collect();
    let spaced_out = parts.len() >= 4 && parts.iter().all(|p| p.chars().count() <= 2);
    (4..=80).contains(&chars)
        && han >= min_han
        && !sentence_end
        && !numbered
        && !chapter
        && !site
        && !credit_line(folded)
        && !spaced_out
        && !is_facts_line(folded)
        && !is_furniture(line)
}

/// A website's name (某某范文网, 某某医院官网), or a link to an app (互联网医院小程序,
/// 某某日报客户端) with no verb saying what was done with it (医院上线小程序): folded text.
fn site_name(folded: &str) -> bool {
    let chars = folded.chars().count();
    chars <= 12 && ["网", "网站", "官网"].iter().any(|w| folded.ends_with(w))
        || chars <= 12
            && ["小程序", "公众号", "服务号", "客户端"].iter().any(|w| folded.ends_with(w))
            && !crate::segment::jieba().tag(folded, false).iter().any(|t| t.tag.starts_with('v'))
}

/// A site's credit line (某市委宣传部 某某办公室 主办): who runs the site, not a
/// headline nor a headline's first half.
fn credit_line(line: &str) -> bool {
    line.trim_end().ends_with("主办")
}

/// A line of facts about the article: a date, a dateline, an issue, a source, a
/// byline, a counter of readers (folded text).
fn is_facts_line(folded: &str) -> bool {
    facts_beside_names(folded) || is_names_line(folded)
}

/// Whether a line of facts says more than names (a date, a label, a source): a
/// line of short words apart (厚德、精医、博爱、惠民, a banner's motto) can pass for
/// a line of authors' names, and is weaker evidence.
fn facts_beside_names(folded: &str) -> bool {
    // A byline written as a label (文/王明, 作者：李红, 撰稿｜张华).
    let labelled_byline = byline().roles.iter().any(|role| {
        folded.strip_prefix(*role).is_some_and(|rest| rest.trim_start().starts_with(['/', ':', '：', '|', '｜', '／']))
    });
    let p = patterns();
    labelled_byline
        || p.full_date.find_iter(folded).any(|m| marked_alike(m.as_str()))
        || p.media_byline.is_match(folded)
        || p.dateline.is_match(folded)
        || p.issue_line.is_match(folded)
        || p.source_label.is_match(folded)
        || p.month_day.is_match(folded)
        || {
            // An open-government page spaces its labels out (索  引  号:).
            let unspaced = folded.replace([' ', '\u{3000}'], "");
            byline().facts.iter().any(|w| folded.contains(w) || unspaced.starts_with(w))
                || byline().counters.iter().any(|w| {
                    unspaced.match_indices(w).any(|(at, _)| {
                        let next = unspaced[at + w.len()..].chars().next();
                        next.is_none_or(|c| !is_han(c) || "次量数人".contains(c))
                    })
                })
        }
}

/// Whether a date's parts are set apart alike (2020-07-01, 2020年7月1日), as a date
/// line writes them — not a year and a day's name run together (2020年7.1建党节).
fn marked_alike(date: &str) -> bool {
    let marks: Vec<char> = date.chars().filter(|c| !c.is_ascii_digit() && !c.is_whitespace() && *c != '日').collect();
    matches!(marks[..], ['年', '月']) || marks.len() == 2 && marks[0] == marks[1]
}

/// A line of two or more personal names apart (刘青 王小明 张伟): a journal's authors.
/// Names of four characters are rare (欧阳明月); a line of them only is a title's two
/// halves (杏林先锋 仁心为民).
fn is_names_line(line: &str) -> bool {
    // Authors marked with their affiliations' numbers (刘青 1茆尤尤 1冯留燕1).
    let line: String = line.chars().map(|c| if c.is_ascii_digit() || c == '*' { ' ' } else { c }).collect();
    let names: Vec<&str> = line.split([' ', '\u{3000}', ',', '，', '、']).filter(|n| !n.is_empty()).collect();
    // Words of three characters or more are a slogan's short phrases (传党恩 颂党情 办实事)
    // unless most of them open with a surname; a line with a word of two is names
    // (扎西 次仁 卓玛 have none).
    let surnamed = names.iter().filter(|n| surnames().iter().any(|s| n.starts_with(s))).count();
    let two = names.iter().any(|n| n.chars().count() == 2);
    names.len() >= 2
        && names.iter().all(|n| (2..=4).contains(&n.chars().count()) && n.chars().all(is_han))
        && names.iter().any(|n| n.chars().count() < 4)
        && (two || surnamed * 2 > names.len())
}

/// `surnames.txt`, compound surnames first.
fn surnames() -> &'static [&'static str] {
    static SURNAMES: OnceLock<Vec<&str>> = OnceLock::new();
    SURNAMES.get_or_init(|| {
        let mut all: Vec<&str> = lexicon::words("surnames.txt").collect();
        all.sort_by_key(|s| std::cmp::Reverse(s.len()));
        all
    })
}

/// Page furniture above a title: breadcrumbs, menus, bulleted links, website chrome.
fn is_furniture(line: &str) -> bool {
    // A photograph's caption, in brackets on a line of its own: (大会现场).
    let caption = line
        .strip_prefix(['(', '（'])
        .and_then(|l| l.strip_suffix([')', '）']))
        .is_some_and(|inner| !inner.contains([')', '）', '(', '（']));
    // …or one credited to who took it (大会现场 供图, 党员宣誓 张三 摄).
    let trimmed = line.trim_end();
    // The name stands apart before 摄, or right before it after a gap (张三摄) — not a
    // verb's last character (微视频 开机拍摄).
    let photographer = trimmed.strip_suffix('摄').is_some_and(|before| {
        let gap = |c: char| c == ' ' || c == '\u{3000}';
        let name = before.trim_end_matches(gap);
        let (head, who) = name.rsplit_once(gap).unwrap_or(("", name));
        !head.trim().is_empty()
            && (2..=3).contains(&who.chars().count())
            && who.chars().all(is_han)
            && !who.ends_with(['拍', '录', '影'])
    });
    let credited = trimmed.ends_with("供图") || photographer;
    // A paper's affiliation line, its place and post code last (某某医院党办,辽宁辽阳
    // 111000), perhaps in brackets.
    let postcode = trimmed
        .trim_end_matches([')', '）'])
        .rsplit([' ', '\u{3000}', ',', '，'])
        .next()
        .is_some_and(|code| code.len() == 6 && code.chars().all(|c| c.is_ascii_digit()))
        && trimmed.chars().any(is_han);
    // A breadcrumb's last steps, its head lost: a section and the page's kind
    // (某某科 科室动态详细).
    let page_kind = PAGE_KINDS.iter().filter_map(|k| trimmed.strip_suffix(k)).any(|before| {
        let before = before.trim_end();
        before.is_empty() || SECTION_ENDINGS.iter().any(|e| hanconv::t2s(before).ends_with(e))
    });
    if caption || credited || postcode || page_kind {
        return true;
    }
    // A bar between two long phrases joins a title's two halves (群众点赞·特色党建品牌 |
    // 某医院打造“一支部一品牌”); between short items it is a menu.
    // (A box-drawing bar, │ or ┃, is a bar too.)
    const BARS: [char; 4] = ['|', '｜', '│', '┃'];
    let halves: Vec<&str> = line.split(BARS).map(str::trim).collect();
    // A campaign's short slogan may open it (学党史 办实事 | 某某医院为群众送健康).
    let han = |h: &str| h.chars().filter(|&c| is_han(c)).count();
    // So may a column's short tag, set apart by spaces (廉政要闻 | 某某医院…).
    // Not a menu's item (首页 | …).
    let spaced = line.contains(" | ") || line.contains(" ｜ ");
    let tag = |h: &str| han(h) >= 5 || spaced && (1..=6).contains(&h.chars().count()) && han(h) >= 1 && !menu_item(h);
    // …and a headline may end in its site's name, as a page's <title> has it (某某医院
    // 开展… | 某某新闻网).
    let two_halves = halves.len() == 2
        && (tag(halves[0]) && han(halves[1]) >= 8 || han(halves[0]) >= 8 && before_a_site(line).is_some());
    // A section's label (党建工作, 党建动态), perhaps with its English (/Party Building Work,
    // / Party-masses Working).
    let (label, english) = line.split_once(['/', '／']).unwrap_or((line, ""));
    let label = label.trim();
    // In either script (黨建園地 is 党建园地): converted only when short enough to be one.
    let section = label.chars().count() <= 4
        && label.chars().all(is_han)
        && Some(hanconv::t2s(label)).is_some_and(|label| {
            label.ends_with("工作") || label.ends_with("活动") || SECTION_ENDINGS.iter().any(|e| label.ends_with(e))
        })
        && english.chars().all(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '-' | '&' | '\''));
    // A listing's page title: the site, a dash and the section (某某医院--新闻动态).
    // The site is a name, not a headline (党旗在抗疫一线高高飘扬——抗疫快讯 is the
    // headline and its column).
    let listing = before_a_section(line, &['-', '_', '|', '—'])
        .is_some_and(|head| !head.is_empty() && (han(head) <= 8 || SITE_ENDINGS.iter().any(|e| head.ends_with(e))));
    if section || listing {
        return true;
    }
    // A menu set out with spaces (首页 新闻中心 党建园地): short items after a menu's
    // word, not a headline after it (新闻 某某医院举行…).
    // The menu's word may be spaced out itself (首 页 新闻中心 党建园地).
    let words: Vec<&str> = line.split_whitespace().collect();
    let (first, rest) = match words.as_slice() {
        [a, b, rest @ ..] if a.chars().count() == 1 && b.chars().count() == 1 => (format!("{a}{b}"), rest),
        [a, rest @ ..] => (a.to_string(), rest),
        [] => (String::new(), &[][..]),
    };
    let menu = !rest.is_empty() && menu_item(&first) && rest.iter().all(|w| w.chars().count() <= 6);
    // Where the page stands, whatever separates its steps (您当前的位置:首页 党群建设).
    let here = ["您当前的位置", "您现在的位置", "您的位置", "当前位置", "当前的位置", "现在位置", "所在位置"]
        .iter()
        .any(|w| line.trim_start().starts_with(w));
    menu || here
        || line.starts_with(['◆', '•', '·', '▪', '■', '●', '-', '*', '|', '>', '»'])
        || [">", "》》", "»", "›", "->"].iter().any(|m| line.contains(m))
        || line.contains(BARS) && !two_halves
        || crate::clean::boilerplate::is_chrome(line)
}

/// A date written in characters, alone on its line (二〇一九年六月三日, 二零二三年
/// 十二月三十一日), as a notice signs it.
fn date_in_characters(line: &str) -> Option<String> {
    const DIGITS: &str = "〇一二三四五六七八九";
    let digit = |c: char| match c {
        '零' | '○' | 'Ｏ' => Some(0),
        _ => DIGITS.chars().position(|d| d == c).map(|v| v as u32),
    };
    // One to thirty-one: 六, 十, 十四, 二十, 三十一.
    let small = |s: &str| -> Option<u32> {
        let chars: Vec<char> = s.chars().collect();
        match chars.as_slice() {
            [one] if *one != '十' => digit(*one),
            ['十'] => Some(10),
            ['十', one] => Some(10 + digit(*one)?),
            [tens, '十'] => Some(digit(*tens)? * 10),
            [tens, '十', one] => Some(digit(*tens)? * 10 + digit(*one)?),
            _ => None,
        }
    };
    let (year, rest) = line.trim().split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let day = rest.strip_suffix('日')?;
    let year: String = year.chars().map(|c| digit(c).and_then(|v| char::from_digit(v, 10))).collect::<Option<_>>()?;
    if year.len() != 4 {
        return None;
    }
    valid(&year, &small(month)?.to_string(), &small(day)?.to_string())
}

fn valid(year: &str, month: &str, day: &str) -> Option<String> {
    let (y, m, d): (i32, u32, u32) = (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    // 1970-01-01 is a site's empty date (the clock's zero), not a day anything happened.
    let epoch = (y, m, d) == (1970, 1, 1);
    // A day the month has (no 2月30日).
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    ((1949..=2100).contains(&y) && (1..=12).contains(&m) && (1..=days).contains(&d) && !epoch)
        .then(|| format!("{y}-{m:02}-{d:02}"))
}

fn date(text: &str, top: &[&str], notes: &[Note]) -> String {
    let p = patterns();
    let published: Vec<String> =
        notes.iter().filter(|n| n.kind == NoteKind::Published).map(|n| hanconv::t2s(&n.text)).collect();
    for labelled in std::iter::once(text).chain(published.iter().map(String::as_str)) {
        if let Some(date) = p.labelled_date.captures_iter(labelled).find_map(|c| valid(&c[1], &c[2], &c[3])) {
            return date;
        }
    }
    // …one with the year's last two digits only near the top (not a sign-up date in the
    // body, 义诊日期:10.1-10.7).
    for labelled in top.iter().copied().chain(published.iter().map(String::as_str)) {
        if let Some(c) = p.labelled_short_date.captures(labelled)
            && let Some(date) = valid(&format!("20{}", &c[1]), &c[2], &c[3])
        {
            return date;
        }
    }
    // …or labelled 时间: alone near the top, run on after the title or not.
    for labelled in top {
        if let Some(c) = p.stamp_time.captures(labelled)
            && let Some(date) = valid(&c[1], &c[2], &c[3])
        {
            return date;
        }
    }
    // A document whose title runs into its body may sign its date right after the title
    // and its unit (…工作情况的汇报(某某医院)2023年9月14日在…): the document's date.
    if let Some(first) = top.first()
        && let Some(c) = p.glued_title.captures(first)
    {
        let rest = &first[c.get(1).expect("the pattern has a group").end()..];
        let rest = match rest.strip_prefix(['(', '（']).and_then(|r| r.split_once([')', '）'])) {
            Some((_, after)) => after,
            None => rest,
        };
        if let Some(d) = p.full_date.captures(rest)
            && d.get(0).is_some_and(|m| m.start() == 0)
            && let Some(date) = valid(&d[1], &d[2], &d[3])
        {
            return date;
        }
    }
    // A stamp line cleaning took for chrome (2023-06-30 来源：本站原创): its opening date.
    for note in &published {
        if let Some(c) = p.full_date.captures(note.trim_start())
            && c.get(0).is_some_and(|m| m.start() == 0)
            && let Some(date) = valid(&c[1], &c[2], &c[3])
        {
            return date;
        }
    }
    // A full date near the top: on a line of its own or of facts — not in a sentence
    // of the body, which dates an event, not the page (2023年5月6日，我院召开…,
    // …将于2020年3月8日召开): readers of real reports give no date for those.
    // A stamp's date comes first: one alone, with a clock time or with labels; only then
    // a date on a short line of other words — not one opening a link of a list beside
    // the article (2019-05-02 医院召开职代会), which dates that other page.
    // A date with a clock time after it (… 2023-04-14 18:15) is a page's stamp,
    // however long the line of chrome around it.
    // Not one a sentence goes on from (2022年2月16日14:30,我院召开…): that is an
    // event's time.
    let clock = |after: &str| {
        after.trim_start().split_once([':', '：']).is_some_and(|(hours, minutes)| {
            (1..=2).contains(&hours.len())
                && hours.bytes().all(|b| b.is_ascii_digit())
                && minutes.bytes().take(2).filter(u8::is_ascii_digit).count() == 2
                && !minutes.trim_start_matches(|c: char| c.is_ascii_digit()).starts_with([',', '，'])
        })
    };
    // Stamps below the article's paragraphs, of more than one day in the page, are the
    // links' of a list after it (…开展宣传活动 / 2025-04-28 17:28 人气:7 / …), not the
    // page's.
    // (Read once, and only when such a stamp is met.)
    let listed = std::cell::OnceCell::new();
    let listed = || {
        *listed.get_or_init(|| {
            let stamped: std::collections::HashSet<String> = text
                .lines()
                .filter_map(|line| {
                    let c = p.full_date.captures(line)?;
                    let end = c.get(0)?.end();
                    clock(&line[end..]).then(|| valid(&c[1], &c[2], &c[3])).flatten()
                })
                .collect();
            stamped.len() >= 2
        })
    };
    let mut below_body = false;
    let mut short = None;
    for line in top {
        below_body |= line.contains('。') && line.chars().filter(|&c| is_han(c)).count() >= 30;
        if let Some(c) = p.full_date.captures(line)
            && let Some(date) = valid(&c[1], &c[2], &c[3])
        {
            let (start, end) = c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
            let clock = clock(&line[end..]);
            if clock && below_body && listed() {
                continue;
            }
            // …or with the page's labels after it (2025-3-21 来源:… 浏览:…).
            let label = crate::lexicon::words("stamp_labels.txt").any(|l| line[end..].trim_start().starts_with(l));
            let rest = line[end..].trim();
            if rest.is_empty() || clock || label {
                return date;
            }
            // (Not a site's or a unit's name and a view counter or an author after it:
            // 2025-11-12 某某医院 39, 2021-12-09 第8党支部 张三.)
            let source = rest.split_whitespace().next().unwrap_or_default();
            let signed = source.chars().count() <= 20
                && INSTITUTIONS.iter().chain(&PARTY_ORGANS).any(|w| source.ends_with(w))
                && rest.split_whitespace().count() <= 3;
            let linked = line[..start].trim().is_empty() && !signed && crate::clean::boilerplate::reads_as_a_link(rest);
            if short.is_none() && line.chars().count() <= 40 && !linked {
                short = Some(date);
            }
        }
    }
    if let Some(date) = short {
        return date;
    }
    if let Some(date) = stamp_in_pieces(top) {
        return date;
    }
    // A stamp written day first (06.07.2018 18:46), as European sites write it.
    if let Some(date) = top.iter().find_map(|l| p.day_first.captures(l)).and_then(|c| valid(&c[3], &c[2], &c[1])) {
        return date;
    }
    for line in top {
        if let Some(c) = p.dateline.captures(line) {
            let year = c.get(2).map(|y| y.as_str().to_string()).or_else(|| latest_year(text));
            if let Some(year) = year
                && let Some(date) = valid(&year, &c[3], &c[4])
            {
                return date;
            }
        }
    }
    let headers = notes.iter().filter(|n| n.kind == NoteKind::Header).map(|n| hanconv::t2s(&n.text));
    for line in top.iter().map(|l| l.to_string()).chain(headers) {
        if let Some(c) = p.issue.captures(&line) {
            return c[2].to_string();
        }
    }
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    // A journal's issue on a line of its own anywhere (2023年第5期12-14, 卫生管理2022,
    // Vol.8): its year.
    // A citation's year, volume and issue (2025;25(6):848-850) too.
    if let Some(year) =
        lines.iter().find_map(|l| p.issue_alone.captures(l)).and_then(|c| c.get(1).or(c.get(2)).or(c.get(3)))
    {
        return year.as_str().to_string();
    }
    // A notice or plan is dated under its signature: a date alone on one of the last
    // lines, or right under the issuing body's name before an attachment (中共某某医院
    // 委员会 / 2020年10月25日 / 附：…).
    // (Its numbers may be written in characters: 二〇一九年六月三日.)
    let alone = |line: &str| {
        p.full_date
            .captures(line)
            .filter(|c| c.get(0).is_some_and(|m| m.as_str().len() + 2 >= line.len()))
            .and_then(|c| valid(&c[1], &c[2], &c[3]))
            .or_else(|| date_in_characters(line))
    };
    for line in lines.iter().rev().take(3) {
        if let Some(date) = alone(line) {
            return date;
        }
    }
    let issuer = |line: &str| {
        line.chars().count() <= 30
            && INSTITUTIONS.iter().chain(&PARTY_ORGANS).chain(&["委员会", "办公室"]).any(|w| line.ends_with(w))
    };
    if let Some(date) = lines.windows(2).find(|w| issuer(w[0])).and_then(|w| alone(w[1])) {
        return date;
    }
    // Last, the year a journal received the article (收稿日期): it is published then
    // or soon after, so only the year is claimed.
    notes.iter().find(|n| n.kind == NoteKind::Received).and_then(|n| n.text.get(..4)).unwrap_or_default().to_string()
}

/// A page's stamp laid out as a calendar leaf, a number a line (01 / 2022 / - / 08): the
/// year, the number a mark joins to it (its month), and the one apart (its day); or the
/// year over its month and day, perhaps over the clock time (2022 / 03-21 / 09:43).
fn stamp_in_pieces(top: &[&str]) -> Option<String> {
    static PAIR: OnceLock<Regex> = OnceLock::new();
    // A month-day apart by a dash or a slash (03-21), or a clock time (09:43); not a
    // decimal (4.5, a rating).
    let pair = PAIR.get_or_init(|| Regex::new(r"^(?:\d{1,2}[-/]\d{1,2}|\d{1,2}:\d{2})$").expect("a valid pattern"));
    let piece = |l: &str| {
        !l.is_empty()
            && (l.len() <= 4 && l.bytes().all(|b| b.is_ascii_digit())
                || ["-", "/", "."].contains(&l)
                || pair.is_match(l))
    };
    let start = top.iter().position(|l| piece(l))?;
    let run: Vec<&str> = top[start..].iter().copied().take_while(|l| piece(l)).collect();
    let joined = run.join(" ");
    static FORMS: OnceLock<[Regex; 4]> = OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        [
            Regex::new(r"^(?<d>\d{1,2}) (?<y>\d{4}) [-/.] (?<m>\d{1,2})$"),
            Regex::new(r"^(?<y>\d{4}) [-/.] (?<m>\d{1,2}) (?<d>\d{1,2})$"),
            Regex::new(r"^(?<m>\d{1,2}) [-/.] (?<d>\d{1,2}) (?<y>\d{4})$"),
            Regex::new(r"^(?<y>\d{4}) (?<m>\d{1,2})[-/](?<d>\d{1,2})(?: \d{1,2}:\d{2})?$"),
        ]
        .map(|r| r.expect("a valid pattern"))
    });
    let c = forms.iter().find_map(|f| f.captures(&joined))?;
    valid(&c["y"], &c["m"], &c["d"])
}

/// The latest year the text names: a report is written in or after the last year it
/// speaks of, so a dateline without a year (11月21日讯) takes this one.
fn latest_year(text: &str) -> Option<String> {
    patterns().year.captures_iter(text).map(|c| c[1].to_string()).max()
}

/// The known journals, papers and sites of `sources.txt`.
fn sources() -> &'static [&'static str] {
    static SOURCES: OnceLock<Vec<&'static str>> = OnceLock::new();
    SOURCES.get_or_init(|| lexicon::words("sources.txt").collect())
}

/// A known source for a name as printed, when OCR garbled it: the known name sharing
/// most of its characters (at least three, and half of them).
fn known_source(printed: &str) -> Option<String> {
    let sources = sources();
    if sources.contains(&printed) {
        return Some(printed.to_string());
    }
    let printed: Vec<char> = printed.chars().collect();
    sources
        .iter()
        .map(|s| {
            let mut left = printed.clone();
            let shared = s
                .chars()
                .filter(|c| match left.iter().position(|x| x == c) {
                    Some(i) => {
                        left.remove(i);
                        true
                    }
                    None => false,
                })
                .count();
            (shared, s)
        })
        .filter(|&(shared, s)| shared >= 3 && 2 * shared >= s.chars().count())
        .max_by_key(|&(shared, s)| (shared, std::cmp::Reverse(s.chars().count())))
        .map(|(_, s)| s.to_string())
}

fn source(top: &[&str], notes: &[Note]) -> String {
    let p = patterns();
    for header in notes.iter().filter(|n| n.kind == NoteKind::Header) {
        let header = hanconv::t2s(&header.text);
        if let Some(name) = p.issue.captures(&header).and_then(|c| c.get(1)).map(|m| m.as_str().to_string()) {
            let clean: String = name.chars().filter(|&c| is_han(c)).collect();
            if let Some(known) = known_source(&clean) {
                return known;
            }
            if clean.chars().count() == name.chars().count() {
                return clean;
            }
        }
    }
    for line in top {
        if let Some(c) = p.issue_line.captures(line) {
            return c[1].to_string();
        }
    }
    for line in top {
        if let Some(name) = p.dateline.captures(line).and_then(|c| c.get(1)) {
            return name.as_str().to_string();
        }
    }
    for line in top {
        if let Some(c) = p.source_label.captures(line) {
            // An empty label followed by the next one (来源:   发表时间:…) gives none; a
            // label printed twice (来源:来源:党办) is one.
            let name = c[1].trim();
            let name = name.strip_prefix("来源").map_or(name, |rest| rest.trim_start_matches([':', '：']).trim());
            if !byline().facts.iter().any(|w| name.starts_with(w)) {
                return name.to_string();
            }
        }
    }
    // Else a known journal's or paper's name alone on a line of the top (中国医院, under
    // an abstract's title) — not one a common word names (党建, a column's too).
    let journal = |l: &&str| l.chars().count() >= 3 && sources().contains(&hanconv::t2s(l).as_str());
    if let Some(line) = top.iter().map(|l| l.trim()).find(journal) {
        return line.to_string();
    }
    String::new()
}

/// The words of `byline_words.tsv`: roles (记者, 通讯员 …) and how prose goes on
/// after 记者 or 作者 where no name follows (记者了解到).
struct Byline {
    roles: Vec<&'static str>,
    not_names: Vec<&'static str>,
    /// Words of a line of facts under a title (作者, 发布时间 …).
    facts: Vec<&'static str>,
    /// Counters of readers on that line (浏览, 阅读), with their number or label.
    counters: Vec<&'static str>,
}

fn byline() -> &'static Byline {
    static WORDS: OnceLock<Byline> = OnceLock::new();
    WORDS.get_or_init(|| Byline {
        roles: lexicon::words_of("byline_words.tsv", "role"),
        not_names: lexicon::words_of("byline_words.tsv", "not_name"),
        facts: lexicon::words_of("byline_words.tsv", "facts"),
        counters: lexicon::words_of("byline_words.tsv", "counter"),
    })
}

fn authors(top: &[&str], title: &str) -> Vec<String> {
    let p = patterns();
    let mut out: Vec<String> = Vec::new();
    let add = |name: &str, out: &mut Vec<String>| {
        let name = name.trim();
        if !byline().not_names.iter().any(|w| name.starts_with(w))
            && (2..=4).contains(&name.chars().count())
            && name.chars().all(is_han)
            && !out.iter().any(|n| n == name)
        {
            out.push(name.to_string());
        }
    };
    // Where the title is among the top lines: a name alone on a line is looked for
    // under it only. (A title set on two lines starts on the first.)
    let opens_title = |l: &str| {
        let l = l.trim();
        l.chars().filter(|&c| is_han(c)).count() >= 4 && title.starts_with(l)
    };
    let title_at = (!title.is_empty()).then(|| top.iter().position(|l| l.contains(title) || opens_title(l))).flatten();
    static CREDIT: OnceLock<Regex> = OnceLock::new();
    let credit =
        CREDIT.get_or_init(|| Regex::new(r"(?:^|[^\p{Han}])(\p{Han}{2,4})\s*/\s*文").expect("a valid pattern"));
    for (i, line) in top.iter().enumerate() {
        // Credits with the name first (周某/文 李某/图 王某/审核): the writer only.
        if let Some(c) = credit.captures(line) {
            add(&c[1], &mut out);
            continue;
        }
        // Bylines: role words, each followed by names (记者 王璐 通讯员 李文娟 孟天笑).
        // Words with the separator after them; a closing bracket or a comma ends a byline.
        let words: Vec<&str> =
            line.split_inclusive(|c: char| c.is_whitespace() || "()（）、,，:：/".contains(c)).collect();
        let mut role: Option<&str> = None;
        for piece in &words {
            let word = piece.trim_end_matches(|c: char| c.is_whitespace() || "()（）、,，:：/".contains(c));
            let closes = piece.ends_with([')', '）', ',', '，']);
            // A role of one character (文) stands alone: 文章来源 is a label of its own.
            let starts_role = byline()
                .roles
                .iter()
                .filter(|r| word.starts_with(**r) && (r.chars().count() > 1 || word == **r))
                .max_by_key(|r| r.len());
            match starts_role {
                Some(r) if !matches!(*r, "编辑" | "责任编辑" | "摄影") => {
                    role = Some(r);
                    let rest = &word[r.len()..];
                    if !rest.is_empty() {
                        add(rest, &mut out);
                    }
                }
                Some(_) => role = None,
                // Another label of the line (作者:某科 图片:某科 责编:某某): its name is
                // not the writer's, nor is the label one.
                None if piece.trim_end().ends_with([':', '：']) => role = None,
                None if role.is_some() && (2..=4).contains(&word.chars().count()) && word.chars().all(is_han) => {
                    add(word, &mut out)
                }
                None => role = None,
            }
            if closes {
                role = None;
            }
        }
        if let Some(c) = p.time_then_name.captures(line) {
            add(&c[1], &mut out);
        }
        // A name alone on a line under the title, with a surname (not a dialog's
        // button above the article: 同意, 拒绝).
        if *line != title
            && title_at.is_none_or(|at| i > at)
            && (2..=3).contains(&line.chars().count())
            && line.chars().all(is_han)
            && surnames().iter().any(|s| line.starts_with(s))
        {
            add(line, &mut out);
        }
        for c in p.marked_name.captures_iter(line) {
            add(&c[1], &mut out);
        }
    }
    out.truncate(6);
    out
}

/// A place of the gazetteer: its region (province and city) and how specific it is.
#[derive(Debug, Clone)]
struct Place {
    /// 湖南省邵阳市, or 重庆市 for a municipality.
    region: String,
    /// The division's full name: 邵阳市 (also for 邵阳), 越城区.
    name: String,
    /// A province or autonomous region (not a municipality): written before a city
    /// or county, it locates the hospital but is not part of its name.
    province: bool,
}

/// Written forms of places → the place: full names of provinces, cities and counties
/// (three characters or more), and provinces' and cities' names without their suffix
/// (邵阳, 重庆) when two characters or more remain.
fn places() -> &'static (HashMap<String, Place>, usize) {
    static PLACES: OnceLock<(HashMap<String, Place>, usize)> = OnceLock::new();
    PLACES.get_or_init(|| {
        let mut map: HashMap<String, Place> = HashMap::new();
        for row in lexicon::rows("regions.tsv") {
            let [name, level, province, city] = row[..] else { continue };
            let region = match level {
                "province" => province.to_string(),
                _ if city.is_empty() => province.to_string(),
                _ => format!("{province}{city}"),
            };
            let is_province = level == "province" && (name.ends_with('省') || name.ends_with("自治区"));
            let place = Place { region, name: name.to_string(), province: is_province };
            let short = short_name(name);
            if level != "county" || name.chars().count() >= 3 {
                // A city wins over a county of the same name (邵阳市 over 邵阳县's 邵阳).
                map.entry(name.to_string()).or_insert_with(|| place.clone());
            }
            if level != "county" && short.chars().count() >= 2 {
                map.entry(short).or_insert(place.clone());
            }
            // An autonomous prefecture by its customary short form: the place before
            // its peoples, with 州 or alone (阿坝藏族羌族自治州 → 阿坝州, 阿坝).
            if let Some(customary) = name.strip_suffix("自治州").map(without_peoples)
                && customary.chars().count() >= 2
            {
                map.entry(format!("{customary}州")).or_insert_with(|| place.clone());
                map.entry(customary).or_insert(place);
            } else if let Some(customary) = autonomous_county(name) {
                // An autonomous county or banner by its customary short form
                // (维西傈僳族自治县 → 维西县).
                map.entry(customary).or_insert(place);
            } else if let Some(customary) = banner_by_position(name) {
                map.entry(customary).or_insert(place);
            } else if level == "city"
                && name.chars().count() >= 4
                && let Some(league) = name.strip_suffix('盟')
            {
                // A league by its first character (锡林郭勒盟 → 锡盟, 阿拉善盟 → 阿盟).
                let first = league.chars().next().expect("a league has a name");
                map.entry(format!("{first}盟")).or_insert(place);
            }
        }
        // Counties made county-level cities since the table's codes (宁乡县 → 宁乡市)
        // are written with 市: the county, unless a place of that name exists.
        let renamed: Vec<(String, Place)> = map
            .iter()
            .filter_map(|(name, place)| Some((format!("{}市", name.strip_suffix('县')?), place.clone())))
            .filter(|(name, _)| name.chars().count() >= 3)
            .collect();
        for (name, place) in renamed {
            map.entry(name).or_insert(place);
        }
        let longest = map.keys().map(|k| k.chars().count()).max().unwrap_or(0);
        (map, longest)
    })
}

/// An autonomous county's (banner's) customary name: the place before its peoples and
/// 县 (旗): 维西傈僳族自治县 → 维西县, 鄂伦春自治旗 → 鄂伦春旗.
fn autonomous_county(name: &str) -> Option<String> {
    let (stem, suffix) = match name.strip_suffix("自治县") {
        Some(stem) => (stem, '县'),
        None => (name.strip_suffix("自治旗")?, '旗'),
    };
    let place = without_peoples(stem);
    (place.chars().count() >= 2).then(|| format!("{place}{suffix}"))
}

/// Whether `short` is `long` with only places' suffixes, 第 and 人民 left out (宜城南营
/// 红山卫生院 of 宜城市南营区红山镇卫生院, 市二中医医院 of 市第二中医医院, 某州一医院
/// of 某州第一人民医院): the same first and last characters, and something left out. A
/// central blood station is a 血站 too (某某血站 of 某某市中心血站), and a 疾控中心 a
/// 疾病预防控制中心 (某某市疾控中心 of 某某市疾病预防控制中心).
fn suffixes_dropped(short: &str, long: &str) -> bool {
    let (long, cdc) = match (long.strip_suffix("中心血站"), long.strip_suffix("疾病预防控制中心")) {
        (Some(stem), _) if !short.ends_with("中心血站") => (format!("{stem}血站"), false),
        (_, Some(stem)) if short.ends_with("疾控中心") => (format!("{stem}疾控中心"), true),
        _ => (long.to_string(), false),
    };
    // (The same name but for its kind written short.)
    if long == short {
        return cdc;
    }
    let (s, l): (Vec<char>, Vec<char>) = (short.chars().collect(), long.chars().collect());
    if s.len() < 4 || l.len() <= s.len() || s.first() != l.first() || s.last() != l.last() {
        return false;
    }
    let mut at = 0;
    for &c in &l {
        if s.get(at) == Some(&c) {
            at += 1;
        } else if !"市县区镇乡第省人民".contains(c) {
            return false;
        }
    }
    at == s.len()
}

/// Whether `short` abbreviates `long`, a university's numbered hospital (中山三院 of
/// 中山大学附属第三医院, 中山三院肇庆医院 of 中山大学附属第三医院肇庆医院): the same first
/// two and last characters, `short`'s characters found in `long` in their order, the
/// same numbers in both, and a university's word (`university_words.txt`) in `long`
/// that `short` leaves out.
fn numbered_abbreviation(short: &str, long: &str) -> bool {
    let (s, l): (Vec<char>, Vec<char>) = (short.chars().collect(), long.chars().collect());
    if s.len() < 4 || l.len() < s.len() + 3 || s[..2] != l[..2] || s.last() != l.last() {
        return false;
    }
    let numbers =
        |cs: &[char]| cs.iter().filter(|c| "一二三四五六七八九".contains(**c)).copied().collect::<Vec<char>>();
    let university = universities().iter().any(|u| long.contains(u) && !short.contains(u));
    let mut rest = l.iter();
    !numbers(&s).is_empty() && numbers(&s) == numbers(&l) && university && s.iter().all(|c| rest.any(|x| x == c))
}

/// A banner named by its position within a longer name, by its customary short form:
/// the name's first character, the wing and the position (科尔沁右翼前旗 → 科右前旗,
/// 土默特左旗 → 土左旗, 乌拉特中旗 → 乌中旗). Names of two characters before the
/// position are short already (巴林左旗).
fn banner_by_position(name: &str) -> Option<String> {
    let stem = name.strip_suffix('旗')?;
    let (stem, position) = stem.strip_suffix(['前', '中', '后', '左', '右']).map(|s| (s, &stem[s.len()..]))?;
    let (stem, wing) = match stem.strip_suffix("左翼").or_else(|| stem.strip_suffix("右翼")) {
        Some(s) => (s, &stem[s.len()..s.len() + '左'.len_utf8()]),
        None => (stem, ""),
    };
    let first = stem.chars().next()?;
    (stem.chars().count() >= 3).then(|| format!("{first}{wing}{position}旗"))
}

/// A name without the peoples it ends in (阿坝藏族羌族 → 阿坝), `ethnic_groups.txt`.
fn without_peoples(name: &str) -> String {
    static PEOPLES: OnceLock<Vec<&str>> = OnceLock::new();
    let peoples = PEOPLES.get_or_init(|| lexicon::words("ethnic_groups.txt").collect());
    let mut rest = name;
    while let Some(shorter) = peoples
        .iter()
        .find_map(|p| rest.strip_suffix('族').unwrap_or(rest).strip_suffix(p).filter(|s| s.chars().count() >= 2))
    {
        rest = shorter;
    }
    rest.to_string()
}

/// A division's name without its administrative suffix: 邵阳市 → 邵阳.
fn short_name(name: &str) -> String {
    static SUFFIXES: OnceLock<Vec<&str>> = OnceLock::new();
    let suffixes = SUFFIXES.get_or_init(|| lexicon::words("division_suffixes.txt").collect());
    suffixes.iter().find_map(|s| name.strip_suffix(s)).unwrap_or(name).to_string()
}

/// A county (or a county-level city) named without its suffix before the kind of a
/// county's hospital (阳西人民医院, 阳西总医院): the gazetteer leaves counties' short
/// names out, as two characters are often a word, but before these kinds they name the
/// county. So does a city's district (武进人民医院, 惠阳区 without 区) whose short name
/// no other county or district shares. Where the short name starts in `name`, and the
/// county.
fn county_by_short_name(name: &[char]) -> Option<(usize, &'static Place)> {
    const KINDS: [&str; 6] = ["人民医院", "中医医院", "中医院", "总医院", "妇幼保健院", "中西医结合医院"];
    static COUNTIES: OnceLock<HashMap<String, Place>> = OnceLock::new();
    let counties = COUNTIES.get_or_init(|| {
        let (map, _) = places();
        let mut counties = HashMap::new();
        let mut shared: HashMap<String, usize> = HashMap::new();
        for row in lexicon::rows("regions.tsv") {
            if let [full, "county", ..] = row[..]
                && let Some(short) = full.strip_suffix(['县', '市', '旗', '区'])
            {
                *shared.entry(short.to_string()).or_default() += 1;
            }
        }
        for row in lexicon::rows("regions.tsv") {
            let [full, "county", province, city] = row[..] else { continue };
            let customary = autonomous_county(full);
            let Some(short) = customary.as_deref().unwrap_or(full).strip_suffix(['县', '市', '旗', '区']) else {
                continue;
            };
            let district = full.ends_with('区');
            if short.chars().count() == 2
                && !map.contains_key(short)
                && !(district && shared.get(short).is_some_and(|&n| n > 1))
            {
                let region = if city.is_empty() { province.to_string() } else { format!("{province}{city}") };
                counties.entry(short.to_string()).or_insert(Place { region, name: full.to_string(), province: false });
            }
        }
        counties
    });
    (0..name.len().saturating_sub(2)).find_map(|k| {
        let short: String = name[k..k + 2].iter().collect();
        let rest: String = name[k + 2..].iter().collect();
        // 解放军 is the army, whose hospitals (解放军总医院) are no district's (解放区).
        if short == "解放" && rest.starts_with('军') {
            return None;
        }
        let county = counties.get(&short)?;
        // …or its numbered hospital (广水一医院, 宜城第二人民医院).
        let unnumbered = rest.trim_start_matches('第');
        let numbered = unnumbered
            .strip_prefix(|c| "一二三四五六七八九".contains(c))
            .is_some_and(|kind| kind.starts_with("医院") || KINDS.iter().any(|k| kind.starts_with(k)));
        (KINDS.iter().any(|kind| rest.starts_with(kind)) || numbered || k == 0 && named_after_county(&rest))
            .then_some((k, county))
    })
}

/// Whether what follows a county's short name at the start of a name is a hospital's
/// own name of two characters (湄潭|家礼医院, a private hospital), or a name and what
/// the hospital treats (慈溪|蓝十字脑科医院), not a kind.
fn named_after_county(rest: &str) -> bool {
    let Some(stem) = rest.strip_suffix("医院") else { return false };
    // Or a name of up to four characters and what the hospital treats (慈溪|蓝十字脑科医院).
    let named = specialties()
        .iter()
        .filter_map(|w| stem.strip_suffix(w))
        .any(|name| (1..=4).contains(&name.chars().count()) && proper_stem(name));
    // 和 ending two characters is a name's (三和, 康和, 仁和), not a conjunction.
    let harmony = stem.chars().count() == 2 && stem.ends_with('和') && stem.chars().all(is_han);
    (stem.chars().count() == 2 && (proper_stem(stem) || harmony) || named) && !only_generic(rest) && !kind_phrase(rest)
}

/// The longest place written at the start of `chars[at..]`: (place, characters).
fn place_at(chars: &[char], at: usize) -> Option<(&'static Place, usize)> {
    let (map, longest) = places();
    let mut word = String::with_capacity(4 * longest);
    (2..=(*longest).min(chars.len() - at)).rev().find_map(|n| {
        word.clear();
        word.extend(&chars[at..at + n]);
        map.get(word.as_str()).map(|p| (p, n))
    })
}

/// Where a place of the gazetteer (青海省, 邵阳, 越城区) or a whole division (全市,
/// 全省, 全国) ends `chars[..end]`: where that place starts.
pub(crate) fn place_ending_at(chars: &[char], end: usize) -> Option<usize> {
    // Whole divisions, and the one the text has named (该县共有村卫生室218个).
    let whole = [
        "全市", "全省", "全国", "全县", "全区", "全州", "全旗", "全镇", "全乡", "该市", "该县", "该区", "该州", "该镇",
        "该乡", "该村", "当地",
    ];
    if whole.iter().any(|w| ends_with(chars, end, w)) {
        return Some(end - 2);
    }
    let (map, longest) = places();
    let mut word = String::with_capacity(4 * longest);
    (2..=(*longest).min(end)).rev().find_map(|n| {
        word.clear();
        word.extend(&chars[end - n..end]);
        map.contains_key(word.as_str()).then_some(end - n)
    })
}

/// A hospital's designation at the end of `name`: three or more numerals before 医院,
/// with their 第 (六七二医院, 第九〇四医院).
fn designation_tail(name: &str) -> Option<&str> {
    let stem = name.strip_suffix("医院")?;
    // Its zero may be written as a figure or a letter (七0二, 三二O一, 三二○一).
    let run: Vec<char> = stem.chars().rev().take_while(|c| "〇零○0Oo一二三四五六七八九".contains(*c)).collect();
    let numerals = run.iter().filter(|c| "一二三四五六七八九".contains(**c)).count();
    if run.len() < 3 || numerals < 2 {
        return None;
    }
    let mut at = stem.len() - run.iter().map(|c| c.len_utf8()).sum::<usize>();
    if stem[..at].ends_with('第') {
        at -= '第'.len_utf8();
    }
    Some(&name[at..])
}

/// The enterprises of `enterprise_owners.txt`, whose names their hospitals keep.
fn enterprise_owners() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&str>> = OnceLock::new();
    WORDS.get_or_init(|| lexicon::words("enterprise_owners.txt").collect())
}

/// A hospital named by an armed service, a theatre or a national body alone before its
/// kind (`service_owners.txt`: 东部战区总医院, 火箭军特色医学中心, 应急总医院): the
/// name at the end of `name`, from the body on.
fn service_hospital(name: &str) -> Option<&str> {
    static WORDS: OnceLock<Vec<&str>> = OnceLock::new();
    let owners = WORDS.get_or_init(|| lexicon::words("service_owners.txt").collect());
    let stem = ["总医院", "特色医学中心"].iter().find_map(|k| name.strip_suffix(k))?;
    // The longest body the stem ends in (中国人民解放军, not its 解放军), and the bodies
    // it belongs to before it (中国人民解放军|东部战区).
    let longest = |stem: &str| owners.iter().filter(|o| stem.ends_with(*o)).map(|o| o.len()).max();
    let mut from = stem.len() - longest(stem)?;
    while let Some(n) = longest(&stem[..from]) {
        from -= n;
    }
    Some(&name[from..])
}

/// The words of `bare_hospital_words.txt`.
fn bare_words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&str>> = OnceLock::new();
    WORDS.get_or_init(|| lexicon::words("bare_hospital_words.txt").collect())
}

/// Whether the part of a name before its institution word (医院, 卫生院, 保健院 …) is
/// made of the words of `generic_hospital_words.txt` alone (公立, 优秀二级, 三甲): the
/// kind of a hospital, not its name.
fn only_generic(rest: &str) -> bool {
    static WORDS: OnceLock<Vec<&str>> = OnceLock::new();
    let words = WORDS.get_or_init(|| lexicon::words("generic_hospital_words.txt").collect());
    let mut stem =
        ["医院", "卫生院", "保健院", "中心", "诊所"].iter().find_map(|s| rest.strip_suffix(s)).unwrap_or(rest);
    if stem.is_empty() {
        return false;
    }
    // A count of hospitals (三家医院, 两所医院, 几家, 两大医院) is no name either.
    let mut count = stem.chars();
    if count.next().is_some_and(|c| "一二两三四五六七八九十几多数各".contains(c))
        && count.next().is_some_and(|c| "家所大些座个类".contains(c))
    {
        return true;
    }
    // Nor is a place's big hospital (衡阳大医院: the city's big hospitals, as people say),
    // nor its every hospital (某市各医院).
    if stem == "大" || stem == "各" {
        return true;
    }
    while let Some(word) = words.iter().find(|w| stem.starts_with(**w)) {
        stem = &stem[word.len()..];
    }
    stem.is_empty()
}

/// Whether the 市 (县, 区) of a short form only says where the hospital is
/// (市潭中人民医院, written 潭中人民医院 elsewhere in the text): the part before the
/// hospital's kind is a name of two characters or more — not an ordinal (市第一人民医院),
/// not a kind (市中心医院, 市妇幼保健院) — and the text also writes it without the mark.
fn locator_only(rest: &str, text: &str) -> bool {
    let stem = ["人民医院", "中医医院", "中医院", "中心医院", "医院", "卫生院", "保健院"]
        .iter()
        .find_map(|s| rest.strip_suffix(s))
        .unwrap_or("");
    stem.chars().count() >= 2
        && stem.chars().all(is_han)
        && !stem.starts_with(|c| "一二三四五六七八九十第".contains(c))
        && !bare_words().iter().any(|w| stem.starts_with(w) || stem.ends_with(w))
        && !only_generic(rest)
        && text.match_indices(rest).any(|(at, _)| !text[..at].ends_with(['市', '县', '区', '省']))
}

/// Whether what follows a place is a phrase about a kind of hospital rather than a
/// name: it ends in a kind word before 医院 (某市…公立医院, 县要求各公立医院) or begins
/// with one (省公立中医医院), or it begins with a mark for a withheld name (上海市某医院,
/// x市x医院).
fn kind_phrase(rest: &str) -> bool {
    static WORDS: OnceLock<Vec<&str>> = OnceLock::new();
    let words = WORDS.get_or_init(|| lexicon::words("generic_hospital_words.txt").collect());
    let stem = ["医院", "卫生院", "保健院"].iter().find_map(|s| rest.strip_suffix(s)).unwrap_or(rest);
    // …or it begins with one (湖南省公立中医医院, 全省三级中医医院): a class of them.
    rest.starts_with(is_anonymiser)
        || !stem.is_empty() && words.iter().any(|w| stem.ends_with(w) || stem.starts_with(w))
}

/// Kinds' phrases (`generic_hospital_words.txt`) that hospitals also take for a name
/// (石家庄平安医院, a private hospital; 平安医院 is a safe-hospital campaign's too).
const GENERIC_NAMES: &[&str] = &["平安医院"];

/// Who may run a general hospital, alone before 总医院: a group's (集团总医院) is
/// no name, though a named group's is (鞍钢集团总医院).
const OWNERS_ALONE: &[&str] = &["集团", "企业", "公司", "城市", "城区", "市区", "地区", "区域"];

/// Whether a bare name (华西医院) is a common phrase instead: its part before 医院
/// starts or ends with a word of `bare_hospital_words.txt` (人民医院, 公立医院, 这家
/// 医院), or is not a noun as jieba tags it (加强医院, 按照医院, 伴随着医院) — unless it
/// is a designation number (九〇三医院) or a name the text keeps using for other things
/// too (康禾医院, 康禾志愿者: a word jieba does not know is a proper name when
/// it recurs).
fn bare_generic(name: &str, text: &str) -> bool {
    let words = bare_words();
    let stem = ["医院", "卫生院", "保健院"].iter().find_map(|s| name.strip_suffix(s)).unwrap_or(name);
    // An enterprise's or a body's general hospital (鞍钢总医院, 开滦总医院): 总 is the
    // kind's, the name is before it.
    let stem = stem.strip_suffix('总').filter(|s| s.chars().count() >= 2).unwrap_or(stem);
    // A kind of hospital by its type (研究型医院, 创新型医院) is a goal, not a name;
    // so is one made so (现代化医院), and a verb in 化 says what is done to the
    // hospital (深化医院改革, 美化医院环境).
    // What a hospital treats alone (儿科医院, 老年病医院) is a kind, not a name; the
    // country's alone (中国医院, a journal's name; 我国医院) is all its hospitals.
    if stem.chars().count() < 2
        || matches!(stem, "中国" | "我国")
        || stem.ends_with(['型', '化'])
        || OWNERS_ALONE.contains(&stem)
        || specialties().contains(&stem)
        || words.iter().any(|w| stem.ends_with(w) || stem.starts_with(w))
    {
        return true;
    }
    let number = stem.trim_start_matches('第');
    if number.chars().count() >= 3 && number.chars().all(|c| "〇零一二三四五六七八九".contains(c)) {
        return false;
    }
    if corps_division(stem) {
        return false;
    }
    let tags = crate::segment::jieba().tag(stem, false);
    let nouns = tags.iter().all(|t| matches!(t.tag, "n" | "nr" | "ns" | "nt" | "nz" | "nrt" | "nrfg" | "j" | "x"));
    // A word jieba knows (按照, 加强) is what it says; one it cuts in pieces is a name
    // when the text uses it for other things too (康禾集团, 康禾志愿者).
    let elsewhere = text.match_indices(stem).filter(|&(at, _)| !text[at..].starts_with(name)).count();
    // A township's health centre is named after its town, a word jieba cuts in single
    // characters (五夫卫生院): no phrase ends in 卫生院 so.
    let unknown = tags.len() >= 2 && tags.iter().all(|t| t.word.chars().count() == 1);
    let town = name.ends_with("卫生院") && unknown;
    // So is a hospital's: a word jieba does not know, named again and again (独墅湖医院)
    // or as the body its Party committee belongs to (阜外医院党委) — when it opens with
    // a name's character, not a verb's or a function word's (会|前医院党委: before the
    // meeting).
    let organ = || {
        !matches!(tags[0].tag, "v" | "p" | "d" | "c" | "r" | "u" | "m" | "q")
            && text
                .match_indices(name)
                .any(|(at, _)| PARTY_ORGANS.iter().any(|o| text[at + name.len()..].starts_with(o)))
    };
    let recurring = unknown && (text.matches(name).count() >= 2 || organ());
    !nouns && !town && !recurring && (tags.len() < 2 || elsewhere < 2)
}

/// A famous hospital's short name with its number (华西第二医院, 湘雅三医院): a proper
/// noun of two or three characters that jieba knows for a place, a person or a brand,
/// no common word, then the number (第一 … 第九, or 一 … 九 alone).
fn numbered_short_name(name: &str) -> bool {
    let Some(stem) = name.strip_suffix("医院") else { return false };
    let Some(before) = stem.strip_suffix(|c| "一二三四五六七八九".contains(c)) else { return false };
    let core = before.strip_suffix('第').unwrap_or(before);
    (2..=3).contains(&core.chars().count())
        && !bare_words().iter().any(|w| core.starts_with(w) || core.ends_with(w))
        && crate::segment::jieba().tag(core, false).iter().all(|t| matches!(t.tag, "nr" | "ns" | "nz"))
}

/// A corps division's hospital, by what comes before 医院 (第一师, 第十三师, 第四师总,
/// 四师总).
fn corps_division(stem: &str) -> bool {
    stem.trim_start_matches('第')
        .trim_end_matches('总')
        .strip_suffix('师')
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| "一二三四五六七八九十".contains(c)))
}

/// What a university's own page calls its hospital, at the end of `name`: 附属医院,
/// 附属第一医院, 附属 and what it treats (附属口腔医院, `specialty_hospital_words.txt`),
/// or 附属 and the hospital's own short name (附属瑞金医院, 附属某某医院: its place or
/// a bare name of two or three characters, no common word) — not every such hospital
/// (各附属医院, 直属及附属医院).
fn affiliated_name(name: &str) -> Option<&str> {
    let at = name.rfind("附属")?;
    let kind = name[at..].strip_prefix("附属")?.strip_suffix("医院")?;
    let numbered = kind.strip_prefix('第').is_some_and(|n| n.chars().count() == 1 && "一二三四五六七八九".contains(n));
    let own = (2..=3).contains(&kind.chars().count())
        && kind.chars().all(is_han)
        && !kind.starts_with('第')
        && !bare_words().iter().any(|w| kind.starts_with(w) || kind.ends_with(w));
    let named = kind.is_empty() || numbered || own || kind == "人民" || specialties().contains(&kind);
    // Its number before 附属 is part of it (学校第二附属医院 → 第二附属医院).
    let before: Vec<char> = name[..at].chars().collect();
    let at = match before.as_slice() {
        [.., '第', n] if "一二三四五六七八九".contains(*n) => at - '第'.len_utf8() - n.len_utf8(),
        _ => at,
    };
    // Nor a kind of school's (医学院校附属医院: such hospitals in general).
    let general =
        name[..at].ends_with(['各', '所', '等', '全', '直', '非', '及', '和']) || name[..at].ends_with("院校");
    (named && !general).then(|| &name[at..])
}

/// A specialist hospital's bare name at the end of `name` (东海老年护理医院, 到访|梅山
/// 口腔医院): what the hospital treats or serves (`specialty_hospital_words.txt`)
/// before 医院, after a stem of two to four characters that passes the bare-name
/// test — the shortest that does, so that a verb before the name is left out.
fn specialty_named<'n>(name: &'n str, text: &str) -> Option<&'n str> {
    let before = name.strip_suffix("医院")?;
    let stem = specialties().iter().filter_map(|w| before.strip_suffix(w)).min_by_key(|s| s.len())?;
    let chars: Vec<(usize, char)> = stem.char_indices().collect();
    (2..=4.min(chars.len())).find_map(|n| {
        let from = chars[chars.len() - n].0;
        let stem = &stem[from..];
        let passes = stem.chars().all(is_han)
            && (university_short_form(stem)
                || !only_generic(&format!("{stem}医院")) && !bare_generic(&format!("{stem}医院"), text));
        passes.then(|| &name[from..])
    })
}

/// Whether `stem` is a university's short form, one character and 大 (南大, 川大, 浙大):
/// a word jieba knows as a name or an abbreviation, or one it cuts after a place's or a
/// name's character (南|大, 川|大) — not an adjective or a verb (重大, 广大, 加大), an
/// adverb's or a verb's character before 大 (更|大, 做|大) or a number (十大).
fn university_short_form(stem: &str) -> bool {
    let chars: Vec<char> = stem.chars().collect();
    if chars.len() != 2
        || chars[1] != '大'
        || !is_han(chars[0])
        || "一二三四五六七八九十百千万两几".contains(chars[0])
        || bare_words().iter().any(|w| stem.starts_with(w))
    {
        return false;
    }
    let name_like = |tag: &str| matches!(tag, "j" | "ns" | "nz" | "nt" | "nr" | "n" | "f");
    match crate::segment::jieba().tag(stem, false).as_slice() {
        [word] => name_like(word.tag),
        [first, _] => name_like(first.tag),
        _ => false,
    }
}

/// Where a second news item on the page begins: a line or sentence opening with 又讯
/// or 另讯 ("also reported"), the page's length if none does.
fn another_item(chars: &[char]) -> usize {
    (0..chars.len().saturating_sub(2))
        .find(|&i| {
            matches!(chars[i], '又' | '另')
                && matches!(chars[i + 1], '讯' | '訊')
                && (i == 0 || matches!(chars[i - 1], '\n' | '。' | ' ' | '\u{3000}'))
                && matches!(chars[i + 2], ':' | '：' | ',' | '，' | ' ')
        })
        .unwrap_or(chars.len())
}

/// How many characters at the start of `chars` are words of time or direction, by
/// jieba's tags (当天下午, 今年以来): no part of a name they run into.
fn leading_time(chars: &[char]) -> usize {
    let text: String = chars.iter().collect();
    let tags = crate::segment::jieba().tag(&text, false);
    tags.iter().take_while(|t| matches!(t.tag, "t" | "f")).map(|t| t.word.chars().count()).sum()
}

/// A specialist hospital named by what it treats alone, as the actor of its own news
/// (肿瘤医院党总支召开…, 口腔医学院(口腔医院)党总支…): when the text names no hospital
/// in full, its own people write of it so, and readers take the bare name. Its Party
/// organ follows right after it and no character of a name comes before it, so that a
/// name cut short (某市肿瘤医院党委) or a phrase (该肿瘤医院) is not read this way.
/// The name and where it is.
///
/// So is one written so again and again after a word that cannot end a name (他认为,
/// 中医院作为…, 肯定了中医院在…): at least twice, not a school's (中医院校).
fn bare_specialty_actor(text: &str) -> Option<(String, usize)> {
    // Each bare name written after a word that ends no name, not a school's: (name,
    // first character, how often).
    let mut seen: Vec<(String, usize, usize)> = Vec::new();
    let mut count = |start: usize, end: usize| {
        let apart = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !is_han(c) || "对了在是为与和到向从由将把被让使给及".contains(c));
        if apart && !text[end..].trim_start_matches([')', '）']).starts_with('校') {
            let name = &text[start..end];
            match seen.iter_mut().find(|(n, _, _)| n == name) {
                Some(entry) => entry.2 += 1,
                None => seen.push((name.to_string(), text[..start].chars().count(), 1)),
            }
        }
    };
    let mut from = 0;
    while let Some(at) = text[from..].find("医院").map(|n| from + n) {
        from = at + "医院".len();
        let before = &text[..at];
        let Some(kind) = specialties().iter().filter(|w| before.ends_with(*w)).max_by_key(|w| w.len()) else {
            continue;
        };
        let start = before.len() - kind.len();
        let opens = text[..start].chars().next_back().is_none_or(|c| !is_han(c));
        let after = text[from..].trim_start_matches([')', '）']);
        if opens && PARTY_ORGANS.iter().any(|o| after.starts_with(o)) {
            return Some((text[start..from].to_string(), text[..start].chars().count()));
        }
        count(start, from);
    }
    // 中医院 is 中医 and 院, not a kind before 医院.
    for (start, name) in text.match_indices("中医院") {
        count(start, start + name.len());
    }
    seen.into_iter()
        .filter(|&(_, _, n)| n >= 2)
        .max_by_key(|&(_, first, n)| (n, std::cmp::Reverse(first)))
        .map(|(name, first, _)| (name, first))
}

/// A hospital named after a development zone the gazetteer does not hold
/// (高新区人民医院, 双桥经开区人民医院): (the zone, the rest of the name).
fn zone_named(name: &str) -> Option<(String, String)> {
    static ZONE: OnceLock<Regex> = OnceLock::new();
    let zone = ZONE.get_or_init(|| {
        Regex::new(r"^(\p{Han}{0,4}?(?:经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|保税区))(\p{Han}{2,})$")
            .expect("a valid pattern")
    });
    let c = zone.captures(name)?;
    let rest = c[2].to_string();
    (rest.chars().count() >= 2 && !only_generic(&rest) && !kind_phrase(&rest)).then(|| (c[1].to_string(), rest))
}

/// The length of the brand that ends `before` (a group's or a university's name:
/// 北大医疗, 湘雅), when a city's short name follows it: the longest end of two to
/// four characters that jieba tags as nouns alone, or a whole hospital's name.
fn branded_city(before: &[char]) -> Option<usize> {
    // A hospital's branch in a city is named after the hospital (某某大学某某医院|桂林
    // 医院): the whole name before the city.
    if before.len() >= 4 && before.ends_with(&['医', '院']) {
        return Some(before.len());
    }
    // …or after its university, with the university's place (南京医科大学|常州医院,
    // 西南交通大学|成都医院).
    let written: String = before.iter().collect();
    if let Some(word) = universities().iter().find(|w| written.ends_with(*w)) {
        let mut n = word.chars().count();
        let kind: String = before.iter().rev().skip(n).take(2).rev().collect();
        if UNIVERSITY_KINDS.contains(&kind.as_str()) {
            n += 2;
        }
        // The place the gazetteer knows, whatever its length (哈尔滨|医科大学), else two
        // characters.
        let place =
            place_ending_at(before, before.len() - n.min(before.len())).map_or(2, |start| before.len() - n - start);
        if before.len() >= n + place {
            return Some(n + place);
        }
    }
    // …or after its numbered short form (中山一院|贵州医院).
    if let [.., a, b, n, '院'] = before
        && "一二三四五六七八九".contains(*n)
        && crate::clean::is_han(*a)
        && crate::clean::is_han(*b)
    {
        return Some(4);
    }
    (2..=4.min(before.len())).rev().find(|&n| {
        let brand: String = before[before.len() - n..].iter().collect();
        let tags = crate::segment::jieba().tag(&brand, false);
        brand.chars().all(is_han)
            && !bare_words().iter().any(|w| brand.starts_with(w) || brand.ends_with(w))
            && tags.iter().all(|t| matches!(t.tag, "n" | "nz" | "nt" | "ns" | "nr" | "j"))
    })
}

/// Whether 省医院 (市医院, 县医院, 区医院) is the name a text gives its hospital: it
/// uses the form at least twice, and once with the hospital's Party organisation a
/// few characters after it (省医院外科党总支, 县医院党委), or once with the
/// organisation a few characters after it — not a kind of hospital (县医院能力建设).
fn province_short_form(name: &str, text: &str) -> bool {
    if name == "总医院" {
        return general_hospital(text);
    }
    if name.chars().count() != 3 || !name.ends_with("医院") || !name.starts_with(['省', '市', '县', '区']) {
        return false;
    }
    // 全市医院, 各县医院 are every hospital of a place.
    let uses: Vec<usize> = text
        .match_indices(name)
        .filter(|&(at, _)| !text[..at].ends_with(['全', '各', '每', '该', '本', '我']))
        .map(|(at, _)| at + name.len())
        .collect();
    // …or once, when its Party organisation follows it at once (市医院党总支组织…) or
    // after a department's name (县医院内科第三党支部): the text's own body, named by its
    // people.
    let organ_after = |after: usize| {
        let next: String = text[after..].chars().take(10).take_while(|&c| is_han(c)).collect();
        PARTY_ORGANS.iter().any(|o| next.contains(o))
    };
    uses.len() >= 2
        && uses.iter().any(|&after| {
            let next: String = text[after..].chars().take(6).take_while(|&c| is_han(c)).collect();
            next.contains('党')
        })
        || uses.len() == 1 && organ_after(uses[0])
}

/// Whether 总医院 is the name a text gives its hospital (a group's or an army's
/// general hospital, called so by its own staff): used at least twice on its own — at a
/// clause's start or after a preposition (在总医院, 总医院召开…), not the end of a
/// longer name.
fn general_hospital(text: &str) -> bool {
    text.match_indices("总医院")
        .filter(|&(at, _)| {
            text[..at].chars().next_back().is_none_or(|c| !is_han(c) || "在到为是对由和与及从向".contains(c))
        })
        .count()
        >= 2
}

/// A bare name of four characters before its institution word (和平友谊医院,
/// 湘江衡阳医院): every word of it a noun as jieba tags it (中日友好 is not: 友好 is an
/// adjective), and no word of `bare_hospital_words.txt` at its ends.
fn long_bare_name(name: &str, text: &str) -> bool {
    let Some(stem) = ["医院", "卫生院", "保健院"].iter().find_map(|s| name.strip_suffix(s)) else {
        return false;
    };
    let stem = stem.strip_suffix('总').unwrap_or(stem);
    if !stem.chars().all(is_han) || only_generic(name) || kind_phrase(name) {
        return false;
    }
    // An organisation's name as jieba knows it, with 中心 after it or not (胜利油田
    // 中心医院): its hospital, however long the name.
    let body = stem.strip_suffix("中心").unwrap_or(stem);
    if (3..=6).contains(&body.chars().count()) && body != stem {
        let tags = crate::segment::jieba().tag(body, false);
        if tags.len() == 1 && tags[0].tag == "nt" {
            return true;
        }
    }
    // A memorial hospital is named after a person (孙逸仙纪念医院, 白求恩纪念医院): a
    // name of two to four characters before 纪念.
    if let Some(person) = stem.strip_suffix("纪念")
        && (2..=4).contains(&person.chars().count())
        && !bare_words().iter().any(|w| person.starts_with(w))
    {
        return true;
    }
    // A state farm's, forest farm's or ranch's hospital (鸭绿河农场医院, 八五三农场医院):
    // the farm's name before it, whatever jieba makes of it (鸭/ns|绿/a|河, a number).
    if let Some(farm) = ["农场", "林场", "牧场"].iter().find_map(|w| stem.strip_suffix(w))
        && (2..=4).contains(&farm.chars().count())
        && !bare_words().iter().any(|w| farm.starts_with(w))
    {
        return true;
    }
    if stem.chars().count() != 4 {
        return false;
    }
    if bare_words().iter().any(|w| stem.starts_with(w) || stem.ends_with(w)) || bare_generic(name, text) {
        return false;
    }
    // One word tagged as an organisation's name (航天中心/nt) is a name too; so is one
    // jieba knows no word of, cutting it into single characters (a town's and a
    // founder's name: 某隆世济), when the text writes it more than once.
    let tags = crate::segment::jieba().tag(stem, false);
    let twice = text.matches(name).count() >= 2;
    let unknown = tags.len() == 4 && twice;
    // Common nouns only (科学|谋划 医院“十四五”规划: what is planned for the hospital)
    // make a name only when the text writes it more than once.
    let common = tags.iter().all(|t| t.tag == "n");
    tags.len() >= 2
        && tags.iter().all(|t| matches!(t.tag, "n" | "nr" | "ns" | "nt" | "nz" | "nrt" | "nrfg"))
        && (!common || twice)
        || tags.len() == 1 && tags[0].tag == "nt"
        || unknown
}

/// A national centre, named after the country as a province's is after the province
/// (中国疾控中心, 中国疾病预防控制中心: a kind of `PLACED_ONLY` right after 中国): the
/// name at the end of `name`, from 中国 on — when the text is its own: it names the
/// centre again, its Party organ acts (中国疾控中心党委…), or it speaks for it
/// (我们代表中国疾控中心…), not once as the parent one of its institutes reports to.
fn national_centre<'a>(name: &'a str, text: &str) -> Option<&'a str> {
    let at = name.rfind("中国")?;
    let named = &name[at..];
    if !PLACED_ONLY.contains(&&named["中国".len()..]) {
        return None;
    }
    // …or once as the actor, its Party organ after it (中国疾病预防控制中心党委…).
    let actor =
        text.match_indices(named).any(|(b, _)| PARTY_ORGANS.iter().any(|o| text[b + named.len()..].starts_with(o)));
    (text.matches(named).count() >= 2 || name[..at].ends_with("代表") || actor).then_some(named)
}

/// A people's hospital or a township's central health centre named after a place the
/// gazetteer does not hold (a forest bureau's, a farm's, a town's: 沾河人民医院, 吴滩
/// 中心卫生院): a stem of two or three characters before the kind that reads as a name.
fn unplaced_named(name: &str) -> bool {
    ["人民医院", "中心卫生院"]
        .iter()
        .filter_map(|kind| name.strip_suffix(kind))
        .any(|stem| (2..=3).contains(&stem.chars().count()) && proper_stem(stem))
}

/// Whether a short stem before a hospital's kind reads as its own name: Han characters
/// only, no word of `bare_hospital_words.txt` at its ends (全县, 人民), and no verb,
/// adjective, pronoun, number or other function word as jieba tags it (为人民医院,
/// 支持人民医院, 我市人民医院) — a name jieba cannot read is fine.
fn proper_stem(stem: &str) -> bool {
    if !stem.chars().all(is_han) || bare_words().iter().any(|w| stem.starts_with(w) || stem.ends_with(w)) {
        return false;
    }
    // A numeral is a word of its own (三医院), but not inside a name jieba cuts into
    // single characters and tags as adjective and numeral (长|九医院).
    let numeral = |w: &str| w.chars().all(|c| "一二三四五六七八九十百千万零〇两第几".contains(c));
    let tags = crate::segment::jieba().tag(stem, false);
    let characters = tags.len() > 1 && tags.iter().all(|t| t.word.chars().count() == 1);
    !tags.iter().enumerate().any(|(i, t)| {
        matches!(t.tag, "v" | "vn" | "vd" | "p" | "r" | "d" | "c" | "u" | "ad" | "f" | "t")
            || t.tag == "a" && !characters
            || t.tag == "m" && numeral(t.word) && (i == 0 || !characters)
    })
}

/// A community or township health centre's name without a place of the gazetteer
/// before it (桃溪街道社区卫生服务中心, 城南社区卫生服务中心, 梅岭镇卫生院, 上某某镇中心
/// 卫生院): a street, town or village name and the kind.
fn community_centre(name: &str) -> bool {
    let (stem, needs_place) =
        match name.strip_suffix("社区卫生服务中心").or_else(|| name.strip_suffix("社区卫生服务站")) {
            Some(stem) => (stem, false),
            None => {
                (["卫生服务中心", "中心卫生院", "卫生院"].iter().find_map(|s| name.strip_suffix(s)).unwrap_or(""), true)
            }
        };
    (2..=8).contains(&stem.chars().count())
        && stem.chars().all(is_han)
        && (!needs_place
            || ["街道", "镇", "乡", "社区", "村"].iter().any(|w| stem.ends_with(w) && stem.len() > w.len()))
        && !bare_words().iter().any(|w| stem.starts_with(w))
        && !only_generic(name)
}

/// The place a name in `chars[start..end]` starts at, leaving room for a name after
/// it: (its position, the place, its length). A run of places (绍兴市越城区) starts at
/// its first; when words that are no place stand between two runs (某市某区某街道非公企业|
/// 某某口腔医院), the name starts at the last run: what comes before it
/// says who runs the hospital.
fn first_place(chars: &[char], start: usize, end: usize) -> Option<(usize, &'static Place, usize)> {
    let mut found = None;
    let mut run_end = None;
    let mut k = start;
    // A place starts a word: one inside a word jieba reads (澳洋华安|康复医院 holds 安康
    // across two words) is none — but for the Party's 中共 that jieba glues to a
    // province (中共广东).
    let mut word_starts = None;
    let mid_word = |k: usize, starts: &mut Option<Vec<usize>>| {
        let starts = starts.get_or_insert_with(|| {
            let span: String = chars[start..end].iter().collect();
            crate::segment::jieba()
                .tag(&span, false)
                .iter()
                .flat_map(|t| {
                    let at = start + t.start;
                    [Some(at), t.word.starts_with("中共").then_some(at + 2)]
                })
                .flatten()
                .collect()
        });
        starts.binary_search(&k).is_err()
    };
    while k < end.saturating_sub(2) {
        match place_at(chars, k).filter(|_| !mid_word(k, &mut word_starts)) {
            Some((p, n)) => {
                if run_end != Some(k) && end - (k + n) >= 2 {
                    found = Some((k, p, n));
                }
                run_end = Some(k + n);
                k += n;
            }
            None => k += 1,
        }
    }
    found
}

#[derive(Debug, Clone)]
struct Hospital {
    name: String,
    region: String,
    first: usize,
}

/// The longest name looked back for, in characters: a district's community health
/// centre with its city (武汉市某某区某某街社区卫生服务中心) runs to twenty.
const MAX_NAME: usize = 22;

/// Characters that cannot be inside a hospital's name (they end the look back). 和 is
/// one only on a first look: it joins two names (市一院和市中医院) but is part of some
/// (北京协和医院), so a span that names nothing is read again across it.
fn ends_name(c: char, across_he: bool) -> bool {
    !is_han(c)
        || "的在与及对为是了把将由从向到等于就被让给使以及年月日讯该本我其".contains(c)
        || c == '和' && !across_he
}

/// Where a look back stopped at `start` (on a character of [`ends_name`]) should go on
/// from, when that character is inside a word of the name: a place (日照市, 于都县,
/// 和平区 — ending before `end`), a word with 年 (老年病医院, 青少年) or a town's name
/// with 日 or 月 (某日克镇). `None`: it ends the name.
fn across_stop(chars: &[char], start: usize, end: usize) -> Option<usize> {
    let stop = start.checked_sub(1).filter(|&s| is_han(chars[s]))?;
    let place =
        (stop.saturating_sub(3)..=stop).find(|&q| place_at(chars, q).is_some_and(|(_, n)| q + n > stop && q + n < end));
    if place.is_some() {
        return place;
    }
    if chars[stop] == '年' && stop > 0 && "老青少幼童".contains(chars[stop - 1]) {
        return Some(stop - 1);
    }
    // A town's or township's name written in sounds (塔什艾日克镇) may hold 日 or 月: not a
    // date's when no number is before it and 镇 or 乡 follows within a few characters.
    let dated = |c: char| c.is_ascii_digit() || "〇零一二三四五六七八九十廿卅今昨明次当每同节生".contains(c);
    let town = chars[stop + 1..end.min(stop + 5)].iter().any(|&c| matches!(c, '镇' | '乡'));
    (matches!(chars[stop], '日' | '月') && stop > 0 && is_han(chars[stop - 1]) && !dated(chars[stop - 1]) && town)
        .then_some(stop)
}

/// The hospital a text calls by its number only (市二院, 省三院, 三院, or after a
/// university's abbreviation: 浙医一院), by its university's abbreviation and its kind
/// (延大附院, 浙大妇院), as 县人医 (the people's hospital) or 市妇幼, as 附院 or 一附院
/// (the affiliated hospital, the first of them; a medical college's with its short name
/// before it: 南阳医专一附院) or 校医院 (a school's own), or as a place's 人医 (佛冈人医,
/// named in full: 佛冈县人民医院): the most used such form, with its count, first
/// character position and region (a place's 人医 only). A form without 市/省/县/区 or
/// a university must be used twice and once before its Party organisation (三院党委).
fn numbered_short_form(text: &str) -> Option<(String, usize, usize, String)> {
    static FORM: OnceLock<Regex> = OnceLock::new();
    // The prefix: 市 (省, 县, 区), or a university's abbreviation — one character
    // and 医 or 医大 (浙医一院, 哈医大二院, 温医附一院), or and 大 (浙大二院, 北大一院).
    // Or a university's hospital by its kind: one character and 大, 医 or 医大, then
    // 附院, 附一院, 一附院, 妇院 or 儿院 (川大附院, 浙大妇院, 重医附二院, 郑大一附院).
    let form = FORM.get_or_init(|| {
        Regex::new(r"([市省县区]|\p{Han}医大?附?|\p{Han}大)?([一二三四五六七八九])院|(\p{Han}(?:医大|大|医)(?:附[一二三四五六七八九]?|[妇儿]|[一二三四五六七八九]附))院|([省市县区]人医|[市省县区]妇幼(?:中心)?|[市县区]妇保院|校医院|[市县区]口腔|附属[一二三四五六七八九]院)|([一二三四五六七八九]附院|附[一二三四五六七八九]院)|附院|(第[一二三四五六七八九十]{1,2}(?:人民|中|中西医结合)?医院|[一二三四五六七八九]医院)")
            .unwrap()
    });
    let mut forms: HashMap<String, (usize, bool, usize, bool)> = HashMap::new();
    let chars: Vec<char> = text.chars().collect();
    // Ordinal hospitals written after their place (form → the full name, where it
    // starts), and those written after a withheld one (某市第二医院).
    let mut placed: HashMap<String, (String, usize)> = HashMap::new();
    let mut withheld: HashSet<String> = HashSet::new();
    for c in form.captures_iter(text) {
        let whole = c.get(0).expect("a match");
        // The numbered affiliated hospital (四附院, 附二院) says whose it is by its number,
        // as a prefix would.
        let mut prefixed = c.get(1).is_some() || c.get(3).is_some() || c.get(4).is_some() || c.get(5).is_some();
        // Not inside a longer word (第三院区, 一院多区, 两院院士).
        let before = text[..whole.start()].chars().next_back();
        let after = &text[whole.end()..];
        // 大 as an adjective is no university (伟大, 广大).
        let adjective = c.get(1).is_some_and(|p| {
            p.as_str().ends_with('大')
                && "伟广强巨扩最壮远盛较更加宏庞".contains(p.as_str().chars().next().unwrap_or(' '))
        });
        // An ordinal hospital with no place (第二医院, 二医院) is the text's own only
        // after no place and no withheld one (某市第二医院 is anonymised).
        // Written once after its place (开平市第三人民医院, then 第三人民医院 throughout),
        // it is that place's.
        let ordinal = c.get(6).is_some();
        // (An affiliated hospital's ordinal, 附属第一医院, is read as that.)
        if ordinal && before == Some('属') {
            continue;
        }
        if ordinal && before.is_some_and(|b| "市县区省".contains(b) || is_anonymiser(b)) {
            let at = text[..whole.start()].chars().count();
            match place_ending_at(&chars, at).filter(|&p| !matches!(chars[p], '全' | '该' | '当')) {
                Some(p) => {
                    let full = format!("{}{}", chars[p..at].iter().collect::<String>(), whole.as_str());
                    placed.entry(whole.as_str().to_string()).or_insert((full, p));
                }
                None => {
                    withheld.insert(whole.as_str().to_string());
                }
            }
            continue;
        }
        if adjective
            || before.is_some_and(|b| "第两各每全本我该此这十百".contains(b))
            // 学校医院, 高校医院: schools' hospitals in general, not a school's.
            || whole.as_str() == "校医院" && before.is_some_and(|b| "学高院".contains(b))
            || after.starts_with(['区', '士', '长'])
            || whole.as_str().ends_with("妇幼") && after.starts_with(['保', '工', '健', '事', '卫'])
            // 市口腔医院 is read by its full name, 口腔科 is a department.
            || whole.as_str().ends_with("口腔") && after.starts_with(['医', '科', '健', '疾', '卫'])
        {
            continue;
        }
        let party = after.starts_with('党');
        let mut at = text[..whole.start()].chars().count();
        let mut written = whole.as_str().to_string();
        // A city's short name before the number (蚌埠三院) is its prefix, and so is
        // the city's before its 市 (天水市四院).
        let city_mark = c.get(1).is_some_and(|p| ["市", "县", "区"].contains(&p.as_str()));
        if (!prefixed || city_mark)
            && c.get(2).is_some()
            && let Some(place) = place_ending_at(&chars, at).filter(|&p| !matches!(chars[p], '全' | '该' | '当'))
        {
            written = format!("{}{written}", chars[place..at].iter().collect::<String>());
            at = place;
            prefixed = true;
        }
        // A university's abbreviation after a two-character place (河北医大二院, 山西
        // 医大一院): the pattern took the place's last character only.
        let university = c.get(3).is_some() || c.get(1).is_some_and(|p| p.as_str().contains('医'));
        if university && at > 0 && written.starts_with(chars[at]) {
            let two: String = chars[at - 1..=at].iter().collect();
            if places().0.contains_key(&two) {
                written.insert(0, chars[at - 1]);
                at -= 1;
            } else if c.get(3).is_some()
                && let Some(place) = place_ending_at(&chars, at).filter(|&p| !matches!(chars[p], '全' | '该' | '当'))
            {
                // …or after its city, which names the university (西安|交大一附院).
                written = format!("{}{written}", chars[place..at].iter().collect::<String>());
                at = place;
            }
        }
        // A numbered university (山一大一附院, of 山东第一医科大学) is named with the
        // character of its place before its number.
        if c.get(3).is_some()
            && "一二三四五六七八九".contains(chars[at])
            && at > 0
            && is_han(chars[at - 1])
            && !"第两各每全本我该此这十百".contains(chars[at - 1])
        {
            written.insert(0, chars[at - 1]);
            at -= 1;
        }
        // A medical college's abbreviation before its numbered affiliated hospital
        // (南阳医专一附院), or a university's name after its place (南昌大学二附院),
        // names whose it is, with its place.
        if c.get(5).is_some() {
            let college = ["医专", "医高专", "大学", "医科大学", "医学院"].iter().find_map(|w| {
                let n = w.chars().count();
                (at >= n && chars[at - n..at].iter().copied().eq(w.chars())).then_some(n)
            });
            if let Some(n) = college
                && let Some(place) = place_ending_at(&chars, at - n)
            {
                written = format!("{}{written}", chars[place..at].iter().collect::<String>());
                at = place;
            }
        }
        // An ordinal hospital on a line of its own signs the text (a letter's 第六人民医院
        // above its date): its own, as a prefix would say.
        let signed = ordinal && {
            let line_start = text[..whole.start()].rfind('\n').map_or(0, |p| p + 1);
            let line_end = text[whole.end()..].find('\n').map_or(text.len(), |p| whole.end() + p);
            text[line_start..line_end].trim() == whole.as_str()
        };
        let entry = forms.entry(written).or_insert((0, false, at, prefixed));
        entry.0 += 1;
        entry.1 |= party;
        entry.3 |= signed;
    }
    for form in withheld {
        forms.remove(&form);
    }
    for (form, (full, start)) in placed {
        if let Some((count, party, _, _)) = forms.remove(&form) {
            let entry = forms.entry(full).or_insert((0, false, start, true));
            entry.0 += count + 1;
            entry.1 |= party;
        }
    }
    // A place's people's hospital as its people call it (佛冈人医, 邵阳人医): the place
    // and its 人民医院, named in full; the text's 县人医 (市人医) is the same one.
    let mut peoples = None;
    for at in 0..chars.len().saturating_sub(1) {
        if chars[at..at + 2] != ['人', '医'] || chars.get(at + 2) == Some(&'院') {
            continue;
        }
        let full = match place_ending_at(&chars, at).filter(|&p| !matches!(chars[p], '全' | '该' | '当')) {
            Some(p) => {
                let place = &places().0[&chars[p..at].iter().collect::<String>()];
                // 邵阳 is 邵阳市, 宜城市 itself; a province has no such hospital.
                (!place.province).then(|| (p, format!("{}人民医院", place.name), place.region.clone()))
            }
            None if at >= 2 => {
                let name: Vec<char> = chars[at - 2..at].iter().copied().chain("人民医院".chars()).collect();
                county_by_short_name(&name)
                    .filter(|&(k, _)| k == 0)
                    .map(|(_, county)| (at - 2, format!("{}人民医院", county.name), county.region.clone()))
            }
            None => None,
        };
        if let Some((start, full, region)) = full {
            let entry = forms.entry(full.clone()).or_insert((0, false, start, true));
            entry.0 += 1;
            entry.1 |= chars.get(at + 2) == Some(&'党');
            peoples.get_or_insert((full, region));
        }
    }
    // One form's uses counted as another's.
    let fold = |forms: &mut HashMap<String, (usize, bool, usize, bool)>, short: &str, longer: &str| {
        if forms.contains_key(longer)
            && let Some((count, party, _, _)) = forms.remove(short)
            && let Some(entry) = forms.get_mut(longer)
        {
            entry.0 += count;
            entry.1 |= party;
        }
    };
    // 市六院 is the 第六人民医院 the text also writes: one hospital, by its longer name.
    // (Not a 第三中医院: 市三院 is a people's hospital.)
    let ordinals: Vec<String> = forms
        .keys()
        .filter(|w| w.starts_with('第') && (w.ends_with("人民医院") || !w.ends_with("中医院") && w.ends_with("医院")))
        .cloned()
        .collect();
    for ordinal in ordinals {
        let number: String = ordinal.chars().skip(1).take_while(|c| "一二三四五六七八九十".contains(*c)).collect();
        for prefix in ["市", "县", "区", "省"] {
            fold(&mut forms, &format!("{prefix}{number}院"), &ordinal);
        }
    }
    // (…县人民医院's 县人医, …市人民医院's 市人医.)
    if let Some((full, _)) = &peoples
        && let Some(suffix) = full.strip_suffix("人民医院").and_then(|place| place.chars().last())
    {
        fold(&mut forms, &format!("{suffix}人医"), full);
    }
    // 市三院 is the 天水市三院 the text also writes, 二附院 the 南昌大学二附院, when it
    // writes one such only.
    let written: Vec<String> = forms.keys().cloned().collect();
    for short in &written {
        let longer: Vec<&String> =
            written.iter().filter(|w| w.len() > short.len() && w.ends_with(short.as_str())).collect();
        if let [longer] = longer[..] {
            fold(&mut forms, short, longer);
        }
    }
    forms
        .into_iter()
        .filter(|(_, (count, party, _, prefixed))| *prefixed || *count >= 2 && *party)
        .max_by_key(|(written, (count, _, at, _))| (*count, std::cmp::Reverse(*at), written.clone()))
        .map(|(written, (count, _, at, _))| {
            let region = peoples.as_ref().filter(|(full, _)| *full == written).map(|(_, r)| r.clone());
            (written, count, at, region.unwrap_or_default())
        })
}

/// The army's hospitals a text names by their designation: a number of three digits
/// (Arabic or Chinese) before 医院, after 第 or the force that runs it (联勤保障部队,
/// 解放军, 武警…总队): (the name as written, the number in Arabic digits, its first
/// character's position).
fn designations(text: &str) -> Vec<(String, String, usize)> {
    static FORM: OnceLock<Regex> = OnceLock::new();
    let form = FORM.get_or_init(|| {
        Regex::new(
            r"(?:(?:中国)?人民解放军|解放军)?(联勤保障部队|武警\p{Han}{0,6}?总队|武警部队|火箭军|海军|空军|陆军)?(第)?([0-9]{3}|[〇零一二三四五六七八九]{3})医院",
        )
        .expect("a valid pattern")
    });
    let digit = |c: char| {
        let value = if c == '零' { Some(0) } else { "〇一二三四五六七八九".chars().position(|d| d == c) };
        value.and_then(|v| char::from_digit(v as u32, 10)).unwrap_or(c)
    };
    form.captures_iter(text)
        .filter(|c| {
            let whole = c.get(0).expect("a match");
            let before = text[..whole.start()].chars().next_back();
            // A designation after 第 or a force, not a longer number nor a count (三百医院).
            (c.get(1).is_some() || c.get(2).is_some() || whole.as_str().starts_with(['解', '人', '中']))
                && !before.is_some_and(|b| b.is_ascii_digit() || "〇零一二三四五六七八九十百".contains(b))
        })
        .map(|c| {
            let whole = c.get(0).expect("a match");
            let number: String = c[3].chars().map(digit).collect();
            (whole.as_str().to_string(), number, text[..whole.start()].chars().count())
        })
        .collect()
}

/// Verbs of coming to a place, which no institution's name holds.
const ARRIVALS: [&str; 6] = ["莅临", "来到", "走进", "前往", "一行", "深入"];

/// The institutions a text gives a short form of its own (某某保健中心（以下简称妇幼
/// 中心）): (the name as written, the short form, where the name starts, how often the
/// short form is used after). The name ends in an institution's word (医院, 卫生院, 中心 …).
fn declared_names(text: &str, chars: &[char]) -> Vec<(String, String, usize, usize)> {
    let mut out = Vec::new();
    for cue in ["(以下简称", "（以下简称", "(简称", "（简称"] {
        for (byte, _) in text.match_indices(cue) {
            let end = text[..byte].chars().count();
            let after = end + cue.chars().count();
            let Some(len) = chars[after..].iter().take(12).position(|&c| matches!(c, ')' | '）')) else { continue };
            let short: String =
                chars[after..after + len].iter().filter(|&&c| !matches!(c, '“' | '”' | '"' | '「' | '」')).collect();
            let mut start = end;
            while start > 0 && end - start < MAX_NAME && !ends_name(chars[start - 1], true) {
                start -= 1;
            }
            // …but not across the visit that brought someone there (考核组一行莅临某某
            // 医学中心(以下简称…)): the name starts after its verb.
            let span: String = chars[start..end].iter().collect();
            if let Some((byte, verb)) =
                ARRIVALS.iter().filter_map(|w| span.rfind(w).map(|b| (b, w.len()))).max_by_key(|&(b, _)| b)
            {
                start += span[..byte + verb].chars().count();
            }
            let name: String = chars[start..end].iter().collect();
            let institution = INSTITUTIONS.iter().chain(&["保健院", "防治院"]).any(|w| name.ends_with(w));
            if short.chars().count() < 2 || name.chars().count() < short.chars().count() + 2 || !institution {
                continue;
            }
            let count = text[byte..].matches(short.as_str()).count().saturating_sub(1);
            out.push((name, short, start, count));
        }
    }
    out
}

/// What a sentence says two bodies do together (结对共建, 签约), or meet to learn from
/// each other or talk about (互学互鉴交流会, 座谈): the one named after 与 is a partner.
const JOINING_UP: &[&str] = &[
    "结对",
    "共建",
    "联建",
    "签约",
    "帮扶",
    "对口",
    "合作",
    "联合",
    "联盟",
    "共同开展",
    "交流",
    "互学",
    "联学",
    "座谈",
];

/// Whether the name starting at `at` is a partner's: named after another hospital and
/// 与 (和, 同) in a sentence about joining up (长沙市某保健院与某街道社区卫生服务中心
/// 结对共建), or after 我院 in such a sentence — the text is the first one's.
fn partner_at(chars: &[char], at: usize) -> bool {
    // 与/和/同 before it, 及 in a list of them, or 联合 (我院某党支部联合某市人民医院…).
    if at < 3 || !matches!(chars[at - 1], '与' | '和' | '同' | '及') && chars[at - 2..at] != ['联', '合'] {
        return false;
    }
    let sentence_start = chars[..at].iter().rposition(|&c| matches!(c, '。' | '\n')).map_or(0, |p| p + 1);
    let sentence_end = chars[at..].iter().position(|&c| matches!(c, '。' | '\n')).map_or(chars.len(), |p| at + p);
    let sentence: String = chars[sentence_start..sentence_end].iter().collect();
    // Or the sentence's subject is the text's own hospital (我院党委书记一行来到某县,
    // 与某县人民医院签订协议).
    let before: String = chars[sentence_start..at].iter().collect();
    let after_hospital = INSTITUTIONS.iter().chain(&PARTY_ORGANS).any(|w| ends_with(chars, at - 1, w))
        || before.contains("我院")
        || before.contains("本院");
    after_hospital && JOINING_UP.iter().any(|w| sentence.contains(w))
}

/// Whether the name at `at..end` is another hospital than that of a text speaking of
/// 我院: where the text's people went (a makeshift hospital among them), or the home
/// of a delegation it received.
fn visited_at(chars: &[char], at: usize, end: usize) -> bool {
    // A makeshift hospital of an epidemic (某某方舱医院) is where teams were sent.
    let makeshift = chars[at..end].ends_with(&['方', '舱', '医', '院']);
    makeshift
        || went_to(chars, at, end)
        || delegation_from(chars, end)
        || listed_guest(chars, at, end)
        || trained_at(chars, end)
        || aid_post(chars, at, end)
}

/// Whether the name at `at..end` is the hospital a text's aid cadres run (援疆干部…
/// 担任…医疗队队长、某某医院院长): a post held where they were sent, not their own.
fn aid_post(chars: &[char], at: usize, end: usize) -> bool {
    let post = ["院长", "副院长", "书记", "副书记"].iter().any(|w| starts_with(chars, end, w));
    let start = chars[..at].iter().rposition(|&c| matches!(c, '。' | '\n')).map_or(0, |p| p + 1);
    let before: String = chars[start..at].iter().collect();
    let serving = ["担任", "任职", "挂职"].iter().any(|w| before.contains(w));
    let sent = ["援疆", "援藏", "援青", "援外", "援建", "对口支援", "挂职"].iter().any(|w| before.contains(w));
    post && serving && sent
}

/// Whether the name ending at `end` is where the text's people train (…职工在某某医院等
/// 进修学习, 选派骨干到某某医院规培): a hospital that teaches them, not the report's.
fn trained_at(chars: &[char], end: usize) -> bool {
    let mut at = end;
    if chars.get(at) == Some(&'等') {
        at += 1;
    }
    ["进修", "规培", "跟岗", "轮训"].iter().any(|w| starts_with(chars, at, w))
}

/// Whether the name at `at..end` is where one of a list of people comes from (…,某某医院
/// 党支部书记兼院长刘某,某某协会…; …和某某医院王某副主任医师等): an item of the list,
/// its people's title and name (or name and doctor's title) ending the item.
fn listed_guest(chars: &[char], at: usize, end: usize) -> bool {
    if at == 0 || !matches!(chars[at - 1], ',' | '，' | '、' | '和' | '及') {
        return false;
    }
    // A list of people has people before this item too (…局长王某,某某医院院长刘某,); a
    // clause of time before it (重阳节前夕,某某卫生院书记某某、院长某某带领…) opens the
    // hospital's own sentence.
    let from = chars[..at - 1]
        .iter()
        .rposition(|c| matches!(c, ',' | '，' | '、' | '。' | '；' | ';' | ':' | '：' | '\n'))
        .map_or(0, |p| p + 1)
        .max(at.saturating_sub(21));
    let previous: String = chars[from..at - 1].iter().collect();
    let people = ["书记", "长", "主任", "员", "医师", "教授", "专家", "代表", "主席", "领导", "同志"];
    if !people.iter().any(|w| previous.contains(w)) {
        return false;
    }
    let item: String =
        chars[end..].iter().take(16).take_while(|c| !matches!(c, ',' | '，' | '、' | '。' | '等')).collect();
    // …perhaps with two titles (…党委副书记、院长杨某,).
    let titles: String = chars[end..].iter().take(20).take_while(|c| !matches!(c, ',' | '，' | '。' | '等')).collect();
    // The title, then the name (…党支部书记兼院长刘某)…
    let title_name = |item: &str| {
        ["书记", "院长", "主任", "委员"].iter().any(|title| {
            item.rfind(title).is_some_and(|p| (2..=3).contains(&item[p + title.len()..].chars().count()))
                && item.chars().last().is_some_and(is_han)
        })
    };
    let two_titles = titles.contains('、')
        && !titles.starts_with('、')
        && title_name(&titles)
        && chars.get(end + titles.chars().count()).is_some_and(|c| matches!(c, ',' | '，' | '等'));
    if two_titles {
        return true;
    }
    let title_name = title_name(&item);
    // …or the name, then a doctor's title (…和某县人民医院黄某副主任医师等).
    let name_title = ["医师", "教授", "主任", "护士长", "专家"].iter().any(|title| {
        item.strip_suffix(title).is_some_and(|rest| {
            let rest = rest.trim_end_matches(['副', '主', '治', '任']);
            (2..=3).contains(&rest.chars().count()) && rest.chars().all(is_han)
        })
    });
    (title_name || name_title)
        && chars.get(end + item.chars().count()).is_some_and(|c| matches!(c, ',' | '，' | '、' | '等'))
}

/// Whether the name ending at `end` is the home of a delegation its sentence sends
/// elsewhere (某某医院由副院长带队…一行7人,莅临…): the visitor, not the host.
fn delegation_from(chars: &[char], end: usize) -> bool {
    let rest: Vec<char> = chars[end..].iter().take(60).take_while(|&&c| !matches!(c, '。' | '\n')).copied().collect();
    let text: String = rest.iter().collect();
    let Some(byte) = text.find("一行") else { return false };
    let after: String = text[byte + "一行".len()..].chars().take(8).collect();
    ["莅临", "来到", "到", "赴", "走进", "前往"].iter().any(|w| after.contains(w))
}

/// Whether those who went to the name at `at` are a hospital's own people (a branch, a
/// department, a team, its members or experts), by the words of its clause before it,
/// and no official body or inspection is among them.
fn own_people_went(chars: &[char], at: usize) -> bool {
    let at = at.min(chars.len());
    let start = chars[..at].iter().rposition(|&c| matches!(c, '。' | '\n' | ';' | '；')).map_or(0, |p| p + 1);
    let clause: String = chars[start.max(at.saturating_sub(30))..at].iter().collect();
    const OWN: [&str; 8] = ["支部", "总支", "科", "医疗队", "志愿", "党员", "专家", "医护"];
    const OFFICIAL: [&str; 10] =
        ["党工委", "巡察", "巡查", "督导", "检查组", "卫健委", "卫生健康委", "市委", "县委", "政府"];
    OWN.iter().any(|w| clause.contains(w)) && !OFFICIAL.iter().any(|w| clause.contains(w))
}

/// Whether the name at `at` is one the text measures itself against (对标某某医院,
/// 学习借鉴某某医院): never the report's own.
fn benchmark_at(chars: &[char], at: usize) -> bool {
    let before: String = chars[at.saturating_sub(4)..at].iter().collect();
    ["对标", "借鉴", "参照", "看齐"].iter().any(|w| before.ends_with(w))
}

/// Whether the name at `at..end` is where the text's people went (到…卫生院开展义诊):
/// after 到 (not 得到, 受到, 想到, 看到 …), 赴, 前往, 走进, 深入 — unless it is a delegation
/// coming to inspect (…一行到市中医医院调研), which makes it the host.
fn went_to(chars: &[char], at: usize, end: usize) -> bool {
    let ends_before = |i: usize, w: &str| {
        let n = w.chars().count();
        i >= n && chars[i - n..i].iter().copied().eq(w.chars())
    };
    // The verb may have its 了 (来到了某乡卫生院).
    let at = if at > 0 && chars[at - 1] == '了' { at - 1 } else { at };
    let verb = ["赴", "前往", "走进", "走入", "深入", "到"].iter().find(|w| {
        ends_before(at, w) && !(**w == "到" && at >= 2 && "得受收达直遇感想看听提谈做找".contains(chars[at - 2]))
    });
    let Some(verb) = verb else { return false };
    // A delegation (…一行, …一行7人,) comes to its host.
    let before_verb = at - verb.chars().count();
    let delegation = chars[before_verb.saturating_sub(8)..before_verb].windows(2).any(|w| w == ['一', '行']);
    let after: String = chars[end..chars.len().min(end + 3)].iter().collect();
    let inspecting =
        ["调研", "检查", "视察", "考察", "督导", "督查", "指导", "调查"].iter().any(|w| after.starts_with(w));
    !delegation && !inspecting
}

/// A character that stands for a withheld part of a name (x市x医院, ××医院, 某医院).
fn is_anonymiser(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '×' | '*' | '＊' | '○' | '某' | '＿' | '_')
}

/// What specialist hospitals treat or serve (`specialty_hospital_words.txt`: 口腔, 脑科).
fn specialties() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&str>> = OnceLock::new();
    WORDS.get_or_init(|| lexicon::words("specialty_hospital_words.txt").collect())
}

/// The words a university's name ends in (`university_words.txt`), longest first.
/// How many characters before the last two of `before` make one name with them: its
/// last word, when jieba reads it as a proper name of three or four characters (石河子,
/// 井冈山), 0 for any other word.
fn whole_name_before(before: &[char]) -> usize {
    let text: String = before.iter().collect();
    let tags = crate::segment::jieba().tag(&text, false);
    tags.last()
        .filter(|t| {
            let n = t.word.chars().count();
            (3..=4).contains(&n)
                && t.word.chars().all(is_han)
                && !t.word.starts_with("中共")
                && matches!(t.tag, "ns" | "nr" | "nz" | "nt")
        })
        .map_or(0, |t| t.word.chars().count() - 2)
}

fn universities() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&str>> = OnceLock::new();
    WORDS.get_or_init(|| lexicon::words("university_words.txt").collect())
}

/// The hospitals named in `text` (folded), most prominent first. `notes` are the
/// cleaning's notes: authors' affiliations and the site's ownership line count too.
fn hospitals(text: &str, title: &str, notes: &[Note], aliases: &Aliases) -> Vec<Hospital> {
    // A site's ownership line (版权所有 宁海县第一医院) is read like a line of the text.
    // So is a title the page printed only in its breadcrumb, not above the text.
    let owners: Vec<String> =
        notes.iter().filter(|n| n.kind == NoteKind::Site).map(|n| hanconv::t2s(&n.text).to_lowercase()).collect();
    // A header's welcome (欢迎来到某某医院, a cue of `site_owner_cues.txt`, perhaps after
    // a greeting: 你好!欢迎来到…) is read from after it: its verb would make the site's
    // hospital a place someone went to.
    let mut sites: Vec<String> = owners
        .iter()
        .map(|o| {
            let welcome = lexicon::words("site_owner_cues.txt").filter(|cue| cue.starts_with("欢迎"));
            welcome.filter_map(|cue| o.find(cue).map(|at| &o[at + cue.len()..])).next().unwrap_or(o).to_string()
        })
        .collect();
    // The line of facts cleaning took off names who wrote or sent the page (作者:某某县
    // 医院): read like a line of the text, so that 县医院 in it is that hospital.
    sites.extend(notes.iter().filter(|n| n.kind == NoteKind::Published).map(|n| hanconv::t2s(&n.text).to_lowercase()));
    // So does a breadcrumb that starts from the site's name (您的位置: 某某医院 > 新闻中心):
    // the page's hospital in full, where the text writes it short (某某州一医院).
    sites.extend(notes.iter().filter(|n| n.kind == NoteKind::Breadcrumb).map(|n| hanconv::t2s(&n.text).to_lowercase()));
    if !title.is_empty() && !text.contains(title) {
        sites.push(title.to_string());
    }
    let with_sites;
    let text = if sites.is_empty() {
        text
    } else {
        with_sites = format!("{text}\n{}", sites.join("\n"));
        with_sites.as_str()
    };
    let chars: Vec<char> = text.chars().collect();
    // (place or university, the rest of the name) → written full names, mentions,
    // first position.
    struct Entry {
        names: HashMap<String, usize>,
        region: String,
        mentions: f64,
        first: usize,
        /// Whether its first mention is a place the text's people went to (到…卫生院
        /// 开展义诊).
        visited: bool,
        /// Whether its first mention names it as the partner of another (A与B结对共建).
        partner: bool,
    }
    let mut found: HashMap<(String, String), Entry> = HashMap::new();
    // Short forms (市人民医院, and bare names like 中山医院): the rest of the name, the
    // name as written, where, and whether it is an item of a list (…、市第二人民医院、…).
    let mut short: Vec<(String, String, usize, bool)> = Vec::new();
    // A group's member written by its short form → the short form with the group's name.
    let mut grouped: HashMap<String, String> = HashMap::new();
    let mut anonymised: Vec<String> = Vec::new();
    // A report names its hospital again and again: what a written span makes is worked
    // out once, and each later mention of it only counts.
    enum Span {
        /// Neither a placed name nor a short form.
        Nothing,
        /// A name with its place (or its university): the entry's key, the name as
        /// written, where the name starts in the span, the region.
        Placed { key: (String, String), name: String, offset: usize, region: String },
        /// A short form (市人民医院) or a bare name (华西医院): the rest of the name
        /// after the place suffix, and the form as written.
        Short(String, String),
    }
    let read_placed = |name_start: usize, end: usize| match first_place(&chars, name_start, end) {
        Some((k, place, n)) if end - (k + n) >= 2 => {
            // A province written before a lower division locates the hospital: the
            // name starts at the lower division (浙江省临海市第一人民医院 → 临海市第一人民医院),
            // and the entry is the most specific division's (绍兴市越城区人民医院 and
            // 越城区人民医院 are one hospital, 绍兴市人民医院 another).
            let (mut from, mut specific, mut at, mut len) = (k, place, k, n);
            while let Some((lower, m)) = place_at(&chars, at + len).filter(|(p, m)| {
                end - (at + len + m) >= 2 && p.name != specific.name && p.region.starts_with(&specific.region)
            }) {
                // So does a city written without its suffix (临沂沂南县人民医院 is
                // 沂南县人民医院); one written in full is part of the name.
                let written_short = len < specific.name.chars().count();
                if (specific.province || written_short) && from == at {
                    from = at + len;
                }
                (specific, at, len) = (lower, at + len, m);
            }
            let rest: String = chars[at + len..end].iter().collect();
            let rest = rest.trim_start_matches(['市', '省', '县', '区']).to_string();
            if rest == "医院" && len < 3 {
                // A city's short name right before 医院 names no hospital by itself,
                // but after a group's or a university's name it ends one (北大医疗
                // 淄博医院, 湘雅常德医院).
                return match branded_city(&chars[name_start..at]) {
                    Some(brand) => {
                        let from = at - brand;
                        let name: String = chars[from..end].iter().collect();
                        // A university's hospital in a city is the one its university
                        // names with 附属 (上海中医药大学附属岳阳医院).
                        let university =
                            universities().iter().any(|w| chars[from..at].iter().collect::<String>().ends_with(w));
                        let key = if university {
                            (chars[from..at].iter().collect(), chars[at..end].iter().collect())
                        } else {
                            (chars[from..at + len].iter().collect(), rest)
                        };
                        Span::Placed { key, name, offset: from - name_start, region: specific.region.clone() }
                    }
                    None => Span::Nothing,
                };
            }
            // A Party organ inside it (某县精神病院党总支组织医院…) ends a name before it:
            // the span ran on past it.
            // …and so does a whole institution's name inside it (某县卫生服务中心通过二乙
            // 医院评审): the span ran on past that name's end.
            // A group headed by a hospital (某县人民医院总医院) goes on in nouns.
            let inner = ["卫生服务中心", "卫生院", "保健院", "医院"].iter().any(|w| {
                rest.find(w).is_some_and(|p| {
                    let tail = &rest[p + w.len()..];
                    !tail.is_empty()
                        && crate::segment::jieba().tag(tail, false).iter().any(|t| matches!(t.tag, "v" | "p" | "vn"))
                })
            });
            // …and so does a person's post (某某九院负责人某某代表医院…): no name holds one.
            let post = ["负责人", "书记", "院长", "主任", "代表"].iter().any(|w| rest.contains(w));
            // A kind's phrase that is also a name hospitals take (石家庄平安医院) names
            // one when its own Party organisation or president follows it (…平安医院党
            // 支部, …平安医院院长): a campaign's phrase (创建平安医院) has neither.
            let own_body = || {
                let after: String = chars[end..].iter().take(6).collect();
                PARTY_ORGANS.iter().chain(&["院长"]).any(|o| after.starts_with(o))
            };
            let generic =
                (only_generic(&rest) || kind_phrase(&rest)) && !(GENERIC_NAMES.contains(&rest.as_str()) && own_body());
            if rest.chars().count() < 2 || generic || PARTY_ORGANS.iter().any(|o| rest.contains(o)) || inner || post {
                return Span::Nothing;
            }
            // An academy's hospital in a city (中国科学院|合肥肿瘤医院): the academy is
            // part of its name.
            let before: String = chars[name_start..from].iter().collect();
            if before.ends_with("科学院")
                && let Some(p) = before.rfind("中国")
            {
                from = name_start + before[..p].chars().count();
            }
            // A corps division's hospital in its city (第三师|图木舒克市总医院): the
            // division is part of its name.
            if let Some(p) = before.rfind('第')
                && corps_division(&before[p..])
            {
                from = name_start + before[..p].chars().count();
            }
            let name: String = chars[from..end].iter().collect();
            let key = (specific.name.clone(), rest);
            Span::Placed { key, name, offset: from - name_start, region: specific.region.clone() }
        }
        _ => match county_by_short_name(&chars[name_start..end]) {
            Some((k, county)) => Span::Placed {
                key: (county.name.clone(), chars[name_start + k + 2..end].iter().collect()),
                name: chars[name_start + k..end].iter().collect(),
                offset: k,
                region: county.region.clone(),
            },
            None => Span::Nothing,
        },
    };
    // A university's hospital: the two characters before 大学 (医科大学, 医学院) and
    // what follows (复旦大学附属中山医院, 中南大学湘雅三医院).
    // With it, whether 附属 follows the university (首都医科大学附属…).
    let read_university = |name_start: usize, end: usize| -> Option<(Span, bool)> {
        let written: String = chars[name_start..end].iter().collect();
        for word in universities() {
            if let Some(byte) = written.find(word) {
                let at = written[..byte].chars().count();
                let mut start = at.saturating_sub(2);
                // A kind of university before the word (右江|民族|医学院, 西南|交通|大学): its
                // place's two characters before it are the name's too.
                // Kinds may follow one another (中国|科学|技术|大学).
                loop {
                    let kind: String = written.chars().skip(start).take(2).collect();
                    if start < 2 || !UNIVERSITY_KINDS.contains(&kind.as_str()) {
                        break;
                    }
                    start -= 2;
                }
                // A name of three or four characters that jieba reads as one word
                // (石河子|大学, 井冈山|大学) is the name whole, not its last two.
                if start + 2 == at {
                    start -= whole_name_before(&chars[name_start..name_start + at]);
                }
                // A university's medical college (华中科技大学|同济医学院附属协和医院): the
                // university before it is the name's too; so is one right before it
                // (石河子大学|医学院).
                if word.ends_with('院') && start >= 2 && written.chars().skip(start).take(2).eq("大学".chars()) {
                    start -= 2;
                    start -= whole_name_before(&chars[name_start..name_start + start + 2]);
                }
                let before: String = written.chars().take(start).collect();
                if start >= 4 && word.ends_with('院') && before.ends_with("大学") {
                    start -= 4;
                    let kind: String = written.chars().skip(start).take(2).collect();
                    if start >= 2 && UNIVERSITY_KINDS.contains(&kind.as_str()) {
                        start -= 2;
                    } else {
                        start -= whole_name_before(&chars[name_start..name_start + start + 2]);
                    }
                }
                let after = at + word.chars().count();
                let total = end - name_start;
                // 学院 alone is any college's (护理学院): a hospital's only before 附属.
                let short_form = !word.ends_with(['学', '院']) || *word == "学院";
                if short_form && !written[byte + word.len()..].starts_with("附属") {
                    continue;
                }
                // A university and its hospitals (医科大学和教学医院) are two bodies.
                let joined = chars.get(name_start + after).is_some_and(|c| "和与及、".contains(*c));
                // A university's own hospital (某某大学医院) is named by it too.
                let own = *word == "大学" && total - after == 2;
                if at >= 2 && (total - after >= 3 || own) && !joined {
                    let name: String = chars[name_start + start..end].iter().collect();
                    let university: String = chars[name_start + start..name_start + after].iter().collect();
                    let rest: String = chars[name_start + after..end].iter().collect();
                    // …its 附属 right after it, or after the city it is in (滨州医学院
                    // 烟台附属医院, its hospital in 烟台).
                    let affiliated = [0, 2, 3]
                        .iter()
                        .any(|&n| rest.char_indices().nth(n).is_some_and(|(b, _)| rest[b..].starts_with("附属")));
                    let rest = rest.trim_start_matches("附属").to_string();
                    let span = Span::Placed { key: (university, rest), name, offset: start, region: String::new() };
                    return Some((span, affiliated));
                }
            }
        }
        None
    };
    // A short form (市人民医院) or a bare name (华西医院), for a span that names no
    // placed or university's hospital.
    let read_short = |name_start: usize, end: usize| {
        // A time run into a short form (下午市第一人民医院, 今年以来县医院) is no part of
        // it: the name starts at its place's suffix.
        let timed = (2..=4).filter(|&k| name_start + k < end).find(|&k| {
            "市县区".contains(chars[name_start + k]) && leading_time(&chars[name_start..name_start + k]) == k
        });
        let name_start = name_start + timed.unwrap_or(0);
        let written: String = chars[name_start..end].iter().collect();
        // A short form (市中医医院) or a bare name (华西医院), unless a common phrase.
        // 原, 新, 全, 各 before a name are words of their own (新院区, 全市), unless
        // they start a county's short name (新宁县 → 新宁崀山医院).
        let county_head = |name: &str| {
            let head: String = name.chars().take(2).collect();
            ["县", "市", "区"].iter().any(|s| places().0.contains_key(&format!("{head}{s}")))
        };
        // A Party organ inside it (区中心医院党委组织医院…) ends a name before it: the
        // span ran on past it.
        if PARTY_ORGANS.iter().any(|o| written.contains(o)) {
            return Span::Nothing;
        }
        let county = if county_head(&written) { 2 } else { 0 };
        // 新区 is a new district's name (某某新区), no "new" before 区.
        let name = if county > 0 || written.starts_with("新区") {
            written.as_str()
        } else {
            written.trim_start_matches(['原', '新', '全', '各'])
        };
        // 3家乡镇卫生院: the measure word of a count in digits is no part of a name.
        let counted = name_start > 0 && chars[name_start - 1].is_ascii_digit();
        let name = if counted { name.trim_start_matches(['家', '所', '个', '座']) } else { name };
        let head: String = name.chars().take(2).collect();
        if let Some(tail) = affiliated_name(&written) {
            return Span::Short(tail.to_string(), tail.to_string());
        }
        // 市/县 and one character before 医院 is a short form only for a known kind, a
        // number or 立 of a place's own hospital (市中医院, 县妇医院, 市四医院, 市立医院),
        // not any character (市口医院, a page's slip). A prevention institute said short
        // is four characters too (市结防所, 市血防站), and no slip.
        let slip = name.chars().count() == 4
            && name.starts_with(['市', '县', '区', '省'])
            && !PLACED_ONLY.contains(&&name[3..])
            && name.chars().nth(1).is_some_and(|c| !"中妇儿眼骨脑胸皮肛牙立一二三四五六七八九".contains(c));
        if let Some((zone, rest)) = zone_named(name) {
            Span::Placed {
                key: (zone, rest),
                name: name.to_string(),
                offset: written.chars().count() - name.chars().count(),
                region: String::new(),
            }
        } else if written == name && province_short_form(name, text) {
            Span::Short(name[3..].to_string(), name.to_string())
        } else if slip {
            Span::Nothing
        } else if name.starts_with(['市', '县', '区', '省'])
            && name.chars().count() >= 4
            && !bare_words().contains(&head.as_str())
            && !only_generic(&name[3..])
            && !kind_phrase(&name[3..])
        {
            let rest = &name[3..];
            let written = if locator_only(rest, text) { rest } else { name };
            Span::Short(rest.to_string(), written.to_string())
        } else if let Some(rest) = name.strip_prefix("新区").filter(|r| {
            r.chars().count() >= 4
                && !only_generic(r)
                && !kind_phrase(r)
                && !bare_words().iter().any(|w| r.starts_with(w))
        }) {
            Span::Short(rest.to_string(), name.to_string())
        } else if let Some(designated) = designation_tail(name) {
            // A hospital by its designation (六七二医院) however long the span before it;
            // an enterprise's name opening the span is written with it (某某集团七院
            // 六七二医院).
            let owned = enterprise_owners().iter().any(|o| name.starts_with(o));
            Span::Short(designated.to_string(), if owned { name } else { designated }.to_string())
        } else if let Some(named) = service_hospital(name).or_else(|| national_centre(name, text)) {
            Span::Short(named.to_string(), named.to_string())
        } else if let Some(named) = specialty_named(name, text) {
            Span::Short(named.to_string(), named.to_string())
        } else if (4..=5 + county + usize::from(name.ends_with("总医院"))).contains(&name.chars().count())
            && !bare_generic(name, text)
            || community_centre(name)
            || name.strip_suffix("医院").is_some_and(corps_division)
            || long_bare_name(name, text)
            || numbered_short_name(name)
            || unplaced_named(name)
        {
            Span::Short(name.to_string(), name.to_string())
        } else {
            Span::Nothing
        }
    };
    let read_span =
        |name_start: usize, end: usize| match (read_placed(name_start, end), read_university(name_start, end)) {
            (Span::Nothing, Some((university, _))) => university,
            (Span::Nothing, None) => read_short(name_start, end),
            // A university and 附属 before a placed name (首都医科大学附属北京世纪坛医院): the
            // university's hospital, its whole name — unless the place comes first and the
            // university is named after it (浙江大学医学院附属第二医院 reads from 浙江).
            (placed @ Span::Placed { offset: p, .. }, Some((university, true))) => match university {
                Span::Placed { offset: u, .. } if p > u => university,
                _ => placed,
            },
            // …or a placed name right after the university (中山大学|中山眼科中心): its
            // own institution, by its whole name.
            (placed @ Span::Placed { offset: p, .. }, Some((university, false))) => match university {
                Span::Placed { offset: u, key: (ref by, _), .. } if u + by.chars().count() == p => university,
                _ => placed,
            },
            (placed, _) => placed,
        };
    let second_item = another_item(&chars);
    let mut seen: HashMap<&[char], Span> = HashMap::new();
    let mut mention =
        |name_start: usize, end: usize, weight: f64, found: &mut HashMap<(String, String), Entry>| -> bool {
            // x市x区中医院, XX医院: an anonymised name, and the same form anywhere else in
            // the text, is no hospital (a placed name after the mark still is).
            // So is one opening with the mark (某某大学附属医院).
            let marked = name_start > 0 && is_anonymiser(chars[name_start - 1]) || is_anonymiser(chars[name_start]);
            if marked && matches!(read_placed(name_start, end), Span::Nothing) {
                anonymised.push(chars[name_start..end].iter().collect());
                return false;
            }
            match seen.entry(&chars[name_start..end]).or_insert_with(|| read_span(name_start, end)) {
                Span::Nothing => false,
                Span::Placed { key, name, offset, region } => {
                    let k = name_start + *offset;
                    // A hospital the text measures itself against is not mentioned as its own.
                    if benchmark_at(&chars, k) {
                        return true;
                    }
                    if !found.contains_key(key) {
                        let entry = Entry {
                            names: HashMap::new(),
                            region: region.clone(),
                            mentions: 0.0,
                            first: k,
                            visited: visited_at(&chars, k, end),
                            partner: partner_at(&chars, k),
                        };
                        found.insert(key.clone(), entry);
                    }
                    let entry = found.get_mut(key).expect("just inserted");
                    match entry.names.get_mut(name) {
                        Some(count) => *count += 1,
                        None => drop(entry.names.insert(name.clone(), 1)),
                    }
                    entry.mentions += weight;
                    if k < entry.first {
                        entry.first = k;
                        entry.visited = visited_at(&chars, k, end);
                        entry.partner = partner_at(&chars, k);
                    }
                    true
                }
                Span::Short(rest, written) => {
                    let listed = chars.get(end) == Some(&'、') || name_start > 0 && chars[name_start - 1] == '、';
                    short.push((rest.clone(), written.clone(), name_start, listed));
                    true
                }
            }
        };
    for suffix in [
        "医院",
        "卫生院",
        "保健院",
        "防治院",
        "卫生服务中心",
        "卫生服务站",
        "卫生中心",
        "保健中心",
        "计划生育服务中心",
        "康复中心",
        "精神病院",
        "疗养院",
        "休养院",
        "医疗集团",
        "血站",
        "血液中心",
    ]
    .into_iter()
    .chain(PLACED_ONLY)
    {
        let s: Vec<char> = suffix.chars().collect();
        let mut i = 0;
        while i + s.len() <= chars.len() {
            // The word written twice (人民医院医院) is a slip: the first one ends the name.
            let doubled = i >= s.len() && chars[i - s.len()..i] == s[..];
            // A donation point (流动献血站, 采血站) is the blood centre's, not an institution.
            let point = suffix == "血站" && i > 0 && matches!(chars[i - 1], '献' | '采' | '獻' | '採');
            // 急救医疗中心 is read as itself, not again as a 医疗中心.
            let point = point || suffix == "医疗中心" && i >= 2 && chars[i - 2..i] == ['急', '救'];
            if chars[i..i + s.len()] != s[..] || suffix == "医院" && i > 0 && chars[i - 1] == '卫' || doubled || point
            {
                i += 1;
                continue;
            }
            let end = i + s.len();
            let look_back = |across_he: bool| {
                let mut start = i;
                loop {
                    // A designation's zero written as a figure or a letter (七0二医院) is
                    // inside the name.
                    let numeral = |c: char| "〇零一二三四五六七八九".contains(c);
                    let zero = |s: usize| {
                        s >= 2 && "0Oo○".contains(chars[s - 1]) && numeral(chars[s - 2]) && numeral(chars[s])
                    };
                    // …and so is the emergency number in an emergency centre's name
                    // (某市120急救中心, 某市120医疗急救指挥中心).
                    let emergency = |s: usize| {
                        s >= 3
                            && chars[s - 3..s] == ['1', '2', '0']
                            && chars[s..end].windows(2).any(|w| w == ['急', '救'])
                    };
                    while start > 0 && end - start < MAX_NAME {
                        if emergency(start) {
                            start -= 3;
                        } else if !ends_name(chars[start - 1], across_he) || zero(start) {
                            start -= 1;
                        } else {
                            break;
                        }
                    }
                    match across_stop(&chars, start, i) {
                        Some(q) if end - q < MAX_NAME => start = q,
                        _ => return start,
                    }
                }
            };
            let mut start = look_back(false);
            // A group is named by what stands before 医疗集团, never by the words alone;
            // one that names its member right after it (…医疗集团市五医院) names the member.
            let member_follows = || chars.get(end).is_some_and(|c| matches!(c, '市' | '县' | '区'));
            if suffix == "医疗集团" && (end - start <= s.len() + 1 || member_follows()) {
                i = end;
                continue;
            }
            // An institution's word with nothing before it (来到康复中心, 前往血液中心) is
            // a kind, not a name (a look back that stopped at 和 is read across it below).
            if start == i && (start == 0 || chars[start - 1] != '和') {
                i = end;
                continue;
            }
            // A word of `PLACED_ONLY` is an institution only after its place, not as a
            // hospital's department (某某医院眼科中心) or alone.
            let department = || chars[start..i].windows(2).any(|w| w == ['医', '院']);
            if PLACED_ONLY.contains(&suffix) && (start == i || department()) {
                i = end;
                continue;
            }
            // A society named after the hospitals it joins (某某市医院协会, 某某市医院思想
            // 政治工作促进会) is none of them — unless what comes between is a verb (某某
            // 医院召开学会年会).
            let run: String = chars[end..].iter().take(12).take_while(|&&c| is_han(c)).collect();
            let society = ["协会", "学会", "促进会", "联合会"].iter().filter_map(|w| run.find(w)).min();
            const HOLDING: [&str; 7] = ["召开", "举办", "举行", "参加", "成立", "加入", "组织"];
            if society.is_some_and(|p| !HOLDING.iter().any(|v| run[..p].contains(v))) {
                i = end;
                continue;
            }
            // A person's hospital in brackets after the name (…、王某(某某医院)、李某(某某
            // 医院)) is where that person comes from, not what the text reports on.
            let bracketed = start > 0
                && matches!(chars[start - 1], '(' | '（')
                && chars.get(end).is_some_and(|c| matches!(c, ')' | '）'));
            // An item of a list of people: a surname two or three characters back, and
            // 、 before the person or after the bracket.
            let person = bracketed
                && [2, 3].iter().filter(|&&n| start > n).any(|&n| {
                    let from = start - 1 - n;
                    let name: String = chars[from..start - 1].iter().collect();
                    name.chars().all(is_han)
                        && surnames().iter().any(|s| name.starts_with(s))
                        && (from > 0 && chars[from - 1] == '、' || chars.get(end + 1) == Some(&'、'))
                });
            if person {
                i = end;
                continue;
            }
            // 某某大学所属某某医院: what a body runs is named after 所属 (附属 stays part
            // of a university hospital's name).
            if let Some(p) = (start..i.saturating_sub(1)).rev().find(|&p| chars[p] == '所' && chars[p + 1] == '属') {
                start = p + 2;
            }
            // 某某集团市五医院: a group's member, named after the group by its short form,
            // is read as the member and written with the group's name, which places it.
            if let Some(p) = (start..i.saturating_sub(2))
                .rev()
                .find(|&p| chars[p] == '集' && chars[p + 1] == '团' && matches!(chars[p + 2], '市' | '县' | '区'))
            {
                // …not with a time run into it (当天下午某某集团…).
                let time = leading_time(&chars[start..p + 2]);
                grouped
                    .entry(chars[p + 2..end].iter().collect())
                    .or_insert_with(|| chars[start + time..end].iter().collect());
                start = p + 2;
            }
            // 中国中铁某某中心医院: an enterprise's hospital (`enterprise_owners.txt`) is
            // read by its place and written with its owner's name before it.
            let owned = (start..i).find_map(|p| {
                let owner = enterprise_owners().iter().find(|o| starts_with(&chars, p, o))?;
                Some((p, p + owner.chars().count())).filter(|&(_, after)| after < i)
            });
            if let Some((p, after)) = owned {
                grouped.entry(chars[after..end].iter().collect()).or_insert_with(|| chars[p..end].iter().collect());
            }
            // 巡查组巡查柳林卫生院: what a body inspects or visits is named after the verb.
            const VISITING: [[char; 2]; 6] =
                [['巡', '查'], ['巡', '察'], ['督', '查'], ['调', '研'], ['走', '访'], ['考', '察']];
            if let Some(p) =
                (start..i.saturating_sub(1)).rev().find(|&p| VISITING.iter().any(|v| chars[p..p + 2] == v[..]))
            {
                start = p + 2;
            }
            // 和 with no word before it to join opens the name (和平友谊医院 at a line's
            // start, 在和平医院): it is read across first.
            let he_opens = start > 0
                && chars[start - 1] == '和'
                && (start == 1 || !is_han(chars[start - 2]) || ends_name(chars[start - 2], true));
            // A name given as the page's source (来源:某某中心血站) is who published it,
            // less surely whom it reports on.
            let sourced = ["来源:", "来源：", "来源: ", "来源： "].iter().any(|l| {
                let n = l.chars().count();
                start >= n && chars[start - n..start].iter().copied().eq(l.chars())
            });
            // A page that reports a second item under 又讯 or 另讯 is about the first; a
            // hospital named only after it still counts when the first names none.
            let weight = if sourced { 0.5 } else { 1.0 } * if start >= second_item { 0.1 } else { 1.0 };
            let read_across = he_opens && mention(look_back(true), end, weight, &mut found);
            // Else a name that stops at 和 and names nothing is read again across it
            // (北京协和医院): 和 was part of it — unless 和 joins people (市卫健委领导和
            // 医院领导).
            let joins_people = || {
                let before: String = chars[start.saturating_sub(3)..start - 1].iter().collect();
                JOINED_PEOPLE.iter().any(|w| before.ends_with(w))
            };
            if !read_across
                && !mention(start, end, weight, &mut found)
                && !he_opens
                && start > 0
                && chars[start - 1] == '和'
                && !joins_people()
            {
                mention(look_back(true), end, 1.0, &mut found);
            }
            i = end;
        }
    }
    // An army's hospital by its designation (联勤保障部队第980医院, 解放军第九〇四医院):
    // digits end a look back, so the numbers are read here.
    for (written, number, at) in designations(text) {
        let end = at + written.chars().count();
        let entry = found.entry((String::from("部队"), format!("第{number}医院"))).or_insert_with(|| Entry {
            names: HashMap::new(),
            region: String::new(),
            mentions: 0.0,
            first: at,
            visited: visited_at(&chars, at, end),
            partner: partner_at(&chars, at),
        });
        *entry.names.entry(written).or_insert(0) += 1;
        entry.mentions += 1.0;
    }
    // A name the text declares a short form for (某某保健中心(以下简称妇幼中心)): the
    // short form's every later mention is one of it.
    for (name, short, at, count) in declared_names(text, &chars) {
        // The short form read as a name of its own (西藏成办医院) is this one: its uses
        // are counted below, and a title that uses it is the full name's.
        found.retain(|_, e| !(e.names.len() == 1 && e.names.contains_key(&short)));
        let entry = match found.iter_mut().find(|(_, e)| e.names.contains_key(&name)) {
            Some((_, entry)) => entry,
            None => found.entry((String::from("简称"), name.clone())).or_insert_with(|| Entry {
                names: HashMap::from([(name.clone(), 1)]),
                region: String::new(),
                mentions: 1.0,
                first: at,
                visited: false,
                partner: partner_at(&chars, at),
            }),
        };
        entry.mentions += count as f64;
        entry.names.entry(short).or_insert(0);
    }
    // The title and the authors' affiliations make a hospital prominent.
    for (extra, weight) in notes
        .iter()
        .filter(|n| n.kind == NoteKind::Affiliation)
        .map(|n| (hanconv::t2s(&n.text), 2.0))
        .chain(std::iter::once((title.to_string(), 3.0)))
    {
        for ((_, rest), entry) in found.iter_mut() {
            if entry.names.keys().any(|n| extra.contains(n.as_str()))
                || extra.ends_with(rest.as_str()) && extra.contains("医院")
                || ["市", "省", "县", "区"].iter().any(|p| extra.contains(&format!("{p}{rest}")))
            {
                entry.mentions += weight;
            }
        }
    }
    // A user's alias (附院) is a mention of its full name, whatever the rules made of it.
    let mut covered = vec![false; chars.len()];
    for (alias, full) in &aliases.pairs {
        let needle: Vec<char> = alias.chars().collect();
        let mut count = 0;
        let mut first = usize::MAX;
        let mut i = 0;
        while !needle.is_empty() && i + needle.len() <= chars.len() {
            if chars[i..i + needle.len()] == needle[..] && !covered[i] {
                covered[i..i + needle.len()].iter_mut().for_each(|c| *c = true);
                count += 1;
                first = first.min(i);
                i += needle.len();
            } else {
                i += 1;
            }
        }
        if count == 0 {
            continue;
        }
        let entry = match found.iter_mut().find(|(_, e)| e.names.contains_key(full)) {
            Some((_, entry)) => entry,
            None => found.entry((String::from("alias"), full.clone())).or_insert_with(|| Entry {
                names: HashMap::from([(full.clone(), 0)]),
                region: String::new(),
                mentions: 0.0,
                first,
                visited: false,
                partner: false,
            }),
        };
        entry.mentions += count as f64;
        entry.first = entry.first.min(first);
    }
    // Short forms (市人民医院) and bare names (中山医院) count for the hospital with the
    // same rest of the name (after 附属, for a university's).
    let mut unresolved: HashMap<String, (usize, usize, bool)> = HashMap::new();
    // Hospitals each first named as an item of a list (与A医院、B医院、
    // C医院建立联系点) are a place's or a programme's, none of them the text's own —
    // unless one is named again (…B医院护理部党支部作为代表发言): that one the text
    // goes on to speak of.
    // (Not in a report that speaks of its own hospital as 我院: there the one named
    // again is a partner.)
    let speaks_of_its_own = text.contains("我院") || text.contains("本院");
    let listed_item = |e: &Entry| {
        let len = e.names.keys().map(|n| n.chars().count()).max().unwrap_or(0);
        ((e.first > 0 && chars[e.first - 1] == '、') || chars.get(e.first + len) == Some(&'、'))
            && (e.mentions < 2.0 || speaks_of_its_own)
    };
    let short_forms: std::collections::HashSet<&str> = short.iter().map(|(_, w, _, _)| w.as_str()).collect();
    let a_list_only = found.len() + short_forms.len() >= 2
        && found.values().all(listed_item)
        && short.iter().all(|&(_, _, _, listed)| listed);
    for (rest, written, at, listed) in short {
        let rest = rest.trim_start_matches(['市', '省', '县', '区']);
        let matching: Vec<&mut Entry> = found.iter_mut().filter(|((_, r), _)| r == rest).map(|(_, e)| e).collect();
        if matching.len() == 1 {
            for entry in matching {
                entry.mentions += if at >= second_item { 0.1 } else { 1.0 };
                entry.first = entry.first.min(at);
            }
        } else if matching.is_empty() {
            let seen = unresolved.entry(written).or_insert((0, at, true));
            seen.0 += 1;
            seen.2 &= listed;
        }
    }
    // A report that speaks of its hospital as 我院 (本院) and names another only as the
    // place its people went to (我院专家到某某卫生院义诊), or as the home of a delegation
    // it received, is not about that one.
    // So is one that names another hospital than the place its people went to (某某医院
    // 党支部…来到某镇卫生院开展义诊; 心内科党小组来到某乡卫生院…“某某医院的专家…”).
    // (One hospital written in full and short, 大同市第五人民医院 and 大同市五医院, is
    // the text's own in both forms when one of them is: its 一行 that went somewhere
    // was its own people.)
    let own_names: Vec<String> = found.values().filter(|e| !e.visited).flat_map(|e| e.names.keys().cloned()).collect();
    for entry in found.values_mut().filter(|e| e.visited) {
        let same = |n: &String| own_names.iter().any(|o| suffixes_dropped(o, n) || suffixes_dropped(n, o));
        if entry.names.keys().any(same) {
            entry.visited = false;
        }
    }
    let goer_named = found.values().any(|e| e.visited) && found.values().any(|e| !e.visited && !e.partner);
    // And one whose only hospitals are where its own people went (骨科支部赴某县中医院
    // 开展义诊) names none of its own: an anonymised report — not one an official or an
    // inspection team came to (巡察组赴某医院, 某某副书记来到某医院), which is about it.
    let only_visited = !found.is_empty() && found.values().all(|e| e.visited && own_people_went(&chars, e.first));
    if speaks_of_its_own || goer_named || only_visited {
        found.retain(|_, e| !e.visited);
    }
    // A 我院 report whose only hospitals are the partners 我院 joined up with (我院某
    // 党支部和某县人民医院外科党支部开展共建活动) names none of its own.
    let joined_to_ours = |e: &Entry| {
        let first = e.first.min(chars.len());
        let start = chars[..first].iter().rposition(|&c| matches!(c, '。' | '\n')).map_or(0, |p| p + 1);
        let before: String = chars[start..first].iter().collect();
        e.partner && (before.contains("我院") || before.contains("本院"))
    };
    if speaks_of_its_own && found.values().all(joined_to_ours) && !owners.iter().any(|o| !o.is_empty()) {
        found.clear();
    }
    if speaks_of_its_own {
        // 我院 on a hospital's own site (版权所有：某某医院) is that hospital, whatever
        // others the text names more often (the county hospital it signed with). A
        // welcome in the header (欢迎访问某某医院医疗集团) may be a group's, whose members
        // write as 我院 too: it is only a line of the text.
        let owners = owners.iter().filter(|o| !o.contains("欢迎"));
        let owners: Vec<&String> = owners.collect();
        for entry in found.values_mut() {
            if entry.names.keys().any(|n| owners.iter().any(|o| o.contains(n.as_str()))) {
                entry.mentions += 3.0;
            }
        }
    }
    // A short form or a bare name that no full name resolves is the hospital only
    // when the text names no other hospital in full: written as it is (市中医医院, 华西医院).
    // One named only as an item of a list (我市的医院有4所,即…、市第二人民医院、…) is one
    // of a place's hospitals, not the text's.
    let listed_only = unresolved.values().any(|(_, _, listed)| *listed);
    // 龙华卫生院 is 龙华镇卫生院 without its town's suffix: one name, the longer.
    let written: Vec<String> = unresolved.keys().cloned().collect();
    for short_form in &written {
        let longer = written.iter().find(|w| {
            ["镇", "乡", "街道"]
                .iter()
                .any(|suffix| w.len() > short_form.len() && w.replacen(suffix, "", 1) == *short_form)
        });
        if let Some(longer) = longer
            && let Some((count, at, listed)) = unresolved.remove(short_form)
            && let Some(entry) = unresolved.get_mut(longer)
        {
            entry.0 += count;
            entry.1 = entry.1.min(at);
            entry.2 &= listed;
        }
    }
    // 附属医院 is a name only on its university's page, and the last resort: after a
    // numbered short form (青大附院), which says whose it is.
    let (affiliated, unresolved): (Vec<_>, Vec<_>) =
        unresolved.into_iter().partition(|(written, _)| written.starts_with("附属"));
    let as_entries = |forms: Vec<(String, (usize, usize, bool))>| {
        forms
            .into_iter()
            .filter(|(w, (_, _, listed))| !listed && !anonymised.iter().any(|a| a.ends_with(w.as_str())))
            .map(|(written, (count, at, _))| {
                let entry = Entry {
                    names: HashMap::from([(written.clone(), count)]),
                    region: String::new(),
                    mentions: count as f64,
                    first: at,
                    visited: visited_at(&chars, at, at + written.chars().count()),
                    partner: partner_at(&chars, at),
                };
                ((String::new(), written), entry)
            })
            .collect::<Vec<_>>()
    };
    if found.is_empty() {
        found.extend(as_entries(unresolved));
    }
    // A numbered short form the text keeps using (市二院, 三院党委) — when nothing else
    // names a hospital, or when it is used more often than any name found and is none of
    // them shortened (兰大一院, beside the county hospital its people went to; 市三院 is
    // 长治市第三人民医院's) — not in a text that lists a place's hospitals, where it
    // abbreviates one of them.
    let most = found.values().map(|e| e.mentions).fold(0.0, f64::max);
    // (校医院 is what a university's people call its 某某大学医院.)
    let shortens = |short: &str, name: &str| {
        let mut rest = name.chars();
        short.trim_end_matches('院').chars().all(|c| rest.any(|n| n == c))
            || short == "校医院" && name.ends_with("大学医院")
    };
    if !listed_only
        && let Some((written, count, at, region)) = numbered_short_form(text)
        && (found.is_empty()
            || count as f64 > most && !found.values().any(|e| e.names.keys().any(|n| shortens(&written, n))))
    {
        let entry = Entry {
            names: HashMap::from([(written.clone(), count)]),
            region,
            mentions: count as f64,
            first: at,
            visited: false,
            partner: false,
        };
        found.insert((String::new(), written), entry);
    }
    // Not in a template, whose marks stand for what each user fills in (20XX年, 某某):
    // its 附属医院 is anyone's.
    let template = ["xx", "××", "某某"].iter().any(|m| text.contains(m));
    if found.is_empty() && !listed_only && !template {
        found.extend(as_entries(affiliated));
    }
    if speaks_of_its_own {
        found.retain(|_, e| !e.visited);
    }
    if a_list_only {
        found.clear();
    }
    // 正定县医院 is what people call 正定县人民医院: one hospital, by its full name.
    let everyday = found
        .keys()
        .map(|(place, rest)| ((place.clone(), rest.clone()), (place.clone(), "人民医院".to_string())))
        .filter(|((_, rest), full)| rest == "医院" && found.contains_key(full));
    // 振国医院 is 振国中西医结合肿瘤医院 called without its kind: one hospital, by its
    // full name — when the place has one such longer name only.
    let called_short = found.keys().filter_map(|(place, rest)| {
        let stem = rest.strip_suffix("医院").filter(|s| s.chars().count() >= 2 && !only_generic(rest))?;
        // The kind left out is a word (中西医结合肿瘤), not a slip of one character
        // (宁夏医科大学总院医院 is no longer name of 总医院).
        let mut longer = found.keys().filter(|(p, r)| {
            p == place
                && !place.is_empty()
                && r.chars().count() >= rest.chars().count() + 2
                && r.starts_with(stem)
                && r.ends_with("医院")
        });
        match (longer.next(), longer.next()) {
            (Some(full), None) => Some(((place.clone(), rest.clone()), full.clone())),
            _ => None,
        }
    });
    // A written name that is another's longer name said shorter (`same`) is merged into
    // it: short form → full.
    let longest = |e: &Entry| e.names.keys().max_by_key(|n| n.chars().count()).cloned().unwrap_or_default();
    let into_longer = |same: &dyn Fn(&str, &str) -> bool| -> Vec<((String, String), (String, String))> {
        found
            .iter()
            .filter_map(|(short, e)| {
                let name = longest(e);
                let (full, _) = found.iter().find(|(k, other)| *k != short && same(&name, &longest(other)))?;
                Some((short.clone(), full.clone()))
            })
            .collect()
    };
    // 同济医学院附属协和医院 is 华中科技大学同济医学院附属协和医院 without the
    // university its college belongs to, 蓬莱人民医院 is 烟台市蓬莱人民医院 without the
    // city it belongs to, 某济医院 is 合隆某济医院 without the town it stands in (two
    // characters, a place's or a noun's word or none jieba knows, no word of
    // `bare_hospital_words.txt`): one hospital, by the longer name — its kind written
    // short or not (荷塘区疾控中心 in 株洲市荷塘区疾病预防控制中心).
    let nested = into_longer(&|name, longer| {
        let cdc = |n: &str| n.replace("疾病预防控制中心", "疾控中心");
        let (name, longer) = (cdc(name), cdc(longer));
        let (name, longer) = (name.as_str(), longer.as_str());
        let prefix = longer.strip_suffix(name).unwrap_or_default();
        let city = (2..=6).contains(&prefix.chars().count())
            && prefix.ends_with(['市', '省', '州', '盟'])
            && prefix.chars().all(crate::clean::is_han);
        let town = || {
            prefix.chars().count() == 2
                && prefix.chars().all(crate::clean::is_han)
                && !bare_words().iter().any(|w| prefix.starts_with(w) || prefix.ends_with(w))
                && {
                    let tags = crate::segment::jieba().tag(prefix, false);
                    tags.len() == 2 || tags.len() == 1 && matches!(tags[0].tag, "ns" | "n" | "nz")
                }
        };
        !prefix.is_empty() && (universities().iter().any(|u| prefix.ends_with(u)) || city || town())
    });
    // 宜城南营红山卫生院 is 宜城市南营区红山镇卫生院 with its places' suffixes left out,
    // 市二中医医院 市第二中医医院 without 第: one hospital, by the longer name.
    let dropped = into_longer(&suffixes_dropped);
    // 中山三院肇庆医院 is 中山大学附属第三医院肇庆医院 said the way people say a
    // university's numbered hospital: one hospital, by the longer name.
    let abbreviated = into_longer(&numbered_abbreviation);
    // 某某医院医疗集团 is run by 某某医院 and named after it: the report is the hospital's.
    let group = found.keys().filter_map(|(place, rest)| {
        let hospital = (place.clone(), rest.strip_suffix("医疗集团")?.to_string());
        found.contains_key(&hospital).then(|| ((place.clone(), rest.clone()), hospital))
    });
    // Each merged in turn, so that a chain (县医院 → 县人民医院 → …) ends in the last.
    let merges: Vec<((String, String), (String, String))> =
        everyday.chain(called_short).chain(nested).chain(dropped).chain(abbreviated).chain(group).collect();
    for (short, full) in merges {
        let Some(entry) = found.remove(&short) else { continue };
        if let Some(into) = found.get_mut(&full) {
            into.mentions += entry.mentions;
            into.first = into.first.min(entry.first);
        }
    }
    let mut out: Vec<(bool, f64, Hospital)> = found
        .into_values()
        .map(|e| {
            // The written form with the most specific place, then the most used; not a
            // place's suffix written twice (秦皇岛市市中医医院) where the page also writes
            // it once.
            let slip = |n: &str| {
                ["市市", "县县", "区区", "省省"]
                    .iter()
                    .any(|d| n.contains(d) && e.names.contains_key(&n.replacen(d, &d[..3], 1)))
            };
            let name = e
                .names
                .iter()
                .max_by_key(|(n, count)| (!slip(n), n.chars().count(), **count, std::cmp::Reverse((*n).clone())))
                .map(|(n, _)| n.clone())
                .unwrap_or_default();
            (e.partner, e.mentions, Hospital { name, region: e.region, first: e.first })
        })
        .collect();
    // A partner named after the text's hospital comes after every other (it is named,
    // not reported on). Ties in mentions and place go to the longer name (平阴县人民医院
    // 总医院 over the 平阴县人民医院 it starts with), then to the name: never to the
    // map's order, so that a report reads the same on every run.
    out.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.total_cmp(&a.1))
            .then(a.2.first.cmp(&b.2.first))
            .then(b.2.name.chars().count().cmp(&a.2.name.chars().count()))
            .then(a.2.name.cmp(&b.2.name))
    });
    out.into_iter()
        .map(|(_, _, mut h)| {
            if let Some(with_group) = grouped.get(&h.name) {
                h.name = with_group.clone();
            }
            h
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Metadata {
        let cleaned = crate::clean::clean(text);
        metadata(&cleaned.text, &Folded::new(&cleaned.text), &cleaned.notes)
    }

    /// Asserts the hospital read in each text (empty: none).
    fn assert_hospitals(cases: &[(&str, &str)]) {
        for &(text, hospital) in cases {
            let m = read(text);
            assert_eq!(m.hospital, hospital, "{text}: {:?}", m.hospitals);
        }
    }

    #[test]
    fn a_web_article_with_a_time_stamp_and_a_journal_line() {
        let m = read(
            "重慶市人民醫院:“混搭”巧解工學矛盾\n\n2017-05-18 07:33:26寧小倩\n當代黨員 2017年10期\n\n寧小倩\n\n重慶市人民醫院有員工近3000人。市人民醫院黨委還將……",
        );
        assert_eq!(m.title, "重慶市人民醫院:“混搭”巧解工學矛盾");
        assert_eq!(m.date, "2017-05-18");
        assert_eq!(m.source, "当代党员");
        assert_eq!(m.authors, ["宁小倩"]);
        assert_eq!(m.hospital, "重庆市人民医院");
        assert_eq!(m.region, "重庆市");
    }

    #[test]
    fn a_newspaper_dateline_takes_its_year_from_the_text() {
        let m = read(
            "大眾衛生報11月21日訊(記者 王璐 通訊員 李文娟 孟天笑)日前,在邵陽市中心醫院傳達學習大會上,該院黨委書記說。\n2017年,是重要一年。邵陽中心醫院2016年……",
        );
        assert_eq!(m.title, "");
        assert_eq!(m.date, "2017-11-21");
        assert_eq!(m.source, "大众卫生报");
        assert_eq!(m.authors, ["王璐", "李文娟", "孟天笑"]);
        assert_eq!(m.hospital, "邵阳市中心医院");
        assert_eq!(m.region, "湖南省邵阳市");
    }

    #[test]
    fn a_traditional_page_s_date_label_in_either_of_its_forms() {
        // A stamp line taken for chrome keeps its date whichever traditional form its
        // label takes (發布 or 發佈).
        for label in ["發布時間", "發佈時間"] {
            let m = read(&format!(
                "某縣醫院舉辦黨課\n\n{label}:2022/9/8 10:05:33文章來源:本站\n\n支部書記為全體黨員講授黨課。"
            ));
            assert_eq!(m.date, "2022-09-08", "{label}");
        }
    }

    #[test]
    fn labelled_dates_and_source_lines() {
        let m = read("某县人民医院开展主题党日活动\n发布时间：2023年06月12日  来源：健康报\n作者：李明\n正文。");
        assert_eq!((m.date.as_str(), m.source.as_str()), ("2023-06-12", "健康报"));
        assert_eq!(m.authors, ["李明"]);
        // The line's other labels, and the names after them, are not the writer's.
        let m = read("某县人民医院开展主题党日活动\n作者:李明 审稿人:王强 赵刚 点击数:35\n正文。");
        assert_eq!(m.authors, ["李明"]);
        // A date in brackets, run on after a view counter.
        let m = read("某县人民医院开展读书分享会\n来源:本站 点击:512日期:[ 2025/3/9 ]\n正文。");
        assert_eq!(m.date, "2025-03-09");
        let m = read("某县人民医院开展主题党日活动\n正文。\n作者:眼科 图片:眼科 本页责编:王强\n");
        assert_eq!(m.authors, ["眼科"]);
        // 文章来源 labels the source: its 文 is no writer's role (文:王强 is).
        let m = read("某县人民医院开展主题党日活动\n文章来源:江城晚报  发布时间:2012-04-09\n正文。");
        assert_eq!((m.source.as_str(), m.authors.len()), ("江城晚报", 0), "{:?}", m.authors);
        assert_eq!(read("某县人民医院开展主题党日活动\n文:王强 图:李丽\n正文。").authors, ["王强"]);
        // A date, the site's name and its view counter: the page's stamp, not a link.
        let m = read("某县人民医院开展植树活动\n\n2024-03-15 某县人民医院 86\n\n3月14日,医院党委组织党员植树。");
        assert_eq!(m.date, "2024-03-15");
        // 发布 with its colon labels the date; labels after a date (来源, 浏览) make a
        // long line of facts the page's stamp; an update's stamp in the footer is not
        // the page's date.
        for (text, date) in [
            (
                "某县人民医院开展主题党日活动\n发布:2022-10-08 来源:卫健委  作者:王红  审核:admin  浏览量:316\n正文。",
                "2022-10-08",
            ),
            (
                "某社区卫生服务中心召开党风廉政建设会议\n2024-4-9 来源:健康网 - 健康报 浏览:次健康网讯(通讯员李华)4月8日上午,中心召开会议。",
                "2024-04-09",
            ),
            (
                "某县人民医院开展主题党日活动\n2023-06-12\n6月10日,支部组织党员参观纪念馆。\n最后更新:2024-01-05",
                "2023-06-12",
            ),
            // A labelled date with the year's last two digits.
            ("某县人民医院开展主题党日活动\n发布时间 : 21-03-05\n支部组织党员参观纪念馆。", "2021-03-05"),
            // Not a two-digit date in the body, nor a range.
            ("某县人民医院开展义诊\n2023-10-09 来源:本站\n医院党委开展义诊。\n义诊日期:10.1-10.7。", "2023-10-09"),
            // A body that opens with its event's time gives the page no date.
            (
                "党建动态\n我院召开党支部书记述职评议会\n2023年1月12日9:30,我院党支部书记述职评议会在三楼会议室召开,各支部书记参会。",
                "",
            ),
        ] {
            assert_eq!(read(text).date, date, "{text}");
        }
        let m = read("湘潭市第一人民医院党建工作纪实\n2019年5月\n湘潭市第一人民医院党委……");
        assert_eq!(m.hospital, "湘潭市第一人民医院");
        assert_eq!(m.region, "湖南省湘潭市");
    }

    /// Pages whose headline runs on into its stamp labelled 时间: alone, sits among a
    /// welcome that says 您 and a contact line, ends in a page's command (返回上一级) or
    /// opens with the site's name in brackets — and what stays: an event's time, a
    /// column's tag.
    #[test]
    fn headlines_among_a_pages_stamps_commands_and_banners() {
        let body = "为深入学习贯彻党的精神,江城县中医院党支部组织全体党员开展学习。";
        for (text, title, date) in [
            (
                format!("江城县中医院召开主题教育部署会时间:2021-04-06 {body}"),
                "江城县中医院召开主题教育部署会",
                "2021-04-06",
            ),
            (
                format!("江城县中医院召开主题教育部署会 时间：2021/4/6\n{body}"),
                "江城县中医院召开主题教育部署会",
                "2021-04-06",
            ),
            (
                format!(
                    "欢迎您访问江城县中医院\n联系方式 关注微信公众号\n咨询电话 0871-1234567\n\
                     江城县中医院党员踊跃捐款助力防疫 返回上一级\n发布时间:2020-02-18\n\n{body}"
                ),
                "江城县中医院党员踊跃捐款助力防疫",
                "2020-02-18",
            ),
            (format!("【江城日报】好消息:江城县中医院成立党总支啦!\n{body}"), "好消息:江城县中医院成立党总支啦!", ""),
            // A page's <title> kept as its first line: the site's name after a bar, a
            // dash or underscores; a mark that the article has pictures.
            (
                format!("江城县中医院召开党风廉政建设会议 | 江城新闻网\n2022-03-09\n{body}"),
                "江城县中医院召开党风廉政建设会议",
                "2022-03-09",
            ),
            (
                format!("江城县中医院召开党风廉政建设会议 - 江城县中医院\n2022-03-09\n{body}"),
                "江城县中医院召开党风廉政建设会议",
                "2022-03-09",
            ),
            (
                format!("江城县中医院召开党风廉政建设会议_院务公开_江城县中医院\n2022-03-09\n{body}"),
                "江城县中医院召开党风廉政建设会议",
                "2022-03-09",
            ),
            (
                format!("江城县中医院召开党风廉政建设会议(组图)\n2022-03-09\n{body}"),
                "江城县中医院召开党风廉政建设会议",
                "2022-03-09",
            ),
            (
                format!("【图文】江城县中医院召开党风廉政建设会议\n2022-03-09\n{body}"),
                "江城县中医院召开党风廉政建设会议",
                "2022-03-09",
            ),
            // A place in brackets (a dateline's), the site's masthead before a bar.
            (
                format!("【云南】江城县中医院召开党风廉政建设会议\n2022-03-09\n{body}"),
                "江城县中医院召开党风廉政建设会议",
                "2022-03-09",
            ),
            (
                format!("江城县中医院|县中医院召开党风廉政建设会议\n2022-03-09\n{body}"),
                "县中医院召开党风廉政建设会议",
                "2022-03-09",
            ),
            (format!("【党建动态】江城县中医院开展主题党日活动\n{body}"), "江城县中医院开展主题党日活动", ""),
            (
                format!("【七一表彰】江城县中医院召开庆祝建党大会\n{body}"),
                "【七一表彰】江城县中医院召开庆祝建党大会",
                "",
            ),
        ] {
            let m = read(&text);
            assert_eq!((m.title.as_str(), m.date.as_str()), (title, date), "{text}");
        }
        // A site's empty date (1970-01-01, the clock's zero) is none; the next label's is.
        let m = read(&format!("江城县中医院开展学雷锋活动\n发布时间:1970-01-01\n{body}\n更新时间:2021-03-06"));
        assert_eq!(m.date, "2021-03-06");
        // A licence line above the headline is chrome, not the headline's first half.
        let top = "新闻信息服务许可证:53120180001\n\n违法不良信息举报电话:0871-1234567\n\n\
                   江城县中医院开展学雷锋活动\n\n2021-03-05 18:50:52 来源:江城县中医院\n\n";
        assert_eq!(read(&format!("{top}{body}")).title, "江城县中医院开展学雷锋活动");
        // An event's time is no stamp, nor a date in words.
        let stamp = &patterns().stamp_time;
        assert!(stamp.is_match("部署会时间:2021-04-06") && stamp.is_match("时间：2021/4/6"));
        for event in ["会议时间:2021-04-06", "活动时间:2021-04-06", "报名时间:2021-04-06", "时间:2021年4月6日"]
        {
            assert!(!stamp.is_match(event), "{event}");
        }
    }

    /// The campus a report is about (its title names it, the text again and again),
    /// written after its hospital's name — not one the text passes by.
    #[test]
    fn a_campus_the_report_is_about_is_part_of_the_hospital() {
        let text = "江城院区开展红色教育活动\n12月5日,云南省第一人民医院江城院区组织党员赴纪念馆参观。\
                    江城院区党支部书记讲话,江城院区全体党员重温入党誓词。云南省第一人民医院党委书记出席。";
        assert_eq!(read(text).hospital, "云南省第一人民医院江城院区");
        let passing = "医院开展红色教育活动\n12月5日,云南省第一人民医院江城院区组织党员赴纪念馆参观。\
                       云南省第一人民医院党委书记出席。";
        assert_eq!(read(passing).hospital, "云南省第一人民医院");
    }

    #[test]
    fn a_garbled_running_header_names_a_known_journal() {
        assert_eq!(known_source("江苏卫牛事管弹"), Some("江苏卫生事业管理".into()));
        assert_eq!(known_source("汀蒜毕事管殚"), None);
        let notes = [Note {
            kind: NoteKind::Header,
            text: "《江苏卫牛事、』 管弹》2012年第4期f第23卷总第128期".into(),
        }];
        assert_eq!(source(&["深入开展创先争优活动"], &notes), "江苏卫生事业管理");
        assert_eq!(date("", &["深入开展创先争优活动"], &notes), "2012");
        let received = [Note { kind: NoteKind::Received, text: "2013-04-23".into() }];
        assert_eq!(date("", &["深入开展创先争优活动"], &received), "2013");
    }

    #[test]
    fn a_province_before_a_city_locates_the_hospital_and_a_district_keeps_its_city() {
        let m = read("浙江省临海市第一人民医院召开党委会。会上,临海市第一人民医院党委书记讲话。");
        assert_eq!(m.hospital, "临海市第一人民医院");
        assert_eq!(m.hospitals, ["临海市第一人民医院"]);
        let m =
            read("绍兴市越城区人民医院与绍兴市人民医院结对共建。越城区人民医院党支部开展义诊,越城区人民医院院长出席。");
        assert_eq!(m.hospital, "绍兴市越城区人民医院");
        assert_eq!(m.hospitals, ["绍兴市越城区人民医院", "绍兴市人民医院"]);
    }

    /// A long title the page wrapped goes on on the next line; a short one with a
    /// subtitle under it, or a cut one, does not.
    #[test]
    fn a_title_wrapped_onto_a_second_line_is_joined() {
        let body = "近日,医院组织党员走进社区,为居民测量血压、讲解慢病知识,受到居民欢迎。";
        let m = read(&format!("【健康扶贫】江城市第三人民医院心内科第二党支部\n走进红星社区开展健康义诊活动\n{body}"));
        assert_eq!(m.title, "【健康扶贫】江城市第三人民医院心内科第二党支部走进红星社区开展健康义诊活动");
        let m = read(&format!("江城市第三人民医院与红星社区签约\n共建促发展 服务零距离\n{body}"));
        assert_eq!(m.title, "江城市第三人民医院与红星社区签约");
        // A headline that tells of an event held, whole, over a purpose on a line of
        // its own and a dated body; a campaign's banner above a headline of its own.
        let dated = "2024年3月5日上午,医院召开大会,全院党员参加。";
        let m = read(&format!("江城市第三人民医院召开庆祝建院七十周年大会\n为守护百姓健康再立新功\n{dated}"));
        assert_eq!(m.title, "江城市第三人民医院召开庆祝建院七十周年大会");
        let m = read(&format!(
            "深入开展清廉医院创建和党建品牌提升年活动\n我院外科党支部赴革命老区开展主题党日活动\n{dated}"
        ));
        assert_eq!(m.title, "我院外科党支部赴革命老区开展主题党日活动");
        // Set on two lines after its Party organ's name and a colon, above its facts.
        let m = read(&format!(
            "首页 / 基层党建 / 正文\n桃源县中医医院党委:\n“三个聚焦”推动党建与业务融合\n来源:某某网 发布时间:2025-03-13\n{body}"
        ));
        assert_eq!(m.title, "桃源县中医医院党委:“三个聚焦”推动党建与业务融合");
        // A paper's headline: the hospital's name, then its quoted course opened.
        let m = read(&format!("江城中医医院\n“岐黄讲堂”开讲\n\n本报讯 通讯员王明报道:{body}"));
        assert_eq!(m.title, "江城中医医院“岐黄讲堂”开讲");
        let m = read(&format!("江城县融媒体中心\n“两优一先”表彰大会召开\n\n本报讯 {body}"));
        assert_eq!(m.title, "“两优一先”表彰大会召开");
        // A title printed twice, as the page's heading and its headline, is one title.
        let m = read(&format!(
            "2025年5月医院第一党支部主题党日活动实施方案\n2025年5月医院第一党支部主题党日活动实施方案\n{body}"
        ));
        assert_eq!(m.title, "2025年5月医院第一党支部主题党日活动实施方案");
        // A quoted campaign, and on the next line only the kind of event it is.
        let m = read(&format!("江城市妇幼保健院开展“迎七一·护健康”\n专题活动\n{body}"));
        assert_eq!(m.title, "江城市妇幼保健院开展“迎七一·护健康”专题活动");
    }

    /// A headline printed twice (once whole, once with its subtitle on a line of its
    /// own) is the title under a contact block; a site's banner is no first half of a
    /// wrapped title; a quotation and the event it names are one title on two lines; a
    /// quoted pledge is no title; 发布 and 时间 are labels of a line of facts.
    #[test]
    fn a_headline_printed_twice_a_sites_banner_a_pledge_and_labels_of_their_own() {
        let body = "近日,医院组织党员走进社区,为居民测量血压、讲解慢病知识,受到居民欢迎。";
        let m = read(&format!(
            "预约挂号(含电话)\n\n0731-5550123\n0731-5550124\n\n专家门诊:\n\n\
             风雨中的守护——江城中医医院党员干部奋战在抗洪一线\n\n江城中医医院\n\n\
             风雨中的守护\n\n——江城中医医院党员干部奋战在抗洪一线\n\n{body}"
        ));
        assert_eq!(m.title, "风雨中的守护——江城中医医院党员干部奋战在抗洪一线");
        let m = read(&format!(
            "江城新闻网——江城市委宣传部主办的综合新闻门户网\n\n江城县康复医院党支部开展“冬日送暖”主题党日活动\n\n\
             发布时间:2024-12-27 16:24:05 来源:江城新闻\n\n{body}"
        ));
        assert_eq!(m.title, "江城县康复医院党支部开展“冬日送暖”主题党日活动");
        let m = read(&format!("三院召开“廉洁行医、温暖患者”\n动员大会\n{body}"));
        assert_eq!(m.title, "三院召开“廉洁行医、温暖患者”动员大会");
        let m = read(&format!("“我宣誓:不收红包;不拿回扣;守住白衣初心……”\n{body}"));
        assert_eq!(m.title, "");
        let m = read(&format!(
            "• 院报在线 每日更新医院的动态要闻,打造及时鲜活的资讯平台。\n本期编辑:王丽\n院党委举办“书香满院 礼赞华诞”读书月活动\n发布:党委宣传部 时间:2022-05-17\n{body}"
        ));
        assert_eq!(m.title, "院党委举办“书香满院 礼赞华诞”读书月活动");
        // A repost labels the headline it copied.
        let m = read(&format!("原标题:抗疫一线,某中医医疗队3名队员递交入党申请书\n{body}"));
        assert_eq!(m.title, "抗疫一线,某中医医疗队3名队员递交入党申请书");
    }

    /// A document-sharing site's first line names the file: its name is the title.
    #[test]
    fn a_shared_files_name_is_the_title() {
        let m = read(
            "《县医院党委2022年党建工作总结与下一步打算.docx》由会员分享,可在线阅读,更多相关文档请搜索。\n\
             1、县医院党委2022年党建工作总结与下一步打算一年来,院党委坚持以党建引领医院发展。",
        );
        assert_eq!(m.title, "县医院党委2022年党建工作总结与下一步打算");
    }

    /// A hospital the text calls by its number only; a number inside a longer word is
    /// none.
    #[test]
    fn a_name_that_runs_on_past_a_person_s_post_is_none() {
        // 某某九院负责人某某代表医院…: the span ran on past the name, over a post.
        let text = "无锡九院召开组织生活会\n12月3日,无锡九院党委召开专题组织生活会。无锡九院负责人李明代表医院党委查摆问题,班子成员逐一发言。";
        assert_eq!(read(text).hospital, "无锡九院");
    }

    #[test]
    fn a_numbered_short_form_is_the_hospital_when_nothing_else_is_named() {
        assert_eq!(read("市三院党委召开理论学习会,市三院全体党员参加。").hospital, "市三院");
        // Written once with its city and then without, it is the one hospital.
        let m = read("近日,江门市三院党委书记带队到结对村调研。市三院援建了村卫生室,市三院专家定期坐诊。");
        assert_eq!(m.hospital, "江门市三院");
        assert_eq!(read("三院党委书记在会上讲话,要求三院党员干部带头攻坚。").hospital, "三院");
        // An ordinal hospital with no place, as a university's people call theirs; one
        // written once after its place is that place's; one after a withheld place is
        // anonymised; a letter signed by one that calls itself 市N院 in the text is its;
        // an affiliated hospital named by its ordinal stays the affiliated one.
        assert_hospitals(&[
            ("6月28日,我校第四医院召开七一表彰大会。第四医院党委书记致辞,第四医院各支部书记参加。", "第四医院"),
            (
                "本月,省督导组到江门市第五人民医院检查。会上,第五人民医院党委汇报了工作,第五人民医院将逐项整改。",
                "江门市第五人民医院",
            ),
            ("6月28日,某市第四医院召开七一表彰大会。第四医院党委书记致辞,第四医院各支部书记参加。", ""),
            (
                "全院同志们:\n中秋将至,感谢大家坚守岗位。\n市四院的每一位员工都是好样的!\n第四人民医院\n2021年9月20日",
                "第四人民医院",
            ),
            ("4月8日,附属第四医院党委召开会议。附属第四医院党委书记讲话,附属第四医院党员参加。", "附属第四医院"),
        ]);
        assert_eq!(read("校医院党支部召开组织生活会,校医院全体党员参加。").hospital, "校医院");
        assert_eq!(read("会上,市口腔党支部书记作报告,市口腔党员代表发言。").hospital, "市口腔");
        assert_eq!(read("附属二院党委召开会议,附属二院全体党员参加,医院走在同类医院前列。").hospital, "附属二院");
        // A university's abbreviation after a province's two-character name; a
        // university and its hospitals are two bodies, not a name across 和.
        let m = read("山西医大一院党委专题学习会召开\n我们医科大学和教学医院要担起责任,山西医大一院党员积极参与。");
        assert_eq!(m.hospitals, ["山西医大一院"]);
        assert_eq!(read("会议要求各高校医院党组织加强建设,学校医院党委要落实责任。").hospital, "");
        for text in ["医院推进一院多区建设,一院多区格局基本形成。", "两院院士来院讲学。"]
        {
            assert_eq!(read(text).hospital, "", "{text}");
        }
        // A place's 人医 is its people's hospital, named in full, and its 县人医 the
        // same one (a county's short name, a city's); not a patient's care (病人医疗).
        let m = read("阳西人医党委开展主题党日\n县人医党员来到社区义诊,县人医专家为群众测血压。县人民医院护士参与。");
        assert_eq!((m.hospital.as_str(), m.region.as_str()), ("阳西县人民医院", "广东省阳江市"));
        assert_eq!(read("邵阳人医党委召开理论学习会,邵阳人医全体党员参加。").hospital, "邵阳市人民医院");
        assert_eq!(read("支部党员为病人医治,减免病人医药费。").hospital, "");
    }

    /// A numbered short form used more than any name the text gives in full is the
    /// text's, unless it shortens that name.
    #[test]
    fn a_numbered_short_form_used_most_outweighs_a_hospital_visited() {
        let text = "川大二院儿科党支部赴理县开展义诊,与理县人民医院党支部座谈。\
                    川大二院专家为群众看诊,川大二院党员还走访了敬老院。";
        assert_eq!(read(text).hospital, "川大二院");
        let text = "临汾市第三人民医院党委召开会议。市三院各支部书记参加,市三院党委书记讲话,市三院党员代表发言。";
        assert_eq!(read(text).hospital, "临汾市第三人民医院");
    }

    /// Designation numbers, recurring names jieba does not know, and health centres.
    #[test]
    fn numbered_recurring_and_health_centre_names() {
        assert_eq!(read("近日,九〇一医院第三党支部开展义诊活动。").hospital, "九〇一医院");
        let text = "康禾医院举行党员志愿服务队成立仪式。康禾志愿服务队由康禾集团党委组建,康禾医院院长出席。";
        assert_eq!(read(text).hospital, "康禾医院");
        assert_eq!(read("梅林街道社区卫生服务中心党支部开展主题党日活动。").hospital, "梅林街道社区卫生服务中心");
        assert_eq!(read("杭州市精神卫生中心党委召开专题会议。").hospital, "杭州市精神卫生中心");
        // A campaign named like a hospital is none; a word jieba knows stays a word.
        assert_eq!(read("市纪委检查组走访清廉医院创建情况,各院推进清廉医院建设。").hospital, "");
        assert_eq!(read("按照医院要求,加强医院管理,按照医院部署,按照规定执行。").hospital, "");
    }

    /// Town and community health centres, long names with a district and a street,
    /// and a name that starts after words saying who runs it.
    #[test]
    fn health_centres_long_names_and_the_last_run_of_places() {
        assert_eq!(read("桃溪镇卫生院党支部组织党员开展健康宣讲。").hospital, "桃溪镇卫生院");
        // A town's central health centre, its town's name three characters long.
        assert_eq!(read("下青溪镇中心卫生院的党员们轮流到卡点值守。").hospital, "下青溪镇中心卫生院");
        assert_eq!(read("城北社区卫生服务中心党支部开展义诊。").hospital, "城北社区卫生服务中心");
        let m = read("武汉市江汉区民意街社区卫生服务中心党支部开展主题党日活动。");
        assert_eq!(m.hospital, "武汉市江汉区民意街社区卫生服务中心");
        let m = read("西湖区北山街道非公企业杭州明德口腔医院党支部成立。杭州明德口腔医院院长讲话。");
        assert_eq!(m.hospital, "杭州明德口腔医院");
    }

    /// A page's date labelled 日期: in its chrome; a received date is not its date.
    #[test]
    fn a_date_labelled_riqi_in_the_chrome_is_the_publication_date() {
        let text = "党支部开展结对共建\n来源: 日期:2023-04-05 点击数: 责任编辑:\n2022年10月8日签订共建协议以来,双方开展活动5次。";
        let cleaned = crate::clean::clean(text);
        let m = metadata(&cleaned.text, &Folded::new(&cleaned.text), &cleaned.notes);
        assert_eq!(m.date, "2023-04-05");
        assert_ne!(read("收稿日期:2020-01-02\n医院党建工作研究").date, "2020-01-02");
        // A stamp line that cleaning takes for chrome (本站) keeps its opening date;
        // a dated link listed after the body is no stamp.
        let body = "6月29日,医院党委在学术报告厅举行新党员入党宣誓仪式,全体新党员参加了仪式,老党员代表讲话。";
        for stamp in ["2023-06-30 来源：本站原创", "2023年06月30日 来源：本站原创", "2023-06-30 江城党建信息网"]
        {
            let cleaned = crate::clean::clean(&format!("医院举行新党员入党宣誓仪式\n{stamp}\n{body}"));
            let m = metadata(&cleaned.text, &Folded::new(&cleaned.text), &cleaned.notes);
            assert_eq!(m.date, "2023-06-30", "{stamp}");
        }
        let cleaned =
            crate::clean::clean(&format!("医院举行新党员入党宣誓仪式\n{body}\n2019-05-02 本站推荐:医院召开职代会"));
        let m = metadata(&cleaned.text, &Folded::new(&cleaned.text), &cleaned.notes);
        assert_eq!(m.date, "");
    }

    /// A title may be two halves set apart by a bar, a shared file's name with its
    /// extension, a line cut after a preposition, or what a template site says it
    /// collected.
    #[test]
    fn titles_in_halves_with_extensions_cut_lines_and_collected_templates() {
        let body = "近日,医院组织党员走进社区,为居民测量血压、讲解慢病知识,受到居民欢迎。";
        let m = read(&format!("特色党建品牌巡礼 | 江城市第三人民医院打造“一科一品”服务矩阵\n{body}"));
        assert_eq!(m.title, "特色党建品牌巡礼 | 江城市第三人民医院打造“一科一品”服务矩阵");
        assert_eq!(read(&format!("首页 | 新闻 | 党建\n{body}")).title, "");
        let m = read(&format!("学党史 办实事 | 江城市第三人民医院为群众送健康\n2021-05-11 来源：宣传科\n{body}"));
        assert_eq!(m.title, "学党史 办实事 | 江城市第三人民医院为群众送健康");
        assert_eq!(read(&format!("支部党建工作经验交流材料.docx\n{body}")).title, "支部党建工作经验交流材料");
        let m = read(&format!("专题党课:坚守初心使命,以\n清廉作风护航医院发展\n{body}"));
        assert_eq!(m.title, "专题党课:坚守初心使命,以清廉作风护航医院发展");
        let m = read(
            "卫生院党支部工作总结范文时光飞逝,下面是小编整理的关于卫生院党支部工作总结范文,希望对你有帮助。一年来,我院党支部坚持……",
        );
        assert_eq!(m.title, "卫生院党支部工作总结");
    }

    /// A bad conversion's ASCII question mark for a lost character ends no headline;
    /// a headline that asks keeps it.
    #[test]
    fn a_lost_character_at_a_title_s_end() {
        let body = "\n近日,医院各党支部组织党员集中学习,逐条对照查找不足,取得良好效果。";
        for (headline, title) in [
            ("醫院各支部深入學習《黨支部工作條例》?", "醫院各支部深入學習《黨支部工作條例》"),
            ("党支部书记怎样当好“领头雁”?", "党支部书记怎样当好“领头雁”?"),
            ("这些党纪条例你知道多少?", "这些党纪条例你知道多少?"),
        ] {
            assert_eq!(read(&format!("{headline}{body}")).title, title, "{headline}");
        }
    }

    /// A character that ends a name elsewhere (日, 于, 年) is inside this one: a place
    /// (日照市, 于都县) or a word (老年病).
    #[test]
    fn a_stop_character_inside_a_place_or_a_word_is_part_of_the_name() {
        assert_eq!(read("日照市人民医院党委召开理论学习中心组会议。").hospital, "日照市人民医院");
        assert_eq!(read("于都县人民医院党支部开展义诊,于都县人民医院院长带队。").hospital, "于都县人民医院");
        assert_eq!(read("湖州老年病医院党支部举行七一座谈。湖州老年病医院院长出席。").hospital, "湖州老年病医院");
        // 年 of a date still ends the look back.
        assert_eq!(read("2021年湖州市中心医院党委召开会议。").hospital, "湖州市中心医院");
    }

    /// A title in two halves of four characters is no line of authors' names; a line
    /// of names under it still is.
    #[test]
    fn a_title_of_two_four_character_halves_is_not_a_names_line() {
        let body = "近日,医院党委组织党员走进社区开展义诊,受到居民好评。";
        let m = read(&format!("杏林春暖 党旗飘扬\n通讯员 李红 王小明\n{body}"));
        assert_eq!(m.title, "杏林春暖 党旗飘扬");
        assert!(is_names_line("刘青 王小明 张伟"));
        assert!(!is_names_line("杏林春暖 党旗飘扬"));
        // Nor is a slogan of three-character phrases, above its labels and stamp.
        assert!(!is_names_line("听党话 感党恩 跟党走"));
        assert!(is_names_line("扎西 次仁 卓玛"));
        assert!(is_names_line("文丽华 古建国 刘洋"));
        let m =
            read(&format!("首页 > 党建工作 > 主题教育\n听党话 感党恩 跟党走 科室:作者:   发布日期:2023-06-30\n{body}"));
        assert_eq!(m.title, "听党话 感党恩 跟党走");
        let m = read(&format!("首页 > 党建工作\n守初心 担使命 抓落实 科室:党办 作者:   发布日期:2023-06-30\n{body}"));
        assert_eq!(m.title, "守初心 担使命 抓落实");
        // A source's name may be long; a text-size control above the headline is the
        // page's, no title.
        let m = read(&format!("院党委召开年度党建工作会议 来源:江城市第二人民医院 日期: 2024-03-12\n\n{body}"));
        assert_eq!(m.title, "院党委召开年度党建工作会议");
        let m = read(&format!("字体: 放大缩小\n{body}"));
        assert_eq!(m.title, "");
        // A year and the Party's day (7.1) in a headline make no date line of it.
        let m = read(&format!("江城医院2021年7.1庆祝活动隆重举行\n发布时间:2021-07-02\n{body}"));
        assert_eq!(m.title, "江城医院2021年7.1庆祝活动隆重举行");
        // A menu set out with spaces is no title either; a headline after a menu's
        // word on its line is kept.
        let m = read(&format!("首页 新闻中心 党建园地\n\n区委书记一行走进江城眼科医院调研党建工作\n{body}"));
        assert_eq!(m.title, "区委书记一行走进江城眼科医院调研党建工作");
        let m = read(&format!("新闻 江城市人民医院举行新党员入党宣誓仪式\n{body}"));
        assert!(m.title.ends_with("江城市人民医院举行新党员入党宣誓仪式"), "{}", m.title);
    }

    /// A section name a wide gap sets before the title is no part of it; a speech's
    /// salutation under a wrapped title is where its body starts.
    #[test]
    fn a_section_name_before_the_title_and_a_speech_s_salutation() {
        // A column's short name on its own line above the headline.
        let m = read(
            "医德医风建设\n院团委开展青年医师职业道德讲座\n为加强青年医师职业道德修养,6月3日下午,院团委举办了职业道德讲座,\
             四十余名青年医师参加了讲座。",
        );
        assert_eq!(m.title, "院团委开展青年医师职业道德讲座");
        let m = read("工作动态  江城市第三人民医院开展护士节主题党日\n日期：2019-03-02\n正文……");
        assert_eq!(m.title, "江城市第三人民医院开展护士节主题党日");
        let m = read(
            "专题党课:守初心、担使命,以\n清廉作风护航医院高质量发展\n同志们:\n今天,借这次党课的机会,和大家一起谈谈作风建设。",
        );
        assert_eq!(m.title, "专题党课:守初心、担使命,以清廉作风护航医院高质量发展");
        // A letter's heading above a salutation that calls the whole staff.
        let m = read("工作动态\n告知书\n全院党员、医务人员:\n当前防汛形势严峻,院党委号召大家坚守岗位。");
        assert_eq!(m.title, "告知书");
    }

    /// The home of a delegation a report received is not the report's hospital; nor is
    /// one it measures itself against.
    #[test]
    fn a_visiting_delegation_s_hospital_and_a_benchmark_are_not_the_report_s() {
        // People listed with their hospitals in brackets come from them: a report of
        // a ward's team gathered from many hospitals names none of its own.
        let text = "我科党支部召开党员大会,拟接收周晓(江城县人民医院)、吴敏(宁州市第一人民医院)、\
                    郑凯(江城县人民医院)为预备党员。";
        assert_eq!(read(text).hospital, "", "{:?}", read(text).hospitals);
        let m = read(
            "5月8日,湖州市中心医院由副院长带队,医务科负责人一行6人,莅临松涛康复医院开展帮扶调研。松涛康复医院党支部书记汇报了工作,我院将加强与湖州市中心医院合作。",
        );
        assert_eq!(m.hospital, "松涛康复医院");
        let m = read("作为区域医疗中心,我们要对标湖州市中心医院的做法,把作风建设抓实。");
        assert_eq!(m.hospital, "");
    }

    /// A specialist hospital's bare name: a stem and what it treats before 医院.
    #[test]
    fn a_specialist_hospital_s_bare_name() {
        let m = read("松涛康复医院党支部开展主题党日。松涛康复医院党员参加。");
        assert_eq!(m.hospital, "松涛康复医院");
        // A kind with a generic stem is no name.
        assert_eq!(read("我院与周边康复医院建立协作关系。").hospital, "");
    }

    /// Two names that tie in mentions and place (a hospital and the group it heads)
    /// come out the same on every run: the longer one.
    #[test]
    fn a_tie_between_names_is_broken_the_same_way_every_time() {
        let text = "平阴县人民医院总医院党委召开会议。平阴县人民医院总医院全体党员参加。";
        for _ in 0..20 {
            assert_eq!(read(text).hospital, "平阴县人民医院总医院");
        }
    }

    /// A city written without its suffix before a county only locates the hospital.
    #[test]
    fn a_short_city_before_a_county_locates_the_hospital() {
        assert_eq!(read("湖南邵阳隆回县人民医院党委开展主题党日活动。").hospital, "隆回县人民医院");
    }

    /// 市 before a name of its own (市桂园人民医院, written 桂园人民医院 elsewhere) only
    /// says where the hospital is; before an ordinal or a kind it is part of the name.
    #[test]
    fn a_locating_shi_before_a_name_of_its_own_is_left_out() {
        let m = read(
            "东湖街道与桂园人民医院签约\n近日,东湖街道与市桂园人民医院签署党建共建协议,市桂园人民医院党委书记讲话。",
        );
        assert_eq!(m.hospital, "桂园人民医院");
        assert_eq!(read("市第一人民医院党委召开会议,市第一人民医院全体党员参加。").hospital, "市第一人民医院");
    }

    /// A 我院 report that names another hospital only as where its people went names no
    /// hospital; a delegation coming to inspect makes the place named the host.
    #[test]
    fn a_hospital_visited_by_a_wo_yuan_team_is_not_its_hospital() {
        let m = read("我院内科党支部组织党员专家到平江县三市镇卫生院开展义诊活动。三市镇卫生院负责人表示感谢。");
        assert_eq!(m.hospital, "", "{:?}", m.hospitals);
        let m = read("市卫健委领导一行到市中医医院调研,我院党委书记陪同并汇报工作。");
        assert_eq!(m.hospital, "市中医医院");
        // The hospital our aid cadres run where they were sent: theirs by post, not ours
        // (ours named by its short form only).
        let text = "2022年6月30日,我院援藏干部张明同志参加了拉萨的纪念活动。江大三院一直重视援藏工作。\
                    张明同志担任援藏医疗队队长、西藏自治区林芝市人民医院院长,作出了积极贡献。";
        assert_eq!(read(text).hospital, "江大三院", "{:?}", read(text).hospitals);
    }

    /// A 我院 report that names other hospitals only as where people of a list come
    /// from names no hospital.
    #[test]
    fn hospitals_of_people_in_a_list_are_not_a_wo_yuan_report_s() {
        let text = "行业党委成立大会在我院召开。会议选举产生了委员:市卫健委医政科科长周平,\
                    康宁骨科医院党支部书记兼院长吴斌,华安眼科医院党支部书记孙丽,市医师协会秘书长郑宇。";
        assert_eq!(read(text).hospital, "", "{:?}", read(text).hospitals);
        // …nor as the home of a doctor named with his title, the last of a list.
        let text = "我院心内科党支部开展学术交流和义诊活动。我院刘敏教授、陈刚主治医师和\
                    永和县人民医院赵平副主任医师等分别作了专题报告。";
        assert_eq!(read(text).hospital, "", "{:?}", read(text).hospitals);
        // A short form named in full only in the line of facts cleaning took off (作者:…),
        // under a site's booking button.
        let m = read(
            "预约挂号(微信)\n新闻中心\n分享到:\n守初心 担使命|县医院开展主题党日活动\n\
             来源: | 作者:宿松县医院 | 发布时间: 2024-04-12 | 99 次浏览 | 分享到:\n\
             4月11日,县医院党委组织党员开展主题党日活动,县卫健委领导到会指导。",
        );
        assert_eq!((m.hospital.as_str(), m.title.as_str()), ("宿松县医院", "守初心 担使命|县医院开展主题党日活动"));
        // A page's source in its line of facts weighs less than the hospital its text
        // is about.
        let m = read(
            "我为党旗添光彩\n时间:2019-10-29来源:南平市中心血站作者:王敏\n10月28日,南平市顺昌县医院党委组织党员参加献血。",
        );
        assert_eq!(m.hospital, "南平市顺昌县医院", "{:?}", m.hospitals);
        // …nor as the home of an official with two titles in a list of officials.
        let text = "我院党委书记带队到帮扶村召开座谈会。县卫健局局长王林,甘孜州人民医院党总支副书记、\
                    院长赵强,乡党委书记李军参加座谈。";
        assert_eq!(read(text).hospital, "", "{:?}", read(text).hospitals);
    }

    /// A time run into a short form (下午市第一人民医院) is no part of the name; a group's
    /// member named after it by its short form keeps the group's name; a medical
    /// college's abbreviation names its affiliated hospital; a class of hospitals is no
    /// name.
    #[test]
    fn a_time_before_a_short_form_a_groups_member_and_a_class_of_hospitals() {
        let m = read("3月5日上午,市委巡察组召开反馈会。当天下午市第二人民医院召开党委会,研究整改工作。");
        assert_eq!(m.hospital, "市第二人民医院", "{:?}", m.hospitals);
        let m = read("昨天县中医院党支部组织党员开展义诊。");
        assert_eq!(m.hospital, "县中医院", "{:?}", m.hospitals);
        // A group's member named after it by its short form is the member, with the
        // group's name, which places it.
        for (text, name) in [
            ("12月17日上午,江北医疗集团市五医院党支部带领党员旁听庭审。", "江北医疗集团市五医院"),
            ("江北医养集团市五医院党委召开会议。", "江北医养集团市五医院"),
            ("当天下午江北医疗集团市五医院召开党委会。", "江北医疗集团市五医院"),
        ] {
            assert_eq!(read(text).hospital, name, "{text}: {:?}", read(text).hospitals);
        }
        // A medical college's numbered affiliated hospital, by the college's short name.
        let m = read("市卫健委领导莅临信阳医专一附院,就党建工作开展交流。信阳医专一附院党委书记作了介绍。");
        assert_eq!(m.hospital, "信阳医专一附院", "{:?}", m.hospitals);
        // …and so does a university's name after its place, over a line's break.
        let m =
            read("二附院医疗队临时党支部成立\n近日,南通大学二附院成立医疗队临时党支部,南通大\n学二附院党委书记授旗。");
        assert_eq!(m.hospital, "南通大学二附院", "{:?}", m.hospitals);
        // A class of hospitals (全省公立中医医院) is no name.
        let m = read("我院院长作为江西省公立中医医院的唯一代表在会上发言。");
        assert_eq!(m.hospital, "", "{:?}", m.hospitals);
    }

    /// A corps division's hospital, a numbered affiliated hospital, a group run by a
    /// hospital named after it; a page's slip (市口医院) and a list of a programme's
    /// hospitals name none.
    #[test]
    fn divisions_numbered_affiliates_groups_slips_and_lists() {
        assert_eq!(read("第七师医院党委召开会议,第七师医院全体党员参加。").hospital, "第七师医院");
        // Its general hospital too, with its 第 or without.
        assert_eq!(read("第九师总医院党委召开会议,第九师总医院全体党员参加。").hospital, "第九师总医院");
        assert_eq!(read("九师总医院离退休党支部组织参观。").hospital, "九师总医院");
        // In its city, the division is part of the name.
        let m = read("第一师阿拉尔市人民医院党委召开扩大会议,研究第一师阿拉尔市人民医院下半年党建工作。");
        assert_eq!(m.hospital, "第一师阿拉尔市人民医院");
        assert_eq!(read("学校第三附属医院党总支召开会议。第三附属医院全体党员参加。").hospital, "第三附属医院");
        let text = "柳州市工人医院医疗集团召开党建会议。柳州市工人医院医疗集团党委书记讲话,\
                    柳州市工人医院医疗集团各院区党员参加,柳州市工人医院党委委员出席。";
        let m = read(text);
        assert_eq!(m.hospital, "柳州市工人医院");
        assert_eq!(m.hospitals.len(), 1, "the group is the hospital's: {:?}", m.hospitals);
        assert_eq!(read("五十年砥砺前行,市口医院不断发展。").hospital, "");
        assert_eq!(read("市四医院党委召开会议,市四医院党员参加。").hospital, "市四医院");
        // A place's own hospital (市立, 省立) is a kind as 中 or a number is.
        assert_eq!(read("十一月三日上午,市立医院党委班子到病区调研。市立医院各支部汇报。").hospital, "市立医院");
        let text = "我中心与安康骨科医院、兴庆区华康眼科医院建立党建联系点。我中心书记前往两家医院指导。";
        assert_eq!(read(text).hospital, "", "{:?}", read(text).hospitals);
        // One of the list named again is the one the text goes on to speak of.
        let text = "药剂科党支部开展主题党日\n市卫健委联合省人民医院、市中心医院、市第三人民医院3家医院党委开展义诊,\
                    市第三人民医院药剂科党支部派出8名党员参加。";
        assert_eq!(read(text).hospital, "市第三人民医院", "{:?}", read(text).hospitals);
        // …but in a report of 我院, the one named again is a partner.
        let text = "我院举行医联体共建签约仪式\n我院党委与江城市中心医院、江城县中医院、江城县妇幼保健院党支部签订协议。\
                    江城县中医院党支部书记代表成员单位发言。";
        assert_eq!(read(text).hospital, "", "{:?}", read(text).hospitals);
    }

    /// An enterprise's general hospital is named before its 总医院, a group's too; a
    /// 总医院 to be built is a kind.
    #[test]
    fn an_enterprise_s_general_hospital_is_a_name() {
        for name in ["鞍钢总医院", "开滦总医院", "鞍钢集团总医院", "解放军总医院"] {
            let m = read(&format!("{name}党委召开党建工作会议,{name}全体党员参加。"));
            assert_eq!(m.hospital, name, "{:?}", m.hospitals);
        }
        assert_eq!(read("医院要加快建设区域总医院,全市各级医院都要参与。").hospital, "");
        // The army's is no district's (解放区 of 焦作).
        assert_eq!(read("解放军总医院党委召开党建工作会议。").region, "");
        // An enterprise's hospital keeps its owner's name, before its place or before
        // its designation however long the span; a society named after a city's
        // hospitals is none of them.
        assert_hospitals(&[
            ("中国中铁安庆中心医院隶属于国有企业。中国中铁安庆中心医院党委现有党员56人。", "中国中铁安庆中心医院"),
            ("疫情发生以来,中国船舶集团七院六七二医院各临时党支部收到多份入党申请书。", "中国船舶集团七院六七二医院"),
            // A regional grid company's, named once in full and then by its place.
            ("华东电网上海电力医院院长向党支部赠送锦旗。上海电力医院15名党员组成突击队。", "华东电网上海电力医院"),
            ("来源:江城市医院文化建设促进会\n江城市医院协会召开年会。", ""),
        ]);
    }

    /// An institution word written twice is a slip of the page, not a longer name.
    #[test]
    fn an_institution_word_written_twice_ends_the_name_at_the_first() {
        let m = read("那曲市人民医院医院第三党支部开展主题党日活动。那曲市人民医院党员参加。");
        assert_eq!(m.hospital, "那曲市人民医院", "{:?}", m.hospitals);
    }

    /// A page that adds a second item (又讯:…) reports the first: the second's hospital,
    /// however often named, comes after — and is still the hospital when the first
    /// names none. A clause of time before a hospital and its people (端午前夕,某某
    /// 卫生院书记某某、院长某某带领…) opens the hospital's own sentence, not a list of
    /// guests.
    #[test]
    fn a_second_item_on_the_page_and_a_hospital_after_a_clause_of_time() {
        let first = "端午前夕,广西灵川县大圩镇卫生院支部书记黄建国、院长莫小平带领职工来到镇敬老院慰问老人。";
        let second = "又讯:灵川县潭下镇卫生院开展义诊。当天,灵川县潭下镇卫生院派出医生,潭下镇卫生院护士参加。";
        let m = read(&format!("{first}\n{second}"));
        assert_eq!(m.hospital, "灵川县大圩镇卫生院", "{:?}", m.hospitals);
        assert_eq!(m.hospitals.len(), 2, "{:?}", m.hospitals);
        let m = read(&format!("端午前夕,职工来到镇敬老院慰问老人。\n{second}"));
        assert_eq!(m.hospital, "灵川县潭下镇卫生院", "{:?}", m.hospitals);
        let m = read(&format!("{}\n灵川县潭下镇卫生院开展义诊。", first.replace("广西", "")));
        assert_eq!(m.hospital, "灵川县大圩镇卫生院", "{:?}", m.hospitals);
    }

    /// A report whose only hospital is where its own people went names none of its
    /// own; one an official came to is about that hospital.
    #[test]
    fn a_hospital_only_gone_to_is_not_the_report_s() {
        let m = read("5月20日,内科第一党支部赴江城县中医院义诊,党员为群众测量血压。");
        assert_eq!(m.hospital, "", "{:?}", m.hospitals);
        let m = read("5月20日,区卫生党工委副书记来到江城县中医院,看望老党员。");
        assert_eq!(m.hospital, "江城县中医院", "{:?}", m.hospitals);
    }

    #[test]
    fn a_hospital_named_with_and_without_the_city_it_belongs_to_is_one() {
        let m = read(
            "临川人民医院老干部支部过政治生日\n\n近日,抚州市临川人民医院党委带老干部党员瞻仰一处革命旧址。\
             临川人民医院党委书记讲授党课,临川人民医院老干部们一起诵读党章。",
        );
        assert_eq!(m.hospital, "抚州市临川人民医院", "{:?}", m.hospitals);
        // …a disease control centre too, its kind written short where the city is left out.
        let m = read(
            "简讯\n芦淞区疾控中心党支部召开党员大会选举新一届支委。大会审议了《株洲市芦淞区疾病预防控制中心党支部工作报告》,芦淞区疾控中心全体党员参会。",
        );
        assert_eq!(m.hospital, "株洲市芦淞区疾病预防控制中心", "{:?}", m.hospitals);
    }

    #[test]
    fn a_welcome_that_says_come_in_names_the_site_not_a_place_visited() {
        // 来到 after 欢迎 is the reader's coming to the site, not the staff's going
        // somewhere: the site's hospital is the 我院 of the page.
        let text = "欢迎来到青川县妇幼保健院\n\n青川县某单位开展党员承诺践诺活动\n\n\
            为推动我院党员立足岗位作表率，院党委决定在全院开展党员承诺践诺活动。";
        let cleaned = crate::clean::clean(text);
        let m = metadata(&cleaned.text, &Folded::new(&cleaned.text), &cleaned.notes);
        assert_eq!(m.hospital, "青川县妇幼保健院", "{:?}", cleaned.notes);
        // …after a greeting too, its name in the footer as well, another in brackets.
        let text = "您好!欢迎来到江城市中西医结合医院网站!\n\n我院获评市级文明单位\n\n\
            近日,我院获评市级文明单位荣誉称号。\n\n版权所有:江城市中西医结合医院(江城市第二人民医院)";
        let cleaned = crate::clean::clean(text);
        let m = metadata(&cleaned.text, &Folded::new(&cleaned.text), &cleaned.notes);
        assert_eq!(m.hospital, "江城市中西医结合医院", "{:?}", cleaned.notes);
    }

    #[test]
    fn a_disease_control_centre_with_its_place_and_a_verb_before_yiyuan_that_names_none() {
        // A centre for disease control is named, in full or short, after its place.
        let m = read("江南省疾控中心第二党支部来到山区开展义诊。江南省疾控中心党委书记参加活动。");
        assert_eq!(m.hospital, "江南省疾控中心");
        let m = read("青川县疾病预防控制中心党支部组织党员学习党章。");
        assert_eq!(m.hospital, "青川县疾病预防控制中心");
        // 书写医院新篇章: a verb jieba reads as a noun, then 医院, is no hospital's name.
        let m = read("我院党员表示，要以奋斗的姿态书写医院发展新篇章。");
        assert_eq!(m.hospital, "");
        // …nor a verb in 化 before it (深化医院改革).
        let m = read("来年全院同仁要推进和深化医院改革,提升服务水平。");
        assert_eq!(m.hospital, "");
        // …nor are two common nouns said once (科学|谋划 医院…规划): the named one is.
        let m = read(
            "近日,附属肿瘤医院党委集中学习了全会精神。会议要求,要以全会精神统领全年任务,科学谋划医院“十五五”发展规划,研究调整医院发展目标。",
        );
        assert_eq!(m.hospital, "附属肿瘤医院");
    }

    /// A university's numbered hospital said short (南华二院 for 南华大学附属第二医院),
    /// with its branch in a city after it, is the one hospital the text names in full.
    #[test]
    fn a_university_s_numbered_hospital_said_short_is_its_full_name() {
        let m = read(
            "3月5日,南华大学附属第二医院衡阳医院与市消防支队签订共建协议。\
             南华二院衡阳医院党委书记致辞,南华二院衡阳医院党员参加。",
        );
        assert_eq!(m.hospital, "南华大学附属第二医院衡阳医院", "{:?}", m.hospitals);
        assert!(!m.hospitals.iter().any(|h| h == "南华二院衡阳医院"), "{:?}", m.hospitals);
        // Another number is another hospital.
        assert!(!numbered_abbreviation("南华一院衡阳医院", "南华大学附属第二医院衡阳医院"));
        assert!(numbered_abbreviation("南华二院", "南华大学附属第二医院"));
    }

    /// A university's own hospital (某某大学医院) is named by the university, 人民 of
    /// its name included; its people's 校医院 is that hospital.
    #[test]
    fn a_university_s_own_hospital_and_its_school_hospital() {
        let m = read(
            "校医院党支部举行主题党日。截至目前,中国人民大学医院党支部有党员31名。\
             校医院全体党员参加,校医院退休党员也来了。",
        );
        assert_eq!(m.hospital, "中国人民大学医院", "{:?}", m.hospitals);
        assert_eq!(m.hospitals.len(), 1, "{:?}", m.hospitals);
        assert_eq!(read("江城大学医院开展义诊。").hospital, "江城大学医院");
    }

    /// A numbered university's hospital said short keeps its place's character before
    /// the number (山一大二附院 of 山东第一医科大学).
    #[test]
    fn a_numbered_university_s_short_form_keeps_its_place() {
        let m = read("4月2日,山一大二附院党委召开理论学习中心组会议。山一大二附院各支部书记参加。");
        assert_eq!(m.hospital, "山一大二附院", "{:?}", m.hospitals);
    }

    /// Without 我院, a hospital named before the place its people went to is the text's,
    /// however often the place is named after.
    #[test]
    fn a_hospital_named_before_where_its_people_went_is_the_text_s() {
        let m = read(
            "近日,南阳市第二人民医院外科党支部组织党员来到唐河县苍台镇卫生院开展义诊。\
             苍台镇卫生院负责人介绍了该院情况,苍台镇卫生院职工参加了座谈。",
        );
        assert_eq!(m.hospital, "南阳市第二人民医院", "{:?}", m.hospitals);
        // Named after the place, in what a villager says; the verb with its 了.
        let m = read(
            "内科党小组来到了桃源县盘塘镇卫生院开展义诊。村民说:“岳阳市第二人民医院的专家来了。”\
             盘塘镇卫生院院长表示感谢。",
        );
        assert_eq!(m.hospital, "岳阳市第二人民医院", "{:?}", m.hospitals);
        // A makeshift hospital (方舱医院) is where a team was sent, named however often.
        let m = read("在江城方舱医院,邵阳市中心医院援鄂医疗队发挥党支部作用。江城方舱医院收治的轻症患者逐日增多。");
        assert_eq!(m.hospital, "邵阳市中心医院", "{:?}", m.hospitals);
        // A hospital where a report's own people train teaches them: not the report's.
        for text in [
            "**县妇幼保健院党总支组织民族团结创建。我院注重培养青年骨干,有6名职工在江城医院等进修学习。",
            "我院党总支开展民族团结创建,注重培养青年骨干,选派6名职工在江城医院进修学习。",
        ] {
            assert_eq!(read(text).hospital, "", "{text}");
        }
    }

    /// What follows a place may only say what kind of hospital, or withhold the name.
    #[test]
    fn a_kind_phrase_or_a_withheld_name_after_a_place_is_no_hospital() {
        for text in ["上海市某医院党委探索党建品牌建设的新路径。", "全县卫健系统要求各公立医院加强党建。"]
        {
            assert_eq!(read(text).hospital, "", "{text}");
        }
    }

    #[test]
    fn university_hospitals_bare_names_and_names_with_he() {
        let m = read("复旦大学附属华山医院党委召开会议。华山医院各党支部书记参加,华山医院党委书记作总结。");
        assert_eq!(m.hospital, "复旦大学附属华山医院");
        let m = read("同仁医院党委组织党员志愿者开展义诊,同仁医院院长到场。");
        assert_eq!(m.hospital, "同仁医院");
        let m = read("近日,北京协和医院党委召开专题会议。");
        assert_eq!(m.hospital, "北京协和医院");
        let m = read("市一院和市中医院的党员一同参加。");
        assert!(!m.hospital.contains('和'), "{}", m.hospital);
        // A university written short, before 附属.
        let m = read("作为安徽医大附属第二医院的一名党员,我们坚守岗位。");
        assert_eq!(m.hospital, "安徽医大附属第二医院");
        // 新 starting a county's short name (新化县) is part of the name, not "new".
        let m = read("新化康宁医院党支部开展主题党日活动,新化康宁医院全体党员参加。");
        assert_eq!(m.hospital, "新化康宁医院");
        // A university's medical college between it and its hospital; a military
        // medical university (陆军|军医|大学).
        for name in ["华中科技大学同济医学院附属梨园医院", "陆军军医大学第二附属医院"] {
            let m = read(&format!("{name}党委召开会议,{name}全体党员参加。"));
            assert_eq!(m.hospital, name, "{:?}", m.hospitals);
        }
        // A big hospital's numbered short form before the city of its branch.
        let m = read("湘雅二院桂林医院党委召开会议,湘雅二院桂林医院全体党员参加。");
        assert_eq!(m.hospital, "湘雅二院桂林医院", "{:?}", m.hospitals);
        assert_hospitals(&[
            // A famous hospital's short name and its number, once; not a pronoun's.
            ("6月3日,齐鲁第二医院党委组织党员重温入党誓词。", "齐鲁第二医院"),
            ("湘雅三医院召开征求意见座谈会,听取职工代表的意见。", "湘雅三医院"),
            ("我们第二医院党委组织党员重温入党誓词。", ""),
            // The country's centre for disease control, the text's own when named again,
            // spoken for or acting through its Party organ; not when named once as where
            // an inspection went.
            ("中国疾控中心党委召开理论学习中心组会议,中国疾控中心领导班子成员参加。", "中国疾控中心"),
            ("新春佳节来临,我们代表中国疾控中心党委向全体职工致以问候。", "中国疾控中心"),
            ("巡视组上月进驻中国疾控中心,我所党委随即召开专题会议。", ""),
            ("疫情发生后,中国疾病预防控制中心党委号召全体党员冲锋在前。", "中国疾病预防控制中心"),
            // A university's own centre, its placed name right after the university's.
            ("中山大学中山眼科中心第二党支部本周走进社区讲解爱眼知识。", "中山大学中山眼科中心"),
        ]);
    }

    /// A placed phrase that only says what kind of hospital (公立, 优秀二级) names none.
    #[test]
    fn a_kind_of_hospital_with_a_place_is_no_hospital() {
        for text in [
            "我院党委召开会议，研究推进衡阳市公立医院高质量发展的举措。",
            "我院去年被评为市优秀二级医院，全院党员深受鼓舞。",
            "全县三甲医院的党支部书记参加培训。",
            "我院学科建设力争达到江苏同级同类医院的领先水平。",
        ] {
            assert_eq!(read(text).hospital, "", "{text}");
        }
        assert_eq!(read("衡阳市第二人民医院党委召开会议。").hospital, "衡阳市第二人民医院");
        assert!(only_generic("优秀二级医院") && only_generic("公立医院") && !only_generic("第二人民医院"));
    }

    /// What a page prints above its headline is no title: a server's error for a menu it
    /// failed to load, a prompt to add the site to the desktop, a link into the online
    /// hospital; a template site's mark for members goes from the title; a headline set
    /// as a list's item with • is read above its line of facts.
    #[test]
    fn a_page_s_prompts_and_errors_above_the_headline() {
        let body = "6月10日上午,江城市二院召开座谈会,为老党员颁发纪念章。";
        for (text, title) in [
            (
                format!("无法在这个位置找到: /public/menu/index.html\n江城市二院热烈庆祝建党百年\n\n{body}"),
                "江城市二院热烈庆祝建党百年",
            ),
            (
                format!(
                    "电脑桌面\n添加范文网到电脑桌面\n点击安装,下次从桌面快捷访问本站\n医院2024年意识形态工作分析报告VIP专享\n\n{body}"
                ),
                "医院2024年意识形态工作分析报告",
            ),
            (
                format!(
                    "  • 微信扫一扫\n    进入互联网医院\n  • 党的建设 > 宣传工作\n  • 江城市二院为老党员颁发纪念章\n\n    发布日期:2021-06-15 09:07 点击:1236\n{body}"
                ),
                "江城市二院为老党员颁发纪念章",
            ),
        ] {
            assert_eq!(read(&text).title, title, "{text}");
        }
    }

    /// A journal named for the country's hospitals, alone under an abstract's title, is
    /// where it was printed, not a hospital; a column's word alone is no source.
    #[test]
    fn a_journal_named_alone_under_an_abstract_s_title() {
        let m = read("县级医院党建工作路径研究\n中国医院\n页数: 6 2022-05-12\n摘要: 本文探讨县级医院党建工作的路径。");
        assert_eq!(m.hospital, "");
        assert_eq!(m.source, "中国医院");
        let m = read("党建\n县医院党委召开理论学习会\n3月2日,县医院党委召开理论学习会,研究党建工作。");
        assert_eq!(m.source, "");
    }

    /// Names read whole: a new district's hospital (某某新区 → 新区中心医院, no "new"
    /// before 区); an emergency or an eye centre after its place; a university's
    /// numbered affiliated hospital by its abbreviation, with the city that names the
    /// university before it (兰州|交大二附院); an academy's hospital in a city, which keeps
    /// the academy (中国科学院|某市肿瘤医院). And phrases that name none (empty).
    #[test]
    fn names_read_whole() {
        assert_hospitals(&[
            ("5月8日,新区人民医院党委组织医院党员参观纪念馆,新区人民医院全体党员参加。", "新区人民医院"),
            ("泉州市急救中心党支部开展主题党日活动,市急救中心党员参加。", "泉州市急救中心"),
            ("温州眼科中心党支部召开会议,温州眼科中心全体党员参加。", "温州眼科中心"),
            ("兰州交大二附院党委召开会议,交大二附院党员参加。", "兰州交大二附院"),
            ("苏大一附院党委召开会议。", "苏大一附院"),
            ("中国科学院大连肿瘤医院党委召开会议,大连肿瘤医院全体党员参加。", "中国科学院大连肿瘤医院"),
            ("市中医院眼科中心党支部开展义诊。", "市中医院"),
            // A named group's general hospital, and a city's blood centre.
            ("宝武集团总医院党委召开会议,宝武集团总医院全体党员参加。", "宝武集团总医院"),
            ("6月14日,市中心血站党支部组织党员宣传无偿献血。", "市中心血站"),
            // …called a 血站 in a headline: one blood station, by its full name.
            ("宁德血站召开党员大会\n3月2日,宁德市中心血站党支部召开党员大会。", "宁德市中心血站"),
            // …and a 疾控中心 is the 疾病预防控制中心 of the same place, by its full name.
            (
                "铜川市疾控中心第五党支部举行主题党日\n本月,铜川市疾病预防控制中心第五党支部组织党员学习,铜川市疾控中心党员参加。",
                "铜川市疾病预防控制中心",
            ),
            // A memorial hospital named after a person; a township's health centre
            // whose name, written in sounds, holds 日 (no date's day).
            ("11月2日,白求恩纪念医院党委中心组举行集中学习。", "白求恩纪念医院"),
            ("4月9日,温宿县阿克日木镇卫生院党支部组织党员学习。", "温宿县阿克日木镇卫生院"),
            // A private hospital named by words jieba does not know, written with its
            // town before it and without: one hospital, by the longer name.
            (
                "泽瑞医院:党员冲在防疫一线\n坪岗泽瑞医院共有党员18名。泽瑞医院党支部书记带领党员投入一线,\
                 泽瑞医院还提供了隔离场所。坪岗泽瑞医院获得表彰。",
                "坪岗泽瑞医院",
            ),
            // …and one whose words jieba knows none of, written twice.
            ("合岭昕济医院党支部召开会议。合岭昕济医院共有党员16名。", "合岭昕济医院"),
            // A university's specialist hospital by the university's short form, named
            // once (jieba knows neither 川大 nor 中大 as a name), but no adjective's.
            ("7月1日,川大肿瘤医院第二党支部赴纪念馆参观学习。", "川大肿瘤医院"),
            ("7月1日,中大眼科医院党委集中学习党章。", "中大眼科医院"),
            ("今年加大口腔医院投入,重大眼科医院项目开工。", ""),
            // A private hospital whose name is a campaign's phrase, with its Party
            // branch or its president after it; the campaign is none.
            ("4月3日,保定平安医院党支部组织党员学习。保定平安医院院长讲话。", "保定平安医院"),
            ("保定市各医院积极创建平安医院,保定平安医院创建工作稳步推进。", ""),
            // A province's rehabilitation centre for the disabled, after its place.
            ("5月17日,江西省残疾人康复服务中心召开党员大会,全体党员参加。", "江西省残疾人康复服务中心"),
            // A hospital whose 一行 went to a village, named short elsewhere: its own
            // people, one hospital, by its full name.
            (
                "1月17日,江城市第五人民医院院领导一行来到白沙村慰问。困难群众感谢江城市五医院的关怀。",
                "江城市第五人民医院",
            ),
            // A quality a campaign gives hospitals, in its quotes, is no name either.
            ("垃圾分类是“美丽医院”建设的重要举措,我院党员带头参与。", ""),
            ("科室将“无烟医院”创建与支部活动结合起来。", ""),
            // A prevention institute said short after 市 alone is four characters: no
            // page's slip for 市X医院.
            ("5月9日,市血防站党支部组织党员下乡查螺。", "市血防站"),
            ("5月9日,省外同行来我所交流,参观了市结防所展厅。", "市结防所"),
            ("来源:市健教所\n5月6日,市健教所党支部组织党员到社区开展控烟宣传。", "市健教所"),
            // A city's emergency medical centre by its short form; people joined by 和
            // to a hospital's are no part of its name.
            ("市急救医疗中心党委举行纪念章颁发仪式,市急救医疗中心党员参加。", "市急救医疗中心"),
            ("区卫健委领导和医院领导走访老党员,区卫健委领导和医院领导送上慰问。", ""),
            // A university's hospital in a city, with 附属 or without: one hospital,
            // and the university keeps its place (南京|医科大学).
            ("南京医科大学常州医院党委召开会议,南京医科大学附属常州医院全体党员参加。", "南京医科大学附属常州医院"),
            ("西南交通大学成都医院党委召开会议。", "西南交通大学成都医院"),
            ("哈尔滨医科大学大庆医院党委召开会议。", "哈尔滨医科大学大庆医院"),
            // None: a count of hospitals after a place, a blood centre's donation
            // point, a general hospital with no name of its own.
            ("宁波四家医院的党委书记座谈交流,宁波四家医院各派一名代表发言。", ""),
            ("余杭一些医院也开展了义诊,余杭一些医院的党员参加。", ""),
            ("党员们来到城区流动献血站献血,城区流动献血站的工作人员表示感谢。", ""),
            ("集团总医院党委组织学习,城市总医院建设方案同时公布。", ""),
            // A university of three characters (石河子, 井冈山) or a college before 附属,
            // a centre or an institute after its place, an armed service's or a
            // theatre's hospital, a bare name with its Party committee, an
            // organisation's central hospital — and the phrases that look like them.
            ("昨天,石河子大学第一附属医院党委组织党员学习。", "石河子大学第一附属医院"),
            ("石河子大学医学院第一附属医院第三党支部开展义诊。", "石河子大学医学院第一附属医院"),
            ("井冈山大学附属医院党委书记为新党员上党课。", "井冈山大学附属医院"),
            ("黄河科技学院附属医院党委召开民主生活会。", "黄河科技学院附属医院"),
            ("广州市妇女儿童医疗中心党委举办党务干部培训班。", "广州市妇女儿童医疗中心"),
            ("上海市公共卫生临床中心党委开展主题党日活动。", "上海市公共卫生临床中心"),
            ("贵阳市公共卫生救治中心第二党支部走访困难党员。", "贵阳市公共卫生救治中心"),
            ("常德市皮肤病防治所党支部召开组织生活会。", "常德市皮肤病防治所"),
            // …said short: 血防所 for a 血吸虫病防治所, after its place all the same.
            ("岳阳市血防所党支部组织党员到湖洲上查螺灭螺。", "岳阳市血防所"),
            // A league said by its first character (阿盟 for 阿拉善盟) is a place.
            ("4月2日,阿盟蒙医医院党总支组织党员到烈士陵园开展清明祭扫。", "阿盟蒙医医院"),
            ("中共江西省临床检验中心总支部委员会举行党员大会,选出新一届委员。", "江西省临床检验中心"),
            // An emergency centre with the emergency number in its name, or one that
            // directs the ambulances.
            ("泉州市120急救中心党支部本月走访了三位老党员。", "泉州市120急救中心"),
            ("泉州市120医疗急救指挥调度中心党支部举行了一次组织生活会。", "泉州市120医疗急救指挥调度中心"),
            ("泉州市医疗急救指挥中心党支部开展义诊。", "泉州市医疗急救指挥中心"),
            ("患者拨打120急救电话,被送到医院救治。", ""),
            ("中国人民解放军东部战区总医院党委召开会议。", "中国人民解放军东部战区总医院"),
            ("火箭军特色医学中心党委组织官兵参观纪念馆。", "火箭军特色医学中心"),
            ("应急总医院党委召开党风廉政建设工作会。", "应急总医院"),
            ("阜外医院党委理论学习中心组召开学习会。", "阜外医院"),
            ("胜利油田中心医院党委开展廉洁教育。", "胜利油田中心医院"),
            // A farm's hospital, whatever jieba makes of the farm's name.
            ("八五一农场医院党总支组织党员义诊。", "八五一农场医院"),
            ("白鹭湖农场医院党支部召开组织生活会。", "白鹭湖农场医院"),
            ("3月2日,市公卫中心召开行风建设工作会议。", "市公卫中心"),
            // A designation's zero as a figure, after its group's short name.
            ("近日,陕健医七0二医院党支部组织党员植树。", "陕健医七0二医院"),
            // A county-level city's numbered hospital by its short name; a place that
            // straddles two words is none (华安|康复医院 holds 安康).
            ("昨日,宜城二医院党委组织党员学习。宜城二医院全体党员参加。", "宜城二医院"),
            ("近日,华安康复医院党支部开展志愿服务。", "华安康复医院"),
            // Not names: a department's centre, a designation, a college alone, a
            // time before a committee, a group's general hospital.
            ("我院心血管医学中心党支部开展活动。", ""),
            ("我院成功创建省级区域医疗中心,全院党员备受鼓舞。", ""),
            ("护理学院的学生到医院参加志愿服务。", ""),
            ("会前医院党委书记听取了各支部的汇报。", ""),
            ("集团总医院党委召开会议。", ""),
            // Verbs jieba tags as names or nouns before 医院 (美化/ns, 汇报/nz).
            ("为美化医院院区,全体党员参加义务劳动。", ""),
            ("院长就人才培养、学科建设等方面汇报医院近况。", ""),
        ]);
    }

    /// Spans that are no name: one run on past a Party organ (…中心医院党总支组织医院) or
    /// past a whole institution's name (…卫生服务中心通过二甲医院评审), a hospital's
    /// department named like a centre, and a centre's words alone.
    #[test]
    fn spans_run_past_a_name_and_centres_without_a_place() {
        for (text, not) in [
            ("5月8日,高新区中心医院党总支组织医院党员参观纪念馆。", "党"),
            ("日喀则市卫生服务中心通过二甲医院评审,党员们深受鼓舞。", "通过"),
            ("市中医院眼科中心党支部开展义诊。", "眼科中心"),
            ("急救中心党员冲锋在前,急救中心获评先进集体。", "急救中心"),
        ] {
            let m = read(text);
            assert!(m.hospitals.iter().all(|h| !h.contains(not)), "{text}: {:?}", m.hospitals);
        }
    }

    #[test]
    fn a_short_form_alone_is_the_hospital_as_written() {
        let m = read("市中医医院党委开展主题党日活动,市中医医院全体党员参加。");
        assert_eq!(m.hospital, "市中医医院");
        // …but not a phrase that only looks like one.
        for text in ["各级医院要加强医院管理,这家医院和三甲医院都一样。", "县级医院和市属医院共同参加。"]
        {
            assert_eq!(read(text).hospital, "", "{text}");
        }
    }

    #[test]
    fn an_anonymised_report_names_no_hospital() {
        for text in [
            "X市X区中医院党委高度重视党建工作。区中医院各支部认真落实三会一课制度。",
            "××县人民医院党委坚持党建引领。县人民医院党员积极参与志愿服务。",
            "我院党委召开会议,某某医院党支部书记参加。",
            // A journal's anonymised affiliations, in full-width brackets, opening the
            // name with the mark.
            "党建与业务融合路径研究\n陈红1,刘伟2\n（1.某某大学附属医院党委办公室,湖北 武汉 430000；2.某某市中心医院,湖北 宜昌 443000）\n摘要:目的 探讨党建与业务融合的路径。",
        ] {
            assert_eq!(read(text).hospital, "", "{text}");
        }
        // A photograph's caption in full-width brackets is furniture, not a title.
        assert_eq!(read("（大会现场）\n某县人民医院党委召开党建工作会议,全体党员参加。").title, "");
        // So is one credited to who took it, however headline-like its words.
        let text = "某县人民医院召开党史学习教育动员大会 供图\n3月12日,某县人民医院党委召开动员大会。";
        assert_eq!(read(text).title, "");
        let text = "新党员在党旗下宣誓 王小明 摄\n7月1日,某县人民医院党委组织新党员宣誓。";
        assert_eq!(read(text).title, "");
        // An open-government page's catalogue under the title, its labels spaced out.
        let text = "绵竹市中心血站开展党员献血活动\n索  引  号: 1111-2020-000123\n发布日期: 2020-06-16\n公开形式:主动公开\n信息来源:中国·绵竹\n6月14日,市中心血站党支部组织党员献血,党员30人参加。";
        assert_eq!(read(text).title, "绵竹市中心血站开展党员献血活动");
        // A table's cell border after the headline is no menu's bar.
        let text = "|\n外科党支部联合街道党工委开展党建共建活动 |\n|\n发布时间:2025-3-18 阅读:50次 |\n3月17日,外科党支部与街道党工委联合开展主题党日活动。";
        assert_eq!(read(text).title, "外科党支部联合街道党工委开展党建共建活动");
        // A headline ending in a verb of filming is no credit.
        let text = "我院“廉洁”微电影 开机拍摄\n2021-05-06\n5月6日,我院党委组织拍摄微电影,党员参与拍摄。";
        assert_eq!(read(text).title, "我院“廉洁”微电影 开机拍摄");
        // The caption of the picture under the headline repeats it with 现场 or 合影.
        let body = "9月2日,某县人民医院党委召开主题教育部署会,全院党员180人参加。";
        let text =
            format!("某县人民医院召开主题教育部署会\n发布时间:2023-09-03\n某县人民医院召开主题教育部署会现场\n{body}");
        assert_eq!(read(&text).title, "某县人民医院召开主题教育部署会");
    }

    #[test]
    fn a_hospital_sites_ownership_line_names_the_hospital_of_a_wo_yuan_report() {
        let text = "我院举行党支部书记抓党建述职会\n\
            时间:2024-01-20\n\
            1月18日,我院举行党支部书记抓党建述职会,院领导班子成员和全体党支部书记参加,会议由党委副书记主持。\n\
            各党支部书记逐一述职,与会人员进行了民主测评,党委书记作了点评和总结讲话。\n\
            版权所有 © 2024 宁海县第一医院 地址:宁海县某路1号\n\
            浙ICP备00000000号";
        let cleaned = crate::clean::clean(text);
        assert!(cleaned.notes.iter().any(|n| n.kind == NoteKind::Site), "{:?}", cleaned.notes);
        let m = metadata(&cleaned.text, &Folded::new(&cleaned.text), &cleaned.notes);
        assert_eq!(m.hospital, "宁海县第一医院");
        // So does a welcome in the site's header, above the article.
        let text = "欢迎访问临湘市中医医院二级甲等中医医院!\n新闻动态\n送温暖 暖人心\n\
            发布时间:2016-02-03 浏览次数:120\n2月2日,党委书记带领支部书记和党员代表等8人来到社区,\
            为困难群众送上慰问品。";
        let cleaned = crate::clean::clean(text);
        let m = metadata(&cleaned.text, &Folded::new(&cleaned.text), &cleaned.notes);
        assert_eq!(m.hospital, "临湘市中医医院", "{:?}", cleaned.notes);
        // A group's welcome does not outweigh the member hospital its report is of.
        let text = "欢迎访问江城市人民医院医疗集团\n新闻中心\n江城县中医院党支部开展主题党日活动\n\
            发布时间:2023-06-30\n6月28日,江城县中医院党支部组织党员开展主题党日活动,我院全体党员参加。";
        let cleaned = crate::clean::clean(text);
        let m = metadata(&cleaned.text, &Folded::new(&cleaned.text), &cleaned.notes);
        assert_eq!(m.hospital, "江城县中医院", "{:?}", m.hospitals);
    }

    #[test]
    fn a_title_far_down_under_its_breadcrumb_an_e_paper_s_controls_and_a_paper_s_name() {
        // A site's chrome runs far down (its menus, the hospital's profile, its QR
        // codes); the breadcrumb, the title and the line of facts stand together.
        let mut page = String::from(
            "简体版 繁体版\n医院简介\n某某医院是一所三级甲等综合医院,始建于1952年,现有职工2100人,开放床位1800张,年门诊量120万人次,是全省规模较大、学科较全的综合医院之一。\n",
        );
        for item in ["医院概况", "专家介绍", "科室导航", "就医指南", "招聘信息", "党建园地", "院务公开", "联系我们"]
        {
            page.push_str(item);
            page.push_str("\n\n");
        }
        page.push_str("扫描二维码关注\n微信公众号\n您当前位置: 首页 > 新闻中心 > 正文\n骨科党支部志愿者走进敬老院 为老人送去健康和温暖\n");
        page.push_str(
            "作者:陈晓 来源: 发表时间:2012-04-20 浏览次数:\n4月18日上午,骨科党支部党员志愿者来到敬老院,为老人们义诊。",
        );
        let m = read(&page);
        assert_eq!(m.title, "骨科党支部志愿者走进敬老院 为老人送去健康和温暖");
        assert_eq!(m.date, "2012-04-20");
        // An empty 来源: names no source (not the label after it).
        assert_eq!((m.source.as_str(), m.authors.as_slice()), ("", ["陈晓".to_string()].as_slice()));
        // Credits with the name before the role: the writer only.
        let m = read("支部开展义诊活动\n发布日期:2023-09-26\n9月15日,支部党员到社区义诊。(李文华/文王芳/图赵强/审核)");
        assert_eq!(m.authors, ["李文华"]);
        // A hospital's blurb above the breadcrumb; labels with their words (发布人,
        // 浏览量) mark the line of facts.
        let m = read(
            "三级甲等专科医院\n2019年,医院通过三级甲等专科医院评审,是全省首批通过评审的医院之一。\n\
             首页> 党群工作> 支部风采\n学习有深度 服务有温度\n发布人:admin 发表时间:2020/5/6 10:12:30 浏览量:88\n\
             5月5日,医院各党支部书记集中学习。",
        );
        assert_eq!((m.title.as_str(), m.date.as_str()), ("学习有深度 服务有温度", "2020-05-06"));
        // A label printed twice (来源:来源:) is one.
        let m = read(
            "某县医院召开党委中心组专题学习会\n发布时间:2021-05-10 08:30:00 来源:来源:院办 作者:张敏 浏览:86\n\
             5月8日,院党委召开中心组专题学习会。",
        );
        assert_eq!((m.source.as_str(), m.authors.as_slice()), ("院办", ["张敏".to_string()].as_slice()));
        // An e-paper reader's controls are no headline; a reader's counter is a fact
        // only with its number (阅读 1534), not a headline's word (阅读红色经典).
        let m = read(
            "展开通版\n当前版:05版\n发布日期:2023年03月08日\n县医院党支部开展读书活动 鼓励党员阅读红色经典\n\
             本报讯 近日,县医院党支部开展读书分享活动。",
        );
        assert_eq!(m.title, "县医院党支部开展读书活动 鼓励党员阅读红色经典");
        // So is a column's tag the headline repeats after a bar.
        let m = read("世界献血日|外科党支部开展世界献血日无偿献血活动\n2023-06-14\n6月14日,外科党支部党员参加献血。");
        assert_eq!(m.title, "外科党支部开展世界献血日无偿献血活动");
        // So is a social site's topic tag before it.
        let m = read("#健康中国行动# 外科党支部开展健康宣教主题党日活动\n2023-03-08\n近日,外科党支部走进社区。");
        assert_eq!(m.title, "外科党支部开展健康宣教主题党日活动");
        // The paper that printed it is taken off the headline.
        let m = read(
            "江城日报:市妇幼保健院开展“巾帼心向党”主题党日活动\n2023-03-08\n近日,市妇幼保健院党支部组织女党员参观纪念馆。",
        );
        assert_eq!(m.title, "市妇幼保健院开展“巾帼心向党”主题党日活动");
        // An exclamation with one comma and a headline's length is a headline, not speech.
        let m = read(
            "党建动态\n【全国爱耳日】让我们一起来关注,聆听之美好 倾听之温暖!\n\
             3月3日上午,医院耳鼻喉科党支部在广场开展义诊宣传活动,现场发放资料三百余份,活动取得良好效果。",
        );
        assert_eq!(m.title, "【全国爱耳日】让我们一起来关注,聆听之美好 倾听之温暖!");
        assert_eq!(read("同志们,大家辛苦了,感谢各位的付出!\n今天我们召开总结大会。").title, "");
        // A site's consent dialog above the article; the date opening the line of facts
        // stands for one of its labels.
        let m = read(
            "学术平台\n\n用户授权说明书\n\n本服务仅向医务人员开放,需要确认您的执业身份。\n同意\n\n拒绝\n\n             知情同意书\n\n同意\n\n不同意\n\n资料审核中\n\n以“双培养”为抓手 推动支部建设与科室发展同频共振\n\n             2021-09-14作者:健康导报\n\n某县人民医院党委注重在业务骨干中发展党员。",
        );
        assert_eq!(m.title, "以“双培养”为抓手 推动支部建设与科室发展同频共振");
        assert_eq!(m.date, "2021-09-14");
        assert!(m.authors.is_empty(), "{:?}", m.authors);
    }

    #[test]
    fn a_name_without_its_places_suffixes_and_a_veterans_home() {
        // 宜城南营红山卫生院 is 宜城市南营区红山镇卫生院 with its suffixes left out; 市二中医
        // 医院 is 市第二中医医院 without 第: one hospital each, by the longer name.
        let m = read(
            "宜城南营红山卫生院开展义诊\n近日,宜城市南营区红山镇卫生院党支部组织党员为村民义诊,红山卫生院医生参加。",
        );
        assert_eq!(m.hospital, "宜城市南营区红山镇卫生院");
        let m = read("市二中医医院党支部开展主题党日。市第二中医医院全体党员参加,市第二中医医院党支部书记讲话。");
        assert_eq!(m.hospital, "市第二中医医院");
        // What a body inspects or visits is named after its verb, not with the body.
        let m = read("区卫健委第二巡查组巡查柳林卫生院党支部工作。柳林卫生院党支部书记作汇报。");
        assert_eq!(m.hospital, "柳林卫生院");
        // A home of disabled veterans is an institution of care.
        let m = read("近日,湖南省荣誉军人休养院党委组织党员开展主题党日活动。");
        assert_eq!(m.hospital, "湖南省荣誉军人休养院");
    }

    #[test]
    fn a_web_pages_title_is_the_line_above_its_facts_not_its_breadcrumbs_or_sections() {
        // A column's name between the headline and its line of facts.
        let m = read(
            "我院援藏医疗队党员在日喀则参加庆祝七一主题活动\n工青妇建设\n阅读:\n\n\
             2023年7月1日,我院援藏医生参加了当地组织的重温入党誓词活动。",
        );
        assert_eq!(m.title, "我院援藏医疗队党员在日喀则参加庆祝七一主题活动");
        // A forum thread: the poster's mood and sign-in days are chrome, the post's last
        // edit dates it.
        let text = "楼主\n版主 TA的每日心情 | 愉快 2023-5-6 10:02 |\n签到天数: 12 天 [LV.3]偶尔看看II\n\
                    本帖最后由 江城晚报 于 2021-3-9 08:15 编辑\n党旗飘扬在抗疫一线\n\
                    春节以来,镇卫生院党支部带领全体党员坚守岗位,在体温监测、入户摸排等岗位上冲在前面。";
        let m = read(text);
        assert_eq!((m.date.as_str(), m.title.as_str()), ("2021-03-09", "党旗飘扬在抗疫一线"));
        // A section's label in traditional script; a paper's affiliation line with its
        // post code.
        let m =
            read("黨建園地\n6月3日上午,縣人民醫院召開老干部情況通報會,院黨委書記向退休老同志介紹了醫院一年來的發展。");
        assert_eq!(m.title, "");
        let text = "“三会一课”在县级医院党支部建设中的实践\n王 芳\n江城县人民医院党委办公室,云南江城 665900\n\
                    [摘要]目的 探讨“三会一课”在县级医院党支部建设中的作用。方法 选取本院党支部作为研究对象进行分析。";
        assert_eq!(read(text).title, "“三会一课”在县级医院党支部建设中的实践");
        // A society's welcome banner, printed twice above the headline, is chrome.
        let text = "关于我们\n \n欢迎登录江城市卫生系统党建研究会网站! 本会宗旨:服务会员  交流经验  表彰先进\n\
                    欢迎登录江城市卫生系统党建研究会网站! 本会宗旨:服务会员  交流经验  表彰先进\n\
                    【先进集体】安庆市第二人民医院\n\n来源:江城市卫生系统党建研究会\n\n发布时间:2017-12-31\n\n\
                    安庆市第二人民医院现有职工615人,党员56人。医院党委以支部标准化建设为抓手,不断加强党员的教育管理。";
        assert_eq!(read(text).title, "【先进集体】安庆市第二人民医院");
        let m = read(
            "当前位置：首页 > 新闻中心 > 党建工作\n党建动态\n心内科党支部开展“健康进社区”主题党日活动\n\
             发布时间：2024-03-02 浏览次数：356\n3月1日，心内科党支部组织党员走进社区，为居民测量血压。",
        );
        assert_eq!(m.title, "心内科党支部开展“健康进社区”主题党日活动");
        assert_eq!(m.date, "2024-03-02");
        // Headline and facts set out as items of a list.
        let m = read(
            "您现在的位置是某某大学新闻中心 >> 院系动态\n院系动态\n  • 附一医举办青年党员微党课比赛\n\
             \n  • 作者:李敏   供稿单位:附属第一医院   编辑:王强   浏览:1520\n  • \n\n日前,附一医举办微党课比赛。",
        );
        assert_eq!(m.title, "附一医举办青年党员微党课比赛");
        assert_eq!(m.authors, ["李敏"]);
        // …whatever separates the breadcrumb's steps.
        let m = read(
            "您当前的位置:首页 党建园地 党建园地

外科党支部召开专题组织生活会

发表日期:2016-05-12 09:00:00    新闻来源:本站原创

             5月10日,外科党支部召开专题组织生活会。",
        );
        assert_eq!(m.title, "外科党支部召开专题组织生活会");
        let m = read(
            "◆ 通知公告 >>\n在全院党建工作推进会上的讲话(2100字)\n作者：张明 更新时间：2021-06-30\n同志们：\n今天我们召开会议。",
        );
        assert_eq!(m.title, "在全院党建工作推进会上的讲话");
        let m = read("守初心,担使命——外科党支部开展主题教育活动\n日期:2022-10-12\n外科党支部组织全体党员集中学习。");
        assert_eq!(m.title, "守初心,担使命——外科党支部开展主题教育活动");
        // A site's notice above the title is written in sentences, but is no body.
        let m = read(
            "版權聲明,轉載請注明出處:臨河縣中醫醫院官網。\n臨河縣中醫醫院舉辦黨務幹部培訓班\n日期:2023-05-09\n\
             為提升黨務幹部能力,醫院黨委舉辦為期兩天的培訓班,全院黨支部書記參加。",
        );
        assert_eq!(m.title, "臨河縣中醫醫院舉辦黨務幹部培訓班");
        // The unit that published it is a fact about the page, not its title.
        let m = read(
            "附属儿童医院联合儿科学系开展主题党日活动\n发布部门:附属儿童医院、儿科学系\n发布日期:2024-05-20\n\
             为庆祝建党节,两个党支部的党员共同参观了革命纪念馆,重温入党誓词。",
        );
        assert_eq!(m.title, "附属儿童医院联合儿科学系开展主题党日活动");
        // A section's label with its English, hyphens and all, above the headline is no
        // first half of it.
        let m = read(
            "当前位置: 首页 > 党群工作 > 正文\n党群工作 / Party-masses Working\n\n县医院赴对口村开展结对共建活动\n\n\
             来源: 时间:2021年5月10日 09:30 点击:\n\n5月8日,医院党总支一行到对口村开展义诊和慰问。",
        );
        assert_eq!(m.title, "县医院赴对口村开展结对共建活动");
        // A section's label (with its English) or a numbered heading of the body is
        // not the article's title.
        for text in [
            "党建工作/Party Building Work\n11月2日,县人民医院组织召开学习贯彻全会精神宣讲会,全院党员参加。",
            "党群园地 / Party-masses Garden\n11月2日,县人民医院组织召开学习贯彻全会精神宣讲会,全院党员参加。",
            "党建工作\n县人民医院是一所综合医院。医院党委下设6个党支部。",
            "党团活动\n5月4日,县人民医院团委和党支部联合开展青年志愿服务,20名青年参加。",
            "一、基本情况\n我县共有医疗卫生单位20个,其中乡镇卫生院15个。全县卫生系统共有党员300名。",
        ] {
            assert_eq!(read(text).title, "", "{text}");
        }
    }

    /// A page that prints its title only at the end of its breadcrumb: that step is the
    /// title, and names the hospital; a section's name there is not.
    #[test]
    fn a_title_printed_only_in_the_breadcrumb() {
        let m = read(
            "当前位置: 健康资讯网 >> 医院动态 >> 邵东市骨伤科医院开展义务植树主题党日\n现场照片。\n\
             本报讯 近日,医院第一党支部组织党员到院区后山开展义务植树活动,党员们挖坑、扶苗、培土、浇水,共栽下树苗八十余株。",
        );
        assert_eq!(m.title, "邵东市骨伤科医院开展义务植树主题党日");
        assert_eq!(m.hospital, "邵东市骨伤科医院");
        let m = read(
            "当前位置: 首页 >> 新闻中心 >> 党建工作\n现场照片。\n\
             本报讯 近日,医院第一党支部组织党员到院区后山开展义务植树活动,党员们挖坑、扶苗、培土、浇水,共栽下树苗八十余株。",
        );
        assert_eq!(m.title, "");
    }

    /// A byline written as a label above the text is no title, nor is a newspaper's
    /// masthead line.
    #[test]
    fn a_labelled_byline_or_a_masthead_is_not_a_title() {
        let m = read(
            "文/李明华
近日，外科党支部组织党员到社区开展义诊活动，服务群众百余人。",
        );
        assert_eq!(m.title, "");
        // A site's footer above the text, its labels set apart by box-drawing bars.
        let m = read(
            "主办单位│江城市中心医院\n通信地址┃江城市新华西路16号\n今年12月4日是国家宪法日,医院党委组织党员学习宪法。",
        );
        assert_eq!(m.title, "");
        let m = read(
            "作者：王芳
心内科党支部召开组织生活会
会上，支部书记作了对照检查。",
        );
        assert_eq!(m.title, "心内科党支部召开组织生活会");
        let m = read(
            "中共某市委主管主办 国内统一刊号:CN00-0000 新闻热线:12345678
肿瘤医院与街道签订党建共建协议
日期：2025-04-20
协议约定双方共同开展志愿服务。",
        );
        assert_eq!(m.title, "肿瘤医院与街道签订党建共建协议");
        // A site's credit line, long enough to pass for a headline's first half, then
        // the headline above its facts.
        let m = read(
            "江城市委宣传部和市精神文明建设委员会联合办公室 主办

江城妇幼保健院一党支部获评全省先进基层党组织

发布时间:2025-06-30来源:江城日报
日前,江城妇幼保健院第三党支部获评全省先进基层党组织。",
        );
        assert_eq!(m.title, "江城妇幼保健院一党支部获评全省先进基层党组织");
        // A breadcrumb's tail, its head lost (a department, a section and the page's
        // kind), above the headline; a topic page's name above a list of items.
        let m = read(
            "骨科 科室动态详细

携手同行——骨科党支部召开支部委员会换届大会

3月2日,骨科党支部召开换届大会,全体党员投票选出新的支部委员会。",
        );
        assert_eq!(m.title, "携手同行——骨科党支部召开支部委员会换届大会");
        let m = read(
            "党建专题

  • 2025年3月1日,眼科中心第三党支部组织党员走进社区,开展爱眼日科普宣传。
  • 2025年2月10日,眼科中心召开党委会,传达学习上级会议精神。",
        );
        assert_eq!(m.title, "");
        // Links to sister hospitals, a contact label over its number and a section's
        // name above the headline: the headline.
        let m = read(
            "江城骨科医院
江城儿童医院
全国咨询服务热线:
0571-8888888
党建工作
江城市人民医院党委组织医疗队赴敬老院开展义诊
近日,江城市人民医院党委组织医疗队走进敬老院,为老人们测量血压。",
        );
        assert_eq!(m.title, "江城市人民医院党委组织医疗队赴敬老院开展义诊");
        assert_eq!(m.hospital, "江城市人民医院");
        // A link to the hospital's app above the body is no headline; a section's name
        // run into the headline is left out of it, but not a headline's own words.
        for (text, title) in [
            ("预约挂号\n互联网医院小程序\n近日,外科党支部党员来到福利院开展慰问活动。", ""),
            (
                "本院动态我院党支部赴革命纪念馆开展主题党日\n发布时间:2020年04月02日\n近日,医院党支部组织党员参观革命纪念馆。",
                "我院党支部赴革命纪念馆开展主题党日",
            ),
            (
                "医院新闻发布会介绍党建品牌创建成果\n发布时间:2020年04月02日\n近日,医院召开新闻发布会。",
                "医院新闻发布会介绍党建品牌创建成果",
            ),
            (
                "医院新闻中心党支部开展主题党日活动\n发布时间:2020年04月02日\n近日,支部组织党员开展活动。",
                "医院新闻中心党支部开展主题党日活动",
            ),
            (
                "持续聚焦江城医院高质量发展推进作风建设\n发布时间:2020年04月02日\n近日,支部组织党员开展活动。",
                "持续聚焦江城医院高质量发展推进作风建设",
            ),
        ] {
            assert_eq!(read(text).title, title, "{text}");
        }
        let m = read("我院3月12日再传喜讯 3月10日,我院护理部党支部被评为市级先进基层党组织。");
        assert_eq!(m.title, "我院3月12日再传喜讯");
        // A dateline before the body's date is no headline.
        let m = read("江城网5月8日江城讯 5月6日,县人民医院党委举行党支部书记述职评议会,12名支部书记述职。");
        assert_eq!(m.title, "");
    }

    #[test]
    fn a_journal_articles_author_line_is_not_its_title() {
        let m = read("关于公立医院党建的若干思考\n王红 李强\n摘要：本文分析了公立医院党建工作的现状。");
        assert_eq!(m.title, "关于公立医院党建的若干思考");
        let m = read("王红 李强\n摘要：本文分析了公立医院党建工作的现状。");
        assert_eq!(m.title, "");
    }

    #[test]
    fn a_date_stamped_with_its_clock_time_is_the_date_however_long_its_line() {
        let text = "医院党建工作的几点思考\n\n时间:2021-09-03 08:40:12 关键词: 党建 基层组织 医院管理 公立医院 思考\n\n近年来,医院党委不断加强基层党组织建设。";
        assert_eq!(read(text).date, "2021-09-03");
    }

    /// Dated links of a list beside the article (2018-11-02 医院召开团代会) date other
    /// pages: the article's own stamp is its date, and without one there is none.
    #[test]
    fn a_dated_link_above_the_headline_is_not_the_page_s_date() {
        let links = "首页 > 党建园地\n2018-11-02 医院召开团代会\n2018-10-25 医院举办护理技能竞赛";
        let body = "7月1日,某县人民医院党委组织全体党员重温入党誓词,党员90人参加。";
        let text = format!("{links}\n某县人民医院举行七一主题党日活动\n2022-07-02 来源:党办\n{body}");
        assert_eq!(read(&text).date, "2022-07-02");
        let text = format!("{links}\n某县人民医院举行七一主题党日活动\n{body}");
        assert_eq!(read(&text).date, "");
        // A stamp may carry its clock time, a source without a label or a paper's page
        // turner.
        for stamp in [
            "2022-07-02 00:00本站原创",
            "2022-07-02 党办",
            "2022/07/02 < 上一版 下一版 > 返回首页",
            "2022-07-02某县人民医院内科党支部",
        ] {
            let text = format!("{links}\n某县人民医院举行七一主题党日活动\n{stamp}\n{body}");
            assert_eq!(read(&text).date, "2022-07-02", "{stamp}");
        }
        // Under an article that prints no date, a list of other pages with their stamps
        // (of several days) dates those pages; one stamp above the body dates its page.
        let list =
            "-\n某县疾控中心开展健康宣传\n2024-05-10 16:40 人气:12\n-\n某区疾控中心开展义诊\n2024-05-09 10:05 人气:8";
        let text = format!("某县人民医院举行七一主题党日活动\n{body}会后大家在纪念碑前合影。\n{list}");
        assert_eq!(read(&text).date, "");
        let text = format!("某县人民医院举行七一主题党日活动\n2022-07-02 09:30\n{body}\n{list}");
        assert_eq!(read(&text).date, "2022-07-02");
    }

    #[test]
    fn dates_in_chrome_in_an_issue_line_or_a_citation_but_not_inside_a_sentence() {
        // A page that prints its date in the chrome under the article, which cleaning removes.
        let text = "党支部开展志愿服务\n\
             5月5日，门诊党支部组织党员志愿者在门诊大厅为患者提供导诊服务，受到患者好评。\n\
             本站原创 发布时间：2021-05-06 打印本页 关闭窗口";
        let cleaned = crate::clean::clean(text);
        assert!(!cleaned.text.contains("发布时间"), "{}", cleaned.text);
        let m = metadata(&cleaned.text, &Folded::new(&cleaned.text), &cleaned.notes);
        assert_eq!(m.date, "2021-05-06");
        let m = read(
            "医院召开党代会\n医院第一次党员代表大会将于2019年3月8日在学术报告厅召开，全院党员代表将审议党委工作报告。",
        );
        assert_eq!(m.date, "");
        let m = read("公立医院党建研究\n摘要：本文讨论公立医院党建工作。\n2023年第5期 12-14页");
        assert_eq!(m.date, "2023");
        let m = read("公立医院党建研究\n卫生管理2022,Vol.8(3):10-12\n摘要：本文讨论公立医院党建工作。");
        assert_eq!(m.date, "2022");
    }

    #[test]
    fn a_users_alias_names_the_hospital_an_abbreviation_stands_for() {
        let aliases = Aliases::parse("# 别名\n市二院\t临江市第二人民医院\n").unwrap();
        let text = "市二院党委召开理论学习中心组学习会。市二院各党支部书记参加。";
        let cleaned = crate::clean::clean(text);
        let m = metadata_with(&cleaned.text, &Folded::new(&cleaned.text), &cleaned.notes, &aliases);
        assert_eq!(m.hospital, "临江市第二人民医院");
        // Without the alias, the short form as written.
        assert_eq!(read(text).hospital, "市二院");
        assert!(Aliases::parse("市二院 临江市第二人民医院").unwrap_err().contains("line 1"));
    }

    #[test]
    fn generic_and_unplaced_hospitals_are_not_hospitals() {
        let m = read("这对于一家才成立一年多的公立医院来说,各级医院和县级医院都一样。");
        assert_eq!(m.hospital, "");
        assert!(m.hospitals.is_empty());
        // Nor is a kind of school's affiliated hospital.
        assert_eq!(read("全院职工为建设一流的高等医学院校附属医院而努力。").hospital, "");
        // Nor are a county's town and street health centres.
        assert_eq!(read("县卫健局组织全县镇街卫生院党支部书记开展培训。").hospital, "");
        // A place's big hospital, as villagers say it, is no name.
        assert_eq!(read("村民们说,岳阳大医院的专家来家门口看病了。").hospital, "");
        // What a hospital treats, alone (儿科医院, 老年病医院), is a kind of hospital;
        // a verb jieba takes for a noun (利用) before 医院 names none.
        for text in [
            "妇产医院可以突出“母婴平安”,老年病医院可以突出“尊老敬老”,儿科医院则可以选“快乐成长”。",
            "设置文化墙:利用医院的楼道、电梯间等空间,展示党建成果。",
        ] {
            assert!(read(text).hospitals.is_empty(), "{text}: {:?}", read(text).hospitals);
        }
    }

    #[test]
    fn a_specialist_hospital_named_by_its_kind_alone_before_its_party_organ() {
        // A report that names no hospital in full, its own organ the actor: the bare
        // name is the hospital's, in either script and with the college before it.
        for (text, name) in [
            ("6月2日,儿童医院党委召开理论学习中心组会议,院领导参加。", "儿童医院"),
            ("3月8日,口腔医学院(口腔医院)党总支第二党支部开展志愿服务。", "口腔医院"),
            ("眼耳鼻喉科醫院黨委舉辦黨史知識競賽,各支部代表隊參賽。", "眼耳鼻喉科医院"),
        ] {
            assert_eq!(read(text).hospital, name, "{text}");
        }
        // Not a kind alone (肿瘤医院多为三级医院), not a name cut short, nor when the
        // text names its hospital in full.
        for text in [
            "肿瘤医院的患者多需长期随访,我院党委组织党员开展随访服务。",
            "我院党委与该肿瘤医院党委签订共建协议,双方党支部结对。",
            "我院党委书记到访,与结对的肿瘤医院党委交流。",
        ] {
            assert_eq!(read(text).hospital, "", "{text}");
        }
        let m = read("江城市胸科医院召开大会。胸科医院党委书记李明讲话。");
        assert_eq!(m.hospital, "江城市胸科医院");
        // Its own people's name for it again and again, after words that end no name
        // (他指出,中医院…; 肯定了中医院…) — not a school's (中医院校), nor once.
        let text = "会上,他指出,中医院在开展学习教育中措施有力。局领导肯定了中医院的做法,并对中医院提出要求。";
        assert_eq!(read(text).hospital, "中医院");
        for text in [
            "会上,局领导肯定了中医院的做法。我院党委表示感谢。",
            "他指出,中医院校要为中医院培养人才,双方党组织结对共建。",
        ] {
            assert_eq!(read(text).hospital, "", "{text}");
        }
    }

    #[test]
    fn a_title_run_into_its_stamp_behind_a_rule_but_not_a_caption_a_byline_or_a_signature() {
        let m = read("我院开展新党员入党宣誓活动 发布时间:2021年7月2日 浏览:318次 7月1日,院党委组织新党员宣誓。");
        assert_eq!((m.title.as_str(), m.date.as_str()), ("我院开展新党员入党宣誓活动", "2021-07-02"));
        let m = read("——我院召开党建工作推进会\n3月5日,我院召开党建工作推进会,各支部书记参加。");
        assert_eq!(m.title, "我院召开党建工作推进会");
        for text in [
            "(会议现场掠影)\n5月8日,某县人民医院党总支召开党员大会,全体党员参加。",
            "南方日报·健康频道 陈明\n为深入学习党的理论,某县人民医院党总支开展主题党日活动。",
            // Bulleted links above the body are a sidebar's, with no line of facts under them.
            "- 我院召开2023年度党风廉政建设工作会议总结\n- 我院开展义诊活动进社区服务群众健康\n6月10日,医院党委组织党员开展主题党日活动,全体党员参加。",
            // A rule's chapter heading is no title.
            "第一章 总 则\n第一条 为规范党支部工作,根据《中国共产党章程》,制定本制度。",
        ] {
            assert_eq!(read(text).title, "", "{text}");
        }
        let m = read(
            "县中医院:以党建促发展惠民生县中医院党委书记赵刚\n\n县中医院把党建工作融入医院发展的各个方面,取得实效。",
        );
        assert_eq!(m.title, "县中医院:以党建促发展惠民生");
    }

    #[test]
    fn a_type_of_hospital_is_no_name_and_a_university_s_numbered_abbreviation_is() {
        // 研究型医院, 人文医院 are goals; 温医二院 is the text's own hospital.
        let m = read("我院致力建设研究型医院,打造人文医院。温医二院党委召开会议,为把温医二院建成研究型医院而努力。");
        assert_eq!(m.hospital, "温医二院");
        assert_eq!(read("坚持建设研究型医院、创新型医院和人文医院,全院党员积极参与。").hospital, "");
    }

    #[test]
    fn a_prevention_hospital_and_a_hospital_thought_of_rather_than_gone_to() {
        let m = read("会上宣读了《中共湖南省职业病防治院委员会关于表彰先进的决定》,我院党员受到表彰。");
        assert_eq!(m.hospital, "湖南省职业病防治院");
        // 想到 is no going: the hospital the old people did not expect is the text's own.
        let m = read("我院党员到养老院义诊。一位老人说:“真没想到市中心医院的专家会来看我们。”");
        assert_eq!(m.hospital, "市中心医院");
    }

    #[test]
    fn short_forms_of_a_province_s_zone_s_or_university_s_hospital() {
        // 省医院 with its Party organisation after it is the text's own hospital; every
        // hospital of a county is none.
        let m = read("省医院举行主题党日活动\n5月8日,省医院内科党总支组织党员赴革命纪念馆参观,省医院医务人员参加。");
        assert_eq!(m.hospital, "省医院");
        assert_eq!(read("全县医院党建工作推进会召开,各县医院党委书记参加。县医院要提升服务能力。").hospital, "");
        // Once is enough when its Party organisation follows it at once.
        assert_eq!(read("清明前夕,县医院党总支带领党员到烈士墓前献花。").hospital, "县医院");
        // …or after a department's name (县医院外科第二党支部); not its work alone.
        assert_eq!(read("近日,县医院外科第二党支部组织党员走进社区义诊。").hospital, "县医院");
        assert_eq!(read("县医院党建工作今年取得了不少新进展。").hospital, "");
        // A kind of university between its place and 医学院 is part of the name.
        assert_eq!(read("右江民族医学院附属医院党委召开理论学习中心组会议。").hospital, "右江民族医学院附属医院");
        // …and so are kinds one after another (中国|科学|技术|大学).
        assert_eq!(read("近日,东方科学技术大学附属医院党委召开会议。").hospital, "东方科学技术大学附属医院");
        // A development zone the gazetteer does not hold is a place.
        assert_eq!(read("近日,临港经开区人民医院党委召开理论学习中心组会议。").hospital, "临港经开区人民医院");
        // A university's abbreviation and the hospital's kind.
        assert_eq!(read("日前,川大附院纪委组织干部接受廉政教育。").hospital, "川大附院");
        assert_eq!(read("苏大儿院党委召开全面从严治党工作会议,苏大儿院各支部书记参会。").hospital, "苏大儿院");
    }

    #[test]
    fn a_prefecture_s_short_form_a_people_s_hospital_s_a_health_station_and_a_body_s_hospital() {
        // An autonomous prefecture is called by the place before its peoples, with 州.
        let m = read("近日,甘孜州人民医院党委召开专题组织生活会。");
        assert_eq!(m.hospital, "甘孜州人民医院");
        assert_eq!(m.region, "四川省甘孜藏族自治州");
        // A banner by its customary short form: the first character, its wing and its
        // position (科尔沁左翼后旗 → 科左后旗, 乌拉特中旗 → 乌中旗).
        let m = read("科左后旗蒙医医院党总支开展主题党日,科左后旗蒙医医院党员参加。");
        assert_eq!(m.hospital, "科左后旗蒙医医院");
        assert_eq!(m.region, "内蒙古自治区通辽市");
        let m = read("乌中旗人民医院党支部开展义诊,后旗医院专家参加。");
        assert_eq!((m.hospital.as_str(), m.region.as_str()), ("乌中旗人民医院", "内蒙古自治区巴彦淖尔市"));
        // A district without 区 places its hospital when no other place shares its
        // short name (南海区 does; 江北区 is Chongqing's and Ningbo's, so it places none).
        let m = read("南海人民医院党委召开理论学习中心组会议。");
        assert_eq!((m.hospital.as_str(), m.region.as_str()), ("南海人民医院", "广东省佛山市"));
        // A private hospital's two-character name after it may end in 和.
        let m = read("日前,南海三和医院党支部组织党员学习党史。");
        assert_eq!((m.hospital.as_str(), m.region.as_str()), ("南海三和医院", "广东省佛山市"));
        assert_eq!(read("江北人民医院党委召开理论学习中心组会议。").region, "");
        assert_eq!(read("县人医党委召开党员大会,县人医全体党员参加。").hospital, "县人医");
        assert_eq!(read("市妇幼党委召开会议,市妇幼全体党员参加主题党日。").hospital, "市妇幼");
        assert_eq!(read("全市妇幼工作会议召开,各县妇幼工作者参加。").hospital, "");
        assert_eq!(read("近日,梧桐苑社区卫生服务站党支部开展义诊。").hospital, "梧桐苑社区卫生服务站");
        // 附院, used again with its Party committee, is the affiliated hospital.
        assert_eq!(read("附院党委中心组召开学习会,附院党委书记主持。").hospital, "附院");
        // …and so is the first of them by its number (一附院, 附二院), the number kept.
        assert_eq!(read("我校二附院党委召开会议,二附院各支部书记参加。").hospital, "二附院");
        assert_eq!(read("附三院党委召开会议,附三院全体党员参加。").hospital, "附三院");
        // …once is enough, in a report that names no other hospital.
        assert_eq!(read("我院第七党支部开展主题党日活动,党员们表示要为四附院的明天贡献力量。").hospital, "四附院");
        assert_eq!(
            read("县人民医院党支部开展义诊,县人民医院专家为群众服务,重症患者转诊至一附院。").hospital,
            "县人民医院"
        );
        // A count of hospitals is no name (3家乡镇卫生院 is not 家乡镇卫生院).
        assert_eq!(read("医院与辖区5家社区卫生服务中心、3家乡镇卫生院签订共建协议。").hospital, "");
        // A university and 附属 before a placed name: the university's hospital, whole;
        // a place before the university still reads from the place.
        let m = read("首都医科大学附属北京安贞医院党委召开会议,首都医科大学附属北京安贞医院党员参加。");
        assert_eq!(m.hospital, "首都医科大学附属北京安贞医院");
        assert_eq!(read("浙江大学医学院附属第二医院党委召开会议。").hospital, "浙江大学医学院附属第二医院");
        // What a body runs is named after 所属.
        assert_eq!(read("某集团所属康宁医院党委开展主题党日活动。").hospital, "康宁医院");
    }

    #[test]
    fn a_name_that_begins_with_he_and_a_bare_name_of_four_nouns() {
        // A bare name of a word jieba does not know, written again and again, is a name
        // whatever its characters' tags.
        let m = read("为丰富极澜湾医院医联体党建联盟活动,极澜湾医院党务部门组织了培训。");
        assert_eq!(m.hospital, "极澜湾医院", "{:?}", m.hospitals);
        // A university's hospital in another city, its 附属 after the city.
        let m = read("滨海医学院威海附属医院党委召开会议。滨海医学院威海附属医院党员参加。");
        assert_eq!(m.hospital, "滨海医学院威海附属医院", "{:?}", m.hospitals);
        // 和 with nothing before it to join begins the name.
        assert_eq!(read("和平友谊医院召开党委会\n近日,和平友谊医院党委研究部署党建工作。").hospital, "和平友谊医院");
        // A name of a river and a city before 医院, all nouns: the hospital's name.
        assert_eq!(read("湘江衡阳医院党委创新工作法,湘江衡阳医院班子成员联系支部。").hospital, "湘江衡阳医院");
        // 和 joining two names still joins them.
        let m = read("市一院和市中医院党员一起开展义诊,市一院党委书记带队。");
        assert!(m.hospitals.iter().all(|h| !h.contains('和')), "{:?}", m.hospitals);
        // A group's name before a city's short name and 医院 is the hospital's name;
        // the other name it goes by, in brackets, is the same hospital's.
        let m = read("华润医疗株洲医院(株洲高新区医院)党委召开会议,华润医疗株洲医院党员参加。");
        assert_eq!(m.hospital, "华润医疗株洲医院");
        // A designated hospital of an epidemic is a kind, not a name.
        assert_eq!(read("青岛市新冠肺炎定点防治医院的医护人员凯旋,我院党员列队欢迎。").hospital, "");
        // Four characters that are not all nouns are a phrase, not a name.
        assert_eq!(read("我们要持续推进公立医院改革,积极建设医院。").hospital, "");
        // Four characters jieba knows as one organisation's name are a name.
        assert_eq!(read("东方航空医院是一所综合医院。东方航空医院党委组织党员学习。").hospital, "东方航空医院");
    }

    #[test]
    fn a_general_hospital_and_a_maternal_hospital_by_their_short_forms() {
        // 总医院 on its own, used again: what its staff call it.
        let m = read("6月30日,总医院召开党员大会。会上表彰了在总医院等级评审中表现突出的集体。");
        assert_eq!(m.hospital, "总医院");
        // Once, or only as the end of a longer word, it is no name.
        assert_ne!(read("我们学习了华安集团总医院的经验,华安集团总医院党委介绍了做法。").hospital, "总医院");
        assert_eq!(read("6月30日,总医院召开党员大会。").hospital, "");
        // 县妇保院 is a county's maternal and child hospital.
        assert_eq!(read("县妇保院党支部开展主题党日活动。").hospital, "县妇保院");
    }

    /// A partner a hospital joins up with, a county hospital's everyday name, a city's
    /// numbered hospital by its short name, a county's medical group.
    #[test]
    fn partners_everyday_names_and_medical_groups() {
        let m = read(
            "5月10日,平江县妇幼保健院与城关镇社区卫生服务中心结对共建活动启动。城关镇社区卫生服务中心主任介绍了情况,城关镇社区卫生服务中心将与医院共享资源。",
        );
        assert_eq!(m.hospital, "平江县妇幼保健院", "{:?}", m.hospitals);
        let m = read("正安县医院党委开展主题党日。正安县人民医院全体党员参加,正安县医院党委书记讲党课。");
        assert_eq!(m.hospitals, ["正安县人民医院"]);
        assert_eq!(read("芜湖二院党委中心组开展集体学习。").hospital, "芜湖二院");
        assert_eq!(read("6月29日,临猗县医疗集团召开党员大会。").hospital, "临猗县医疗集团");
        assert_eq!(read("医疗集团党委召开会议,研究党建工作。").hospital, "");
    }

    /// Short forms in general use: 省人医, a university's numbered hospital (浙大二院,
    /// not 伟大一院), a maternal centre's longer names, a county made a city since the
    /// gazetteer's codes (宁乡县 → 宁乡市).
    #[test]
    fn more_short_forms_and_renamed_counties() {
        assert_eq!(read("省人医党委召开会议,省人医党员参加。").hospital, "省人医");
        assert_eq!(read("浙大二院党委开展集体学习。").hospital, "浙大二院");
        assert_eq!(read("这是伟大一院的事。").hospital, "");
        assert_eq!(read("南漳县妇幼保健计划生育服务中心党支部开展活动。").hospital, "南漳县妇幼保健计划生育服务中心");
        let m = read("宁乡市妇幼保健中心党支部开展主题党日活动。");
        assert_eq!((m.hospital.as_str(), m.region.as_str()), ("宁乡市妇幼保健中心", "湖南省长沙市"));
    }

    /// Names the look back alone misses: a township's health centre after a town
    /// jieba cuts in single characters, an army's hospital by its designation (in
    /// Arabic or Chinese digits), a county named without its suffix before a county
    /// hospital's kind, a rehabilitation centre.
    #[test]
    fn towns_designations_counties_short_names_and_rehabilitation_centres() {
        let m = read("石佛卫生院党风廉政建设工作要点\n为加强廉洁教育,卫生院组织职工学习有关规定。");
        assert_eq!(m.hospital, "石佛卫生院");
        assert_eq!(read("近日,党员们走进卫生院开展义诊。").hospital, "");
        let m = read("联勤保障部队第987医院:支部建在科室上\n近日,在第987医院党委组织的培训中,党支部书记们交流了经验。");
        assert_eq!(m.hospitals, ["联勤保障部队第987医院"]);
        let m = read("近日,解放军第九六〇医院党委召开会议,第960医院各党支部书记参加。");
        assert_eq!(m.hospitals, ["解放军第九六〇医院"]);
        assert_eq!(read("全院2023年新增床位300张。医院党委召开会议。").hospital, "");
        let m = read("3月5日,武宣人民医院第二党支部组织党员到纪念馆参观学习。");
        assert_eq!((m.hospital.as_str(), m.region.as_str()), ("武宣人民医院", "广西壮族自治区来宾市"));
        let m = read("7月1日,江西民政康复中心党支部召开党员大会。");
        assert_eq!(m.hospital, "江西民政康复中心");
        // A numbered short form after its city's name and 市; a hospital called
        // without its kind is the one with the full name.
        assert_eq!(read("3月1日下午,定西市二院召开党建工作会议。").hospital, "定西市二院");
        let m =
            read("北京康宁医院是一所中医康复专科医院。北京康宁中医康复医院党支部召开会议。北京康宁医院全体党员参加。");
        assert_eq!(m.hospitals, ["北京康宁中医康复医院"]);
        // A university's page calls its hospital 附属…医院; every such hospital is none.
        let m = read("校党委书记带队到附属口腔医院开展专项调研。附属口腔医院党委书记汇报了工作。");
        assert_eq!(m.hospital, "附属口腔医院");
        assert_eq!(read("学校召开会议,各附属医院党委书记参加。").hospital, "");
        // A blood centre is an institution; an institution's word alone, or after the
        // townspeople (市民前往…), is none.
        assert_eq!(read("元旦前夕,长沙市血液中心党委走访献血者。").hospital, "长沙市血液中心");
        // The link to the next article, under its label, names another institution.
        let text = "3月20日,市血液中心召开党史学习教育动员大会,对中心全体党员干部学习教育进行全面动员和部署。\n\
                    阅读下一篇\n长沙市妇幼保健院一项科研课题顺利结题";
        assert_eq!(read(text).hospital, "市血液中心", "{:?}", read(text).hospitals);
        for text in ["市民前往血站献血。", "爱心人士来到康复中心开展慰问。"] {
            assert_eq!(read(text).hospital, "", "{text}");
        }
        // A hospital said short (某州一医院) is the one its page's breadcrumb names in full.
        let m = read(
            "您的位置: 红河州第一人民医院 新闻中心\n6月2日,红河州一医院内科党支部开展主题党日活动。红河州一医院党员参加。",
        );
        assert_eq!(m.hospital, "红河州第一人民医院", "{:?}", m.hospitals);
        // …and by its own short name, a place's or a bare one.
        let m = read("本月以来,附属宿松医院开展廉洁教育。附属宿松医院纪委全程督导。");
        assert_eq!(m.hospital, "附属宿松医院");
        assert_eq!(read("近日,我校附属安和医院召开民主生活会。").hospital, "附属安和医院");
        assert_eq!(read("学校召开会议,附属公立医院党委书记参加。").hospital, "");
        // An autonomous county by its customary name.
        let m = read("10月8日,峨山县人民医院组织全体党员学习。");
        assert_eq!((m.hospital.as_str(), m.region.as_str()), ("峨山县人民医院", "云南省玉溪市"));
    }

    #[test]
    fn partners_of_wo_yuan_site_owners_branches_and_declared_short_names() {
        // A 我院 report whose only hospital is the partner its branch joined up with
        // names none of its own.
        let m = read("近日,我院神经内科党支部和永胜县人民医院内科党支部开展支部共建活动,双方书记介绍了支部情况。");
        assert_eq!(m.hospital, "", "{:?}", m.hospitals);
        // Joined by 联合, or 与 … 共同开展, it is a partner as well.
        let m = read("近日,我院外科党支部联合平江县人民医院外科党支部开展义诊。双方党员参加。");
        assert_eq!(m.hospital, "", "{:?}", m.hospitals);
        let m = read("5月12日,我院骨科党支部与永胜县人民医院骨科党支部共同开展主题党日活动。");
        assert_eq!(m.hospital, "", "{:?}", m.hospitals);
        // …and so are those it met to learn from each other or talk with.
        let m = read("10月9日,我院两个党支部与江城市口腔医院第一党支部举行互学互鉴交流会,双方书记分别发言。");
        assert_eq!(m.hospital, "", "{:?}", m.hospitals);
        // Joined up with another body than 我院, it is the text's own.
        let m =
            read("市疾控中心党支部和永胜县人民医院党支部开展结对共建。我院党员积极参与,永胜县人民医院党员代表发言。");
        assert_eq!(m.hospital, "永胜县人民医院");
        // A hospital that 我院's people signed with is a partner, named more often or not.
        let m = read(
            "为推进分级诊疗,永州市中心医院今年扩大医联体。5月6日,我院院长一行4人来到宁远,\
             与宁远县人民医院签订合作协议,宁远县人民医院将派医生来进修。",
        );
        assert_eq!(m.hospitals, ["永州市中心医院", "宁远县人民医院"]);
        // 我院 on a hospital's own site is the site's hospital.
        let m = read(
            "我院邀请宁远县人民医院专家来院讲课。宁远县人民医院专家介绍了诊疗规范,我院职工认真学习。\n\
             版权所有 © 2024 永州市中心医院 地址:永州市某路1号",
        );
        assert_eq!(m.hospital, "永州市中心医院");
        // A goal (旗舰医院, 标杆医院) is no hospital's name.
        assert_eq!(read("我院召开旗舰医院建设推进会,争创中西医协同旗舰医院。").hospital, "");
        // A people's hospital after a place the gazetteer does not hold; a verb or a
        // pronoun before 人民医院 is none.
        assert_eq!(read("翠岗人民医院党支部开展主题党日活动\n近日,医院党支部组织党员学习。").hospital, "翠岗人民医院");
        assert_eq!(read("会议指出,支持人民医院发展。").hospital, "");
        // A hospital's branch in a city, named after it.
        let m = read(
            "3月5日,南华大学附属第二医院郴州医院党委召开理论学习中心组会议。南华大学附属第二医院郴州医院院长作报告。",
        );
        assert_eq!(m.hospital, "南华大学附属第二医院郴州医院");
        // A name the text gives a short form of its own (以下简称…), used after.
        let m = read(
            "5月,河西区疾病预防控制中心慢病防治中心(以下简称慢病中心)党委与城关镇卫生院开展结对共建。\
             慢病中心党委书记讲话,慢病中心全体党员参加。城关镇卫生院党支部书记发言,城关镇卫生院党员参加。",
        );
        assert_eq!(m.hospital, "河西区疾病预防控制中心慢病防治中心");
        // Its short form in the title, before it is declared, is the full name too.
        let m = read(
            "青海安平医院:党建引领发展\n青海省人民政府驻西宁联络处医院(以下简称“青海安平医院”)始建于1960年。\
             青海安平医院党委召开会议,青海安平医院党委书记讲话。",
        );
        assert_eq!(m.hospital, "青海省人民政府驻西宁联络处医院", "{:?}", m.hospitals);
        // Declared right after the visit that brought someone there: the name starts
        // after its verb.
        let m = read(
            "5月12日,省卫健委文明城市测评组一行莅临江北区妇幼保健计划生育服务中心(以下简称“区妇幼”)开展测评。\
             区妇幼党支部书记汇报了创建工作。",
        );
        assert_eq!(m.hospital, "江北区妇幼保健计划生育服务中心", "{:?}", m.hospitals);
    }

    #[test]
    fn counties_short_names_unplaced_centres_and_templates() {
        // A county's short name before a private hospital's own name.
        let m = read("近日,宁远家宁医院党支部召开会议。宁远家宁医院全体党员参加。");
        assert_eq!(m.hospital, "宁远家宁医院");
        // A township's central health centre after a town the gazetteer lacks.
        assert_eq!(read("近日,柳滩中心卫生院党支部开展主题党日活动。").hospital, "柳滩中心卫生院");
        assert_eq!(read("会议要求建设中心卫生院。").hospital, "");
        // A template's 附属医院 is anyone's.
        assert_eq!(read("在医学院附属医院20XX年度总结表彰大会上的讲话\n同志们:附属医院这一年成绩显著。").hospital, "");
    }

    #[test]
    fn specialist_and_psychiatric_hospitals_sanatoria_slips_and_colleges_of_universities() {
        // A county's short name, a name and what the hospital treats.
        let m = read("近日,余姚蓝天眼科医院党支部召开会议。余姚蓝天眼科医院全体党员参加。");
        assert_eq!(m.hospital, "余姚蓝天眼科医院");
        // A psychiatric hospital; a Party organ ends the name before it.
        assert_eq!(read("5月4日,阆中市精神病院党总支组织医院全体党员学习。").hospital, "阆中市精神病院");
        // A sanatorium, and the partner whose party came to it.
        let m = read(
            "近日,南昌市梅岭疗养院与江西省肿瘤医院外科党支部开展支部共建。江西省肿瘤医院党员一行10人,早早地来到梅岭疗养院。",
        );
        assert_eq!(m.hospital, "南昌市梅岭疗养院");
        // A slip of one character is not a fuller name of the hospital.
        let m = read(
            "1月8日,湖南医科大学总医院医疗队出发。湖南医科大学总院医院医疗队有队员20名。湖南医科大学总医院党委批准成立临时党支部。",
        );
        assert_eq!(m.hospital, "湖南医科大学总医院");
        // A college's hospital is its university's, by the longer name.
        let m = read(
            "近年来,华中理工大学同济医学院附属同心医院(以下简称同心医院)党委坚持党建引领。\
             同济医学院附属同心医院各支部书记参加会议。同济医学院附属同心医院党委书记讲话。",
        );
        assert_eq!(m.hospitals, ["华中理工大学同济医学院附属同心医院"]);
        // A study's group, however often named, is no hospital.
        let m = read(
            "方法:2022年起以新模式开展党建工作,列为观察组。结果观察组参会率高于对照组;观察组医院管理总满意度高于对照组(P<0.05)。",
        );
        assert_eq!(m.hospital, "");
    }

    #[test]
    fn academies_blood_stations_provincial_short_forms_and_a_doubled_place_suffix() {
        let cases = [
            // An academy names its hospitals as a university does, its kind and place with it.
            ("近日,中国医学科学院海滨医院党委召开理论学习中心组会议。", "中国医学科学院海滨医院"),
            ("近日,中国中医科学院北苑医院党委召开理论学习中心组会议。", "中国中医科学院北苑医院"),
            // A blood station is an institution of health care, its short form too.
            ("6月14日,市中心血站党支部组织党员上街宣传无偿献血。血站党员20人参加。", "市中心血站"),
            // The province's maternal and child health centre by its short form.
            ("12月3日,省妇幼中心召开年度考核会。省妇幼中心全体职工参加会议。", "省妇幼中心"),
            // A city's 市 written twice is the page's slip where it also writes it once.
            ("廊坊市市人民医院派出医疗队下乡。廊坊市人民医院党委书记带队,廊坊市人民医院党员参加。", "廊坊市人民医院"),
            // A county's short name, then a name jieba cuts into an adjective and a
            // numeral; not a numeral opening it.
            ("11月3日,余姚长九医院党建馆开馆。", "余姚长九医院"),
            ("11月3日,余姚三大医院党员开展义诊。", ""),
        ];
        for (text, hospital) in cases {
            assert_eq!(read(text).hospital, hospital, "{text}");
        }
    }

    #[test]
    fn a_listings_page_title_and_a_title_cut_short_above_the_headline() {
        let body = "近日,医院党委组织党员学习,大家纷纷表示要立足岗位作贡献,受到群众好评。";
        let stamp = "发布时间:2019-04-02";
        let cases = [
            // The site and its section after a dash are the listing's, not the headline.
            (
                format!("江城市中医医院--新闻动态\n走进社区送健康,党员义诊暖人心\n\n{body}"),
                "走进社区送健康,党员义诊暖人心",
            ),
            // …but a headline before a dash is the title, without the column after it.
            (format!("初心如磐守护百姓健康——党建快讯\n{stamp}\n{body}"), "初心如磐守护百姓健康"),
            // A <title> cut short gives way to the headline that goes on from it…
            (
                format!(
                    "学思践悟促发展 ——江城市中医医院召开\n{stamp}\n学思践悟促发展 ——江城市中医医院召开党委中心组专题学习会\n{body}"
                ),
                "学思践悟促发展 ——江城市中医医院召开党委中心组专题学习会",
            ),
            // …but not to the page's <title>, the headline and the site's name after it.
            (
                format!(
                    "江城市中医医院内科党支部开展义诊活动\n{stamp}\n江城市中医医院内科党支部开展义诊活动_新闻动态_江城市中医医院\n{body}"
                ),
                "江城市中医医院内科党支部开展义诊活动",
            ),
        ];
        for (text, title) in cases {
            assert_eq!(read(&text).title, title, "{text}");
        }
    }

    #[test]
    fn a_pages_category_label_bar_site_name_glued_stamp_and_banner_motto() {
        let body = "近日,医院党委组织党员学习,大家纷纷表示要立足岗位作贡献,受到群众好评。";
        // A category label is one of the facts under the title.
        let m = read(&format!(
            "党建工作\n市第三医院党委召开专题学习会\n分类:党建工作\n作者:\n发布时间:2018-09-18 10:05\n{body}"
        ));
        assert_eq!(m.title, "市第三医院党委召开专题学习会");
        // A section's short name before a bar.
        let m = read(&format!("基层|江城市加强民营医院党建指导工作\n{body}"));
        assert_eq!(m.title, "江城市加强民营医院党建指导工作");
        for (text, title) in [
            // A column's tag the headline sets apart with spaces is the headline's own;
            // a menu's item before a spaced bar is still taken off.
            (
                format!("廉政快讯 | 江城市第二医院开展清廉科室创建评比\n{body}"),
                "廉政快讯 | 江城市第二医院开展清廉科室创建评比",
            ),
            (format!("V视 | 江城市第二医院举行纪念章颁发仪式\n{body}"), "V视 | 江城市第二医院举行纪念章颁发仪式"),
            (format!("首页 | 江城市第二医院召开党委会\n{body}"), "江城市第二医院召开党委会"),
            // A unit's name that signs a body opening with its date is no title.
            ("党建动态\n江城市第二医院党委办公室 2023年6月29日,我院召开会议,研究部署工作。".to_string(), ""),
            // A document site's page mark, title and body run together.
            (
                "第1页共2页卫生院党支部2023年工作总结我院党支部现有党员18名,一年来坚持以党建引领业务发展。".to_string(),
                "卫生院党支部2023年工作总结",
            ),
            // A title run on, after a space, into the body that opens with its date.
            (
                "我院为12名老党员颁发纪念章 7月1日上午,我院举行颁发仪式,院领导为老党员佩戴纪念章。".to_string(),
                "我院为12名老党员颁发纪念章",
            ),
            // …and with nothing between, into a body that opens with its year; not at
            // a year a verb before it takes for its object.
            (
                "元旦这天,江城市二院领导走访帮扶村农户2021年的头一天,院领导一早就来到村里,为农户送去米面。".to_string(),
                "元旦这天,江城市二院领导走访帮扶村农户",
            ),
            ("|\n江城市第二医院党委认真回顾2021年的党建工作,院党委书记作报告,全院党员参加讨论。".to_string(), ""),
            // A column's kind before a colon, and a name the headline opens with again,
            // are taken off; a headline's own subject before its colon stays.
            (format!("简讯:江城市第二医院到帮扶村开展义诊\n{body}"), "江城市第二医院到帮扶村开展义诊"),
            (format!("江城市二院:江城市二院党员赴帮扶村走访慰问\n{body}"), "江城市二院党员赴帮扶村走访慰问"),
            (format!("江城市二院:党建引领医院发展\n{body}"), "江城市二院:党建引领医院发展"),
        ] {
            assert_eq!(read(&text).title, title, "{text}");
        }
        // A title run on into its labelled stamp.
        let m =
            read(&format!("城南社区卫生服务中心党支部:走进园区 携手共建发布时间:2018/4/23 8:45:00 浏览:390次\n{body}"));
        assert_eq!(m.title, "城南社区卫生服务中心党支部:走进园区 携手共建");
        // A website's name above the date is not the title printed above it.
        let m =
            read(&format!("医院党委会议议事规则\n百优范文网\n2025-03-29\n医院党委会议议事规则\n第一章 总则\n{body}"));
        assert_eq!(m.title, "医院党委会议议事规则");
        // A banner's slogan above its motto (which passes for names) gives way to the
        // title above the date.
        let m = read(&format!(
            "杏林春暖 医者仁心\n厚德、精医、博爱、惠民\n杏林春暖 医者仁心\n厚德、精医、博爱、惠民\n宁远博爱医院开展党建品牌创建活动\n2024-07-30\n{body}"
        ));
        assert_eq!(m.title, "宁远博爱医院开展党建品牌创建活动");
    }

    /// A hospital named only as an item of a list of a place's hospitals is one of
    /// them, not the text's — a survey or a template, not a report of one hospital.
    #[test]
    fn a_roster_of_a_place_s_hospitals_names_none_of_them() {
        let m = read("全区公立医院共3所,即XX区人民医院、区中医院、区第二人民医院(区二院),在职党员300人。");
        assert_eq!(m.hospital, "", "{:?}", m.hospitals);
        // The same short form outside a list is the text's hospital.
        assert_eq!(read("区第二人民医院党委开展主题党日活动。").hospital, "区第二人民医院");
    }

    #[test]
    fn a_text_size_control_a_spaced_out_banner_and_empty_cells_around_the_title() {
        // The headline above a page's text-size control, not the masthead or sections.
        let text = "江城市精神卫生中心\n\n医院文化\n\n党建园地\n\n冬至暖心包汤圆\n\n字号: + - 16\n\n冬至这天,内科党支部组织党员与住院患者一起包汤圆,让患者在病房里感受节日的温暖。";
        assert_eq!(read(text).title, "冬至暖心包汤圆");
        // A banner's slogan with its characters set apart is no title.
        let text =
            "党/旗/飘/扬暖/心/同/行\n3月5日,县中医院党总支组织党员在城南广场开展学雷锋义诊活动,为群众免费测量血压。";
        assert_eq!(read(text).title, "");
        // Empty table cells after the headline are no part of it.
        let text = "县人民医院团委获评市级优秀团委 | |\n发布时间:2019-05-06 10:12:30 |作者:团委 | 浏览次数: | |\n我院坚持党建带团建,团委今年获评市级优秀团委。";
        assert_eq!(read(text).title, "县人民医院团委获评市级优秀团委");
        // Nor is a news app's prompt left where each picture stood, in a page with no
        // headline of its own.
        let text = "3月12日,县中医院党总支召开年度述职述廉会议,全体班子成员逐一述职。\n\n打开网易新闻 查看精彩图片\n\n\
            会上,各位班子成员围绕履行管党治党责任逐一发言。\n\n打开网易新闻 查看精彩图片\n\n会议要求全体党员干部严守纪律。";
        assert_eq!(read(text).title, "");
    }

    #[test]
    fn a_banner_and_its_slogans_above_the_title() {
        let text = "喜迎建党一百零五周年\n党旗引领\n护佑健康\n县人民医院举行重温入党誓词活动\n为庆祝建党节,县人民医院党委组织全体党员在院内广场重温入党誓词,百余名党员参加。";
        assert_eq!(read(text).title, "县人民医院举行重温入党誓词活动");
        // A title with a short line of its own under it, the body after, stays.
        let text = "县人民医院举行重温入党誓词活动\n图片新闻\n为庆祝建党节,县人民医院党委组织全体党员在院内广场重温入党誓词,百余名党员参加。";
        assert_eq!(read(text).title, "县人民医院举行重温入党誓词活动");
    }

    /// The title above a body that opens with its date: not a banner's short slogan,
    /// joined to the institution's name on the line above, not the site's masthead.
    #[test]
    fn the_title_above_a_body_that_opens_with_its_date() {
        for (text, title) in [
            (
                "【携手共建】县妇幼保健院与城东社区结对共建——城东篇\n★初心如磐\n使命在肩★\n2023年3月1日上午,县妇幼保健院与城东社区举行共建签约仪式。",
                "【携手共建】县妇幼保健院与城东社区结对共建——城东篇",
            ),
            (
                "江北区第三人民医院\n举办庆祝建党102周年表彰大会\n2023年6月30日下午,江北区第三人民医院召开表彰大会。",
                "江北区第三人民医院举办庆祝建党102周年表彰大会",
            ),
            (
                "江北区第三人民医院\n\n江北区第三人民医院党支部工作制度\n\n为规范党支部工作,提高组织生活质量,特制定本制度。",
                "江北区第三人民医院党支部工作制度",
            ),
            // A unit's name signing the title from the line under it.
            (
                "践行初心使命 争当健康卫士\n某某市中心医院儿科党支部\n2023年5月10日下午,儿科党支部组织全体党员开展主题党日活动。",
                "践行初心使命 争当健康卫士",
            ),
            // A headline set as a list's item, its section and counter under it.
            (
                "- 某某县人民医院党委 春节前夕走访慰问老党员\n- 首页 > 党建工作 阅读:356 次\n春节将至,医院党委走访慰问了离退休老党员。",
                "某某县人民医院党委 春节前夕走访慰问老党员",
            ),
            // A banner's exclamation above the title is no title, however long.
            (
                "热烈庆祝中国共产党成立102周年,祝党的生日快乐!\n某县人民医院召开七一表彰大会\n2023-07-01\n7月1日,医院召开表彰大会,表彰优秀共产党员。",
                "某县人民医院召开七一表彰大会",
            ),
            // A headline put as a question, under a site's slogan.
            (
                "打造优质空间设计\n\n医院党员活动室建设,怎样突出红色主题?\n\n2023年05月16日09:30\n\n党员活动室是党员学习交流的重要场所,建设好活动室对于凝聚党员具有重要意义。",
                "医院党员活动室建设,怎样突出红色主题?",
            ),
            // A paper's headline under its app's name and slogan and its own kicker.
            (
                "第03版:要闻 PDF版\n\n江城日报客户端\n\n随时随地 尽览江城\n\n传承红色基因 赓续精神血脉\n\n龙泉县中医院举行新党员入党宣誓仪式\n\n本报讯(李明)为迎接党的生日,龙泉县中医院党委近日举行新党员入党宣誓仪式。",
                "龙泉县中医院举行新党员入党宣誓仪式",
            ),
        ] {
            assert_eq!(read(text).title, title, "{text}");
        }
    }

    /// A speech's title above its salutation; a record's labelled title; a title run
    /// into the body's first sentence; authors marked with their affiliations.
    #[test]
    fn speeches_records_and_titles_run_into_the_body() {
        for (text, title) in [
            (
                "在2024年度全院党建工作会议上的讲话\n院党委书记 赵建国\n(2025年1月18日)\n同志们：\n这次会议的任务是总结去年工作。",
                "在2024年度全院党建工作会议上的讲话",
            ),
            (
                "发布时间:2019-06-20 作者:李老师\n祝大家节日快乐!\n院党委书记在七一表彰大会上的讲话\n同志们：\n今天我们召开大会,表彰先进。",
                "院党委书记在七一表彰大会上的讲话",
            ),
            (
                "院党委书记专题党课:守初心,以\n高质量党建引领医院发展\n同志们：\n今天我们在这里上一堂党课。",
                "院党委书记专题党课:守初心,以高质量党建引领医院发展",
            ),
            (
                "Practice of party building in county hospitals\n- VernacularTitle:县级医院党建工作的实践\n- Author:\n摘要 目的 探讨县级医院党建工作。",
                "县级医院党建工作的实践",
            ),
            (
                "2024年县医院党建工作总结及下一步工作计划2024年,医院党总支在县卫健局党组的领导下,扎实推进各项工作。",
                "2024年县医院党建工作总结及下一步工作计划",
            ),
            ("卫生院党建示范点创建汇报材料xx镇卫生院党支部现有党员21名。", "卫生院党建示范点创建汇报材料"),
            // A letter's heading, short and perhaps spaced out, above its salutation.
            ("贺 信\n尊敬的全院退休职工们：\n值此重阳佳节,院党委向各位致以问候。", "贺 信"),
            ("感谢信\n亲爱的援疆医疗队员：\n你们在边疆奉献了一年。", "感谢信"),
            // A paragraph is a line of facts only by its opening: not by a date in its
            // second sentence under a spam line dressed as a salutation.
            (
                "党课讲稿:守住初心 廉洁行医\n同志们: 您好,某某写作网\n大家好。今天,2025年3月5日,我们在这里一起上党课。",
                "党课讲稿:守住初心 廉洁行医",
            ),
            // …and so the title is read under the menu, whose first word is spaced out.
            (
                "首 页 新闻中心 党建园地\n\n血站党支部开展退休党员重阳主题党日活动\n\n关爱老同志,共话新发展。2024年10月11日,血站党支部组织退休党员参观新建的献血屋。",
                "血站党支部开展退休党员重阳主题党日活动",
            ),
            (
                "现代医院2023,Vol.23:12-15\n以“双培养”为抓手加强青年党员队伍建设\nStrengthening young party members\n王明 1李华 2赵强1\n扫码查看\n作者信息\n摘要 本文探讨了青年党员的培养。",
                "以“双培养”为抓手加强青年党员队伍建设",
            ),
        ] {
            assert_eq!(read(text).title, title, "{text}");
        }
        // …with its unit in brackets and its date after it: the document's date.
        let m = read(
            "放射科关于创建市级“巾帼文明岗”工作情况的汇报(江城市第一人民医院)2024年10月8日在院党委的领导下,我科积极开展创建活动。",
        );
        assert_eq!(m.title, "放射科关于创建市级“巾帼文明岗”工作情况的汇报");
        assert_eq!(m.date, "2024-10-08");
    }

    /// A document site's furniture: its file named on a later line, its page numbers, its
    /// advertisement above the text.
    #[test]
    fn a_document_site_s_file_pages_and_advertisement() {
        let text = "欢迎来到某某文库\n大小:12 KB\n《医院党总支年度工作计划.docx》由会员上传分享,免费在线阅读。\n1、医院党总支年度工作计划 为加强党建工作,特制定本计划。";
        assert_eq!(read(text).title, "医院党总支年度工作计划");
        assert_eq!(without_page_marks("医院党建工作方案_第3页"), "医院党建工作方案");
        assert_eq!(without_page_marks("醫院黨建工作方案_第3頁"), "醫院黨建工作方案");
        let m = read(
            "公文高手,超级方便的公文写作神器! 立即了解\n\n东湖卫生院党建工作总结\n\n东湖镇卫生院党支部现有党员12名,全年开展主题党日12次。",
        );
        assert_eq!(m.title, "东湖卫生院党建工作总结");
        // A township's centre named without its town's suffix is the same one.
        assert_eq!(m.hospital, "东湖镇卫生院");
    }

    #[test]
    fn a_subtitle_led_by_a_dash_and_a_page_s_record_in_json() {
        let m = read(
            "当前位置:首页 > 党建工作\n内科党支部“重温初心 砥砺前行”\n——记院党委书记为党员讲专题党课\n发布时间:2019-06-28 10:12:01\n为深入学习党的理论,院党委书记为内科党支部党员讲党课。",
        );
        assert_eq!(m.title, "内科党支部“重温初心 砥砺前行”");
        // A dash-led line that tells of the event is the headline's second half; the
        // date beside the unit's name and its author is the page's stamp.
        let m = read(
            "守护生命通道,筑牢安全防线\n—外科党支部5月主题党日活动\n\n2023-05-20 外科党支部 王芳\n\n5月18日,外科党支部开展消防演练。",
        );
        assert_eq!(m.title, "守护生命通道,筑牢安全防线—外科党支部5月主题党日活动");
        assert_eq!(m.date, "2023-05-20");
        // …and so above a line of labelled facts.
        let m = read(
            "请输入关键字\n情暖金秋 爱在九九\n——退休党支部开展重阳节主题党日活动\n来源:院党办 时间:2022-10-08\n\n10月4日,退休党支部开展活动。",
        );
        assert_eq!(m.title, "情暖金秋 爱在九九——退休党支部开展重阳节主题党日活动");
        // …and right above the body, dashes and all, without a line of facts; a name
        // alone above the headline (a forum's 楼主) is still no by-line.
        let m = read(
            "楼主\n携手共建强基层 同心协力促振兴\n——江城市第二医院与白沙镇召开党建共建推进会\n3月6日,江城市第二医院党委与白沙镇党委召开党建共建推进会,双方签订了共建协议。",
        );
        assert_eq!(m.title, "携手共建强基层 同心协力促振兴——江城市第二医院与白沙镇召开党建共建推进会");
        assert!(m.authors.is_empty(), "{:?}", m.authors);
        let m = read(
            "携手共建强基层 同心协力促振兴\n——江城市第二医院与白沙镇召开党建共建推进会\n2024年3月6日上午,江城市第二医院党委与白沙镇党委召开党建共建推进会,双方签订了共建协议。",
        );
        assert_eq!(m.title, "携手共建强基层 同心协力促振兴——江城市第二医院与白沙镇召开党建共建推进会");
        let m = read(
            "{\"id\":\"8812\",\"title\":\"某某县人民医院召开党建工作推进会\",\"crtime\":\"2024-03-05 09:10:11\"}\n3月4日,某某县人民医院召开党建工作推进会,全院党支部书记参加。",
        );
        assert_eq!(m.title, "某某县人民医院召开党建工作推进会");
    }

    /// A notice dated under its issuer's name before an attachment, a stamp written day
    /// first, a citation's year.
    #[test]
    fn dates_under_a_signature_day_first_and_in_a_citation() {
        for (text, date) in [
            (
                "关于设立党员示范岗的通知\n各党支部：\n现将有关事项通知如下。\n中共某县人民医院委员会\n2021年3月8日\n附：\n党员示范岗名单\n内科：张三\n外科：李四\n儿科：王五",
                "2021-03-08",
            ),
            // …written in characters.
            (
                "关于举办“永远跟党走”合唱比赛的通知\n全院各科室：\n比赛定于七一前夕举行,请各支部做好准备。\n院工会\n二〇一九年六月三日",
                "2019-06-03",
            ),
            ("Hospital party news\n06.07.2019  09:30\n县医院党支部开展主题党日活动。", "2019-07-06"),
            ("县级医院党建工作的实践\n摘要 本文探讨县级医院党建。\n中国医院2022;26(3):12-15", "2022"),
            // A stamp laid out as a calendar leaf, a number a line.
            (
                "15\n2021\n-\n11\n县妇幼保健院开展党员志愿服务\n本网讯 近日,医院党支部组织党员开展志愿服务。",
                "2021-11-15",
            ),
            ("2020\n/\n06\n09\n县中医院召开党风廉政建设会议\n本网讯 近日,医院党委召开会议。", "2020-06-09"),
            // …or its year over its month and day, and its clock time; not over a
            // decimal (a rating).
            (
                "您的位置:\n区卫健网 >\n区二医院开展党员志愿服务活动\n[ 图片新闻 ]\n2021\n04-16\n10:25\n本网讯 近日,医院党委组织党员开展志愿服务。",
                "2021-04-16",
            ),
            ("阅读\n2021\n4.5\n县人民医院党委召开专题组织生活会\n本网讯 近日,医院党委召开专题组织生活会。", ""),
            // A stamp under a title that a menu, a word a line, pushed down the page.
            (
                "公众版\n员工版\n互联网医院\nEnglish\n医院概况\n就诊指南\n科室专家\n护理天地\n健康科普\n您当前的位置 : 县医院 > 党的建设 > 党建动态\n县医院党委开展春节慰问活动\n时间: 2021-02-03 来源: 党办\n春节前夕,院党委走访慰问了困难职工。",
                "2021-02-03",
            ),
        ] {
            assert_eq!(read(text).date, date, "{text}");
        }
        assert_eq!(date_in_characters("二零二三年十二月三十一日").as_deref(), Some("2023-12-31"));
        assert_eq!(date_in_characters("二〇二〇年二月三十日"), None);
        assert_eq!(date_in_characters("二〇二〇年上半年工作总结"), None);
    }

    /// A date in a sentence of the body dates an event; the page's date is on a line
    /// of its own or of facts.
    #[test]
    fn an_event_s_date_in_the_body_is_not_the_page_s() {
        let text =
            "县中医院举行新党员入党宣誓仪式\n2022年6月30日,县中医院党委在会议室举行新党员入党宣誓仪式,12名新党员参加。";
        assert_eq!(read(text).date, "");
        let text =
            "县中医院举行新党员入党宣誓仪式\n发布日期:2022-07-02\n2022年6月30日,县中医院党委举行新党员入党宣誓仪式。";
        assert_eq!(read(text).date, "2022-07-02");
        let text =
            "县中医院举行新党员入党宣誓仪式\n2022-07-02 09:30 来源:县中医院\n6月30日,县中医院党委举行入党宣誓仪式。";
        assert_eq!(read(text).date, "2022-07-02");
    }

    #[test]
    fn never_panics() {
        for text in crate::clean::testing::random_texts(200) {
            let _ = read(&text);
        }
    }
}
