use super::super::source::{ContentFiles, SourceFile};
use crate::i18n::Catalog;

fn source(origin: &str, text: &str) -> SourceFile {
    SourceFile {
        origin: origin.into(),
        name: origin.rsplit('/').next().unwrap_or(origin).into(),
        text: text.into(),
        overlay: false,
    }
}

/// Problems of a module with a lesson `dasar.klik` and the skill check whose steps are
/// `steps` (TOML), and the module's pass mark.
fn check(module_extra: &str, steps: &str) -> (Vec<String>, u32) {
    let ftl = "m-t = T\nm-s = S\nl-t = T\nl-s = S\nl-do = Do\nl-h = H\n";
    let mut files = ContentFiles::default();
    files.modules.insert(
        "dasar".into(),
        vec![source(
            "dasar/module.toml",
            &format!(
                "id = \"dasar\"\norder = 0\ntitle = \"m-t\"\nsummary = \"m-s\"\n{module_extra}"
            ),
        )],
    );
    let head = "title = \"l-t\"\nsummary = \"l-s\"\nminutes = 5\n\
                [scenario]\nsim = \"dasar\"\nboard = \"targets\"\n";
    let klik = format!(
        "id = \"dasar.klik\"\n{head}[[steps]]\nkind = \"do\"\ntext = \"l-do\"\n\
         goal = {{ event = \"dasar.clicked\" }}\nhints = [\"l-h\"]\n"
    );
    let uji = format!("id = \"dasar.uji-kemampuan\"\n{head}{steps}");
    files.lessons.insert(
        "dasar".into(),
        vec![
            source("dasar/01-klik.toml", &klik),
            source("dasar/06-uji-kemampuan.toml", &uji),
        ],
    );
    for lang in ["id", "en"] {
        files
            .locales
            .insert(lang.into(), vec![source(&format!("{lang}/d.ftl"), ftl)]);
    }
    let mut problems = Vec::new();
    let catalog = Catalog::from_files(&files.locales, &mut problems);
    let course = super::course(&files, &catalog, &mut problems);
    let pass = course.modules.first().map_or(0, |m| m.pass_mark);
    (problems.iter().map(|p| p.message.clone()).collect(), pass)
}

const DO: &str =
    "[[steps]]\nkind = \"do\"\ntext = \"l-do\"\ngoal = { event = \"dasar.clicked\" }\n";

#[test]
fn a_skill_check_gives_no_hints_points_at_nothing_and_names_its_lessons() {
    let (p, pass) = check("", &format!("{DO}practice = \"dasar.klik\"\n"));
    assert_eq!(
        (p, pass),
        (Vec::<String>::new(), 85),
        "the default pass mark"
    );
    let (_, pass) = check(
        "pass_mark = 90\n",
        &format!("{DO}practice = \"dasar.klik\"\n"),
    );
    assert_eq!(pass, 90);
    let cases = [
        (
            format!("{DO}practice = \"dasar.klik\"\nhints = [\"l-h\"]\n"),
            "steps[0].hints: a skill check gives no hints",
        ),
        (
            format!("{DO}practice = \"dasar.klik\"\nhighlight = \"target-a\"\n"),
            "steps[0].highlight: a skill check points at nothing",
        ),
        (DO.to_owned(), "needs `practice`"),
        (
            format!("{DO}practice = \"dasar.seret\"\n"),
            "`dasar.seret` is not a lesson of the module `dasar`",
        ),
    ];
    for (steps, expected) in cases {
        let (p, _) = check("", &steps);
        assert!(
            p.iter().any(|m| m.contains(expected)),
            "expected `{expected}` in {p:?}"
        );
    }
    let (p, _) = check(
        "pass_mark = 0\n",
        &format!("{DO}practice = \"dasar.klik\"\n"),
    );
    assert!(p.iter().any(|m| m.contains("from 1 to 100")), "{p:?}");
}
