// A real mistake from the Open Cookie Database (row 0e5afd5b-816d-4217-9b1a-406c9f22fea4, Claritas):
// the name "barometric[idfa]" is not an RFC 6265 token, so no browser can store it as declared.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        marketing {
            provider "Claritas" {
                COOKIE: "barometric[idfa]" { function: "Marketing (Claritas)", purpose: "This cookie is used to to collect visitor statistics. This data is used to categorize..." }
            }
        }
    }
}

fn main() {}
