//! `audit::scaffold` writes declarations that break no rule of the macro
//! but the `TODO` one, whatever the recordings show: checked by the
//! macro's own generator (`cookie_policy_generator::parse_and_check`, the
//! stages the proc macro runs), on a recording of cookies that each tempt
//! a rule (a 2-year lifetime, `__Host-` and `__Secure-` names without their
//! attributes, `SameSite=None` and `Partitioned` without `Secure`, a name
//! that is not a token, a third party, names a database wildcard covers,
//! attributes that differ between responses).

use cookie_policy::audit::{scaffold, Har};
use cookie_policy_generator::ast::Category;
use cookie_policy_generator::check::{CookieModel, Model};
use cookie_policy_generator::parse_and_check;
use proc_macro2::{TokenStream, TokenTree};
use serde_json::json;

const SITE: &str = "https://www.example.org";

/// A recording of `(url, Set-Cookie values, Cookie value)` exchanges.
fn recording(exchanges: &[(&str, &[&str], &str)]) -> Vec<u8> {
    let entries: Vec<_> = exchanges
        .iter()
        .map(|(url, set_cookies, cookie)| {
            let mut request_headers = vec![];
            if !cookie.is_empty() {
                request_headers.push(json!({"name": "cookie", "value": cookie}));
            }
            let response_headers: Vec<_> =
                std::iter::once(json!({"name": "date", "value": "Tue, 01 Dec 2026 09:00:00 GMT"}))
                    .chain(
                        set_cookies
                            .iter()
                            .map(|v| json!({"name": "set-cookie", "value": v})),
                    )
                    .collect();
            json!({"startedDateTime": "2026-12-01T09:00:00Z",
                   "request": {"method": "GET", "url": url, "headers": request_headers},
                   "response": {"status": 200, "headers": response_headers}})
        })
        .collect();
    serde_json::to_vec(&json!({"log": {"version": "1.2", "entries": entries}})).unwrap()
}

/// The tokens inside the scaffold's `cookie_policy::cookie_policy! { ... }`.
fn macro_input(declaration: &str) -> TokenStream {
    let tokens: TokenStream = declaration.parse().expect("the scaffold is Rust tokens");
    let mut after_bang = false;
    for token in tokens {
        match token {
            TokenTree::Punct(p) if p.as_char() == '!' => after_bang = true,
            TokenTree::Group(group) if after_bang => return group.stream(),
            _ => {}
        }
    }
    panic!("no cookie_policy! invocation in\n{declaration}");
}

/// The declaration with every `TODO` text replaced by a description.
fn filled_in(declaration: &str) -> String {
    declaration
        .lines()
        .map(|line| match line.split_once(": \"TODO") {
            Some((field, _)) => format!("{field}: \"Described by a person\","),
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn cookie<'m>(model: &'m Model, name: &str) -> &'m CookieModel {
    model
        .cookies
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no entry {name}"))
}

#[test]
fn scaffolds_break_no_rule_but_the_todo_one() {
    let bytes = recording(&[
        (
            "https://www.example.org/",
            &[
                "_ga=GA1.1.1; Max-Age=63072000; Path=/",
                "_pk_id.1.a=x; Max-Age=3600; Secure; SameSite=Lax",
                "__Host-id=1; Path=/cart; Domain=example.org",
                "__Secure-token=1; HttpOnly",
                "wide=1; SameSite=None",
                "chip=1; Partitioned",
                "bad name=1",
                "mixed=1; Secure; HttpOnly; SameSite=Strict; Max-Age=60",
                "gone=1; Max-Age=0",
            ],
            "",
        ),
        (
            "https://www.example.org/page",
            &[
                "_pk_id.1.b=y; Max-Age=7200; Secure; SameSite=Lax",
                "mixed=2; Max-Age=600",
            ],
            "_ga=GA1.1.1; script_cookie=1",
        ),
        (
            "https://ads.example/frame",
            &["ad_uid=1; Max-Age=15552000; Secure; SameSite=None; Partitioned"],
            "",
        ),
    ]);
    let har = Har::from_slice(&bytes).unwrap();
    let declaration = scaffold(SITE, [&har]);

    // As scaffolded: only the TODO rule, once per TODO literal.
    let (_, errors) = parse_and_check(macro_input(&declaration));
    let todos = declaration.matches(": \"TODO").count();
    assert!(todos >= 2, "{declaration}");
    assert_eq!(errors.len(), todos, "{errors:#?}\n{declaration}");
    for error in &errors {
        assert!(
            error.to_string().contains("starts with `TODO`"),
            "{error}\n{declaration}"
        );
    }

    // Filled in: no error at all, and the entries say what was seen.
    let filled = filled_in(&declaration);
    let (model, errors) = parse_and_check(macro_input(&filled));
    assert!(errors.is_empty(), "{errors:#?}\n{filled}");
    let model = model.unwrap();
    let names: Vec<&str> = model.cookies.iter().map(|c| c.name.as_str()).collect();
    // A deletion is not a cookie of the site; a name that is no token is
    // left out (with a comment saying so); the database's wildcards make
    // patterns covering the names seen.
    assert!(!names.contains(&"gone"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains(' ')), "{names:?}");
    assert!(declaration.contains("bad name"), "{declaration}");
    assert!(names.contains(&"_pk_id.*"), "{names:?}");
    assert!(!names.contains(&"_pk_id.1.a"), "{names:?}");
    assert!(names.contains(&"script_cookie"), "{names:?}");

    // 2 years, capped at the 400 days browsers keep.
    assert_eq!(cookie(&model, "_ga").duration.map(|(n, _)| n), Some(400));
    let host = cookie(&model, "__Host-id");
    assert!(host.secure && host.domain.is_none() && host.path.as_deref() == Some("/"));
    assert!(cookie(&model, "__Secure-token").secure);
    assert!(cookie(&model, "__Secure-token").http_only);
    // Without Secure, no SameSite=None and no Partitioned.
    assert_eq!(cookie(&model, "wide").same_site, None);
    assert!(!cookie(&model, "chip").partitioned);
    // Flags only where every response agrees; the longest lifetime.
    let mixed = cookie(&model, "mixed");
    assert!(!mixed.secure && !mixed.http_only && mixed.same_site.is_none());
    assert_eq!(mixed.duration.map(|(n, _)| n), Some(10), "{filled}");
    // A cookie another site sets is third party, never necessary.
    let ad = cookie(&model, "ad_uid");
    assert_eq!(ad.third_party.as_deref(), Some("ads.example"));
    assert!(ad.secure && ad.partitioned);
    assert!(!matches!(ad.category, Category::Necessary));
}
