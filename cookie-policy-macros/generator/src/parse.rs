//! Tokens to [`ast`](crate::ast), reporting every syntax mistake it can
//! recover from.
//!
//! Each brace group (the policy body, a category, a provider, an entry, a
//! translated text) is parsed on its own, so a mistake inside one entry never
//! hides the mistakes of the next: the parser records the error, skips to the
//! next `,` or block, and goes on.

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{ParseBuffer, ParseStream, Parser};
use syn::{Attribute, Error, Ident, LitInt, LitStr, Token, Visibility};

use crate::ast::*;
use crate::errors::Errors;
use crate::keywords::{
    self, field_names, unit_words, FieldKind, CATEGORY_ALIASES, FIELD_ALIASES, SETTINGS,
    SETTING_ALIASES, UNIT_ALIASES,
};
use crate::lit;
use crate::suggest::{closest_with_aliases, did_you_mean, did_you_mean_with_aliases};

/// The setting a misspelled or foreign word most likely meant.
fn setting_meant(word: &str) -> Option<&'static str> {
    if let Some(known) = SETTINGS.iter().find(|s| **s == word) {
        return Some(known);
    }
    closest_with_aliases(word, SETTINGS, &SETTING_ALIASES)
}

/// The field a misspelled or foreign word most likely meant.
fn field_meant(word: &str) -> Option<&'static str> {
    if let Some(known) = field_names().find(|f| *f == word) {
        return Some(known);
    }
    closest_with_aliases(word, field_names(), &FIELD_ALIASES)
}

/// Why `word` is not a category, with the closest one.
fn unknown_category_message(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    if lower == "functional" || lower == "functionality" {
        return format!(
            "unknown category `{word}`: the categories are {}. \"Functional\" cookies are `necessary` when the site cannot work without them (a session, a CSRF token, the consent choice) and `preferences` when they only remember a choice, which needs consent",
            keywords::categories()
        );
    }
    let hint = did_you_mean_with_aliases(word, keywords::category_names(), &CATEGORY_ALIASES);
    format!(
        "unknown category `{word}`: the categories are {}.{hint}",
        keywords::categories()
    )
}

/// Outer attributes where only cookie entries take them (a category or
/// provider block): reported, then parsing goes on with the block.
fn misplaced_attributes(input: ParseStream, place: &str, errors: &mut Errors) {
    match input.call(Attribute::parse_outer) {
        Ok(attrs) => {
            for attr in attrs {
                let message = if attr.path().is_ident("doc") {
                    format!("a doc comment on {place} would be lost: put it on a cookie entry (`/// ...` above `CONSTANT: \"name\" {{`), whose constant it documents, or write a plain `//` comment")
                } else {
                    format!("attributes cannot be put on {place}: only cookie entries take doc comments, and the policy's module takes its own attributes before `mod`")
                };
                errors.error_spanned(&attr, message);
            }
        }
        Err(e) => {
            errors.push(e);
            skip_past_comma_or_block(input);
        }
    }
}

/// Parses a whole invocation. `None` when not even the module head
/// (`pub mod name { ... }`) could be read; every error is pushed to `errors`.
///
/// An error at the end of a group points at the group's closing delimiter,
/// and one at the end of the invocation at its last token: only an empty
/// invocation is blamed on the whole macro call.
pub fn parse_policy(tokens: TokenStream, errors: &mut Errors) -> Option<PolicyAst> {
    let Some(last) = last_token_span(&tokens) else {
        errors.error(
            Span::call_site(),
            "expected a policy: `pub mod name { site: \"https://...\", necessary { ... } }`",
        );
        return None;
    };
    // syn blames the end of a parsed stream on its scope: the closing
    // delimiter of a group, but the whole call for the macro's own input.
    // Parsed as the contents of a group that closes on the last token, the
    // invocation's end is that token.
    let mut group = Group::new(Delimiter::Brace, tokens);
    group.set_span(last);
    let mut policy = None;
    let parser = |input: ParseStream| {
        let content;
        syn::braced!(content in input);
        let result = parse_module(&content, errors);
        skip_all(&content);
        policy = Some(result?);
        Ok(())
    };
    // Besides the head's error, syn reports here the first group that one
    // of its parsers left unfinished (`#[doc = "x" y]`); the policy read
    // until then is kept.
    if let Err(e) = parser.parse2(TokenStream::from(TokenTree::Group(group))) {
        errors.push(e);
    }
    policy
}

/// The span of the last token of `tokens` (a group's closing delimiter).
fn last_token_span(tokens: &TokenStream) -> Option<Span> {
    match tokens.clone().into_iter().last()? {
        TokenTree::Group(group) => Some(group.span_close()),
        other => Some(other.span()),
    }
}

