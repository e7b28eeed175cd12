// The site is a string; a bare URL is not even Rust tokens (`//` starts a comment).
cookie_policy::cookie_policy! {
    mod site {
        site: example,
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
