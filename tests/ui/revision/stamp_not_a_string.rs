// The stamp is written as a string.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        revision: 2,
        purposes: 46a43130,
        statistics {
            provider "Matomo" {
                VISITS: "visits" { function: "Statistics", purpose: "To count visits", duration: 30 days }
            }
        }
    }
}

fn main() {}
