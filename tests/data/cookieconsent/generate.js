// Regenerates the fixtures of tests/tests/cookieconsent.rs: runs the real
// vanilla-cookieconsent 3.1.0 banner in jsdom, accepts categories through its
// API and prints the cookies it writes (one `name=value` per line).
//
//   cd "$(mktemp -d)" && npm install jsdom vanilla-cookieconsent@3.1.0
//   node /path/to/tests/data/cookieconsent/generate.js > cookies.txt
const fs = require('fs');
const here = require('module').createRequire(process.cwd() + '/');
const { JSDOM } = here('jsdom');
const src = fs.readFileSync(here.resolve('vanilla-cookieconsent/dist/cookieconsent.umd.js'), 'utf8');
async function run(accept, revision, cookieName) {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://shop.example.org/', runScripts: 'outside-only', pretendToBeVisual: true });
  const w = dom.window;
  w.eval(src);
  const CC = w.CookieConsent;
  const cfg = {
    revision,
    cookie: cookieName ? { name: cookieName } : undefined,
    categories: { necessary: { readOnly: true, enabled: true }, functionality: {}, analytics: {}, ads: {}, social: {} },
    language: { default: 'en', translations: { en: { consentModal: { title: 't', description: 'd', acceptAllBtn: 'a', acceptNecessaryBtn: 'n' }, preferencesModal: { title: 'p', sections: [] } } } },
  };
  await CC.run(cfg);
  CC.acceptCategory(accept);
  return w.document.cookie;
}
(async () => {
  console.log(await run(['analytics', 'ads'], 3));
  console.log(await run('all', undefined));
  console.log(await run([], 0, 'cookies_preferences'));
})();
