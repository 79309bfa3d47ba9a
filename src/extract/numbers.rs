//! Reading quantities in Chinese text: the number, how it is qualified, and whether it
//! is a count, a ratio or a percentage — not what it counts (that is the metric
//! extractor's job, with units and subjects).
//!
//! Read: Arabic digits (full-width too), with thousands written 49,000 or 49 000, and
//! decimals; Chinese numerals in both scripts, everyday and financial (两/兩, 〇/零,
//! 壹 贰/貳 …, 十 百 千 万/萬 亿/億, 拾 佰 仟), positional (二〇一七) or with units
//! (一千零五, 十九); mixed forms (2万, 4.9万, 1.5亿, 3千); decimals (十八点三); fractions
//! (三分之一 → ratio 0.3333, 百分之十八点三 → 18.3 %); percentages (18.3%, 90％);
//! ranges (150-200, 5至10, 5~10); and qualifiers before (近 约 大概 将近 不到 不足
//! 不少于 至少 不超过 最多 超过 逾) or after the number (多 余 来 → more than / about),
//! or after its unit (左右 以上 以下), and 上万 (at least ten thousand).
//!
//! Offsets are in characters of the text read.

use serde::{Deserialize, Serialize};

/// How a quantity is qualified (the vocabulary of DESIGN.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Approx,
    MoreThan,
    LessThan,
    AtLeast,
    AtMost,
}

impl Qualifier {
    pub const ALL: [Qualifier; 6] = [
        Qualifier::Exact,
        Qualifier::Approx,
        Qualifier::MoreThan,
        Qualifier::LessThan,
        Qualifier::AtLeast,
        Qualifier::AtMost,
    ];

    /// The qualifier named `word` (`exact`, `approx`, `more_than` …).
    pub fn parse(word: &str) -> Option<Qualifier> {
        Qualifier::ALL.into_iter().find(|q| q.as_str() == word)
    }

    /// The sign a table writes before the value: ≈1000, >50, ≥200.
    pub fn sign(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::Approx => "≈",
            Qualifier::MoreThan => ">",
            Qualifier::LessThan => "<",
            Qualifier::AtLeast => "≥",
            Qualifier::AtMost => "≤",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::MoreThan => "more_than",
            Qualifier::LessThan => "less_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
        }
    }
}

/// What kind of number it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A plain number (a count, an amount, a year: the unit decides).
    Number,
    /// A fraction, as a ratio (三分之一 → 0.3333).
    Ratio,
    /// A percentage, in percent (18.3% → 18.3).
    Percent,
}

/// A quantity found in text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    pub value: f64,
    /// The upper end of a range (150-200 → value 150, upper 200).
    pub upper: Option<f64>,
    pub kind: Kind,
    pub qualifier: Qualifier,
    /// Characters of the number itself (without qualifiers).
    pub start: usize,
    pub end: usize,
    /// Characters of the whole expression, qualifiers included (不少于…, …左右).
    pub span: (usize, usize),
}

fn digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' | '○' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Whether `c` is a Chinese numeral (一, 两, 十, 百): a count written in words.
pub fn is_numeral(c: char) -> bool {
    digit(c).is_some() || small_unit(c).is_some()
}

/// Whether the count that `chars` opens counts people: its measure word, after the
/// digits or numerals and what qualifies them (余, 多, a space), is 名, 人 or 位
/// (12名, 40余人, 3 位).
pub(crate) fn counts_people(chars: &[char]) -> bool {
    chars
        .iter()
        .find(|&&c| !(c.is_ascii_digit() || is_numeral(c) || matches!(c, ' ' | '.' | '余' | '多')))
        .is_some_and(|u| matches!(u, '名' | '人' | '位'))
}

fn small_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

fn big_unit(c: char) -> Option<f64> {
    Some(match c {
        '万' | '萬' => 1e4,
        '亿' | '億' => 1e8,
        _ => return None,
    })
}

fn arabic(c: char) -> Option<u64> {
    match c {
        '0'..='9' => Some(c as u64 - '0' as u64),
        '０'..='９' => Some(c as u64 - '０' as u64),
        _ => None,
    }
}

