//! A request's query string read once, by name, with bounds: whatever a browser or a
//! script sends (bad percent escapes, repeated names, numbers out of range) becomes a
//! value, nothing, or a [`Problem`] saying which parameter is wrong — never a panic.

use std::str::FromStr;

use super::problem::Problem;

/// The name–value pairs of a query string, in order, percent escapes undone (bytes
/// that are not UTF-8 replaced).
#[derive(Debug, Clone, Default)]
pub struct Params(Vec<(String, String)>);

impl Params {
    pub fn parse(raw: Option<&str>) -> Params {
        let raw = raw.unwrap_or("");
        Params(form_urlencoded::parse(raw.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect())
    }

    /// The first non-empty value of `name`, trimmed.
    pub fn text(&self, name: &str) -> Option<String> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.trim()).find(|v| !v.is_empty()).map(str::to_string)
    }

    /// Every non-empty value of `name`, trimmed, in order.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.trim().to_string()).filter(|v| !v.is_empty()).collect()
    }

    /// Whether `name` is set to something other than 0, false, off or nothing.
    pub fn flag(&self, name: &str) -> bool {
        self.text(name).is_some_and(|v| !matches!(v.as_str(), "0" | "false" | "off" | "no"))
    }

    /// `name` as a whole number from `min` to `max`, if given.
    pub fn number<T>(&self, name: &str, min: T, max: T) -> Result<Option<T>, Problem>
    where
        T: FromStr + PartialOrd + std::fmt::Display + Copy,
    {
        let Some(text) = self.text(name) else { return Ok(None) };
        match text.parse::<T>() {
            Ok(n) if n >= min && n <= max => Ok(Some(n)),
            _ => Err(Problem::bad_parameter(name, &text, &format!("{min} 到 {max} 之间的整数"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_decoded_trimmed_and_bounded() {
        let p = Params::parse(Some("q=%E4%B8%89%E6%9C%83+&h=a&h=&h=%20b&limit=0&year=2017&bad=%FF%zz"));
        assert_eq!(p.text("q").as_deref(), Some("三會"));
        assert_eq!(p.all("h"), ["a", "b"]);
        assert_eq!(p.number::<u32>("year", 1000, 9999).unwrap(), Some(2017));
        assert!(p.number::<usize>("limit", 1, 100).is_err());
        assert_eq!(p.number::<usize>("absent", 1, 100).unwrap(), None);
        assert_eq!(p.text("bad").as_deref(), Some("\u{fffd}%zz"));
        assert_eq!(Params::parse(None).text("q"), None);
    }
}
