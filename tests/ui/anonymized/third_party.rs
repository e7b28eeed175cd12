// Rule 8: an exempt audience-measurement cookie must not hand its data to a third party; a third-party analytics cookie needs consent.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        statistics {
            provider "Google Analytics" {
                GA: "_ga" {
                    function: "Audience measurement",
                    purpose: "To count visits",
                    third_party: "google-analytics.com",
                    duration: 13 months,
                    anonymized,
                }
            }
        }
    }
}

fn main() {}
