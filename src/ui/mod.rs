//! Everything iced: the application root, theme, shared widgets, screens and the views of
//! the simulators. Nothing here does I/O of its own: it calls the core and the store.

pub mod app;
pub mod screen;
pub mod sim;
pub mod theme;
pub mod widget;

pub use app::{App, Message};

use crate::i18n::Lang;
use std::path::PathBuf;

/// How the GUI was asked to start.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub data_dir: PathBuf,
    pub lang: Option<Lang>,
    pub content: Option<PathBuf>,
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
        .theme(|_: &App| theme::theme())
        .subscription(App::subscription)
        .settings(settings())
        .window(iced::window::Settings {
            // Maximised where the window manager allows; otherwise a size that fits a
            // 1366×768 screen with a panel and a title bar.
            size: iced::Size::new(1280.0, 680.0),
            min_size: Some(iced::Size::new(1024.0, 640.0)),
            maximized: true,
            ..iced::window::Settings::default()
        })
        .run()
}
