//! A web page to the text a reader sees, and what the page says about
//! itself (title, date, canonical address).
//!
//! html5gum tokenizes the page exactly as the WHATWG spec says (character
//! references, raw-text elements like `<script>`, broken markup); this module
//! only decides what the tokens mean for plain text: block elements become
//! paragraphs, `<br>` a line break, white space collapses as a browser
//! collapses it, and what is not the statement (head, scripts, styles,
//! navigation, forms, embedded media, anything `hidden`) is left out. When
//! the page marks its main content with `<main>`, only that is kept. The
//! same code runs natively and in the browser, so the CLI, the widget, the
//! tests and the fuzzers see the same text.

use std::collections::HashMap;

use html5gum::{DefaultEmitter, StartTag, Token, Tokenizer};

use super::Imported;

/// Elements whose content is not statement text.
const LEFT_OUT: &[&[u8]] = &[
    b"head", b"script", b"style", b"noscript", b"template", b"nav", b"svg", b"math", b"iframe", b"object",
    b"canvas", b"video", b"audio", b"select", b"button", b"textarea",
];

/// Elements that start and end a paragraph.
const BLOCKS: &[&[u8]] = &[
    b"address", b"article", b"aside", b"blockquote", b"body", b"caption", b"center", b"dd", b"details",
    b"dialog", b"div", b"dl", b"dt", b"fieldset", b"figcaption", b"figure", b"footer", b"form", b"h1", b"h2",
    b"h3", b"h4", b"h5", b"h6", b"header", b"hgroup", b"hr", b"legend", b"li", b"main", b"ol", b"p", b"pre",
    b"section", b"summary", b"table", b"td", b"th", b"tr", b"ul",
];

/// A list of element names.
type Names = &'static [&'static [u8]];

/// Start tags that end an open element as a browser's parser does: the
/// tags, what they end, and the elements that stop the search. Every block
/// also ends an open `<p>` (stopped by tables and buttons).
const IMPLIED_ENDS: &[(Names, Names, Names)] = &[
    (&[b"li"], &[b"li"], &[b"ul", b"ol"]),
    (&[b"dt", b"dd"], &[b"dt", b"dd"], &[b"dl"]),
    (&[b"td", b"th"], &[b"td", b"th"], &[b"tr", b"table"]),
    (&[b"tr"], &[b"tr"], &[b"table"]),
    (&[b"option"], &[b"option"], &[b"select"]),
];

/// How far up the open elements an implied end looks: enough for any real
/// page, and a page nested a million deep stays linear.
const IMPLIED_END_REACH: usize = 64;

/// Elements that never have content or an end tag.
const VOID: &[&[u8]] = &[
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"param", b"source",
    b"track", b"wbr",
];

/// The text of an HTML page, paragraphs separated by a blank line, with the
/// title, date and source the page gives (never guessed: a page with
/// several different `<time>` dates and no published-time tag has none).
pub fn html_to_text(html: &str) -> Imported {
    let mut emitter = DefaultEmitter::default();
    // Script, style, title and the like hold raw text, not tags.
    emitter.naively_switch_states(true);
    let mut page = Page::default();
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => page.start(&tag),
            Token::EndTag(tag) => page.end(&tag.name),
            Token::String(text) => page.characters(&text.value),
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    page.finish()
}

/// What the walk over the tokens has seen so far.
#[derive(Default)]
struct Page {
    /// Open elements, innermost last: name, and whether it hides its content.
    open: Vec<(Vec<u8>, bool)>,
    /// How many of each name are open, so an end tag finds its element at
    /// once (a page of stray end tags stays linear).
    open_count: HashMap<Vec<u8>, usize>,
    /// How many open elements hide their content.
    hiding: usize,
    /// Finished paragraphs, each with whether it is inside `<main>`.
    paragraphs: Vec<(String, bool)>,
    /// The paragraph being written (bytes: tokens may split a character).
    current: Vec<u8>,
    /// White space seen since the last word: one space, if a word follows.
    space: bool,
    /// The text of the page's first `<title>`, and how many titles began.
    title: Vec<u8>,
    titles: usize,
    meta: HashMap<&'static str, String>,
    times: Vec<String>,
}

impl Page {
    fn is_open(&self, name: &[u8]) -> bool {
        self.open_count.get(name).is_some_and(|&n| n > 0)
    }

