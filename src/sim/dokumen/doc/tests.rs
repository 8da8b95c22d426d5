//! The word processor model, action by action.

use super::*;

fn at(para: usize, offset: usize) -> Pos {
    Pos { para, offset }
}

fn typed(text: &str) -> Doc {
    let mut d = Doc::new("");
    d.insert(text);
    d
}

/// The runs of a paragraph as (text, bold, size).
fn runs(d: &Doc, para: usize) -> Vec<(String, bool, u8)> {
    d.paragraphs()[para]
        .runs
        .iter()
        .map(|r| (r.text.clone(), r.bold, r.size))
        .collect()
}

#[test]
fn new_splits_paragraphs_and_puts_the_caret_at_the_end() {
    let d = Doc::new("Undangan\nRapat dinas");
    assert_eq!(d.paragraphs().len(), 2);
    assert_eq!(d.caret(), at(1, 11));
    assert_eq!(d.plain_text(), "Undangan\nRapat dinas");
    assert_eq!(d.words(), 3);
    assert_eq!(Doc::new("").paragraphs().len(), 1);
    assert_eq!(Doc::new("").words(), 0);
}

#[test]
fn typing_goes_in_at_the_caret() {
    let mut d = Doc::new("Rapat dinas");
    d.set_caret(at(0, 6), false);
    d.insert("besar ");
    assert_eq!(d.plain_text(), "Rapat besar dinas");
    assert_eq!(d.caret(), at(0, 12));
    assert_eq!(d.words(), 3);
}

#[test]
fn typing_a_newline_starts_a_paragraph() {
    let d = typed("Satu\nDua");
    assert_eq!(d.paragraphs().len(), 2);
    assert_eq!(d.caret(), at(1, 3));
}

#[test]
fn enter_splits_a_paragraph_and_keeps_styles_and_alignment() {
    let mut d = Doc::new("Surat Undangan");
    d.set_caret(at(0, 0), false);
    d.set_caret(at(0, 14), true);
    d.toggle_bold();
    d.set_align(Align::Center);
    d.set_caret(at(0, 5), false);
    d.enter();
    assert_eq!(d.plain_text(), "Surat\n Undangan");
    assert_eq!(runs(&d, 0), vec![("Surat".into(), true, 12)]);
    assert_eq!(runs(&d, 1), vec![(" Undangan".into(), true, 12)]);
    assert_eq!(d.paragraphs()[1].align, Align::Center);
    assert_eq!(d.caret(), at(1, 0));
}

#[test]
fn enter_at_the_end_makes_an_empty_paragraph_that_types_in_the_same_style() {
    let mut d = Doc::new("");
    d.toggle_bold();
    d.insert("Judul");
    d.enter();
    assert_eq!(d.paragraphs().len(), 2);
    d.insert("X");
    assert_eq!(runs(&d, 1), vec![("X".into(), true, 12)]);
}

#[test]
fn backspace_removes_a_character_and_joins_paragraphs() {
    let mut d = Doc::new("Satu\nDua");
    d.backspace();
    assert_eq!(d.plain_text(), "Satu\nDu");
    d.set_caret(at(1, 0), false);
    d.backspace();
    assert_eq!(d.plain_text(), "SatuDu");
    assert_eq!(d.caret(), at(0, 4));
    d.set_caret(at(0, 0), false);
    d.backspace();
    assert_eq!(d.plain_text(), "SatuDu");
    assert!(d.undo());
    assert_eq!(d.plain_text(), "Satu\nDu");
}

#[test]
fn joining_keeps_both_styles() {
    let mut d = Doc::new("Satu\nDua");
    d.select_paragraph_at(d.caret());
    d.toggle_bold();
    d.set_caret(at(1, 0), false);
    d.backspace();
    assert_eq!(
        runs(&d, 0),
        vec![("Satu".into(), false, 12), ("Dua".into(), true, 12)]
    );
}

