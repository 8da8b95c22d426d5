//! Tuntun's look: colours, sizes and named styles. Views never write colours inline.
//!
//! Sizes are for older eyes on a 1366×768 laptop: body text 24 px, titles 36 px,
//! primary buttons 64 px tall, every click target at least 48 px.

use iced::border::Radius;
use iced::widget::{button, container};
use iced::{Background, Border, Color, Font, Shadow, Theme, font};

mod tools;

pub use tools::*;

pub const FONT_NAME: &str = "Atkinson Hyperlegible";
pub const FONT: Font = Font::with_name(FONT_NAME);
pub const BOLD: Font = Font {
    weight: font::Weight::Bold,
    ..FONT
};
pub const FONT_REGULAR_BYTES: &[u8] =
    include_bytes!("../../../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
pub const FONT_BOLD_BYTES: &[u8] =
    include_bytes!("../../../assets/fonts/AtkinsonHyperlegible-Bold.ttf");

pub const TEXT: f32 = 24.0;
pub const SMALL: f32 = 21.0;
pub const SUBTITLE: f32 = 28.0;
pub const TITLE: f32 = 36.0;
pub const PRIMARY_HEIGHT: f32 = 64.0;
pub const BUTTON_HEIGHT: f32 = 56.0;
/// The smallest click target anywhere, the practice tools included (48×48 px).
pub const MIN_TARGET: f32 = 48.0;
pub const SPACE: f32 = 16.0;
pub const PAD: f32 = 24.0;

/// The colours of one theme. Style functions take them from the `Theme` they are given, so
/// the default and the high-contrast look share every style.
pub struct Colours {
    pub ink: Color,
    pub muted: Color,
    pub paper: Color,
    pub card: Color,
    pub line: Color,
    pub blue_dark: Color,
    pub blue_pale: Color,
    pub blue: Color,
    pub green_pale: Color,
    pub green: Color,
    pub amber_pale: Color,
    pub amber: Color,
    pub red: Color,
    pub orange: Color,
    pub target_hover: Color,
    pub target: Color,
    pub desk: Color,
    pub folder_edge: Color,
    pub folder: Color,
    pub webmail_bar: Color,
    pub side: Color,
    pub link: Color,
    /// The keyboard focus ring: unlike the orange "look here" of a lesson.
    pub focus: Color,
}

/// The default look: warm paper, dark ink, one blue.
pub const DEFAULT: Colours = Colours {
    ink: Color::from_rgb(0.10, 0.10, 0.11),
    muted: Color::from_rgb(0.27, 0.27, 0.30),
    paper: Color::from_rgb(0.98, 0.97, 0.94),
    card: Color::WHITE,
    line: Color::from_rgb(0.55, 0.55, 0.58),
    blue_dark: Color::from_rgb(0.02, 0.22, 0.40),
    blue_pale: Color::from_rgb(0.89, 0.94, 0.99),
    blue: Color::from_rgb(0.04, 0.31, 0.54),
    green_pale: Color::from_rgb(0.89, 0.95, 0.90),
    green: Color::from_rgb(0.10, 0.40, 0.19),
    amber_pale: Color::from_rgb(1.0, 0.96, 0.86),
    amber: Color::from_rgb(0.50, 0.31, 0.0),
    red: Color::from_rgb(0.62, 0.10, 0.10),
    orange: Color::from_rgb(0.85, 0.28, 0.06),
    target_hover: Color::from_rgb(1.0, 0.70, 0.10),
    target: Color::from_rgb(1.0, 0.80, 0.24),
    desk: Color::from_rgb(0.16, 0.36, 0.42),
    folder_edge: Color::from_rgb(0.55, 0.38, 0.05),
    folder: Color::from_rgb(0.93, 0.73, 0.30),
    webmail_bar: Color::from_rgb(0.07, 0.20, 0.36),
    side: Color::from_rgb(0.93, 0.94, 0.96),
    link: Color::from_rgb(0.0, 0.20, 0.60),
    focus: Color::from_rgb(0.42, 0.05, 0.55),
};

/// "Kontras tinggi": black on white, darker accents, for weak eyes and glare.
pub const HIGH_CONTRAST: Colours = Colours {
    ink: Color::BLACK,
    muted: Color::from_rgb(0.13, 0.13, 0.15),
    paper: Color::WHITE,
    card: Color::WHITE,
    line: Color::BLACK,
    blue_dark: Color::from_rgb(0.0, 0.08, 0.25),
    blue_pale: Color::from_rgb(0.90, 0.93, 1.0),
    blue: Color::from_rgb(0.0, 0.16, 0.42),
    green_pale: Color::from_rgb(0.90, 0.97, 0.90),
    green: Color::from_rgb(0.0, 0.30, 0.10),
    amber_pale: Color::from_rgb(1.0, 0.96, 0.80),
    amber: Color::from_rgb(0.36, 0.20, 0.0),
    red: Color::from_rgb(0.50, 0.0, 0.0),
    orange: Color::from_rgb(0.85, 0.20, 0.0),
    target_hover: Color::from_rgb(1.0, 0.85, 0.0),
    target: Color::from_rgb(1.0, 0.93, 0.0),
    desk: Color::from_rgb(0.0, 0.12, 0.16),
    folder_edge: Color::BLACK,
    folder: Color::from_rgb(1.0, 0.80, 0.30),
    webmail_bar: Color::from_rgb(0.0, 0.08, 0.25),
    side: Color::WHITE,
    link: Color::from_rgb(0.0, 0.10, 0.45),
    focus: Color::from_rgb(0.36, 0.0, 0.48),
};

/// The keyboard focus ring's colour in this theme.
pub fn focus_ring(t: &Theme) -> Color {
    c(t).focus
}

/// The colours of the theme being drawn.
fn c(theme: &Theme) -> &'static Colours {
    if theme.palette().text == HIGH_CONTRAST.ink {
        &HIGH_CONTRAST
    } else {
        &DEFAULT
    }
}

