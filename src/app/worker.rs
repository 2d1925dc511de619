//! The comparison runs in a web worker, and only there: the page's wasm holds
//! no engine (it loads faster), and the page stays responsive however long
//! the texts are. The worker is its own wasm (`parallax-worker`), built for
//! speed and loaded only when a comparison is needed.
//!
//! The protocol is small, so it is written out here rather than through a
//! worker framework: the page posts a [`Request`] (`{id, left, right,
//! options}`, the texts as they are, the options as JSON); the worker
//! answers `{ready}` once, then for each request `{id, progress}` now and
//! then, the result's long lists in parts (`{id, part, json}`), and last
//! `{id, result, prepared, ms}`: the rest of the result as JSON without its
//! texts (the page has them), what is found from it that takes reading it
//! word by word (the comparison's story, its statements named by side so the
//! page names them as it calls them; the sentences quotations link to; what
//! each side credits each party with: see `shared_comparison::Prepared`),
//! `ms` the engine's own time. Three to six
//! versions are collated the same way: a [`CollateRequest`] (`{id, versions:
//! [text…], options}`) is answered by the same parts and last `{id,
//! collation, ms}`.
//!
//! The first comparison also fetches the paraphrase table sentence pairing
//! uses (`paraphrases.txt`, beside the widget: the request names its
//! address), and the first comparison of English with Russian or Chinese the
//! translation table it needs (`translations-ru.txt`, `translations-zh.txt`),
//! so neither the page nor a worker that only reads files loads them.
//!
//! Files are read there too (`{import: side, name, bytes}`, answered by
//! `{imported: side, text, title, date, source}` or `{imported: side,
//! error}`): the readers of web pages and Word documents then weigh on the
//! worker's wasm, not on the page's.
//!
//! The parts keep the page responsive: the result of 1 MB a side is about
//! 8 MB of JSON, 150 ms to read in one go, and six versions of 1 MB several
//! times that; each part is a message of its own, read in its own task, in
//! a few milliseconds.

use std::sync::Arc;

use serde::Serialize;
use wasm_bindgen::JsValue;

use super::json;
use super::shared_comparison::Prepared;
use crate::engine::collate::Collation;
use crate::engine::input::Imported;
use crate::engine::{Comparison, Options, Side};

/// The worker's entry script, relative to the widget's files.
pub const LOADER: &str = "parallax-worker_loader.js";

/// A comparison to make; `id` tags the answer (the state's generation).
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    /// Which request this is, so its answers can be told apart from older ones.
    pub id: u64,
    /// The left text.
    pub left: Arc<str>,
    /// The right text.
    pub right: Arc<str>,
    /// How to compare them.
    pub options: Options,
}

/// Versions to collate; `id` tags the answer (the state's generation).
#[derive(Clone, Debug, PartialEq)]
pub struct CollateRequest {
    /// Which request this is.
    pub id: u64,
    /// The versions' texts, in order.
    pub texts: Vec<Arc<str>>,
    /// How to compare them.
    pub options: Options,
}

/// What the worker tells the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    /// Request `id` is this far along (0 to 1).
    Progress(u64, f32),
    /// Request `id` is done, with what the worker found beside it; the
    /// engine took `ms` milliseconds.
    Done(u64, Comparison, Prepared, f64),
    /// Collation `id` is done; the engine took `ms` milliseconds.
    Collated(u64, Collation, f64),
    /// A file was read: its statement, or why it cannot be used.
    Imported(FileFor, Result<Imported, String>),
    /// The worker could not start or answer; the message says why.
    Failed(String),
}

