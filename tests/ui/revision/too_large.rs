// `revision` counts up by one: it fits in 64 bits.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        revision: 18446744073709551616,
        necessary {
            provider "Example" {
                SESSION: "sessionid" { function: "Session", purpose: "To keep you signed in" }
            }
        }
    }
}

fn main() {}
