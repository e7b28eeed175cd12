// Rule 4: a non-ASCII name; browsers and servers encode such bytes differently, so the cookie is not found again.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                LANGUAGE: "sprachauswahl_ä" {
                    function: "Session",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