    fn start(&mut self, tag: &StartTag<()>) {
        let name = tag.name.as_slice();
        let attr = |key: &str| tag.attributes.get(key.as_bytes()).map(|v| String::from_utf8_lossy(&v.value).into_owned());
        match name {
            b"body" if self.is_open(b"head") => self.end(b"head"),
            b"meta" => {
                let key = attr("property").or_else(|| attr("name")).unwrap_or_default().to_ascii_lowercase();
                let wanted = ["og:title", "og:url", "article:published_time"].into_iter().find(|&k| k == key);
                if let (Some(key), Some(content)) = (wanted, attr("content")) {
                    self.meta.entry(key).or_insert(content);
                }
            }
            b"link" if attr("rel").is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("canonical"))) => {
                if let Some(href) = attr("href") {
                    self.meta.entry("canonical").or_insert(href);
                }
            }
            b"title" if !self.is_open(b"svg") => self.titles += 1,
            b"time" if self.hiding == 0 => self.times.extend(attr("datetime")),
            // Line breaks, at most one blank line in a row.
            b"br" if self.hiding == 0 => {
                if !self.current.ends_with(b"\n\n") {
                    self.current.push(b'\n');
                }
                self.space = false;
            }
            _ => {}
        }
        if BLOCKS.contains(&name) {
            self.end_implied(&[b"p"], &[b"button", b"table", b"td", b"th"]);
            self.break_paragraph();
        }
        for &(starts, ends, stops) in IMPLIED_ENDS {
            if starts.contains(&name) {
                self.end_implied(ends, stops);
            }
        }
        // A self-closing tag opens nothing (`<svg/>`, `<div/>`), so a stray
        // slash never hides the rest of the page.
        if VOID.contains(&name) || tag.self_closing {
            return;
        }
        let hides = LEFT_OUT.contains(&name) || tag.attributes.contains_key(b"hidden".as_slice());
        self.hiding += usize::from(hides);
        *self.open_count.entry(name.to_vec()).or_default() += 1;
        self.open.push((name.to_vec(), hides));
    }

    /// Ends the innermost open element named in `ends`, unless one named in
    /// `stops` is open inside it.
    fn end_implied(&mut self, ends: &[&[u8]], stops: &[&[u8]]) {
        let innermost = self.open.iter().rev().take(IMPLIED_END_REACH).map(|(name, _)| name.as_slice());
        if let Some(name) = innermost.into_iter().find(|n| ends.contains(n) || stops.contains(n)) {
            if ends.contains(&name) {
                let name = name.to_vec();
                self.end(&name);
            }
        }
    }

    /// Closes the innermost open `name` and whatever is open inside it; an
    /// end tag with nothing to close is ignored, as browsers do.
    fn end(&mut self, name: &[u8]) {
        if BLOCKS.contains(&name) {
            self.break_paragraph();
        }
        if !self.is_open(name) {
            return;
        }
        while let Some((closed, hides)) = self.open.pop() {
            self.hiding -= usize::from(hides);
            if let Some(n) = self.open_count.get_mut(&closed) {
                *n -= 1;
            }
            if closed == name {
                break;
            }
        }
    }

    fn characters(&mut self, text: &[u8]) {
        if self.open.last().is_some_and(|(name, _)| name == b"title") && !self.is_open(b"svg") && self.titles == 1 {
            self.title.extend_from_slice(text);
        } else if self.hiding == 0 && self.is_open(b"pre") {
            self.current.extend_from_slice(text);
        } else if self.hiding == 0 {
            collapse_into(&mut self.current, &mut self.space, text);
        }
    }

    fn break_paragraph(&mut self) {
        let text = String::from_utf8_lossy(&self.current).into_owned();
        self.current.clear();
        self.space = false;
        if !text.trim().is_empty() {
            self.paragraphs.push((text.trim_matches(['\n', ' ']).to_owned(), self.is_open(b"main")));
        }
    }

    fn finish(mut self) -> Imported {
        self.break_paragraph();
        let has_main = self.paragraphs.iter().any(|&(_, in_main)| in_main);
        let text: Vec<String> =
            self.paragraphs.into_iter().filter(|&(_, in_main)| in_main || !has_main).map(|(p, _)| p).collect();
        let title = self.meta.remove("og:title").or_else(|| Some(String::from_utf8_lossy(&self.title).into_owned()));
        let published = self.meta.remove("article:published_time").map(|d| date_of(&d));
        let mut times: Vec<String> = self.times.iter().map(|d| date_of(d)).collect();
        times.dedup();
        let date = published.or_else(|| if times.len() == 1 { times.pop() } else { None });
        let source = self.meta.remove("canonical").filter(|s| is_web_address(s)).or_else(|| self.meta.remove("og:url"));
        Imported {
            text: text.join("\n\n"),
            title: title.map(|t| collapse(&t).trim().to_owned()).filter(|t| !t.is_empty()),
            date: date.filter(|d| !d.is_empty()),
            source: source.map(|s| s.trim().to_owned()).filter(|s| is_web_address(s)),
        }
    }
}

