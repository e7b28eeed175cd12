// A stamp without `revision` is checked too: the policy is at revision 1, the first bump is `revision: 2`.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        purposes: "46a43130",
        statistics {
            provider "Matomo" {
                VISITS: "visits" { function: "Statistics", purpose: "To count the visits", duration: 30 days }
            }
        }
    }
}

fn main() {}
