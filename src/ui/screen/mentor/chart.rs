//! Bar charts drawn with plain containers (no canvas): a horizontal bar split into parts,
//! and a row of upright day bars.

use crate::ui::theme::{self, Bar};
use iced::widget::{column, container, row, space, text};
use iced::{Alignment, Element, Length};

/// The size of a chart's labels: smaller than body text, still readable at arm's length.
pub const LABEL: f32 = 18.0;
/// The height of the tallest day bar.
const DAY_BAR_MAX: f32 = 90.0;

/// One horizontal bar, split into parts as wide as their counts (zero parts left out).
pub fn stacked<'a, M: 'a>(parts: &[(u32, Bar)], height: f32) -> Element<'a, M> {
    let total: u32 = parts.iter().map(|p| p.0).sum();
    if total == 0 {
        return swatch(Bar::NotStarted, Length::Fill, height);
    }
    row(parts.iter().filter(|p| p.0 > 0).map(|(n, kind)| {
        let portion = u16::try_from(*n).unwrap_or(u16::MAX);
        swatch(*kind, Length::FillPortion(portion), height)
    }))
    .spacing(2)
    .width(Length::Fill)
    .into()
}

/// A filled block of the chart's colour for `kind`.
pub fn swatch<'a, M: 'a>(kind: Bar, width: Length, height: f32) -> Element<'a, M> {
    container(space())
        .width(width)
        .height(height)
        .style(theme::chart_bar(kind))
        .into()
}

/// A small coloured square and its meaning, for a legend.
pub fn legend<'a, M: 'a>(kind: Bar, label: String) -> Element<'a, M> {
    row![
        swatch(kind, Length::Fixed(18.0), 18.0),
        text(label).size(LABEL)
    ]
    .spacing(6)
    .align_y(Alignment::Center)
    .into()
}

/// One upright bar per day: its value above it, its label and a second figure below.
pub fn days<'a, M: 'a>(bars: Vec<(u32, String, String)>) -> Element<'a, M> {
    let max = bars.iter().map(|b| b.0).max().unwrap_or(0).max(1);
    row(bars.into_iter().map(|(value, label, below)| {
        let height = if value == 0 {
            2.0
        } else {
            (DAY_BAR_MAX * value as f32 / max as f32).max(4.0)
        };
        let figure = if value == 0 {
            String::new()
        } else {
            value.to_string()
        };
        column![
            space().height(Length::Fill),
            text(figure).size(LABEL),
            swatch(Bar::Minutes, Length::Fill, height),
            text(label).size(LABEL).style(theme::muted),
            text(below).size(LABEL),
        ]
        .spacing(2)
        .align_x(Alignment::Center)
        .width(Length::FillPortion(1))
        .height(Length::Fixed(DAY_BAR_MAX + 3.0 * LABEL * 1.4 + 8.0))
        .into()
    }))
    .spacing(4)
    .width(Length::Fill)
    .into()
}
