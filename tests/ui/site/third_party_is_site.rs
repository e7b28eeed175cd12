// Rule 10: a cookie set by the site's own host is first-party, whatever the policy calls it.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        preferences {
            provider "Example" {
                VIDEO: "video_prefs" {
                    function: "Videos",
                    purpose: "To remember the volume",
                    third_party: "www.example.org",
                }
            }
        }
    }
}

fn main() {}
