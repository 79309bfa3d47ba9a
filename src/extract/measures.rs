//! Measures: the named practices a report describes (三会一课, 党员示范岗, “点亮微心愿”
//! 活动, 处方点评制度 …), each with its category from DESIGN.md's taxonomy.
//!
//! Three ways a practice is named, over the folded text:
//! 1. **known practices** of the domain lexicon (`src/lexicon/terms.tsv`, the entries
//!    with a category), in either script and with their variants (三会一课制度,
//!    “三会一课”, 三會一課);
//! 2. **quoted names** — “侃剧”栏目, 开展“点亮微心愿”活动, 命名为“党员E家” — when
//!    what stands around the quotation marks says a practice is meant (a practice
//!    word after them, a verb of doing before them, a list of such names, or the
//!    title); a quotation with sentence punctuation is speech, except a formula of
//!    short items (“一个目标,两个提高,三个满意”), whose items are names, and a slogan
//!    of two or three short phrases (开展“送药下乡,健康同行”活动), which is one name;
//!    《…》 are titles of books and articles and never names; 〝〞 are quotation marks;
//! 3. **practice-shaped phrases** after a verb of doing — 建立了处方点评制度, 落实牵手
//!    行动, 举办党支部吸粉大赛, 开设文化走廊 — ending in a practice word (制度 机制 行动
//!    工程 平台 中心 大赛 走廊 岗 号 督导组 服务型党支部 …), not generic (各项活动,
//!    党建活动), without what only frames it (建立起…, 开展2021年度…, 下设三个…,
//!    成立某某医院…).
//!
//! A name found in two ways is kept from the more reliable one (lexicon, quotes,
//! phrases), and each name once per document, where it is first named. The category
//! is the lexicon's, else the one its ending gives it (`src/lexicon/measure_heads.tsv`:
//! …岗, …系统, …督查), else the first keyword of `src/lexicon/measure_keywords.tsv` in
//! the name, else the keyword nearest to it in its sentence, else in its paragraph.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::{Deserialize, Serialize};

use super::sentences;
use crate::clean::fold::Folded;
use crate::clean::is_han;
use crate::lexicon;

/// A practice named in a document (the data model of DESIGN.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    /// Canonical name: simplified, lowercase (三会一课, 党员e家).
    pub name: String,
    /// The name as written.
    pub name_text: String,
    /// One of DESIGN.md's categories, when it can be told.
    pub category: Option<String>,
    /// The sentence it is named in, in the document's script.
    pub evidence: String,
    /// Character offsets of the name in the document's text.
    pub start: usize,
    pub end: usize,
}

/// How a name was found; earlier is more reliable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Way {
    Lexicon,
    Quote,
    Phrase,
}

#[derive(Debug, Clone)]
struct Candidate {
    start: usize,
    end: usize,
    name: String,
    category: Option<&'static str>,
    way: Way,
}

impl Candidate {
    /// A phrase found by its shape, named by the text it spans, of no category yet.
    fn phrase(chars: &[char], start: usize, end: usize) -> Candidate {
        Candidate { start, end, name: chars[start..end].iter().collect(), category: None, way: Way::Phrase }
    }
}

/// Spans of text, to ask fast whether a longer one holds a given span: sorted by start,
/// with the furthest end reached by the spans up to each.
struct Spans {
    /// (start, end), by start.
    spans: Vec<(usize, usize)>,
    /// `furthest[i]`: the largest end among `spans[..=i]`.
    furthest: Vec<usize>,
}

impl Spans {
    fn new(mut spans: Vec<(usize, usize)>) -> Spans {
        spans.sort_unstable();
        let furthest = spans
            .iter()
            .scan(0, |far, &(_, end)| {
                *far = end.max(*far);
                Some(*far)
            })
            .collect();
        Spans { spans, furthest }
    }

    /// Whether a span longer than `start..end` holds it: one starting before it and
    /// ending at or after its end, or one starting with it and ending after.
    fn hold(&self, start: usize, end: usize) -> bool {
        let before = self.spans.partition_point(|&(s, _)| s < start);
        let same = self.spans.partition_point(|&(s, _)| s <= start);
        before > 0 && self.furthest[before - 1] >= end || self.spans[before..same].iter().any(|&(_, e)| e > end)
    }
}

/// The lexicon's practices (terms with a category) as one automaton, leftmost-longest.
fn known() -> &'static (AhoCorasick, Vec<(&'static str, &'static str)>) {
    static KNOWN: OnceLock<(AhoCorasick, Vec<(&'static str, &'static str)>)> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let terms: Vec<(&str, &str)> = lexicon::terms()
            .iter()
            .filter_map(|t| t.category.map(|c| (t.term, c)))
            // Words for people (志愿者, 预备党员) are not practices, unless a verb makes
            // them the act of gaining people (发展党员: see `lexicon_names`).
            .filter(|(term, _)| !is_people(term) || is_people_act(term))
            .collect();
        // A practice that starts with its verb is also written with the verb's aspect
        // (重温了入党誓词, 交纳了党费): the same practice.
        let mut patterns: Vec<String> = terms.iter().map(|(t, _)| t.to_string()).collect();
        let mut named = terms.clone();
        let verbs = lexicon::words_of("measure_words.tsv", "leading_verb");
        for &(term, category) in &terms {
            if let Some(verb) = verbs.iter().find(|v| term.starts_with(**v) && term.len() > v.len()) {
                patterns.push(format!("{verb}了{}", &term[verb.len()..]));
                named.push((term, category));
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("the lexicon builds an automaton");
        (automaton, named)
    })
}

fn keywords() -> &'static [(&'static str, &'static str)] {
    static KEYWORDS: OnceLock<Vec<(&str, &str)>> = OnceLock::new();
    KEYWORDS.get_or_init(|| {
        lexicon::rows("measure_keywords.tsv").iter().filter(|row| row.len() >= 2).map(|row| (row[0], row[1])).collect()
    })
}

/// The keywords that may tell a practice from the sentence around it: all but those
/// marked `name` in their row's third column (座谈 makes a talk inquiry, not every
/// practice a talk is named beside).
fn sentence_keywords() -> &'static [(&'static str, &'static str)] {
    static KEYWORDS: OnceLock<Vec<(&str, &str)>> = OnceLock::new();
    KEYWORDS.get_or_init(|| {
        lexicon::rows("measure_keywords.tsv")
            .iter()
            .filter(|row| row.len() >= 2 && row.get(2) != Some(&"name"))
            .map(|row| (row[0], row[1]))
            .collect()
    })
}

/// The endings of `measure_heads.tsv`, in file order.
fn heads() -> &'static [(&'static str, &'static str)] {
    static HEADS: OnceLock<Vec<(&str, &str)>> = OnceLock::new();
    HEADS.get_or_init(|| {
        lexicon::rows("measure_heads.tsv").iter().filter(|row| row.len() >= 2).map(|row| (row[0], row[1])).collect()
    })
}

/// The category a name's ending gives it (党员联络岗 → 先锋模范, 点单系统 → 信息化),
/// else the first keyword found in it (in file order). A name joined with +
/// (党建+暖心行动) is what follows the + : that part is tried first.
fn classify(text: &str) -> Option<&'static str> {
    let first =
        |text: &str| head_category(text).or_else(|| keywords().iter().find(|(k, _)| text.contains(k)).map(|&(_, c)| c));
    match text.rsplit_once('+') {
        Some((_, tail)) if !tail.is_empty() => first(tail).or_else(|| first(text)),
        _ => first(text),
    }
}

/// The category the name's ending gives it (`measure_heads.tsv`: 党员联络岗 → 先锋模范).
fn head_category(name: &str) -> Option<&'static str> {
    heads().iter().find(|(h, _)| name.ends_with(h)).map(|&(_, c)| c)
}

/// The category of the keyword nearest to `start..end` in `sentence` (基层党组织“五化”
/// 建设 → 组织, however many other keywords the sentence has).
fn nearest_keyword(sentence: &[char], start: usize, end: usize) -> Option<&'static str> {
    let mut best: Option<(usize, &'static str)> = None;
    for &(keyword, category) in sentence_keywords() {
        let k: Vec<char> = keyword.chars().collect();
        for at in 0..sentence.len().saturating_sub(k.len() - 1) {
            if sentence[at..at + k.len()] != k[..] {
                continue;
            }
            let distance = if at + k.len() <= start { start - (at + k.len()) } else { at.saturating_sub(end) };
            if best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, category));
            }
        }
    }
    best.map(|(_, c)| c)
}

/// The words of `measure_words.tsv` (see its header for each role).
struct Words {
    /// After a quotation, they make it a practice's name (“点亮微心愿”活动).
    after_quote: Vec<&'static str>,
    /// Verbs that make a word for people the act of gaining them (发展党员).
    people_acts: Vec<&'static str>,
    /// What follows such a word when its 党员 opens a phrase of its own (…发展党员干部要…).
    people_then: Vec<&'static str>,
    /// After a quotation, they belong to the name (“一对一”帮扶 → 一对一帮扶).
    joined_after: Vec<&'static str>,
    /// Verbs of doing before a practice (开展“…”, 建立…制度).
    doing: Vec<&'static str>,
    /// Nouns that begin with a verb of doing (组织部).
    doing_nouns: Vec<&'static str>,
    /// What a phrase after a verb of doing ends in when it names a practice.
    practice_ends: Vec<&'static str>,
    /// What the name of a team formed for the work ends in (突击队, 领导小组).
    team_ends: Vec<&'static str>,
    /// Words a team's name never holds that the tagger reads as nouns (全体, 发挥).
    not_in_a_team: Vec<&'static str>,
    /// Light verbs whose object, to the clause's end, is the activity done (进行).
    carry_out: Vec<&'static str>,
    /// Words of manner before such an object (详细, 认真).
    manner: Vec<&'static str>,
    /// Objects too plain to name a practice (部署, 总结).
    plain_acts: Vec<&'static str>,
    /// The verbs of a speech made (作, 做) and what its name ends in (报告, 发言).
    speech_verbs: Vec<&'static str>,
    speech_ends: Vec<&'static str>,
    /// Verbs that set a line of work as an aim (加强, 完善).
    aim_verbs: Vec<&'static str>,
    /// What such a line ends in when it names one (建设, 教育).
    aim_ends: Vec<&'static str>,
    /// Verbs by which a role is played (发挥, 起到), roles that are only a quality
    /// (重要, 积极), and what makes one the organisation's (堡垒) or Party work's (党建).
    role_verbs: Vec<&'static str>,
    plain_roles: Vec<&'static str>,
    role_org: Vec<&'static str>,
    role_work: Vec<&'static str>,
    /// What a way of working named by a quoted formula is (机制, 模式, 体系).
    system_ends: Vec<&'static str>,
    /// Words that point back to an activity held (此次, 一系列).
    activity_refs: Vec<&'static str>,
    /// Verbs by which goods are handed out (发放, 送去, 捐赠).
    gift_verbs: Vec<&'static str>,
    /// Stems too general to name a practice (党建活动, 各项工作, 相关制度).
    generic: Vec<&'static str>,
    variant_ends: Vec<&'static str>,
    /// How a stretch after a verb begins when it is a clause, not a practice's name.
    not_a_name_start: Vec<&'static str>,
    /// What a 《》 title ends in when it is a rule the hospital made (《…议事规则》).
    rule_ends: Vec<&'static str>,
    holding: Vec<&'static str>,
    meeting_ends: Vec<&'static str>,
    /// Meetings of no field of their own (座谈会): named by a topic, of its field.
    open_meetings: Vec<&'static str>,
    party_words: Vec<&'static str>,
    /// The group set up to run a known practice, written right after it
    /// (党史学习教育领导小组).
    group_ends: Vec<&'static str>,
    /// First characters of joint work that make a parallel list one practice (联, 同 …).
    parallel_leads: Vec<&'static str>,
    /// After a quotation (and a 的), what makes it the hospital's culture (医院精神, 院训).
    culture: Vec<&'static str>,
    /// Labels before a colon whose line is a practice's name (品牌名称：…).
    name_labels: Vec<&'static str>,
    /// What a list's item ends in when it is an aim, a quality, a unit or a person,
    /// not a practice (…作用, …效果, …党支部, …代表).
    not_an_item_end: Vec<&'static str>,
    /// What a list's item holds when it names a person (…书记陈勇, …院长).
    not_in_an_item: Vec<&'static str>,
    /// Those a visit with gifts goes to when it is help to the paired (帮扶, 脱贫户).
    visit_helped: Vec<&'static str>,
    /// …and when it is care for the hospital's own people (老党员, 离退休).
    visit_own: Vec<&'static str>,
    /// …and when it is a service to the public (孤寡, 残疾).
    visit_public: Vec<&'static str>,
    /// The Party's bodies, whose meetings held are Party work whatever their names.
    party_bodies: Vec<&'static str>,
    /// The parts an activity is counted in (三个环节, 四个板块): a list closed by such a
    /// count names the activity's parts.
    activity_parts: Vec<&'static str>,
    /// What a list closed by 等 calls its items when they are ways of working (方式,
    /// 形式, 载体).
    ways_words: Vec<&'static str>,
    /// What a quotation ends in when it names a body, not a practice (…医院, …委员会).
    body_ends: Vec<&'static str>,
}

fn lex() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let of = |role| lexicon::words_of("measure_words.tsv", role);
        Words {
            after_quote: of("after_quote"),
            people_acts: of("people_act"),
            people_then: of("people_then"),
            joined_after: of("joined_after"),
            doing: of("doing"),
            doing_nouns: of("doing_noun"),
            practice_ends: of("practice_end"),
            team_ends: of("team_end"),
            not_in_a_team: of("not_in_a_team"),
            carry_out: of("carry_out"),
            manner: of("manner"),
            plain_acts: of("plain_act"),
            speech_verbs: of("speech_verb"),
            speech_ends: of("speech_end"),
            aim_verbs: of("aim_verb"),
            aim_ends: of("aim_end"),
            role_verbs: of("role_verb"),
            plain_roles: of("plain_role"),
            role_org: of("role_org"),
            role_work: of("role_work"),
            system_ends: of("system_end"),
            activity_refs: of("activity_ref"),
            gift_verbs: of("gift_verb"),
            generic: of("generic"),
            variant_ends: of("variant_end"),
            not_a_name_start: of("not_a_name_start"),
            rule_ends: of("rule_end"),
            holding: of("holding"),
            meeting_ends: of("meeting_end"),
            open_meetings: of("open_meeting"),
            party_words: of("party_word"),
            group_ends: of("group_end"),
            parallel_leads: of("parallel_lead"),
            culture: of("culture"),
            name_labels: of("name_label"),
            not_an_item_end: of("not_an_item_end"),
            not_in_an_item: of("not_in_an_item"),
            body_ends: of("body_end"),
            activity_parts: of("activity_part"),
            ways_words: of("ways_word"),
            party_bodies: of("party_body"),
            visit_helped: of("visit_helped"),
            visit_own: of("visit_own"),
            visit_public: of("visit_public"),
        }
    })
}

/// Every practice named in a document, in text order, each once.
pub fn measures(text: &str, folded: &Folded) -> Vec<Measure> {
    let chars: Vec<char> = folded.text.chars().collect();
    let mut candidates = lexicon_names(&folded.text);
    // The group that runs a known practice (党史学习教育领导小组) is named with it. It
    // is a body of the organisation (组织建设) — but one for conduct, for culture or
    // for checking (纠风工作领导小组, 精神文明工作领导小组, 巡察反馈整改领导小组) stays in
    // its practice's field, as readers file them.
    for c in &mut candidates {
        if let Some(len) = starts_with_any(&chars, c.end, &lex().group_ends) {
            c.name.extend(&chars[c.end..c.end + len]);
            c.end += len;
            if !matches!(c.category, Some("作风廉政" | "品牌文化" | "考核制度")) {
                c.category = Some("组织建设");
            }
        }
    }
    // A meeting named by its topic (党史学习教育专题民主生活会): one practice, the
    // meeting's.
    let mut merged: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        if let Some(topic) = merged.last_mut()
            && c.name.ends_with('会')
            && topic.end <= c.start
            && ["", "专题"].iter().any(|w| chars[topic.end..c.start].iter().copied().eq(w.chars()))
        {
            topic.name = chars[topic.start..c.end].iter().collect();
            topic.end = c.end;
            // (A meeting of no field of its own is its topic's: 党风廉政建设座谈会.)
            if !lex().open_meetings.contains(&c.name.as_str()) || topic.category.is_none() {
                topic.category = c.category;
            }
            continue;
        }
        merged.push(c);
    }
    let mut candidates = merged;
    // A name of a shape is whole: a known practice inside it (党代会 in
    // 学习省第十二次党代会精神) is part of it.
    let shaped = patterned_names(&folded.text);
    let shapes = Spans::new(shaped.iter().map(|p| (p.start, p.end)).collect());
    candidates.retain(|c| !shapes.hold(c.start, c.end));
    candidates.extend(shaped);
    candidates.extend(quoted_names(&chars));
    // A way of working named by a quoted formula and its kind is whole: the formula
    // inside it is its first words.
    let systems = quoted_systems(&chars);
    let spans = Spans::new(systems.iter().map(|c| (c.start, c.end)).collect());
    candidates.retain(|c| !(matches!(c.way, Way::Quote | Way::Lexicon) && spans.hold(c.start, c.end)));
    candidates.extend(systems);
    // A phrase that goes on from a known practice (七一表彰 → 七一表彰大会, 廉洁文化 →
    // 廉洁文化建设领导小组) is the fuller name: of the practice's category unless its
    // ending gives one of its own (党建联盟模式 is a 党建联盟). One that only ends in
    // it (参与相关志愿服务) is not.
    let mut built: Vec<Candidate> = phrases(&chars);
    built.extend(aims(&chars));
    built.extend(roles(&chars));
    built.extend(themed_activities(&chars));
    let mut built_at: std::collections::HashMap<usize, Vec<usize>> = std::collections::HashMap::new();
    for (i, p) in built.iter().enumerate() {
        built_at.entry(p.start).or_default().push(i);
    }
    candidates.retain(|c| {
        let only_variant =
            |p: &Candidate| lex().variant_ends.iter().any(|v| chars[c.end..p.end].iter().copied().eq(v.chars()));
        // Not a phrase that goes on from the name with 及 or 和 (党课及主题党日活动): the
        // name is one of two things done, not a word of a longer name.
        let joined = matches!(chars.get(c.end), Some('及' | '和' | '与' | '、'));
        let builder = built_at
            .get(&c.start)
            .filter(|_| !joined)
            .and_then(|ids| ids.iter().copied().find(|&i| c.end < built[i].end && !only_variant(&built[i])));
        match builder.map(|i| &mut built[i]) {
            Some(p) if c.way == Way::Lexicon => {
                p.category = p.category.or(head_category(&p.name)).or(c.category);
                false
            }
            _ => true,
        }
    });
    candidates.extend(built);
    candidates.extend(carried_out(&chars));
    candidates.extend(rule_documents(&chars));
    // A meeting held is named whole: a known practice inside it (述职 in 纪检干部述职会)
    // is one of its words, and so is a phrase built on one (主题教育活动 in 主题教育
    // 活动支部书记座谈会).
    let meetings = held_meetings(&chars);
    let held = Spans::new(meetings.iter().map(|c| (c.start, c.end)).collect());
    candidates.retain(|c| c.way != Way::Phrase || !held.hold(c.start, c.end));
    extend_whole(&mut candidates, meetings);
    // …and so is a team (便民服务 in 门诊便民服务志愿者团队) and a speech (廉洁从业 in
    // 廉洁从业专题报告), of its ending's category, else of the known practice it is
    // formed for or speaks of (党史学习教育领导小组).
    let teams = of_what_they_hold(&candidates, teams(&chars));
    extend_whole(&mut candidates, teams);
    // So is an activity the text points back to (义诊 in 此次便民义诊活动).
    let referred = of_what_they_hold(&candidates, referred_activities(&chars));
    extend_whole(&mut candidates, referred);
    // A speech that its words file nowhere is study, as readers file most (专题报告,
    // 冬训动员讲话).
    let speeches: Vec<Candidate> = of_what_they_hold(&candidates, speeches(&chars))
        .into_iter()
        .map(|mut speech| {
            speech.category = speech.category.or_else(|| classify(&speech.name)).or(Some("理论学习"));
            speech
        })
        .collect();
    extend_whole(&mut candidates, speeches);
    candidates.extend(rule_headings(&chars));
    candidates.extend(built_on(&chars));
    // So is a parallel list, one way of working (办实事 in 共育青年人才、共办惠民实事、…).
    extend_whole(&mut candidates, parallel_items(&chars));
    candidates.extend(labelled_names(&chars));
    // A role the report says is not played (战斗堡垒作用不够明显, 先锋模范作用发挥不够)
    // is a shortcoming found, not a practice.
    candidates.retain(|c| !(c.name.ends_with("作用") && wanting(&chars[c.end..])));
    // A quoted name is whole: a known practice inside it (党建+ in “党建+廉洁行动”) is
    // part of it, not a name of its own.
    let quotes = Spans::new(candidates.iter().filter(|c| c.way == Way::Quote).map(|c| (c.start, c.end)).collect());
    candidates.retain(|c| c.way != Way::Lexicon || !quotes.hold(c.start, c.end));
    // The more reliable way wins where names overlap.
    candidates.sort_by(|a, b| a.way.cmp(&b.way).then(a.start.cmp(&b.start)));
    // Kept names by start; they never overlap, so only the neighbours need a look.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut kept: Vec<Candidate> = Vec::new();
    for c in candidates {
        let before = taken.range(..c.end).next_back().is_some_and(|(_, &end)| end > c.start);
        if !before {
            taken.insert(c.start, c.end);
            kept.push(c);
        }
    }
    for sibling in list_siblings(&chars, &kept) {
        let overlaps = taken.range(..sibling.end).next_back().is_some_and(|(_, &end)| end > sibling.start);
        if !overlaps {
            taken.insert(sibling.start, sibling.end);
            kept.push(sibling);
        }
    }
    kept.sort_by_key(|c| c.start);
    let original: Vec<char> = text.chars().collect();
    // Whom the report's visits with gifts go to, where one names it: a report tells of
    // one round of visits, so a visit named without its people (a headline's 走访慰问,
    // 此次重阳节慰问活动) goes to the same ones — when all that name them agree.
    let whom = |c: &Candidate| {
        let (s0, s1) = sentences::around(&chars, c.start, c.end);
        let clause_end = chars[c.end..s1].iter().position(|&ch| ends_clause(ch)).map_or(s1, |p| c.end + p);
        visit_category(&chars[s0..s1], &chars[c.start..clause_end])
    };
    let visits: Vec<Option<&str>> = kept.iter().map(|c| if c.name.contains("慰问") { whom(c) } else { None }).collect();
    let first = visits.iter().flatten().next().copied();
    let report_visits = first.filter(|f| visits.iter().flatten().all(|c| c == f));
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for (c, visit) in kept.into_iter().zip(visits) {
        if !seen.insert(c.name.clone()) {
            continue;
        }
        let (s0, s1) = sentences::around(&chars, c.start, c.end);
        // A list of things done jointly, each item led by 联 or 共 (共育青年人才、
        // 共促学科建设、共办惠民实事), is work with a partner, whatever its words.
        let joint = || {
            let items: Vec<&str> = c.name.split('、').collect();
            (items.len() >= 3 && items.iter().all(|i| i.starts_with(['联', '共']))).then_some("帮扶共建")
        };
        let category = c
            .category
            .or_else(joint)
            .or_else(|| classify(&c.name))
            .or_else(|| nearest_keyword(&chars[s0..s1], c.start - s0, c.end - s0))
            .or_else(|| {
                // A name alone in its sentence (开展“党建+团结行动”。) is told by what
                // its paragraph goes on to say.
                let (p0, p1) = paragraph(&chars, c.start, c.end);
                nearest_keyword(&chars[p0..p1], c.start - p0, c.end - p0)
            });
        // A visit with gifts (走访慰问) is care for the hospital's own people, help to
        // those it is paired with, or a service to the public: whom it goes to tells
        // which.
        // So is a gift of goods (发放…手册, 送去…物资), by whom its own sentence names.
        let category = if c.name.contains("慰问") {
            visit.or(report_visits).or(category)
        } else if is_gift(&c.name) {
            whom(&c).or(category)
        } else {
            category
        };
        let (start, end) = folded.original_range(c.start, c.end);
        let (e0, e1) = folded.original_range(s0, s1);
        out.push(Measure {
            name: c.name,
            name_text: original[start..end]
                .iter()
                .filter(|c| !matches!(c, '“' | '”' | '「' | '」' | '〝' | '〞'))
                .collect(),
            category: category.map(str::to_string),
            evidence: original[e0..e1].iter().collect::<String>().trim().to_string(),
            start,
            end,
        });
    }
    out
}

/// Whether a name is goods handed out (发放…, 送去…, 捐赠…): whom they go to tells
/// its field, as a visit's does.
fn is_gift(name: &str) -> bool {
    lex().gift_verbs.iter().any(|w| name.starts_with(w))
}

/// The category of a visit with gifts by whom it goes to, named in the visit or after
/// it in its clause (not the members who pay it): those the hospital helps
/// (`visit_helped`: 帮扶, 脱贫户 …) make it 帮扶共建, its own people (`visit_own`:
/// 老党员, 离退休 …) 组织建设, the public (`visit_public`: 孤寡, 残疾 …) 志愿公益; else
/// help named anywhere in its sentence (到帮扶户家中走访慰问) makes it 帮扶共建; else
/// none is told.
fn visit_category(sentence: &[char], visit: &[char]) -> Option<&'static str> {
    let names = |words: &[char], list: &[&str]| {
        let words: String = words.iter().collect();
        list.iter().any(|w| words.contains(w))
    };
    if names(visit, &lex().visit_helped) {
        Some("帮扶共建")
    } else if names(visit, &lex().visit_own) {
        Some("组织建设")
    } else if names(visit, &lex().visit_public) {
        Some("志愿公益")
    } else {
        names(sentence, &lex().visit_helped).then_some("帮扶共建")
    }
}

/// The line `start..end` stands in.
fn paragraph(chars: &[char], start: usize, end: usize) -> (usize, usize) {
    let p0 = chars[..start].iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1);
    let p1 = chars[end..].iter().position(|&c| c == '\n').map_or(chars.len(), |p| end + p);
    (p0, p1)
}

/// Whether the lexicon's word for people (`subjects.tsv`) is `term` (志愿者, 发展党员).
fn is_people(term: &str) -> bool {
    crate::extract::subjects::is_people_word(term)
}

/// A word for people opened by a verb of gaining them (发展党员): the act, a practice.
fn is_people_act(term: &str) -> bool {
    lex().people_acts.iter().any(|verb| term.starts_with(verb))
}

/// The lexicon's practices that are words for people too (发展党员), looked up once.
fn people_terms() -> &'static std::collections::HashSet<&'static str> {
    static TERMS: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    TERMS.get_or_init(|| known().1.iter().map(|&(term, _)| term).filter(|term| is_people(term)).collect())
}

/// Whether the people-act word at bytes `start..end` of `text` is no act: a count of
/// people follows it in its clause (发展党员3名, 全年发展党员共计8名, 发展党员、转正预备党员
/// 各2名), 新 comes before it (新发展党员), or it is 发展 and 党员 of two phrases
/// (高质量发展党员在行动, …发展党员干部要冲锋在前).
fn counts_people(text: &str, start: usize, end: usize) -> bool {
    let clause: Vec<char> = text[end..].chars().take_while(|c| !"，,。；;：:\n".contains(*c)).take(14).collect();
    let counted = clause.iter().enumerate().any(|(i, &c)| {
        (c.is_ascii_digit() || crate::extract::numbers::is_numeral(c))
            && crate::extract::numbers::counts_people(&clause[i..])
    });
    let two_phrases = text[..start].ends_with("质量") || lex().people_then.iter().any(|w| text[end..].starts_with(w));
    counted || text[..start].ends_with('新') || two_phrases
}

