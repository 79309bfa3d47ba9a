//! `dangjian serve`: the web app for writers — search, precedents, a document in
//! context, hospitals compared, the figures and practices tables — and `/api/`, the
//! JSON of the command line's `--json` outputs, over the index a nightly run updates.
//!
//! It owns the routes and the HTTP side only: every answer comes from the library
//! calls the command line makes (`index::search`, `analyze::compare`,
//! `analyze::tables`), run on tokio's blocking threads with an index each thread keeps
//! open and refreshes before every request ([`open`]). Pages are plain HTML from Rust
//! ([`html`], [`pages`]) with one style sheet and one small script served from the
//! binary: nothing is fetched from elsewhere, and the Content-Security-Policy says so.
//! What a request gets wrong is a page or JSON with a 4xx; an index that cannot be
//! read a 503 ([`problem`]), whose reason — naming the index's path — goes to the
//! server's log, not to whoever asked; the index is only ever read.

mod answers;
mod api;
mod html;
mod open;
mod pages;
mod params;
mod problem;

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use self::params::Params;
use self::problem::Problem;

/// Pages may use the app's own style sheet and script, and nothing else.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const STYLE: &str = include_str!("static/app.css");
const SCRIPT: &str = include_str!("static/app.js");

#[derive(Clone)]
struct App {
    index: Arc<PathBuf>,
}

/// The app's routes over the index in `index_dir`.
pub fn router(index_dir: PathBuf) -> Router {
    let app = App { index: Arc::new(index_dir) };
    Router::new()
        .route("/", get(|s: State<App>, u: Uri, q: RawQuery| page(s, u, q, pages::search)))
        .route("/passages", get(|s: State<App>, u: Uri, q: RawQuery| page(s, u, q, pages::passages)))
        .route("/compare", get(|s: State<App>, u: Uri, q: RawQuery| page(s, u, q, pages::compare_page)))
        .route("/figures", get(|s: State<App>, u: Uri, q: RawQuery| page(s, u, q, pages::figures)))
        .route("/practices", get(|s: State<App>, u: Uri, q: RawQuery| page(s, u, q, pages::practices)))
        .route("/figures.csv", get(|s: State<App>, u: Uri, q: RawQuery| api_route(s, u, q, api::metrics_csv)))
        .route("/practices.csv", get(|s: State<App>, u: Uri, q: RawQuery| api_route(s, u, q, api::measures_csv)))
        .route("/document/{id}", get(document_page))
        .route("/api/search", get(|s: State<App>, u: Uri, q: RawQuery| api_route(s, u, q, api::search)))
        .route("/api/passages", get(|s: State<App>, u: Uri, q: RawQuery| api_route(s, u, q, api::passages)))
        .route("/api/metrics", get(|s: State<App>, u: Uri, q: RawQuery| api_route(s, u, q, api::metrics)))
        .route("/api/measures", get(|s: State<App>, u: Uri, q: RawQuery| api_route(s, u, q, api::measures)))
        .route("/api/compare", get(|s: State<App>, u: Uri, q: RawQuery| api_route(s, u, q, api::compare)))
        .route("/api/document/{id}", get(document_api))
        .route("/static/app.css", get(|| async { asset("text/css; charset=utf-8", STYLE) }))
        .route("/static/app.js", get(|| async { asset("text/javascript; charset=utf-8", SCRIPT) }))
        .fallback(not_found)
        .with_state(app)
}

/// Serves the app on `listener` until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    index_dir: PathBuf,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(index_dir)).with_graceful_shutdown(shutdown).await
}

