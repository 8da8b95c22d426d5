//! Idle sign-out on a shared laptop: after N minutes without a click, a key or the wheel,
//! "Masih di sana?" with a one-minute countdown, then back to the sign-in screen.
//!
//! The clock comes in through [`Idle::tick`] (a subscription every second in the app, any
//! instant in tests), so the rule is testable without waiting ten minutes.

use crate::i18n::Translator;
use crate::ui::{theme, widget};
use iced::widget::{center, column, container, opaque};
use iced::{Element, Length};
use std::time::{Duration, Instant};

/// The device setting that holds the minutes (0: never sign out).
pub const SETTING: &str = "idle_minutes";
pub const DEFAULT_MINUTES: u32 = 10;
/// The choices Settings offers.
pub const CHOICES: [u32; 4] = [5, 10, 20, 0];
/// How long "Masih di sana?" shows before the sign-out.
const WARNING: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Fine,
    Warn,
    SignOut,
}

#[derive(Debug)]
pub struct Idle {
    pub minutes: u32,
    last_input: Instant,
    /// Seconds left while the warning shows.
    left: Option<u64>,
}

impl Default for Idle {
    fn default() -> Self {
        Self {
            minutes: DEFAULT_MINUTES,
            last_input: Instant::now(),
            left: None,
        }
    }
}

impl Idle {
    pub fn activity(&mut self, now: Instant) {
        self.last_input = now;
        self.left = None;
    }

    pub fn tick(&mut self, now: Instant) -> Verdict {
        if self.minutes == 0 {
            self.left = None;
            return Verdict::Fine;
        }
        // "5 menit" means: after 5 quiet minutes the question comes, and one more minute
        // without an answer signs out (as README and Settings say).
        let limit = Duration::from_secs(u64::from(self.minutes) * 60) + WARNING;
        let idle = now.saturating_duration_since(self.last_input);
        if idle >= limit {
            self.activity(now); // the next learner starts with a fresh clock
            Verdict::SignOut
        } else if idle + WARNING >= limit {
            self.left = Some((limit - idle).as_secs().max(1));
            Verdict::Warn
        } else {
            self.left = None;
            Verdict::Fine
        }
    }

    /// The countdown, while "Masih di sana?" shows.
    pub fn warning_seconds(&self) -> Option<u64> {
        self.left
    }
}

/// The question over the screen, with one big button.
pub fn still_there<'a>(tr: &Translator, left: u64) -> Element<'a, ()> {
    let card = widget::card(
        column![
            widget::title(tr.tr("idle-title")),
            widget::body(tr.tr_args("idle-text", &[("seconds", left.into())])),
            widget::primary("still-here", tr.tr("idle-yes"), Some(())),
        ]
        .spacing(theme::SPACE),
    )
    .max_width(640);
    opaque(
        container(center(card))
            .width(Length::Fill)
            .height(Length::Fill)
            .style(theme::scrim),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warns_after_the_minutes_chosen_then_signs_out_a_minute_later_and_input_resets() {
        let start = Instant::now();
        let mut idle = Idle {
            minutes: 5,
            ..Idle::default()
        };
        idle.activity(start);
        let at = |s: u64| start + Duration::from_secs(s);
        assert_eq!(idle.tick(at(4 * 60 + 59)), Verdict::Fine, "not before 5:00");
        assert_eq!(idle.tick(at(5 * 60)), Verdict::Warn, "the question at 5:00");
        assert_eq!(idle.warning_seconds(), Some(60));
        assert_eq!(idle.tick(at(5 * 60 + 30)), Verdict::Warn);
        assert_eq!(idle.warning_seconds(), Some(30));
        idle.activity(at(5 * 60 + 40));
        assert_eq!(idle.warning_seconds(), None);
        assert_eq!(idle.tick(at(6 * 60)), Verdict::Fine, "the clock restarted");
        assert_eq!(idle.tick(at(11 * 60 + 39)), Verdict::Warn);
        assert_eq!(
            idle.tick(at(11 * 60 + 40)),
            Verdict::SignOut,
            "at 6:00 of quiet"
        );
        idle.minutes = 0;
        assert_eq!(idle.tick(at(99 * 60)), Verdict::Fine, "0 means never");
    }
}
