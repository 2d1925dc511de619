//! Permalinks: the statements, their labels and the options, carried in
//! a URL fragment, so a comparison can be shared without any server.
//!
//! The JSON of [`Shared`] is also the comparison file and a script embed's
//! config. Two statements are written as format 1 (`"left"`, `"right"`), as
//! they always were; three to six as format 2 (`"statements": [...]`).
//! Both are read, and format 2 with two statements too.
//!
//! The fragment is `#c=` followed by the JSON of [`Shared`], compressed with
//! raw DEFLATE and encoded as unpadded base64url. The fragment never reaches
//! a server, so statements stay with whoever holds the link. The browser
//! compresses with its own `CompressionStream` (no DEFLATE code in the
//! page's wasm), native builds with miniz_oxide; both read each other's links.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use super::lesson::Lesson;
use super::statement::Statement;
use crate::engine::collate::MAX_VERSIONS;
use crate::engine::Options;

/// The fragment prefix that marks a Parallax permalink.
pub const PREFIX: &str = "c=";

/// Links longer than this are refused: chat apps, mail clients and CMS link
/// fields start truncating or rejecting URLs around this length.
pub const MAX_LINK_CHARS: usize = 8_000;

/// Largest decompressed payload accepted, so a crafted link cannot make the
/// page inflate gigabytes.
const MAX_JSON_BYTES: usize = 4_000_000;

/// The newest format this version reads and writes.
pub const FORMAT: u32 = 2;

/// What a permalink carries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "Wire", into = "Wire")]
pub struct Shared {
    /// The left statement (the first version).
    pub left: Statement,
    /// The right statement (the second version).
    pub right: Statement,
    /// The third to sixth versions, when there are more than two.
    pub more: Vec<Statement>,
    /// How they are compared.
    pub options: Options,
    /// A teacher's lesson (notes, questions, how it is presented), if any.
    pub lesson: Lesson,
    /// With more than two statements, the version read in the versions view
    /// (its place in the order), so a link opens where its maker was.
    pub reading: usize,
}

/// [`Shared`] as JSON: format 1 (`left`, `right`) or 2 (`statements`).
#[derive(Clone, Serialize, Deserialize)]
struct Wire {
    v: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    left: Option<Statement>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    right: Option<Statement>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    statements: Vec<Statement>,
    #[serde(default)]
    options: Options,
    #[serde(default, skip_serializing_if = "Lesson::is_empty")]
    lesson: Lesson,
    #[serde(default, skip_serializing_if = "is_zero")]
    reading: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl From<Shared> for Wire {
    fn from(s: Shared) -> Wire {
        let Shared { left, right, more, options, lesson, reading } = s;
        if more.is_empty() {
            return Wire { v: 1, left: Some(left), right: Some(right), statements: Vec::new(), options, lesson, reading: 0 };
        }
        let statements = [left, right].into_iter().chain(more).collect();
        Wire { v: 2, left: None, right: None, statements, options, lesson, reading }
    }
}

impl TryFrom<Wire> for Shared {
    type Error = String;

    fn try_from(w: Wire) -> Result<Shared, String> {
        let (left, right, more) = match w.v {
            1 => (w.left.ok_or("missing field `left`")?, w.right.ok_or("missing field `right`")?, Vec::new()),
            2 => {
                let n = w.statements.len();
                if !(2..=MAX_VERSIONS).contains(&n) {
                    return Err(format!("\"statements\" holds {n} statements; Parallax compares 2 to {MAX_VERSIONS}"));
                }
                let mut all = w.statements.into_iter();
                let (left, right) = (all.next().unwrap_or_default(), all.next().unwrap_or_default());
                (left, right, all.collect())
            }
            v => return Err(format!("format {v} is not one Parallax reads (1 or {FORMAT})")),
        };
        let reading = if more.is_empty() { 0 } else { w.reading.min(more.len() + 1) };
        Ok(Shared { left, right, more, options: w.options, lesson: w.lesson, reading })
    }
}

impl Shared {
    /// Two statements compared with `options`.
    pub fn pair(left: Statement, right: Statement, options: Options, lesson: Lesson) -> Shared {
        Shared { left, right, more: Vec::new(), options, lesson, reading: 0 }
    }

