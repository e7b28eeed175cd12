// A real mistake from the Open Cookie Database (row 8afcd8f5-eb3f-4d01-96e5-5ce739c82138, Claritas):
// the name "barometric[cuid]" is not an RFC 6265 token, so no browser can store it as declared.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        marketing {
            provider "Claritas" {
                COOKIE: "barometric[cuid]" { function: "Marketing (Claritas)", purpose: "This cookie is used to identify users for Veritone/Barometric Podcast Conversion." }
            }
        }
    }
}

fn main() {}
