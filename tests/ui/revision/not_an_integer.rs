// `revision` is a whole number raised by one at each bump, not a version like `1.2`.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        revision: 1.2,
        necessary {
            provider "Example" {
                SESSION: "sessionid" { function: "Session", purpose: "To keep you signed in" }
            }
        }
    }
}

fn main() {}
