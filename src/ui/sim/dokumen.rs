//! The pretend word processor: a toolbar of big labelled buttons, a page that takes the
//! keyboard and shows the caret, the Save As / Open / Print / Sign dialogs over the
//! shared pretend disk, the surat dinas template, the disposisi sheet, and — in the lesson
//! that crosses tools — a taskbar to switch to the webmail. Words come from
//! `sim-dokumen.ftl`; highlight ids are those of `docs/CONTENT.md`.

mod berkas;
mod page_setup;

use super::parts::{
    choice_button, ctl, ctl_input, error_box, folder_button, mail_button, mail_primary,
    target_label,
};
use crate::i18n::Translator;
use crate::sim::dokumen::{
    Action, Align, App, Dialog, Dokumen, Format, Mode, Move, NameRefusal, Notice, Paper, Pos, SIZES,
};
use crate::ui::keys::{Map, keys};
use crate::ui::theme;
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{
    button, checkbox, column, container, rich_text, row, scrollable, space, span, stack, text,
    text_input,
};
use iced::{Alignment, Color, Element, Length, Padding};

/// The view's messages: the simulator's actions, the webmail's (lesson 8), and saving the
/// learner's document as a real PDF on this laptop.
#[derive(Debug, Clone)]
pub enum Msg {
    Sim(Action),
    Email(super::email::Msg),
    RealPdfOpen,
    RealPdfSave(usize),
    RealPdfClose,
    /// Open or close the list of font sizes under "Ukuran huruf".
    SizeMenu,
    /// An edit in the letter's body box (several lines, like the email's message box).
    LetterBody(iced::widget::text_editor::Action),
}

/// "Simpan PDF asli": the learner's finished document as a real PDF file in a real folder
/// they choose (Dokumen, Unduhan, a USB stick), for a mentor to print. Kept beside the
/// simulator: it touches the real disk, which the simulator never does.
#[derive(Debug, Default)]
pub struct RealPdf {
    /// The folders offered, while the learner chooses.
    pub choosing: Option<Vec<crate::places::Place>>,
    /// The file written, or why it could not be.
    pub result: Option<Result<std::path::PathBuf, ()>>,
}

impl RealPdf {
    pub fn open(&mut self) {
        self.choosing = Some(crate::places::discover());
        self.result = None;
    }

    /// Writes the document into the chosen folder under a name not yet taken there.
    pub fn save(&mut self, d: &Dokumen, choice: usize) {
        let Some(place) = self.choosing.take().and_then(|p| p.into_iter().nth(choice)) else {
            return;
        };
        // The pretend disk takes names a real one may refuse (CON, a trailing dot).
        let stem = crate::places::safe_stem(crate::sim::dokumen::stem_of(d.title()), "dokumen");
        let mut path = place.path.join(format!("{stem}.pdf"));
        for n in 1..100 {
            if !path.exists() {
                break;
            }
            path = place.path.join(format!("{stem} ({n}).pdf"));
        }
        let written = crate::sim::dokumen::to_pdf::render(d)
            .map_err(|e| tracing::error!("cannot make the PDF: {e}"))
            .and_then(|bytes| {
                std::fs::write(&path, bytes)
                    .map_err(|e| tracing::error!("cannot write {}: {e}", path.display()))
            });
        self.result = Some(written.map(|()| path));
    }
}

fn act(a: Action) -> Msg {
    Msg::Sim(a)
}

fn w(tr: &Translator, id: &str) -> String {
    tr.tr(&format!("dokumen-app-{id}"))
}

fn small<'a>(s: String) -> iced::widget::Text<'a> {
    text(s).size(theme::SMALL)
}

/// The caret and the selection are drawn in these, whatever the theme (the page is white).
const CARET: Color = Color::from_rgb(0.04, 0.31, 0.54);
const SELECTION: Color = Color::from_rgb(0.72, 0.83, 0.98);

/// Points on the page are shown this many pixels each, so 12 pt reads like body text.
const PX_PER_PT: f32 = 1.7;

pub fn view<'a>(
    d: &'a Dokumen,
    editor: &'a super::email::Editor,
    real: &'a RealPdf,
    size_menu: bool,
    tr: &Translator,
    highlight: Option<&str>,
) -> Element<'a, Msg> {
    let lit = |id: &str| highlight == Some(id);
    let front: Element<'a, Msg> = match (&d.app, &d.email) {
        (App::Email, Some(mail)) => super::email::view(mail, editor, tr, highlight).map(Msg::Email),
        _ => writer(d, editor, real, size_menu, tr, &lit),
    };
    let over: Option<Element<'a, Msg>> = match (&d.dialog, &real.choosing) {
        _ if d.app != App::Writer => None,
        (Some(dialog), _) => Some(dialog_view(d, dialog, tr, &lit)),
        (None, Some(places)) => Some(real_pdf_chooser(places, tr, &lit)),
        (None, None) => None,
    };
    let front = match over {
        Some(over) => stack![
            front,
            container(over).center(Length::Fill).style(theme::scrim)
        ]
        .into(),
        None => front,
    };
    match d.email {
        Some(_) => column![container(front).height(Length::Fill), taskbar(d, tr, &lit)]
            .spacing(6)
            .into(),
        None => front,
    }
}

