// Rule 12: only a trailing `*` makes a prefix pattern; `*` elsewhere is a literal and a mistake.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        statistics {
            provider "Google Analytics" {
                GA_PROPERTY: "_ga*_id" {
                    function: "Session",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
