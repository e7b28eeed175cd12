// A real mistake from the Open Cookie Database: `__Host-GAPS` copied without Secure
// is dropped by browsers (RFC 6265bis `__Host-` prefix).
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        preferences {
            provider "Google" {
                GAPS: "__Host-GAPS" { function: "Functional (Google)", purpose: "Used to sign in with Google account.", duration: 1 year }
            }
        }
    }
}

fn main() {}
