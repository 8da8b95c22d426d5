//! One lesson file: its steps, what each kind of step may hold, and the skill-check rules.

use super::matcher::matcher;
use super::scenario::scenario;
use super::{FileCheck, Ids, check_ids, from_toml};
use crate::course::model::*;
use crate::i18n::Catalog;
use crate::sim::dasar;
use serde::Deserialize;
use std::collections::BTreeMap;
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLesson {
    id: String,
    title: String,
    summary: String,
    minutes: u32,
    #[serde(default)]
    skills: Vec<String>,
    scenario: Option<toml::Table>,
    steps: Vec<RawStep>,
}

#[derive(Deserialize, Clone, Copy, PartialEq)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Read,
    Quiz,
    Do,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    kind: Kind,
    text: String,
    #[serde(default)]
    options: Vec<RawOption>,
    goal: Option<toml::Table>,
    #[serde(default)]
    hints: Vec<String>,
    highlight: Option<Highlight>,
    #[serde(default)]
    mistakes: Vec<toml::Table>,
    success: Option<String>,
    board: Option<dasar::Board>,
    /// Skill checks only: the lesson that teaches this step.
    practice: Option<String>,
}

/// `highlight = "compose"`, or the controls of a step that crosses screens, in order:
/// `highlight = ["back", "check-in", "map-next"]`.
#[derive(Deserialize)]
#[serde(untagged)]
enum Highlight {
    One(String),
    Path(Vec<String>),
}

impl Highlight {
    /// The first control and the ones after it.
    fn split(&self) -> (Option<String>, Vec<String>) {
        match self {
            Highlight::One(id) => (Some(id.clone()), Vec::new()),
            Highlight::Path(ids) => (ids.first().cloned(), ids.iter().skip(1).cloned().collect()),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    text: String,
    correct: bool,
    feedback: String,
}

pub(super) fn lesson(check: &mut FileCheck<'_>, module: &str, catalog: &Catalog) -> Option<Lesson> {
    let raw: RawLesson = from_toml(check)?;
    if !raw.id.starts_with(&format!("{module}.")) {
        check.at("id", format!("the lesson id must start with `{module}.`"));
    }
    if raw.steps.is_empty() {
        check.at("steps", "a lesson needs at least one step");
    }
    let mut ids: Ids = vec![
        ("title".into(), &raw.title),
        ("summary".into(), &raw.summary),
    ];

    let scenario = match &raw.scenario {
        None => Scenario::None,
        Some(table) => scenario(check, table, &mut ids)?,
    };
    let sim = sim_name(&scenario);

    let skill_check = is_skill_check(&raw.id);
    let mut practice = BTreeMap::new();
    let mut steps = Vec::new();
    for (i, s) in raw.steps.iter().enumerate() {
        let p = format!("steps[{i}]");
        ids.push((format!("{p}.text"), &s.text));
        if skill_check {
            if let Some(target) = check_skill_check_step(check, &p, s) {
                practice.insert(i, target);
            }
        } else if s.practice.is_some() {
            check.at(
                &format!("{p}.practice"),
                "`practice` belongs to a skill check (`<module>.uji-kemampuan`)",
            );
        }
        check_kind_fields(check, &p, s);
        let step = match s.kind {
            Kind::Read => Step::Read {
                text: s.text.clone(),
            },
            Kind::Quiz => quiz_step(check, &p, s, &mut ids),
            Kind::Do => match do_step(check, &p, s, sim, &mut ids) {
                Some(step) => step,
                None => continue,
            },
        };
        steps.push(step);
    }
    check_words(check, catalog, &raw.skills, &ids);
    Some(Lesson {
        id: raw.id.clone(),
        title: raw.title.clone(),
        summary: raw.summary.clone(),
        minutes: raw.minutes,
        skills: raw.skills.clone(),
        scenario,
        steps,
        practice,
    })
}

/// The simulator a scenario runs in, by its name in the event contract.
fn sim_name(scenario: &Scenario) -> Option<&'static str> {
    match scenario {
        Scenario::None => None,
        Scenario::Dasar(_) => Some("dasar"),
        Scenario::Email(_) => Some("email"),
        Scenario::Presensi(_) => Some("presensi"),
        Scenario::Dokumen(_) => Some("dokumen"),
        Scenario::Kinerja(_) => Some("kinerja"),
        Scenario::Srikandi(_) => Some("srikandi"),
    }
}

/// A skill check proves the skill: the learner meets the situation unaided, so it gives no
/// hints and points at nothing; each graded step names the lesson to go back to when it was
/// missed. That lesson, if the step names one where it should.
fn check_skill_check_step(check: &mut FileCheck<'_>, p: &str, s: &RawStep) -> Option<String> {
    if !s.hints.is_empty() {
        check.at(&format!("{p}.hints"), "a skill check gives no hints");
    }
    if s.highlight.is_some() {
        check.at(
            &format!("{p}.highlight"),
            "a skill check points at nothing (no highlight)",
        );
    }
    match (&s.practice, s.kind) {
        (Some(target), Kind::Do | Kind::Quiz) => return Some(target.clone()),
        (None, Kind::Do | Kind::Quiz) => check.at(
            p,
            "a step of a skill check needs `practice` (the lesson that teaches it)",
        ),
        (Some(_), Kind::Read) => {
            check.at(&format!("{p}.practice"), "a reading step has no `practice`")
        }
        (None, Kind::Read) => {}
    }
    None
}

/// Options belong to a quiz; goal, hints, mistakes and the rest to a `do` step.
fn check_kind_fields(check: &mut FileCheck<'_>, p: &str, s: &RawStep) {
    if s.kind != Kind::Quiz && !s.options.is_empty() {
        check.at(&format!("{p}.options"), "only a quiz step has options");
    }
    if s.kind != Kind::Do
        && (s.goal.is_some()
            || !s.hints.is_empty()
            || !s.mistakes.is_empty()
            || s.highlight.is_some()
            || s.success.is_some()
            || s.board.is_some())
    {
        check.at(
            p,
            "goal, hints, mistakes, highlight, success and board belong to a `do` step",
        );
    }
}

/// A quiz step: at least two options, one of them correct.
fn quiz_step<'a>(check: &mut FileCheck<'_>, p: &str, s: &'a RawStep, ids: &mut Ids<'a>) -> Step {
    if s.options.len() < 2 {
        check.at(&format!("{p}.options"), "a quiz needs at least two options");
    }
    if !s.options.iter().any(|o| o.correct) {
        check.at(
            &format!("{p}.options"),
            "a quiz needs at least one correct option",
        );
    }
    for (j, o) in s.options.iter().enumerate() {
        ids.push((format!("{p}.options[{j}].text"), &o.text));
        ids.push((format!("{p}.options[{j}].feedback"), &o.feedback));
    }
    Step::Quiz {
        text: s.text.clone(),
        options: s
            .options
            .iter()
            .map(|o| QuizOption {
                text: o.text.clone(),
                correct: o.correct,
                feedback: o.feedback.clone(),
            })
            .collect(),
    }
}

