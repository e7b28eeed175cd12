// A policy with `revision` carries the stamp of its purposes (the error gives its value).
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        revision: 2,
        statistics {
            provider "Matomo" {
                VISITS: "visits" { function: "Statistics", purpose: "To count visits", duration: 30 days }
            }
        }
    }
}

fn main() {}
