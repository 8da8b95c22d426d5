//! Fluent text: loading, checking, locale negotiation and lookups.
//!
//! Every word a learner or mentor reads comes from `locales/<lang>/*.ftl`. We use the
//! fluent crates directly rather than i18n-embed's compile-time `fl!` macro: lesson
//! content names its message ids at run time (and an overlay `--content DIR` can add
//! messages), so ids must be checked at run time anyway; `check-content` and the test
//! suite do it for code and content alike, in every locale, not only the fallback one.
//!
//! Bidi isolation marks are off: Indonesian and English are left-to-right, and the marks
//! break string comparisons and can draw as boxes.

use crate::source::{LineIndex, Problem, SourceFile};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// Where a message is defined: its file, and the line and column there.
type Definition<'a> = (&'a SourceFile, (usize, usize));

/// The languages Tuntun speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The best of our languages for a requested tag (`en-US` → English); `None` if
    /// the tag is not a language tag. An unknown language gets Indonesian.
    pub fn negotiate(requested: &str) -> Option<Lang> {
        let requested: LanguageIdentifier = requested.replace('_', "-").parse().ok()?;
        let available: Vec<LanguageIdentifier> = Lang::ALL
            .iter()
            .filter_map(|l| l.code().parse().ok())
            .collect();
        let default: LanguageIdentifier = Lang::Id.code().parse().ok()?;
        let chosen = fluent_langneg::negotiate_languages(
            &[requested],
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        let code = chosen.first()?.language.as_str().to_owned();
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Default)]
struct Locale {
    resources: Vec<Arc<FluentResource>>,
    ids: BTreeSet<String>,
}

/// All Fluent messages of all locales, checked.
#[derive(Debug, Default)]
pub struct Catalog {
    locales: BTreeMap<String, Locale>,
}

impl Catalog {
    /// Parses the Fluent files of every locale; syntax errors, duplicate ids and ids
    /// missing from a locale become problems. A file with errors still contributes its
    /// good messages.
    pub fn from_files(
        files: &BTreeMap<String, Vec<SourceFile>>,
        problems: &mut Vec<Problem>,
    ) -> Self {
        let mut catalog = Catalog::default();
        // Where each id is defined, per locale: (file, line and column).
        let mut defined: BTreeMap<String, BTreeMap<String, Definition<'_>>> = BTreeMap::new();
        for (lang, sources) in files {
            let locale = catalog.locales.entry(lang.clone()).or_default();
            let mut origin_of: BTreeMap<String, bool> = BTreeMap::new();
            for file in sources {
                let mut seen_here: BTreeMap<String, usize> = BTreeMap::new();
                let offsets = definition_offsets(&file.text);
                let lines = LineIndex::new(&file.text);
                let resource = match FluentResource::try_new(file.text.clone()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            problems.push(Problem::at_line(
                                &file.origin,
                                lines.line_column(&file.text, e.pos.start),
                                format!("Fluent: {e}"),
                            ));
                        }
                        r
                    }
                };
                for id in message_ids(&resource) {
                    let nth = seen_here.entry(id.clone()).or_default();
                    let offset = offsets
                        .get(id.as_str())
                        .and_then(|v| v.get(*nth))
                        .copied()
                        .unwrap_or(0);
                    *nth += 1;
                    let at = lines.line_column(&file.text, offset);
                    if let Some(overlay) = origin_of.get(&id)
                        && *overlay == file.overlay
                    {
                        problems.push(Problem::at_line(
                            &file.origin,
                            at,
                            format!("Fluent message `{id}` is defined twice in locale `{lang}`"),
                        ));
                    }
                    origin_of.insert(id.clone(), file.overlay);
                    defined
                        .entry(id.clone())
                        .or_default()
                        .insert(lang.clone(), (file, at));
                    locale.ids.insert(id);
                }
                locale.resources.push(Arc::new(resource));
            }
        }
        for (id, langs) in &defined {
            for lang in catalog.locales.keys() {
                if !langs.contains_key(lang)
                    && let Some((file, at)) = langs.values().next()
                {
                    problems.push(Problem::at_line(
                        &file.origin,
                        *at,
                        format!("Fluent message `{id}` is missing in locale `{lang}`"),
                    ));
                }
            }
        }
        for lang in Lang::ALL {
            if !catalog.locales.contains_key(lang.code()) {
                problems.push(Problem::file(
                    &format!("locales/{lang}"),
                    format!("locale `{lang}` has no Fluent files"),
                ));
            }
        }
        catalog
    }

    /// The locales (of `id`, `en`) that lack a message.
    pub fn missing_in(&self, id: &str) -> Vec<&str> {
        Lang::ALL
            .iter()
            .map(|l| l.code())
            .filter(|code| !self.locales.get(*code).is_some_and(|l| l.ids.contains(id)))
            .collect()
    }

    /// Every message id of one locale.
    pub fn ids(&self, lang: Lang) -> BTreeSet<String> {
        self.locales
            .get(lang.code())
            .map(|l| l.ids.clone())
            .unwrap_or_default()
    }

    /// The message `id` of one locale as written, for content checks: its text with every
    /// placeable (`{ … }`) replaced by one NUL character, and the ids of the messages it
    /// references (`{ webmail-send }`), in order. Select expressions count as placeables; the
    /// references inside their variants are listed. The last definition wins (an overlay's).
    pub fn source(&self, lang: Lang, id: &str) -> Option<MessageSource> {
        let locale = self.locales.get(lang.code())?;
        let message = locale.resources.iter().rev().find_map(|r| {
            r.entries().find_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) if m.id.name == id => Some(m),
                _ => None,
            })
        })?;
        let mut out = MessageSource::default();
        if let Some(pattern) = &message.value {
            pattern_source(pattern, &mut out, true);
        }
        Some(out)
    }

    /// A translator for one language, falling back to the other one for missing messages.
    pub fn translator(&self, lang: Lang) -> Translator {
        let fallback = match lang {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        };
        Translator {
            lang,
            bundle: self.bundle(lang),
            fallback: self.bundle(fallback),
        }
    }

    fn bundle(&self, lang: Lang) -> FluentBundle<Arc<FluentResource>> {
        let langid: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        if let Some(locale) = self.locales.get(lang.code()) {
            for r in &locale.resources {
                // Later files (the overlay) replace earlier messages on purpose.
                bundle.add_resource_overriding(Arc::clone(r));
            }
        }
        bundle
    }
}

