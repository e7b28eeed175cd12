// Declaring Google Analytics as `necessary` to skip the banner is the classic mistake regulators fine: it is `statistics`.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Google Analytics" {
                GA: "_ga" {
                    function: "Audience measurement",
                    purpose: "To tell visitors apart",
                    duration: 13 months,
                }
            }
        }
    }
}

fn main() {}
