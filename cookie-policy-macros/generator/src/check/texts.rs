//! The texts of an entry (`function`, `location`, `purpose`): their values
//! in every declared language, and the rules they must follow.

use syn::LitStr;

use super::entry::EntryCx;
use super::settings::Settings;
use crate::ast::Text;
use crate::errors::Errors;
use crate::lit::value as str_value;
use crate::suggest::did_you_mean;

/// A text in every declared language, in the order of `languages` (`""`
/// where it is missing, which is reported; of a language given twice, the
/// last).
pub fn values(text: Option<&Text>, settings: &Settings) -> Vec<String> {
    let languages = &settings.languages;
    let mut out = vec![String::new(); languages.len()];
    match text {
        None => {}
        Some(Text::Plain(lit)) => {
            let value = str_value(lit);
            for slot in out.iter_mut() {
                slot.clone_from(&value);
            }
        }
        Some(Text::Translated { items, .. }) => {
            for (code, lit) in items {
                let word = code.to_string();
                let slot = languages.iter().position(|(l, _)| *l == word);
                if let Some(slot) = slot.and_then(|index| out.get_mut(index)) {
                    *slot = str_value(lit);
                }
            }
        }
    }
    out
}

/// The literals of a text: the plain one, or one per language.
fn literals(text: &Text) -> Vec<&LitStr> {
    match text {
        Text::Plain(lit) => vec![lit],
        Text::Translated { items, .. } => items.iter().map(|(_, lit)| lit).collect(),
    }
}

/// Rule 9: no text is empty or blank. Every text ends up in the policy's
/// table, where a visitor would read nothing.
pub fn texts_not_blank(cx: &EntryCx, errors: &mut Errors) {
    for (field, text) in cx.texts() {
        for lit in literals(text) {
            let value = str_value(lit);
            if value.is_empty() {
                errors.error(
                    lit.span(),
                    format!(
                        "`{field}` is empty: write the text visitors will read in the policy's table"
                    ),
                );
            } else if value.trim().is_empty() {
                errors.error(
                    lit.span(),
                    format!("`{field}` is blank (only whitespace): write the text visitors will read in the policy's table"),
                );
            }
        }
    }
}

/// A text that is `TODO` or starts with it (`TODO: what it does`) is a
/// placeholder, as `cookie-policy scaffold` writes where the recordings and
/// the Open Cookie Database tell nothing: a scaffold compiles only once a
/// person has described every cookie. (A text that merely mentions a
/// `TODO` later on is left alone.)
pub fn texts_not_placeholders(cx: &EntryCx, errors: &mut Errors) {
    for (field, text) in cx.texts() {
        for lit in literals(text) {
            if str_value(lit).trim_start().starts_with("TODO") {
                errors.error(
                    lit.span(),
                    format!(
                        "`{field}` is a placeholder (it starts with `TODO`): describe this cookie's purpose before publishing the policy"
                    ),
                );
            }
        }
    }
}

/// Rule 11: every text is given in each declared language, once, and in
/// no other: each published version of the policy must be complete. (Not
/// checked when `languages` itself is broken, which would only repeat that
/// mistake.)
pub fn texts_in_every_language(cx: &EntryCx, errors: &mut Errors) {
    let settings = cx.settings;
    let languages = &settings.languages;
    for (field, text) in cx.texts() {
        match text {
            Text::Plain(lit) => {
                if languages.len() > 1 && settings.languages_reliable {
                    let example = languages
                        .iter()
                        .map(|(l, _)| format!("{l}: \"...\""))
                        .collect::<Vec<_>>()
                        .join(", ");
                    errors.error(
                        lit.span(),
                        format!("this policy is written in {} languages, so `{field}` needs a text in each: `{field}: {{ {example} }}`", languages.len()),
                    );
                }
            }
            Text::Translated { brace, items } => {
                let mut given = vec![false; languages.len()];
                for (code, _) in items {
                    let word = code.to_string();
                    match languages.iter().position(|(l, _)| *l == word) {
                        Some(index) => {
                            if given.get(index).copied().unwrap_or(false) {
                                errors.error(
                                    code.span(),
                                    format!("the `{word}` text of `{field}` is given twice"),
                                );
                            }
                            if let Some(g) = given.get_mut(index) {
                                *g = true;
                            }
                        }
                        None if !settings.languages_reliable => {}
                        None => {
                            let declared = languages
                                .iter()
                                .map(|(l, _)| l.as_str())
                                .collect::<Vec<_>>();
                            errors.error(
                                code.span(),
                                format!(
                                    "`{word}` is not one of the policy's languages [{}]: add it to `languages: [...]` or remove this text.{}",
                                    declared.join(", "),
                                    did_you_mean(&word, declared.iter().copied())
                                ),
                            );
                        }
                    }
                }
                let missing: Vec<&str> = languages
                    .iter()
                    .zip(&given)
                    .filter(|(_, g)| !**g)
                    .map(|(l, _)| l.0.as_str())
                    .collect();
                if !missing.is_empty() && settings.languages_reliable {
                    errors.error(
                        *brace,
                        format!(
                            "`{field}` lacks a text in {}: every text must be given in each of the policy's languages",
                            missing.iter().map(|l| format!("`{l}`")).collect::<Vec<_>>().join(", ")
                        ),
                    );
                }
            }
        }
    }
}