/// A `do` step: its goal and mistakes checked against the simulator's events. `None` when
/// the goal is missing or broken (the problem is recorded; the step is left out).
fn do_step<'a>(
    check: &mut FileCheck<'_>,
    p: &str,
    s: &'a RawStep,
    sim: Option<&str>,
    ids: &mut Ids<'a>,
) -> Option<Step> {
    let Some(goal) = &s.goal else {
        check.at(p, "a `do` step needs a goal");
        return None;
    };
    if sim.is_none() {
        check.at(p, "a `do` step needs a [scenario] with a simulator");
    }
    if s.board.is_some() && sim != Some("dasar") {
        check.at(
            &format!("{p}.board"),
            "`board` belongs to the dasar practice area",
        );
    }
    let goal = matcher(check, &format!("{p}.goal"), goal, sim);
    let mistakes = mistakes(check, p, s, sim);
    for (j, h) in s.hints.iter().enumerate() {
        ids.push((format!("{p}.hints[{j}]"), h));
    }
    for (j, m) in s.mistakes.iter().enumerate() {
        if let Some(toml::Value::String(f)) = m.get("feedback") {
            ids.push((format!("{p}.mistakes[{j}].feedback"), f));
        }
    }
    if let Some(success) = &s.success {
        ids.push((format!("{p}.success"), success));
    }
    let goal = goal?;
    let (highlight, highlight_next) = s
        .highlight
        .as_ref()
        .map(Highlight::split)
        .unwrap_or_default();
    Some(Step::Do {
        text: s.text.clone(),
        goal,
        hints: s.hints.clone(),
        highlight,
        highlight_next,
        mistakes,
        success: s.success.clone(),
        board: s.board,
    })
}

/// The mistakes of a `do` step: each a matcher with its `feedback` (a Fluent id).
fn mistakes(check: &mut FileCheck<'_>, p: &str, s: &RawStep, sim: Option<&str>) -> Vec<Mistake> {
    let mut mistakes = Vec::new();
    for (j, m) in s.mistakes.iter().enumerate() {
        let mp = format!("{p}.mistakes[{j}]");
        let mut m = m.clone();
        let feedback = match m.remove("feedback") {
            Some(toml::Value::String(f)) => f,
            _ => {
                check.at(&mp, "a mistake needs `feedback` (a Fluent id)");
                String::new()
            }
        };
        if let Some(matcher) = matcher(check, &mp, &m, sim) {
            mistakes.push(Mistake { matcher, feedback });
        }
    }
    mistakes
}

/// Every Fluent id the lesson refers to must exist in every locale; so must the words of
/// every standard (`standard-<id>`), which is never shown as its raw id.
fn check_words(check: &mut FileCheck<'_>, catalog: &Catalog, skills: &[String], ids: &Ids) {
    let standards: Vec<(String, String)> = skills
        .iter()
        .enumerate()
        .map(|(j, skill)| (format!("skills[{j}]"), standard_message(skill)))
        .collect();
    let mut refs: Vec<(&str, &str)> = ids.iter().map(|(p, id)| (p.as_str(), *id)).collect();
    refs.extend(standards.iter().map(|(p, id)| (p.as_str(), id.as_str())));
    check_ids(check, catalog, &refs);
}
