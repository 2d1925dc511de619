//! The bundled example, so the widget has something to compare on first load.

use super::statement::Statement;
use crate::engine::Options;

/// A pair of statements shipped with the widget.
pub struct Example {
    pub name: &'static str,
    left: [&'static str; 5],
    right: [&'static str; 5],
    /// Shortest shared phrase worth marking for this pair, in words.
    min_phrase: usize,
}

fn statement(fields: &[&str; 5]) -> Statement {
    let [label, title, date, source, text] = fields.map(str::to_owned);
    Statement { label, title, date, source, text: text.into() }
}

impl Example {
    /// The left statement.
    pub fn left(&self) -> Statement {
        statement(&self.left)
    }

    /// The right statement.
    pub fn right(&self) -> Statement {
        statement(&self.right)
    }

    /// The options the example opens with: the defaults, except a minimum
    /// phrase length suited to how long its statements are.
    pub fn options(&self) -> Options {
        Options { min_phrase: self.min_phrase, ..Options::default() }
    }
}

/// The examples, in the order the picker lists them.
pub const EXAMPLES: &[Example] = &[Example {
    name: "Wang Yi – Lavrov phone call, 1 February 2020",
    left: [
        "China — Ministry of Foreign Affairs",
        "Wang Yi Had a Phone Call with Russian Foreign Minister Sergei Lavrov",
        "2020-02-01",
        "https://www.fmprc.gov.cn/mfa_eng/",
        include_str!("../../assets/demo/cn-mfa.txt"),
    ],
    right: [
        "Russia — Ministry of Foreign Affairs (via TASS)",
        "Lavrov, Wang Yi discuss coronavirus",
        "2020-02-01",
        "https://tass.com/politics/1115367",
        include_str!("../../assets/demo/ru-mid-tass.txt"),
    ],
    // The Russian statement is two sentences; what it shares with the
    // Chinese readout ("cooperation in", "highly ... measures") is short.
    min_phrase: 2,
}];
