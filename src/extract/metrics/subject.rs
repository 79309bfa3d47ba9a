//! What a figure counts: its subject, read in two ordered lists of named rules.
//!
//! 1. [`PLACES`] say where the subject is written: after the measure word (34个党支部)
//!    or before the number (党支部共21个), after a percentage (90%的患者), before 占 in
//!    a share (党员占职工总数的26%), before 占比 (科室…占比达82%) — or nowhere, when the
//!    figure takes the previous figure's subject (多的达200人以上). Each rule sees what
//!    the rules before it found and may replace it.
//! 2. [`RULES`] make the canonical subject out of the phrase found: the first rule that
//!    applies decides (党委现有成员7名 → 党委成员, 一个支部…150来人 → 支部人数, a share →
//!    X占比, a duration → X时间 …); a phrase no rule speaks for is its own head, in the
//!    vocabulary's canonical form (`src/lexicon/subjects.tsv`).
//!
//! To change how a subject is chosen, find the rule by its name here; each has a test
//! of its own at the end of this file.

use super::phrase::lex;
use super::phrase::{
    Before, Phrase, Sentence, head_of, share_subject, share_word_before, share_zhan, superlative, without_change,
};
use super::units::{Measured, Unit};
use crate::extract::numbers::{Kind, Qualifier, Quantity, ends_with, starts_with};
use crate::extract::subjects::{self, Class};

/// A figure read in a sentence, offsets relative to it.
pub(super) struct Read {
    pub(super) subject: String,
    pub(super) subject_range: (usize, usize),
    pub(super) inherited_text: Option<String>,
    pub(super) unit: String,
    pub(super) unit_kind: Unit,
    pub(super) start: usize,
    pub(super) end: usize,
    /// The rule that made the subject (for tests and for reading the code).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) rule: &'static str,
}

/// The subject of the figure before, which an elided subject stands for: (canonical,
/// as written, unit kind).
pub(super) type Previous = (String, String, Unit);

/// What every rule may look at: the figure and the words around it.
pub(super) struct Figure<'s, 'a> {
    pub(super) sentence: &'s Sentence<'a>,
    pub(super) q: &'s Quantity,
    pub(super) kind: Unit,
    pub(super) unit_name: &'static str,
    /// A percentage or a ratio.
    pub(super) fraction: bool,
    /// Where the figure (number, unit and what qualifies them) ends.
    pub(super) end: usize,
    /// What looking back from the number found.
    pub(super) before: Before,
    pub(super) previous: Option<&'s Previous>,
    /// Characters of the measure word, and where it ends.
    pub(super) unit_len: usize,
    pub(super) unit_end: usize,
}

/// Where the subject was found so far.
#[derive(Default)]
pub(super) struct Place {
    phrase: Option<Phrase>,
    /// The phrase stands before the number.
    from_before: bool,
    /// The phrase is the owner of a share (X占Y的N, X…占比N).
    share_of: bool,
    /// The phrase is what the people counted took part in (200余人参会).
    attended: bool,
    /// Who took part, when they are written before the number (党员代表96人参会):
    /// the subject as written.
    people: Option<(usize, usize)>,
}

/// What a place rule decides.
pub(super) enum Found {
    /// Go on with what was found.
    Here(Place),
    /// The figure takes the previous figure's subject (made into `subject`), its span
    /// starting at `start`.
    Inherited {
        subject: String,
        start: usize,
    },
    NotAFigure,
}

pub(super) type PlaceRule = fn(&Figure, Place) -> Found;

/// Where the subject is written, tried in order (see the module header).
pub(super) const PLACES: &[(&str, PlaceRule)] = &[
    ("after the measure word, else before the number", after_else_before),
    ("people counted by name (N位同志): the committee they form, the title they get", named_people),
    ("what the people counted took part in: 200余人参会, N人次参加X", attendance),
    ("people of several kinds going to do something together: the party, not its last kind", party),
    ("the item of a list the figure is the share of: A、B分别为N1、N2", distribution),
    ("a percentage of a group written after it", group_after_percentage),
    ("the owner of a share written X占Y的N", share_owner),
    ("the phrase before 占比, else the previous figure's", share_word),
    ("the members of the teams just counted, for a total of people: 派出四批医疗队,合计153人", members),
    ("the previous figure's, when 多的 or a change stands for it", elided),
];

/// Counts name what they count after the measure word (34个党支部, 50多位贫困的患者);
/// everything else, and counts with nothing after them, before the number.
fn after_else_before(figure: &Figure, _: Place) -> Found {
    // 人 is the people counted, not a measure word before them: what follows it is the
    // clause (25人来到博物馆, 一行6人近距离…) — unless a 的 makes it a modifier of what
    // the people form (88人的支医团队, 张三等7人组成的支部委员会).
    let sentence = figure.sentence;
    let modifies = || {
        sentence.token_starting_at(figure.unit_end).is_some_and(|i| {
            let word = |k: usize| sentence.tokens.get(i + k).map(|t| t.word);
            word(0) == Some("的") || word(1) == Some("的") && sentence.tokens[i].tag == "v"
        })
    };
    let after_first = figure.unit_len > 0
        && matches!(figure.kind, Unit::Person | Unit::Count | Unit::Event)
        && (!matches!(figure.unit_name, "人" | "人次") || modifies());
    // A short quoted word before the noun qualifies it (21个“创甲”优秀团队): the noun
    // after it is counted — not when 的 follows it (两位“第一书记”的情况): then it is.
    let chars = figure.sentence.chars;
    let from = match chars.get(figure.unit_end) {
        Some('“' | '「') => chars[figure.unit_end + 1..]
            .iter()
            .take(7)
            .position(|&c| matches!(c, '”' | '」'))
            .map(|p| figure.unit_end + p + 2)
            .filter(|&after| chars.get(after) != Some(&'的'))
            .unwrap_or(figure.unit_end),
        _ => figure.unit_end,
    };
    let after = |at| figure.sentence.after(at);
    match after_first.then(|| after(from).or_else(|| after(figure.unit_end))).flatten() {
        Some(phrase) => Found::Here(Place { phrase: Some(phrase), from_before: false, ..Place::default() }),
        None => {
            // A label: value line counts people or units (退休党员：31人, 党支部：21个);
            // a labelled count of times is a page's counter (阅读次数：3068次).
            let counted = matches!(figure.kind, Unit::Person | Unit::Count);
            let phrase = figure.before.phrase.clone().filter(|_| counted || !figure.before.label);
            Found::Here(Place { phrase, from_before: true, ..Place::default() })
        }
    }
}

/// 张三、李四等3位同志组成支部委员会, 等八位同志为优秀共产党员: 同志 only says the
/// people are named; what they are is the committee they form (→ 支部委员) or the
/// title the clause gives them.
fn named_people(figure: &Figure, place: Place) -> Found {
    let chars = figure.sentence.chars;
    // jieba may join the verb to it (6名同志荣获…); a count of people given a title
    // needs no 同志 (有4人荣获…称号).
    let comrades = place.phrase.as_ref().filter(|p| p.text().starts_with("同志"));
    let given_now =
        figure.kind == Unit::Person && lex().title_verbs.iter().any(|w| starts_with(chars, figure.unit_end, w));
    let from = match comrades {
        Some(people) => people.start + 2,
        None if given_now => figure.unit_end,
        None => return Found::Here(place),
    };
    let clause_end = chars[from..]
        .iter()
        .position(|c| matches!(c, ',' | '，' | '。' | ';' | '；' | '\n'))
        .map_or(chars.len(), |p| from + p);
    let rest = &chars[from..clause_end];
    let found = |start: usize, end: usize, role: &str| {
        let phrase = Phrase { start: from + start, end: from + end, words: vec![role.to_string()] };
        Found::Here(Place { phrase: Some(phrase), from_before: false, ..Place::default() })
    };
    let text: String = rest.iter().collect();
    let committees = [
        ("党总支部", "党总支委员"),
        ("总支部", "党总支委员"),
        ("党总支", "党总支委员"),
        ("总支", "党总支委员"),
        ("党支部", "支部委员"),
        ("支部", "支部委员"),
        ("党委", "党委委员"),
        ("纪委", "纪委委员"),
    ];
    // …组成的新一届总支委员会, or its members (…组成的新一届总支委员).
    if let Some(byte) = text.find("委员")
        && text[..byte].contains("组成")
    {
        let at = text[..byte].chars().count();
        let end = at + if text[byte..].starts_with("委员会") { 3 } else { 2 };
        if let Some((unit, role)) = committees.iter().find(|(unit, _)| text[..byte].ends_with(unit)) {
            return found(at - unit.chars().count(), end, role);
        }
    }
    // The committee named first: …总支部委员会由张三、李四等5名同志组成.
    if let Some(people) = comrades
        && text.starts_with("组成")
    {
        let before: String = chars[..people.start].iter().collect();
        if let Some(byte) = before.rfind("委员会由") {
            let at = before[..byte].chars().count();
            if let Some((unit, role)) = committees.iter().find(|(unit, _)| before[..byte].ends_with(unit)) {
                let start = at - unit.chars().count();
                let phrase = Phrase { start, end: at + 3, words: vec![role.to_string()] };
                return Found::Here(Place { phrase: Some(phrase), from_before: true, ..Place::default() });
            }
        }
    }
    // Named people who speak for others (张三、李四两位同志代表全体党员发言) are only
    // the speakers: the clause counts no one.
    if comrades.is_some() && text.starts_with("代表") {
        return Found::NotAFigure;
    }
    let given = lex().title_verbs.iter().chain(["为"].iter()).find(|w| text.starts_with(**w));
    if let Some(word) = given {
        let skip = word.chars().count();
        // A quoted title, after the year or batch it was given in (荣获2009年度第一批
        // “服务标兵”称号), is the title whatever comes before it.
        let open = rest[skip..].iter().take(16).position(|&c| matches!(c, '“' | '"' | '「')).map(|p| skip + p + 1);
        let quoted = open.and_then(|open| {
            let close = rest[open..].iter().position(|&c| matches!(c, '”' | '"' | '」'))?;
            (2..=12).contains(&close).then_some((open, open + close))
        });
        // …unless the clause goes on to the people it describes (5位获得“光荣在党50年”
        // 纪念章的老党员): they are counted, as the noun after 的.
        // People, not the title's name (…“优秀共产党员”的荣誉称号 keeps the title).
        let described = |at: usize| {
            let of = rest[at..].iter().take(8).take_while(|&&c| crate::clean::is_han(c)).position(|&c| c == '的')?;
            let people = figure.sentence.after(from + at + of + 1)?;
            let text = people.text();
            subjects::names_people(&text).then_some(people)
        };
        if let Some((start, end)) = quoted {
            if let Some(people) = described(end + 1) {
                return Found::Here(Place { phrase: Some(people), from_before: false, ..Place::default() });
            }
            let title: String = rest[start..end].iter().collect();
            return found(start, end, &title);
        }
        let title: String = rest[skip..].iter().take_while(|&&c| crate::clean::is_han(c)).take(14).collect();
        let title = title.split("称号").next().unwrap_or_default().trim_end_matches("荣誉");
        if title.chars().count() >= 2 {
            return found(skip, skip + title.chars().count(), title);
        }
    }
    // Else the people named before the count (专家评委和推选评委共九名同志) are who
    // they are.
    if comrades.is_some()
        && let Some(before) = figure.before.phrase.clone().filter(|p| subjects::names_people(&p.text()))
    {
        return Found::Here(Place { phrase: Some(before), from_before: true, ..Place::default() });
    }
    Found::Here(place)
}