/// The worker's side: answers requests until the page terminates it.
pub fn serve() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let performance: web_sys::Performance =
        js_sys::Reflect::get(&scope, &"performance".into()).map(JsCast::unchecked_into).expect("workers have performance");
    let post = {
        let scope = scope.clone();
        move |fields: &[(&str, JsValue)]| {
            let message = js_sys::Object::new();
            for (key, value) in fields {
                let _ = js_sys::Reflect::set(&message, &(*key).into(), value);
            }
            let _ = scope.post_message(&message);
        }
    };
    let answer = post.clone();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(request) = CollateRequest::from_message(&event.data()) {
            let started = performance.now();
            let texts: Vec<&str> = request.texts.iter().map(|t| &**t).collect();
            let collation = crate::engine::collate::compare_many(&texts, &request.options);
            let ms = performance.now() - started;
            let id = JsValue::from(request.id as f64);
            let (rest, parts) = Parts::take_collation(collation);
            for (part, json) in parts {
                answer(&[("id", id.clone()), ("part", part.number().into()), ("json", json.into())]);
            }
            let json = serde_json::to_string(&rest).expect("results serialize");
            answer(&[("id", id), ("collation", json.into()), ("ms", ms.into())]);
            return;
        }
        if let Some(file) = FileRequest::from_message(&event.data()) {
            answer(&file.read());
            return;
        }
        let Some(request) = Request::from_message(&event.data()) else { return };
        let address = |key: &str| js_sys::Reflect::get(&event.data(), &key.into()).ok().and_then(|v| v.as_string());
        let mut tables = vec![(Table::Paraphrases, address("lexicon"))];
        let [a, b] = [(request.options.lang_left, &request.left), (request.options.lang_right, &request.right)]
            .map(|(choice, text)| crate::engine::lang::resolve(choice, text));
        if let Some(lang) = crate::engine::translations::needed(a, b) {
            tables.push((Table::Translations(lang), address(&Table::Translations(lang).key())));
        }
        let (answer, performance) = (answer.clone(), performance.clone());
        with_tables(tables, Box::new(move || {
            let id = JsValue::from(request.id as f64);
            let started = performance.now();
            // A bar only for comparisons long enough to watch, and a message per
            // visible step at most.
            let mut shown = 0.0f32;
            let comparison = crate::engine::compare_with_progress(&request.left, &request.right, &request.options, &mut |done| {
                if performance.now() - started > 100.0 && done - shown >= 0.02 {
                    shown = done;
                    answer(&[("id", id.clone()), ("progress", done.into())]);
                }
            });
            let ms = performance.now() - started;
            let prepared = Prepared::of(&comparison);
            let prepared = serde_json::to_string(&prepared).expect("results serialize");
            let (rest, parts) = Parts::take(comparison);
            for (part, json) in parts {
                answer(&[("id", id.clone()), ("part", part.number().into()), ("json", json.into())]);
            }
            let json = serde_json::to_string(&rest).expect("results serialize");
            answer(&[("id", id), ("result", json.into()), ("prepared", prepared.into()), ("ms", ms.into())]);
        }));
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    post(&[("ready", true.into())]);
}

/// A table of words the worker fetches when a comparison first needs it.
#[derive(Clone, Copy, PartialEq)]
enum Table {
    /// The paraphrase table ([`crate::engine::lexicon`]).
    Paraphrases,
    /// The translation table of a language ([`crate::engine::translations`]).
    Translations(crate::engine::Lang),
}

impl Table {
    /// The key its address has in a request: "lexicon", or the table's file.
    fn key(self) -> String {
        match self {
            Table::Paraphrases => "lexicon".to_owned(),
            Table::Translations(lang) => crate::engine::translations::file(lang).unwrap_or_default().to_owned(),
        }
    }

    /// What sentence pairing goes without when the table cannot be had.
    fn purpose(self) -> &'static str {
        match self {
            Table::Paraphrases => "its paraphrase table",
            Table::Translations(_) => "a translation table (sentences of two languages then pair only where they share names and numbers)",
        }
    }

    fn install(self, text: &str) {
        match self {
            Table::Paraphrases => crate::engine::lexicon::install(text),
            Table::Translations(lang) => crate::engine::translations::install(lang, text),
        }
    }
}

/// Where the worker stands with a table.
enum Status {
    /// Being fetched: the comparisons waiting for it, in order.
    Loading(Vec<Box<dyn FnOnce()>>),
    /// Installed, or found missing (comparisons then go without it).
    Settled,
}

thread_local! {
    static TABLES: std::cell::RefCell<Vec<(Table, Status)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `compare` once each of `tables` is settled: at once when they are,
/// else after the fetch of each from its address (the first comparison that
/// needs a table fetches it, later ones wait for it). A table that cannot be
/// had is reported on the console, and sentences then pair without it.
fn with_tables(tables: Vec<(Table, Option<String>)>, compare: Box<dyn FnOnce()>) {
    let pending = tables.iter().position(|(table, url)| {
        url.is_some() && TABLES.with(|t| !t.borrow().iter().any(|(known, status)| known == table && matches!(status, Status::Settled)))
    });
    let Some(k) = pending else { return compare() };
    let (table, url) = tables[k].clone();
    let url = url.unwrap_or_default();
    let retry: Box<dyn FnOnce()> = Box::new(move || with_tables(tables, compare));
    let fetch = TABLES.with(|t| {
        let mut t = t.borrow_mut();
        match t.iter_mut().find(|(known, _)| *known == table) {
            Some((_, Status::Loading(waiting))) => {
                waiting.push(retry);
                false
            }
            _ => {
                t.push((table, Status::Loading(vec![retry])));
                true
            }
        }
    });
    if !fetch {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match fetch_text(&url).await {
            Ok(text) => table.install(&text),
            Err(why) => web_sys::console::warn_1(&format!("Sentence pairing goes without {}: {why}", table.purpose()).into()),
        }
        let waiting = TABLES.with(|t| {
            let mut t = t.borrow_mut();
            let entry = t.iter_mut().find(|(known, _)| *known == table).expect("a table being fetched is listed");
            match std::mem::replace(&mut entry.1, Status::Settled) {
                Status::Loading(waiting) => waiting,
                Status::Settled => Vec::new(),
            }
        });
        waiting.into_iter().for_each(|compare| compare());
    });
}