#[test]
fn delete_removes_the_next_character_and_joins_the_next_paragraph() {
    let mut d = Doc::new("ab\ncd");
    d.set_caret(at(0, 1), false);
    d.delete();
    assert_eq!(d.plain_text(), "a\ncd");
    d.delete();
    assert_eq!(d.plain_text(), "acd");
    d.move_caret(Move::DocEnd, false);
    d.delete();
    assert_eq!(d.plain_text(), "acd");
}

#[test]
fn typing_replaces_the_selection() {
    let mut d = Doc::new("Rapat hari Senin");
    d.set_caret(at(0, 11), false);
    d.move_caret(Move::End, true);
    assert_eq!(d.selected_text(), "Senin");
    d.insert("Selasa");
    assert_eq!(d.plain_text(), "Rapat hari Selasa");
    assert_eq!(d.selection(), None);
    // One undo brings the replaced word back.
    assert!(d.undo());
    assert_eq!(d.plain_text(), "Rapat hari Senin");
}

#[test]
fn a_selection_across_paragraphs_is_removed_as_one() {
    let mut d = Doc::new("Satu\nDua\nTiga");
    d.set_caret(at(0, 2), false);
    d.set_caret(at(2, 2), true);
    assert_eq!(d.selected_text(), "tu\nDua\nTi");
    d.backspace();
    assert_eq!(d.plain_text(), "Saga");
    assert_eq!(d.caret(), at(0, 2));
}

#[test]
fn selection_is_ordered_whichever_way_it_was_made() {
    let mut d = Doc::new("Halo dunia");
    d.move_caret(Move::Left, true);
    d.move_caret(Move::Left, true);
    assert_eq!(d.selection(), Some((at(0, 8), at(0, 10))));
    assert_eq!(d.selected_text(), "ia");
    d.move_caret(Move::Left, false);
    assert_eq!(d.selection(), None);
    assert_eq!(d.caret(), at(0, 8));
}

#[test]
fn select_all_and_select_paragraph() {
    let mut d = Doc::new("Satu\nDua");
    d.select_all();
    assert!(d.all_selected());
    assert!(d.selection_is_whole_paragraphs());
    assert_eq!(d.selected_text(), "Satu\nDua");
    d.set_caret(at(0, 1), false);
    d.select_paragraph_at(d.caret());
    assert_eq!(d.selected_text(), "Satu");
    assert!(d.selection_is_whole_paragraphs());
    assert!(!d.all_selected());
    d.move_caret(Move::Left, true);
    assert!(!d.selection_is_whole_paragraphs());
}

#[test]
fn bold_on_a_selection_toggles_only_when_all_of_it_is_bold() {
    let mut d = Doc::new("Rapat penting sekali");
    d.set_caret(at(0, 6), false);
    d.set_caret(at(0, 13), true);
    assert!(d.toggle_bold());
    assert_eq!(
        runs(&d, 0),
        vec![
            ("Rapat ".into(), false, 12),
            ("penting".into(), true, 12),
            (" sekali".into(), false, 12),
        ]
    );
    // A selection that is partly bold becomes all bold.
    d.select_all();
    assert!(d.toggle_bold());
    assert_eq!(runs(&d, 0), vec![("Rapat penting sekali".into(), true, 12)]);
    // All bold: the button takes it off.
    assert!(!d.toggle_bold());
    assert_eq!(
        runs(&d, 0),
        vec![("Rapat penting sekali".into(), false, 12)]
    );
}

#[test]
fn bold_without_selection_changes_what_is_typed_next() {
    let mut d = typed("Biasa ");
    assert!(d.toggle_bold());
    assert!(d.typing_style().bold);
    d.insert("tebal");
    assert!(!d.toggle_bold());
    d.insert(" biasa");
    assert_eq!(
        runs(&d, 0),
        vec![
            ("Biasa ".into(), false, 12),
            ("tebal".into(), true, 12),
            (" biasa".into(), false, 12),
        ]
    );
    assert_eq!(d.style_at(at(0, 8)), (true, 12));
    // Clicking into bold text makes the typing style bold again.
    d.set_caret(at(0, 9), false);
    assert!(d.typing_style().bold);
}

