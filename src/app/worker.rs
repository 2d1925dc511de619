//! The comparison runs in a web worker, and only there: the page's wasm holds
//! no engine (it loads faster), and the page stays responsive however long
//! the texts are. The worker is its own wasm (`parallax-worker`), built for
//! speed and loaded only when a comparison is needed.
//!
//! The protocol is small, so it is written out here rather than through a
//! worker framework: the page posts `{id, left, right, options}` (options as
//! JSON); the worker answers `{ready}` once, then for each request
//! `{id, progress}` now and then and finally `{id, result, ms}` (the result
//! as JSON, `ms` the engine's own time).

use serde::{Deserialize, Serialize};

use crate::engine::{Comparison, Options};

/// The worker's entry script, relative to the widget's files.
pub const LOADER: &str = "parallax-worker_loader.js";

/// A comparison to make; `id` tags the answer (the state's generation).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub id: u64,
    pub left: String,
    pub right: String,
    pub options: Options,
}

/// What the worker tells the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    /// Request `id` is this far along (0 to 1).
    Progress(u64, f32),
    /// Request `id` is done; the engine took `ms` milliseconds.
    Done(u64, Comparison, f64),
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
        let Some(request) = event.data().as_string().and_then(|json| serde_json::from_str::<Request>(&json).ok()) else {
            return;
        };
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
        let json = serde_json::to_string(&comparison).expect("results serialize");
        answer(&[("id", id), ("result", json.into()), ("ms", ms.into())]);
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    post(&[("ready", true.into())]);
}

/// The page's side: one worker, spawned on first use. Dropping it
/// terminates the worker, mid-comparison if need be (that is how Cancel works).
pub struct Comparer {
    worker: Option<web_sys::Worker>,
    /// The request waiting for the worker to start (only the latest matters).
    queued: std::rc::Rc<std::cell::RefCell<Option<String>>>,
    ready: std::rc::Rc<std::cell::Cell<bool>>,
    _listeners: Vec<gloo::events::EventListener>,
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
                return Comparer { worker: None, queued: Rc::default(), ready: Rc::default(), _listeners: Vec::new() };
            }
        };
        let queued: Rc<RefCell<Option<String>>> = Rc::default();
        let ready: Rc<Cell<bool>> = Rc::default();
        let on_message = {
            let (worker, queued, ready, on_reply) = (worker.clone(), queued.clone(), ready.clone(), on_reply.clone());
            EventListener::new(&worker.clone(), "message", move |event| {
                let data = event.unchecked_ref::<web_sys::MessageEvent>().data();
                let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).unwrap_or_default();
                if get("ready").is_truthy() {
                    ready.set(true);
                    if let Some(request) = queued.borrow_mut().take() {
                        let _ = worker.post_message(&request.into());
                    }
                    return;
                }
                let id = get("id").as_f64().unwrap_or(0.0) as u64;
                if let Some(progress) = get("progress").as_f64() {
                    on_reply.emit(Reply::Progress(id, progress as f32));
                } else if let Some(json) = get("result").as_string() {
                    match serde_json::from_str::<Comparison>(&json) {
                        Ok(c) => on_reply.emit(Reply::Done(id, c, get("ms").as_f64().unwrap_or(0.0))),
                        Err(e) => on_reply.emit(Reply::Failed(format!("The comparison could not be read ({e})."))),
                    }
                }
            })
        };
        let on_error = EventListener::new(&worker, "error", move |event| {
            let detail = event.dyn_ref::<web_sys::ErrorEvent>().map(|e| e.message()).unwrap_or_default();
            on_reply.emit(Reply::Failed(cannot_load(&url, &detail)));
        });
        Comparer { worker: Some(worker), queued, ready, _listeners: vec![on_message, on_error] }
    }

    /// Asks for a comparison; an unanswered earlier request is superseded.
    pub fn compare(&self, request: &Request) {
        let json = serde_json::to_string(request).expect("requests serialize");
        let Some(worker) = &self.worker else { return };
        if self.ready.get() {
            let _ = worker.post_message(&json.into());
        } else {
            *self.queued.borrow_mut() = Some(json);
        }
    }
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
    let source = js_sys::Array::of1(&format!("import {};", serde_json::to_string(url).unwrap_or_default()).into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    web_sys::Blob::new_with_str_sequence_and_options(&source, &options)
        .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob))
        .unwrap_or_else(|_| url.to_owned())
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
