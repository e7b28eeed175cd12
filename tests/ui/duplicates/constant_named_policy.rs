// Rule 2: `POLICY` is the generated policy item of the module; a cookie constant cannot take its name.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                POLICY: "policy_seen" {
                    function: "Session",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
