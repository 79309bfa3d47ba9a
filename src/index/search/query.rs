//! Reading a query: tantivy's grammar over the folded query (a colon inside Chinese
//! text is text), a lone character as a prefix of the pairs, a query the grammar
//! cannot read as its literal strings — and holding a paragraph against the query
//! (what it requires present, what it excludes absent).

use std::sync::Arc;

use tantivy::query::{Query, QueryParser, QueryParserError};
use tantivy::query_grammar::{self, UserInputAst, UserInputLeaf, UserInputLiteral};
use tantivy::schema::Schema;
use tantivy::{Searcher, Term};

use crate::index::snippet;
use crate::segment::tokenizer::KnownWords;

/// A query as read: tantivy's grammar over the folded query, colons in text escaped.
/// This is the one reading of a query: what matches, what a paragraph must hold and
/// what is highlighted all come from it.
pub(super) struct ReadQuery {
    /// The query folded to simplified, colons in text escaped.
    pub(super) escaped: String,
    pub(super) ast: UserInputAst,
    /// Its literal strings, folded, sorted, each once: quoted phrases whole, other
    /// words one by one, field values (title:医院 → 医院) too; what it excludes (NOT,
    /// -word), ranges and `*` left out.
    pub(super) literals: Vec<String>,
}

/// The longest query read, in characters: a query is typed, or pasted from a sentence.
pub const MAX_QUERY_CHARS: usize = 2000;

/// The deepest nesting of parentheses a query may have: the grammar reads them by
/// recursion, and thousands of them overflowed the stack.
pub const MAX_DEPTH: usize = 32;

/// Why a query is not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("the query is {chars} characters long; at most {MAX_QUERY_CHARS} are read")]
    TooLong { chars: usize },
    #[error("the query nests parentheses {depth} deep; at most {MAX_DEPTH} levels are read")]
    TooDeep { depth: usize },
}

/// Refuses a query too long or too deeply nested to read safely.
fn check(query: &str) -> Result<(), QueryError> {
    let chars = query.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(QueryError::TooLong { chars });
    }
    let (mut depth, mut deepest) = (0usize, 0usize);
    for c in query.chars() {
        match c {
            '(' | '（' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ')' | '）' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if deepest > MAX_DEPTH {
        return Err(QueryError::TooDeep { depth: deepest });
    }
    Ok(())
}

/// Reads `query`. A query the grammar cannot read is its literal strings (as far as
/// the grammar's lenient reading finds them), each a phrase.
pub(super) fn read(query: &str, schema: &Schema) -> Result<ReadQuery, QueryError> {
    check(query)?;
    let escaped = escape_colons(&hanconv::t2s(query), schema);
    Ok(match query_grammar::parse_query(&escaped) {
        Ok(ast) => {
            let literals = literals(&ast);
            ReadQuery { escaped, ast, literals }
        }
        Err(_) => {
            let (lenient, _) = query_grammar::parse_query_lenient(&escaped);
            // An operator left dangling (三会一课 AND) is read as a word: it is not one.
            let mut literals = literals(&lenient);
            literals.retain(|l| !matches!(l.as_str(), "and" | "or" | "not" | "&&" | "||"));
            let ast = query_grammar::parse_query(&as_literals(&literals)).unwrap_or(lenient);
            ReadQuery { escaped, ast, literals }
        }
    })
}

/// The literal strings of a query's AST (see [`ReadQuery::literals`]).
fn literals(ast: &UserInputAst) -> Vec<String> {
    fn walk<'a>(ast: &'a UserInputAst, out: &mut Vec<&'a str>) {
        match ast {
            UserInputAst::Clause(clauses) => {
                for (occur, clause) in clauses {
                    if *occur != Some(query_grammar::Occur::MustNot) {
                        walk(clause, out);
                    }
                }
            }
            UserInputAst::Boost(ast, _) => walk(ast, out),
            UserInputAst::Leaf(leaf) => {
                if let UserInputLeaf::Literal(literal) = leaf.as_ref() {
                    out.push(&literal.phrase);
                }
            }
        }
    }
    let mut found = Vec::new();
    walk(ast, &mut found);
    let mut folded: Vec<String> =
        found.iter().map(|l| snippet::fold(l.trim())).filter(|l| !l.is_empty() && l != "*").collect();
    folded.sort();
    folded.dedup();
    folded
}

