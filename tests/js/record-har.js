#!/usr/bin/env node
// Re-records the HAR files of tests/data/har/ with a real Chromium.
//
//   npm ci --prefix tests/js && node tests/js/record-har.js [OUT_DIR]
//
// OUT_DIR defaults to tests/data/har. The script
//   1. builds and starts the shop of tests/examples/har_site.rs
//      (`cargo build -p cookie-policy-tests --features har-site --example
//      har_site`) on a free port of 127.0.0.1, HTTPS with a self-signed
//      certificate it generates for www.shop.test and tracker.test;
//   2. launches Debian's Chromium (/usr/bin/chromium, or $CHROMIUM) through
//      playwright-core, headless, with both host names mapped to that port
//      (--host-resolver-rules) and every other name unresolvable, a fresh
//      profile that allows third-party cookies (as Chrome's default profile
//      does), and DevTools opened for the tab;
//   3. walks one visit through the shop (the steps are printed, and listed
//      in tests/data/har/README.md) while four writers record it:
//        playwright.har          Playwright's recordHar (bodies embedded)
//        devtools.har            the DevTools front end bundled in Chromium,
//                                its "Save all as HAR (with sensitive data)"
//                                code path (HAR.Writer.Writer.write over the
//                                Network panel's requests, sanitize: false)
//        devtools-sanitized.har  the same with sanitize: true, what the
//                                plain "Save all as HAR" writes: no cookies
//        chrome-har.har          the page's Chrome DevTools Protocol events
//                                through the npm chrome-har package (the
//                                writer under puppeteer-har and the EDPS
//                                Website Evidence Collector), serialized as
//                                puppeteer-har does: JSON.stringify(har)
//   4. stops Chromium and the shop, and holds each file against the shop's
//      journal of what it really received and sent (one line per exchange
//      on its stdout). A file must be in its writer's known shape (exact
//      for Playwright and DevTools; see knownShape for chrome-har, whose
//      redirect handling is racy); otherwise the visit is recorded again.
//   5. copies the files to OUT_DIR with session.json: the tool versions,
//      the policy revision the consent cookie was written for, the journal,
//      and where each file differs from it.
//
// Every file is written as its tool wrote it: nothing is edited afterwards.
'use strict';

const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const readline = require('readline');

const { chromium } = require('playwright-core');
const { harFromMessages } = require('chrome-har');
const WebSocket = require('ws');

