//! `parallax`: compare two statements from the command line.
//!
//! A thin shell over the library: parse arguments (by hand, so the binary
//! stays small and the wasm build is unaffected), read and check both files,
//! call [`parallax::engine::compare`], print JSON or a short summary, or write
//! the self-contained HTML report rendered by the widget's own components.
//! Exit codes: 0 done, 2 usage or input error.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The CLI is native only; building the tests for wasm32 still compiles
/// every binary, so this one is empty there.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::process::ExitCode;

    use parallax::engine::{self, input, Comparison, Lang, LangChoice, Options, Side, SideResult};

    const USAGE: &str = "\
    Usage: parallax compare LEFT.txt RIGHT.txt [options]

    Compare two statements: shared phrasing (in order and moved), distinct
    phrasing, corresponding sentences and each side's distinctive terms.

    Options:
      --json                 print the full result as JSON
      --html OUT.html        write a self-contained HTML report (no JavaScript)
      --left-label TEXT      name of the left statement in the report
      --right-label TEXT     name of the right statement in the report
      --min-phrase N         shortest shared phrase, in words (default 2; a
                             phrase also needs two content words)
      --no-stem              match exact words, not word stems
      --case-sensitive       do not fold case
      --keep-punctuation     match punctuation too
      --spelling-variants    match 5+ letter words one edit apart (Sergei/Sergey)
      --lang-left L          language of LEFT: auto, en, ru, fr, de, es, zh, other
      --lang-right L         language of RIGHT (default auto: detected from script)
      -h, --help             show this help
    ";

    /// What the command line asked for.
    struct Args {
        left: String,
        right: String,
        json: bool,
        html: Option<String>,
        labels: [String; 2],
        options: Options,
    }

    fn parse_lang(s: &str) -> Result<LangChoice, String> {
        Ok(match s {
            "auto" => LangChoice::Auto,
            "en" => LangChoice::Fixed(Lang::English),
            "ru" => LangChoice::Fixed(Lang::Russian),
            "fr" => LangChoice::Fixed(Lang::French),
            "de" => LangChoice::Fixed(Lang::German),
            "es" => LangChoice::Fixed(Lang::Spanish),
            "zh" => LangChoice::Fixed(Lang::Chinese),
            "other" => LangChoice::Fixed(Lang::Other),
            _ => return Err(format!("unknown language '{s}' (use auto, en, ru, fr, de, es, zh, other)")),
        })
    }

    /// `Ok(None)` means help was asked for.
    fn parse(args: &[String]) -> Result<Option<Args>, String> {
        if args.iter().any(|a| a == "-h" || a == "--help") {
            return Ok(None);
        }
        let mut it = args.iter();
        match it.next().map(String::as_str) {
            Some("compare") => {}
            Some(other) => return Err(format!("unknown command '{other}'")),
            None => return Err("missing command".into()),
        }
        let mut files = Vec::new();
        let mut json = false;
        let mut html = None;
        let mut labels = [String::new(), String::new()];
        let mut options = Options::default();
        while let Some(a) = it.next() {
            let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
            match a.as_str() {
                "--json" => json = true,
                "--html" => html = Some(value("--html")?),
                "--left-label" => labels[0] = value("--left-label")?,
                "--right-label" => labels[1] = value("--right-label")?,
                "--no-stem" => options.stem = false,
                "--case-sensitive" => options.ignore_case = false,
                "--keep-punctuation" => options.ignore_punctuation = false,
                "--spelling-variants" => options.spelling_variants = true,
                "--min-phrase" => {
                    let v = value("--min-phrase")?;
                    options.min_phrase = match v.parse::<usize>() {
                        Ok(n) if n >= 1 => n,
                        _ => return Err(format!("--min-phrase needs a whole number of at least 1, not '{v}'")),
                    };
                }
                "--lang-left" => options.lang_left = parse_lang(&value("--lang-left")?)?,
                "--lang-right" => options.lang_right = parse_lang(&value("--lang-right")?)?,
                s if s.starts_with('-') && s != "-" => return Err(format!("unknown option '{s}'")),
                _ => files.push(a.clone()),
            }
        }
        match <[String; 2]>::try_from(files) {
            Ok([left, right]) => Ok(Some(Args { left, right, json, html, labels, options })),
            Err(f) => Err(format!("compare needs two files, got {}", f.len())),
        }
    }

    fn read(side: &str, path: &str) -> Result<String, String> {
        let bytes = std::fs::read(path).map_err(|e| format!("{side} file {path} cannot be read: {e}"))?;
        input::decode_text(&bytes).map_err(|e| format!("{side} file {path} {e}"))
    }

    fn summary_side(c: &Comparison, side: Side, name: &str, path: &str) -> String {
        let s: &SideResult = c.side(side);
        let m = &s.metrics;
        let mut out = format!(
            "{name} ({path}, {:?}): {} words, {:.0}% shared in order, {:.0}% moved\n",
            s.lang, m.words, m.shared_percent, m.moved_percent
        );
        let terms: Vec<String> = s.distinctive.iter().take(10).map(|t| format!("{} ({})", t.term, t.count)).collect();
        out += &format!("  distinctive: {}\n", if terms.is_empty() { "-".into() } else { terms.join(", ") });
        out
    }

    fn summary(c: &Comparison, args: &Args) -> String {
        let mut out = String::new();
        out += &summary_side(c, Side::Left, "left", &args.left);
        out += &summary_side(c, Side::Right, "right", &args.right);
        let labels = [args.labels[0].as_str(), args.labels[1].as_str()];
        for claim in engine::story::story(c, labels) {
            out += &engine::story::plain(c, &claim);
            out += "\n";
        }
        out += &format!("similarity: {:.0}%", 100.0 * c.metrics.similarity);
        for limit in &c.metrics.limits {
            out += &format!("\nnote: {}", limit.describe(c));
        }
        let paired = |s: &SideResult| s.sentences.iter().filter(|x| x.pair.is_some()).count();
        out += &format!(
            "\nsentence pairs: {} ({} of {} left and {} of {} right sentences paired)\n",
            c.pairs.len(),
            paired(&c.left),
            c.left.sentences.len(),
            paired(&c.right),
            c.right.sentences.len()
        );
        out += "shared phrases, longest first:\n";
        if c.phrases.is_empty() {
            out += "  -\n";
        }
        for &i in c.metrics.phrases_by_length.iter().take(10) {
            let p = &c.phrases[i];
            let text: String = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
            let moved = if p.kind == engine::SpanKind::Moved { " [moved]" } else { "" };
            out += &format!("  {:>3} words{moved}: {text}\n", p.words);
        }
        out
    }

    /// The HTML report, rendered server-side by the same Yew components the
    /// widget uses. Labels default to the file names.
    fn report(args: &Args, left: String, right: String) -> String {
        use parallax::app::{state::Statement, Initial};
        let statement = |label: &str, path: &str, text: String| Statement {
            label: if label.is_empty() { file_name(path) } else { label.to_owned() },
            text,
            ..Statement::default()
        };
        let initial = Initial {
            left: statement(&args.labels[0], &args.left, left),
            right: statement(&args.labels[1], &args.right, right),
            options: args.options.clone(),
            ..Initial::default()
        };
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime");
        runtime.block_on(parallax::app::components::report_view::render_report(initial))
    }

    fn file_name(path: &str) -> String {
        std::path::Path::new(path).file_name().map_or_else(|| path.to_owned(), |n| n.to_string_lossy().into_owned())
    }

    pub fn main() -> ExitCode {
        let argv: Vec<String> = std::env::args().skip(1).collect();
        let args = match parse(&argv) {
            Ok(Some(a)) => a,
            Ok(None) => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Err(e) => {
                eprintln!("parallax: {e}\n\n{USAGE}");
                return ExitCode::from(2);
            }
        };
        let texts = read("left", &args.left).and_then(|l| Ok((l, read("right", &args.right)?)));
        let (left, right) = match texts {
            Ok(t) => t,
            Err(e) => {
                eprintln!("parallax: {e}");
                return ExitCode::from(2);
            }
        };
        if let Some(out) = &args.html {
            return match std::fs::write(out, report(&args, left, right)) {
                Ok(()) => {
                    eprintln!("parallax: wrote {out}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("parallax: cannot write {out}: {e}");
                    ExitCode::from(2)
                }
            };
        }
        let c = engine::compare(&left, &right, &args.options);
        if args.json {
            match serde_json::to_string_pretty(&c) {
                Ok(s) => println!("{s}"),
                Err(e) => {
                    eprintln!("parallax: cannot write JSON: {e}");
                    return ExitCode::FAILURE;
                }
            }
        } else {
            print!("{}", summary(&c, &args));
        }
        ExitCode::SUCCESS
    }
}
