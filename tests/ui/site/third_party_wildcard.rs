// Rule 10: `*.google.com` is how some tools write "any subdomain"; a domain already covers its subdomains.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        statistics {
            provider "Google Analytics" {
                GA: "_ga" {
                    function: "Audience measurement",
                    purpose: "To count visits",
                    third_party: "*.google.com",
                }
            }
        }
    }
}

fn main() {}