/// 党员及干部200余人参会, 840多人次参加志愿服务: people counted right before a verb
/// of taking part are the attendance of what they took part in, whatever noun stands
/// before the number.
fn attendance(figure: &Figure, place: Place) -> Found {
    let head_count = figure.kind == Unit::Person || figure.unit_name == "人次";
    if !head_count || figure.unit_len == 0 {
        return Found::Here(place);
    }
    // 49名职工报名参加: who signed up stands between; a sign-up count is one whoever
    // signed up (a count of members that took part is still the members').
    let signed_up = || {
        let people = figure.sentence.after(figure.unit_end)?;
        let at = figure.sentence.token_starting_at(people.end)?;
        (figure.sentence.tokens[at].word == "报名").then(|| figure.sentence.attended(people.end)).flatten()
    };
    match figure.sentence.attended(figure.unit_end).or_else(signed_up) {
        Some(phrase) => {
            let people =
                figure.before.phrase.as_ref().map(|p| (listed_before(figure.sentence, p).unwrap_or(p.start), p.end));
            Found::Here(Place { phrase: Some(phrase), from_before: false, share_of: false, attended: true, people })
        }
        None => Found::Here(place),
    }
}

/// 院领导、科室主任和职工代表: where a list of people ends in the phrase, the list's
/// start — the items joined to the phrase by 、, 和, 及 or 与, each a few nouns.
fn listed_before(sentence: &Sentence, phrase: &Phrase) -> Option<usize> {
    let tokens = &sentence.tokens;
    // jieba tags a word for people as it likes (主任/b, 青年/t, 组长/v): any word but
    // a function word or a verb is part of an item, and a verb too when its last
    // character says it is a person (组长).
    let item = |t: &super::phrase::Token| {
        let function =
            matches!(t.tag, "p" | "c" | "d" | "m" | "q" | "r" | "f" | "y" | "x" | "v" | "vd") || t.tag.starts_with('u');
        t.word.chars().all(crate::clean::is_han)
            && (!function || t.word.ends_with(['长', '员', '任', '者', '师', '导', '部', '表']))
    };
    let mut i = sentence.token_ending_at(phrase.start)?;
    // The nouns the phrase left out before it (廉政|风险关键点人员).
    let mut took = 0;
    while item(&tokens[i]) && took < 2 && i > 0 {
        took += 1;
        i -= 1;
    }
    let mut start = None;
    while matches!(tokens[i].word, "、" | "和" | "及" | "与" | "以及") && i > 0 {
        let mut j = i - 1;
        let mut took = 0;
        while item(&tokens[j]) && took < 3 {
            start = Some(tokens[j].start);
            took += 1;
            if j == 0 {
                return start;
            }
            j -= 1;
        }
        if took == 0 {
            break;
        }
        i = j;
    }
    start
}

/// 院领导、科室主任和职能科室人员100余人,在广场举行升旗仪式: people of several kinds
/// counted together, then going to do something, are the party that did it (参加人员,
/// the list as written) — not the last kind named.
fn party(figure: &Figure, place: Place) -> Found {
    let Some(phrase) =
        place.phrase.as_ref().filter(|_| place.from_before && !place.attended && figure.kind == Unit::Person)
    else {
        return Found::Here(place);
    };
    let Some(start) = listed_before(figure.sentence, phrase) else { return Found::Here(place) };
    let people =
        subjects::names_people(&phrase.text()) || lex().party_members.iter().any(|w| phrase.text().ends_with(w));
    let chars = figure.sentence.chars;
    let mut next = figure.end;
    while chars.get(next).is_some_and(|c| matches!(c, ',' | '，' | ' ')) {
        next += 1;
    }
    let going = lex().party_going.iter().any(|w| starts_with(chars, next, w));
    // …or summed up (党员代表、职工代表、民主党派人士共25人): all of them, whatever next.
    // (Not a head count of what one has: 医院现有党员、入党积极分子共320人.)
    let has = chars[clause_start(chars, start)..figure.q.span.0].contains(&'有');
    let summed =
        !has && chars[phrase.end.min(figure.q.span.0)..figure.q.span.0].iter().any(|&c| c == '共' || c == '计');
    if !(people && (going || summed)) {
        return Found::Here(place);
    }
    let phrase = Phrase { start, end: phrase.end, words: vec!["参加人员".to_string()] };
    Found::Here(Place { phrase: Some(phrase), ..place })
}

/// 博士、硕士、本科分别为8人、27人、95人: the k-th figure after 分别 is the k-th
/// item of the list before it (items apart by 、, 和 or 及 before the last).
fn distribution(figure: &Figure, place: Place) -> Found {
    let chars = figure.sentence.chars;
    let at = figure.q.span.0;
    let Some(fb) = (1..at).rev().find(|&i| chars[i - 1] == '分' && chars[i] == '别').map(|i| i - 1) else {
        return Found::Here(place);
    };
    // Only figures and their separators between 分别 and this one.
    let between = &chars[fb + 2..at];
    if between.iter().any(|&c| matches!(c, ',' | '，' | '。' | ';' | '；')) || between.len() > 40 {
        return Found::Here(place);
    }
    let k = between.iter().filter(|&&c| c == '、').count();
    let clause =
        chars[..fb].iter().rposition(|&c| matches!(c, ',' | '，' | ';' | '；' | ':' | '：')).map_or(0, |p| p + 1);
    let list: String = chars[clause..fb].iter().collect();
    let list = list.trim_end_matches(['的', '为', '是']);
    let items = list_items(list);
    if items.len() < 2 || k >= items.len() || items.iter().any(|i| i.chars().count() > 10) {
        return Found::Here(place);
    }
    // The first item may carry the group before it: 党员中研究生 → 研究生.
    let item = match items[k].rsplit_once('中') {
        Some((group, item)) if k == 0 && !group.is_empty() => item,
        _ => items[k],
    };
    let item = item.trim_end_matches('的');
    if item.chars().count() < 2 {
        return Found::Here(place);
    }
    let offset = items[..k].iter().map(|i| i.chars().count() + 1).sum::<usize>()
        + items[k].find(item).map_or(0, |b| items[k][..b].chars().count());
    let start = clause + offset;
    let phrase = Phrase { start, end: start + item.chars().count(), words: vec![item.to_string()] };
    Found::Here(Place { phrase: Some(phrase), from_before: true, ..Place::default() })
}

/// The items of a list written A、B和C: apart by 、, 和 or 及 — but 及以下 and 及以上
/// belong to their item (中专及以下学历).
fn list_items(list: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut from = 0;
    for (at, c) in list.char_indices() {
        let rest = &list[at + c.len_utf8()..];
        let apart = matches!(c, '、' | '和') || c == '及' && !rest.starts_with("以下") && !rest.starts_with("以上");
        if apart {
            items.push(&list[from..at]);
            from = at + c.len_utf8();
        }
    }
    items.push(&list[from..]);
    items
}

/// 90%的患者: a percentage of the group written after it, when nothing was found.
fn group_after_percentage(figure: &Figure, place: Place) -> Found {
    if place.phrase.is_none() && figure.fraction && figure.sentence.chars.get(figure.end) == Some(&'的') {
        return Found::Here(Place { phrase: figure.sentence.after(figure.end + 1), ..place });
    }
    Found::Here(place)
}

/// X占Y的三分之一: the share is X's — or, when 占 starts its clause (在职党员412人,
/// 占职工总数的23.6%), the previous figure's subject's.
fn share_owner(figure: &Figure, place: Place) -> Found {
    let at = figure.q.span.0;
    match share_subject(figure.sentence, at) {
        Some(phrase) if figure.fraction => Found::Here(Place { phrase: Some(phrase), share_of: true, ..place }),
        None if figure.fraction => match (share_zhan(figure.sentence.chars, at), figure.previous) {
            (Some(zhan), Some((subject, _, _))) if starts_clause(figure.sentence.chars, zhan) => {
                let whole = listed_kinds_head(figure.sentence.chars, zhan, subject).unwrap_or(subject);
                Found::Inherited { subject: canonical(format!("{whole}占比")), start: zhan }
            }
            _ => Found::Here(Place { share_of: false, ..place }),
        },
        _ => Found::Here(Place { share_of: false, ..place }),
    }
}

/// 正式党员104人、预备党员2人,约占…的26.3%: after kinds of one whole counted in a
/// list, the share is the whole's (党员), not the last kind's — the head the last
/// subject ends in, when every item of the clause before `zhan` names it.
fn listed_kinds_head<'s>(chars: &[char], zhan: usize, subject: &'s str) -> Option<&'s str> {
    let end = chars[..zhan].iter().rposition(|c| matches!(c, ',' | '，'))?;
    let start = chars[..end].iter().rposition(|c| matches!(c, ',' | '，' | '。' | ':' | '：')).map_or(0, |p| p + 1);
    let clause: String = chars[start..end].iter().collect();
    let head_at = subject.char_indices().rev().nth(1)?.0;
    let head = &subject[head_at..];
    let items: Vec<&str> = clause.split('、').collect();
    (items.len() >= 2 && head_at > 0 && items.iter().all(|item| item.contains(head))).then_some(head)
}

