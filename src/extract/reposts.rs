//! Reposts: the same article found again — another site's copy with its own chrome,
//! another encoding, a few words changed. Each document gets a 64-bit SimHash of its
//! folded text (character trigrams of its Han characters, so punctuation, spacing and
//! script do not matter); two documents whose hashes differ in at most
//! [`MAX_DISTANCE`] bits are the same article, and the later one by path gets
//! `duplicate_of` = the id of the first copy. Candidates are found by pigeonhole: two
//! hashes within 3 bits share at least one of their four 16-bit quarters exactly.
//!
//! SimHash compares whole texts, so it misses a **partial copy** — the first half of
//! an article, an excerpt under another site's chrome. Beside it every document keeps
//! a sample of its shingles (runs of [`SHINGLE`] Han characters): those whose hash is
//! divisible by [`SAMPLE_RATE`]. Sampling by the hash's value (not by position) keeps
//! the same shingles of every copy, so the share of a short document's sample found in
//! a longer one's estimates how much of it the longer one contains. A document at
//! least [`CONTAINED`] contained in a longer one is a repost of it (of its first copy).

use std::collections::HashMap;

/// Bits two reposts' hashes may differ in (of 64).
pub const MAX_DISTANCE: u32 = 3;

/// Documents with fewer Han characters than this get no hash (0): too short to tell
/// a repost from a different report with the same boilerplate.
const MIN_HAN: usize = 100;

/// Characters in a shingle: long enough that two different reports rarely share one
/// outside boilerplate, short enough that a changed word spoils few of them.
pub const SHINGLE: usize = 6;

/// One shingle in this many is kept (those whose hash it divides).
pub const SAMPLE_RATE: u64 = 16;

/// The share of a document's sampled shingles another, longer document must hold for
/// the first to be a partial copy of it.
pub const CONTAINED: f64 = 0.6;

/// A copy whose sample is at least this share of the other's is a whole copy, not a
/// partial one.
const WHOLE: f64 = 0.9;

/// A document's sample is compared only when it has this many shingles: fewer say too
/// little to tell an excerpt from a shared phrase.
const MIN_SAMPLED: usize = 8;

/// A sampled shingle found in more documents than this is boilerplate (a slogan, a
/// website's footer), not evidence of a copy; it is not counted — which also keeps the
/// comparison linear in the corpus.
const COMMON: usize = 64;

/// FNV-1a over the UTF-8 bytes of a run of characters.
fn hash_chars(trigram: &[char]) -> u64 {
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
        ones.add(hash_chars(trigram));
    }
    let (counts, n) = ones.finish();
    counts.iter().enumerate().fold(0u64, |acc, (bit, &set)| if 2 * u64::from(set) > n { acc | 1 << bit } else { acc })
}

/// The sampled shingles of a folded text (see the module header), sorted and without
/// repeats, or none when it is too short to have a SimHash.
pub fn shingles(folded: &str) -> Vec<u32> {
    let han: Vec<char> = folded.chars().filter(|&c| crate::clean::is_han(c)).collect();
    if han.len() < MIN_HAN {
        return Vec::new();
    }
    let mut kept: Vec<u32> =
        han.windows(SHINGLE).map(hash_chars).filter(|h| h % SAMPLE_RATE == 0).map(|h| (h >> 32) as u32).collect();
    kept.sort_unstable();
    kept.dedup();
    kept
}

/// The sampled shingles as the store keeps them: 4 bytes each, little-endian.
pub fn shingles_to_bytes(shingles: &[u32]) -> Vec<u8> {
    shingles.iter().flat_map(|s| s.to_le_bytes()).collect()
}

