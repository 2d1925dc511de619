//! Fuzzes comparison files (script-embed configs); see `parallax_fuzz::comparison_file`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| parallax_fuzz::comparison_file(data));
