// Rule 10: browsers reject a Domain attribute the site's host does not domain-match (a .com site cannot set a .org cookie).
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    domain: "example.com",
                }
            }
        }
    }
}

fn main() {}
