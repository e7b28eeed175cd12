//! The rules of one entry (besides its texts', in `texts`), each a small
//! function that reports on the token that breaks it and says how to fix
//! it. The numbers are those of DESIGN.md's "What the compiler rejects" and
//! of the README's first table; the rules without a number are the
//! README's second table, mistakes seen in real declarations.
//! [`entry::RULES`](super::entry::RULES) lists them in the order they run.

use quote::quote;
use syn::Ident;

use super::entry::EntryCx;
use super::names::{known_tracker, name_error};
use super::web::{domain_matches, path_error};
use super::{DAY, MAX_ANONYMIZED_DAYS, MAX_DAYS};
use crate::ast::{Category, SameSite};
use crate::errors::Errors;
use crate::lit::value as str_value;
use cookie_policy_shared::name::{self, NamePrefix};

/// Only doc comments go on an entry: they document its constant, and any
/// other attribute would be silently lost in the generated code.
pub fn only_doc_comments_on_entries(cx: &EntryCx, errors: &mut Errors) {
    for attr in &cx.entry.attrs {
        if !attr.path().is_ident("doc") {
            errors.error_spanned(
                attr,
                "only doc comments (`/// ...`) can be put on a cookie entry: they document its constant; any other attribute would be lost",
            );
        }
    }
}

/// An entry's constant is an `UPPER_SNAKE_CASE` identifier, not a keyword:
/// entries become `pub const` items, and a keyword would break the
/// generated code with an error far from its cause.
pub fn constant_is_upper_snake_case(cx: &EntryCx, errors: &mut Errors) {
    let ident = &cx.entry.ident;
    let word = ident.to_string();
    let bare = word.strip_prefix("r#").unwrap_or(&word);
    let upper_snake = bare
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && bare.chars().any(|c| c.is_ascii_uppercase());
    if upper_snake && is_plain_ident(&word) {
        return;
    }
    let mut fixed: String = name::upper_snake(bare).collect();
    if !fixed.chars().any(|c| c.is_ascii_uppercase()) {
        fixed = format!("COOKIE{fixed}");
    }
    let why = if is_plain_ident(&word) {
        "the entry becomes a Rust constant, so it is named in UPPER_SNAKE_CASE"
    } else {
        "this is a Rust keyword, and the entry becomes a Rust constant"
    };
    errors.error(
        ident.span(),
        format!(
            "`{word}` cannot name the entry: {why}. Write `{fixed}: \"...\"` (the cookie's own name is the string after `:`)"
        ),
    );
}

/// Whether `word` can be written as a constant's name (not a keyword or `_`).
pub fn is_plain_ident(word: &str) -> bool {
    syn::parse_str::<Ident>(word).is_ok()
}

/// Rules 4 and 12: the name is an RFC 6265 token, and a `*` only ends it
/// (a prefix pattern) after a prefix. Browsers and servers split, drop or
/// mangle other names, and `*` alone would cover every cookie.
pub fn name_is_a_token(cx: &EntryCx, errors: &mut Errors) {
    if let Some(why) = name_error(&cx.name) {
        errors.error(cx.entry.name.span(), why);
    }
}

/// A well-known analytics or advertising cookie is not `necessary`:
/// audience measurement and advertising never are, so they need consent.
pub fn no_known_tracker_in_necessary(cx: &EntryCx, errors: &mut Errors) {
    if cx.kind != Some(Category::Necessary) {
        return;
    }
    if let Some((service, usual)) = known_tracker(&cx.name) {
        let why = match usual {
            Category::Statistics => "audience measurement is never strictly necessary: declare it in `statistics` (`anonymized` only if it meets the conditions for the exemption)",
            _ => "advertising is never strictly necessary: declare it in `marketing`, so it is only set with the visitor's consent",
        };
        errors.error(
            cx.entry.name.span(),
            format!("`{}` is a {service} cookie, and {why}", cx.name),
        );
    }
}

/// Rule 9: each field once; a second one would leave it to the reader
/// which one counts (the first does).
pub fn fields_given_once(cx: &EntryCx, errors: &mut Errors) {
    for key in &cx.repeated {
        errors.error(
            key.span(),
            format!("`{key}` is given twice for `{}`: keep one", cx.entry.ident),
        );
    }
}

