//! How long a learner waits for a PIN to be set and checked (argon2id; see `store::access`).
//! Run: `cargo bench --no-default-features --bench pin`.

use std::time::{Duration, Instant};
use tuntun::store::{NewLearner, PinCheck, Store, now_ms};

fn median(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64() * 1e3
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let store = Store::open(dir.path())?;
    let id = store
        .add_learner(&NewLearner {
            name: "Siti Rahmawati".into(),
            ..NewLearner::default()
        })?
        .id;
    let runs = 20;
    let mut set = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        store.set_learner_pin(&id, Some("482915"))?;
        set.push(t.elapsed());
    }
    let mut check = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let got = store.check_learner_pin(&id, "482915", now_ms())?;
        check.push(t.elapsed());
        assert_eq!(got, PinCheck::Ok);
    }
    println!(
        "set a learner PIN (hash + fsync'd write): median {:.1} ms; check the right PIN: median {:.1} ms ({runs} runs each)",
        median(set),
        median(check)
    );
    Ok(())
}
