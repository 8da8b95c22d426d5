//! The looks of the pretend tools: the desktop and its windows, the webmail, the phone,
//! the map and the camera.

use super::{border, c, filled};
use iced::widget::{button, container, progress_bar, text_input};
use iced::{Background, Color, Shadow, Theme};

/// The practice area's background (a pretend desktop).
pub fn desk(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).desk)),
        text_color: Some(Color::WHITE),
        border: border(c(t).ink, 2.0, 8.0),
        ..container::Style::default()
    }
}

pub fn window_frame(front: bool) -> impl Fn(&Theme) -> container::Style {
    move |t: &Theme| container::Style {
        background: Some(Background::Color(c(t).card)),
        text_color: Some(c(t).ink),
        border: border(
            if front { c(t).blue } else { c(t).line },
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
    move |t: &Theme| container::Style {
        background: Some(Background::Color(if front { c(t).blue } else { c(t).line })),
        text_color: Some(Color::WHITE),
        ..container::Style::default()
    }
}

pub fn taskbar(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).ink)),
        text_color: Some(Color::WHITE),
        ..container::Style::default()
    }
}

pub fn muted(t: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(c(t).muted),
    }
}

pub fn on_dark(_: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(Color::WHITE),
    }
}

pub fn progress(t: &Theme) -> progress_bar::Style {
    progress_bar::Style {
        background: Background::Color(Color::from_rgb(0.86, 0.87, 0.89)),
        bar: Background::Color(c(t).green),
        border: border(c(t).line, 1.0, 8.0),
    }
}

pub fn input(t: &Theme, status: text_input::Status) -> text_input::Style {
    let focused = matches!(status, text_input::Status::Focused { .. });
    text_input::Style {
        background: Background::Color(c(t).card),
        border: border(
            // The keyboard's one colour: the same purple as the ring on buttons.
            if focused { c(t).focus } else { c(t).ink },
            if focused { 4.0 } else { 2.0 },
            8.0,
        ),
        icon: c(t).muted,
        placeholder: c(t).muted,
        value: c(t).ink,
        selection: c(t).blue_pale,
    }
}

/// A multi-line text box: the same frame as a one-line box.
pub fn editor(
    t: &Theme,
    status: iced::widget::text_editor::Status,
) -> iced::widget::text_editor::Style {
    let focused = matches!(status, iced::widget::text_editor::Status::Focused { .. });
    iced::widget::text_editor::Style {
        background: Background::Color(c(t).card),
        border: border(
            // The keyboard's one colour: the same purple as the ring on buttons.
            if focused { c(t).focus } else { c(t).ink },
            if focused { 4.0 } else { 2.0 },
            8.0,
        ),
        placeholder: c(t).muted,
        value: c(t).ink,
        selection: c(t).blue_pale,
    }
}

/// A drawn folder (body and tab), so no icon font is needed.
pub fn folder(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).folder)),
        border: border(c(t).folder_edge, 2.0, 4.0),
        ..container::Style::default()
    }
}

/// A drawn sheet of paper.
pub fn file_icon(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).card)),
        border: border(c(t).ink, 2.0, 2.0),
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
pub fn title_button(t: &Theme, status: button::Status) -> button::Style {
    let bg = match status {
        button::Status::Hovered | button::Status::Pressed => c(t).blue_dark,
        _ => Color::from_rgba(0.0, 0.0, 0.0, 0.15),
    };
    filled(bg, Color::WHITE, Color::WHITE, 1.0)
}

// The pretend webmail: a white page with a dark blue bar, like the webmail of a Diskominfo.

pub fn webmail(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).card)),
        text_color: Some(c(t).ink),
        border: border(c(t).ink, 2.0, 8.0),
        ..container::Style::default()
    }
}

pub fn webmail_bar(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).webmail_bar)),
        text_color: Some(Color::WHITE),
        border: border(c(t).webmail_bar, 0.0, 6.0),
        ..container::Style::default()
    }
}

pub fn webmail_side(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).side)),
        text_color: Some(c(t).ink),
        ..container::Style::default()
    }
}

