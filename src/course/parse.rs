//! Parsing and checking module and lesson files into the [`Course`].

use super::Course;
use super::locate;
use super::model::*;
use super::source::{ContentFiles, Problem, SourceFile};
use crate::i18n::Catalog;
use crate::sim::{Value, contract, dasar, dokumen, email, presensi};

#[path = "parse_kinerja.rs"]
mod kinerja;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModule {
    id: String,
    order: u32,
    title: String,
    summary: String,
    pass_mark: Option<u32>,
}

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

/// Problems of one file, located by path inside it.
pub(super) struct FileCheck<'a> {
    file: &'a SourceFile,
    problems: Vec<Problem>,
}

impl FileCheck<'_> {
    pub(super) fn at(&mut self, path: &str, message: impl Into<String>) {
        let offset = locate::offset(&self.file.text, path).unwrap_or(0);
        let message = message.into();
        let message = if path.is_empty() {
            message
        } else {
            format!("{path}: {message}")
        };
        self.problems.push(Problem::at(
            &self.file.origin,
            &self.file.text,
            offset,
            message,
        ));
    }
}

/// Deserializes a TOML text, locating any error by toml's span or by the serde path.
fn from_toml<T: for<'de> Deserialize<'de>>(check: &mut FileCheck<'_>) -> Option<T> {
    let text = &check.file.text;
    let de = match toml::de::Deserializer::parse(text) {
        Ok(de) => de,
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            let message = format!("invalid TOML: {}", e.message().trim());
            check
                .problems
                .push(Problem::at(&check.file.origin, text, offset, message));
            return None;
        }
    };
    match serde_path_to_error::deserialize(de) {
        Ok(v) => Some(v),
        Err(e) => {
            let path = e.path().to_string();
            let path = if path == "." { String::new() } else { path };
            let message = e.inner().message().trim().to_owned();
            match e.inner().span() {
                Some(span) => {
                    let m = if path.is_empty() {
                        message
                    } else {
                        format!("{path}: {message}")
                    };
                    check
                        .problems
                        .push(Problem::at(&check.file.origin, text, span.start, m));
                }
                None => check.at(&path, message),
            }
            None
        }
    }
}

pub(super) fn course(
    files: &ContentFiles,
    catalog: &Catalog,
    problems: &mut Vec<Problem>,
) -> Course {
    let mut modules: BTreeMap<String, Module> = BTreeMap::new();
    for (folder, sources) in &files.modules {
        for file in sources {
            let mut check = FileCheck {
                file,
                problems: Vec::new(),
            };
            if let Some(raw) = from_toml::<RawModule>(&mut check) {
                if raw.id != *folder {
                    check.at(
                        "id",
                        format!("the module id must be its folder name `{folder}`"),
                    );
                }
                check_ids(
                    &mut check,
                    catalog,
                    &[("title", &raw.title), ("summary", &raw.summary)],
                );
                let pass_mark = raw.pass_mark.unwrap_or(DEFAULT_PASS_MARK);
                if !(1..=100).contains(&pass_mark) {
                    check.at(
                        "pass_mark",
                        "`pass_mark` must be a percentage from 1 to 100",
                    );
                }
                // An overlay module file replaces the embedded one; its lessons stay.
                let lessons = modules
                    .remove(folder)
                    .map(|m| m.lessons)
                    .unwrap_or_default();
                modules.insert(
                    folder.clone(),
                    Module {
                        id: folder.clone(),
                        order: raw.order,
                        title: raw.title,
                        summary: raw.summary,
                        pass_mark: pass_mark.clamp(1, 100),
                        lessons,
                    },
                );
            }
            problems.extend(check.problems);
        }
    }

    let mut seen: HashMap<String, (String, bool)> = HashMap::new();
    for (folder, sources) in &files.lessons {
        let Some(module) = modules.get_mut(folder) else {
            for file in sources {
                problems.push(Problem::file(
                    &file.origin,
                    format!("module `{folder}` has no module.toml"),
                ));
            }
            continue;
        };
        for file in sources {
            let mut check = FileCheck {
                file,
                problems: Vec::new(),
            };
            let lesson = lesson(&mut check, folder, catalog);
            let id = lesson
                .as_ref()
                .map(|l| l.id.clone())
                .unwrap_or_else(|| fallback_id(folder, &file.name));
            let is_overlay = file.overlay;
            if let Some((previous, previous_overlay)) = seen.get(&id)
                && is_overlay == *previous_overlay
            {
                check.at(
                    "id",
                    format!("duplicate lesson id `{id}` (also in {previous})"),
                );
            }
            seen.insert(id.clone(), (file.origin.clone(), is_overlay));
            let playable = check.problems.is_empty();
            problems.extend(check.problems);
            let entry = LessonEntry {
                id: id.clone(),
                module: folder.clone(),
                file: file.origin.clone(),
                lesson: lesson.filter(|_| playable).map(Arc::new),
            };
            match module.lessons.iter_mut().find(|e| e.id == id) {
                Some(existing) if is_overlay => *existing = entry,
                Some(_) => {} // a duplicate: the first one stays
                None => module.lessons.push(entry),
            }
        }
    }
    for module in modules.values() {
        check_practice(module, problems);
    }
    let mut modules: Vec<Module> = modules.into_values().collect();
    modules.sort_by(|a, b| a.order.cmp(&b.order).then(a.id.cmp(&b.id)));
    Course { modules }
}

