// `revision` counts from 1, the revision of a declaration without it: 0 is no revision.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        revision: 0,
        necessary {
            provider "Example" {
                SESSION: "sessionid" { function: "Session", purpose: "To keep you signed in" }
            }
        }
    }
}

fn main() {}
