#!/usr/bin/env node
// Runs the vanilla-cookieconsent 3 configuration exported by cookie-policy
// through the real library, in jsdom, and checks what it renders and does.
//
//   node check-banner.js DIR
//
// DIR holds, as written by tests/tests/banner_node.rs:
//   config.json   Policy::to_cookieconsent_config()
//   adapter.js    cookie_policy::render::COOKIECONSENT_ADAPTER_JS
//   script.js     Policy::to_cookieconsent_script()
//   expect.json   what the declaration says, computed from the policy's
//                 cookies (not from the config): the page URL, the declared
//                 languages, the cookie names per category, the consent
//                 cookie, and which cookies a refusal must clear or keep;
//                 and `reconsent`: the page URL and consent cookie of the
//                 edited policies, and the edits, each with the files of
//                 its configurations before and after, and whether the
//                 banner must ask again.
//   reconsent-<n>-{before,after}.json   Policy::to_cookieconsent_config()
//                 of those policies.
//
// Exits with status 0 and prints "N passed, 0 failed" when every check holds.
'use strict';

const fs = require('fs');
const path = require('path');
const { JSDOM, VirtualConsole } = require('jsdom');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node check-banner.js DIR');
  process.exit(2);
}
const read = (file) => fs.readFileSync(path.join(dir, file), 'utf8');
const library = fs.readFileSync(require.resolve('vanilla-cookieconsent'), 'utf8');
const expected = JSON.parse(read('expect.json'));

let passed = 0;
let failed = 0;
function check(condition, message) {
  if (condition) {
    passed += 1;
  } else {
    failed += 1;
    console.error('FAIL: ' + message);
  }
}

// A page at the site's URL with the library loaded; every error the page
// reports (uncaught exceptions, console.error) is collected.
function page(url = expected.url) {
  const errors = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => errors.push(String((e && (e.stack || e.message)) || e)));
  virtualConsole.on('error', (...args) => errors.push(args.map(String).join(' ')));
  const dom = new JSDOM('<!DOCTYPE html><html><head></head><body><main>page</main></body></html>', {
    url,
    runScripts: 'outside-only',
    pretendToBeVisual: true,
    virtualConsole,
  });
  dom.window.eval(library);
  return { window: dom.window, errors };
}

const tick = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function cookieNames(window) {
  return window.document.cookie
    .split(';')
    .map((c) => c.trim().split('=')[0])
    .filter((name) => name !== '');
}

// The preferences modal's section of `category`: the one holding its toggle.
function section(window, category) {
  const toggle = window.document.querySelector(`#cc-main .pm input[value="${category}"]`);
  return toggle ? { toggle, element: toggle.closest('.pm__section--toggle, .pm__section') } : null;
}

function checkTables(window, label) {
  const pm = window.document.querySelector('#cc-main .pm');
  check(pm !== null, `${label}: the preferences modal is rendered`);
  if (!pm) return;
  const toggles = pm.querySelectorAll('input.section__toggle');
  const categories = Object.keys(expected.categories);
  check(
    toggles.length === categories.length,
    `${label}: ${categories.length} category toggles, got ${toggles.length}`,
  );
  for (const category of categories) {
    const found = section(window, category);
    check(found !== null, `${label}: a section for ${category}`);
    if (!found) continue;
    const table = found.element.querySelector('table');
    check(table !== null, `${label}: ${category} has a cookie table`);
    if (!table) continue;
    const cells = Array.from(table.querySelectorAll('tbody td')).map((td) => td.textContent);
    for (const name of expected.categories[category]) {
      check(
        cells.some((cell) => cell.split(', ').includes(name)),
        `${label}: ${category} table lists ${name} (cells: ${JSON.stringify(cells)})`,
      );
    }
    check(
      table.querySelectorAll('thead th').length === expected.columns[category],
      `${label}: ${category} table has ${expected.columns[category]} columns`,
    );
    if (expected.read_only.includes(category)) {
      check(found.toggle.checked && found.toggle.disabled, `${label}: ${category} is on and read-only`);
    } else {
      check(!found.toggle.checked && !found.toggle.disabled, `${label}: ${category} is off until accepted`);
    }
  }
}