/// Whether a paragraph's folded text satisfies the query: the literals it requires are
/// in it and those it excludes are not, with AND as the default between terms. Field
/// queries, ranges and regexes are about the document as a whole, which the index has
/// matched already, so they hold for each of its paragraphs.
pub(super) fn paragraph_matches(ast: &UserInputAst, text: &str) -> bool {
    paragraph_holds(ast, text).unwrap_or(true)
}

/// Whether a literal searches the text (not a field of the document).
fn is_text(literal: &UserInputLiteral) -> bool {
    matches!(literal.field_name.as_deref(), None | Some("grams" | "body"))
}

/// `Some(holds)` for a part of the query about the text, `None` for one about the
/// document as a whole.
fn paragraph_holds(ast: &UserInputAst, text: &str) -> Option<bool> {
    match ast {
        UserInputAst::Clause(clauses) => {
            use query_grammar::Occur::{MustNot, Should};
            let mut about_text = false;
            let mut required = false;
            let mut optional = Vec::new();
            for (occur, clause) in clauses {
                let holds = paragraph_holds(clause, text);
                about_text |= holds.is_some();
                match occur {
                    Some(MustNot) if holds == Some(true) => return Some(false),
                    Some(MustNot) => {}
                    Some(Should) => optional.push(holds),
                    _ if holds == Some(false) => return Some(false),
                    _ => required = true,
                }
            }
            // Without required terms, one of the optional ones must be there.
            if !required && !optional.is_empty() && optional.iter().all(|h| *h == Some(false)) {
                return Some(false);
            }
            about_text.then_some(true)
        }
        UserInputAst::Boost(ast, _) => paragraph_holds(ast, text),
        UserInputAst::Leaf(leaf) => match leaf.as_ref() {
            UserInputLeaf::Literal(literal) if is_text(literal) => {
                let phrase = snippet::fold(&literal.phrase);
                Some(phrase.trim().is_empty() || text.contains(phrase.trim()))
            }
            _ => None,
        },
    }
}

/// The query without its excluded text: `passages` asks the index for documents with
/// `党员 -示范岗` as for `党员`, since a paragraph without 示范岗 may stand in a report
/// that names it elsewhere; the paragraphs are then held against the whole query.
/// Exclusions of a field (`-hospital:…`) are about the document and stay.
pub(super) fn without_excluded_text(ast: UserInputAst) -> UserInputAst {
    fn has_text(ast: &UserInputAst) -> bool {
        match ast {
            UserInputAst::Clause(clauses) => clauses.iter().any(|(_, c)| has_text(c)),
            UserInputAst::Boost(ast, _) => has_text(ast),
            UserInputAst::Leaf(leaf) => matches!(leaf.as_ref(), UserInputLeaf::Literal(l) if is_text(l)),
        }
    }
    match ast {
        UserInputAst::Clause(clauses) => UserInputAst::Clause(
            clauses
                .into_iter()
                .filter(|(occur, clause)| !(*occur == Some(query_grammar::Occur::MustNot) && has_text(clause)))
                .map(|(occur, clause)| (occur, without_excluded_text(clause)))
                .collect(),
        ),
        UserInputAst::Boost(ast, boost) => UserInputAst::Boost(Box::new(without_excluded_text(*ast)), boost),
        leaf => leaf,
    }
}

/// Parses a query for the grams fields (`grams`, `title`, `hospital`, `source`).
pub(super) fn parse_grams(parser: &QueryParser, query: &str) -> Result<Box<dyn Query>, QueryParserError> {
    let ast = query_grammar::parse_query(query).map_err(|_| QueryParserError::SyntaxError(query.to_string()))?;
    parser.build_query_from_user_input_ast(lone_characters_as_prefixes(ast))
}

