//! The measure word after a number — its unit (人 名 个 场次 元 分钟 …, from
//! `src/lexicon/units.tsv`) and what kind of figure it makes — and the checks that need
//! no word of the sentence: a quantity that fails them (an ordinal, a date, 一 as an
//! article, a number glued to letters or inside a short quoted name, a bare number
//! that neither closes its clause nor has a magnitude word) is no figure whatever the
//! words around it, so its sentence need not be cut.

use crate::clean::is_han;
use crate::extract::numbers::{Kind, Qualifier, Quantity, ends_with, starts_with};
use crate::extract::subjects::{self, Class};
use crate::lexicon;

/// How the quoted name of an honoured unit or person ends (“红旗支部”, “先锋岗”,
/// “最美科室”): a count of them is a count, unlike one of a slogan's parts (三个“坚持”).
const HONOURED_ENDINGS: &[&str] =
    &["支部", "科室", "团队", "集体", "单位", "家庭", "岗", "标兵", "窗口", "病区", "党员", "医生", "护士"];

/// What a unit makes of the number before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
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

impl Unit {
    fn named(name: &str) -> Unit {
        match name {
            "person" => Unit::Person,
            "count" => Unit::Count,
            "event" => Unit::Event,
            "money" => Unit::Money,
            "duration" => Unit::Duration,
            "scale" => Unit::Scale,
            "score" => Unit::Score,
            "age" => Unit::Age,
            "measure" => Unit::Measure,
            "date" => Unit::Date,
            other => panic!("units.tsv: unknown kind {other}"),
        }
    }
}

/// The words of the lexicon the word-free checks read.
struct Words {
    /// The measure words of `units.tsv` (simplified, as in folded text), their
    /// canonical unit (empty for none) and kind.
    units: Vec<(&'static str, &'static str, Unit)>,
    /// Meetings that are numbered (`metric_words.tsv`, session): N次全会 is the Nth.
    sessions: Vec<&'static str>,
    /// A web page's counters of visits (`metric_words.tsv`, page_counter).
    page_counters: Vec<&'static str>,
    /// A place's measures (`metric_words.tsv`, place_measure: 海拔).
    place_measures: Vec<&'static str>,
    /// Kinds of document a template page counts its samples of (`metric_words.tsv`,
    /// collection_kind: 总结, 制度).
    collection_kinds: Vec<&'static str>,
    /// Verbs by which pieces are written or gathered (`metric_words.tsv`, piece_verb:
    /// 撰写, 征集).
    piece_verbs: Vec<&'static str>,
}

fn lex() -> &'static Words {
    static WORDS: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| Words {
        units: lexicon::rows("units.tsv")
            .iter()
            .map(|row| {
                let [word, unit, kind] = row[..] else { panic!("units.tsv: a row needs three fields: {row:?}") };
                (word, if unit == "-" { "" } else { unit }, Unit::named(kind))
            })
            .collect(),
        sessions: lexicon::words_of("metric_words.tsv", "session"),
        page_counters: lexicon::words_of("metric_words.tsv", "page_counter"),
        place_measures: lexicon::words_of("metric_words.tsv", "place_measure"),
        collection_kinds: lexicon::words_of("metric_words.tsv", "collection_kind"),
        piece_verbs: lexicon::words_of("metric_words.tsv", "piece_verb"),
    })
}

/// The measure word at `at`, longest first: (chars, canonical unit, kind).
pub(super) fn unit_at(chars: &[char], at: usize) -> Option<(usize, &'static str, Unit)> {
    lex()
        .units
        .iter()
        .filter(|(w, _, _)| starts_with(chars, at, w))
        .max_by_key(|(w, _, _)| w.chars().count())
        .map(|&(w, canonical, kind)| (w.chars().count(), canonical, kind))
}

/// What a quantity's own characters say of it, before the sentence's words are known:
/// its measure word (after 多 / 余 / 来 if written) and where it ends.
pub(super) struct Measured {
    pub(super) unit_len: usize,
    pub(super) unit_name: &'static str,
    pub(super) kind: Unit,
    pub(super) unit_end: usize,
}

/// Whether `chars` opens with a month and a day after dashes (-02-28, -7-1), and no
/// more digits.
fn month_and_day(chars: &[char]) -> bool {
    let digits = |from: usize| chars.iter().skip(from).take_while(|c| c.is_ascii_digit()).count();
    let month = digits(1);
    let day = digits(month + 2);
    chars.first() == Some(&'-')
        && (1..=2).contains(&month)
        && chars.get(month + 1) == Some(&'-')
        && (1..=2).contains(&day)
}

