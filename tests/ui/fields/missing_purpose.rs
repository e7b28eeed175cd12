// Rule 9: `purpose` is required: GDPR asks the site to say why each cookie is set.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Authentication",
                }
            }
        }
    }
}

fn main() {}
