// Flags are present or absent; `secure: true` suggests `secure: false` would work, so it is rejected.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    secure: true,
                }
            }
        }
    }
}

fn main() {}