/// The headers every answer carries: nothing from elsewhere, no sniffing, no referrer.
fn secure(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

fn html_response(status: StatusCode, html: String) -> Response {
    secure((status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response())
}

fn json_response(status: StatusCode, body: String) -> Response {
    secure((status, [(header::CONTENT_TYPE, "application/json; charset=utf-8")], body).into_response())
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    secure(([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "max-age=3600")], body).into_response())
}

/// Runs `work` on a blocking thread with that thread's engine; a panic (a bug) is
/// answered with a 500 rather than taking the server down.
async fn blocking<T: Send + 'static>(
    app: &App,
    work: impl FnOnce(&crate::index::search::Engine) -> Result<T, Problem> + Send + 'static,
) -> Result<T, Problem> {
    let dir = app.index.clone();
    match tokio::task::spawn_blocking(move || open::with_engine(&dir, work)).await {
        Ok(result) => result,
        Err(error) => {
            tracing::error!("a request failed: {error}");
            Err(Problem::new(StatusCode::INTERNAL_SERVER_ERROR, "服务器内部错误，请报告此问题。", error.to_string()))
        }
    }
}

/// The key an answer is kept under: its route and query string.
fn answer_key(route: &str, query: Option<&str>) -> String {
    format!("{route}?{}", query.unwrap_or_default())
}

async fn page(
    State(app): State<App>,
    uri: Uri,
    RawQuery(query): RawQuery,
    make: fn(&crate::index::search::Engine, &Params) -> pages::Page,
) -> Response {
    let key = answer_key(uri.path(), query.as_deref());
    let stamp = answers::stamp(&app.index);
    if let Some(html) = answers::get(&app.index, &stamp, &key) {
        return html_response(StatusCode::OK, html.as_str().to_owned());
    }
    let params = Params::parse(query.as_deref());
    match blocking(&app, move |engine| Ok(make(engine, &params))).await {
        Ok(page) => {
            if page.status == StatusCode::OK {
                answers::keep(&app.index, stamp, key, Arc::new(page.html.clone()));
            }
            html_response(page.status, page.html)
        }
        Err(problem) => html_response(problem.status, pages::problem_page(&problem).html),
    }
}

async fn document_page(State(app): State<App>, Path(id): Path<String>, RawQuery(query): RawQuery) -> Response {
    let params = Params::parse(query.as_deref());
    match blocking(&app, move |engine| Ok(pages::document(engine, &id, &params))).await {
        Ok(page) => html_response(page.status, page.html),
        Err(problem) => html_response(problem.status, pages::problem_page(&problem).html),
    }
}

fn answer(result: Result<api::Answer, Problem>) -> Response {
    match result {
        Ok(api::Answer::Json(body)) => json_response(StatusCode::OK, body),
        Ok(api::Answer::Csv { name, body }) => secure(
            (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                    (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
                ],
                body,
            )
                .into_response(),
        ),
        Err(problem) => {
            let body = serde_json::json!({ "error": problem.shown_detail(), "message": problem.title });
            json_response(problem.status, body.to_string())
        }
    }
}

async fn api_route(
    State(app): State<App>,
    uri: Uri,
    RawQuery(query): RawQuery,
    make: fn(&crate::index::search::Engine, &Params) -> Result<api::Answer, Problem>,
) -> Response {
    let key = answer_key(uri.path(), query.as_deref());
    let stamp = answers::stamp(&app.index);
    if let Some(body) = answers::get(&app.index, &stamp, &key) {
        return json_response(StatusCode::OK, body.as_str().to_owned());
    }
    let params = Params::parse(query.as_deref());
    let result = blocking(&app, move |engine| make(engine, &params)).await;
    // JSON answers are kept; CSV downloads are written out each time.
    if let Ok(api::Answer::Json(body)) = &result {
        answers::keep(&app.index, stamp, key, Arc::new(body.clone()));
    }
    answer(result)
}

async fn document_api(State(app): State<App>, Path(id): Path<String>) -> Response {
    answer(blocking(&app, move |engine| api::document(engine, &id)).await)
}

async fn not_found(uri: Uri) -> Response {
    let problem = Problem::not_found("这个页面");
    if uri.path().starts_with("/api/") {
        answer(Err(problem))
    } else {
        html_response(problem.status, pages::problem_page(&problem).html)
    }
}
