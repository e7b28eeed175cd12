// Rule 10: `_` is not allowed in a host name, so no browser would ever visit this site.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://open_data.example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
