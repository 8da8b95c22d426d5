//! The view of the dasar practice area: the board the current step uses.
//!
//! Every control that a lesson may point at is wrapped in [`widget::highlight`] with its
//! highlight id (see `docs/CONTENT.md`) and, where tests need it, a container id.

use super::pointer::Pointer;
use crate::i18n::Translator;
use crate::sim::dasar::{Action, Board, Dasar, WindowMode};
use crate::ui::{theme, widget};
use iced::widget::{
    button, column, container, mouse_area, row, scrollable, space, stack, text, text_input,
};
use iced::{Alignment, Element, Length, Padding};

/// The practice area for the board the learner is on.
pub fn view<'a, 'p>(
    d: &'a Dasar,
    tr: &Translator,
    highlight: impl Into<Pointer<'p>>,
) -> Element<'a, Action> {
    let pointer = highlight.into();
    let lit = |id: String| pointer.lit(&id);
    let content: Element<'a, Action> = match d.board {
        Board::Targets => targets(d, tr, &lit),
        Board::Folders => folders(d, tr, &lit),
        Board::Drag => drag(d, tr, &lit),
        Board::Scroll => scroll(d, tr, &lit),
        Board::Typing => typing(d, tr, &lit),
        Board::Windows => windows(d, tr, &lit),
        Board::Pointers => super::dasar_pointers::board(tr, &lit),
    };
    container(content)
        .id("board")
        .width(Length::Fill)
        .height(Length::Fill)
        .padding(theme::SPACE)
        .style(theme::desk)
        .into()
}

fn targets<'a>(d: &'a Dasar, tr: &Translator, lit: &dyn Fn(String) -> bool) -> Element<'a, Action> {
    let items = d.scenario.targets.iter().map(|t| {
        // Every box stays yellow after a click: the sim does not know the goal, and a box
        // turning green after a wrong click would read as "right". The panel says which.
        let size = f32::from(t.size);
        let target = button(space::horizontal())
            .width(size)
            .height(size)
            .style(theme::target)
            .on_press(Action::ClickTarget(t.id.clone()));
        let id = format!("target-{}", t.id);
        // The label wraps under its box rather than widen the row: at the largest text
        // size the four boxes must still fit side by side.
        column![
            container(widget::highlight(target, lit(id.clone()))).id(id),
            text(tr.tr(&t.label))
                .size(theme::SMALL)
                .style(theme::on_dark)
                .width(Length::Fill)
                .center(),
        ]
        .spacing(6)
        .width(size + 12.0)
        .align_x(Alignment::Center)
        .into()
    });
    mouse_area(
        container(row(items).spacing(12).align_y(Alignment::End).wrap()).center(Length::Fill),
    )
    .on_press(Action::ClickBoard)
    .into()
}

fn folder_icon<'a>(scale: f32) -> Element<'a, Action> {
    column![
        container(space::horizontal())
            .width(36.0 * scale)
            .height(10.0 * scale)
            .style(theme::folder),
        container(space::horizontal())
            .width(96.0 * scale)
            .height(64.0 * scale)
            .style(theme::folder),
    ]
    .into()
}

fn file_icon<'a>() -> Element<'a, Action> {
    container(space::horizontal())
        .width(34)
        .height(44)
        .style(theme::file_icon)
        .into()
}

