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
//!    linking verbs and adverbs (有 共 现有 达到 迅速), a label's colon (退休党员：31人;
//!    for people and units only, 阅读次数：3068次 is a page's counter) and a PDF's
//!    spaces (培训 120 人次); its canonical form comes from
//!    the subject vocabulary (`src/lexicon/subjects.tsv`), with a few rules of
//!    construction: X占了三分之一 → X占比, 党委现有成员7名 → 党委成员, a head count of an
//!    organisation (一个支部少的有150来人) → 支部人数, a duration → X时间, N分制 → X总分,
//!    a change (门诊量增长18.3%) → 门诊量增长, people counted before a verb of taking
//!    part (200余人参会, 840人次参加志愿服务) → 参会人员, 志愿服务人次, organisations
//!    counted by their head (7个党支部书记) → 党支部, an extreme (党员数最多的69人)
//!    → 党员数最多; an elided subject (多的达200人以上) is the previous figure's, and
//!    the other extreme (最少的33人) of the same subject (党员数最少);
//! 6. the year is the nearest year written in the sentence (今年 and 去年 need the
//!    document's year), else the document's year;
//! 7. a figure repeated later in the report (这21个党支部) is kept once, where it is
//!    first given.

//!
//! Where each part lives: [`units`] (the measure word, the checks that need no words),
//! [`phrase`] (the words around the number: the noun phrases after and before it),
//! [`subject`] (the subject rules, an ordered list of named rules), [`year`],
//! [`derived`] (figures computed from two others) and [`metric`] (the record).

mod derived;
mod metric;
mod phrase;
mod subject;
mod units;
mod year;

pub use self::derived::{Derived, derived, derived_rules};
pub use self::metric::Metric;
use self::metric::round;
use crate::clean::fold::Folded;
use crate::extract::{numbers, sentences};

/// Reads every metric of a document. `text` is the clean text, `folded` its folded
/// view; `document_year` (from the document's date, when known) is the year of
/// figures whose sentence names none, and the base of 今年 / 去年.
pub fn metrics(text: &str, folded: &Folded, document_year: Option<i32>) -> Vec<Metric> {
    figures(text, folded, document_year).into_iter().map(|(metric, _)| metric).collect()
}

/// [`metrics`], each with the name of the subject rule that read it.
fn figures(text: &str, folded: &Folded, document_year: Option<i32>) -> Vec<(Metric, &'static str)> {
    let original: Vec<char> = text.chars().collect();
    let chars: Vec<char> = folded.text.chars().collect();
    let mut out: Vec<(Metric, &str)> = Vec::new();
    // A figure given again later (这21个党支部) is kept where it is first given; the
    // check is made before a figure is built, so that a long text repeating a figure
    // costs no memory for the repeats.
    let mut seen = std::collections::HashSet::new();
    for (s0, s1) in sentences::all(&chars) {
        let sentence = &chars[s0..s1];
        let found = numbers::quantities_in(sentence);
        let mut measures: Vec<Option<units::Measured>> = found.iter().map(|q| units::measured(sentence, q)).collect();
        for i in units::formula_items(sentence, &found) {
            measures[i] = None;
        }
        if measures.iter().all(Option::is_none) {
            continue; // no figure here, whatever the words: jieba need not cut it
        }
        // 淄川烈士陵园位于…,园内安葬着937位烈士: the place a visit went to, described.
        if describes_a_site(sentence) {
            continue;
        }
        let folded_sentence: String = sentence.iter().collect();
        // 据…数据显示,我国成年人某病患病率为12%: a statistic of the country or of a
        // field, quoted — not the hospital's.
        if quotes_a_statistic(&folded_sentence) {
            continue;
        }
        // 某某村隶属…镇,有农户565户: the village's figures, under its name.
        let locality = described_locality(sentence);
        let tokens = crate::segment::jieba()
            .tag(&folded_sentence, false)
            .into_iter()
            .map(|t| phrase::Token { word: t.word, tag: t.tag, start: t.start, end: t.end })
            .collect();
        let sentence = phrase::Sentence { chars: sentence, tokens };
        let years = year::years(&sentence, &found, document_year);
        let explained = formula_numbers(sentence.chars);
        let mut previous: Option<subject::Previous> = None;
        // Where a contest's pool ends, when one was read in this sentence.
        let mut chosen_after: Option<usize> = None;
        for (q, measured) in found.iter().zip(&measures) {
            let Some(measured) = measured else { continue };
            // 青海省6名党员干部, 全市共有党员1.2万名: a place's count, not the hospital's.
            if counted_for_a_place(sentence.chars, q.span.0, q.span.0) {
                continue;
            }
            // 社区党支部50余名党员: another body's members.
            if members_of_another_body(sentence.chars, q.span.0) {
                continue;
            }
            // “1+3”模式,1名党员带动3名群众: the formula's numbers explained, not counts.
            if explained.contains(&q.value) {
                continue;
            }
            // 距市中心20公里: how far a place lies, not a figure of the work.
            if matches!(measured.unit_name, "公里" | "千米" | "米") && distance_before(sentence.chars, q.span.0) {
                continue;
            }
            // 拥有3次援外经历的医生: times describing someone's experience.
            if matches!(measured.unit_name, "次" | "批") && experience_after(sentence.chars, measured.unit_end) {
                continue;
            }
            let Some(read) = subject::read(&sentence, q, measured, previous.as_ref()) else { continue };
            // 区委十项规定: a set of rules named by how many they are.
            let in_words = sentence.chars.get(q.start).is_some_and(|&c| numbers::is_numeral(c));
            if in_words
                && sentence.chars.get(q.end).is_some_and(|c| matches!(c, '项' | '条'))
                && phrase::lex().rule_sets.iter().any(|w| numbers::starts_with(sentence.chars, q.end + 1, w))
            {
                continue;
            }
            // 两张门票, 三轮答题, 四项成果: a few things or rounds counted in words tell
            // the story (the same count in digits, 共收到12份作品, is given as a figure).
            if in_words && q.value <= 10.0 && phrase::lex().narrative_units.contains(&measured.unit_name) {
                continue;
            }
            // 作为30个典型案例之一: the count is the programme's, the hospital is one
            // (unless the hospital's own: 是医院12个党支部之一); 两个党支部之间: the two
            // sides of what is between them; 在全国400个案例中: the whole country's pool.
            let after_subject = |word| numbers::starts_with(sentence.chars, read.subject_range.1, word);
            let hospitals_own = numbers::ends_with(sentence.chars, q.span.0, "院");
            let after_number = read.subject_range.1 > q.start;
            let pool = after_number
                && after_subject("中")
                && (numbers::ends_with(sentence.chars, q.span.0, "全国")
                    || contest_pool(sentence.chars, q.span.0, read.subject_range.1));
            if pool {
                chosen_after = Some(read.subject_range.1);
                continue;
            }
            if after_number && (after_subject("之一") && !hospitals_own || q.value == 2.0 && after_subject("之间"))
            {
                continue;
            }
            // …评选出80个: what a contest chose from its pool, in the same clause.
            if chosen_after.is_some_and(|at| {
                at < q.span.0
                    && !sentence.chars[at..q.span.0].iter().any(|c| matches!(c, '。' | ';' | '；' | ',' | '，'))
                    && phrase::lex().chosen_from.iter().any(|w| numbers::ends_with(sentence.chars, q.span.0, w))
            }) {
                continue;
            }
            // 全市共有基层党组织3200个: the subject is the place's, with what qualifies it
            // (该县共有村卫生室186个, 当地现有建档立卡贫困户420户).
            let qualified = |at: usize| {
                sentence.chars[at..read.subject_range.0].iter().all(|&c| crate::clean::is_han(c))
                    && counted_for_a_place(sentence.chars, at, q.start)
            };
            if read.subject_range.0 < q.start
                && (read.subject_range.0.saturating_sub(4)..=read.subject_range.0).any(qualified)
            {
                continue;
            }
            let (from, to) = folded.original_range(s0 + read.start, s0 + read.end);
            let (subject_from, subject_to) =
                folded.original_range(s0 + read.subject_range.0, s0 + read.subject_range.1);
            let (e0, e1) = folded.original_range(s0, s1);
            let year = year::year_at(&years, q.start, document_year);
            let subject_text = if read.subject_range.0 < read.subject_range.1 {
                original[subject_from..subject_to].iter().collect()
            } else {
                read.inherited_text.clone().unwrap_or_default()
            };
            previous = Some((read.subject.clone(), subject_text.clone(), read.unit_kind));
            // 科室增加了12个,增至30个: the change beside its level is not listed; the
            // level after it still reads its subject through it.
            if subject::a_change_beside_its_level(sentence.chars, q.span.0, measured.unit_end, measured.unit_name) {
                continue;
            }
            if !seen.insert((read.subject.clone(), round(q.value).to_bits())) {
                continue;
            }
            let subject = match &locality {
                Some(place) if !read.subject.starts_with(place.as_str()) => {
                    let own = ["全村", "全镇", "全乡"]
                        .iter()
                        .find_map(|w| read.subject.strip_prefix(w))
                        .unwrap_or(&read.subject);
                    format!("{place}{own}")
                }
                _ => read.subject,
            };
            let metric = Metric {
                subject,
                subject_text,
                value: round(q.value),
                upper: q.upper.map(round),
                unit: read.unit,
                qualifier: q.qualifier,
                year,
                evidence: original[e0..e1].iter().collect::<String>().trim().to_string(),
                start: from,
                end: to,
            };
            out.push((metric, read.rule));
        }
    }
    out
}