const REPO = path.resolve(__dirname, '..', '..');
const OUT = path.resolve(process.argv[2] || path.join(REPO, 'tests', 'data', 'har'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SITE = 'www.shop.test';
const THIRD_PARTY = 'tracker.test';

function log(message) {
  process.stderr.write(`record-har: ${message}\n`);
}

function packageVersion(name) {
  const file = path.join(__dirname, 'node_modules', name, 'package.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

// ---- the shop ------------------------------------------------------------------

/// Builds the example and returns the path of its executable, from cargo's
/// own JSON messages (so CARGO_TARGET_DIR is honoured).
function buildSite() {
  log('building the shop (cargo build -p cookie-policy-tests --features har-site --example har_site)');
  const build = spawnSync(
    'cargo',
    ['build', '-p', 'cookie-policy-tests', '--features', 'har-site', '--example', 'har_site',
      '--message-format=json-render-diagnostics'],
    { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 << 20 },
  );
  if (build.status !== 0) {
    throw new Error(`cargo build failed (status ${build.status})`);
  }
  for (const line of build.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const message = JSON.parse(line);
    if (message.reason === 'compiler-artifact' && message.target && message.target.name === 'har_site'
        && message.executable) {
      return message.executable;
    }
  }
  throw new Error('cargo built no har_site executable');
}

/// Starts the shop on a free port; resolves with the child, its port and
/// the policy revision it writes consent cookies for.
function startSite(executable) {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, ['0'], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => reject(new Error('the shop did not start within 30 s')), 30000);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the shop exited with ${code}`)));
    let revision = null;
    const journal = [];
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('exchange ')) {
        journal.push(JSON.parse(line.slice('exchange '.length)));
        return;
      }
      const policy = /^policy revision ([0-9a-f]+)$/.exec(line);
      if (policy) revision = policy[1];
      const match = /^listening on 127\.0\.0\.1:(\d+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]), revision, journal });
      }
    });
  });
}

function stopSite(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    child.kill('SIGINT');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

// ---- the DevTools front end ------------------------------------------------------

function getJson(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (response) => {
      let data = '';
      response.on('data', (chunk) => { data += chunk; });
      response.on('end', () => {
        try { resolve(JSON.parse(data)); } catch (e) { reject(e); }
      });
    }).on('error', reject);
  });
}

async function waitFor(what, check, timeoutMs = 15000) {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/// A CDP connection to the DevTools window Chromium opened for the tab
/// (--auto-open-devtools-for-tabs), to run its own HAR writer.
async function connectDevTools(profile) {
  const portFile = path.join(profile, 'DevToolsActivePort');
  const port = await waitFor('DevToolsActivePort', () =>
    fs.existsSync(portFile) && fs.readFileSync(portFile, 'utf8').split('\n')[0]);
  const target = await waitFor('the DevTools window', async () => {
    const targets = await getJson(`http://127.0.0.1:${port}/json/list`);
    return targets.find((t) => t.url.startsWith('devtools://devtools/bundled/devtools_app.html'));
  });
  const socket = new WebSocket(target.webSocketDebuggerUrl, { perMessageDeflate: false, maxPayload: 1 << 30 });
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
  let nextId = 0;
  const pending = new Map();
  socket.on('message', (data) => {
    const message = JSON.parse(data);
    const callback = message.id && pending.get(message.id);
    if (callback) {
      pending.delete(message.id);
      callback(message);
    }
  });
  async function evaluate(expression) {
    const id = ++nextId;
    const answer = await new Promise((resolve) => {
      pending.set(id, resolve);
      socket.send(JSON.stringify({
        id, method: 'Runtime.evaluate',
        params: { expression, awaitPromise: true, returnByValue: true },
      }));
    });
    if (answer.error) throw new Error(`DevTools: ${answer.error.message}`);
    if (answer.result.exceptionDetails) {
      throw new Error(`DevTools: ${JSON.stringify(answer.result.exceptionDetails).slice(0, 2000)}`);
    }
    return answer.result.result.value;
  }
  // Wait until the front end has started, then open the Network panel and
  // turn "Preserve log" on, as a person recording a visit does.
  await waitFor('the DevTools front end', () => evaluate(`(async () => {
    try {
      const UI = await import('./ui/legacy/legacy.js');
      const Common = await import('./core/common/common.js');
      const Logs = await import('./models/logs/logs.js');
      Logs.NetworkLog.NetworkLog.instance();
      await UI.ViewManager.ViewManager.instance().showView('network');
      Common.Settings.Settings.instance().moduleSetting('network-log.preserve-log').set(true);
      return true;
    } catch {
      return false;
    }
  })()`));
  return {
    version: () => evaluate('navigator.userAgent'),
    // What NetworkLogView.exportAll does for "Save all as HAR": the
    // Network panel's HTTP requests, finished ones, through HAR.Writer.
    exportHar: (sanitize) => evaluate(`(async () => {
      const HAR = await import('./models/har/har.js');
      const Logs = await import('./models/logs/logs.js');
      const Common = await import('./core/common/common.js');
      const Network = await import('./panels/network/network.js');
      const isHttp = Network.NetworkLogView.NetworkLogView.getHTTPRequestsFilter;
      const requests = Logs.NetworkLog.NetworkLog.instance().requests().filter(isHttp)
        .filter((r) => r.finished);
      const chunks = [];
      const stream = { write: async (chunk) => { chunks.push(chunk); }, close: async () => {} };
      await HAR.Writer.Writer.write(stream, requests, { sanitize: ${sanitize ? 'true' : 'false'} },
        new Common.Progress.Progress());
      return chunks.join('');
    })()`),
    close: () => socket.close(),
  };
}

// ---- the visit -----------------------------------------------------------------------

/// Clicks `selector` and waits for the navigation it starts to load.
async function follow(page, selector) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}

async function visit(page) {
  const steps = [
    ['landing page from the newsletter, no consent yet',
      () => page.goto(`https://${SITE}/?utm_source=newsletter`, { waitUntil: 'load' })],
    ['the product page (embeds https://tracker.test/embed)', () => follow(page, '#product')],
    ['add to cart (POST /cart/add, 303 to /cart)', () => follow(page, '#add')],
    ['consent: statistics only (POST /cookies/consent, 303 back to /cart)', async () => {
      await page.check('#statistics');
      await follow(page, '#save');
    }],
    ['the home page, statistics accepted (its script writes _pk_id.1.shop)', () => follow(page, '#home')],
    ['the product page again', () => follow(page, '#product')],
  ];
  for (const [index, [label, run]] of steps.entries()) {
    log(`step ${index + 1}: ${label}`);
    await run();
    await page.waitForLoadState('networkidle');
  }
}