/// A folder in the webmail's side bar (or a file in a dialog); the open one stands out.
pub fn side_item(chosen: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |t: &Theme, status| {
        let hovered = matches!(status, button::Status::Hovered | button::Status::Pressed);
        match (chosen, hovered) {
            (true, _) => filled(c(t).blue_pale, c(t).ink, c(t).blue, 3.0),
            (false, true) => filled(c(t).card, c(t).ink, c(t).blue, 2.0),
            (false, false) => filled(Color::TRANSPARENT, c(t).ink, Color::TRANSPARENT, 0.0),
        }
    }
}

/// A row of the message list; unread rows are tinted (and bold, by the view).
pub fn mail_row(unread: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |t: &Theme, status| {
        let bg = if unread { c(t).blue_pale } else { c(t).card };
        match status {
            button::Status::Hovered | button::Status::Pressed => {
                filled(bg, c(t).ink, c(t).blue, 3.0)
            }
            _ => filled(bg, c(t).ink, c(t).line, 1.0),
        }
    }
}

/// A link inside a message: no frame, blue text.
pub fn link(t: &Theme, _: button::Status) -> button::Style {
    filled(Color::TRANSPARENT, c(t).link, Color::TRANSPARENT, 0.0)
}

pub fn link_text(t: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(c(t).link),
    }
}

/// An attachment: a small framed box.
pub fn chip(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).side)),
        text_color: Some(c(t).ink),
        border: border(c(t).line, 1.0, 8.0),
        ..container::Style::default()
    }
}

/// The pretend phone's body around its screen.
pub fn phone_body(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).ink)),
        text_color: Some(Color::WHITE),
        border: border(c(t).ink, 2.0, 32.0),
        ..container::Style::default()
    }
}

/// The phone's screen.
pub fn phone_screen(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).card)),
        text_color: Some(c(t).ink),
        border: border(c(t).card, 0.0, 18.0),
        ..container::Style::default()
    }
}

/// A square of the pretend QR code on the laptop (MyASN's authenticator set-up).
pub fn qr_module(dark: bool) -> impl Fn(&Theme) -> container::Style {
    move |t| container::Style {
        background: Some(Background::Color(if dark { c(t).ink } else { c(t).card })),
        ..container::Style::default()
    }
}

/// The map's ground.
pub fn map_ground(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).green_pale)),
        text_color: Some(c(t).ink),
        border: border(c(t).line, 1.0, 8.0),
        ..container::Style::default()
    }
}

/// The office's radius on the map: a round zone.
pub fn office_zone(radius: f32) -> impl Fn(&Theme) -> container::Style {
    move |t| container::Style {
        background: Some(Background::Color(Color {
            a: 0.35,
            ..c(t).blue
        })),
        text_color: Some(c(t).ink),
        border: border(c(t).blue, 3.0, radius),
        ..container::Style::default()
    }
}

/// A round mark filled with one colour: the learner on the map, the office, the eyes.
pub fn dot(kind: Dot) -> impl Fn(&Theme) -> container::Style {
    move |t| {
        let k = c(t);
        let (fill, line, radius) = match kind {
            Dot::You => (k.blue, Color::WHITE, 14.0),
            Dot::Office => (k.red, Color::WHITE, 8.0),
            Dot::Skin => (Color::from_rgb(0.86, 0.67, 0.50), k.ink, 90.0),
            Dot::Hair => (k.ink, k.ink, 90.0),
            Dot::Eye => (k.ink, k.ink, 6.0),
            Dot::Mask => (Color::from_rgb(0.72, 0.86, 0.95), k.line, 12.0),
            Dot::Glare => (Color::WHITE, k.line, 10.0),
            Dot::Dark => (
                Color {
                    a: 0.72,
                    ..Color::BLACK
                },
                Color::TRANSPARENT,
                12.0,
            ),
        };
        container::Style {
            background: Some(Background::Color(fill)),
            border: border(line, 2.0, radius),
            ..container::Style::default()
        }
    }
}

/// The parts of the drawings on the pretend phone.
#[derive(Debug, Clone, Copy)]
pub enum Dot {
    You,
    Office,
    Skin,
    Hair,
    Eye,
    Mask,
    Glare,
    Dark,
}

/// The original message quoted under a reply.
pub fn quote(t: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(c(t).paper)),
        text_color: Some(c(t).ink),
        border: border(c(t).line, 1.0, 4.0),
        ..container::Style::default()
    }
}
