// A suffix on the revision means nothing (the number is kept and checked).
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        revision: 2u32,
        necessary {
            provider "Example" {
                SESSION: "sessionid" { function: "Session", purpose: "To keep you signed in" }
            }
        }
    }
}

fn main() {}
