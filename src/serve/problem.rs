//! What goes wrong answering a request, said to a writer: a status (4xx for what the
//! request asked, 503 for an index that cannot be read now), a title in Chinese saying
//! what to do, and the library's own message as the detail.
//!
//! The detail of a 4xx is about the request (which parameter, which value, which
//! hospitals a name could mean) and is shown with it. The detail of a 5xx is about the
//! server — the index's path, its files, what SQLite or tantivy said of them — which
//! a server listening on a network must not tell whoever asks: it goes to the server's
//! log when the problem is met, and answers show [`Problem::shown_detail`] instead.

use axum::http::StatusCode;

use crate::analyze::compare::CompareError;
use crate::analyze::tables::TableError;
use crate::index::StoreError;
use crate::index::hospitals::HospitalError;
use crate::index::search::SearchError;

#[derive(Debug, Clone)]
pub struct Problem {
    pub status: StatusCode,
    /// What happened and what to do, in Chinese.
    pub title: String,
    /// The library's message (naming the file, the value, the candidates).
    pub detail: String,
}

impl Problem {
    pub fn new(status: StatusCode, title: impl Into<String>, detail: impl Into<String>) -> Problem {
        let problem = Problem { status, title: title.into(), detail: detail.into() };
        if status.is_server_error() {
            tracing::warn!("answered {}: {}", status.as_u16(), problem.detail);
        }
        problem
    }

    /// The detail an answer may show: a 4xx's own, a 5xx's only as "see the log".
    pub fn shown_detail(&self) -> &str {
        if self.status.is_server_error() { "details are in the server's log" } else { &self.detail }
    }

    pub fn not_found(what: &str) -> Problem {
        Problem::new(StatusCode::NOT_FOUND, format!("没有找到{what}"), "")
    }

    pub fn bad_parameter(name: &str, value: &str, expected: &str) -> Problem {
        let shown: String = value.chars().take(40).collect();
        Problem::new(
            StatusCode::BAD_REQUEST,
            format!("参数 {name} 的值不正确：应为{expected}"),
            format!("{name}={shown:?} is not {expected}"),
        )
    }

    /// The index folder cannot be read (missing, damaged, of another version).
    pub fn unavailable(detail: String) -> Problem {
        Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "索引暂时无法读取。它可能还没有建立、正在重建或已经损坏：请稍后刷新；若一直如此，请管理员运行 dangjian index（损坏时加 --full）。",
            detail,
        )
    }
}

impl From<StoreError> for Problem {
    fn from(error: StoreError) -> Problem {
        Problem::unavailable(error.to_string())
    }
}

impl From<HospitalError> for Problem {
    fn from(error: HospitalError) -> Problem {
        let title = match &error {
            HospitalError::Ambiguous { candidates, .. } => {
                format!("这个名称可能指几家医院：{}。请写得更完整一些。", candidates.join("、"))
            }
            HospitalError::Unknown { .. } => "索引里没有这家医院。可以写全称、简称或其中有区别的部分。".to_string(),
        };
        Problem::new(StatusCode::BAD_REQUEST, title, error.to_string())
    }
}

impl From<SearchError> for Problem {
    fn from(error: SearchError) -> Problem {
        match error {
            SearchError::Store(error) => error.into(),
            SearchError::Index { .. } => Problem::unavailable(error.to_string()),
            SearchError::Hospital(error) => error.into(),
            SearchError::EmptyRange { .. } => Problem::new(
                StatusCode::BAD_REQUEST,
                "起始日期晚于截止日期：没有日期能在这个范围里。",
                error.to_string(),
            ),
            SearchError::BadDate { .. } => {
                Problem::new(StatusCode::BAD_REQUEST, "日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD。", error.to_string())
            }
            SearchError::Query(_) => {
                Problem::new(StatusCode::BAD_REQUEST, "查询太长或括号嵌套太深：请缩短查询。", error.to_string())
            }
        }
    }
}

impl From<TableError> for Problem {
    fn from(error: TableError) -> Problem {
        match error {
            TableError::Store(error) => error.into(),
            TableError::Hospital(error) => error.into(),
            TableError::Category { .. } => Problem::new(StatusCode::BAD_REQUEST, "没有这个类别。", error.to_string()),
        }
    }
}

impl From<CompareError> for Problem {
    fn from(error: CompareError) -> Problem {
        match error {
            CompareError::Store(error) => error.into(),
            CompareError::Hospital(error) => error.into(),
        }
    }
}