#[test]
fn sizes_apply_to_the_selection_or_the_typing_style() {
    let mut d = Doc::new("Judul\nIsi");
    d.set_caret(at(0, 0), false);
    d.select_paragraph_at(d.caret());
    assert!(d.set_size(16));
    assert_eq!(runs(&d, 0), vec![("Judul".into(), false, 16)]);
    assert_eq!(runs(&d, 1), vec![("Isi".into(), false, 12)]);
    assert!(!d.set_size(13), "13 is not on the list");
    assert_eq!(runs(&d, 0), vec![("Judul".into(), false, 16)]);
    d.move_caret(Move::DocEnd, false);
    assert!(d.set_size(24));
    d.insert("!");
    assert_eq!(
        runs(&d, 1),
        vec![("Isi".into(), false, 12), ("!".into(), false, 24)]
    );
    assert_eq!(d.style_at(at(1, 4)), (false, 24));
}

#[test]
fn alignment_goes_to_the_caret_paragraph_or_every_selected_one() {
    let mut d = Doc::new("A\nB\nC\nD");
    d.set_caret(at(1, 0), false);
    d.set_align(Align::Right);
    let aligns = |d: &Doc| d.paragraphs().iter().map(|p| p.align).collect::<Vec<_>>();
    assert_eq!(
        aligns(&d),
        vec![Align::Left, Align::Right, Align::Left, Align::Left]
    );
    d.set_caret(at(2, 0), true);
    d.move_caret(Move::Down, true);
    d.set_align(Align::Justify);
    assert_eq!(
        aligns(&d),
        vec![Align::Left, Align::Justify, Align::Justify, Align::Justify]
    );
    assert!(d.undo());
    assert_eq!(
        aligns(&d),
        vec![Align::Left, Align::Right, Align::Left, Align::Left]
    );
}

#[test]
fn one_undo_step_per_word() {
    let mut d = Doc::new("");
    for c in "Rapat dinas besok".chars() {
        d.insert(&c.to_string());
    }
    assert!(d.undo());
    assert_eq!(d.plain_text(), "Rapat dinas ");
    assert!(d.undo());
    assert_eq!(d.plain_text(), "Rapat ");
    assert!(d.undo());
    assert_eq!(d.plain_text(), "");
    assert!(!d.undo());
    assert!(d.redo());
    assert!(d.redo());
    assert_eq!(d.plain_text(), "Rapat dinas ");
    assert!(d.redo());
    assert!(!d.redo());
    assert_eq!(d.plain_text(), "Rapat dinas besok");
}

#[test]
fn commands_are_one_step_each_and_a_new_edit_drops_redo() {
    let mut d = Doc::new("Rapat");
    d.select_all();
    d.toggle_bold();
    d.set_size(14);
    assert!(d.undo());
    assert_eq!(runs(&d, 0), vec![("Rapat".into(), true, 12)]);
    assert!(d.undo());
    assert_eq!(runs(&d, 0), vec![("Rapat".into(), false, 12)]);
    assert!(d.can_redo());
    d.move_caret(Move::DocEnd, false);
    d.insert("!");
    assert!(!d.can_redo());
    assert!(!d.redo());
}

#[test]
fn moving_the_caret_ends_the_word_for_undo() {
    let mut d = typed("abc");
    d.move_caret(Move::Left, false);
    d.insert("X");
    assert_eq!(d.plain_text(), "abXc");
    assert!(d.undo());
    assert_eq!(d.plain_text(), "abc");
}

#[test]
fn undo_keeps_at_most_a_hundred_steps() {
    let mut d = Doc::new("");
    for _ in 0..150 {
        d.insert("a ");
    }
    let mut n = 0;
    while d.undo() {
        n += 1;
    }
    assert_eq!(n, UNDO_DEPTH);
    assert_eq!(d.words(), 50);
}