fn is_point(c: char) -> bool {
    matches!(c, '.' | '．')
}

/// Reads an Arabic number at `i`: digits, thousands groups (49,000 / 49 000), a
/// decimal part. Returns the value and the index after it.
fn read_arabic(chars: &[char], i: usize) -> Option<(f64, usize)> {
    let mut j = i;
    let mut whole = String::new();
    while let Some(d) = chars.get(j).copied().and_then(arabic) {
        whole.push(char::from(b'0' + d as u8));
        j += 1;
    }
    if whole.is_empty() {
        return None;
    }
    // Thousands groups: a separator followed by exactly three digits.
    while whole.len() <= 15 {
        let sep = chars.get(j).copied();
        let group: Vec<u64> = (1..=3).filter_map(|k| chars.get(j + k).copied().and_then(arabic)).collect();
        let after = chars.get(j + 4).copied();
        if matches!(sep, Some(',' | '，' | ' ')) && group.len() == 3 && after.is_none_or(|c| arabic(c).is_none()) {
            whole.extend(group.iter().map(|&d| char::from(b'0' + d as u8)));
            j += 4;
        } else {
            break;
        }
    }
    let mut text = whole;
    if chars.get(j).copied().is_some_and(is_point) && chars.get(j + 1).copied().and_then(arabic).is_some() {
        text.push('.');
        j += 1;
        while let Some(d) = chars.get(j).copied().and_then(arabic) {
            text.push(char::from(b'0' + d as u8));
            j += 1;
        }
    }
    text.parse().ok().map(|v| (v, j))
}

/// Reads a Chinese numeral at `i`. Returns the value and the index after it.
fn read_chinese(chars: &[char], i: usize) -> Option<(f64, usize)> {
    let mut j = i;
    while j < chars.len()
        && (digit(chars[j]).is_some() || small_unit(chars[j]).is_some() || big_unit(chars[j]).is_some())
    {
        j += 1;
    }
    // A numeral does not start with 万 or 亿.
    if j == i || big_unit(chars[i]).is_some() {
        return None;
    }
    let run = &chars[i..j];
    let has_units = run.iter().any(|&c| small_unit(c).is_some() || big_unit(c).is_some());
    let mut value = if has_units {
        let (mut total, mut section, mut number) = (0f64, 0u64, 0u64);
        let mut seen_digit = false;
        for &c in run {
            if let Some(d) = digit(c) {
                number = d;
                seen_digit = true;
            } else if let Some(u) = small_unit(c) {
                section += if seen_digit || number > 0 { number } else { 1 } * u;
                number = 0;
                seen_digit = false;
            } else if let Some(u) = big_unit(c) {
                section += number;
                if u >= 1e8 {
                    total = (total + section as f64) * u;
                } else {
                    total += section as f64 * u;
                }
                section = 0;
                number = 0;
                seen_digit = false;
            }
        }
        total + (section + number) as f64
    } else {
        // Positional: 二〇一七 → 2017.
        run.iter().fold(0f64, |v, &c| v * 10.0 + digit(c).unwrap_or(0) as f64)
    };
    // A decimal part: 十八点三 → 18.3.
    if matches!(chars.get(j), Some('点' | '點')) && chars.get(j + 1).copied().and_then(digit).is_some() {
        let mut k = j + 1;
        let mut scale = 0.1;
        while let Some(d) = chars.get(k).copied().and_then(digit) {
            value += d as f64 * scale;
            scale /= 10.0;
            k += 1;
        }
        j = k;
    }
    Some((value, j))
}

/// A number at `i`: Arabic or Chinese, with a multiplier after an Arabic one (2万, 4.9万,
/// 3千), and 万/亿 after a Chinese one already read.
fn read_number(chars: &[char], i: usize) -> Option<(f64, usize)> {
    if let Some((mut value, mut j)) = read_arabic(chars, i) {
        if let Some(u) = chars.get(j).copied().and_then(small_unit) {
            // 3千, but not 5十 (never written) — and 2百 is fine.
            if u >= 100 {
                value *= u as f64;
                j += 1;
            }
        }
        if let Some(u) = chars.get(j).copied().and_then(big_unit) {
            value *= u;
            j += 1;
        }
        return Some((value, j));
    }
    read_chinese(chars, i)
}

