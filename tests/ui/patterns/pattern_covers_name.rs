// Rule 12: `_pk_id.*` already describes `_pk_id.1.abcd`; two descriptions of one cookie contradict each other.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        statistics {
            provider "Matomo" {
                PK_ID: "_pk_id.*" {
                    function: "Audience measurement",
                    purpose: "To count visits",
                    duration: 13 months,
                }
                PK_ID_MAIN: "_pk_id.1.abcd" {
                    function: "Audience measurement",
                    purpose: "To count visits",
                }
            }
        }
    }
}

fn main() {}
