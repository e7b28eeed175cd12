// Rule 8: the consent exemption (CNIL) is only for audience measurement; a marketing cookie always needs consent.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        marketing {
            provider "Example Ads" {
                AD: "ad_id" {
                    function: "Advertising",
                    purpose: "To show relevant ads",
                    duration: 30 days,
                    anonymized,
                }
            }
        }
    }
}

fn main() {}