/// Appends `text` with runs of HTML white space (space, tab, CR, LF, form
/// feed) shown as one space between words; other spaces (no-break and the
/// like) are text and kept.
fn collapse_into(out: &mut Vec<u8>, space: &mut bool, text: &[u8]) {
    for &b in text {
        if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
            *space = true;
            continue;
        }
        if *space && !out.is_empty() && !out.ends_with(b"\n") {
            out.push(b' ');
        }
        *space = false;
        out.push(b);
    }
}

/// `text` with HTML white space collapsed and trimmed.
fn collapse(text: &str) -> String {
    let mut out = Vec::new();
    collapse_into(&mut out, &mut false, text.as_bytes());
    String::from_utf8_lossy(&out).into_owned()
}

/// An ISO date-time cut to its date ("2021-07-09T18:46:21-04:00" becomes
/// "2021-07-09"); anything else as written, white space collapsed.
fn date_of(value: &str) -> String {
    let value = collapse(value).trim().to_owned();
    let b = value.as_bytes();
    let iso_date = b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
        && matches!(b.get(10), None | Some(b'T' | b't' | b' '));
    if iso_date {
        value[..10].to_owned()
    } else {
        value
    }
}

/// An absolute http(s) address with no white space in it.
fn is_web_address(s: &str) -> bool {
    let lower = s.trim().to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.contains(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        html_to_text(html).text
    }

    #[test]
    fn block_elements_become_paragraphs() {
        let page = "<ul><li><a href=/c>Contact</a></ul><h1>President Niinistö</h1><p>Spoke\n   with <b>Biden</b>.<p>Then left.";
        assert_eq!(text(page), "Contact\n\nPresident Niinistö\n\nSpoke with Biden.\n\nThen left.");
        assert_eq!(text("<div>one<br>two<br/>three</div><td>a</td><td>b</td>"), "one\ntwo\nthree\n\na\n\nb");
    }

    #[test]
    fn references_are_decoded_and_markup_in_text_stays_text() {
        assert_eq!(text("<p>Sergei&nbsp;Lavrov &amp; Wang&#8217;s &lt;b&gt; &bogus; &notin; &not"), "Sergei\u{a0}Lavrov & Wang’s <b> &bogus; ∉ ¬");
    }

    #[test]
    fn what_is_not_the_statement_is_left_out() {
        let page = "<head><title>T</title><style>p{}</style></head><body><nav>Menu</nav>\
                    <script>var a = '<p>no</p>';</script><p hidden>Hidden<p>Kept<button>Share</button>\
                    <svg/><p>After svg<noscript>Enable JS</noscript>";
        assert_eq!(text(page), "Kept\n\nAfter svg");
    }

    #[test]
    fn main_content_is_preferred_when_marked() {
        let page = "<header>Site</header><main><p>The statement.</p></main><footer>Copyright</footer>";
        assert_eq!(text(page), "The statement.");
        assert_eq!(text("<header>Site</header><p>No main here."), "Site\n\nNo main here.");
    }

    #[test]
    fn pre_keeps_its_white_space() {
        assert_eq!(text("<p>a  b</p><pre>x  y\n  z</pre>"), "a b\n\nx  y\n  z");
    }

    #[test]
    fn unclosed_and_stray_tags_lose_no_text() {
        assert_eq!(text("</div></p><div><span>one</div>two</span>"), "one\n\ntwo");
        assert_eq!(text("<nav>menu</div><p>x</nav><p>kept"), "kept");
    }

    #[test]
    fn metadata_is_taken_from_the_page() {
        let page = r#"<html><head><title> Readout of the
            Call | The White House </title>
            <meta property="og:title" content="Readout of President Biden's Call">
            <meta property="article:published_time" content="2021-07-09T18:46:21-04:00">
            <link rel="Canonical" href="https://www.whitehouse.gov/briefing-room/readout/">
            </head><body><p>Text</p><time datetime="2020-01-01">old</time></body></html>"#;
        let got = html_to_text(page);
        assert_eq!(got.title.as_deref(), Some("Readout of President Biden's Call"));
        assert_eq!(got.date.as_deref(), Some("2021-07-09"));
        assert_eq!(got.source.as_deref(), Some("https://www.whitehouse.gov/briefing-room/readout/"));
        assert_eq!(got.text, "Text\n\nold");
    }

    #[test]
    fn fallbacks_and_nothing_invented() {
        let page = "<title>A &amp; B</title><title>Second</title><meta property=og:url content=https://e.org/x><p><time datetime=2020-02-01>1 Feb</time>";
        let got = html_to_text(page);
        assert_eq!((got.title.as_deref(), got.date.as_deref(), got.source.as_deref()), (Some("A & B"), Some("2020-02-01"), Some("https://e.org/x")));
        let two_dates = html_to_text("<p><time datetime=2020-02-01>a</time><time datetime=2020-03-01>b</time><link rel=canonical href=/relative>");
        assert_eq!((two_dates.title, two_dates.date, two_dates.source), (None, None, None));
    }
}
