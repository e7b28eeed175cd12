// A real mistake from the Open Cookie Database (row 38d2165d-ecc3-402e-95ca-6cc736b1993e, Auth0):
// the name "a0_users:sess.sig" is not an RFC 6265 token, so no browser can store it as declared.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        necessary {
            provider "Auth0" {
                COOKIE: "a0_users:sess.sig" { function: "Security (Auth0)", purpose: "Used for CSRF protection in Classic Universal Login flows." }
            }
        }
    }
}

fn main() {}