/// Fetches a text file from the worker.
async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let scope: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
    let response = JsFuture::from(scope.fetch_with_str(url)).await.map_err(|_| format!("{url} could not be fetched"))?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(format!("{url}: {} {}", response.status(), response.status_text()));
    }
    let text = JsFuture::from(response.text().map_err(|_| format!("{url} could not be read"))?).await;
    text.ok().and_then(|t| t.as_string()).ok_or_else(|| format!("{url} could not be read"))
}

impl Request {
    /// The message that carries it: texts as JavaScript strings (no
    /// escaping of megabytes into JSON on the page), options as JSON, and
    /// the address of the paraphrase table.
    fn to_message(&self) -> JsValue {
        let message = js_sys::Object::new();
        let options = json::to_string(&self.options);
        for (key, value) in [
            ("id", JsValue::from(self.id as f64)),
            ("left", JsValue::from(&*self.left)),
            ("right", JsValue::from(&*self.right)),
            ("options", options.into()),
            ("lexicon", super::assets::url(crate::engine::lexicon::FILE).into()),
        ] {
            let _ = js_sys::Reflect::set(&message, &key.into(), &value);
        }
        // The translation tables' addresses: the worker fetches one only
        // for a comparison of English with that language.
        for lang in crate::engine::Lang::all() {
            if let Some(file) = crate::engine::translations::file(lang) {
                let _ = js_sys::Reflect::set(&message, &file.into(), &super::assets::url(file).into());
            }
        }
        message.into()
    }

    fn from_message(message: &JsValue) -> Option<Request> {
        let get = |key: &str| js_sys::Reflect::get(message, &key.into()).ok();
        Some(Request {
            id: get("id")?.as_f64()? as u64,
            left: get("left")?.as_string()?.into(),
            right: get("right")?.as_string()?.into(),
            options: serde_json::from_str(&get("options")?.as_string()?).ok()?,
        })
    }
}

/// What a file is read for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileFor {
    /// A side of the two statements.
    Side(Side),
    /// Version `n` of several, or a new version (`None`).
    Version(Option<usize>),
}

impl FileFor {
    /// As a number in messages: 0 and 1 the sides, -1 a new version, 2 + n version n.
    fn number(self) -> f64 {
        match self {
            FileFor::Side(side) => side as usize as f64,
            FileFor::Version(None) => -1.0,
            FileFor::Version(Some(n)) => 2.0 + n as f64,
        }
    }

    /// What a number in a message stands for.
    fn from_number(number: f64) -> FileFor {
        match number {
            n if n < 0.0 => FileFor::Version(None),
            0.0 => FileFor::Side(Side::Left),
            1.0 => FileFor::Side(Side::Right),
            n => FileFor::Version(Some(n as usize - 2)),
        }
    }
}

/// A file to read (see the module note).
struct FileRequest {
    target: FileFor,
    name: String,
    bytes: Vec<u8>,
}

impl FileRequest {
    fn to_message(&self) -> JsValue {
        let message = js_sys::Object::new();
        for (key, value) in [
            ("import", JsValue::from(self.target.number())),
            ("name", self.name.as_str().into()),
            ("bytes", js_sys::Uint8Array::from(&self.bytes[..]).into()),
        ] {
            let _ = js_sys::Reflect::set(&message, &key.into(), &value);
        }
        message.into()
    }

    fn from_message(message: &JsValue) -> Option<FileRequest> {
        let get = |key: &str| js_sys::Reflect::get(message, &key.into()).ok();
        Some(FileRequest {
            target: FileFor::from_number(get("import")?.as_f64()?),
            name: get("name")?.as_string()?,
            bytes: js_sys::Uint8Array::new(&get("bytes")?).to_vec(),
        })
    }