/// Every lesson a skill check sends the learner back to must be a lesson of its module.
fn check_practice(module: &Module, problems: &mut Vec<Problem>) {
    for entry in &module.lessons {
        let Some(lesson) = &entry.lesson else {
            continue;
        };
        for (step, target) in &lesson.practice {
            let found = module
                .lessons
                .iter()
                .any(|e| e.id == *target && !is_skill_check(&e.id));
            if !found {
                problems.push(Problem::file(
                    &entry.file,
                    format!(
                        "steps[{step}].practice: `{target}` is not a lesson of the module `{}`",
                        module.id
                    ),
                ));
            }
        }
    }
}

/// `dasar.klik` for `dasar/01-klik.toml`: the id of a lesson whose file cannot be read.
fn fallback_id(module: &str, file_name: &str) -> String {
    let stem = file_name.trim_end_matches(".toml");
    let slug = stem.split_once('-').map_or(stem, |(n, rest)| {
        if n.chars().all(|c| c.is_ascii_digit()) {
            rest
        } else {
            stem
        }
    });
    format!("{module}.{slug}")
}

fn lesson(check: &mut FileCheck<'_>, module: &str, catalog: &Catalog) -> Option<Lesson> {
    let raw: RawLesson = from_toml(check)?;
    if !raw.id.starts_with(&format!("{module}.")) {
        check.at("id", format!("the lesson id must start with `{module}.`"));
    }
    if raw.steps.is_empty() {
        check.at("steps", "a lesson needs at least one step");
    }
    let mut ids: Vec<(String, &str)> = vec![
        ("title".into(), &raw.title),
        ("summary".into(), &raw.summary),
    ];

    let scenario = match &raw.scenario {
        None => Scenario::None,
        Some(table) => scenario(check, table, &mut ids)?,
    };
    let sim = match &scenario {
        Scenario::None => None,
        Scenario::Dasar(_) => Some("dasar"),
        Scenario::Email(_) => Some("email"),
        Scenario::Presensi(_) => Some("presensi"),
        Scenario::Dokumen(_) => Some("dokumen"),
        Scenario::Kinerja(_) => Some("kinerja"),
        Scenario::Srikandi(_) => Some("srikandi"),
    };

    let skill_check = is_skill_check(&raw.id);
    let mut practice = BTreeMap::new();
    let mut steps = Vec::new();
    for (i, s) in raw.steps.iter().enumerate() {
        let p = format!("steps[{i}]");
        ids.push((format!("{p}.text"), &s.text));
        // A skill check proves the skill: the learner meets the situation unaided, so it
        // gives no hints and points at nothing; each graded step names the lesson to go
        // back to when it was missed.
        if skill_check {
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
                (Some(target), Kind::Do | Kind::Quiz) => {
                    practice.insert(i, target.clone());
                }
                (None, Kind::Do | Kind::Quiz) => check.at(
                    &p,
                    "a step of a skill check needs `practice` (the lesson that teaches it)",
                ),
                (Some(_), Kind::Read) => {
                    check.at(&format!("{p}.practice"), "a reading step has no `practice`")
                }
                (None, Kind::Read) => {}
            }
        } else if s.practice.is_some() {
            check.at(
                &format!("{p}.practice"),
                "`practice` belongs to a skill check (`<module>.uji-kemampuan`)",
            );
        }
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
                &p,
                "goal, hints, mistakes, highlight, success and board belong to a `do` step",
            );
        }
        let step = match s.kind {
            Kind::Read => Step::Read {
                text: s.text.clone(),
            },
            Kind::Quiz => {
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
            Kind::Do => {
                let Some(goal) = &s.goal else {
                    check.at(&p, "a `do` step needs a goal");
                    continue;
                };
                if sim.is_none() {
                    check.at(&p, "a `do` step needs a [scenario] with a simulator");
                }
                if s.board.is_some() && sim != Some("dasar") {
                    check.at(
                        &format!("{p}.board"),
                        "`board` belongs to the dasar practice area",
                    );
                }
                let goal = matcher(check, &format!("{p}.goal"), goal, sim);
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
                let Some(goal) = goal else { continue };
                let (highlight, highlight_next) = s
                    .highlight
                    .as_ref()
                    .map(Highlight::split)
                    .unwrap_or_default();
                Step::Do {
                    text: s.text.clone(),
                    goal,
                    hints: s.hints.clone(),
                    highlight,
                    highlight_next,
                    mistakes,
                    success: s.success.clone(),
                    board: s.board,
                }
            }
        };
        steps.push(step);
    }
    // Every standard is shown in words (`standard-<id>`), never as its raw id.
    let standards: Vec<(String, String)> = raw
        .skills
        .iter()
        .enumerate()
        .map(|(j, skill)| (format!("skills[{j}]"), standard_message(skill)))
        .collect();
    let mut refs: Vec<(&str, &str)> = ids.iter().map(|(p, id)| (p.as_str(), *id)).collect();
    refs.extend(standards.iter().map(|(p, id)| (p.as_str(), id.as_str())));
    check_ids(check, catalog, &refs);
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