// ---- holding a recording against what the shop really exchanged ----------------

/// Where a recording differs from the shop's journal: requests it lacks or
/// invents, `Set-Cookie` lines a response lost, gained or moved, `Cookie`
/// headers a request lost or gained. Chrome joins the `Set-Cookie` fields of
/// one response with newlines in its protocol's header objects, so a value
/// is split at newlines before comparing.
function discrepancies(har, journal) {
  const problems = [];
  const remaining = journal.slice();
  const values = (headers, name) => headers
    .filter((h) => h.name.toLowerCase() === name)
    .flatMap((h) => h.value.split('\n'));
  for (const entry of har.log.entries) {
    const method = entry.request.method;
    const url = entry.request.url;
    const index = remaining.findIndex((e) => e.method === method && e.url === url);
    if (index < 0) {
      problems.push(`${method} ${url}: never reached the shop`);
      continue;
    }
    const [exchange] = remaining.splice(index, 1);
    const setCookie = values(entry.response.headers, 'set-cookie');
    if (JSON.stringify(setCookie) !== JSON.stringify(exchange.set_cookie)) {
      problems.push(`${method} ${url}: Set-Cookie ${JSON.stringify(setCookie)}, the shop sent ${JSON.stringify(exchange.set_cookie)}`);
    }
    // Over HTTP/2 Chromium sends each cookie as a header field of its own
    // (RFC 9113, 8.2.3), which every HAR writer joins again with "; ".
    const pairs = (fields) => fields.flatMap((v) => v.split(';')).map((p) => p.trim()).filter(Boolean);
    const cookie = values(entry.request.headers, 'cookie');
    if (JSON.stringify(pairs(cookie)) !== JSON.stringify(pairs(exchange.cookie))) {
      problems.push(`${method} ${url}: Cookie ${JSON.stringify(cookie)}, the shop received ${JSON.stringify(exchange.cookie)}`);
    }
  }
  for (const exchange of remaining) {
    problems.push(`${exchange.method} ${exchange.url}: missing from the recording`);
  }
  return problems;
}

/// What each writer is known to record of the shop's journal, the shape a
/// recording is accepted in (see tests/data/har/README.md):
/// - playwright.har and devtools.har: exactly the journal;
/// - devtools-sanitized.har: no Cookie and no Set-Cookie at all;
/// - chrome-har.har: chrome-har keys the protocol's events by request id,
///   which a redirect shares with the request it leads to; where the
///   browser's events arrive in one order, it puts the Set-Cookie of a 303
///   response on the entry of the redirected request, in the other it loses
///   it or moves the Cookie headers. A recording is accepted in the first
///   shape only, so that its expected findings stay the same.
function knownShape(file, journal) {
  if (file === 'devtools-sanitized.har') {
    return journal.map((e) => ({ ...e, cookie: [], set_cookie: [] }));
  }
  if (file === 'chrome-har.har') {
    const moved = journal.map((e) => ({ ...e }));
    for (let i = 0; i + 1 < moved.length; i += 1) {
      if (moved[i].status === 303 && moved[i].set_cookie.length) {
        moved[i + 1].set_cookie = moved[i].set_cookie.concat(moved[i + 1].set_cookie);
        moved[i].set_cookie = [];
      }
    }
    return moved;
  }
  return journal;
}

const FILES = ['playwright.har', 'devtools.har', 'devtools-sanitized.har', 'chrome-har.har'];

