// A real mistake from the Open Cookie Database (row c7d8e9f0-0008-4567-890a-000000000008, Crisp):
// the name "crisp-client/" is not an RFC 6265 token, so no browser can store it as declared.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        preferences {
            provider "Crisp" {
                COOKIE: "crisp-client/*" { function: "Functional (Crisp)", purpose: "Crisp live chat widget session and preferences cookies." }
            }
        }
    }
}

fn main() {}