fn folders<'a>(d: &'a Dasar, tr: &Translator, lit: &dyn Fn(String) -> bool) -> Element<'a, Action> {
    if let Some(open) = d
        .open_folder
        .as_ref()
        .and_then(|id| d.scenario.folders.iter().find(|f| &f.id == id))
    {
        let files = open.files.iter().map(|f| {
            row![
                file_icon(),
                text(tr.tr(f)).size(theme::TEXT).style(theme::on_dark)
            ]
            .spacing(12)
            .align_y(Alignment::Center)
            .into()
        });
        let back = widget::secondary(
            "folder-back",
            tr.tr("dasar-ui-back"),
            Some(Action::FolderBack),
        );
        return column![
            row![
                widget::highlight(back, lit("folder-back".into())),
                text(tr.tr(&open.label))
                    .size(theme::SUBTITLE)
                    .style(theme::on_dark)
            ]
            .spacing(theme::SPACE)
            .align_y(Alignment::Center),
            column(files).spacing(12),
        ]
        .spacing(theme::PAD)
        .into();
    }
    let tiles = d.scenario.folders.iter().map(|f| {
        let selected = d.selected.as_deref() == Some(f.id.as_str());
        let tile = container(
            column![
                folder_icon(1.0),
                text(tr.tr(&f.label))
                    .size(theme::TEXT)
                    .style(theme::on_dark)
                    .center()
            ]
            .spacing(6)
            .align_x(Alignment::Center)
            .width(180),
        )
        .padding(10);
        let tile = if selected {
            tile.style(theme::selected)
        } else {
            tile
        };
        let area = mouse_area(tile)
            .on_press(Action::ClickFolder {
                id: f.id.clone(),
                at_ms: 0,
            })
            .on_right_press(Action::RightClickFolder(f.id.clone()));
        let id = format!("folder-{}", f.id);
        let mut col = column![container(widget::highlight(area, lit(id.clone()))).id(id)]
            .align_x(Alignment::Center);
        if d.menu_for.as_deref() == Some(f.id.as_str()) {
            let open = widget::secondary(
                "menu-open",
                tr.tr("dasar-ui-menu-open"),
                Some(Action::MenuOpen),
            );
            col = col.push(
                container(column![widget::highlight(open, lit("menu-open".into()))].spacing(6))
                    .padding(8)
                    .style(theme::card),
            );
        }
        col.into()
    });
    mouse_area(
        container(row(tiles).spacing(theme::PAD).wrap())
            .width(Length::Fill)
            .height(Length::Fill),
    )
    .on_press(Action::CloseMenu)
    .into()
}

fn drag<'a>(d: &'a Dasar, tr: &Translator, lit: &dyn Fn(String) -> bool) -> Element<'a, Action> {
    let label = |id: &str| {
        d.scenario
            .items
            .iter()
            .find(|i| i.id == id)
            .map(|i| tr.tr(&i.label))
            .unwrap_or_default()
    };
    let items = d
        .scenario
        .items
        .iter()
        .filter(|i| !d.placed.contains_key(&i.id))
        .map(|i| {
            let held = d.dragging.as_deref() == Some(i.id.as_str());
            let card = container(
                row![file_icon(), widget::body(tr.tr(&i.label))]
                    .spacing(12)
                    .align_y(Alignment::Center),
            )
            .padding(12)
            .style(if held { theme::hint } else { theme::card });
            let area = mouse_area(card)
                .on_press(Action::DragStart(i.id.clone()))
                .interaction(iced::mouse::Interaction::Grab);
            let id = format!("item-{}", i.id);
            container(widget::highlight(area, lit(id.clone())))
                .id(id)
                .into()
        });
    let targets = d.scenario.drop_targets.iter().map(|t| {
        let inside = d
            .placed
            .iter()
            .filter(|(_, to)| **to == t.id)
            .map(|(item, _)| {
                // A file in the wrong folder can be picked up again from here.
                let held = d.dragging.as_deref() == Some(item.as_str());
                let card = container(
                    row![file_icon(), widget::body(label(item))]
                        .spacing(8)
                        .align_y(Alignment::Center),
                )
                .padding(6)
                .style(if held { theme::hint } else { theme::card });
                container(
                    mouse_area(card)
                        .on_press(Action::DragStart(item.clone()))
                        .interaction(iced::mouse::Interaction::Grab),
                )
                .id(format!("placed-{item}"))
                .into()
            });
        let tile = container(
            column![
                folder_icon(1.2),
                text(tr.tr(&t.label))
                    .size(theme::TEXT)
                    .style(theme::on_dark)
            ]
            .push(column(inside).spacing(4))
            .spacing(6)
            .align_x(Alignment::Center)
            .width(220),
        )
        .padding(10);
        let area = mouse_area(tile).on_release(Action::DropOn(t.id.clone()));
        let id = format!("drop-{}", t.id);
        container(widget::highlight(area, lit(id.clone())))
            .id(id)
            .into()
    });
    let holding = d.dragging.as_deref().map(|item| {
        container(widget::body(
            tr.tr_args("dasar-ui-holding", &[("item", label(item).into())]),
        ))
        .padding(10)
        .style(theme::hint)
    });
    // The note about the file being held comes under the folders: shown above them it
    // pushed every folder down in the middle of the drag.
    mouse_area(
        column![]
            .push(
                row![
                    column(items)
                        .spacing(theme::SPACE)
                        .width(Length::FillPortion(1)),
                    column(targets)
                        .spacing(theme::SPACE)
                        .align_x(Alignment::End)
                        .width(Length::FillPortion(1)),
                ]
                .spacing(theme::PAD)
                .height(Length::Fill),
            )
            .push(holding)
            .spacing(theme::SPACE)
            .width(Length::Fill)
            .height(Length::Fill),
    )
    .on_release(Action::DropNowhere)
    .into()
}

