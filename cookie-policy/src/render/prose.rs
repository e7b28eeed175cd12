//! The wording around the tables, in every language the crate ships.
//!
//! The texts are this project's own. Placeholders: `{site}` (the site, as a
//! link where the format has links), `{cookie}` (the consent cookie's name) and
//! `{names}` (a list of cookie names).

use crate::{Category, DeclaredDuration, TimeUnit};

/// The languages whose headers and prose the crate ships, in this order.
///
/// A policy may declare other languages: its pages then use the declaration's
/// own texts for the cookies and English for the rest (see
/// [`Policy::render_markdown_in`](crate::Policy::render_markdown_in)).
///
/// ```
/// assert!(cookie_policy::render::PROSE_LANGUAGES.contains(&"de"));
/// ```
pub const PROSE_LANGUAGES: &[&str] = &["en", "de", "fr", "es", "it"];

/// How the plural of a unit is chosen.
#[derive(Clone, Copy)]
pub(crate) enum Plural {
    /// Singular for exactly 1 (English, German, Spanish, Italian).
    OnlyOne,
    /// Singular for 0 and 1 (French).
    ZeroAndOne,
}

/// Every translated text of the pages and of the banner.
pub(crate) struct Prose {
    pub lang: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub what_heading: &'static str,
    pub what_body: &'static str,
    pub kinds_heading: &'static str,
    pub kinds_intro: &'static str,
    /// Between a category's name and its description in the list (`": "`).
    pub label_separator: &'static str,
    /// Short names, in the order of [`Category::ALL`].
    pub category_names: [&'static str; 4],
    pub category_descriptions: [&'static str; 4],
    pub list_heading: &'static str,
    pub category_headings: [&'static str; 4],
    pub no_cookies: &'static str,
    pub exempt_note: &'static str,
    pub consent_note: &'static str,
    pub anonymized_all_note: &'static str,
    pub anonymized_some_note: &'static str,
    pub choice_heading: &'static str,
    pub choice_body: &'static str,
    pub consent_cookie_note: &'static str,
    /// Provider, function and location, names, purposes, duration, set by.
    pub columns: [&'static str; 6],
    pub session: &'static str,
    /// `(singular, plural)` for minute, hour, day, week, month, year.
    pub units: [(&'static str, &'static str); 6],
    pub plural: Plural,
    pub banner_title: &'static str,
    pub banner_description: &'static str,
    pub accept_all: &'static str,
    pub reject_all: &'static str,
    pub manage: &'static str,
    pub preferences_title: &'static str,
    pub save: &'static str,
    pub close: &'static str,
    pub usage_title: &'static str,
}

impl Prose {
    pub(crate) fn category_name(&self, category: Category) -> &'static str {
        self.category_names[index(category)]
    }

    pub(crate) fn category_description(&self, category: Category) -> &'static str {
        self.category_descriptions[index(category)]
    }

    pub(crate) fn category_heading(&self, category: Category) -> &'static str {
        self.category_headings[index(category)]
    }

    /// `13 months`, `13 Monate`, `13 mois`, `1 an`.
    pub(crate) fn duration(&self, duration: DeclaredDuration) -> String {
        let (singular, plural) = self.units[unit_index(duration.unit)];
        let one = match self.plural {
            Plural::OnlyOne => duration.amount == 1,
            Plural::ZeroAndOne => duration.amount <= 1,
        };
        format!(
            "{} {}",
            duration.amount,
            if one { singular } else { plural }
        )
    }

    /// A cookie's lifetime: its declared duration, or the word for a session.
    pub(crate) fn lifetime(&self, duration: Option<DeclaredDuration>) -> String {
        match duration {
            Some(d) => self.duration(d),
            None => self.session.to_string(),
        }
    }
}

fn index(category: Category) -> usize {
    match category {
        Category::Necessary => 0,
        Category::Preferences => 1,
        Category::Statistics => 2,
        Category::Marketing => 3,
    }
}

fn unit_index(unit: TimeUnit) -> usize {
    match unit {
        TimeUnit::Minute => 0,
        TimeUnit::Hour => 1,
        TimeUnit::Day => 2,
        TimeUnit::Week => 3,
        TimeUnit::Month => 4,
        TimeUnit::Year => 5,
    }
}

/// The prose for `lang`, and whether it is the English fallback.
///
/// `lang` is matched exactly, then by its primary subtag (`de_at` and `de-AT`
/// use German), case-insensitively; anything else falls back to English.
pub(crate) fn for_language(lang: &str) -> (&'static Prose, bool) {
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match ALL.iter().find(|p| p.lang == lang || p.lang == primary) {
        Some(prose) => (prose, false),
        None => (&EN, true),
    }
}

impl DeclaredDuration {
    /// The duration in words in `language` (`"13 months"`, `"13 Monate"`,
    /// `"13 mois"`), singular or plural as the language wants it. Languages
    /// without built-in prose (see [`PROSE_LANGUAGES`]) get English.
    ///
    /// ```
    /// use cookie_policy::{DeclaredDuration, TimeUnit};
    /// let d = DeclaredDuration { amount: 13, unit: TimeUnit::Month };
    /// assert_eq!(d.describe_in("en"), "13 months");
    /// assert_eq!(d.describe_in("de"), "13 Monate");
    /// assert_eq!(d.describe_in("fr"), "13 mois");
    /// let one = DeclaredDuration { amount: 1, unit: TimeUnit::Year };
    /// assert_eq!(one.describe_in("fr"), "1 an");
    /// assert_eq!(one.describe_in("pl"), "1 year");
    /// ```
    pub fn describe_in(&self, language: &str) -> String {
        for_language(language).0.duration(*self)
    }
}

static ALL: [&Prose; 5] = [&EN, &DE, &FR, &ES, &IT];

static EN: Prose = Prose {
    lang: "en",
    title: "Cookie policy of {site}",
    intro: "This page lists the cookies that {site} may store in your browser, what each of them is for, and which ones are set only with your consent. It is generated from the same declaration that the site's software uses to set its cookies.",
    what_heading: "What is a cookie?",
    what_body: "A cookie is a small named piece of text that a website asks your browser to keep. The browser sends it back with every later request to that website until it expires or you delete it. This is how a website recognises you from one page to the next, for example to keep you signed in or to remember your language. Cookies can also be used to measure how a website is used, or to follow you across websites for advertising.",
    kinds_heading: "Kinds of cookies and your consent",
    kinds_intro: "Every cookie listed here belongs to one of four categories. Only necessary cookies and anonymized audience measurement are set without asking you; every other cookie waits until you agree to its category.",
    label_separator: ": ",
    category_names: ["Necessary", "Preferences", "Statistics", "Marketing"],
    category_descriptions: [
        "The site cannot work without them: they keep you signed in, protect forms against forgery or remember your cookie choices. They need no consent, because they only serve to provide the service you asked for.",
        "They remember choices that make the site more comfortable, such as your display settings. They are set only with your consent.",
        "They measure how the site is used. They need your consent, unless the measurement is anonymized: the cookie only serves the site's own visit counts, cannot be traced back to you, is not set by another company and lasts 13 months at most. Such cookies are exempt from consent.",
        "They serve advertising, follow your browsing across websites or come with content embedded from other services, such as videos. They are set only with your consent.",
    ],
    list_heading: "Cookies used on {site}",
    category_headings: ["Necessary cookies", "Preference cookies", "Statistics cookies", "Marketing cookies"],
    no_cookies: "No cookies are declared for this site.",
    exempt_note: "These cookies do not need your consent.",
    consent_note: "These cookies are set only with your consent.",
    anonymized_all_note: "These cookies measure the audience anonymously and do not need your consent.",
    anonymized_some_note: "These cookies are set only with your consent, except the following anonymized ones, which do not need it: {names}.",
    choice_heading: "Changing your choice",
    choice_body: "You can change your choice at any time in the cookie settings of this site, and accept or refuse each category separately. When you withdraw a consent, the cookies concerned are no longer set, and the site deletes those it can. You can also delete or block cookies in your browser's settings; without the necessary cookies, parts of the site may stop working.",
    consent_cookie_note: "Your choices are stored in the cookie {cookie}. When this policy changes, you will be asked again.",
    columns: ["Service provider's name", "Function and location", "Cookie name(s)", "Purposes", "Duration", "Set by"],
    session: "Session",
    units: [("minute", "minutes"), ("hour", "hours"), ("day", "days"), ("week", "weeks"), ("month", "months"), ("year", "years")],
    plural: Plural::OnlyOne,
    banner_title: "We use cookies",
    banner_description: "{site} uses the cookies it needs to work. With your consent, it also uses the other cookies described in the settings. You can change your choice at any time.",
    accept_all: "Accept all",
    reject_all: "Reject all",
    manage: "Manage preferences",
    preferences_title: "Cookie settings",
    save: "Save my choices",
    close: "Close",
    usage_title: "How this site uses cookies",
};

static DE: Prose = Prose {
    lang: "de",
    title: "Cookie-Richtlinie von {site}",
    intro: "Diese Seite führt die Cookies auf, die {site} in Ihrem Browser speichern kann, wofür jedes davon dient und welche nur mit Ihrer Einwilligung gesetzt werden. Sie wird aus derselben Deklaration erzeugt, mit der die Software der Website ihre Cookies setzt.",
    what_heading: "Was ist ein Cookie?",
    what_body: "Ein Cookie ist ein kleines, benanntes Stück Text, das eine Website von Ihrem Browser aufbewahren lässt. Der Browser schickt es bei jeder weiteren Anfrage an diese Website zurück, bis es abläuft oder Sie es löschen. So erkennt eine Website Sie von einer Seite zur nächsten wieder, zum Beispiel um Sie angemeldet zu halten oder sich Ihre Sprache zu merken. Cookies können auch dazu dienen, die Nutzung einer Website zu messen oder Sie für Werbezwecke über mehrere Websites hinweg zu verfolgen.",
    kinds_heading: "Arten von Cookies und Ihre Einwilligung",
    kinds_intro: "Jedes hier aufgeführte Cookie gehört zu einer von vier Kategorien. Nur notwendige Cookies und eine anonymisierte Reichweitenmessung werden gesetzt, ohne Sie zu fragen; alle anderen Cookies warten, bis Sie ihrer Kategorie zustimmen.",
    label_separator: ": ",
    category_names: ["Notwendig", "Präferenzen", "Statistik", "Marketing"],
    category_descriptions: [
        "Ohne sie funktioniert die Website nicht: Sie halten Sie angemeldet, schützen Formulare vor Fälschung oder speichern Ihre Cookie-Auswahl. Sie benötigen keine Einwilligung, weil sie nur dazu dienen, den von Ihnen gewünschten Dienst bereitzustellen.",
        "Sie speichern Einstellungen, die die Nutzung angenehmer machen, etwa Ihre Anzeigeoptionen. Sie werden nur mit Ihrer Einwilligung gesetzt.",
        "Sie messen, wie die Website genutzt wird. Sie benötigen Ihre Einwilligung, es sei denn, die Messung ist anonymisiert: Das Cookie dient nur der eigenen Besuchsstatistik der Website, lässt sich nicht auf Sie zurückführen, wird von keinem anderen Unternehmen gesetzt und gilt höchstens 13 Monate. Solche Cookies sind von der Einwilligung ausgenommen.",
        "Sie dienen der Werbung, verfolgen Ihr Surfverhalten über Websites hinweg oder kommen mit eingebetteten Inhalten anderer Dienste, etwa Videos. Sie werden nur mit Ihrer Einwilligung gesetzt.",
    ],
    list_heading: "Cookies auf {site}",
    category_headings: ["Notwendige Cookies", "Präferenz-Cookies", "Statistik-Cookies", "Marketing-Cookies"],
    no_cookies: "Für diese Website sind keine Cookies deklariert.",
    exempt_note: "Diese Cookies benötigen keine Einwilligung.",
    consent_note: "Diese Cookies werden nur mit Ihrer Einwilligung gesetzt.",
    anonymized_all_note: "Diese Cookies messen die Reichweite anonym und benötigen keine Einwilligung.",
    anonymized_some_note: "Diese Cookies werden nur mit Ihrer Einwilligung gesetzt, mit Ausnahme der folgenden anonymisierten, die keine benötigen: {names}.",
    choice_heading: "Ihre Auswahl ändern",
    choice_body: "Sie können Ihre Auswahl jederzeit in den Cookie-Einstellungen dieser Website ändern und jede Kategorie einzeln annehmen oder ablehnen. Wenn Sie eine Einwilligung widerrufen, werden die betroffenen Cookies nicht mehr gesetzt, und die Website löscht diejenigen, die sie löschen kann. Sie können Cookies auch in den Einstellungen Ihres Browsers löschen oder blockieren; ohne die notwendigen Cookies funktionieren Teile der Website möglicherweise nicht mehr.",
    consent_cookie_note: "Ihre Auswahl wird im Cookie {cookie} gespeichert. Wenn sich diese Richtlinie ändert, werden Sie erneut gefragt.",
    columns: ["Name des Anbieters", "Funktion und Ort", "Cookie-Name(n)", "Zwecke", "Speicherdauer", "Gesetzt von"],
    session: "Sitzung",
    units: [("Minute", "Minuten"), ("Stunde", "Stunden"), ("Tag", "Tage"), ("Woche", "Wochen"), ("Monat", "Monate"), ("Jahr", "Jahre")],
    plural: Plural::OnlyOne,
    banner_title: "Wir verwenden Cookies",
    banner_description: "{site} verwendet die Cookies, die für den Betrieb nötig sind. Mit Ihrer Einwilligung verwendet sie auch die weiteren Cookies, die in den Einstellungen beschrieben sind. Sie können Ihre Auswahl jederzeit ändern.",
    accept_all: "Alle akzeptieren",
    reject_all: "Alle ablehnen",
    manage: "Einstellungen verwalten",
    preferences_title: "Cookie-Einstellungen",
    save: "Auswahl speichern",
    close: "Schließen",
    usage_title: "Wie diese Website Cookies verwendet",
};

static FR: Prose = Prose {
    lang: "fr",
    title: "Politique relative aux cookies de {site}",
    intro: "Cette page recense les cookies que {site} peut enregistrer dans votre navigateur, l'usage de chacun d'eux et ceux qui ne sont déposés qu'avec votre consentement. Elle est produite à partir de la déclaration même que le logiciel du site utilise pour déposer ses cookies.",
    what_heading: "Qu'est-ce qu'un cookie\u{a0}?",
    what_body: "Un cookie est un petit texte nommé qu'un site web demande à votre navigateur de conserver. Le navigateur le renvoie avec chaque requête ultérieure vers ce site, jusqu'à ce qu'il expire ou que vous le supprimiez. C'est ainsi qu'un site vous reconnaît d'une page à l'autre, par exemple pour vous garder connecté ou retenir votre langue. Les cookies peuvent aussi servir à mesurer la fréquentation d'un site, ou à vous suivre d'un site à l'autre à des fins publicitaires.",
    kinds_heading: "Types de cookies et consentement",
    kinds_intro: "Chaque cookie listé ici appartient à l'une de quatre catégories. Seuls les cookies nécessaires et la mesure d'audience anonymisée sont déposés sans vous le demander\u{a0}; tous les autres attendent que vous acceptiez leur catégorie.",
    label_separator: "\u{a0}: ",
    category_names: ["Nécessaires", "Préférences", "Statistiques", "Marketing"],
    category_descriptions: [
        "Le site ne peut pas fonctionner sans eux\u{a0}: ils vous gardent connecté, protègent les formulaires contre la falsification ou retiennent vos choix en matière de cookies. Ils ne nécessitent pas de consentement, car ils servent uniquement à fournir le service que vous avez demandé.",
        "Ils retiennent des choix qui rendent le site plus agréable, comme vos réglages d'affichage. Ils ne sont déposés qu'avec votre consentement.",
        "Ils mesurent l'utilisation du site. Ils nécessitent votre consentement, sauf si la mesure est anonymisée\u{a0}: le cookie sert uniquement aux statistiques de visite propres au site, ne permet pas de remonter jusqu'à vous, n'est pas déposé par une autre entreprise et dure au plus 13 mois. Ces cookies sont exemptés de consentement.",
        "Ils servent à la publicité, suivent votre navigation d'un site à l'autre ou accompagnent des contenus intégrés depuis d'autres services, comme des vidéos. Ils ne sont déposés qu'avec votre consentement.",
    ],
    list_heading: "Cookies utilisés sur {site}",
    category_headings: ["Cookies nécessaires", "Cookies de préférences", "Cookies de statistiques", "Cookies marketing"],
    no_cookies: "Aucun cookie n'est déclaré pour ce site.",
    exempt_note: "Ces cookies ne nécessitent pas votre consentement.",
    consent_note: "Ces cookies ne sont déposés qu'avec votre consentement.",
    anonymized_all_note: "Ces cookies mesurent l'audience de façon anonyme et ne nécessitent pas votre consentement.",
    anonymized_some_note: "Ces cookies ne sont déposés qu'avec votre consentement, à l'exception des cookies anonymisés suivants, qui n'en ont pas besoin\u{a0}: {names}.",
    choice_heading: "Modifier votre choix",
    choice_body: "Vous pouvez modifier votre choix à tout moment dans les paramètres des cookies de ce site, et accepter ou refuser chaque catégorie séparément. Lorsque vous retirez un consentement, les cookies concernés ne sont plus déposés, et le site supprime ceux qu'il peut supprimer. Vous pouvez aussi supprimer ou bloquer les cookies dans les réglages de votre navigateur\u{a0}; sans les cookies nécessaires, certaines parties du site risquent de ne plus fonctionner.",
    consent_cookie_note: "Vos choix sont enregistrés dans le cookie {cookie}. Si cette politique change, nous vous demanderons à nouveau votre avis.",
    columns: ["Nom du prestataire", "Fonction et emplacement", "Nom(s) du cookie", "Finalités", "Durée", "Déposé par"],
    session: "Session",
    units: [("minute", "minutes"), ("heure", "heures"), ("jour", "jours"), ("semaine", "semaines"), ("mois", "mois"), ("an", "ans")],
    plural: Plural::ZeroAndOne,
    banner_title: "Nous utilisons des cookies",
    banner_description: "{site} utilise les cookies nécessaires à son fonctionnement. Avec votre consentement, il utilise aussi les autres cookies décrits dans les paramètres. Vous pouvez modifier votre choix à tout moment.",
    accept_all: "Tout accepter",
    reject_all: "Tout refuser",
    manage: "Gérer mes préférences",
    preferences_title: "Paramètres des cookies",
    save: "Enregistrer mes choix",
    close: "Fermer",
    usage_title: "Comment ce site utilise les cookies",
};

static ES: Prose = Prose {
    lang: "es",
    title: "Política de cookies de {site}",
    intro: "Esta página enumera las cookies que {site} puede guardar en su navegador, para qué sirve cada una y cuáles se instalan solo con su consentimiento. Se genera a partir de la misma declaración que el software del sitio utiliza para instalar sus cookies.",
    what_heading: "¿Qué es una cookie?",
    what_body: "Una cookie es un pequeño texto con nombre que un sitio web pide a su navegador que guarde. El navegador lo devuelve en cada petición posterior a ese sitio hasta que caduca o usted lo borra. Así es como un sitio le reconoce de una página a otra, por ejemplo para mantener su sesión iniciada o recordar su idioma. Las cookies también pueden servir para medir el uso de un sitio o para seguirle de un sitio a otro con fines publicitarios.",
    kinds_heading: "Tipos de cookies y su consentimiento",
    kinds_intro: "Cada cookie de esta lista pertenece a una de cuatro categorías. Solo las cookies necesarias y la medición de audiencia anonimizada se instalan sin preguntarle; todas las demás esperan a que usted acepte su categoría.",
    label_separator: ": ",
    category_names: ["Necesarias", "Preferencias", "Estadísticas", "Marketing"],
    category_descriptions: [
        "El sitio no puede funcionar sin ellas: mantienen su sesión iniciada, protegen los formularios contra falsificaciones o recuerdan su elección sobre las cookies. No requieren consentimiento, porque solo sirven para prestar el servicio que usted ha solicitado.",
        "Recuerdan elecciones que hacen más cómodo el sitio, como sus ajustes de visualización. Solo se instalan con su consentimiento.",
        "Miden cómo se usa el sitio. Requieren su consentimiento, salvo que la medición esté anonimizada: la cookie solo sirve para las estadísticas de visitas del propio sitio, no permite identificarle, no la instala otra empresa y dura como máximo 13 meses. Estas cookies están exentas de consentimiento.",
        "Sirven para la publicidad, siguen su navegación de un sitio a otro o acompañan contenidos incrustados de otros servicios, como vídeos. Solo se instalan con su consentimiento.",
    ],
    list_heading: "Cookies utilizadas en {site}",
    category_headings: ["Cookies necesarias", "Cookies de preferencias", "Cookies estadísticas", "Cookies de marketing"],
    no_cookies: "No hay cookies declaradas para este sitio.",
    exempt_note: "Estas cookies no requieren su consentimiento.",
    consent_note: "Estas cookies solo se instalan con su consentimiento.",
    anonymized_all_note: "Estas cookies miden la audiencia de forma anónima y no requieren su consentimiento.",
    anonymized_some_note: "Estas cookies solo se instalan con su consentimiento, salvo las siguientes cookies anonimizadas, que no lo necesitan: {names}.",
    choice_heading: "Cambiar su elección",
    choice_body: "Puede cambiar su elección en cualquier momento en la configuración de cookies de este sitio y aceptar o rechazar cada categoría por separado. Si retira un consentimiento, las cookies afectadas dejan de instalarse y el sitio borra las que puede borrar. También puede borrar o bloquear las cookies en la configuración de su navegador; sin las cookies necesarias, algunas partes del sitio pueden dejar de funcionar.",
    consent_cookie_note: "Su elección se guarda en la cookie {cookie}. Si esta política cambia, se le volverá a preguntar.",
    columns: ["Nombre del proveedor", "Función y ubicación", "Nombre(s) de la cookie", "Finalidades", "Duración", "Instalada por"],
    session: "Sesión",
    units: [("minuto", "minutos"), ("hora", "horas"), ("día", "días"), ("semana", "semanas"), ("mes", "meses"), ("año", "años")],
    plural: Plural::OnlyOne,
    banner_title: "Usamos cookies",
    banner_description: "{site} utiliza las cookies que necesita para funcionar. Con su consentimiento, utiliza también las demás cookies descritas en la configuración. Puede cambiar su elección en cualquier momento.",
    accept_all: "Aceptar todas",
    reject_all: "Rechazar todas",
    manage: "Gestionar preferencias",
    preferences_title: "Configuración de cookies",
    save: "Guardar mi elección",
    close: "Cerrar",
    usage_title: "Cómo usa las cookies este sitio",
};

static IT: Prose = Prose {
    lang: "it",
    title: "Informativa sui cookie di {site}",
    intro: "Questa pagina elenca i cookie che {site} può memorizzare nel tuo browser, a cosa serve ciascuno e quali vengono impostati solo con il tuo consenso. È generata dalla stessa dichiarazione che il software del sito usa per impostare i suoi cookie.",
    what_heading: "Che cos'è un cookie?",
    what_body: "Un cookie è un piccolo testo con un nome che un sito web chiede al tuo browser di conservare. Il browser lo rimanda a ogni richiesta successiva a quel sito, finché non scade o finché non lo cancelli. È così che un sito ti riconosce da una pagina all'altra, per esempio per mantenere l'accesso o ricordare la tua lingua. I cookie possono servire anche a misurare l'uso di un sito o a seguirti da un sito all'altro a fini pubblicitari.",
    kinds_heading: "Tipi di cookie e consenso",
    kinds_intro: "Ogni cookie elencato qui appartiene a una di quattro categorie. Solo i cookie necessari e la misurazione anonima dell'audience vengono impostati senza chiedertelo; tutti gli altri attendono che tu accetti la loro categoria.",
    label_separator: ": ",
    category_names: ["Necessari", "Preferenze", "Statistiche", "Marketing"],
    category_descriptions: [
        "Il sito non può funzionare senza: mantengono l'accesso, proteggono i moduli dalla contraffazione o ricordano le tue scelte sui cookie. Non richiedono consenso, perché servono solo a fornire il servizio che hai richiesto.",
        "Ricordano scelte che rendono il sito più comodo, come le impostazioni di visualizzazione. Vengono impostati solo con il tuo consenso.",
        "Misurano come viene usato il sito. Richiedono il tuo consenso, a meno che la misurazione non sia anonima: il cookie serve solo alle statistiche di visita del sito stesso, non permette di risalire a te, non è impostato da un'altra azienda e dura al massimo 13 mesi. Questi cookie sono esenti dal consenso.",
        "Servono alla pubblicità, seguono la tua navigazione da un sito all'altro o accompagnano contenuti incorporati da altri servizi, come i video. Vengono impostati solo con il tuo consenso.",
    ],
    list_heading: "Cookie utilizzati su {site}",
    category_headings: ["Cookie necessari", "Cookie di preferenza", "Cookie statistici", "Cookie di marketing"],
    no_cookies: "Nessun cookie è dichiarato per questo sito.",
    exempt_note: "Questi cookie non richiedono il tuo consenso.",
    consent_note: "Questi cookie vengono impostati solo con il tuo consenso.",
    anonymized_all_note: "Questi cookie misurano l'audience in forma anonima e non richiedono il tuo consenso.",
    anonymized_some_note: "Questi cookie vengono impostati solo con il tuo consenso, tranne i seguenti cookie anonimi, che non lo richiedono: {names}.",
    choice_heading: "Modificare la tua scelta",
    choice_body: "Puoi modificare la tua scelta in qualsiasi momento nelle impostazioni dei cookie di questo sito, accettando o rifiutando ogni categoria separatamente. Se revochi un consenso, i cookie interessati non vengono più impostati e il sito cancella quelli che può cancellare. Puoi anche cancellare o bloccare i cookie nelle impostazioni del browser; senza i cookie necessari, alcune parti del sito potrebbero non funzionare più.",
    consent_cookie_note: "Le tue scelte sono memorizzate nel cookie {cookie}. Se questa informativa cambia, ti verrà chiesto di nuovo.",
    columns: ["Nome del fornitore", "Funzione e posizione", "Nome/i del cookie", "Finalità", "Durata", "Impostato da"],
    session: "Sessione",
    units: [("minuto", "minuti"), ("ora", "ore"), ("giorno", "giorni"), ("settimana", "settimane"), ("mese", "mesi"), ("anno", "anni")],
    plural: Plural::OnlyOne,
    banner_title: "Utilizziamo i cookie",
    banner_description: "{site} utilizza i cookie necessari al suo funzionamento. Con il tuo consenso utilizza anche gli altri cookie descritti nelle impostazioni. Puoi modificare la tua scelta in qualsiasi momento.",
    accept_all: "Accetta tutti",
    reject_all: "Rifiuta tutti",
    manage: "Gestisci preferenze",
    preferences_title: "Impostazioni dei cookie",
    save: "Salva le mie scelte",
    close: "Chiudi",
    usage_title: "Come questo sito usa i cookie",
};

#[cfg(test)]
mod tests {
    use super::*;