/// The grams track indexes a character alone only where no pair starts with it, so a
/// literal that is one character — or ends in one after a space — matches the terms
/// that begin with that character (a regex over the term dictionary) instead of the
/// character's own term. Everything else in the query is left as it is.
pub(super) fn lone_characters_as_prefixes(ast: UserInputAst) -> UserInputAst {
    match ast {
        UserInputAst::Clause(clauses) => UserInputAst::Clause(
            clauses.into_iter().map(|(occur, ast)| (occur, lone_characters_as_prefixes(ast))).collect(),
        ),
        UserInputAst::Boost(ast, boost) => UserInputAst::Boost(Box::new(lone_characters_as_prefixes(*ast)), boost),
        UserInputAst::Leaf(leaf) => match *leaf {
            UserInputLeaf::Literal(literal) if !literal.prefix => lone_character(literal),
            leaf => UserInputAst::Leaf(Box::new(leaf)),
        },
    }
}

fn lone_character(literal: UserInputLiteral) -> UserInputAst {
    let phrase = literal.phrase.to_lowercase();
    let runs: Vec<&str> = phrase.split_whitespace().collect();
    let mut last = runs.last().map_or("".chars(), |run| run.chars());
    let (Some(last), None) = (last.next(), last.next()) else {
        return UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(literal)));
    };
    let field = Some(literal.field_name.clone().unwrap_or_else(|| "grams".into()));
    let prefix = UserInputAst::Leaf(Box::new(UserInputLeaf::Regex {
        field,
        pattern: format!("{}.*", regex::escape(&last.to_string())),
    }));
    if runs.len() == 1 {
        return prefix;
    }
    // "党建 工作 党": the runs before the last stay a phrase; the last must occur too.
    let before = runs[..runs.len() - 1].join(" ");
    let rest = UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(UserInputLiteral { phrase: before, ..literal })));
    UserInputAst::Clause(vec![(Some(query_grammar::Occur::Must), rest), (Some(query_grammar::Occur::Must), prefix)])
}

/// A word lookup in the words track of every segment: the query side cuts queries
/// into words the index knows, without loading jieba.
pub(super) fn known_words(searcher: &Searcher, body: tantivy::schema::Field) -> KnownWords {
    let inverted: Vec<_> = searcher.segment_readers().iter().filter_map(|s| s.inverted_index(body).ok()).collect();
    Arc::new(move |word: &str| {
        let term = Term::from_field_text(body, word);
        inverted.iter().any(|ii| ii.get_term_info(&term).ok().flatten().is_some())
    })
}

/// `走心:谋篇` is text, not a field query: a colon after anything but a field name is
/// escaped.
fn escape_colons(query: &str, schema: &Schema) -> String {
    let mut out = String::with_capacity(query.len() + 8);
    let mut word_start = 0;
    for (i, c) in query.char_indices() {
        if c.is_whitespace() || c == '(' || c == '"' {
            word_start = i + c.len_utf8();
        }
        if c == ':' {
            let name = query[word_start..i].trim_start_matches(['+', '-']);
            if schema.get_field(name).is_err() {
                out.push('\\');
            }
        }
        out.push(c);
    }
    out
}

