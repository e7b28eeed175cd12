// A category is a block, not a setting: `necessary { ... }` without a colon.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary: {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Authentication",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