/// The qualifying words of `qualifiers.tsv`, by where they stand.
struct Qualifying {
    /// Before the number, longest first.
    before: Vec<(&'static str, Qualifier)>,
    /// Verbs that may stand between a qualifier and its number (大概占了三分之一, 约有200).
    connectors: Vec<&'static str>,
    /// Right after the number (多, 余, 来).
    after: Vec<(&'static str, Qualifier)>,
    /// After the unit, up to three characters after the number (左右, 以上).
    after_unit: Vec<(&'static str, Qualifier)>,
}

fn qualifying() -> &'static Qualifying {
    static WORDS: std::sync::OnceLock<Qualifying> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let rows = crate::lexicon::rows("qualifiers.tsv");
        let at = |position: &str| -> Vec<(&'static str, Qualifier)> {
            rows.iter()
                .filter(|row| row[0] == position)
                .map(|row| {
                    let q = Qualifier::parse(row[2]).unwrap_or_else(|| panic!("qualifiers.tsv: {row:?}"));
                    (row[1], q)
                })
                .collect()
        };
        Qualifying {
            before: at("before"),
            connectors: rows.iter().filter(|row| row[0] == "connector").map(|row| row[1]).collect(),
            after: at("after"),
            after_unit: at("after_unit"),
        }
    })
}

/// The qualifier written before position `at`, directly or before a connecting verb,
/// and where it starts.
fn qualifier_before(chars: &[char], at: usize) -> Option<(Qualifier, usize)> {
    let direct = |at: usize| {
        qualifying().before.iter().find(|(w, _)| ends_with(chars, at, w)).map(|&(w, q)| (q, at - w.chars().count()))
    };
    direct(at).or_else(|| {
        qualifying().connectors.iter().filter(|c| ends_with(chars, at, c)).find_map(|c| direct(at - c.chars().count()))
    })
}

/// Whether `word` is written in `chars` at `at`.
pub(crate) fn starts_with(chars: &[char], at: usize, word: &str) -> bool {
    (at..).zip(word.chars()).all(|(k, w)| chars.get(k) == Some(&w))
}

/// Whether `word` ends at `at` in `chars`.
pub(crate) fn ends_with(chars: &[char], at: usize, word: &str) -> bool {
    let n = word.chars().count();
    at >= n && starts_with(chars, at - n, word)
}

/// Every quantity in `text`, in order.
pub fn quantities(text: &str) -> Vec<Quantity> {
    quantities_in(&text.chars().collect::<Vec<char>>())
}

