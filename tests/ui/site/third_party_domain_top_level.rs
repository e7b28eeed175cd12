// Rule 10: a cookie for a whole top-level domain is rejected by every browser, whoever sets it.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        marketing {
            provider "YouTube" {
                YT_VISITOR: "VISITOR_INFO1_LIVE" {
                    function: "Embedded videos",
                    purpose: "To estimate bandwidth",
                    third_party: "youtube.com",
                    domain: "com",
                }
            }
        }
    }
}

fn main() {}
