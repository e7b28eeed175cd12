// Entries written without their provider block are reported once, and their constants still exist.
cookie_policy::cookie_policy! {
    mod portal {
        site: "https://opendata.example.org",
        consent_cookie: PREFERENCES,
        necessary {
            SESSIONID: "sessionid" {
                function: "Authentication",
                purpose: "To remember the user from one page to another",
            }
            PREFERENCES: "cookies_preferences" {
                function: "Choices related to your cookie preferences",
                purpose: "To remember the visitor's cookie preferences",
            }
        }
    }
}

fn main() {
    assert!(!portal::SESSIONID.requires_consent());
    assert_eq!(portal::POLICY.consent_cookie().map(|c| c.name()), Some(portal::PREFERENCES.name()));
}
