// Thinking in table columns: the category is the block around the entry, not a field.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Authentication",
                    purpose: "To keep you signed in",
                    category: necessary,
                }
            }
        }
    }
}

fn main() {}