    /// Reads the file: the answer's fields.
    fn read(&self) -> Vec<(&'static str, JsValue)> {
        let mut fields = vec![("imported", JsValue::from(self.target.number()))];
        match super::files::import_file(&self.name, &self.bytes) {
            Ok(file) => {
                fields.push(("text", file.text.into()));
                for (key, value) in [("title", file.title), ("date", file.date), ("source", file.source)] {
                    fields.extend(value.map(|v| (key, JsValue::from(v))));
                }
            }
            Err(message) => fields.push(("error", message.into())),
        }
        fields
    }
}

impl CollateRequest {
    /// The message that carries it: the texts as an array of JavaScript
    /// strings, the options as JSON.
    fn to_message(&self) -> JsValue {
        let message = js_sys::Object::new();
        let options = json::to_string(&self.options);
        let texts: js_sys::Array = self.texts.iter().map(|t| JsValue::from(&**t)).collect();
        for (key, value) in [("id", JsValue::from(self.id as f64)), ("versions", texts.into()), ("options", options.into())] {
            let _ = js_sys::Reflect::set(&message, &key.into(), &value);
        }
        message.into()
    }

    fn from_message(message: &JsValue) -> Option<CollateRequest> {
        let get = |key: &str| js_sys::Reflect::get(message, &key.into()).ok();
        let versions: js_sys::Array = get("versions").filter(js_sys::Array::is_array)?.into();
        Some(CollateRequest {
            id: get("id")?.as_f64()? as u64,
            texts: versions.iter().map(|t| Some(t.as_string()?.into())).collect::<Option<_>>()?,
            options: serde_json::from_str(&get("options")?.as_string()?).ok()?,
        })
    }
}

/// The long lists of a result, sent apart from the rest in parts.
/// A long list of a result as it travels (a JSON array), taken out of a
/// comparison or of a collation (the lists of version `n`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    LeftSpans,
    LeftSentences,
    RightSpans,
    RightSentences,
    Phrases,
    Pairs,
    VersionPhrases,
    VersionCarried(usize),
    VersionSentences(usize),
    VersionOwn(usize),
}

impl Part {
    /// The parts of a fixed place, by number.
    const FIXED: [Part; 7] =
        [Part::LeftSpans, Part::LeftSentences, Part::RightSpans, Part::RightSentences, Part::Phrases, Part::Pairs, Part::VersionPhrases];

    /// The number a part travels as: a version's lists after the fixed parts.
    fn number(self) -> u32 {
        let fixed = Part::FIXED.len() as u32;
        match self {
            Part::VersionCarried(n) => fixed + 3 * n as u32,
            Part::VersionSentences(n) => fixed + 3 * n as u32 + 1,
            Part::VersionOwn(n) => fixed + 3 * n as u32 + 2,
            part => Part::FIXED.iter().position(|&p| p == part).expect("a fixed part") as u32,
        }
    }

    fn from_number(number: u32) -> Option<Part> {
        let Some(version) = (number as usize).checked_sub(Part::FIXED.len()) else { return Some(Part::FIXED[number as usize]) };
        let n = version / 3;
        (n < crate::engine::collate::MAX_VERSIONS)
            .then(|| [Part::VersionCarried(n), Part::VersionSentences(n), Part::VersionOwn(n)][version % 3])
    }
}

/// A result's long lists, as they are taken out (worker) and put back
/// (page).
#[derive(Default)]
struct Parts {
    left_spans: Vec<crate::engine::Span>,
    left_sentences: Vec<crate::engine::Sentence>,
    right_spans: Vec<crate::engine::Span>,
    right_sentences: Vec<crate::engine::Sentence>,
    phrases: Vec<crate::engine::SharedPhrase>,
    pairs: Vec<crate::engine::SentencePair>,
    version_phrases: Vec<crate::engine::collate::VersionPhrase>,
    /// Per version: its stretches, sentences and passages no other carries.
    versions: Vec<(Vec<crate::engine::collate::Carried>, Vec<crate::engine::ByteRange>, Vec<crate::engine::collate::OwnPassage>)>,
}

/// JSON arrays of about this many bytes each: a few milliseconds to read.
const PART_BYTES: usize = 256 * 1024;

