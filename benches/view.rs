//! How long the GUI takes to build and lay out a frame (run: `cargo bench --bench view`).
//!
//! For the lesson player on a Dasar practice step and on the webmail's compose form with an
//! attachment, it times `view()` plus layout the way iced does for every frame: building the
//! widget tree from the state and laying it out at 1366×768 (through `iced_test`'s headless
//! simulator, tiny-skia). Median and p99 of 300 frames each; then the same plus drawing the
//! frame into pixels with tiny-skia (30 frames). The whole-process figures (first frame,
//! memory) come from `benches/startup.sh`.

use iced_test::Simulator;
use std::time::{Duration, Instant};
use tuntun::i18n::Lang;
use tuntun::sim::email::Action;
use tuntun::store::Store;
use tuntun::ui::app::{Message, Screen, State};
use tuntun::ui::screen::{home, learners, lesson};
use tuntun::ui::sim::email::Msg;
use tuntun::ui::sim::tools::Msg as Tool;
use tuntun::ui::{self, Options};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn frames(state: &State, label: &str) {
    let mut times = Vec::new();
    for _ in 0..300 {
        let t = Instant::now();
        let ui = Simulator::with_size(ui::settings(), (1366.0, 768.0), state.view());
        times.push(t.elapsed());
        drop(ui);
    }
    times.sort();
    println!(
        "view + layout, {label}: median {:.2} ms, p99 {:.2} ms",
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3
    );
    // The whole frame drawn into pixels by tiny-skia and read back, as a screenshot (iced_test
    // draws at its own scale factor, 2× here: four times a laptop's pixels, an upper bound).
    let mut ui = Simulator::with_size(ui::settings(), (1366.0, 768.0), state.view());
    let mut draws = Vec::new();
    for _ in 0..31 {
        let t = Instant::now();
        let shot = ui.snapshot(&ui::theme::theme());
        draws.push(t.elapsed());
        assert!(shot.is_ok(), "drawing failed");
    }
    draws.remove(0); // the first one warms the glyph cache
    draws.sort();
    println!(
        "view + layout + draw, {label}: median {:.1} ms, p99 {:.1} ms",
        percentile(&draws, 0.5).as_secs_f64() * 1e3,
        percentile(&draws, 0.99).as_secs_f64() * 1e3
    );
}

fn send(state: &mut State, m: Message) {
    let _ = state.update(m);
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // SAFETY: set before any renderer exists, in a single-threaded program.
    unsafe { std::env::set_var("ICED_TEST_BACKEND", "tiny-skia") };
    let dir = tempfile::tempdir()?;
    Store::open(dir.path())?.set_setting(ui::screen::setup::SKIPPED, "1")?;
    let options = Options {
        data_dir: dir.path().to_owned(),
        lang: Some(Lang::Id),
        content: None,
        kiosk: false,
        export_dir: None,
    };
    let mut state = ui::app::load(&options).map_err(|f| f.error.to_string())?;
    send(
        &mut state,
        Message::Learners(learners::Message::Name("Siti Rahmawati".into())),
    );
    send(&mut state, Message::Learners(learners::Message::Save));
    // Dasar: the first practice step of the first lesson.
    send(
        &mut state,
        Message::Home(home::Message::Open("dasar.klik".into())),
    );
    send(&mut state, Message::Lesson(lesson::Message::Next));
    frames(&state, "lesson player, Dasar targets");

    // Email: a reply with the PDF attached, in the attachment lesson.
    send(&mut state, Message::Lesson(lesson::Message::Leave));
    send(
        &mut state,
        Message::Home(home::Message::Open("email.lampiran".into())),
    );
    for a in [
        Action::OpenMessage("m1".into()),
        Action::Reply,
        Action::OpenPicker,
        Action::PickFile("Laporan-Bulanan-Mei-2025.pdf".into()),
        Action::AttachChosen,
    ] {
        send(
            &mut state,
            Message::Lesson(lesson::Message::Tool(Tool::Email(Msg::Sim(a)))),
        );
    }
    assert!(matches!(state.screen, Screen::Lesson(_)));
    frames(&state, "lesson player, webmail compose");

    // The mentor's class overview with a class of 30.
    send(&mut state, Message::Lesson(lesson::Message::Leave));
    send(&mut state, Message::Home(home::Message::SignOut));
    for i in 0..29 {
        state.store.add_learner(&tuntun::store::NewLearner {
            name: format!("Peserta {i:02} Kecamatan"),
            unit: ["Seksi Pemerintahan", "Sekretariat"][i % 2].into(),
            ..Default::default()
        })?;
    }
    send(&mut state, Message::Learners(learners::Message::Mentor));
    assert!(matches!(state.screen, Screen::Mentor(_)));
    frames(&state, "mentor class overview, 30 learners");
    Ok(())
}
