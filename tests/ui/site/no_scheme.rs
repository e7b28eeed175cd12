// Rule 10: the site is a URL, with its scheme: http and https sites get different cookie rules.
cookie_policy::cookie_policy! {
    mod site {
        site: "opendata.potsdam.de",
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