/// `items` as JSON arrays of at most about [`PART_BYTES`] each, tagged `part`.
fn split<T: Serialize>(part: Part, items: Vec<T>, out: &mut Vec<(Part, String)>) {
    let mut chunk = String::from("[");
    for item in items {
        let item = serde_json::to_string(&item).expect("results serialize");
        if chunk.len() > 1 && chunk.len() + item.len() > PART_BYTES {
            out.push((part, std::mem::replace(&mut chunk, String::from("[")) + "]"));
        }
        if chunk.len() > 1 {
            chunk.push(',');
        }
        chunk.push_str(&item);
    }
    if chunk.len() > 1 {
        out.push((part, chunk + "]"));
    }
}

impl Parts {
    /// Takes the long lists out of `c`, and its texts (the page has them:
    /// it sent them): what is left, and the lists as JSON arrays of at most
    /// about [`PART_BYTES`] each.
    fn take(mut c: Comparison) -> (Comparison, Vec<(Part, String)>) {
        let mut out = Vec::new();
        split(Part::LeftSpans, std::mem::take(&mut c.left.spans), &mut out);
        split(Part::LeftSentences, std::mem::take(&mut c.left.sentences), &mut out);
        split(Part::RightSpans, std::mem::take(&mut c.right.spans), &mut out);
        split(Part::RightSentences, std::mem::take(&mut c.right.sentences), &mut out);
        split(Part::Phrases, std::mem::take(&mut c.phrases), &mut out);
        split(Part::Pairs, std::mem::take(&mut c.pairs), &mut out);
        (c.left.text, c.right.text) = Default::default();
        (c, out)
    }

    /// The same for a collation: each version's lists (and text), and the
    /// phrases.
    fn take_collation(mut c: Collation) -> (Collation, Vec<(Part, String)>) {
        let mut out = Vec::new();
        for (n, version) in c.versions.iter_mut().enumerate() {
            version.text = Arc::default();
            split(Part::VersionCarried(n), std::mem::take(&mut version.carried), &mut out);
            split(Part::VersionSentences(n), std::mem::take(&mut version.sentences), &mut out);
            split(Part::VersionOwn(n), std::mem::take(&mut version.own), &mut out);
        }
        split(Part::VersionPhrases, std::mem::take(&mut c.phrases), &mut out);
        (c, out)
    }

    /// Reads one part and keeps it.
    fn add(&mut self, part: Part, json: &str) -> Result<(), String> {
        if let Part::VersionCarried(n) | Part::VersionSentences(n) | Part::VersionOwn(n) = part {
            if self.versions.len() <= n {
                self.versions.resize_with(n + 1, Default::default);
            }
        }
        match part {
            Part::LeftSpans => self.left_spans.extend(json::from_str::<Vec<_>>(json)?),
            Part::LeftSentences => self.left_sentences.extend(json::from_str::<Vec<_>>(json)?),
            Part::RightSpans => self.right_spans.extend(json::from_str::<Vec<_>>(json)?),
            Part::RightSentences => self.right_sentences.extend(json::from_str::<Vec<_>>(json)?),
            Part::Phrases => self.phrases.extend(json::from_str::<Vec<_>>(json)?),
            Part::Pairs => self.pairs.extend(json::from_str::<Vec<_>>(json)?),
            Part::VersionPhrases => self.version_phrases.extend(json::from_str::<Vec<_>>(json)?),
            Part::VersionCarried(n) => self.versions[n].0.extend(json::from_str::<Vec<_>>(json)?),
            Part::VersionSentences(n) => self.versions[n].1.extend(json::from_str::<Vec<crate::engine::ByteRange>>(json)?),
            Part::VersionOwn(n) => self.versions[n].2.extend(json::from_str::<Vec<_>>(json)?),
        }
        Ok(())
    }

    /// Puts the lists back into the rest of a comparison of `texts`.
    fn put_back(self, mut c: Comparison, texts: &[Arc<str>]) -> Comparison {
        if let [left, right] = texts {
            (c.left.text, c.right.text) = (left.clone(), right.clone());
        }
        c.left.spans = self.left_spans;
        c.left.sentences = self.left_sentences;
        c.right.spans = self.right_spans;
        c.right.sentences = self.right_sentences;
        c.phrases = self.phrases;
        c.pairs = self.pairs;
        c
    }

    /// Puts the lists back into the rest of a collation of `texts`.
    fn put_back_collation(self, mut c: Collation, texts: &[Arc<str>]) -> Collation {
        for ((version, (carried, sentences, own)), text) in c.versions.iter_mut().zip(self.versions).zip(texts) {
            (version.text, version.carried, version.sentences, version.own) = (text.clone(), carried, sentences, own);
        }
        c.phrases = self.version_phrases;
        c
    }
}

