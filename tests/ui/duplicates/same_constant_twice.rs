// Rule 2: two entries cannot be the same Rust constant.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Authentication",
                    purpose: "To keep you signed in",
                }
                SESSION: "csrftoken" {
                    function: "API (CSRF)",
                    purpose: "To retrieve data via API calls",
                }
            }
        }
    }
}

fn main() {}
