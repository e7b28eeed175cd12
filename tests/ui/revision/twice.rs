// `revision` is set once: two would leave it to the reader which one counts.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        revision: 2,
        revision: 3,
        necessary {
            provider "Example" {
                SESSION: "sessionid" { function: "Session", purpose: "To keep you signed in" }
            }
        }
    }
}

fn main() {}
