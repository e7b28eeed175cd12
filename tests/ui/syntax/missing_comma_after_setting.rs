// Settings end with a comma.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org"
        languages: [en],
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
