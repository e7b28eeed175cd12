// Every mistake of an invocation is reported in one compile: one in each category, in different entries.
cookie_policy::cookie_policy! {
    mod portal {
        site: "https://opendata.example.org",
        necessary {
            provider "Opendatasoft" {
                SESSIONID: "session id" {
                    function: "Authentication",
                    purpose: "To remember the user from one page to another",
                }
                CSRFTOKEN: "csrftoken" {
                    function: "API (CSRF)",
                    purpose: "To retrieve data via API calls",
                    duration: 2 years,
                }
            }
        }
        preferences {
            provider "Opendatasoft" {
                THEME: "__Secure-theme" {
                    function: "Display",
                    purpose: "To remember the chosen theme",
                }
            }
        }
        statistics {
            provider "Matomo" {
                PK_ID: "_pk_id.*" {
                    function: "Audience measurement",
                    purpse: "To count visits",
                    anonymized,
                }
            }
        }
        marketing {
            provider "YouTube" {
                YT_VISITOR: "VISITOR_INFO1_LIVE" {
                    function: "Embedded videos",
                    purpose: "To estimate bandwidth",
                    third_party: "youtube.com",
                    same_site: None,
                }
            }
        }
    }
}

fn main() {}
