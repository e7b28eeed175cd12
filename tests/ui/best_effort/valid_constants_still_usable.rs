// With mistakes in one entry, the other constants and POLICY still exist: the only errors are the macro's, no follow-on E0425.
use cookie_policy::{DeclaredCookie, MarketingConsent, NoConsentNeeded};

cookie_policy::cookie_policy! {
    mod portal {
        site: "https://opendata.example.org",
        consent_cookie: PREFERENCES,
        necessary {
            provider "Opendatasoft" {
                SESSIONID: "sessionid" {
                    function: "Authentication",
                    purpose: "To remember the user from one page to another",
                    duration: 14 days,
                }
                PREFERENCES: "cookies_preferences" {
                    function: "Choices related to your cookie preferences",
                    purpose: "To remember the visitor's cookie preferences",
                }
                BROKEN: "broken;name" {
                    function: "Broken",
                    purpose: "To show best-effort expansion",
                    duration: 2 years,
                }
            }
        }
        marketing {
            provider "YouTube" {
                YT_VISITOR: "VISITOR_INFO1_LIVE" {
                    function: "Embedded videos",
                    purpose: "To estimate bandwidth",
                    third_party: "youtube.com",
                    secure, same_site: None,
                }
            }
        }
    }
}

fn main() {
    let session: DeclaredCookie<NoConsentNeeded> = portal::SESSIONID;
    let video: DeclaredCookie<MarketingConsent> = portal::YT_VISITOR;
    assert_eq!(session.name(), "sessionid");
    assert!(video.requires_consent());
    let policy: &cookie_policy::Policy = &portal::POLICY;
    assert_eq!(policy.site(), "https://opendata.example.org");
    assert_eq!(policy.get("sessionid").map(|c| c.name()), Some(session.name()));
    assert_eq!(policy.consent_cookie().map(|c| c.name()), Some("cookies_preferences"));
    let _count: usize = policy.cookies().len();
    let _revision: u64 = policy.revision();
}
