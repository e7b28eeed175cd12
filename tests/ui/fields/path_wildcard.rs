// A cookie path already covers every path below it; browsers read `/app/*` literally, so the cookie would be sent nowhere.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    path: "/app/*",
                }
            }
        }
    }
}

fn main() {}