/// The first half of reading a quantity: the checks that need no word of the
/// sentence. `None` means `q` is no figure whatever jieba makes of the words around it
/// (an ordinal, a date, 一 as an article, a number glued to letters or inside a short
/// quoted name, a bare number that neither closes its clause nor has a magnitude
/// word) — so a sentence whose quantities all fail here is never cut.
pub(super) fn measured(chars: &[char], q: &Quantity) -> Option<Measured> {
    let (span_start, span_end) = q.span;
    // Ordinals and ranks: 第2位, 前10名 — set apart by a space or two too, as a
    // converter leaves an article's number (第 4 条).
    let spaced = |at: usize| chars[..at].iter().rev().take(3).find(|c| **c != ' ').copied();
    if q.start > 0 && matches!(chars[q.start - 1], '第' | '前')
        || span_start > 0 && chars[span_start - 1] == '第'
        || spaced(span_start) == Some('第')
    {
        return None;
    }
    // Glued to Latin letters or other digits: H7N9, 2.1节, 7:30 — not a label's colon
    // (党员总数:568人, as a page folded to half width writes it).
    let before = span_start.checked_sub(1).map(|i| chars[i]);
    let after = chars.get(q.end).copied();
    let clock = || span_start >= 2 && chars[span_start - 2].is_ascii_digit();
    if before.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '/') || c == ':' && clock())
        || after.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, ':' | '/' | '.'))
    {
        return None;
    }
    // …and a year before its month and day after dashes (第二党支部 2020-02-28), which
    // a range (150-200人) is not: the month and day fail the test above.
    if after == Some('-') && month_and_day(&chars[q.end..]) {
        return None;
    }
    // 一 as an article: 一个支部, 一位男童.
    if q.value == 1.0 && q.kind == Kind::Number && q.upper.is_none() && matches!(chars[q.start], '一' | '壹' | '幺')
    {
        return None;
    }
    // Inside a quoted name or a quoted phrase of up to 20 characters (“十年来我们经历的
    // 三件大事”): the words of a title or a slogan being cited, not a count.
    if inside_quote(chars, q.start, 20) {
        return None;
    }
    // The measure word, after 多 / 余 / 来 if written.
    let mut at = q.end;
    if chars.get(at) == Some(&' ') && matches!(chars.get(at + 1), Some('多' | '余' | '来')) {
        at += 1;
    }
    if matches!(chars.get(at), Some('多' | '余' | '来')) && q.qualifier != Qualifier::Exact {
        at += 1;
    }
    // 3个多小时, 两个多月: the unit of time after 个多 (3个小时 is in units.tsv whole).
    if chars.get(at) == Some(&'个')
        && chars.get(at + 1) == Some(&'多')
        && unit_at(chars, at + 2).is_some_and(|(_, _, kind)| matches!(kind, Unit::Duration | Unit::Date))
    {
        at += 2;
    }
    // 两个半小时, 一个半月: a length of time and a half, which readers leave out as
    // they do lengths; read without its half it would be wrong, so it is none.
    if chars.get(at) == Some(&'个')
        && chars.get(at + 1) == Some(&'半')
        && unit_at(chars, at + 2).is_some_and(|(_, _, kind)| matches!(kind, Unit::Duration | Unit::Date))
    {
        return None;
    }
    // A PDF's space between the number and its measure word (培训 120 人次).
    if chars.get(at) == Some(&' ') && unit_at(chars, at + 1).is_some_and(|(_, _, kind)| kind != Unit::Date) {
        at += 1;
    }
    let (unit_len, unit_name, kind) = match q.kind {
        Kind::Percent => (0, "%", Unit::Measure),
        Kind::Ratio => (0, "ratio", Unit::Measure),
        Kind::Number if big_organisations(chars, at) => (1, "个", Unit::Count),
        Kind::Number => unit_at(chars, at).unwrap_or((0, "", Unit::Measure)),
    };
    if kind == Unit::Date {
        return None;
    }
    // 两支部将…: 支 before 部 is 支部's, the branches the sentence is about, not a
    // measure word of teams.
    if unit_name == "支" && chars.get(at + unit_len) == Some(&'部') {
        return None;
    }
    // A bare 百, 千 or 万 right before its measure word, in a quoted name or beside
    // another one, names a slogan's scale (“千名党员百场义诊”, 百名专家千场讲座): a count
    // of that size is written 一千, 近千, 上百, 百余.
    let bare_round = |at: usize| {
        chars.get(at).is_some_and(|c| matches!(c, '百' | '千' | '万'))
            && (at == 0
                || !chars[at - 1].is_ascii_digit()
                    && !"零〇一二两三四五六七八九十几".contains(chars[at - 1])
                    && !"近上数几约逾超过达".contains(chars[at - 1]))
            && chars.get(at + 1).is_some_and(|&c| unit_at(chars, at + 1).is_some() && !matches!(c, '余' | '多'))
    };
    if q.end - q.start == 1 && bare_round(q.start) {
        let near = (q.start.saturating_sub(8)..(q.start + 9).min(chars.len())).any(|i| i != q.start && bare_round(i));
        if near || inside_quote(chars, q.start, 30) {
            return None;
        }
        // 百米党建文化长廊, 千米健身步道: a bare round length written onto a noun is
        // part of the thing's name, not its measurement (which is 长100米, 100米长的).
        let (len, length, _) = unit_at(chars, at).unwrap_or((0, "", Unit::Measure));
        let onto_noun = chars.get(at + len).is_some_and(|&c| is_han(c) && !"的长宽高以之".contains(c));
        if matches!(length, "米" | "公里" | "千米") && onto_noun {
            return None;
        }
        // 百名专家进社区, 千名党员下基层: a bare round number of people going out to a
        // place is a campaign's name, quoted or not; those sent are counted 120名,
        // 一百余名.
        if kind == Unit::Person && goes_out(&chars[(at + unit_len).min(chars.len())..]) {
            return None;
        }
    }
    // A template site's compilation size (工作总结(通用8篇), 工作总结十篇, 范文精选5篇,
    // 卫生院党支部工作制度6篇): the number of pieces on the page, not a figure of the
    // report — pieces counted right after the kind of document they are, ending a title
    // or with no verb of writing or gathering them in their clause (撰写读书笔记120篇
    // counts the members' work).
    if unit_name == "篇" {
        let ends_title = chars.get(at + unit_len).is_none_or(|c| matches!(c, ')' | '）' | ']' | '】' | '\n'));
        let clause: String = chars[clause_start(chars, span_start)..span_start].iter().collect();
        let written = lex().piece_verbs.iter().any(|w| clause.contains(w));
        if lex().collection_kinds.iter().any(|w| ends_with(chars, span_start, w)) && (ends_title || !written) {
            return None;
        }
        // …or a bracket of its own after the title (工作计划(4篇附目录)).
        let opened = span_start > 0 && matches!(chars[span_start - 1], '(' | '（' | '[' | '【');
        let closed = chars[at + unit_len..].iter().take(6).any(|c| matches!(c, ')' | '）' | ']' | '】'));
        if opened && closed {
            return None;
        }
    }
    // A question's worth in a quiz (选择了10分题, 30分的题): what a question scores, not
    // a score.
    let next = |k: usize| chars.get(at + unit_len + k).copied();
    if kind == Unit::Score && (next(0) == Some('题') || next(0) == Some('的') && next(1) == Some('题')) {
        return None;
    }
    // …and how many questions a quiz or a questionnaire has (49道选择题, 试题共30道): the
    // instrument's size, not a figure of the work.
    let questions_after = (0..4).map_while(next).take_while(|&c| is_han(c)).any(|c| c == '题');
    if unit_name == "道" && (questions_after || chars[span_start.saturating_sub(4)..span_start].contains(&'题')) {
        return None;
    }
    // A session of a congress numbered after its term (十二届全国人大五次会议, 第十届
    // 三次全体会议): which session it was, not how many.
    let term_before = chars[span_start.saturating_sub(12)..span_start].contains(&'届');
    if unit_name == "次"
        && term_before
        && ["会议", "全会", "全体会议", "大会"].iter().any(|w| starts_with(chars, at + unit_len, w))
    {
        return None;
    }
    // A division numbered in a body's name, its head after it (组织三处副处长某某): the
    // office, not a count of places.
    if unit_name == "处" && ["处长", "副处长"].iter().any(|h| starts_with(chars, at + unit_len, h)) {
        return None;
    }
    if a_quota(chars, span_start) {
        return None;
    }
    // An issue number after a year: 2017年10期.
    if unit_name == "期" && span_start > 0 && chars[span_start - 1] == '年' {
        return None;
    }
    let unit_end = at + unit_len;
    // A count of two before a measure word is written 两 (两次, 两个); 二 alone before
    // one makes a term (二次传播, 二级医院, 二甲), not a count.
    if unit_len > 0 && chars[q.start..q.end] == ['二'] {
        return None;
    }
    // 十分 is an adverb (具有十分重要的意义), not ten points.
    if unit_name == "分" && kind == Unit::Score && chars[q.start..q.end] == ['十'] {
        return None;
    }
    // A numbered session: 十九届六中全会, 四次党代会 — the sixth, the fourth, not counts;
    // so is one with its level between (十一次市党代会).
    let level = usize::from(chars.get(unit_end).is_some_and(|c| "省市县区州".contains(*c)));
    if unit_name == "次" && lex().sessions.iter().any(|w| starts_with(chars, unit_end + level, w)) {
        return None;
    }
    // A count of a word in quotes (三个“坚持”, 五个“硬标准”) counts the parts of a
    // slogan, not things — unless a noun goes on after it (21个“创甲”优秀团队).
    let quoted_word = chars
        .get(unit_end + 1..)
        .and_then(|rest| rest.iter().take(6).position(|&c| c == '”'))
        .filter(|p| (1..=4).contains(p));
    // A quoted name of units or people honoured (10个“红旗支部”) is a count of them.
    let honoured = |p: usize| {
        let word: String = chars[unit_end + 1..unit_end + 1 + p].iter().collect();
        HONOURED_ENDINGS.iter().any(|e| word.ends_with(e))
    };
    if unit_name == "个"
        && chars.get(unit_end) == Some(&'“')
        && let Some(p) = quoted_word
        && !chars.get(unit_end + p + 2).is_some_and(|&c| is_han(c) && !"的和与、".contains(c))
        && !honoured(p)
    {
        return None;
    }
    // A page's counter of visits (点击 356 次, 浏览：88): the page's, not the report's.
    let mut before = span_start;
    while before > 0 && matches!(chars[before - 1], ' ' | ':' | '：') {
        before -= 1;
    }
    if lex().page_counters.iter().any(|w| ends_with(chars, before, w)) {
        return None;
    }
    // A place's measure (海拔4000米, 海拔高达4000米): the place's, not a count.
    let near: String = chars[span_start.saturating_sub(6)..span_start].iter().collect();
    if kind == Unit::Measure && lex().place_measures.iter().any(|w| near.contains(w)) {
        return None;
    }
    // A floor of a building (3号楼12层, 住院部四层) or where a room is (四层报告厅).
    if unit_name == "层" {
        let after: String = chars[unit_end..chars.len().min(unit_end + 4)].iter().collect();
        let building = chars[span_start.saturating_sub(3)..span_start].contains(&'楼')
            || span_start > 0 && "部栋座".contains(chars[span_start - 1]);
        let room = ["报告厅", "会议室", "大厅", "礼堂", "多功能厅", "学术厅", "会场", "病区"]
            .iter()
            .any(|w| after.starts_with(w));
        if building || room {
            return None;
        }
    }
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

