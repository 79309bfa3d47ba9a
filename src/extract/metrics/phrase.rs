//! The words around a figure: jieba's tagged cut of its sentence, and the noun phrases
//! found next to the number — after the measure word (34个党支部, 50多位贫困的患者) or
//! before the number, across linking verbs and adverbs (共有党员877人, 党支部共21个;
//! the linking words, verbs of change and generic heads are in
//! `src/lexicon/metric_words.tsv`) — and the shares written X占Y的N or …占比达N.

use crate::clean::is_han;
use crate::extract::numbers::starts_with;
use crate::extract::subjects::{is_people_word, names_people};
use crate::lexicon;

/// The words of `metric_words.tsv`.
pub(super) struct Words {
    /// Words that link a subject to its figure and are skipped looking back from the
    /// number (党支部共21个, 医院有员工近3000人, 考评采取500分制).
    pub(super) links: Vec<&'static str>,
    /// Nouns that name a measurement of an activity, which a verb before them belongs
    /// to (阅读|量, 候诊|时间).
    generic_heads: Vec<&'static str>,
    /// Verbs of change: the subject is what changed (门诊量增长18.3% → 门诊量增长).
    pub(super) changes: Vec<&'static str>,
    /// Verbs of taking part (200余人参会).
    take_part: Vec<&'static str>,
    /// Verbs of gathering: the people counted before them are those at the meeting
    /// (200余人齐聚一堂 → 参会人员).
    gather: Vec<&'static str>,
    /// Words jieba tags as nouns that say how the people counted act (集体, 现场).
    adverbial_nouns: Vec<&'static str>,
    /// Adverbs of manner that open a verb phrase jieba may tag as a noun (积极响应).
    adverb_leads: Vec<&'static str>,
    /// Nouns jieba tags as numerals (一线).
    mistagged_nouns: Vec<&'static str>,
    /// Currencies, which name no subject of an amount (人民币).
    currencies: Vec<&'static str>,
    /// Verbs that give the people counted a title (荣获…称号).
    pub(super) title_verbs: Vec<&'static str>,
    /// How a word for people of a list ends (…人员, …主任).
    pub(super) party_members: Vec<&'static str>,
    /// What a list of people does next that makes them a party (前往, 在…举行).
    pub(super) party_going: Vec<&'static str>,
    /// What brings a visiting party (一行N人) to the hospital (来到, 莅临).
    pub(super) arrivals: Vec<&'static str>,
    /// Verbs by which one brings many along in a slogan (带动).
    pub(super) brings_along: Vec<&'static str>,
    /// Words that may open a clause whose 两个支部 are the two sides of a joint event.
    pub(super) pair_openers: Vec<&'static str>,
    pub(super) joint_work: Vec<&'static str>,
    /// Checks done for people (量血压, 测血糖), whose person-times count the checks.
    pub(super) checks: Vec<&'static str>,
    /// Words of a journey: a length of time in their clause is a distance.
    pub(super) journeys: Vec<&'static str>,
    /// People of the Party's wars a memorial tells of (将军, 烈士): history.
    pub(super) historical: Vec<&'static str>,
    /// What is done round the clock, right after 24小时: a manner, not a length.
    pub(super) round_the_clock: Vec<&'static str>,
    /// What an exhibition, a museum or a film shows: a number in it is what is shown.
    pub(super) exhibits: Vec<&'static str>,
    /// Things a museum shows (遗物, 文物): counted, they are what is shown.
    pub(super) exhibit_items: Vec<&'static str>,
    /// Words opening a clause that gives a place's size (占地, 建筑面积).
    pub(super) site_sizes: Vec<&'static str>,
    /// Places of memory a visit goes to (陵园, 纪念馆), and what follows such a place's
    /// name when a sentence opens by describing it (位于, 建筑面积).
    pub(super) sites: Vec<&'static str>,
    pub(super) site_told: Vec<&'static str>,
    /// Villages and towns a sentence may open by describing (某某村隶属…).
    pub(super) localities: Vec<&'static str>,
    /// Bodies outside the hospital whose Party organ owns the people counted after it.
    pub(super) outside_bodies: Vec<&'static str>,
    /// Verbs by which a party goes to the place named after them (到, 赴).
    pub(super) going_to: Vec<&'static str>,
    /// Rules named by how many they are (十项规定, 六项纪律): a numeral before them names.
    pub(super) rule_sets: Vec<&'static str>,
    /// Measure words after which a small count in characters narrates (两张门票).
    pub(super) narrative_units: Vec<&'static str>,
    /// Verbs by which a higher body honours many (表彰, 选树): see `honoured_by_others`.
    pub(super) honours: Vec<&'static str>,
    /// Bodies of the state that honour (卫健委, 组织部, 区委).
    pub(super) governing: Vec<&'static str>,
    /// How a clause opens when the state is its actor (国家, 全国).
    pub(super) state_openers: Vec<&'static str>,
    /// Words by which a contest chooses from its pool (脱颖而出, 评选出).
    pub(super) chosen_from: Vec<&'static str>,
    /// The parts of an exhibition a visit saw (单元, 展区).
    pub(super) exhibit_parts: Vec<&'static str>,
}

