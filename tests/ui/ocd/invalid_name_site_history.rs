// A real mistake from the Open Cookie Database (row de2a7c9e-ae19-43e3-b743-581399876b45, Qualtrics):
// the name "Site History" is not an RFC 6265 token, so no browser can store it as declared.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        preferences {
            provider "Qualtrics" {
                COOKIE: "Site History" { function: "Functional (Qualtrics)", purpose: "This cookie tracks the URLs of the web pages that the user visited. The pages must..." }
            }
        }
    }
}

fn main() {}
