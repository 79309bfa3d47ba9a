//! Forum jammer text: the random strings a forum hides in a post to spoil copying,
//! which a copy keeps — runs of one- or two-character ASCII scraps apart by single
//! spaces (`t0 ]& e2 U. p2 [6 U, u`), on lines of their own or run into a sentence's
//! start or end. A run is jammer when it has five scraps or more and mixes letters,
//! digits and punctuation, as no real text's run of short tokens does (a list of
//! grades A B C, numbered items ( 1 ) ( 2 ), a reference's Vol. 3 No. 2).

use std::sync::OnceLock;

use regex::Regex;

use super::chars::without_ranges;
use super::step::{Note, Step};

pub struct Jammer;

/// Runs of printable ASCII tokens apart by single spaces (of any length: a scrap's
/// run ends where a longer token starts, 2018年 after the jammer of a signed date).
fn spaced_tokens() -> &'static Regex {
    static RUNS: OnceLock<Regex> = OnceLock::new();
    RUNS.get_or_init(|| Regex::new(r"[!-~]+(?: [!-~]+)*").expect("a valid pattern"))
}

/// Whether a run of scraps mixes letters, digits and punctuation as jammer does.
fn mixed(run: &str) -> bool {
    let letters = run.chars().filter(char::is_ascii_alphabetic).count();
    let digits = run.chars().filter(char::is_ascii_digit).count();
    let marks = run.chars().filter(char::is_ascii_punctuation).count();
    letters >= 2 && digits >= 1 && marks >= 2
}

/// The jammer runs of `line`, as byte ranges (a space after a run goes with it):
/// five scraps or more in a row, of one or two characters each, mixed.
fn jammer_in(line: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for m in spaced_tokens().find_iter(line) {
        // The tokens, as byte ranges of the line.
        let mut tokens = Vec::new();
        let mut at = m.start();
        for token in m.as_str().split(' ') {
            tokens.push((at, at + token.len()));
            at += token.len() + 1;
        }
        let mut i = 0;
        while i < tokens.len() {
            let scrap = |&(s, e): &(usize, usize)| e - s <= 2;
            let n = tokens[i..].iter().take_while(|t| scrap(t)).count();
            if n >= 5 {
                let (start, end) = (tokens[i].0, tokens[i + n - 1].1);
                if mixed(&line[start..end]) {
                    let end = if line[end..].starts_with(' ') { end + 1 } else { end };
                    found.push((start, end));
                }
            }
            i += n.max(1);
        }
    }
    found
}

/// Whether `text` has five short ASCII tokens in a row, apart by single spaces: a
/// byte scan, so that text without any (nearly all) costs no regular expression.
fn maybe_jammer(text: &str) -> bool {
    let (mut run, mut token) = (0, 0);
    for &b in text.as_bytes() {
        if b.is_ascii_graphic() {
            token += 1;
            continue;
        }
        // A token ends: short ones count on while single spaces part them.
        run = if (1..=2).contains(&token) { run + 1 } else { 0 };
        if run >= 5 {
            return true;
        }
        if b != b' ' || token == 0 {
            run = 0;
        }
        token = 0;
    }
    run + usize::from((1..=2).contains(&token)) >= 5
}

impl Step for Jammer {
    fn name(&self) -> &'static str {
        "jammer"
    }

    fn apply(&self, text: &str, _notes: &mut Vec<Note>) -> Option<(String, usize)> {
        // Cheap test first: jammer needs a run of spaced ASCII scraps.
        if !maybe_jammer(text) || !text.lines().any(|l| !jammer_in(l).is_empty()) {
            return None;
        }
        let mut changes = 0;
        let mut out = String::with_capacity(text.len());
        for line in text.split_inclusive('\n') {
            let (body, end) = match line.strip_suffix('\n') {
                Some(body) => (body, "\n"),
                None => (line, ""),
            };
            let found = jammer_in(body);
            if found.is_empty() {
                out.push_str(line);
                continue;
            }
            changes += found.len();
            let kept = without_ranges(body, &found);
            // A line that was all jammer goes with it.
            if !kept.trim().is_empty() {
                out.push_str(kept.trim());
                out.push_str(end);
            }
        }
        Some((out, changes))
    }
}

#[cfg(test)]
mod tests {
    crate::step_tests!(
        super::Jammer,
        [
            // Run into a sentence's start, and after its end; a line of its own goes.
            ("a3 ]& k2 Y. q7 [5 W, r医院党委走访困难党员。\n", "医院党委走访困难党员。\n"),
            ("支部书记带头发言。4 M+ w; P8 G& z\n下一段", "支部书记带头发言。\n下一段"),
            ("第一段\n7 d* \\% k2 H* T% x, t' {/ R$\n第二段", "第一段\n第二段"),
            // …and before a signed date, whose year is no scrap.
            ("; Q( e5 o T; N; [, d- ` 2019年3月8日", "2019年3月8日"),
            // Short tokens of real text stay: grades, numbered items, a reference.
            ("评为A B C D E五个等级。", "评为A B C D E五个等级。"),
            ("分为( 1 ) ( 2 ) ( 3 )三类。", "分为( 1 ) ( 2 ) ( 3 )三类。"),
            ("见Vol. 3 No. 2 pp. 15-18。", "见Vol. 3 No. 2 pp. 15-18。"),
        ]
    );
}
