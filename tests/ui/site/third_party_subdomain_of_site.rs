// Rule 10: a subdomain of the site is the same site; browsers treat its cookies as first-party.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        preferences {
            provider "Example" {
                VIDEO: "video_prefs" {
                    function: "Videos",
                    purpose: "To remember the volume",
                    third_party: "videos.example.org",
                }
            }
        }
    }
}

fn main() {}
