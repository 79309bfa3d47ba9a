//! Naming a hospital in a query, the same way in every command (`search --hospital`,
//! `passages --hospital`, `metrics --hospital`, `measures --hospital`, `compare`): in
//! either script, in full, or by a distinctive part (邵阳中心医院 for 邵阳市中心医院,
//! 市第二医院). [`resolve`] finds every hospital of the index a name can mean — the same
//! name, else the names that contain it, else those that do once 市/省/县/区/州 are left
//! out of both — and a filter keeps the documents about one of them; [`resolve_one`]
//! is for a command that needs a single hospital and names the candidates otherwise.

/// A name that means no hospital of the index, or (for [`resolve_one`]) several.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HospitalError {
    #[error("{query:?} could mean {}: name one of them more fully", candidates.join(", "))]
    Ambiguous { query: String, candidates: Vec<String> },
    #[error("no hospital in the index matches {query:?}; the index knows: {}", if known.is_empty() { "none (no document names its hospital)".to_string() } else { known.join(", ") })]
    Unknown { query: String, known: Vec<String> },
}

/// Letters that a short way of naming a hospital leaves out (邵阳中心医院 for
/// 邵阳市中心医院).
fn skeleton(name: &str) -> String {
    name.chars().filter(|c| !matches!(c, '市' | '省' | '县' | '区' | '州' | ' ')).collect()
}

/// Every hospital of `known` (canonical names: simplified) that `query` can mean, in
/// the order of `known`.
pub fn resolve(query: &str, known: &[String]) -> Result<Vec<String>, HospitalError> {
    let wanted = hanconv::t2s(query.trim());
    if known.contains(&wanted) {
        return Ok(vec![wanted]);
    }
    for loose in [false, true] {
        let matches = |k: &&String| if loose { skeleton(k).contains(&skeleton(&wanted)) } else { k.contains(&wanted) };
        let candidates: Vec<String> = known.iter().filter(matches).cloned().collect();
        if !candidates.is_empty() {
            return Ok(candidates);
        }
    }
    Err(HospitalError::Unknown { query: query.to_string(), known: known.to_vec() })
}

/// The one hospital of `known` that `query` names.
pub fn resolve_one(query: &str, known: &[String]) -> Result<String, HospitalError> {
    let mut candidates = resolve(query, known)?;
    if candidates.len() > 1 {
        return Err(HospitalError::Ambiguous { query: query.to_string(), candidates });
    }
    Ok(candidates.remove(0))
}

/// The documents a `--hospital` filter keeps: those about one of the hospitals the
/// name can mean.
#[derive(Debug, Clone)]
pub struct HospitalFilter {
    pub hospitals: Vec<String>,
}

impl HospitalFilter {
    /// The filter for `query` among the hospitals of `known`.
    pub fn new(query: &str, known: &[String]) -> Result<HospitalFilter, HospitalError> {
        Ok(HospitalFilter { hospitals: resolve(query, known)? })
    }

    /// Whether a document about `hospital` is kept.
    pub fn keeps(&self, hospital: &str) -> bool {
        self.hospitals.iter().any(|h| h == hospital)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Vec<String> {
        ["南京市第二医院", "邵阳市中心医院", "邵阳市第一人民医院", "重庆市人民医院"].map(String::from).to_vec()
    }

    #[test]
    fn names_in_either_script_in_full_or_in_part() {
        let one = |q: &str| resolve_one(q, &known());
        assert_eq!(one("邵阳市中心医院").unwrap(), "邵阳市中心医院");
        assert_eq!(one("邵陽市中心醫院").unwrap(), "邵阳市中心医院");
        assert_eq!(one("邵阳中心医院").unwrap(), "邵阳市中心医院");
        assert_eq!(one("市第二医院").unwrap(), "南京市第二医院");
        assert_eq!(one(" 重慶 ").unwrap(), "重庆市人民医院");
    }

    #[test]
    fn a_part_several_names_share_means_them_all_to_a_filter_and_is_ambiguous_alone() {
        assert_eq!(resolve("邵阳", &known()).unwrap(), ["邵阳市中心医院", "邵阳市第一人民医院"]);
        assert!(
            matches!(resolve_one("邵阳", &known()), Err(HospitalError::Ambiguous { candidates, .. }) if candidates.len() == 2)
        );
        // The full name of one is not ambiguous even if another contains it.
        let mut with_branch = known();
        with_branch.push("邵阳市中心医院分院".into());
        assert_eq!(resolve_one("邵阳市中心医院", &with_branch).unwrap(), "邵阳市中心医院");
    }

    #[test]
    fn an_unknown_name_lists_what_the_index_knows() {
        let error = resolve("北京协和医院", &known()).unwrap_err();
        assert!(error.to_string().contains("南京市第二医院"), "{error}");
        assert!(resolve("医院", &[]).unwrap_err().to_string().contains("none"));
        let two = ["重庆市人民医院", "重庆市第二人民医院"].map(String::from);
        let error = resolve_one("重庆", &two).unwrap_err().to_string();
        assert!(error.contains("重庆市人民医院") && error.contains("重庆市第二人民医院"), "{error}");
    }
}
