//! Just enough of the W3C WebDriver protocol to drive Debian's headless Chromium
//! through `chromedriver` (package chromium-driver): open a page, find elements, type,
//! click, press keys, follow the focus, read text and styles, grant a permission, take
//! a screenshot. JSON over HTTP/1.1 on loopback; nothing is downloaded.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// The key WebDriver names for a web element's id in its answers.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

fn find_program(names: &[&str], package: &str) -> PathBuf {
    let found = names.iter().map(PathBuf::from).find(|p| p.exists());
    found.unwrap_or_else(|| {
        panic!("this test drives headless Chromium: install the Debian package {package} (.ci/run does)")
    })
}

/// WebDriver's codes for the Tab and Enter keys.
pub const TAB: &str = "\u{E004}";
pub const ENTER: &str = "\u{E007}";

/// A headless Chromium session, ended (and its driver stopped) when dropped.
pub struct Browser {
    driver: Child,
    addr: SocketAddr,
    session: String,
}

pub type Element = String;

impl Browser {
    pub fn start(profile: &Path) -> Browser {
        let chromium = find_program(&["/usr/bin/chromium", "/usr/bin/chromium-browser"], "chromium");
        let chromedriver =
            find_program(&["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"], "chromium-driver");
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let driver = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
        let until = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(addr).is_err() {
            assert!(Instant::now() < until, "chromedriver did not listen on {addr}");
            std::thread::sleep(Duration::from_millis(100));
        }
        let mut browser = Browser { driver, addr, session: String::new() };
        let capabilities = json!({ "capabilities": { "alwaysMatch": { "goog:chromeOptions": {
            "binary": chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", format!("--user-data-dir={}", profile.display()),
            ],
        }}}});
        let answer = browser.call("POST", "/session", capabilities);
        browser.session = answer["sessionId"].as_str().unwrap_or_else(|| panic!("no session: {answer}")).to_string();
        browser
    }

    /// Sends one command; returns its `value`, or panics with the driver's error.
    fn call(&self, method: &str, path: &str, body: Value) -> Value {
        // GET and DELETE carry no body.
        let body = if body.is_null() { String::new() } else { body.to_string() };
        let mut stream = TcpStream::connect(self.addr).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json; charset=utf-8\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.addr,
            body.len()
        );
        stream.write_all(request.as_bytes()).unwrap();
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let (mut length, mut chunked) = (None, false);
        loop {
            let mut header = String::new();
            reader.read_line(&mut header).unwrap();
            if header.trim().is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse::<usize>().ok();
                }
                chunked |= name.eq_ignore_ascii_case("transfer-encoding") && value.contains("chunked");
            }
        }
        let mut bytes = Vec::new();
        match length {
            Some(n) => {
                bytes.resize(n, 0);
                reader.read_exact(&mut bytes).unwrap();
            }
            None if chunked => loop {
                let mut size = String::new();
                reader.read_line(&mut size).unwrap();
                let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
                let mut chunk = vec![0; n + 2];
                reader.read_exact(&mut chunk).unwrap();
                if n == 0 {
                    break;
                }
                bytes.extend_from_slice(&chunk[..n]);
            },
            None => {
                reader.read_to_end(&mut bytes).unwrap();
            }
        }
        let answer: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        assert!(line.contains(" 200 "), "{method} {path}: {line} {answer}");
        answer["value"].clone()
    }

    fn session(&self, path: &str) -> String {
        format!("/session/{}{path}", self.session)
    }

    /// Sets the window's outer size in CSS pixels (a phone's, a laptop's).
    pub fn resize(&self, width: u32, height: u32) {
        self.call("POST", &self.session("/window/rect"), json!({ "width": width, "height": height }));
    }

    pub fn go(&self, url: &str) {
        self.call("POST", &self.session("/url"), json!({ "url": url }));
    }

    pub fn all(&self, css: &str) -> Vec<Element> {
        let found = self.call("POST", &self.session("/elements"), json!({ "using": "css selector", "value": css }));
        found
            .as_array()
            .unwrap_or_else(|| panic!("{css}: {found}"))
            .iter()
            .map(|e| e[ELEMENT].as_str().unwrap_or_else(|| panic!("{css}: {e}")).to_string())
            .collect()
    }

    pub fn find(&self, css: &str) -> Element {
        self.all(css).into_iter().next().unwrap_or_else(|| panic!("no element {css}"))
    }

    /// Waits (at most 10 s) until an element matches `css`.
    pub fn wait_for(&self, css: &str) {
        let until = Instant::now() + Duration::from_secs(10);
        while self.all(css).is_empty() {
            assert!(Instant::now() < until, "no {css} after 10 s");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn type_into(&self, element: &Element, text: &str) {
        self.call("POST", &self.session(&format!("/element/{element}/value")), json!({ "text": text }));
    }

    pub fn click(&self, element: &Element) {
        self.call("POST", &self.session(&format!("/element/{element}/click")), json!({}));
    }

    pub fn text(&self, element: &Element) -> String {
        self.call("GET", &self.session(&format!("/element/{element}/text")), Value::Null).as_str().unwrap().to_string()
    }

    /// Presses and releases each key in turn on whatever has the focus, as a keyboard
    /// does (WebDriver key actions): the keys are characters or WebDriver's codes,
    /// [`TAB`], [`ENTER`].
    pub fn press(&self, keys: &[&str]) {
        let mut actions = Vec::new();
        for key in keys {
            actions.push(json!({ "type": "keyDown", "value": key }));
            actions.push(json!({ "type": "keyUp", "value": key }));
        }
        let body = json!({ "actions": [{ "type": "key", "id": "keyboard", "actions": actions }] });
        self.call("POST", &self.session("/actions"), body);
    }

    /// The element that has the focus.
    pub fn active(&self) -> Element {
        let value = self.call("GET", &self.session("/element/active"), Value::Null);
        value[ELEMENT].as_str().unwrap_or_else(|| panic!("no active element: {value}")).to_string()
    }

    /// Presses Tab until the focus is on an element matching `css`, at most `most`
    /// times; returns that element and how many presses it took.
    pub fn tab_to(&self, css: &str, most: usize) -> (Element, usize) {
        for presses in 1..=most {
            self.press(&[TAB]);
            let active = self.active();
            if self.matches(&active, css) {
                return (active, presses);
            }
        }
        panic!("{most} presses of Tab never reached {css}");
    }

    /// Whether `element` matches the CSS selector `css`.
    pub fn matches(&self, element: &Element, css: &str) -> bool {
        let script = "return arguments[0].matches(arguments[1]);";
        self.script(script, json!([{ ELEMENT: element }, css])).as_bool().unwrap_or(false)
    }

    /// The value of a CSS property of `element` as the browser computes it.
    pub fn style(&self, element: &Element, property: &str) -> String {
        let script = "return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);";
        self.script(script, json!([{ ELEMENT: element }, property])).as_str().unwrap_or_default().to_string()
    }

    /// Whether `element` lies within the window (not moved off the screen).
    pub fn on_screen(&self, element: &Element) -> bool {
        let script = "const r = arguments[0].getBoundingClientRect(); \
                      return r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth;";
        self.script(script, json!([{ ELEMENT: element }])).as_bool().unwrap_or(false)
    }

    /// Runs `script` in the page with `args` (an array) and returns its value.
    pub fn script(&self, script: &str, args: Value) -> Value {
        self.call("POST", &self.session("/execute/sync"), json!({ "script": script, "args": args }))
    }

    /// Grants the page a permission (WebDriver's permissions extension).
    pub fn grant(&self, name: &str) {
        self.call("POST", &self.session("/permissions"), json!({ "descriptor": { "name": name }, "state": "granted" }));
    }

    /// What the clipboard holds, as the page reads it.
    pub fn clipboard(&self) -> String {
        let script = "const done = arguments[arguments.length - 1]; \
                      navigator.clipboard.readText().then(done, (e) => done('error: ' + e));";
        let value = self.call("POST", &self.session("/execute/async"), json!({ "script": script, "args": [] }));
        value.as_str().unwrap_or_default().to_string()
    }

    /// The window as a PNG.
    pub fn screenshot(&self) -> Vec<u8> {
        let encoded = self.call("GET", &self.session("/screenshot"), Value::Null);
        base64(encoded.as_str().unwrap())
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let path = self.session("");
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.call("DELETE", &path, Value::Null)));
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Standard base64 decoded (padding and line breaks ignored).
fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let digits: Vec<u8> = text.bytes().filter_map(value).collect();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &d)| n | (u32::from(d) << (18 - 6 * i)));
        out.extend_from_slice(&n.to_be_bytes()[1..chunk.len()]);
    }
    out
}
