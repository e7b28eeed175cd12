// Rule 3: another company's cookie is never strictly necessary for the site, so the visitor must be able to refuse it.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Vimeo" {
                VIMEO_ID: "vuid" {
                    function: "Embedded videos",
                    purpose: "To count views of embedded videos",
                    third_party: "vimeo.com",
                    secure,
                    same_site: None,
                }
            }
        }
    }
}

fn main() {}
