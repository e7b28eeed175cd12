// The policy the consent fuzz targets read values for (included with `include!`).
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        consent_cookie: CHOICES,
        necessary { provider "Site" {
            CHOICES: "choices" { function: "Consent", purpose: "To remember choices", duration: 6 months }
        } }
        statistics { provider "Matomo" { PK: "_pk_id.*" { function: "Visitors", purpose: "Counting", duration: 13 months } } }
        marketing { provider "Ads" { AD: "ad" { function: "Ads", purpose: "Ads", third_party: "ads.example" } } }
    }
}