/// Where the clause (or the line) that holds `at` starts.
fn clause_start(chars: &[char], at: usize) -> usize {
    chars[..at]
        .iter()
        .rposition(|&c| matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':' | '\n'))
        .map_or(0, |p| p + 1)
}

/// A quota each unit sends or is assigned (各党支部选派1名, 3支队伍各派2名选手, 每组派出
/// 3人, 要求每个党支部报送2篇): how many per unit, not a count of people — nor are the
/// other items of the list it sends (各党支部选取1名党务工作者、1名党员). Not a total
/// (各党总支共选送22个节目, 各科室推荐的30名党员), what each is (每个支部150-200人), or
/// a rate in time (每月交纳党费5元, 每周有2个党支部…).
fn a_quota(chars: &[char], span_start: usize) -> bool {
    let clause_start = clause_start(chars, span_start);
    let lead: String = chars[clause_start..span_start].iter().collect();
    let sends = ["派", "选", "选取", "选派", "推选", "推荐", "抽调", "出", "报送", "选送"];
    // The verb right before the number, or before the list's items up to it: counts
    // each followed by 、 (1名党务工作者、).
    let sent_at = |from: usize| {
        let mut lead = &lead[from..];
        loop {
            if sends.iter().any(|v| lead.ends_with(v)) {
                return true;
            }
            let Some(item) = lead
                .strip_suffix('、')
                .and_then(|l| l.rfind(|c: char| c.is_ascii_digit() || "一两二三四五".contains(c)))
            else {
                return false;
            };
            // The item starts at its number (1名党务工作者); before it, the verb or
            // another item.
            let start = lead[..item]
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_ascii_digit())
                .last()
                .map_or(item, |(i, _)| i);
            if lead[start..].contains(['的', '共']) {
                return false;
            }
            lead = &lead[..start];
        }
    };
    if let Some(each) = lead.rfind('各')
        && !lead[each..].contains('共')
        && !lead[each..].contains('的')
        && lead[each..].chars().take_while(|c| !c.is_ascii_digit() && !"一两二三四五".contains(*c)).count() <= 8
        && sent_at(each)
    {
        return true;
    }
    // Each one's share, by a verb of sending or assigning right before the number, or
    // in a requirement.
    let lead_chars = &chars[clause_start..span_start];
    let per_body = lead_chars.iter().enumerate().any(|(k, &c)| {
        let (next, then) = (lead_chars.get(k + 1).copied(), lead_chars.get(k + 2).copied());
        c == '每'
            && next.is_some_and(|b| "队组个名位支家人户".contains(b))
            && !(next == Some('个') && then.is_some_and(|t| "月季周星年工".contains(t)))
    });
    per_body
        && (["派", "派出", "选取", "选派", "推荐", "报送", "选送", "帮扶", "结对", "联系"]
            .iter()
            .any(|v| lead.ends_with(v))
            || ["要求", "须", "应当", "至少"].iter().any(|w| lead.contains(w)))
}

