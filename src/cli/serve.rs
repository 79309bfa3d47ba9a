//! `dangjian serve`: the web app for writers on this machine (or a host an
//! administrator chooses), over the index a nightly run updates; the routes and pages
//! are the library's (`dangjian::serve`), this file only binds, warns and waits.

use std::net::SocketAddr;
use std::path::Path;

use anyhow::Context;

use super::EXIT_OK;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to listen. The default, loopback, lets only this machine in; another
    /// address lets in anyone who can reach it on that network (a warning says so).
    /// Port 0 picks a free port (printed).
    #[arg(long, value_name = "IP:PORT", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
}

pub fn run(index: &Path, quiet: bool, args: Args) -> anyhow::Result<u8> {
    if !args.addr.ip().is_loopback() {
        eprintln!(
            "warning: listening on {}: anyone who can reach this address on the network can read the whole index \
             (use the default 127.0.0.1:8080 to keep it to this machine)",
            args.addr
        );
    }
    if let Err(error) = dangjian::index::Store::open_read_only(index) {
        eprintln!("warning: {error:#}; the pages say so until the index can be read");
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        // Queries are CPU work: a few threads per core, the rest of the requests wait.
        .max_blocking_threads(4 * std::thread::available_parallelism().map_or(2, |n| n.get()))
        .build()
        .context("cannot start the server's threads")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr).await.with_context(|| {
            format!("cannot listen on {} (is another server there? choose one with --addr)", args.addr)
        })?;
        let bound = listener.local_addr()?;
        // The one line a script starting the server waits for (on stdout, even with -q).
        println!("serving {} on http://{bound}/", index.display());
        if !quiet {
            eprintln!("open http://{bound}/ in a browser; Ctrl-C stops the server");
        }
        dangjian::serve::serve(listener, index.to_path_buf(), stopped()).await.context("the server stopped")
    })?;
    Ok(EXIT_OK)
}

/// Completes on SIGINT or SIGTERM: requests under way are finished, then the server stops.
async fn stopped() {
    let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        Ok(term) => term,
        Err(_) => {
            let _ = tokio::signal::ctrl_c().await;
            return;
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
}