fn taskbar<'a>(d: &'a Dokumen, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    let app = |a: App, id: &str, label: &str| {
        let on = d.app == a;
        ctl(
            id.to_owned(),
            lit,
            button(target_label(w(tr, label), theme::SMALL))
                .height(theme::MIN_TARGET)
                .padding([0, 16])
                .style(move |t, s| {
                    if on {
                        theme::primary(t, s)
                    } else {
                        theme::secondary(t, s)
                    }
                })
                .on_press(act(Action::SwitchApp(a))),
        )
    };
    container(
        row![
            app(
                App::Writer,
                "app-writer",
                if d.mode == Mode::Berkas {
                    "app-berkas"
                } else {
                    "app-writer"
                }
            ),
            app(App::Email, "app-email", "app-email"),
        ]
        .spacing(8),
    )
    .padding(4)
    .width(Length::Fill)
    .style(theme::taskbar)
    .into()
}

// ------------------------------------------------------------------ the writer window

/// Where the real PDF can go.
fn real_pdf_chooser<'a>(
    places: &'a [crate::places::Place],
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let choices = places.iter().enumerate().map(|(i, p)| {
        ctl(
            format!("real-pdf-place-{i}"),
            lit,
            mail_button(
                crate::ui::widget::place_name(tr, p),
                Some(Msg::RealPdfSave(i)),
            )
            .width(Length::Fill),
        )
    });
    dialog_frame(
        w(tr, "real-pdf-title"),
        column![small(w(tr, "real-pdf-help"))]
            .push(places.is_empty().then(|| small(w(tr, "real-pdf-nowhere"))))
            .extend(choices)
            .push(row![
                space::horizontal(),
                ctl(
                    "real-pdf-cancel".into(),
                    lit,
                    mail_button(w(tr, "cancel"), Some(Msg::RealPdfClose))
                )
            ])
            .spacing(10)
            .into(),
    )
}

/// The page's height when the toolbar and the page scroll together (a large text size).
const PAGE_HEIGHT: f32 = 300.0;

fn writer<'a>(
    d: &'a Dokumen,
    editor: &'a super::email::Editor,
    real: &'a RealPdf,
    size_menu: bool,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let title = container(
        text(tr.tr_args(
            "dokumen-app-title",
            &[("name", d.title().to_owned().into())],
        ))
        .size(theme::SMALL)
        .font(theme::BOLD)
        .style(theme::on_dark),
    )
    .padding([6, 12])
    .width(Length::Fill)
    .style(theme::webmail_bar);
    let notice = d.notice.as_ref().map(|n| {
        let words = match n {
            Notice::Saved(name) => {
                tr.tr_args("dokumen-app-notice-saved", &[("name", name.clone().into())])
            }
            Notice::Exported(name) => tr.tr_args(
                "dokumen-app-notice-exported",
                &[("name", name.clone().into())],
            ),
            Notice::Printed { paper, copies } => tr.tr_args(
                "dokumen-app-notice-printed",
                &[
                    ("copies", (*copies).into()),
                    ("paper", paper_name(tr, *paper).into()),
                ],
            ),
            Notice::DispositionSent => tr.tr("dokumen-app-notice-disposition-sent"),
            Notice::Signed => tr.tr("dokumen-app-notice-signed"),
        };
        container(small(words))
            .padding(8)
            .width(Length::Fill)
            .style(theme::feedback_success)
    });
    let real_result = real.result.as_ref().map(|r| match r {
        Ok(path) => container(small(tr.tr_args(
            "dokumen-app-real-pdf-saved",
            &[("path", path.display().to_string().into())],
        )))
        .padding(8)
        .width(Length::Fill)
        .style(theme::feedback_success),
        Err(()) => error_box(w(tr, "real-pdf-failed")),
    });
    let body: Element<'a, Msg> = match d.mode {
        // The toolbar and the page scroll together, so at a large text size the page is
        // still there under the buttons (its own scroll bar moves within the text).
        Mode::Writer => {
            return container(
                column![
                    title,
                    scrollable(
                        column![toolbar(d, size_menu, tr, lit)]
                            .push(notice)
                            .push(real_result)
                            .push(container(page(d, lit)).height(PAGE_HEIGHT).padding([0, 8]))
                            .spacing(6)
                            .padding(Padding::ZERO.right(14))
                    )
                    .height(Length::Fill)
                ]
                .spacing(6),
            )
            .id("writer")
            .width(Length::Fill)
            .height(Length::Fill)
            .style(theme::webmail)
            .into();
        }
        Mode::Letter => letter_page(d, Some(editor), tr, lit),
        Mode::Disposisi => disposisi(d, tr, lit),
        Mode::Tte => tte(d, tr, lit),
        // The file window has no word-processor toolbar.
        Mode::Berkas => {
            return container(berkas::view(d, tr, lit))
                .id("writer")
                .width(Length::Fill)
                .height(Length::Fill)
                .style(theme::webmail)
                .into();
        }
    };
    container(
        column![title, toolbar(d, size_menu, tr, lit)]
            .push(notice)
            .push(real_result)
            .push(container(body).height(Length::Fill).padding([0, 8]))
            .spacing(6),
    )
    .id("writer")
    .width(Length::Fill)
    .height(Length::Fill)
    .style(theme::webmail)
    .into()
}

