// A necessary cookie needs no consent: it is built from the value alone.
use cookie_policy::{Consent, MarketingConsent};
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary { provider "Example" {
            SESSION: "session" { function: "Session", purpose: "To keep you signed in", secure }
        } }
        statistics { provider "Matomo" {
            PK_ID: "_pk_id" { function: "Visitors", purpose: "To recognise visitors", duration: 13 months }
        } }
        marketing { provider "YouTube" {
            YT_VISITOR: "VISITOR_INFO1_LIVE" {
                function: "Videos", purpose: "To estimate bandwidth",
                third_party: "youtube.com", duration: 180 days, secure, same_site: None,
            }
        } }
    }
}

fn main() {
    let proof = Consent::all().proof::<MarketingConsent>().unwrap();
    let _cookie = site::SESSION.cookie("v", proof);
}