/// Whether a two-character term at bytes `start..end` of `text` is cut across by the
/// words around it on both sides (领学 in 党建引领学科建设, where the words are 引领 and
/// 学科): two characters of other words, not the term. One that ends a longer word
/// (党校 in 市委党校) is the term.
fn straddles(text: &str, start: usize, end: usize) -> bool {
    if text[start..end].chars().count() > 2 {
        return false;
    }
    let from = text[..start].char_indices().rev().nth(3).map_or(0, |(b, _)| b);
    let to = text[end..].char_indices().nth(4).map_or(text.len(), |(b, _)| end + b);
    let mut at = from;
    let mut bounds = vec![from];
    for word in crate::segment::jieba().cut(&text[from..to], false) {
        at += word.word.len();
        bounds.push(at);
    }
    !bounds.contains(&start) && !bounds.contains(&end)
}

fn lexicon_names(text: &str) -> Vec<Candidate> {
    let (automaton, terms) = known();
    // Matches come in order: character offsets are counted on from the last one.
    let (mut byte, mut char) = (0, 0);
    let mut char_at = |at: usize| {
        char += text[byte..at].chars().count();
        byte = at;
        char
    };
    automaton
        .find_iter(text)
        .filter(|m| {
            let (term, _) = terms[m.pattern().as_usize()];
            let counted = people_terms().contains(term) && counts_people(text, m.start(), m.end());
            !(counted || straddles(text, m.start(), m.end()))
        })
        .map(|m| {
            let (term, category) = terms[m.pattern().as_usize()];
            let start = char_at(m.start());
            Candidate {
                start,
                end: char_at(m.end()),
                name: term.to_string(),
                category: Some(category),
                way: Way::Lexicon,
            }
        })
        .collect()
}

/// The patterns of `practice_patterns.tsv`, compiled once: (pattern, category).
fn practice_patterns() -> &'static [(regex::Regex, &'static str)] {
    static PATTERNS: OnceLock<Vec<(regex::Regex, &'static str)>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        lexicon::rows("practice_patterns.tsv")
            .iter()
            .filter(|row| row.len() >= 2)
            .map(|row| (regex::Regex::new(row[0]).expect("a valid pattern in practice_patterns.tsv"), row[1]))
            .collect()
    })
}

/// Practices named by a shape (`practice_patterns.tsv`): the text matched, as a name
/// found the lexicon's way (a named shape is as sure as a name), which the lexicon's
/// own names win over where they overlap (they come first).
fn patterned_names(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (pattern, category) in practice_patterns() {
        // Character offsets counted on from the last match, not from the text's start.
        let (mut byte, mut char_at) = (0, 0);
        for found in pattern.captures_iter(text) {
            // A pattern that names a group `name` names the practice by it (the second
            // place of a visit to two, 参观了A纪念馆和B旧址); else by the whole match.
            let m = found.name("name").unwrap_or_else(|| found.get(0).expect("a match has a whole"));
            // …第十一次代表大会精神: the congress of another body, whose spirit is studied.
            if text[m.end()..].starts_with("精神") {
                continue;
            }
            // 收看…表彰大会直播: a meeting watched on screen is not held (unless the
            // watching is what the pattern names).
            const WATCHING: [&str; 3] = ["收看", "观看", "收听"];
            let clause = || text[..m.start()].rsplit(['，', ',', '。', '；', '\n']).next().unwrap_or("");
            let watched = m.as_str().ends_with('会')
                && !WATCHING.iter().any(|w| m.as_str().contains(w))
                && (["直播", "实况"].iter().any(|w| text[m.end()..].starts_with(w))
                    || WATCHING.iter().any(|w| clause().contains(w)));
            if watched {
                continue;
            }
            // A title studied that is a rule (学习《党员发展工作细则》) is that document,
            // read whole by `rule_documents` with the category its words give.
            let rule = m.as_str().strip_suffix('》').and_then(|t| t.rsplit_once('《')).is_some_and(|(_, title)| {
                lex().rule_ends.iter().any(|e| title.ends_with(e) && title.chars().count() >= e.chars().count() + 2)
            });
            if rule {
                continue;
            }
            char_at += text[byte..m.start()].chars().count();
            byte = m.start();
            let start = char_at;
            let end = start + m.as_str().chars().count();
            // A study whose words are of clean conduct (观看廉政警示片) is a lesson in it.
            let category = classify_keyword(m.as_str()).filter(|_| *category == "理论学习").unwrap_or(category);
            // 学习了…精神, 集中观看了…: the verb's aspect is not part of the name.
            let name = match m.as_str().char_indices().skip(2).take(3).find(|&(_, c)| c == '了') {
                Some((b, _)) => format!("{}{}", &m.as_str()[..b], &m.as_str()[b + '了'.len_utf8()..]),
                None => m.as_str().to_string(),
            };
            out.push(Candidate { start, end, name, category: Some(category), way: Way::Lexicon });
        }
    }
    out
}

/// Whether the 的 at `p` ends a description before a name (庄严的, 两次特殊的) — not
/// the Party's 的, which is part of one (党的二十大, 党的工作会议).
fn describing_de(chars: &[char], p: usize) -> bool {
    chars[p] == '的' && (p == 0 || chars[p - 1] != '党')
}

/// `whole`, each of its ending's category, else of the first known practice among
/// `candidates` it holds.
fn of_what_they_hold(candidates: &[Candidate], whole: Vec<Candidate>) -> Vec<Candidate> {
    whole
        .into_iter()
        .map(|mut w| {
            let held = || {
                candidates
                    .iter()
                    .find(|c| c.way == Way::Lexicon && w.start <= c.start && c.end <= w.end)
                    .and_then(|c| c.category)
            };
            w.category = head_category(&w.name).or_else(held);
            w
        })
        .collect()
}

/// Adds names read whole, taking out the lexicon's names inside any of them.
fn extend_whole(candidates: &mut Vec<Candidate>, whole: Vec<Candidate>) {
    let spans = Spans::new(whole.iter().map(|c| (c.start, c.end)).collect());
    candidates.retain(|c| c.way != Way::Lexicon || !spans.hold(c.start, c.end));
    candidates.extend(whole);
}

/// Whether the words right after a name, in its clause, say it is wanting (不够, 发挥
/// 不充分, 未能, 弱化, 淡化).
fn wanting(after: &[char]) -> bool {
    let clause: String = after.iter().take(8).take_while(|c| !"，,。；;！!？?\n".contains(**c)).collect();
    clause.contains(['不', '未']) || ["弱化", "淡化", "欠缺", "缺失"].iter().any(|w| clause.contains(w))
}

/// 作风廉政, when a keyword of it in `measure_keywords.tsv` is in `name` (廉 in
/// 观看廉政警示片): for a name whose pattern says study.
fn classify_keyword(name: &str) -> Option<&'static str> {
    keywords().iter().find(|(k, c)| *c == "作风廉政" && name.contains(k)).map(|&(_, c)| c)
}

fn starts_with_any(chars: &[char], at: usize, words: &[&str]) -> Option<usize> {
    words.iter().filter(|w| super::numbers::starts_with(chars, at, w)).map(|w| w.chars().count()).max()
}

fn ends_with_any(chars: &[char], at: usize, words: &[&str]) -> bool {
    words.iter().any(|w| {
        let n = w.chars().count();
        at >= n && super::numbers::starts_with(chars, at - n, w)
    })
}

/// Whether `c` can be part of a quoted name (互联网+党建, 党员e家).
fn name_char(c: char) -> bool {
    is_han(c) || c.is_ascii_alphanumeric() || matches!(c, '+' | '＋' | '·')
}

/// What a plan of one for each gives each (一村一策, 一科一品, 一人一档, 一支部一特色).
const ONE_EACH_PLANS: &[&str] = &[
    "策", "品", "档", "案", "特", "亮", "品牌", "特色", "亮点", "实事", "承诺", "示范", "计划", "方案", "台账", "专班",
    "项目", "课题", "主题", "载体", "阵地", "书记",
];

fn quoted_names(chars: &[char]) -> Vec<Candidate> {
    // (open, close) of every quotation, outside 《》 titles' own text.
    let mut quotes: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], '“' | '「' | '〝') {
            let close = chars[i + 1..].iter().take(60).position(|&c| matches!(c, '”' | '」' | '〞' | '“' | '\n'));
            if let Some(p) = close
                && matches!(chars[i + 1 + p], '”' | '」' | '〞')
            {
                quotes.push((i, i + 1 + p));
                i += p + 2;
                continue;
            }
        }
        // Straight quotes, as a converter leaves them ("扫街"行动): paired in turn.
        // A digit before one makes it inches (65"一体机, 32"显示器), no quotation mark.
        let inches = |at: usize| at > 0 && chars[at - 1].is_ascii_digit();
        if chars[i] == '"' && !inches(i) {
            let close = chars[i + 1..].iter().take(60).position(|&c| matches!(c, '"' | '\n'));
            if let Some(p) = close
                && chars[i + 1 + p] == '"'
                && !inches(i + 1 + p)
            {
                quotes.push((i, i + 1 + p));
                i += p + 2;
                continue;
            }
        }
        i += 1;
    }
    let first_line_end = chars.iter().position(|&c| c == '\n').unwrap_or(chars.len());
    let mut out = Vec::new();
    let mut previous_accepted: Option<usize> = None;
    for (n, &(open, close)) in quotes.iter().enumerate() {
        let content = &chars[open + 1..close];
        // 党建 (党建工作) between the quotation and its word changes nothing:
        // “…”党建品牌, “…”党建工作模式.
        let after = close + 1 + starts_with_any(chars, close + 1, &["党建", "党建工作"]).unwrap_or(0);
        // What the hospital holds as its culture (“…”的医院精神, “…”院训).
        let at_culture = after + usize::from(chars.get(after) == Some(&'的'));
        let culture = starts_with_any(chars, at_culture, &lex().culture).is_some();
        // A practice's word of four or more characters may follow a 的 too (“…”的工作
        // 模式, “…”的党日义诊活动); a short one after 的 is the sentence's (“…”的要求).
        let follows = culture
            || starts_with_any(chars, after, &lex().after_quote).is_some()
            || at_culture > after && starts_with_any(chars, at_culture, &lex().after_quote).is_some_and(|n| n >= 4);
        let led = ends_with_any(chars, open, &lex().doing)
            || open > 0 && chars[open - 1] == '了' && ends_with_any(chars, open - 1, &lex().doing);
        // A slogan of two or three short phrases named as a practice by what stands
        // around it (开展“学百草,识中药”党日, 以“送医进村 健康同行”为主题): the whole slogan.
        if ((follows || led) && is_slogan(content) || follows && is_parallel_slogan(content))
            && !names_a_known_practice(content)
        {
            let name: String = content.iter().collect();
            // A slogan called a brand, or held as a motto (坚持“…”, 秉承“…”), is the
            // hospital's brand and culture; one of an activity is told by its words.
            // A slogan before a practice's word (“…”主题党日活动) is of that practice.
            let motto = ends_with_any(chars, open, &["坚持", "秉承", "秉持", "践行", "弘扬", "倡导"]);
            let practice = || {
                // A word that only says how it was held (联合, 专题) may stand between:
                // “…”联合主题党日活动 is a 主题党日.
                let after = after + starts_with_any(chars, after, &["联合", "专题", "系列", "集中"]).unwrap_or(0);
                let rest: String = chars[after..chars.len().min(after + 12)].iter().collect();
                let (automaton, named) = known();
                let term = automaton.find(&rest).filter(|m| m.start() == 0).map(|m| named[m.pattern().as_usize()].1);
                let len = starts_with_any(chars, after, &lex().after_quote).unwrap_or(0);
                head_after(chars, after).or(term).or_else(|| nearest_keyword(&chars[after..after + len], 0, 0))
            };
            let category = (motto || culture || branded(chars, open, close)).then_some("品牌文化").or_else(practice);
            out.push(Candidate { start: open + 1, end: close, name, category, way: Way::Quote });
            previous_accepted = Some(n);
            continue;
        }
        // A name with a subtitle after a dash, named as a practice by what stands around
        // it (开展“天使在身边——百名党员进社区”义诊): the name before the dash.
        if let Some(dash) = content.iter().position(|&c| matches!(c, '—' | '－' | '―'))
            && (follows || led)
        {
            let head = &content[..dash];
            if (2..=12).contains(&head.len()) && head.iter().all(|&c| name_char(c)) && !names_a_known_practice(head) {
                let name: String = head.iter().collect();
                // Told by the practice it names (…”义诊 → 志愿公益), not by the subtitle.
                let after = &chars[close + 1..chars.len().min(close + 9)];
                let category = nearest_keyword(after, 0, 0);
                out.push(Candidate { start: open + 1, end: open + 1 + dash, name, category, way: Way::Quote });
                previous_accepted = Some(n);
                continue;
            }
        }
        // What the hospital holds as its culture may be a list of virtues (“仁心、
        // 精业、守正”的院训): the whole of it.
        let virtues = content.iter().all(|&c| name_char(c) || matches!(c, '、' | '，' | ',' | ' '));
        if culture && virtues && (4..=24).contains(&content.len()) && content.iter().any(|&c| !name_char(c)) {
            let name: String = content.iter().collect();
            out.push(Candidate { start: open + 1, end: close, name, category: Some("品牌文化"), way: Way::Quote });
            previous_accepted = Some(n);
            continue;
        }
        // Speech, or a formula of short items.
        if content.iter().any(|&c| matches!(c, '，' | ',' | '、' | '。' | '；' | '：' | '！' | '？')) {
            let body: Vec<char> = content.iter().copied().filter(|&c| c != '。').collect();
            let parts: Vec<&[char]> = body.split(|&c| matches!(c, '，' | ',' | '、')).collect();
            // A formula's items are numbered (一个目标, 两个提高); a list of grades or
            // titles (优秀、良好、合格) is not one.
            let numbered = |p: &[char]| p.iter().any(|c| "一二两三四五六七八九十".contains(*c));
            let formula = parts.len() >= 2
                && parts.iter().all(|p| (2..=6).contains(&p.len()) && p.iter().all(|&c| name_char(c)) && numbered(p))
                && !content[..content.len() - 1].contains(&'。');
            if formula {
                let mut at = open + 1;
                for part in parts {
                    out.push(Candidate {
                        start: at,
                        end: at + part.len(),
                        name: part.iter().collect(),
                        category: None,
                        way: Way::Quote,
                    });
                    at += part.len() + 1;
                }
            }
            continue;
        }
        // A name named so by what stands around it may be longer (开展“庆祝中国共产党成立
        // 99周年”系列主题活动).
        let longest = if follows || led { 16 } else { 12 };
        if !(2..=longest).contains(&content.len()) || !content.iter().all(|&c| name_char(c)) {
            continue;
        }
        // Inside a 《》 title: the title is not a name, but a quoted name in it is.
        // A list of quoted names (“A”、“B”): each is one when the list is.
        // Quotations set side by side with no mark between (“A”“B”“C”等) are a list too.
        let listed =
            previous_accepted.is_some_and(|p| {
                quotes[p].1 + 1 == open || quotes[p].1 + 2 == open && matches!(chars[open - 1], '、' | '，' | ',')
            }) || quotes.get(n + 1).is_some_and(|&(next, _)| next == close + 2 && matches!(chars[close + 1], '、'));
        let in_title = close < first_line_end;
        let brand = branded(chars, open, close);
        // A name that ends as practices do (“红心工程”, “守护天使志愿者”) says what it
        // is itself.
        let shaped = lex()
            .practice_ends
            .iter()
            .chain(heads().iter().map(|(h, _)| h))
            .any(|ending| content.len() >= ending.chars().count() + 2 && ends_with_any(chars, close, &[ending]));
        // A name with what is done to it after it, in a list or at a clause's end
        // (“一支部一实事”落实、…, “三会一课”开展情况).
        let done = starts_with_any(chars, close + 1, &lex().doing).is_some_and(|len| {
            let next = close + 1 + len;
            chars.get(next).is_none_or(|c| matches!(c, '、' | '，' | ',' | '。' | '；' | '等'))
                || starts_with_any(chars, next, &["情况"]).is_some()
        });
        // One of each for each (“一村一策”, “一科一品”, “一支部一品牌”): a plan's shape,
        // named whatever follows it — the second half a plan's word, not an idiom's
        // (一言一行, 一点一滴, 一带一路).
        let one_each = content.len() >= 4
            && content[0] == '一'
            && content[1..].iter().position(|&c| c == '一').is_some_and(|p| {
                let plan: String = content[p + 2..].iter().collect();
                (1..=3).contains(&p) && ONE_EACH_PLANS.contains(&plan.as_str())
            });
        // A numbered formula the text goes on to spell out (做到“四个结合”,即:…; 做到
        // “四个无条件”:…) is one of its own ways of working — not records set (“四个
        // 第一”:…).
        let spelled_out =
            content.len() >= 3 && "一二两三四五六七八九十双".contains(content[0]) && !content.contains(&'第') && {
                let at = close + 1 + usize::from(matches!(chars.get(close + 1), Some(',' | '，')));
                matches!(chars.get(at), Some(':' | '：'))
                    || chars.get(at) == Some(&'即') && chars.get(at + 1) != Some(&'将')
            };
        // Words said (连声说“谢谢”) are speech, wherever they stand.
        let said = ends_with_any(chars, open, &["说", "道", "喊", "问", "称"]);
        // A quoted name of five or more characters is a name whatever stands around it.
        let standalone = stands_for_itself(chars, open, close);
        if !(follows || led || listed || in_title || brand || shaped || done || one_each || standalone || spelled_out)
            || said
        {
            continue;
        }
        previous_accepted = Some(n);
        let mut name: String = content.iter().collect();
        let own_head = head_category(&name);
        let mut end = close;
        if let Some(len) = starts_with_any(chars, close + 1, &lex().joined_after) {
            name.extend(&chars[close + 1..close + 1 + len]);
            end = close + 1 + len;
        }
        // Else its own ending (“学习标兵”), else the words right after it say what it is
        // (“文明联创”志愿服务, “金秋颂华章”文艺演出), if they say anything, before the
        // sentence around it does.
        let told_after = || {
            let rest = &chars[close + 1..chars.len().min(close + 13)];
            let clause =
                rest.iter().position(|&c| ends_clause(c) || matches!(c, '“' | '「' | '"')).unwrap_or(rest.len());
            nearest_keyword(&rest[..clause], 0, 0)
        };
        // A title conferred (“…先进集体”称号) honours the vanguard, whatever
        // body it names.
        let honour = starts_with_any(chars, close + 1, &["称号", "荣誉称号"]).is_some();
        let category = (brand || culture)
            .then_some("品牌文化")
            .or_else(|| head_after(chars, after).filter(|_| follows))
            .or_else(|| honour.then_some("先锋模范"))
            .or(own_head)
            .or_else(told_after);
        out.push(Candidate { start: open + 1, end, name, category, way: Way::Quote });
    }
    out
}

/// A quoted name that stands for itself, with no word around it to say so (“失能
/// 随访小组”, “学先进找差距”): five or more Han characters — shorter quotations are
/// mostly words used as figures (“精气神”, “桥头堡”, “守门人”) — and not a formula
/// counted (“两个一百年”), a body (“…人民医院”) or people (“入党积极分子”).
fn stands_for_itself(chars: &[char], open: usize, close: usize) -> bool {
    let content = &chars[open + 1..close];
    let formula = "一二两三四五六七八九十".contains(content[0]) && content.get(1) == Some(&'个');
    let body = ends_with_any(chars, close, &lex().body_ends);
    let name: String = content.iter().collect();
    content.iter().filter(|c| is_han(**c)).count() >= 5 && !formula && !body && !is_people(&name)
}

/// The category of the last known practice in `name`, if any.
fn last_known(name: &str) -> Option<&'static str> {
    let (automaton, named) = known();
    automaton.find_iter(name).last().map(|m| named[m.pattern().as_usize()].1)
}

/// The category of the practice word after a quotation (`after_quote`), by its head,
/// the last known practice in it: “…”主题党日义诊活动 is a 义诊, “…”党日义诊活动 too.
fn head_after(chars: &[char], after: usize) -> Option<&'static str> {
    let len = starts_with_any(chars, after, &lex().after_quote)?;
    let word: String = chars[after..after + len].iter().collect();
    last_known(&word)
}

/// A meeting of Party work the hospital holds, by its name (召开党支部书记工作座谈会,
/// 举行基层党务干部动员部署会): after a verb of holding (`holding` of
/// `measure_words.tsv`), up to eighteen Han characters ending in a meeting's word
/// (`meeting_end`), the first such end in the clause, with a word of Party work in
/// it (`party_word`: not 召开全院职工大会) or a Party body holding it (`party_body`, in
/// the clause before the verb). A Party meeting the text is at (在…联席会上) is one
/// held, and so is one the text says was held after its name (医院2023年度党建工作
/// 会议在三楼会议室召开: see `named_before`).
fn held_meetings(chars: &[char]) -> Vec<Candidate> {
    let w = lex();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // A meeting the text is at (在第二季度党建联席会上) was held too.
        let at_it = chars[i] == '在';
        let Some(len) = starts_with_any(chars, i, &w.holding).or(at_it.then_some(1)) else {
            i += 1;
            continue;
        };
        // …and one named before the verb (…民主生活会在三楼召开).
        if !at_it {
            out.extend(named_before(chars, i));
        }
        let mut start = i + len;
        // 召开了…, 召开的…大会上: the verb's aspect, or the 的 of a meeting held.
        if matches!(chars.get(start), Some('了' | '的')) {
            start += 1;
        }
        // The year or month a meeting reviews is not its name (召开2023年度党建述职
        // 评议会, 召开6月支部工作会).
        start += year_prefix(&chars[start..]);
        start += month_prefix(&chars[start..]);
        let run = (start..chars.len().min(start + 24)).take_while(|&p| in_meeting_name(chars, p)).count();
        // The first meeting's word the run reaches, as long as it is written there
        // (座谈会, not 会 of 座谈会) — and its 议 when the run writes one (专题会议).
        let first_end = |from: usize| {
            (from..=start + run)
                .find(|&e| ends_with_any(chars, e, &w.meeting_ends))
                .map(|e| if chars[e - 1] == '会' && chars.get(e) == Some(&'议') { e + 1 } else { e })
        };
        // Two meetings held as one are named together (年度工作会暨新春茶话会).
        let end =
            first_end(start + 2).map(|e| if chars.get(e) == Some(&'暨') { first_end(e + 3).unwrap_or(e) } else { e });
        if let Some(end) = end.filter(|&end| !at_it || chars.get(end) == Some(&'上')) {
            // …or held by a Party body (突击队党支部举行授旗仪式, 党委举行劳模事迹报告会).
            let clause = (i.saturating_sub(24)..i)
                .rev()
                .find(|&p| ends_clause(chars[p]))
                .map_or(i.saturating_sub(24), |p| p + 1);
            let by_party = !at_it && (clause..i).any(|p| starts_with_any(chars, p, &w.party_bodies).is_some());
            let how = if at_it { Held::At } else { Held::Before };
            out.extend(meeting(chars, start, end, by_party, how));
        }
        i = start;
    }
    out
}

/// Where the text puts the words that say a meeting was held: a verb before its name
/// (召开…大会), the meeting as where something happened (在…会上), or a verb after its
/// name (…大会在礼堂隆重召开).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Held {
    Before,
    At,
    After,
}

/// Whether the character at `p` can be part of a meeting's name: a Han character, a
/// quotation mark, the number of an anniversary (庆祝建党100周年大会) or of the year of
/// a second meeting joined by 暨 (…大会暨2023年度党建工作会议), a 、 between two of
/// its words (支部书记、支委业务能力提升培训会: not after a meeting's 会, 党总支
/// 委员会、院长办公会议 are two), or the 扩大 of an enlarged meeting
/// in brackets (党委(扩大)会议).
fn in_meeting_name(chars: &[char], p: usize) -> bool {
    let anniversary = || {
        let digits = chars[p..].iter().take_while(|c| c.is_ascii_digit()).count();
        let from = (0..p).rev().find(|&q| !chars[q].is_ascii_digit()).map_or(0, |q| q + 1);
        let year = chars[from..].iter().take_while(|c| c.is_ascii_digit()).count() == 4
            && from > 0
            && chars[from - 1] == '暨'
            && chars.get(from + 4) == Some(&'年');
        digits > 0 && super::numbers::starts_with(chars, p + digits, "周年") || year
    };
    let enlarged = |q: usize| super::numbers::starts_with(chars, q, "扩大");
    let between = p > 0 && chars.get(p + 1).is_some_and(|&c| is_han(c)) && is_han(chars[p - 1]);
    match chars[p] {
        '“' | '”' => true,
        '、' => between && chars[p - 1] != '会',
        // Two events joined (党史知识系列讲座和廉洁从医报告会) are not one name.
        '和' | '及' | '与' => !EVENT_ENDS.iter().any(|e| super::numbers::ends_with(chars, p, e)),
        '(' | '（' => enlarged(p + 1) && matches!(chars.get(p + 3), Some(')' | '）')),
        ')' | '）' => p >= 3 && enlarged(p - 2) && matches!(chars[p - 3], '(' | '（'),
        c => is_han(c) || anniversary(),
    }
}

/// The meeting named by `chars[start..end]`, when it is one of Party work: a word of
/// it in its name or `by_party` (held by a Party body); `how` the text says it was
/// held (at it, 在…会上, its place is no part of its name).
fn meeting(chars: &[char], start: usize, end: usize, by_party: bool, how: Held) -> Option<Candidate> {
    let w = lex();
    let at_it = how == Held::At;
    // A description before it (庄严的, 两次特殊的) is no part of its name; the Party's
    // 的 is (党的工作会议).
    let quoted = chars[start..end].contains(&'“');
    let described = (start..end).rev().find(|&p| describing_de(chars, p)).map(|p| p - start).filter(|_| !quoted);
    let start = described.map_or(start, |p| start + p + 1);
    let start = start + count_prefix(&chars[start..end]);
    // 在某某医院传达学习…大会上: the place it is held at is no part of its name.
    let start = (start + 2..end.saturating_sub(4))
        .rev()
        .find(|&p| at_it && chars[p - 2] == '医' && chars[p - 1] == '院')
        .unwrap_or(start);
    let name: String = chars[start..end].iter().filter(|&&c| !matches!(c, '“' | '”')).collect();
    if !(w.party_words.iter().any(|p| name.contains(p)) || by_party) || name.chars().count() < 4 {
        return None;
    }
    // A meeting of the nation or a whole region (全国抗洪表彰大会, 全市卫生
    // 健康工作会议), or an anniversary's not said to be held by the hospital (在庆祝建党
    // 100周年大会上, …周年大会在广场隆重举行: the nation's), is one the
    // hospital hears of or is at, not one it holds — unless a Party body of its own
    // holds it.
    let anniversary = how != Held::Before && name.contains("周年大会");
    if !by_party && (WHOLE_REGIONS.iter().any(|r| name.starts_with(r)) || anniversary) {
        return None;
    }
    // Of its kind's category by its words, else of the last practice it names (入党宣誓
    // 仪式 is an oath's), read without the brackets of an enlarged meeting; else a
    // meeting of the Party's bodies, their organisation (党小组长工作会, 委员会成立
    // 选举大会), not of whatever its sentence goes on to speak of.
    let plain: String = name.chars().filter(|c| !"()（）".contains(*c)).collect();
    let category = match classify(&name) {
        Some(_) => None,
        None => classify(&plain).or_else(|| last_known(&plain)).or(Some("组织建设")),
    };
    Some(Candidate { start, end, name, category, way: Way::Phrase })
}

