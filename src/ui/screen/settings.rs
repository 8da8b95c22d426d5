//! Settings ("Pengaturan"): the language of the app, and moving progress to another laptop
//! (save to a USB stick or the Documents folder; take a file found there).

use crate::i18n::{Lang, Translator};
use crate::places::{Place, PlaceKind};
use crate::ui::{theme, widget};
use iced::widget::{button, column, container, row, scrollable};
use iced::{Element, Length};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub enum Message {
    Language(Lang),
    Close,
    SaveTo(usize),
    Take(usize),
}

pub enum Event {
    Language(Lang),
    Close,
    SaveTo(PathBuf),
    Take(PathBuf),
}

/// Where progress can be saved and which progress files were found, with the last result.
#[derive(Debug, Default)]
pub struct Transfer {
    pub places: Vec<Place>,
    pub files: Vec<PathBuf>,
    /// (success, sentence already in the learner's language)
    pub result: Option<(bool, String)>,
}

impl Transfer {
    /// Looks again for drives, folders and files (when Settings opens, after a save).
    pub fn refresh(&mut self, places: Vec<Place>) {
        self.files = crate::places::find_exports(&places);
        self.places = places;
    }

    pub fn update(&self, message: Message) -> Option<Event> {
        Some(match message {
            Message::Language(l) => Event::Language(l),
            Message::Close => Event::Close,
            Message::SaveTo(i) => Event::SaveTo(self.places.get(i)?.path.clone()),
            Message::Take(i) => Event::Take(self.files.get(i)?.clone()),
        })
    }
}

fn place_name(tr: &Translator, place: &Place) -> String {
    match &place.kind {
        PlaceKind::Usb(label) => tr.tr_args("place-usb", &[("label", label.clone().into())]),
        PlaceKind::Documents => tr.tr("place-documents"),
        PlaceKind::Downloads => tr.tr("place-downloads"),
        PlaceKind::Home => tr.tr("place-home"),
    }
}

fn transfer_view<'a>(tr: &Translator, t: &'a Transfer) -> Element<'a, Message> {
    let saves = t.places.iter().enumerate().map(|(i, p)| {
        widget::secondary(
            format!("save-to-{i}"),
            tr.tr_args("transfer-save-to", &[("place", place_name(tr, p).into())]),
            Some(Message::SaveTo(i)),
        )
        .into()
    });
    let takes: Vec<Element<'a, Message>> = t
        .files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            widget::secondary(
                format!("take-{i}"),
                tr.tr_args("transfer-take", &[("file", name.into())]),
                Some(Message::Take(i)),
            )
            .into()
        })
        .collect();
    let found: Element<'a, Message> = if takes.is_empty() {
        widget::body(tr.tr("transfer-none-found")).into()
    } else {
        column(takes).spacing(8).into()
    };
    let result = t.result.as_ref().map(|(ok, text)| {
        container(widget::body(text.clone()))
            .padding(12)
            .width(Length::Fill)
            .style(if *ok {
                theme::feedback_success
            } else {
                theme::error
            })
    });
    column![
        widget::subtitle(tr.tr("settings-transfer")),
        widget::body(tr.tr("settings-transfer-help")),
        row(saves).spacing(theme::SPACE).wrap(),
        found,
    ]
    .push(result)
    .spacing(theme::SPACE)
    .into()
}

pub fn view<'a>(tr: &Translator, transfer: &'a Transfer) -> Element<'a, Message> {
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
    scrollable(
        container(
            widget::card(
                column![
                    widget::title(tr.tr("settings-title")),
                    widget::body(tr.tr("settings-language")),
                    choice(Lang::Id, "settings-lang-id"),
                    choice(Lang::En, "settings-lang-en"),
                    transfer_view(tr, transfer),
                    widget::primary(
                        "close-settings",
                        tr.tr("settings-close"),
                        Some(Message::Close)
                    ),
                ]
                .spacing(theme::SPACE),
            )
            .max_width(900),
        )
        .center_x(Length::Fill)
        .padding(theme::PAD),
    )
    .into()
}