/// Every quantity in `chars`, in order; offsets are indexes into `chars`.
pub fn quantities_in(chars: &[char]) -> Vec<Quantity> {
    // A fraction is written with 分之: where it is not, no position need be tried.
    let fractions = chars.windows(2).any(|w| w == ['分', '之']);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // 上万 / 上萬: at least ten thousand, with no numeral written.
        if (starts_with(chars, i, "上万") || starts_with(chars, i, "上萬"))
            && chars.get(i + 2).is_none_or(|&c| digit(c).is_none())
        {
            out.push(Quantity {
                value: 1e4,
                upper: None,
                kind: Kind::Number,
                qualifier: Qualifier::AtLeast,
                start: i,
                end: i + 2,
                span: (i, i + 2),
            });
            i += 2;
            continue;
        }
        // Fractions: X分之Y (百分之Y is a percentage).
        if fractions && let Some(q) = fraction(chars, i) {
            i = q.span.1;
            out.push(q);
            continue;
        }
        let starts_number = arabic(chars[i]).is_some() || digit(chars[i]).is_some() || small_unit(chars[i]).is_some();
        if !starts_number {
            i += 1;
            continue;
        }
        // Inside a longer Arabic number or a word like 十九大 the caller decides; here
        // a number is read wherever it starts.
        let Some((mut value, mut end)) = read_number(chars, i) else {
            i += 1;
            continue;
        };
        let start = i;
        let mut kind = Kind::Number;
        let mut upper = None;
        // Two neighbouring digits are a rough range, not a positional number: 四五次 is
        // four or five times, 两三个 two or three.
        let mut rough = false;
        if let [a, b] = chars[start..end]
            && let (Some(low), Some(high)) = (digit(a), digit(b))
            && high == low + 1
            && low > 0
        {
            (value, upper, rough) = (low as f64, Some(high as f64), true);
        }
        // A range: 150-200, 5至10, 5~10, 5—10, 5到10.
        if matches!(chars.get(end), Some('-' | '－' | '—' | '–' | '~' | '～' | '至' | '到'))
            && let Some((high, after)) = read_number(chars, end + 1)
            && high > value
        {
            upper = Some(high);
            end = after;
        }
        if matches!(chars.get(end), Some('%' | '％')) {
            kind = Kind::Percent;
            end += 1;
        }
        let mut span = (start, end);
        let mut qualifier = if rough { Qualifier::Approx } else { Qualifier::Exact };
        if let Some((q, from)) = qualifier_before(chars, start) {
            qualifier = q;
            span.0 = from;
        }
        // A PDF's or a page's space may stand between the digits and 余 (共 180 余人).
        let spaced = chars.get(end) == Some(&' ') && chars[start].is_ascii_digit();
        let after = if spaced { end + 1 } else { end };
        if let Some(&(_, q)) = qualifying().after.iter().find(|(w, _)| starts_with(chars, after, w)) {
            if qualifier == Qualifier::Exact {
                qualifier = q;
            }
            span.1 = after + 1;
        }
        // 多 between 个 and the unit of time it counts (3个多小时, 两个多月): more than.
        let times = ["小时", "钟头", "月", "星期"];
        if qualifier == Qualifier::Exact
            && starts_with(chars, after, "个多")
            && times.iter().any(|w| starts_with(chars, after + 2, w))
        {
            qualifier = Qualifier::MoreThan;
        }
        for skip in 0..=3 {
            let at = span.1 + skip;
            if chars[span.1..at.min(chars.len())].iter().any(|c| !crate::clean::is_han(*c)) {
                break;
            }
            if let Some(&(word, q)) = qualifying().after_unit.iter().find(|(w, _)| starts_with(chars, at, w)) {
                if qualifier == Qualifier::Exact {
                    qualifier = q;
                }
                span.1 = at + word.chars().count();
                break;
            }
        }
        out.push(Quantity { value, upper, kind, qualifier, start, end, span });
        i = end.max(i + 1);
    }
    out
}

