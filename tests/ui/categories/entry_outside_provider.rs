// Every cookie belongs to a provider: the policy table has a "Service provider's name" column.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            SESSION: "sessionid" {
                function: "Authentication",
                purpose: "To keep you signed in",
            }
        }
    }
}

fn main() {}
