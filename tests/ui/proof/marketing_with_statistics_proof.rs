// A proof of consent to statistics is no proof of consent to marketing.
use cookie_policy::{Consent, StatisticsConsent};
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
    let consent = Consent::all();
    let proof = consent.proof::<StatisticsConsent>().unwrap();
    let _cookie = site::YT_VISITOR.cookie("v", proof);
}
