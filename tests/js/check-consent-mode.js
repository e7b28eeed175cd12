#!/usr/bin/env node
// Runs the banner script that cookie_policy::axum serves (GET
// /cookies/banner.js) with the real vanilla-cookieconsent 3, in jsdom, after
// Consent Mode's default snippet, clicks through the banner as a visitor
// would, and prints every gtag call and every report to the server, in
// order, as JSON lines for tests/tests/banner_node.rs to check.
//
//   node check-consent-mode.js DIR
//
// DIR holds default.js (cookie_policy::consent_mode::default_script()),
// banner.js (the served script) and page.json: { "url": the page's URL,
// "server_cookie": a Cookie the server set before, or null }.
//
// Prints lines `gtag: [...]`, `report: {...}` and, last, `done`.
'use strict';

const fs = require('fs');
const path = require('path');
const { JSDOM, VirtualConsole } = require('jsdom');

const dir = process.argv[2];
const read = (file) => fs.readFileSync(path.join(dir, file), 'utf8');
const library = fs.readFileSync(require.resolve('vanilla-cookieconsent'), 'utf8');
const page = JSON.parse(read('page.json'));

const errors = [];
const virtualConsole = new VirtualConsole();
virtualConsole.on('jsdomError', (e) => errors.push(String((e && (e.stack || e.message)) || e)));
virtualConsole.on('error', (...args) => errors.push(args.map(String).join(' ')));
const dom = new JSDOM('<!DOCTYPE html><html><head></head><body><main>page</main></body></html>', {
  url: page.url,
  runScripts: 'outside-only',
  pretendToBeVisual: true,
  virtualConsole,
});
const window = dom.window;
if (page.server_cookie) {
  window.document.cookie = page.server_cookie;
}
// The server: every report is printed, in order with the gtag calls.
window.fetch = (url, options) => {
  console.log('report: ' + JSON.stringify({ url: String(url), method: options.method, body: JSON.parse(options.body) }));
  return Promise.resolve({ ok: true, status: 204 });
};
const tick = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const click = (css) => {
  const element = window.document.querySelector(css);
  if (!element) throw new Error('no ' + css);
  element.click();
};

(async () => {
  // As the page's <head> orders them: the default first, then the library
  // and the banner script.
  window.eval(read('default.js'));
  // gtag pushes its arguments to dataLayer: print each call as it is made.
  const push = window.dataLayer.push.bind(window.dataLayer);
  window.dataLayer.push = (args) => {
    console.log('gtag: ' + JSON.stringify(Array.from(args)));
    return push(args);
  };
  for (const args of window.dataLayer) console.log('gtag: ' + JSON.stringify(Array.from(args)));
  window.eval(library);
  window.eval(read('banner.js'));
  await window.cookiePolicyBanner;
  await tick(20);
  // The library marks the page while its consent modal is shown.
  console.log('shown: ' + window.document.documentElement.classList.contains('show--consent'));
  if (!page.server_cookie) {
    // The visitor accepts everything, then withdraws marketing in the
    // preferences dialog, then rejects everything.
    click('#cc-main .cm [data-role="all"]');
    await tick(20);
    window.CookieConsent.showPreferences();
    await tick(20);
    click('#cc-main .pm input.section__toggle[value="marketing"]');
    click('#cc-main .pm [data-role="save"]');
    await tick(20);
    window.CookieConsent.showPreferences();
    await tick(20);
    click('#cc-main .pm [data-role="necessary"]');
    await tick(20);
  }
  if (errors.length > 0) {
    console.error(errors.join('\n'));
    process.exit(1);
  }
  console.log('done');
})().catch((error) => {
  console.error((error && error.stack) || error);
  process.exit(1);
});
