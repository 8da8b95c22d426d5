//! The `pointers` board of the Dasar practice area: three places where the real mouse
//! pointer changes shape, so the learner sees the hand over a link, the I-beam over a box
//! for typing and the busy circle over a task still running (the lesson had only asked
//! about them). Each place sets iced's `mouse::Interaction`, so the operating system draws
//! the real pointer; moving onto it also tells the practice tool (`dasar.pointer_seen`).

use crate::i18n::Translator;
use crate::sim::dasar::{Action, Shape};
use crate::ui::{theme, widget};
use iced::mouse::Interaction;
use iced::widget::{column, container, mouse_area, text};
use iced::{Element, Length, Padding};

/// The shape the real pointer takes over the place of `shape`.
pub fn interaction(shape: Shape) -> Interaction {
    match shape {
        Shape::Hand => Interaction::Pointer,
        Shape::Text => Interaction::Text,
        Shape::Busy => Interaction::Wait,
    }
}

pub fn board<'a>(tr: &Translator, lit: &dyn Fn(String) -> bool) -> Element<'a, Action> {
    let places = Shape::ALL.into_iter().map(|shape| {
        let label = tr.tr(&format!("dasar-ui-pointer-{}", shape.key()));
        let inner: Element<'a, Action> = match shape {
            Shape::Hand => text(label).size(theme::TEXT).style(theme::link_text).into(),
            Shape::Text => container(text(label).size(theme::TEXT))
                .width(Length::Fixed(360.0))
                .padding(12)
                .style(theme::card)
                .into(),
            Shape::Busy => container(text(label).size(theme::TEXT))
                .padding(12)
                .style(theme::card)
                .into(),
        };
        let id = format!("pointer-{}", shape.key());
        let place = mouse_area(container(inner).padding(Padding::new(10.0)))
            .interaction(interaction(shape))
            .on_enter(Action::PointerSeen(shape));
        container(widget::highlight(place, lit(id.clone())))
            .id(id)
            .into()
    });
    column![
        text(tr.tr("dasar-ui-pointer-help"))
            .size(theme::TEXT)
            .style(theme::on_dark)
    ]
    .extend(places)
    .spacing(28)
    .padding(theme::SPACE)
    .into()
}
