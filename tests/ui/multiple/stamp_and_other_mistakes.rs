// A stale stamp is reported with the other mistakes of the declaration; an
// entry the parser could not read (`ADS` lacks its `:`) is not in the
// purposes, so no stamp error comes from it: only its own error.
cookie_policy::cookie_policy! {
    mod stale {
        site: "example.org",
        revision: 2,
        purposes: "46a43130",
        statistics {
            provider "Matomo" {
                VISITS: "visits" { function: "Statistics", purpose: "To count visits and share them with partners", duration: 30 days }
            }
        }
    }
}

cookie_policy::cookie_policy! {
    mod unread {
        site: "https://example.org",
        revision: 2,
        purposes: "46a43130",
        statistics {
            provider "Matomo" {
                VISITS: "visits" { function: "Statistics", purpose: "To count visits", duration: 30 days }
            }
        }
        marketing {
            provider "Ads" {
                ADS "ads" { function: "Ads", purpose: "To show ads", duration: 30 days }
            }
        }
    }
}

fn main() {}