pub fn theme() -> Theme {
    themed(false)
}

/// The default theme, or the high-contrast one.
pub fn themed(high_contrast: bool) -> Theme {
    let (name, k) = if high_contrast {
        ("tuntun-high-contrast", &HIGH_CONTRAST)
    } else {
        ("Tuntun", &DEFAULT)
    };
    Theme::custom(
        name,
        iced::theme::Palette {
            background: k.paper,
            text: k.ink,
            primary: k.blue,
            success: k.green,
            warning: k.amber,
            danger: k.red,
        },
    )
}

fn border(color: Color, width: f32, radius: f32) -> Border {
    Border {
        color,
        width,
        radius: Radius::from(radius),
    }
}

fn filled(bg: Color, fg: Color, line: Color, width: f32) -> button::Style {
    button::Style {
        background: Some(Background::Color(bg)),
        text_color: fg,
        border: border(line, width, 10.0),
        shadow: Shadow::default(),
        snap: true,
    }
}

/// A button that cannot be pressed yet, in either look: grey, flat, with no outline, so
/// it never looks like the outlined and filled buttons that can (in "Kontras tinggi" the
/// old paper-and-black look was the same as an enabled one's).
fn disabled() -> button::Style {
    let grey = Color::from_rgb(0.85, 0.85, 0.86);
    filled(grey, Color::from_rgb(0.38, 0.38, 0.40), grey, 0.0)
}

/// The one main action of a screen.
pub fn primary(t: &Theme, status: button::Status) -> button::Style {
    match status {
        button::Status::Disabled => disabled(),
        button::Status::Hovered | button::Status::Pressed => {
            filled(c(t).blue_dark, Color::WHITE, c(t).blue_dark, 2.0)
        }
        button::Status::Active => filled(c(t).blue, Color::WHITE, c(t).blue, 2.0),
    }
}

/// Other actions: outlined, never competing with the primary one.
pub fn secondary(t: &Theme, status: button::Status) -> button::Style {
    match status {
        button::Status::Disabled => disabled(),
        button::Status::Hovered | button::Status::Pressed => {
            filled(c(t).blue_pale, c(t).blue_dark, c(t).blue, 3.0)
        }
        button::Status::Active => filled(c(t).card, c(t).blue_dark, c(t).blue, 3.0),
    }
}

/// A large choice (a learner, a lesson, a quiz answer).
pub fn tile(t: &Theme, status: button::Status) -> button::Style {
    match status {
        button::Status::Hovered | button::Status::Pressed => {
            filled(c(t).blue_pale, c(t).ink, c(t).blue, 3.0)
        }
        button::Status::Disabled => filled(c(t).paper, c(t).muted, c(t).line, 2.0),
        button::Status::Active => filled(c(t).card, c(t).ink, c(t).line, 2.0),
    }
}

