// Rule 8: the CNIL exemption allows at most 13 months (390 days); 400 days is legal for browsers but not exempt from consent.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        statistics {
            provider "Matomo" {
                PK_ID: "_pk_id.*" {
                    function: "Audience measurement",
                    purpose: "To count visits",
                    duration: 400 days,
                    anonymized,
                }
            }
        }
    }
}

fn main() {}
