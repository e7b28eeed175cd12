// Rule 6: browsers reject SameSite=None without Secure (Chrome since 2020), so the embed would lose its cookie.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        marketing {
            provider "YouTube" {
                YT_VISITOR: "VISITOR_INFO1_LIVE" {
                    function: "Embedded videos",
                    purpose: "To estimate bandwidth",
                    third_party: "youtube.com",
                    same_site: None,
                }
            }
        }
    }
}

fn main() {}