fn tool<'a>(
    id: &str,
    label: String,
    on: Option<Action>,
    chosen: bool,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    ctl(
        id.to_owned(),
        lit,
        button(target_label(label, theme::SMALL))
            .height(theme::MIN_TARGET)
            .padding([0, 10])
            .style(move |t, s| {
                if chosen {
                    theme::side_item(true)(t, s)
                } else {
                    theme::secondary(t, s)
                }
            })
            .on_press_maybe(on.map(act)),
    )
}

fn toolbar<'a>(
    d: &'a Dokumen,
    size_menu: bool,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let editing = d.mode == Mode::Writer;
    let style = d.doc.typing_style();
    let files = row![
        tool("save", w(tr, "save"), Some(Action::Save), false, lit),
        tool(
            "save-as",
            w(tr, "save-as"),
            Some(Action::SaveAs),
            false,
            lit
        ),
        tool("open", w(tr, "open"), Some(Action::Open), false, lit),
        tool(
            "export-pdf",
            w(tr, "export-pdf"),
            Some(Action::ExportPdf),
            false,
            lit
        ),
        tool("print", w(tr, "print"), Some(Action::OpenPrint), false, lit),
        tool(
            "page-setup",
            w(tr, "page-setup"),
            Some(Action::OpenPageSetup),
            false,
            lit
        ),
        ctl(
            "real-pdf".into(),
            lit,
            mail_button(w(tr, "real-pdf"), Some(Msg::RealPdfOpen))
        ),
    ]
    .spacing(6)
    .wrap();
    if !editing {
        return container(files).padding([0, 8]).into();
    }
    let aligned = d.doc.paragraphs().get(d.doc.caret().para).map(|p| p.align);
    let aligns = Align::ALL.map(|a| {
        tool(
            &format!("align-{}", a.key()),
            w(tr, &format!("align-{}", a.key())),
            Some(Action::SetAlign(a)),
            aligned == Some(a),
            lit,
        )
    });
    // "Ukuran huruf: 12" opens the list of sizes under the toolbar, as in a real word
    // processor; choosing one closes it.
    let size_box = ctl(
        "size".into(),
        lit,
        button(target_label(
            tr.tr_args("dokumen-app-size-box", &[("size", style.size.into())]),
            theme::SMALL,
        ))
        .height(theme::MIN_TARGET)
        .padding([0, 10])
        .style(move |t, s| {
            if size_menu {
                theme::side_item(true)(t, s)
            } else {
                theme::secondary(t, s)
            }
        })
        .on_press(Msg::SizeMenu),
    );
    let edit = row![
        tool(
            "undo",
            w(tr, "undo"),
            d.doc.can_undo().then_some(Action::Undo),
            false,
            lit
        ),
        tool(
            "redo",
            w(tr, "redo"),
            d.doc.can_redo().then_some(Action::Redo),
            false,
            lit
        ),
        ctl(
            "bold".into(),
            lit,
            button(
                text(w(tr, "bold"))
                    .size(theme::SMALL)
                    .font(theme::BOLD)
                    .height(Length::Fill)
                    .align_y(iced::alignment::Vertical::Center)
            )
            .height(theme::MIN_TARGET)
            .padding([0, 10])
            .style(move |t, s| {
                if style.bold {
                    theme::side_item(true)(t, s)
                } else {
                    theme::secondary(t, s)
                }
            })
            .on_press(act(Action::ToggleBold)),
        ),
        tool(
            "select-all",
            w(tr, "select-all"),
            Some(Action::SelectAll),
            false,
            lit
        ),
    ]
    .push(size_box)
    .extend(aligns)
    .spacing(6)
    .wrap();
    let sizes = size_menu.then(|| {
        row(SIZES.map(|n| {
            tool(
                &format!("size-{n}"),
                n.to_string(),
                Some(Action::SetSize(n)),
                style.size == n,
                lit,
            )
        }))
        .spacing(4)
        .wrap()
    });
    column![files, edit]
        .push(sizes)
        .spacing(6)
        .padding([0, 8])
        .into()
}

/// What a key means on the page (Tab stays with the focus; Ctrl+letters are shortcuts).
fn page_key(key: &Key, m: Modifiers, typed: Option<&str>) -> Option<Msg> {
    let shift = m.shift();
    let action = match key {
        Key::Named(Named::Enter) => Action::Enter,
        Key::Named(Named::Backspace) => Action::Backspace,
        Key::Named(Named::Delete) => Action::Delete,
        Key::Named(Named::ArrowLeft) => Action::Move(Move::Left, shift),
        Key::Named(Named::ArrowRight) => Action::Move(Move::Right, shift),
        Key::Named(Named::ArrowUp) => Action::Move(Move::Up, shift),
        Key::Named(Named::ArrowDown) => Action::Move(Move::Down, shift),
        Key::Named(Named::Home) if m.control() => Action::Move(Move::DocStart, shift),
        Key::Named(Named::End) if m.control() => Action::Move(Move::DocEnd, shift),
        Key::Named(Named::Home) => Action::Move(Move::Home, shift),
        Key::Named(Named::End) => Action::Move(Move::End, shift),
        Key::Named(Named::Space) if !m.control() => Action::Type(" ".into()),
        Key::Character(c) if m.control() => match c.as_str() {
            "z" => Action::Undo,
            "y" => Action::Redo,
            "b" => Action::ToggleBold,
            "a" => Action::SelectAll,
            "s" => Action::Save,
            _ => return None,
        },
        _ => {
            let t = typed?;
            if t.is_empty() || t.chars().any(char::is_control) {
                return None;
            }
            Action::Type(t.to_owned())
        }
    };
    Some(act(action))
}