/// The current choice among options (a text size, a colour look): outlined thickly.
pub fn option_chosen(t: &Theme, _: button::Status) -> button::Style {
    filled(c(t).blue_pale, c(t).ink, c(t).blue, 4.0)
}

/// A quiz answer the learner chose, right or not yet right.
pub fn tile_chosen(right: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |t: &Theme, _| {
        if right {
            filled(c(t).green_pale, c(t).ink, c(t).green, 4.0)
        } else {
            filled(c(t).amber_pale, c(t).ink, c(t).amber, 4.0)
        }
    }
}

/// A small practice target on the dasar board.
pub fn target(t: &Theme, status: button::Status) -> button::Style {
    // Bright yellow on the dark desk: the easiest pair to find for tired eyes.
    match status {
        button::Status::Hovered | button::Status::Pressed => {
            filled(c(t).target_hover, c(t).ink, c(t).ink, 3.0)
        }
        _ => filled(c(t).target, c(t).ink, c(t).ink, 3.0),
    }
}

pub fn page(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).paper)),
        text_color: Some(c(t).ink),
        ..container::Style::default()
    }
}

pub fn card(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).card)),
        text_color: Some(c(t).ink),
        border: border(c(t).line, 2.0, 12.0),
        ..container::Style::default()
    }
}

pub fn top_bar(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).blue_pale)),
        text_color: Some(c(t).ink),
        border: border(c(t).blue, 0.0, 0.0),
        ..container::Style::default()
    }
}

pub fn feedback_success(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).green_pale)),
        text_color: Some(c(t).ink),
        border: border(c(t).green, 3.0, 12.0),
        ..container::Style::default()
    }
}

pub fn feedback_try_again(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).amber_pale)),
        text_color: Some(c(t).ink),
        border: border(c(t).amber, 3.0, 12.0),
        ..container::Style::default()
    }
}

pub fn hint(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).blue_pale)),
        text_color: Some(c(t).ink),
        border: border(c(t).blue, 2.0, 12.0),
        ..container::Style::default()
    }
}

pub fn error(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color::from_rgb(1.0, 0.93, 0.93))),
        text_color: Some(c(t).ink),
        border: border(c(t).red, 3.0, 12.0),
        ..container::Style::default()
    }
}

/// The thick outline that points at the control to use after the last hint.
pub fn highlight(t: &Theme) -> container::Style {
    container::Style {
        border: border(c(t).orange, 6.0, 14.0),
        ..container::Style::default()
    }
}

/// The same pointing outline for the dense webmail, where a wide frame would crowd it.
pub fn highlight_thin(t: &Theme) -> container::Style {
    container::Style {
        border: border(c(t).orange, 4.0, 10.0),
        ..container::Style::default()
    }
}

/// Dark colours that all carry white bold text well (contrast above 4.5:1).
const AVATARS: [Color; 8] = [
    Color::from_rgb(0.04, 0.31, 0.54),
    Color::from_rgb(0.10, 0.40, 0.19),
    Color::from_rgb(0.55, 0.16, 0.10),
    Color::from_rgb(0.36, 0.20, 0.55),
    Color::from_rgb(0.45, 0.30, 0.02),
    Color::from_rgb(0.02, 0.38, 0.40),
    Color::from_rgb(0.55, 0.10, 0.35),
    Color::from_rgb(0.25, 0.27, 0.30),
];

pub fn avatar(n: usize) -> impl Fn(&Theme) -> container::Style {
    let bg = AVATARS[n % AVATARS.len()];
    move |_: &Theme| container::Style {
        background: Some(Background::Color(bg)),
        text_color: Some(Color::WHITE),
        border: border(bg, 0.0, 32.0),
        ..container::Style::default()
    }
}

/// The dimmed screen behind a question that needs an answer first.
pub fn scrim(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color::from_rgba(0.0, 0.0, 0.0, 0.55))),
        ..container::Style::default()
    }
}

