// A real mistake from the Open Cookie Database (row 1521d232-2c23-4b02-95cf-6afdaf32ed62, Postviewscounter):
// the name "pvc_visits[0]" is not an RFC 6265 token, so no browser can store it as declared.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        statistics {
            provider "Postviewscounter" {
                COOKIE: "pvc_visits[0]" { function: "Analytics (Postviewscounter)", purpose: "It counts the number of visits to a post. The cookie is used to prevent repeat views..." }
            }
        }
    }
}

fn main() {}