pub(super) fn lex() -> &'static Words {
    static WORDS: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| Words {
        links: lexicon::words_of("metric_words.tsv", "link"),
        generic_heads: lexicon::words_of("metric_words.tsv", "generic_head"),
        changes: lexicon::words_of("metric_words.tsv", "change"),
        take_part: lexicon::words_of("metric_words.tsv", "take_part"),
        gather: lexicon::words_of("metric_words.tsv", "gather"),
        adverbial_nouns: lexicon::words_of("metric_words.tsv", "adverbial_noun"),
        adverb_leads: lexicon::words_of("metric_words.tsv", "adverb_lead"),
        mistagged_nouns: lexicon::words_of("metric_words.tsv", "mistagged_noun"),
        currencies: lexicon::words_of("metric_words.tsv", "currency"),
        title_verbs: lexicon::words_of("metric_words.tsv", "title_verb"),
        party_members: lexicon::words_of("metric_words.tsv", "party_member"),
        party_going: lexicon::words_of("metric_words.tsv", "party_going"),
        arrivals: lexicon::words_of("metric_words.tsv", "arrival"),
        brings_along: lexicon::words_of("metric_words.tsv", "brings_along"),
        pair_openers: lexicon::words_of("metric_words.tsv", "pair_opener"),
        joint_work: lexicon::words_of("metric_words.tsv", "joint_work"),
        checks: lexicon::words_of("metric_words.tsv", "check"),
        journeys: lexicon::words_of("metric_words.tsv", "journey"),
        historical: lexicon::words_of("metric_words.tsv", "historical"),
        round_the_clock: lexicon::words_of("metric_words.tsv", "round_the_clock"),
        exhibits: lexicon::words_of("metric_words.tsv", "exhibit"),
        exhibit_items: lexicon::words_of("metric_words.tsv", "exhibit_item"),
        site_sizes: lexicon::words_of("metric_words.tsv", "site_size"),
        rule_sets: lexicon::words_of("metric_words.tsv", "rule_set"),
        narrative_units: lexicon::words_of("metric_words.tsv", "narrative_unit"),
        honours: lexicon::words_of("metric_words.tsv", "honour"),
        governing: lexicon::words_of("metric_words.tsv", "governing"),
        state_openers: lexicon::words_of("metric_words.tsv", "state_opener"),
        chosen_from: lexicon::words_of("metric_words.tsv", "chosen_from"),
        exhibit_parts: lexicon::words_of("metric_words.tsv", "exhibit_part"),
        outside_bodies: lexicon::words_of("metric_words.tsv", "outside_body"),
        sites: lexicon::words_of("metric_words.tsv", "site"),
        site_told: lexicon::words_of("metric_words.tsv", "site_told"),
        localities: lexicon::words_of("metric_words.tsv", "locality"),
        going_to: lexicon::words_of("metric_words.tsv", "going_to"),
    })
}

/// Whether `word` only links a subject to its figure (共计, 有).
pub(super) fn is_link(word: &str) -> bool {
    lex().links.contains(&word)
}

/// Currencies, which name no subject of an amount (人民币).
pub(super) fn currencies() -> &'static [&'static str] {
    &lex().currencies
}

/// A subject without the verb of change a rule appended to it (科室增加 → 科室).
pub(super) fn without_change(subject: &str) -> &str {
    lex().changes.iter().find_map(|c| subject.strip_suffix(c)).filter(|s| !s.is_empty()).unwrap_or(subject)
}

