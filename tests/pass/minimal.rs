// The smallest policy: a site and one necessary cookie.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "session" { function: "Session", purpose: "To keep you signed in" }
            }
        }
    }
}

fn main() {
    assert_eq!(site::SESSION.name(), "session");
    assert_eq!(site::POLICY.cookies().len(), 1);
    assert_eq!(site::POLICY.languages(), &["en"]);
    assert!(site::SESSION.max_age().is_none());
}