/// Rule 9: `function` and `purpose` are given: the policy's table says
/// what each cookie does and why the site sets it. A field that was written
/// but could not be read, or misspelled, is reported already, not missing.
pub fn required_fields_given(cx: &EntryCx, errors: &mut Errors) {
    let f = &cx.fields;
    let required = [
        (
            "function",
            f.function.is_some(),
            "say what the cookie does, `function: \"Authentication\"`",
        ),
        (
            "purpose",
            f.purpose.is_some(),
            "say why the site sets it, `purpose: \"To keep you signed in\"`",
        ),
    ];
    let ident = &cx.entry.ident;
    for (field, given, why) in required {
        if given || cx.entry.attempted.iter().any(|a| a == field) {
            continue;
        }
        errors.error(
            ident.span(),
            format!("`{ident}` is missing `{field}`: {why}"),
        );
    }
}

/// Rule 3: a `third_party` cookie is not `necessary`: the site works without
/// another company's cookie, so the visitor must be able to refuse it.
pub fn third_party_not_necessary(cx: &EntryCx, errors: &mut Errors) {
    if let (Some(third_party), Some(Category::Necessary)) = (&cx.third_party, cx.kind) {
        errors.error(
            third_party.key.span(),
            "a third-party cookie cannot be `necessary`: the site works without another company's cookie, so the visitor must be able to refuse it. Move this entry to `preferences`, `statistics` or `marketing`",
        );
    }
}

/// Rule 10: `third_party` is a domain (not a URL or a pattern).
pub fn third_party_is_a_domain(cx: &EntryCx, errors: &mut Errors) {
    if let Some(third_party) = &cx.third_party {
        if let Err(why) = &third_party.read {
            errors.error(third_party.lit.span(), why);
        }
    }
}

/// Rule 10: a `third_party` domain is another site: the site's own host, a
/// parent domain or a subdomain of it is the same site for browsers, whose
/// cookies are first-party.
pub fn third_party_is_another_site(cx: &EntryCx, errors: &mut Errors) {
    let (Some(third_party), Some(site)) = (&cx.third_party, &cx.settings.site) else {
        return;
    };
    let Ok(domain) = &third_party.read else {
        return;
    };
    let host = &site.host;
    let message = if domain == host {
        format!("`{domain}` is the site's own host, so this cookie is first-party: remove `third_party` (a cookie the site sets itself is never third-party)")
    } else if domain_matches(host, domain) {
        format!("`{domain}` is a parent domain of the site's host `{host}`, so its cookies are first-party here: remove `third_party` (and use `domain: \"{domain}\"` if the cookie is shared with `{domain}`'s other subdomains)")
    } else if domain_matches(domain, host) {
        format!("`{domain}` is a subdomain of the site's host `{host}`, the same site for browsers, so its cookies are first-party: remove `third_party`")
    } else {
        return;
    };
    errors.error(third_party.lit.span(), message);
}

/// Rule 10: `domain` is a domain (not a URL or a pattern).
pub fn domain_is_a_domain(cx: &EntryCx, errors: &mut Errors) {
    if let Some(domain) = &cx.domain {
        if let Err(why) = &domain.read {
            errors.error(domain.lit.span(), why);
        }
    }
}

/// A `domain` is not a top-level domain: browsers reject a cookie for a
/// whole TLD (a first-party site whose host is itself a single label may
/// name it).
pub fn domain_is_not_a_tld(cx: &EntryCx, errors: &mut Errors) {
    let Some(field) = &cx.domain else {
        return;
    };
    let Ok(domain) = &field.read else {
        return;
    };
    let tld = !domain.contains('.')
        && match (&cx.third_party, &cx.settings.site) {
            (Some(_), _) => true,
            (None, Some(site)) => domain_matches(&site.host, domain) && *domain != site.host,
            (None, None) => false,
        };
    if tld {
        errors.error(
            field.lit.span(),
            format!("`{domain}` is a top-level domain: browsers reject a cookie for a whole TLD"),
        );
    }
}

