//! The "dasar" practice area: a board for mouse and keyboard basics.
//!
//! One lesson may use several boards (targets, folders, drag, scroll, typing, windows);
//! the scenario lists the objects of each, and a step may switch the board. Every action
//! gives at most one event of the contract (`dasar.*`, see `sim::contract`).
//!
//! Double-clicks are decided here, not by the toolkit, so that they can be forgiving:
//! two clicks on the same object within [`DOUBLE_CLICK_MS`] count, however slow the hand.
//! The caller passes the time of each click, which keeps this module pure and testable.

use super::SimEvent;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Two clicks on one object within this many milliseconds are a double-click.
/// The usual desktop setting is 400–500 ms; older hands need more.
pub const DOUBLE_CLICK_MS: u64 = 800;

/// Scrolling past this share of the page counts as having reached its end.
const END_OF_PAGE: f32 = 0.97;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Board {
    #[default]
    Targets,
    Folders,
    Drag,
    Scroll,
    Typing,
    Windows,
    /// Three places where the mouse pointer changes shape: a link (hand), a box for typing
    /// (I-beam) and a task still running (busy). The learner only moves the mouse over them.
    Pointers,
}

/// A shape of the mouse pointer the learner is shown on the `pointers` board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    /// Over a link or button: something to click.
    Hand,
    /// Over a place to type: the I-beam.
    Text,
    /// While the computer works: the turning circle or hourglass.
    Busy,
}

impl Shape {
    pub const ALL: [Shape; 3] = [Shape::Hand, Shape::Text, Shape::Busy];

    /// The name in `dasar.pointer_seen` and in highlight ids (`pointer-hand`).
    pub fn key(self) -> &'static str {
        match self {
            Shape::Hand => "hand",
            Shape::Text => "text",
            Shape::Busy => "busy",
        }
    }
}

/// Where a lesson's practice area starts: the objects of every board it uses.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    #[serde(default)]
    pub board: Board,
    #[serde(default)]
    pub targets: Vec<Target>,
    #[serde(default)]
    pub folders: Vec<Folder>,
    #[serde(default)]
    pub items: Vec<Labelled>,
    #[serde(default)]
    pub drop_targets: Vec<Labelled>,
    /// Fluent ids of the paragraphs of the long page.
    #[serde(default)]
    pub page: Vec<String>,
    #[serde(default)]
    pub fields: Vec<Field>,
    #[serde(default)]
    pub windows: Vec<Window>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub id: String,
    pub label: String,
    /// Side of the square target in pixels.
    pub size: u16,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Folder {
    pub id: String,
    pub label: String,
    /// Fluent ids of the file names shown inside.
    #[serde(default)]
    pub files: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labelled {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub id: String,
    pub label: String,
    /// Text already in the box (e.g. a typo to correct). Literal, not a Fluent id.
    #[serde(default)]
    pub initial: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    pub id: String,
    pub title: String,
    pub body: String,
}

/// How an open pretend window is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum WindowMode {
    Normal,
    Maximised,
    Minimised,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpenWindow {
    pub id: String,
    pub mode: WindowMode,
}

/// A learner's action on the board.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    ShowBoard(Board),
    /// The mouse pointer came over a place of the `pointers` board and took its shape.
    PointerSeen(Shape),
    ClickTarget(String),
    ClickBoard,
    /// A left click on a folder at a time in milliseconds (any monotonic clock).
    ClickFolder {
        id: String,
        at_ms: u64,
    },
    RightClickFolder(String),
    /// "Buka" in the right-click menu.
    MenuOpen,
    CloseMenu,
    FolderBack,
    DragStart(String),
    DropOn(String),
    DropNowhere,
    /// The page was scrolled; `relative` is 0.0 at the top and 1.0 at the end.
    Scrolled(f32),
    ClickEnd,
    Edit {
        field: String,
        text: String,
    },
    Submit(String),
    ClickIcon {
        id: String,
        at_ms: u64,
    },
    Minimise(String),
    Maximise(String),
    Restore(String),
    Close(String),
    FocusWindow(String),
    Taskbar(String),
}

/// The state of the practice area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dasar {
    pub scenario: Scenario,
    pub board: Board,
    /// Targets already hit.
    pub hit: Vec<String>,
    pub selected: Option<String>,
    pub open_folder: Option<String>,
    pub menu_for: Option<String>,
    pub dragging: Option<String>,
    /// Where each dropped item now lies.
    pub placed: BTreeMap<String, String>,
    pub reached_end: bool,
    pub values: BTreeMap<String, String>,
    /// Open windows, back to front (the last one is in front).
    pub windows: Vec<OpenWindow>,
    #[serde(skip)]
    last_click: Option<(String, u64)>,
}