/// Literals, each quoted: what is searched when the syntax cannot be read.
pub(super) fn as_literals(literals: &[String]) -> String {
    let quoted: Vec<String> = literals.iter().map(|l| format!("\"{}\"", l.replace(['"', '\\'], " "))).collect();
    if quoted.is_empty() { "\"\"".into() } else { quoted.join(" ") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn literals_of(query: &str) -> Vec<String> {
        read(query, &crate::index::schema::schema().0).unwrap().literals
    }

    #[test]
    fn literals_of_a_query() {
        assert_eq!(literals_of("三會一課"), ["三会一课"]);
        assert_eq!(
            literals_of(r#""党员 示范岗" AND 主题党日 -义诊 title:医院^2 NOT 扶贫"#),
            ["主题党日", "党员 示范岗", "医院"]
        );
        assert_eq!(literals_of("走心:谋篇布局 ICU"), ["icu", "走心:谋篇布局"]);
        assert_eq!(literals_of("year:[2016 TO 2018]"), Vec::<String>::new());
        // What the grammar cannot read is searched as its literals.
        let unbalanced = read("\"党员 示范岗", &crate::index::schema::schema().0).unwrap();
        assert!(!unbalanced.literals.is_empty(), "{:?}", unbalanced.literals);
        assert_eq!(literals_of("三会一课 AND"), ["三会一课"]);
        assert_eq!(literals_of("党建 OR"), ["党建"]);
    }

    fn ast(query: &str) -> UserInputAst {
        query_grammar::parse_query(query).unwrap()
    }

    #[test]
    fn a_paragraph_holds_a_query_by_its_literals() {
        let text = "医院在门诊大厅设立党员示范岗,由党员医生轮流值守";
        for (query, expected) in [
            ("党员示范岗", true),
            ("党员 值守", true),
            ("党员 志愿", false),
            ("党员 OR 志愿", true),
            ("志愿 OR 社区", false),
            ("党员 -值守", false),
            ("党员 NOT 社区", true),
            ("\"党员示范岗\"", true),
            ("\"示范岗党员\"", false),
            ("year:[2010 TO 2020] 门诊", true),
            ("(党员 AND 社区) OR 大厅", true),
            // About the document, not the paragraph: left to the index.
            ("-hospital:邵阳 党员", true),
            ("hospital:邵阳", true),
            ("-path:x", true),
        ] {
            assert_eq!(paragraph_matches(&ast(query), text), expected, "{query}");
        }
    }

    #[test]
    fn documents_for_passages_keep_only_the_exclusions_of_fields() {
        let kept = format!("{:?}", without_excluded_text(ast("党员 -示范岗 -hospital:邵阳")));
        assert!(kept.contains("党员") && !kept.contains("示范岗") && kept.contains("邵阳"), "{kept}");
    }

    #[test]
    fn a_lone_character_becomes_a_prefix_of_the_pairs() {
        let leaf = |ast: &UserInputAst| match ast {
            UserInputAst::Leaf(leaf) => format!("{leaf:?}"),
            other => format!("{other:?}"),
        };
        assert!(leaf(&lone_characters_as_prefixes(ast("党"))).contains("党.*"));
        assert!(leaf(&lone_characters_as_prefixes(ast("党员"))).contains("党员"));
        assert!(!leaf(&lone_characters_as_prefixes(ast("党员"))).contains(".*"));
        // Regex characters are escaped; a field named in the query is kept.
        assert!(leaf(&lone_characters_as_prefixes(ast("title:+"))).contains("\\+.*"));
        let mixed = format!("{:?}", lone_characters_as_prefixes(ast("\"党建 党\"")));
        assert!(mixed.contains("党建") && mixed.contains("党.*"), "{mixed}");
    }

    #[test]
    fn dates_become_day_numbers() {
        assert_eq!(crate::index::schema::day_number("2017", false), Some(20_170_000));
        assert_eq!(crate::index::schema::day_number("2017", true), Some(20_171_231));
        assert_eq!(crate::index::schema::day_number("2017-05", true), Some(20_170_531));
        assert_eq!(crate::index::schema::day_number("2017-05-18", false), Some(20_170_518));
        assert_eq!(crate::index::schema::day_number("May 2017", false), None);
        assert_eq!(crate::index::schema::day_number("17", false), None);
    }

    /// A query nested or long beyond the bounds is refused with a message, not read
    /// (10,000 parentheses overflowed the stack); as deep as the bound is read.
    #[test]
    fn queries_too_deep_or_too_long_are_refused() {
        let schema = crate::index::schema::schema().0;
        let nested = |n: usize| format!("{}党员{}", "(".repeat(n), ")".repeat(n));
        assert!(read(&nested(MAX_DEPTH), &schema).is_ok());
        assert_eq!(read(&nested(500), &schema).err(), Some(QueryError::TooDeep { depth: 500 }));
        let long = "党员".repeat(MAX_QUERY_CHARS);
        assert!(matches!(read(&long, &schema), Err(QueryError::TooLong { .. })));
    }
}
