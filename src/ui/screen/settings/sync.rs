//! Settings → "Folder sinkron" (behind the mentor PIN): the folder that Syncthing, an office
//! share or a USB stick carries between laptops. Type its path, or pick a plugged-in USB stick
//! (a folder `Tuntun-sinkron` on it is used); "Sinkronkan sekarang" runs a round at once. The
//! rounds themselves run in the background (see `ui::sync`).

use crate::i18n::Translator;
use crate::ui::screen::mentor::fmt;
use crate::ui::sync::Status;
use crate::ui::{theme, widget};
use iced::widget::{column, container, row, text_input};
use iced::{Element, Length};
use std::path::{Path, PathBuf};

/// The folder made on a USB stick chosen as the sync folder.
pub const USB_FOLDER: &str = "Tuntun-sinkron";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Typed(String),
    /// Use the USB stick at this index of [`Panel::usb`].
    Usb(usize),
    Save,
    Stop,
    Now,
}

pub enum Event {
    /// Keep this folder (None: no sync folder any more).
    Save(Option<PathBuf>),
    Now,
}

/// What the panel shows.
#[derive(Debug, Default)]
pub struct Panel {
    /// The folder as typed (the saved one when Settings opens).
    pub draft: String,
    /// The saved folder.
    pub saved: Option<PathBuf>,
    /// Plugged-in USB sticks: (label, the folder that would be used on it).
    pub usb: Vec<(String, PathBuf)>,
    pub status: Option<Status>,
    pub running: bool,
}

impl Panel {
    pub fn refresh(&mut self, saved: Option<&Path>, usb: Vec<(String, PathBuf)>) {
        self.saved = saved.map(Path::to_owned);
        self.draft = saved.map(|p| p.display().to_string()).unwrap_or_default();
        self.usb = usb;
    }

    pub fn update(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::Typed(t) => self.draft = t,
            Message::Usb(i) => {
                let folder = self.usb.get(i)?.1.clone();
                self.draft = folder.display().to_string();
                self.saved = Some(folder.clone());
                return Some(Event::Save(Some(folder)));
            }
            Message::Save => {
                let text = self.draft.trim();
                let folder = (!text.is_empty()).then(|| PathBuf::from(text));
                self.saved = folder.clone();
                return Some(Event::Save(folder));
            }
            Message::Stop => {
                self.draft.clear();
                self.saved = None;
                return Some(Event::Save(None));
            }
            Message::Now => return Some(Event::Now),
        }
        None
    }
}

/// The sentence about the last round, for the mentor (Settings and Kelas).
pub fn status_text(tr: &Translator, status: Option<&Status>, running: bool) -> Option<String> {
    if running {
        return Some(tr.tr("sync-running"));
    }
    Some(match status? {
        Status::Missing => tr.tr("sync-missing"),
        Status::Failed => tr.tr("sync-failed"),
        Status::Done {
            at,
            taken,
            refused,
            own_failed,
        } => {
            let mut s = tr.tr_args(
                "sync-done",
                &[("time", fmt::clock(*at).into()), ("taken", (*taken).into())],
            );
            if *refused > 0 {
                s.push(' ');
                s.push_str(&tr.tr_args("sync-refused", &[("files", (*refused).into())]));
            }
            if *own_failed {
                s.push(' ');
                s.push_str(&tr.tr("sync-own-failed"));
            }
            s
        }
    })
}

pub fn view<'a>(tr: &Translator, panel: &'a Panel) -> Element<'a, Message> {
    let usb = panel.usb.iter().enumerate().map(|(i, (label, _))| {
        widget::secondary(
            format!("sync-usb-{i}"),
            tr.tr_args("sync-use-usb", &[("label", label.clone().into())]),
            Some(Message::Usb(i)),
        )
        .into()
    });
    let field = text_input(&tr.tr("sync-folder-placeholder"), &panel.draft)
        .id("sync-folder")
        .on_input(Message::Typed)
        .on_submit(Message::Save)
        .size(theme::TEXT)
        .padding(12)
        .style(theme::input);
    let buttons = row![widget::secondary(
        "sync-save",
        tr.tr("sync-save"),
        Some(Message::Save)
    )]
    .push(panel.saved.as_ref().map(|_| {
        widget::secondary(
            "sync-now",
            tr.tr("sync-now"),
            (!panel.running).then_some(Message::Now),
        )
    }))
    .push(
        panel
            .saved
            .as_ref()
            .map(|_| widget::secondary("sync-stop", tr.tr("sync-stop"), Some(Message::Stop))),
    )
    .spacing(theme::SPACE)
    .wrap();
    let saved = widget::small(match &panel.saved {
        Some(f) => tr.tr_args("sync-chosen", &[("folder", f.display().to_string().into())]),
        None => tr.tr("sync-none"),
    });
    let calm = matches!(panel.status, Some(Status::Done { .. })) || panel.running;
    let status = status_text(tr, panel.status.as_ref(), panel.running).map(|s| {
        container(widget::body(s))
            .padding(10)
            .width(Length::Fill)
            .style(if calm {
                theme::feedback_success
            } else {
                theme::feedback_try_again
            })
    });
    column![
        widget::subtitle(tr.tr("sync-title")),
        widget::small(tr.tr("sync-help")),
        field,
        row(usb).spacing(theme::SPACE).wrap(),
        buttons,
        saved,
    ]
    .push(status)
    .spacing(12)
    .into()
}