/// jieba tags of words that can be (part of) the subject.
pub(super) fn nounish(tag: &str) -> bool {
    matches!(tag, "n" | "nr" | "nrt" | "nrfg" | "ns" | "nt" | "nz" | "ng" | "j" | "l" | "vn" | "an" | "")
}

#[derive(Debug, Clone)]
pub(super) struct Token<'a> {
    pub(super) word: &'a str,
    pub(super) tag: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// Verbs of lasting, between an event and its length (讲座历时两个小时).
pub(super) const LASTING: [&str; 3] = ["历时", "持续", "耗时"];

/// A noun phrase found next to a figure: its character range in the sentence and its
/// words.
#[derive(Debug, Clone)]
pub(super) struct Phrase {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) words: Vec<String>,
}

impl Phrase {
    pub(super) fn text(&self) -> String {
        self.words.concat()
    }
}

/// What looking back from a number found.
#[derive(Debug, Default)]
pub(super) struct Before {
    pub(super) phrase: Option<Phrase>,
    /// 占 was among the linking words (a share).
    pub(super) share: bool,
    /// A verb of change was among them.
    pub(super) change: Option<String>,
    /// 多的 / 少的 stood for the subject: it is the previous figure's.
    pub(super) elided: bool,
    /// The phrase is a label before a colon (退休党员：31人).
    pub(super) label: bool,
    /// The superlative before 的 (党员数最多的69人, 最少的33人): the figure is the
    /// extreme of its subject.
    pub(super) extreme: Option<&'static str>,
    /// The change verb was followed by 至 / 到: the figure is the level reached
    /// (满意度提升至97.6%), not the change.
    pub(super) level: bool,
}

pub(super) struct Sentence<'a> {
    pub(super) chars: &'a [char],
    pub(super) tokens: Vec<Token<'a>>,
}

