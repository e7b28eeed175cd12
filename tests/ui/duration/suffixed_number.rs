// A duration with a Rust integer suffix (`14u32`): the amount is a plain number.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    duration: 14u32 days,
                }
            }
        }
    }
}

fn main() {}