/// Whether the clause `from..at` is a higher body's or a place's honours, counted
/// (国家卫生健康委通报表扬了399个标杆党支部, 四川共选树15个党支部): it opens with a body of
/// the state or a place, has a verb of honouring (`metric_words.tsv`, honour) and does
/// not name the hospital (市卫健委表彰了我院5名党员 counts the hospital's).
fn honoured_by_others(chars: &[char], from: usize, at: usize) -> bool {
    let clause: String = chars[from..at].iter().collect();
    if !lex().honours.iter().any(|w| clause.contains(w))
        || ["院", "我", "本单位", "该"].iter().any(|w| clause.contains(w))
    {
        return false;
    }
    let governing = || lex().governing.iter().any(|w| clause.contains(w));
    let state = lex().state_openers.iter().any(|w| clause.starts_with(w))
        || clause.starts_with(['省', '市', '区', '县']) && governing();
    // A place opens it as a body of the state (江城市卫健委, 江城区委) or as itself
    // (四川共选树…), not as a hospital's place (江城市妇幼党委).
    state
        || (2..=5)
            .filter(|k| from + k <= at)
            .find(|&k| crate::extract::metadata::place_ending_at(chars, from + k) == Some(from))
            .is_some_and(|k| chars[from + k] == '共' || governing())
}

/// Where the clause that `at` is in starts: after the last comma, stop, semicolon or
/// colon before it.
fn clause_start(chars: &[char], at: usize) -> usize {
    chars[..at].iter().rposition(|c| matches!(c, ',' | '，' | '。' | ';' | '；' | ':' | '：')).map_or(0, |p| p + 1)
}

/// Whether what stands at `at` starts its clause, but for a qualifier (…2人,约占…).
fn starts_clause(chars: &[char], at: usize) -> bool {
    let start = chars[..at].iter().rposition(|c| matches!(c, ',' | '，' | '、' | ';' | '；')).map_or(0, |p| p + 1);
    at > 0 && at - start <= 2 && start > 0
}

/// …占比达82%: the share of the phrase right before 占比 — or of X in X占Y的比例为N
/// — or of the previous figure's subject (有23个科室…, 占比达82%).
fn share_word(figure: &Figure, place: Place) -> Found {
    let Some(at) = share_word_before(figure.sentence.chars, figure.q.span.0).filter(|_| figure.fraction) else {
        return Found::Here(place);
    };
    // X占Y的比例为N (在职党员占全院职工的比例为28.6%): the share is X's.
    let owner = share_subject(figure.sentence, at);
    match owner.or_else(|| figure.sentence.before(at).phrase.filter(|p| p.end == at)) {
        Some(phrase) => Found::Here(Place { phrase: Some(phrase), share_of: true, ..place }),
        None => match figure.previous {
            Some((subject, _, _)) => Found::Inherited { subject: format!("{subject}占比"), start: at },
            None => Found::NotAFigure,
        },
    }
}

/// No phrase, a total of people opening its clause (合计153人) right after a count of
/// teams (派出四批医疗队): the teams' members (医疗队队员). A total in 个 with no phrase
/// (采集血液687人次,共计1205个单位) is of what the figure before counted.
fn members(figure: &Figure, place: Place) -> Found {
    let counted = figure.kind == Unit::Count && figure.unit_name == "个";
    if place.phrase.is_some() || figure.kind != Unit::Person && !counted {
        return Found::Here(place);
    }
    let chars = figure.sentence.chars;
    let before: String = chars[clause_start(chars, figure.q.span.0)..figure.q.span.0].iter().collect();
    let total = ["合计", "共计", "总计", "共", "一共"].contains(&before.trim());
    if counted {
        return match figure.previous {
            Some((subject, _, _)) if total => Found::Inherited { subject: subject.clone(), start: figure.q.span.0 },
            _ => Found::Here(place),
        };
    }
    match figure.previous {
        Some((subject, _, Unit::Count | Unit::Event)) if total && subject.ends_with(['队', '组']) => {
            let members = if subject.ends_with('队') { "队员" } else { "成员" };
            Found::Inherited { subject: format!("{subject}{members}"), start: figure.q.span.0 }
        }
        _ => Found::Here(place),
    }
}

/// No phrase: 多的达200人 stands for the previous figure's subject, and so does the new
/// level of a change (满意度由91.5%提升至96.2%) — when the two figures are of a kind.
fn elided(figure: &Figure, place: Place) -> Found {
    if place.phrase.is_some() {
        return Found::Here(place);
    }
    match figure.previous {
        Some((subject, _, kind))
            if (figure.before.elided || figure.before.change.is_some()) && *kind == figure.kind =>
        {
            // The level after a change (党支部增加了6个,增至30个) is the subject's, not the
            // change's; a change after a level (占比30%,较上年提高2%) is the change's.
            let subject = match &figure.before.change {
                _ if figure.before.level => without_change(subject).to_string(),
                Some(change) => format!("{}{change}", without_change(subject)),
                None => subject.clone(),
            };
            let subject = subject.as_str();
            // The other extreme (党员数最多的69人,最少的33人) is the same subject's.
            let subject = match (figure.before.extreme, superlative(subject)) {
                (Some(new), Some(old)) => format!("{}{new}", &subject[..subject.len() - old.len()]),
                _ => subject.to_string(),
            };
            Found::Inherited { subject, start: figure.q.span.0 }
        }
        _ => Found::NotAFigure,
    }
}

/// Whether the figure at `at` (its measure word ending at `unit_end`) is a change
/// (增加了12个, 较上年提高3.5%) given beside the level it changed to: the level right
/// after it (…,增至30个) or ending the clause before, when the change's clause is
/// only a comparison (占比21.4%,较上年提高3.5%; …,提高了3.5%). Readers list the
/// level; a change given alone (门诊满意度提升8.2%) or over a time of its own
/// (…,五年提高了3.5%) is the figure.
pub(super) fn a_change_beside_its_level(chars: &[char], at: usize, unit_end: usize, unit: &str) -> bool {
    let verb_end = if at > 0 && chars[at - 1] == '了' { at - 1 } else { at };
    let by_how_much = lex()
        .changes
        .iter()
        .filter(|w| !w.ends_with(['至', '到', '为']) && **w != "调整")
        .any(|w| ends_with(chars, verb_end, w));
    if !by_how_much || unit.is_empty() {
        return false;
    }
    let mut next = unit_end;
    if chars.get(next).is_some_and(|c| matches!(c, ',' | '，')) {
        next += 1;
    }
    if ["增至", "增加到", "提高到", "提升到", "达到", "升至", "降至", "减至", "至"]
        .iter()
        .any(|w| starts_with(chars, next, w))
    {
        return true;
    }
    let clause = clause_start(chars, verb_end);
    // Compared with before (较上年提高), or with nothing before the verb (…,提高了2%).
    let compared = chars[clause..verb_end].iter().any(|c| matches!(c, '较' | '比'))
        || lex().changes.iter().any(|w| ends_with(chars, verb_end, w) && verb_end - w.chars().count() == clause);
    let level_before = clause >= 2
        && ends_with(chars, clause - 1, unit)
        && chars.get((clause - 1).wrapping_sub(unit.chars().count() + 1)).is_some_and(|c| c.is_ascii_digit());
    compared && level_before
}

/// 每季度深入联系点调研1次, 每年组织四五次: times a period in the figure's clause are
/// how often something is done — a rule of the work, not a count of it.
fn frequency(chars: &[char], at: usize, unit: &str) -> bool {
    if !matches!(unit, "次" | "回") {
        return false;
    }
    let clause = chars[..at].iter().rposition(|c| matches!(c, ',' | '，' | '。' | ';' | '；')).map_or(0, |p| p + 1);
    let before: String = chars[clause..at].iter().collect();
    ["每年", "每月", "每周", "每季", "每天", "每日", "每半年", "每星期", "每个月", "每两"]
        .iter()
        .any(|w| before.contains(w))
}

/// 一两次培训, 两三个人: "one or two" is a manner of speaking, not a count; so is the
/// many one brings along (一个党员带动三个群众, 一名党员联系十户).
fn a_manner_of_speaking(chars: &[char], q: &Quantity) -> bool {
    let vague = matches!(chars.get(q.span.0..q.span.0 + 2), Some(['一', '两']) | Some(['两', '三']));
    let at = q.span.0;
    let brings = at >= 2
        && lex().brings_along.iter().any(|w| ends_with(chars, at, w))
        && chars[at.saturating_sub(10)..at - 2]
            .windows(2)
            .any(|w| w[0] == '一' && matches!(w[1], '个' | '名' | '位' | '户'));
    // 书记讲了三个问题, 从四个方面谈了体会: what a speaker's words fall into, right
    // after the verb of speaking, is the speech's shape, not a count.
    // Bare 讲 only as itself, not ending a verb of giving talks (宣讲12场, 主讲3次).
    let spoken = ["讲了", "谈了", "讲述了", "阐述了", "阐明了", "强调了"].iter().any(|w| ends_with(chars, at, w))
        || ends_with(chars, at, "讲") && !(at >= 2 && "宣主巡开听说演".contains(chars[at - 2]));
    // …等10个问题进行了重点阐述: the questions a speaker then expounds are the speech's
    // shape too (not 整改问题35个).
    let next: String = chars[q.end.min(chars.len())..].iter().take(14).collect();
    let questions = next.trim_start_matches(['个', '项', '大']).starts_with("问题");
    let expounded = next.contains("进行")
        && ["阐述", "讲解", "解读", "剖析", "分析", "讲述", "论述"].iter().any(|w| next.contains(w));
    vague || brings || spoken || questions && expounded
}

