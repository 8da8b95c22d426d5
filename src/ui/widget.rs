//! Small building blocks shared by the screens: big buttons, texts, the highlight frame.

use super::focus::focus;
use super::theme;
use iced::widget::{Container, Text, button, container, text};
use iced::{Element, Length};

pub fn title<'a>(s: impl text::IntoFragment<'a>) -> Text<'a> {
    text(s).size(theme::TITLE).font(theme::BOLD)
}

pub fn subtitle<'a>(s: impl text::IntoFragment<'a>) -> Text<'a> {
    text(s).size(theme::SUBTITLE).font(theme::BOLD)
}

pub fn body<'a>(s: impl text::IntoFragment<'a>) -> Text<'a> {
    text(s).size(theme::TEXT)
}

pub fn small<'a>(s: impl text::IntoFragment<'a>) -> Text<'a> {
    text(s).size(theme::SMALL).style(theme::muted)
}

/// The one main action of a screen; `id` lets tests and the keyboard find it.
pub fn primary<'a, M: Clone + 'a>(
    id: impl Into<iced::widget::Id>,
    label: String,
    on_press: Option<M>,
) -> Container<'a, M> {
    let enabled = on_press.is_some();
    let b = button(text(label).size(theme::SUBTITLE).font(theme::BOLD).center())
        .padding([12.0, 32.0])
        .height(theme::PRIMARY_HEIGHT)
        .style(theme::primary)
        .on_press_maybe(on_press);
    container(reachable(b, enabled)).id(id)
}

/// A secondary action.
pub fn secondary<'a, M: Clone + 'a>(
    id: impl Into<iced::widget::Id>,
    label: String,
    on_press: Option<M>,
) -> Container<'a, M> {
    let enabled = on_press.is_some();
    let b = button(text(label).size(theme::TEXT).center())
        .padding([10.0, 24.0])
        .height(theme::BUTTON_HEIGHT)
        .style(theme::secondary)
        .on_press_maybe(on_press);
    container(reachable(b, enabled)).id(id)
}

/// A button Tab can reach, unless it is disabled: a stop where Enter does nothing would
/// only confuse.
fn reachable<'a, M: Clone + 'a>(b: iced::widget::Button<'a, M>, enabled: bool) -> Element<'a, M> {
    if enabled { focus(b).into() } else { b.into() }
}

/// Draws the thick pointing outline around `content` when `on`; the same size either way,
/// so nothing jumps when the highlight appears.
pub fn highlight<'a, M: 'a>(content: impl Into<Element<'a, M>>, on: bool) -> Element<'a, M> {
    let frame = container(content).padding(6);
    if on {
        frame.style(theme::highlight).into()
    } else {
        frame.into()
    }
}

/// A white card with padding.
pub fn card<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Container<'a, M> {
    container(content)
        .padding(theme::PAD)
        .style(theme::card)
        .width(Length::Fill)
}

/// A round badge with a learner's initials in a colour of their own, so a learner finds
/// their tile by colour and letters before reading the name.
pub fn avatar<'a, M: 'a>(name: &str, id: &str) -> Element<'a, M> {
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect();
    // The colour follows the learner's id, not the name: it stays when the name is corrected.
    let hue = id.bytes().fold(0usize, |h, b| {
        h.wrapping_mul(31).wrapping_add(usize::from(b))
    });
    container(
        text(initials)
            .size(theme::SUBTITLE)
            .font(theme::BOLD)
            .center(),
    )
    .center(Length::Fixed(64.0))
    .style(theme::avatar(hue))
    .into()
}

/// The result of something the mentor asked for (a file written, a progress file taken), as
/// one sentence already in their language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub ok: bool,
    pub text: String,
}

impl Outcome {
    pub fn done(text: impl Into<String>) -> Self {
        Self {
            ok: true,
            text: text.into(),
        }
    }

    pub fn failed(text: impl Into<String>) -> Self {
        Self {
            ok: false,
            text: text.into(),
        }
    }
}

/// An outcome as a banner: green when it worked, red when not.
pub fn result_banner<'a, M: 'a>(outcome: &Outcome) -> Container<'a, M> {
    container(body(outcome.text.clone()))
        .padding(12)
        .width(Length::Fill)
        .style(if outcome.ok {
            theme::feedback_success
        } else {
            theme::error
        })
}

/// A place's name as the learner knows it (Dokumen, Unduhan, the USB stick's label).
pub fn place_name(tr: &crate::i18n::Translator, place: &crate::places::Place) -> String {
    match &place.kind {
        crate::places::PlaceKind::Usb(label) => {
            tr.tr_args("place-usb", &[("label", label.clone().into())])
        }
        crate::places::PlaceKind::Documents => tr.tr("place-documents"),
        crate::places::PlaceKind::Downloads => tr.tr("place-downloads"),
        crate::places::PlaceKind::Home => tr.tr("place-home"),
    }
}
