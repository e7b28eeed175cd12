// A real mistake from the Open Cookie Database (row 5f5f9b2e-43f3-4c25-987f-43f5119b66ae, Ezoic):
// the name "active_template::" is not an RFC 6265 token, so no browser can store it as declared.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        preferences {
            provider "Ezoic" {
                COOKIE: "active_template::*" { function: "Functional (Ezoic)", purpose: "Used to store which template you are viewing on this website." }
            }
        }
    }
}

fn main() {}