    fn count(haystack: &str, needle: &str) -> usize {
        haystack.matches(needle).count()
    }

    /// A translation that loses or garbles a placeholder would silently drop
    /// the site, the consent cookie or the exempt names from a page.
    #[test]
    fn every_translation_keeps_its_placeholders() {
        assert_eq!(ALL.len(), PROSE_LANGUAGES.len());
        for (prose, lang) in ALL.iter().zip(PROSE_LANGUAGES) {
            assert_eq!(prose.lang, *lang);
            for (field, text, placeholder) in [
                ("title", prose.title, "{site}"),
                ("intro", prose.intro, "{site}"),
                ("list_heading", prose.list_heading, "{site}"),
                ("banner_description", prose.banner_description, "{site}"),
                ("consent_cookie_note", prose.consent_cookie_note, "{cookie}"),
                (
                    "anonymized_some_note",
                    prose.anonymized_some_note,
                    "{names}",
                ),
            ] {
                assert_eq!(count(text, placeholder), 1, "{lang}.{field}");
                assert_eq!(count(text, "{"), 1, "{lang}.{field} has a stray brace");
            }
        }
    }

    #[test]
    fn the_english_table_header_is_the_seeds_header() {
        assert_eq!(
            &EN.columns[..4],
            &[
                "Service provider's name",
                "Function and location",
                "Cookie name(s)",
                "Purposes"
            ]
        );
    }

