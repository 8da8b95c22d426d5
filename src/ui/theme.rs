//! Tuntun's look: colours, sizes and named styles. Views never write colours inline.
//!
//! Sizes are for older eyes on a 1366×768 laptop: body text 24 px, titles 36 px,
//! primary buttons 64 px tall, every click target at least 48 px.

use iced::border::Radius;
use iced::widget::{button, container, progress_bar, text_input};
use iced::{Background, Border, Color, Font, Shadow, Theme, font};

pub const FONT_NAME: &str = "Atkinson Hyperlegible";
pub const FONT: Font = Font::with_name(FONT_NAME);
pub const BOLD: Font = Font {
    weight: font::Weight::Bold,
    ..FONT
};
pub const FONT_REGULAR_BYTES: &[u8] =
    include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
pub const FONT_BOLD_BYTES: &[u8] =
    include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Bold.ttf");

pub const TEXT: f32 = 24.0;
pub const SMALL: f32 = 21.0;
pub const SUBTITLE: f32 = 28.0;
pub const TITLE: f32 = 36.0;
pub const PRIMARY_HEIGHT: f32 = 64.0;
pub const BUTTON_HEIGHT: f32 = 56.0;
pub const SPACE: f32 = 16.0;
pub const PAD: f32 = 24.0;

const INK: Color = Color::from_rgb(0.10, 0.10, 0.11);
const MUTED: Color = Color::from_rgb(0.27, 0.27, 0.30);
const PAPER: Color = Color::from_rgb(0.98, 0.97, 0.94);
const CARD: Color = Color::WHITE;
const LINE: Color = Color::from_rgb(0.55, 0.55, 0.58);
const BLUE: Color = Color::from_rgb(0.04, 0.31, 0.54);
const BLUE_DARK: Color = Color::from_rgb(0.02, 0.22, 0.40);
const BLUE_PALE: Color = Color::from_rgb(0.89, 0.94, 0.99);
const GREEN: Color = Color::from_rgb(0.10, 0.40, 0.19);
const GREEN_PALE: Color = Color::from_rgb(0.89, 0.95, 0.90);
const AMBER: Color = Color::from_rgb(0.50, 0.31, 0.0);
const AMBER_PALE: Color = Color::from_rgb(1.0, 0.96, 0.86);
const RED: Color = Color::from_rgb(0.62, 0.10, 0.10);
const ORANGE: Color = Color::from_rgb(0.85, 0.28, 0.06);
const TARGET: Color = Color::from_rgb(1.0, 0.80, 0.24);
const TARGET_HOVER: Color = Color::from_rgb(1.0, 0.70, 0.10);
const DESK: Color = Color::from_rgb(0.16, 0.36, 0.42);

