// A scaffold's placeholders: `cookie-policy scaffold` writes `TODO` texts
// where it knows nothing, and the macro rejects every text that is `TODO`
// or starts with it, on the literal, all in one compile.
cookie_policy::cookie_policy! {
    /// Scaffolded by `cookie-policy scaffold` from 1 recording.
    pub mod site {
        site: "https://www.shop.test",

        marketing {
            provider "www.shop.test" {
                /// Seen at https://www.shop.test/: set by its response.
                AB_TEST: "ab_test" {
                    function: "TODO: what this cookie does",
                    purpose: "TODO: why the site sets this cookie",
                    duration: 30 days,
                    secure, same_site: Lax,
                }
            }
        }
    }
}

fn main() {}