/// The page's side: one worker, spawned on first use. Dropping it
/// terminates the worker, mid-comparison if need be (that is how Cancel works).
pub struct Comparer {
    worker: Option<web_sys::Worker>,
    /// The requests waiting for the worker to start: files to read, the
    /// latest comparison and the latest collation (each of those two
    /// supersedes the one before it).
    queued: std::rc::Rc<std::cell::RefCell<Queued>>,
    ready: std::rc::Rc<std::cell::Cell<bool>>,
    sent: std::rc::Rc<std::cell::RefCell<Sent>>,
    _listeners: Vec<gloo::events::EventListener>,
}

/// The texts of the requests not answered yet, with their ids: an answer
/// comes without its texts (the page has them), and its result then shares
/// the page's own, so telling whether a result shows the texts on screen
/// is a pointer comparison, not one of megabytes.
#[derive(Default)]
struct Sent {
    comparisons: Vec<(u64, Vec<Arc<str>>)>,
    collations: Vec<(u64, Vec<Arc<str>>)>,
}

impl Sent {
    /// The texts of request `id`, now answered; earlier ones are forgotten
    /// (the worker answers in order, and those left were superseded).
    fn answered(requests: &mut Vec<(u64, Vec<Arc<str>>)>, id: u64) -> Option<Vec<Arc<str>>> {
        let texts = requests.iter().find(|(sent, _)| *sent == id).map(|(_, texts)| texts.clone());
        requests.retain(|(sent, _)| *sent > id);
        texts
    }
}

