// Rule 12: `*` alone would describe every cookie the site ever sets with one entry.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        statistics {
            provider "Google Analytics" {
                EVERYTHING: "*" {
                    function: "Session",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