pub fn theme() -> Theme {
    Theme::custom(
        "Tuntun",
        iced::theme::Palette {
            background: PAPER,
            text: INK,
            primary: BLUE,
            success: GREEN,
            warning: AMBER,
            danger: RED,
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

/// The one main action of a screen.
pub fn primary(_: &Theme, status: button::Status) -> button::Style {
    match status {
        button::Status::Disabled => filled(Color::from_rgb(0.80, 0.80, 0.82), MUTED, LINE, 2.0),
        button::Status::Hovered | button::Status::Pressed => {
            filled(BLUE_DARK, Color::WHITE, BLUE_DARK, 2.0)
        }
        button::Status::Active => filled(BLUE, Color::WHITE, BLUE, 2.0),
    }
}

/// Other actions: outlined, never competing with the primary one.
pub fn secondary(_: &Theme, status: button::Status) -> button::Style {
    match status {
        button::Status::Disabled => filled(PAPER, LINE, LINE, 2.0),
        button::Status::Hovered | button::Status::Pressed => {
            filled(BLUE_PALE, BLUE_DARK, BLUE, 3.0)
        }
        button::Status::Active => filled(CARD, BLUE_DARK, BLUE, 3.0),
    }
}

/// A large choice (a learner, a lesson, a quiz answer).
pub fn tile(_: &Theme, status: button::Status) -> button::Style {
    match status {
        button::Status::Hovered | button::Status::Pressed => filled(BLUE_PALE, INK, BLUE, 3.0),
        button::Status::Disabled => filled(PAPER, MUTED, LINE, 2.0),
        button::Status::Active => filled(CARD, INK, LINE, 2.0),
    }
}

/// A quiz answer the learner chose, right or not yet right.
pub fn tile_chosen(right: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_, _| {
        if right {
            filled(GREEN_PALE, INK, GREEN, 4.0)
        } else {
            filled(AMBER_PALE, INK, AMBER, 4.0)
        }
    }
}

/// A small practice target on the dasar board.
pub fn target(_: &Theme, status: button::Status) -> button::Style {
    // Bright yellow on the dark desk: the easiest pair to find for tired eyes.
    match status {
        button::Status::Hovered | button::Status::Pressed => filled(TARGET_HOVER, INK, INK, 3.0),
        _ => filled(TARGET, INK, INK, 3.0),
    }
}

pub fn page(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(PAPER)),
        text_color: Some(INK),
        ..container::Style::default()
    }
}

pub fn card(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(CARD)),
        text_color: Some(INK),
        border: border(LINE, 2.0, 12.0),
        ..container::Style::default()
    }
}

pub fn top_bar(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(BLUE_PALE)),
        text_color: Some(INK),
        border: border(BLUE, 0.0, 0.0),
        ..container::Style::default()
    }
}

pub fn feedback_success(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(GREEN_PALE)),
        text_color: Some(INK),
        border: border(GREEN, 3.0, 12.0),
        ..container::Style::default()
    }
}

pub fn feedback_try_again(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(AMBER_PALE)),
        text_color: Some(INK),
        border: border(AMBER, 3.0, 12.0),
        ..container::Style::default()
    }
}

pub fn hint(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(BLUE_PALE)),
        text_color: Some(INK),
        border: border(BLUE, 2.0, 12.0),
        ..container::Style::default()
    }
}

pub fn error(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color::from_rgb(1.0, 0.93, 0.93))),
        text_color: Some(INK),
        border: border(RED, 3.0, 12.0),
        ..container::Style::default()
    }
}

/// The thick outline that points at the control to use after the last hint.
pub fn highlight(_: &Theme) -> container::Style {
    container::Style {
        border: border(ORANGE, 6.0, 14.0),
        ..container::Style::default()
    }
}

/// The same pointing outline for the dense webmail, where a wide frame would crowd it.
pub fn highlight_thin(_: &Theme) -> container::Style {
    container::Style {
        border: border(ORANGE, 4.0, 10.0),
        ..container::Style::default()
    }
}

/// The practice area's background (a pretend desktop).
pub fn desk(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(DESK)),
        text_color: Some(Color::WHITE),
        border: border(INK, 2.0, 8.0),
        ..container::Style::default()
    }
}

pub fn window_frame(front: bool) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(CARD)),
        text_color: Some(INK),
        border: border(
            if front { BLUE } else { LINE },
            if front { 4.0 } else { 2.0 },
            6.0,
        ),
        shadow: Shadow {
            color: Color::from_rgba(0.0, 0.0, 0.0, 0.35),
            offset: iced::Vector::new(0.0, 4.0),
            blur_radius: 12.0,
        },
        ..container::Style::default()
    }
}

pub fn title_bar(front: bool) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(if front { BLUE } else { LINE })),
        text_color: Some(Color::WHITE),
        ..container::Style::default()
    }
}

pub fn taskbar(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(INK)),
        text_color: Some(Color::WHITE),
        ..container::Style::default()
    }
}

pub fn muted(_: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style { color: Some(MUTED) }
}

pub fn on_dark(_: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(Color::WHITE),
    }
}

