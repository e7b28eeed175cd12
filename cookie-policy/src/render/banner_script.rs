//! The banner script a server serves (`GET /cookies/banner.js` of
//! `cookie_policy::axum`): the vanilla-cookieconsent 3 configuration, wired
//! to report each choice to the server's consent endpoint and to send
//! Consent Mode's update.

use super::banner::{self, COOKIECONSENT_ADAPTER_JS};
use super::escape::json_string_into;
use super::json::Json;
use crate::{consent_mode, Policy};

/// What the script does besides running the banner. `{...}` are filled in
/// by [`script`].
const WIRING_JS: &str = r#"(function () {
  'use strict';
  var config = cookiePolicyConsentConfig(CONFIG);
  // Options of the page's own, set before this script runs.
  var own = window.cookiePolicyBannerOptions || {};
  Object.keys(own).forEach(function (key) { config[key] = own[key]; });
  var endpoint = ENDPOINT;
  var consentMode = MAPPING;
  var cookieName = COOKIE_NAME;
  var revision = REVISION;
  var cookieReadable = READABLE;
  // The categories the server's consent cookie records (`v1.<revision>.<digit>`,
  // 1 preferences, 2 statistics, 4 marketing); null when it records none
  // for this revision; undefined when a script cannot read it (HttpOnly).
  function serverChoice() {
    if (!cookieReadable || cookieName === null) { return undefined; }
    var pairs = document.cookie ? document.cookie.split(';') : [];
    var found = null;
    for (var i = 0; i < pairs.length; i++) {
      var pair = pairs[i].replace(/^\s+/, '');
      var eq = pair.indexOf('=');
      if (eq > 0 && pair.slice(0, eq) === cookieName) {
        var match = /^"?v1\.([0-9a-f]{1,16})\.([0-7])"?$/.exec(pair.slice(eq + 1));
        if (match && match[1] === revision) {
          var digit = Number(match[2]);
          var categories = [];
          if (digit & 1) { categories.push('preferences'); }
          if (digit & 2) { categories.push('statistics'); }
          if (digit & 4) { categories.push('marketing'); }
          found = categories;
        }
      }
    }
    return found;
  }
  function accepted() {
    return CookieConsent.getUserPreferences().acceptedCategories || [];
  }
  // Consent Mode v2: every type granted whose category is accepted.
  function sendUpdate(categories) {
    var update = {};
    Object.keys(consentMode).forEach(function (category) {
      var granted = category === 'necessary' || categories.indexOf(category) >= 0;
      consentMode[category].forEach(function (type) { update[type] = granted ? 'granted' : 'denied'; });
    });
    if (typeof window.gtag === 'function') { window.gtag('consent', 'update', update); }
  }
  var syncing = false;
  // The choice goes to the server, which sets the consent cookie (not
  // capped by the browser as a script's cookie is) and deletes the cookies
  // of refused categories, HttpOnly ones and those of other paths included.
  function report(categories) {
    if (syncing || typeof window.fetch !== 'function') { return; }
    window.fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ accept: categories, source: 'banner' })
    }).catch(function () {});
  }
  var previous = { onConsent: config.onConsent, onFirstConsent: config.onFirstConsent, onChange: config.onChange };
  config.onConsent = function (event) {
    sendUpdate(accepted());
    if (previous.onConsent) { previous.onConsent(event); }
  };
  config.onFirstConsent = function (event) {
    report(accepted());
    if (previous.onFirstConsent) { previous.onFirstConsent(event); }
  };
  config.onChange = function (event) {
    sendUpdate(accepted());
    report(accepted());
    if (previous.onChange) { previous.onChange(event); }
  };
  // The server's cookie is the record: a choice made elsewhere (the policy
  // page's form, another tab) wins over what the banner stored.
  var server = serverChoice();
  if (server === null) {
    try { window.localStorage.removeItem(config.cookie.name); } catch (e) {}
  } else if (server !== undefined) {
    config.autoShow = false;
  }
  var same = function (a, b) {
    var x = a.filter(function (c) { return c !== 'necessary'; }).sort().join(',');
    var y = b.filter(function (c) { return c !== 'necessary'; }).sort().join(',');
    return x === y;
  };
  window.cookiePolicyBanner = CookieConsent.run(config).then(function () {
    if (server && (!CookieConsent.validConsent() || !same(server, accepted()))) {
      syncing = true;
      try { CookieConsent.acceptCategory(server); } finally { syncing = false; }
    }
  });
})();
"#;

/// The script: [`COOKIECONSENT_ADAPTER_JS`], then the banner run with the
/// policy's configuration (its choice kept in `localStorage` under the
/// consent cookie's name: the cookie itself is the server's), each choice
/// posted as JSON to `endpoint` and sent to Consent Mode.
pub(crate) fn script(policy: &Policy, endpoint: &str) -> String {
    let mut config = banner::config(policy);
    let consent_cookie = policy.consent_cookie();
    if let Json::Object(members) = &mut config {
        let name = consent_cookie.map_or("cookie_policy_banner", |c| c.name());
        let storage = Json::Object(vec![
            ("name", Json::str(name)),
            ("useLocalStorage", Json::Bool(true)),
        ]);
        match members.iter_mut().find(|(key, _)| *key == "cookie") {
            Some((_, cookie)) => *cookie = storage,
            None => members.insert(1, ("cookie", storage)),
        }
    }
    let json = |text: &str| {
        let mut out = String::new();
        json_string_into(&mut out, text);
        out
    };
    // The configuration last: its texts are the policy's, and could hold
    // a placeholder's name.
    let wiring = WIRING_JS
        .replacen("ENDPOINT", &json(endpoint), 1)
        .replacen("MAPPING", &consent_mode::mapping_json(), 1)
        .replacen(
            "COOKIE_NAME",
            &consent_cookie.map_or("null".to_string(), |c| json(c.name())),
            1,
        )
        .replacen("REVISION", &json(&format!("{:x}", policy.revision())), 1)
        .replacen(
            "READABLE",
            if consent_cookie.is_some_and(|c| !c.http_only()) {
                "true"
            } else {
                "false"
            },
            1,
        )
        .replacen("CONFIG", &config.to_pretty(), 1);
    let mut out = String::from(COOKIECONSENT_ADAPTER_JS);
    out.push_str(&wiring);
    out
}
