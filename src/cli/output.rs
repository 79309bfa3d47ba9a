//! Terminal output shared by the query commands: highlighting (colour only when stdout
//! is a terminal and NO_COLOR is unset) and padding by display width, East Asian wide
//! characters counting as two columns.

use std::io::IsTerminal;

use unicode_width::UnicodeWidthStr;

/// Whether to colour output.
pub fn colour() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// `text` with the character ranges in `highlights` in bold red when `colour`.
pub fn highlight(text: &str, highlights: &[(usize, usize)], colour: bool) -> String {
    if !colour || highlights.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + highlights.len() * 12);
    for (i, c) in text.chars().enumerate() {
        if highlights.iter().any(|&(s, _)| s == i) {
            out.push_str("\x1b[1;31m");
        }
        out.push(c);
        if highlights.iter().any(|&(_, e)| e == i + 1) {
            out.push_str("\x1b[0m");
        }
    }
    out
}

/// Columns `text` takes in a terminal.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` padded with spaces on the left to `columns`.
pub fn pad_left(text: &str, columns: usize) -> String {
    format!("{}{text}", " ".repeat(columns.saturating_sub(width(text))))
}

/// `text` padded with spaces on the right to `columns`.
pub fn pad_right(text: &str, columns: usize) -> String {
    format!("{text}{}", " ".repeat(columns.saturating_sub(width(text))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(width("党员877人"), 2 * 3 + 3);
        assert_eq!(pad_left("党员", 6), "  党员");
        assert_eq!(highlight("三会一课制度", &[(0, 4)], true), "\x1b[1;31m三会一课\x1b[0m制度");
        assert_eq!(highlight("三会一课制度", &[(0, 4)], false), "三会一课制度");
    }
}