    /// What a link to the widget's current statements carries: with more
    /// than two, every version in the reader's order.
    pub fn of(state: &super::state::State) -> Shared {
        let (options, lesson) = (state.options.clone(), state.lesson.clone());
        match state.versions.all.as_slice() {
            [left, right, more @ ..] => {
                let (left, right, more) = (left.clone(), right.clone(), more.to_vec());
                Shared { left, right, more, options, lesson, reading: state.versions.reading }
            }
            _ => Shared::pair(state.left.clone(), state.right.clone(), options, lesson),
        }
    }

    /// Every statement, in order.
    pub fn statements(&self) -> impl Iterator<Item = &Statement> {
        [&self.left, &self.right].into_iter().chain(&self.more)
    }
}

/// Why a fragment could not be read back.
#[derive(Clone, Debug, PartialEq)]
pub enum PermalinkError {
    /// The fragment is not base64url (often: cut off or edited by hand).
    NotBase64,
    /// The data does not decompress: the link was truncated.
    Truncated,
    /// The data decompresses to more than the widget accepts.
    TooLarge,
    /// The data is not a comparison this version understands.
    Malformed(String),
    /// Made by a newer version of Parallax.
    NewerVersion(u32),
}

impl fmt::Display for PermalinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lead = "This link's comparison could not be opened";
        match self {
            PermalinkError::NotBase64 => write!(f, "{lead}: it contains characters a Parallax link never has (was it edited or cut off?)."),
            PermalinkError::Truncated => write!(f, "{lead}: it seems to be cut off. Copy the whole link and try again."),
            PermalinkError::TooLarge => write!(f, "{lead}: it holds more text than Parallax accepts."),
            PermalinkError::Malformed(why) => write!(f, "{lead}: its data is damaged ({why})."),
            PermalinkError::NewerVersion(v) => write!(f, "{lead}: it was made by a newer version of Parallax (format {v})."),
        }
    }
}

/// The format version of a link's JSON, read before the rest.
#[derive(Deserialize)]
struct Version {
    v: Option<u32>,
}

/// The fragment (without `#`) for a comparison.
pub async fn encode(shared: &Shared) -> String {
    format!("{PREFIX}{}", pack(super::json::to_string(shared).as_bytes()).await)
}

/// `bytes` as a link carries them: raw DEFLATE, unpadded base64url.
pub async fn pack(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(deflate::compress(bytes).await)
}

/// The bytes of [`pack`]'s text.
pub async fn unpack(data: &str) -> Result<Vec<u8>, PermalinkError> {
    unpack_within(data, MAX_JSON_BYTES).await
}

/// [`unpack`], with another limit on the bytes unpacked.
async fn unpack_within(data: &str, max_json_bytes: usize) -> Result<Vec<u8>, PermalinkError> {
    let data = data.trim_end_matches('=');
    if !data.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        return Err(PermalinkError::NotBase64);
    }
    // Only the alphabet, yet undecodable: its length was cut mid-character.
    let bytes = URL_SAFE_NO_PAD.decode(data).map_err(|_| PermalinkError::Truncated)?;
    deflate::decompress(&bytes, max_json_bytes).await
}

/// The fragment for `shared`, made (asynchronously: the browser compresses
/// in a stream) whenever `shared` changes; `None` until it is ready, or when
/// there is nothing to encode.
#[yew::hook]
pub fn use_encoded(shared: Option<Shared>) -> Option<String> {
    let fragment = yew::use_state(|| None::<(Shared, String)>);
    {
        let fragment = fragment.clone();
        yew::use_effect_with(shared.clone(), move |shared| {
            if let Some(shared) = shared.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let encoded = encode(&shared).await;
                    fragment.set(Some((shared, encoded)));
                });
            }
        });
    }
    // A fragment made for earlier inputs is never handed out.
    match (&*fragment, &shared) {
        (Some((made_for, encoded)), Some(shared)) if made_for == shared => Some(encoded.clone()),
        _ => None,
    }
}

