//! A table on the terminal: columns padded by display width (≈ and “ count as two, as
//! CJK terminals draw them), numbers right-aligned, and on a terminal narrower than the
//! table the widest text column cut with … so each row stays one line.

use super::output::{outln, pad_left, pad_right, terminal_columns, truncate, width};

/// Prints `rows` under `header`; columns from `numeric_from` on are right-aligned.
pub fn table(header: &[&str], rows: &[Vec<String>], numeric_from: usize) {
    let mut widths: Vec<usize> = (0..header.len())
        .map(|c| rows.iter().map(|r| width(&r[c])).chain([width(header[c])]).max().unwrap_or(0))
        .collect();
    if let Some(columns) = terminal_columns() {
        fit(&mut widths, numeric_from, columns);
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(c, v)| {
                let v = if width(v) > widths[c] { truncate(v, widths[c]) } else { v.to_string() };
                if c >= numeric_from { pad_left(&v, widths[c]) } else { pad_right(&v, widths[c]) }
            })
            .collect();
        padded.join("  ").trim_end().to_string()
    };
    outln!("{}", line(header.to_vec()));
    for row in rows {
        outln!("{}", line(row.iter().map(String::as_str).collect()));
    }
}

/// Narrows the widest text column (those before `numeric_from`) until the table fits
/// `columns`, keeping each at least 6 columns wide.
fn fit(widths: &mut [usize], numeric_from: usize, columns: usize) {
    let total = |w: &[usize]| w.iter().sum::<usize>() + 2 * w.len().saturating_sub(1);
    while total(widths) > columns {
        let Some((widest, _)) =
            widths.iter().enumerate().take(numeric_from).filter(|(_, w)| **w > 6).max_by_key(|(_, w)| **w)
        else {
            break;
        };
        widths[widest] -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_widest_text_column_gives_way() {
        let mut widths = vec![30, 10, 8];
        fit(&mut widths, 2, 40);
        assert_eq!(widths, vec![18, 10, 8]);
        let mut narrow = vec![7, 7, 8];
        fit(&mut narrow, 2, 10);
        assert_eq!(narrow, vec![6, 6, 8], "never below 6 columns");
    }
}
