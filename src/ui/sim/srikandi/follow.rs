//! A disposisi sent to the learner: the naskah it is on, who sent it, the instruction, the
//! deadline; under "Tindak Lanjut" the three ways to follow it up and the form for each.

use super::lists::deadline_words;
use super::{Lit, bold, btn, fact, heading, small, w};
use crate::i18n::Translator;
use crate::sim::srikandi::{Action, DispStatus, FollowForm, FollowKind, INSTRUCTIONS, Srikandi};
use crate::ui::sim::parts::{choice_button, ctl, ctl_input, error_box, mail_primary};
use crate::ui::theme;
use iced::widget::{column, container, row, text_input};
use iced::{Element, Length};

pub(super) fn disposisi<'a>(
    s: &'a Srikandi,
    id: &str,
    tr: &Translator,
    lit: Lit<'_>,
) -> Element<'a, Action> {
    let Some(d) = s.disposisi(id) else {
        return small(w(tr, "list-empty")).into();
    };
    let naskah = s.naskah(&d.naskah);
    let hal = naskah.map(|n| n.hal.clone()).unwrap_or_default();
    let mut page = column![
        heading(w(tr, "disposisi-title")),
        fact(w(tr, "field-hal"), hal),
        fact(w(tr, "disposisi-from"), d.from.clone()),
        container(fact(w(tr, "disposisi-instruction"), d.instruction.clone()))
            .padding(10)
            .width(Length::Fill)
            .style(theme::hint),
        fact(
            w(tr, "disposisi-deadline"),
            deadline_words(s, &d.deadline, tr)
        ),
        fact(
            w(tr, "disposisi-status"),
            w(tr, &format!("status-{}", d.status.key()))
        ),
    ]
    .spacing(theme::SPACE);
    if let Some(n) = naskah {
        page = page.push(btn(
            "open-naskah".into(),
            lit,
            w(tr, "open-naskah"),
            Some(Action::Open(n.id.clone())),
        ));
    }
    if d.status != DispStatus::Baru {
        return page.into();
    }
    page = page.push(bold(w(tr, "follow-title")));
    let chosen = s.follow.as_ref().map(|f| f.kind);
    let choices = [FollowKind::Balas, FollowKind::Teruskan, FollowKind::Selesai].map(|k| {
        ctl(
            format!("follow-{}", k.key()),
            lit,
            choice_button(
                w(tr, &format!("follow-{}", k.key())),
                chosen == Some(k),
                Action::Follow(k),
            ),
        )
    });
    page = page.push(row(choices).spacing(8).wrap());
    if let Some(f) = &s.follow {
        page = page.push(form(s, f, tr, lit));
    }
    page.into()
}

fn form<'a>(
    s: &'a Srikandi,
    f: &'a FollowForm,
    tr: &Translator,
    lit: Lit<'_>,
) -> Element<'a, Action> {
    let mut form = column![].spacing(theme::SPACE);
    if f.kind == FollowKind::Teruskan {
        let people = s.people.iter().map(|p| {
            ctl(
                format!("to-{}", p.id),
                lit,
                choice_button(
                    format!("{} — {}", p.name, p.jabatan),
                    f.to.contains(&p.id),
                    Action::ToggleTo(p.id.clone()),
                ),
            )
        });
        let instructions = INSTRUCTIONS.iter().map(|k| {
            ctl(
                format!("instruction-{k}"),
                lit,
                choice_button(
                    w(tr, &format!("instruction-{k}")),
                    f.instruction == *k,
                    Action::Instruction((*k).to_owned()),
                ),
            )
        });
        form = form
            .push(small(w(tr, "follow-to")))
            .push(column(people).spacing(6))
            .push(small(w(tr, "follow-instruction")))
            .push(row(instructions).spacing(6).wrap());
    }
    form = form
        .push(small(w(tr, &format!("follow-text-{}", f.kind.key()))))
        .push(ctl_input(
            "follow-text".into(),
            lit,
            text_input("", &f.text)
                .id("follow-text-input")
                .on_input(Action::FollowText)
                .size(theme::SMALL)
                .padding(10)
                .style(theme::input),
        ))
        .push(
            f.refused
                .map(|r| error_box(w(tr, &format!("refused-{}", r.key())))),
        )
        .push(
            row![
                ctl(
                    "follow-send".into(),
                    lit,
                    mail_primary(w(tr, "follow-send"), Some(Action::SubmitFollow))
                ),
                btn(
                    "follow-cancel".into(),
                    lit,
                    w(tr, "follow-cancel"),
                    Some(Action::CancelFollow)
                ),
            ]
            .spacing(8)
            .wrap(),
        );
    container(form)
        .padding(12)
        .width(Length::Fill)
        .style(theme::card)
        .into()
}
