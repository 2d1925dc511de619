//! Fuzzes permalink fragments; see `parallax_fuzz::permalink_decode`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| parallax_fuzz::permalink_decode(data));
