// Rule 10: `third_party` is a domain, not the URL of the embed copied from the HTML.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        marketing {
            provider "YouTube" {
                YT_VISITOR: "VISITOR_INFO1_LIVE" {
                    function: "Embedded videos",
                    purpose: "To estimate bandwidth",
                    third_party: "https://www.youtube.com/embed",
                }
            }
        }
    }
}

fn main() {}
