// A duration copied from a policy table as a string; the macro needs the number and the unit as tokens.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    duration: "14 days",
                }
            }
        }
    }
}

fn main() {}