pub fn progress(_: &Theme) -> progress_bar::Style {
    progress_bar::Style {
        background: Background::Color(Color::from_rgb(0.86, 0.87, 0.89)),
        bar: Background::Color(GREEN),
        border: border(LINE, 1.0, 8.0),
    }
}

pub fn input(_: &Theme, status: text_input::Status) -> text_input::Style {
    let focused = matches!(status, text_input::Status::Focused { .. });
    text_input::Style {
        background: Background::Color(CARD),
        border: border(
            if focused { ORANGE } else { INK },
            if focused { 4.0 } else { 2.0 },
            8.0,
        ),
        icon: MUTED,
        placeholder: MUTED,
        value: INK,
        selection: BLUE_PALE,
    }
}

/// A multi-line text box: the same frame as a one-line box.
pub fn editor(
    _: &Theme,
    status: iced::widget::text_editor::Status,
) -> iced::widget::text_editor::Style {
    let focused = matches!(status, iced::widget::text_editor::Status::Focused { .. });
    iced::widget::text_editor::Style {
        background: Background::Color(CARD),
        border: border(
            if focused { ORANGE } else { INK },
            if focused { 4.0 } else { 2.0 },
            8.0,
        ),
        placeholder: MUTED,
        value: INK,
        selection: BLUE_PALE,
    }
}

const FOLDER: Color = Color::from_rgb(0.93, 0.73, 0.30);
const FOLDER_EDGE: Color = Color::from_rgb(0.55, 0.38, 0.05);

/// A drawn folder (body and tab), so no icon font is needed.
pub fn folder(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(FOLDER)),
        border: border(FOLDER_EDGE, 2.0, 4.0),
        ..container::Style::default()
    }
}

/// A drawn sheet of paper.
pub fn file_icon(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(CARD)),
        border: border(INK, 2.0, 2.0),
        ..container::Style::default()
    }
}

/// The outline of a small square (the maximise symbol).
pub fn outline_box(_: &Theme) -> container::Style {
    container::Style {
        border: border(Color::WHITE, 2.0, 1.0),
        ..container::Style::default()
    }
}

/// A solid white bar (the minimise symbol).
pub fn bar(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color::WHITE)),
        ..container::Style::default()
    }
}

/// A desktop object (folder, file, icon) that is selected.
pub fn selected(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color::from_rgba(1.0, 1.0, 1.0, 0.30))),
        border: border(Color::WHITE, 2.0, 8.0),
        ..container::Style::default()
    }
}

/// A small button on a window's title bar.
pub fn title_button(_: &Theme, status: button::Status) -> button::Style {
    let bg = match status {
        button::Status::Hovered | button::Status::Pressed => BLUE_DARK,
        _ => Color::from_rgba(0.0, 0.0, 0.0, 0.15),
    };
    filled(bg, Color::WHITE, Color::WHITE, 1.0)
}

// The pretend webmail: a white page with a dark blue bar, like the webmail of a Diskominfo.

const WEBMAIL_BAR: Color = Color::from_rgb(0.07, 0.20, 0.36);
const SIDE: Color = Color::from_rgb(0.93, 0.94, 0.96);
const LINK: Color = Color::from_rgb(0.0, 0.20, 0.60);

pub fn webmail(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(CARD)),
        text_color: Some(INK),
        border: border(INK, 2.0, 8.0),
        ..container::Style::default()
    }
}

pub fn webmail_bar(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(WEBMAIL_BAR)),
        text_color: Some(Color::WHITE),
        border: border(WEBMAIL_BAR, 0.0, 6.0),
        ..container::Style::default()
    }
}

pub fn webmail_side(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(SIDE)),
        text_color: Some(INK),
        ..container::Style::default()
    }
}

