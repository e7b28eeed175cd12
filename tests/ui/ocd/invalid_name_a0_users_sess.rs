// A real mistake from the Open Cookie Database (row dfaddc1e-9b23-4fae-aef1-9b10e1465bae, Auth0):
// the name "a0_users:sess" is not an RFC 6265 token, so no browser can store it as declared.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        necessary {
            provider "Auth0" {
                COOKIE: "a0_users:sess" { function: "Security (Auth0)", purpose: "Used for CSRF protection in Classic Universal Login flows." }
            }
        }
    }
}

fn main() {}
