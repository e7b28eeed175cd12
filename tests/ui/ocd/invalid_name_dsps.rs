// A real mistake from the Open Cookie Database (row 16c7e05b-b046-4342-8157-d49b053a1a83, PowerLinks Media Limited):
// the name "dsps:" is not an RFC 6265 token, so no browser can store it as declared.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        marketing {
            provider "PowerLinks Media Limited" {
                COOKIE: "dsps:*" { function: "Marketing (PowerLinks Media Limited)", purpose: "Service to display targeted advertising to visitors." }
            }
        }
    }
}

fn main() {}
