//! Everything iced: the application root, theme, shared widgets, screens and the views of
//! the simulators. Nothing here does I/O of its own: it calls the core and the store.

pub mod app;
pub mod background;
pub mod comfort;
pub mod focus;
pub mod keys;
pub mod screen;
mod select;
pub mod sim;
pub mod sync;
pub mod theme;
pub mod widget;
mod wrap;

pub use app::{App, Message};

use crate::i18n::Lang;
use std::path::PathBuf;

/// How the GUI was asked to start.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub data_dir: PathBuf,
    pub lang: Option<Lang>,
    pub content: Option<PathBuf>,
    /// Full screen, closing only with the mentor PIN.
    pub kiosk: bool,
    /// Where the mentor's reports go; `None`: the Documents folder (else the data folder).
    pub export_dir: Option<PathBuf>,
}

/// The settings every Tuntun window (and every headless test) uses: the embedded font,
/// large text.
pub fn settings() -> iced::Settings {
    iced::Settings {
        id: Some("tuntun".into()),
        default_font: theme::FONT,
        default_text_size: theme::TEXT.into(),
        fonts: vec![
            theme::FONT_REGULAR_BYTES.into(),
            theme::FONT_BOLD_BYTES.into(),
        ],
        ..iced::Settings::default()
    }
}

/// Opens the window and runs until it is closed.
pub fn run(options: Options) -> iced::Result {
    iced::application(move || App::boot(options.clone()), App::update, App::view)
        .title("Tuntun")
        .theme(App::theme)
        .scale_factor(App::scale_factor)
        .subscription(App::subscription)
        .settings(settings())
        .window(iced::window::Settings {
            // Maximised where the window manager allows; otherwise a size that fits a
            // 1366×768 screen with a panel and a title bar.
            size: iced::Size::new(1280.0, 680.0),
            min_size: Some(iced::Size::new(1024.0, 640.0)),
            maximized: true,
            // Closing goes through Tuntun: progress is written first, and in kiosk mode
            // the mentor PIN is asked (Alt+F4 included).
            exit_on_close_request: false,
            ..iced::window::Settings::default()
        })
        .run()
}

/// The words of the "already open" window.
#[derive(Clone)]
struct AlreadyRunning {
    title: String,
    text: String,
    close: String,
}

fn already_running_view(w: &AlreadyRunning) -> iced::Element<'_, ()> {
    iced::widget::container(
        widget::card(
            iced::widget::column![
                widget::title(w.title.as_str()),
                widget::body(w.text.as_str()),
                widget::primary("close", w.close.clone(), Some(())),
            ]
            .spacing(theme::SPACE),
        )
        .max_width(640),
    )
    .center(iced::Length::Fill)
    .padding(theme::PAD)
    .style(theme::page)
    .into()
}

/// The small window a second start shows: Tuntun is already open (it holds the data
/// folder's lock), so this one touches nothing and only says where to look.
pub fn already_running(lang: Lang) -> iced::Result {
    let tr = crate::course::load(None).catalog.translator(lang);
    let words = AlreadyRunning {
        title: tr.tr("already-running-title"),
        text: tr.tr("already-running-text"),
        close: tr.tr("already-running-close"),
    };
    iced::application(
        move || words.clone(),
        |_: &mut AlreadyRunning, ()| iced::exit(),
        already_running_view,
    )
    .title("Tuntun")
    .theme(|_: &AlreadyRunning| theme::theme())
    .settings(settings())
    .window_size(iced::Size::new(720.0, 360.0))
    .run()
}
