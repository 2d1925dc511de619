//! Fuzzes two texts with random options; see `parallax_fuzz::compare_texts`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| parallax_fuzz::compare_texts(data));
