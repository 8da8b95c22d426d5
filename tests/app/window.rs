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

/// A virtual screen (Xvfb), with openbox as window manager when `with_wm`; None (skipped)
/// on a developer machine without the tools.
struct Screen {
    display: String,
    _wm: Option<Kill>,
    _xvfb: Kill,
}

fn screen(with_wm: bool) -> Option<Screen> {
    let tools: &[&str] = if with_wm {
        &["Xvfb", "xdotool", "openbox"]
    } else {
        &["Xvfb", "xdotool"]
    };
    if !tools.iter().all(|t| have(t)) {
        // .ci/run installs them; only a developer machine without them gets here.
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have {}",
            tools.join(", ")
        );
        eprintln!("skipped: one of {} is not installed", tools.join(", "));
        return None;
    }
    // Tests in this process take display numbers one after another; the process id spreads
    // two test processes apart.
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let base = 120 + (std::process::id() % 40) * 5;
    let display = std::iter::repeat_with(|| {
        base + NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst) % 300
    })
    .take(300)
    .find(|n| {
        !std::path::Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
            && !std::path::Path::new(&format!("/tmp/.X{n}-lock")).exists()
    })
    .map(|n| format!(":{n}"))
    .expect("a free display");
    let xvfb = Kill(
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
    let wm = with_wm.then(|| {
        let wm = Kill(
            Command::new("openbox")
                .env("DISPLAY", &display)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("openbox"),
        );
        std::thread::sleep(Duration::from_millis(500));
        wm
    });
    Some(Screen {
        display,
        _wm: wm,
        _xvfb: xvfb,
    })
}

fn start_tuntun(screen: &Screen, data: &std::path::Path, runtime: &std::path::Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_tuntun"))
        .arg("--data-dir")
        .arg(data)
        .env("DISPLAY", &screen.display)
        .env("ICED_BACKEND", "tiny-skia")
        .env("XDG_RUNTIME_DIR", runtime)
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("tuntun")
}

/// The id of the window titled "Tuntun", once it appears (within 60 s).
fn tuntun_window(screen: &Screen) -> Option<String> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(60) {
        let out = Command::new("xdotool")
            .args(["search", "--name", "^Tuntun$"])
            .env("DISPLAY", &screen.display)
            .output()
            .expect("xdotool");
        if out.status.success() && !out.stdout.is_empty() {
            return String::from_utf8_lossy(&out.stdout)
                .lines()
                .next()
                .map(str::to_owned);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    None
}

#[test]
fn opens_a_window_titled_tuntun_and_creates_the_store() {
    let Some(screen) = screen(false) else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let runtime = tempfile::tempdir().expect("runtime dir");
    let _app = Kill(start_tuntun(&screen, dir.path(), runtime.path()));
    assert!(
        tuntun_window(&screen).is_some(),
        "no window titled Tuntun appeared"
    );
    let db = dir.path().join(tuntun::store::FILE_NAME);
    let start = Instant::now();
    while !db.exists() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(db.exists(), "tuntun.sqlite3 was created in the data folder");
}

/// The "cannot open" window (here: a progress file from a newer Tuntun) closes with Alt+F4,
/// as any window does; before, it ignored the close button and Alt+F4.
#[test]
fn the_cannot_open_window_closes_with_alt_f4() {
    let Some(screen) = screen(true) else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let runtime = tempfile::tempdir().expect("runtime dir");
    drop(tuntun::store::Store::open(dir.path()).expect("store"));
    let db = dir.path().join(tuntun::store::FILE_NAME);
    rusqlite::Connection::open(&db)
        .expect("open")
        .pragma_update(None, "user_version", 999)
        .expect("newer");
    let mut app = Kill(start_tuntun(&screen, dir.path(), runtime.path()));
    let id = tuntun_window(&screen).expect("the window appears");
    // Give it a moment to reach the "cannot open" screen, then close it as a person would.
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        app.0.try_wait().expect("wait").is_none(),
        "still open before Alt+F4"
    );
    let start = Instant::now();
    let mut exited = None;
    while exited.is_none() && start.elapsed() < Duration::from_secs(20) {
        let _ = Command::new("xdotool")
            .args([
                "windowactivate",
                "--sync",
                &id,
                "key",
                "--clearmodifiers",
                "alt+F4",
            ])
            .env("DISPLAY", &screen.display)
            .status();
        std::thread::sleep(Duration::from_millis(700));
        exited = app.0.try_wait().expect("wait");
    }
    assert!(
        exited.is_some(),
        "Alt+F4 closed the window and Tuntun ended"
    );
    let version: i64 = rusqlite::Connection::open(&db)
        .expect("open")
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .expect("version");
    assert_eq!(version, 999, "the newer file was left untouched");
}