/// True when `fragment` (with or without `#`) is meant as a permalink,
/// readable or not.
pub fn is_permalink(fragment: &str) -> bool {
    fragment.strip_prefix('#').unwrap_or(fragment).starts_with(PREFIX)
}

/// Reads a fragment (with or without `#`). `Ok(None)` when it is not a
/// Parallax permalink at all (an empty hash, an anchor).
pub async fn decode(fragment: &str) -> Result<Option<Shared>, PermalinkError> {
    decode_within(fragment, MAX_JSON_BYTES).await
}

/// [`decode`], with another limit on the unpacked JSON (a draft kept in
/// this browser may hold more than a link may).
pub async fn decode_within(fragment: &str, max_json_bytes: usize) -> Result<Option<Shared>, PermalinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let Some(data) = fragment.strip_prefix(PREFIX) else { return Ok(None) };
    let json = unpack_within(data, max_json_bytes).await?;
    let json = String::from_utf8(json).map_err(|_| PermalinkError::Malformed("not UTF-8".into()))?;
    match super::json::from_str::<Version>(&json).map_err(PermalinkError::Malformed)?.v {
        Some(1..=2) => {}
        Some(v) => return Err(PermalinkError::NewerVersion(v)),
        None => return Err(PermalinkError::Malformed("no format version".into())),
    }
    super::json::from_str(&json).map(Some).map_err(PermalinkError::Malformed)
}

/// Raw DEFLATE, natively with miniz_oxide.
#[cfg(not(target_arch = "wasm32"))]
mod deflate {
    use super::PermalinkError;
    use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

    pub async fn compress(bytes: &[u8]) -> Vec<u8> {
        miniz_oxide::deflate::compress_to_vec(bytes, 9)
    }

    pub async fn decompress(bytes: &[u8], limit: usize) -> Result<Vec<u8>, PermalinkError> {
        decompress_to_vec_with_limit(bytes, limit).map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => PermalinkError::TooLarge,
            _ => PermalinkError::Truncated,
        })
    }
}

/// Raw DEFLATE in the browser, with its `CompressionStream` and
/// `DecompressionStream` (web-sys marks their bindings unstable, so they are
/// constructed by name; both are plain transform streams).
#[cfg(target_arch = "wasm32")]
mod deflate {
    use js_sys::{Array, Reflect, Uint8Array};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{Blob, ReadableStream, ReadableStreamDefaultReader};

    use super::PermalinkError;

