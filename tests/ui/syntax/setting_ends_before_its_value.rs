// A setting at the end of the policy body without its value: the error is
// on the body's closing brace, not on the whole macro call.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                PREFS: "prefs" { function: "Consent", purpose: "To remember your choices" }
            }
        }
        consent_cookie:
    }
}

fn main() {}
