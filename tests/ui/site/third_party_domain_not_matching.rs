// Rule 10: a third party can only set cookies for its own domain or its parents.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        marketing {
            provider "YouTube" {
                YT_VISITOR: "VISITOR_INFO1_LIVE" {
                    function: "Embedded videos",
                    purpose: "To estimate bandwidth",
                    third_party: "youtube.com",
                    domain: "google.com",
                }
            }
        }
    }
}

fn main() {}
