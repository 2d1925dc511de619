//! Which user-supplied addresses may become links.

/// The address, trimmed, if it is an absolute http(s) URL that is safe to put
/// in an `href`; `None` for anything else (`javascript:`, `data:`, relative
/// paths, addresses with spaces or control characters).
pub fn safe_http_url(raw: &str) -> Option<&str> {
    let url = raw.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
    let host_present = url.split("//").nth(1).is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'));
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>' || c == '"');
    (scheme_ok && host_present && clean).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::safe_http_url;

    #[test]
    fn accepts_http_and_https() {
        assert_eq!(safe_http_url(" https://tass.com/politics/1115367 "), Some("https://tass.com/politics/1115367"));
        assert_eq!(safe_http_url("HTTP://example.org"), Some("HTTP://example.org"));
    }

    #[test]
    fn refuses_other_schemes_and_tricks() {
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "//evil.example",
            "/relative",
            "https://",
            "https:///path",
            "https://a.example/\"onmouseover=alert(1)",
            "https://a.example/ x",
            "https://a.example/\u{0}",
            "",
        ] {
            assert_eq!(safe_http_url(bad), None, "{bad:?}");
        }
    }
}
