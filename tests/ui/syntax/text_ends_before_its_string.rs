// A translated text that ends before its last string: the error is on the
// text's closing brace, not on the whole macro call.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        languages: [en, de],
        necessary {
            provider "Example" {
                SESSION: "session" {
                    function: { en: "Session", de: },
                    purpose: { en: "To keep you signed in", de: "Um angemeldet zu bleiben" },
                }
            }
        }
    }
}

fn main() {}