/// The sampled shingles from the store's bytes.
pub fn shingles_from_bytes(bytes: &[u8]) -> Vec<u32> {
    bytes.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
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

/// What linking needs of one document.
#[derive(Debug, Clone, Default)]
pub struct Fingerprint {
    pub id: String,
    pub path: String,
    pub simhash: u64,
    /// The sampled shingles, sorted (see [`shingles`]).
    pub shingles: Vec<u32>,
}

/// The id of the first copy of every document that is a repost, by id.
///
/// Near-identical copies (SimHash within [`MAX_DISTANCE`] bits) point at the first of
/// them by path. A partial copy — one whose sampled shingles are at least
/// [`CONTAINED`] held by a document with more of them — joins that document's group.
/// Each group's first copy is the first by path of its members that are no partial
/// copy (one whose sample is under [`WHOLE`] of the other's), so an excerpt never
/// stands for the whole article.
pub fn link(documents: &[Fingerprint]) -> HashMap<String, String> {
    let mut order: Vec<&Fingerprint> = documents.iter().collect();
    order.sort_by(|a, b| a.path.cmp(&b.path));
    let mut groups = Groups::new(order.len());

    // Near-identical copies, by SimHash.
    let mut quarters: HashMap<(usize, u16), Vec<usize>> = HashMap::new();
    for (i, doc) in order.iter().enumerate().filter(|(_, d)| d.simhash != 0) {
        let keys: Vec<(usize, u16)> = (0..4).map(|q| (q, (doc.simhash >> (16 * q)) as u16)).collect();
        let first = keys
            .iter()
            .filter_map(|key| quarters.get(key))
            .flatten()
            .copied()
            .filter(|&j| (order[j].simhash ^ doc.simhash).count_ones() <= MAX_DISTANCE)
            .min();
        if let Some(j) = first {
            groups.join(i, j);
        }
        for key in keys {
            quarters.entry(key).or_default().push(i);
        }
    }

    // Partial copies, by the containment of their sampled shingles. The postings are
    // one sorted list of (shingle, document) — a few bytes a shingle, where a map of
    // lists would take several times that for a large corpus.
    let mut postings: Vec<(u32, u32)> = order
        .iter()
        .enumerate()
        .flat_map(|(i, doc)| doc.shingles.iter().map(move |&shingle| (shingle, i as u32)))
        .collect();
    postings.sort_unstable();
    let holders = |shingle: u32| {
        let from = postings.partition_point(|&(s, _)| s < shingle);
        let to = postings.partition_point(|&(s, _)| s <= shingle);
        &postings[from..to]
    };
    let mut partial = vec![false; order.len()];
    let mut shared: HashMap<usize, usize> = HashMap::new();
    for (i, doc) in order.iter().enumerate() {
        let size = doc.shingles.len();
        if size < MIN_SAMPLED {
            continue;
        }
        shared.clear();
        for &shingle in &doc.shingles {
            let holders = holders(shingle);
            if holders.len() > COMMON {
                continue;
            }
            for &(_, j) in holders.iter().filter(|&&(_, j)| j as usize != i) {
                *shared.entry(j as usize).or_default() += 1;
            }
        }
        // The longer document (by sample; the first by path among equals) holding
        // most of this one.
        let longer = |j: usize| order[j].shingles.len() > size || (order[j].shingles.len() == size && j < i);
        let best = shared
            .iter()
            .filter(|&(&j, &n)| longer(j) && n as f64 >= CONTAINED * size as f64)
            .max_by(|a, b| {
                a.1.cmp(b.1).then(order[*a.0].shingles.len().cmp(&order[*b.0].shingles.len())).then(b.0.cmp(a.0))
            })
            .map(|(&j, _)| j);
        if let Some(j) = best {
            // A copy nearly as long as the other is a whole copy (the first by path
            // stays the first copy, as for SimHash); a clearly shorter one is partial,
            // even when SimHash found it too.
            partial[i] = (size as f64) < WHOLE * order[j].shingles.len() as f64;
            groups.join(i, j);
        }
    }

    // Each group's first copy: its first whole member by path.
    let mut first: HashMap<usize, usize> = HashMap::new();
    for i in 0..order.len() {
        let root = groups.root(i);
        let candidate = first.entry(root).or_insert(i);
        if partial[*candidate] && !partial[i] {
            *candidate = i;
        }
    }
    let mut out = HashMap::new();
    for (i, doc) in order.iter().enumerate() {
        let original = first[&groups.root(i)];
        if original != i {
            out.insert(doc.id.clone(), order[original].id.clone());
        }
    }
    out
}

/// Union–find over document positions.
struct Groups {
    parent: Vec<usize>,
}

impl Groups {
    fn new(n: usize) -> Groups {
        Groups { parent: (0..n).collect() }
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            self.parent[a.max(b)] = a.min(b);
        }
    }
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
                hash_chars(&[
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

    fn print(id: &str, path: &str, simhash: u64) -> Fingerprint {
        Fingerprint { id: id.into(), path: path.into(), simhash, shingles: Vec::new() }
    }

    #[test]
    fn reposts_point_at_the_first_copy_by_path() {
        let docs = vec![
            print("c", "z.html", 0b1011u64 | 1 << 40),
            print("a", "a.txt", 0b1000u64 | 1 << 40),
            print("b", "m.txt", 0b1001u64 | 1 << 40),
            print("d", "d.txt", u64::MAX),
            print("e", "e.txt", 0),
            print("f", "f.txt", 0),
        ];
        let links = link(&docs);
        assert_eq!(links.get("b").map(String::as_str), Some("a"));
        assert_eq!(links.get("c").map(String::as_str), Some("a"));
        assert_eq!(links.len(), 2, "{links:?}");
    }

    fn fingerprint(id: &str, text: &str) -> Fingerprint {
        let folded = Folded::new(&crate::clean::clean(text).text).text;
        Fingerprint { id: id.into(), path: format!("{id}.txt"), simhash: simhash(&folded), shingles: shingles(&folded) }
    }

    /// The first `share` of a report's characters, under another site's chrome.
    fn excerpt(text: &str, share: f64) -> String {
        let n = (text.chars().count() as f64 * share) as usize;
        let cut: String = text.chars().take(n).collect();
        format!(
            "您好,欢迎来到卫生健康新闻网!\n首页 | 新闻 | 党建 | 视频\n{cut}\n(来源:网络 责任编辑:小王)\nCopyright © 2018 卫生健康新闻网"
        )
    }

    #[test]
    fn an_excerpt_is_a_repost_that_simhash_alone_misses() {
        let original = crate::clean::testing::seed("001");
        let other = crate::clean::testing::seed("000");
        for share in [0.3, 0.5, 0.8] {
            let (a, b) = (fingerprint("a", &original), fingerprint("b", &excerpt(&original, share)));
            // The excerpt sorts first by path: the whole article is still the first copy.
            let b = Fingerprint { path: "0.txt".into(), ..b };
            let c = fingerprint("c", &other);
            let simhash_only: Vec<Fingerprint> =
                [&a, &b, &c].iter().map(|f| Fingerprint { shingles: Vec::new(), ..(*f).clone() }).collect();
            if share < 0.8 {
                assert!(link(&simhash_only).is_empty(), "SimHash links a {share} excerpt by itself");
            }
            let links = link(&[a, b, c]);
            assert_eq!(links.get("b").map(String::as_str), Some("a"), "{share}: {links:?}");
            assert_eq!(links.len(), 1, "{share}: {links:?}");
        }
    }

    #[test]
    fn shingles_survive_the_store() {
        let folded = Folded::new(&crate::clean::testing::seed("001")).text;
        let sample = shingles(&folded);
        assert!(sample.len() > MIN_SAMPLED, "{}", sample.len());
        assert_eq!(shingles_from_bytes(&shingles_to_bytes(&sample)), sample);
        assert!(shingles("党建").is_empty());
    }
}