/// 党员不足3人的,…; 扣分超过12分的人员将被…; 1000元以上的党费,…: a bound (不足,
/// 超过 before the number, 以上 after it) that describes whom or what a rule is
/// for — its clause ends, or a modal verb follows, right after the 的 and a short
/// noun — is the rule's threshold, not a count (but 超过70岁的老党员有15名 counts the
/// members, not the age, and is read as such). So is a band of a schedule that 者
/// closes (月工资在400元以下者, 工资在600元至800元者,…交纳…): whom the rule is for.
fn a_threshold(chars: &[char], at: usize, unit_end: usize) -> bool {
    let before =
        ["不足", "不满", "未满", "超过", "高于", "低于", "少于", "多于"].iter().any(|w| ends_with(chars, at, w));
    let bound = ["以上", "以下", "以内"].iter().find(|w| starts_with(chars, unit_end, w));
    // (The band's other end may come between: 在400元至600元者, or with the dash lost,
    // 在400元600元者.)
    let tail = &chars[unit_end..chars.len().min(unit_end + 12)];
    let band = tail
        .iter()
        .position(|&c| c == '者')
        .is_some_and(|p| tail[..p].iter().all(|&c| c.is_ascii_digit() || "元万千百十至到-—–~～.以上下内".contains(c)));
    if band && (before || bound.is_some() || ends_with(chars, at, "在")) {
        return true;
    }
    if !before && bound.is_none() {
        return false;
    }
    let de = unit_end + bound.map_or(0, |_| 2);
    if chars.get(de) != Some(&'的') {
        return false;
    }
    let noun = chars[de + 1..]
        .iter()
        .take(5)
        .take_while(|c| crate::clean::is_han(**c) && !"将须应均可要".contains(**c))
        .count();
    match chars.get(de + 1 + noun) {
        None => true,
        Some(c) => matches!(c, ',' | '，' | ';' | '；' | '。') || "将须应均可要".contains(*c),
    }
}

/// 协会一行10人来到医院: a visiting party (一行 N人 coming to the hospital) is the
/// visitors', not the hospital's.
/// So are the people a guest leads here (部长带领30名联络员来我院检查) and guests
/// received (四位领导在院领导陪同下来到病区).
fn visitors(chars: &[char], at: usize, unit_end: usize) -> bool {
    // Coming to the hospital, not going out from it (一行12人到敬老院服务 is its own).
    // 来到 a town, a village or a school is going out (一行12人来到某镇开展义诊).
    let place: String = chars[unit_end..].iter().skip(2).take(14).take_while(|c| crate::clean::is_han(**c)).collect();
    let going_out = starts_with(chars, unit_end, "来到")
        && !place.starts_with(['我', '本'])
        && !place.contains("医院")
        && ["镇", "乡", "村", "社区", "街道", "学校", "小学", "中学", "敬老院", "养老院", "福利院", "基地"]
            .iter()
            .any(|w| place.contains(w));
    if ends_with(chars, at, "一行") && lex().arrivals.iter().any(|w| starts_with(chars, unit_end, w)) && !going_out {
        return true;
    }
    // What follows the count up to the first of `stops`, within 40 characters.
    let up_to =
        |stops: &[char]| -> String { chars[unit_end..].iter().take(40).take_while(|c| !stops.contains(c)).collect() };
    let clause = up_to(&[',', '，', '。', ';', '；', '!', '！']);
    // Led here: to us (来我院, 莅临), not 来到, which a hospital's own people do too.
    // The guest may name whom they lead before the number (带领全县67个单位党组织书记
    // 70余人来我院).
    let comes_to_us = |words: &str| lex().arrivals.iter().filter(|w| **w != "来到").any(|w| words.contains(w));
    let leads = chars[clause_start(chars, at)..at].windows(2).any(|w| w == ['带', '领'] || w == ['率', '领']);
    let led_here = (leads || ends_with(chars, at, "率")) && comes_to_us(&clause);
    let received = clause.split_once("陪同下").is_some_and(|(_, then)| lex().arrivals.iter().any(|w| then.contains(w)));
    // A party named for what it makes up before it comes (某某一行三人组成的督查组,来我院
    // 督导): coming to us later in its sentence.
    let party_comes = ends_with(chars, at, "一行") && comes_to_us(&up_to(&['。', ';', '；', '!', '！']));
    led_here || received || party_comes
}

/// 干部和医务人员两支队伍, 党员、积极分子和群众三类人员: a small number of groups or
/// kinds right after the items it counts (joined by 和 与 及 、) restates the list — the
/// names are all it says, not a count the report took.
/// So does a count of institutions (家) right after their names (中日友好医院、北京医院、
/// 北京协和医院3家医院党委): the partners named, not a figure of the hospital.
fn restates_a_list(chars: &[char], q: &Quantity, unit_name: &str, unit_end: usize) -> bool {
    if quoted_items_before(chars, q, unit_name) {
        return true;
    }
    let institutions = unit_name == "家";
    let groups = institutions
        || matches!(unit_name, "支" | "类" | "种")
        || unit_name == "个" && ["队伍", "群体", "团队"].iter().any(|w| starts_with(chars, unit_end, w));
    let n = q.value;
    let most = if institutions { 8.0 } else { 5.0 };
    if !groups || q.kind != Kind::Number || q.upper.is_some() || n.fract() != 0.0 || !(2.0..=most).contains(&n) {
        return false;
    }
    // Back from the number: n - 1 items after a joining word, each of 1 to 8 Han
    // characters (an institution's name up to 16, ending as one: 院 中心 …), and
    // something before the first joining word.
    let longest = if institutions { 16 } else { 8 };
    let mut at = q.span.0;
    for _ in 1..n as usize {
        let item =
            chars[..at].iter().rev().take_while(|&&c| crate::clean::is_han(c) && !"和与及、".contains(c)).count();
        if !(1..=longest).contains(&item) || at <= item || !"和与及、".contains(chars[at - item - 1]) {
            return false;
        }
        let named = ["院", "中心", "站", "所", "局", "公司", "学校", "大学"].iter().any(|w| ends_with(chars, at, w));
        if institutions && !named {
            return false;
        }
        // Items are things named, not a clause (与社区共建2支…, 与县医院组建3支…).
        let words: String = chars[at - item..at].iter().collect();
        if crate::segment::jieba().tag(&words, false).iter().any(|t| t.tag.starts_with('v')) {
            return false;
        }
        at -= item + 1;
    }
    at > 0 && crate::clean::is_han(chars[at - 1]) && !"和与及、".contains(chars[at - 1])
}

/// 设「学习标兵」、「学习之星」以及「参与奖」三项: names in quotes, as many as the count
/// right after them, joined by 、 和 及 以及 与 or side by side, are what the count
/// restates.
fn quoted_items_before(chars: &[char], q: &Quantity, unit_name: &str) -> bool {
    let n = q.value;
    if !matches!(unit_name, "项" | "个" | "类" | "种" | "大")
        || q.kind != Kind::Number
        || q.upper.is_some()
        || n.fract() != 0.0
        || !(2.0..=8.0).contains(&n)
    {
        return false;
    }
    let mut at = q.span.0;
    for item in 0..n as usize {
        if item > 0 {
            // …or set side by side (“党员先锋岗”“党员示范岗”2个).
            let joiner = ["以及", "、", "和", "及", "与"].iter().find(|w| ends_with(chars, at, w));
            match joiner {
                Some(w) => at -= w.chars().count(),
                None if at > 0 && matches!(chars[at - 1], '”' | '」' | '』') => {}
                None => return false,
            }
        }
        if at == 0 || !matches!(chars[at - 1], '”' | '」' | '』') {
            return false;
        }
        let Some(open) = chars[at.saturating_sub(14)..at - 1].iter().rposition(|c| matches!(c, '“' | '「' | '『'))
        else {
            return false;
        };
        at = at.saturating_sub(14) + open;
    }
    true
}

/// The phrase a rule makes the subject of.
pub(super) struct Named<'n> {
    pub(super) phrase: &'n Phrase,
    /// The phrase as written (folded).
    pub(super) written: &'n str,
    /// Its head: the vocabulary's canonical subject at its end, else its last words.
    pub(super) head: &'n str,
    pub(super) class: Class,
    pub(super) from_before: bool,
    pub(super) share_of: bool,
    pub(super) attended: bool,
}

/// What a subject rule decides.
pub(super) enum Verdict {
    Subject(String),
    /// The subject, which starts earlier than the phrase (the owner of 成员).
    Owned {
        subject: String,
        start: usize,
    },
    NotAFigure,
}

pub(super) type SubjectRule = fn(&Figure, &Named) -> Option<Verdict>;

/// How the subject is made of the phrase, tried in order: the first rule that applies
/// decides; when none does, the subject is the phrase's head.
pub(super) const RULES: &[(&str, SubjectRule)] = &[
    ("the two sides of a joint event", two_sides),
    ("attendance", attendance_of),
    ("currency", currency),
    ("organisation counted by its head", organisation_counted),
    ("relational", relational),
    ("head count of an organisation", head_count),
    ("share", share),
    ("duration", duration),
    ("scale", scale),
    ("age", age),
    ("checks counted in person-times", checks),
    ("person-times", person_times),
    ("change", change),
];

/// 两个支部以知识竞赛的形式…, 此次两个党支部共建…, 两家单位将…: two organisations
/// (or two institutions, counted with 家) opening their clause are the two sides of what
/// they do together, not a count of the hospital's branches (医院下设两个党支部 is one:
/// a verb stands before it; so is a list's item, 共有80个党支部,2个党总支, which
/// nothing follows in its clause).
/// So are two or three named right before the joint work itself (为三个支部结对共建揭牌,
/// 密切两个支部的交流互动) — unless the hospital's own (全院两个支部结对共建).
fn two_sides(figure: &Figure, named: &Named) -> Option<Verdict> {
    if named.from_before || figure.q.upper.is_some() {
        return None;
    }
    let chars = figure.sentence.chars;
    let at = figure.q.span.0;
    if matches!(figure.q.value, 2.0 | 3.0) {
        // The phrase may run on into the joint work (三个|支部合作共建): the bodies are
        // named first.
        let bodies = ["党支部", "支部", "党总支", "党组织", "单位"].iter().any(|w| named.written.starts_with(w));
        let clause_end = chars[at..]
            .iter()
            .position(|c| matches!(c, ',' | '，' | '。' | ';' | '；'))
            .map_or(chars.len(), |p| at + p);
        let after: String = chars[figure.q.end..clause_end.min(figure.q.end + 10)].iter().collect();
        let joint = lex().joint_work.iter().any(|w| after.contains(w));
        let own = ["全院", "我院", "医院", "共有", "共", "下设", "有"].iter().any(|w| ends_with(chars, at, w));
        if bodies && joint && !own {
            return Some(Verdict::NotAFigure);
        }
    }
    if named.class != Class::Org && figure.unit_name != "家" || figure.q.value != 2.0 {
        return None;
    }
    if chars.get(named.phrase.end).is_none_or(|c| !crate::clean::is_han(*c)) {
        return None;
    }
    let opener: String = chars[clause_start(chars, at)..at].iter().collect();
    (opener.is_empty() || lex().pair_openers.contains(&opener.as_str())).then_some(Verdict::NotAFigure)
}

