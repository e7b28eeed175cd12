// Rule 9: an invalid duration unit; only minutes, hours, days, weeks, months and years are understood.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    duration: 2 fortnights,
                }
            }
        }
    }
}

fn main() {}