impl Comparer {
    /// Starts the worker; `on_reply` hears every answer.
    pub fn spawn(on_reply: yew::Callback<Reply>) -> Comparer {
        use std::cell::{Cell, RefCell};
        use std::rc::Rc;

        use gloo::events::EventListener;
        use wasm_bindgen::JsCast;

        let url = super::assets::url(LOADER);
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let worker = match web_sys::Worker::new_with_options(&worker_script(&url), &options) {
            Ok(worker) => worker,
            Err(e) => {
                // Refused at once (a Content-Security-Policy, say): no worker, only the message.
                let detail = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
                on_reply.emit(Reply::Failed(cannot_load(&url, &detail)));
                return Comparer { worker: None, queued: Rc::default(), ready: Rc::default(), sent: Rc::default(), _listeners: Vec::new() };
            }
        };
        let queued: Rc<RefCell<Queued>> = Rc::default();
        let ready: Rc<Cell<bool>> = Rc::default();
        let sent: Rc<RefCell<Sent>> = Rc::default();
        // The parts of the answer being received, with its id.
        let incoming: RefCell<(u64, Parts)> = RefCell::default();
        let on_message = {
            let (worker, queued, ready, on_reply, sent) = (worker.clone(), queued.clone(), ready.clone(), on_reply.clone(), sent.clone());
            EventListener::new(&worker.clone(), "message", move |event| {
                let data = event.unchecked_ref::<web_sys::MessageEvent>().data();
                let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).unwrap_or_default();
                if get("ready").is_truthy() {
                    ready.set(true);
                    let Queued { comparison, collation, files } = std::mem::take(&mut *queued.borrow_mut());
                    for request in files.into_iter().chain(comparison).chain(collation) {
                        let _ = worker.post_message(&request);
                    }
                    return;
                }
                if let Some(target) = get("imported").as_f64() {
                    let field = |key: &str| get(key).as_string();
                    let file = match (field("text"), field("error")) {
                        (Some(text), _) => Ok(Imported { text, title: field("title"), date: field("date"), source: field("source") }),
                        (None, error) => Err(error.unwrap_or_default()),
                    };
                    on_reply.emit(Reply::Imported(FileFor::from_number(target), file));
                    return;
                }
                let id = get("id").as_f64().unwrap_or(0.0) as u64;
                let mut incoming = incoming.borrow_mut();
                if incoming.0 != id {
                    *incoming = (id, Parts::default());
                }
                let unreadable = |e: String| Reply::Failed(format!("The comparison could not be read ({e})."));
                // Collations are asked for by the versions view, which only the full widget has.
                if let Some(json) = get("collation").as_string().filter(|_| cfg!(feature = "studio")) {
                    let parts = std::mem::take(&mut incoming.1);
                    drop(incoming);
                    let Some(texts) = Sent::answered(&mut sent.borrow_mut().collations, id) else { return };
                    match json::from_str::<Collation>(&json) {
                        Ok(rest) => {
                            on_reply.emit(Reply::Collated(id, parts.put_back_collation(rest, &texts), get("ms").as_f64().unwrap_or(0.0)))
                        }
                        Err(e) => on_reply.emit(Reply::Failed(format!("The collation could not be read ({e})."))),
                    }
                } else if let Some(progress) = get("progress").as_f64() {
                    on_reply.emit(Reply::Progress(id, progress as f32));
                } else if let (Some(part), Some(json)) = (get("part").as_f64(), get("json").as_string()) {
                    let Some(part) = Part::from_number(part as u32) else { return };
                    if let Err(e) = incoming.1.add(part, &json) {
                        on_reply.emit(unreadable(e));
                    }
                } else if let Some(json) = get("result").as_string() {
                    let parts = std::mem::take(&mut incoming.1);
                    drop(incoming);
                    let Some(texts) = Sent::answered(&mut sent.borrow_mut().comparisons, id) else { return };
                    let prepared = get("prepared").as_string().unwrap_or_default();
                    match (json::from_str::<Comparison>(&json), json::from_str(&prepared)) {
                        (Ok(rest), Ok(prepared)) => {
                            on_reply.emit(Reply::Done(id, parts.put_back(rest, &texts), prepared, get("ms").as_f64().unwrap_or(0.0)))
                        }
                        (Err(e), _) | (_, Err(e)) => on_reply.emit(unreadable(e)),
                    }
                }
            })
        };
        let on_error = EventListener::new(&worker, "error", move |event| {
            let detail = event.dyn_ref::<web_sys::ErrorEvent>().map(|e| e.message()).unwrap_or_default();
            on_reply.emit(Reply::Failed(cannot_load(&url, &detail)));
        });
        Comparer { worker: Some(worker), queued, ready, sent, _listeners: vec![on_message, on_error] }
    }

    /// Asks for file `name` (its `bytes`) to be read for `target`.
    pub fn import(&self, target: FileFor, name: String, bytes: Vec<u8>) {
        let Some(worker) = &self.worker else { return };
        let message = FileRequest { target, name, bytes }.to_message();
        if self.ready.get() {
            let _ = worker.post_message(&message);
        } else {
            self.queued.borrow_mut().files.push(message);
        }
    }

    /// Asks for a comparison; an unanswered earlier request is superseded.
    pub fn compare(&self, request: &Request) {
        self.sent.borrow_mut().comparisons.push((request.id, vec![request.left.clone(), request.right.clone()]));
        self.post(request.to_message(), |q| &mut q.comparison);
    }

    /// Asks for a collation; an unanswered earlier request is superseded.
    pub fn collate(&self, request: &CollateRequest) {
        self.sent.borrow_mut().collations.push((request.id, request.texts.clone()));
        self.post(request.to_message(), |q| &mut q.collation);
    }

    /// Posts `message`, or queues it in `slot` until the worker is ready.
    fn post(&self, message: JsValue, slot: fn(&mut Queued) -> &mut Option<JsValue>) {
        let Some(worker) = &self.worker else { return };
        if self.ready.get() {
            let _ = worker.post_message(&message);
        } else {
            *slot(&mut self.queued.borrow_mut()) = Some(message);
        }
    }
}

/// The requests waiting for the worker to start.
#[derive(Default)]
struct Queued {
    /// Every file to read, in order (each one matters).
    files: Vec<JsValue>,
    comparison: Option<JsValue>,
    collation: Option<JsValue>,
}

impl Drop for Comparer {
    fn drop(&mut self) {
        if let Some(worker) = &self.worker {
            worker.terminate();
        }
    }
}

