// A stamp is 8 lower-case hex digits, as the compiler gives it.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        revision: 2,
        purposes: "46A43130",
        statistics {
            provider "Matomo" {
                VISITS: "visits" { function: "Statistics", purpose: "To count visits", duration: 30 days }
            }
        }
    }
}

fn main() {}
