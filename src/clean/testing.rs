//! Test support shared by the cleaning steps: the seeds, the gold checks, a generator
//! of damaged text for property tests, and the `step_tests!` macro every step file
//! ends with (its table of cases, and a no-panic, idempotence run over generated text).

use super::step::{Note, Step};

const SEEDS: &[(&str, &str)] = &[
    ("000", include_str!("../../tests/seeds/000_f4fd5e7f994b8d9f.txt")),
    ("001", include_str!("../../tests/seeds/001_5ef448610bd62831.txt")),
    ("003", include_str!("../../tests/seeds/003_ea44c8e6f3c16627.txt")),
];

/// A seed's original text, by its three-digit prefix.
pub fn seed(prefix: &str) -> String {
    SEEDS.iter().find(|(p, _)| *p == prefix).map(|(_, t)| t.to_string()).expect("a known seed")
}

/// Applies one step, returning the text unchanged when the step has nothing to do.
pub fn apply(step: &dyn Step, text: &str) -> String {
    let mut notes: Vec<Note> = Vec::new();
    step.apply(text, &mut notes).map_or_else(|| text.to_string(), |(out, _)| out)
}

/// Pieces of real damage, mixed at random with slices of the seeds.
const PIECES: &[&str] = &[
    "?",
    "??",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "(yī)",
    "(xué)",
    "(科)",
    "（一）",
    "・88・",
    "2Ol2年第4期(第23卷总第128期",
    "l5位",
    "49 000元",
    "猜你喜歡\n",
    "隆化县| 蛟河市| 腾冲县| 城步| 西城区| 金堂县|",
    "国产日韩欧美一区二区_亚洲少妇熟女av_",
    "Copyright © 2019 版权所有 ICP备",
    "ＡＢ１２",
    "\u{200B}",
    "（",
    "）",
    "!",
    "?!痹邳h",
    "。”",
    "基 层",
    "①南京市第二医院 南京市210000",
    "(收稿日期2o12—04—23)",
    "本文编校 曹家和・",
    "一、",
    "1.",
    "\u{C}",
    "\u{FEFF}",
    "\r",
    "\u{E263}",
    "\u{FFFD}",
    "新青年(2016年12期)2016-12-13 16:57:19\n",
];

/// `n` generated texts: deterministic (xorshift), mixing seed slices, damage pieces
/// and arbitrary characters.
pub fn random_texts(n: usize) -> Vec<String> {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let seeds: Vec<Vec<char>> = SEEDS.iter().map(|(_, t)| t.chars().collect()).collect();
    (0..n)
        .map(|_| {
            let mut text = String::new();
            for _ in 0..(next() % 24) {
                match next() % 4 {
                    0 => text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]),
                    1 => {
                        let seed = &seeds[(next() % seeds.len() as u64) as usize];
                        let start = (next() % seed.len() as u64) as usize;
                        let len = (next() % 200) as usize;
                        text.extend(&seed[start..(start + len).min(seed.len())]);
                    }
                    2 => {
                        if let Some(c) = char::from_u32((next() % 0x3_0000) as u32) {
                            text.push(c);
                        }
                    }
                    _ => text.push(
                        ['党', '建', '。', '，', ',', '0', '7', 'l', 'O', ' ', '\n', '?'][(next() % 12) as usize],
                    ),
                }
            }
            text
        })
        .collect()
}

/// The tests every step file ends with: a table of `(input, expected)` cases (each
/// also checked to be stable under a second pass), and a property run over generated
/// damaged text: the step never panics and is idempotent.
#[macro_export]
macro_rules! step_tests {
    ($step:expr, [$(($input:expr, $expected:expr)),* $(,)?]) => {
        #[test]
        fn cases() {
            for (input, expected) in [$(($input, $expected)),*] {
                let got = $crate::clean::testing::apply(&$step, input);
                assert_eq!(got, expected, "input: {input:?}");
                assert_eq!($crate::clean::testing::apply(&$step, &got), got, "a second pass changed {got:?}");
            }
        }

        #[test]
        fn never_panics_and_is_idempotent() {
            for text in $crate::clean::testing::random_texts(300) {
                let once = $crate::clean::testing::apply(&$step, &text);
                let twice = $crate::clean::testing::apply(&$step, &once);
                assert_eq!(once, twice, "not idempotent on {text:?}");
            }
        }
    };
}
