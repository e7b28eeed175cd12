// A real mistake from the Open Cookie Database: CleanTalk lists the pattern `ct_*`
// and six names it covers; one error on the pattern lists them (the first three and a count).
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        preferences {
            provider "CleanTalk" {
                CT: "ct_*" { function: "Functional (CleanTalk)", purpose: "Group of cookies used for storing dynamic variables from browser" }
                CT_CHECK_JS: "ct_check_js" { function: "Functional (CleanTalk)", purpose: "Used in order to detect spam and improve the website's security." }
                CT_FKP_TIMESTAMP: "ct_fkp_timestamp" { function: "Functional (CleanTalk)", purpose: "Used in order to detect spam and improve the website's security. Does not store..." }
                CT_HAS_SCROLLED: "ct_has_scrolled" { function: "Functional (CleanTalk)", purpose: "This cookie is used to distinguish between humans and bots." }
                CT_POINTER_DATA: "ct_pointer_data" { function: "Functional (CleanTalk)", purpose: "Used in order to detect spam and improve the website's security. Does not store..." }
                CT_PS_TIMESTAMP: "ct_ps_timestamp" { function: "Functional (CleanTalk)", purpose: "Used in order to detect spam and improve the website's security. Does not store..." }
                CT_TIMEZONE: "ct_timezone" { function: "Functional (CleanTalk)", purpose: "Used in order to detect spam and improve the website's security." }
            }
        }
    }
}

fn main() {}
