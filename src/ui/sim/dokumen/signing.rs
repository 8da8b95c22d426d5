//! The disposisi sheet and the TTE (electronic signature) page.

use super::{Msg, act, letter_page, small, w};
use crate::i18n::Translator;
use crate::sim::dokumen::{Action, Dokumen};
use crate::ui::sim::parts::{ctl, ctl_input, error_box, mail_button, mail_primary};
use crate::ui::theme;
use iced::widget::{checkbox, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length, Padding};

pub(super) fn disposisi<'a>(
    d: &'a Dokumen,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
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

pub(super) fn tte<'a>(
    d: &'a Dokumen,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
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
