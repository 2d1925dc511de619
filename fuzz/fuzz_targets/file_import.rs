//! Fuzzes file bytes to a statement; see `parallax_fuzz::file_import`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| parallax_fuzz::file_import(data));
