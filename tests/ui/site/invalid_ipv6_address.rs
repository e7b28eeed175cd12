// Rule 10: the text between `[` and `]` must be an IPv6 address.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://[::g]:8080",
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