/// X分之Y at `i`: a ratio, or a percentage for 百分之Y.
fn fraction(chars: &[char], i: usize) -> Option<Quantity> {
    let (denominator, after) = read_number(chars, i).or_else(|| match chars.get(i) {
        Some('百' | '佰') => Some((100.0, i + 1)),
        Some('千' | '仟') => Some((1000.0, i + 1)),
        _ => None,
    })?;
    if !(starts_with(chars, after, "分之")) || denominator == 0.0 {
        return None;
    }
    let (numerator, end) = read_number(chars, after + 2)?;
    let percent = denominator == 100.0;
    let mut span = (i, end);
    let mut qualifier = Qualifier::Exact;
    if let Some((q, from)) = qualifier_before(chars, i) {
        qualifier = q;
        span.0 = from;
    }
    Some(Quantity {
        value: if percent { numerator } else { numerator / denominator },
        upper: None,
        kind: if percent { Kind::Percent } else { Kind::Ratio },
        qualifier,
        start: i,
        end,
        span,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Kind::*;
    use Qualifier::*;

    /// (text, value, upper, kind, qualifier, the expression as written)
    type Case = (&'static str, f64, Option<f64>, Kind, Qualifier, &'static str);
    #[rustfmt::skip]
    const CASES: &[Case] = &[
        // Arabic
        ("共有黨員877人", 877.0, None, Number, Exact, "877"),
        ("党员877人", 877.0, None, Number, Exact, "877"),
        ("黨支部共21個", 21.0, None, Number, Exact, "21"),
        ("设6个党总支", 6.0, None, Number, Exact, "6"),
        ("總支下設34個黨支部", 34.0, None, Number, Exact, "34"),
        ("全院41个党组织", 41.0, None, Number, Exact, "41"),
        ("免費培訓16場次", 16.0, None, Number, Exact, "16"),
        ("考評采取500分制", 500.0, None, Number, Exact, "500"),
        ("捐款49,000元", 49000.0, None, Number, Exact, "49,000"),
        ("捐款49，000元", 49000.0, None, Number, Exact, "49，000"),
        ("共计 49 000元", 49000.0, None, Number, Exact, "49 000"),
        ("共计４９０００元", 49000.0, None, Number, Exact, "４９０００"),
        ("投入1,234,567元", 1234567.0, None, Number, Exact, "1,234,567"),
        ("增长3.5倍", 3.5, None, Number, Exact, "3.5"),
        ("人均0.75万元", 7500.0, None, Number, Exact, "0.75万"),
        // Mixed
        ("答题2万题", 20000.0, None, Number, Exact, "2万"),
        ("阅读量4.9万次", 49000.0, None, Number, Exact, "4.9万"),
        ("投資1.5億元", 150000000.0, None, Number, Exact, "1.5億"),
        ("服务3千人次", 3000.0, None, Number, Exact, "3千"),
        ("服務2百人", 200.0, None, Number, Exact, "2百"),
        ("资产12亿元", 1200000000.0, None, Number, Exact, "12亿"),
        ("3萬人", 30000.0, None, Number, Exact, "3萬"),
        // Chinese numerals
        ("三个院区", 3.0, None, Number, Exact, "三"),
        ("獨立的三個院區", 3.0, None, Number, Exact, "三"),
        ("两个督查组", 2.0, None, Number, Exact, "两"),
        ("兩個督查組", 2.0, None, Number, Exact, "兩"),
        ("九个栏目", 9.0, None, Number, Exact, "九"),
        ("十个支部", 10.0, None, Number, Exact, "十"),
        ("十九个科室", 19.0, None, Number, Exact, "十九"),
        // Two neighbouring digits: a rough range
        ("每年下乡四五次", 4.0, Some(5.0), Number, Approx, "四五"),
        ("走访两三个村", 2.0, Some(3.0), Number, Approx, "两三"),
        ("二十一个支部", 21.0, None, Number, Exact, "二十一"),
        ("一百二十人", 120.0, None, Number, Exact, "一百二十"),
        ("一千零五人", 1005.0, None, Number, Exact, "一千零五"),
        ("三千人", 3000.0, None, Number, Exact, "三千"),
        ("八百七十七名党员", 877.0, None, Number, Exact, "八百七十七"),
        ("八百七十七名黨員", 877.0, None, Number, Exact, "八百七十七"),
        ("一万二千人", 12000.0, None, Number, Exact, "一万二千"),
        ("一萬二千人", 12000.0, None, Number, Exact, "一萬二千"),
        ("三万元", 30000.0, None, Number, Exact, "三万"),
        ("一亿二千万元", 120000000.0, None, Number, Exact, "一亿二千万"),
        ("五億元", 500000000.0, None, Number, Exact, "五億"),
        ("二〇一七年", 2017.0, None, Number, Exact, "二〇一七"),
        ("二零一七年", 2017.0, None, Number, Exact, "二零一七"),
        ("壹佰贰拾元", 120.0, None, Number, Exact, "壹佰贰拾"),
        ("貳仟元", 2000.0, None, Number, Exact, "貳仟"),
        ("叁拾人", 30.0, None, Number, Exact, "叁拾"),
        ("陆个", 6.0, None, Number, Exact, "陆"),
        ("陸個", 6.0, None, Number, Exact, "陸"),
        ("十八点三", 18.3, None, Number, Exact, "十八点三"),
        ("十八點三", 18.3, None, Number, Exact, "十八點三"),
        ("三点五万", 3.5, None, Number, Exact, "三点五"),
        // Fractions and percentages
        ("黨員大概占了三分之一", 1.0 / 3.0, None, Ratio, Approx, "大概占了三分之一"),
        ("约有200人", 200.0, None, Number, Approx, "约有200"),
        ("人数达到近千人", 1000.0, None, Number, Approx, "近千"),
        ("党员占四分之一", 0.25, None, Ratio, Exact, "四分之一"),
        ("約占二分之一", 0.5, None, Ratio, Approx, "約占二分之一"),
        ("百分之十八点三", 18.3, None, Percent, Exact, "百分之十八点三"),
        ("百分之九十", 90.0, None, Percent, Exact, "百分之九十"),
        ("百分之百", 100.0, None, Percent, Exact, "百分之百"),
        ("千分之五", 0.005, None, Ratio, Exact, "千分之五"),
        ("满意度达到90%", 90.0, None, Percent, Exact, "90%"),
        ("满意度达到90％", 90.0, None, Percent, Exact, "90％"),
        ("占18.3%", 18.3, None, Percent, Exact, "18.3%"),
        ("增长约18.3%", 18.3, None, Percent, Approx, "约18.3%"),
        ("不低于95%", 95.0, None, Percent, AtLeast, "不低于95%"),
        ("占比3/4", 3.0, None, Number, Exact, "3"),
        // Ranges
        ("150-200人", 150.0, Some(200.0), Number, Exact, "150-200"),
        ("5至10个", 5.0, Some(10.0), Number, Exact, "5至10"),
        ("5~10个", 5.0, Some(10.0), Number, Exact, "5~10"),
        ("5～10个", 5.0, Some(10.0), Number, Exact, "5～10"),
        ("5到10个", 5.0, Some(10.0), Number, Exact, "5到10"),
        ("三至五年", 3.0, Some(5.0), Number, Exact, "三至五"),
        ("2016-12-13", 2016.0, None, Number, Exact, "2016"),
        ("20-30%", 20.0, Some(30.0), Percent, Exact, "20-30%"),
        // Qualifiers before
        ("有員工近3000人", 3000.0, None, Number, Approx, "近3000"),
        ("其中黨員近1000人", 1000.0, None, Number, Approx, "近1000"),
        ("约200人", 200.0, None, Number, Approx, "约200"),
        ("約200人", 200.0, None, Number, Approx, "約200"),
        ("大约200人", 200.0, None, Number, Approx, "大约200"),
        ("大概三千人", 3000.0, None, Number, Approx, "大概三千"),
        ("将近五百人", 500.0, None, Number, Approx, "将近五百"),
        ("不到100人", 100.0, None, Number, LessThan, "不到100"),
        ("不足一半", 1.0, None, Number, LessThan, "不足一"),
        ("不少于10次", 10.0, None, Number, AtLeast, "不少于10"),
        ("不少於10次", 10.0, None, Number, AtLeast, "不少於10"),
        ("至少3次", 3.0, None, Number, AtLeast, "至少3"),
        ("不超过15分钟", 15.0, None, Number, AtMost, "不超过15"),
        ("不超過15分鐘", 15.0, None, Number, AtMost, "不超過15"),
        ("最多5人", 5.0, None, Number, AtMost, "最多5"),
        ("超过1000人", 1000.0, None, Number, MoreThan, "超过1000"),
        ("逾千人", 1000.0, None, Number, MoreThan, "逾千"),
        // Qualifiers after the number
        ("為50多位貧困患者", 50.0, None, Number, MoreThan, "50多"),
        ("答题2万多题", 20000.0, None, Number, MoreThan, "2万多"),
        ("三十余人", 30.0, None, Number, MoreThan, "三十余"),
        ("共 180 余人参加", 180.0, None, Number, MoreThan, "180 余"),
        ("三十餘人", 30.0, None, Number, MoreThan, "三十餘"),
        ("一個支部少的有150來人", 150.0, None, Number, Approx, "150來"),
        ("一个支部少的有150来人", 150.0, None, Number, Approx, "150来"),
        ("百余人", 100.0, None, Number, MoreThan, "百余"),
        // Qualifiers after the unit
        ("多的達200人以上", 200.0, None, Number, AtLeast, "200人以上"),
        ("多的达200人以上", 200.0, None, Number, AtLeast, "200人以上"),
        ("100人左右", 100.0, None, Number, Approx, "100人左右"),
        ("10岁以下", 10.0, None, Number, AtMost, "10岁以下"),
        ("50万元以上", 500000.0, None, Number, AtLeast, "50万元以上"),
        ("3000人之多", 3000.0, None, Number, AtLeast, "3000人之多"),
        ("五年以上", 5.0, None, Number, AtLeast, "五年以上"),
        ("300名左右", 300.0, None, Number, Approx, "300名左右"),
        // 上万
        ("閱讀量迅速上萬", 10000.0, None, Number, AtLeast, "上萬"),
        ("阅读量迅速上万", 10000.0, None, Number, AtLeast, "上万"),
    ];

    #[test]
    fn every_case_reads_as_written() {
        assert!(CASES.len() >= 100, "{} cases", CASES.len());
        for &(text, value, upper, kind, qualifier, written) in CASES {
            let found = quantities(text);
            let chars: Vec<char> = text.chars().collect();
            let as_written = |q: &&Quantity| chars[q.span.0..q.span.1].iter().collect::<String>() == written;
            let q = found.iter().find(as_written).unwrap_or_else(|| panic!("{written} not read in {text}: {found:?}"));
            assert!((q.value - value).abs() < 1e-9 * value.abs().max(1.0), "{text}: {} ≠ {value}", q.value);
            assert_eq!(q.upper, upper, "{text}");
            assert_eq!(q.kind, kind, "{text}");
            assert_eq!(q.qualifier, qualifier, "{text}");
        }
    }

    #[test]
    fn every_gold_figure_is_read_with_its_value_and_qualifier() {
        let gold = include_str!("../../tests/gold/metrics.tsv");
        let mut rows = 0;
        for line in gold.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            let [_, _, subject, value, unit, qualifier, evidence] = f[..] else { continue };
            let value: f64 = value.parse().unwrap();
            let kind = match unit {
                "ratio" => Ratio,
                "%" => Percent,
                _ => Number,
            };
            let clean = crate::clean::clean(evidence).text;
            let found = quantities(&clean);
            let hit = found.iter().find(|q| {
                (q.value - value).abs() <= value.abs() * 1e-3 && q.kind == kind && q.qualifier.as_str() == qualifier
            });
            assert!(hit.is_some(), "{subject} {value} {unit} {qualifier} not read in {clean}: {found:?}");
            rows += 1;
        }
        assert!(rows >= 30, "{rows} gold rows");
    }

    #[test]
    fn several_quantities_in_a_sentence_in_order() {
        let found = quantities("邵陽市中心醫院共有黨員877人,其中在職黨員655人,離退休黨員222人。");
        let values: Vec<f64> = found.iter().map(|q| q.value).collect();
        assert_eq!(values, [877.0, 655.0, 222.0]);
        let found = quantities("有員工近3000人,其中黨員近1000人,黨支部共21個,也就是說,黨員大概占了三分之一。");
        let read: Vec<(f64, Qualifier)> = found.iter().map(|q| (q.value, q.qualifier)).collect();
        assert_eq!(read[..3], [(3000.0, Approx), (1000.0, Approx), (21.0, Exact)]);
        assert_eq!(found[3].kind, Ratio);
    }

    #[test]
    fn reading_never_panics() {
        for text in crate::clean::testing::random_texts(300) {
            for q in quantities(&text) {
                assert!(q.span.0 <= q.start && q.start < q.end && q.end <= q.span.1);
                assert!(q.value.is_finite());
            }
        }
    }
}