impl Dasar {
    pub fn new(scenario: Scenario) -> Self {
        let values = scenario
            .fields
            .iter()
            .map(|f| (f.id.clone(), f.initial.clone()))
            .collect();
        Self {
            board: scenario.board,
            scenario,
            hit: Vec::new(),
            selected: None,
            open_folder: None,
            menu_for: None,
            dragging: None,
            placed: BTreeMap::new(),
            reached_end: false,
            values,
            windows: Vec::new(),
            last_click: None,
        }
    }

    /// The window in front, if any is shown (not minimised).
    pub fn front_window(&self) -> Option<&OpenWindow> {
        self.windows
            .iter()
            .rev()
            .find(|w| w.mode != WindowMode::Minimised)
    }

    pub fn value(&self, field: &str) -> &str {
        self.values.get(field).map(String::as_str).unwrap_or("")
    }

    /// Applies one action; returns the event it caused, if any.
    pub fn update(&mut self, action: Action) -> Option<SimEvent> {
        match action {
            Action::ShowBoard(board) => {
                self.board = board;
                self.menu_for = None;
                self.dragging = None;
                None
            }
            Action::ClickTarget(id) => {
                if !self.hit.contains(&id) {
                    self.hit.push(id.clone());
                }
                Some(SimEvent::new("dasar.clicked").with("target", id))
            }
            Action::ClickBoard => Some(SimEvent::new("dasar.missed")),
            Action::PointerSeen(shape) => (self.board == Board::Pointers)
                .then(|| SimEvent::new("dasar.pointer_seen").with("shape", shape.key())),
            Action::ClickFolder { id, at_ms } => Some(self.click_folder(id, at_ms)),
            Action::RightClickFolder(id) => {
                self.selected = Some(id.clone());
                self.menu_for = Some(id.clone());
                Some(SimEvent::new("dasar.menu_opened").with("target", id))
            }
            Action::MenuOpen => {
                let id = self.menu_for.take()?;
                Some(self.open(id, "menu"))
            }
            Action::CloseMenu => {
                self.menu_for = None;
                None
            }
            Action::FolderBack => {
                let id = self.open_folder.take()?;
                Some(SimEvent::new("dasar.folder_closed").with("folder", id))
            }
            Action::DragStart(item) => {
                self.dragging = Some(item);
                None
            }
            Action::DropOn(target) => {
                let item = self.dragging.take()?;
                self.placed.insert(item.clone(), target.clone());
                Some(
                    SimEvent::new("dasar.dropped")
                        .with("item", item)
                        .with("target", target),
                )
            }
            Action::DropNowhere => {
                let item = self.dragging.take()?;
                Some(SimEvent::new("dasar.drop_missed").with("item", item))
            }
            Action::Scrolled(relative) => {
                if relative >= END_OF_PAGE && !self.reached_end {
                    self.reached_end = true;
                    Some(SimEvent::new("dasar.reached_end"))
                } else {
                    None
                }
            }
            Action::ClickEnd => {
                Some(SimEvent::new("dasar.clicked").with("target", "akhir-halaman"))
            }
            Action::Edit { field, text } => {
                self.values.insert(field, text);
                None
            }
            Action::Submit(field) => Some(self.submit(field)),
            Action::ClickIcon { id, at_ms } => self.click_icon(id, at_ms),
            Action::Minimise(id) => self
                .set_mode(&id, WindowMode::Minimised)
                .then(|| SimEvent::new("dasar.window_minimised").with("window", id)),
            Action::Maximise(id) => {
                let ok = self.set_mode(&id, WindowMode::Maximised);
                ok.then(|| {
                    self.raise(&id);
                    SimEvent::new("dasar.window_maximised").with("window", id)
                })
            }
            Action::Restore(id) => {
                let ok = self.set_mode(&id, WindowMode::Normal);
                ok.then(|| {
                    self.raise(&id);
                    SimEvent::new("dasar.window_restored").with("window", id)
                })
            }
            Action::Close(id) => {
                let before = self.windows.len();
                self.windows.retain(|w| w.id != id);
                (self.windows.len() < before)
                    .then(|| SimEvent::new("dasar.window_closed").with("window", id))
            }
            Action::FocusWindow(id) => {
                if self.front_window().is_some_and(|w| w.id == id) {
                    return None;
                }
                self.raise(&id)
                    .then(|| SimEvent::new("dasar.window_focused").with("window", id))
            }
            Action::Taskbar(id) => {
                let mode = self.windows.iter().find(|w| w.id == id)?.mode;
                if mode == WindowMode::Minimised {
                    self.update(Action::Restore(id))
                } else {
                    self.update(Action::FocusWindow(id))
                }
            }
        }
    }