/// Rule 10: the host that sets the cookie can set it for its `domain`:
/// browsers accept a Domain attribute only if it is the setting host or a
/// parent of it (the site's host for a first-party cookie, the third
/// party's domain for a third-party one).
pub fn domain_can_be_set(cx: &EntryCx, errors: &mut Errors) {
    let Some(field) = &cx.domain else {
        return;
    };
    let Ok(domain) = &field.read else {
        return;
    };
    let message = match (&cx.third_party, &cx.settings.site) {
        (Some(third_party), _) => {
            let tp = third_party.value();
            if !domain.contains('.') || domain_matches(&tp, domain) {
                return;
            }
            format!("`{tp}` cannot set a cookie for `{domain}`: a `domain` must be `{tp}` or one of its parent domains")
        }
        (None, Some(site)) => {
            if domain_matches(&site.host, domain) {
                return;
            }
            format!(
                "`{}` cannot set a cookie for `{domain}`: browsers accept a `domain` only if it is the site's host or a parent of it. Use `domain: \"{}\"`, or declare the cookie `third_party: \"{domain}\"` if another site sets it",
                site.host, site.host
            )
        }
        (None, None) => return,
    };
    errors.error(field.lit.span(), message);
}

/// Rule 10: a `path` starts with `/` (browsers ignore other paths) and has
/// no `*` (paths already cover everything below them; browsers read `*`
/// literally), `;` or control characters.
pub fn path_is_a_cookie_path(cx: &EntryCx, errors: &mut Errors) {
    if let Some((_, lit)) = cx.fields.path {
        if let Some(why) = path_error(&str_value(lit)) {
            errors.error(lit.span(), why);
        }
    }
}

/// Rule 5: a `__Secure-` or `__Host-` cookie is `secure` (RFC 6265bis
/// cookie prefixes, matched in any case as browsers do: they drop a cookie
/// that breaks its prefix's promise).
pub fn prefixed_name_needs_secure(cx: &EntryCx, errors: &mut Errors) {
    let Some(prefix) = NamePrefix::of(&cx.name) else {
        return;
    };
    if cx.secure() {
        return;
    }
    let case_note = if cx.name.starts_with(prefix.as_str()) {
        ""
    } else {
        " (browsers match the prefix in any case)"
    };
    errors.error(
        cx.entry.name.span(),
        format!(
            "`{}` starts with `{}`{case_note}, so browsers drop it unless it is Secure: add `secure`",
            cx.name,
            prefix.as_str()
        ),
    );
}

/// Rule 5: a `__Host-` cookie has no `domain`: it is locked to the exact
/// host that set it.
pub fn host_prefix_has_no_domain(cx: &EntryCx, errors: &mut Errors) {
    if let (Some(NamePrefix::Host), Some((key, _))) = (NamePrefix::of(&cx.name), cx.fields.domain) {
        errors.error(
            key.span(),
            "a `__Host-` cookie must not have a `domain`: it is locked to the exact host that set it. Remove `domain`, or drop the `__Host-` prefix",
        );
    }
}

/// Rule 5: a `__Host-` cookie has no `path` but `/`.
pub fn host_prefix_has_the_root_path(cx: &EntryCx, errors: &mut Errors) {
    if let (Some(NamePrefix::Host), Some((_, lit))) = (NamePrefix::of(&cx.name), cx.fields.path) {
        if str_value(lit) != "/" {
            errors.error(
                lit.span(),
                "a `__Host-` cookie must have `path: \"/\"`: browsers drop it with any other path. Use `\"/\"` or leave `path` out",
            );
        }
    }
}

/// Rule 6: `same_site: None` needs `secure`: browsers reject a
/// SameSite=None cookie that is not Secure.
pub fn same_site_none_needs_secure(cx: &EntryCx, errors: &mut Errors) {
    if let Some((ident, SameSite::None)) = cx.fields.same_site {
        if !cx.secure() {
            errors.error(
                ident.span(),
                "`same_site: None` needs `secure`: browsers reject a SameSite=None cookie that is not Secure. Add `secure`",
            );
        }
    }
}

