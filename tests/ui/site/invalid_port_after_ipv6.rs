// Rule 10: the port is checked after an IPv6 address as after a host name.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://[::1]:99999",
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