/// The page: each paragraph as styled text, every character a place to click for the
/// caret; the caret drawn where it is, the selection shaded.
fn page<'a>(d: &'a Dokumen, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    let doc = &d.doc;
    let selection = doc.selection();
    let caret = doc.caret();
    let paragraphs = doc.paragraphs().iter().enumerate().map(|(p, para)| {
        let mut spans = Vec::new();
        let mut offset = 0usize;
        let caret_span = |size: u8| {
            span("|")
                .size(f32::from(size) * PX_PER_PT)
                .color(CARET)
                .font(theme::BOLD)
                .link(Pos {
                    para: p,
                    offset: caret.offset,
                })
        };
        let mut last_size = doc.typing_style().size;
        for run in &para.runs {
            last_size = run.size;
            for ch in run.text.chars() {
                let here = Pos { para: p, offset };
                if selection.is_none() && caret == here {
                    spans.push(caret_span(run.size));
                }
                let chosen = selection.is_some_and(|(a, b)| a <= here && here < b);
                let mut s = span(ch.to_string())
                    .size(f32::from(run.size) * PX_PER_PT)
                    .font(if run.bold { theme::BOLD } else { theme::FONT })
                    .color(Color::BLACK)
                    .link(here);
                if chosen {
                    s = s.background(SELECTION);
                }
                spans.push(s);
                offset += 1;
            }
        }
        let end = Pos { para: p, offset };
        if selection.is_none() && caret == end {
            spans.push(caret_span(last_size));
        } else if offset == 0 {
            // An empty line still has a height and a place to click.
            spans.push(span(" ").size(f32::from(last_size) * PX_PER_PT).link(end));
        }
        let align = match para.align {
            Align::Left => iced::widget::text::Alignment::Left,
            Align::Center => iced::widget::text::Alignment::Center,
            Align::Right => iced::widget::text::Alignment::Right,
            Align::Justify => iced::widget::text::Alignment::Justified,
        };
        // The mouse selects as in a word processor: press and drag, double-click a word,
        // triple-click a line, Shift+click; a press beside the text goes to the nearest place.
        let drawn = rich_text(spans.clone())
            .font(theme::FONT)
            .align_x(align)
            .width(Length::Fill);
        let line = crate::ui::select::selectable(
            drawn,
            spans,
            end,
            theme::FONT,
            align,
            d.dragging,
            |at, clicks, shift| act(Action::Press { at, clicks, shift }),
            |at| act(Action::DragTo(at)),
            act(Action::Release),
        );
        container(line).id(format!("page-line-{p}")).into()
    });
    let sheet = container(column(paragraphs).spacing(4))
        .padding(Padding::from([28, 40]))
        .width(Length::Fill)
        .style(theme::card);
    let map: Map<'a, Msg> = Box::new(page_key);
    ctl_input(
        "page".into(),
        lit,
        keys(
            scrollable(container(sheet).padding(Padding::ZERO.right(14))).height(Length::Fill),
            d.dialog.is_none().then_some(map),
        ),
    )
}

// ------------------------------------------------------------------ the letter template

