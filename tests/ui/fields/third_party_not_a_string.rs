// `third_party` names the domain that sets the cookie; it is not a flag.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        marketing {
            provider "Meta" {
                PIXEL: "fr" {
                    function: "Advertising",
                    purpose: "To measure ads",
                    third_party: true,
                }
            }
        }
    }
}

fn main() {}