fn scenario<'a>(
    check: &mut FileCheck<'_>,
    table: &'a toml::Table,
    ids: &mut Vec<(String, &'a str)>,
) -> Option<Scenario> {
    let mut rest = table.clone();
    let sim = match rest.remove("sim") {
        Some(toml::Value::String(s)) => s,
        _ => {
            check.at(
                "scenario",
                format!(
                    "the scenario needs `sim` (one of: {})",
                    contract::SIMS.join(", ")
                ),
            );
            return None;
        }
    };
    match sim.as_str() {
        "dasar" => {
            let parsed: Result<dasar::Scenario, _> =
                serde_path_to_error::deserialize(toml::Value::Table(rest));
            match parsed {
                Ok(s) => {
                    dasar_ids(table, ids);
                    for t in &s.targets {
                        if !(48..=300).contains(&t.size) {
                            check.at(
                                "scenario.targets",
                                format!("target `{}`: size must be 48–300 px", t.id),
                            );
                        }
                    }
                    Some(Scenario::Dasar(s))
                }
                Err(e) => {
                    let path = format!("scenario.{}", e.path());
                    check.at(&path, e.inner().message().trim().to_owned());
                    None
                }
            }
        }
        "email" => {
            let parsed: Result<email::Scenario, _> =
                serde_path_to_error::deserialize(toml::Value::Table(rest));
            match parsed {
                Ok(s) => {
                    email_ids(table, "scenario", ids);
                    check_email(check, "scenario", &s);
                    Some(Scenario::Email(s))
                }
                Err(e) => {
                    let path = format!("scenario.{}", e.path());
                    check.at(&path, e.inner().message().trim().to_owned());
                    None
                }
            }
        }
        "presensi" => {
            let parsed: Result<presensi::Scenario, _> =
                serde_path_to_error::deserialize(toml::Value::Table(rest));
            match parsed {
                Ok(s) => {
                    presensi_ids(table, ids);
                    check_presensi(check, &s);
                    Some(Scenario::Presensi(Box::new(s)))
                }
                Err(e) => {
                    let path = format!("scenario.{}", e.path());
                    check.at(&path, e.inner().message().trim().to_owned());
                    None
                }
            }
        }
        "dokumen" => {
            let parsed: Result<dokumen::Scenario, _> =
                serde_path_to_error::deserialize(toml::Value::Table(rest));
            match parsed {
                Ok(s) => {
                    dokumen_ids(table, ids);
                    check_dokumen(check, &s);
                    Some(Scenario::Dokumen(Box::new(s)))
                }
                Err(e) => {
                    let path = format!("scenario.{}", e.path());
                    check.at(&path, e.inner().message().trim().to_owned());
                    None
                }
            }
        }
        "kinerja" => kinerja::scenario(check, table, rest, ids),
        "srikandi" => super::srikandi_check::parse(check, rest),
        other => {
            check.at(
                "scenario.sim",
                format!(
                    "unknown simulator `{other}` (known: {})",
                    contract::SIMS.join(", ")
                ),
            );
            None
        }
    }
}