/// The vocabulary's canonical form of `subject`, or `subject` itself.
fn canonical(subject: String) -> String {
    subjects::exactly(&subject).map_or(subject, |s| s.canonical.to_string())
}

/// 200余人参会 → 参会人员, 840人次参加志愿服务 → 志愿服务人次: the attendance of
/// what was taken part in. People at a meeting, however the meeting is named (参会,
/// 参加了会议, 出席大会, 齐聚一堂), are the one subject 参会人员 — the people counted,
/// as 党员 is.
fn attendance_of(figure: &Figure, named: &Named) -> Option<Verdict> {
    if !named.attended {
        return None;
    }
    let what = if figure.unit_name == "人次" { "人次" } else { "人数" };
    let head = named.head.trim_end_matches(what);
    // Taking part with nothing after the verb (…共40余人参加。) is taking part in what
    // the sentence is about: a meeting, when it names one.
    let bare_verb = ["参加", "出席", "参与"].contains(&head);
    let meeting = ["参会", "与会", "会议", "大会"].contains(&head)
        || head.ends_with("会议")
        || head.ends_with("大会")
        || bare_verb && meeting_named(&figure.sentence.chars.iter().collect::<String>());
    if meeting && what == "人数" {
        return Some(Verdict::Subject("参会人员".to_string()));
    }
    // …else the attendance of what was taken part in, in the vocabulary's canonical
    // form (参加人数 is 参加人员).
    Some(Verdict::Subject(canonical(format!("{head}{what}"))))
}

/// Whether a sentence names a meeting (会议, 大会, 述职评议会, 会上).
fn meeting_named(sentence: &str) -> bool {
    static MEETING: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    MEETING
        .get_or_init(|| {
            regex::Regex::new(
                r"会议|大会|会上|党课|讲座|(?:座谈|述职|评议|推进|培训|报告|动员|交流|总结|表彰|部署|生活|学习)会",
            )
            .expect("a valid pattern")
        })
        .is_match(sentence)
}

/// 捐赠人民币5000元, 物品90余件,共计人民币1600余元: a currency names no subject;
/// the subject is what stands before it (捐赠 → 捐赠), else the value of the previous
/// figure's things (物品价值), else the amount (金额).
fn currency(figure: &Figure, named: &Named) -> Option<Verdict> {
    let currencies = super::phrase::currencies();
    let currency = currencies.iter().find(|c| named.written.ends_with(**c))?;
    let rest = &named.written[..named.written.len() - currency.len()];
    if rest.chars().count() >= 2 {
        return Some(Verdict::Subject(canonical(rest.to_string())));
    }
    let sentence = figure.sentence;
    let verb = sentence
        .token_ending_at(named.phrase.start)
        .map(|i| &sentence.tokens[i])
        .filter(|t| matches!(t.tag, "v" | "vn") && t.word.chars().count() >= 2 && !super::phrase::is_link(t.word));
    if let Some(verb) = verb {
        return Some(Verdict::Owned { subject: verb.word.to_string(), start: verb.start });
    }
    Some(Verdict::Subject(match figure.previous {
        Some((subject, _, _)) => format!("{subject}价值"),
        None => "金额".to_string(),
    }))
}

/// 7个党支部书记依次述职: 个 counts organisations, not people; what is counted is
/// the organisation the people's word begins with (党支部), after the modifiers of
/// the phrase (9个在职和退休党支部书记 → 党支部).
fn organisation_counted(figure: &Figure, named: &Named) -> Option<Verdict> {
    // (人员 counts as a word for people though the vocabulary leaves it out: 20多个职能
    // 科室人员 counts departments.)
    let people = named.class == Class::Person || named.written.ends_with("人员");
    if !people || figure.unit_name != "个" || named.from_before {
        return None;
    }
    let chars: Vec<char> = named.written.chars().collect();
    let org = |from: usize, to: usize| {
        let part: String = chars[from..to].iter().collect();
        subjects::exactly(&part).filter(|s| s.class == Class::Org).map(|s| s.canonical)
    };
    // The longest organisation word from the earliest start; when modifiers are
    // joined (在职和离退休), they are all the organisation's, and its word is the
    // shortest that ends there (党支部, not 离退休党支部).
    let Some((from, to)) = (0..chars.len().saturating_sub(2))
        .find_map(|from| (from + 2..chars.len()).rev().find(|&to| org(from, to).is_some()).map(|to| (from, to)))
    else {
        return departments_counted(named);
    };
    let joined = chars[..from].iter().any(|c| matches!(c, '和' | '及' | '与' | '、'));
    let from = if joined { (from..to - 1).rev().find(|&f| org(f, to).is_some()).unwrap_or(from) } else { from };
    org(from, to).map(|s| Verdict::Subject(s.to_string()))
}

/// 10余个专科医生: the departments (…科, …室) the people come from are what 个 counts.
fn departments_counted(named: &Named) -> Option<Verdict> {
    let (_, n) = subjects::at_end(named.written)?;
    let written: Vec<char> = named.written.chars().collect();
    let departments: String = written[..written.len() - n].iter().collect();
    (departments.chars().count() >= 2 && departments.ends_with(['科', '室'])).then_some(Verdict::Subject(departments))
}

/// 党委现有成员7名: a relational noun (成员, 委员) is its owner's: 党委成员. Without an
/// owner it is no figure.
fn relational(figure: &Figure, named: &Named) -> Option<Verdict> {
    if named.class != Class::Relational {
        return None;
    }
    let sentence = figure.sentence;
    let owned = sentence.owner(named.phrase.start).and_then(|owner| {
        let start = sentence.tokens.iter().rev().find(|t| t.end <= named.phrase.start && t.word == owner)?.start;
        Some(Verdict::Owned { subject: canonical(format!("{owner}{}", named.head)), start })
    });
    Some(owned.unwrap_or(Verdict::NotAFigure))
}

/// 一个支部少的有150来人: people counted in an organisation are its head count.
fn head_count(figure: &Figure, named: &Named) -> Option<Verdict> {
    (named.class == Class::Org && figure.kind == Unit::Person)
        .then(|| Verdict::Subject(format!("{}人数", named.written)))
}

/// 党员占了三分之一, 党员人数占职工总数的26%: a fraction after 占 (or of a share's
/// owner) is the share of the subject: 党员占比.
fn share(figure: &Figure, named: &Named) -> Option<Verdict> {
    let chars = figure.sentence.chars;
    let zhan = chars[figure.q.span.0..figure.q.start].contains(&'占');
    if !(figure.fraction && named.from_before && (named.share_of || figure.before.share || zhan)) {
        return None;
    }
    // 少数民族占总人口的87%: a share of a population is a place's, not the hospital's;
    // so is one of the same sentence's after it (…,其中壮族占80%).
    let before = &chars[..figure.q.start];
    let of_population = before
        .iter()
        .enumerate()
        .any(|(at, &c)| c == '占' && before[at..before.len().min(at + 8)].windows(2).any(|w| w == ['人', '口']));
    if of_population {
        return Some(Verdict::NotAFigure);
    }
    let whole = ["人数", "总数", "数量"].iter().find_map(|w| named.head.strip_suffix(w)).unwrap_or(named.head);
    Some(Verdict::Subject(canonical(format!("{whole}占比"))))
}

/// The words right before `at`: its clause's, eight characters at most.
fn near_before(chars: &[char], at: usize) -> String {
    chars[clause_start(chars, at).max(at.saturating_sub(8))..at].iter().collect()
}

/// Whether the word `w` ends at most three characters before the end of `near` (走过来
/// 要|三个多小时, 步行|3公里).
fn ends_close(near: &str, w: &str) -> bool {
    near.rfind(w).is_some_and(|p| near[p + w.len()..].chars().count() <= 3)
}

/// Whether what follows a measure word at `at`, to its clause's end, is two to six
/// characters of verbs, adverbs and adjectives alone, a verb among them (贯穿始终,
/// 落实到位), no noun.
fn formula_of_verbs(chars: &[char], at: usize) -> bool {
    let rest: String =
        chars[at.min(chars.len())..].iter().take_while(|c| !"，,。；;、：:！!？?”\n".contains(**c)).collect();
    if !(2..=6).contains(&rest.chars().count()) || !rest.chars().all(crate::clean::is_han) {
        return false;
    }
    // (A verb among them: jieba tags a noun or two as adverbs, 批次/d.)
    let tags = crate::segment::jieba().tag(&rest, false);
    tags.iter().all(|t| matches!(t.tag, "v" | "vd" | "d" | "a" | "ad" | "i"))
        && tags.iter().any(|t| matches!(t.tag, "v" | "vd" | "i"))
}

/// What is timed for its own sake: a service, waiting for one, an event held.
const TIMED_WORK: [&str; 11] = ["等候", "候诊", "排队", "抢救", "手术", "救治", "服务", "义诊", "讲座", "党课", "培训"];

/// What a service does within its time limit (24小时内完成, 报告24小时出具).
const DEADLINE_VERBS: [&str; 10] = ["完成", "出具", "办结", "回复", "答复", "反馈", "到达", "出车", "响应", "处置"];

