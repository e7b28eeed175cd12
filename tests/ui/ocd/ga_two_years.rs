// A real mistake from the Open Cookie Database: `_ga` is listed with a retention of
// 2 years, but browsers cap cookie lifetimes at 400 days (RFC 6265bis).
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        statistics {
            provider "Google Analytics" {
                GA: "_ga" { function: "Analytics (Google Analytics)", purpose: "ID used to identify users", duration: 2 years }
            }
        }
    }
}

fn main() {}
