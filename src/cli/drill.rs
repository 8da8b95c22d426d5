//! `tuntun drill`: the durability drill.

use super::{CommandError, open_for_writing};
use std::io::Write;
use std::path::Path;

/// Runs `drill`: records steps of a pretend lesson exactly as the lesson player does, and
/// prints `written <uuid>` for each event after its transaction has committed.
pub fn drill(data_dir: &Path, steps: u64, out: &mut impl Write) -> Result<(), CommandError> {
    use crate::progress::Record;
    let (_lock, mut store) = open_for_writing(data_dir, "drill")?;
    let learner = match store.learners()?.into_iter().find(|l| l.name == "Drill") {
        Some(l) => l,
        None => store.add_learner(&crate::store::NewLearner {
            name: "Drill".into(),
            ..Default::default()
        })?,
    };
    const TOTAL: usize = 8;
    let mut n = 0u64;
    while steps == 0 || n < steps {
        let step = usize::try_from(n % TOTAL as u64).unwrap_or(0);
        if step == 0 {
            store.start_lesson(&learner.id, "drill.lesson", TOTAL)?;
        }
        let mut records = vec![
            Record::HintShown { step, number: 1 },
            Record::StepCompleted {
                step,
                snapshot: Some(format!("{{\"n\":{n}}}")),
            },
        ];
        if step + 1 == TOTAL {
            records.push(Record::LessonCompleted);
        }
        for uuid in store.record(&learner.id, "drill.lesson", TOTAL, &records)? {
            if writeln!(out, "written {uuid}")
                .and_then(|()| out.flush())
                .is_err()
            {
                return Ok(()); // nobody is listening any more
            }
        }
        n += 1;
    }
    Ok(())
}