fn letter_page<'a>(
    d: &'a Dokumen,
    editor: Option<&'a super::email::Editor>,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let value = |k: &str| d.letter.get(k).map_or("", String::as_str);
    let editable = d.mode == Mode::Letter;
    let field = |key: &'static str| -> Element<'a, Msg> {
        let input = text_input(&w(tr, &format!("field-{key}-hint")), value(key))
            .id(format!("field-{key}-input"))
            .size(theme::SMALL)
            .padding(8)
            .style(theme::input);
        let input = if editable {
            input.on_input(move |s| act(Action::LetterField(key.to_owned(), s)))
        } else {
            input
        };
        ctl_input(format!("field-{key}"), lit, input)
    };
    // The body is written, not filled in: a box of several lines that wraps. A letter only
    // shown (to sign) shows its body as text.
    let body: Element<'a, Msg> = match editor {
        Some(editor) if editable => ctl_input(
            "field-isi".into(),
            lit,
            iced::widget::text_editor(&editor.content)
                .id("field-isi-input")
                .placeholder(w(tr, "field-isi-hint"))
                .size(theme::SMALL)
                .padding(8)
                .height(160)
                .on_action(Msg::LetterBody),
        ),
        _ => small(value("isi").to_owned()).into(),
    };
    let labelled = |key: &'static str| -> Element<'a, Msg> {
        row![
            small(w(tr, &format!("field-{key}"))).width(Length::Fixed(110.0)),
            field(key)
        ]
        .spacing(8)
        .align_y(Alignment::Center)
        .into()
    };
    let kop = column(d.kop.iter().enumerate().map(|(i, line)| {
        text(line.as_str())
            .size(if i == 0 { theme::TEXT } else { theme::SMALL })
            .font(theme::BOLD)
            .width(Length::Fill)
            .center()
            .into()
    }));
    let check = d.letter_check.as_ref().map(|missing| {
        if missing.is_empty() {
            container(small(w(tr, "letter-complete")))
                .padding(8)
                .width(Length::Fill)
                .style(theme::feedback_success)
        } else {
            let names: Vec<String> = missing
                .iter()
                .map(|k| w(tr, &format!("field-{k}")))
                .collect();
            error_box(tr.tr_args(
                "dokumen-app-letter-missing",
                &[("fields", names.join(", ").into())],
            ))
        }
    });
    let sheet = column![
        kop,
        iced::widget::rule::horizontal(3),
        row![
            space::horizontal(),
            container(field("tempat_tanggal")).width(300)
        ],
        labelled("nomor"),
        labelled("sifat"),
        labelled("lampiran"),
        labelled("hal"),
        labelled("yth"),
        body,
        row![
            space::horizontal(),
            column![field("jabatan"), field("nama"), field("nip")]
                .spacing(4)
                .width(300)
        ],
        labelled("tembusan"),
    ]
    .spacing(8);
    let sheet = scrollable(
        container(
            container(sheet)
                .padding([20, 28])
                .width(Length::Fill)
                .style(theme::card),
        )
        .padding(Padding::ZERO.right(14)),
    )
    .id("letter-sheet")
    .height(Length::Fill);
    if !editable {
        return sheet.into();
    }
    // "Periksa Surat" and what it found stay above the sheet, never scrolled away.
    column![
        row![ctl(
            "check-letter".into(),
            lit,
            mail_primary(w(tr, "check-letter"), Some(act(Action::CheckLetter)))
        )]
        .push(check.map(|c| c.width(Length::Fill)))
        .spacing(12)
        .align_y(Alignment::Center),
        sheet
    ]
    .spacing(8)
    .into()
}

// ------------------------------------------------------------------ disposisi and TTE

fn disposisi<'a>(d: &'a Dokumen, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    let letter: Element<'a, Msg> = match &d.incoming {
        Some(inc) => column![
            small(tr.tr_args(
                "dokumen-app-incoming-from",
                &[("from", tr.tr(&inc.from).into())]
            )),
            small(tr.tr_args(
                "dokumen-app-incoming-number",
                &[
                    ("number", tr.tr(&inc.number).into()),
                    ("date", tr.tr(&inc.date).into())
                ]
            )),
            text(tr.tr(&inc.subject))
                .size(theme::SMALL)
                .font(theme::BOLD),
            small(tr.tr(&inc.body)),
        ]
        .spacing(8)
        .into(),
        None => small(w(tr, "incoming-none")).into(),
    };
    let sheet = &d.disposition;
    let to = d.positions.iter().enumerate().map(|(i, p)| {
        let on = sheet.to.contains(p);
        ctl(
            format!("disposisi-to-{i}"),
            lit,
            checkbox(on)
                .label(p.as_str())
                .size(24)
                .text_size(theme::SMALL)
                .on_toggle(move |_| act(Action::DispositionTo(p.clone()))),
        )
    });
    let instructions = crate::sim::dokumen::INSTRUCTIONS.map(|k| {
        let on = sheet.instructions.iter().any(|i| i == k);
        ctl(
            format!("instr-{k}"),
            lit,
            checkbox(on)
                .label(w(tr, &format!("instr-{k}")))
                .size(24)
                .text_size(theme::SMALL)
                .on_toggle(move |_| act(Action::DispositionInstruction(k.to_owned()))),
        )
    });
    let refused = sheet
        .refused
        .as_ref()
        .map(|r| error_box(w(tr, &format!("disposisi-refused-{r}"))));
    let form = column![
        text(w(tr, "disposisi-title"))
            .size(theme::TEXT)
            .font(theme::BOLD),
        small(w(tr, "disposisi-to")).font(theme::BOLD),
        column(to).spacing(2),
        small(w(tr, "disposisi-instruction")).font(theme::BOLD),
        column(instructions).spacing(2),
        small(w(tr, "disposisi-note")).font(theme::BOLD),
        ctl_input(
            "disposisi-note".into(),
            lit,
            text_input("", &sheet.note)
                .id("disposisi-note-input")
                .on_input(|s| act(Action::DispositionNote(s)))
                .size(theme::SMALL)
                .padding(8)
                .style(theme::input)
        ),
    ]
    .spacing(8);
    // The sheet scrolls; the refusal and "Kirim Disposisi" stay in sight under it.
    let form =
        column![scrollable(container(form).padding(Padding::ZERO.right(14))).height(Length::Fill)]
            .push(refused)
            .push(ctl(
                "send-disposisi".into(),
                lit,
                mail_primary(
                    w(tr, "send-disposisi"),
                    (!sheet.sent).then_some(act(Action::SendDisposition)),
                ),
            ))
            .spacing(8);
    row![
        scrollable(
            container(letter)
                .padding(16)
                .width(Length::Fill)
                .style(theme::card)
        )
        .width(Length::FillPortion(1))
        .height(Length::Fill),
        container(form)
            .width(Length::FillPortion(1))
            .height(Length::Fill),
    ]
    .spacing(12)
    .into()
}

