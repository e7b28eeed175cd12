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
use crate::lit;
use crate::suggest::did_you_mean;

pub const SETTINGS: [&str; 3] = ["site", "languages", "consent_cookie"];
pub const FIELDS: [&str; 12] = [
    "function",
    "location",
    "purpose",
    "third_party",
    "domain",
    "path",
    "duration",
    "same_site",
    "secure",
    "http_only",
    "partitioned",
    "anonymized",
];
const CATEGORY_LIST: &str = "`necessary`, `preferences`, `statistics` or `marketing`";

/// Parses a whole invocation. `None` when not even the module head
/// (`pub mod name { ... }`) could be read; every error is pushed to `errors`.
pub fn parse_policy(tokens: TokenStream, errors: &mut Vec<Error>) -> Option<PolicyAst> {
    let head = |input: ParseStream| -> syn::Result<(Vec<Attribute>, Visibility, Ident, Group)> {
        if input.is_empty() {
            return Err(Error::new(
                Span::call_site(),
                "expected a policy: `pub mod name { site: \"https://...\", necessary { ... } }`",
            ));
        }
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        if !input.peek(Token![mod]) {
            return Err(input.error(
                "expected `mod`: a policy is declared as a module, `pub mod name { ... }`",
            ));
        }
        input.parse::<Token![mod]>()?;
        let name: Ident = input.parse()?;
        let body = brace_group(
            input,
            "expected `{` and the policy body after the module name",
        )?;
        if !input.is_empty() {
            return Err(input.error(
                "unexpected tokens after the policy: declare one module per `cookie_policy!` call",
            ));
        }
        Ok((attrs, vis, name, body))
    };
    let (attrs, vis, name, body) = match head.parse2(tokens) {
        Ok(head) => head,
        Err(e) => {
            errors.push(e);
            return None;
        }
    };
    let mut policy = PolicyAst {
        attrs,
        vis,
        name,
        settings: Vec::new(),
        categories: Vec::new(),
    };
    in_group(&body, errors, |input, errors| {
        parse_body(input, &mut policy, errors);
        Ok(())
    });
    Some(policy)
}

/// Runs `f` on the contents of `group`, recording its error if it gives up.
fn in_group<F>(group: &Group, errors: &mut Vec<Error>, f: F)
where
    F: FnOnce(ParseStream, &mut Vec<Error>) -> syn::Result<()>,
{
    let parser = |input: ParseStream| {
        let result = f(input, errors);
        skip_all(input);
        result
    };
    if let Err(e) = parser.parse2(group.stream()) {
        errors.push(e);
    }
}

/// Runs `f` on the contents of the `{ ... }` group next in `input` (which
/// must be one), recording its error if it gives up, and consumes the group.
/// Unlike [`in_group`], parses the group where it is, without copying its
/// tokens into a new buffer: nested that way at every level, a large policy
/// was copied once per level.
fn in_braces<F>(input: ParseStream, errors: &mut Vec<Error>, f: F)
where
    F: FnOnce(ParseStream, &mut Vec<Error>) -> syn::Result<()>,
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

fn brace_group(input: ParseStream, message: &str) -> syn::Result<Group> {
    if peek_brace(input) {
        input.parse::<Group>()
    } else {
        Err(input.error(message))
    }
}

