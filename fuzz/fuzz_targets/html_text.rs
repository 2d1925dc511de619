//! Fuzzes HTML pages to text; see `parallax_fuzz::html_text`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| parallax_fuzz::html_text(data));
