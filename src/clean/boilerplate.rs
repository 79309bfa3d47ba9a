//! Boilerplate: what a website or content farm put around the article.
//!
//! Lines are judged by what they are, not by matching known strings:
//! - **spam**: several distinct terms of `spam_terms.txt` covering over a third of the
//!   line (keyword-stuffed video-site titles);
//! - **place lists**: five or more short names, most ending in an administrative
//!   suffix (隆化县| 蛟河市| 腾冲县| …);
//! - **related-article lists**: a header such as 猜你喜欢 and the short title, byline
//!   and date lines after it, or a run of dated entries (新青年(2016年12期)2016-12-13
//!   16:57:19) after the article;
//! - **chrome**: short lines before the article's first paragraph or after its last
//!   that carry a chrome cue (欢迎来到, 当前位置, 版权所有, ICP备, 律师事务所 …) or are
//!   mostly navigation words (搜索, 首页), or menus (首页 | 医院概况 | 新闻中心 | …).
//!
//! The article's first and last *content* lines (30+ Han characters with sentence
//! punctuation) bound where chrome may be removed, so a paragraph that mentions 搜索
//! or 版权 is never taken out. Spam and place lists go wherever they are.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::chars::{is_han, lexicon_terms};
use super::step::{Note, NoteKind, Step};

pub struct Boilerplate;

struct Lexicons {
    spam: AhoCorasick,
    chrome: AhoCorasick,
    site_owner: AhoCorasick,
    published: AhoCorasick,
    nav: AhoCorasick,
    related: AhoCorasick,
    place_suffixes: Vec<char>,
    /// `stamp_labels.txt`, in both scripts.
    stamp_labels: Vec<String>,
}

fn automaton(table: &str) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(lexicon_terms(table))
        .expect("lexicon terms build an automaton")
}

fn lexicons() -> &'static Lexicons {
    static LEXICONS: OnceLock<Lexicons> = OnceLock::new();
    LEXICONS.get_or_init(|| Lexicons {
        spam: automaton("spam_terms.txt"),
        chrome: automaton("chrome_cues.txt"),
        site_owner: automaton("site_owner_cues.txt"),
        published: automaton("published_cues.txt"),
        nav: automaton("nav_words.txt"),
        related: automaton("related_headers.txt"),
        place_suffixes: lexicon_terms("place_suffixes.txt").iter().filter_map(|t| t.chars().next()).collect(),
        stamp_labels: lexicon_terms("stamp_labels.txt"),
    })
}

fn han_count(line: &str) -> usize {
    line.chars().filter(|&c| is_han(c)).count()
}

/// Judged on the first 600 bytes: keyword stuffing is dense from its first word, and
/// a long paragraph need not be scanned to its end.
fn is_spam(line: &str) -> bool {
    let mut cut = line.len().min(600);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let line = &line[..cut];
    let lex = lexicons();
    let mut covered = 0;
    let mut distinct: Vec<aho_corasick::PatternID> = Vec::new();
    for m in lex.spam.find_iter(line) {
        covered += line[m.start()..m.end()].chars().count();
        if !distinct.contains(&m.pattern()) {
            distinct.push(m.pattern());
        }
    }
    // Most lines hold no spam term at all: the line is counted only when it might be.
    distinct.len() >= 3 && covered * 100 >= line.chars().filter(|c| is_han(*c) || c.is_alphanumeric()).count() * 35
}