fn tte<'a>(d: &'a Dokumen, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    let secretary = d.secretary_asks.then(|| {
        container(
            column![
                small(w(tr, "secretary-from")).font(theme::BOLD),
                small(w(tr, "secretary-message")),
                row![
                    ctl(
                        "secretary-give".into(),
                        lit,
                        mail_button(
                            w(tr, "secretary-give"),
                            Some(act(Action::AnswerSecretary(true)))
                        )
                    ),
                    ctl(
                        "secretary-refuse".into(),
                        lit,
                        mail_button(
                            w(tr, "secretary-refuse"),
                            Some(act(Action::AnswerSecretary(false)))
                        )
                    ),
                ]
                .spacing(8),
            ]
            .spacing(6),
        )
        .padding(10)
        .width(Length::Fill)
        .style(theme::feedback_try_again)
    });
    let text_of_letter =
        column(d.doc.paragraphs().iter().map(|p| small(p.text()).into())).spacing(6);
    let letter: Element<'a, Msg> = if d.letter.is_empty() {
        container(text_of_letter)
            .padding(20)
            .width(Length::Fill)
            .style(theme::card)
            .into()
    } else {
        letter_page(d, None, tr, lit)
    };
    // "Tanda Tangani" comes first, above the letter: under a long message from the
    // secretary at a large text size it was squashed to nothing.
    column![]
        .push(
            row![
                ctl(
                    "sign".into(),
                    lit,
                    mail_primary(w(tr, "sign"), (!d.signed).then_some(act(Action::StartSign)))
                ),
                small(if d.signed {
                    w(tr, "signed")
                } else {
                    String::new()
                })
            ]
            .spacing(12)
            .align_y(Alignment::Center),
        )
        .push(secretary)
        .push(container(letter).height(Length::Fill))
        .spacing(8)
        .into()
}

// ------------------------------------------------------------------ dialogs

fn paper_name(tr: &Translator, p: Paper) -> String {
    w(tr, &format!("paper-{}", p.key()))
}

fn folder_name(tr: &Translator, f: &str) -> String {
    super::email::disk_folder_label(tr, f)
}

/// The room kept for a dialog's message (two lines at any text size).
const ERROR_ROOM: f32 = 80.0;

fn dialog_frame<'a>(title: String, content: Element<'a, Msg>) -> Element<'a, Msg> {
    container(column![text(title).size(theme::TEXT).font(theme::BOLD), content].spacing(12))
        .padding(18)
        .max_width(760)
        // A dialog with a list is as tall as there is room for, up to this: the list
        // shrinks (it scrolls) and the name box and buttons stay in the window at any
        // text size.
        .max_height(560)
        .style(theme::card)
        .into()
}

fn folder_list<'a>(
    d: &'a Dokumen,
    tr: &Translator,
    current: &str,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let folders = d.disk.folders().into_iter().map(|f| {
        let on = f == current;
        ctl(
            format!("dialog-folder-{f}"),
            lit,
            folder_button(
                folder_name(tr, f),
                on,
                act(Action::DialogFolder(f.to_owned())),
            ),
        )
    });
    scrollable(column(folders).spacing(2).padding(Padding::ZERO.right(10)))
        .id("dialog-folders")
        .width(220)
        .height(Length::Fill)
        .into()
}

fn file_line<'a>(tr: &Translator, name: &str, kb: u32) -> iced::widget::Text<'a> {
    small(tr.tr_args(
        "dokumen-app-file",
        &[("name", name.to_owned().into()), ("kb", kb.into())],
    ))
}

