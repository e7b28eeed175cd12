// RFC 6265: a cookie name is a token; a space splits it in browsers.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                HISTORY: "Site History" { function: "History", purpose: "To remember visited pages" }
            }
        }
    }
}

fn main() {}
