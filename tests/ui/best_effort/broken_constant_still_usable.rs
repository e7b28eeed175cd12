// The constant of an entry with mistakes still exists (with what could be read), so code using it reports no follow-on error.
use cookie_policy::{DeclaredCookie, StatisticsConsent};

cookie_policy::cookie_policy! {
    mod portal {
        site: "https://opendata.example.org",
        statistics {
            provider "Matomo" {
                PK_ID: "_pk_id.*" {
                    function: "Audience measurement",
                    purpse: "To count visits",
                    duration: 14 months,
                }
            }
        }
    }
}

fn main() {
    let cookie: DeclaredCookie<StatisticsConsent> = portal::PK_ID;
    assert!(cookie.is_pattern());
    assert_eq!(portal::POLICY.get("_pk_id.1.abcd").map(|c| c.name()), Some(cookie.name()));
}
