// A placeholder in one language is as unpublishable as in all: the German
// purpose still says `TODO`. A text that only mentions a to-do later on is
// fine (the English purpose).
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        languages: [en, de],
        preferences {
            provider "Example" {
                LIST: "todo_list" {
                    function: { en: "To-do list", de: "Aufgabenliste" },
                    purpose: { en: "To keep what is left TODO", de: "TODO" },
                    duration: 30 days,
                }
            }
        }
    }
}

fn main() {}