/// A folder in the webmail's side bar (or a file in a dialog); the open one stands out.
pub fn side_item(chosen: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_, status| {
        let hovered = matches!(status, button::Status::Hovered | button::Status::Pressed);
        match (chosen, hovered) {
            (true, _) => filled(BLUE_PALE, INK, BLUE, 3.0),
            (false, true) => filled(CARD, INK, BLUE, 2.0),
            (false, false) => filled(Color::TRANSPARENT, INK, Color::TRANSPARENT, 0.0),
        }
    }
}

/// A row of the message list; unread rows are tinted (and bold, by the view).
pub fn mail_row(unread: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_, status| {
        let bg = if unread { BLUE_PALE } else { CARD };
        match status {
            button::Status::Hovered | button::Status::Pressed => filled(bg, INK, BLUE, 3.0),
            _ => filled(bg, INK, LINE, 1.0),
        }
    }
}

/// A link inside a message: no frame, blue text.
pub fn link(_: &Theme, _: button::Status) -> button::Style {
    filled(Color::TRANSPARENT, LINK, Color::TRANSPARENT, 0.0)
}

pub fn link_text(_: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style { color: Some(LINK) }
}

/// An attachment: a small framed box.
pub fn chip(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(SIDE)),
        text_color: Some(INK),
        border: border(LINE, 1.0, 8.0),
        ..container::Style::default()
    }
}

/// The original message quoted under a reply.
pub fn quote(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(PAPER)),
        text_color: Some(INK),
        border: border(LINE, 1.0, 4.0),
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
    move |_| container::Style {
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
pub fn pin_box(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(CARD)),
        text_color: Some(INK),
        border: border(INK, 2.0, 8.0),
        ..container::Style::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text colour on every background it is drawn on, and whether the text there is
    /// large (24 px bold or bigger, where WCAG asks 4.5:1 instead of 7:1). A test checks them.
    fn text_pairs() -> Vec<(&'static str, Color, Color, bool)> {
        let mut pairs = vec![
            ("body text on the page", INK, PAPER, false),
            ("body text on a card", INK, CARD, false),
            ("muted text on a card", MUTED, CARD, false),
            ("muted text on the page", MUTED, PAPER, false),
            ("secondary button text", BLUE_DARK, CARD, false),
            (
                "secondary button text, hovered",
                BLUE_DARK,
                BLUE_PALE,
                false,
            ),
            ("primary button text", Color::WHITE, BLUE, true),
            (
                "primary button text, hovered",
                Color::WHITE,
                BLUE_DARK,
                true,
            ),
            ("text on the top bar and hints", INK, BLUE_PALE, false),
            ("text in success feedback", INK, GREEN_PALE, false),
            ("text in try-again feedback", INK, AMBER_PALE, false),
            (
                "text in an error box",
                INK,
                Color::from_rgb(1.0, 0.93, 0.93),
                false,
            ),
            ("labels on the practice desk", Color::WHITE, DESK, false),
            ("text on a practice target", INK, TARGET, true),
            ("webmail bar", Color::WHITE, WEBMAIL_BAR, false),
            ("webmail side bar", INK, SIDE, false),
            ("a link in a message", LINK, CARD, false),
            ("the window's title bar", Color::WHITE, BLUE, false),
        ];
        for bg in AVATARS {
            pairs.push(("initials on an avatar", Color::WHITE, bg, true));
        }
        pairs
    }

    /// WCAG 2.1 AAA for body text (7:1) and AA for large text (4.5:1), computed from the
    /// colours the styles above really use.
    #[test]
    fn every_text_colour_pair_meets_the_contrast_the_eyes_need() {
        let mut weak = Vec::new();
        for (what, fg, bg, large) in text_pairs() {
            let need = if large { 4.5 } else { 7.0 };
            let ratio = fg.relative_contrast(bg);
            if ratio < need {
                weak.push(format!("{what}: {ratio:.2}:1, needs {need}:1"));
            }
        }
        assert!(weak.is_empty(), "too little contrast:\n{}", weak.join("\n"));
    }
}
