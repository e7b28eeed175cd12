// Rule 4: PHP array syntax (`barometric[cuid]`, a real name in the Open Cookie Database) is not a token.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "barometric[cuid]" {
                    function: "Session",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
