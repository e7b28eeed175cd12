// Rule 7: `_ga` is often documented as "2 years", but browsers cap Max-Age at 400 days (RFC 6265bis), so the policy would lie.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        statistics {
            provider "Google Analytics" {
                GA: "_ga" {
                    function: "Audience measurement",
                    purpose: "To tell visitors apart",
                    duration: 2 years,
                }
            }
        }
    }
}

fn main() {}
