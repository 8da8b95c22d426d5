//! Logs go to `tuntun.log` in the data directory (to stderr when it cannot be written).

use std::path::Path;
use std::sync::Mutex;

/// Starts logging; call once. `RUST_LOG` sets the level (default: info).
pub fn init(data_dir: &Path) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        tracing_subscriber::EnvFilter::new("info,wgpu=warn,naga=warn,iced_wgpu=warn")
    });
    // Private: the log names learners (see `private`).
    let file = crate::private::create_dir_all(data_dir)
        .ok()
        .and_then(|()| crate::private::append_file(&data_dir.join("tuntun.log")).ok());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(false);
    let result = match file {
        Some(f) => builder.with_writer(Mutex::new(f)).try_init(),
        None => builder.with_writer(std::io::stderr).try_init(),
    };
    if result.is_err() {
        eprintln!("tuntun: logging was already set up");
    }
}
