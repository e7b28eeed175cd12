// Rule 4: `=` separates name from value, so the browser would store `session` with the value `id=...`.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "session=id" {
                    function: "Session",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
