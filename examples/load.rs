//! Load on a running `dangjian serve`, bounded and on loopback only: N clients, each
//! one keep-alive connection, send search requests for T seconds — the search page
//! (facets over every match, reposts folded) and `/api/search` in turn, over queries
//! from narrow to matching every report — then the latencies, the errors and the
//! server's memory (VmRSS and its peak VmHWM from /proc/PID/status) and the processor
//! time it spent per request (user and system time from /proc/PID/stat, which other
//! programs sharing the machine do not inflate as they do the latencies) are printed.
//!
//!     target/release/dangjian serve --index /tmp/synth5k-idx --addr 127.0.0.1:8099 &
//!     cargo run --release --example load -- --addr 127.0.0.1:8099 --pid $! [--clients 50] [--seconds 20] [--think MS] [--fresh]
//!
//! The server keeps the answers to requests asked again (`src/serve/answers.rs`), so
//! ten queries asked over and over measure mostly that. `--fresh` makes every request
//! one never asked before — the query with a word excluded that no report contains
//! (医院 -zq123), which matches what the query matches — so that each is worked out.
//!
//! Any answer but 200, and any connection error, is an error.

#[path = "../tests/common/http.rs"]
mod http;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Queries from the seeds' vocabulary, in both scripts: rare words, common ones,
/// operators, and 医院, which every synthetic report contains.
const QUERIES: &[&str] = &[
    "三会一课",
    "三會一課",
    "党员示范岗",
    "主题党日",
    "创先争优",
    "党支部书记",
    "\"党员积分管理\"",
    "医院",
    "党员 OR 支部",
    "志愿 -服务",
];

struct Options {
    addr: SocketAddr,
    pid: Option<u32>,
    clients: usize,
    seconds: u64,
    /// A pause after each answer, as a reader takes (0: requests back to back).
    think: Duration,
    /// Every request a query never asked before.
    fresh: bool,
}

fn options() -> Options {
    let mut o = Options {
        addr: "127.0.0.1:8080".parse().unwrap(),
        pid: None,
        clients: 50,
        seconds: 20,
        think: Duration::ZERO,
        fresh: false,
    };
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "--fresh") {
        args.remove(at);
        o.fresh = true;
    }
    for pair in args.chunks(2) {
        let value = pair.get(1).map(String::as_str).unwrap_or("");
        match pair[0].as_str() {
            "--addr" => o.addr = value.parse().expect("--addr IP:PORT"),
            "--pid" => o.pid = Some(value.parse().expect("--pid N")),
            "--clients" => o.clients = value.parse::<usize>().expect("--clients N").clamp(1, 200),
            "--seconds" => o.seconds = value.parse::<u64>().expect("--seconds N").clamp(1, 120),
            "--think" => o.think = Duration::from_millis(value.parse::<u64>().expect("--think MS").min(10_000)),
            other => panic!("unknown option {other}; see the header of examples/load.rs"),
        }
    }
    assert!(o.addr.ip().is_loopback(), "load goes to loopback only, not {}", o.addr);
    o
}

fn memory(pid: u32) -> String {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status.lines().find(|l| l.starts_with(name)).map(|l| l[name.len()..].trim().to_string()).unwrap_or_default()
    };
    format!("VmRSS {} · VmHWM {}", field("VmRSS:"), field("VmHWM:"))
}

/// The processor time the process has used (user and system), from /proc/PID/stat.
fn cpu(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The fields after the command name (which may hold spaces), from field 3 on.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // /proc counts in USER_HZ, 100 a second on Linux.
    Some(Duration::from_millis(ticks * 10))
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[at].as_secs_f64() * 1000.0
}

fn main() {
    let o = options();
    if let Some(pid) = o.pid {
        println!("server before: {}", memory(pid));
    }
    let cpu_before = o.pid.and_then(cpu);
    let deadline = Instant::now() + Duration::from_secs(o.seconds);
    let errors = Arc::new(AtomicUsize::new(0));
    let threads: Vec<_> = (0..o.clients)
        .map(|client| {
            let errors = errors.clone();
            let (addr, think, fresh) = (o.addr, o.think, o.fresh);
            std::thread::spawn(move || {
                let mut connection = http::Client::new(addr);
                let (mut pages, mut api) = (Vec::new(), Vec::new());
                let mut n = client;
                while Instant::now() < deadline {
                    let query = QUERIES[n % QUERIES.len()];
                    let q = if fresh { http::encode(&format!("{query} -zq{client}x{n}")) } else { http::encode(query) };
                    let (target, times) = if n % 2 == 0 {
                        (format!("/?q={q}"), &mut pages)
                    } else {
                        (format!("/api/search?q={q}&limit=10"), &mut api)
                    };
                    let start = Instant::now();
                    match connection.get(&target) {
                        Ok(answer) if answer.status == 200 => times.push(start.elapsed()),
                        Ok(answer) => {
                            eprintln!("{target}: {}", answer.status);
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                        Err(error) => {
                            eprintln!("{target}: {error}");
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                    n += 1;
                    std::thread::sleep(think);
                }
                (pages, api)
            })
        })
        .collect();
    let (mut pages, mut api) = (Vec::new(), Vec::new());
    for thread in threads {
        let (p, a) = thread.join().expect("a client thread");
        pages.extend(p);
        api.extend(a);
    }
    println!(
        "{} clients for {} s on {}, {} ms between requests, {}",
        o.clients,
        o.seconds,
        o.addr,
        o.think.as_millis(),
        if o.fresh { "every query new" } else { "ten queries asked again" }
    );
    for (name, times) in [("search page /?q=", &mut pages), ("/api/search", &mut api)] {
        times.sort();
        println!(
            "{name}: {} requests ({:.0}/s), p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            times.len(),
            times.len() as f64 / o.seconds as f64,
            percentile(times, 0.50),
            percentile(times, 0.99),
            percentile(times, 1.0)
        );
    }
    let errors = errors.load(Ordering::Relaxed);
    println!("errors: {errors}");
    if let Some(pid) = o.pid {
        println!("server after: {}", memory(pid));
        if let (Some(before), Some(after)) = (cpu_before, cpu(pid)) {
            let used = after.saturating_sub(before);
            let requests = (pages.len() + api.len()).max(1);
            println!(
                "server processor time: {:.1} s, {:.2} ms a request",
                used.as_secs_f64(),
                used.as_secs_f64() * 1000.0 / requests as f64
            );
        }
    }
    assert!(!pages.is_empty() && !api.is_empty(), "no request succeeded");
    if errors > 0 {
        std::process::exit(1);
    }
}