/// 排队等候不超过15分钟: a duration is the time of what is timed (排队等候时间).
fn duration(figure: &Figure, named: &Named) -> Option<Verdict> {
    let timed = ["时间", "时长", "用时", "周期"].iter().any(|w| named.head.ends_with(w));
    if figure.kind != Unit::Duration || timed {
        return None;
    }
    // 讲座历时两个小时: a verb of lasting after the event — its length (讲座时长).
    let lasting = super::phrase::LASTING.iter().find_map(|w| named.head.strip_suffix(w)).filter(|e| !e.is_empty());
    // Else only the time of a service, of waiting for it or of an event held (排队等候
    // 不超过15分钟, 连续抢救了5个小时) is one: any other length tells of someone's day
    // (每天只能睡2小时, 通知下发三天内, 陪了孩子3周, 整整21天), which readers never keep.
    let near = near_before(figure.sentence.chars, figure.q.span.0);
    let lasted = ["连续", "持续"].iter().any(|w| near.contains(w));
    // …or a service's time limit (24小时内完成转诊, 报告24小时出具).
    let rest: String = figure.sentence.chars[figure.end.min(figure.sentence.chars.len())..].iter().take(4).collect();
    let rest = rest.trim_start_matches("以内").trim_start_matches('内');
    let limit = DEADLINE_VERBS.iter().any(|w| rest.starts_with(w));
    if lasting.is_none() && !lasted && !limit && !TIMED_WORK.iter().any(|w| named.head.contains(w)) {
        return Some(Verdict::NotAFigure);
    }
    Some(Verdict::Subject(match lasting {
        Some(event) => format!("{event}时长"),
        None => format!("{}时间", named.head),
    }))
}

/// 考评采取500分制: a scale is the total score of what is scored (考评总分).
fn scale(figure: &Figure, named: &Named) -> Option<Verdict> {
    (figure.kind == Unit::Scale).then(|| Verdict::Subject(format!("{}总分", named.head)))
}

/// An age is a figure only of a body's age (平均年龄38岁), not of a person (一位5岁男童,
/// 年龄最大的91岁: the oldest is one person), nor the band of the people a share is of
/// (年龄在35-40岁的党员占40%).
fn age(figure: &Figure, named: &Named) -> Option<Verdict> {
    // A band is a range or a bound (35-40岁的, 35岁以下的); 平均年龄80多岁的离休党支部
    // is still the branch's age.
    let bounded = figure.q.upper.is_some() || matches!(figure.q.qualifier, Qualifier::AtMost | Qualifier::AtLeast);
    let band = bounded && figure.sentence.chars.get(figure.end) == Some(&'的');
    let one_person = ["最大", "最小", "最长", "最年长", "最年轻", "最高"].iter().any(|w| named.head.contains(w));
    (figure.kind == Unit::Age && (!named.head.contains("年龄") || band || one_person)).then_some(Verdict::NotAFigure)
}

/// 为居民量血压、测血糖150余人次: person-times after checks done for people (量, 测量,
/// 筛查 …: `metric_words.tsv`, check) count the checks, whatever was measured: 检测人次,
/// written from the first check on.
fn checks(figure: &Figure, named: &Named) -> Option<Verdict> {
    if figure.unit_name != "人次" || !named.from_before {
        return None;
    }
    let sentence = figure.sentence;
    let clause = clause_start(sentence.chars, named.phrase.start);
    let tokens: Vec<&super::phrase::Token> =
        sentence.tokens.iter().filter(|t| t.start >= clause && t.end <= figure.q.span.0).collect();
    // A check with what it measures after it (量|血压), not a name's last word (血压筛查).
    let first = tokens.iter().enumerate().find(|(i, t)| {
        lex().checks.contains(&t.word) && tokens.get(i + 1).is_some_and(|n| n.word.chars().all(crate::clean::is_han))
    })?;
    Some(Verdict::Owned { subject: "检测人次".to_string(), start: first.1.start })
}

/// 参学党员达2100人次: people counted in 人次 are attendances (党员人次).
fn person_times(figure: &Figure, named: &Named) -> Option<Verdict> {
    (named.class == Class::Person && figure.unit_name == "人次" && !named.head.ends_with("人次"))
        .then(|| Verdict::Subject(format!("{}人次", named.head)))
}

/// 门诊量增长了18.3%: a figure after a verb of change is the change (门诊量增长) —
/// unless it is the level reached (满意度提升至97.6%).
fn change(figure: &Figure, named: &Named) -> Option<Verdict> {
    let change = figure.before.change.as_ref()?;
    (named.from_before && !figure.before.level).then(|| Verdict::Subject(format!("{}{change}", named.head)))
}

