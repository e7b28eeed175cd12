// A real mistake from the Open Cookie Database (row 37ef0bb9-7cf9-48f8-aa88-0b79f3716dd0, Loggly):
// the name "logglytrackings­ession" is not an RFC 6265 token, so no browser can store it as declared.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        preferences {
            provider "Loggly" {
                COOKIE: "logglytrackings\u{ad}ession" { function: "Functional (Loggly)", purpose: "Used by Loggly for performance and error tracking." }
            }
        }
    }
}

fn main() {}
