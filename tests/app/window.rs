//! The real binary opens a real window titled "Tuntun" under Xvfb and creates its store.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Kill(Child);

impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn opens_a_window_titled_tuntun_and_creates_the_store() {
    if !(have("Xvfb") && have("xdotool")) {
        // .ci/run installs both; only a developer machine without them gets here.
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have Xvfb and xdotool"
        );
        eprintln!("skipped: Xvfb or xdotool is not installed");
        return;
    }
    let display = (120..200)
        .find(|n| !std::path::Path::new(&format!("/tmp/.X11-unix/X{n}")).exists())
        .expect("a free display");
    let display = format!(":{display}");
    let _xvfb = Kill(
        Command::new("Xvfb")
            .args([display.as_str(), "-screen", "0", "1366x768x24"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb"),
    );
    // Wait for the server's socket rather than a fixed time: a loaded machine (the whole
    // suite runs in parallel) can take longer than a second to start Xvfb.
    let socket = format!("/tmp/.X11-unix/X{}", &display[1..]);
    let start = Instant::now();
    while !std::path::Path::new(&socket).exists() && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(200));
    let dir = tempfile::tempdir().expect("temp dir");
    let runtime = tempfile::tempdir().expect("runtime dir");
    let _app = Kill(
        Command::new(env!("CARGO_BIN_EXE_tuntun"))
            .arg("--data-dir")
            .arg(dir.path())
            .env("DISPLAY", &display)
            .env("ICED_BACKEND", "tiny-skia")
            .env("XDG_RUNTIME_DIR", runtime.path())
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("tuntun"),
    );
    let start = Instant::now();
    let mut found = false;
    while start.elapsed() < Duration::from_secs(60) {
        let out = Command::new("xdotool")
            .args(["search", "--name", "^Tuntun$"])
            .env("DISPLAY", &display)
            .output()
            .expect("xdotool");
        if out.status.success() && !out.stdout.is_empty() {
            found = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(found, "no window titled Tuntun appeared");
    let db = dir.path().join(tuntun::store::FILE_NAME);
    let start = Instant::now();
    while !db.exists() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(db.exists(), "tuntun.sqlite3 was created in the data folder");
}
