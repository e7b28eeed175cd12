// Fields are separated by commas, not semicolons; the field after the `;` is still read.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Authentication";
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