fn dialog_view<'a>(
    d: &'a Dokumen,
    dialog: &'a Dialog,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let cancel = || {
        ctl(
            "dialog-cancel".into(),
            lit,
            mail_button(w(tr, "cancel"), Some(act(Action::DialogCancel))),
        )
    };
    match dialog {
        Dialog::SaveAs {
            folder,
            name,
            format,
            problem,
        } => {
            let files = column(
                d.documents_in(folder)
                    .into_iter()
                    .map(|f| file_line(tr, &f.name, f.size_kb).into()),
            )
            .spacing(4);
            let formats = [Format::Docx, Format::Pdf].map(|f| {
                let on = *format == f;
                ctl(
                    format!("format-{}", f.key()),
                    lit,
                    choice_button(
                        w(tr, &format!("format-{}", f.key())),
                        on,
                        act(Action::DialogFormat(f)),
                    ),
                )
            });
            let problem = problem.map(|p| -> Element<'a, Msg> {
                error_box(match p {
                    NameRefusal::Empty => w(tr, "name-empty"),
                    NameRefusal::Character(c) => tr.tr_args(
                        "dokumen-app-name-character",
                        &[("character", c.to_string().into())],
                    ),
                })
                .into()
            });
            dialog_frame(
                w(tr, "save-as-title"),
                column![
                    row![
                        folder_list(d, tr, folder, lit),
                        column![
                            small(tr.tr_args(
                                "dokumen-app-in-folder",
                                &[("folder", folder_name(tr, folder).into())]
                            ))
                            .font(theme::BOLD),
                            scrollable(files).height(Length::Fill)
                        ]
                        .spacing(6)
                        .width(Length::Fill),
                    ]
                    .spacing(12)
                    .height(Length::Fill),
                    row![
                        small(w(tr, "file-name")).width(Length::Fixed(120.0)),
                        ctl_input(
                            "dialog-name".into(),
                            lit,
                            text_input("", name)
                                .id("dialog-name-input")
                                .on_input(|s| act(Action::DialogName(s)))
                                .on_submit(act(Action::DialogConfirm))
                                .size(theme::SMALL)
                                .padding(8)
                                .style(theme::input)
                        ),
                    ]
                    .align_y(Alignment::Center),
                    row![small(w(tr, "file-format")).width(Length::Fixed(120.0))]
                        .extend(formats)
                        .spacing(8)
                        .align_y(Alignment::Center),
                ]
                // The message has its place kept beside the buttons: appearing, it moves
                // no button and squashes nothing.
                .push(
                    row![
                        container(problem.unwrap_or_else(|| space::horizontal().into()))
                            .width(Length::Fill)
                            .height(Length::Fixed(ERROR_ROOM))
                            .align_y(Alignment::Center),
                        cancel(),
                        ctl(
                            "dialog-save".into(),
                            lit,
                            mail_primary(w(tr, "dialog-save"), Some(act(Action::DialogConfirm)))
                        ),
                    ]
                    .spacing(8)
                    .align_y(Alignment::Center),
                )
                .spacing(10)
                .into(),
            )
        }
        Dialog::Overwrite { name, .. } => dialog_frame(
            w(tr, "overwrite-title"),
            column![
                small(tr.tr_args(
                    "dokumen-app-overwrite-text",
                    &[("name", name.clone().into())]
                )),
                row![
                    space::horizontal(),
                    ctl(
                        "overwrite-no".into(),
                        lit,
                        mail_button(
                            w(tr, "overwrite-no"),
                            Some(act(Action::OverwriteAnswer(false)))
                        )
                    ),
                    ctl(
                        "overwrite-yes".into(),
                        lit,
                        mail_primary(
                            w(tr, "overwrite-yes"),
                            Some(act(Action::OverwriteAnswer(true)))
                        )
                    ),
                ]
                .spacing(8),
            ]
            .spacing(12)
            .into(),
        ),
        Dialog::Open { folder, query } => {
            let open_button = |f: &crate::sim::files::DiskFile, id: String| {
                ctl(
                    id,
                    lit,
                    button(file_line(tr, &f.name, f.size_kb))
                        .width(Length::Fill)
                        .padding([11, 10])
                        .style(|t, s| theme::mail_row(false)(t, s))
                        .on_press(act(Action::OpenFile {
                            folder: f.folder.clone(),
                            name: f.name.clone(),
                        })),
                )
            };
            let list: Vec<Element<'a, Msg>> = if !query.trim().is_empty() {
                let found = d.search_results();
                if found.is_empty() {
                    vec![small(w(tr, "search-none")).into()]
                } else {
                    found
                        .into_iter()
                        .map(|f| open_button(f, format!("open-file-{}", f.name)))
                        .collect()
                }
            } else {
                // Dokumen Terakhir, and the chosen folder's documents: the folder first once
                // the learner has chosen one.
                let mut recent: Vec<Element<'a, Msg>> =
                    vec![small(w(tr, "recent")).font(theme::BOLD).into()];
                recent.extend(
                    d.recent_files()
                        .into_iter()
                        .enumerate()
                        .map(|(i, f)| open_button(f, format!("recent-{i}"))),
                );
                let mut in_folder: Vec<Element<'a, Msg>> = Vec::new();
                if !folder.is_empty() {
                    in_folder.push(
                        small(tr.tr_args(
                            "dokumen-app-in-folder",
                            &[("folder", folder_name(tr, folder).into())],
                        ))
                        .font(theme::BOLD)
                        .into(),
                    );
                    in_folder.extend(
                        d.documents_in(folder)
                            .into_iter()
                            .map(|f| open_button(f, format!("open-file-{}", f.name))),
                    );
                }
                if d.open_browsed() {
                    in_folder.extend(recent);
                    in_folder
                } else {
                    recent.extend(in_folder);
                    recent
                }
            };
            dialog_frame(
                w(tr, "open-title"),
                column![
                    row![
                        small(w(tr, "search")).width(Length::Fixed(120.0)),
                        ctl_input(
                            "open-search".into(),
                            lit,
                            text_input(&w(tr, "search-hint"), query)
                                .id("open-search-input")
                                .on_input(|s| act(Action::OpenQuery(s)))
                                .size(theme::SMALL)
                                .padding(8)
                                .style(theme::input)
                        ),
                    ]
                    .align_y(Alignment::Center),
                    row![
                        folder_list(d, tr, folder, lit),
                        scrollable(column(list).spacing(4).padding(Padding::ZERO.right(12)))
                            .width(Length::Fill)
                            .height(Length::Fill),
                    ]
                    .spacing(12)
                    .height(Length::Fill),
                    row![space::horizontal(), cancel()],
                ]
                .spacing(10)
                .into(),
            )
        }
        Dialog::Print { paper, copies } => {
            let papers = [Paper::A4, Paper::F4].map(|p| {
                let on = *paper == p;
                ctl(
                    format!("paper-{}", p.key()),
                    lit,
                    choice_button(paper_name(tr, p), on, act(Action::SetPaper(p))),
                )
            });
            // The preview: the page's shape (F4 is longer) with grey lines for the text.
            let (pw, ph) = match paper {
                Paper::A4 => (120.0, 170.0),
                Paper::F4 => (120.0, 185.0),
            };
            let lines = column((0..9).map(|i| {
                container(space::horizontal())
                    .width(if i % 3 == 2 { 50.0 } else { 88.0 })
                    .height(4)
                    .style(theme::chip)
                    .into()
            }))
            .spacing(9);
            let preview = container(lines)
                .padding(16)
                .width(pw)
                .height(ph)
                .style(theme::card);
            dialog_frame(
                w(tr, "print-title"),
                row![
                    column![small(w(tr, "preview")).font(theme::BOLD), preview].spacing(6),
                    column![
                        small(w(tr, "paper")).font(theme::BOLD),
                        row(papers).spacing(8),
                        small(w(tr, "copies")).font(theme::BOLD),
                        row![
                            ctl(
                                "copies-less".into(),
                                lit,
                                mail_button("−".into(), Some(act(Action::CopiesLess)))
                            ),
                            text(copies.to_string()).size(theme::TEXT).font(theme::BOLD),
                            ctl(
                                "copies-more".into(),
                                lit,
                                mail_button("+".into(), Some(act(Action::CopiesMore)))
                            ),
                        ]
                        .spacing(12)
                        .align_y(Alignment::Center),
                        row![
                            cancel(),
                            ctl(
                                "do-print".into(),
                                lit,
                                mail_primary(w(tr, "do-print"), Some(act(Action::Print)))
                            ),
                        ]
                        .spacing(8),
                    ]
                    .spacing(10),
                ]
                .spacing(24)
                .into(),
            )
        }
        Dialog::PageSetup { paper, margins } => page_setup::view(*paper, *margins, tr, lit),
        Dialog::Sign { passphrase, error } => dialog_frame(
            w(tr, "sign-title"),
            column![
                small(w(tr, "sign-help")),
                ctl_input(
                    "passphrase".into(),
                    lit,
                    text_input("", passphrase)
                        .id("passphrase-input")
                        .secure(true)
                        .on_input(|s| act(Action::Passphrase(s)))
                        .on_submit(act(Action::ConfirmSign))
                        .size(theme::SMALL)
                        .padding(8)
                        .style(theme::input)
                ),
            ]
            .push(error.map(|e| error_box(w(tr, &format!("sign-error-{}", e.key())))))
            .push(
                row![
                    space::horizontal(),
                    cancel(),
                    ctl(
                        "confirm-sign".into(),
                        lit,
                        mail_primary(w(tr, "sign"), Some(act(Action::ConfirmSign)))
                    ),
                ]
                .spacing(8),
            )
            .spacing(10)
            .into(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ids built from keys (fields, instructions, refusals, alignments, papers) all
    /// exist in both languages.
    #[test]
    fn every_word_the_tool_can_show_is_in_both_languages() {
        use crate::sim::dokumen::{INSTRUCTIONS, SignError};
        let content = crate::course::load(None);
        let mut ids: Vec<String> = crate::sim::dokumen::letter::FIELDS
            .iter()
            .flat_map(|k| [format!("field-{k}"), format!("field-{k}-hint")])
            .collect();
        ids.extend(INSTRUCTIONS.map(|k| format!("instr-{k}")));
        ids.extend(Align::ALL.map(|a| format!("align-{}", a.key())));
        ids.extend([Paper::A4, Paper::F4].map(|p| format!("paper-{}", p.key())));
        ids.extend([Format::Docx, Format::Pdf].map(|f| format!("format-{}", f.key())));
        ids.extend(
            [
                SignError::Empty,
                SignError::Passphrase,
                SignError::NotRegistered,
            ]
            .map(|e| format!("sign-error-{}", e.key())),
        );
        ids.extend(["no_recipient", "no_instruction"].map(|r| format!("disposisi-refused-{r}")));
        let missing: Vec<String> = ids
            .iter()
            .map(|id| format!("dokumen-app-{id}"))
            .filter(|id| !content.catalog.missing_in(id).is_empty())
            .collect();
        assert!(missing.is_empty(), "missing words: {missing:?}");
    }

    #[test]
    fn keys_on_the_page_become_editing_actions() {
        let none = Modifiers::empty();
        let m = |key: Key, mods, t: Option<&str>| match page_key(&key, mods, t) {
            Some(Msg::Sim(a)) => Some(a),
            _ => None,
        };
        assert_eq!(m(Key::Named(Named::Enter), none, None), Some(Action::Enter));
        assert_eq!(
            m(Key::Character("a".into()), none, Some("a")),
            Some(Action::Type("a".into()))
        );
        assert_eq!(
            m(Key::Character("z".into()), Modifiers::CTRL, Some("z")),
            Some(Action::Undo)
        );
        assert_eq!(
            m(Key::Named(Named::ArrowLeft), Modifiers::SHIFT, None),
            Some(Action::Move(Move::Left, true))
        );
        assert_eq!(
            m(Key::Named(Named::Tab), none, Some("\t")),
            None,
            "Tab moves the focus"
        );
        assert_eq!(m(Key::Named(Named::Escape), none, None), None);
    }
}
