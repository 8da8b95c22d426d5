//! Fuzzes the reader of progress export files (`tuntun export` / `tuntun import`): the file
//! comes from a USB stick, so every byte is untrusted.
//!
//! `tuntun::store::exchange::check` reads and verifies the whole file (header, every JSON
//! line, counts, SHA-256) without touching a database. It must never panic: every bad file
//! has to come back as an `ImportError`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let result = tuntun::store::exchange::check(&mut &data[..]);
    // The error message is what the person at the laptop sees; format it too.
    if let Err(e) = &result {
        std::hint::black_box(e.to_string());
    }
    std::hint::black_box(result.is_ok());
});
