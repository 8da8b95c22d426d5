//! The writer window: its title bar, the toolbar of big labelled buttons, the page that
//! takes the keyboard, and the chooser of a real folder for "Simpan PDF asli".

use super::{
    CARET, Msg, PX_PER_PT, RealPdf, SELECTION, act, berkas, dialog_frame, disposisi, letter_page,
    paper_name, small, tte, w,
};
use crate::i18n::Translator;
use crate::sim::dokumen::{Action, Align, Dokumen, Mode, Move, Notice, Pos, SIZES};
use crate::ui::keys::{Map, keys};
use crate::ui::sim::email;
use crate::ui::sim::parts::{ctl, ctl_input, error_box, mail_button, target_label};
use crate::ui::theme;
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{button, column, container, rich_text, row, scrollable, space, span, text};
use iced::{Color, Element, Length, Padding};

/// Where the real PDF can go.
pub(super) fn real_pdf_chooser<'a>(
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
pub(super) const PAGE_HEIGHT: f32 = 300.0;
/// The letter's "Periksa Surat" row and sheet: room for its 160-px body box and more.
const LETTER_HEIGHT: f32 = 340.0;

pub(super) fn writer<'a>(
    d: &'a Dokumen,
    editor: &'a email::Editor,
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
    let notice = notice_line(d, tr);
    let real_result = real_pdf_line(real, tr);
    // The toolbar and the page scroll together, so at a large text size the page is still
    // there under the buttons (its own scroll bar moves within the text). The same for a
    // letter: at "Lebih Besar" and "Sangat Besar" the toolbar's rows left the sheet too
    // little room to show its biggest box (the body, 160 px) whole; now the toolbar scrolls
    // away above a sheet of a fixed height.
    let (sheet, height): (Element<'a, Msg>, f32) = match d.mode {
        Mode::Writer => (page(d, lit), PAGE_HEIGHT),
        Mode::Letter => (letter_page(d, Some(editor), tr, lit), LETTER_HEIGHT),
        // The file window has no word-processor toolbar.
        Mode::Berkas => return frame(berkas::view(d, tr, lit)),
        Mode::Disposisi | Mode::Tte => {
            let body = match d.mode {
                Mode::Tte => tte(d, tr, lit),
                _ => disposisi(d, tr, lit),
            };
            return frame(
                column![title, toolbar(d, size_menu, tr, lit)]
                    .push(notice)
                    .push(real_result)
                    .push(container(body).height(Length::Fill).padding([0, 8]))
                    .spacing(6)
                    .into(),
            );
        }
    };
    frame(
        column![
            title,
            scrollable(
                column![toolbar(d, size_menu, tr, lit)]
                    .push(notice)
                    .push(real_result)
                    .push(container(sheet).height(height).padding([0, 8]))
                    .spacing(6)
                    .padding(Padding::ZERO.right(14))
            )
            .height(Length::Fill)
        ]
        .spacing(6)
        .into(),
    )
}

/// The word processor's window around its content.
fn frame<'a>(content: Element<'a, Msg>) -> Element<'a, Msg> {
    container(content)
        .id("writer")
        .width(Length::Fill)
        .height(Length::Fill)
        .style(theme::webmail)
        .into()
}

/// What the last action did (saved, exported, printed…), in green.
fn notice_line<'a>(d: &Dokumen, tr: &Translator) -> Option<iced::widget::Container<'a, Msg>> {
    d.notice.as_ref().map(|n| {
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
    })
}

/// "Simpan PDF asli": being written, where it went, or why not.
fn real_pdf_line<'a>(real: &RealPdf, tr: &Translator) -> Option<iced::widget::Container<'a, Msg>> {
    match (&real.result, real.saving) {
        (_, true) => Some(
            container(small(w(tr, "real-pdf-saving")))
                .padding(8)
                .width(Length::Fill),
        ),
        (Some(Ok(path)), false) => Some(
            container(small(tr.tr_args(
                "dokumen-app-real-pdf-saved",
                &[("path", path.display().to_string().into())],
            )))
            .padding(8)
            .width(Length::Fill)
            .style(theme::feedback_success),
        ),
        (Some(Err(())), false) => Some(error_box(w(tr, "real-pdf-failed"))),
        (None, false) => None,
    }
}

pub(super) fn tool<'a>(
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

pub(super) fn toolbar<'a>(
    d: &'a Dokumen,
    size_menu: bool,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let files = file_tools(tr, lit);
    if d.mode != Mode::Writer {
        return container(files).padding([0, 8]).into();
    }
    let size = d.doc.typing_style().size;
    let sizes = size_menu.then(|| {
        row(SIZES.map(|n| {
            tool(
                &format!("size-{n}"),
                n.to_string(),
                Some(Action::SetSize(n)),
                size == n,
                lit,
            )
        }))
        .spacing(4)
        .wrap()
    });
    column![files, edit_tools(d, size_menu, tr, lit)]
        .push(sizes)
        .spacing(6)
        .padding([0, 8])
        .into()
}

/// Simpan, Simpan Sebagai, Buka, Ekspor PDF, Cetak, Tata Letak, Simpan PDF asli.
fn file_tools<'a>(tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    row![
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
    .wrap()
    .into()
}

/// Urungkan, Ulangi, Tebal, Pilih Semua, "Ukuran huruf", and the alignments.
fn edit_tools<'a>(
    d: &'a Dokumen,
    size_menu: bool,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let style = d.doc.typing_style();
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
    row![
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
    .wrap()
    .into()
}

/// What a key means on the page (Tab stays with the focus; Ctrl+letters are shortcuts).
pub(super) fn page_key(key: &Key, m: Modifiers, typed: Option<&str>) -> Option<Msg> {
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
pub(super) fn page<'a>(d: &'a Dokumen, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
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