/// `outer-attr* VIS mod IDENT { body }`; an `Err` when the head is unreadable.
fn parse_module(input: ParseStream, errors: &mut Errors) -> syn::Result<PolicyAst> {
    let attrs = input.call(Attribute::parse_outer)?;
    let vis: Visibility = input.parse()?;
    if !input.peek(Token![mod]) {
        return Err(
            input.error("expected `mod`: a policy is declared as a module, `pub mod name { ... }`")
        );
    }
    input.parse::<Token![mod]>()?;
    let name: Ident = input.parse()?;
    if !peek_brace(input) {
        return Err(input.error("expected `{` and the policy body after the module name"));
    }
    let mut policy = PolicyAst {
        attrs,
        vis,
        name,
        settings: Vec::new(),
        categories: Vec::new(),
        attempted_settings: Vec::new(),
    };
    in_braces(input, errors, |input, errors| {
        parse_body(input, &mut policy, errors);
        Ok(())
    });
    // The policy itself is fine: report what follows and still expand it.
    if !input.is_empty() {
        errors.push(input.error(
            "unexpected tokens after the policy: declare one module per `cookie_policy!` call",
        ));
    }
    Ok(policy)
}

/// Runs `f` on the contents of the `{ ... }` group next in `input` (which
/// must be one), recording its error if it gives up, and consumes the group.
/// Parses the group where it is, without copying its tokens into a new
/// buffer (nested that way at every level, a large policy was copied once
/// per level), and with the group's closing delimiter as the place of an
/// error at its end. Leftover tokens are skipped, so they never
/// reach syn's "unexpected token" check of the enclosing buffer.
fn in_braces<F>(input: ParseStream, errors: &mut Errors, f: F)
where
    F: FnOnce(ParseStream, &mut Errors) -> syn::Result<()>,
{
    fn braces<'a>(input: &ParseBuffer<'a>) -> syn::Result<ParseBuffer<'a>> {
        let content;
        syn::braced!(content in input);
        Ok(content)
    }
    match braces(input) {
        Ok(content) => {
            let result = f(&content, errors);
            skip_all(&content);
            if let Err(e) = result {
                errors.push(e);
            }
        }
        Err(e) => errors.push(e),
    }
}

fn skip_all(input: ParseStream) {
    while !input.is_empty() {
        if input.parse::<TokenTree>().is_err() {
            break;
        }
    }
}

/// Skips to just past the next top-level `,` (or to the end).
fn skip_past_comma(input: ParseStream) {
    while !input.is_empty() {
        if input.peek(Token![,]) {
            let _ = input.parse::<Token![,]>();
            return;
        }
        if input.parse::<TokenTree>().is_err() {
            return;
        }
    }
}