/// The Fluent ids in a dasar scenario table, with their paths.
fn dasar_ids<'a>(table: &'a toml::Table, ids: &mut Vec<(String, &'a str)>) {
    const LISTS: &[(&str, &[&str])] = &[
        ("targets", &["label"]),
        ("folders", &["label"]),
        ("items", &["label"]),
        ("drop_targets", &["label"]),
        ("fields", &["label"]),
        ("windows", &["title", "body"]),
    ];
    for (list, keys) in LISTS {
        let Some(toml::Value::Array(entries)) = table.get(*list) else {
            continue;
        };
        for (i, entry) in entries.iter().enumerate() {
            for key in *keys {
                if let Some(toml::Value::String(id)) = entry.get(key) {
                    ids.push((format!("scenario.{list}[{i}].{key}"), id));
                }
            }
            if let Some(toml::Value::Array(files)) = entry.get("files") {
                for (j, f) in files.iter().enumerate() {
                    if let toml::Value::String(id) = f {
                        ids.push((format!("scenario.{list}[{i}].files[{j}]"), id));
                    }
                }
            }
        }
    }
    if let Some(toml::Value::Array(page)) = table.get("page") {
        for (i, p) in page.iter().enumerate() {
            if let toml::Value::String(id) = p {
                ids.push((format!("scenario.page[{i}]"), id));
            }
        }
    }
}

/// The Fluent ids in an email scenario table (at `path`): subjects, bodies and link texts.
fn email_ids<'a>(table: &'a toml::Table, path: &str, ids: &mut Vec<(String, &'a str)>) {
    let Some(toml::Value::Array(messages)) = table.get("messages") else {
        return;
    };
    for (i, m) in messages.iter().enumerate() {
        for key in ["subject", "body"] {
            if let Some(toml::Value::String(id)) = m.get(key) {
                ids.push((format!("{path}.messages[{i}].{key}"), id));
            }
        }
        if let Some(toml::Value::Array(links)) = m.get("links") {
            for (j, l) in links.iter().enumerate() {
                if let Some(toml::Value::String(id)) = l.get("text") {
                    ids.push((format!("{path}.messages[{i}].links[{j}].text"), id));
                }
            }
        }
    }
}

/// What serde cannot check in an email scenario (at `path`): addresses, dates, unique ids.
fn check_email(check: &mut FileCheck<'_>, path: &str, s: &email::Scenario) {
    if !email::is_address(&s.address.trim().to_lowercase()) {
        check.at(
            &format!("{path}.address"),
            "`address` must be an email address",
        );
    }
    if s.password.is_empty() {
        check.at(&format!("{path}.password"), "`password` must not be empty");
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, m) in s.messages.iter().enumerate() {
        let p = format!("{path}.messages[{i}]");
        if !seen.insert(m.id.as_str()) {
            check.at(
                &format!("{p}.id"),
                format!("duplicate message id `{}`", m.id),
            );
        }
        for a in std::iter::once(&m.from).chain(&m.to).chain(&m.cc) {
            if !email::is_address(&a.trim().to_lowercase()) {
                check.at(&p, format!("`{a}` is not an email address"));
            }
        }
        if jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", &m.received).is_err() {
            check.at(
                &format!("{p}.received"),
                "`received` must look like 2025-05-20T08:15",
            );
        }
    }
}

/// The Fluent ids in a presensi scenario table: request reasons and the reject reason.
fn presensi_ids<'a>(table: &'a toml::Table, ids: &mut Vec<(String, &'a str)>) {
    if let Some(toml::Value::String(id)) = table.get("reject_reason")
        && !id.is_empty()
    {
        ids.push(("scenario.reject_reason".into(), id));
    }
    let Some(toml::Value::Array(requests)) = table.get("requests") else {
        return;
    };
    for (i, r) in requests.iter().enumerate() {
        if let Some(toml::Value::String(id)) = r.get("reason")
            && !id.is_empty()
        {
            ids.push((format!("scenario.requests[{i}].reason"), id));
        }
    }
}

