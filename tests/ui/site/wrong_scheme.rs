// Rule 10: cookies belong to web origins; an ftp:// site has none.
cookie_policy::cookie_policy! {
    mod site {
        site: "ftp://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
