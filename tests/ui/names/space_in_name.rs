// Rule 4: a cookie name is an RFC 6265 token; a space splits it in browsers (the Open Cookie Database lists a real "Site History").
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                HISTORY: "Site History" {
                    function: "History",
                    purpose: "To remember visited pages",
                }
            }
        }
    }
}

fn main() {}