/// What serde cannot check in a presensi scenario: the NIP, dates and times, distances,
/// bands, unique ids.
fn check_presensi(check: &mut FileCheck<'_>, s: &presensi::Scenario) {
    use presensi::rules;
    if let Err(e) = rules::check_nip(&s.nip) {
        check.at(
            "scenario.nip",
            format!("`nip` is not a valid 18-digit NIP ({})", e.key()),
        );
    }
    if s.password.is_empty() {
        check.at("scenario.password", "`password` must not be empty");
    }
    if s.radius_m <= 0 {
        check.at("scenario.radius_m", "`radius_m` must be more than 0");
    }
    if s.distance_m < 0 {
        check.at("scenario.distance_m", "`distance_m` must not be negative");
    }
    if s.walk_step_m <= 0 {
        check.at("scenario.walk_step_m", "`walk_step_m` must be more than 0");
    }
    if s.allowance < 0 {
        check.at("scenario.allowance", "`allowance` must not be negative");
    }
    let today = rules::parse_iso_date(&s.date);
    if today.is_none() {
        check.at("scenario.date", "`date` must look like 2025-06-02");
    }
    for (key, value, may_be_empty) in [
        ("time", &s.time, false),
        ("work_start", &s.work_start, false),
        ("work_end", &s.work_end, false),
        ("checked_in_at", &s.checked_in_at, true),
        ("evening", &s.evening, true),
    ] {
        if !(may_be_empty && value.is_empty()) && rules::parse_hhmm(value).is_none() {
            check.at(
                &format!("scenario.{key}"),
                format!("`{key}` must look like 07:30"),
            );
        }
    }
    if let (Some(start), Some(end)) = (
        rules::parse_hhmm(&s.work_start),
        rules::parse_hhmm(&s.work_end),
    ) && start >= end
    {
        check.at(
            "scenario.work_end",
            "`work_end` must come after `work_start`",
        );
    }
    if s.late_bands.is_empty() {
        check.at(
            "scenario.late_bands",
            "`late_bands` needs at least one band",
        );
    }
    if s.late_bands
        .windows(2)
        .any(|w| w[0].up_to_min >= w[1].up_to_min)
        || s.late_bands.first().is_some_and(|b| b.up_to_min == 0)
    {
        check.at(
            "scenario.late_bands",
            "`up_to_min` of the bands must be more than 0 and grow from band to band",
        );
    }
    let mut dates = std::collections::BTreeSet::new();
    for (i, h) in s.history.iter().enumerate() {
        let p = format!("scenario.history[{i}]");
        match rules::parse_iso_date(&h.date) {
            None => check.at(&format!("{p}.date"), "`date` must look like 2025-06-02"),
            Some(d) if today.is_some_and(|t| d >= t) => {
                check.at(&format!("{p}.date"), "history days must come before `date`")
            }
            Some(_) => {}
        }
        if !dates.insert(h.date.as_str()) {
            check.at(&format!("{p}.date"), format!("duplicate day `{}`", h.date));
        }
        for (key, value) in [("in", &h.check_in), ("out", &h.check_out)] {
            if !value.is_empty() && rules::parse_hhmm(value).is_none() {
                check.at(
                    &format!("{p}.{key}"),
                    format!("`{key}` must look like 07:30 or be empty"),
                );
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, r) in s.requests.iter().enumerate() {
        let p = format!("scenario.requests[{i}]");
        if !seen.insert(r.id.as_str()) {
            check.at(
                &format!("{p}.id"),
                format!("duplicate request id `{}`", r.id),
            );
        }
        match (rules::parse_iso_date(&r.from), rules::parse_iso_date(&r.to)) {
            (Some(from), Some(to)) if from <= to => {}
            (Some(_), Some(_)) => check.at(&format!("{p}.to"), "`to` must not be before `from`"),
            _ => check.at(&p, "`from` and `to` must look like 2025-06-02"),
        }
    }
}

/// The Fluent ids in a dokumen scenario table: the incoming letter's texts and those of
/// the webmail beside it.
fn dokumen_ids<'a>(table: &'a toml::Table, ids: &mut Vec<(String, &'a str)>) {
    if let Some(toml::Value::Table(incoming)) = table.get("incoming") {
        for (key, value) in incoming {
            if let toml::Value::String(id) = value {
                ids.push((format!("scenario.incoming.{key}"), id));
            }
        }
    }
    if let Some(toml::Value::Table(mail)) = table.get("email") {
        email_ids(mail, "scenario.email", ids);
    }
}

/// What serde cannot check in a dokumen scenario: letter keys, the NIP, the files the
/// scenario refers to, what each mode needs, and the webmail beside it.
fn check_dokumen(check: &mut FileCheck<'_>, s: &dokumen::Scenario) {
    use dokumen::{Mode, letter};
    for (key, value) in &s.letter {
        if !letter::FIELDS.contains(&key.as_str()) {
            check.at(
                &format!("scenario.letter.{key}"),
                format!(
                    "unknown letter field `{key}` (known: {})",
                    letter::FIELDS.join(", ")
                ),
            );
        } else if key == "nip" && !value.trim().is_empty() && !letter::nip_ok(value) {
            check.at("scenario.letter.nip", "`nip` must be 18 digits");
        }
    }
    if !s.letter.is_empty() && !matches!(s.mode, Mode::Letter | Mode::Tte) {
        check.at(
            "scenario.letter",
            "`letter` belongs to mode \"letter\" (to fill in) or \"tte\" (to sign)",
        );
    }
    if s.mode == Mode::Disposisi && s.incoming.is_none() {
        check.at(
            "scenario",
            "mode \"disposisi\" needs `incoming` (the letter to dispose)",
        );
    }
    if s.mode == Mode::Disposisi && s.positions.is_empty() {
        check.at("scenario.positions", "`positions` must not be empty");
    }
    if s.mode == Mode::Tte && s.tte_registered && s.passphrase.is_empty() {
        check.at(
            "scenario.passphrase",
            "mode \"tte\" needs `passphrase` (what the signing dialog accepts)",
        );
    }
    if s.document_name.trim().is_empty() {
        check.at(
            "scenario.document_name",
            "`document_name` must not be empty",
        );
    }
    for (i, f) in s.files.iter().enumerate() {
        if crate::sim::files::check_name(&f.name).is_err() {
            check.at(
                &format!("scenario.files[{i}].name"),
                format!("`{}` is not a usable file name", f.name),
            );
        }
    }
    for (i, r) in s.recent.iter().enumerate() {
        let found = r.rsplit_once('/').is_some_and(|(folder, name)| {
            s.files.iter().any(|f| f.folder == folder && f.name == name)
        });
        if !found {
            check.at(
                &format!("scenario.recent[{i}]"),
                format!("`{r}` must be \"folder/name\" of a file in `files`"),
            );
        }
    }
    if let Some(saved) = &s.saved_as {
        let format = crate::sim::files::format_of(&saved.name);
        if format != "docx" && format != "pdf" {
            check.at(
                "scenario.saved_as.name",
                "`saved_as.name` must end in .docx or .pdf",
            );
        }
    }
    if let Some(mail) = &s.email {
        check_email(check, "scenario.email", mail);
    }
}

/// Checks a goal or mistake table against the event contract.
fn matcher(
    check: &mut FileCheck<'_>,
    path: &str,
    table: &toml::Table,
    sim: Option<&str>,
) -> Option<Matcher> {
    let Some(toml::Value::String(event)) = table.get("event") else {
        check.at(path, "needs `event` (the name of a simulator event)");
        return None;
    };
    let Some(spec) = contract::event(event) else {
        check.at(&format!("{path}.event"), format!("unknown event `{event}`"));
        return None;
    };
    if sim.is_some_and(|s| !spec.comes_from(s)) {
        check.at(
            &format!("{path}.event"),
            format!("event `{event}` does not come from this lesson's simulator"),
        );
    }
    let mut fields = BTreeMap::new();
    let mut ok = true;
    for (key, value) in table.iter().filter(|(k, _)| *k != "event") {
        let fp = format!("{path}.{key}");
        let Some(ty) = spec.field(key) else {
            check.at(&fp, format!("event `{event}` has no field `{key}`"));
            ok = false;
            continue;
        };
        let v = match (ty, value) {
            (contract::FieldType::Text | contract::FieldType::List, toml::Value::String(s)) => {
                Value::Text(s.clone())
            }
            (contract::FieldType::Int, toml::Value::Integer(i)) => Value::Int(*i),
            (contract::FieldType::Bool, toml::Value::Boolean(b)) => Value::Bool(*b),
            (ty, _) => {
                check.at(
                    &fp,
                    format!("field `{key}` of `{event}` must be {}", type_name(ty)),
                );
                ok = false;
                continue;
            }
        };
        fields.insert(key.clone(), v);
    }
    ok.then(|| Matcher {
        event: event.clone(),
        fields,
    })
}

fn type_name(ty: contract::FieldType) -> &'static str {
    match ty {
        contract::FieldType::Text => "a string",
        contract::FieldType::Int => "an integer",
        contract::FieldType::Bool => "true or false",
        contract::FieldType::List => "a string (matched against each item)",
    }
}

/// Every referenced Fluent id must exist in every locale.
fn check_ids(check: &mut FileCheck<'_>, catalog: &Catalog, refs: &[(&str, &str)]) {
    for (path, id) in refs {
        for lang in catalog.missing_in(id) {
            check.at(
                path,
                format!("Fluent message `{id}` is missing in locale `{lang}`"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fallback_id;

    #[test]
    fn fallback_id_strips_the_number() {
        assert_eq!(fallback_id("dasar", "01-klik.toml"), "dasar.klik");
        assert_eq!(fallback_id("dasar", "klik-ganda.toml"), "dasar.klik-ganda");
    }
}

#[cfg(test)]
mod dokumen_tests {
    use super::super::model::Scenario;
    use super::super::source::{ContentFiles, SourceFile};
    use crate::i18n::Catalog;

    fn source(origin: &str, text: &str) -> SourceFile {
        SourceFile {
            origin: origin.into(),
            name: origin.rsplit('/').next().unwrap_or(origin).into(),
            text: text.into(),
            overlay: false,
        }
    }

    const FTL: &str = "m-t = T\nm-s = S\nl-t = T\nl-s = S\nl-do = Do\n\
        in-from = A\nin-number = B\nin-date = C\nin-subject = D\nin-body = E\n\
        mail-subject = F\nmail-body = G\n";

    /// Parses one dokumen lesson with this `[scenario]` body and step goal; the problems.
    fn problems(scenario: &str, goal: &str) -> (Vec<String>, Option<Scenario>) {
        let mut files = ContentFiles::default();
        files.modules.insert(
            "dokumen".into(),
            vec![source(
                "dokumen/module.toml",
                "id = \"dokumen\"\norder = 3\ntitle = \"m-t\"\nsummary = \"m-s\"\n",
            )],
        );
        let lesson = format!(
            "id = \"dokumen.x\"\ntitle = \"l-t\"\nsummary = \"l-s\"\nminutes = 5\n\
             [[steps]]\nkind = \"do\"\ntext = \"l-do\"\ngoal = {goal}\n\
             [scenario]\nsim = \"dokumen\"\n{scenario}\n"
        );
        files
            .lessons
            .insert("dokumen".into(), vec![source("dokumen/01-x.toml", &lesson)]);
        for lang in ["id", "en"] {
            files
                .locales
                .insert(lang.into(), vec![source(&format!("{lang}/d.ftl"), FTL)]);
        }
        let mut problems = Vec::new();
        let catalog = Catalog::from_files(&files.locales, &mut problems);
        let course = super::course(&files, &catalog, &mut problems);
        let scenario = course
            .modules
            .first()
            .and_then(|m| m.lessons.first())
            .and_then(|e| e.lesson.as_ref())
            .map(|l| l.scenario.clone());
        (
            problems.iter().map(|p| p.message.clone()).collect(),
            scenario,
        )
    }

    const SAVED: &str = "{ event = \"dokumen.saved\", default_name = false }";

    #[test]
    fn a_good_dokumen_lesson_parses_with_its_defaults() {
        let (p, s) = problems(
            "mode = \"letter\"\npaper = \"f4\"\nletter = { nomor = \"1\" }",
            SAVED,
        );
        assert_eq!(p, Vec::<String>::new());
        let Some(Scenario::Dokumen(s)) = s else {
            panic!("not a dokumen scenario: {s:?}")
        };
        assert_eq!(s.paper, crate::sim::dokumen::Paper::F4);
        assert_eq!(s.min_words, 10);
        assert_eq!(s.document_name, "Dokumen1");
        assert_eq!(s.kop.len(), 3);
        assert_eq!(s.positions.len(), 4);
        assert!(s.tte_registered);
    }

    #[test]
    fn what_serde_cannot_check_is_reported() {
        let cases = [
            ("paper = \"a5\"", "unknown variant"),
            ("mode = \"excel\"", "unknown variant"),
            ("colour = 1", "unknown field"),
            (
                "mode = \"letter\"\nletter = { nomer = \"1\" }",
                "unknown letter field `nomer`",
            ),
            (
                "mode = \"letter\"\nletter = { nip = \"123\" }",
                "`nip` must be 18 digits",
            ),
            ("letter = { nomor = \"1\" }", "belongs to mode"),
            ("mode = \"disposisi\"", "needs `incoming`"),
            ("mode = \"tte\"", "needs `passphrase`"),
            (
                "recent = [\"dokumen/Hilang.docx\"]",
                "must be \"folder/name\"",
            ),
            (
                "saved_as = { folder = \"dokumen\", name = \"A.txt\" }",
                ".docx or .pdf",
            ),
            (
                "mode = \"disposisi\"\nincoming = { from = \"in-from\", number = \"in-number\", date = \"in-date\", subject = \"in-subject\", body = \"nope\" }",
                "`nope` is missing",
            ),
            (
                "[scenario.email]\naddress = \"budi\"\npassword = \"x\"",
                "must be an email address",
            ),
            (
                "[scenario.email]\naddress = \"budi@x.go.id\"\npassword = \"x\"\nmessages = [{ id = \"m\", from = \"a@x.go.id\", name = \"A\", subject = \"mail-subject\", body = \"nope2\", received = \"2025-05-20T08:15\" }]",
                "`nope2` is missing",
            ),
        ];
        for (scenario, expected) in cases {
            let (p, _) = problems(scenario, SAVED);
            assert!(
                p.iter().any(|m| m.contains(expected)),
                "{scenario}: expected `{expected}` in {p:?}"
            );
        }
    }

    #[test]
    fn a_dokumen_lesson_accepts_webmail_and_disk_events_but_not_dasar() {
        let mail = "[scenario.email]\naddress = \"budi@x.go.id\"\npassword = \"x\"";
        for goal in [
            "{ event = \"email.attachment_added\", format = \"pdf\" }",
            "{ event = \"files.folder_opened\", folder = \"dokumen\" }",
            "{ event = \"dokumen.disposition_sent\", instruction = \"hadiri\" }",
        ] {
            assert_eq!(problems(mail, goal).0, Vec::<String>::new(), "{goal}");
        }
        let (p, _) = problems("", "{ event = \"dasar.clicked\" }");
        assert!(p.iter().any(|m| m.contains("does not come from")), "{p:?}");
    }
}

#[cfg(test)]
mod skill_check_tests {
    use super::super::source::{ContentFiles, SourceFile};
    use crate::i18n::Catalog;

    fn source(origin: &str, text: &str) -> SourceFile {
        SourceFile {
            origin: origin.into(),
            name: origin.rsplit('/').next().unwrap_or(origin).into(),
            text: text.into(),
            overlay: false,
        }
    }

    /// Problems of a module with a lesson `dasar.klik` and the skill check whose steps are
    /// `steps` (TOML), and the module's pass mark.
    fn check(module_extra: &str, steps: &str) -> (Vec<String>, u32) {
        let ftl = "m-t = T\nm-s = S\nl-t = T\nl-s = S\nl-do = Do\nl-h = H\n";
        let mut files = ContentFiles::default();
        files.modules.insert(
            "dasar".into(),
            vec![source(
                "dasar/module.toml",
                &format!(
                    "id = \"dasar\"\norder = 0\ntitle = \"m-t\"\nsummary = \"m-s\"\n{module_extra}"
                ),
            )],
        );
        let head = "title = \"l-t\"\nsummary = \"l-s\"\nminutes = 5\n\
                    [scenario]\nsim = \"dasar\"\nboard = \"targets\"\n";
        let klik = format!(
            "id = \"dasar.klik\"\n{head}[[steps]]\nkind = \"do\"\ntext = \"l-do\"\n\
             goal = {{ event = \"dasar.clicked\" }}\nhints = [\"l-h\"]\n"
        );
        let uji = format!("id = \"dasar.uji-kemampuan\"\n{head}{steps}");
        files.lessons.insert(
            "dasar".into(),
            vec![
                source("dasar/01-klik.toml", &klik),
                source("dasar/06-uji-kemampuan.toml", &uji),
            ],
        );
        for lang in ["id", "en"] {
            files
                .locales
                .insert(lang.into(), vec![source(&format!("{lang}/d.ftl"), ftl)]);
        }
        let mut problems = Vec::new();
        let catalog = Catalog::from_files(&files.locales, &mut problems);
        let course = super::course(&files, &catalog, &mut problems);
        let pass = course.modules.first().map_or(0, |m| m.pass_mark);
        (problems.iter().map(|p| p.message.clone()).collect(), pass)
    }

    const DO: &str =
        "[[steps]]\nkind = \"do\"\ntext = \"l-do\"\ngoal = { event = \"dasar.clicked\" }\n";

    #[test]
    fn a_skill_check_gives_no_hints_points_at_nothing_and_names_its_lessons() {
        let (p, pass) = check("", &format!("{DO}practice = \"dasar.klik\"\n"));
        assert_eq!(
            (p, pass),
            (Vec::<String>::new(), 85),
            "the default pass mark"
        );
        let (_, pass) = check(
            "pass_mark = 90\n",
            &format!("{DO}practice = \"dasar.klik\"\n"),
        );
        assert_eq!(pass, 90);
        let cases = [
            (
                format!("{DO}practice = \"dasar.klik\"\nhints = [\"l-h\"]\n"),
                "steps[0].hints: a skill check gives no hints",
            ),
            (
                format!("{DO}practice = \"dasar.klik\"\nhighlight = \"target-a\"\n"),
                "steps[0].highlight: a skill check points at nothing",
            ),
            (DO.to_owned(), "needs `practice`"),
            (
                format!("{DO}practice = \"dasar.seret\"\n"),
                "`dasar.seret` is not a lesson of the module `dasar`",
            ),
        ];
        for (steps, expected) in cases {
            let (p, _) = check("", &steps);
            assert!(
                p.iter().any(|m| m.contains(expected)),
                "expected `{expected}` in {p:?}"
            );
        }
        let (p, _) = check(
            "pass_mark = 0\n",
            &format!("{DO}practice = \"dasar.klik\"\n"),
        );
        assert!(p.iter().any(|m| m.contains("from 1 to 100")), "{p:?}");
    }
}