/// Skips to just past the next `{ ... }` group (or to the end).
fn skip_past_block(input: ParseStream) {
    while !input.is_empty() {
        match input.parse::<TokenTree>() {
            Ok(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => return,
            Ok(_) => {}
            Err(_) => return,
        }
    }
}

fn peek_brace(input: ParseStream) -> bool {
    input.cursor().group(Delimiter::Brace).is_some()
}

fn peek_bracket(input: ParseStream) -> bool {
    input.cursor().group(Delimiter::Bracket).is_some()
}

fn parse_body(input: ParseStream, policy: &mut PolicyAst, errors: &mut Errors) {
    while !input.is_empty() {
        if input.peek(Token![,]) || input.peek(Token![;]) {
            let _ = input.parse::<TokenTree>();
            continue;
        }
        if input.peek(Token![#]) {
            misplaced_attributes(input, "a category block", errors);
            continue;
        }
        if !input.peek(Ident::peek_any) {
            errors.push(input.error(format!(
                "expected a setting (`site: \"https://...\",`) or a category block ({} {{ ... }})",
                keywords::categories()
            )));
            skip_past_comma_or_block(input);
            continue;
        }
        let Ok(key) = input.call(Ident::parse_any) else {
            skip_all(input);
            return;
        };
        let word = key.to_string();
        if input.peek(Token![:]) {
            match parse_setting(input, key, errors) {
                Ok(Some(setting)) => policy.settings.push(setting),
                Ok(None) => {}
                Err(e) => {
                    errors.push(e);
                    policy
                        .attempted_settings
                        .extend(setting_meant(&word).map(String::from));
                    skip_past_comma(input);
                    continue;
                }
            }
            if input.peek(Token![,]) {
                let _ = input.parse::<Token![,]>();
            } else if !input.is_empty() {
                errors.push(input.error(format!("expected `,` after the `{word}` setting")));
                // A forgotten comma before the next setting or category:
                // read on from there rather than skip it.
                if !input.peek(Ident::peek_any) {
                    skip_past_comma(input);
                }
            }
        } else if peek_brace(input) {
            let kind = word.parse::<Category>().ok();
            if kind.is_none() {
                let message = if word == "provider" {
                    "a `provider` needs a name and goes inside a category: `necessary { provider \"Name\" { ... } }`".to_string()
                } else {
                    unknown_category_message(&word)
                };
                errors.error(key.span(), message);
            }
            let mut block = CategoryBlock {
                kind,
                providers: Vec::new(),
            };
            in_braces(input, errors, |input, errors| {
                parse_category(input, &mut block, errors);
                Ok(())
            });
            policy.categories.push(block);
        } else if key == "provider" {
            errors.error(
                key.span(),
                format!("a `provider` block goes inside a category block, which decides whether its cookies need consent: `necessary {{ provider \"Name\" {{ ... }} }}` (the categories are {})", keywords::categories()),
            );
            skip_past_block(input);
        } else if let Some(setting) = SETTINGS.iter().find(|s| **s == word) {
            errors.push(input.error(format!("expected `:` after `{setting}`: `{setting}: ...,`")));
            policy.attempted_settings.push(word);
            skip_past_comma_or_block(input);
        } else {
            let all = SETTINGS.iter().copied().chain(keywords::category_names());
            let aliases: Vec<(&str, &str)> = SETTING_ALIASES
                .iter()
                .chain(CATEGORY_ALIASES.iter())
                .copied()
                .collect();
            errors.error(
                key.span(),
                format!(
                    "expected `:` and a value after a setting, or `{{` after a category; `{word}` is neither.{}",
                    did_you_mean_with_aliases(&word, all, &aliases)
                ),
            );
            policy
                .attempted_settings
                .extend(setting_meant(&word).map(String::from));
            skip_past_comma_or_block(input);
        }
    }
}

fn skip_past_comma_or_block(input: ParseStream) {
    while !input.is_empty() {
        if input.peek(Token![,]) {
            let _ = input.parse::<Token![,]>();
            return;
        }
        match input.parse::<TokenTree>() {
            Ok(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => return,
            Ok(_) => {}
            Err(_) => return,
        }
    }
}

/// After `key`, with `:` next. `Ok(None)`: an unknown setting, reported.
fn parse_setting(
    input: ParseStream,
    key: Ident,
    errors: &mut Errors,
) -> syn::Result<Option<Setting>> {
    input.parse::<Token![:]>()?;
    let value = match key.to_string().as_str() {
        "site" => {
            if !lit::peek_string(input) {
                return Err(input.error(
                    "expected the site's address as a string: `site: \"https://www.example.org\"`",
                ));
            }
            SettingValue::Site(lit::string(input, errors)?)
        }
        "languages" => {
            if !peek_bracket(input) {
                return Err(input.error("expected a list of language codes: `languages: [en, de]`"));
            }
            let content;
            let bracket = syn::bracketed!(content in input);
            let languages = parse_language_list(&content, errors);
            skip_all(&content);
            SettingValue::Languages {
                bracket: bracket.span.join(),
                languages: languages?,
            }
        }
        "consent_cookie" => {
            if lit::peek_string(input) {
                SettingValue::ConsentCookieName(lit::string(input, errors)?)
            } else if !input.peek(Ident::peek_any) {
                return Err(input.error(
                    "expected the constant name of the entry that stores the consent: `consent_cookie: PREFERENCES`",
                ));
            } else {
                SettingValue::ConsentCookie(input.call(Ident::parse_any)?)
            }
        }
        other => {
            let message = if other.parse::<Category>().is_ok() {
                format!("`{other}` is a category, not a setting: write `{other} {{ provider \"Name\" {{ ... }} }}` without `:`")
            } else {
                format!(
                    "unknown setting `{other}`: the settings are {}.{}",
                    keywords::settings(),
                    did_you_mean_with_aliases(other, SETTINGS, &SETTING_ALIASES)
                )
            };
            return Err(Error::new(key.span(), message));
        }
    };
    Ok(Some(Setting { key, value }))
}

/// The inside of `languages: [...]`: codes separated by commas.
fn parse_language_list(input: ParseStream, errors: &mut Errors) -> syn::Result<Vec<Ident>> {
    let mut languages = Vec::new();
    while !input.is_empty() {
        if lit::peek_string(input) {
            let lit: LitStr = lit::string(input, errors)?;
            return Err(Error::new(
                lit.span(),
                format!(
                    "write language codes without quotes: `languages: [{}]`",
                    lit.value().replace('-', "_")
                ),
            ));
        }
        if !input.peek(Ident::peek_any) {
            return Err(
                input.error("expected language codes separated by commas: `languages: [en, de]`")
            );
        }
        let code = input.call(Ident::parse_any)?;
        if input.peek(Token![-]) {
            return Err(input.error(format!(
                "a region follows the language with `_` here: `{code}_...` (as in `pt_BR`)"
            )));
        }
        languages.push(code);
        if input.is_empty() {
            break;
        }
        if !input.peek(Token![,]) {
            return Err(input.error("expected `,` between language codes: `languages: [en, de]`"));
        }
        input.parse::<Token![,]>()?;
    }
    Ok(languages)
}

fn parse_category(input: ParseStream, block: &mut CategoryBlock, errors: &mut Errors) {
    while !input.is_empty() {
        if input.peek(Token![,]) || input.peek(Token![;]) {
            let _ = input.parse::<TokenTree>();
            continue;
        }
        if input.peek(Token![#]) {
            // A doc comment above a provider, or above an entry written
            // directly in the category (reported below).
            let fork = input.fork();
            let _ = fork.call(Attribute::parse_outer);
            let before_entry = fork.peek(Ident::peek_any) && fork.peek2(Token![:]);
            if !before_entry {
                misplaced_attributes(input, "a provider block", errors);
                continue;
            }
        }
        let is_provider = input
            .cursor()
            .ident()
            .map(|(i, _)| i == "provider")
            .unwrap_or(false);
        if !is_provider {
            let fork = input.fork();
            let _ = fork.call(Attribute::parse_outer);
            if fork.peek(Ident::peek_any) && fork.peek2(Token![:]) {
                // An entry without its provider: report it once per run of
                // such entries, and keep them (their constants still exist).
                let recovering = block.providers.last().is_some_and(|p| p.recovered);
                if !recovering {
                    errors.error(
                        fork.span(),
                        "a cookie entry goes inside a provider block, which names who sets the cookie: `provider \"Name\" { CONSTANT: \"cookie_name\" { ... } }`",
                    );
                    block.providers.push(Provider {
                        name: LitStr::new("", fork.span()),
                        entries: Vec::new(),
                        recovered: true,
                    });
                }
                if let Some(entry) = parse_entry(input, errors) {
                    if let Some(provider) = block.providers.last_mut() {
                        provider.entries.push(entry);
                    }
                }
            } else {
                errors.push(input.error("expected `provider \"Name\" { ... }`"));
                skip_past_block(input);
            }
            continue;
        }
        let result = (|| -> syn::Result<LitStr> {
            input.call(Ident::parse_any)?;
            let name = if lit::peek_string(input) {
                lit::string(input, errors)?
            } else if input.peek(Ident::peek_any) && input.peek2(syn::token::Brace) {
                // `provider Opendatasoft { ... }`: report, and keep the block.
                let ident = input.call(Ident::parse_any)?;
                errors.error(
                    ident.span(),
                    format!("the provider's name is a string: `provider \"{ident}\" {{ ... }}`"),
                );
                LitStr::new(&ident.to_string(), ident.span())
            } else {
                return Err(input.error(
                    "expected the provider's name as a string: `provider \"Opendatasoft\" { ... }`",
                ));
            };
            if !peek_brace(input) {
                return Err(input.error("expected `{` and the provider's cookies"));
            }
            Ok(name)
        })();
        match result {
            Ok(name) => {
                let mut provider = Provider {
                    name,
                    entries: Vec::new(),
                    recovered: false,
                };
                in_braces(input, errors, |input, errors| {
                    parse_provider(input, &mut provider, errors);
                    Ok(())
                });
                block.providers.push(provider);
            }
            Err(e) => {
                errors.push(e);
                skip_past_block(input);
            }
        }
    }
}

fn parse_provider(input: ParseStream, provider: &mut Provider, errors: &mut Errors) {
    while !input.is_empty() {
        if input.peek(Token![,]) || input.peek(Token![;]) {
            let _ = input.parse::<TokenTree>();
            continue;
        }
        if let Some(entry) = parse_entry(input, errors) {
            provider.entries.push(entry);
        }
    }
}

/// `outer-attr* CONST_IDENT: "name" { field,* }`; `None` when its head is
/// unreadable (reported, skipped past its block).
fn parse_entry(input: ParseStream, errors: &mut Errors) -> Option<Entry> {
    let head = (|| -> syn::Result<(Vec<Attribute>, Ident, LitStr)> {
        let attrs = input.call(Attribute::parse_outer)?;
        if !input.peek(Ident::peek_any) {
            return Err(input.error(
                "expected a cookie entry: `CONSTANT: \"cookie_name\" { function: ..., purpose: ... }`",
            ));
        }
        let ident = input.call(Ident::parse_any)?;
        if !input.peek(Token![:]) {
            return Err(input.error(format!(
                "expected `:` and the cookie's name after `{ident}`: `{ident}: \"cookie_name\" {{ ... }}`"
            )));
        }
        input.parse::<Token![:]>()?;
        if !lit::peek_string(input) {
            return Err(input.error(format!(
                "expected the cookie's name as a string: `{ident}: \"cookie_name\" {{ ... }}`"
            )));
        }
        let name = lit::string(input, errors)?;
        if !peek_brace(input) {
            return Err(input.error("expected `{` and the cookie's fields"));
        }
        Ok((attrs, ident, name))
    })();
    match head {
        Ok((attrs, ident, name)) => {
            let mut entry = Entry {
                attrs,
                ident,
                name,
                fields: Vec::new(),
                attempted: Vec::new(),
            };
            in_braces(input, errors, |input, errors| {
                parse_fields(input, &mut entry, errors);
                Ok(())
            });
            Some(entry)
        }
        Err(e) => {
            errors.push(e);
            skip_past_block(input);
            None
        }
    }
}

fn parse_fields(input: ParseStream, entry: &mut Entry, errors: &mut Errors) {
    while !input.is_empty() {
        if input.peek(Token![,]) {
            let _ = input.parse::<Token![,]>();
            continue;
        }
        let word = input.cursor().ident().map(|(i, _)| i.to_string());
        match parse_field(input, errors) {
            Ok(Some(field)) => {
                entry.fields.push(field);
                if input.is_empty() || input.peek(Token![,]) {
                    continue;
                }
                if input.peek(Token![;]) {
                    errors.push(input.error("fields are separated by `,`, not `;`"));
                    let _ = input.parse::<Token![;]>();
                } else {
                    errors.push(input.error("expected `,` between fields"));
                    // A forgotten comma before the next field: read on
                    // from there rather than skip it.
                    if !input.peek(Ident::peek_any) {
                        skip_past_comma(input);
                    }
                }
            }
            Ok(None) => skip_past_comma(input),
            Err(e) => {
                errors.push(e);
                // The field was written, even if unreadable: it is not also
                // missing.
                if let Some(meant) = word.as_deref().and_then(field_meant) {
                    entry.attempted.push(meant.to_string());
                }
                skip_past_comma(input);
            }
        }
    }
}

fn parse_field(input: ParseStream, errors: &mut Errors) -> syn::Result<Option<Field>> {
    if !input.peek(Ident::peek_any) {
        return Err(
            input.error("expected a field such as `purpose: \"...\"` or a flag such as `secure`")
        );
    }
    let key = input.call(Ident::parse_any)?;
    let word = key.to_string();
    let Some(kind) = keywords::field(&word) else {
        let message = match word.as_str() {
            "name" => "the cookie's name is written before its fields, as a string: `CONSTANT: \"cookie_name\" { ... }`".to_string(),
            "category" => format!("the category is not a field: it is the block the entry is declared in, `necessary {{ provider \"...\" {{ ... }} }}`; move the entry into the right block ({})", keywords::categories()),
            "provider" => "the provider is the `provider \"Name\" { ... }` block the entry is declared in: move the entry there".to_string(),
            _ => format!(
                "unknown field `{word}`: a cookie takes {}.{}",
                keywords::fields(),
                did_you_mean_with_aliases(&word, field_names(), &FIELD_ALIASES)
            ),
        };
        return Err(Error::new(key.span(), message));
    };
    if let FieldKind::Flag(flag) = kind {
        if input.peek(Token![:]) {
            return Err(Error::new(
                key.span(),
                format!("`{word}` is a flag and takes no value: write `{word},` alone (leave it out to turn it off)"),
            ));
        }
        return Ok(Some(Field {
            key,
            value: FieldValue::Flag(flag),
        }));
    }
    if !input.peek(Token![:]) {
        return Err(input.error(format!("expected `:` and a value after `{word}`")));
    }
    input.parse::<Token![:]>()?;
    let value = match kind {
        FieldKind::Text(field) => FieldValue::Text(field, parse_text(input, &word, errors)?),
        FieldKind::Str(field) => FieldValue::Str(field, parse_str(input, field, errors)?),
        FieldKind::Duration => FieldValue::Duration(parse_duration(input, errors)?),
        FieldKind::SameSite => {
            let (ident, same_site) = parse_same_site(input, errors)?;
            FieldValue::SameSite(ident, same_site)
        }
        FieldKind::Flag(flag) => FieldValue::Flag(flag),
    };
    Ok(Some(Field { key, value }))
}

fn parse_str(input: ParseStream, field: StrField, errors: &mut Errors) -> syn::Result<LitStr> {
    if lit::peek_string(input) {
        return lit::string(input, errors);
    }
    Err(input.error(match field {
        StrField::ThirdParty => "`third_party` names the domain of the other site that sets the cookie, as a string: `third_party: \"youtube.com\"`",
        StrField::Domain => "`domain` is the cookie's Domain attribute, a string: `domain: \"example.org\"`",
        StrField::Path => "`path` is the cookie's Path attribute, a string: `path: \"/\"`",
    }))
}

fn parse_text(input: ParseStream, field: &str, errors: &mut Errors) -> syn::Result<Text> {
    if lit::peek_string(input) {
        return Ok(Text::Plain(lit::string(input, errors)?));
    }
    if !peek_brace(input) {
        return Err(input.error(format!(
            "expected a text: `{field}: \"...\"`, or one per language: `{field}: {{ en: \"...\", de: \"...\" }}`"
        )));
    }
    let content;
    let brace = syn::braced!(content in input);
    let mut parser = |input: ParseStream| {
        let mut items = Vec::new();
        while !input.is_empty() {
            let language = if input.peek(Ident::peek_any) {
                input.call(Ident::parse_any)?
            } else {
                return Err(input.error(
                    "expected a language code such as `en`: `{ en: \"...\", de: \"...\" }`",
                ));
            };
            if !input.peek(Token![:]) {
                return Err(input.error(format!("expected `:` and the text in `{language}`")));
            }
            input.parse::<Token![:]>()?;
            if !lit::peek_string(input) {
                return Err(input.error(format!("expected the text in `{language}` as a string")));
            }
            let text: LitStr = lit::string(input, errors)?;
            items.push((language, text));
            if input.is_empty() {
                break;
            }
            if !input.peek(Token![,]) {
                return Err(input.error("expected `,` between languages"));
            }
            input.parse::<Token![,]>()?;
        }
        Ok(items)
    };
    let items = parser(&content);
    skip_all(&content);
    let items = items?;
    if items.is_empty() {
        return Err(Error::new(
            brace.span.join(),
            format!("empty text: give `{field}` a text in every language, `{{ en: \"...\" }}`"),
        ));
    }
    Ok(Text::Translated {
        brace: brace.span.join(),
        items,
    })
}

/// The unit a misspelled or abbreviated unit word most likely meant, in
/// the number (singular or plural) that fits `amount`.
fn unit_meant(word: &str, amount: u64) -> Option<&'static str> {
    let fits = |w: &&str| (amount == 1) != w.ends_with('s');
    let candidates = unit_words().map(|(w, _)| w).filter(fits);
    let meant = closest_with_aliases(word, candidates, &UNIT_ALIASES)
        .or_else(|| closest_with_aliases(word, unit_words().map(|(w, _)| w), &UNIT_ALIASES))?;
    let unit = unit_words().find(|(w, _)| *w == meant)?.1;
    unit_words()
        .filter(|(_, u)| *u == unit)
        .map(|(w, _)| w)
        .find(|w| fits(w))
        .or(Some(meant))
}

fn parse_duration(input: ParseStream, errors: &mut Errors) -> syn::Result<Duration> {
    let expected = || {
        format!(
            "expected `session` or a number and a unit: `duration: 14 days` (units: {})",
            keywords::units()
        )
    };
    if lit::peek_string(input) {
        // `duration: "14 days"`, as copied from a policy table.
        let lit: LitStr = lit::string(input, errors)?;
        let value = lit.value();
        let words: Vec<&str> = value.split_whitespace().collect();
        let bare = match words.as_slice() {
            ["session"] => Some("session".to_string()),
            [amount, unit] => amount
                .parse::<u64>()
                .ok()
                .and_then(|n| unit_meant(unit, n).map(|u| format!("{n} {u}"))),
            _ => None,
        };
        return Err(Error::new(
            lit.span(),
            match bare {
                Some(bare) => format!("write the duration without quotes: `duration: {bare}`"),
                None => format!("write the duration without quotes, as `session` or a number and a unit: `duration: 14 days` (units: {})", keywords::units_explained()),
            },
        ));
    }
    if input.peek(Ident::peek_any) {
        let ident = input.call(Ident::parse_any)?;
        if ident == "session" {
            return Ok(Duration::Session);
        }
        return Err(Error::new(
            ident.span(),
            format!(
                "{}.{}",
                expected(),
                did_you_mean(&ident.to_string(), ["session"])
            ),
        ));
    }
    if !input.peek(LitInt) {
        return Err(input.error(expected()));
    }
    let amount_lit: LitInt = input.parse()?;
    errors.extend(lit::suffix_error(&amount_lit.token(), amount_lit.suffix()));
    let amount: u64 = amount_lit.base10_parse().map_err(|_| {
        Error::new(
            amount_lit.span(),
            "this duration does not fit in 64 bits; browsers cap lifetimes at 400 days",
        )
    })?;
    if !input.peek(Ident::peek_any) {
        return Err(Error::new(
            amount_lit.span(),
            format!("a duration needs a unit (`{amount}` seconds, as in Max-Age, or `{amount}` days, as in most policies?): write `{amount} days` (units: {})", keywords::units_explained()),
        ));
    }
    let unit_ident = input.call(Ident::parse_any)?;
    let word = unit_ident.to_string();
    let Some(unit) = unit_words().find(|(w, _)| *w == word).map(|(_, u)| u) else {
        let lower = word.to_ascii_lowercase();
        let message = if matches!(lower.as_str(), "s" | "sec" | "secs" | "second" | "seconds") {
            format!(
                "durations are declared in minutes or longer units: write `{} minutes`, or a longer unit (units: {})",
                amount.div_ceil(60).max(1),
                keywords::units_explained()
            )
        } else {
            let hint = match unit_meant(&word, amount) {
                Some(unit) => format!(" Did you mean `{amount} {unit}`?"),
                None => String::new(),
            };
            format!(
                "unknown duration unit `{word}`: use {}, singular or plural.{hint}",
                keywords::units_explained()
            )
        };
        return Err(Error::new(unit_ident.span(), message));
    };
    Ok(Duration::Amount {
        amount_lit,
        amount,
        unit_ident,
        unit,
    })
}

fn parse_same_site(input: ParseStream, errors: &mut Errors) -> syn::Result<(Ident, SameSite)> {
    if lit::peek_string(input) {
        let lit: LitStr = lit::string(input, errors)?;
        return Err(Error::new(
            lit.span(),
            format!(
                "write the SameSite value without quotes: `same_site: {}`",
                {
                    let v = lit.value();
                    crate::suggest::closest(&v, keywords::same_site_names())
                        .unwrap_or("Lax")
                        .to_string()
                }
            ),
        ));
    }
    if !input.peek(Ident::peek_any) {
        return Err(input.error(format!("expected {}", keywords::same_sites())));
    }
    let ident = input.call(Ident::parse_any)?;
    let word = ident.to_string();
    match SameSite::ALL.into_iter().find(|s| s.as_str() == word) {
        Some(s) => Ok((ident, s)),
        None => Err(Error::new(
            ident.span(),
            format!(
                "invalid `same_site` value `{word}`: use {}.{}",
                keywords::same_sites(),
                did_you_mean(&word, keywords::same_site_names())
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn parse(tokens: TokenStream) -> (Option<PolicyAst>, Vec<String>) {
        let mut errors = Errors::new();
        let ast = parse_policy(tokens, &mut errors);
        let messages = errors.into_sorted().iter().map(|e| e.to_string()).collect();
        (ast, messages)
    }

    #[test]
    fn parses_the_whole_grammar() {
        // Every setting, category, field and flag, texts in two languages.
        let source = crate::proptests::VALID;
        let (ast, errors) = parse(source.parse().expect("lexes"));
        assert_eq!(errors, Vec::<String>::new());
        let ast = ast.expect("a policy");
        assert_eq!(ast.name.to_string(), "portal");
        assert_eq!(ast.settings.len(), 3);
        assert_eq!(ast.categories.len(), 3);
        let entry = &ast.categories[0].providers[0].entries[0];
        assert_eq!(entry.ident.to_string(), "SESSIONID");
        assert_eq!(entry.attrs.len(), 1);
        assert_eq!(entry.fields.len(), 9);
        assert!(matches!(
            entry.fields[3].value,
            FieldValue::Duration(Duration::Amount {
                amount: 14,
                unit: TimeUnit::Day,
                ..
            })
        ));
        let yt = &ast.categories[2].providers[0].entries[0];
        assert!(matches!(
            yt.fields[3].value,
            FieldValue::Duration(Duration::Amount {
                amount: 180,
                unit: TimeUnit::Day,
                ..
            })
        ));
    }

    #[test]
    fn recovers_and_reports_every_syntax_mistake() {
        let (ast, errors) = parse(quote! {
            mod p {
                site: "https://example.org",
                colour: "blue",
                necessary {
                    provider "P" {
                        A: "a" { function: "f", purpse: "p", duration: 3 fortnights, same_site: lax, secure: true }
                        B: "b" { function: "f", purpose: "p" }
                    }
                }
                ads { }
            }
        });
        let ast = ast.expect("the head parsed");
        assert_eq!(errors.len(), 6, "{errors:#?}");
        assert!(errors[0].contains("unknown setting `colour`"));
        assert!(errors[1].contains("Did you mean `purpose`?"));
        assert!(errors[2].contains("unknown duration unit `fortnights`"));
        assert!(errors[3].contains("Did you mean `Lax`?"));
        assert!(errors[4].contains("`secure` is a flag"));
        assert!(errors[5].contains("unknown category `ads`"));
        // B is still there, and A kept its valid field.
        let entries = &ast.categories[0].providers[0].entries;
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].fields.len(), 1);
        assert_eq!(entries[1].fields.len(), 2);
    }

    #[test]
    fn a_broken_head_is_one_error() {
        let (ast, errors) = parse(quote! { struct Foo; });
        assert!(ast.is_none());
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("expected `mod`"), "{errors:?}");
        let (ast, errors) = parse(TokenStream::new());
        assert!(ast.is_none());
        assert!(errors[0].contains("expected a policy"));
    }

    #[test]
    fn unreadable_fields_and_settings_are_remembered_as_attempted() {
        let (ast, errors) = parse(quote! {
            mod p {
                stie: "https://example.org",
                necessary {
                    provider "P" {
                        A: "a" { function: 42, purpse: "p", expires: 3 days, colour: "blue" }
                    }
                }
            }
        });
        assert_eq!(errors.len(), 5, "{errors:#?}");
        assert!(errors[0].contains("Did you mean `site`?"), "{errors:?}");
        assert!(errors[3].contains("Did you mean `duration`?"), "{errors:?}");
        assert!(errors[4].contains("unknown field `colour`"), "{errors:?}");
        let ast = ast.expect("a policy");
        assert_eq!(ast.attempted_settings, ["site"]);
        let entry = &ast.categories[0].providers[0].entries[0];
        assert_eq!(entry.attempted, ["function", "purpose", "duration"]);
        assert!(entry.fields.is_empty());
    }

    #[test]
    fn a_forgotten_comma_does_not_lose_the_next_field_or_setting() {
        let (ast, errors) = parse(quote! {
            mod p {
                site: "https://example.org"
                languages: [en],
                necessary { provider "P" { A: "a" { function: "f" purpose: "p"; secure } } }
            }
        });
        assert_eq!(errors.len(), 3, "{errors:#?}");
        assert!(errors[0].contains("expected `,` after the `site` setting"));
        assert!(errors[1].contains("expected `,` between fields"));
        assert!(errors[2].contains("not `;`"));
        let ast = ast.expect("a policy");
        assert_eq!(ast.settings.len(), 2);
        assert_eq!(ast.categories[0].providers[0].entries[0].fields.len(), 3);
    }

    #[test]
    fn misplaced_entries_and_doc_comments_keep_their_cookies() {
        let (ast, errors) = parse(quote! {
            mod p {
                site: "https://example.org",
                /// Docs on a category.
                necessary {
                    /// Docs on a provider.
                    provider Opendatasoft { A: "a" { function: "f", purpose: "p" } }
                    B: "b" { function: "f", purpose: "p" }
                    /// Docs on an entry outside a provider.
                    C: "c" { function: "f", purpose: "p" }
                }
            }
            mod q {}
        });
        assert_eq!(errors.len(), 5, "{errors:#?}");
        assert!(errors[0].contains("doc comment on a category block"));
        assert!(errors[1].contains("doc comment on a provider block"));
        assert!(errors[2].contains("`provider \"Opendatasoft\""));
        assert!(
            errors[3].contains("goes inside a provider block"),
            "once for B and C"
        );
        assert!(errors[4].contains("unexpected tokens after the policy"));
        let ast = ast.expect("the policy is kept despite what follows it");
        let providers = &ast.categories[0].providers;
        assert_eq!(providers.len(), 2);
        assert_eq!(providers[0].name.value(), "Opendatasoft");
        assert!(!providers[0].recovered && providers[1].recovered);
        assert_eq!(providers[1].entries.len(), 2);
        assert_eq!(
            providers[1].entries[1].attrs.len(),
            1,
            "C keeps its doc comment"
        );
    }

    #[test]
    fn consent_cookie_may_be_written_as_the_cookie_name() {
        let (ast, errors) = parse(quote! {
            mod p { site: "https://example.org", consent_cookie: "prefs", }
        });
        assert!(errors.is_empty(), "{errors:?}");
        let ast = ast.expect("a policy");
        assert!(matches!(
            &ast.settings[1].value,
            SettingValue::ConsentCookieName(lit) if lit.value() == "prefs"
        ));
    }

    #[test]
    fn durations_teach_their_units() {
        let message = |tokens: TokenStream| {
            let parser = |input: ParseStream| parse_duration(input, &mut Errors::new()).map(|_| ());
            parser
                .parse2(tokens)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(message(quote!(6 monhts)).contains("Did you mean `6 months`?"));
        assert!(message(quote!(1 monhts)).contains("Did you mean `1 month`?"));
        assert!(message(quote!(2 yrs)).contains("Did you mean `2 years`?"));
        assert!(message(quote!(90 seconds)).contains("`2 minutes`"));
        assert!(message(quote!("14 days")).contains("`duration: 14 days`"));
        assert!(message(quote!("session")).contains("`duration: session`"));
        assert!(message(quote!(14)).contains("needs a unit"));
        assert_eq!(message(quote!(14 days)), "");
    }

    #[test]
    fn entries_outside_providers_are_explained() {
        let (_, errors) = parse(quote! {
            mod p { site: "https://e.org", necessary { A: "a" { function: "f", purpose: "p" } } }
        });
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("inside a provider"), "{errors:?}");
    }
}
