// Rule 10: a URL without a host says nothing about which cookies are first-party.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://",
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
