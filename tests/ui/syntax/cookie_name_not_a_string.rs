// The cookie's name is a string: it may contain characters (`.`, `-`) that Rust identifiers cannot.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: sessionid { function: "Authentication", purpose: "To keep you signed in" }
            }
        }
    }
}

fn main() {}