impl Sentence<'_> {
    pub(super) fn token_ending_at(&self, at: usize) -> Option<usize> {
        self.tokens.iter().position(|t| t.end == at)
    }

    pub(super) fn token_starting_at(&self, at: usize) -> Option<usize> {
        self.tokens.iter().position(|t| t.start == at)
    }

    pub(super) fn boundary(&self, at: usize) -> bool {
        at == 0 || at >= self.chars.len() || self.token_ending_at(at).is_some()
    }

    /// Looks back from `at` (where the figure starts) for its subject.
    pub(super) fn before(&self, at: usize) -> Before {
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
                // A PDF's space before the number (培训 120 人次).
                if w.trim().is_empty() {
                    i -= 1;
                    continue;
                }
                // 党员数最多的69人, 年龄最大的85岁: the superlative belongs to the
                // subject; alone (最少的33人) it stands for the previous figure's.
                if let Some(extreme) =
                    (w == "的" && i > 0).then(|| superlative(self.tokens[i as usize - 1].word)).flatten()
                {
                    found.extreme = Some(extreme);
                    words.push(&self.tokens[i as usize - 1]);
                    i -= 2;
                    continue;
                }
                // Those who…: X的有N人 counts the people X names (被列为入党积极分子
                // 培养的有12人, 具有高级职称的有40人); a verb or two closing X is what
                // was done to them, so the noun before it is the subject.
                if w == "的" && i > 0 && self.tokens.get(i as usize + 1).is_some_and(|n| n.word == "有") {
                    let mut j = i - 1;
                    while j >= 0 && i - j <= 2 && self.tokens[j as usize].tag == "v" {
                        j -= 1;
                    }
                    // …when the noun names people (not the doer: 党委推荐参评的有8人).
                    let people = j >= 0 && {
                        let from = (j - 1).max(0) as usize;
                        let words: String = self.tokens[from..=j as usize].iter().map(|t| t.word).collect();
                        names_people(&words)
                    };
                    if people && self.tokens[j as usize].tag != "vn" {
                        i = j;
                        continue;
                    }
                }
                // A title in quotes, then 称号 (“先进基层党组织”称号1个): the title counts.
                if w == "称号" && i > 0 && matches!(self.tokens[i as usize - 1].word, "”" | "」") {
                    i -= 1;
                    continue;
                }
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
                // A list closed by 等 (传单、光盘等1600余份): what is counted is before it —
                // not a person's name (院长王明等8人: the people, counted after), which
                // jieba may also call a word for people (入党申请人等40余人).
                let before = self.tokens.get((i - 1).max(0) as usize);
                let name = before
                    .is_some_and(|t| matches!(t.tag, "nr" | "nrfg" | "nrt") && !t.word.ends_with(['人', '员', '者']));
                if matches!(w, "等" | "等等") && i > 0 && !name {
                    i -= 1;
                    continue;
                }
                if lex().links.contains(&w) || matches!(t.tag, "d" | "ad" | "ul" | "uz" | "ug" | "t") {
                    found.share |= w.contains('占');
                    found.label |= matches!(w, ":" | "：");
                    saw_to |= found.change.is_none() && matches!(w, "至" | "到" | "为");
                    i -= 1;
                    continue;
                }
                // The measure word of the figure the change starts from (由320人|增加到
                // 456人): that figure's subject is this one's too.
                if found.change.is_some()
                    && i > 0
                    && matches!(w, "人" | "名" | "位" | "个")
                    && self.tokens[i as usize - 1].word.chars().all(|c| c.is_ascii_digit() || c == '.')
                {
                    break;
                }
                if lex().changes.contains(&w) && found.change.is_none() {
                    // 增至, 降到, 调整为: the figure is the level reached.
                    found.level = saw_to || w.ends_with(['至', '到', '为']);
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
            // A verb of lasting is one whatever jieba's tag (持续/vd).
            // A link before the words found ends them (党支部总计|服务50余人次).
            if lex().links.contains(&w) {
                break;
            }
            let verb = (t.tag == "v" || LASTING.contains(&w)) && !lex().changes.contains(&w);
            let noun_head = words.first().is_some_and(|h| h.tag != "v" && h.tag != "vn");
            let bare_suffix = words.len() == 1 && lex().generic_heads.contains(&words[0].word);
            // A one-character distinguishing word (男, 女) opens the phrase or is all of
            // it where a list of shares leaves the noun out (男占比52%,女占比48%).
            let distinguishing = t.tag == "b" && w.chars().count() == 1;
            let mistagged_noun = lex().mistagged_nouns.contains(&w);
            // A word that makes a subject of the vocabulary with the words found is part of
            // it whatever jieba tags it (退休/v|党员, 在职|党支部), and so with their count
            // (离休/v|党员|人数).
            let vocabulary = || {
                let rest: String = words.iter().rev().map(|t| t.word).collect();
                let counted = ["人数", "总数", "数量"].iter().find_map(|c| rest.strip_suffix(c)).unwrap_or(&rest);
                !counted.is_empty() && crate::extract::subjects::exactly(&format!("{w}{counted}")).is_some()
            };
            let usable = nounish(t.tag)
                || distinguishing
                || mistagged_noun
                || verb && (!noun_head || bare_suffix)
                || vocabulary();
            if !usable || words.len() == 3 || words.iter().map(|t| t.word.chars().count()).sum::<usize>() >= 8 {
                break;
            }
            words.push(t);
            i -= 1;
        }
        // A superlative with nothing before it stands for the previous figure's subject.
        if words.len() == 1 && found.extreme == Some(words[0].word) {
            words.clear();
            found.elided = true;
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
    pub(super) fn after(&self, at: usize) -> Option<Phrase> {
        let mut i = self.token_starting_at(at)?;
        // A person's years right after the measure word (5名|党龄达到50年、表现良好的|老
        // 党员) open a modifier, which may run over a comma, of the people counted.
        if ["党龄", "年龄", "工龄", "教龄", "院龄"].contains(&self.tokens[i].word) {
            let de = self.tokens[i..]
                .iter()
                .take(24)
                .take_while(|t| !matches!(t.word, "。" | "；" | ";" | "：" | ":"))
                .position(|t| t.word == "的")?;
            return self.after(self.tokens.get(i + de + 1)?.start);
        }
        // Blood is counted in units (采集血液1205个单位, 采血…人次,共计1205个单位): 单位
        // there is the measure's, and what was collected is before the number.
        if self.tokens[i].word == "单位" && self.chars[..at].contains(&'血') {
            return None;
        }
        // A name in quotes with nothing after it (10个“红旗支部”和…): what is counted —
        // after a short word that qualifies it too (两位驻村“第一书记”), and before the
        // names of the people it titles (…“第一书记”张三、李四).
        let quote_at = (i..self.tokens.len().min(i + 3)).find(|&k| matches!(self.tokens[k].word, "“" | "「"));
        // (Not after the people counted themselves: 12名党员“送医下乡” is a slogan of theirs.)
        let qualifier = quote_at.filter(|&q| {
            let before: String = self.tokens[i..q].iter().map(|t| t.word).collect();
            q > i
                && before.chars().count() <= 3
                && before.chars().all(crate::clean::is_han)
                && crate::extract::subjects::at_end(&before).is_none()
        });
        let open = qualifier.unwrap_or(i);
        let qualifier = qualifier.is_some();
        if matches!(self.tokens[open].word, "“" | "「") {
            let close = self.tokens[open + 1..].iter().take(6).position(|t| matches!(t.word, "”" | "」"))? + open + 1;
            let then = self.tokens.get(close + 1);
            let goes_on = then.is_some_and(|t| {
                t.word.starts_with(crate::clean::is_han)
                    && !matches!(t.word, "的" | "和" | "与" | "、" | "及")
                    && !t.tag.starts_with("nr")
            });
            if close > open + 1 && !goes_on {
                let inside = &self.tokens[open + 1..close];
                let first = if qualifier { &self.tokens[i] } else { &inside[0] };
                return Some(Phrase {
                    start: first.start,
                    end: inside[inside.len() - 1].end,
                    words: self.tokens[if qualifier { i } else { open + 1 }..close]
                        .iter()
                        .filter(|t| !matches!(t.word, "“" | "「"))
                        .map(|t| t.word.to_string())
                        .collect(),
                });
            }
        }
        // Where they come from is a modifier, a list of departments too (140名|来自临床、
        // 医技、行政各条战线的|党员代表).
        if self.tokens[i].word == "来自" {
            return self.modified(i);
        }
        let mut start = i;
        let mut nouns = 0;
        let mut end = i;
        while i < self.tokens.len() && i - start < 5 {
            let t = &self.tokens[i];
            if t.word == "的" {
                // A clause opened by a verb is a modifier of the noun after its 的
                // (100多位|患有疑难病症的|群众).
                if nouns > 0 && self.tokens[start].tag == "v" {
                    return self.modified(start).or_else(|| self.phrase_of(start, end));
                }
                // …and so is a set phrase of four characters before people the vocabulary
                // knows (10位|德高望重的|老党员, 200余名|经验丰富的|医护人员) — not what
                // the number counts (9个|科室|的医生, 三批|援鄂医疗队|的医务工作者).
                if nouns > 0 {
                    let set_phrase = self.tokens[start..i].iter().all(|t| t.word.chars().count() == 4);
                    if set_phrase
                        && let Some(next) = self.tokens.get(i + 1)
                        && let Some(phrase) = self.after(next.start).filter(|p| names_people(&p.text()))
                    {
                        return Some(phrase);
                    }
                    break;
                }
                start = i + 1;
                i += 1;
                continue;
            }
            // A verbal noun after a noun is what is done to it (七个方面建设); a word
            // with an aspect particle is the clause's verb, whatever its tag, after
            // the noun or right after the measure word (16名列席代表|肩负着…, 一行十五人|
            // 冒着严寒).
            if t.tag == "vn" && nouns > 0 || t.word.chars().count() > 1 && t.word.ends_with(['着', '了', '过']) {
                break;
            }
            // A verb of change after the measure word is the clause's (18个|调整为24个).
            if lex().changes.contains(&t.word) {
                break;
            }
            // An adverb jieba tags as a noun says how the counted did what follows
            // (5名老人|集体过生日, 30名党员|现场宣誓); right after the measure word, the
            // counted stand before the number (党员612名|全部参加).
            // …and so does a verb phrase jieba reads as one noun, opened by an adverb
            // of manner (20名党员|积极响应/n|支委号召).
            let adverb_led =
                nouns > 0 && t.word.chars().count() > 2 && lex().adverb_leads.iter().any(|w| t.word.starts_with(w));
            if lex().adverbial_nouns.contains(&t.word) || adverb_led {
                if nouns > 0 {
                    break;
                }
                if i == start {
                    return None;
                }
            }
            // Modifiers joined by a conjunction before the noun (14个在职|和|离退休党支部).
            let joins_modifiers = nouns == 0
                && i > start
                && matches!(t.word, "和" | "及" | "与" | "、")
                && self.tokens.get(i + 1).is_some_and(|n| nounish(n.tag) || matches!(n.tag, "a" | "b" | "v" | "i"));
            if joins_modifiers {
                i += 1;
                continue;
            }
            // A word for people ends the phrase; a noun after it that makes no longer
            // word for people and ends the clause is the clause's (5名优秀党务工作者|
            // 表示祝贺。), unlike one more nouns follow (40支党员|科普|志愿服务队) — and so
            // is one a verb follows, which says how they did it (289名党员干部|爱心|捐款).
            let ends_clause = self.tokens.get(i + 1).is_none_or(|n| !n.word.chars().any(is_han) || n.tag == "v");
            if nouns > 0 && ends_clause {
                let so_far: String = self.tokens[start..end].iter().map(|t| t.word).collect();
                if names_people(&so_far) && !names_people(&format!("{so_far}{}", t.word)) {
                    break;
                }
            }
            // …and so does a word jieba takes for a person's name after it (老党员|荣获/nr).
            if nouns > 0 && t.tag.starts_with("nr") {
                let so_far: String = self.tokens[start..end].iter().map(|t| t.word).collect();
                if names_people(&so_far) {
                    break;
                }
            }
            // Nouns jieba reads as numerals or times (一线, 青年) belong to the phrase like nouns.
            // An idiom opens the phrase (孤寡老人, 离退休|党支部书记); after the noun it is
            // the clause's (200余名党员|充分发扬|吃苦耐劳).
            if t.tag == "i" && nouns > 0 {
                break;
            }
            // A word for people of the subject vocabulary is a noun whatever jieba
            // tags it (26名|选手/v|参加).
            if nounish(t.tag) || t.tag == "i" || lex().mistagged_nouns.contains(&t.word) || is_people_word(t.word) {
                nouns += 1;
                end = i + 1;
            } else if nouns > 0 && t.tag == "a" {
                // A noun with its adjective is a quality of what is counted, which
                // follows the 的 of the modifiers (10名|责任心强、经验丰富的|党员).
                return self.modified(i).or_else(|| self.phrase_of(start, end));
            } else if nouns > 0 || !matches!(t.tag, "a" | "ad" | "b" | "v") {
                // Modifiers come before the noun (jieba tags some adjectives as adverbial
                // ones: 27名|正式/ad|党员); a verb after it is the clause's
                // (十五名医疗骨干|赴…).
                break;
            }
            i += 1;
        }
        (nouns > 0).then(|| self.phrase_of(start, end)).flatten()
    }

    /// The tokens `start..end` as a phrase (none when empty).
    fn phrase_of(&self, start: usize, end: usize) -> Option<Phrase> {
        (end > start).then(|| Phrase {
            start: self.tokens[start].start,
            end: self.tokens[end - 1].end,
            words: self.tokens[start..end].iter().map(|t| t.word.to_string()).collect(),
        })
    }

    /// The noun phrase after the 的 that ends modifiers starting at token `i`, within
    /// the clause and a dozen words (责任心强、临床经验丰富的|党员).
    fn modified(&self, i: usize) -> Option<Phrase> {
        let de = self.tokens[i..]
            .iter()
            .take(12)
            .take_while(|t| !matches!(t.word, "，" | "," | "。" | "；" | ";" | "：" | ":"))
            .position(|t| t.word == "的")?;
        let next = self.tokens.get(i + de + 1)?;
        let phrase = self.after(next.start)?;
        Some(phrase)
    }

    /// A verb of taking part at `at` (where a head count's measure word ends: 200余人
    /// |参会, 840人次|参加了志愿服务) and what was taken part in: the phrase after the
    /// verb — nouns and verbs, up to five words and eight characters — else the verb.
    pub(super) fn attended(&self, at: usize) -> Option<Phrase> {
        let i = self.token_starting_at(at)?;
        let verb = &self.tokens[i];
        // People who gathered are the meeting's attendance, whatever the idiom — read
        // from the characters, as jieba cuts some idioms in two (会聚|一堂).
        let gathered = lex().gather.iter().find(|w| {
            let n = w.chars().count();
            self.chars.get(at..at + n).is_some_and(|here| here.iter().copied().eq(w.chars()))
        });
        if let Some(w) = gathered {
            let end = at + w.chars().count();
            return Some(Phrase { start: at, end, words: vec!["参会".to_string()] });
        }
        if !lex().take_part.contains(&verb.word) {
            return None;
        }
        let mut j = i + 1;
        // 报名参加了…: the verbs after the first, and their aspect, are passed over.
        while self.tokens.get(j).is_some_and(|t| t.word == "了" || lex().take_part.contains(&t.word)) {
            j += 1;
        }
        let first = j;
        let mut chars = 0;
        while let Some(t) = self.tokens.get(j) {
            let usable = nounish(t.tag) && t.word.chars().all(is_han) || matches!(t.tag, "v" | "vn");
            chars += t.word.chars().count();
            if !usable || j - first == 5 || chars > 8 {
                break;
            }
            j += 1;
        }
        let words = if j > first { &self.tokens[first..j] } else { &self.tokens[i..=i] };
        Some(Phrase {
            start: words[0].start,
            end: words[words.len() - 1].end,
            words: words.iter().map(|t| t.word.to_string()).collect(),
        })
    }

    /// A noun before `at` that owns a relational noun (党委 in 党委现有成员7名).
    pub(super) fn owner(&self, at: usize) -> Option<String> {
        let i = self.token_ending_at(at)?;
        self.tokens[..=i].iter().rev().take(3).find(|t| nounish(t.tag) && t.tag != "vn").map(|t| t.word.to_string())
    }
}

/// The superlative `word` ends in (最多, 数最多 → 最多), if any.
pub(super) fn superlative(word: &str) -> Option<&'static str> {
    ["最多", "最少", "最高", "最低", "最大", "最小", "最长", "最短"].into_iter().find(|s| word.ends_with(s))
}

