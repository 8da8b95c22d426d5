//! "Siapa yang belajar hari ini?": pick a learner, or add one (name, optional NIP and unit).

use crate::i18n::Translator;
use crate::store::{Learner, LearnerError, NewLearner, Store, StoreError};
use crate::ui::focus::focus;
use crate::ui::{theme, widget};
use iced::widget::{button, column, container, row, scrollable, space, text_input};
use iced::{Alignment, Element, Length};

#[derive(Debug, Default)]
pub struct State {
    pub learners: Vec<Learner>,
    pub form: Option<NewLearner>,
    /// Fluent id of the sentence explaining why the form was not saved.
    pub error: Option<&'static str>,
    /// What was typed in the search box: names whose words start with it are shown.
    pub query: String,
    /// The optional PIN typed in the form.
    pub pin: String,
}

/// With more learners than this, the search box is shown (with fewer it is only noise).
pub const SEARCH_FROM: usize = 6;

/// True when one of the name's words starts with `query` ("sit" finds "Siti Rahmawati" and
/// "Ahmad Sitompul"), ignoring case and extra spaces.
pub fn name_matches(name: &str, query: &str) -> bool {
    let query = query
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    if query.is_empty() {
        return true;
    }
    let name = name.to_lowercase();
    let words: Vec<&str> = name.split_whitespace().collect();
    (0..words.len()).any(|i| words[i..].join(" ").starts_with(&query))
}

#[derive(Debug, Clone)]
pub enum Message {
    Pick(String),
    Add,
    Name(String),
    Nip(String),
    Unit(String),
    Save,
    Cancel,
    Settings,
    Search(String),
    Pin(String),
    Mentor,
}

pub enum Event {
    /// A new learner, just added: no PIN to ask.
    SignedIn(Learner),
    /// A tile clicked: the PIN is asked first when the learner has one.
    Picked(Learner),
    OpenSettings,
    /// The mentor's class overview.
    OpenMentor,
}

impl State {
    pub fn load(store: &Store) -> Self {
        let learners = store.learners().unwrap_or_else(|e| {
            tracing::error!("cannot list learners: {e}");
            Vec::new()
        });
        // With nobody yet, the form is the only thing to do: show it at once.
        let form = learners.is_empty().then(NewLearner::default);
        Self {
            learners,
            form,
            error: None,
            query: String::new(),
            pin: String::new(),
        }
    }

    pub fn update(&mut self, message: Message, store: &Store) -> super::Update<Message, Event> {
        super::only(self.decide(message, store))
    }

    fn decide(&mut self, message: Message, store: &Store) -> Option<Event> {
        match message {
            Message::Pick(id) => {
                return self
                    .learners
                    .iter()
                    .find(|l| l.id == id)
                    .cloned()
                    .map(Event::Picked);
            }
            Message::Add => {
                self.form = Some(NewLearner::default());
                self.error = None;
            }
            Message::Name(v) => self.edit(|f| f.name = v),
            Message::Nip(v) => self.edit(|f| f.nip = v),
            Message::Unit(v) => self.edit(|f| f.unit = v),
            Message::Cancel => {
                self.form = None;
                self.error = None;
            }
            Message::Save => {
                let form = self.form.as_ref()?;
                let pin = self.pin.trim().to_owned();
                if !pin.is_empty() && !crate::store::learner_pin_ok(&pin) {
                    self.error = Some("learners-error-pin");
                    return None;
                }
                match store.add_learner(form) {
                    Ok(learner) => {
                        if !pin.is_empty()
                            && let Err(e) = store.set_learner_pin(&learner.id, Some(&pin))
                        {
                            tracing::error!("cannot set the PIN: {e}");
                            self.error = Some("learners-error-save");
                        }
                        self.pin.clear();
                        return Some(Event::SignedIn(learner));
                    }
                    Err(StoreError::Invalid(crate::store::Invalid::Learner(e))) => {
                        self.error = Some(error_id(e))
                    }
                    Err(e) => {
                        tracing::error!("cannot add learner: {e}");
                        self.error = Some("learners-error-save");
                    }
                }
            }
            Message::Settings => return Some(Event::OpenSettings),
            Message::Search(q) => self.query = q,
            Message::Mentor => return Some(Event::OpenMentor),
            Message::Pin(p) => self.pin = p,
        }
        None
    }

    fn edit(&mut self, f: impl FnOnce(&mut NewLearner)) {
        if let Some(form) = &mut self.form {
            f(form);
        }
    }

