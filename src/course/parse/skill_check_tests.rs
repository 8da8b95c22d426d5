use super::test_files::parse;

/// Problems of a module with a lesson `dasar.klik` and the skill check whose steps are
/// `steps` (TOML), and the module's pass mark.
fn check(module_extra: &str, steps: &str) -> (Vec<String>, u32) {
    let ftl = "m-t = T\nm-s = S\nl-t = T\nl-s = S\nl-do = Do\nl-h = H\n";
    let head = "title = \"l-t\"\nsummary = \"l-s\"\nminutes = 5\n\
                [scenario]\nsim = \"dasar\"\nboard = \"targets\"\n";
    let klik = format!(
        "id = \"dasar.klik\"\n{head}[[steps]]\nkind = \"do\"\ntext = \"l-do\"\n\
         goal = {{ event = \"dasar.clicked\" }}\nhints = [\"l-h\"]\n"
    );
    let uji = format!("id = \"dasar.uji-kemampuan\"\n{head}{steps}");
    let module =
        format!("id = \"dasar\"\norder = 0\ntitle = \"m-t\"\nsummary = \"m-s\"\n{module_extra}");
    let (course, problems) = parse(
        "dasar",
        &module,
        &[("01-klik.toml", &klik), ("06-uji-kemampuan.toml", &uji)],
        ftl,
    );
    let pass = course.modules.first().map_or(0, |m| m.pass_mark);
    (problems, pass)
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
