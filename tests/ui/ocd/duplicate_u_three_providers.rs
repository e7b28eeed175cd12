// A real mistake from the Open Cookie Database: `u` is listed for three providers;
// declaring all three reports both repeats, each naming the first declaration.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        marketing {
            provider "Totvs" {
                U_0: "u" { function: "Marketing (Totvs)", purpose: "This cookie is Used for audience segmentation for advertising" }
            }
            provider "Tailtarget" {
                U_1: "u" { function: "Marketing (Tailtarget)", purpose: "This cookie is used for user segmentation identifying the user uniquely" }
            }
            provider "CreativeCDN" {
                U_2: "u" { function: "Marketing (CreativeCDN)", purpose: "This cookie is associated with creativecdn.com. It collects unidentifiable data that..." }
            }
        }
    }
}

fn main() {}
