//! Terminal output shared by the query commands: highlighting (colour only when stdout
//! is a terminal and NO_COLOR is unset) and padding by display width, East Asian wide
//! characters counting as two columns.

use std::io::IsTerminal;

use unicode_width::UnicodeWidthStr;

/// `println!` for command output: a reader that goes away (`dangjian metrics | head`)
/// ends the process quietly with status 0 instead of a panic.
macro_rules! outln {
    () => {
        $crate::cli::output::write_line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::cli::output::write_line(format_args!($($arg)*))
    };
}
pub(crate) use outln;

pub fn write_line(args: std::fmt::Arguments) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(error) = out.write_fmt(args).and_then(|()| out.write_all(b"\n")) {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error: cannot write to standard output: {error}");
        std::process::exit(i32::from(super::EXIT_FATAL));
    }
}

/// Whether to colour output.
pub fn colour() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// `text` with the character ranges in `highlights` marked: in bold red when
/// `colour`, otherwise between 【 and 】, so the mark survives a pipe, `less` and a file.
pub fn highlight(text: &str, highlights: &[(usize, usize)], colour: bool) -> String {
    if highlights.is_empty() {
        return text.to_string();
    }
    let (open, close) = if colour { ("\x1b[1;31m", "\x1b[0m") } else { ("【", "】") };
    let mut out = String::with_capacity(text.len() + highlights.len() * 12);
    for (i, c) in text.chars().enumerate() {
        if highlights.iter().any(|&(s, _)| s == i) {
            out.push_str(open);
        }
        out.push(c);
        if highlights.iter().any(|&(_, e)| e == i + 1) {
            out.push_str(close);
        }
    }
    out
}

/// Columns of the terminal standard output is, when it is one (`COLUMNS` first);
/// None for a pipe or a file, where lines are not cut.
pub fn terminal_columns() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    if let Some(columns) = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<usize>().ok()) {
        return Some(columns.max(20));
    }
    terminal_width().map(|c| c.max(20))
}

#[cfg(unix)]
fn terminal_width() -> Option<usize> {
    // `stty size` on the terminal: rows and columns, with no crate for one ioctl.
    let output = std::process::Command::new("stty")
        .arg("size")
        .stdin(std::fs::File::open("/dev/tty").ok()?)
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    String::from_utf8(output.stdout).ok()?.split_whitespace().nth(1)?.parse().ok()
}

#[cfg(not(unix))]
fn terminal_width() -> Option<usize> {
    None
}

/// A character's columns in a CJK terminal, where the East Asian "ambiguous" marks
/// (≈ ≥ “ ” ·) are as wide as a Han character.
fn cjk_char_width(c: char) -> usize {
    unicode_width::UnicodeWidthChar::width_cjk(c).unwrap_or(0)
}

/// Columns `text` takes in a terminal, counted as CJK terminals count them: ≈ ≥ “ ”
/// take two columns there, and a table padded for one column would come out ragged.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width_cjk(text)
}

/// `text` padded with spaces on the left to `columns`.
pub fn pad_left(text: &str, columns: usize) -> String {
    format!("{}{text}", " ".repeat(columns.saturating_sub(width(text))))
}

/// `text` padded with spaces on the right to `columns`.
pub fn pad_right(text: &str, columns: usize) -> String {
    format!("{text}{}", " ".repeat(columns.saturating_sub(width(text))))
}

pub use dangjian::analyze::compare::{figure, number};
pub use dangjian::analyze::tables::csv_record;

/// The byte-order mark `--excel` puts before a CSV table: Excel reads a CSV without
/// one in the system's code page, and Chinese comes out garbled.
pub const EXCEL_BOM: &str = "\u{feff}";

/// `text` cut to at most `columns` display columns, with … when cut.
pub fn truncate(text: &str, columns: usize) -> String {
    if width(text) <= columns {
        return text.to_string();
    }
    // The mark of the cut is ambiguous in width, so two columns as the rest count it.
    let mark = cjk_char_width('…');
    let mut out = String::new();
    for c in text.chars() {
        if width(&out) + cjk_char_width(c) + mark > columns {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(width("党员877人"), 2 * 3 + 3);
        assert_eq!(pad_left("党员", 6), "  党员");
        assert_eq!(highlight("三会一课制度", &[(0, 4)], true), "\x1b[1;31m三会一课\x1b[0m制度");
        assert_eq!(highlight("三会一课制度", &[(0, 4)], false), "【三会一课】制度");
        assert_eq!(highlight("三会一课制度", &[], false), "三会一课制度");
    }

    #[test]
    fn ambiguous_marks_are_wide_as_cjk_terminals_draw_them() {
        assert_eq!(width("≈1000人"), 2 + 4 + 2);
        assert_eq!(width("“三会一课”"), 12);
        assert_eq!(pad_left("≥5", 5), "  ≥5");
    }

    #[test]
    fn long_text_is_cut_at_a_display_width() {
        // … takes two columns, as ≈ and “ do: four characters and it would be ten.
        assert_eq!(truncate("黨員大概占了三分之一", 9), "黨員大…");
        assert_eq!(truncate("黨員大概占了三分之一", 10), "黨員大概…");
        assert!((1..30).all(|n| width(&truncate("共有党员877人，其中在职党员655人", n)) <= n.max(3)));
        assert_eq!(truncate("黨員", 9), "黨員");
    }
}