/// The numbers of a quoted formula in `chars` (“1+3”模式, “1+N”, “五个一”): a sentence
/// that names one goes on to say what its numbers stand for (1名党员带动3名群众,
/// 联系1个科室、1名职工).
fn formula_numbers(chars: &[char]) -> Vec<f64> {
    let mut numbers = Vec::new();
    let mut at = 0;
    while let Some(open) = chars[at..].iter().position(|&c| matches!(c, '“' | '"' | '「')).map(|n| at + n) {
        let close = chars[open + 1..].iter().position(|&c| matches!(c, '”' | '"' | '」')).map(|n| open + 1 + n);
        let Some(close) = close else { break };
        let inner: String = chars[open + 1..close].iter().collect();
        // “五个一”: a formula of ones, each item one of a kind (联系1个科室、1名职工…).
        if let [n, '个', '一'] = chars[open + 1..close]
            && "两三四五六七八九十".contains(n)
        {
            numbers.push(1.0);
        }
        let parts: Vec<&str> = inner.split(['+', '＋']).collect();
        let item = |p: &&str| !p.is_empty() && p.chars().all(|c| matches!(c, '0'..='9' | 'N' | 'n' | 'X' | 'x'));
        if parts.len() >= 2 && parts.iter().all(item) {
            numbers.extend(parts.iter().filter_map(|p| p.parse::<f64>().ok()));
        }
        at = close + 1;
    }
    numbers
}

/// Whether the clause before a length at `at` holds 距 (距离, 相距): it says how far a
/// place lies (地处…西部,距乡镇府所在地14公里).
fn distance_before(chars: &[char], at: usize) -> bool {
    let clause_start = chars[..at]
        .iter()
        .rposition(|c| matches!(c, '。' | ',' | '，' | ';' | '；' | '!' | '！' | '?' | '？'))
        .map_or(0, |p| p + 1);
    chars[clause_start..at].contains(&'距')
}

/// Whether the clause after a count of times (`from`) says what experience they make
/// (3次援外经历, 两次参加抢险的经验): the count describes a person, as an age would.
fn experience_after(chars: &[char], from: usize) -> bool {
    let clause_end = chars[from..]
        .iter()
        .position(|c| matches!(c, '。' | ',' | '，' | ';' | '；' | '!' | '！' | '?' | '？'))
        .map_or(chars.len(), |n| from + n);
    let clause: String = chars[from..clause_end].iter().collect();
    ["经验", "经历"].iter().any(|w| clause.contains(w))
}