/// What the name of an event ends in, before a 和 that joins a second event to it.
const EVENT_ENDS: &[&str] = &["讲座", "会", "活动", "培训", "仪式", "比赛", "竞赛", "班"];

/// What a meeting of a whole region's bodies begins with (全国, 全市): not the
/// hospital's own.
const WHOLE_REGIONS: &[&str] = &["全国", "全省", "全市", "全区", "全盟", "全州", "全县"];

/// A meeting the text names first and then says was held by the verb at `verb`
/// (院党委民主生活会在三楼召开, 某县医院2019年度先进表彰大会顺利召开, 第五次党员大会顺利
/// 召开): the run of its clause before the verb (a place after 在, and 隆重, 顺利 or 胜利,
/// left out) that ends in a meeting's word, from after the hospital or centre that holds
/// it (医院, 中心, 我院: a Party body after it is part of the name and makes it Party
/// work, 医院党委民主生活会). Not a meeting of the nation, a province or a city (全国
/// “两优一先”表彰大会, 市第十二次党代会), which the hospital reports, not holds.
fn named_before(chars: &[char], verb: usize) -> Option<Candidate> {
    let w = lex();
    let mut end = verb;
    for manner in ["隆重", "顺利", "胜利"] {
        if end >= 2 && chars[end - 2..end].iter().copied().eq(manner.chars()) {
            end -= 2;
        }
    }
    // 在三楼会议室, 在行政楼六楼会议室: the place, up to twenty characters.
    if let Some(at) = (end.saturating_sub(20)..end).rev().find(|&p| chars[p] == '在')
        && chars[at..end].iter().all(|&c| is_han(c) || c.is_ascii_alphanumeric())
        && at + 1 < end
    {
        end = at;
    }
    if !ends_with_any(chars, end, &w.meeting_ends) {
        return None;
    }
    let from = (end.saturating_sub(30)..end).rev().find(|&p| !in_meeting_name(chars, p) && !chars[p].is_ascii_digit());
    let from = from.map_or(end.saturating_sub(30), |p| p + 1);
    let clause: String = chars[from..end].iter().collect();
    if WHOLE_REGIONS.iter().chain(&["中央", "省", "市第", "市委第"]).any(|n| clause.starts_with(n)) {
        return None;
    }
    // From after the last holder it names (…医院, …中心, 我院).
    let holder = ["医院", "中心", "我院", "本院", "卫生院"]
        .iter()
        .filter_map(|h| clause.rfind(h).map(|b| clause[..b].chars().count() + h.chars().count()))
        .max();
    let mut start = from + holder.unwrap_or(0);
    start += year_prefix(&chars[start..end]);
    start += month_prefix(&chars[start..end]);
    if end < start + 4 {
        return None;
    }
    let by_party = starts_with_any(chars, start, &w.party_bodies).is_some();
    meeting(chars, start, end, by_party, Held::After)
}

/// The rules a hospital makes for itself, named as documents: 《党委会议议事规则》,
/// 《科室考评实施细则》 — a 《》 title that ends as a rule does (`rule_end` of
/// `measure_words.tsv`) and is no notice (关于…). Other 《》 titles are books and
/// articles.
fn rule_documents(chars: &[char]) -> Vec<Candidate> {
    let ends = &lex().rule_ends;
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '《' {
            i += 1;
            continue;
        }
        let Some(p) = chars[i + 1..].iter().take(32).position(|&c| matches!(c, '》' | '《' | '\n')) else {
            i += 1;
            continue;
        };
        let close = i + 1 + p;
        let content = &chars[i + 1..close];
        let name: String = content.iter().collect();
        if chars[close] == '》'
            && content.len() >= 4
            && !name.starts_with("关于")
            && content.iter().all(|&c| name_char(c))
            && ends.iter().any(|e| name.ends_with(e) && name.chars().count() >= e.chars().count() + 2)
        {
            out.push(Candidate { start: i + 1, end: close, name, category: None, way: Way::Quote });
        }
        i = close;
    }
    out
}

/// The parts of a set of rules, each under a numbered heading of its own line (一、支部
/// 大会制度, (二)党员谈心谈话制度, 3.考勤制度): a heading that ends as a rule or a
/// system does (`rule_end` of `measure_words.tsv`, and 制度 and 机制) names one.
fn rule_headings(chars: &[char]) -> Vec<Candidate> {
    static HEADING: OnceLock<regex::Regex> = OnceLock::new();
    let heading = HEADING.get_or_init(|| {
        regex::Regex::new(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])\s*(\p{Han}{4,16})\s*$")
            .expect("a valid pattern")
    });
    let ends = &lex().rule_ends;
    let mut out = Vec::new();
    let mut start = 0;
    for line in chars.split(|&c| c == '\n') {
        // A heading is short: most lines are not, and are not read further.
        if line.iter().filter(|c| !c.is_whitespace()).count() > 24 {
            start += line.len() + 1;
            continue;
        }
        let text: String = line.iter().collect();
        if let Some(name) = heading.captures(&text).and_then(|c| c.get(1)) {
            let at = start + text[..name.start()].chars().count();
            let name = name.as_str();
            let stem = ["制度", "机制"].iter().chain(ends.iter()).find_map(|e| name.strip_suffix(e)).unwrap_or("");
            // A known practice with its 制度 (一、三会一课制度) is the known practice.
            let known_practice = known().1.iter().any(|(term, _)| *term == stem);
            if stem.chars().count() >= 2 && !lex().generic.contains(&stem) && !known_practice {
                // Named as a document is (《…制度》): whole, over the known names in it.
                out.push(Candidate {
                    start: at,
                    end: at + name.chars().count(),
                    name: name.to_string(),
                    category: None,
                    way: Way::Quote,
                });
            }
        }
        start += line.len() + 1;
    }
    out
}

/// A list of three or more short phrases that begin with the same character of
/// joint work (`parallel_lead` of `measure_words.tsv`: 联, 同, 共 …), apart by 、 (the
/// last may follow 和 or 及): 联学理论、联办活动、联育人才和联帮群众;
/// 同部署、同落实、同考核. Such a parallel list names one way of working: the whole list
/// is the name. (有计划、有节点、有措施 describes, and is not one.)
fn parallel_items(chars: &[char]) -> Vec<Candidate> {
    let item_char = |c: char| is_han(c) || matches!(c, '“' | '”');
    let mut out = Vec::new();
    let mut from = 0;
    while from < chars.len() {
        let to = chars[from..].iter().position(|&c| ends_clause(c)).map_or(chars.len(), |p| from + p);
        let clause = &chars[from..to];
        let pieces: Vec<&[char]> = clause.split(|&c| c == '、').collect();
        if pieces.len() >= 3 {
            let lead = pieces[1].first().copied().filter(|c| lex().parallel_leads.iter().any(|l| l.starts_with(*c)));
            if let Some(lead) = lead {
                // The first item starts at the last `lead` of its piece.
                let first = pieces[0].iter().rposition(|&c| c == lead);
                // The last item is as long as the middle ones (the sentence goes on
                // after it); 和/及 may join one more of that length.
                let width = pieces[1..pieces.len() - 1].iter().map(|p| p.len()).max().unwrap_or(0);
                let last = pieces[pieces.len() - 1];
                let han = last.iter().take_while(|&&c| item_char(c)).count();
                let mut last_len = han.min(width);
                if last.get(width).is_some_and(|&c| c == '和' || c == '及') && last.get(width + 1) == Some(&lead) {
                    last_len = (2 * width + 1).min(han);
                }
                let middle_ok = pieces[1..pieces.len() - 1]
                    .iter()
                    .all(|p| (3..=8).contains(&p.len()) && p[0] == lead && p.iter().all(|&c| item_char(c)));
                if let Some(first) = first
                    && middle_ok
                    && (3..=8).contains(&(pieces[0].len() - first))
                    && pieces[0][first..].iter().all(|&c| item_char(c))
                    && last.first() == Some(&lead)
                    && (3..=16).contains(&last_len)
                {
                    let start = from + first;
                    let end = to - (last.len() - last_len);
                    let name: String = chars[start..end].iter().filter(|&&c| !matches!(c, '“' | '”')).collect();
                    out.push(Candidate { start, end, name, category: None, way: Way::Phrase });
                }
            }
        }
        from = to + 1;
    }
    out
}

/// The other items of a list of practices (通过“三会一课”、主题党日、线上学习平台等形式;
/// 查阅了清廉长廊、清廉之家以及廉政监督信箱): items set apart by 、 in one clause, the
/// last one ending at 等 or the clause's end and 和, 及 or 以及 joining one more. A list
/// is one of practices when a name found another way is one of its items; an item no
/// way found is a practice too when it reads as a name (four to twelve Han characters,
/// no clause, no unit, person or aim, not generic) and either a second item was found
/// or its ending is a practice word. Its category is its own words', else the found
/// item's.
fn list_siblings(chars: &[char], found: &[Candidate]) -> Vec<Candidate> {
    // Brackets close a list too: (…、…) is an aside.
    let list_end = |c: char| ends_clause(c) || matches!(c, '(' | ')' | '（' | '）');
    // The names found, by where they start (they never overlap, so their ends are in
    // order too), each with its rank in `found`: a long text's lists look up their
    // items without going through every name of the text.
    let mut by_start: Vec<(usize, &Candidate)> = found.iter().enumerate().collect();
    by_start.sort_by_key(|(_, c)| c.start);
    let mut out = Vec::new();
    let mut from = 0;
    while from < chars.len() {
        let to = chars[from..].iter().position(|&c| list_end(c)).map_or(chars.len(), |p| from + p);
        if chars[from..to].contains(&'、') {
            out.extend(siblings_in(chars, from, to, &by_start));
        }
        from = to + 1;
    }
    out
}

/// The items of the list in the clause `from..to` (see [`list_siblings`]) that no way
/// found, when the list is one of practices.
fn siblings_in(chars: &[char], from: usize, to: usize, found: &[(usize, &Candidate)]) -> Vec<Candidate> {
    let mut items: Vec<(usize, usize)> = Vec::new();
    // A list closed as activities (…清除楼道杂物、擦洗健身器材及爱心募捐等活动) says its items are
    // things done.
    let mut activities = false;
    // …and one closed as ways (…、评选表彰等方式) says they are ways of working.
    let mut ways = false;
    let mut bounds: Vec<usize> = vec![from];
    bounds.extend((from..to).filter(|&i| chars[i] == '、').flat_map(|i| [i, i + 1]));
    bounds.push(to);
    let pieces: Vec<(usize, usize)> = bounds.chunks(2).map(|b| (b[0], b[1])).collect();
    let n = pieces.len();
    for (k, &(s, e)) in pieces.iter().enumerate() {
        let mut s = s;
        let mut e = e;
        if k == 0 {
            // The first item starts after the verb or the word that opens the list.
            let openers: Vec<&str> = lex()
                .doing
                .iter()
                .copied()
                .chain([
                    "通过",
                    "包括",
                    "如",
                    "了",
                    "对",
                    "从",
                    "以",
                    "围绕",
                    "涵盖",
                    "即",
                    "参与到",
                    "参与",
                    "参加",
                    "分为",
                ])
                .collect();
            let Some(at) = (s..=e).rev().find(|&p| ends_with_any(chars, p, &openers)) else { continue };
            s = at;
        }
        if k == n - 1 {
            // The last item ends at 等, or where 和/及/以及 join one more — or at the
            // count of the parts it is one of (…、图书漂流三个环节).
            let parts = |p: usize| {
                let counted = count_prefix(&chars[p..]);
                counted > 0 && starts_with_any(chars, p + counted, &lex().activity_parts).is_some()
            };
            let end_at = (s..e).find(|&p| chars[p] == '等' || parts(p)).unwrap_or(e);
            let after = end_at + usize::from(chars.get(end_at) == Some(&'等'));
            activities = end_at < e
                && (starts_with_any(chars, after, &["活动", "志愿活动", "公益活动", "志愿服务", "系列活动"]).is_some()
                    || parts(after));
            ways = end_at < e && starts_with_any(chars, after, &lex().ways_words).is_some();
            let join =
                (s..end_at).find_map(|p| starts_with_any(chars, p, &["以及", "和", "及"]).map(|len| (p, p + len)));
            match join {
                Some((j, after)) => {
                    items.push((s, j));
                    items.push((after, end_at));
                }
                None => items.push((s, end_at)),
            }
            // A last item the sentence goes on from (…支部考核进行了部署) is no name.
            if end_at == e && e < chars.len() && !ends_clause(chars[e]) {
                items.pop();
            }
            continue;
        }
        // Quotes around an item are not part of its name.
        while s < e && matches!(chars[s], '“' | '”') {
            s += 1;
        }
        while e > s && matches!(chars[e - 1], '“' | '”') {
            e -= 1;
        }
        items.push((s, e));
    }
    // The first name found (in `found`'s order) that overlaps the item.
    let hit = |(s, e): (usize, usize)| {
        let first = found.partition_point(|(_, c)| c.end <= s);
        found[first..].iter().take_while(|(_, c)| c.start < e).min_by_key(|(rank, _)| *rank).map(|&(_, c)| c)
    };
    let hits: Vec<&Candidate> = items.iter().filter_map(|&item| hit(item)).collect();
    if hits.is_empty() && !(activities && items.len() >= 2) {
        return Vec::new();
    }
    // The items no way found that read as names, each with whether its ending is a
    // practice word.
    let names: Vec<(usize, usize, String, bool)> = items
        .iter()
        .filter(|&&item| hit(item).is_none())
        .filter_map(|&(s, e)| {
            let name: String = chars[s..e].iter().filter(|&&c| !matches!(c, '“' | '”')).collect();
            let shaped = lex().practice_ends.iter().chain(heads().iter().map(|(h, _)| h)).any(|w| name.ends_with(w));
            item_reads_as_name(&name).then_some((s, e, name, shaped))
        })
        .collect();
    // An item is a practice when its ending says so, or when two others are found —
    // or, in a list of ways, two others are found or end in a practice word
    // (公开承诺、领导点评、群众评议等方式 with 公开承诺 found and 群众评议 ending in 评议).
    let shaped = if ways { names.iter().filter(|n| n.3).count() } else { 0 };
    let mut out = Vec::new();
    for (s, e, name, own) in names {
        let others = hits.len() + shaped - usize::from(own);
        if !(own || others >= 2 || activities) {
            continue;
        }
        let category = classify(&name).or(hits.first().and_then(|h| h.category));
        out.push(Candidate { start: s, end: e, name, category, way: Way::Phrase });
    }
    out
}

/// Whether a list's item reads as a name: four to twelve Han characters (a count or a
/// year is no name), no 的 (the phrase of a clause), no person or unit in it (…书记陈勇,
/// 产科党支部), not generic.
fn item_reads_as_name(name: &str) -> bool {
    let len = name.chars().count();
    (4..=12).contains(&len)
        && name.chars().all(|c| is_han(c) && !"的和与及个名项一二三四五六七八九十".contains(c))
        && !lex().generic.contains(&name)
        && !lex().not_a_name_start.iter().any(|w| name.starts_with(w))
        && !lex().not_an_item_end.iter().any(|w| name.ends_with(w))
        && !lex().not_in_an_item.iter().any(|w| name.contains(w))
        && crate::extract::subjects::exactly(name).is_none()
}

/// Whether `c` ends a clause.
fn ends_clause(c: char) -> bool {
    matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':' | '！' | '？' | '\n')
}

/// A line that names a practice by a label (品牌名称：仁心 守护, 创建主题：…): the
/// rest of the line, when it is short and reads as a name or a slogan; a practice of
/// the hospital's brand and culture.
fn labelled_names(chars: &[char]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in chars.split(|&c| c == '\n') {
        let at = line_start;
        line_start += line.len() + 1;
        let lead = line.iter().take_while(|c| c.is_whitespace()).count();
        let Some(label) = starts_with_any(line, lead, &lex().name_labels) else { continue };
        let colon = lead + label;
        if !matches!(line.get(colon), Some(':' | '：')) {
            continue;
        }
        let from = colon + 1 + line[colon + 1..].iter().take_while(|c| c.is_whitespace()).count();
        let to = line.len() - line.iter().rev().take_while(|c| c.is_whitespace()).count();
        let name: Vec<char> =
            line[from..to.max(from)].iter().copied().filter(|&c| !matches!(c, '“' | '”' | '「' | '」')).collect();
        let han = name.iter().filter(|&&c| is_han(c)).count();
        let reads_as_name = name.iter().all(|&c| name_char(c) || matches!(c, ' ' | '\u{3000}' | '、' | '，' | ','));
        if (4..=24).contains(&han) && reads_as_name && !name.contains(&'。') {
            // Runs of spaces between a slogan's phrases are one.
            let mut text = String::new();
            for &c in &name {
                let c = if c == '\u{3000}' { ' ' } else { c };
                if !(c == ' ' && text.ends_with(' ')) {
                    text.push(c);
                }
            }
            out.push(Candidate {
                start: at + from,
                end: at + to,
                name: text,
                category: Some("品牌文化"),
                way: Way::Quote,
            });
        }
    }
    out
}

/// A Party organisation built into the hospital's structure: 支部建在科室上, 党小组建在
/// 班组上, 总支建在学科群上, or at the front line (支部建在抗疫一线).
fn built_on(chars: &[char]) -> Vec<Candidate> {
    static BUILT: OnceLock<regex::Regex> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        // …or at the front (把支部建在抗疫一线, 党支部建在防控最前沿).
        regex::Regex::new(r"(?:党总支|总支|党支部|支部|党小组|党组织)建在\p{Han}{1,8}?(?:上|一线|前线|最前沿)")
            .expect("a valid pattern")
    });
    let text: String = chars.iter().collect();
    let mut out = Vec::new();
    for m in built.find_iter(&text) {
        let start = text[..m.start()].chars().count();
        let end = start + m.as_str().chars().count();
        let name = m.as_str().to_string();
        out.push(Candidate { start, end, name, category: Some("组织建设"), way: Way::Phrase });
    }
    out
}

/// Whether a phrase of a slogan is a known practice, but for a closing particle
/// (“支部建在科室上,党建领着业务走” says 支部建在科室): the slogan is then that
/// practice's motto, and the practice is the name.
fn names_a_known_practice(content: &[char]) -> bool {
    let (automaton, _) = known();
    content.split(|&c| matches!(c, '，' | ',' | ' ' | '\u{3000}')).any(|part| {
        let part: String = part.iter().collect();
        let len = part.chars().count();
        automaton.find_iter(&part).any(|m| m.start() == 0 && len - part[..m.end()].chars().count() <= 1)
    })
}

/// Whether the text calls the quotation `open..close` a brand: 品牌 right before it
/// (党建品牌——“…”, 品牌:“…”) or closing the words right after it (“…”党建服务品牌).
fn branded(chars: &[char], open: usize, close: usize) -> bool {
    let mut before = open;
    while before > 0 && matches!(chars[before - 1], '—' | '─' | '-' | ':' | '：' | '即') {
        before -= 1;
    }
    // 品牌 closing the words after it (“…”党建服务品牌), or a short way in before the
    // sentence goes on (“…”党建品牌为抓手, “…”党建文化品牌的探索).
    let after: Vec<char> = chars[close + 1..].iter().take(8).take_while(|&&c| is_han(c)).copied().collect();
    let brand_at = after.windows(2).position(|w| w == ['品', '牌']);
    ends_with_any(chars, before, &["品牌"])
        || brand_at.is_some_and(|p| {
            // Four characters in only when they name the brand's kind (党建文化品牌), not
            // what is done to it (擦亮品牌, 打响品牌).
            let kind =
                p == 4 && ["文化", "服务", "党建", "工作"].iter().any(|k| after[2..4].iter().copied().eq(k.chars()));
            (p + 2 == after.len() || p <= 3 || kind) && !after[..p].contains(&'的')
        })
}

/// Whether a quotation is a slogan: two or three phrases of two to eight name
/// characters, apart by a comma, a space, a 、 or a dot (▪), eighteen characters at
/// most in all.
fn is_slogan(content: &[char]) -> bool {
    let parts: Vec<&[char]> =
        content.split(|&c| matches!(c, '，' | ',' | ' ' | '\u{3000}' | '、' | '▪' | '•')).collect();
    // Parts set apart by 、 are a slogan's only when they are phrases, not a list of
    // words (“优秀、良好”).
    let min = if content.contains(&'、') { 4 } else { 2 };
    (2..=3).contains(&parts.len())
        && content.len() <= 18
        && parts.iter().all(|p| (min..=8).contains(&p.len()) && p.iter().all(|&c| name_char(c)))
}

/// A campaign's parallel phrases of two to four characters each, all alike in length,
/// apart by 、 (讲政治、守纪律、懂规矩、做表率; 承诺、践诺、评诺): a practice's name
/// when a practice's word follows (…”活动) — a rule of conduct is written so too
/// (坚持“早发现、早报告…”的要求).
fn is_parallel_slogan(content: &[char]) -> bool {
    let parts: Vec<&[char]> = content.split(|&c| c == '、').collect();
    let even = parts.iter().all(|p| p.len() == parts[0].len());
    (3..=5).contains(&parts.len())
        && (2..=4).contains(&parts[0].len())
        && even
        && parts.iter().all(|p| p.iter().all(|&c| is_han(c)))
}

/// The length of a year that opens `chars` (2021年, 2021年度), else 0.
fn year_prefix(chars: &[char]) -> usize {
    let digits = chars.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    if digits != 4 || chars.get(4) != Some(&'年') {
        return 0;
    }
    if chars.get(5) == Some(&'度') { 6 } else { 5 }
}

/// The length of a month that opens `chars` (5月, 十二月份), else 0.
fn month_prefix(chars: &[char]) -> usize {
    let digits =
        chars.iter().take(3).take_while(|&&c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c)).count();
    if digits == 0 || digits > 2 || chars.get(digits) != Some(&'月') {
        return 0;
    }
    if chars.get(digits + 1) == Some(&'份') { digits + 2 } else { digits + 1 }
}

/// The length of a count that opens `chars` (三个, 12支, 两项), else 0.
fn count_prefix(chars: &[char]) -> usize {
    let digits = chars.iter().take_while(|&&c| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c)).count();
    match chars.get(digits) {
        Some('个' | '支' | '项' | '批' | '家' | '次' | '场' | '期') if digits > 0 => digits + 1,
        _ => 0,
    }
}

