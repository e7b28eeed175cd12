//! The visitor's choice on the policy page: what they answered, and a plain
//! HTML form to change it (one checkbox per category that needs consent),
//! which works without JavaScript, and what the site does with Global
//! Privacy Control.

use super::escape::html_into as escape_into;
use super::prose::Prose;
use crate::{Category, Consent, ConsentStatus, Policy};

/// The visitor's side of a served policy page: where the form posts, what
/// the request says of the visitor's answer, and Global Privacy Control.
/// See [`Policy::render_html_with_choice_in`].
///
/// ```
/// use cookie_policy::{render::ChoiceForm, Category, Consent, ConsentStatus};
/// let form = ChoiceForm::new("/cookies/consent", ConsentStatus::Missing)
///     .gpc(Consent::necessary_only().with(Category::Marketing), true);
/// assert_eq!(form.action(), "/cookies/consent");
/// ```
#[derive(Debug, Clone)]
pub struct ChoiceForm {
    action: String,
    status: ConsentStatus,
    gpc_refuses: Consent,
    gpc: bool,
}

impl ChoiceForm {
    /// A form posting to `action`, showing the visitor's answer `status`;
    /// the site honours Global Privacy Control by refusing marketing, and
    /// the request carried no signal (see [`ChoiceForm::gpc`]).
    pub fn new(action: &str, status: ConsentStatus) -> ChoiceForm {
        ChoiceForm {
            action: action.to_string(),
            status,
            gpc_refuses: Consent::necessary_only().with(Category::Marketing),
            gpc: false,
        }
    }

    /// The categories the site refuses when a browser sends Global Privacy
    /// Control (`refuses`; none: the page says nothing of the signal), and
    /// whether this request carried it (`active`): the page then says so,
    /// and those categories' checkboxes are off and disabled.
    #[must_use]
    pub fn gpc(mut self, refuses: Consent, active: bool) -> ChoiceForm {
        self.gpc_refuses = refuses;
        self.gpc = active;
        self
    }

    /// Where the form posts.
    pub fn action(&self) -> &str {
        &self.action
    }
}

/// The words of the form, per language.
struct FormProse {
    lang: &'static str,
    heading: &'static str,
    missing: &'static str,
    outdated: &'static str,
    /// `{categories}`: the accepted categories.
    given: &'static str,
    refused: &'static str,
    legend: &'static str,
    necessary: &'static str,
    /// `{categories}`: the categories the signal refuses.
    gpc: &'static str,
    gpc_active: &'static str,
    gpc_refused: &'static str,
    list_and: &'static str,
}

static FORMS: [FormProse; 5] = [
    FormProse {
        lang: "en",
        heading: "Your choice",
        missing: "You have not chosen yet: only the cookies that need no consent are set.",
        outdated: "This policy changed since you chose: please choose again. Until then, only the cookies that need no consent are set.",
        given: "You have accepted: {categories}.",
        refused: "You have refused every category that needs consent.",
        legend: "Cookies you accept",
        necessary: "always on",
        gpc: "This site honours Global Privacy Control: when your browser sends the signal, {categories} cookies are refused, whatever you choose here.",
        gpc_active: "Your browser sends it.",
        gpc_refused: "refused by Global Privacy Control",
        list_and: " and ",
    },
    FormProse {
        lang: "de",
        heading: "Ihre Auswahl",
        missing: "Sie haben noch nicht gewählt: Es werden nur Cookies gesetzt, die keine Einwilligung benötigen.",
        outdated: "Diese Richtlinie hat sich seit Ihrer Auswahl geändert: Bitte wählen Sie erneut. Bis dahin werden nur Cookies gesetzt, die keine Einwilligung benötigen.",
        given: "Sie haben akzeptiert: {categories}.",
        refused: "Sie haben jede Kategorie abgelehnt, die eine Einwilligung benötigt.",
        legend: "Cookies, die Sie akzeptieren",
        necessary: "immer aktiv",
        gpc: "Diese Website beachtet Global Privacy Control: Sendet Ihr Browser das Signal, werden {categories}-Cookies abgelehnt, gleich was Sie hier wählen.",
        gpc_active: "Ihr Browser sendet es.",
        gpc_refused: "durch Global Privacy Control abgelehnt",
        list_and: " und ",
    },
    FormProse {
        lang: "fr",
        heading: "Votre choix",
        missing: "Vous n'avez pas encore choisi : seuls les cookies qui ne nécessitent pas de consentement sont déposés.",
        outdated: "Cette politique a changé depuis votre choix : veuillez choisir à nouveau. D'ici là, seuls les cookies qui ne nécessitent pas de consentement sont déposés.",
        given: "Vous avez accepté : {categories}.",
        refused: "Vous avez refusé toutes les catégories qui nécessitent un consentement.",
        legend: "Cookies que vous acceptez",
        necessary: "toujours actifs",
        gpc: "Ce site respecte Global Privacy Control : lorsque votre navigateur envoie le signal, les cookies {categories} sont refusés, quel que soit votre choix ici.",
        gpc_active: "Votre navigateur l'envoie.",
        gpc_refused: "refusés par Global Privacy Control",
        list_and: " et ",
    },
    FormProse {
        lang: "es",
        heading: "Su elección",
        missing: "Aún no ha elegido: solo se instalan las cookies que no necesitan consentimiento.",
        outdated: "Esta política ha cambiado desde su elección: elija de nuevo. Hasta entonces, solo se instalan las cookies que no necesitan consentimiento.",
        given: "Ha aceptado: {categories}.",
        refused: "Ha rechazado todas las categorías que necesitan consentimiento.",
        legend: "Cookies que acepta",
        necessary: "siempre activas",
        gpc: "Este sitio respeta Global Privacy Control: cuando su navegador envía la señal, se rechazan las cookies de {categories}, elija lo que elija aquí.",
        gpc_active: "Su navegador la envía.",
        gpc_refused: "rechazadas por Global Privacy Control",
        list_and: " y ",
    },
    FormProse {
        lang: "it",
        heading: "La sua scelta",
        missing: "Non ha ancora scelto: vengono impostati solo i cookie che non richiedono consenso.",
        outdated: "Questa informativa è cambiata dalla sua scelta: scelga di nuovo. Fino ad allora vengono impostati solo i cookie che non richiedono consenso.",
        given: "Ha accettato: {categories}.",
        refused: "Ha rifiutato tutte le categorie che richiedono consenso.",
        legend: "Cookie che accetta",
        necessary: "sempre attivi",
        gpc: "Questo sito rispetta Global Privacy Control: quando il suo browser invia il segnale, i cookie di {categories} vengono rifiutati, qualunque cosa scelga qui.",
        gpc_active: "Il suo browser lo invia.",
        gpc_refused: "rifiutati da Global Privacy Control",
        list_and: " e ",
    },
];

