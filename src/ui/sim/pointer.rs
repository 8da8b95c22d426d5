//! Which control of a practice tool gets the orange frame.
//!
//! A step may cross screens ("Kembali", then "Presensi Masuk", then "Lanjut"): its lesson
//! names the controls in order, one per screen. The frame must follow the learner: it goes
//! on the last control of that path that is on screen now, so after "Kembali" it moves on
//! to "Presensi Masuk" instead of vanishing with the button that was pressed. Which controls
//! are on screen only the view knows, so the lesson screen builds the view once with a
//! [`Pointer::probe`] (it notes the furthest control of the path that the view draws), then
//! draws it with [`Pointer::Path`] at that control.

use std::cell::Cell;

#[derive(Debug, Clone, Copy)]
pub enum Pointer<'p> {
    /// One control (or none).
    One(Option<&'p str>),
    /// A path of controls; `shown` is lit, and `seen` notes the furthest one drawn.
    Path {
        path: &'p [&'p str],
        shown: Option<usize>,
        seen: &'p Cell<Option<usize>>,
    },
}

impl<'p> From<Option<&'p str>> for Pointer<'p> {
    fn from(id: Option<&'p str>) -> Self {
        Pointer::One(id)
    }
}

impl<'p> Pointer<'p> {
    /// For a view that frames one control: the one pointed at, or `fallback` (the step's
    /// first highlight) for a path.
    pub fn one_or(self, fallback: Option<&'p str>) -> Option<&'p str> {
        match self {
            Pointer::One(id) => id,
            Pointer::Path { .. } => fallback,
        }
    }

    /// For the first build: lights nothing, notes which controls of `path` are drawn.
    pub fn probe(path: &'p [&'p str], seen: &'p Cell<Option<usize>>) -> Self {
        Pointer::Path {
            path,
            shown: None,
            seen,
        }
    }

    /// Whether the control `id`, being drawn now, gets the frame.
    pub fn lit(&self, id: &str) -> bool {
        match *self {
            Pointer::One(one) => one == Some(id),
            Pointer::Path { path, shown, seen } => {
                let Some(i) = path.iter().position(|p| *p == id) else {
                    return false;
                };
                if seen.get().is_none_or(|s| s < i) {
                    seen.set(Some(i));
                }
                shown == Some(i)
            }
        }
    }
}

/// The control of `path` to point at now: the furthest one that `draw` (a view built with
/// the pointer it is given) draws; the first when none is drawn.
pub fn resolve<'p>(path: &'p [&'p str], draw: impl FnOnce(Pointer<'_>)) -> Option<&'p str> {
    let seen = Cell::new(None);
    if path.len() > 1 {
        draw(Pointer::probe(path, &seen));
    }
    path.get(seen.get().unwrap_or(0)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_furthest_drawn_control_of_the_path_is_the_one() {
        let path = ["back", "check-in", "map-next"];
        // The phone's settings: only "back" is drawn.
        assert_eq!(
            resolve(&path, |p| {
                p.lit("auto-time");
                p.lit("back");
            }),
            Some("back")
        );
        // The app's home: "check-in" and others, but no "back".
        assert_eq!(
            resolve(&path, |p| {
                p.lit("history");
                p.lit("check-in");
            }),
            Some("check-in")
        );
        // Nothing of the path drawn: the first, as a single highlight would be.
        assert_eq!(resolve(&path, |_| {}), Some("back"));
        // A single control needs no probe.
        assert_eq!(resolve(&["send"], |_| panic!("not built")), Some("send"));
        assert_eq!(resolve(&[], |_| {}), None);
    }

    #[test]
    fn only_the_shown_control_is_lit() {
        let path = ["back", "check-in"];
        let seen = Cell::new(None);
        let p = Pointer::Path {
            path: &path,
            shown: Some(1),
            seen: &seen,
        };
        assert!(!p.lit("back"));
        assert!(p.lit("check-in"));
        assert!(!p.lit("history"));
        assert!(Pointer::One(Some("x")).lit("x"));
        assert!(!Pointer::One(None).lit("x"));
    }
}
