//! A table on the terminal: columns padded by display width (≈ and “ count as two, as
//! CJK terminals draw them), numbers right-aligned, and on a terminal narrower than the
//! table the widest text column cut with … so each row stays one line.

use super::output::{outln, pad_left, pad_right, terminal_columns, truncate, width};

/// Prints `rows` under `header`; columns from `numeric_from` on are right-aligned.
pub fn table(header: &[&str], rows: &[Vec<String>], numeric_from: usize) {
    let right: Vec<bool> = (0..header.len()).map(|c| c >= numeric_from).collect();
    aligned(header, rows, &right);
}

/// Prints `rows` under `header`, the columns marked in `right` right-aligned (numbers);
/// on a narrow terminal the widest of the others gives way first.
pub fn aligned(header: &[&str], rows: &[Vec<String>], right: &[bool]) {
    let mut widths: Vec<usize> = (0..header.len())
        .map(|c| rows.iter().map(|r| width(&r[c])).chain([width(header[c])]).max().unwrap_or(0))
        .collect();
    if let Some(columns) = terminal_columns() {
        fit(&mut widths, right, columns);
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(c, v)| {
                let v = if width(v) > widths[c] { truncate(v, widths[c]) } else { v.to_string() };
                if right[c] { pad_left(&v, widths[c]) } else { pad_right(&v, widths[c]) }
            })
            .collect();
        padded.join("  ").trim_end().to_string()
    };
    outln!("{}", line(header.to_vec()));
    for row in rows {
        outln!("{}", line(row.iter().map(String::as_str).collect()));
    }
}

/// Narrows the widest text column (those not marked in `right`) until the table fits
/// `columns`, keeping each at least 6 columns wide.
fn fit(widths: &mut [usize], right: &[bool], columns: usize) {
    let total = |w: &[usize]| w.iter().sum::<usize>() + 2 * w.len().saturating_sub(1);
    while total(widths) > columns {
        let Some((widest, _)) =
            widths.iter().enumerate().filter(|&(c, w)| !right[c] && *w > 6).max_by_key(|(_, w)| **w)
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
        fit(&mut widths, &[false, false, true], 40);
        assert_eq!(widths, vec![18, 10, 8]);
        let mut narrow = vec![7, 7, 8];
        fit(&mut narrow, &[false, false, true], 10);
        assert_eq!(narrow, vec![6, 6, 8], "never below 6 columns");
        // A number column among text columns (metrics' value) never gives way.
        let mut mixed = vec![8, 12, 30];
        fit(&mut mixed, &[false, true, false], 40);
        assert_eq!(mixed, vec![8, 12, 16]);
    }
}
