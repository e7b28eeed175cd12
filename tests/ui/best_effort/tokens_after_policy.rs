// Tokens after the policy are reported, and the policy before them is still expanded.
cookie_policy::cookie_policy! {
    mod portal {
        site: "https://opendata.example.org",
        necessary {
            provider "Opendatasoft" {
                SESSIONID: "sessionid" {
                    function: "Authentication",
                    purpose: "To remember the user from one page to another",
                }
            }
        }
    }
    mod other {}
}

fn main() {
    assert_eq!(portal::SESSIONID.name(), "sessionid");
    assert_eq!(portal::POLICY.cookies().len(), 1);
}
