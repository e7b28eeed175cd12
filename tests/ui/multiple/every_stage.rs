// Syntax mistakes, entry rules and policy-wide rules (duplicates, patterns, consent cookie) are all reported in one compile.
cookie_policy::cookie_policy! {
    mod portal {
        site: "opendata.example.org",
        languages: [en, de],
        consent_cookie: PREFERENCE,
        colour: "blue",
        necessary {
            provider "Opendatasoft" {
                PREFERENCES: "cookies_preferences" {
                    function: { en: "Consent", de: "Einwilligung" },
                    purpose: { en: "To remember the visitor's choices" },
                    duration: 6 monts,
                }
                LANGUAGE: "django_language" {
                    function: { en: "Language", de: "Sprache" },
                    purpose: { en: "To remember the language", de: "Um die Sprache zu speichern" },
                    secure: true,
                }
            }
        }
        analytics {
            provider "Matomo" {
                PK_ID: "_pk_id.*" {
                    function: { en: "Audience", de: "Reichweite" },
                    purpose: { en: "To count visits", de: "Um Besuche zu zählen" },
                }
            }
        }
        statistics {
            provider "Matomo" {
                PK_ID: "_pk_id.1" {
                    function: { en: "Audience", de: "Reichweite" },
                    purpose: { en: "To count visits", de: "Um Besuche zu zählen" },
                }
                PK_SES: "django_language" {
                    function: { en: "Session", de: "Sitzung" },
                    purpose: { en: "To count visits", de: "Um Besuche zu zählen", fr: "Pour compter" },
                }
            }
        }
    }
}

fn main() {}
