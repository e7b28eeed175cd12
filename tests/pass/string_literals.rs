// String literals of every kind (escapes, raw strings, unicode escapes, newlines) keep
// their exact values through the macro, in a policy declared inside a function with
// `pub(crate)` and attributes on the module.
fn main() {
    cookie_policy::cookie_policy! {
        /// Inside a function.
        #[allow(unused)]
        pub(crate) mod inner {
            site: "https://www.example.org",
            languages: [en, de],
            necessary { provider "Caf\u{e9} \"Ltd\"" {
                A: "a" {
                    function: { en: r"Raw \n text", de: "Zeile\neins" },
                    purpose: { en: "It's \"quoted\" \\ and \u{1F36A}", de: r#"mit "Anführungszeichen""# },
                }
            } }
        }
    }
    assert_eq!(inner::A.provider(), "Café \"Ltd\"");
    assert_eq!(inner::A.function(), "Raw \\n text");
    assert_eq!(inner::A.function_in("de"), Some("Zeile\neins"));
    assert_eq!(inner::A.purpose(), "It's \"quoted\" \\ and \u{1F36A}");
    assert_eq!(inner::A.purpose_in("de"), Some("mit \"Anführungszeichen\""));
    let md = inner::POLICY.render_markdown_in("de").unwrap();
    assert!(md.contains("| Zeile eins |"), "{md}");
    let json: serde_json::Value = serde_json::from_str(&inner::POLICY.to_json()).unwrap();
    assert_eq!(json["cookies"][0]["purpose"]["en"], "It's \"quoted\" \\ and \u{1F36A}");

}