/// Reads the quantity `q`, which [`super::units::measured`] let through, as a metric,
/// or says why it is not one (by returning None).
pub(super) fn read(
    sentence: &Sentence,
    q: &Quantity,
    measured: &Measured,
    previous: Option<&Previous>,
) -> Option<Read> {
    let (span_start, span_end) = q.span;
    let &Measured { unit_len, unit_name, kind, unit_end } = measured;
    if !sentence.boundary(q.start) || unit_len > 0 && !sentence.boundary(unit_end) {
        return None;
    }
    if frequency(sentence.chars, q.start, unit_name) || a_manner_of_speaking(sentence.chars, q) {
        return None;
    }
    // 5个小时的车程, 老乡过来需要两个小时: how far a place is, not how long the work
    // took.
    if kind == Unit::Duration {
        // 庆祝建党97周 (a caption cut short): weeks after a founding are its years.
        let founding =
            ["建党", "建院", "建国", "建校", "诞辰", "成立"].iter().any(|w| ends_with(sentence.chars, span_start, w));
        if unit_name == "周" && founding {
            return None;
        }
        let rest: String = sentence.chars[unit_end..].iter().take(6).collect();
        let rest = rest.trim_start_matches(['小', '时', '天', '分', '钟', '的']);
        // The journey's word ends at most a few characters before the length (走过来要
        // 三个多小时), not anywhere in the clause (赶到现场后抢救了6个小时).
        let near = near_before(sentence.chars, span_start);
        let close = |w: &str| ends_close(&near, w);
        if lex().journeys.iter().any(|w| rest.starts_with(w) || close(w)) {
            return None;
        }
        // 24小时测体温, 24小时值守: round the clock, how the work is done, not a length —
        // unless a verb of lasting says how long it went on (连续工作24小时).
        let round_the_clock = lex().round_the_clock.iter().any(|w| rest.starts_with(w));
        let lasted = ["连续", "持续"].iter().any(|w| close(w));
        if q.value == 24.0 && unit_name == "小时" && round_the_clock && !lasted {
            return None;
        }
    }
    // 不足两米宽的渠墙, 步行3公里, 全程约5公里: the width or height of what a visit
    // saw, or how far it went — not a length the hospital built or cleaned (长廊100米,
    // 清理道路3公里).
    if kind == Unit::Measure && ["公里", "千米", "米", "里"].contains(&unit_name) {
        let size = sentence.chars.get(unit_end).is_some_and(|c| "宽高深厚".contains(*c));
        let near = near_before(sentence.chars, span_start);
        let close = |w: &str| ends_close(&near, w);
        const WALKS: [&str; 6] = ["全程", "行走", "徒步", "上山", "下山", "距离"];
        if size || lex().journeys.iter().chain(&WALKS).any(|w| close(w)) {
            return None;
        }
    }
    // 展馆分为三个展区, 参观了…5个展厅, 片中…16篇手稿: what an exhibition or a film
    // shows — unless the hospital builds it (建成3个展厅), or it is the hall's own
    // size (党史馆建筑面积近300平方米).
    // Only in the number's own clause (参观纪念馆后,组织30名新党员… counts the members).
    let before: String = sentence.chars[clause_start(sentence.chars, span_start)..span_start].iter().collect();
    let next: String = sentence.chars[unit_end..].iter().take(3).collect();
    // 参观了…三个单元: the parts a visit saw, right after it in its clause (not 参观了
    // 敬老院并为80位老人…, nor the places visited: 参观了12个红色教育基地).
    let seen =
        before.rsplit_once("参观了").is_some_and(|(_, then)| !then.contains(['并', '为', '给', '向', '后', '和']))
            && lex().exhibit_parts.iter().any(|w| next.starts_with(w));
    let shown =
        kind != Unit::Measure && (seen || lex().exhibits.iter().any(|w| before.contains(w) || next.starts_with(w)));
    if shown && !["建成", "建设", "打造", "新建", "设立", "改造"].iter().any(|w| before.contains(w)) {
        return None;
    }
    // 800多件革命遗物, 展出了战役遗物66件: the things a museum shows, counted.
    if kind != Unit::Measure {
        let counted: String =
            sentence.chars[unit_end..].iter().take(8).take_while(|&&c| crate::clean::is_han(c)).collect();
        let near = near_before(sentence.chars, span_start);
        if lex().exhibit_items.iter().any(|w| counted.contains(w) || near.ends_with(w)) {
            return None;
        }
    }
    // 参观了…纪念园,占地30亩: the size of a place of memory named shortly before, in a
    // clause of its own — not the hospital's own hall (我院院史馆建筑面积约200平方米).
    let clause = clause_start(sentence.chars, span_start);
    let opens_with_size = lex().site_sizes.iter().any(|w| starts_with(sentence.chars, clause, w));
    if opens_with_size {
        let earlier: String = sentence.chars[span_start.saturating_sub(60)..clause].iter().collect();
        let site = lex().sites.iter().filter_map(|w| earlier.rfind(w)).max();
        let own = |at: usize| earlier[..at].chars().rev().take(4).any(|c| "院我本".contains(c));
        if site.is_some_and(|at| !own(at)) {
            return None;
        }
    }
    // 分两批赴…, 分三轮进行: how the work was split up, not a count of anything; and
    // 刻着“…”四个大字: the characters of an inscription.
    let split = ["分", "分成", "分为"].iter().any(|w| ends_with(sentence.chars, span_start, w))
        && (["批", "轮", "次", "趟"].contains(&unit_name)
            || unit_name == "个" && ["批次", "轮次", "阶段"].iter().any(|w| next.starts_with(w)));
    let inscription = unit_name == "个" && ["字", "大字"].iter().any(|w| next.starts_with(w));
    if split || inscription {
        return None;
    }
    // 凡有正式党员三人以上的…: a condition's threshold, not a count.
    if sentence.chars.get(clause_start(sentence.chars, span_start)) == Some(&'凡')
        || a_threshold(sentence.chars, q.start, unit_end)
    {
        return None;
    }
    if honoured_by_others(sentence.chars, clause_start(sentence.chars, span_start), span_start) {
        return None;
    }
    if visitors(sentence.chars, span_start, unit_end) || restates_a_list(sentence.chars, q, unit_name, unit_end) {
        return None;
    }
    // A number inside a document's title (《关于追授张三等7名同志…称号的决定》) is the
    // document's, not a count of the hospital's.
    let opened = sentence.chars[..span_start].iter().rposition(|&c| c == '《');
    if opened.is_some_and(|o| !sentence.chars[o..span_start].contains(&'》')) {
        return None;
    }
    // 四个层次, 三个方面: a kind of idea right after the measure word, however jieba
    // tags it (层次/m), is the text's shape.
    let next: String = sentence.chars.get(unit_end..unit_end + 2).map(|c| c.iter().collect()).unwrap_or_default();
    if unit_len > 0 && subjects::exactly(&next).is_some_and(|s| s.class == Class::Abstract) {
        return None;
    }
    // 做到四个贯穿始终, 实现两个到位: a count of 个 whose clause goes on in verbs
    // alone (贯穿始终, 到位, 全覆盖) counts the parts of a formula, not things.
    if unit_name == "个" && formula_of_verbs(sentence.chars, unit_end) {
        return None;
    }
    let end = unit_end.max(span_end);
    let figure = Figure {
        sentence,
        q,
        kind,
        unit_name,
        fraction: matches!(q.kind, Kind::Percent | Kind::Ratio),
        end,
        before: sentence.before(span_start),
        previous,
        unit_len,
        unit_end,
    };

    let mut place = Place::default();
    for (_, rule) in PLACES {
        place = match rule(&figure, place) {
            Found::Here(place) => place,
            Found::Inherited { subject, start } => {
                let text = previous.map(|(_, text, _)| text.clone());
                return Some(Read {
                    subject,
                    subject_range: (0, 0),
                    inherited_text: text,
                    unit: unit_name.to_string(),
                    unit_kind: kind,
                    start,
                    end,
                    rule: "inherited",
                });
            }
            Found::NotAFigure => return None,
        };
    }
    let Place { phrase: Some(phrase), from_before, share_of, attended, people } = place else { return None };
    let from_before = from_before || share_of;

    let written = phrase.text();
    let known = subjects::at_end(&written);
    // Kinds of idea (三个方面) are the text's shape — but a tally written before its
    // Arabic number is a count of things done (完善防控措施19项).
    let tally = from_before && sentence.chars.get(q.start).is_some_and(char::is_ascii_digit);
    if let Some((s, _)) = &known
        && s.class == Class::Abstract
        && !tally
    {
        return None;
    }
    // Leaders counted bare after the measure word (两位领导强调, 四位领导表示认可) are
    // those just named or the guests: the hospital's own are counted as such (院领导7名)
    // or with the others they join (80多名领导和职工).
    let listed = sentence.chars.get(phrase.end).is_some_and(|c| "和及与、".contains(*c));
    if !from_before && written == "领导" && !listed {
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
    let (head, class) = match &known {
        Some((s, n)) if *n == written.chars().count() || s.class != Class::Relational => {
            (s.canonical.to_string(), s.class)
        }
        _ => (head_of(&phrase)?, Class::Thing),
    };
    let named = Named { phrase: &phrase, written: &written, head: &head, class, from_before, share_of, attended };
    let (rule, verdict) = RULES
        .iter()
        .find_map(|(name, rule)| rule(&figure, &named).map(|verdict| (*name, verdict)))
        .unwrap_or(("head", Verdict::Subject(head.clone())));
    let (subject, subject_start) = match verdict {
        Verdict::Subject(subject) => (subject, phrase.start),
        Verdict::Owned { subject, start } => (subject, start),
        Verdict::NotAFigure => return None,
    };
    if subject.chars().count() < 2 {
        return None;
    }
    // 7支队伍参赛: the teams that took part (参赛队伍), not a verb after the noun.
    let subject = match ["参赛", "参展", "参评", "参演"].iter().find(|v| subject.ends_with(**v)) {
        Some(verb) if subject.chars().count() > 2 => {
            format!("{verb}{}", subject.strip_suffix(verb).unwrap_or(&subject))
        }
        _ => subject,
    };
    // People of the Party's wars a memorial tells of (59位将军, 红军将士17000人):
    // history, not the hospital's.
    if lex().historical.iter().any(|w| subject.ends_with(w) || written.ends_with(w)) {
        return None;
    }
    // Who took part is the subject as written when the subject leaves the meeting's
    // name out (党员代表96人参加了会议: 参会人员, written 党员代表); otherwise what they
    // took part in is (200人参加宣讲会: 宣讲会人数, written 宣讲会). So are they when the
    // verb stands alone (院领导、支部书记共50人参加: 参加人员, written as who).
    let bare = ["参加", "参与", "出席"].iter().any(|v| subject.starts_with(v))
        && ["人数", "人员"].iter().any(|e| subject.ends_with(e))
        && subject.chars().count() == 4;
    let subject_range = match people {
        Some(people) if rule == "attendance" && (subject == "参会人员" || bare) => people,
        _ => (subject_start, phrase.end),
    };
    Some(Read {
        subject,
        subject_range,
        inherited_text: None,
        unit,
        unit_kind: kind,
        start: subject_range.0.min(subject_start).min(span_start),
        end: end.max(phrase.end),
        rule,
    })
}

#[cfg(test)]
mod tests {
    use super::super::figures;
    use crate::clean::fold::Folded;

    /// (rule, sentence): the rule, which only says no, reads no figure in the sentence.
    const NO_FIGURE: &[(&str, &str)] = &[
        ("the two sides of a joint event", "随后,两个支部以知识问答的形式交流学习。"),
        ("the two sides of a joint event", "两个党支部的委员就下一步合作深入交谈。"),
        ("the two sides of a joint event", "今后两家单位将在人才培养方面加强协作。"),
        ("the two sides of a joint event", "下一步,两家医院将共享专家资源。"),
    ];

    #[test]
    fn each_rule_that_says_no_reads_no_figure() {
        for &(_, text) in NO_FIGURE {
            assert!(figures(text, &Folded::new(text), Some(2017)).is_empty(), "{text}");
        }
    }

    /// (rule, sentence, subject): the rule makes this subject of a figure in the sentence.
    #[rustfmt::skip]
    const CASES: &[(&str, &str, &str)] = &[
        ("relational", "醫院黨委現有成員7名。", "党委成员"),
        ("head count of an organisation", "一个支部少的有150来人。", "支部人数"),
        ("share", "党员约占四分之一。", "党员占比"),
        ("share", "党员人数占职工总数的百分之二十六。", "党员占比"),
        ("inherited", "28个临床科室中,有23个科室的党支部书记由科室主任担任,占比达82%。", "科室占比"),
        // A change after a level over a time of its own (三年提高了) is the change's.
        ("inherited", "硕士占比31.5%,三年提高了3.2%。", "硕士占比提高"),
        ("duration", "窗口排队等候不超过15分钟。", "排队等候时间"),
        ("scale", "考评采取500分制。", "考评总分"),
        ("head", "本次演讲比赛共有9支队伍参赛。", "参赛队伍"),
        ("person-times", "参学党员达2100人次。", "党员人次"),
        ("change", "门诊量增长了18.3%。", "门诊量增长"),
        ("head", "开放床位1500张。", "床位"),
        ("head", "患者满意度提升至97.6%。", "满意度"),
        ("head", "总支下设34个党支部。", "党支部"),
        // A body's average age is its own figure.
        ("head", "离休党支部党员的平均年龄为86岁。", "平均年龄"),
        ("inherited", "一个支部少的有150来人,多的达200人以上。", "支部人数"),
        ("inherited", "满意度由91.5%提升至96.2%。", "满意度"),
        ("inherited", "临床科室由32个增至45个。", "科室"),
        ("inherited", "党支部增加了6个,增至30个。", "党支部"),
        ("inherited", "全院有在职党员430人,占职工总数的21.5%。", "在职党员占比"),
        ("inherited", "医院现有党员260名、占全院职工的四分之一。", "党员占比"),
        ("inherited", "共有党员318人,约占职工总数的24.7%。", "党员占比"),
        ("head", "党员中博士、硕士和本科分别为8人、27人、95人。", "博士"),
        ("head", "党员中博士、硕士和本科分别为8人、27人、95人。", "硕士"),
        ("head", "党员中博士、硕士和本科分别为8人、27人、95人。", "本科"),
        ("head", "党员中本科、大专及以下的分别为30人、12人。", "大专及以下"),
        ("head", "会上,12名党员代表及5名列席代表肩负着重托。", "列席代表"),
        ("attendance", "全体党员和职工300余人参会。", "参会人员"),
        ("attendance", "院领导和党员代表共120余人参加了会议。", "参会人员"),
        ("attendance", "本次述职评议会由书记主持,支部委员和党员共35人参加。", "参会人员"),
        ("attendance", "累计1200多人次参加义诊服务。", "义诊服务人次"),
        ("checks counted in person-times", "义诊中为村民量血压、测血糖120余人次。", "检测人次"),
        ("checks counted in person-times", "免费测量血压、血糖和骨密度共260人次。", "检测人次"),
        ("attendance", "已有35人次参与了病房陪护志愿服务。", "陪护志愿服务人次"),
        ("attendance", "共有65名护理人员报名参加。", "报名人数"),
        ("head", "全院210名党员参加了义务献血。", "党员"),
        ("organisation counted by its head", "共有9个党支部书记参加述职。", "党支部"),
        ("head", "各科室护士人数最多的45人,最少的12人。", "护士人数最多"),
        ("inherited", "各科室护士人数最多的45人,最少的12人。", "护士人数最少"),
        ("share", "新任支部委员中男占比55%,女占比45%。", "男占比"),
        ("share", "新任支部委员中男占比55%,女占比45%。", "女占比"),
        // What the people counted did ends the phrase (集体, 现场 …).
        ("head", "志愿者们为6名老人集体庆祝生日。", "老人"),
        // Modifiers joined by 和 before the organisation's people.
        ("organisation counted by its head", "12个在职和退休党支部书记逐一述职。", "党支部"),
        ("head", "走访了8位孤寡老人。", "孤寡老人"),
        ("attendance", "职工代表和党员300余人欢聚一堂。", "参会人员"),
        ("currency", "为困难患者捐赠人民币2万元。", "捐赠"),
        ("currency", "送去慰问品40余件,共计人民币3000元。", "慰问品价值"),
        ("head", "共梳理风险点85个。", "风险点"),
        // A tally written before its Arabic number is a count of things done.
        ("head", "完善监督措施16项。", "措施"),
        // A lecture's audience is a meeting's; a word for people ends the phrase.
        ("attendance", "书记为党员讲党课,支部委员和党员代表约60人参加。", "参会人员"),
        ("head", "会上向6名优秀党务工作者表示祝贺。", "党务工作者"),
        // People of several kinds going somewhere together are the party.
        ("head", "科室主任、护士长及青年骨干近60人,前往红色教育基地开展学习。", "参加人员"),
        ("head", "带领院领导、中层干部和入党积极分子120余人,在院内广场举行升旗仪式。", "参加人员"),
        ("head", "支部组织党员、入党积极分子和入党申请人等30余人赴纪念馆参观。", "参加人员"),
        // An act jieba calls a noun ends the phrase counted.
        ("head", "院党委书记依次为6个党支部授旗,随后全体党员宣誓。", "党支部"),
        // A quoted title counted, after a word that qualifies it or before 的.
        ("head", "院党委给两位驻村“第一书记”王明、李强送去体检卡。", "驻村第一书记"),
        ("head", "专家按两位“第一书记”的情况开出处方。", "第一书记"),
        // …and so are they when summed up, whatever they do next.
        ("head", "座谈会上,科室主任、职工代表和离退休人员共30人,结合工作谈体会。", "参加人员"),
        ("head", "医院选派12名党员“送医下乡”,为村民义诊。", "党员"),
        // A branch's committee members counted by 个 count the branches.
        ("organisation counted by its head", "书记为全院七个支部支委以上党员上党课。", "党支部"),
        // 个 before people from departments counts the departments.
        ("organisation counted by its head", "内科、外科等8个专科医生参加了义诊。", "专科"),
    ];

    #[test]
    fn each_rule_makes_its_subject() {
        for &(rule, text, subject) in CASES {
            let found = figures(text, &Folded::new(text), Some(2017));
            assert!(
                found.iter().any(|(m, r)| m.subject == subject && *r == rule),
                "{text}: expected {subject} by {rule}, read {:?}",
                found.iter().map(|(m, r)| (&m.subject, r)).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn a_distributions_items_point_at_their_own_words() {
        let text = "党员中博士、硕士和本科分别为8人、27人、95人。";
        let chars: Vec<char> = text.chars().collect();
        let found = figures(text, &Folded::new(text), Some(2017));
        let written: Vec<String> = found.iter().map(|(m, _)| m.subject_text.clone()).collect();
        assert_eq!(written, ["博士", "硕士", "本科"]);
        for (m, _) in &found {
            let span: String = chars[m.start..m.end].iter().collect();
            assert!(span.starts_with(&m.subject_text), "{span}");
        }
    }

    /// People counted by name (N位同志) are the committee they form or the title the
    /// clause gives them, never 同志.
    #[test]
    fn people_counted_by_name_are_what_the_clause_makes_them() {
        for (text, subject) in [
            ("选举产生了由周敏、吴杰、郑洁等3名同志组成的新一届党总支委员会。", "党总支委员"),
            ("经党员大会选举,孙立、陈曦等5位同志组成支部委员会。", "支部委员"),
            ("大会表彰了刘芳、何军等6位同志为优秀共产党员。", "党员"),
            ("3名同志荣获市直机关优秀共产党员称号。", "党员"),
            ("新一届党总支部委员会由张一、李二、王三等7名同志组成。", "党总支委员"),
            ("会议选出了由赵明、钱亮等5名同志组成的新一届总支委员。", "党总支委员"),
            // A title given to people counted without 同志.
            ("服务队中有3人荣获全省优秀青年志愿者称号。", "志愿者"),
        ] {
            let found = figures(text, &Folded::new(text), Some(2017));
            let subjects: Vec<&str> = found.iter().map(|(m, _)| m.subject.as_str()).collect();
            assert_eq!(subjects, [subject], "{text}");
        }
        // Named people who speak for the others count no one.
        let text = "会上,王强和赵磊两位同志代表全体党员作了表态发言。";
        assert!(figures(text, &Folded::new(text), Some(2017)).is_empty(), "{text}");
    }

    /// Who attended a meeting is its subject as written; a band of ages leaves the
    /// share it describes to its people.
    #[test]
    fn attendance_is_written_as_who_attended() {
        let text = "全院中层干部及党员代表150人参加了大会。";
        let found = figures(text, &Folded::new(text), Some(2017));
        let read: Vec<(&str, &str)> =
            found.iter().map(|(m, _)| (m.subject.as_str(), m.subject_text.as_str())).collect();
        assert_eq!(read, [("参会人员", "全院中层干部及党员代表")]);
        // …and so it is with the verb of taking part alone.
        let text = "科室主任、护士长共42人参加。";
        let found = figures(text, &Folded::new(text), Some(2017));
        assert!(found.iter().any(|(m, _)| m.subject_text == "科室主任、护士长" && m.value == 42.0), "{found:?}");
        let text = "年龄在30-40岁的党员占45%。";
        let found = figures(text, &Folded::new(text), Some(2017));
        let read: Vec<(&str, f64)> = found.iter().map(|(m, _)| (m.subject.as_str(), m.value)).collect();
        assert_eq!(read, [("党员占比", 45.0)]);
    }

    #[test]
    fn rules_that_rule_a_figure_out() {
        // age: an age is a figure only of an age; relational: a member count needs an
        // owner; a kind of idea is no figure; times a period are how often, not how many.
        for text in [
            "一位5岁男童耳朵被塞进异物。",
            // The oldest and the youngest are one person each.
            "支部的老党员中年龄最大的93岁,最小的71岁。",
            "退休党员里年龄最年长的已经96岁。",
            "成员7名。",
            "从三个方面推进工作。",
            "每月走访社区两次。",
            "每年下乡四五次。",
            // "one or two" is a manner of speaking; a band of ages is who a share is of;
            // a visiting party is the visitors'.
            "入党不是参加一两次培训就能做到的。",
            "三十岁以下的党员占比较低。",
            // 支 before 部 is the branches' (两支部), not teams counted.
            "今后两支部将在人才培养、学科建设等方面深化合作。",
            // Forms and conditions are kinds of idea too.
            "本次竞赛设个人抢答、小组必答、观众互动三种答题形式。",
            "一个好科室要具备四个条件。",
            // A share of a place's population is the place's.
            "该县地处山区,少数民族占总人口的62.5%,其中苗族占40%。",
            "市卫健委调研组一行8人来到我院。",
            "做到一个党员带动三个群众。",
            "从精神文化、制度文化和物质文化三个层次打造医院文化。",
            // Guests led here or received; a number in a document's title; the two
            // responsibilities a Party body bears.
            "区委组织部副部长带领20多名党建指导员来我院督导。",
            "上午,三位专家在院领导陪同下来到了病区。",
            "支部学习了《关于表彰王五等10名同志的决定》。",
            "院党委切实履行两个主体责任。",
            // Round the clock is how the work is done; prizes named in quotes, then
            // counted, are the list again; the people of a war a memorial tells of
            // are history.
            "急诊科党员坚持24小时值守。",
            "医疗队24小时轮流驻守在安置点。",
            "院网24小时更新健康要闻。",
            // Kinds of idea: states of mind, items of an agenda.
            "大家要摒弃两种消极心态。",
            "本次会议共有四项议程。",
            "三是增强两个能力。",
            // A quiz's questions and what one is worth; a quota each unit sends.
            "复赛由20道必答题组成。",
            "行政组选择了20分题。",
            "各支部推选1名党员参加演讲。",
            "本次竞赛设「学习标兵」、「进步之星」以及「参与奖」三项。",
            "大家深切缅怀长眠于此的59位将军。",
            "馆内展示了红军将士17000人浴血奋战的事迹。",
        ] {
            let found = figures(text, &Folded::new(text), Some(2017));
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        // The hospital's own people, led out or accompanied on their rounds, count.
        for text in ["院长带领30名党员来到社区开展义诊。", "共有12名党员在院领导陪同下走访了困难群众。"]
        {
            let found = figures(text, &Folded::new(text), Some(2017));
            assert_eq!(found.len(), 1, "{text}: {found:?}");
        }
        // A time within the day, a time limit and a length of work round the clock
        // are figures (24小时内, 报告24小时出具, 连续工作24小时).
        for text in ["危重患者在24小时内完成转诊。", "医院承诺检验报告24小时出具。", "护士长已连续工作24小时没有休息。"]
        {
            let found = figures(text, &Folded::new(text), Some(2017));
            assert_eq!(found.len(), 1, "{text}: {found:?}");
        }
        // Two names side by side, counted, are the list again.
        let text = "支部设立“党员服务岗”“党员责任岗”2个阵地。";
        assert!(figures(text, &Folded::new(text), Some(2017)).is_empty());
        // A link before the verb ends the subject (总计|服务), which is then what was done.
        let text = "眼科党支部在社区总计服务80余人次。";
        let found = figures(text, &Folded::new(text), Some(2017));
        assert_eq!(found.iter().map(|(m, _)| m.subject.as_str()).collect::<Vec<_>>(), ["服务"], "{found:?}");
    }

    #[test]
    fn every_rule_is_named_once_and_tested() {
        let mut names: Vec<&str> = super::RULES.iter().map(|(name, _)| *name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), super::RULES.len());
        for name in names {
            if name != "age" {
                let case = CASES.iter().any(|(rule, _, _)| *rule == name);
                assert!(case || NO_FIGURE.iter().any(|(rule, _)| *rule == name), "no case for {name}");
            }
        }
    }
}
