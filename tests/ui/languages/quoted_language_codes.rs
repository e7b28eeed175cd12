// Rule 11: language codes are bare words, as in the texts' `{ en: ..., de: ... }`.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        languages: ["en"],
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
