//! Settings ("Pengaturan"): the language of the app, moving progress to another laptop
//! (save to a USB stick or the Documents folder; take a file found there), and for the
//! mentor on a shared laptop: automatic sign-out, kiosk mode, learners' PINs, removing a
//! learner, adding a mentor. Behind the mentor PIN once a mentor exists.

use crate::i18n::{Lang, Translator};
use crate::places::{Place, PlaceKind};
use crate::ui::focus::focus;
use crate::ui::{theme, widget};
use iced::widget::{button, column, container, row, scrollable};
use iced::{Element, Length};
use std::path::PathBuf;

pub mod sync;

#[derive(Debug, Clone)]
pub enum Message {
    Language(Lang),
    Close,
    SaveTo(usize),
    Take(usize),
    Idle(u32),
    Kiosk(bool),
    ClearPin(String),
    Delete(String),
    AddMentor,
    Sync(sync::Message),
}

pub enum Event {
    Language(Lang),
    Close,
    SaveTo(PathBuf),
    Take(PathBuf),
    Idle(u32),
    Kiosk(bool),
    ClearPin(String),
    /// Asked twice: the first click only arms it ([`Admin::confirm_delete`]).
    Delete(String),
    AddMentor,
    Sync(sync::Message),
}

/// What the mentor part of Settings shows.
#[derive(Debug, Default)]
pub struct Admin {
    pub idle_minutes: u32,
    pub kiosk: bool,
    /// Every learner, and whether they have a PIN.
    pub learners: Vec<(crate::store::Learner, bool)>,
    pub mentors: Vec<String>,
    /// The learner whose "Hapus" was clicked once.
    pub confirm_delete: Option<String>,
    /// "Folder sinkron".
    pub sync: sync::Panel,
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
            Message::Idle(m) => Event::Idle(m),
            Message::Kiosk(on) => Event::Kiosk(on),
            Message::ClearPin(id) => Event::ClearPin(id),
            Message::Delete(id) => Event::Delete(id),
            Message::AddMentor => Event::AddMentor,
            Message::Sync(m) => Event::Sync(m),
        })
    }
}

/// A place's name as the learner knows it (Dokumen, Unduhan, the USB stick's label).
pub fn place_name(tr: &Translator, place: &Place) -> String {
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

/// A choice among a few, the chosen one marked (green frame and "dipilih").
fn option<'a>(
    tr: &Translator,
    label: String,
    chosen: bool,
    id: String,
    message: Message,
) -> Element<'a, Message> {
    let mark = if chosen {
        tr.tr("settings-chosen")
    } else {
        String::new()
    };
    container(focus(
        button(
            row![widget::body(label).width(Length::Fill), widget::small(mark)]
                .spacing(8)
                .align_y(iced::Alignment::Center),
        )
        .padding([10, 16])
        .width(Length::Fill)
        .style(move |t: &iced::Theme, s| {
            if chosen {
                theme::tile_chosen(true)(t, s)
            } else {
                theme::tile(t, s)
            }
        })
        .on_press(message),
    ))
    .id(id)
    .width(Length::Fill)
    .into()
}

fn admin_view<'a>(tr: &Translator, admin: &'a Admin) -> Element<'a, Message> {
    let idle = crate::ui::screen::idle::CHOICES.iter().map(|&m| {
        let label = if m == 0 {
            tr.tr("settings-idle-never")
        } else {
            tr.tr_args("settings-idle-minutes", &[("minutes", m.into())])
        };
        option(
            tr,
            label,
            admin.idle_minutes == m,
            format!("idle-{m}"),
            Message::Idle(m),
        )
    });
    let kiosk = row![
        option(
            tr,
            tr.tr("settings-kiosk-on"),
            admin.kiosk,
            "kiosk-on".into(),
            Message::Kiosk(true)
        ),
        option(
            tr,
            tr.tr("settings-kiosk-off"),
            !admin.kiosk,
            "kiosk-off".into(),
            Message::Kiosk(false)
        ),
    ]
    .spacing(12);
    let learners = admin.learners.iter().map(|(l, has_pin)| {
        let clear = has_pin.then(|| {
            widget::secondary(
                format!("clear-pin-{}", l.id),
                tr.tr("settings-clear-pin"),
                Some(Message::ClearPin(l.id.clone())),
            )
        });
        let armed = admin.confirm_delete.as_deref() == Some(l.id.as_str());
        let delete = widget::secondary(
            format!("delete-{}", l.id),
            tr.tr(if armed {
                "settings-delete-confirm"
            } else {
                "settings-delete"
            }),
            Some(Message::Delete(l.id.clone())),
        );
        row![widget::body(l.name.as_str()).width(Length::Fill)]
            .push(clear)
            .push(delete)
            .spacing(12)
            .align_y(iced::Alignment::Center)
            .into()
    });
    let mentors = if admin.mentors.is_empty() {
        tr.tr("settings-mentors-none")
    } else {
        tr.tr_args(
            "settings-mentors",
            &[("names", admin.mentors.join(", ").into())],
        )
    };
    column![
        sync::view(tr, &admin.sync).map(Message::Sync),
        widget::subtitle(tr.tr("settings-idle")),
        row(idle).spacing(12),
        widget::subtitle(tr.tr("settings-kiosk")),
        widget::small(tr.tr("settings-kiosk-help")),
        kiosk,
        widget::subtitle(tr.tr("settings-learners")),
        column(learners).spacing(8),
        widget::subtitle(tr.tr("settings-mentor-title")),
        widget::body(mentors),
        widget::secondary(
            "add-mentor",
            tr.tr("settings-add-mentor"),
            Some(Message::AddMentor)
        ),
    ]
    .spacing(theme::SPACE)
    .into()
}

pub fn view<'a>(tr: &Translator, transfer: &'a Transfer, admin: &'a Admin) -> Element<'a, Message> {
    let choice = |lang: Lang, label: &str| {
        option(
            tr,
            tr.tr(label),
            tr.lang() == lang,
            format!("lang-{}", lang.code()),
            Message::Language(lang),
        )
    };
    scrollable(
        container(
            widget::card(
                column![
                    // "Tutup" at the top: Settings has grown longer than one screen.
                    row![
                        widget::title(tr.tr("settings-title")).width(Length::Fill),
                        widget::primary(
                            "close-settings",
                            tr.tr("settings-close"),
                            Some(Message::Close)
                        ),
                    ]
                    .align_y(iced::Alignment::Center),
                    widget::body(tr.tr("settings-language")),
                    choice(Lang::Id, "settings-lang-id"),
                    choice(Lang::En, "settings-lang-en"),
                    transfer_view(tr, transfer),
                    admin_view(tr, admin),
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