fn scroll<'a>(d: &'a Dasar, tr: &Translator, lit: &dyn Fn(String) -> bool) -> Element<'a, Action> {
    let paragraphs = d
        .scenario
        .page
        .iter()
        .map(|p| widget::body(tr.tr(p)).line_height(1.5).into());
    let end = widget::primary(
        "akhir-halaman",
        tr.tr("dasar-ui-end"),
        Some(Action::ClickEnd),
    );
    let page = widget::card(
        column(paragraphs)
            .push(widget::highlight(end, lit("akhir-halaman".into())))
            .spacing(theme::PAD),
    );
    scrollable(container(page).padding(Padding::ZERO.right(20)))
        .id("page")
        .on_scroll(|v| Action::Scrolled(v.relative_offset().y))
        .direction(scrollable::Direction::Vertical(
            scrollable::Scrollbar::new().width(20).scroller_width(20),
        ))
        .height(Length::Fill)
        .into()
}

fn typing<'a>(d: &'a Dasar, tr: &Translator, lit: &dyn Fn(String) -> bool) -> Element<'a, Action> {
    let fields = d.scenario.fields.iter().map(|f| {
        let id = format!("field-{}", f.id);
        let field = f.id.clone();
        let input = text_input("", d.value(&f.id))
            .id(id.clone())
            .on_input(move |text| Action::Edit {
                field: field.clone(),
                text,
            })
            .on_submit(Action::Submit(f.id.clone()))
            .size(theme::SUBTITLE)
            .padding(12)
            .style(theme::input);
        let save_id = format!("save-{}", f.id);
        let save = container(
            button(widget::body(tr.tr("dasar-ui-save")))
                .padding([10, 20])
                .height(theme::BUTTON_HEIGHT)
                .style(theme::secondary)
                .on_press(Action::Submit(f.id.clone())),
        )
        .id(save_id.clone());
        column![
            text(tr.tr(&f.label))
                .size(theme::TEXT)
                .font(theme::BOLD)
                .style(theme::on_dark),
            row![
                widget::highlight(input, lit(id)),
                widget::highlight(save, lit(save_id))
            ]
            .spacing(12)
            .align_y(Alignment::Center),
        ]
        .spacing(8)
        .into()
    });
    // Four boxes do not fit under each other at a large text size: the board scrolls
    // (Tab scrolls the box it moves to into sight) rather than squash a box flat.
    scrollable(
        column(fields)
            .spacing(theme::SPACE)
            .max_width(760)
            .padding(Padding::ZERO.right(20)),
    )
    .direction(scrollable::Direction::Vertical(
        scrollable::Scrollbar::new().width(16).scroller_width(16),
    ))
    .height(Length::Fill)
    .into()
}

