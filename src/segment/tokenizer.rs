//! The tantivy tokenizers: two tracks over folded text, each with an indexing side and
//! a query side registered under the same name in different tokenizer managers.
//!
//! **Words** (`dj_words`) rank. Indexing cuts the text with jieba (default mode, no HMM,
//! so the same text always cuts the same way) and gives every word one position; the
//! dictionary words inside a long word (支部 and 书记 in 党支部书记) are emitted at
//! the *same* position as the word — search-mode tokens that never shift the positions
//! of the words after them, so a phrase of words still matches. The query side has no
//! jieba (loading it costs ~150 ms a search): it cuts the query into the fewest words
//! the index itself contains, at consecutive positions.
//!
//! **Grams** (`dj_grams`) recall. Indexing emits every pair of adjacent non-space
//! characters at the position of its first character, and a lone character only where
//! no pair can start (before whitespace, at the end): one token per character. The
//! query side emits the pairs, so a query literal of two or more characters is a phrase
//! that matches exactly where the folded text contains it — what grep finds, whatever
//! jieba made of the words around it; a one-character literal becomes "any term that
//! starts with it" when the query is built (`index::search`).

use std::sync::Arc;

use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer, TokenizerManager};

use super::jieba;

/// The name of the words track's analyzers.
pub const WORDS: &str = "dj_words";
/// The name of the grams track's analyzers.
pub const GRAMS: &str = "dj_grams";

/// The longest word the query side looks up, in characters.
const MAX_QUERY_WORD: usize = 8;

/// Precomputed tokens, handed out one by one.
pub struct VecTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl VecTokenStream {
    pub fn new(tokens: Vec<Token>) -> Self {
        VecTokenStream { tokens, next: 0 }
    }
}

impl TokenStream for VecTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

fn token(text: &str, from: usize, to: usize, position: usize) -> Token {
    Token { offset_from: from, offset_to: to, position, text: text[from..to].to_lowercase(), position_length: 1 }
}

/// Indexing side of the words track.
#[derive(Clone, Default)]
pub struct WordsTokenizer;

/// Appends the words track's tokens of `text[from..to]` to `spans` as (byte from,
/// byte to, position), positions counting on from `*position`: each jieba word at its
/// own position, and the dictionary words of two or three characters inside a longer
/// one at the same position.
fn push_word_spans(
    text: &str,
    (start, end): (usize, usize),
    position: &mut usize,
    spans: &mut Vec<(usize, usize, usize)>,
    chars: &mut Vec<usize>,
) {
    let jieba = jieba();
    for word in jieba.cut(&text[start..end], false) {
        let (from, word) = (start + word.byte_start, word.word);
        let at = *position;
        *position += 1;
        if !word.chars().any(char::is_alphanumeric) {
            continue; // punctuation and space take a position and leave no token
        }
        spans.push((from, from + word.len(), at));
        if word.chars().nth(2).is_none() {
            continue; // two characters or fewer: no dictionary word inside
        }
        chars.clear();
        chars.extend(word.char_indices().map(|(i, _)| i).chain([word.len()]));
        let length = chars.len() - 1;
        for n in [2, 3].into_iter().filter(|&n| n < length) {
            for start in 0..=length - n {
                let sub = &word[chars[start]..chars[start + n]];
                if jieba.has_word(sub) {
                    spans.push((from + chars[start], from + chars[start + n], at));
                }
            }
        }
    }
}

/// The words track's token stream. The text is cut one stretch at a time (see
/// [`super::stretches`]) as the index drains the tokens, so what is held is one
/// stretch's spans, whatever the length of the text; one token is rewritten in place
/// as it advances (no string allocated per word).
pub struct WordsStream<'a> {
    text: &'a str,
    stretches: Box<dyn Iterator<Item = (usize, usize)> + 'a>,
    spans: Vec<(usize, usize, usize)>,
    next: usize,
    /// Words cut so far (the next word's position).
    position: usize,
    chars: Vec<usize>,
    token: Token,
}

