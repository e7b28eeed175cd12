// `revision()` is a hash of the declaration fixed at compile time: identical declarations get
// the same revision, and changing one field (a duration, a translation, a flag) gives another,
// so consents given to the older policy can be recognised as void.
macro_rules! portal {
    ($name:ident, $days:literal, $de:literal, $($flag:ident)?) => {
        cookie_policy::cookie_policy! {
            mod $name {
                site: "https://opendata.example.org",
                languages: [en, de],
                necessary {
                    provider "Opendatasoft" {
                        SESSIONID: "sessionid" {
                            function: { en: "Authentication", de: "Authentifizierung" },
                            purpose: { en: "To remember the user", de: $de },
                            duration: $days days,
                            $($flag,)?
                        }
                    }
                }
            }
        }
    };
}

portal!(original, 14, "Um den Benutzer wiederzuerkennen",);
portal!(same, 14, "Um den Benutzer wiederzuerkennen",);
portal!(longer, 15, "Um den Benutzer wiederzuerkennen",);
portal!(retranslated, 14, "Um Sie wiederzuerkennen",);
portal!(secured, 14, "Um den Benutzer wiederzuerkennen", secure);

fn main() {
    let original = original::POLICY.revision();
    assert_eq!(original, same::POLICY.revision(), "identical declarations");
    let changed = [
        ("duration", longer::POLICY.revision()),
        ("translation", retranslated::POLICY.revision()),
        ("flag", secured::POLICY.revision()),
    ];
    for (what, revision) in changed {
        assert_ne!(original, revision, "a changed {what} must change the revision");
    }
    // All changes give different revisions from each other too.
    assert_ne!(changed[0].1, changed[1].1);
    assert_ne!(changed[1].1, changed[2].1);
    assert_ne!(changed[0].1, changed[2].1);
}
