// A real mistake from the Open Cookie Database (row 946819fc-a397-4bcd-bdab-02c28fd4881c, Crazy Egg):
// the name "ce_need_secure_cookie\t" is not an RFC 6265 token, so no browser can store it as declared.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        statistics {
            provider "Crazy Egg" {
                COOKIE: "ce_need_secure_cookie\t" { function: "Analytics (Crazy Egg)", purpose: "This cookie is used to determine cookie security parameters." }
            }
        }
    }
}

fn main() {}