fn parse_body(input: ParseStream, policy: &mut PolicyAst, errors: &mut Vec<Error>) {
    while !input.is_empty() {
        if input.peek(Token![,]) || input.peek(Token![;]) {
            let _ = input.parse::<TokenTree>();
            continue;
        }
        if !input.peek(Ident::peek_any) {
            errors.push(input.error(format!(
                "expected a setting (`site: \"https://...\",`) or a category block ({CATEGORY_LIST} {{ ... }})"
            )));
            skip_past_comma_or_block(input);
            continue;
        }
        let Ok(key) = input.call(Ident::parse_any) else {
            skip_all(input);
            return;
        };
        if input.peek(Token![:]) {
            match parse_setting(input, key) {
                Ok(Some(setting)) => policy.settings.push(setting),
                Ok(None) => {}
                Err(e) => {
                    errors.push(e);
                    skip_past_comma(input);
                    continue;
                }
            }
            if !input.is_empty() && !input.peek(Token![,]) {
                errors.push(input.error("expected `,` after the setting"));
                skip_past_comma(input);
            } else if input.peek(Token![,]) {
                let _ = input.parse::<Token![,]>();
            }
        } else if peek_brace(input) {
            let word = key.to_string();
            let kind = Category::from_keyword(&word);
            if kind.is_none() {
                let hint = did_you_mean(&word, Category::ALL.iter().map(|(n, _)| *n));
                let message = if word == "provider" {
                    "a `provider` needs a name and goes inside a category: `necessary { provider \"Name\" { ... } }`".to_string()
                } else {
                    format!("unknown category `{word}`: the categories are {CATEGORY_LIST}.{hint}")
                };
                errors.push(Error::new(key.span(), message));
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
            errors.push(Error::new(
                key.span(),
                format!("a `provider` block goes inside a category: {CATEGORY_LIST} {{ provider \"Name\" {{ ... }} }}"),
            ));
            skip_past_block(input);
        } else {
            let word = key.to_string();
            let all = SETTINGS
                .iter()
                .chain(Category::ALL.iter().map(|(n, _)| n))
                .copied();
            errors.push(Error::new(
                key.span(),
                format!(
                    "expected `:` and a value after a setting, or `{{` after a category; `{word}` is neither.{}",
                    did_you_mean(&word, all)
                ),
            ));
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
fn parse_setting(input: ParseStream, key: Ident) -> syn::Result<Option<Setting>> {
    input.parse::<Token![:]>()?;
    let value = match key.to_string().as_str() {
        "site" => {
            if !lit::peek_string(input) {
                return Err(input.error(
                    "expected the site's address as a string: `site: \"https://www.example.org\"`",
                ));
            }
            SettingValue::Site(lit::string(input)?)
        }
        "languages" => {
            if !peek_bracket(input) {
                return Err(input.error("expected a list of language codes: `languages: [en, de]`"));
            }
            let group: Group = input.parse()?;
            let parser = |input: ParseStream| {
                let list = input.parse_terminated(Ident::parse_any, Token![,])?;
                Ok(list.into_iter().collect::<Vec<_>>())
            };
            let languages = parser.parse2(group.stream()).map_err(|e| {
                Error::new(
                    e.span(),
                    "expected language codes separated by commas: `languages: [en, de]`",
                )
            })?;
            SettingValue::Languages {
                bracket: group.span(),
                languages,
            }
        }
        "consent_cookie" => {
            if !input.peek(Ident::peek_any) {
                return Err(input.error(
                    "expected the constant name of the entry that stores the consent: `consent_cookie: PREFERENCES`",
                ));
            }
            SettingValue::ConsentCookie(input.call(Ident::parse_any)?)
        }
        other => {
            let categories = Category::ALL.iter().map(|(n, _)| *n);
            let message = if Category::from_keyword(other).is_some() {
                format!("`{other}` is a category, not a setting: write `{other} {{ provider \"Name\" {{ ... }} }}` without `:`")
            } else {
                let _ = categories;
                format!(
                    "unknown setting `{other}`: the settings are `site`, `languages` and `consent_cookie`.{}",
                    did_you_mean(other, SETTINGS)
                )
            };
            return Err(Error::new(key.span(), message));
        }
    };
    Ok(Some(Setting { key, value }))
}

fn parse_category(input: ParseStream, block: &mut CategoryBlock, errors: &mut Vec<Error>) {
    while !input.is_empty() {
        if input.peek(Token![,]) || input.peek(Token![;]) {
            let _ = input.parse::<TokenTree>();
            continue;
        }
        let fork_is_provider = input
            .cursor()
            .ident()
            .map(|(i, _)| i == "provider")
            .unwrap_or(false);
        if !fork_is_provider {
            let message = if input.peek(Ident) && input.peek2(Token![:]) {
                "a cookie is declared inside a provider: `provider \"Name\" { CONST: \"cookie_name\" { ... } }`"
            } else {
                "expected `provider \"Name\" { ... }`"
            };
            errors.push(input.error(message));
            skip_past_block(input);
            continue;
        }
        let result = (|| -> syn::Result<LitStr> {
            input.call(Ident::parse_any)?;
            if !lit::peek_string(input) {
                return Err(input.error(
                    "expected the provider's name as a string: `provider \"Opendatasoft\" { ... }`",
                ));
            }
            let name = lit::string(input)?;
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

fn parse_provider(input: ParseStream, provider: &mut Provider, errors: &mut Vec<Error>) {
    while !input.is_empty() {
        if input.peek(Token![,]) || input.peek(Token![;]) {
            let _ = input.parse::<TokenTree>();
            continue;
        }
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
            let name = lit::string(input)?;
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
                };
                in_braces(input, errors, |input, errors| {
                    parse_fields(input, &mut entry, errors);
                    Ok(())
                });
                provider.entries.push(entry);
            }
            Err(e) => {
                errors.push(e);
                skip_past_block(input);
            }
        }
    }
}

fn parse_fields(input: ParseStream, entry: &mut Entry, errors: &mut Vec<Error>) {
    while !input.is_empty() {
        if input.peek(Token![,]) {
            let _ = input.parse::<Token![,]>();
            continue;
        }
        match parse_field(input) {
            Ok(Some(field)) => {
                entry.fields.push(field);
                if !input.is_empty() && !input.peek(Token![,]) {
                    errors.push(input.error("expected `,` between fields"));
                    skip_past_comma(input);
                }
            }
            Ok(None) => skip_past_comma(input),
            Err(e) => {
                errors.push(e);
                skip_past_comma(input);
            }
        }
    }
}

fn parse_field(input: ParseStream) -> syn::Result<Option<Field>> {
    if !input.peek(Ident::peek_any) {
        return Err(
            input.error("expected a field such as `purpose: \"...\"` or a flag such as `secure`")
        );
    }
    let key = input.call(Ident::parse_any)?;
    let word = key.to_string();
    let flag = match word.as_str() {
        "secure" => Some(Flag::Secure),
        "http_only" => Some(Flag::HttpOnly),
        "partitioned" => Some(Flag::Partitioned),
        "anonymized" => Some(Flag::Anonymized),
        _ => None,
    };
    if let Some(flag) = flag {
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
    let known = FIELDS.contains(&word.as_str());
    if !known {
        return Err(Error::new(
            key.span(),
            format!(
                "unknown field `{word}`: a cookie takes `function`, `location`, `purpose`, `third_party`, `domain`, `path`, `duration`, `same_site` and the flags `secure`, `http_only`, `partitioned`, `anonymized`.{}",
                did_you_mean(&word, FIELDS)
            ),
        ));
    }
    if !input.peek(Token![:]) {
        return Err(input.error(format!("expected `:` and a value after `{word}`")));
    }
    input.parse::<Token![:]>()?;
    let value = match word.as_str() {
        "function" => FieldValue::Text(TextField::Function, parse_text(input, &word)?),
        "location" => FieldValue::Text(TextField::Location, parse_text(input, &word)?),
        "purpose" => FieldValue::Text(TextField::Purpose, parse_text(input, &word)?),
        "third_party" => FieldValue::Str(
            StrField::ThirdParty,
            parse_str(input, &word, "youtube.com")?,
        ),
        "domain" => FieldValue::Str(StrField::Domain, parse_str(input, &word, "example.org")?),
        "path" => FieldValue::Str(StrField::Path, parse_str(input, &word, "/")?),
        "duration" => FieldValue::Duration(parse_duration(input)?),
        _ => {
            let (ident, same_site) = parse_same_site(input)?;
            FieldValue::SameSite(ident, same_site)
        }
    };
    Ok(Some(Field { key, value }))
}

fn parse_str(input: ParseStream, field: &str, example: &str) -> syn::Result<LitStr> {
    if lit::peek_string(input) {
        lit::string(input)
    } else {
        Err(input.error(format!("expected a string: `{field}: \"{example}\"`")))
    }
}

fn parse_text(input: ParseStream, field: &str) -> syn::Result<Text> {
    if lit::peek_string(input) {
        return Ok(Text::Plain(lit::string(input)?));
    }
    if !peek_brace(input) {
        return Err(input.error(format!(
            "expected a text: `{field}: \"...\"`, or one per language: `{field}: {{ en: \"...\", de: \"...\" }}`"
        )));
    }
    let group: Group = input.parse()?;
    let parser = |input: ParseStream| {
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
            let text = lit::string(input)?;
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
    let items = parser.parse2(group.stream())?;
    if items.is_empty() {
        return Err(Error::new(
            group.span(),
            format!("empty text: give `{field}` a text in every language, `{{ en: \"...\" }}`"),
        ));
    }
    Ok(Text::Translated {
        brace: group.span(),
        items,
    })
}

fn parse_duration(input: ParseStream) -> syn::Result<Duration> {
    const EXPECTED: &str =
        "expected `session` or a number and a unit: `duration: 14 days` (units: minutes, hours, days, weeks, months, years)";
    if input.peek(Ident::peek_any) {
        let ident = input.call(Ident::parse_any)?;
        if ident == "session" {
            return Ok(Duration::Session);
        }
        return Err(Error::new(
            ident.span(),
            format!(
                "{EXPECTED}.{}",
                did_you_mean(&ident.to_string(), ["session"])
            ),
        ));
    }
    if !input.peek(LitInt) {
        return Err(input.error(EXPECTED));
    }
    let amount_lit: LitInt = input.parse()?;
    if !amount_lit.suffix().is_empty() {
        return Err(Error::new(
            amount_lit.span(),
            format!(
                "a duration is a plain number: write `{}` without the `{}` suffix",
                amount_lit.base10_digits(),
                amount_lit.suffix()
            ),
        ));
    }
    let amount: u64 = amount_lit.base10_parse().map_err(|_| {
        Error::new(
            amount_lit.span(),
            "this duration does not fit in 64 bits; browsers cap lifetimes at 400 days",
        )
    })?;
    if !input.peek(Ident::peek_any) {
        return Err(Error::new(
            amount_lit.span(),
            format!("a duration needs a unit: `{amount} days` (units: minutes, hours, days, weeks, months, years)"),
        ));
    }
    let unit_ident = input.call(Ident::parse_any)?;
    let word = unit_ident.to_string();
    let Some(unit) = TimeUnit::WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, u)| *u)
    else {
        return Err(Error::new(
            unit_ident.span(),
            format!(
                "unknown duration unit `{word}`: use minutes, hours, days, weeks, months (30 days) or years (365 days), singular or plural.{}",
                did_you_mean(&word, TimeUnit::WORDS.iter().map(|(w, _)| *w))
            ),
        ));
    };
    Ok(Duration::Amount {
        amount_lit,
        amount,
        unit_ident,
        unit,
    })
}

fn parse_same_site(input: ParseStream) -> syn::Result<(Ident, SameSite)> {
    if lit::peek_string(input) {
        let lit = lit::string(input)?;
        return Err(Error::new(
            lit.span(),
            format!(
                "write the SameSite value without quotes: `same_site: {}`",
                {
                    let v = lit::value(&lit);
                    crate::suggest::closest(&v, SameSite::ALL.iter().map(|(n, _)| *n))
                        .unwrap_or("Lax")
                        .to_string()
                }
            ),
        ));
    }
    if !input.peek(Ident::peek_any) {
        return Err(input.error("expected `Strict`, `Lax` or `None`"));
    }
    let ident = input.call(Ident::parse_any)?;
    let word = ident.to_string();
    match SameSite::ALL.iter().find(|(n, _)| *n == word) {
        Some((_, s)) => Ok((ident, *s)),
        None => Err(Error::new(
            ident.span(),
            format!(
                "invalid `same_site` value `{word}`: use `Strict`, `Lax` or `None`.{}",
                did_you_mean(&word, SameSite::ALL.iter().map(|(n, _)| *n))
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn parse(tokens: TokenStream) -> (Option<PolicyAst>, Vec<String>) {
        let mut errors = Vec::new();
        let ast = parse_policy(tokens, &mut errors);
        (ast, errors.iter().map(|e| e.to_string()).collect())
    }

    #[test]
    fn parses_the_whole_grammar() {
        let (ast, errors) = parse(quote! {
            /// Docs.
            pub mod potsdam {
                site: "https://opendata.potsdam.de",
                languages: [en, de],
                consent_cookie: PREFS,
                necessary {
                    provider "Opendatasoft" {
                        /// Session.
                        SESSIONID: "sessionid" {
                            function: { en: "Authentication", de: "Authentifizierung" },
                            location: { en: "front", de: "vorne" },
                            purpose: { en: "p", de: "q" },
                            duration: 14 days,
                            secure, http_only, same_site: Lax, domain: "potsdam.de", path: "/",
                        }
                        PREFS: "prefs" { function: { en: "a", de: "b" }, purpose: { en: "a", de: "b" }, duration: session }
                    }
                }
                marketing {
                    provider "YouTube" {
                        YT: "VISITOR_INFO1_LIVE" { function: { en: "a", de: "b" }, purpose: { en: "a", de: "b" },
                            third_party: "youtube.com", duration: 1 year, secure, partitioned, same_site: None }
                    }
                }
            }
        });
        assert_eq!(errors, Vec::<String>::new());
        let ast = ast.expect("a policy");
        assert_eq!(ast.name.to_string(), "potsdam");
        assert_eq!(ast.settings.len(), 3);
        assert_eq!(ast.categories.len(), 2);
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
        let yt = &ast.categories[1].providers[0].entries[0];
        assert!(matches!(
            yt.fields[3].value,
            FieldValue::Duration(Duration::Amount {
                amount: 1,
                unit: TimeUnit::Year,
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
    fn entries_outside_providers_are_explained() {
        let (_, errors) = parse(quote! {
            mod p { site: "https://e.org", necessary { A: "a" { function: "f", purpose: "p" } } }
        });
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("inside a provider"), "{errors:?}");
    }
}
