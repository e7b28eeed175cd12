// Rule 10: a host can set cookies for itself and its parents, not for its subdomains.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    domain: "app.example.org",
                }
            }
        }
    }
}

fn main() {}