/// Whether 大 at `at` counts the organisations named right after it (全院10大总支, 五大
/// 党总支): N大 before an organisation is N of them, as N个 is. Before anything else
/// (十九大, 三大平台) it is a name or a slogan's count, not a figure.
fn big_organisations(chars: &[char], at: usize) -> bool {
    chars.get(at) == Some(&'大')
        && (2..=4).any(|n| {
            let word: String = chars.iter().skip(at + 1).take(n).collect();
            word.chars().count() == n && subjects::exactly(&word).is_some_and(|s| s.class == Class::Org)
        })
}

/// The quantities of a numbered formula (1个核心理念、2项联动机制、3大服务平台; 一个中心、
/// 两个基本点、三个…): three or more numbers apart by 、 only, counting up from one or
/// two by small steps. They number the items of a slogan, not things counted.
pub(super) fn formula_items(chars: &[char], found: &[Quantity]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let close = |run: &mut Vec<usize>, out: &mut Vec<usize>| {
        if run.len() >= 3 && found[run[0]].value <= 2.0 {
            out.append(run);
        }
        run.clear();
    };
    for (i, q) in found.iter().enumerate() {
        let small = q.kind == Kind::Number && q.value.fract() == 0.0 && q.value <= 10.0 && q.upper.is_none();
        let follows = run.last().is_some_and(|&last| {
            let previous = &found[last];
            let Some(between) = chars.get(previous.end..q.span.0) else { return false };
            q.value > previous.value
                && q.value - previous.value <= 3.0
                && between.contains(&'、')
                && !between.iter().any(|&c| matches!(c, ',' | '，' | '。' | ';' | '；'))
                && between.len() <= 12
        });
        if small && follows {
            run.push(i);
        } else {
            close(&mut run, &mut out);
            if small {
                run.push(i);
            }
        }
    }
    close(&mut run, &mut out);
    out
}

