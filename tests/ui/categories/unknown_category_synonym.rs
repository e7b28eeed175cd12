// Rule 9: cookie banners call it "analytics"; the policy's category is `statistics`.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        analytics {
            provider "Matomo" {
                PK_ID: "_pk_id.*" {
                    function: "Session",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