/// Whether the figure at `figure` counts what a place has: a place of the gazetteer
/// or a whole division (全市) right before `at` (the figure, or its subject), but for
/// the words by which it has it (共有, 现有: `metric_words.tsv`, place_link) — unless
/// the hospital's people went there (深入全市56个社区, place_reach): then it is the
/// reach of their work.
fn counted_for_a_place(chars: &[char], at: usize, figure: usize) -> bool {
    static WORDS: std::sync::OnceLock<[Vec<&'static str>; 2]> = std::sync::OnceLock::new();
    let [links, reach] = WORDS.get_or_init(|| {
        let of = |role| crate::lexicon::words_of("metric_words.tsv", role);
        [of("place_link"), of("place_reach")]
    });
    let link = links.iter().find(|w| numbers::ends_with(chars, at, w));
    let end = at - link.map_or(0, |w| w.chars().count());
    // Before a subject, a place is the subject's own only when a link says it has it
    // (全市共有基层党组织…); otherwise it qualifies the subject (获毕节市管专家称号5人).
    if at != figure && link.is_none() {
        return false;
    }
    let Some(place) = crate::extract::metadata::place_ending_at(chars, end) else { return false };
    // 重庆市人民医院党支部共21个: the place begins the hospital's name.
    let institution = chars[end..figure].contains(&'院');
    !institution && !reach.iter().any(|w| numbers::ends_with(chars, place, w))
}

/// Whether a sentence opens by describing a place of memory (某某烈士陵园位于…,
/// 某某纪念馆建筑面积…): its name first — a short run of characters ending in a
/// place's word, not the hospital's own hall (我院党史馆, 医院院史馆) — then what
/// describes it.
fn describes_a_site(sentence: &[char]) -> bool {
    described(sentence, &phrase::lex().sites).is_some()
}

/// Whether a sentence quotes a statistic beyond the hospital: it says where the figure
/// comes from (数据显示, 调查表明, 从…案例看, or a document's words quoted after
/// 《…》指出) and its scope is the country's or the world's (我国, 全国, 国家, 全球),
/// not the hospital's own (我院, 本院, 全院).
fn quotes_a_statistic(text: &str) -> bool {
    static WORDS: std::sync::OnceLock<[Vec<&'static str>; 3]> = std::sync::OnceLock::new();
    let [cues, scopes, own] = WORDS.get_or_init(|| {
        let of = |role| crate::lexicon::words_of("metric_words.tsv", role);
        [of("statistic_cue"), of("statistic_scope"), of("own_scope")]
    });
    let document_said = text.find('》').is_some_and(|at| {
        let after = &text[at..];
        after.find("指出").is_some_and(|p| after[p..].contains('“'))
    });
    let cited = document_said || cues.iter().any(|w| text.contains(w));
    cited && scopes.iter().any(|w| text.contains(w)) && !own.iter().any(|w| text.contains(w))
}

/// The village or town a sentence opens by describing (某某村隶属某镇,距县城20公里,
/// 有农户565户 → 某某村): its figures are that place's.
fn described_locality(sentence: &[char]) -> Option<String> {
    described(sentence, &phrase::lex().localities)
}

/// The name a sentence opens with, up to one of `kinds` (陵园, 村) that the words of
/// `site_told` follow (位于, 隶属, 建筑面积): the place it describes.
fn described(sentence: &[char], kinds: &[&str]) -> Option<String> {
    let lex = phrase::lex();
    let start = sentence.iter().position(|c| !c.is_whitespace()).unwrap_or(sentence.len());
    let run = sentence[start..].iter().take(20).take_while(|&&c| crate::clean::is_han(c)).count();
    let name: String = sentence[start..start + run].iter().collect();
    if ["我", "本", "医院", "院", "该院", "全院"].iter().any(|w| name.starts_with(w)) {
        return None;
    }
    kinds.iter().find_map(|kind| {
        name.match_indices(kind).find_map(|(at, _)| {
            let end = at + kind.len();
            // A kind with no name before it is the place the text has just told of only
            // when the sentence goes inside it (纪念馆内,800多件革命遗物…).
            let inside = name[end..].starts_with('内');
            if end <= kind.len() && !inside || !lex.site_told.iter().any(|told| name[end..].starts_with(told)) {
                return None;
            }
            // Its own name, after the divisions it lies in (某某市某某县某某乡|某某村).
            let own = name[..at]
                .char_indices()
                .rev()
                .find(|&(_, c)| "市县区乡镇".contains(c))
                .map_or(0, |(p, c)| p + c.len_utf8());
            // (A division's word right before the kind leaves the whole run.)
            Some(name[if own < at { own } else { 0 }..end].to_string())
        })
    })
}

/// `metrics` without the head count of a party visiting the report's own `hospital`
/// (某某一行10人到铜仁市第三人民医院调研, 一行三人到省胸科医院): the visitors', not the
/// hospital's. Only the hospital's name tells it from the hospital's own people going
/// to another (一行6人到县人民医院开展帮扶), so this is read once the name is known.
pub fn without_visitors(metrics: Vec<Metric>, text: &str, hospital: &str) -> Vec<Metric> {
    let name = hanconv::t2s(hospital);
    if name.chars().count() < 4 {
        return metrics;
    }
    // The name, or the name from the level of its place on (四川省胸科医院 → 省胸科医院,
    // 江城市人民医院 → 市人民医院: not 人民医院, which any county has).
    let mut names = vec![name.clone()];
    if let Some((at, _)) = name.char_indices().take(5).skip(1).find(|&(_, c)| "省市县区".contains(c)) {
        names.push(name[at..].to_string());
    }
    let chars: Vec<char> = text.chars().collect();
    let visiting = |m: &Metric| {
        let end = m.end.min(chars.len());
        let party = chars[end.saturating_sub(8)..end].windows(2).any(|w| w == ['一', '行']);
        let after = &chars[end..];
        let Some(verb) = phrase::lex().going_to.iter().find(|v| numbers::starts_with(after, 0, v)) else {
            return false;
        };
        // Compared in simplified script, as the hospital's name is written.
        let place: String =
            after[verb.chars().count()..].iter().take(20).take_while(|c| !"，,。;；：:".contains(**c)).collect();
        let place = hanconv::t2s(&place);
        party && names.iter().any(|n| place.starts_with(n.as_str()))
    };
    metrics.into_iter().filter(|m| !(m.unit == "人" || m.unit == "名" || m.unit == "位") || !visiting(m)).collect()
}

/// Whether the figure at `at`, its subject ending at `subject_end` before 中, is a
/// contest's pool: opened by 在 or 从 in its clause and followed by the choosing
/// (在全国各地…的400余个案例中脱颖而出, 从纳入评审的240个案例中评选出) — unless the
/// pool is the hospital's own (在全院34个党支部中评选出, 从我院…中).
fn contest_pool(chars: &[char], at: usize, subject_end: usize) -> bool {
    let clause = chars[..at].iter().rposition(|c| matches!(c, ',' | '，' | '。' | ';' | '；')).map_or(0, |p| p + 1);
    let Some(opener) = chars[clause..at].iter().rposition(|c| matches!(c, '在' | '从')).map(|p| clause + p) else {
        return false;
    };
    let between: String = chars[opener + 1..at].iter().collect();
    let own = numbers::ends_with(chars, at, "院")
        || ["全院", "我院", "本院", "院内", "本单位"].iter().any(|w| between.contains(w));
    // People chosen from people (从86名入党积极分子中选出) are the hospital's own: a
    // contest's pool is of entries (案例, 项目, 作品).
    let people = numbers::counts_people(&chars[at..subject_end]);
    let chosen = (subject_end + 1..=subject_end + 3)
        .any(|from| phrase::lex().chosen_from.iter().any(|w| numbers::starts_with(chars, from, w)));
    !own && !people && chosen
}

/// Whether the number at `at` counts the members of a body outside the hospital, named
/// by its Party organ right before it (社区党支部50余名党员, 村党委共有党员36名).
fn members_of_another_body(chars: &[char], at: usize) -> bool {
    let (links, bodies) = (&phrase::lex().links, &phrase::lex().outside_bodies);
    let link_before = |end: usize| {
        links
            .iter()
            .filter(|w| numbers::ends_with(chars, end, w))
            .max_by_key(|w| w.len())
            .map_or(0, |w| w.chars().count())
    };
    let mut end = at - link_before(at);
    // The members named before their number (村党委共有党员36名).
    if numbers::ends_with(chars, end, "党员") {
        end -= 2;
        end -= link_before(end);
    }
    ["党支部", "党总支", "党委", "党工委", "支部"].iter().any(|organ| {
        numbers::ends_with(chars, end, organ)
            && bodies.iter().any(|body| numbers::ends_with(chars, end - organ.chars().count(), body))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers::Qualifier::{self, *};

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
        ("活动共收到职工征文12份。", "职工征文", 12.0, "份", Exact),
        ("醫院黨委現有成員7名。", "党委成员", 7.0, "名", Exact),
        ("有员工近3000人,其中党员近1000人。", "员工", 3000.0, "人", Approx),
        ("全院在職職工約一千八百人。", "员工", 1800.0, "人", Approx),
        ("全院现有职工3200余人。", "员工", 3200.0, "人", MoreThan),
        ("开放床位1500张。", "床位", 1500.0, "张", Exact),
        ("年门诊量超过120万人次。", "门诊量", 1_200_000.0, "人次", MoreThan),
        ("为50多位贫困的心脏瓣膜患者争取救助。", "患者", 50.0, "位", MoreThan),
        ("医院28位专业志愿者参与。", "志愿者", 28.0, "位", Exact),
        // An adverb jieba tags as a noun ends the phrase (精心, 全力).
        ("晚会由五个党支部精心编排。", "党支部", 5.0, "个", Exact),
        ("组建了两个督查组,由院长带队。", "督查组", 2.0, "个", Exact),
        ("医院建成3个党建展厅,供党员学习。", "党建展厅", 3.0, "个", Exact),
        // The hospital's own hall, its size (not a place of memory visited).
        ("党员们参观了我院新建的党史馆,占地面积约450平方米。", "占地面积", 450.0, "平方米", Approx),
        // …but not people of the kinds listed (内科和外科2名专家), nor groups counted
        // without their names.
        ("选派内科和外科2名专家参加义诊。", "专家", 2.0, "名", Exact),
        ("医院组建了3支志愿服务队。", "志愿服务队", 3.0, "支", Exact),
        ("医院党委下设两个党支部。", "党支部", 2.0, "个", Exact),
        ("今年新成立2个党支部。", "党支部", 2.0, "个", Exact),
        ("医院对口帮扶两家乡镇卫生院。", "乡镇卫生院", 2.0, "家", Exact),
        // 驻村 is one word (驻|村 would leave the phrase after the number without a head).
        ("医院先后选派13名驻村队员到帮扶村工作。", "驻村队员", 13.0, "名", Exact),
        // 人 is the people counted: what follows is the clause, unless a 的 makes the
        // people a modifier of what they form.
        ("医院组织入党积极分子及发展对象共18人来到烈士陵园。", "参加人员", 18.0, "人", Exact),
        ("内科专家一行5人近距离为村民答疑。", "专家", 5.0, "人", Exact),
        // A party going out to a town is the hospital's own, though it 来到 there.
        ("医院内科专家一行6人来到某镇开展义诊。", "专家", 6.0, "人", Exact),
        ("先后选派6批42人的援藏医疗队。", "援藏医疗队", 42.0, "人", Exact),
        // An adverb right after the measure word: the counted stand before the number.
        ("全院党员486名全部参加了集中学习。", "党员", 486.0, "名", Exact),
        ("参训人员120人现场观摩了急救演练。", "参训人员", 120.0, "人", Exact),
        ("全院共有30个党支部,2个党总支,党员900名。", "党总支", 2.0, "个", Exact),
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
        // 个 before a unit of time, and 多 between them (3个多小时).
        ("本次义诊活动历时3个多小时。", "义诊活动时长", 3.0, "小时", MoreThan),
        ("讲座历时两个小时,内容丰富。", "讲座时长", 2.0, "小时", Exact),
        ("主题党课持续了90分钟。", "主题党课时长", 90.0, "分钟", Exact),
        // Blood is counted in units: 单位 is the measure's, not organisations counted.
        ("中心血站全年共采集血液3600个单位。", "血液", 3600.0, "个", Exact),
        ("当天采集血液420人次,共计760个单位。", "血液", 760.0, "个", Exact),
        // A person's years after the measure word modify the people counted.
        ("院长为8名党龄满50年,身体健康的老党员颁发纪念章。", "党员", 8.0, "名", Exact),
        // A total of people right after a count of teams: the teams' members.
        ("医院先后派出三批援藏医疗队,合计42人。", "援藏医疗队队员", 42.0, "人", Exact),
        ("党委成立4个督导组,共计20人。", "督导组成员", 20.0, "人", Exact),
        // A journey's word far before the length in its clause is not a distance.
        ("急救人员到达现场后连续抢救了5个小时。", "抢救时间", 5.0, "小时", Exact),
        // Talks given, not the shape of one speech (宣讲, 主讲 end in 讲).
        ("党员宣讲团全年宣讲16场。", "宣讲", 16.0, "场", Exact),
        // The members counted after a visit to a memorial hall in another clause.
        ("参观烈士纪念馆后,支部组织25名新党员重温入党誓词。", "新党员", 25.0, "名", Exact),
        // A list's last item that holds a verb is a clause, not an item counted.
        ("科室与街道共建3支志愿服务队。", "志愿服务队", 3.0, "支", Exact),
        // Units honoured by a quoted name are counted.
        ("医院党委评选出8个“五星支部”和15名优秀党员。", "党支部", 8.0, "个", Exact),
        // Going out to a township's health centre is the hospital's own party.
        ("专家一行6人来到青山镇卫生院开展帮扶。", "专家", 6.0, "人", Exact),
        ("考评采取500分制。", "考评总分", 500.0, "分", Exact),
        ("一个支部少的有150来人,多的达200人以上。", "支部人数", 150.0, "人", Approx),
        // An age group jieba tags as a time (青年/t) is part of the people counted.
        ("义诊当天,30余名青年志愿者到场服务。", "志愿者", 30.0, "名", MoreThan),
        ("一个支部少的有150来人,多的达200人以上。", "支部人数", 200.0, "人", AtLeast),
        ("每个支部150-200人。", "支部人数", 150.0, "人", Exact),
        ("黨小組三十八個。", "党小组", 38.0, "个", Exact),
        // Who took part with the verb alone: the vocabulary's canonical attendance.
        ("院领导、科主任共38人参加。", "参加人员", 38.0, "人", Exact),
        ("选派十五名医疗骨干赴对口支援医院。", "医疗骨干", 15.0, "名", Exact),
        ("28个临床科室中,有23个科室的党支部书记由科室主任担任,占比达82%。", "科室占比", 82.0, "%", Exact),
        ("党员比例为三分之一。", "党员占比", 0.3333, "ratio", Exact),
        ("患者满意度提升至97.6%。", "满意度", 97.6, "%", Exact),
        ("门诊量增长了18.3%。", "门诊量增长", 18.3, "%", Exact),
        ("参学党员达2100人次。", "党员人次", 2100.0, "人次", Exact),
        ("检查组走遍全院8大总支。", "党总支", 8.0, "个", Exact),
        ("预备党员：12人", "预备党员", 12.0, "人", Exact),
        ("临床党支部由15个调整为21个。", "党支部", 15.0, "个", Exact),
        ("临床党支部由15个调整为21个。", "党支部", 21.0, "个", Exact),
        ("全年共培训 360 人次。", "培训", 360.0, "人次", Exact),
        // An adjective jieba tags as adverbial before what is counted; a list closed
        // by 等; money given to partners, however jieba cuts it.
        ("支部现有21名正式党员。", "正式党员", 21.0, "名", Exact),
        ("发放宣传册、光盘等800余份。", "光盘", 800.0, "份", MoreThan),
        ("各类帮扶款达36.5万余元。", "帮扶资金", 365000.0, "元", MoreThan),
        // What is counted follows the 的 of its modifiers.
        ("支部选出8名责任心强、业务能力突出的党员担任联络员。", "党员", 8.0, "名", Exact),
        // Measure words of letters, boxes and rounds.
        ("全体党员递交请战书42封。", "请战书", 42.0, "封", Exact),
        ("为敬老院送去牛奶15箱。", "牛奶", 15.0, "箱", Exact),
        ("开展集体廉政谈话2轮次。", "集体廉政谈话", 2.0, "轮次", Exact),
        // An idiom after the people counted is the clause's; one before the noun is its.
        ("全院300余名党员充分发扬吃苦耐劳的精神。", "党员", 300.0, "名", MoreThan),
        ("医院派出9名临床一线骨干驰援。", "临床一线骨干", 9.0, "名", Exact),
        // A clause opened by a verb before 的 modifies the noun after it.
        ("义诊中发现30多位患有慢性病的居民。", "居民", 30.0, "位", MoreThan),
        // Gathering idioms, however jieba cuts them; a title given in quotes after its year.
        ("职工代表等150余人会聚一堂。", "参会人员", 150.0, "人", MoreThan),
        ("王芳等12位同志荣获2022年度“优质服务之星”称号。", "优质服务之星", 12.0, "位", Exact),
        // A number's own 百 (一百, 百余) is a count, unlike a slogan's.
        ("活动吸引千名群众参加。", "群众", 1000.0, "名", Exact),
        // Pieces written are a figure; a template page's count of them is not (above).
        ("全院党员撰写心得体会300余篇。", "心得体会", 300.0, "篇", MoreThan),
        // A verb phrase jieba reads as one noun after the people counted is the clause's.
        ("卫生院12名党员积极响应支委号召,走进社区。", "党员", 12.0, "名", Exact),
        // A share after kinds of one whole listed: the whole's.
        ("支部现有正式党员37人、预备党员3人,约占科室职工的41%。", "党员占比", 41.0, "%", Exact),
        // A village a sentence opens by describing: its figures, under its name.
        ("王家湾村地处东山镇北部,距县城16公里,全村有农户318户。", "王家湾村农户", 318.0, "户", Exact),
        // A title in quotes before 称号 is what is counted.
        ("荣获市卫健委“先进基层党组织”称号2个。", "党组织", 2.0, "个", Exact),
        // A quoted word before a noun qualifies it: the noun is counted.
        ("表彰了12个“抗疫”先进集体。", "先进集体", 12.0, "个", Exact),
        // Those who…: X的有N人 counts the people X names, past the verb done to them.
        ("年内被各支部列为入党积极分子考察的有9人。", "入党积极分子", 9.0, "人", Exact),
        ("确定为发展对象的有4人。", "发展对象", 4.0, "人", Exact),
        // Where the people come from modifies them, however long its list.
        ("80名来自内科、外科、行政各支部的党员代表齐聚一堂。", "党员代表", 80.0, "名", Exact),
        // Members and the public going somewhere together are a party.
        ("安排支部党员、入党积极分子和群众30余人到纪念馆参观。", "参加人员", 30.0, "人", MoreThan),
        // The villages a hospital is paired with, counted or restating their names.
        ("医院与3个帮扶村开展结对共建。", "帮扶村", 3.0, "个", Exact),
        ("院领导带队走访东岭乡石门村、西河镇柳林村两个帮扶村。", "帮扶村", 2.0, "个", Exact),
        // People given a quoted title and then described by a 的: the people counted.
        ("我院为8位获得“光荣在党50年”纪念章的老党员颁发证书。", "党员", 8.0, "位", Exact),
        // …but a title's own words after 的 leave the title the subject.
        ("共有5名同志荣获“优秀共产党员”的荣誉称号。", "党员", 5.0, "名", Exact),
        // A label's colon at half width, as folded pages write it, is no clock's.
        ("全院党员总数:612人;党支部:25个。", "党员", 612.0, "人", Exact),
        ("全院党员总数:612人;党支部:25个。", "党支部", 25.0, "个", Exact),
        // Words jieba cuts off a subject of the vocabulary (退休/v|党员, 在职|党支部).
        ("退休党员:47人。", "离退休党员", 47.0, "人", Exact),
        ("其中在职党支部19个,离退休党支部3个。", "在职党支部", 19.0, "个", Exact),
        ("其中在职党支部19个,离退休党支部3个。", "离退休党支部", 3.0, "个", Exact),
        // …and with their count (离休/v|党员|人数).
        ("全院离休党员人数只有5人。", "离休党员人数", 5.0, "人", Exact),
        // A noun a verb follows after the people counted says how they did it (爱心|捐款);
        // comrades counted after the people they are (评委…共七名同志) are those people.
        ("全院150名党员干部爱心捐款3万元。", "党员干部", 150.0, "名", Exact),
        ("支部把12名党员分派到各个卡点。", "党员", 12.0, "名", Exact),
        ("评审组由专家评委和科室推选评委共七名同志组成。", "评委", 7.0, "名", Exact),
        // 只有 and 仅有 link a subject to its count as 仅 does.
        ("我们支部的党员只有9人。", "党员", 9.0, "人", Exact),
        // A share written X占Y的比例为N: X's.
        ("在职党员占全院职工的比例为27.4%。", "在职党员占比", 27.4, "%", Exact),
        ("女性党员占党员总数的比例达到61%。", "党员占比", 61.0, "%", Exact),
        // The level a change reaches from a count of people (由298人增加到415人).
        ("全院党员由298人增加到415人。", "党员", 415.0, "人", Exact),
        ("党员人数从2018年的298人增至2024年的415人。", "党员人数", 415.0, "人", Exact),
        // 面向, a verb jieba tags as a noun, ends the people counted; departments'
        // staff counted in 个 are departments.
        ("仪式上,3位新党员面向鲜红的党旗举起右拳。", "新党员", 3.0, "位", Exact),
        ("党委组织党办、院办等16个职能科室人员参加活动。", "科室", 16.0, "个", Exact),
        // A set phrase of four characters before people is theirs (德高望重的退休党员); a
        // verb jieba takes for a name after them (荣获/nr) is the clause's.
        ("第三医院12名德高望重的退休党员获得纪念章。", "离退休党员", 12.0, "名", Exact),
        ("60余名经验丰富的医护人员参加义诊。", "员工", 60.0, "名", MoreThan),
        // Contestants, whom jieba tags as a verb (选手/v): the people counted.
        ("本次演讲比赛共有各支部推荐的18位选手参加。", "选手", 18.0, "位", Exact),
        ("共有18名选手参加知识竞赛决赛。", "选手", 18.0, "名", Exact),
        // A hospital's own administrative branch is no outside body.
        ("医院机关党支部32名党员赴纪念馆参观学习。", "党员", 32.0, "名", Exact),
    ];

    /// A verb with its aspect right after the measure word is the clause's, never the
    /// subject; the people are before the number (一行 only links them to it).
    #[test]
    fn a_verb_after_the_measure_word_is_not_the_subject() {
        let found = read_all("护理支部组织护士和药师一行十二人冒着大雨到敬老院服务。");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].value == 12.0 && found[0].subject.contains("药师"), "{found:?}");
    }

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

    /// A party visiting the report's own hospital, by its name or by its name without
    /// its province, is the visitors'; the hospital's own party going to another is its.
    #[test]
    fn a_party_visiting_the_hospital_is_not_its_own() {
        let text =
            "6月3日,市卫健委副主任王明一行5人到江城市第二人民医院调研。随后,医院专家一行6人到县人民医院开展帮扶。";
        let kept = without_visitors(read_all(text), text, "江城市第二人民医院");
        assert_eq!(kept.iter().map(|m| m.value).collect::<Vec<_>>(), [6.0], "{kept:#?}");
        // A name as short as any county's (人民医院) is matched from its place's level on.
        let text = "市卫健委副主任王明一行5人到市人民医院调研。随后,医院专家一行6人到县人民医院开展帮扶。";
        let kept = without_visitors(read_all(text), text, "江城市人民医院");
        assert_eq!(kept.iter().map(|m| m.value).collect::<Vec<_>>(), [6.0], "{kept:#?}");
        let text = "市卫健委副主任王明一行5人到江城市第二人民醫院調研。";
        assert!(without_visitors(read_all(text), text, "江城市第二人民医院").is_empty());
        let text = "省卫健委专家组一行三人到省肿瘤医院调研指导主题教育工作。";
        assert!(without_visitors(read_all(text), text, "湖北省肿瘤医院").is_empty());
        assert_eq!(without_visitors(read_all(text), text, "").len(), 1);
        // A party that makes up a team first and comes to us later in its sentence.
        let text = "由张红、李强一行三人组成的市委巡察组,于10月8日来我院开展专项巡察。";
        assert_eq!(read_all(text), vec![], "{text}");
        // (Its own people going out stay: 一行 then 到 another place.)
        assert_eq!(read_all("医院党员专家一行八人,冒雨赶到山区小学开展义诊。").len(), 1);
    }

    /// Sentences whose numbers are not figures about the hospital.
    #[rustfmt::skip]
    const NOT_FIGURES: &[&str] = &[
        "2017-05-18 07:33:26",
        // An article's number set apart from its 第, as a converter leaves it.
        "第 6 條“黨員活動日”要圍繞中心工作開展,避免形式化。",
        // A count of lines of work, ideas as 三个方面 are; so are the angles of a talk, the
        // periods of a history and a plan's big tasks.
        "下半年支部重点抓好三项建设。",
        "主讲人从初心、使命、担当等五个角度作了阐释。",
        "党员们重温了北伐、抗战与解放三个时期的历史。",
        "院长提出今年要办好5件大事。",
        // How far a place lies.
        "结对村地处山区西部,距镇政府驻地12公里。",
        "帮扶村距县城35公里。",
        // A date after a byline's branch, with its marks.
        "发布者:外科党支部    2021-04-16",
        "供稿:第三党支部 2022/9/8",
        "2016年12月30日,医院召开第一次党代会。",
        "当代党员 2017年10期",
        "说明本刊2012年3期第114页一文第一作者。",
        // A quoted formula's numbers explained after it.
        "支部推行“1+5”联系制度,由1名党员联系5户群众。",
        "院领导落实“四个一”:每人联系1个病区、结对1名困难职工、每月讲1次党课。",
        // A length and a half.
        "支部一行早早出发,历时两个半小时到达。",
        // A formula's parts counted, verbs alone after the measure word.
        "各支部务必实现五个全覆盖,干部作风要做到两个到位。",
        // How wide or high what a visit saw was, and how far it went.
        "党员们行走在不足三米宽的山间石道上。",
        "重走长征路活动全程约8公里,大家徒步6公里后到达纪念碑。",
        // A statistic of the country or a whole field, quoted from its source.
        "据最新调查数据显示,我国成年人糖尿病患病率约为12.4%。",
        "从近年通报的医疗领域违纪案例看,65%的问题出在采购环节。",
        "国家卫健委《行风建设意见》指出,“患者投诉中70%与服务态度有关”。",
        // How the work was split up; the characters of an inscription.
        "支部组织党员分三批前往烈士陵园祭扫。",
        "全院职工分为五个批次参加轮训。",
        "石碑上刻着“为人民服务”五个大字。",
        // How long someone's day or stay was: no service's time, no limit, no lasting.
        "值班医生每天只能休息3个小时。",
        "通知下发两天内,全体党员都完成了注册。",
        "他在抗疫一线坚守了整整30天。",
        "热线开通24小时以来,咨询电话不断。",
        // Times that make someone's experience describe the person.
        "有过两次援外医疗经历的王医生担任队长。",
        "拥有5次抗洪救灾经验的老党员主动请缨。",
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
        "未经授权，请勿二次传播本文。",
        "总结出1个核心理念、2项联动机制、3大服务平台、5个工作机制的工作法。",
        "坚持一个中心、两个基本点、三项制度。",
        "医院被评为二级甲等医院。",
        "医院搭建三大平台,形成五大特色。",
        "浏览次数：5120次",
        "开展“天使在身边——千名党员百场”义诊活动。",
        "启动百名专家千场讲座行动。",
        // …and a bare round count of people going out to a place, unquoted.
        "院团委发起百名护士进校园活动,又组织千名职工下乡村。",
        "医院党支部工作总结(通用6篇)",
        "2024年党建工作总结十二篇\n",
        "党风廉政建设心得体会范文精选3篇",
        // …and a sample count glued to the text after it, or before a full stop.
        "卫生院党支部学习制度7篇卫生院党支部学习制度 第一条 为加强学习。",
        "2022年度科室党建工作总结4篇.",
        // How many questions a quiz or a questionnaire has.
        "这份调查问卷共设单选题36道,另有2道开放题。",
        // The bands of a schedule of dues: whom each rate is for.
        "月工资在1000元以下者,按月工资的0.5%缴纳;在1000元至3000元者,按1%缴纳。",
        // A numbered session with its level, a count of a quoted word, a page's counter,
        // parts and directions of a plan.
        "会议要求全面落实十一次市党代会精神。",
        "会上他强调了三个“坚持”,要求全院贯彻。",
        "书记要求科室主任做对照五个“好干部”标准的带头人。",
        "专家的辅导分四项主要内容,条理清楚。",
        "支部对照三个标准逐项检视。",
        // An excerpt cut inside a quoted name.
        "医院用好中心组、院周会“两个阵地",
        "办公室 发布于:2021-03-02 点击 356 次",
        "学习内容分为4个部分,确定了5个方向的课题。",
        "两个文明建设同步推进。",
        "党课讲到了精神懈怠等四种危险,讲到了执政等四大考验。",
        "展厅分为5个板块,党员们依次参观。",
        "要增强四个自信,做到两个维护。",
        "支部建立“首问负责制”“限时办结制”等3个工作机制。",
        // A guest leading people here, whom they lead named before the number.
        "部长带领全县各单位党组织书记 60 余人来我院参观学习。",
        // How far a place is (单程需要5个小时的车程) is no work of the hospital's.
        "从市区到乡卫生院单程需要5个小时的车程。",
        "山路崎岖,有的老乡走过来要三个多小时。",
        // What an exhibition or a film shows.
        "纪念馆分为三个展区,第二展区展示了当年的四场战斗。",
        "党员们参观了序厅、奋斗厅等5个展厅。",
        "党员们观看了纪录片,片中讲到他留下的16篇手稿。",
        // The things a museum shows, counted; the size of a place of memory visited;
        // the inside of a hall the text has just told of.
        "展柜里陈列着烈士生前用过的200余件遗物。",
        "在抗战陈列室,讲解员介绍了珍藏的50件革命文物。",
        "支部党员参观了位于县城东郊的红军渡口遗址,占地20亩。",
        "纪念馆内,一面缀着十几个补丁的旗帜讲述着当年的故事,800多张照片再现了那段岁月。",
        // Numbers in a quoted phrase being cited.
        "会议学习了“十年来我们经历的三件大事”等内容。",
        // What a speech falls into, right after the verb of speaking.
        "书记在动员会上讲了三个问题。",
        "书记就如何发挥支部作用、如何做好党员教育等五个问题进行了深入阐述。",
        "院长结合工作实际阐述了四点认识。",
        // A length with nothing timed before it (近两个小时的讲课) has no subject: 个 is
        // the unit's, not a count of 小时.
        "近两个小时的精彩讲课,现场气氛热烈。",
        "经过3个多月的筹备,活动正式启动。",
        // Leaders just named, counted again; a compilation's size in its own bracket.
        "宣誓结束后,李书记、王院长先后讲话,两位领导对活动给予肯定。",
        "2024年医院党委工作计划(5篇附目录)",
        // X的有N人 with a doer, not people, before the verbs.
        "医院党委推荐参评的有8人。",
        // A condition (凡…以上的) is a rule's threshold, not a count.
        "凡科室有党员三名以上的,均应单独设立党支部。",
        // A place's count is not the hospital's.
        "会上通报了甘肃省5名党员干部违纪问题。",
        "全市共有基层党组织3200个。",
        "该县共有村卫生室186个。",
        "当地现有建档立卡贫困户420户。",
        // Where a meeting was held: a floor of a building or of a room.
        "9月3日,医院在门诊楼五层会议室召开党委会。",
        "党委在住院部六层报告厅召开总结会。",
        // A place's measure.
        "医疗队深入海拔4500米以上的牧区巡诊。",
        "纪念馆位于县城西北35公里处,党员们乘车前往。",
        // A count of groups or kinds right after the items it counts restates them.
        "医院将廉洁文化与加强干部和医务人员两支队伍建设相结合。",
        "面向党员、入党积极分子和群众三类人员开展宣讲。",
        "市卫健委组织江城医院、市中医院和市妇幼保健院3家医院党委开展联学。",
        // Two organisations opening their clause are the two sides of a joint event.
        "此次两个党支部联合开展主题党日活动。",
        // Highlights are a count of ideas; another body's members are its own.
        "专家组总结了该院工作的四个亮点。",
        "共建社区党支部30余名党员及居民参加活动。",
        "结对村党委共有党员36名。",
        // A programme's count the hospital is one of; rules named by how many they are.
        "该院的做法作为20个优秀案例之一在全省推广。",
        "这次活动加深了两个党支部之间的交流。",
        // A higher body's or a place's honours; the parts of a column.
        "近日,省卫生健康委表彰了120个先进基层党组织,全市共评选出8个。",
        "院报的廉政专栏分为四个版块。",
        "诵读会分为“初心”“使命”“担当”等五个篇章。",
        "党员们在讲解员带领下先后参观了“星火燎原”“浴血奋战”“砥砺前行”三个单元。",
        "医院的案例在全国300个参评案例中获得一等奖。",
        "支部党员对照中央八项规定和县委十项规定查摆问题。",
        // A rule's threshold, whoever it is for: fewer than, more than, or over a bound,
        // then 的 and the clause's end or what the rule does to them.
        "病区党员不足3人的,与相邻病区联合成立党支部。",
        "年度扣分超过10分的科室将取消评优资格。",
        "一次多交纳500元以上的党费,由支部统一上缴。",
        // Round the clock, whatever is done.
        "发热门诊实行24小时值勤,确保患者随到随诊。",
        "急救中心24小时出车,随叫随到。",
        // Two or three bodies named right before what they do together.
        "书记为三个党支部结对共建揭牌。",
        "会议要求密切两个党支部的交流互动。",
        // What each team or branch has or sends.
        "结对帮扶中每个党支部帮扶2户困难家庭。",
        "比赛中每组派出4人参加抢答。",
        "通知要求每个党支部报送2篇征文。",
        "各党支部选取1名党务工作者、1名党员组队参赛。",
        // An anniversary cut short on a caption.
        "大厅横幅:热烈庆祝建院65周",
        // A contest's pool and what it chose, with or without 全国.
        "评审组最终从参评的180个项目中评选出60个优秀项目。",
        "护理部的课题在各省送评的500余个课题中脱颖而出。",
        // A few things or rounds counted in words tell the story.
        "经过三轮答题,外科党支部脱颖而出。",
        "支部为每位老党员送去三本学习读本。",
        "老党员又交了两份特殊党费。",
        "今年科室将推进四项计划。",
        // A division numbered in a body's name.
        "省委组织部组织三处副处长李某一行到院调研。",
        // Fields are a kind of idea.
        "检查发现的风险主要集中在四个领域。",
        // A congress's session numbered after its term.
        "全院学习十二届全国人大五次会议期间总书记在江城代表团的讲话。",
    ];

    /// A change given beside the level it led to is not listed; the level is, with
    /// the subject read through the change. A change given alone is the figure.
    #[test]
    fn a_change_beside_its_level_is_not_a_figure() {
        let found = read_all("该院内设科室减少了6个,减至28个。");
        assert!(found.iter().all(|m| m.value != 6.0), "{found:#?}");
        assert!(found.iter().any(|m| m.value == 28.0 && m.subject.contains("科室")), "{found:#?}");
        let found = read_all("本科以上学历占比61.5%,比去年上升4.2%。");
        assert!(found.iter().all(|m| m.value != 4.2), "{found:#?}");
        assert!(found.iter().any(|m| m.value == 61.5), "{found:#?}");
        let found = read_all("全年门诊预约率提升了12.5%。");
        assert!(found.iter().any(|m| m.value == 12.5), "{found:#?}");
    }

    /// A bare round length written onto a noun names the thing; a length with digits or
    /// after it measures it.
    #[test]
    fn a_bare_round_length_before_a_noun_is_part_of_a_name() {
        assert!(read_all("院内新建千米健身步道,供职工锻炼。").is_empty());
        let found = read_all("文化长廊全长120米。");
        assert!(found.iter().any(|m| m.value == 120.0 && m.unit == "米"), "{found:#?}");
    }

    /// An exhibition hall's own size is a figure, though the hall shows things.
    #[test]
    fn a_hall_s_size_is_a_figure() {
        let found = read_all("医院党史馆建筑面积近300平方米。");
        assert!(found.iter().any(|m| m.value == 300.0 && m.unit == "平方米"), "{found:#?}");
    }

    /// A sentence that opens by describing a place of memory a visit went to gives
    /// that place's figures, however many clauses it runs to.
    #[test]
    fn a_place_of_memory_described_gives_no_figure_of_the_hospital() {
        for text in [
            "青山烈士陵园位于县城北郊,始建于1956年,园内长眠着412位革命烈士。",
            "红岩革命纪念馆建筑面积2600平方米,馆内陈列文物1500余件。",
            "该纪念馆共有展品800余件。",
        ] {
            assert_eq!(read_all(text), vec![], "{text}");
        }
        // Not the hospital's own hall, nor a visit that names a hall first.
        assert!(!read_all("我院党史馆建筑面积近300平方米。").is_empty());
        assert!(!read_all("参观纪念馆后,医院组织32名新党员重温入党誓词。").is_empty());
    }

    #[test]
    fn dates_ordinals_names_and_codes_are_not_figures() {
        for text in NOT_FIGURES {
            let found = read_all(text);
            assert!(found.is_empty(), "{text}: {found:#?}");
        }
        // A higher body honouring the hospital's own people counts them, and so does
        // the hospital honouring its own; the hospital's reach across the country and a
        // whole of its own that a part is one of are its figures.
        for (text, value) in [
            ("市卫健委表彰了我院5名优秀党员。", 5.0),
            ("江城市卫健委表彰了我中心5名优秀共产党员。", 5.0),
            ("江城市妇幼党委表彰了20名优秀共产党员。", 20.0),
            ("医院医疗队在全国12个省市开展巡回义诊。", 12.0),
            ("外科党支部是医院12个党支部之一。", 12.0),
            ("医院现有32个护理单元。", 32.0),
            ("支部对照检查共查摆问题12个,已整改完毕。", 12.0),
            ("院党委在全院34个党支部中评选出5个先进党支部。", 34.0),
            ("院党委在全院34个党支部中评选出5个先进党支部。", 5.0),
            // …and so is a later count in another clause, and people chosen from people.
            ("医院案例在全省200个参评案例中脱颖而出,院党委今年还评出12个先进党支部。", 12.0),
            ("医院从各党支部推荐的24名候选人中评选出10名优秀共产党员。", 10.0),
            ("从86名入党积极分子中选出32名发展对象。", 86.0),
            // What a visit did and the places it went to are counted.
            ("专家组参观了敬老院并为80位老人测量血压。", 80.0),
            ("支部组织党员参观了12个红色教育基地。", 12.0),
            // A count of institutions the report took, not named before it.
            ("医院与辖区内9家乡镇卫生院签订了共建协议。", 9.0),
            // A count after a quoted formula that is none of its numbers is one.
            ("支部推行“1+5”联系制度,目前已覆盖120户群众。", 120.0),
            // The members past a bound are counted, the bound is not; a total sent by
            // all the branches, and a rate in time, are figures.
            ("为党龄超过50年的15名老党员颁发纪念章。", 15.0),
            ("各党总支共选送18个节目参加汇演。", 18.0),
            ("退休党员每月交纳党费5元。", 5.0),
            // Times done this year are counted, experience is not.
            ("今年医疗队先后3次赴灾区救援,积累了经验。", 3.0),
        ] {
            let found = read_all(text);
            assert!(found.iter().any(|m| m.value == value), "{text}: {found:#?}");
        }
    }

    /// Where the hospital's people went, a place's count is the reach of their work.
    #[test]
    fn a_place_the_hospital_s_people_went_to_counts_their_reach() {
        let found = read_all("志愿服务队深入全市36个社区开展义诊。");
        assert!(found.iter().any(|m| m.value == 36.0), "{found:#?}");
        let found = read_all("家庭医生团队与全镇2150户居民签订了服务协议。");
        assert!(found.iter().any(|m| m.value == 2150.0), "{found:#?}");
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
