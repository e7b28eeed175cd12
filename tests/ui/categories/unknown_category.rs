// Rule 9: an unknown category lists the valid ones and suggests the closest.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        statistic {
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
