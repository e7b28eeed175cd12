// A real mistake from the Open Cookie Database: `DSID` is listed for Google and for
// DoubleClick; a site copying both rows declares one cookie twice.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        marketing {
            provider "Google" {
                GOOGLE_DSID: "DSID" { function: "Marketing (Google)", purpose: "Identifies signed-in users on non-Google sites to respect ad personalization settings" }
            }
            provider "DoubleClick/Google Marketing" {
                DOUBLECLICK_DSID: "DSID" { function: "Marketing (DoubleClick/Google Marketing)", purpose: "This cookie is used for targeting, analyzing and optimisation of ad campaigns in...", third_party: "doubleclick.net" }
            }
        }
    }
}

fn main() {}
