//! Pieces the practice tools' views share: the point-at frame with its id, small and main
//! buttons at least 48 px high, the sentence box for a refusal.

use crate::ui::focus::focus;
use crate::ui::theme;
use iced::widget::{Container, button, container, text};
use iced::{Element, Length};

/// Point-at frame plus a container id, for a button a lesson may highlight; the keyboard
/// reaches it with Tab.
pub fn ctl<'a, M: Clone + 'a>(
    id: String,
    lit: &dyn Fn(&str) -> bool,
    content: impl Into<Element<'a, M>>,
) -> Element<'a, M> {
    ctl_input(id, lit, focus(content))
}

/// A control that Tab reaches only while it can be pressed (`enabled`): a stop where
/// Enter does nothing, or the focus on a grey button when a page opens, only confuses.
pub fn ctl_if<'a, M: Clone + 'a>(
    id: String,
    lit: &dyn Fn(&str) -> bool,
    content: impl Into<Element<'a, M>>,
    enabled: bool,
) -> Element<'a, M> {
    if enabled {
        ctl(id, lit, content)
    } else {
        ctl_input(id, lit, content)
    }
}

/// The same for a text box, which takes the keyboard focus by itself.
pub fn ctl_input<'a, M: 'a>(
    id: String,
    lit: &dyn Fn(&str) -> bool,
    content: impl Into<Element<'a, M>>,
) -> Element<'a, M> {
    let frame = container(content).padding(3);
    let frame = if lit(&id) {
        frame.style(theme::highlight_thin)
    } else {
        frame
    };
    container(frame).id(id).into()
}

/// A label filling a click target's height, centred in it.
pub fn target_label<'a>(s: String, size: f32) -> iced::widget::Text<'a> {
    text(s)
        .size(size)
        .height(Length::Fill)
        .align_y(iced::alignment::Vertical::Center)
}

/// A secondary button of a practice tool.
pub fn mail_button<'a, M: Clone + 'a>(s: String, on: Option<M>) -> button::Button<'a, M> {
    button(target_label(s, theme::SMALL))
        .height(theme::MIN_TARGET)
        .padding([0, 12])
        .style(theme::secondary)
        .on_press_maybe(on)
}

/// The one main action of a tool's page (Masuk, Kirim, Simpan…): blue, bold.
pub fn mail_primary<'a, M: Clone + 'a>(s: String, on: Option<M>) -> button::Button<'a, M> {
    button(target_label(s, theme::TEXT).font(theme::BOLD))
        .height(theme::MIN_TARGET)
        .padding([0, 28])
        .style(theme::primary)
        .on_press_maybe(on)
}

/// The sentence saying why a tool refused something.
pub fn error_box<'a, M: 'a>(s: String) -> Container<'a, M> {
    container(text(s).size(theme::SMALL))
        .padding(10)
        .width(Length::Fill)
        .style(theme::error)
}

/// A folder of the pretend disk in a list: at least 48 px high, and a long name ("Surat
/// Keluar 2025") wraps inside the button instead of spilling over the next.
pub fn folder_button<'a, M: Clone + 'a>(
    label: String,
    chosen: bool,
    on_press: M,
) -> button::Button<'a, M> {
    button(
        text(label)
            .size(theme::SMALL)
            .width(Length::Fill)
            .align_y(iced::alignment::Vertical::Center),
    )
    .width(Length::Fill)
    .height(Length::Shrink)
    .padding([11, 10])
    .style(move |t, s| theme::side_item(chosen)(t, s))
    .on_press(on_press)
}

/// One of a few choices (a paper size, a file type, a kind of request): at least 48 px
/// high, the chosen one marked.
pub fn choice_button<'a, M: Clone + 'a>(
    label: String,
    chosen: bool,
    on_press: M,
) -> button::Button<'a, M> {
    button(target_label(label, theme::SMALL))
        .height(theme::MIN_TARGET)
        .padding([0, 10])
        .style(move |t, s| theme::side_item(chosen)(t, s))
        .on_press(on_press)
}
