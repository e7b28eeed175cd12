// `revision` is a number, not a string.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        revision: "2",
        necessary {
            provider "Example" {
                SESSION: "sessionid" { function: "Session", purpose: "To keep you signed in" }
            }
        }
    }
}

fn main() {}
