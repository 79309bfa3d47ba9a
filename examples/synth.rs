//! A scale corpus for measurements: reports built from the real sentences of the bundled
//! seeds, with other hospitals, figures and years, spread over the encodings and kinds
//! of damage the pipeline meets. Deterministic: the same arguments write the same bytes.
//! Never committed as data.
//!
//!     cargo run --release --example synth -- --docs 20000 --out /tmp/synth [--seed 7]
//!
//! Each report takes 8–40 sentences at random from the seeds (split at 。), puts a
//! title line with a hospital and a date in front, and rewrites every figure. One in
//! five gets pinyin annotations, one in ten an SEO spam line; the encodings rotate
//! through UTF-8, UTF-8 with BOM, GBK, GB18030, Big5 (where it can hold the text),
//! UTF-16LE with BOM and a GBK web page.

use std::fs;
use std::path::PathBuf;

const SEEDS: &[&str] = &[
    include_str!("../tests/seeds/000_f4fd5e7f994b8d9f.txt"),
    include_str!("../tests/seeds/001_5ef448610bd62831.txt"),
    include_str!("../tests/seeds/003_ea44c8e6f3c16627.txt"),
];

const CITIES: &[&str] =
    &["邵阳市", "重庆市", "南京市", "长沙市", "成都市", "杭州市", "武汉市", "西安市", "济南市", "昆明市"];
const KINDS: &[&str] = &["中心医院", "人民医院", "第二医院", "中医院", "妇幼保健院", "肿瘤医院", "第一人民医院"];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn main() {
    let mut docs = 1000usize;
    let mut out = PathBuf::from("synth");
    let mut seed = 7u64;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().unwrap_or_else(|| panic!("{arg} needs a value"));
        match arg.as_str() {
            "--docs" => docs = value.parse().expect("--docs takes a number"),
            "--out" => out = value.into(),
            "--seed" => seed = value.parse().expect("--seed takes a number"),
            other => panic!("unknown argument {other}: use --docs N --out DIR [--seed S]"),
        }
    }
    let mut bytes_written = 0usize;
    for (i, (name, bytes)) in generate(docs, seed).into_iter().enumerate() {
        bytes_written += bytes.len();
        let dir = out.join(format!("{:03}", i / 1000));
        fs::create_dir_all(&dir).expect("the output folder can be created");
        fs::write(dir.join(name), bytes).expect("the report can be written");
    }
    println!("{docs} reports, {bytes_written} bytes, in {}", out.display());
}

/// `docs` reports as (file name, bytes), the same for the same `docs` and `seed`.
pub fn generate(docs: usize, seed: u64) -> Vec<(String, Vec<u8>)> {
    let sentences: Vec<String> = SEEDS
        .iter()
        .flat_map(|s| s.split('。'))
        .map(|s| s.trim().replace('\n', ""))
        .filter(|s| s.chars().count() >= 12 && !s.contains('?'))
        .map(|s| format!("{s}。"))
        .collect();
    let mut rng = Rng(seed.max(1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let mut out = Vec::with_capacity(docs);
    for i in 0..docs {
        let hospital = format!("{}{}", CITIES[rng.below(CITIES.len())], KINDS[rng.below(KINDS.len())]);
        let year = 2010 + rng.below(14);
        let mut text = format!(
            "{hospital}扎实推进党建工作\n{year}-{:02}-{:02} 来源:健康报\n\n",
            1 + rng.below(12),
            1 + rng.below(28)
        );
        if rng.below(10) == 0 {
            text.insert_str(0, "国产日韩欧美一区二区三区_亚洲少妇熟女av_久久久久亚洲av国产精品_在线观看\n");
        }
        for _ in 0..8 + rng.below(33) {
            let sentence = &sentences[rng.below(sentences.len())];
            // New figures: every run of ASCII digits gets another number.
            let mut rewritten = String::with_capacity(sentence.len());
            let mut in_number = false;
            for c in sentence.chars() {
                if c.is_ascii_digit() {
                    if !in_number {
                        rewritten.push_str(&(1 + rng.below(2000)).to_string());
                    }
                    in_number = true;
                } else {
                    in_number = false;
                    rewritten.push(c);
                }
            }
            text.push_str(&rewritten.replace("医院", &hospital));
            text.push('\n');
        }
        if rng.below(5) == 0 {
            text = text.replace('醫', "醫(yī)").replace('學', "學(xué)");
        }
        out.push(encode(i, &text, &mut rng));
    }
    out
}

fn encode(i: usize, text: &str, rng: &mut Rng) -> (String, Vec<u8>) {
    let whole = |encoding: &'static encoding_rs::Encoding| {
        let (bytes, _, unmappable) = encoding.encode(text);
        (!unmappable).then(|| bytes.into_owned())
    };
    match rng.below(7) {
        0 => (format!("r{i:06}.txt"), text.as_bytes().to_vec()),
        1 => (format!("r{i:06}.txt"), [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat()),
        2 => match whole(encoding_rs::GBK) {
            Some(bytes) => (format!("r{i:06}.txt"), bytes),
            None => (format!("r{i:06}.txt"), whole(encoding_rs::GB18030).expect("GB18030 holds everything")),
        },
        3 => (format!("r{i:06}.txt"), whole(encoding_rs::GB18030).expect("GB18030 holds everything")),
        4 => match whole(encoding_rs::BIG5) {
            Some(bytes) => (format!("r{i:06}.txt"), bytes),
            None => (format!("r{i:06}.txt"), text.as_bytes().to_vec()),
        },
        5 => {
            let mut bytes = vec![0xFF, 0xFE];
            bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            (format!("r{i:06}.txt"), bytes)
        }
        _ => {
            let body: String =
                text.lines().map(|l| format!("<p>{}</p>\n", l.replace('&', "&amp;").replace('<', "&lt;"))).collect();
            let page =
                format!("<html><head><meta charset=\"gb2312\"><title>党建</title></head><body>\n{body}</body></html>");
            let (bytes, _, _) = encoding_rs::GBK.encode(&page);
            (format!("r{i:06}.html"), bytes.into_owned())
        }
    }
}