fn windows<'a>(d: &'a Dasar, tr: &Translator, lit: &dyn Fn(String) -> bool) -> Element<'a, Action> {
    let icons = d.scenario.windows.iter().map(|w| {
        let icon = mouse_area(
            container(
                column![
                    file_icon(),
                    text(tr.tr(&w.title))
                        .size(theme::SMALL)
                        .style(theme::on_dark)
                        .center()
                ]
                .spacing(6)
                .align_x(Alignment::Center)
                .width(130),
            )
            .padding(8),
        )
        .on_press(Action::ClickIcon {
            id: w.id.clone(),
            at_ms: 0,
        });
        let id = format!("icon-{}", w.id);
        container(widget::highlight(icon, lit(id.clone())))
            .id(id)
            .into()
    });
    let mut layers: Vec<Element<'a, Action>> = vec![column(icons).spacing(theme::SPACE).into()];
    let front = d.front_window().map(|w| w.id.as_str());
    let shown = d.windows.iter().filter(|w| w.mode != WindowMode::Minimised);
    for w in shown {
        // Each window keeps its own place (by its order in the scenario), whatever is in front.
        let Some((i, spec)) = d
            .scenario
            .windows
            .iter()
            .enumerate()
            .find(|(_, s)| s.id == w.id)
        else {
            continue;
        };
        let is_front = front == Some(w.id.as_str());
        let maximised = w.mode == WindowMode::Maximised;
        let bar = title_bar(w, &tr.tr(&spec.title), is_front, lit);
        let window = container(column![
            bar,
            container(widget::body(tr.tr(&spec.body))).padding(16)
        ])
        .style(theme::window_frame(is_front));
        let window = mouse_area(window).on_press(Action::FocusWindow(w.id.clone()));
        let id = format!("window-{}", w.id);
        let window = container(widget::highlight(window, lit(id.clone()))).id(id);
        let offset = 40.0 * i as f32;
        let placed: Element<'a, Action> = if maximised {
            container(window.width(Length::Fill).height(Length::Fill)).into()
        } else {
            container(window.width(480).height(300))
                .padding(Padding {
                    top: 20.0 + offset,
                    left: 170.0 + 3.0 * offset,
                    right: 0.0,
                    bottom: 0.0,
                })
                .into()
        };
        layers.push(placed);
    }
    let tasks = d.windows.iter().filter_map(|w| {
        let spec = d.scenario.windows.iter().find(|s| s.id == w.id)?;
        let id = format!("taskbar-{}", w.id);
        let b = button(text(tr.tr(&spec.title)).size(theme::SMALL))
            .padding([8, 16])
            .height(48)
            .style(if front == Some(w.id.as_str()) {
                theme::secondary
            } else {
                theme::tile
            })
            .on_press(Action::Taskbar(w.id.clone()));
        Some(
            container(widget::highlight(b, lit(id.clone())))
                .id(id)
                .into(),
        )
    });
    column![
        stack(layers).width(Length::Fill).height(Length::Fill),
        container(row(tasks).spacing(8).align_y(Alignment::Center))
            .padding(6)
            .width(Length::Fill)
            .height(64)
            .style(theme::taskbar),
    ]
    .into()
}

/// A window's title bar: its title, and the minimise, maximise (or restore) and close buttons.
fn title_bar<'a>(
    w: &crate::sim::dasar::OpenWindow,
    title: &str,
    is_front: bool,
    lit: &dyn Fn(String) -> bool,
) -> iced::widget::Container<'a, Action> {
    let title_button = |id: String, symbol: Element<'a, Action>, action: Action| {
        let b = button(container(symbol).center(Length::Fill))
            .width(48)
            .height(48)
            .padding(0)
            .style(theme::title_button)
            .on_press(action);
        container(widget::highlight(b, lit(id.clone()))).id(id)
    };
    let maximised = w.mode == WindowMode::Maximised;
    let size_symbol = if maximised { 12.0 } else { 18.0 };
    container(
        row![
            text(title.to_owned())
                .size(theme::TEXT)
                .font(theme::BOLD)
                .style(theme::on_dark)
                .width(Length::Fill),
            title_button(
                format!("minimise-{}", w.id),
                container(space::horizontal())
                    .width(18)
                    .height(4)
                    .style(theme::bar)
                    .into(),
                Action::Minimise(w.id.clone()),
            ),
            title_button(
                format!("maximise-{}", w.id),
                container(space::horizontal())
                    .width(size_symbol)
                    .height(size_symbol)
                    .style(theme::outline_box)
                    .into(),
                if maximised {
                    Action::Restore(w.id.clone())
                } else {
                    Action::Maximise(w.id.clone())
                },
            ),
            title_button(
                format!("close-{}", w.id),
                text("×").size(30).style(theme::on_dark).into(),
                Action::Close(w.id.clone()),
            ),
        ]
        .spacing(6)
        .align_y(Alignment::Center),
    )
    .padding([4, 10])
    .style(theme::title_bar(is_front))
}
