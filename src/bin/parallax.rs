//! `parallax`: compare two statements, or collate three to six versions of
//! one, from the command line.
//!
//! A thin shell over the library: parse arguments (lexopt), read the files
//! (text, HTML or .docx, through [`parallax::engine::input::import`]), call
//! [`parallax::engine::compare`] (two files) or
//! [`parallax::engine::collate::compare_many`] (three or more), print JSON or
//! a short summary, or write the self-contained HTML report rendered by the
//! widget's own components.
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

    use parallax::app::state::MAX_MIN_PHRASE;
    use parallax::app::statement::{whose, Statement};
    use parallax::engine::input::{self, limits, Imported};
    use parallax::engine::collate::{compare_many, Collation};
    use parallax::engine::metrics::count_words;
    use parallax::engine::{self, Comparison, Lang, LangChoice, Options, Side, SideResult};

    const USAGE: &str = "\
Usage: parallax compare LEFT RIGHT [MORE...] [options]

Compare two statements: shared phrasing (in order and moved), distinct
phrasing, corresponding sentences and each side's distinctive terms.
With three to six files, collate them as versions of one statement: the
phrases each carries with the versions that share them, what each version
alone says, and how alike each two are.
The files are text (UTF-8, or UTF-16 with a byte-order mark), web pages
(.html: the page's text, title, date and address) or Word documents (.docx),
of up to 4 MB, each holding up to 1,000,000 bytes (1 MB) of text: the limits
of the widget. Labels, titles, dates and sources are kept up to 300
characters (longer ones are cut, with a note on stderr).

Options:
  --json                 print the full result as JSON (with three files or
                         more: the collation)
  --html OUT.html        write a self-contained HTML report (no JavaScript);
                         with --json, both, of the same comparison
  --left-label TEXT      name of the left statement in the report
  --right-label TEXT     name of the right statement in the report
  --label TEXT           name of the next file in the report (repeat it, in
                         the files' order; for any number of files)
  --min-phrase N         shortest shared phrase, in words, 1 to 12 (default 2;
                         a phrase also needs two content words)
  --no-stem              match exact words, not word stems
  --case-sensitive       do not fold case
  --keep-punctuation     match punctuation too
  --spelling-variants    match 5+ letter words one edit apart (Sergei/Sergey)
  --lang-left L          language of LEFT: auto, en, ru, fr, de, es, zh, other
  --lang-right L         language of RIGHT (default auto: detected from script;
                         with three files or more, every language is detected)
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
                Error::Usage(why) => write!(f, "{why}\nUsage: parallax compare LEFT RIGHT [MORE...] [options] (parallax --help for more)"),
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

    /// The most files `compare` takes (the most versions collated at once).
    const MAX_FILES: usize = parallax::engine::collate::MAX_VERSIONS;

    /// The arguments of `parallax compare`.
    struct Args {
        /// Two to [`MAX_FILES`] files.
        files: Vec<PathBuf>,
        json: bool,
        html: Option<PathBuf>,
        /// One per file; empty where none was given.
        labels: Vec<String>,
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
        let mut labels = Vec::new();
        let (mut left_label, mut right_label) = (None, None);
        let mut options = Options::default();
        while let Some(arg) = parser.next()? {
            match arg {
                Short('h') | Long("help") => return Ok(Command::Help),
                Long("json") => json = true,
                Long("html") => html = Some(PathBuf::from(parser.value()?)),
                Long("left-label") => left_label = Some(parser.value()?.string()?),
                Long("right-label") => right_label = Some(parser.value()?.string()?),
                Long("label") => labels.push(parser.value()?.string()?),
                Long("no-stem") => options.stem = false,
                Long("case-sensitive") => options.ignore_case = false,
                Long("keep-punctuation") => options.ignore_punctuation = false,
                Long("spelling-variants") => options.spelling_variants = true,
                Long("min-phrase") => {
                    let v = parser.value()?.string()?;
                    // The widget's range, so the report shows what the JSON holds.
                    options.min_phrase = v.parse().ok().filter(|n| (1..=MAX_MIN_PHRASE).contains(n)).ok_or_else(|| {
                        Error::Usage(format!("--min-phrase needs a whole number from 1 to {MAX_MIN_PHRASE}, not '{v}'"))
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
        if files.len() < 2 {
            return Err(Error::Usage(format!("compare needs two files, got {} (or up to {MAX_FILES} to collate versions)", files.len())));
        }
        if files.len() > MAX_FILES {
            return Err(Error::Usage(format!("compare takes at most {MAX_FILES} files, got {}", files.len())));
        }
        if labels.len() > files.len() {
            return Err(Error::Usage(format!("{} labels for {} files", labels.len(), files.len())));
        }
        if files.len() > 2 && (options.lang_left != LangChoice::Auto || options.lang_right != LangChoice::Auto) {
            return Err(Error::Usage("--lang-left and --lang-right are for two files; with more, each file's language is detected".into()));
        }
        labels.resize(files.len(), String::new());
        for (at, label) in [(0, left_label), (1, right_label)] {
            if let Some(label) = label {
                labels[at] = label;
            }
        }
        for (i, label) in labels.iter_mut().enumerate() {
            if let Some(cut) = limits::cut_field(label) {
                let side = (files.len() == 2).then(|| [Side::Left, Side::Right][i]);
                note(&format!("{} label is {}", whose(side, i), limits::field_cut(label.chars().count())));
                *label = cut;
            }
        }
        Ok(Command::Compare(Args { files, json, html, labels, options }))
    }

    /// A file's statement; a file over the limits is refused before it is
    /// read whole, in the widget's words.
    fn read(role: &str, path: &Path) -> Result<Imported, Error> {
        let what = format!("{role} {}", path.display());
        let cannot = |e: io::Error| Error::Input(format!("{what} cannot be read: {e}"));
        let size = std::fs::metadata(path).map_err(cannot)?.len();
        if size > limits::MAX_FILE_BYTES as u64 {
            return Err(Error::Input(format!("{what} is {}", limits::file_over(size as usize))));
        }
        let bytes = std::fs::read(path).map_err(cannot)?;
        input::import(&path.to_string_lossy(), &bytes).map_err(|e| Error::Input(format!("{what} {e}.")))
    }

    /// Tells the reader something that does not stop the command.
    fn note(text: &str) {
        let _ = writeln!(io::stderr(), "parallax: note: {text}");
    }

    fn summary_side(c: &Comparison, side: Side, name: &str, path: &Path) -> String {
        let s: &SideResult = c.side(side);
        let m = &s.metrics;
        let mut out = format!(
            "{name} ({}, {:?}): {}, {:.0}% shared in order, {:.0}% moved\n",
            path.display(),
            s.lang,
            count_words(m.words, s.lang),
            m.shared_percent,
            m.moved_percent
        );
        let terms: Vec<String> = s.distinctive.iter().take(10).map(|t| format!("{} ({})", t.term, t.count)).collect();
        let none = engine::terms::why_none(s.lang, c.side(side.other()).lang);
        out += &format!("  distinctive: {}\n", if terms.is_empty() { none.into() } else { terms.join(", ") });
        out
    }

    fn summary(c: &Comparison, args: &Args) -> String {
        let mut out = String::new();
        out += &summary_side(c, Side::Left, "left", &args.files[0]);
        out += &summary_side(c, Side::Right, "right", &args.files[1]);
        let names = engine::story::names([args.labels[0].as_str(), args.labels[1].as_str()]);
        for claim in engine::story::story(c) {
            out += &engine::story::plain(c, &claim, &names);
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

    /// The statements as the report shows them: labels default to the file
    /// names; titles, dates and sources come from the files when they give
    /// them; any of them over the limit is cut, with a note.
    fn statements(args: &Args, files: &[Imported]) -> Vec<Statement> {
        let several = files.len() > 2;
        let sides = [Side::Left, Side::Right];
        (0..files.len())
            .map(|i| {
                let (file, path, label) = (&files[i], &args.files[i], &args.labels[i]);
                let mut statement = Statement {
                    label: if label.is_empty() { file_name(path) } else { label.clone() },
                    title: file.title.clone().unwrap_or_default(),
                    date: file.date.clone().unwrap_or_default(),
                    source: file.source.clone().unwrap_or_default(),
                    text: file.text.as_str().into(),
                };
                let side = (!several).then(|| sides[i]);
                statement.cut_fields(&whose(side, i)).iter().for_each(|told| note(told));
                statement
            })
            .collect()
    }

    /// Writes the self-contained HTML report of `result`, rendered
    /// server-side by the same Yew components the widget uses.
    fn write_report(out: &Path, statements: Vec<Statement>, args: &Args, result: Outcome) -> Result<(), Error> {
        use parallax::app::components::report_view::{render_report, render_versions_report};
        use parallax::app::shared_comparison::SharedComparison;
        use parallax::app::Initial;
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime");
        let html = match result {
            Outcome::Versions(collation) => runtime.block_on(render_versions_report(statements, collation)),
            Outcome::Pair(comparison) => {
                let mut two = statements.into_iter();
                let (left, right) = (two.next().expect("two files"), two.next().expect("two files"));
                let comparison = Some(SharedComparison::new(comparison));
                runtime.block_on(render_report(Initial { left, right, options: args.options.clone(), comparison, ..Initial::default() }))
            }
        };
        std::fs::write(out, html).map_err(|e| Error::Input(format!("cannot write {}: {e}", out.display())))?;
        let _ = writeln!(io::stderr(), "parallax: wrote {}", out.display());
        Ok(())
    }

    /// What `compare` made: a comparison of two files, or a collation of more.
    enum Outcome {
        Pair(Comparison),
        Versions(Collation),
    }

    /// How an input file is named in messages: "left file" and "right
    /// file" of two, "file 3" of several.
    fn file_role(index: usize, files: usize) -> String {
        match (index, files) {
            (0, 2) => "left file".into(),
            (1, 2) => "right file".into(),
            (i, _) => format!("file {}", i + 1),
        }
    }

    /// The summary of a collation: each version's words and what it alone
    /// says, the phrases most versions share, and how alike each two are.
    fn versions_summary(c: &Collation, args: &Args) -> String {
        use parallax::app::versions::slice;
        let names: Vec<String> = args
            .files
            .iter()
            .zip(&args.labels)
            .map(|(path, label)| if label.is_empty() { file_name(path) } else { label.clone() })
            .collect();
        let mut out = String::new();
        for (v, version) in c.versions.iter().enumerate() {
            out += &format!("version {} ({}, {:?}): {} words, {} sentences\n", v + 1, names[v], version.lang, version.words, version.sentences.len());
            // The wording only this version has, each run whole (its sentence is in the report).
            let only: Vec<String> = version.own.iter().flat_map(|p| &p.own).take(5).map(|&r| one_line(slice(version, r))).collect();
            out += &format!("  only here: {}\n", if only.is_empty() { "-".into() } else { only.join(" | ") });
        }
        out += "shared phrases, most versions first:\n";
        if c.phrases.is_empty() {
            out += "  -\n";
        }
        for p in c.phrases.iter().take(15) {
            let carriers: Vec<String> = p.carriers().iter().map(|v| (v + 1).to_string()).collect();
            out += &format!("  versions {:<11} {:>3} words: {}\n", carriers.join(","), p.words, one_line(&p.text));
        }
        out += "similarity (share of the two versions' words in phrases both have):\n";
        for (i, row) in c.similarity.iter().enumerate() {
            let cells: Vec<String> = row.iter().map(|s| format!("{:>4.0}%", 100.0 * s)).collect();
            out += &format!("  {} {}\n", i + 1, cells.join(""));
        }
        out
    }

    /// `text` on one line, spaces collapsed, cut after 100 characters.
    fn one_line(text: &str) -> String {
        let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
        match line.char_indices().nth(100) {
            Some((at, _)) => format!("{}…", &line[..at]),
            None => line,
        }
    }

    fn file_name(path: &Path) -> String {
        path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
    }

    fn run(argv: impl IntoIterator<Item = OsString>) -> Result<(), Error> {
        let args = match parse(argv)? {
            Command::Help => return Ok(io::stdout().lock().write_all(USAGE.as_bytes())?),
            Command::Compare(args) => args,
        };
        let files = args
            .files
            .iter()
            .enumerate()
            .map(|(i, path)| read(&file_role(i, args.files.len()), path))
            .collect::<Result<Vec<_>, _>>()?;
        let statements = statements(&args, &files);
        // One comparison, for the JSON, the summary and the report alike.
        let texts: Vec<&str> = files.iter().map(|f| f.text.as_str()).collect();
        let result = match texts.as_slice() {
            [left, right] => Outcome::Pair(engine::compare(left, right, &args.options)),
            _ => Outcome::Versions(compare_many(&texts, &args.options)),
        };
        let mut out = io::BufWriter::new(io::stdout().lock());
        match (&result, args.json) {
            (Outcome::Pair(c), true) => serde_json::to_writer_pretty(&mut out, c).map_err(io::Error::from)?,
            (Outcome::Versions(c), true) => serde_json::to_writer_pretty(&mut out, c).map_err(io::Error::from)?,
            // The report alone says nothing on stdout.
            _ if args.html.is_some() => {}
            (Outcome::Pair(c), false) => out.write_all(summary(c, &args).as_bytes())?,
            (Outcome::Versions(c), false) => out.write_all(versions_summary(c, &args).as_bytes())?,
        }
        if args.json {
            writeln!(out)?;
        }
        out.flush()?;
        if let Some(path) = &args.html {
            write_report(path, statements, &args, result)?;
        }
        Ok(())
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
