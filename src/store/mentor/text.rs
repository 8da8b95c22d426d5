//! What the mentor types (notes, topics, plans, labels): checked and capped before it is
//! stored.

/// The longest note or plan kept, in characters (a page of text); longer text is cut there.
pub const MAX_TEXT_CHARS: usize = 4000;
/// The longest topic, mentor name or assignment label kept, in characters.
pub const MAX_LINE_CHARS: usize = 200;

/// Why the mentor's text was refused; each is one sentence in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("the note is empty")]
    EmptyNote,
    #[error("the topic is empty")]
    EmptyTopic,
    #[error("an assignment needs at least one lesson")]
    NoLessons,
    #[error("the date is not a real date (write it as YYYY-MM-DD)")]
    BadDate,
}

/// `text` without leading and trailing blanks, cut to `max` characters (never inside a
/// character). Line breaks inside are kept: a note may have paragraphs.
pub(crate) fn capped(text: &str, max: usize) -> String {
    let text = crate::store::learners::visible(text);
    let trimmed = text.trim();
    match trimmed.char_indices().nth(max) {
        Some((end, _)) => trimmed[..end].trim_end().to_owned(),
        None => trimmed.to_owned(),
    }
}

/// One line: runs of blanks and line breaks become one space, then capped.
pub(crate) fn one_line(text: &str, max: usize) -> String {
    capped(&text.split_whitespace().collect::<Vec<_>>().join(" "), max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_on_characters_and_trims() {
        assert_eq!(capped("  halo \n", 10), "halo");
        assert_eq!(capped("ééééé", 3), "ééé");
        assert_eq!(capped("ab cd", 3), "ab");
        assert_eq!(one_line(" Email\n 3 –  5 ", 50), "Email 3 – 5");
        // What cannot be seen does not count and is not kept.
        assert_eq!(capped("a\u{200b}b\u{202e}c\0\r", 10), "abc");
    }
}
