//! The `dangjian` command: parse the arguments, run the command, map the outcome to
//! an exit code (0 ok, 1 finished with quarantined files, 2 usage or fatal error).

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    cli::init_logging(args.quiet);
    match cli::run(args) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(cli::EXIT_FATAL)
        }
    }
}
