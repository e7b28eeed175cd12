// Rule 10: the parent domain of the site is the same site too (opendata.potsdam.de and potsdam.de).
cookie_policy::cookie_policy! {
    mod site {
        site: "https://opendata.potsdam.de",
        preferences {
            provider "Example" {
                CITY: "city_prefs" {
                    function: "City portal",
                    purpose: "To remember the district",
                    third_party: "potsdam.de",
                }
            }
        }
    }
}

fn main() {}