/// The form's words in the language of `prose` (English when it has none).
fn form_prose(prose: &Prose) -> &'static FormProse {
    FORMS
        .iter()
        .find(|f| f.lang == prose.lang)
        .unwrap_or(&FORMS[0])
}

/// The categories a visitor can choose on this policy's form, and accept
/// at its consent endpoint: those with a cookie that needs consent, in the
/// order of [`Category::ALL`].
pub(crate) fn choosable(policy: &Policy) -> impl Iterator<Item = Category> + '_ {
    Category::ALL.into_iter().filter(move |&category| {
        policy
            .cookies()
            .iter()
            .any(|c| c.category() == category && c.requires_consent())
    })
}

/// `categories` in words: `a`, `a and b`, `a, b and c`.
fn listed(prose: &Prose, words: &FormProse, categories: &[Category]) -> String {
    let names: Vec<String> = categories
        .iter()
        .map(|&c| prose.category_name(c).to_lowercase())
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{}{last}", rest.join(", "), words.list_and),
    }
}

/// The choice section as HTML, at heading level `level`.
pub(crate) fn html_into(
    out: &mut String,
    prose: &Prose,
    form: &ChoiceForm,
    categories: &[Category],
    level: u8,
) {
    let words = form_prose(prose);
    let ceiling = if form.gpc {
        Consent::all().difference(form.gpc_refuses)
    } else {
        Consent::all()
    };
    let text = |out: &mut String, t: &str| html_into_text(out, t);
    out.push_str("<section class=\"cookie-policy-choice\" id=\"cookie-policy-choice\"");
    if words.lang != prose.lang {
        out.push_str(" lang=\"en\"");
    }
    out.push_str(">\n");
    out.push_str(&format!("<h{level}>"));
    text(out, words.heading);
    out.push_str(&format!("</h{level}>\n<p id=\"cookie-policy-status\">"));
    match form.status {
        ConsentStatus::Given(consent) => {
            let accepted: Vec<Category> = categories
                .iter()
                .copied()
                .filter(|&c| consent.intersection(ceiling).allows(c))
                .collect();
            if accepted.is_empty() {
                text(out, words.refused);
            } else {
                text(
                    out,
                    &words
                        .given
                        .replace("{categories}", &listed(prose, words, &accepted)),
                );
            }
        }
        ConsentStatus::Outdated => text(out, words.outdated),
        _ => text(out, words.missing),
    }
    out.push_str("</p>\n<form method=\"post\" action=\"");
    text(out, &form.action);
    out.push_str("\" id=\"cookie-policy-form\">\n<fieldset>\n<legend>");
    text(out, words.legend);
    out.push_str("</legend>\n<label><input type=\"checkbox\" checked disabled> ");
    text(out, prose.category_name(Category::Necessary));
    out.push_str(" (");
    text(out, words.necessary);
    out.push_str(")</label><br>\n");
    let consent = form.status.consent();
    for &category in categories {
        let name = category.as_str();
        let refused = !ceiling.allows(category);
        out.push_str("<label><input type=\"checkbox\" name=\"");
        out.push_str(name);
        out.push_str("\" id=\"cookie-policy-");
        out.push_str(name);
        out.push_str("-choice\" value=\"on\"");
        if refused {
            out.push_str(" disabled");
        } else if consent.allows(category) {
            out.push_str(" checked");
        }
        out.push_str("> ");
        text(out, prose.category_name(category));
        if refused {
            out.push_str(" (");
            text(out, words.gpc_refused);
            out.push(')');
        }
        out.push_str("</label><br>\n");
    }
    out.push_str("<button type=\"submit\" id=\"cookie-policy-save\">");
    text(out, prose.save);
    out.push_str("</button>\n</fieldset>\n</form>\n");
    let refused_by_gpc: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|&c| c != Category::Necessary && form.gpc_refuses.allows(c))
        .collect();
    if !refused_by_gpc.is_empty() {
        out.push_str("<p id=\"cookie-policy-gpc\">");
        text(
            out,
            &words
                .gpc
                .replace("{categories}", &listed(prose, words, &refused_by_gpc)),
        );
        if form.gpc {
            out.push(' ');
            text(out, words.gpc_active);
        }
        out.push_str("</p>\n");
    }
    out.push_str("</section>\n");
}

fn html_into_text(out: &mut String, text: &str) {
    escape_into(out, text);
}