    #[test]
    fn translations_differ_from_english() {
        for prose in &ALL[1..] {
            assert_ne!(prose.title, EN.title, "{}", prose.lang);
            assert_ne!(prose.columns, EN.columns, "{}", prose.lang);
            assert_ne!(prose.choice_body, EN.choice_body, "{}", prose.lang);
        }
    }

    #[test]
    fn durations_follow_each_languages_plural() {
        let d = |amount, unit| DeclaredDuration { amount, unit };
        let cases = [
            ("en", d(13, TimeUnit::Month), "13 months"),
            ("en", d(1, TimeUnit::Day), "1 day"),
            ("en", d(0, TimeUnit::Hour), "0 hours"),
            ("de", d(13, TimeUnit::Month), "13 Monate"),
            ("de", d(1, TimeUnit::Week), "1 Woche"),
            ("de", d(14, TimeUnit::Day), "14 Tage"),
            ("fr", d(13, TimeUnit::Month), "13 mois"),
            ("fr", d(1, TimeUnit::Year), "1 an"),
            ("fr", d(2, TimeUnit::Year), "2 ans"),
            ("fr", d(0, TimeUnit::Minute), "0 minute"),
            ("es", d(6, TimeUnit::Month), "6 meses"),
            ("it", d(1, TimeUnit::Hour), "1 ora"),
            ("it", d(30, TimeUnit::Minute), "30 minuti"),
        ];
        for (lang, duration, expected) in cases {
            assert_eq!(duration.describe_in(lang), expected);
        }
    }

    #[test]
    fn languages_match_by_primary_subtag_and_fall_back_to_english() {
        assert_eq!(for_language("de").0.lang, "de");
        assert_eq!(for_language("de_at").0.lang, "de");
        assert_eq!(for_language("FR-CA").0.lang, "fr");
        assert!(!for_language("fr").1);
        let (prose, fallback) = for_language("pl");
        assert_eq!(prose.lang, "en");
        assert!(fallback);
        assert!(for_language("").1);
    }
}