async function configAndAdapter() {
  const { window, errors } = page();
  window.eval(read('adapter.js'));
  check(typeof window.cookiePolicyConsentConfig === 'function', 'the adapter defines cookiePolicyConsentConfig');
  const config = window.cookiePolicyConsentConfig(window.JSON.parse(read('config.json')));

  // Patterns became RegExps anchored at the prefix.
  for (const { pattern, sample } of expected.patterns) {
    const items = Object.values(config.categories).flatMap((c) => (c.autoClear ? c.autoClear.cookies : []));
    const item = items.find((i) => i.name instanceof window.RegExp && i.name.test(sample));
    check(item !== undefined, `the adapter turned ${pattern} into a RegExp matching ${sample}`);
    if (item) check(!item.name.test('x' + sample), `${pattern} matches only at the start`);
  }

  await window.CookieConsent.run(config);
  await tick(20);
  check(window.document.querySelector('#cc-main .cm') !== null, 'the consent modal is shown');
  const title = window.document.querySelector('#cc-main .cm__title');
  check(title !== null && title.textContent.trim() !== '', 'the consent modal has a title');

  window.CookieConsent.showPreferences();
  await tick(20);
  checkTables(window, expected.languages[0]);

  // Every declared language has a translation the library accepts.
  for (const lang of expected.languages) {
    const ok = await window.CookieConsent.setLanguage(lang, true);
    check(ok === true || lang === expected.languages[0], `setLanguage(${lang}) is accepted`);
    window.CookieConsent.showPreferences();
    await tick(20);
    checkTables(window, lang);
  }

  // Accept everything, let the trackers set their cookies, then refuse:
  // the cookies that need consent are cleared (patterns included), the
  // others stay, and the choice is stored in the declared consent cookie.
  window.CookieConsent.acceptCategory('all');
  for (const name of [...expected.cleared_on_refusal, ...expected.kept_on_refusal]) {
    window.document.cookie = `${name}=1; path=/`;
  }
  window.CookieConsent.acceptCategory([]);
  await tick(20);
  const names = cookieNames(window);
  for (const name of expected.cleared_on_refusal) {
    check(!names.includes(name), `refusing clears ${name} (cookies: ${names})`);
  }
  for (const name of expected.kept_on_refusal) {
    check(names.includes(name), `refusing keeps ${name} (cookies: ${names})`);
  }
  check(names.includes(expected.consent_cookie), `the choice is stored in ${expected.consent_cookie}`);
  check(window.CookieConsent.validConsent(), 'the consent is valid');

  // Accept statistics only, and hand the stored value to the Rust side,
  // which reads it with the server-side reader.
  window.CookieConsent.acceptCategory(['statistics']);
  const stored = window.document.cookie
    .split('; ')
    .find((c) => c.startsWith(expected.consent_cookie + '='));
  check(stored !== undefined, 'the statistics-only choice is stored');
  if (stored) console.log('consent-cookie: ' + stored);
  check(errors.length === 0, `no error reported: ${errors.join('\n')}`);
}

async function script() {
  const { window, errors } = page();
  window.eval(read('script.js'));
  await tick(50);
  check(window.document.querySelector('#cc-main .cm') !== null, 'the script shows the consent modal');
  window.CookieConsent.showPreferences();
  await tick(20);
  checkTables(window, 'script');
  check(errors.length === 0, `no error reported by the script: ${errors.join('\n')}`);
}

// The banner configured with `file` (through the adapter) on a fresh page
// at `url` that holds the cookie `stored` (`name=value`, if any).
async function banner(url, file, stored) {
  const { window, errors } = page(url);
  if (stored) window.document.cookie = `${stored}; path=/`;
  window.eval(read('adapter.js'));
  await window.CookieConsent.run(window.cookiePolicyConsentConfig(window.JSON.parse(read(file))));
  await tick(20);
  return { window, errors };
}

// Whether the banner asks: the consent modal is shown and the stored
// consent, if any, is not valid.
function asks(window) {
  const shown = window.document.documentElement.classList.contains('show--consent');
  return { shown, valid: window.CookieConsent.validConsent() };
}

// For each edit: a consent stored by the banner of the declaration before
// it, then the banner run with the configuration after it: after a
// cosmetic edit it stays closed and keeps the consent, after a material one
// it asks again.
async function reconsent() {
  const r = expected.reconsent;
  check(r.edits.length > 0, 'reconsent: edits to check');
  for (const [n, edit] of r.edits.entries()) {
    const first = await banner(r.url, edit.before, null);
    check(asks(first.window).shown, `reconsent: ${edit.edit}: the banner asks a new visitor`);
    first.window.CookieConsent.acceptCategory(['statistics']);
    const stored = first.window.document.cookie
      .split('; ')
      .find((c) => c.startsWith(r.consent_cookie + '='));
    check(stored !== undefined, `reconsent: ${edit.edit}: the answer is stored in ${r.consent_cookie}`);
    check(first.errors.length === 0, `reconsent: ${edit.edit}: no error reported: ${first.errors.join('\n')}`);
    if (!stored) continue;
    console.log(`reconsent-cookie ${n}: ${stored}`);
    const { window, errors } = await banner(r.url, edit.after, stored);
    const { shown, valid } = asks(window);
    if (edit.asks_again) {
      check(shown && !valid, `reconsent: ${edit.edit} asks again (shown ${shown}, valid ${valid})`);
    } else {
      check(!shown && valid, `reconsent: ${edit.edit} keeps the consent (shown ${shown}, valid ${valid})`);
      check(
        window.CookieConsent.acceptedCategory('statistics') && !window.CookieConsent.acceptedCategory('marketing'),
        `reconsent: ${edit.edit} keeps the choice itself`,
      );
    }
    check(errors.length === 0, `reconsent: ${edit.edit}: no error reported: ${errors.join('\n')}`);
  }
}

(async () => {
  try {
    await configAndAdapter();
    await script();
    await reconsent();
  } catch (error) {
    failed += 1;
    console.error('FAIL: ' + ((error && error.stack) || error));
  }
  console.log(`banner: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
})();
