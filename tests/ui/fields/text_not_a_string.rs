// A text must be a string literal; the mistake is reported once, without a second "missing `purpose`".
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Authentication",
                    purpose: keep_signed_in,
                }
            }
        }
    }
}

fn main() {}