/// A message as written (see [`Catalog::source`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageSource {
    /// The literal text; each placeable is one `\0`.
    pub text: String,
    /// Ids of referenced messages, in order.
    pub references: Vec<String>,
    /// Whether the value is one plain text without placeables.
    pub plain: bool,
}

fn pattern_source(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut MessageSource, top: bool) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    if top {
        out.plain = pattern
            .elements
            .iter()
            .all(|e| matches!(e, PatternElement::TextElement { .. }));
    }
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                if top {
                    out.text.push_str(value);
                }
            }
            PatternElement::Placeable { expression } => {
                if top {
                    out.text.push('\0');
                }
                match expression {
                    Expression::Inline(InlineExpression::MessageReference { id, .. }) => {
                        out.references.push(id.name.to_owned());
                    }
                    Expression::Inline(InlineExpression::Placeable { expression }) => {
                        if let Expression::Inline(InlineExpression::MessageReference {
                            id, ..
                        }) = expression.as_ref()
                        {
                            out.references.push(id.name.to_owned());
                        }
                    }
                    Expression::Select { variants, .. } => {
                        for v in variants {
                            pattern_source(&v.value, out, false);
                        }
                    }
                    Expression::Inline(_) => {}
                }
            }
        }
    }
}

fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Byte offsets of every line `id = …` of a file, per id, in one pass (a file of thousands
/// of messages must not be scanned once per message).
fn definition_offsets(text: &str) -> HashMap<&str, Vec<usize>> {
    let mut out: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let end = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(line.len());
        let (id, rest) = line.split_at(end);
        if !id.is_empty() && rest.trim_start().starts_with('=') {
            out.entry(id).or_default().push(offset);
        }
        offset += line.len();
    }
    out
}

/// Looks up messages in one language.
pub struct Translator {
    lang: Lang,
    bundle: FluentBundle<Arc<FluentResource>>,
    fallback: FluentBundle<Arc<FluentResource>>,
}

impl fmt::Debug for Translator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Translator")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Translator {
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id`; a missing message shows its id (a visible bug, never a crash).
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with arguments, e.g. `[("n", 3.into())]`.
    pub fn tr_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, Some(&fa))
    }

    /// Whether the message exists in this language or its fallback.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id) || self.fallback.has_message(id)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in [&self.bundle, &self.fallback] {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(id, ?errors, "Fluent formatting problem");
                }
                return text.into_owned();
            }
        }
        tracing::warn!(id, "missing Fluent message");
        id.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(origin: &str, text: &str) -> SourceFile {
        SourceFile {
            origin: origin.into(),
            name: origin.into(),
            text: text.into(),
            overlay: false,
        }
    }

    #[test]
    fn negotiates_language_tags() {
        assert_eq!(Lang::negotiate("en-US"), Some(Lang::En));
        assert_eq!(Lang::negotiate("id_ID"), Some(Lang::Id));
        assert_eq!(
            Lang::negotiate("fr"),
            Some(Lang::Id),
            "unknown languages get Indonesian"
        );
        assert_eq!(Lang::negotiate("!!"), None);
    }

    #[test]
    fn reports_syntax_errors_missing_and_duplicate_ids() {
        let mut files = BTreeMap::new();
        files.insert(
            "id".into(),
            vec![file("id.ftl", "a = Satu\nb = Dua\na = Lagi\n")],
        );
        files.insert("en".into(), vec![file("en.ftl", "a = One\nbroken line\n")]);
        let mut problems = Vec::new();
        let catalog = Catalog::from_files(&files, &mut problems);
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            text.iter()
                .any(|p| p.starts_with("id.ftl:3:1:") && p.contains("twice")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|p| p.starts_with("en.ftl:2:") && p.contains("Fluent")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|p| p.contains("`b` is missing in locale `en`")),
            "{text:?}"
        );
        let en = catalog.translator(Lang::En);
        assert_eq!(en.tr("a"), "One");
        assert_eq!(en.tr("b"), "Dua", "falls back to the other language");
        assert_eq!(en.tr("zzz"), "zzz");
    }

    #[test]
    fn arguments_are_not_isolated() {
        let mut files = BTreeMap::new();
        files.insert(
            "id".into(),
            vec![file("id.ftl", "step = Langkah { $n } dari { $total }\n")],
        );
        let catalog = Catalog::from_files(&files, &mut Vec::new());
        let id = catalog.translator(Lang::Id);
        assert_eq!(
            id.tr_args("step", &[("n", 3.into()), ("total", 8.into())]),
            "Langkah 3 dari 8"
        );
    }
}
