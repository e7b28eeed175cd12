// Meta's `_fbp` (advertising, per the Open Cookie Database) is never needed for the site to work: it is `marketing`.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Meta" {
                FBP: "_fbp" {
                    function: "Advertising",
                    purpose: "To measure the ads that brought visitors",
                    duration: 3 months,
                }
            }
        }
    }
}

fn main() {}
