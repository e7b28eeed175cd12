// Every provider belongs to a category, which decides whether its cookies need consent.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        provider "Example" {
            SESSION: "sessionid" {
                function: "Authentication",
                purpose: "To keep you signed in",
            }
        }
    }
}

fn main() {}
