//! `parallax`: compare two statements from the command line.
//!
//! A thin shell over the library: parse arguments (lexopt), read both files
//! (text, HTML or .docx, through [`parallax::engine::input::import`]), call
//! [`parallax::engine::compare`], print JSON or a short summary, or write the
//! self-contained HTML report rendered by the widget's own components.
//! Exit codes: 0 done (also when the reader of the output goes away, as in
//! `parallax compare a b --json | head -1`), 2 usage or input error, with
//! one message on stderr.

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
    use std::ffi::OsString;
    use std::fmt;
    use std::io::{self, Write};
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use parallax::engine::input::{self, Imported};
    use parallax::engine::{self, Comparison, Lang, LangChoice, Options, Side, SideResult};

    const USAGE: &str = "\
Usage: parallax compare LEFT RIGHT [options]

Compare two statements: shared phrasing (in order and moved), distinct
phrasing, corresponding sentences and each side's distinctive terms.
LEFT and RIGHT are text files (UTF-8, or UTF-16 with a byte-order mark),
web pages (.html: the page's text, title, date and address) or Word
documents (.docx).

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

Exit status: 0 done, 2 a usage or input error (one message on stderr).
";

    /// Why the command stopped early. [`main`] prints it once and exits 2,
    /// except for a closed output pipe, which is success.
    #[derive(Debug)]
    enum Error {
        /// The command line is wrong; the message is followed by a hint.
        Usage(String),
        /// An input file cannot be read or compared, or the report written.
        Input(String),
        /// Writing to stdout failed.
        Output(io::Error),
    }

    impl fmt::Display for Error {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                Error::Usage(why) => write!(f, "{why}\nUsage: parallax compare LEFT RIGHT [options] (parallax --help for more)"),
                Error::Input(why) => write!(f, "{why}"),
                Error::Output(e) => write!(f, "cannot write the output: {e}"),
            }
        }
    }

    impl From<lexopt::Error> for Error {
        fn from(e: lexopt::Error) -> Self {
            Error::Usage(e.to_string())
        }
    }

    impl From<io::Error> for Error {
        fn from(e: io::Error) -> Self {
            Error::Output(e)
        }
    }

    /// What the command line asks for.
    enum Command {
        Help,
        Compare(Args),
    }

    /// The arguments of `parallax compare`.
    struct Args {
        files: [PathBuf; 2],
        json: bool,
        html: Option<PathBuf>,
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

    fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, Error> {
        use lexopt::prelude::*;
        let mut parser = lexopt::Parser::from_args(args);
        let mut command_seen = false;
        let mut files = Vec::new();
        let mut json = false;
        let mut html = None;
        let mut labels = [String::new(), String::new()];
        let mut options = Options::default();
        while let Some(arg) = parser.next()? {
            match arg {
                Short('h') | Long("help") => return Ok(Command::Help),
                Long("json") => json = true,
                Long("html") => html = Some(PathBuf::from(parser.value()?)),
                Long("left-label") => labels[0] = parser.value()?.string()?,
                Long("right-label") => labels[1] = parser.value()?.string()?,
                Long("no-stem") => options.stem = false,
                Long("case-sensitive") => options.ignore_case = false,
                Long("keep-punctuation") => options.ignore_punctuation = false,
                Long("spelling-variants") => options.spelling_variants = true,
                Long("min-phrase") => {
                    let v = parser.value()?.string()?;
                    options.min_phrase = v.parse().ok().filter(|&n| n >= 1).ok_or_else(|| {
                        Error::Usage(format!("--min-phrase needs a whole number of at least 1, not '{v}'"))
                    })?;
                }
                Long("lang-left") => options.lang_left = parse_lang(&parser.value()?.string()?).map_err(Error::Usage)?,
                Long("lang-right") => options.lang_right = parse_lang(&parser.value()?.string()?).map_err(Error::Usage)?,
                Value(command) if !command_seen => {
                    if command != "compare" {
                        let command = command.to_string_lossy();
                        return Err(Error::Usage(format!("unknown command '{command}' (the command is 'compare')")));
                    }
                    command_seen = true;
                }
                Value(file) => files.push(PathBuf::from(file)),
                _ => return Err(arg.unexpected().into()),
            }
        }
        if !command_seen {
            return Err(Error::Usage("missing command".into()));
        }
        let files = <[PathBuf; 2]>::try_from(files)
            .map_err(|f| Error::Usage(format!("compare needs two files, got {}", f.len())))?;
        Ok(Command::Compare(Args { files, json, html, labels, options }))
    }

    fn read(side: &str, path: &Path) -> Result<Imported, Error> {
        let what = format!("{side} file {}", path.display());
        let bytes = std::fs::read(path).map_err(|e| Error::Input(format!("{what} cannot be read: {e}")))?;
        input::import(&path.to_string_lossy(), &bytes).map_err(|e| Error::Input(format!("{what} {e}")))
    }

    fn summary_side(c: &Comparison, side: Side, name: &str, path: &Path) -> String {
        let s: &SideResult = c.side(side);
        let m = &s.metrics;
        let mut out = format!(
            "{name} ({}, {:?}): {} words, {:.0}% shared in order, {:.0}% moved\n",
            path.display(),
            s.lang, m.words, m.shared_percent, m.moved_percent
        );
        let terms: Vec<String> = s.distinctive.iter().take(10).map(|t| format!("{} ({})", t.term, t.count)).collect();
        out += &format!("  distinctive: {}\n", if terms.is_empty() { "-".into() } else { terms.join(", ") });
        out
    }

    fn summary(c: &Comparison, args: &Args) -> String {
        let mut out = String::new();
        out += &summary_side(c, Side::Left, "left", &args.files[0]);
        out += &summary_side(c, Side::Right, "right", &args.files[1]);
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
    /// widget uses. Labels default to the file names; titles, dates and
    /// sources come from the files when they give them.
    fn report(args: &Args, left: Imported, right: Imported) -> String {
        use parallax::app::{statement::Statement, Initial};
        let statement = |label: &str, path: &Path, file: Imported| Statement {
            label: if label.is_empty() { file_name(path) } else { label.to_owned() },
            title: file.title.unwrap_or_default(),
            date: file.date.unwrap_or_default(),
            source: file.source.unwrap_or_default(),
            text: file.text.into(),
        };
        let [left_path, right_path] = &args.files;
        let initial = Initial {
            left: statement(&args.labels[0], left_path, left),
            right: statement(&args.labels[1], right_path, right),
            options: args.options.clone(),
            ..Initial::default()
        };
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime");
        runtime.block_on(parallax::app::components::report_view::render_report(initial))
    }

    fn file_name(path: &Path) -> String {
        path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
    }

    fn run(argv: impl IntoIterator<Item = OsString>) -> Result<(), Error> {
        let args = match parse(argv)? {
            Command::Help => return Ok(io::stdout().lock().write_all(USAGE.as_bytes())?),
            Command::Compare(args) => args,
        };
        let left = read("left", &args.files[0])?;
        let right = read("right", &args.files[1])?;
        if let Some(out) = &args.html {
            let html = report(&args, left, right);
            std::fs::write(out, html).map_err(|e| Error::Input(format!("cannot write {}: {e}", out.display())))?;
            let _ = writeln!(io::stderr(), "parallax: wrote {}", out.display());
            return Ok(());
        }
        let c = engine::compare(&left.text, &right.text, &args.options);
        let mut out = io::BufWriter::new(io::stdout().lock());
        if args.json {
            serde_json::to_writer_pretty(&mut out, &c).map_err(io::Error::from)?;
            writeln!(out)?;
        } else {
            out.write_all(summary(&c, &args).as_bytes())?;
        }
        Ok(out.flush()?)
    }

    /// Runs the command; the one place that prints an error and sets the
    /// exit code.
    pub fn main() -> ExitCode {
        match run(std::env::args_os().skip(1)) {
            Ok(()) => ExitCode::SUCCESS,
            // The reader went away (`| head`): what it wanted, it got.
            Err(Error::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                let _ = writeln!(io::stderr(), "parallax: {e}");
                ExitCode::from(2)
            }
        }
    }
}
