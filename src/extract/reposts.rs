//! Reposts: the same article found again — another site's copy with its own chrome,
//! another encoding, a few words changed. Each document gets a 64-bit SimHash of its
//! folded text (character trigrams of its Han characters, so punctuation, spacing and
//! script do not matter); two documents whose hashes differ in at most
//! [`MAX_DISTANCE`] bits are the same article, and the later one by path gets
//! `duplicate_of` = the id of the first copy. Candidates are found by pigeonhole: two
//! hashes within 3 bits share at least one of their four 16-bit quarters exactly.

use std::collections::HashMap;

/// Bits two reposts' hashes may differ in (of 64).
pub const MAX_DISTANCE: u32 = 3;

/// Documents with fewer Han characters than this get no hash (0): too short to tell
/// a repost from a different report with the same boilerplate.
const MIN_HAN: usize = 100;

/// FNV-1a over the UTF-8 bytes of three characters.
fn hash_trigram(trigram: &[char]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut buf = [0u8; 4];
    for c in trigram {
        for &byte in c.encode_utf8(&mut buf).as_bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    // FNV's low bits mix poorly; a final avalanche spreads every input bit.
    hash ^= hash >> 33;
    hash = hash.wrapping_mul(0xff51_afd7_ed55_8ccd);
    hash ^= hash >> 33;
    hash
}

/// The SimHash of a folded text, or 0 when it is too short to have one: bit k is set
/// when more than half of the trigram hashes have bit k set.
pub fn simhash(folded: &str) -> u64 {
    let han: Vec<char> = folded.chars().filter(|&c| crate::clean::is_han(c)).collect();
    if han.len() < MIN_HAN {
        return 0;
    }
    let mut ones = BitCounts::default();
    for trigram in han.windows(3) {
        ones.add(hash_trigram(trigram));
    }
    let (counts, n) = ones.finish();
    counts.iter().enumerate().fold(0u64, |acc, (bit, &set)| if 2 * u64::from(set) > n { acc | 1 << bit } else { acc })
}

/// How many of a run of 64-bit words have each bit set. The counts are kept
/// bit-sliced — plane k holds bit k of all 64 counts — so adding a word is a carry
/// rippling through a plane or two rather than 64 additions.
struct BitCounts {
    planes: [u64; PLANES],
    /// Words in the planes, flushed to `totals` before they can overflow.
    pending: u32,
    totals: [u32; 64],
    words: u64,
}

const PLANES: usize = 16;

impl Default for BitCounts {
    fn default() -> Self {
        BitCounts { planes: [0; PLANES], pending: 0, totals: [0; 64], words: 0 }
    }
}

impl BitCounts {
    fn add(&mut self, word: u64) {
        let mut carry = word;
        for plane in &mut self.planes {
            let next = *plane & carry;
            *plane ^= carry;
            carry = next;
            if carry == 0 {
                break;
            }
        }
        self.pending += 1;
        self.words += 1;
        if self.pending == (1 << PLANES) - 1 {
            self.flush();
        }
    }

    fn flush(&mut self) {
        for (bit, total) in self.totals.iter_mut().enumerate() {
            *total += self.planes.iter().enumerate().map(|(k, plane)| (((plane >> bit) & 1) as u32) << k).sum::<u32>();
        }
        self.planes = [0; PLANES];
        self.pending = 0;
    }

    /// Per bit, how many words had it set; and how many words there were.
    fn finish(mut self) -> ([u32; 64], u64) {
        self.flush();
        (self.totals, self.words)
    }
}

/// For documents given as (id, path, simhash), the id of the first copy (by path) of
/// every document that is a repost, by id.
pub fn link(documents: &[(String, String, u64)]) -> HashMap<String, String> {
    let mut order: Vec<&(String, String, u64)> = documents.iter().filter(|d| d.2 != 0).collect();
    order.sort_by(|a, b| a.1.cmp(&b.1));
    let mut quarters: HashMap<(usize, u16), Vec<usize>> = HashMap::new();
    let mut originals: Vec<Option<usize>> = vec![None; order.len()];
    let mut out = HashMap::new();
    for (i, &(id, _, hash)) in order.iter().enumerate() {
        let keys: Vec<(usize, u16)> = (0..4).map(|q| (q, (hash >> (16 * q)) as u16)).collect();
        let first = keys
            .iter()
            .filter_map(|key| quarters.get(key))
            .flatten()
            .copied()
            .filter(|&j| (order[j].2 ^ hash).count_ones() <= MAX_DISTANCE)
            .min();
        if let Some(j) = first {
            let original = originals[j].unwrap_or(j);
            originals[i] = Some(original);
            out.insert(id.clone(), order[original].0.clone());
        }
        for key in keys {
            quarters.entry(key).or_default().push(i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::clean::fold::Folded;

    #[test]
    fn bit_sliced_counts_are_the_counts() {
        // Enough words to flush the planes more than once.
        let words: Vec<u64> = (0..200_000u64)
            .map(|i| {
                hash_trigram(&[
                    char::from_u32(0x4E00 + (i % 20_000) as u32).unwrap(),
                    '党',
                    char::from_u32(0x4E00 + (i / 7 % 999) as u32).unwrap(),
                ])
            })
            .collect();
        let mut counts = BitCounts::default();
        words.iter().for_each(|&w| counts.add(w));
        let (got, n) = counts.finish();
        assert_eq!(n, words.len() as u64);
        for (bit, &count) in got.iter().enumerate() {
            assert_eq!(u64::from(count), words.iter().filter(|&&w| w >> bit & 1 == 1).count() as u64, "bit {bit}");
        }
    }

    fn hash(text: &str) -> u64 {
        simhash(&Folded::new(&crate::clean::clean(text).text).text)
    }

    #[test]
    fn a_repost_is_near_and_another_report_is_far() {
        let original = crate::clean::testing::seed("001");
        let other = crate::clean::testing::seed("000");
        let edited = original.replacen("877", "八百七十七", 1).replacen("邵陽市中心醫院", "邵阳市中心医院", 3);
        let repost =
            format!("您好,欢迎来到健康新闻网!\n首页 | 新闻 | 党建 | 视频\n{edited}\nCopyright © 2017 健康新闻网");
        let (a, b, c) = (hash(&original), hash(&repost), hash(&other));
        assert!((a ^ b).count_ones() <= MAX_DISTANCE, "repost differs in {} bits", (a ^ b).count_ones());
        assert!((a ^ c).count_ones() > 10, "different reports differ in {} bits", (a ^ c).count_ones());
    }

    #[test]
    fn reposts_point_at_the_first_copy_by_path() {
        let docs = vec![
            ("c".to_string(), "z.html".to_string(), 0b1011u64 | 1 << 40),
            ("a".to_string(), "a.txt".to_string(), 0b1000u64 | 1 << 40),
            ("b".to_string(), "m.txt".to_string(), 0b1001u64 | 1 << 40),
            ("d".to_string(), "d.txt".to_string(), u64::MAX),
            ("e".to_string(), "e.txt".to_string(), 0),
            ("f".to_string(), "f.txt".to_string(), 0),
        ];
        let links = link(&docs);
        assert_eq!(links.get("b").map(String::as_str), Some("a"));
        assert_eq!(links.get("c").map(String::as_str), Some("a"));
        assert_eq!(links.len(), 2, "{links:?}");
    }
}
