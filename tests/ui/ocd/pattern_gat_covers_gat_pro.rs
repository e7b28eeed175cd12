// A real mistake from the Open Cookie Database: Google Analytics' `_gat*` pattern
// also covers Snapwidget's `_gat_pro`, so that cookie would be described twice.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        preferences {
            provider "Snapwidget" {
                GAT_PRO: "_gat_pro" { function: "Functional (Snapwidget)", purpose: "Allows Snapwidget to offer anonymous analytics about how the visitors are using your..." }
            }
        }
        statistics {
            provider "Google Analytics" {
                GAT: "_gat*" { function: "Analytics (Google Analytics)", purpose: "Used to monitor number of Google Analytics server requests when using Google Tag Manager", duration: 1 minute }
            }
        }
    }
}

fn main() {}