fn is_place_list(line: &str) -> bool {
    if line.contains('。') {
        return false;
    }
    let suffixes = &lexicons().place_suffixes;
    let tokens: Vec<&str> = line
        .split(|c: char| matches!(c, '|' | '｜' | '、' | ',' | '，' | '/' | '·') || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .collect();
    if tokens.len() < 5 {
        return false;
    }
    let names = tokens.iter().filter(|t| t.chars().count() <= 8 && t.chars().all(is_han)).count();
    let places = tokens
        .iter()
        .filter(|t| t.chars().count() <= 8 && t.chars().last().is_some_and(|c| suffixes.contains(&c)))
        .count();
    names * 10 >= tokens.len() * 8 && places * 10 >= tokens.len() * 6
}

/// A short line that ends in a date or date-time: an entry of a related-article list.
fn is_dated_entry(line: &str) -> bool {
    static DATED: OnceLock<regex::Regex> = OnceLock::new();
    let re = DATED.get_or_init(|| {
        regex::Regex::new(r"\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$").expect("valid")
    });
    line.chars().count() <= 60 && re.is_match(line) && han_count(line) > 0
}

/// A teaser of another article, above this one: its summary cut short (… or ...) and
/// its date at the line's end, perhaps after a section's tag ([新闻中心]11月14日,某某医院
/// 与…... 2025-11-14).
fn is_teaser(line: &str) -> bool {
    static TEASER: OnceLock<regex::Regex> = OnceLock::new();
    let re = TEASER.get_or_init(|| {
        regex::Regex::new(r"(?:\.{3}|…)\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$").expect("valid")
    });
    line.chars().count() <= 160 && re.is_match(line) && han_count(line) >= 8
}

/// Whether `headline` is the teaser's own headline: the teaser's summary, past its tag
/// and its date, opens with the headline's first six Han characters.
fn heads_teaser(headline: &str, teaser: &str) -> bool {
    let han = |l: &str| l.chars().filter(|&c| is_han(c)).collect::<String>();
    let (headline, teaser) = (han(headline), han(teaser));
    let opening: String = headline.chars().take(6).collect();
    headline.chars().count() >= 6 && teaser.chars().take(20).collect::<String>().contains(&opening)
}

fn is_related_header(line: &str) -> bool {
    let line = line.trim();
    line.chars().count() <= 12 && lexicons().related.is_match(line)
}

/// A line of website chrome: a chrome cue in a short line, mostly navigation words, or a
/// menu of items between bars.
pub fn is_chrome(line: &str) -> bool {
    let lex = lexicons();
    let length = line.chars().filter(|c| !c.is_whitespace()).count();
    if length == 0 {
        return false;
    }
    if length <= 100 && lex.chrome.is_match(line) {
        return true;
    }
    let nav: usize = lex.nav.find_iter(line).map(|m| line[m.start()..m.end()].chars().count()).sum();
    nav * 2 >= length || is_menu(line) || is_contact(line)
}

/// A picture's file name on a line of its own, where a page's picture stood
/// (微信图片_20210201140725.jpg, QQ浏览器截图20200930161617, IMG_2035), an item of a
/// list of pictures too (• 合影.png): no words of the article, wherever it stands.
fn is_file_name(line: &str) -> bool {
    static NAME: OnceLock<regex::Regex> = OnceLock::new();
    let name = NAME.get_or_init(|| {
        regex::Regex::new(
            r"(?i)^\S{0,40}\.(?:jpe?g|png|gif|bmp|webp)$|^(?:qq浏览器截图|qq截图|微信截图|微信图片|屏幕截图|img|dsc|mmexport)[_-]?\d{4,}[_\d]*(?:_副本)?$",
        )
        .expect("valid")
    });
    name.is_match(line.trim().trim_start_matches(['•', '·', '●', '▪', '■', '◆']).trim_start())
}

/// A line of nothing but markup (<p id="z9ngd"><label id="z9ngd"></label></p>), as a
/// page's hidden spam leaves it in the text a site or a search engine gives.
fn is_markup(line: &str) -> bool {
    static MARKUP: OnceLock<regex::Regex> = OnceLock::new();
    let markup = MARKUP.get_or_init(|| regex::Regex::new(r"^[\s•·]*(?:</?[a-zA-Z][^<>]*>\s*)+$").expect("valid"));
    markup.is_match(line)
}

/// A site's contact line: a few words (全国咨询热线, 联系电话) and phone numbers.
fn is_contact(line: &str) -> bool {
    let digits = line.chars().filter(char::is_ascii_digit).count();
    let han = line.chars().filter(|&c| is_han(c)).count();
    ["热线", "熱線", "电话", "電話"].iter().any(|w| line.contains(w)) && digits >= 7 && han <= 8
}

/// A menu: four or more short items separated by bars.
fn is_menu(line: &str) -> bool {
    let items: Vec<&str> = line.split(['|', '｜']).map(str::trim).filter(|item| !item.is_empty()).collect();
    items.len() >= 4 && items.iter().all(|item| item.chars().count() <= 8)
}

/// The marks between a breadcrumb's steps.
pub const CRUMB_MARKS: [&str; 6] = [">>", ">", "》》", "»", "›", "->"];

/// A breadcrumb: where the page stands, its steps apart by marks (当前位置：首页 >
/// 新闻中心 > …).
fn is_breadcrumb(line: &str) -> bool {
    // A "where you are" label opens one whatever separates its steps (您的位置: 某某医院
    // 新闻中心).
    let labelled = line.trim_start().split([':', '：']).next().is_some_and(|label| {
        label.chars().count() <= 6
            && ["您的位置", "当前位置", "所在位置", "您现在的位置", "您現在的位置", "當前位置"]
                .iter()
                .any(|w| label.ends_with(w))
    }) && line.contains([':', '：']);
    labelled
        || ["位置", "首页", "首頁"].iter().any(|w| line.contains(w)) && CRUMB_MARKS.iter().any(|m| line.contains(m))
}

/// A line of the article itself: long enough and written in sentences.
fn is_content(line: &str) -> bool {
    // One pass that stops as soon as the line has shown both: long lines are the rule.
    let (mut han, mut punctuated) = (0, false);
    let written = line.chars().any(|c| {
        if is_han(c) {
            han += 1;
        } else if matches!(c, '。' | '，' | ',' | '；' | ';' | '！' | '!' | '？' | '?') {
            punctuated = true;
        }
        han >= 30 && punctuated
    });
    written && !is_spam(line) && !is_place_list(line)
}

/// A line that opens with a full date (2023-06-30 来源：本站原创, 2023年06月30日 作者…):
/// the page's stamp, when a clock time, the stamp's labels or a few words (本站原创)
/// follow it — not a dated link of a list (2019-05-02 医院召开职代会).
fn opens_with_a_date(line: &str) -> bool {
    static DATE: OnceLock<regex::Regex> = OnceLock::new();
    let date = DATE.get_or_init(|| {
        regex::Regex::new(
            r"^\s*(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?",
        )
        .expect("valid")
    });
    date.find(line).is_some_and(|found| {
        let rest = line[found.end()..].trim_start_matches([' ', '\u{3000}', '\t']);
        let clock = found.as_str().contains([':', '：']);
        clock || !reads_as_a_link(rest) || lexicons().stamp_labels.iter().any(|l| rest.starts_with(l.as_str()))
    })
}

/// Whether what follows a date at a line's start reads as the headline of a dated link
/// (2019-05-02 医院召开职代会): six Han characters or more, no page chrome (a paper's
/// page turner: < 上一版 下一版 > 返回首页), and not the name of who wrote it
/// (2021-03-08某某医院党支部) or of the site or paper it comes from (2020-04-21
/// 某某党建信息网).
pub(crate) fn reads_as_a_link(rest: &str) -> bool {
    const WRITERS: &[&str] = &[
        "党支部",
        "党总支",
        "党委",
        "医院",
        "卫生院",
        "中心",
        "办公室",
        "宣传部",
        "宣传科",
        "党办",
        "网",
        "网站",
        "日报",
        "晚报",
        "在线",
    ];
    rest.chars().filter(|&c| is_han(c)).count() >= 6
        && !rest.contains(['<', '>', '＜', '＞', '|', '｜', '»', '›'])
        && !WRITERS.iter().any(|w| rest.trim_end().ends_with(w))
        && !is_chrome(rest)
}

impl Step for Boilerplate {
    fn name(&self) -> &'static str {
        "boilerplate"
    }

    fn apply(&self, text: &str, notes: &mut Vec<Note>) -> Option<(String, usize)> {
        let lines: Vec<&str> = text.split('\n').collect();
        let content: Vec<bool> = lines.iter().map(|l| is_content(l)).collect();
        let first = content.iter().position(|&c| c);
        let last = content.iter().rposition(|&c| c);
        let inside = |i: usize| matches!((first, last), (Some(f), Some(l)) if f <= i && i <= l);

        let mut remove = vec![false; lines.len()];
        let mut in_related = false;
        for (i, line) in lines.iter().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            if content[i] {
                in_related = false;
                continue;
            }
            if is_related_header(line) {
                in_related = true;
            }
            remove[i] = in_related
                || is_file_name(line)
                || is_markup(line)
                || is_spam(line)
                || is_place_list(line)
                || (!inside(i) && (is_chrome(line) || (last.is_some_and(|l| i > l) && is_dated_entry(line))));
        }
        // Another article's teaser above this one goes, with its headline above it.
        for i in 0..first.unwrap_or(0) {
            if is_teaser(lines[i]) {
                remove[i] = true;
                if let Some(j) = (0..i).rev().find(|&j| !lines[j].trim().is_empty())
                    && heads_teaser(lines[j], lines[i])
                {
                    remove[j] = true;
                }
            }
        }
        let changes = remove.iter().filter(|&&r| r).count();
        if changes == 0 {
            return None;
        }
        // A footer's ownership line names the site's owner, and so does a header's
        // welcome (欢迎访问X医院); a line of chrome may carry the publication date: all
        // are kept as notes.
        for (i, line) in lines.iter().enumerate().filter(|&(i, _)| remove[i]) {
            if !inside(i) && lexicons().site_owner.is_match(line) {
                notes.push(Note { kind: NoteKind::Site, text: line.trim().to_string() });
            }
            // …and so may one above the body that opens with the date (2023-06-30 来源：
            // 本站原创), not a dated link of a list after it.
            let stamp = opens_with_a_date(line) && first.is_none_or(|f| i < f);
            // (Read in simplified: a label's traditional form is not always the one the
            // table derives — 發布時間 as well as 發佈時間.)
            let published = || lexicons().published.is_match(&hanconv::t2s(line));
            if line.contains(|c: char| c.is_ascii_digit()) && published() || stamp {
                notes.push(Note { kind: NoteKind::Published, text: line.trim().to_string() });
            }
            if first.is_some_and(|f| i < f) && is_breadcrumb(line) {
                notes.push(Note { kind: NoteKind::Breadcrumb, text: line.trim().to_string() });
            }
        }
        let kept: Vec<&str> = lines.iter().zip(&remove).filter(|(_, r)| !**r).map(|(l, _)| *l).collect();
        Some((kept.join("\n"), changes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::testing::{apply, seed};

    const ARTICLE: &str =
        "邵陽市中心醫院共有黨員877人,其中在職黨員655人,離退休黨員222人。醫院黨委現有成員7名,設6個黨總支。";

    crate::step_tests!(
        super::Boilerplate,
        [
            ("国产日韩欧美一区二区三区三州_亚洲少妇熟女av_久久久久亚洲av国产精品\n标题\n正文", "标题\n正文"),
            ("隆化县| 蛟河市| 腾冲县| 城步| 西城区| 金堂县| 如东县|", ""),
            ("极品国模人体写真_男人下体大全_日韩精品乱码在线观看_狠狠干婷婷\n标题\n正文", "标题\n正文"),
            // A site's contact line above the article.
            ("全国服务热线:400-123-4567 0731-88886666\n标题\n正文", "标题\n正文"),
            // A hospital site's tagline above the article, in either script.
            ("了解本院最新資訊\n標題\n正文", "標題\n正文"),
            // Lines of bare markup, a page's hidden spam.
            ("• <p id=\"k2x9a\"><label id=\"k2x9a\"></label></p>\n标题\n正文", "标题\n正文"),
            ("标题\n    <td id=\"k2x9a\"></td>\n正文", "标题\n正文"),
            // Pictures' file names, under the title or among the paragraphs.
            ("标题\nQQ浏览器截图20211103094512\n正文", "标题\n正文"),
            ("标题\n正文\n微信图片_20220315101010_副本.jpg\n正文", "标题\n正文\n正文"),
            ("标题\n义诊现场2_meitu_2.JPG\n正文", "标题\n正文"),
            ("  • 封面.jpg\n  • 微信图片_20240105093011.jpg\n标题\n正文", "标题\n正文"),
        ]
    );

    #[test]
    fn chrome_goes_only_outside_the_article() {
        let page = format!(
            "您好,欢迎来到某某网。\n搜索\n您的当前位置:首页 > 党建\n标题:医院党建\n{ARTICLE}\n\
             本院版权所有的资料请勿搜索转载,{ARTICLE}\n因篇幅问题不能全部显示,请点此查看更多更全内容\n\
             Copyright © 2019- example.cn 版权所有 赣ICP备2024042792号-1\n[來源:大眾衛生報]"
        );
        let out = apply(&Boilerplate, &page);
        assert_eq!(
            out,
            format!("标题:医院党建\n{ARTICLE}\n本院版权所有的资料请勿搜索转载,{ARTICLE}\n[來源:大眾衛生報]")
        );
    }

    #[test]
    fn a_hospital_news_page_keeps_title_and_dateline_and_loses_its_chrome() {
        let page = format!(
            "首页 | 医院概况 | 新闻中心 | 党建工作 | 登录\n您现在的位置：首页 > 党建工作 > 正文\n\
             市第一人民医院开展“主题党日”活动\n发布时间：2023年06月12日  来源：党委办公室  作者：王明\n\
             {ARTICLE}\n{ARTICLE}\n责任编辑：李华\n上一篇：医院召开党风廉政建设工作会议\n\
             下一篇：我院举办“七一”表彰大会\n评论 0人参与,0条评论\n暂无评论,快来抢沙发!\n\
             版权所有 © 市第一人民医院 地址：人民路1号 邮编：410000\n技术支持：某某网络"
        );
        let out = apply(&Boilerplate, &page);
        assert!(out.starts_with("市第一人民医院开展“主题党日”活动\n发布时间：2023年06月12日"), "{out}");
        assert!(out.contains("责任编辑：李华"));
        // (A comment box's counters too: no figure of the article's.)
        for gone in ["医院概况", "您现在的位置", "上一篇", "下一篇", "版权所有", "人参与", "抢沙发"]
        {
            assert!(!out.contains(gone), "{gone} left in\n{out}");
        }
    }

    #[test]
    fn a_related_list_goes_with_its_header_and_dated_entries() {
        let page = format!(
            "{ARTICLE}\n\n猜你喜歡\n混搭工學兩學\n鹽工學人\n——沈 妉\n將“兩學一做”深入日常\n\
             中國公路(2017年14期)2017-09-26 11:51:44\n工學"
        );
        assert_eq!(apply(&Boilerplate, &page), format!("{ARTICLE}\n"));
        let headerless =
            format!("{ARTICLE}\n另類“混搭”\n新青年(2016年12期)2016-12-13 16:57:19\n汽車周刊(2016年8期)2016-09-01");
        assert_eq!(apply(&Boilerplate, &headerless), format!("{ARTICLE}\n另類“混搭”"));
        // Links to other stories under 相关链接: their headlines, with the figures they
        // give, are no part of the article.
        let linked = format!("{ARTICLE}\n\n相关链接:\n某县红十字会三年完成器官捐献120例\n退休教师捐献遗体 救助三人");
        assert_eq!(apply(&Boilerplate, &linked), format!("{ARTICLE}\n"));
    }

    /// Another article's teaser above this one (a site's latest-news box) goes with
    /// its headline; this article's own headline and a dated line that cuts nothing stay.
    #[test]
    fn another_article_s_teaser_goes_with_its_headline() {
        let page = format!(
            "江城市二院与县中医院签订医联体协议\n[医院新闻]3月2日,江城市二院与县中医院在县城举行签约仪式,双方将... 2024-03-02\n\
             本院党委召开专题会议\n{ARTICLE}"
        );
        assert_eq!(apply(&Boilerplate, &page), format!("本院党委召开专题会议\n{ARTICLE}"));
        let own = format!("本院党委召开专题会议\n发布人:党办 2024-03-02\n{ARTICLE}");
        assert_eq!(apply(&Boilerplate, &own), own);
    }

    #[test]
    fn the_seeds_lose_their_junk_and_keep_their_article() {
        let s000 = apply(&Boilerplate, &seed("000"));
        for gone in ["国产日韩欧美一区二区", "隆化县", "新青年(2016年12期)", "猜你喜歡", "——沈 妉"]
        {
            assert!(!s000.contains(gone), "{gone} left in 000");
        }
        for kept in
            ["重慶市人民醫(yī)院:“混搭”巧解工學(xué)矛盾", "當(dāng)代黨員 2017年10期", "2017-05-18 07:33:26寧小倩"]
        {
            assert!(s000.contains(kept), "{kept} lost from 000");
        }
        assert_eq!(apply(&Boilerplate, &seed("001")), seed("001"), "001 has no boilerplate");
        let s003 = apply(&Boilerplate, &seed("003"));
        for gone in
            ["您好,欢迎来到筏尚旅游网", "当前位置", "Copyright", "赣ICP备", "违法及侵权", "不能全部显示", "律师"]
        {
            assert!(!s003.contains(gone), "{gone} left in 003");
        }
        assert!(s003.contains("\n深入开展创先争优活动 促进党建工作全面落实\n"));
        assert!(s003.contains("来源:筏尚旅游网"));
        assert!(s003.starts_with("\n深入开展") || s003.starts_with("深入开展"), "{}", &s003[..60]);
    }
}