    /// `bytes` piped through a new `class("deflate-raw")` stream.
    fn piped(bytes: &[u8], class: &str) -> Result<ReadableStream, JsValue> {
        let constructor: js_sys::Function = Reflect::get(&js_sys::global(), &class.into())?.dyn_into()?;
        let transform = Reflect::construct(&constructor, &Array::of1(&"deflate-raw".into()))?;
        let blob = Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes)))?;
        Ok(blob.stream().pipe_through(transform.unchecked_ref()))
    }

    pub async fn compress(bytes: &[u8]) -> Vec<u8> {
        let all = async {
            let response = web_sys::Response::new_with_opt_readable_stream(Some(&piped(bytes, "CompressionStream")?))?;
            let buffer = JsFuture::from(response.array_buffer()?).await?;
            Ok::<_, JsValue>(Uint8Array::new(&buffer).to_vec())
        };
        all.await.expect("the browser compresses")
    }

    /// Reads chunk by chunk, so a crafted link stops at `limit` bytes.
    pub async fn decompress(bytes: &[u8], limit: usize) -> Result<Vec<u8>, PermalinkError> {
        let stream = piped(bytes, "DecompressionStream").map_err(|_| PermalinkError::Truncated)?;
        let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
        let mut out = Vec::new();
        loop {
            let chunk = JsFuture::from(reader.read()).await.map_err(|_| PermalinkError::Truncated)?;
            if Reflect::get(&chunk, &"done".into()).map(|d| d.is_truthy()).unwrap_or(true) {
                return Ok(out);
            }
            let value: Uint8Array = Reflect::get(&chunk, &"value".into()).map_err(|_| PermalinkError::Truncated)?.unchecked_into();
            if out.len() + value.length() as usize > limit {
                let _ = reader.cancel();
                return Err(PermalinkError::TooLarge);
            }
            out.extend(value.to_vec());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Shared {
        Shared {
            more: Vec::new(),
            left: Statement {
                label: "China — MFA <b>".into(),
                title: "Wang Yi \"call\"".into(),
                date: "2020-02-01".into(),
                source: "https://example.org/a?b=c#d".into(),
                text: "Первый текст.\r\n\r\n第二段。 👩‍👩‍👧 e\u{301} \u{a0}end".into(),
            },
            right: Statement { text: "Right side.".into(), ..Statement::default() },
            options: Options { min_phrase: 5, stem: false, ..Options::default() },
            lesson: Lesson {
                notes: vec![crate::app::lesson::Note {
                    anchor: crate::app::lesson::Anchor { side: crate::engine::Side::Right, start: 0, end: 5 },
                    text: "Only Russia says this — «note»".into(),
                }],
                questions: vec![],
                reveal: true,
                ..Lesson::default()
            },
            reading: 0,
        }
    }

    #[tokio::test]
    async fn round_trips_every_character() {
        let link = encode(&sample()).await;
        assert!(link.starts_with(PREFIX));
        assert!(link.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_=".contains(&b)), "{link}");
        assert_eq!(decode(&format!("#{link}")).await, Ok(Some(sample())));
    }

    fn versions(n: usize) -> Shared {
        let statement = |i: usize| Statement { label: format!("Version {i} «{i}»"), text: format!("Text {i}: 世界 👩‍👩‍👧\r\n").into(), ..Statement::default() };
        Shared { left: statement(0), right: statement(1), more: (2..n).map(statement).collect(), reading: n - 1, ..sample() }
    }

    #[tokio::test]
    async fn two_statements_are_written_as_format_1_as_before() {
        let json: serde_json::Value = serde_json::to_value(sample()).unwrap();
        assert_eq!(json["v"], 1);
        assert_eq!(json["left"]["label"], "China — MFA <b>");
        assert!(json.get("statements").is_none());
        let mut keys: Vec<&String> = json.as_object().unwrap().keys().collect();
        keys.sort();
        assert_eq!(keys, ["left", "lesson", "options", "right", "v"], "the fields of format 1, no other");
        assert!(serde_json::to_string(&sample()).unwrap().starts_with(r#"{"v":1,"left":{"label":"China"#), "in their order");
    }

    #[tokio::test]
    async fn six_statements_round_trip_as_format_2() {
        let six = versions(6);
        let json: serde_json::Value = serde_json::to_value(&six).unwrap();
        assert_eq!(json["v"], 2);
        assert_eq!(json["statements"].as_array().unwrap().len(), 6);
        assert_eq!(json["statements"][5]["label"], "Version 5 «5»");
        assert!(json.get("left").is_none() && json.get("right").is_none());
        assert_eq!(json["reading"], 5, "the version read");
        let link = encode(&six).await;
        assert_eq!(decode(&link).await, Ok(Some(six.clone())));
        assert_eq!(six.statements().map(|s| s.label.as_str()).collect::<Vec<_>>()[2], "Version 2 «2»");
    }

    #[tokio::test]
    async fn a_lesson_over_versions_travels_whole() {
        use crate::app::versions_lesson::{VersionAnchor, VersionStep};
        let mut three = versions(3);
        three.lesson.versions.set_question(VersionStep::LeftOut(2), "What is missing?".into());
        three.lesson.versions.set_note(VersionAnchor { version: 1, start: 0, end: 4 }, "Sputnik’s word".into());
        let json = serde_json::to_value(&three).unwrap();
        assert_eq!(json["lesson"]["reveal"], true, "reveal step by step travels");
        assert_eq!(json["lesson"]["versions"]["questions"][0]["step"]["left_out"], 2);
        assert_eq!(decode(&encode(&three).await).await, Ok(Some(three)));
        // A version read beyond the last is read as the last.
        let json = r#"{"v":2,"statements":[{"text":"a"},{"text":"b"},{"text":"c"}],"reading":9}"#;
        assert_eq!(serde_json::from_str::<Shared>(json).unwrap().reading, 2);
    }

    #[tokio::test]
    async fn format_2_with_two_statements_opens_as_a_pair() {
        let json = r#"{"v":2,"statements":[{"label":"A","text":"one"},{"text":"two"}]}"#;
        let shared: Shared = serde_json::from_str(json).unwrap();
        assert_eq!((shared.left.label.as_str(), &*shared.right.text), ("A", "two"));
        assert!(shared.more.is_empty());
    }

    #[tokio::test]
    async fn format_1_links_made_before_still_open() {
        // A link exactly as the release before format 2 wrote it.
        let v1 = br#"{"v":1,"left":{"label":"China","title":"","date":"","source":"","text":"One."},"right":{"label":"","title":"","date":"","source":"","text":"Two."},"options":{"min_phrase":3}}"#;
        let link = format!("c={}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(v1, 9)));
        let shared = decode(&link).await.unwrap().unwrap();
        assert_eq!((shared.left.label.as_str(), &*shared.left.text, &*shared.right.text), ("China", "One.", "Two."));
        assert_eq!(shared.options.min_phrase, 3);
        assert!(shared.more.is_empty());
    }

    #[tokio::test]
    async fn statement_counts_outside_two_to_six_are_refused() {
        for n in [0, 1, 7] {
            let statements = vec![Statement::default(); n];
            let json = serde_json::json!({ "v": 2, "statements": statements }).to_string();
            let link = format!("c={}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 6)));
            let Err(PermalinkError::Malformed(why)) = decode(&link).await else { panic!("{n} statements accepted") };
            assert!(why.contains(&format!("holds {n} statements; Parallax compares 2 to 6")), "{why}");
        }
        let v1_without_right = r#"{"v":1,"left":{"text":"a"}}"#;
        assert!(serde_json::from_str::<Shared>(v1_without_right).unwrap_err().to_string().contains("missing field `right`"));
    }

    #[tokio::test]
    async fn ordinary_anchors_are_not_permalinks() {
        assert_eq!(decode("").await, Ok(None));
        assert_eq!(decode("#section-2").await, Ok(None));
        assert!(!is_permalink("#section-2") && is_permalink("#c=%%%"));
    }

    #[tokio::test]
    async fn damaged_links_say_what_is_wrong() {
        let link = encode(&sample()).await;
        assert_eq!(decode("#c=%%%").await, Err(PermalinkError::NotBase64));
        assert_eq!(decode(&link[..link.len() / 2]).await, Err(PermalinkError::Truncated));
        let not_json = format!("c={}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(b"hello", 6)));
        assert!(matches!(decode(&not_json).await, Err(PermalinkError::Malformed(_))));
        let newer = format!("c={}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(br#"{"v":7}"#, 6)));
        assert_eq!(decode(&newer).await, Err(PermalinkError::NewerVersion(7)));
        for e in [PermalinkError::NotBase64, PermalinkError::Truncated, PermalinkError::NewerVersion(7)] {
            assert!(e.to_string().starts_with("This link's comparison could not be opened"));
        }
    }

    #[tokio::test]
    async fn a_decompression_bomb_is_refused() {
        let bomb = vec![b' '; MAX_JSON_BYTES + 10];
        let link = format!("c={}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&bomb, 9)));
        assert!(link.len() < 20_000);
        assert_eq!(decode(&link).await, Err(PermalinkError::TooLarge));
    }
}
