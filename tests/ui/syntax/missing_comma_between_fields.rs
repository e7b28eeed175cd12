// Fields are separated by commas.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Authentication" purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
