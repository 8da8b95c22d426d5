//! Settings ("Pengaturan"): the language of the app.

use crate::i18n::{Lang, Translator};
use crate::ui::{theme, widget};
use iced::widget::{button, column, container, row};
use iced::{Element, Length};

#[derive(Debug, Clone)]
pub enum Message {
    Language(Lang),
    Close,
}

pub enum Event {
    Language(Lang),
    Close,
}

pub fn update(message: Message) -> Event {
    match message {
        Message::Language(l) => Event::Language(l),
        Message::Close => Event::Close,
    }
}

pub fn view(tr: &Translator) -> Element<'_, Message> {
    let choice = |lang: Lang, label: &str| {
        let chosen = tr.lang() == lang;
        let mark = if chosen {
            tr.tr("settings-chosen")
        } else {
            String::new()
        };
        button(
            row![
                widget::subtitle(tr.tr(label)).width(Length::Fill),
                widget::body(mark)
            ]
            .align_y(iced::Alignment::Center),
        )
        .padding([14, 20])
        .width(Length::Fill)
        .style(move |t: &iced::Theme, s| {
            if chosen {
                theme::tile_chosen(true)(t, s)
            } else {
                theme::tile(t, s)
            }
        })
        .on_press(Message::Language(lang))
    };
    container(
        widget::card(
            column![
                widget::title(tr.tr("settings-title")),
                widget::body(tr.tr("settings-language")),
                choice(Lang::Id, "settings-lang-id"),
                choice(Lang::En, "settings-lang-en"),
                widget::primary(
                    "close-settings",
                    tr.tr("settings-close"),
                    Some(Message::Close)
                ),
            ]
            .spacing(theme::SPACE),
        )
        .max_width(800),
    )
    .center(Length::Fill)
    .padding(theme::PAD)
    .into()
}