/// The box the PIN dots appear in, framed like a text box.
pub fn pin_box(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).card)),
        text_color: Some(c(t).ink),
        border: border(c(t).ink, 2.0, 8.0),
        ..container::Style::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text colour on every background it is drawn on, and whether the text there is
    /// large (24 px bold or bigger, where WCAG asks 4.5:1 instead of 7:1). A test checks them.
    fn text_pairs(k: &Colours) -> Vec<(&'static str, Color, Color, bool)> {
        let mut pairs = vec![
            ("body text on the page", k.ink, k.paper, false),
            ("body text on a card", k.ink, k.card, false),
            ("muted text on a card", k.muted, k.card, false),
            ("muted text on the page", k.muted, k.paper, false),
            ("secondary button text", k.blue_dark, k.card, false),
            (
                "secondary button text, hovered",
                k.blue_dark,
                k.blue_pale,
                false,
            ),
            ("primary button text", Color::WHITE, k.blue, true),
            (
                "primary button text, hovered",
                Color::WHITE,
                k.blue_dark,
                true,
            ),
            ("text on the top bar and hints", k.ink, k.blue_pale, false),
            ("text in success feedback", k.ink, k.green_pale, false),
            ("text in try-again feedback", k.ink, k.amber_pale, false),
            (
                "text in an error box",
                k.ink,
                Color::from_rgb(1.0, 0.93, 0.93),
                false,
            ),
            ("labels on the practice desk", Color::WHITE, k.desk, false),
            ("text on a practice target", k.ink, k.target, true),
            ("webmail bar", Color::WHITE, k.webmail_bar, false),
            ("webmail side bar", k.ink, k.side, false),
            ("a link in a message", k.link, k.card, false),
            ("the window's title bar", Color::WHITE, k.blue, false),
            // Not text, but it must stand out as much as large text (WCAG asks 3:1).
            (
                "the keyboard focus ring on the page",
                k.focus,
                k.paper,
                true,
            ),
            ("the keyboard focus ring on a card", k.focus, k.card, true),
        ];
        for bg in AVATARS {
            pairs.push(("initials on an avatar", Color::WHITE, bg, true));
        }
        pairs
    }

    /// A disabled button differs from an enabled one in fill, outline and text, in both
    /// looks.
    #[test]
    fn disabled_buttons_look_disabled_in_both_looks() {
        for high in [false, true] {
            let t = themed(high);
            for style in [primary, secondary] {
                let on = style(&t, button::Status::Active);
                let off = style(&t, button::Status::Disabled);
                assert_ne!(
                    on.background, off.background,
                    "fill (high contrast: {high})"
                );
                assert_ne!(
                    on.text_color, off.text_color,
                    "text (high contrast: {high})"
                );
                assert!(
                    (on.border.width - off.border.width).abs() >= 2.0,
                    "outline (high contrast: {high})"
                );
            }
        }
    }

    /// WCAG 2.1 AAA for body text (7:1) and AA for large text (4.5:1), computed from the
    /// colours the styles above really use.
    #[test]
    fn every_text_colour_pair_meets_the_contrast_the_eyes_need() {
        let mut weak = Vec::new();
        for (theme, k) in [("default", &DEFAULT), ("high contrast", &HIGH_CONTRAST)] {
            for (what, fg, bg, large) in text_pairs(k) {
                let need = if large { 4.5 } else { 7.0 };
                let ratio = fg.relative_contrast(bg);
                if ratio < need {
                    weak.push(format!("{theme}, {what}: {ratio:.2}:1, needs {need}:1"));
                }
            }
        }
        assert!(weak.is_empty(), "too little contrast:\n{}", weak.join("\n"));
    }
}

/// A part of the mentor's bar charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bar {
    /// Learners who finished (a module).
    Done,
    /// Learners who are in it.
    Doing,
    /// Learners who have not begun.
    NotStarted,
    /// Minutes of learning on a day.
    Minutes,
}

/// The fill of one part of a bar chart.
pub fn chart_bar(kind: Bar) -> impl Fn(&Theme) -> container::Style {
    move |t| {
        let colour = match kind {
            Bar::Done => c(t).green,
            Bar::Doing => c(t).amber,
            Bar::NotStarted => Color::from_rgb(0.86, 0.87, 0.89),
            Bar::Minutes => c(t).blue,
        };
        container::Style {
            background: Some(Background::Color(colour)),
            border: border(colour, 0.0, 4.0),
            ..container::Style::default()
        }
    }
}
