//! The surat dinas template: its fields in the order of the form, and the body box.

use super::{Msg, act, small, w};
use crate::i18n::Translator;
use crate::sim::dokumen::{Action, Dokumen, Mode};
use crate::ui::sim::email;
use crate::ui::sim::parts::{ctl, ctl_input, error_box, mail_primary};
use crate::ui::theme;
use iced::widget::{column, container, row, scrollable, space, text, text_input};
use iced::{Alignment, Element, Length, Padding};

pub(super) fn letter_page<'a>(
    d: &'a Dokumen,
    editor: Option<&'a email::Editor>,
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