    pub fn view(&self, tr: &Translator) -> Element<'_, Message> {
        let header = row![
            widget::title(tr.tr("learners-title")).width(Length::Fill),
            widget::secondary("mentor-view", tr.tr("mentor-open"), Some(Message::Mentor)),
            widget::secondary("settings", tr.tr("settings-open"), Some(Message::Settings)),
        ]
        .spacing(theme::SPACE)
        .align_y(iced::Alignment::Center);
        let body: Element<'_, Message> = match &self.form {
            Some(form) => self.form_view(tr, form),
            None => self.list_view(tr),
        };
        column![header, body]
            .spacing(theme::PAD)
            .padding(theme::PAD)
            .max_width(1100)
            .into()
    }

    fn list_view(&self, tr: &Translator) -> Element<'_, Message> {
        let shown: Vec<&Learner> = self
            .learners
            .iter()
            .filter(|l| name_matches(&l.name, &self.query))
            .collect();
        // Three tiles a row: 30 learners fit in ten rows, every name in full.
        let tiles = shown.iter().map(|l| {
            let detail = l.unit.as_deref().unwrap_or_default();
            let tile = button(
                row![
                    widget::avatar(&l.name, &l.id),
                    column![widget::body(l.name.as_str()).font(theme::BOLD)]
                        .push((!detail.is_empty()).then(|| widget::small(detail.to_owned())))
                        .spacing(2)
                        .width(Length::Fill),
                ]
                .spacing(12)
                .align_y(Alignment::Center),
            )
            .padding([10, 14])
            .width(Length::Fill)
            .height(Length::Fixed(104.0)) // room for a unit on two lines; rows stay even
            .style(theme::tile)
            .on_press(Message::Pick(l.id.clone()));
            let tile: Element<'_, Message> = container(focus(tile))
                .id(format!("learner-{}", l.id))
                .width(Length::FillPortion(1))
                .into();
            tile
        });
        let mut grid = column![].spacing(12);
        let mut tiles = tiles.peekable();
        while tiles.peek().is_some() {
            let mut line = row![].spacing(12);
            for _ in 0..3 {
                line = line.push(match tiles.next() {
                    Some(t) => t,
                    None => space::horizontal().width(Length::FillPortion(1)).into(),
                });
            }
            grid = grid.push(line);
        }
        if shown.is_empty() {
            grid = grid.push(widget::body(tr.tr("learners-none-found")));
        }
        let search = (self.learners.len() > SEARCH_FROM).then(|| {
            text_input(&tr.tr("learners-search"), &self.query)
                .id("search")
                .on_input(Message::Search)
                .size(theme::TEXT)
                .padding(12)
                .style(theme::input)
        });
        column![widget::body(tr.tr("learners-pick"))]
            .push(search)
            .push(
                container(scrollable(grid.padding([0, 16])).height(Length::Fill))
                    .id("learner-tiles"),
            )
            .push(widget::secondary(
                "add-learner",
                tr.tr("learners-add"),
                Some(Message::Add),
            ))
            .spacing(theme::SPACE)
            .into()
    }

    fn form_view<'a>(&'a self, tr: &Translator, form: &'a NewLearner) -> Element<'a, Message> {
        let field = |label: String,
                     hint: String,
                     id: &'static str,
                     value: &'a str,
                     on: fn(String) -> Message| {
            column![
                widget::body(label).font(theme::BOLD),
                widget::small(hint),
                text_input("", value)
                    .id(id)
                    .on_input(on)
                    .on_submit(Message::Save)
                    .size(theme::TEXT)
                    .padding(12)
                    .style(theme::input),
            ]
            .spacing(6)
        };
        let error = self.error.map(|id| {
            container(widget::body(tr.tr(id)))
                .padding(12)
                .width(Length::Fill)
                .style(theme::feedback_try_again)
        });
        let cancel = (!self.learners.is_empty())
            .then(|| widget::secondary("cancel", tr.tr("learners-cancel"), Some(Message::Cancel)));
        let pin = column![
            widget::body(tr.tr("learners-pin")).font(theme::BOLD),
            widget::small(tr.tr("learners-pin-hint")),
            text_input("", &self.pin)
                .id("learner-pin")
                .secure(true)
                .on_input(Message::Pin)
                .on_submit(Message::Save)
                .size(theme::TEXT)
                .padding(12)
                .style(theme::input),
        ]
        .spacing(6);
        // Two fields a row: the whole form and its "Simpan" fit a 1366×768 screen.
        let half = |c: iced::widget::Column<'a, Message>| c.width(Length::FillPortion(1));
        widget::card(
            column![
                widget::subtitle(tr.tr("learners-new-title")),
                row![
                    half(field(
                        tr.tr("learners-name"),
                        tr.tr("learners-name-hint"),
                        "name",
                        &form.name,
                        Message::Name
                    )),
                    half(field(
                        tr.tr("learners-nip"),
                        tr.tr("learners-nip-hint"),
                        "nip",
                        &form.nip,
                        Message::Nip
                    )),
                ]
                .spacing(theme::PAD),
                row![
                    half(field(
                        tr.tr("learners-unit"),
                        tr.tr("learners-unit-hint"),
                        "unit",
                        &form.unit,
                        Message::Unit
                    )),
                    half(pin),
                ]
                .spacing(theme::PAD),
            ]
            .push(error)
            .push(
                row![
                    widget::primary("save-learner", tr.tr("learners-save"), Some(Message::Save)),
                    space::horizontal()
                ]
                .push(cancel)
                .spacing(theme::SPACE),
            )
            .spacing(theme::SPACE),
        )
        .into()
    }
}

fn error_id(e: LearnerError) -> &'static str {
    match e {
        LearnerError::EmptyName => "learners-error-name",
        LearnerError::LongName => "learners-error-long-name",
        LearnerError::BadNip => "learners-error-nip",
        LearnerError::LongUnit => "learners-error-long-unit",
    }
}

#[cfg(test)]
mod tests {
    use super::name_matches;

    #[test]
    fn names_are_found_from_the_first_letters_of_any_word() {
        assert!(name_matches("Siti Rahmawati", "sit"));
        assert!(name_matches("Siti Rahmawati", "  RAH "));
        assert!(name_matches("Siti Rahmawati", "siti rah"));
        assert!(name_matches("Ahmad Sitompul", "sit"));
        assert!(!name_matches("Siti Rahmawati", "awati"));
        assert!(name_matches("Siti Rahmawati", ""));
    }
}
