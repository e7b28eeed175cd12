// A real mistake from the Open Cookie Database: copying `__Secure-YNID` without
// its Secure attribute (the database does not record it) declares a cookie browsers drop.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        preferences {
            provider "Google" {
                YNID: "__Secure-YNID" { function: "Functional (Google)", purpose: "It's a YouTube cookie used to enhance user experience by storing video player...", duration: 6 months }
            }
        }
    }
}

fn main() {}
