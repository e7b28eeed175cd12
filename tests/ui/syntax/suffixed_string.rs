// A suffix on a string means nothing (Rust reserves it); the macro rejects it
// on every literal, with the message a suffix on a duration gets, rather
// than drop it silently.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example"co {
                SESSION: "sid"x {
                    function: "Session",
                    purpose: "To keep you signed in"_en,
                    duration: 14u32 days,
                }
            }
        }
    }
}

fn main() {}