pub(super) fn is_comparative(word: &str) -> bool {
    matches!(word, "多" | "少" | "最多" | "最少" | "大" | "小" | "高" | "低" | "长" | "短")
}

/// Whether the number token at `i` with the next one reads as a time span (3年, 两个月).
pub(super) fn is_time_word(sentence: &Sentence, i: usize) -> bool {
    let here = &sentence.tokens[i].word;
    let next = sentence.tokens.get(i + 1).map_or("", |t| t.word);
    ["年", "月", "天", "周"].iter().any(|w| here.ends_with(w) || next.starts_with(w))
        || here.chars().all(|c| c.is_ascii_digit()) && next.starts_with('年')
}

/// Where 占比 (or 比例, 比重) stands right before a figure, across a linking word
/// (占比达82%, 比例达到62%, 比例为三分之一).
pub(super) fn share_word_before(chars: &[char], at: usize) -> Option<usize> {
    let mut end = at;
    while end > 0 && matches!(chars[end - 1], '达' | '到' | '为' | '约' | '是' | '了' | '近' | '超') && at - end < 2
    {
        end -= 1;
    }
    ["占比", "比例", "比重"].iter().any(|w| end >= 2 && starts_with(chars, end - 2, w)).then(|| end - 2)
}

/// The subject of a share written X占Y的N (党员占职工总数的百分之二十六): the noun
/// phrase before 占, when 占 is in the same clause, at most twelve characters back.
pub(super) fn share_subject(sentence: &Sentence, at: usize) -> Option<Phrase> {
    sentence.before(share_zhan(sentence.chars, at)?).phrase
}

/// Where 占 stands in a share written X占Y的N, when 占 is in the same clause as the
/// figure at `at`, at most twelve characters back.
pub(super) fn share_zhan(chars: &[char], at: usize) -> Option<usize> {
    if at == 0 || chars[at - 1] != '的' {
        return None;
    }
    let from = at.saturating_sub(12);
    let zhan = (from..at).rev().find(|&i| matches!(chars[i], '占'))?;
    (!chars[zhan..at].iter().any(|&c| !is_han(c))).then_some(zhan)
}

/// The head of a phrase the vocabulary does not know: its last words, as many as fit
/// in six characters (督查组, 困难群众, 主题党日活动; 党员志愿服务队 → 志愿服务队), and
/// at least the last word.
pub(super) fn head_of(phrase: &Phrase) -> Option<String> {
    let mut head = phrase.words.last()?.clone();
    for word in phrase.words.iter().rev().skip(1) {
        if head.chars().count() + word.chars().count() > 6 {
            break;
        }
        head.insert_str(0, word);
    }
    Some(head)
}
