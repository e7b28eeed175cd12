// Thinking in table columns: the cookie's name is not a field, it is written before the fields.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    name: "sessionid",
                    function: "Authentication",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