    /// A click on a folder selects it; a second click on it soon after opens it.
    fn click_folder(&mut self, id: String, at_ms: u64) -> SimEvent {
        self.menu_for = None;
        let double = matches!(&self.last_click,
            Some((last, t)) if *last == id && at_ms.saturating_sub(*t) <= DOUBLE_CLICK_MS);
        if double {
            self.last_click = None;
            self.open(id, "double_click")
        } else {
            self.last_click = Some((id.clone(), at_ms));
            self.selected = Some(id.clone());
            SimEvent::new("dasar.clicked").with("target", id)
        }
    }

    /// What was typed in `field`, with what the goals look at: length, digits, capitals.
    fn submit(&self, field: String) -> SimEvent {
        let text = self.value(&field).to_owned();
        let length = i64::try_from(text.chars().count()).unwrap_or(i64::MAX);
        let digits_only = !text.is_empty() && text.chars().all(|c| c.is_ascii_digit());
        let has_capital = text.chars().any(char::is_uppercase);
        SimEvent::new("dasar.text_submitted")
            .with("field", field)
            .with("text", text)
            .with("length", length)
            .with("digits_only", digits_only)
            .with("has_capital", has_capital)
    }

    /// A double click on a desktop icon opens its window in front (an open one comes to the
    /// front).
    fn click_icon(&mut self, id: String, at_ms: u64) -> Option<SimEvent> {
        let double = matches!(&self.last_click,
            Some((last, t)) if *last == id && at_ms.saturating_sub(*t) <= DOUBLE_CLICK_MS);
        if !double {
            self.last_click = Some((id, at_ms));
            return None;
        }
        self.last_click = None;
        if !self.scenario.windows.iter().any(|w| w.id == id) {
            return None;
        }
        self.windows.retain(|w| w.id != id);
        self.windows.push(OpenWindow {
            id: id.clone(),
            mode: WindowMode::Normal,
        });
        Some(SimEvent::new("dasar.window_opened").with("window", id))
    }

    fn open(&mut self, id: String, via: &str) -> SimEvent {
        self.open_folder = Some(id.clone());
        self.selected = None;
        SimEvent::new("dasar.folder_opened")
            .with("folder", id)
            .with("via", via)
    }

    fn set_mode(&mut self, id: &str, mode: WindowMode) -> bool {
        match self.windows.iter_mut().find(|w| w.id == id) {
            Some(w) if w.mode != mode => {
                w.mode = mode;
                true
            }
            _ => false,
        }
    }

