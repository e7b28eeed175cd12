// The purposes changed since the stamp (it was taken for "To count visits"): bump `revision` or update the stamp.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        revision: 2,
        purposes: "46a43130",
        statistics {
            provider "Matomo" {
                VISITS: "visits" { function: "Statistics", purpose: "To count visits and share them with partners", duration: 30 days }
            }
        }
    }
}

fn main() {}
