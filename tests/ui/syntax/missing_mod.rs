// A policy is declared as a module, which holds its constants.
cookie_policy::cookie_policy! {
    pub site {
        site: "https://example.org",
    }
}

fn main() {}
