// What other tools call the revision (`version`) is suggested as `revision`.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        version: 2,
        necessary {
            provider "Example" {
                SESSION: "sessionid" { function: "Session", purpose: "To keep you signed in" }
            }
        }
    }
}

fn main() {}