/// One visit, recorded into `dir`; returns the session's description.
async function recordOnce(executable, dir) {
  const { child: site, port, revision, journal } = await startSite(executable);
  log(`the shop listens on 127.0.0.1:${port} (policy revision ${revision})`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cookie-policy-har-'));
  let context;
  let devtools;
  try {
    // A fresh profile that allows third-party cookies, as Chrome's default
    // profile does (a Playwright context blocks them).
    fs.mkdirSync(path.join(profile, 'Default'));
    fs.writeFileSync(path.join(profile, 'Default', 'Preferences'),
      JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--ignore-certificate-errors',
        `--host-resolver-rules=MAP ${SITE}:443 127.0.0.1:${port}, MAP ${THIRD_PARTY}:443 127.0.0.1:${port}, MAP * ~NOTFOUND`,
        '--auto-open-devtools-for-tabs', '--remote-debugging-port=0',
      ],
      recordHar: { path: path.join(dir, 'playwright.har'), content: 'embed', mode: 'full' },
    });
    const browserVersion = context.browser() ? context.browser().version() : null;
    const page = context.pages()[0] || await context.newPage();

    // The page's protocol events, for chrome-har: the events puppeteer-har
    // listens to. The cross-site frame's document request is reported on
    // the page's own session.
    const events = [];
    const cdp = await context.newCDPSession(page);
    for (const method of [
      'Page.loadEventFired', 'Page.domContentEventFired', 'Page.frameStartedLoading',
      'Page.frameAttached', 'Page.frameScheduledNavigation', 'Page.frameRequestedNavigation',
      'Page.navigatedWithinDocument',
      'Network.requestWillBeSent', 'Network.requestServedFromCache', 'Network.dataReceived',
      'Network.responseReceived', 'Network.resourceChangedPriority', 'Network.loadingFinished',
      'Network.loadingFailed', 'Network.requestWillBeSentExtraInfo',
      'Network.responseReceivedExtraInfo',
    ]) {
      cdp.on(method, (params) => events.push({ method, params }));
    }
    await cdp.send('Page.enable');
    await cdp.send('Network.enable');

    devtools = await connectDevTools(profile);
    await visit(page);
    // Let the last loadingFinished events arrive everywhere.
    await new Promise((r) => setTimeout(r, 500));

    const cookies = await context.cookies();
    fs.writeFileSync(path.join(dir, 'devtools.har'), await devtools.exportHar(false));
    fs.writeFileSync(path.join(dir, 'devtools-sanitized.har'), await devtools.exportHar(true));
    fs.writeFileSync(path.join(dir, 'chrome-har.har'),
      JSON.stringify(harFromMessages(events, { includeTextFromResponseBody: false })));
    const userAgent = await devtools.version();
    devtools.close();
    devtools = null;
    await context.close(); // Playwright writes playwright.har now
    context = null;

    const session = {
      recorded: new Date().toISOString(),
      chromium: browserVersion,
      user_agent: userAgent,
      'playwright-core': packageVersion('playwright-core'),
      'chrome-har': packageVersion('chrome-har'),
      node: process.version,
      policy_revision: revision,
      // Where each file differs from what the shop really exchanged.
      discrepancies: {},
      // Where it differs from the writer's known shape (empty when accepted).
      unexpected: {},
      browser_cookies_at_the_end: cookies.map((c) => `${c.domain} ${c.name}=${c.value}`).sort(),
      exchanges: journal,
    };
    for (const file of FILES) {
      const har = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      session.discrepancies[file] = discrepancies(har, journal);
      session.unexpected[file] = discrepancies(har, knownShape(file, journal));
    }
    return session;
  } finally {
    if (devtools) devtools.close();
    if (context) await context.close().catch(() => {});
    await stopSite(site);
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

const ATTEMPTS = 12;

async function main() {
  const executable = buildSite();
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cookie-policy-har-out-'));
    try {
      log(`recording, attempt ${attempt} of ${ATTEMPTS}`);
      const session = await recordOnce(executable, dir);
      const unexpected = Object.entries(session.unexpected).filter(([, problems]) => problems.length);
      if (unexpected.length) {
        for (const [file, problems] of unexpected) {
          log(`${file} is not in its known shape:`);
          for (const problem of problems) log(`  ${problem}`);
        }
        continue;
      }
      delete session.unexpected;
      fs.mkdirSync(OUT, { recursive: true });
      for (const file of FILES) {
        fs.copyFileSync(path.join(dir, file), path.join(OUT, file));
      }
      fs.writeFileSync(path.join(OUT, 'session.json'), `${JSON.stringify(session, null, 2)}\n`);
      for (const file of FILES.concat(['session.json'])) {
        const full = path.join(OUT, file);
        let detail = `${fs.statSync(full).size} bytes`;
        if (file.endsWith('.har')) {
          const har = JSON.parse(fs.readFileSync(full, 'utf8'));
          detail += `, ${har.log.entries.length} entries, ${session.discrepancies[file].length} known discrepancies`;
        }
        log(`wrote ${path.relative(process.cwd(), full)} (${detail})`);
      }
      return;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  throw new Error(`no recording in the known shapes after ${ATTEMPTS} attempts`);
}

main().catch((error) => {
  log(`failed: ${error.stack || error}`);
  process.exit(1);
});
