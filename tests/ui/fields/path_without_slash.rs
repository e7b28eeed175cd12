// Browsers ignore a Path that does not start with `/` and use the request's directory instead.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    path: "app",
                }
            }
        }
    }
}

fn main() {}