/// Practice-shaped phrases after a verb of doing.
fn phrases(chars: &[char]) -> Vec<Candidate> {
    // Most characters begin no verb of doing, and end no practice word: one look-up
    // rules them out.
    static FIRSTS: OnceLock<(Vec<char>, Vec<char>)> = OnceLock::new();
    let (first, last) = FIRSTS.get_or_init(|| {
        let sorted = |mut v: Vec<char>| {
            v.sort_unstable();
            v.dedup();
            v
        };
        (
            sorted(lex().doing.iter().filter_map(|w| w.chars().next()).collect()),
            sorted(lex().practice_ends.iter().filter_map(|w| w.chars().next_back()).collect()),
        )
    });
    let mut out = Vec::new();
    for at in 0..chars.len() {
        if first.binary_search(&chars[at]).is_err() {
            continue;
        }
        let Some(verb) = starts_with_any(chars, at, &lex().doing) else { continue };
        // 市委组织部…: a noun, not the verb 组织.
        if starts_with_any(chars, at, &lex().doing_nouns).is_some() {
            continue;
        }
        let mut from = at + verb;
        // 建立了…, 建立起…: the verb's aspect is not part of the name.
        if matches!(chars.get(from), Some('了' | '起')) {
            from += 1;
        }
        // 开展此次…活动: a word pointing back to it is not part of its name either.
        from += starts_with_any(chars, from, &lex().activity_refs).unwrap_or(0);
        // 开展2021年度…督查: the year the practice is held in is not part of its name.
        from += year_prefix(&chars[from..]);
        // 组建5支应急医疗队: how many, in digits, is not part of the name (a count in
        // words is left by `phrase_from`).
        let digits = chars[from..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 && chars.get(from + digits).is_some_and(|c| "支个项批家".contains(*c)) {
            from += digits + 1;
        }
        let Some(mut found) = phrase_from(chars, from, last, false) else { continue };
        // A list of them after the one verb (表彰…先锋号、…先锋岗和…标兵): each item that
        // is a practice's name in itself, up to the end of the list.
        loop {
            let next = found.end;
            out.push(found);
            if !matches!(chars.get(next), Some('、' | '和' | '及')) {
                break;
            }
            match phrase_from(chars, next + 1, last, true) {
                Some(item) if item.start == next + 1 && ends_an_item(chars, item.end) => found = item,
                _ => break,
            }
        }
    }
    out
}

/// Teams formed for the work, wherever they stand (医院党员健康服务队进村巡诊,
/// 一支由骨干组成的抗洪医疗队出发): the words before the team's ending back to what
/// cannot be part of its name — punctuation, 的, a verb of doing (成立防汛应急医疗队),
/// the hospital or another body (…医院党员突击队, 县委…领导小组), a word that opens a
/// clause (对, 为, 由) — and,
/// within that, back to the last word that is no part of a name: a verb (报名参加…,
/// 邀请…) but a known practice's (援藏医疗队), an adverb, a pronoun, a person's name, a count (三批援鄂医疗队) — when two
/// or more characters are left.
fn teams(chars: &[char]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for end in 1..=chars.len() {
        let Some(team) = lex().team_ends.iter().find(|w| super::numbers::ends_with(chars, end, w)) else { continue };
        let stem_end = end - team.chars().count();
        let mut start = stem_end;
        while start > 0 && stem_end - start < 12 {
            let c = chars[start - 1];
            let stop = !is_han(c)
                || "的是在由和与对为等了把将向从到赴派设及、".contains(c)
                || ends_with_any(
                    chars,
                    start,
                    &["医院", "我院", "本院", "全院", "学校", "大学", "学院", "局", "省委", "市委", "县委", "区委"],
                )
                || ends_with_any(chars, start, &lex().party_bodies)
                || ends_with_any(chars, start, &lex().doing)
                || ends_with_any(chars, start, &lex().not_in_a_team);
            if stop {
                break;
            }
            start -= 1;
        }
        // 组建5支应急医疗队, 表彰2022年度…突击队: the count's measure word or the
        // year's is not part of the name.
        if start > 0 && chars[start - 1].is_ascii_digit() {
            start += starts_with_any(chars, start, &["年度", "年", "支", "个", "批", "届"])
                .unwrap_or(0)
                .min(stem_end - start);
        }
        let span: String = chars[start..stem_end].iter().collect();
        let words = crate::segment::jieba().tag(&span, false);
        let kept = words
            .iter()
            .rev()
            .take_while(|w| {
                let known = || lexicon::terms().iter().any(|t| t.term == w.word);
                !matches!(w.tag, "v" | "d" | "r" | "p" | "c" | "m" | "q" | "mq" | "u" | "nr" | "nrfg" | "ad" | "x")
                    || w.tag == "v" && known()
            })
            .map(|w| w.word.chars().count())
            .sum::<usize>();
        let mut start = stem_end - kept;
        // 市卫健委廉洁文化建设领导小组, 兼任院主题教育领导小组组长: a body's last
        // character, left alone before the name, is no word of the team's.
        let alone = |c: char| words.iter().any(|w| w.word.chars().eq([c]));
        while start < stem_end && "委院局".contains(chars[start]) && alone(chars[start]) {
            start += 1;
        }
        let start = start + count_prefix(&chars[start..stem_end]);
        let stem: String = chars[start..stem_end].iter().collect();
        if stem.chars().count() < 2 || lex().generic.contains(&stem.as_str()) {
            continue;
        }
        out.push(Candidate::phrase(chars, start, end));
    }
    out
}

/// Activities named as the object of a light verb (进行驻点支援, 进行了考核测评,
/// 进行细致的口腔检查): the object to the clause's end, without words of manner,
/// when it is a name of two to ten characters and not plain acts of speech or
/// planning (进行部署, 进行了总结和讨论: `plain_act`), does not open as a clause
/// does (进行一场…, 进行再动员) or say what something is like (主题明确), and is not
/// what the verb is part of (工作开展情况, 开展工作以来).
fn carried_out(chars: &[char]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for at in 0..chars.len() {
        let Some(verb) = starts_with_any(chars, at, &lex().carry_out) else { continue };
        let mut start = at + verb;
        if chars.get(start) == Some(&'了') {
            start += 1;
        }
        while let Some(n) = starts_with_any(chars, start, &lex().manner) {
            start += n;
            if chars.get(start) == Some(&'的') {
                start += 1;
            }
        }
        let Some(end) = to_clause_end(chars, start, 10).filter(|&end| end - start >= 2) else { continue };
        let run = end - start;
        let name: String = chars[start..end].iter().collect();
        // The first item of a list (开展楼道清扫、垃圾分类宣传…) when it reads as a name of
        // its own — not a word the list's items share a last word with (开展总支书记、
        // 支部书记述职; 游泳、篮球比赛).
        let item = chars.get(end) == Some(&'、');
        if item && (run < 3 || lex().not_an_item_end.iter().any(|w| name.ends_with(w))) {
            continue;
        }
        if plain(&name)
            || lex().not_a_name_start.iter().any(|w| name.starts_with(w))
            || name.contains('了')
            || name.contains('的')
        {
            continue;
        }
        // 进行一场…, 进行轻松…, 进行再动员: a count, a quality or an adverb opens a
        // clause, not a name; 进行部署后: a time is no activity.
        let words = crate::segment::jieba().tag(&name, false);
        let opens_clause = words
            .first()
            .is_some_and(|w| matches!(w.tag, "m" | "q" | "mq" | "a" | "ad" | "d" | "p" | "c" | "u" | "f" | "r" | "t"));
        // 主题明确, 特色鲜明: a subject and what it is like, a clause.
        let said_of = words.len() > 1 && words.last().is_some_and(|w| w.tag == "a");
        // …工作开展情况, 开展工作以来: the verb inside a noun or a time.
        let not_an_object = ["情况", "状况", "以来", "形式", "工作"].iter().any(|w| name.starts_with(w));
        let bare = name.strip_suffix("活动").or_else(|| name.strip_suffix("工作")).unwrap_or(&name);
        let generic = bare.is_empty() || lex().generic.contains(&bare);
        let a_time = name.ends_with(['等', '后', '时', '中']) || name.ends_with("以来");
        if opens_clause || said_of || not_an_object || generic || a_time {
            continue;
        }
        out.push(Candidate { start, end, name, category: None, way: Way::Phrase });
    }
    out
}

/// Speeches made at a meeting (书记作了清廉医院创建专题报告, 做表态发言): what follows
/// 作 or 做 to the clause's end, when it ends in a speech's word (`speech_end`) and
/// says more than what any speech is (工作报告, 重要讲话, 总结发言). The verb stands
/// alone, not in a word (工作, 合作).
fn speeches(chars: &[char]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for at in 1..chars.len() {
        let Some(verb) = starts_with_any(chars, at, &lex().speech_verbs) else { continue };
        if "工合协写创操动制著习运振当叫看称".contains(chars[at - 1]) {
            continue;
        }
        let mut start = at + verb;
        // 作了…, 所作的…: the verb's aspect, or the 的 of what was made.
        if matches!(chars.get(start), Some('了' | '的')) {
            start += 1;
        }
        let Some(end) = to_clause_end(chars, start, 14) else { continue };
        let Some(ending) = lex().speech_ends.iter().find(|w| super::numbers::ends_with(chars, end, w)) else {
            continue;
        };
        // 深入浅出的动员报告: only what follows a describing 的 names it.
        if let Some(p) = (start..end).rev().find(|&p| describing_de(chars, p)) {
            start = p + 1;
        }
        let stem: String = chars[start..end - ending.chars().count()].iter().collect();
        let stem = stem.as_str();
        if stem.chars().count() < 2 || plain(stem) || ["重要", "工作", "精彩"].contains(&stem) || stem.contains('了')
        {
            continue;
        }
        out.push(Candidate::phrase(chars, start, end));
    }
    out
}

/// Where the run of Han characters from `start` ends, when it runs to its clause's
/// end or to a list's 、 within `max` characters (the object of 进行…, 作…).
fn to_clause_end(chars: &[char], start: usize, max: usize) -> Option<usize> {
    let end = start + chars[start..].iter().take(max + 1).take_while(|&&c| is_han(c)).count();
    (end - start <= max && chars.get(end).is_none_or(|&c| matches!(c, ',' | '，' | '。' | ';' | '；' | '、')))
        .then_some(end)
}

/// Whether an object of a light verb is only plain acts (`plain_act`), alone, run
/// together or joined (交流讨论, 汇报和交流, 研究部署).
fn plain(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    let mut at = 0;
    while at < chars.len() {
        if at > 0 && matches!(chars[at], '和' | '与' | '及' | '并' | '、') {
            at += 1;
            continue;
        }
        match starts_with_any(&chars, at, &lex().plain_acts) {
            Some(n) => at += n,
            None => return false,
        }
    }
    true
}

/// Lines of work set as aims (加强党员队伍建设, 完善党组织体系建设, 强化廉洁教育): the
/// line, without the verb, up to the first word that ends one (`aim_end`), when it
/// ends a word there and what stands before it is a name, not a clause (加强对…,
/// 深化和拓展…). Only what follows a describing 的 names it (加强对党员的廉洁教育).
fn aims(chars: &[char]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for at in 0..chars.len() {
        let Some(verb) = starts_with_any(chars, at, &lex().aim_verbs) else { continue };
        let mut start = at + verb;
        // 加强和改进…建设: the second verb of a pair.
        if matches!(chars.get(start), Some('和' | '与'))
            && let Some(n) = starts_with_any(chars, start + 1, &lex().aim_verbs)
                .or_else(|| starts_with_any(chars, start + 1, &["改进", "创新", "提升"]))
        {
            start += 1 + n;
        }
        let run = chars[start..].iter().take(12).take_while(|&&c| is_han(c)).count();
        let Some((end, ending)) = (start + 3..=start + run).find_map(|e| {
            lex().aim_ends.iter().find(|w| super::numbers::ends_with(chars, e, w)).map(|w| (e, w.chars().count()))
        }) else {
            continue;
        };
        // 教育局, 建设者: the word goes on.
        if chars.get(end).is_some_and(|c| "局厅部委者项".contains(*c)) {
            continue;
        }
        if let Some(p) = (start..end - ending).rev().find(|&p| describing_de(chars, p)) {
            start = p + 1;
        }
        let stem: String = chars[start..end - ending].iter().collect();
        if stem.chars().count() < 2
            || lex().not_a_name_start.iter().any(|w| stem.starts_with(w))
            || lex().generic.contains(&stem.as_str())
            || stem.replace("了解", "").contains('了')
        {
            continue;
        }
        out.push(Candidate::phrase(chars, start, end));
    }
    out
}

/// Ways of working named by a quoted formula of parts and what it is (建立“支部领题、
/// 党员认领”的两级联动机制, 这种“专家下沉、患者上行”的模式): the formula with its kind,
/// whole, when the kind (`system_end`) ends the words after the formula's 的.
fn quoted_systems(chars: &[char]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for close in 1..chars.len() {
        if chars[close] != '”' || chars.get(close + 1) != Some(&'的') {
            continue;
        }
        let Some(open) = (close.saturating_sub(40)..close).rev().find(|&p| chars[p] == '“') else { continue };
        let formula = &chars[open + 1..close];
        if formula.iter().any(|&c| matches!(c, '“' | '。' | '\n')) || formula.len() < 2 {
            continue;
        }
        // A formula of parts (专家下沉、患者上行; 诊疗+科普) is named with its kind; a
        // short one (三联三促) is a name of its own.
        if !formula.iter().any(|&c| matches!(c, '、' | ',' | '，' | '+' | '—' | ' ')) {
            continue;
        }
        let start = close + 2;
        let run = chars[start..].iter().take(10).take_while(|&&c| is_han(c)).count();
        let Some(end) = (start + 2..=start + run)
            .find(|&e| lex().system_ends.iter().any(|w| super::numbers::ends_with(chars, e, w)))
        else {
            continue;
        };
        let name: String = chars[open..end].iter().filter(|&&c| !matches!(c, '“' | '”')).collect();
        out.push(Candidate { start: open, end, name, category: None, way: Way::Phrase });
    }
    out
}

/// Activities named after the theme they are held under (开展以“…”为主题的读书分享
/// 活动, “…”主题共建活动, “…”的用药咨询活动): what is held, the words after the theme
/// up to 活动, when more than a word any activity is (主题活动, 系列活动).
fn themed_activities(chars: &[char]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for q in 0..chars.len() {
        if !matches!(chars[q], '”' | '」') {
            continue;
        }
        let Some(theme) = starts_with_any(chars, q + 1, &["为主题的", "为主题", "主题的", "主题", "的"])
        else {
            continue;
        };
        let start = q + 1 + theme;
        let run = chars[start..].iter().take(12).take_while(|&&c| is_han(c) && !matches!(c, '和' | '及')).count();
        // The activity closes its clause (…读书分享活动。): one that runs on (…座谈会将
        // 活动推向高潮, 志愿者本次活动) is no name held.
        let end = start + run;
        if run < 4 || !super::numbers::ends_with(chars, end, "活动") {
            continue;
        }
        let stem: String = chars[start..end - 2].iter().collect();
        // (Nor one that points back to an activity: “…”的志愿者本次活动 is a clause.)
        let points_back = lex().activity_refs.iter().any(|w| stem.contains(w));
        if lex().generic.contains(&stem.as_str()) || stem.contains('了') || stem.contains('的') || points_back {
            continue;
        }
        out.push(Candidate::phrase(chars, start, end));
    }
    out
}

/// Activities the text points back to (通过此次院史学习活动, 以这次义诊活动为契机, 一系列
/// 惠民服务活动陆续开展): what is pointed to, up to its 活动, when it says more than
/// a general word or a bare verb (此次系列活动, 此次慰问活动 name nothing a reader
/// compares) and does not run into a clause (此次义诊不止是一场活动).
fn referred_activities(chars: &[char]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for at in 0..chars.len() {
        let Some(word) = starts_with_any(chars, at, &lex().activity_refs) else { continue };
        let start = at + word;
        let run = chars[start..].iter().take(14).take_while(|&&c| is_han(c) && !"的了和及与".contains(c)).count();
        // The first 活动 after a stem of three characters or more.
        let Some(end) = (start + 5..=start + run).find(|&e| super::numbers::ends_with(chars, e, "活动")) else {
            continue;
        };
        let stem: String = chars[start..end - 2].iter().collect();
        if lex().generic.contains(&stem.as_str()) || stem.contains(['是', '不']) {
            continue;
        }
        out.push(Candidate::phrase(chars, start, end));
    }
    out
}

/// Roles the text says are played (发挥好青年党员的突击作用, 起到党建引领作用, 发挥
/// 老党员的传帮带作用、支委的表率作用): what is played, without the verb, each item
/// of a list of them — unless it is only a quality (发挥重要作用, 起到积极作用). A
/// role of Party work in the hospital's (`role_work`: 党建引领) joins the two, one of
/// the organisation (`role_org`: 堡垒, 党组织) builds it, any other is its members'
/// example.
fn roles(chars: &[char]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for at in 0..chars.len() {
        let Some(verb) = starts_with_any(chars, at, &lex().role_verbs) else { continue };
        let mut start = at + verb;
        if matches!(chars.get(start), Some('好' | '了' | '出' | '着' | '著')) {
            start += 1;
        }
        loop {
            let run = chars[start..].iter().take(16).take_while(|&&c| is_han(c) && c != '、').count();
            let Some(end) = (start + 2..=start + run).find(|&e| super::numbers::ends_with(chars, e, "作用")) else {
                break;
            };
            let stem: String = chars[start..end - 2].iter().collect();
            let stem = stem.trim_end_matches('的');
            // 发挥了积极的促进作用: a quality first says how much, not whose.
            if stem.chars().count() < 2
                || stem.starts_with('的')
                || lex().plain_roles.iter().any(|w| stem.starts_with(w))
                || stem.contains('了')
            {
                break;
            }
            let name: String = chars[start..end].iter().collect();
            let category = if lex().role_work.iter().any(|w| name.contains(w)) {
                "党建业务融合"
            } else if lex().role_org.iter().any(|w| name.contains(w)) {
                "组织建设"
            } else {
                "先锋模范"
            };
            out.push(Candidate { start, end, name, category: Some(category), way: Way::Phrase });
            if chars.get(end) != Some(&'、') {
                break;
            }
            start = end + 1;
        }
    }
    out
}

/// Whether a list's item may end at `at`: the list goes on or its clause ends.
fn ends_an_item(chars: &[char], at: usize) -> bool {
    chars.get(at).is_none_or(|&c| matches!(c, '、' | '和' | '及' | ',' | '，' | '。' | ';' | '；' | '”' | '》'))
}

/// The practice-shaped phrase that starts at `from` (after a verb of doing, or as an
/// item of a list, which ends at 和 or 及), if any: what runs up to the first practice
/// word, without what only frames it.
fn phrase_from(chars: &[char], from: usize, last: &[char], item: bool) -> Option<Candidate> {
    let run = chars[from..].iter().take(14).take_while(|&&c| is_han(c) && !(item && matches!(c, '和' | '及'))).count();
    // The first practice word in the run ends the phrase — but not one that goes on
    // as a kind (服务型党支部, 学习型科室): the phrase is the kind's. When what it
    // ends is no name for being a 服务 too short (开展优质服务|年活动), the next one
    // may.
    let ends = (from + 2..=from + run)
        .filter(|&e| last.binary_search(&chars[e - 1]).is_ok() && chars.get(e) != Some(&'型'))
        .filter_map(|e| {
            lex()
                .practice_ends
                .iter()
                .find(|w| {
                    let n = w.chars().count();
                    e >= from + n && super::numbers::starts_with(chars, e - n, w)
                })
                .map(|w| (e, w.chars().count()))
        });
    for (end, ending) in ends {
        if let Some(found) = phrase_ending_at(chars, from, end, ending) {
            return Some(found);
        }
        if !super::numbers::ends_with(chars, end, "服务") {
            return None;
        }
    }
    None
}

/// The phrase from `from` to `end`, which ends in a practice word `ending`
/// characters long, if it names one (see `phrase_from`).
fn phrase_ending_at(chars: &[char], from: usize, end: usize, ending: usize) -> Option<Candidate> {
    // A body formed for the work goes on after it (党员医疗服务|队, 志愿服务|站): the
    // name is the body's.
    // Not when the character starts a word of its own (服务|团队, 服务|岗位, 服务|组织).
    let body = matches!(chars.get(end), Some('队' | '站' | '岗' | '团' | '组'))
        && !chars.get(end + 1).is_some_and(|c| "伍位体织长员队部点".contains(*c));
    let (end, ending) = if body { (end + 1, ending + 1) } else { (end, ending) };
    let mut start = from;
    // Only what follows the last 的 or 等 names the practice (…等大型义诊活动) — but
    // the Party's 的 is part of a name (喜迎党的二十大系列活动, 庆祝党的生日主题活动).
    let described = (start..end).rev().find(|&p| chars[p] == '等' || describing_de(chars, p));
    if let Some(p) = described {
        start = p + 1;
    }
    while let Some(n) = starts_with_any(chars, start, &["各项", "一系列", "一批", "多项", "各类", "全院", "各", "了"])
    {
        start += n;
    }
    // 组织全体党员开展庆祝建党活动: whom a verb sets to work comes before the verb
    // that holds the event; the name is what is held.
    let held = ["开展", "召开", "举办", "举行"];
    if let Some(p) =
        (start..end - ending - 2).rev().find(|&p| held.iter().any(|w| super::numbers::starts_with(chars, p, w)))
        && end - ending - (p + 2) >= 2
    {
        start = p + 2;
    }
    // 下设三个督导组: how many were set up is not part of the name.
    start += count_prefix(&chars[start..end - ending]);
    // 成立某某医院青年突击队: the hospital is the doer; what follows it is the name
    // (when something is left of it: 智慧医院平台 is a name whole).
    if let Some(p) = (start + 2..end - ending).rev().find(|&p| chars[p - 2] == '医' && chars[p - 1] == '院')
        && end - ending - p >= 2
    {
        start = p;
    }
    let stem: String = chars[start..end - ending].iter().collect();
    // A clause, not a name: 以人民群众健康为中心, 和完善相关制度, 促进医疗服务; a verb
    // done inside it (为工作提供了明确行动) too.
    if lex().not_a_name_start.iter().any(|w| stem.starts_with(w)) || stem.replace("了解", "").contains('了') {
        return None;
    }
    let name: String = chars[start..end].iter().collect();
    let ending_word: String = chars[end - ending..end].iter().collect();
    // A kind is named by its stem however general (学习型党组织, 服务型党支部).
    // So is a post (党员岗, 服务岗), and a team (医疗服务队).
    let generic = lex().generic.contains(&stem.as_str())
        && !ending_word.starts_with('型')
        && ending_word != "岗"
        && !ending_word.ends_with('队');
    if stem.chars().count() < 2 || generic || stem.starts_with('一') {
        return None;
    }
    if ending_word == "服务" && name.chars().count() < 5 {
        return None;
    }
    // 一号会议室, 3号楼: 号 after a numeral numbers a room, not a title (青年文明号).
    let numbered = chars[end - 2].is_ascii_digit() || "一二三四五六七八九十".contains(chars[end - 2]);
    if ending_word == "号" && numbered {
        return None;
    }
    Some(Candidate { start, end, name, category: None, way: Way::Phrase })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, Option<String>)> {
        measures(text, &Folded::new(text)).into_iter().map(|m| (m.name, m.category)).collect()
    }

    fn has(text: &str, name: &str) -> bool {
        names(text).iter().any(|(n, _)| n == name)
    }

    /// Asserts that each (name, category) is among the practices read in `text`.
    fn assert_named(text: &str, expected: &[(&str, &str)]) {
        let found = names(text);
        for &(name, category) in expected {
            assert!(found.contains(&(name.to_string(), Some(category.to_string()))), "{name}: {found:?}");
        }
    }

    #[test]
    fn known_practices_in_either_script_and_their_variants() {
        assert!(has("各支部嚴格落實“三會一課”制度。", "三会一课"));
        assert!(has("坚持三会一课制度。", "三会一课"));
        // Joining the Party at the front line of an emergency, as readers always list it.
        assert_named("抗洪一线的3名青年醫生火線入黨。", &[("火线入党", "组织建设")]);
        // Ways of working readers list wherever they are named, bare or in a phrase.
        assert_named("调研组随后与科室骨干展开座谈。", &[("座谈", "调查研究")]);
        assert_named("民主党派代表围绕学科发展积极建言献策。", &[("建言献策", "调查研究")]);
        assert_named("对巡察指出的问题,各支部坚持即知即改。", &[("即知即改", "考核制度")]);
        assert_named("青年志愿者走进养老院,为老人理发。", &[("青年志愿者", "志愿公益")]);
        // Ideological work is study by its name, whatever stands beside it; a
        // congress's spirit is studied.
        assert_named("院党委加强思想政治建设。", &[("思想政治建设", "理论学习")]);
        assert_named("支部要把区党代会精神落到实处。", &[("党代会精神", "理论学习")]);
        // Hand in hand with a partner is pairing.
        assert_named("标题\n两家医院共同打造“手拉手”党建平台。", &[("手拉手", "帮扶共建")]);
        // A visit to a place of the Party's history named with a 、, or to a statue.
        assert_named("支部党员参观了东江县委、县政府旧址。", &[("参观东江县委、县政府旧址", "理论学习")]);
        assert_named("大家在广场瞻仰了某某烈士纪念铜像。", &[("瞻仰某某烈士纪念铜像", "理论学习")]);
        assert_named("两家单位在城西社区举行签约仪式。", &[("签约仪式", "帮扶共建")]);
        // An honour given to a body of the hospital's is a model's.
        assert_named("标题\n放射科党支部被评为“先进基层党支部”。", &[("先进基层党支部", "先锋模范")]);
        assert_named("标题\n中心党委荣获“东江市先进基层党组织”。", &[("东江市先进基层党组织", "先锋模范")]);
        // Volunteering in Lei Feng's name is one practice, as readers list it whole.
        assert_named("团支部青年在广场上开展学雷锋志愿服务。", &[("学雷锋志愿服务", "志愿公益")]);
        // An application to join the Party, which readers list wherever it is written.
        assert_named("支援前线的两名青年护士郑重写下入党申请书。", &[("入党申请书", "组织建设")]);
        // A joint meeting of the Party and the administration, with its 议 or without.
        assert!(has("院务大事都经党政联席会集体研究。", "党政联席会"));
        // The Party's 的 is part of a name (党的生日), not a description before it.
        assert!(has("各支部开展庆祝党的生日主题活动。", "庆祝党的生日主题活动"));
        let found = names("门诊医技主要开展党员示范岗创建活动。");
        assert_eq!(found[0], ("党员示范岗".to_string(), Some("先锋模范".to_string())));
        // The responsibility system for clean conduct, with 建设 or without.
        assert_named("各科室按照党风廉政责任制层层签订责任书。", &[("党风廉政责任制", "作风廉政")]);
        assert_named("院纪委推进反腐倡廉建设。", &[("反腐倡廉建设", "作风廉政")]);
        // Living the core values is study, as readers file it.
        assert_named(
            "院党委号召全体职工培育和践行社会主义核心价值观,弘扬新风正气。",
            &[("培育和践行社会主义核心价值观", "理论学习")],
        );
        // Volunteers' service is a practice, though volunteers alone are people.
        assert_named("区中医院志愿者服务活动简报\n本月后勤支部党员捐款购书送往福利院。", &[("志愿者服务", "志愿公益")]);
    }

    #[test]
    fn roles_played_are_named_without_their_verb_and_filed_by_whose_they_are() {
        let text = "各科室党支部要充分发挥党员的示范带头作用、骨干的桥梁作用,在改革中发挥重要作用。";
        assert_named(text, &[("党员的示范带头作用", "先锋模范"), ("骨干的桥梁作用", "先锋模范")]);
        assert!(!names(text).iter().any(|(n, _)| n.contains("重要作用")), "{:?}", names(text));
        assert_named("药剂科支部靠发挥党建引领作用抓质量。", &[("党建引领作用", "党建业务融合")]);
        assert_named("要发挥好党支部的领导核心作用。", &[("党支部的领导核心作用", "组织建设")]);
        // How much a role did is no role of anyone's.
        assert!(!has("义诊活动起到了积极的宣传作用。", "积极的宣传作用"));
    }

    #[test]
    fn a_meeting_joined_to_an_anniversary_keeps_its_year() {
        assert!(has("儿童医院召开庆祝建党105周年暨2026年度党建工作会议。", "庆祝建党105周年暨2026年度党建工作会议"));
    }

    #[test]
    fn members_going_first_is_their_example() {
        assert_named(
            "抢险一线,医院党员干部率先垂范、冲锋在前。",
            &[("率先垂范", "先锋模范"), ("冲锋在前", "先锋模范")],
        );
        assert_named("支援任务下达后,呼吸科三名党员主动请缨。", &[("主动请缨", "先锋模范")]);
    }

    #[test]
    fn visits_to_a_show_named_by_its_title_or_its_hall() {
        assert!(has("支部党员参观“初心如磐——建党百年成就展”。", "参观“初心如磐——建党百年成就展”"));
        assert!(has("离退休党员参观《运河记忆陈列馆》。", "参观《运河记忆陈列馆》"));
        assert!(has("党员们参观了滨江治水展示馆。", "参观滨江治水展示馆"));
        assert!(has("党支部组织党员观看党史文献片。", "观看党史文献片"));
        // …and a stop of the visit named on its own in quotes, a place of history.
        assert_named(
            "党员们先后参观了 “白沙县委旧址”、“江城党政机关旧址”等。",
            &[("白沙县委旧址", "理论学习"), ("江城党政机关旧址", "理论学习")],
        );
    }

    #[test]
    fn songs_sung_texts_read_aloud_the_past_gone_over_and_deeds_learnt_from() {
        assert_named(
            "活动最后,全体党员齐唱《歌唱祖国》、《走进新时代》。",
            &[("齐唱《歌唱祖国》、《走进新时代》", "理论学习")],
        );
        assert_named(
            "离退休支部举办红歌联唱,传唱革命歌曲。",
            &[("红歌联唱", "理论学习"), ("传唱革命歌曲", "理论学习")],
        );
        assert_named("青年党员诵读烈士家书。", &[("诵读烈士家书", "理论学习")]);
        assert_named("在纪念馆里,大家重温了那段烽火岁月。", &[("重温那段烽火岁月", "理论学习")]);
        assert_named("会上,支部组织党员学习援外医疗队员的事迹。", &[("学习援外医疗队员的事迹", "先锋模范")]);
    }

    #[test]
    fn goods_handed_out_and_checks_given_free_are_a_service() {
        assert_named("义诊现场,护士们发放了糖尿病饮食指导手册。", &[("发放糖尿病饮食指导手册", "志愿公益")]);
        assert_named("支部党员为社区老人免费量血压、测血糖。", &[("免费量血压、测血糖", "志愿公益")]);
        assert_named("队员们给山区学校送去了书包和文具等用品。", &[("送去书包和文具等用品", "志愿公益")]);
        assert_named(
            "护理支部在广场为群众做口腔健康知识宣教,并教大家心肺复苏技能培训中的按压手法。",
            &[("口腔健康知识宣教", "志愿公益"), ("心肺复苏技能培训", "志愿公益")],
        );
    }

    #[test]
    fn a_way_of_working_named_by_a_quoted_formula_and_its_kind() {
        assert!(has("医院建立“支部领题、党员认领”的两级联动机制。", "支部领题、党员认领的两级联动机制"));
        assert!(has("这种“专家下沉、患者上行”的模式受到群众欢迎。", "专家下沉、患者上行的模式"));
        // A formula said of something else is no way of working.
        assert!(!names("他说“要坚持到底”的时候很激动。").iter().any(|(n, _)| n.contains("的时候")));
    }

    #[test]
    fn work_in_general_use_named_as_it_is() {
        assert_named(
            "大雪过后,后勤支部党员扫雪除冰,又到新时代文明实践站为居民量血压。",
            &[("扫雪除冰", "志愿公益"), ("新时代文明实践", "志愿公益")],
        );
        assert_named("对巡察反馈的问题,医院逐条抓好整改落实。", &[("整改落实", "考核制度")]);
    }

    #[test]
    fn a_spirit_carried_out_is_study_when_it_is_a_meetings_or_a_speechs() {
        assert_named("检验科党支部认真贯彻落实省第十三次党代会精神。", &[("贯彻落实省第十三次党代会精神", "理论学习")]);
        assert_named("全院上下以全会精神为指导,推进改革。", &[("以全会精神为指导", "理论学习")]);
        assert!(!names("护理部践行南丁格尔精神。").iter().any(|(n, _)| n.starts_with("践行")));
    }

    #[test]
    fn an_activity_held_under_a_quoted_theme_is_named_by_what_is_held() {
        assert!(has("药剂科党支部开展以“书香润初心”为主题的好书共读活动。", "好书共读活动"));
        assert!(has("两个支部举办“携手同行”主题联学活动和健康讲座。", "联学活动"));
        // One that runs on in its clause is no name.
        assert!(!has("参加“美丽家园”主题的志愿者本次活动很成功。", "志愿者本次活动"));
        // A theme joined by 的 alone is a theme too.
        assert!(has("药学部举办“安全用药 你我同行”的用药咨询活动。", "用药咨询活动"));
        assert!(!has("参加“美丽家园”的志愿者本次活动很成功。", "志愿者本次活动"));
    }

    #[test]
    fn films_by_several_titles_long_named_groups_shared_lessons_and_discussions() {
        assert!(has("支部党员观看了《甲子春秋》《白衣丹心》短视频。", "观看《甲子春秋》《白衣丹心》短视频"));
        assert!(has("院党委组建抗洪抢险转运病区患者临时党小组。", "组建抗洪抢险转运病区患者临时党小组"));
        assert!(has("随后,大家围绕党章交流学习心得。", "交流学习心得"));
        assert!(has("会上,青年党员分享了各自的读书心得体会。", "分享各自的读书心得体会"));
        assert!(has("全院开展以“比作风、比服务”为主题的转变作风大讨论。", "转变作风大讨论"));
        assert_named("护理党支部党员带着药箱为卧床老人送医上门。", &[("送医上门", "志愿公益")]);
        assert_named("区卫健委一行来院督导检查安全生产工作。", &[("督导检查", "考核制度")]);
        // An institution's own promotional film shows its culture; a film of history
        // is a lesson.
        assert_named("兄弟单位一行先观看了我院形象宣传片。", &[("观看我院形象宣传片", "品牌文化")]);
        assert_named("全体党员观看了陈列馆党史宣传片。", &[("观看陈列馆党史宣传片", "理论学习")]);
    }

    #[test]
    fn an_activity_the_text_points_back_to_is_named() {
        assert!(has("通过这次护士节义卖活动，支部筹得善款若干。", "护士节义卖活动"));
        assert!(has("院团委以此次红色电影展映活动为契机，组织青年谈体会。", "红色电影展映活动"));
        assert!(has("随后，一系列便民义诊活动在广场展开。", "便民义诊活动"));
        // A general word or a bare verb names nothing; a clause is no name.
        assert!(!has("此次系列活动圆满结束。", "系列活动"));
        assert!(!has("此次慰问活动温暖人心。", "慰问活动"));
        assert!(!has("此次联学不是一次普通活动。", "联学不是一次普通活动"));
    }

    #[test]
    fn a_quoted_name_with_a_subtitle_is_the_name_before_the_dash() {
        let found = names("各党支部开展“白衣在身边——百名党员进社区”义诊,服务居民。");
        assert!(found.contains(&("白衣在身边".to_string(), Some("志愿公益".to_string()))), "{found:?}");
        // A dash in a quoted sentence of speech names nothing.
        assert!(names("他说:“我们要坚持——坚持到底。”").is_empty());
    }

    #[test]
    fn quoted_names_where_the_context_says_practice() {
        assert!(has("推出“侃剧”栏目,连发数篇原创稿件。", "侃剧"));
        assert!(has("开展“点亮微心愿”活动,让服务更暖心。", "点亮微心愿"));
        assert!(has("打造医院党建微官网,命名为“党员E家”。", "党员e家"));
        assert!(has("实现了对巫溪等贫困县的“一对一”帮扶。", "一对一帮扶"));
        // A body named by its quotation: the team is the name.
        assert!(has("医院组建“红色先锋”志愿服务队,深入乡镇开展义诊。", "红色先锋志愿服务队"));
        assert!(has("支部成立“名医+名护”工作室。", "名医+名护工作室"));
        assert!(has("认真抓好“青年文明号”、“巾帼文明示范岗”、“工人先锋号”的创建工作。", "巾帼文明示范岗"));
        // …below the headline too, where a measure or a way of doing (举措, 做法) after it
        // says so.
        let text =
            "某院推进中医药工作\n近年来,医院以人才联培、科研联创的“两联动”举措推动中医药发展,“双下沉”做法受到好评。";
        assert!(has(text, "两联动"), "{:?}", names(text));
        assert!(has(text, "双下沉"), "{:?}", names(text));
        let formula = names("搭建了“创先争优”活动平台,即“一个目标,两个提高,三个满意。”");
        assert!(formula.iter().any(|(n, _)| n == "一个目标"), "{formula:?}");
    }

    #[test]
    fn speech_slogans_and_titles_are_not_practices() {
        for text in [
            "“党的十九大报告提出的实施健康中国战略,是新时代健康卫生工作的纲领。”院长说。",
            "医生护士工作“三班倒”,很难抽出时间。",
            "从党员领导干部这一“关键少数”向广大党员延伸。",
            "提升患者“获得感”的关键。",
            "组织职工阅读《南京市第二医院职业道德纪律奖惩规定》等。",
            "开展各项工作有详细记录。",
            "开展一系列有特色的党建活动。",
            // A stock phrase of every report, its halves apart, names none.
            "坚持党建引领,推动医院高质量发展。",
        ] {
            // Under a title line, as in a report: a quotation in the title names a practice.
            let text = format!("医院党建工作纪实\n{text}");
            let text = text.as_str();
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn practice_shaped_phrases_after_a_verb_of_doing() {
        assert!(has("认真落实牵手行动。", "牵手行动"));
        assert!(has("医院还建立了处方点评制度,杜绝大处方。", "处方点评制度"));
        assert!(has("举办党支部吸粉大赛。", "党支部吸粉大赛"));
        assert!(has("如开设文化走廊,展示党建风采。", "文化走廊"));
        assert!(has("扎实做好志愿者远程服务工作。", "志愿者远程服务"));
        // A test or an examination held (开展…知识测试, 组织…闭卷考试).
        assert!(has("各支部开展了党员应知应会党章党规测试。", "党员应知应会党章党规测试"));
        assert!(has("纪委组织新任科室主任廉政法规闭卷考试。", "新任科室主任廉政法规闭卷考试"));
        let found = names("开展了全国爱肝日等大型义诊活动。");
        assert_eq!(found[0].0, "义诊");
        // A body formed for the work is named whole.
        assert!(has("护理支部组建党员健康服务队,深入社区。", "党员健康服务队"));
        // …not a word that starts with its character (服务|团队).
        assert!(!has("组建家庭医生签约服务团队,深入社区。", "家庭医生签约服务团"));
    }

    /// What a light verb carries out, to its clause's end, is the activity — unless
    /// it is only plain acts of a meeting, opens as a clause does, or is what the verb
    /// is part of.
    #[test]
    fn the_object_of_a_light_verb_is_the_activity_done() {
        assert!(has("医疗队为村民进行了免费眼底筛查,效果很好。", "免费眼底筛查"));
        assert!(has("社区医生开展上门康复随访,增进了解。", "上门康复随访"));
        // The first item of a list when it is a name of its own, not a word the items
        // share their last word with.
        assert!(has("支部开展楼道清扫、垃圾分类宣传等志愿服务。", "楼道清扫"));
        for (text, word) in
            [("年底开展总支书记、支部书记述职评议。", "总支书记"), ("职工开展了游泳、篮球比赛。", "游泳")]
        {
            assert!(!has(text, word), "{text}: {:?}", names(text));
        }
        for text in [
            "会上对下一阶段工作进行了部署。",
            "支部对年度工作进行了总结和讨论。",
            "相关科室汇报了近期工作开展情况。",
            "会议主题明确,讨论进行热烈。",
            "大家进行轻松交谈,气氛融洽。",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    /// Keywords of the activities a light verb names: a check of people's health is
    /// a service, not a check of work; a talk given is study; help stationed with a
    /// partner is partnership; a test of members is checking.
    #[test]
    fn activities_carried_out_have_their_keywords_categories() {
        assert_named("医疗队为留守儿童进行视力筛查,效果良好。", &[("视力筛查", "志愿公益")]);
        assert_named("院领导进支部开展宣讲,反响热烈。", &[("宣讲", "理论学习")]);
        assert_named("专家组赴县医院进行驻点支援。", &[("驻点支援", "帮扶共建")]);
        assert_named("全体党员进行党规知识测试,检验学习效果。", &[("党规知识测试", "考核制度")]);
    }

    /// A speech made at a meeting is named whole, with a known practice it speaks
    /// of; what any speech is (重要讲话, 工作报告) is not.
    #[test]
    fn a_speech_made_at_a_meeting_is_named() {
        assert_named("党委书记作了廉洁从业专题报告,全体中层干部参加。", &[("廉洁从业专题报告", "作风廉政")]);
        assert!(has("随后,两名新党员代表做表态发言。", "表态发言"));
        // A speech its words file nowhere is study.
        assert_named("党委副书记为全体党员作了形势政策专题报告。", &[("形势政策专题报告", "理论学习")]);
        assert!(names("院长作重要讲话。").is_empty());
        assert!(names("书记代表上届委员会作工作报告。").is_empty());
    }

    /// A phrase that is no name at its first practice word (便捷服务: a 服务 too
    /// short) goes on to the next one.
    #[test]
    fn a_phrase_too_short_at_its_first_ending_goes_on_to_the_next() {
        assert!(has("各科室开展便捷服务月活动。", "便捷服务月活动"));
    }

    /// A line of work set as an aim is named without its verb; one whose words only
    /// describe whom it is for names nothing.
    #[test]
    fn lines_of_work_set_as_aims_are_practices() {
        let text = "院党委着力加强年轻干部队伍建设,强化新入职职工医德教育。";
        assert!(has(text, "年轻干部队伍建设"), "{:?}", names(text));
        assert!(has(text, "新入职职工医德教育"), "{:?}", names(text));
        assert!(has("支部要加强和改进青年党员思想政治建设。", "青年党员思想政治建设"));
        assert!(names("要加强对青年职工的教育。").is_empty());
    }

    /// A team formed for the work is named wherever it stands, without the verb, the
    /// count or the doer before it.
    #[test]
    fn teams_formed_for_the_work_are_named_wherever_they_stand() {
        assert!(has("第二天一早,医院党员应急医疗队赶赴受灾乡镇。", "党员应急医疗队"));
        let text = "护理部报名加入门诊便民服务志愿者团队的护士有30人。";
        assert!(has(text, "门诊便民服务志愿者团队"), "{:?}", names(text));
        assert!(has("我院三批援藏医疗队先后圆满完成任务。", "援藏医疗队"));
    }

    #[test]
    fn a_slogan_of_short_phrases_is_a_name_where_its_context_says_practice() {
        assert!(has("各支部开展“送药下乡,健康同行”主题党日活动。", "送药下乡,健康同行"));
        assert!(has("党员们以“守护童心 共筑未来”为主题走进社区。", "守护童心 共筑未来"));
        let found = names("护理支部推出“微笑服务,温暖就医”活动。");
        assert_eq!(found[0], ("微笑服务,温暖就医".to_string(), Some("改善就医体验".to_string())));
        // The Party's study campaigns are study, whatever they teach.
        assert_named("院党委扎实开展党纪学习教育。", &[("党纪学习教育", "理论学习")]);
        // A word of how it was held between the slogan and its practice.
        assert_named("两个支部开展“读家书,忆初心”联合主题党日活动。", &[("读家书,忆初心", "理论学习")]);
        // Speech stays speech: nothing around it says practice.
        for text in ["他笑着说“我们要做好,做实”。", "大家齐声喊出“不怕苦,不怕累”,很受鼓舞。"]
        {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    /// Slogans set apart by 、 or a dot, and a 党建 between the quotation and the word
    /// that says practice.
    #[test]
    fn slogans_with_enumeration_marks_and_a_party_building_word_after_them() {
        // Three parallel words of two characters each are a campaign's name as well.
        assert!(has("各支部开展“认岗、亮岗、比岗”活动。", "认岗、亮岗、比岗"));
        assert!(has("骨科支部以“仁心护骨、匠心为民”党建品牌为抓手。", "仁心护骨、匠心为民"));
        assert!(has("中心推行“红心引航▪三级联动”党建工作模式。", "红心引航▪三级联动"));
        assert!(has("县卫生系统创设“初心守健康、党旗映杏林”党建工作总载体。", "初心守健康、党旗映杏林"));
        // A list of short words set apart by 、 is not a slogan.
        assert!(!has("开展“优秀、良好”评定活动。", "优秀、良好"));
        // A document of rules named after a doing verb.
        assert!(has("院党委出台了支部委员会议事规则。", "支部委员会议事规则"));
    }

    /// A rule the hospital made for itself, named as a document; a book or a notice
    /// in 《》 is none by its title alone — a Party text studied, or a film watched, is
    /// the study with its title.
    #[test]
    fn rules_named_as_documents_are_practices_and_books_are_not() {
        let found = names("院党委修订《党支部书记例会制度》《科室党风廉政考核办法》等文件。");
        let found: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert!(found.contains(&"党支部书记例会制度") && found.contains(&"科室党风廉政考核办法"), "{found:?}");
        for text in ["大家传阅《习近平谈治国理政》。", "医院印发《关于加强党建工作的实施办法》。"]
        {
            assert!(names(text).iter().all(|(n, _)| !n.contains("谈治国理政") && !n.starts_with("关于")), "{text}");
        }
        for (text, name) in [
            ("党员们共同学习了《习近平谈治国理政》。", "学习《习近平谈治国理政》"),
            ("第二党小组先学习《党章》总纲。", "学习《党章》"),
            ("随后党员们一起观看了红色电影《永不消逝的电波》。", "观看红色电影《永不消逝的电波》"),
            ("全体党员集体观看了《清风传家》宣传片。", "观看《清风传家》宣传片"),
            // …or by its titles alone.
            ("支部组织党员观看《长津湖》和《建党伟业》,重温革命历史。", "观看《长津湖》和《建党伟业》"),
        ] {
            assert_named(text, &[(name, "理论学习")]);
        }
        // A meeting of the Party's work keeps the Party's 的.
        assert!(has("医院召开2021年度党的工作会议。", "党的工作会议"));
        // Not any title studied: one that is not the Party's is the department's work.
        assert!(names("护理部组织学习《静脉输液护理手册》。").is_empty());
    }

    /// A name about bringing health to people is a service, when nothing in it says
    /// more; a studio (工作室) of members is a model post.
    #[test]
    fn health_service_names_and_studios_have_their_categories() {
        // A theme before a practice's word is of that practice (readers file every
        // “…”主题党日活动 under study, whatever its theme says); before a plain word
        // (活动) its own words tell.
        let found = names("各支部开展“送健康进万家,党员在身边”主题党日活动。");
        assert_eq!(found[0].1.as_deref(), Some("理论学习"), "{found:?}");
        let found = names("各支部开展“送健康进万家,党员在身边”活动。");
        assert_eq!(found[0].1.as_deref(), Some("志愿公益"), "{found:?}");
        let found = names("医院成立了杏林仁心党员工作室,定期开展活动。");
        assert!(found.iter().any(|(n, c)| n.ends_with("工作室") && c.as_deref() == Some("先锋模范")), "{found:?}");
    }

    /// A parallel list of phrases with the same first character is one way of working;
    /// a list of unlike words is not.
    #[test]
    fn a_parallel_list_is_one_practice() {
        assert!(has(
            "双方围绕联学理论、联办活动、联育人才和联帮群众开展合作。",
            "联学理论、联办活动、联育人才和联帮群众"
        ));
        assert!(has("把党建工作与业务工作同谋划、同推进、同检查。", "同谋划、同推进、同检查"));
        assert!(names("医院开设内科、外科、儿科等科室。").is_empty());
        assert!(names("工作有详细计划、有时间节点、有具体措施。").is_empty());
    }

    /// A Party organisation built into the hospital's structure.
    #[test]
    fn an_organisation_built_on_a_unit_is_a_practice() {
        let found = names("医院推行党小组建在医疗组上,把党建工作延伸到一线。");
        assert_eq!(found[0], ("党小组建在医疗组上".to_string(), Some("组织建设".to_string())));
    }

    /// A slogan held as a motto, or called a brand, is brand and culture.
    #[test]
    fn a_motto_or_a_branded_slogan_is_brand_and_culture() {
        for text in ["院党委坚持“红心向党、仁术惠民”,推动医院发展。", "以“守护生命,温暖同行”党建品牌为抓手。"]
        {
            let found = names(text);
            assert_eq!(found[0].1.as_deref(), Some("品牌文化"), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_slogan_whose_phrase_is_a_known_practice_is_named_by_the_practice() {
        let found = names("坚持“支部建在科室上,服务跟着患者走”的原则。");
        assert_eq!(found[0], ("支部建在科室上".to_string(), Some("组织建设".to_string())));
        // A known practice that is only part of a phrase leaves the slogan whole.
        assert!(has("开展“党建引领强基层,送医下乡暖民心”活动。", "党建引领强基层,送医下乡暖民心"));
    }

    #[test]
    fn a_quoted_name_that_ends_as_practices_do_is_one_wherever_it_stands() {
        let text = "医院党建工作纪实\n护士们都报名成为“彩虹桥志愿者”,很受欢迎。“暖阳工程”惠及千家。";
        let found = names(text);
        assert!(found.contains(&("彩虹桥志愿者".to_string(), Some("志愿公益".to_string()))), "{found:?}");
        assert!(found.iter().any(|(n, _)| n == "暖阳工程"), "{found:?}");
        // Not the ending alone: a name has two characters of its own before it.
        assert!(names("医院党建工作纪实\n大家都叫他们“服务队”。").is_empty());
    }

    #[test]
    fn a_quotation_the_text_calls_a_brand_is_a_brand() {
        for (text, name) in [
            ("支部打造了院级党建品牌——“仁心守护”。", "仁心守护"),
            ("推出“杏苑青锋”党建服务品牌,服务群众。", "杏苑青锋"),
            ("撰写了《打造“杏林先锋”党建文化品牌的实践》一文。", "杏林先锋"),
        ] {
            let found = names(text);
            assert!(found.contains(&(name.to_string(), Some("品牌文化".to_string()))), "{text}: {found:?}");
        }
        // What is said of a brand's quality is not its name.
        assert!(names("医院党建工作纪实\n大家都说“很好”的品牌最难得。").is_empty());
        // What is done to a brand after a quotation does not make the quotation one.
        let found = names("医院党建工作纪实\n通过“党建+”模式擦亮品牌。");
        assert!(!found.iter().any(|(_, c)| c.as_deref() == Some("品牌文化")), "{found:?}");
    }

    #[test]
    fn phrases_without_the_verbs_aspect_the_year_the_count_or_the_doer() {
        assert!(has("窗口科室建立起患者回访机制。", "患者回访机制"));
        assert!(has("党委开展2022年度党支部工作督查。", "党支部工作督查"));
        assert!(has("党委下设两个廉洁督导组。", "廉洁督导组"));
        assert!(has("院党委决定成立某市人民医院青年突击队。", "青年突击队"));
        assert!(has("内科党支部组建2支医疗服务队,轮流下乡。", "医疗服务队"));
        assert!(has("外科党支部组建党员志愿医疗队。", "党员志愿医疗队"));
        // Two things done after one verb: the known one keeps its name.
        assert!(has("药学党支部围绕“守正创新”先后开展党课及主题党日活动。", "党课"));
        // A hospital word with nothing of a name after it stays in the name.
        assert!(has("全面推进数字医院平台。", "数字医院平台"));
        // A kind of branch: the phrase is the kind's, however general its stem.
        assert!(has("努力创建临床科室服务型党支部。", "临床科室服务型党支部"));
        assert!(has("积极创建学习型党组织。", "学习型党组织"));
        assert!(has("医院独创“支部学习卡”,记录每次学习。", "支部学习卡"));
        // Whom a verb sets to work, before the verb that holds the event.
        assert!(has("工会组织全院职工开展健步走比赛活动。", "健步走比赛活动"));
        assert!(!names("工会组织全院职工开展健步走比赛活动。").iter().any(|(n, _)| n.contains("职工")));
    }

    #[test]
    fn a_name_alone_in_its_sentence_is_told_by_its_paragraph() {
        let found = names("推行“红心行动”。医生们轮流走进结对乡镇卫生院。\n其他工作。");
        assert_eq!(found[0], ("红心行动".to_string(), Some("帮扶共建".to_string())));
        // Only its own paragraph: the next line says nothing of it.
        let found = names("推行“红心行动”。\n医生们轮流走进结对乡镇卫生院。");
        assert_eq!(found[0], ("红心行动".to_string(), None));
    }

    #[test]
    fn a_method_and_a_selection_named_after_a_quotation_belong_to_the_name() {
        let found = names("支部总结出“一线两心”工作法。");
        assert_eq!(found[0], ("一线两心工作法".to_string(), Some("品牌文化".to_string())));
        let found = names("年底开展“最美护士”评选。");
        assert_eq!(found[0], ("最美护士评选".to_string(), Some("先锋模范".to_string())));
        let found = names("支部实行党员“一带一”联系制,帮助入党积极分子成长。");
        assert_eq!(found[0].0, "一带一联系制");
    }

    /// Keywords of fields the readers agree on: a special campaign against malpractice,
    /// a joint Party-building alliance, the two responsibilities.
    #[test]
    fn keywords_of_conduct_and_of_partnership() {
        assert_eq!(classify("医疗卫生领域突出问题专项治理活动"), Some("作风廉政"));
        assert_eq!(classify("两院联合党建活动"), Some("帮扶共建"));
        assert_eq!(classify("区域医疗党建联盟平台"), Some("帮扶共建"));
        assert!(has("院党委压实“两个责任”。", "两个责任"));
    }

    #[test]
    fn a_community_named_with_a_practice_is_a_partner() {
        assert_eq!(classify("幸福社区"), Some("帮扶共建"));
        // A head says more than the place it is held in.
        assert_eq!(classify("社区义诊"), Some("志愿公益"));
    }

    #[test]
    fn practices_in_general_use_are_known_with_their_category() {
        for (text, name, category) in
            [("支部推行“三亮一争”。", "三亮一争", "先锋模范"), ("落实党政同责。", "党政同责", "组织建设")]
        {
            let found = names(text);
            assert!(found.contains(&(name.to_string(), Some(category.to_string()))), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_list_after_one_verb_names_each_practice_in_it() {
        let found = names("大会表彰了2022年度急诊科青年突击队、外科先锋岗和护理部技术标兵。");
        for name in ["急诊科青年突击队", "外科先锋岗", "护理部技术标兵"] {
            assert!(found.iter().any(|(n, _)| n == name), "{name}: {found:?}");
        }
        // An item that is no practice's name by its shape (优质护理) does not run into
        // the next one: 优质护理和微笑服务行动 is two names (the second one an item of a
        // list of practices, see `list_siblings`).
        let found = names("推行科室联络岗、优质护理和微笑服务行动。");
        assert!(found.iter().any(|(n, _)| n == "科室联络岗"), "{found:?}");
        assert!(!found.iter().any(|(n, _)| n.contains('和')), "{found:?}");
    }

    #[test]
    fn a_numbered_room_is_no_title() {
        assert!(names("医院党建工作纪实\n启动仪式在门诊楼三号会议室举行。").is_empty());
        assert!(has("积极创建青年文明号。", "青年文明号"));
    }

    #[test]
    fn a_post_is_named_however_general_its_stem() {
        let found = names("各科室设立党员岗,亮明身份。");
        assert!(found.contains(&("党员岗".to_string(), Some("先锋模范".to_string()))), "{found:?}");
    }

    #[test]
    fn corner_quotation_marks_of_scanned_reports_are_quotation_marks() {
        let found = names("院党委以推进〝零投诉〞为载体。");
        assert_eq!(found[0], ("零投诉".to_string(), Some("改善就医体验".to_string())));
    }

    #[test]
    fn a_name_joined_with_plus_is_classified_by_what_follows_it() {
        let found = names("医院推出“党建+廉洁行动”，并开展“党建+义诊行动”。");
        let category = |n: &str| found.iter().find(|(name, _)| name == n).and_then(|(_, c)| c.clone());
        assert_eq!(category("党建+廉洁行动").as_deref(), Some("作风廉政"));
        assert_eq!(category("党建+义诊行动").as_deref(), Some("志愿公益"));
        let found = names("推出“党建+暖心行动”和“党建+督查行动”。");
        let category = |n: &str| found.iter().find(|(name, _)| name == n).and_then(|(_, c)| c.clone());
        assert_eq!(category("党建+暖心行动").as_deref(), Some("改善就医体验"));
        assert_eq!(category("党建+督查行动").as_deref(), Some("考核制度"));
        // What follows the + says nothing: the name joins Party work with the hospital's,
        // whatever else the sentence names.
        let found = names("实施“党建+医疗”工程，设立党员先锋岗。");
        assert_eq!(found[0], ("党建+医疗工程".to_string(), Some("党建业务融合".to_string())));
    }

    #[test]
    fn categories_come_from_the_lexicon_then_keywords() {
        let found = names("医院党委开展“迎七一 党员献血月”活动。");
        assert_eq!(found[0].1.as_deref(), Some("志愿公益"), "{found:?}");
        let found = names("在医院的微信公众号推出“侃剧”栏目。");
        assert_eq!(found.iter().find(|(n, _)| n == "侃剧").unwrap().1.as_deref(), Some("信息化"));
        let found = names("认真落实牵手行动。");
        assert_eq!(found[0].1.as_deref(), Some("帮扶共建"));
        // Reporting on one's own integrity (述责述廉) is an assessment, as a report on
        // one's duties is; striving for stars (晋级争星) is one too, and so is putting
        // right what a check found (整改).
        // Resources shared and strengths joined (资源共享、优势互补) are partners' work,
        // whatever new pattern of Party work they make.
        for (text, name, expected) in [
            ("近日,医院召开科室主任述责述廉会议,听取述职报告。", "科室主任述责述廉会议", "考核制度"),
            ("医院党委开展“对标提升 晋级争星”活动,推进支部建设。", "对标提升 晋级争星", "考核制度"),
            // Putting right what a check found is the check's work (整改).
            ("标题\n院党委成立专项整改工作领导小组,逐条对照问题清单。", "专项整改工作领导小组", "考核制度"),
            // Members sworn in join the Party: its organisation, as readers file it
            // (15 of 21), not study (which 重温入党誓词 is).
            ("标题\n7月1日,内科党支部组织两名预备党员进行入党宣誓。", "入党宣誓", "组织建设"),
            // An inspection's check-up of a Party body is no health check.
            ("标题\n省委巡视组进驻后,对院党委开展“政治体检”。", "政治体检", "考核制度"),
            (
                "标题\n两家单位党支部将着力构建“资源共享、优势互补、互学互促”的党建工作新格局。",
                "资源共享、优势互补、互学互促的党建工作新格局",
                "帮扶共建",
            ),
        ] {
            let found = names(text);
            let category = found.iter().find(|(n, _)| n == name).map(|(_, c)| c.as_deref());
            assert_eq!(category, Some(Some(expected)), "{found:?}");
        }
    }

    #[test]
    fn a_names_ending_tells_its_category_before_any_keyword_in_it() {
        // The head of the name is its last word: a post, a system, an inspection.
        for (name, category) in [
            ("社区联络岗", "先锋模范"),
            ("患者随访点单系统", "信息化"),
            ("支部工作季度督查", "考核制度"),
            ("科室与乡镇卫生院联建", "帮扶共建"),
            ("青年医生读书班", "理论学习"),
            // A longer ending above a shorter one: a volunteers' post is volunteering.
            ("门诊志愿服务岗", "志愿公益"),
        ] {
            assert_eq!(classify(name), Some(category), "{name}");
        }
        // Names with no such ending go on to the keywords.
        assert_eq!(classify("基层堡垒攻坚"), Some("组织建设"));
        assert_eq!(classify("青年干部和骨干人才培养机制"), Some("组织建设"));
        assert_eq!(classify("廉洁文化进科室"), Some("作风廉政"));
    }

    /// A quotation the hospital builds its work on (以“…”为抓手), one a verb of making
    /// firm stands before (压实“…”), one with what is done to it after it in a list.
    #[test]
    fn quoted_names_held_as_the_work_s_lever_made_firm_or_carried_out() {
        assert!(has("院党委以“三抓三促”党建为抓手推动发展。", "三抓三促"));
        let found = names("班子成员压实“四项责任”、抓实“六个规范”。");
        assert!(found.iter().any(|(n, _)| n == "四项责任") && found.iter().any(|(n, _)| n == "六个规范"), "{found:?}");
        assert!(has("检查内容包括“一科一实事”落实、台账记录等。", "一科一实事"));
        // A verb of doing that goes on into its clause (落实得…) makes no name.
        assert!(!has("医院党建工作纪实\n大家觉得“细心周到”落实得不错。", "细心周到"));
    }

    /// A quotation the text calls the hospital's spirit, motto or purpose is its brand
    /// and culture, and so is a line a label names as the brand.
    #[test]
    fn the_hospital_s_culture_and_labelled_brands() {
        let found = names("全院秉承“厚德精医、仁心济世”的医院精神,坚持“患者至上”的服务理念。");
        assert!(found.contains(&("厚德精医、仁心济世".to_string(), Some("品牌文化".to_string()))), "{found:?}");
        assert!(found.contains(&("患者至上".to_string(), Some("品牌文化".to_string()))), "{found:?}");
        let found =
            names("支部确定了品牌的名称和内涵。\n  品牌名称：守护健康  党旗引航 \n  创建主题：以人为本  质量为先\n");
        assert!(found.contains(&("守护健康 党旗引航".to_string(), Some("品牌文化".to_string()))), "{found:?}");
        assert!(found.contains(&("以人为本 质量为先".to_string(), Some("品牌文化".to_string()))), "{found:?}");
        // A label with a sentence after it is no name.
        assert!(names("品牌名称：经过讨论,大家决定暂不命名。").is_empty());
    }

    /// Honours and model branches named without quotation marks, and the discipline's
    /// forms.
    #[test]
    fn model_branches_honours_and_forms_of_discipline() {
        assert!(has("外科党支部入选省级标杆党支部培育单位。", "标杆党支部"));
        assert!(has("大会表彰了先进党支部和优秀共产党员。", "先进党支部"));
        assert!(has("运用“第一种形态”提醒谈话5人次。", "第一种形态"));
        // An honour for the collective, received without quotes.
        assert_named("检验中心两次荣获全省卫生健康系统先进集体。", &[("全省卫生健康系统先进集体", "先锋模范")]);
        assert_named("医院被评为市级抗洪救灾先进单位。", &[("市级抗洪救灾先进单位", "先锋模范")]);
    }

    /// A practice that opens with its verb, written with the verb's aspect.
    #[test]
    fn a_known_practice_with_its_verb_s_aspect() {
        assert!(has("新党员宣誓后,老党员们重温了入党誓词。", "重温入党誓词"));
        assert!(has("党员们在支部大会上交纳了党费。", "交纳党费"));
    }

    #[test]
    fn a_party_lecture_is_study_as_the_meetings_it_belongs_to_are() {
        let found = names("各支部邀请老党员为青年职工上党课。");
        assert_eq!(found[0], ("党课".to_string(), Some("理论学习".to_string())));
    }

    /// The other items of a list that names a practice another way are practices when
    /// they read as names; units, people and aims in such a list are not.
    #[test]
    fn the_other_items_of_a_list_of_practices() {
        let text = "支部通过“三会一课”、主题党日、网上党建学习平台等形式组织学习。";
        let found = names(text);
        assert!(found.contains(&("网上党建学习平台".to_string(), Some("理论学习".to_string()))), "{found:?}");
        // One found item and a name ending as practices do.
        assert!(has("督查组查看了廉洁文化长廊、清风小屋以及廉政意见信箱等。", "廉政意见信箱"));
        // Two found items: the third is one of them whatever its ending.
        assert!(has("从组织生活会、三会一课、党员档案规范化等方面进行检查。", "党员档案规范化"));
        // In a list of ways, one found item and one ending as practices do are two.
        let text = "各科室将通过公开承诺、同事互评、群众评议、季度通报等方式推进。";
        assert!(has(text, "同事互评") && has(text, "季度通报"), "{:?}", names(text));
        // …but not in a list of aspects.
        assert!(!has("从公开承诺、窗口面貌、群众评议等方面进行检查。", "窗口面貌"));
        // Units, people and aims in a list with a practice are none of them.
        for (text, not) in [
            ("内科党支部、外科党支部、“三会一课”示范岗参加评比。", "外科党支部"),
            ("围绕三会一课、主题党日、支委会作用发挥等作交流。", "支委会作用发挥"),
            ("支部书记王红、组织委员李明、党员志愿服务队参加活动。", "组织委员李明"),
        ] {
            assert!(!has(text, not), "{text}: {:?}", names(text));
        }
    }

    /// Practices named by their shape (`practice_patterns.tsv`).
    #[test]
    fn practices_named_by_their_shape() {
        let found = names("支部坚持党建同医疗业务有机结合,组织党员参观了刘胡兰纪念馆。");
        assert!(found.contains(&("党建同医疗业务有机结合".to_string(), Some("党建业务融合".to_string()))), "{found:?}");
        assert!(found.contains(&("参观刘胡兰纪念馆".to_string(), Some("理论学习".to_string()))), "{found:?}");
        // A film about clean conduct is a lesson in it; the study of a body of thought
        // is named without the verb's aspect, and holds the known names inside it.
        let found = names("全体党员观看廉政警示片,随后学习了省第十二次党代会精神。");
        assert!(found.contains(&("观看廉政警示片".to_string(), Some("作风廉政".to_string()))), "{found:?}");
        assert!(found.iter().any(|(n, _)| n == "学习省第十二次党代会精神"), "{found:?}");
        assert!(!found.iter().any(|(n, _)| n == "党代会"), "{found:?}");
        // The Party-history campaign's formula is one study, however its parts are set
        // apart — not the 办实事 inside it.
        for text in
            ["支部围绕学党史、悟思想、办实事、开新局开展活动。", "支部围绕学党史 悟思想 办实事 开新局开展活动。"]
        {
            let found = names(text);
            assert!(
                found.iter().any(|(n, c)| n.starts_with("学党史") && c.as_deref() == Some("理论学习")),
                "{found:?}"
            );
            assert!(!found.iter().any(|(n, _)| n == "办实事"), "{found:?}");
        }
        // A congress by its number, a text studied, a meeting-place visited.
        let found = names("医院召开第三次党员代表大会,会前党员参观了古田会议会址,认真学习二十大报告。");
        for name in ["第三次党员代表大会", "参观古田会议会址", "学习二十大报告"] {
            assert!(found.iter().any(|(n, _)| n == name), "{name}: {found:?}");
        }
        // Another body's congress, whose spirit is studied, is not the hospital's.
        let found = names("会议传达了省第十二次代表大会精神。");
        assert!(!found.iter().any(|(n, _)| n.starts_with("第十二次")), "{found:?}");
        // The lexicon's own name wins where both match.
        assert!(has("推动党建与业务深度融合。", "党建与业务深度融合"));
        // Party work said to drive the hospital's; the training of those on the way in.
        let found = names("我们探索以党建促发展的路子,举办了发展对象入党前培训班。");
        assert!(found.contains(&("党建促发展".to_string(), Some("党建业务融合".to_string()))), "{found:?}");
        assert!(found.contains(&("发展对象入党前培训班".to_string(), Some("组织建设".to_string()))), "{found:?}");
    }

    /// Campaigns, oaths, foundings, elections, anniversaries and standards named by
    /// their shape.
    #[test]
    fn the_shapes_of_party_events() {
        let text = "医院开展医药领域腐败问题集中整治。新党员在党旗下庄严宣誓。院党委成立了儿科病区党支部,随后进行支部委员会选举。6月30日召开庆祝建党102周年表彰大会,推进党支部标准化建设。";
        let found = names(text);
        for (name, category) in [
            ("医药领域腐败问题集中整治", "作风廉政"),
            ("党旗下庄严宣誓", "理论学习"),
            ("成立儿科病区党支部", "组织建设"),
            ("支部委员会选举", "组织建设"),
            ("庆祝建党102周年表彰大会", "先锋模范"),
            ("党支部标准化建设", "组织建设"),
        ] {
            assert!(found.contains(&(name.to_string(), Some(category.to_string()))), "{name}: {found:?}");
        }
        // The anniversary named in full, with a quoted award after 暨.
        let found = names("6月28日,医院召开纪念中国共产党成立98周年暨“七一”表彰大会。");
        assert!(
            found.iter().any(|(n, c)| n.starts_with("纪念中国共产党成立98周年暨")
                && n.ends_with("表彰大会")
                && c.as_deref() == Some("先锋模范")),
            "{found:?}"
        );
        // …the Party's birthday by its day, with the year's awards after 暨.
        assert_named("院党委召开庆“七一”暨2019年度先进表彰大会。", &[("庆“七一”暨2019年度先进表彰大会", "先锋模范")]);
        // …with a summing-up before its awards, or a concert before 暨.
        assert_named("院党委召开庆祝建党101周年总结表彰大会。", &[("庆祝建党101周年总结表彰大会", "先锋模范")]);
        assert_named(
            "院党委召开纪念建党96周年合唱比赛暨总结表彰大会。",
            &[("纪念建党96周年合唱比赛暨总结表彰大会", "先锋模范")],
        );
        // The activities held for an anniversary, whatever their number is written in;
        // members and branches built to a standard, with two standards or one.
        assert_named(
            "七月初,院党委举办庆祝中国共产党成立105周年系列活动;各科室加强党员队伍规范化建设,\
             抓好党组织标准化、科学化建设。",
            &[
                ("庆祝中国共产党成立105周年系列活动", "理论学习"),
                ("党员队伍规范化建设", "组织建设"),
                ("党组织标准化、科学化建设", "组织建设"),
            ],
        );
        assert_named("醫院組織獻禮建黨104周年主題活動。", &[("献礼建党104周年主题活动", "理论学习")]);
        // A broadcast listened to and watched; a Party group set up; a branch
        // committee's enlarged meeting; Party work's regular meeting.
        let found = names("各支部组织党员收听收看开幕会直播。");
        assert!(found.iter().any(|(n, _)| n.starts_with("收听收看开幕会")), "{found:?}");
        let found = names("每个病区建立临时党小组,党小组长由护士长担任。");
        assert!(found.iter().any(|(n, c)| n.contains("临时党小组") && c.as_deref() == Some("组织建设")), "{found:?}");
        let found = names("内科党支部召开党支部委员会扩大会议,并通过党建工作月度例会通报进展。");
        for name in ["党支部委员会扩大会议", "党建工作月度例会"] {
            assert!(found.iter().any(|(n, _)| n.contains(name)), "{name}: {found:?}");
        }
        // Names in quotation marks set side by side, with no mark between.
        let found = names("医院推出“千名医生进乡村”“百场讲座进社区”“十项服务惠职工”等举措。");
        for name in ["千名医生进乡村", "百场讲座进社区", "十项服务惠职工"] {
            assert!(found.iter().any(|(n, _)| n == name), "{name}: {found:?}");
        }
        // A body of people with its kind.
        let found = names("医院党委着力加强青年干部队伍建设。");
        assert!(found.iter().any(|(n, _)| n == "青年干部队伍建设"), "{found:?}");
        // …but not the nation's meeting watched on screen.
        let found = names("全体党员集中收看纪念中国共产党成立98周年暨全国“两优一先”表彰大会直播。");
        assert!(!found.iter().any(|(n, _)| n.ends_with("表彰大会")), "{found:?}");
        // A branch described as founded is not its founding.
        assert!(!names("新成立的党支部开展了活动。").iter().any(|(n, _)| n.starts_with("成立")));
        // Nor is a Party organ named as the leader of a group founded.
        let led = names("院里成立以党委副书记为组长的创建工作专班。");
        assert!(!led.iter().any(|(n, _)| n.starts_with("成立以")), "{led:?}");
    }

    /// A span is held by a longer one that starts before or with it and ends at or
    /// after its end — not by itself, nor by one it only overlaps.
    #[test]
    fn spans_hold_what_a_longer_span_holds() {
        let spans = Spans::new(vec![(10, 20), (0, 5), (10, 12), (3, 4)]);
        for (span, held) in [
            ((1, 5), true),
            ((3, 4), true),
            ((0, 5), false),
            ((10, 12), true),
            ((10, 20), false),
            ((4, 6), false),
            ((12, 21), false),
        ] {
            assert_eq!(spans.hold(span.0, span.1), held, "{span:?}");
        }
    }

    /// Inches after a screen's size ("65"一体机") are no quotation marks, and words said
    /// (连声说“谢谢”) are speech, in a title too.
    #[test]
    fn inch_marks_and_words_said_name_no_practice() {
        let found = names("支部购置了55\"触摸屏和43\"显示屏,方便党员学习。");
        assert!(!found.iter().any(|(n, _)| n.contains("触摸屏")), "{found:?}");
        let found = names("老人握着党员医生的手连声说“感谢”");
        assert!(found.is_empty(), "{found:?}");
        // Recruiting members is organisation work, whatever verb stands near.
        let found = names("支部组织党员学习《党员发展工作细则》。");
        assert!(found.iter().any(|(n, c)| n.contains("党员发展") && c.as_deref() == Some("组织建设")), "{found:?}");
        // 组织 as a verb says nothing of the category (工会组织开展…比赛).
        let found = names("工会组织开展拔河比赛活动,党员职工踊跃参加。");
        assert!(!found.iter().any(|(_, c)| c.as_deref() == Some("组织建设")), "{found:?}");
    }

    /// A set of rules in parts, each under its numbered heading, names each part.
    #[test]
    fn the_numbered_headings_of_a_set_of_rules() {
        let text = "一、支部学习日制度\n1.会议时间:每季度召开一次。\n二、党员谈心谈话制度\n支委与党员每年谈心一次。\n(三)组织领导\n由书记负责。";
        let found = names(text);
        for name in ["支部学习日制度", "党员谈心谈话制度"] {
            assert!(found.iter().any(|(n, _)| n == name), "{name}: {found:?}");
        }
        assert!(!found.iter().any(|(n, _)| n == "组织领导"), "{found:?}");
    }

    /// Groups set up, pledges signed, alliances formed: named by their ending, told by
    /// their words.
    #[test]
    fn groups_pledges_and_alliances() {
        let found = names("医院成立廉洁文化建设领导小组,各科室签订党风廉政责任书,并牵头组建区域儿科专科联合体。");
        for (name, category) in
            [("廉洁文化建设领导小组", "作风廉政"), ("党风廉政责任书", "作风廉政"), ("区域儿科专科联合体", "帮扶共建")]
        {
            assert!(found.contains(&(name.to_string(), Some(category.to_string()))), "{name}: {found:?}");
        }
        let found = names("支部推动党建工作与业务工作同频共振,组织党员集中收看二十大开幕会,加强入党积极分子培养教育。");
        for (name, category) in [
            ("党建工作与业务工作同频共振", "党建业务融合"),
            ("集中收看二十大开幕会", "理论学习"),
            ("入党积极分子培养教育", "组织建设"),
        ] {
            assert!(found.contains(&(name.to_string(), Some(category.to_string()))), "{name}: {found:?}");
        }
        // A quoted idea the hospital holds as its creed is its culture; a quoted name
        // before an activity's word, a standard or a system is a practice.
        let found = names("医院坚持“仁心仁术、精益求精”的核心理念,开展“红心向党”主题实践活动,落实“六个严禁”纪律要求。");
        assert!(found.contains(&("仁心仁术、精益求精".to_string(), Some("品牌文化".to_string()))), "{found:?}");
        for name in ["红心向党", "六个严禁"] {
            assert!(found.iter().any(|(n, _)| n == name), "{name}: {found:?}");
        }
        // After a 的, a long practice's word still names one; a short one does not.
        assert!(has("探索形成“三联三促”的工作模式。", "三联三促"));
        assert!(!has("医院党建工作动态信息\n大家都记住了“慢一点”的叮嘱。", "慢一点"));
        // A quoted name with its 工程 or 党建工作法 after it is named with it.
        let found = names("医院实施党建“三心”工程,推行“两问三访”党建工作法。");
        assert!(found.iter().any(|(n, _)| n == "三心工程"), "{found:?}");
        assert!(found.iter().any(|(n, _)| n == "两问三访党建工作法"), "{found:?}");
        // A pledge signed as a document; a broadcast whose name holds a number.
        let found = names("各科室签订了《党风廉政责任书》,党员集中收看庆祝中国共产党成立100周年大会。");
        for name in ["党风廉政责任书", "集中收看庆祝中国共产党成立100周年大会"] {
            assert!(found.iter().any(|(n, _)| n == name), "{name}: {found:?}");
        }
        // New members' oath is an admission; the old members' renewal of it is study.
        let found = names("新党员入党宣誓后,老党员重温入党誓词。");
        assert!(found.contains(&("新党员入党宣誓".to_string(), Some("组织建设".to_string()))), "{found:?}");
        assert!(found.contains(&("重温入党誓词".to_string(), Some("理论学习".to_string()))), "{found:?}");
    }

    /// A visit named by its going (赴…纪念馆, 参观了…, each place of two), a congress's opening watched
    /// with no word of gathering, lectures on the Party's history or clean conduct,
    /// and general words of Party work read as practices.
    #[test]
    fn visits_congresses_watched_lectures_and_general_words() {
        let texts: [(&str, &[(&str, &str)]); 4] = [
            (
                "第三党支部组织党员赴嘉兴南湖革命纪念馆,下午又参观了县烈士陵园。",
                &[("赴嘉兴南湖革命纪念馆", "理论学习"), ("参观县烈士陵园", "理论学习")],
            ),
            // A visit to two places names each (the second by itself); a base area
            // of the revolution is such a place.
            (
                "外科支部党员参观了古田会议旧址和才溪乡调查纪念馆,又参观了湘赣革命根据地。",
                &[
                    ("参观古田会议旧址", "理论学习"),
                    ("才溪乡调查纪念馆", "理论学习"),
                    ("参观湘赣革命根据地", "理论学习"),
                ],
            ),
            (
                "离退休党支部观看了二十大开幕式,医院还举办党史知识系列讲座和廉洁从医报告会。",
                &[("观看二十大开幕式", "理论学习"), ("党史知识系列讲座", "理论学习"), ("廉洁从医报告会", "作风廉政")],
            ),
            // Ideology work is the committee's charge, as readers file it (its duty,
            // its meetings): organisation, not study.
            (
                "医院落实意识形态工作责任,抓实巡察整改,推动优质医疗资源下沉,加强支部建设。",
                &[
                    ("意识形态工作", "组织建设"),
                    ("巡察整改", "考核制度"),
                    ("优质医疗资源下沉", "帮扶共建"),
                    ("支部建设", "组织建设"),
                ],
            ),
        ];
        for (text, expected) in texts {
            assert_named(text, expected);
        }
    }

    /// A democratic life meeting's steps and its steering group, exhibitions visited,
    /// oaths and applications renewed, the leader's thought and the four histories
    /// studied — and a two-character term cut across by the words around it (领学 in
    /// 党建引领学科建设) is none.
    #[test]
    fn meeting_steps_exhibitions_renewals_and_terms_cut_across() {
        let texts: [(&str, &[(&str, &str)]); 4] = [
            (
                "县委第二指导组到会指导,班子成员开展对照检查,逐一查摆问题,会后制定整改措施。",
                &[
                    ("县委第二指导组", "考核制度"),
                    ("到会指导", "考核制度"),
                    ("开展对照检查", "组织建设"),
                    ("查摆问题", "组织建设"),
                    ("整改措施", "考核制度"),
                ],
            ),
            (
                "老党员们参观“红色记忆图片展”,重温了当年的入党申请书,并慰问了九旬老党员。",
                &[
                    ("参观“红色记忆图片展”", "理论学习"),
                    ("重温当年的入党申请书", "理论学习"),
                    ("慰问九旬老党员", "组织建设"),
                ],
            ),
            (
                "各支部持续学习贯彻习近平新时代中国特色社会主义思想,领会全会精神,学党史、新中国史、改革开放史、社会主义发展史。",
                &[
                    ("学习贯彻习近平新时代中国特色社会主义思想", "理论学习"),
                    ("领会全会精神", "理论学习"),
                    ("学党史、新中国史、改革开放史、社会主义发展史", "理论学习"),
                ],
            ),
            ("医院坚持党建引领学科建设,书记领学党章。", &[("党建引领学科建设", "党建业务融合"), ("领学", "理论学习")]),
        ];
        for (text, expected) in texts {
            assert_named(text, expected);
        }
        assert!(!names("坚持党建引领学科建设。").iter().any(|(n, _)| n == "领学"));
        // A term that ends a longer word is the term (党校 in 市委党校).
        assert!(has("医院组织中层干部赴市委党校参加培训。", "党校"));
    }

    /// Going somewhere is a visit of Party history only to a place of it, within its
    /// clause; a lecture on clinical theory or on health is none of Party study; a check
    /// against a standard or a work retreat is no Party practice.
    #[test]
    fn what_is_no_visit_lecture_or_self_examination() {
        assert_named("医疗队前往县中医院开展义诊并参观了当地博物馆。", &[("义诊", "志愿公益")]);
        assert!(has("医疗队前往县中医院开展义诊并参观了当地博物馆。", "参观当地博物馆"));
        for (text, name) in [
            ("专家团队走进城南小学健康教育基地开展急救培训。", "走进城南小学健康教育基地"),
            ("护理部举办护理理论知识讲座。", "理论知识讲座"),
            ("评审专家组对照检查标准,逐项查看科室台账。", "对照检查"),
            ("医院召开2024年工作务虚会。", "务虚会"),
        ] {
            assert!(!has(text, name), "{text}: {:?}", names(text));
        }
        assert_named("社区卫生服务中心开展党建引领健康讲座进社区活动。", &[("健康讲座", "志愿公益")]);
        assert_named("领导班子成员开展对照检查,撰写对照检查材料。", &[("开展对照检查", "组织建设")]);
    }

    /// A quoted name before a practice's word is of the word's head, its last practice
    /// (“…”主题党日义诊活动 is a free clinic), not of the words in the quotation; one
    /// before 称号 is an honour.
    #[test]
    fn a_quoted_name_is_of_the_head_of_the_word_after_it() {
        assert_named("外科党支部开展“守护健康,温暖同行”主题党日义诊活动。", &[("守护健康,温暖同行", "志愿公益")]);
        assert_named("内科党支部开展“走进社区”党日义诊活动。", &[("走进社区", "志愿公益")]);
        assert_named("支部开展“学医史,悟初心”主题党日活动。", &[("学医史,悟初心", "理论学习")]);
        // A title conferred honours the vanguard, though it names a Party body.
        assert_named("检验科党支部获评“江城市五好基层党组织”荣誉称号。", &[("江城市五好基层党组织", "先锋模范")]);
    }

    /// Two parts of reading at first hand, spirit passed on, a code of the Party studied
    /// by its title (of clean conduct when it is of discipline), a model member learnt
    /// from, a promise of clean conduct; 传达学习 stays the known practice.
    #[test]
    fn first_hand_reading_codes_models_and_promises() {
        assert_named(
            "支部组织党员学原文、悟原理,传达省第十二次党代会精神,学习《中国共产党纪律处分条例》。",
            &[
                ("学原文、悟原理", "理论学习"),
                ("传达省第十二次党代会精神", "理论学习"),
                ("学习《中国共产党纪律处分条例》", "作风廉政"),
            ],
        );
        assert_named(
            "医院开展向李明同志学习活动,医务人员签订廉洁承诺书,并开展反商业贿赂专题教育。",
            &[("向李明同志学习", "先锋模范"), ("廉洁承诺书", "作风廉政")],
        );
        assert!(has("书记传达学习了文件精神。", "传达学习"));
    }

    /// A meeting named by its topic is the meeting (党史学习教育专题民主生活会).
    #[test]
    fn a_meeting_named_by_its_topic_is_the_meeting() {
        assert_named("院领导班子召开主题教育专题民主生活会。", &[("主题教育专题民主生活会", "组织建设")]);
        assert!(!has("院领导班子召开主题教育专题民主生活会。", "主题教育"));
    }

    /// Recruitment as a practice (发展党员工作, 推优) — 发展党员 alone counts people —
    /// and the meetings a hospital holds to honour its members or show its work.
    #[test]
    fn recruitment_and_the_meetings_a_hospital_holds() {
        let found = names("院党委重视发展党员工作,完善团员“推优”程序,坚持院长负责制。");
        for name in ["发展党员工作", "推优", "院长负责制"] {
            assert!(found.contains(&(name.to_string(), Some("组织建设".to_string()))), "{name}: {found:?}");
        }
        // 发展党员 in a list of what a branch does is recruitment; with a count, or
        // after 新, it counts people.
        let found = names("各支部书记汇报了本支部发展党员、开展主题党日等情况。");
        assert!(found.contains(&("发展党员".to_string(), Some("组织建设".to_string()))), "{found:?}");
        for text in [
            "今年共发展党员12名。",
            "全年发展党员 3 人。",
            "新发展党员两名参加宣誓。",
            "全年发展党员共计8名。",
            "各支部发展党员、转正预备党员各2名。",
            "开展助力高质量发展党员在行动活动。",
        ] {
            assert!(!names(text).iter().any(|(n, _)| n == "发展党员"), "{text}: {:?}", names(text));
        }
        let found = names("6月28日,医院召开优秀员工表彰大会,下午承办全区党建工作观摩会。");
        assert!(found.contains(&("优秀员工表彰大会".to_string(), Some("先锋模范".to_string()))), "{found:?}");
        assert!(found.iter().any(|(n, c)| n.ends_with("观摩会") && c.as_deref() == Some("组织建设")), "{found:?}");
        // A tea party for the retired is held as a meeting is.
        assert!(
            has("春节前,院党委召开退休老同志新春茶话会。", "退休老同志新春茶话会"),
            "{:?}",
            names("春节前,院党委召开退休老同志新春茶话会。")
        );
    }

    /// Words of Party work in general use, and the shapes of training, star ratings,
    /// poverty work, donations and clean-ups.
    #[test]
    fn more_words_of_party_work_and_their_shapes() {
        let texts: [(&str, &[(&str, &str)]); 4] = [
            // Lists of problems and of what to correct are checked against: 考核制度.
            ("支部建立问题清单和整改清单,逐项销号。", &[("问题清单", "考核制度"), ("整改清单", "考核制度")]),
            (
                "支部开展党性教育和党性分析,组织党员诵读党章,邀请专家作专题辅导。院党委对各支部开展党建查房,对苗头问题及时提醒谈话,在门诊设置举报箱。",
                &[
                    ("党性教育", "理论学习"),
                    ("党性分析", "组织建设"),
                    ("诵读党章", "理论学习"),
                    ("专题辅导", "理论学习"),
                    ("党建查房", "组织建设"),
                    ("提醒谈话", "作风廉政"),
                    ("举报箱", "作风廉政"),
                ],
            ),
            (
                "医院举办新任党支部书记集训,争创五星级基层党组织,坚持抓党建促乡村振兴,向结对村捐赠医疗物资,开展爱国卫生大扫除,推行“科室党员考评积分制”。",
                &[
                    ("新任党支部书记集训", "组织建设"),
                    ("五星级基层党组织", "组织建设"),
                    ("抓党建促乡村振兴", "帮扶共建"),
                    ("捐赠医疗物资", "帮扶共建"),
                    ("爱国卫生大扫除", "改善就医体验"),
                    ("科室党员考评积分制", "考核制度"),
                ],
            ),
            (
                "支部加强党员管理,严格组织生活,召开支部大会,开展党员培训和专项调研。党员志愿者在社区送医送药、提供健康咨询,支部与社区合作共建,坚持开门纳谏。",
                &[
                    ("党员管理", "组织建设"),
                    ("组织生活", "组织建设"),
                    ("支部大会", "组织建设"),
                    ("党员培训", "组织建设"),
                    ("专项调研", "调查研究"),
                    ("党员志愿者", "志愿公益"),
                    ("送医送药", "志愿公益"),
                    ("健康咨询", "志愿公益"),
                    ("合作共建", "帮扶共建"),
                    ("开门纳谏", "调查研究"),
                ],
            ),
        ];
        for (text, expected) in texts {
            assert_named(text, expected);
        }
        let found = names("支部以学习党章党规为重点,专门配备了“党员活动中心”。");
        assert!(found.contains(&("学习党章党规".to_string(), Some("理论学习".to_string()))), "{found:?}");
        assert!(found.iter().any(|(n, c)| n.ends_with("活动中心") && c.as_deref() == Some("组织建设")), "{found:?}");
        // The group set up to run a known practice is named with it, a body of the
        // organisation — unless it is one for conduct.
        let found = names("3月2日,医院党史学习教育领导小组召开第一次会议。");
        assert!(found.contains(&("党史学习教育领导小组".to_string(), Some("组织建设".to_string()))), "{found:?}");
        let found = names("医院成立清廉医院工作领导小组,院长任组长。");
        assert!(found.contains(&("清廉医院工作领导小组".to_string(), Some("作风廉政".to_string()))), "{found:?}");
        // A campaign of parallel three-character phrases, with a practice's word after
        // it; a slogan taken as the work's vehicle; not a rule of conduct.
        let found = names("标题\n支部开展“学理论、强党性、优服务、树新风”活动,以“党员进万家,健康伴你行”为实践载体。");
        for name in ["学理论、强党性、优服务、树新风", "党员进万家,健康伴你行"] {
            assert!(found.iter().any(|(n, _)| n == name), "{name}: {found:?}");
        }
        assert!(names("标题\n坚持“早预防、早发现、早治疗”的要求。").is_empty());
        // Training goes with the branch's building, as the readers file it.
        let found = names("双方党支部将开展党员联合培训、联合义诊等活动。");
        assert!(found.contains(&("党员联合培训".to_string(), Some("组织建设".to_string()))), "{found:?}");
    }

    /// Words of Party work in general use that readers list as practices — lectures,
    /// reports, field visits, aid, discipline, the leaders' team — and a
    /// lecture on a field of health, which is service, not study.
    #[test]
    fn lectures_field_visits_aid_and_discipline() {
        assert_named(
            "院党委书记为全体党员专题授课,纪委书记作辅导报告,支部召开宣讲会。\
             院领导赴对口医院实地调研,开展医疗帮扶,坚持从严治党,推进廉政文化建设和领导班子建设。\
             党员走进小学开展口腔健康知识讲座和眼科知识讲座。",
            &[
                ("专题授课", "理论学习"),
                ("辅导报告", "理论学习"),
                ("宣讲会", "理论学习"),
                ("实地调研", "调查研究"),
                ("医疗帮扶", "帮扶共建"),
                ("从严治党", "作风廉政"),
                ("廉政文化建设", "作风廉政"),
                ("领导班子建设", "组织建设"),
                ("口腔健康知识讲座", "志愿公益"),
                ("眼科知识讲座", "志愿公益"),
            ],
        );
        // Safety training is no service to the public, a check-up centre no practice,
        // and a meeting held online and in person only says how it was held.
        for text in [
            "标题\n保卫科举办消防安全知识讲座。",
            "标题\n健康体检中心党支部组织党员学习。",
            "标题\n大会采取线上和线下方式召开。",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        // …of health kept in a season (冬季保健知识讲座) too.
        assert_named("标题\n党员志愿者为社区老人开展冬季保健知识讲座。", &[("冬季保健知识讲座", "志愿公益")]);
        // The Party's history told in a lecture is study, not a health lecture.
        let found = names("支部举办党史知识讲座。");
        assert!(!found.iter().any(|(_, c)| c.as_deref() == Some("志愿公益")), "{found:?}");
    }

    /// National formulas of study and of a Party committee's role, however their parts
    /// are set apart; screenings for the public; care for old members, which is the
    /// organisation's; the study group's enlarged meeting; field visits and oaths.
    #[test]
    fn formulas_screenings_care_and_the_study_group() {
        assert_named(
            "支部按照学史明理,学史增信,学史崇德,学史力行的要求,组织党员学原文、读原著、悟原理。\
             院党委发挥把方向、管大局、作决策、促改革、保落实的领导作用,以高质量党建引领医院高质量发展。\
             党员志愿者在社区开展眼病公益筛查和免费血糖筛查,提供医疗咨询。\
             院领导走访慰问老党员,召开党委理论中心组（扩大）学习会,赴结对医院实地查看,开展健康帮扶。\
             新党员面向党旗庄严宣誓,全体党员接受院史院情教育和爱国教育,坚持廉洁自律。",
            &[
                ("学史明理,学史增信,学史崇德,学史力行", "理论学习"),
                ("学原文、读原著、悟原理", "理论学习"),
                ("把方向、管大局、作决策、促改革、保落实", "组织建设"),
                ("以高质量党建引领医院高质量发展", "党建业务融合"),
                ("眼病公益筛查", "志愿公益"),
                ("免费血糖筛查", "志愿公益"),
                ("医疗咨询", "志愿公益"),
                ("走访慰问老党员", "组织建设"),
                ("党委理论中心组（扩大）学习会", "理论学习"),
                ("实地查看", "调查研究"),
                ("健康帮扶", "帮扶共建"),
                ("面向党旗庄严宣誓", "理论学习"),
                ("院史院情教育", "理论学习"),
                ("爱国教育", "理论学习"),
                ("廉洁自律", "作风廉政"),
            ],
        );
        assert_named(
            "支部坚持线上与线下相结合开展学习,组织职工政治学习,推动党业深度融合,举办医院开放日活动。",
            &[
                ("线上与线下相结合", "信息化"),
                ("职工政治学习", "理论学习"),
                ("党业深度融合", "党建业务融合"),
                ("医院开放日", "改善就医体验"),
            ],
        );
        // Gifts and money given to a partner, a festival's visit, a talk with the
        // people visited.
        assert_named(
            "院党委向结对村捐赠了帮扶资金,支部向福利院捐赠爱心善款。党员开展端午节慰问,并与村干部座谈交流。",
            &[
                // Without the aspect, as a known practice's verb is read.
                ("捐赠帮扶资金", "帮扶共建"),
                ("捐赠爱心善款", "帮扶共建"),
                ("端午节慰问", "志愿公益"),
                ("座谈交流", "调查研究"),
            ],
        );
    }

    /// A quoted name that what stands around it calls a practice may be long; one of
    /// each for each (“一村一策”) is a plan's shape whatever follows it; words said are
    /// not.
    #[test]
    fn long_quoted_names_and_one_of_each_for_each() {
        assert_named(
            "标题\n院党委开展“纪念中国共产党成立105周年”系列主题活动。驻村工作队“一户一策”制定帮扶措施。",
            &[("纪念中国共产党成立105周年", "理论学习"), ("一户一策", "帮扶共建")],
        );
        assert!(names("标题\n老党员笑着说“一个也不能少”。").is_empty());
        // Idioms of one and one are no plans.
        for text in ["标题\n医疗队赴“一带一路”沿线国家开展医疗援助。", "标题\n党员用“一言一行”诠释初心。"]
        {
            assert!(names(text).iter().all(|(n, _)| !n.starts_with('一')), "{text}: {:?}", names(text));
        }
    }

    /// The category of a name the lexicon does not know, by its own words before its
    /// sentence's: care within the Party is the organisation's, a ledger of problems
    /// ticked off is checking, a rostrum is study, a grade of hospital is the
    /// hospital's own work joined with the Party's.
    #[test]
    fn keywords_of_care_ledgers_rostrums_and_grades() {
        assert_named(
            "一是组织开展“党内关怀月”活动,走访慰问困难职工。\
             二是建立“问题整改台账”,推动整改落实。\
             三是推行“中层干部上讲台”,轮流讲授党课以外的专题。\
             四是以争创“三甲”为载体,组织党员攻坚克难。",
            &[
                ("党内关怀月", "组织建设"),
                ("问题整改台账", "考核制度"),
                ("中层干部上讲台", "理论学习"),
                ("三甲", "党建业务融合"),
            ],
        );
        // A keyword of health or volunteering in the name tells it first.
        assert_named(
            "标题\n医院开展“健康知识进讲台”活动,建立“党员志愿服务台账”。",
            &[("健康知识进讲台", "志愿公益"), ("党员志愿服务台账", "志愿公益")],
        );
        let found = names("标题\n医院开展“院庆60周年”系列活动。");
        assert!(!found.iter().any(|(_, c)| c.as_deref() == Some("理论学习")), "{found:?}");
    }

    /// Words of study, building and discipline the readers of set 23 listed, each in a
    /// sentence of our own; Party work joined with the hospital's however it is put.
    #[test]
    fn words_of_study_building_and_discipline_and_party_work_joined_with_medicine() {
        assert_named(
            "医院利用党委中心组、中心学习组和升旗仪式开展专题宣讲,支部在研讨会上作主题发言,开展传统文化教育。\
             院党委推进党风廉洁建设和信息化建设,抓好阵地建设、服务型党组织建设和领导干部队伍建设,落实院科两级负责制。\
             支部推动党务与医疗业务工作的深度融合,实现党建与业务的深度耦合。",
            &[
                ("党委中心组", "理论学习"),
                ("中心学习组", "理论学习"),
                ("升旗仪式", "理论学习"),
                ("专题宣讲", "理论学习"),
                ("主题发言", "理论学习"),
                ("传统文化教育", "理论学习"),
                ("党风廉洁建设", "作风廉政"),
                ("信息化建设", "信息化"),
                ("阵地建设", "组织建设"),
                ("服务型党组织建设", "组织建设"),
                ("领导干部队伍建设", "组织建设"),
                ("院科两级负责制", "组织建设"),
                ("党务与医疗业务工作的深度融合", "党建业务融合"),
                ("党建与业务的深度耦合", "党建业务融合"),
            ],
        );
        // The building of the Party's organisations, however it is put.
        assert_named(
            "医院狠抓基层党组织建设,各科室加强党的组织建设。",
            &[("基层党组织建设", "组织建设"), ("党的组织建设", "组织建设")],
        );
        // A name in straight quotes, as a converter leaves them.
        let found = names("支部党员参加\"净街\"行动,清理小广告。");
        assert!(found.iter().any(|(n, _)| n.contains("净街")), "{found:?}");
        // A clause with a verb done in it is no campaign's name (…提供了明确行动指南).
        assert!(names("会议指出,全会为做好护理工作提供了明确行动指南。").is_empty());
        // Not a centre and what it is made of (活动中心组成).
        assert!(!names("展馆由党史展区和活动中心组成。").iter().any(|(n, _)| n.contains("中心组")));
        // A flag each member is to others is the members' example.
        let found = names("支部开展“一名党员一面旗”活动,党员在门诊窗口服务患者。");
        assert!(found.contains(&("一名党员一面旗".to_string(), Some("先锋模范".to_string()))), "{found:?}");
    }

    /// Words of service, study and discipline in general use; a quoted theme named
    /// with the practice it is the theme of.
    #[test]
    fn words_of_service_study_and_discipline_and_a_theme_s_practice() {
        assert_named(
            "支部与结对村开展精准帮扶和联学联建,在乡镇卫生院设立名医工作室。书记领学文件,支部办起读书会和职工夜校,\
             开展专题研讨,组织党员缅怀先烈。党员之间开展相互批评和谈心交心,支部建立工作台账,对苗头问题诫勉谈话,坚持以案促改、以案促治。\
             党员走进社区开展健康知识讲座、家庭医生签约和慢病管理,组织卫生大扫除,践行“三好一满意”。",
            &[
                ("精准帮扶", "帮扶共建"),
                ("联学联建", "帮扶共建"),
                ("名医工作室", "帮扶共建"),
                ("领学", "理论学习"),
                ("读书会", "理论学习"),
                ("职工夜校", "理论学习"),
                ("专题研讨", "理论学习"),
                ("缅怀先烈", "理论学习"),
                ("相互批评", "组织建设"),
                ("谈心交心", "组织建设"),
                ("工作台账", "考核制度"),
                ("诫勉谈话", "作风廉政"),
                ("以案促改", "作风廉政"),
                ("以案促治", "作风廉政"),
                ("健康知识讲座", "志愿公益"),
                ("家庭医生签约", "改善就医体验"),
                ("慢病管理", "改善就医体验"),
                ("卫生大扫除", "改善就医体验"),
                ("三好一满意", "改善就医体验"),
            ],
        );
        assert_named(
            "医院设立党员驿站,定期召开工休座谈会,与乡镇卫生院携手共建、召开共建座谈会,开展座谈调研。\
             党员下乡义务巡诊、普及健康知识,组织无偿献血,交纳特殊党费。支部实行目标考核,书记年终述职。\
             医院参加“访惠聚”驻村工作,开展民族团结一家亲活动。",
            &[
                ("党员驿站", "组织建设"),
                ("工休座谈会", "改善就医体验"),
                ("携手共建", "帮扶共建"),
                ("共建座谈会", "帮扶共建"),
                ("座谈调研", "调查研究"),
                ("义务巡诊", "志愿公益"),
                ("普及健康知识", "志愿公益"),
                ("无偿献血", "志愿公益"),
                ("特殊党费", "志愿公益"),
                ("目标考核", "考核制度"),
                ("述职", "考核制度"),
                ("访惠聚", "帮扶共建"),
                ("民族团结一家亲", "帮扶共建"),
            ],
        );
        assert_named(
            "党委开展支部考核,组织党员集中观看专题片,举办党建专题培训和党建业务培训,建设学习型领导班子,\
             坚持党建领院,开展党风党纪教育和课题研究,引导职工铸牢中华民族共同体意识。医院建成红色驿站、支部小屋和文化长廊,\
             按照“院包科”要求选派专家。",
            &[
                ("支部考核", "考核制度"),
                ("集中观看专题片", "理论学习"),
                ("党建专题培训", "组织建设"),
                ("党建业务培训", "组织建设"),
                ("学习型领导班子", "组织建设"),
                ("党建领院", "党建业务融合"),
                ("党风党纪教育", "作风廉政"),
                ("课题研究", "调查研究"),
                ("铸牢中华民族共同体意识", "理论学习"),
                ("红色驿站", "组织建设"),
                ("支部小屋", "组织建设"),
                ("文化长廊", "品牌文化"),
                ("院包科", "帮扶共建"),
            ],
        );
        assert_named(
            "支部组织党员参观学习,随后开展交流研讨。会上传达学习了文件精神,举办专题培训,采取线上线下相结合的方式。\
             医院为患者办实事,开展医疗支援,创建清廉科室和清廉党支部,推进民族团结进步创建,每月开展党员活动日。",
            &[
                ("参观学习", "理论学习"),
                ("交流研讨", "理论学习"),
                ("传达学习", "理论学习"),
                ("专题培训", "组织建设"),
                ("线上线下相结合", "信息化"),
                ("办实事", "改善就医体验"),
                ("医疗支援", "帮扶共建"),
                ("清廉科室", "作风廉政"),
                ("清廉党支部", "作风廉政"),
                ("民族团结进步创建", "品牌文化"),
                ("党员活动日", "理论学习"),
            ],
        );
        assert_named(
            "党委开展中心组理论学习,组织集中研讨,举办先进事迹报告会。医院建成党建活动中心和党建活动阵地,\
             坚持党管干部,开展走访慰问和健康教育宣传,推进家医签约,设立党员爱心驿站。两院支部联动,开展党建联建共建和\
             党建对口联系,先行调查摸底,年底开展晋位升级考核,推动党建与业务发展深度融合、党建工作与业务工作双融互促。",
            &[
                ("中心组理论学习", "理论学习"),
                ("集中研讨", "理论学习"),
                ("先进事迹报告会", "先锋模范"),
                ("党建活动中心", "组织建设"),
                ("党建活动阵地", "组织建设"),
                ("党管干部", "组织建设"),
                ("走访慰问", "志愿公益"),
                ("健康教育宣传", "志愿公益"),
                ("家医签约", "改善就医体验"),
                ("党员爱心驿站", "志愿公益"),
                ("支部联动", "帮扶共建"),
                ("党建联建共建", "帮扶共建"),
                ("党建对口联系", "帮扶共建"),
                ("调查摸底", "调查研究"),
                ("晋位升级考核", "考核制度"),
                ("党建与业务发展深度融合", "党建业务融合"),
                ("党建工作与业务工作双融互促", "党建业务融合"),
            ],
        );
        assert_named(
            "支部采取集中交流、学习研讨、研讨发言和个人自学相结合的方式,党员撰写读书笔记。医院加强思想政治工作,\
             开展革命传统教育,组织党员缅怀革命先烈,年终开展督查考核,推进文明创建和党建联建,坚持正风肃纪,\
             做好预备党员转正工作,巩固先进性教育成果,举办党务知识竞赛。",
            &[
                ("集中交流", "理论学习"),
                ("学习研讨", "理论学习"),
                ("研讨发言", "理论学习"),
                ("个人自学", "理论学习"),
                ("读书笔记", "理论学习"),
                ("思想政治工作", "理论学习"),
                ("革命传统教育", "理论学习"),
                ("缅怀革命先烈", "理论学习"),
                ("督查考核", "考核制度"),
                ("文明创建", "品牌文化"),
                ("党建联建", "帮扶共建"),
                ("正风肃纪", "作风廉政"),
                ("预备党员转正", "组织建设"),
                ("先进性教育", "理论学习"),
                ("党务知识竞赛", "理论学习"),
            ],
        );
        // A theme before a known practice is of that practice, not of its own words
        // (文化 would make it a brand); a theme before 为主题 keeps its own.
        let found = names("标题\n支部开展“赓续红色文化,守护百姓健康”主题党日活动。");
        assert!(found.contains(&("赓续红色文化,守护百姓健康".to_string(), Some("理论学习".to_string()))), "{found:?}");
        let found = names("标题\n支部与社区开展了“共建共享 情暖社区”为主题的党日活动。");
        assert!(found.iter().any(|(n, c)| n == "共建共享 情暖社区" && c.as_deref() == Some("帮扶共建")), "{found:?}");
    }

    /// A meeting that sets a work going is of that work; of none, the organisation's.
    #[test]
    fn a_meeting_that_sets_a_work_going_is_of_that_work() {
        assert_named("医院召开党纪学习教育动员部署会。", &[("党纪学习教育动员部署会", "理论学习")]);
        assert_named("医院召开清廉医院建设推进会。", &[("清廉医院建设推进会", "作风廉政")]);
        assert_named("院党委召开党支部党建工作推进会。", &[("党支部党建工作推进会", "组织建设")]);
        // A talk held alone hears views; named after a known practice, it is of that
        // practice's field. Pledges made in public are a model's.
        assert_named("内科党支部召开座谈会,征求群众意见。", &[("座谈会", "调查研究")]);
        assert_named("全体党员在党旗下作公开承诺。", &[("公开承诺", "先锋模范")]);
    }

    /// A service taken out to schools or communities is one to the public whatever it
    /// teaches; a talk is inquiry by its name only; any congress's opening watched,
    /// cases of breaches read out, the hospital's own history hall, fees paid for a
    /// cause and a red tour are named, each in its field.
    #[test]
    fn services_taken_out_talks_congresses_cases_and_history_halls() {
        assert_named("内科党支部开展护理知识进校园活动。", &[("护理知识进校园活动", "志愿公益")]);
        assert_named("院党委召开统战人士座谈会。", &[("统战人士座谈会", "调查研究")]);
        // A talk beside a practice lends it no field: the talk is inquiry, the practice
        // its own.
        let beside = names("座谈中,大家围绕“三个一”工作法交流体会。");
        assert!(beside.iter().all(|(n, c)| n == "座谈" || c.as_deref() != Some("调查研究")), "{beside:?}");
        assert_named("支部组织党员收看了十八大开幕式。", &[("收看十八大开幕式", "理论学习")]);
        assert_named("纪委书记通报了医疗系统违纪违法典型案例。", &[("通报医疗系统违纪违法典型案例", "作风廉政")]);
        assert_named("党员们参观了本院院史馆。", &[("参观本院院史馆", "品牌文化")]);
        assert_named("党员们参观了学校校史馆。", &[("参观学校校史馆", "理论学习")]);
        assert_named("全院党员自愿缴纳定向党费。", &[("定向党费", "志愿公益")]);
        assert_named("支部开展红色之旅活动。", &[("红色之旅", "理论学习")]);
        // The fallen honoured, trees tended, a Party anniversary's meeting by its number;
        // an unpaid worker's service.
        assert_named("支部党员前往山区祭奠革命先烈。", &[("祭奠革命先烈", "理论学习")]);
        assert_named("党员们在河堤补植新苗、植树护绿。", &[("补植新苗", "志愿公益"), ("植树护绿", "志愿公益")]);
        assert_named("医院党委召开庆祝中国共产党成立102周年大会。", &[("庆祝中国共产党成立102周年大会", "理论学习")]);
        assert_named("医院开展党员义工活动。", &[("党员义工活动", "志愿公益")]);
        // 纪念 is no discipline (纪): a meeting someone spoke at is no Party work of its own.
        assert!(names("他在纪念抗战胜利70周年大会上讲话。").is_empty());
    }

    /// Care for the hospital's own people is the Party's organisation at work, a
    /// festival visit to the public a service; a meeting to hear opinions is inquiry;
    /// graves swept and memorial halls visited are lessons of history.
    #[test]
    fn visits_to_its_own_people_meetings_of_opinion_and_graves_swept() {
        assert_named("中秋前夕,院党委慰问了患病职工、离退休干部和老专家。", &[("慰问患病职工", "组织建设")]);
        assert_named("端午节期间,支部走访慰问了辖区的空巢老人。", &[("走访慰问", "志愿公益")]);
        assert_named("院党委召开民主党派人士座谈会,听取意见建议。", &[("民主党派人士座谈会", "调查研究")]);
        // Not a village's members — help to a paired village, as readers file such
        // visits — nor patients' families; nor any meeting called 座谈会.
        assert_named("春节前夕,支部走访慰问了结对村的困难党员。", &[("走访慰问", "帮扶共建")]);
        assert!(names("护理党支部慰问了住院患者及家属。").iter().all(|(_, c)| c.as_deref() != Some("组织建设")));
        // A report tells of one round of visits: a headline's visit, or a later one
        // named without its people, goes to those its other sentences name — the
        // retired (离休, 老同志), staff on duty, the public — unless they disagree.
        let retired =
            "走访慰问暖人心\n重阳节当天,内科党支部走访慰问了三位离休老同志。此次重阳节慰问活动让老人们倍感温暖。";
        assert_named(retired, &[("走访慰问", "组织建设"), ("重阳节慰问活动", "组织建设")]);
        assert_named("除夕夜,院长走访慰问了坚守岗位的值班医护人员。", &[("走访慰问", "组织建设")]);
        let public = "重阳节慰问暖人心\n支部党员走访慰问了福利院的孤寡老人,并到结对村开展送医送药的慰问帮扶活动。";
        assert_named(public, &[("重阳节慰问", "志愿公益")]);
        let both = "走访慰问送温暖\n支部走访慰问了离休老同志,又走访慰问了结对村的脱贫户。";
        assert_named(both, &[("走访慰问", "志愿公益")]);
        // (A meeting held is named whole, of its topic's category: not inquiry.)
        assert_named("院党委召开党风廉政建设座谈会。", &[("党风廉政建设座谈会", "作风廉政")]);
        assert_named("清明节当天,支部党员来到烈士陵园开展清明祭扫活动。", &[("清明祭扫", "理论学习")]);
        assert_named("青年党员参观了抗日英烈纪念堂。", &[("参观抗日英烈纪念堂", "理论学习")]);
        assert_named(
            "会议要求全体党员认真学习总书记在全国卫生与健康大会和基层座谈会上的重要讲话。",
            &[("学习总书记在全国卫生与健康大会和基层座谈会上的重要讲话", "理论学习")],
        );
        // Only a speech is named at such length: a campaign inside a longer study keeps
        // its own name.
        assert_named(
            "院长向党员传达学习了党的群众路线教育实践活动的相关会议精神。",
            &[("群众路线教育实践活动", "理论学习")],
        );
        assert!(
            names("支部书记带领党员在会议室集中收听了省委书记的重要讲话。").iter().all(|(n, _)| !n.starts_with("学习"))
        );
        assert_named(
            "支部学习习近平总书记在庆祝中国共产党成立100周年大会上的重要讲话。",
            &[("学习习近平总书记在庆祝中国共产党成立100周年大会上的重要讲话", "理论学习")],
        );
        // A speech's spirit studied is named with its 精神; a campaign's 学习 studies
        // nothing (its meeting keeps its own name).
        assert_named(
            "周一上午,内科支部组织党员学习省委书记重要讲话精神。",
            &[("学习省委书记重要讲话精神", "理论学习")],
        );
        let found = names("大家认真领会了全市党史学习教育推进会上的讲话精神。");
        assert!(found.iter().all(|(n, _)| !n.starts_with("学习教育")), "{found:?}");
    }

    /// Words of a name that tell its category: a shock team is the vanguard, smart
    /// services are information work, the Red Cross's is a service, graves swept are a
    /// lesson, a wall of photographs is the hospital's culture.
    #[test]
    fn categories_told_by_a_names_words() {
        assert_named("院团委组建“逆行者”青年突击队,支援核酸采样。", &[("逆行者", "先锋模范")]);
        assert_named("医院开展“红十字博爱周”活动。", &[("红十字博爱周", "志愿公益")]);
        assert_named("支部组织开展“清明节祭扫英烈”活动。", &[("清明节祭扫英烈", "理论学习")]);
        assert_named(
            "参观了门诊大厅、党员示范岗、党建文化墙、援鄂队员照片墙、智慧病房等区域。",
            &[("援鄂队员照片墙", "品牌文化"), ("智慧病房", "信息化")],
        );
        assert_named("医院党委深入推进“挂包帮”工作。", &[("挂包帮", "帮扶共建")]);
        // A year's pledge of targets is checking; trees planted are a service; a
        // moral lecture hall is the hospital's culture.
        assert_named("各科室主任签订了“2024年目标责任书”。", &[("2024年目标责任书", "考核制度")]);
        assert_named("党员们参加“绿色家园”植树活动。", &[("绿色家园", "志愿公益")]);
        assert_named("医院定期举办道德讲堂。", &[("道德讲堂", "品牌文化")]);
        // Wisdom is no smart system.
        assert!(names("院党委开展“凝心聚力 智慧担当”主题活动。").iter().all(|(_, c)| c.as_deref() != Some("信息化")));
    }

    /// Formulae and phrases of Party work named the same in every report.
    #[test]
    fn formulae_named_alike_everywhere() {
        assert_named(
            "支部对照“照镜子、正衣冠、洗洗澡、治治病”的要求查摆问题。",
            &[("照镜子、正衣冠、洗洗澡、治治病", "作风廉政")],
        );
        assert_named("青年党员认真学习“四史”。", &[("学习“四史”", "理论学习")]);
        assert_named("支部以“清正守初心 廉明护健康”为导向开展工作。", &[("清正守初心 廉明护健康", "作风廉政")]);
        assert_named("医生们为老人提供免费骨科检查。", &[("免费骨科检查", "志愿公益")]);
        assert_named("分管院领导以普通党员身份参加所在支部的组织生活。", &[("以普通党员身份参加", "组织建设")]);
        assert_named("教育活动以为民务实清廉为主要内容。", &[("为民务实清廉", "作风廉政")]);
        assert_named("支部坚持建章立制,规范党内生活。", &[("建章立制", "组织建设")]);
        assert_named("内科支部每月组织专家下乡巡诊。", &[("下乡巡诊", "志愿公益")]);
        // The Party's leadership or a spirit worked into the hospital's work.
        assert_named("院党委把党的领导融入医院管理各方面。", &[("党的领导融入医院管理各方面", "组织建设")]);
        assert_named("推动伟大建党精神融入到医疗服务全过程。", &[("伟大建党精神融入到医疗服务全过程", "党建业务融合")]);
    }

    #[test]
    fn never_panics_and_offsets_point_at_the_name() {
        for text in crate::clean::testing::random_texts(200) {
            let len = text.chars().count();
            for m in measures(&text, &Folded::new(&text)) {
                assert!(m.start < m.end && m.end <= len);
            }
        }
        let text = "各支部嚴格落實“三會一課”制度。";
        let m = &measures(text, &Folded::new(text))[0];
        assert_eq!(m.name_text, "三會一課");
        assert_eq!(text.chars().skip(m.start).take(m.end - m.start).collect::<String>(), "三會一課");
    }

    /// Practices readers of unseen reports listed that no rule read: the roles members
    /// and branches are to play, checks and their remedies, joint work, care given free,
    /// the Party's work leading the hospital's, and more places and forms of study.
    #[test]
    fn roles_checks_joint_work_free_care_and_more_forms_of_study() {
        // The roles members and branches are asked to play are what the report holds
        // up, read wherever they are named.
        assert_named("支部要求每名党员在防汛一线发挥先锋模范作用。", &[("先锋模范作用", "先锋模范")]);
        assert_named(
            "老干部们继续发挥模范带头作用,党支部则发挥战斗堡垒作用。",
            &[("模范带头作用", "先锋模范"), ("战斗堡垒作用", "组织建设")],
        );
        // An inspection is a check; so are answering for a failure and a points score.
        assert_named("市委第三巡察组对医院开展巡察。", &[("巡察", "考核制度")]);
        assert_named("医院建立责任追究机制,推行积分考核。", &[("责任追究", "考核制度"), ("积分考核", "考核制度")]);
        assert_named("针对反馈问题,医院党委制定整改方案。", &[("整改方案", "考核制度")]);
        assert_named("安全生产坚持谁主管、谁负责。", &[("谁主管、谁负责", "考核制度")]);
        assert_named(
            "纪委书记强调要把纪律挺在前面,落实四责协同,抓好反腐纠风。",
            &[("把纪律挺在前面", "作风廉政"), ("四责协同", "作风廉政"), ("反腐纠风", "作风廉政")],
        );
        assert_named(
            "党委会坚持集体领导、民主集中、个别酝酿、会议决定的原则。",
            &[("集体领导、民主集中、个别酝酿、会议决定", "组织建设")],
        );
        // Joint work: its customary parts in a row, a branch joined with another's.
        assert_named("双方坚持组织共建、资源共享、服务共抓。", &[("组织共建、资源共享、服务共抓", "帮扶共建")]);
        assert_named("普外科党支部联合城关镇卫生院党支部开展义诊。", &[("联合城关镇卫生院党支部", "帮扶共建")]);
        // …not a branch merged from two (联合党支部), nor what a branch does with others.
        assert!(names("两个科室成立联合党支部。").iter().all(|(_, c)| c.as_deref() != Some("帮扶共建")));
        assert_named("驻村工作队发展产业扶贫。", &[("产业扶贫", "帮扶共建")]);
        assert_named("支部开展“专家下基层”活动。", &[("专家下基层", "帮扶共建")]);
        // Care given free, cleaner streets, trees planted, health explained.
        assert_named(
            "医生们免费测量血压、血糖,并提供免费医疗服务。",
            &[("免费测量血压、血糖", "志愿公益"), ("免费医疗服务", "志愿公益")],
        );
        assert_named("支部书记主持开展“免费涂氟进校园”活动。", &[("免费涂氟进校园", "志愿公益")]);
        assert_named("医院开展“全国爱眼日”主题活动。", &[("全国爱眼日", "志愿公益")]);
        assert_named(
            "全院职工投身爱国卫生运动,助力创文创卫。",
            &[("爱国卫生运动", "志愿公益"), ("创文创卫", "志愿公益")],
        );
        assert_named("组织党员义务植树。", &[("义务植树", "志愿公益")]);
        assert_named("护士们向村民普及高血压防治知识。", &[("普及高血压防治知识", "志愿公益")]);
        // The Party's work leading or joined with the hospital's, in its longer forms.
        assert_named(
            "医院党委坚持党建引领学科高质量发展,推动党建与医疗业务的有效融合。",
            &[("党建引领学科高质量发展", "党建业务融合"), ("党建与医疗业务的有效融合", "党建业务融合")],
        );
        assert_named("院党委以高质量党建推动学科高质量发展。", &[("以高质量党建推动学科高质量发展", "党建业务融合")]);
        assert_named(
            "院党委以党的建设高质量推动学科发展高质量。",
            &[("以党的建设高质量推动学科发展高质量", "党建业务融合")],
        );
        // Study: sessions listed inside what is studied, a leader's expositions.
        assert_named(
            "支部学习贯彻党的十八届三中、四中全会精神。",
            &[("学习贯彻党的十八届三中、四中全会精神", "理论学习")],
        );
        assert_named(
            "党员们学习了习近平总书记关于公立医院改革的重要论述。",
            &[("学习习近平总书记关于公立医院改革的重要论述", "理论学习")],
        );
        assert_named(
            "支部举办红色诵读比赛,带领大家回顾百年党史。",
            &[("红色诵读比赛", "理论学习"), ("回顾百年党史", "理论学习")],
        );
        assert_named(
            "新党员面对党旗郑重宣誓,全体党员宣誓。",
            &[("面对党旗郑重宣誓", "理论学习"), ("全体党员宣誓", "理论学习")],
        );
        assert_named("党员们参观了省档案馆。", &[("参观省档案馆", "理论学习")]);
        // The members' winter training, a red-song gathering, a reading room for staff;
        // a celebration's theme that praises the Party is study, whatever the sentence
        // goes on to list (健康扶贫, 无偿献血).
        assert_named("院党总支部署开展党员冬训。", &[("党员冬训", "理论学习")]);
        assert_named("医院工会举办红歌会。", &[("红歌会", "理论学习")]);
        assert_named("医院建成职工书屋。", &[("职工书屋", "理论学习")]);
        // A post of members serving as volunteers is named whole, not by its service.
        assert_named("挂号大厅设有党员志愿服务岗,为老人代挂号。", &[("党员志愿服务岗", "志愿公益")]);
        assert_named("各支部设立党员服务岗。", &[("党员服务岗", "先锋模范")]);
        assert_named(
            "医院职工参加“感党恩跟党走”主题演出,节目讲述了健康扶贫、无偿献血等工作。",
            &[("感党恩跟党走", "理论学习")],
        );
        assert_named("支部党员来到赵一曼烈士就义地缅怀先烈。", &[("来到赵一曼烈士就义地", "理论学习")]);
        // Members asking for the front, an award's star, a culture built.
        assert_named("疫情发生后,党员纷纷请战。", &[("纷纷请战", "先锋模范")]);
        assert_named("支部评选出“服务之星”十名。", &[("服务之星", "先锋模范")]);
        assert_named("医院党委加强红色文化建设。", &[("红色文化建设", "品牌文化")]);
        // Information work: online and offline either way round, a page, a broadcast,
        // a record made electronic.
        assert_named("讲座采取线下与线上相结合的形式。", &[("线下与线上相结合", "信息化")]);
        assert_named(
            "活动通知提前在官方公众号发布,现场进行同步直播。",
            &[("官方公众号", "信息化"), ("同步直播", "信息化")],
        );
        assert_named("支部推动“荣誉证书电子化”工作。", &[("荣誉证书电子化", "信息化")]);
        // A committee renewed, Party workers trained with others, a channel by what it
        // speeds, health taught.
        assert_named("医院两委换届工作顺利完成。", &[("两委换届", "组织建设")]);
        assert_named("医院举办党务干部暨青年干部培训班。", &[("党务干部暨青年干部培训班", "组织建设")]);
        assert_named("医院开通老年人绿色就医通道。", &[("绿色就医通道", "改善就医体验")]);
        assert_named("口腔科开展口腔卫生科普宣教。", &[("科普宣教", "志愿公益")]);
    }

    /// What a second reader's sentences showed the rules above must not take: a check
    /// of the hospital's own branches or a federation for a partner, a free leaflet for
    /// a free service, a school's culture, a year's review, a financial report for
    /// study, a science hall for a Party site, a role the report finds wanting, a list
    /// across clauses; and names the rules must take whole.
    #[test]
    fn what_the_new_shapes_leave_alone_and_take_whole() {
        let none_of = |text: &str, category: &str| {
            let found = names(text);
            assert!(found.iter().all(|(_, c)| c.as_deref() != Some(category)), "{text}: {found:?}");
        };
        none_of("医院党委联合调研各党支部党建工作开展情况。", "帮扶共建");
        none_of("紧密型医疗联合体牵头医院党委书记带队到成员单位调研。", "帮扶共建");
        assert!(names("我院党委与市工商业联合会机关党支部开展活动。").iter().all(|(n, _)| !n.starts_with("联合")));
        assert!(names("医院免费发放的宣传资料深受欢迎。").is_empty());
        assert_named("党员义务为群众测量血压并讲解健康知识。", &[("义务为群众测量血压", "志愿公益")]);
        assert!(names("推动全院文化建设再上新台阶。").iter().all(|(n, _)| n != "院文化建设"));
        assert!(names("回顾一年来党史学习教育开展情况。").iter().all(|(n, _)| !n.starts_with("回顾")));
        assert!(names("组织科室人员学习医院2023年度财务审计报告。").is_empty());
        assert!(names("参观科技教育馆,体验急救知识。").is_empty());
        none_of("个别支部战斗堡垒作用不够明显,少数党员先锋模范作用发挥不够。", "先锋模范");
        none_of("资源共享,服务共享,是信息平台建设的目标。", "帮扶共建");
        assert_named("党委实施“党建重心下沉”工程。", &[("党建重心下沉工程", "组织建设")]);
        // Whole: the organ's full word, the election's meeting, the longer aim, the last
        // item of a list.
        assert_named("党总支部完成换届。", &[("党总支部完成换届", "组织建设")]);
        assert_named("医院党委换届选举大会胜利召开。", &[("党委换届选举大会", "组织建设")]);
        assert_named("坚持党建引领医疗服务高质量发展。", &[("党建引领医疗服务高质量发展", "党建业务融合")]);
        assert_named("双方实现人才共育、业务共促、品牌共创。", &[("人才共育、业务共促、品牌共创", "帮扶共建")]);
        assert_named("医院举办党史知识演讲比赛。", &[("党史知识演讲比赛", "理论学习")]);
    }

    /// A list closed as activities (…等活动) names what was done, each item a practice
    /// when it reads as a name; reading the Party's books, a month's dues, a survey's
    /// meeting.
    #[test]
    fn a_list_closed_as_activities_reading_dues_and_a_survey_meeting() {
        assert_named(
            "五十余名党员走进小区参加了清除楼道杂物、擦洗健身器材及爱心募捐等活动。",
            &[("清除楼道杂物", "志愿公益"), ("擦洗健身器材", "志愿公益")],
        );
        // Not a list closed otherwise, with nothing found in it.
        assert!(names("会议讨论了清除楼道杂物、擦洗健身器材等事项。").is_empty());
        assert_named(
            "支部组织党员诵读《中国共产党党员权利保障条例》,阅读红色经典,撰写心得体会。",
            &[
                ("诵读《中国共产党党员权利保障条例》", "理论学习"),
                ("阅读红色经典", "理论学习"),
                ("撰写心得体会", "理论学习"),
            ],
        );
        assert_named("会后全体党员缴纳3月党费。", &[("缴纳3月党费", "组织建设")]);
        assert_named("院党委召开对口支援调研座谈会。", &[("对口支援调研座谈会", "调查研究")]);
        assert_named("支部与社区开展调研座谈会。", &[("调研座谈会", "调查研究")]);
    }

    /// Branches at the front, blood pressure taken, civilised cities and units, a
    /// branch's study meeting, a leader as a member, a call sent out, unpaid work, a
    /// member's report of his thinking, a talk on current affairs.
    #[test]
    fn the_front_line_civilised_units_calls_and_reports() {
        assert_named("院党委把支部建在救灾一线。", &[("支部建在救灾一线", "组织建设")]);
        assert_named("医生们为老人测量血压、血糖。", &[("测量血压、血糖", "志愿公益")]);
        assert_named(
            "医院积极投身创建全国文明城市,并开展文明科室创建。",
            &[("创建全国文明城市", "志愿公益"), ("文明科室创建", "品牌文化")],
        );
        assert_named("第二党支部召开支部学习会。", &[("支部学习会", "理论学习")]);
        assert_named("分管院长作为普通党员参加所在支部的主题党日。", &[("作为普通党员参加", "组织建设")]);
        assert_named("院党委向全体党员发出倡议。", &[("发出倡议", "先锋模范")]);
        assert_named("党员们走上街头参加义务劳动。", &[("义务劳动", "志愿公益")]);
        assert_named("入党积极分子每季度递交思想汇报。", &[("思想汇报", "组织建设")]);
        assert_named("支部邀请党校教授作时事报告会。", &[("时事报告会", "理论学习")]);
    }

    /// A meeting of Party work the hospital holds is named whole, its kind telling
    /// its category; a meeting with no word of Party work is none.
    #[test]
    fn meetings_of_party_work_held_by_their_names() {
        assert_named(
            "院党委召开党支部书记工作座谈会,随后举行了纪检干部述职会。",
            &[("党支部书记工作座谈会", "组织建设"), ("纪检干部述职会", "考核制度")],
        );
        assert_named("两家医院党委召开党建工作联席会。", &[("党建工作联席会", "帮扶共建")]);
        assert_named("外科总支召开基层党建回头看汇报会。", &[("基层党建回头看汇报会", "考核制度")]);
        assert!(names("医院召开全院职工大会,通报全年工作。").is_empty());
        // A regular meeting of branch secretaries, with its quarter; a meeting named
        // with its 议; checking one's own work for faults.
        assert_named(
            "10月9日,院党委召开三季度党支部书记例会,部署各支部自查自纠。",
            &[("三季度党支部书记例会", "组织建设"), ("自查自纠", "考核制度")],
        );
        assert_named("护理党支部召开党风廉政专题会议。", &[("党风廉政专题会议", "作风廉政")]);
        // A commendation meeting, the month a branch's meeting reviews, two of its
        // words joined by 、, an enlarged meeting in brackets, two meetings as one.
        assert_named(
            "标题\n6月30日,青石县中医院召开2026年“七一”表彰大会暨党课报告会。",
            &[("七一表彰大会暨党课报告会", "先锋模范")],
        );
        assert_named("外科党支部召开9月党支部工作会。", &[("党支部工作会", "组织建设")]);
        assert_named("院党委召开党委(扩大)会议,研究下半年工作。", &[("党委(扩大)会议", "组织建设")]);
        assert_named("医院举办支部书记、支部委员党务知识培训会。", &[("支部书记、支部委员党务知识培训会", "组织建设")]);
        assert_named("医院召开党小组长工作会暨新春茶话会。", &[("党小组长工作会暨新春茶话会", "组织建设")]);
        // A phrase built on a known practice is a word of the meeting's name.
        assert!(has("门诊党支部召开了主题教育活动青年党员座谈会。", "主题教育活动青年党员座谈会"));
        // Named first, then said to be held: from after the hospital that holds it.
        assert_named("东湖区人民医院2026年度先进表彰大会在二楼礼堂隆重召开。", &[("先进表彰大会", "先锋模范")]);
        assert_named("我院支部书记党建述职会在行政楼召开。", &[("支部书记党建述职会", "考核制度")]);
        // …but not the nation's or a whole region's, which the hospital hears of.
        assert!(names("全国优秀护士表彰大会在北京隆重举行。").is_empty());
        assert!(names("庆祝党成立95周年大会在首都隆重举行。").is_empty());
        assert!(!has("院长在全市卫生健康系统党建工作会议上作交流发言。", "全市卫生健康系统党建工作会议"));
        // A meeting held a month before is no meeting of the hospital's Party work by
        // its words alone (召开全院职工大会).
        assert!(names("医院召开5月全院职工大会。").is_empty());
    }

    /// A parallel list is whole, a known practice inside it one of its words; a list of
    /// things done jointly is work with a partner.
    #[test]
    fn a_parallel_list_is_whole_and_joint_work() {
        assert_named(
            "两家单位将共育青年人才、共促学科建设、共办惠民实事、共谋区域发展。",
            &[("共育青年人才、共促学科建设、共办惠民实事、共谋区域发展", "帮扶共建")],
        );
        assert!(has(
            "双方将共抓组织建设、共解群众难题、共办实事好事,携手服务群众。",
            "共抓组织建设、共解群众难题、共办实事好事"
        ));
        assert!(!has("双方将共抓组织建设、共解群众难题、共办实事好事,携手服务群众。", "办实事"));
    }

    /// The Party's work joined with the hospital's said as a demand, dues, gifts, study
    /// online, a warning film, the Party's overall leadership, Lei Feng's spirit.
    #[test]
    fn demands_dues_gifts_online_groups_and_warning_films() {
        assert_named(
            "书记强调,党建要融合业务,党建工作要与业务深度融合。",
            &[("党建要融合业务", "党建业务融合"), ("党建工作要与业务深度融合", "党建业务融合")],
        );
        assert_named("支部以党建促进医院发展。", &[("党建促进医院发展", "党建业务融合")]);
        assert_named("支部坚持党建引领促业务。", &[("党建引领促业务", "党建业务融合")]);
        assert_named("药剂科支部坚持围绕中心抓党建。", &[("围绕中心抓党建", "党建业务融合")]);
        // Whatever work it is joined to, named.
        assert_named("血站把党建工作与献血招募工作紧密融合。", &[("党建工作与献血招募工作紧密融合", "党建业务融合")]);
        assert_named(
            "支部将党建工作与健康科普、学科发展深度融合。",
            &[("党建工作与健康科普、学科发展深度融合", "党建业务融合")],
        );
        // Both held firmly.
        assert_named("各支部坚持党建、业务两手抓。", &[("党建、业务两手抓", "党建业务融合")]);
        assert_named("支部坚持党建和业务两手抓、两促进。", &[("党建和业务两手抓、两促进", "党建业务融合")]);
        // Study or a campaign joined with the hospital's main work: the whole clause.
        assert_named(
            "院党委要求把学习贯彻党代会精神与全院当前的中心工作结合起来。",
            &[("把学习贯彻党代会精神与全院当前的中心工作结合起来", "党建业务融合")],
        );
        assert_named(
            "各支部将创先争优活动与业务工作和窗口服务相结合。",
            &[("将创先争优活动与业务工作和窗口服务相结合", "党建业务融合")],
        );
        assert!(!has("会议把学习内容与下一步安排作了说明。", "把学习内容与下一步安排"));
        assert_named("支部规范党费交纳。", &[("党费交纳", "组织建设")]);
        assert_named("洪灾发生后,党员们踊跃捐款捐物。", &[("踊跃捐款捐物", "志愿公益")]);
        assert_named("大家在微信群交流心得,并在线上分享体会。", &[("微信群交流", "信息化"), ("线上分享", "信息化")]);
        assert_named("党员通过干部网络学院自学。", &[("干部网络学院", "信息化")]);
        // A warning film is a lesson in clean conduct, its watching one name with it.
        assert_named("支部集中观看了警示教育片《镜鉴》。", &[("集中观看警示教育片《镜鉴》", "作风廉政")]);
        assert_named("组织党员观看党史纪录片。", &[("观看党史纪录片", "理论学习")]);
        assert_named("院党委加强党对医院各项工作的全面领导。", &[("加强党对医院各项工作的全面领导", "组织建设")]);
        assert_named("团员们弘扬雷锋精神,走进养老院。", &[("弘扬雷锋精神", "志愿公益")]);
    }

    /// A quoted name of five or more characters stands for itself, with no word around
    /// it to say so; a short one, a counted formula, a body or people do not.
    #[test]
    fn a_quoted_name_stands_for_itself_when_it_is_long_enough() {
        // The sentences stand under a headline: a headline's quotations are names anyway.
        let body = |text: &str| names(&format!("支部动态\n{text}"));
        let named = |text: &str, name: &str| body(text).iter().any(|(n, _)| n == name);
        assert!(named("站内青年党员踊跃参与“献血宣传进站点”,赢得好评。", "献血宣传进站点"));
        assert!(named("科室之间互学互鉴“晨会十分钟讲党史”的做法。", "晨会十分钟讲党史"));
        let teams = body("在此基础上,“家庭病床随访组”“中药知识普及组”应运而生。");
        assert!(teams.iter().any(|(n, _)| n == "家庭病床随访组"), "{teams:?}");
        assert!(teams.iter().any(|(n, _)| n == "中药知识普及组"), "{teams:?}");
        assert!(body("护士长成了病友口中的“贴心人”。").is_empty());
        assert!(body("大家表示要做到“两个毫不动摇”。").is_empty());
        assert!(body("门诊部与“锦江区第三人民医院”交流经验。").is_empty());
        assert!(!named("支部确定了三名“入党积极分子”。", "入党积极分子"));
        // Its own ending tells its category before the words after it (an honour).
        let honour = body("支部年底评出“年度优质服务奖”、“金点子”等奖项。");
        assert!(honour.contains(&("年度优质服务奖".to_string(), Some("先锋模范".to_string()))), "{honour:?}");
        // Speech stays speech.
        assert!(body("老人握着医生的手说“感谢你们常来看我”。").is_empty());
    }

    /// A meeting's year and what describes it are not its name; a Party body's
    /// ceremony and a Party meeting the text is at are Party work; a list closed by the
    /// count of an activity's parts names them; a visit with gifts is of whom it goes
    /// to; virtues quoted as the motto are culture.
    #[test]
    fn a_meetings_year_a_party_bodys_ceremony_and_an_activitys_parts() {
        assert_named("我院召开2022年度支部书记抓党建述职点评会。", &[("支部书记抓党建述职点评会", "考核制度")]);
        assert!(has("骨科第二党支部举行授旗仪式,书记为突击队授旗。", "授旗仪式"));
        assert!(!has("运动会上举行授旗仪式,各代表队入场。", "授旗仪式"));
        // What describes it is no part of its name; what it names gives its category.
        assert_named("临时党支部举行了简短而庄重的授旗仪式。", &[("授旗仪式", "组织建设")]);
        assert_named("支部举行了隆重的重温入党誓词仪式。", &[("重温入党誓词仪式", "理论学习")]);
        let parts = names("此次读书会分为经典诵读、心得分享、图书漂流三个环节。");
        for part in ["经典诵读", "心得分享", "图书漂流"] {
            assert!(parts.iter().any(|(n, _)| n == part), "{part}: {parts:?}");
        }
        assert!(names("此次会议分为上午、下午两个部分。").is_empty());
        // A visit with gifts is help to the paired or care for the hospital's own people,
        // by whom its sentence names; a group set up to rectify what inspectors found is
        // checking's.
        assert_named("春节前夕,支部党员走访慰问结对帮扶的困难户。", &[("走访慰问", "帮扶共建")]);
        assert_named("重阳节前,院领导上门走访慰问离退休老同志。", &[("走访慰问", "组织建设")]);
        assert_named("医院随即成立巡察反馈整改领导小组。", &[("巡察反馈整改领导小组", "考核制度")]);
        // A Party meeting the text is at was held; a staff meeting was not Party work.
        assert_named("在第二季度党建联席会上,双方交流了工作经验。", &[("第二季度党建联席会", "帮扶共建")]);
        // …and one the text is at as held (在某院召开的…大会上), however long its name.
        let text = "院长在新院区召开的纪念中国共产党成立105周年暨表彰大会上致辞。";
        assert!(has(text, "纪念中国共产党成立105周年暨表彰大会"), "{:?}", names(text));
        assert!(names("在全院职工大会上,院长作了报告。").is_empty());
        // Virtues listed as the hospital's motto are its culture, whole.
        assert_named(
            "支部党员践行“仁心、精业、守正、创新”的院训,投身一线。",
            &[("仁心、精业、守正、创新", "品牌文化")],
        );
    }

    /// A noun that begins with a verb of doing (组织部) starts no practice.
    #[test]
    fn a_department_is_no_verb_of_doing() {
        for text in
            ["按照县委组织部党员到社区报到服务的安排,支部全体党员参加。", "支部邀请县委组织部电教中心干部授课。"]
        {
            let found = names(text);
            assert!(found.iter().all(|(n, _)| !n.starts_with('部')), "{text}: {found:?}");
        }
        // The verb itself still leads one (组织党员志愿服务队…).
        assert!(has("支部组织党员志愿服务队深入社区。", "党员志愿服务队"));
    }

    /// A numbered formula spelled out after it is the text's own way of working.
    #[test]
    fn a_numbered_formula_spelled_out_is_a_practice() {
        assert!(has("标题\n支部开展主题教育,做到“两个对接”,即:把学习与业务对接。", "两个对接"));
        assert!(has("标题\n科室上下都要做到“三个无条件”:提供资料无条件及时。", "三个无条件"));
        // Not records set, nor a quotation spelled out in no words of a formula.
        assert!(!has("标题\n这所医院创造了“三个第一”:第一家通过评审的县级医院。", "三个第一"));
        assert!(!has("标题\n支部书记讲到“初心”:就是为人民服务。", "初心"));
    }

    /// Names in general use that readers list wherever they stand: a mobilising report,
    /// an oath's ceremony, a second look at what was put right.
    #[test]
    fn names_in_general_use_are_known() {
        assert_named("党委书记为全体党员作了深入浅出的动员报告。", &[("动员报告", "理论学习")]);
        assert_named("支部为新党员举行了宣誓仪式。", &[("宣誓仪式", "理论学习")]);
        assert_named("各科室对整改情况进行回头看,确保落实到位。", &[("回头看", "考核制度")]);
    }
}