impl TokenStream for WordsStream<'_> {
    fn advance(&mut self) -> bool {
        while self.next == self.spans.len() {
            let Some(stretch) = self.stretches.next() else { return false };
            self.spans.clear();
            self.next = 0;
            push_word_spans(self.text, stretch, &mut self.position, &mut self.spans, &mut self.chars);
        }
        let (from, to, position) = self.spans[self.next];
        self.next += 1;
        self.token.offset_from = from;
        self.token.offset_to = to;
        self.token.position = position;
        self.token.text.clear();
        self.token.text.push_str(&self.text[from..to]);
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

impl Tokenizer for WordsTokenizer {
    type TokenStream<'a> = WordsStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordsStream<'a> {
        WordsStream {
            text,
            stretches: Box::new(super::stretches(text)),
            spans: Vec::new(),
            next: 0,
            position: 0,
            chars: Vec::new(),
            token: Token::default(),
        }
    }
}

/// Indexing side of the grams track: every pair of neighbouring characters at the
/// first character's position, and a character alone only where no pair starts
/// with it (before whitespace or at the end) — so every occurrence of a character
/// is the first character of exactly one token, one token a character in all.
/// Whitespace ends a pair. A query of two or more characters is a phrase of its
/// pairs; a query of one character matches the terms that begin with it (see
/// `index::search`). The text is folded already, so tokens are its slices as they
/// are — and one token is rewritten in place as the stream advances, which spares an
/// allocation per character (this track has the most tokens of the index).
#[derive(Clone, Default)]
pub struct GramsTokenizer;

pub struct GramsStream<'a> {
    text: &'a str,
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    /// Characters consumed so far (the next character's position).
    position: usize,
    token: Token,
}

impl TokenStream for GramsStream<'_> {
    fn advance(&mut self) -> bool {
        while let Some((from, c)) = self.chars.next() {
            let position = self.position;
            self.position += 1;
            if c.is_whitespace() {
                continue;
            }
            let to = match self.chars.peek() {
                Some(&(next, n)) if !n.is_whitespace() => next + n.len_utf8(),
                _ => from + c.len_utf8(),
            };
            self.token.offset_from = from;
            self.token.offset_to = to;
            self.token.position = position;
            self.token.text.clear();
            self.token.text.push_str(&self.text[from..to]);
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

impl Tokenizer for GramsTokenizer {
    type TokenStream<'a> = GramsStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> GramsStream<'a> {
        GramsStream { text, chars: text.char_indices().peekable(), position: 0, token: Token::default() }
    }
}

/// Query side of the grams track: the pairs of a literal, or its lone characters.
#[derive(Clone, Default)]
pub struct QueryGramsTokenizer;

impl Tokenizer for QueryGramsTokenizer {
    type TokenStream<'a> = VecTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let end = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
        let solid = |i: usize| chars.get(i).is_some_and(|&(_, c)| !c.is_whitespace());
        let mut tokens = Vec::new();
        for (i, &(byte, _)) in chars.iter().enumerate() {
            if !solid(i) {
                continue;
            }
            if solid(i + 1) {
                tokens.push(token(text, byte, end(i + 2), i));
            } else if i == 0 || !solid(i - 1) {
                tokens.push(token(text, byte, end(i + 1), i));
            }
        }
        VecTokenStream::new(tokens)
    }
}

/// Whether the index holds a word (lowercase, simplified) in its words track.
pub type KnownWords = Arc<dyn Fn(&str) -> bool + Send + Sync>;

/// Query side of the words track: the fewest words the index knows, in order.
#[derive(Clone)]
pub struct QueryWordsTokenizer {
    known: KnownWords,
}

impl QueryWordsTokenizer {
    pub fn new(known: KnownWords) -> Self {
        QueryWordsTokenizer { known }
    }

    /// Cuts one run of non-space text by dynamic programming: a known word costs 1, a
    /// character the index does not know as a word costs 3.
    fn cut(&self, text: &str, start_byte: usize, position: &mut usize, tokens: &mut Vec<Token>, full: &str) {
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let n = bounds.len() - 1;
        let mut best: Vec<(usize, usize, bool)> = vec![(usize::MAX, 0, false); n + 1]; // (cost, from, known)
        best[0] = (0, 0, false);
        for end in 1..=n {
            for start in end.saturating_sub(MAX_QUERY_WORD)..end {
                if best[start].0 == usize::MAX {
                    continue;
                }
                let word = text[bounds[start]..bounds[end]].to_lowercase();
                let known = (self.known)(&word);
                let cost = match (known, end - start) {
                    (true, _) => 1,
                    (false, 1) => 3,
                    (false, _) => continue,
                };
                if best[start].0 + cost < best[end].0 {
                    best[end] = (best[start].0 + cost, start, known);
                }
            }
        }
        let mut pieces = Vec::new();
        let mut end = n;
        while end > 0 {
            let (_, start, known) = best[end];
            pieces.push((start, end, known));
            end = start;
        }
        for (start, end, known) in pieces.into_iter().rev() {
            if known {
                tokens.push(token(full, start_byte + bounds[start], start_byte + bounds[end], *position));
            }
            *position += 1;
        }
    }
}

impl Tokenizer for QueryWordsTokenizer {
    type TokenStream<'a> = VecTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        let mut tokens = Vec::new();
        let mut position = 0;
        let mut rest = 0;
        for run in text.split(char::is_whitespace) {
            let start = text[rest..].find(run).map_or(rest, |i| rest + i);
            if !run.is_empty() {
                self.cut(run, start, &mut position, &mut tokens, text);
            }
            rest = start + run.len();
        }
        VecTokenStream::new(tokens)
    }
}

