// A real mistake from the Open Cookie Database (row 2c1380a0-ec77-4161-af73-292f48c3ced3, Indeed):
// the name "pagead/conv/%INTEGER%" is not an RFC 6265 token, so no browser can store it as declared.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        statistics {
            provider "Indeed" {
                COOKIE: "pagead/conv/%INTEGER%" { function: "Analytics (Indeed)", purpose: "Contains information related to registering (counting) a job application via a job..." }
            }
        }
    }
}

fn main() {}