#[test]
fn caret_moves() {
    let mut d = Doc::new("Satu\nDua lagi");
    d.move_caret(Move::Up, false);
    assert_eq!(d.caret(), at(0, 4));
    d.move_caret(Move::Up, false);
    assert_eq!(d.caret(), at(0, 0));
    d.move_caret(Move::Left, false);
    assert_eq!(d.caret(), at(0, 0));
    d.move_caret(Move::End, false);
    d.move_caret(Move::Right, false);
    assert_eq!(d.caret(), at(1, 0));
    d.move_caret(Move::Left, false);
    assert_eq!(d.caret(), at(0, 4));
    d.move_caret(Move::Down, false);
    assert_eq!(d.caret(), at(1, 4));
    d.move_caret(Move::Down, false);
    assert_eq!(d.caret(), at(1, 8));
    d.move_caret(Move::Home, false);
    assert_eq!(d.caret(), at(1, 0));
    d.move_caret(Move::DocStart, true);
    assert_eq!(d.selected_text(), "Satu\n");
    d.set_caret(at(9, 99), false);
    assert_eq!(d.caret(), at(1, 8));
}

#[test]
fn multi_byte_characters_never_panic() {
    let mut d = Doc::new("Café 😀 ok\né");
    assert_eq!(d.caret(), at(1, 1));
    d.set_caret(at(0, 4), false);
    d.backspace();
    assert_eq!(d.plain_text(), "Caf 😀 ok\né");
    d.set_caret(at(0, 4), false);
    d.delete();
    assert_eq!(d.plain_text(), "Caf  ok\né");
    d.insert("👍🏽é");
    d.set_caret(at(0, 2), false);
    d.set_caret(at(0, 6), true);
    assert_eq!(d.selected_text(), "f 👍🏽");
    d.toggle_bold();
    d.set_size(28);
    d.enter();
    d.move_caret(Move::DocEnd, false);
    d.backspace();
    d.backspace();
    for m in [
        Move::Left,
        Move::Right,
        Move::Up,
        Move::Down,
        Move::Home,
        Move::End,
    ] {
        d.move_caret(m, true);
        d.insert("ü");
    }
    d.select_all();
    d.delete();
    assert_eq!(d.plain_text(), "");
    while d.undo() {}
    assert_eq!(d.plain_text(), "Café 😀 ok\né");
}

#[test]
fn control_characters_are_not_typed() {
    let d = typed("a\tb\u{7}c");
    assert_eq!(d.plain_text(), "abc");
}

#[test]
fn a_snapshot_keeps_the_page_but_not_the_history_and_a_broken_one_is_repaired() {
    let mut d = typed("Halo dunia");
    d.move_caret(Move::Home, true);
    d.toggle_bold();
    let json = serde_json::to_string(&d).expect("serialises");
    let mut back: Doc = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back.paragraphs(), d.paragraphs());
    assert_eq!(back.selection(), d.selection());
    assert_eq!(back.typing_style(), d.typing_style());
    assert!(!back.undo());
    let broken = r#"{"paragraphs":[],"caret":{"para":5,"offset":9},"anchor":{"para":2,"offset":1},
        "typing":{"bold":true,"size":14},"in_word":false}"#;
    let mut d: Doc = serde_json::from_str(broken).expect("deserialises");
    assert_eq!(d.caret(), at(0, 0));
    assert_eq!(d.selection(), None);
    d.insert("ok");
    d.backspace();
    d.select_all();
    d.toggle_bold();
    assert_eq!(runs(&d, 0), vec![("o".into(), false, 14)]);
    assert!(d.undo() && d.undo() && d.undo());
    assert_eq!(d.plain_text(), "");
}

#[test]
fn a_double_click_selects_the_word_and_a_triple_click_the_paragraph() {
    let mut d = Doc::new("Rapat hari Selasa, 27 Mei.\nMohon hadir");
    d.select_word_at(at(0, 13));
    assert_eq!(d.selected_text(), "Selasa");
    // At the word's first letter, and at the line's end (the last character).
    d.select_word_at(at(0, 0));
    assert_eq!(d.selected_text(), "Rapat");
    d.select_word_at(at(1, 11));
    assert_eq!(d.selected_text(), "hadir");
    // On a sign: only that sign.
    d.select_word_at(at(0, 17));
    assert_eq!(d.selected_text(), ",");
    d.select_paragraph_at(at(1, 3));
    assert_eq!(d.selected_text(), "Mohon hadir");
    assert!(d.selection_is_whole_paragraphs());
}