/// Registers the indexing analyzers of both tracks.
pub fn register_indexing(manager: &TokenizerManager) {
    manager.register(WORDS, TextAnalyzer::builder(WordsTokenizer).build());
    manager.register(GRAMS, TextAnalyzer::builder(GramsTokenizer).build());
}

/// A tokenizer manager with the query analyzers under the indexing names.
pub fn query_manager(known: KnownWords) -> TokenizerManager {
    let manager = TokenizerManager::default();
    manager.register(WORDS, TextAnalyzer::builder(QueryWordsTokenizer::new(known)).build());
    manager.register(GRAMS, TextAnalyzer::builder(QueryGramsTokenizer).build());
    manager
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens<T: Tokenizer>(mut tokenizer: T, text: &str) -> Vec<(String, usize)> {
        let mut stream = tokenizer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            assert_eq!(&text[t.offset_from..t.offset_to].to_lowercase(), &t.text);
            out.push((t.text.clone(), t.position));
        }
        out
    }

    #[test]
    fn lexicon_terms_stay_whole_and_sub_words_share_the_position() {
        let got = tokens(WordsTokenizer, "严格落实三会一课制度,党支部书记带头讲党课");
        let at =
            |w: &str| got.iter().find(|(t, _)| t == w).map(|(_, p)| *p).unwrap_or_else(|| panic!("{w} in {got:?}"));
        assert!(got.iter().all(|(t, _)| t != "三会" && t != "一课"), "{got:?}");
        // 党支部书记 is one word; 支部 and 书记 inside it sit at its position.
        assert_eq!(at("支部"), at("党支部书记"));
        assert_eq!(at("书记"), at("党支部书记"));
        // Punctuation takes a position: 制度 , 党支部书记 are two apart.
        assert_eq!(at("党支部书记"), at("制度") + 2);
    }

    #[test]
    fn a_text_longer_than_a_stretch_is_cut_piece_by_piece_with_positions_running_on() {
        // Our own sentence, repeated past several stretches: each repetition must cut
        // the same way, its words sitting one sentence's worth of positions later.
        let sentence = "第二党支部组织全体党员学习党章，开展志愿服务。";
        let one = tokens(WordsTokenizer, sentence);
        let width = one.iter().map(|(_, p)| p + 1).max().expect("words") + 1; // the 。 too
        let times = 3 * crate::segment::MAX_CUT_BYTES / sentence.len() + 1;
        let all = tokens(WordsTokenizer, &sentence.repeat(times));
        assert_eq!(all.len(), one.len() * times);
        for (k, chunk) in all.chunks(one.len()).enumerate() {
            let shifted: Vec<(String, usize)> = one.iter().map(|(t, p)| (t.clone(), p + k * width)).collect();
            assert_eq!(chunk, shifted.as_slice(), "repetition {k}");
        }
    }

    #[test]
    fn grams_are_pairs_and_lone_last_characters_by_character_position() {
        let got = tokens(GramsTokenizer, "党员 877人");
        assert_eq!(
            got,
            [("党员", 0), ("员", 1), ("87", 3), ("77", 4), ("7人", 5), ("人", 6)].map(|(t, p)| (t.to_string(), p))
        );
        let query = tokens(QueryGramsTokenizer, "三会一课");
        assert_eq!(query, [("三会", 0), ("会一", 1), ("一课", 2)].map(|(t, p)| (t.to_string(), p)));
        assert_eq!(tokens(QueryGramsTokenizer, "党"), [("党".to_string(), 0)]);
        assert_eq!(
            tokens(QueryGramsTokenizer, "ICU 党"),
            [("ic".to_string(), 0), ("cu".to_string(), 1), ("党".to_string(), 4)]
        );
    }

    #[test]
    fn queries_are_cut_into_the_fewest_known_words() {
        let known: KnownWords = Arc::new(|w: &str| ["党员", "示范岗", "党员示范岗", "的", "医院"].contains(&w));
        let got = tokens(QueryWordsTokenizer::new(known.clone()), "党员示范岗");
        assert_eq!(got, [("党员示范岗".to_string(), 0)]);
        let got = tokens(QueryWordsTokenizer::new(known), "医院的党员 示范岗");
        assert_eq!(got, [("医院", 0), ("的", 1), ("党员", 2), ("示范岗", 3)].map(|(t, p)| (t.to_string(), p)));
    }
}
