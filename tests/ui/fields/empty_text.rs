// Rule 9: an empty text; the published table would have an empty cell.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Authentication",
                    purpose: "",
                }
            }
        }
    }
}

fn main() {}
