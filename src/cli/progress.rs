//! The progress bar: indicatif on stderr when it is a terminal, nothing otherwise.

use std::io::IsTerminal;
use std::time::Duration;

use dangjian::progress::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Bar(ProgressBar);

impl Bar {
    /// A bar that draws only when stderr is a terminal and the user did not ask for quiet.
    pub fn new(quiet: bool) -> Bar {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        if quiet || !std::io::stderr().is_terminal() {
            bar.set_draw_target(ProgressDrawTarget::hidden());
        }
        bar.set_style(
            ProgressStyle::with_template("{spinner} {prefix} {pos}/{len} files  {per_sec}  ETA {eta}  {wide_msg}")
                .expect("the template is valid"),
        );
        bar.enable_steady_tick(Duration::from_millis(120));
        Bar(bar)
    }
}

impl Progress for Bar {
    fn start(&self, stage: &str, total: u64) {
        self.0.set_prefix(stage.to_string());
        self.0.set_length(total);
        self.0.set_position(0);
    }

    fn advance(&self, item: &str) {
        self.0.set_message(item.to_string());
        self.0.inc(1);
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}