    /// Moves a window to the front; false if it is not open.
    fn raise(&mut self, id: &str) -> bool {
        let Some(pos) = self.windows.iter().position(|w| w.id == id) else {
            return false;
        };
        let w = self.windows.remove(pos);
        self.windows.push(w);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::Value;

    fn scenario() -> Scenario {
        Scenario {
            board: Board::Folders,
            folders: vec![Folder {
                id: "surat".into(),
                label: "x".into(),
                files: vec![],
            }],
            fields: vec![Field {
                id: "nip".into(),
                label: "x".into(),
                initial: "Kantor Cammat".into(),
            }],
            windows: vec![
                Window {
                    id: "a".into(),
                    title: "x".into(),
                    body: "x".into(),
                },
                Window {
                    id: "b".into(),
                    title: "x".into(),
                    body: "x".into(),
                },
            ],
            ..Scenario::default()
        }
    }

    fn name(e: Option<SimEvent>) -> String {
        e.map(|e| e.name).unwrap_or_default()
    }

    #[test]
    fn one_click_selects_and_a_slow_second_click_still_opens() {
        let mut d = Dasar::new(scenario());
        let first = d.update(Action::ClickFolder {
            id: "surat".into(),
            at_ms: 1_000,
        });
        assert_eq!(name(first), "dasar.clicked");
        assert_eq!(d.selected.as_deref(), Some("surat"));
        assert_eq!(d.open_folder, None);
        let second = d.update(Action::ClickFolder {
            id: "surat".into(),
            at_ms: 1_750,
        });
        let second = second.expect("event");
        assert_eq!(second.name, "dasar.folder_opened");
        assert_eq!(second.fields["via"], Value::Text("double_click".into()));
        assert_eq!(d.open_folder.as_deref(), Some("surat"));
    }

    #[test]
    fn two_clicks_far_apart_are_two_single_clicks() {
        let mut d = Dasar::new(scenario());
        d.update(Action::ClickFolder {
            id: "surat".into(),
            at_ms: 0,
        });
        let e = d.update(Action::ClickFolder {
            id: "surat".into(),
            at_ms: 2_000,
        });
        assert_eq!(name(e), "dasar.clicked");
        assert_eq!(d.open_folder, None);
    }

    #[test]
    fn right_click_menu_opens_the_folder() {
        let mut d = Dasar::new(scenario());
        assert_eq!(
            name(d.update(Action::RightClickFolder("surat".into()))),
            "dasar.menu_opened"
        );
        let e = d.update(Action::MenuOpen).expect("event");
        assert_eq!(e.fields["via"], Value::Text("menu".into()));
        assert_eq!(d.menu_for, None);
        assert_eq!(name(d.update(Action::FolderBack)), "dasar.folder_closed");
        assert_eq!(d.open_folder, None);
        // "Buka" without a menu does nothing.
        assert_eq!(d.update(Action::MenuOpen), None);
    }

    #[test]
    fn drag_and_drop() {
        let mut d = Dasar::new(scenario());
        assert_eq!(
            d.update(Action::DropOn("arsip".into())),
            None,
            "nothing held"
        );
        d.update(Action::DragStart("undangan".into()));
        let e = d.update(Action::DropOn("arsip".into())).expect("event");
        assert_eq!(e.name, "dasar.dropped");
        assert_eq!(d.placed["undangan"], "arsip");
        d.update(Action::DragStart("laporan".into()));
        assert_eq!(name(d.update(Action::DropNowhere)), "dasar.drop_missed");
        assert_eq!(d.dragging, None);
    }

    #[test]
    fn reaching_the_end_of_the_page_is_reported_once() {
        let mut d = Dasar::new(scenario());
        assert_eq!(d.update(Action::Scrolled(0.5)), None);
        assert_eq!(name(d.update(Action::Scrolled(1.0))), "dasar.reached_end");
        assert_eq!(d.update(Action::Scrolled(1.0)), None);
    }

    #[test]
    fn submitted_text_carries_derived_fields() {
        let mut d = Dasar::new(scenario());
        assert_eq!(
            d.value("nip"),
            "Kantor Cammat",
            "initial text is in the box"
        );
        d.update(Action::Edit {
            field: "nip".into(),
            text: "198003152005011002".into(),
        });
        let e = d.update(Action::Submit("nip".into())).expect("event");
        assert_eq!(e.fields["length"], Value::Int(18));
        assert_eq!(e.fields["digits_only"], Value::Bool(true));
        assert_eq!(e.fields["has_capital"], Value::Bool(false));
        d.update(Action::Edit {
            field: "nip".into(),
            text: "Siti".into(),
        });
        let e = d.update(Action::Submit("nip".into())).expect("event");
        assert_eq!(e.fields["digits_only"], Value::Bool(false));
        assert_eq!(e.fields["has_capital"], Value::Bool(true));
    }

    #[test]
    fn windows_open_minimise_restore_focus_close() {
        let mut d = Dasar::new(scenario());
        assert_eq!(
            d.update(Action::ClickIcon {
                id: "a".into(),
                at_ms: 0
            }),
            None
        );
        assert_eq!(
            name(d.update(Action::ClickIcon {
                id: "a".into(),
                at_ms: 300
            })),
            "dasar.window_opened"
        );
        d.update(Action::ClickIcon {
            id: "b".into(),
            at_ms: 5_000,
        });
        d.update(Action::ClickIcon {
            id: "b".into(),
            at_ms: 5_100,
        });
        assert_eq!(d.front_window().map(|w| w.id.as_str()), Some("b"));
        assert_eq!(
            name(d.update(Action::FocusWindow("a".into()))),
            "dasar.window_focused"
        );
        assert_eq!(d.front_window().map(|w| w.id.as_str()), Some("a"));
        assert_eq!(
            d.update(Action::FocusWindow("a".into())),
            None,
            "already in front"
        );
        assert_eq!(
            name(d.update(Action::Maximise("a".into()))),
            "dasar.window_maximised"
        );
        assert_eq!(
            name(d.update(Action::Minimise("a".into()))),
            "dasar.window_minimised"
        );
        assert_eq!(d.front_window().map(|w| w.id.as_str()), Some("b"));
        assert_eq!(
            name(d.update(Action::Taskbar("a".into()))),
            "dasar.window_restored"
        );
        assert_eq!(d.front_window().map(|w| w.id.as_str()), Some("a"));
        assert_eq!(
            name(d.update(Action::Close("a".into()))),
            "dasar.window_closed"
        );
        assert_eq!(d.update(Action::Close("a".into())), None);
        assert_eq!(d.windows.len(), 1);
    }
}
