// The same mistake made in several entries is reported once per entry, each on its own token.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                A: "a" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    duration: 0 days,
                }
                B: "b" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    duration: 500 days,
                }
                C: "c" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    duration: 3 fortnights,
                }
                D: "d" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    same_site: None,
                }
            }
        }
    }
}

fn main() {}