/// The script to start the worker from. A worker must come from the page's
/// own origin: for a script embed served from another site, a one-line
/// module made here (a blob: URL, same origin) imports the real one.
fn worker_script(url: &str) -> String {
    let page_origin = gloo::utils::window().location().origin().unwrap_or_default();
    if web_sys::Url::new(url).map(|u| u.origin()).ok().as_deref() == Some(page_origin.as_str()) {
        return url.to_owned();
    }
    let source = js_sys::Array::of1(&format!("import {};", json::to_string(&url)).into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    web_sys::Blob::new_with_str_sequence_and_options(&source, &options)
        .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob))
        .unwrap_or_else(|_| url.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_targets_survive_their_numbers() {
        for target in [FileFor::Side(Side::Left), FileFor::Side(Side::Right), FileFor::Version(None), FileFor::Version(Some(0)), FileFor::Version(Some(5))] {
            assert_eq!(FileFor::from_number(target.number()), target);
        }
    }

    #[test]
    fn a_result_sent_in_parts_arrives_whole() {
        let sentences = |n: usize| (0..4000).map(|i| format!("Item {i} of {} was discussed by minister {}. ", i % n, i % 7)).collect::<String>();
        let (left, right) = (sentences(13), sentences(17));
        let c = crate::engine::compare(&left, &right, &Options::default());
        let (rest, parts) = Parts::take(c.clone());
        assert!(parts.len() > 8, "long lists are split");
        assert!(parts.iter().all(|(_, json)| json.len() < 2 * PART_BYTES));
        let mut received = Parts::default();
        for (part, json) in parts {
            received.add(Part::from_number(part.number()).unwrap(), &json).unwrap();
        }
        let rest = serde_json::to_string(&rest).unwrap();
        assert!(!rest.contains("Item 3999"), "the texts stay on the page");
        let rest: Comparison = serde_json::from_str(&rest).unwrap();
        assert_eq!(received.put_back(rest, &[left.into(), right.into()]), c);
    }

    #[test]
    fn a_collation_sent_in_parts_arrives_whole() {
        let version = |k: usize| (0..3000).map(|i| format!("Item {i} of {} was discussed «{k}». ", i % (5 + k))).collect::<String>();
        let texts: Vec<String> = (0..6).map(version).collect();
        let c = crate::engine::collate::compare_many(&texts.iter().map(String::as_str).collect::<Vec<_>>(), &Options::default());
        let (rest, parts) = Parts::take_collation(c.clone());
        assert!(parts.iter().all(|(_, json)| json.len() < 2 * PART_BYTES));
        assert!(serde_json::to_string(&rest).unwrap().len() < 10_000, "the rest is small: no texts");
        let mut received = Parts::default();
        for (part, json) in parts {
            received.add(Part::from_number(part.number()).unwrap(), &json).unwrap();
        }
        let rest: Collation = serde_json::from_str(&serde_json::to_string(&rest).unwrap()).unwrap();
        let arrived = received.put_back_collation(rest, &texts.iter().map(|t| Arc::from(t.as_str())).collect::<Vec<_>>());
        for (a, b) in arrived.versions.iter().zip(&c.versions) {
            assert!(a.text == b.text && a.carried == b.carried && a.sentences == b.sentences && a.words == b.words);
            assert!(a.own == b.own, "each version's own passages arrive");
        }
        assert!(arrived.phrases == c.phrases, "the phrases");
        // The rest as JSON carries it (the similarities' last digits too).
        let through_json: Collation = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
        assert!(arrived == through_json, "the rest");
    }

    #[test]
    fn parts_keep_their_numbers() {
        for part in [Part::LeftSpans, Part::Pairs, Part::VersionPhrases, Part::VersionCarried(0), Part::VersionSentences(5), Part::VersionOwn(5)] {
            assert_eq!(Part::from_number(part.number()), Some(part));
        }
        assert_eq!(Part::from_number(Part::VersionOwn(5).number() + 1), None);
    }

    #[test]
    fn who_speaks_survives_the_way_from_the_worker() {
        let (left, right) = (include_str!("../../examples/cn-mfa.txt"), include_str!("../../examples/ru-mid-tass.txt"));
        let c = crate::engine::compare(left, right, &Options::default());
        assert!(c.left.sentences.iter().any(|s| s.speaker.as_ref().is_some_and(|sp| sp.mention.is_some())));
        assert!(c.left.voices.iter().any(|v| v.party.as_deref() == Some("Russia")));
        let (rest, parts) = Parts::take(c.clone());
        let mut received = Parts::default();
        for (part, json) in parts {
            received.add(part, &json).unwrap();
        }
        let rest: Comparison = serde_json::from_str(&serde_json::to_string(&rest).unwrap()).unwrap();
        let arrived = received.put_back(rest, &[left.into(), right.into()]);
        assert_eq!(arrived.left.sentences, c.left.sentences);
        assert_eq!(arrived.right.sentences, c.right.sentences);
        assert_eq!((&arrived.left.voices, &arrived.right.voices), (&c.left.voices, &c.right.voices));
    }
}

/// Why the worker could not start, in words a host can act on.
fn cannot_load(url: &str, detail: &str) -> String {
    let detail = if detail.trim().is_empty() { String::new() } else { format!(" ({})", detail.trim()) };
    format!(
        "Parallax could not load its comparison engine from {url}{detail}. \
         Check that the widget's files are published there, and, if they are on another site \
         than this page, that it sends Access-Control-Allow-Origin."
    )
}