/// Rule 6: `partitioned` needs `secure`: browsers reject a Partitioned
/// (CHIPS) cookie that is not Secure.
pub fn partitioned_needs_secure(cx: &EntryCx, errors: &mut Errors) {
    if let Some(key) = cx.fields.partitioned {
        if !cx.secure() {
            errors.error(
                key.span(),
                "`partitioned` needs `secure`: browsers reject a Partitioned (CHIPS) cookie that is not Secure. Add `secure`",
            );
        }
    }
}

/// Rule 10: a first-party `secure` cookie needs an `https://` site (or
/// localhost): browsers refuse Secure cookies from insecure origins.
pub fn secure_needs_https(cx: &EntryCx, errors: &mut Errors) {
    let settings = cx.settings;
    if let (Some(key), Some(site)) = (cx.fields.secure, &settings.site) {
        if !site.https && !site.is_local() && cx.third_party.is_none() {
            errors.error(
                key.span(),
                format!(
                    "the site `{}` is served over `http://`, where browsers refuse to set Secure cookies: serve the site over `https://` (and say so in `site`), or remove `secure`",
                    settings.site_url
                ),
            );
        }
    }
}

/// Rule 7: a duration is not 0, which is `Max-Age=0`: a deletion as soon as
/// the cookie is set.
pub fn duration_is_not_zero(cx: &EntryCx, errors: &mut Errors) {
    if let Some((amount_lit, 0, unit_ident, _)) = cx.duration() {
        errors.error_spanned(
            quote!(#amount_lit #unit_ident),
            "a duration of 0 is `Max-Age=0`, which deletes the cookie as soon as it is set: use `duration: session` for a cookie that ends with the browser session",
        );
    }
}

/// Rule 7: a duration is at most 400 days: RFC 6265bis caps Expires and
/// Max-Age there, so a longer promise in the policy is false.
pub fn duration_at_most_400_days(cx: &EntryCx, errors: &mut Errors) {
    let Some((amount_lit, amount, unit_ident, unit)) = cx.duration() else {
        return;
    };
    let seconds = amount.saturating_mul(unit.seconds());
    if seconds > MAX_DAYS * DAY {
        errors.error_spanned(
            quote!(#amount_lit #unit_ident),
            format!(
                "`{amount} {unit_ident}` is {} days, longer than the 400 days browsers keep a cookie (RFC 6265bis caps Max-Age and Expires there), so the policy would promise a lifetime the cookie never has: declare at most `400 days`",
                seconds / DAY
            ),
        );
    }
}

/// Rule 8: `anonymized` (exempt from consent) only in `statistics`: the
/// exemption is for anonymous audience measurement.
pub fn anonymized_only_in_statistics(cx: &EntryCx, errors: &mut Errors) {
    let Some(key) = cx.fields.anonymized else {
        return;
    };
    if cx.kind.is_some_and(|k| k != Category::Statistics) {
        errors.error(
            key.span(),
            format!(
                "`anonymized` only applies to `statistics` cookies: it exempts anonymous audience measurement from consent, and this cookie is in `{}`. Remove `anonymized`",
                cx.category().as_str()
            ),
        );
    }
}

/// Rule 8: an `anonymized` cookie is first-party: the exemption requires
/// that the data stays with the site (CNIL).
pub fn anonymized_only_first_party(cx: &EntryCx, errors: &mut Errors) {
    if let (Some(key), Some(_)) = (cx.fields.anonymized, cx.fields.third_party) {
        errors.error(
            key.span(),
            "a third-party cookie cannot be `anonymized`: the exemption from consent requires that the data stays with the site (CNIL). Remove `anonymized`, so the cookie asks for consent",
        );
    }
}

/// Rule 8: an `anonymized` cookie lives at most 13 months (390 days), the
/// longest the exemption allows (CNIL).
pub fn anonymized_at_most_13_months(cx: &EntryCx, errors: &mut Errors) {
    let (Some(key), Some((_, amount, _, unit))) = (cx.fields.anonymized, cx.duration()) else {
        return;
    };
    let days = amount.saturating_mul(unit.seconds()) / DAY;
    if days > MAX_ANONYMIZED_DAYS {
        errors.error(
            key.span(),
            format!("an `anonymized` cookie may live at most 13 months (390 days) to be exempt from consent (CNIL); this one lives {days} days. Shorten `duration` or remove `anonymized`"),
        );
    }
}
