// `revision` counts up from 1: a negative one is none.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        revision: -1,
        necessary {
            provider "Example" {
                SESSION: "sessionid" { function: "Session", purpose: "To keep you signed in" }
            }
        }
    }
}

fn main() {}