/// Whether `after` (what follows a count of people) names the people and then where
/// they go: a short noun, then 进, 下, 走进 or 入 and a place (专家进社区, 医生下基层,
/// 党员进万家).
fn goes_out(after: &[char]) -> bool {
    let noun = after.iter().take(5).take_while(|&&c| is_han(c) && !"进下走入".contains(c)).count();
    let rest = &after[noun..];
    let verb = match rest {
        ['走', '进', ..] => 2,
        ['进' | '下' | '入', ..] => 1,
        _ => return false,
    };
    (1..=4).contains(&noun) && rest.get(verb).is_some_and(|&c| is_han(c))
}

/// Whether position `at` lies inside quotation marks holding at most `longest`
/// characters (or cut short by the end of the text).
fn inside_quote(chars: &[char], at: usize, longest: usize) -> bool {
    let open = chars[..at].iter().rposition(|&c| matches!(c, '“' | '「' | '『'));
    let Some(open) = open else { return false };
    if chars[open + 1..at].iter().any(|&c| matches!(c, '”' | '」' | '』')) {
        return false;
    }
    // An excerpt cut inside the quotation (…院周会“三个平台) ends it.
    let close = chars[at..].iter().position(|&c| matches!(c, '”' | '」' | '』')).map_or(chars.len(), |p| at + p);
    close - open - 1 <= longest
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word-free half decides alone only what no cut of the words could save: a
    /// figure with a measure word or a closing bare number goes on to be read.
    #[test]
    fn only_quantities_no_words_could_save_are_ruled_out_before_the_cut() {
        let first = |text: &str| {
            let chars: Vec<char> = text.chars().collect();
            let q = crate::extract::numbers::quantities(text)
                .into_iter()
                .next()
                .unwrap_or_else(|| panic!("a number in {text}"));
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
}
