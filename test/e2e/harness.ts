// Drives the built extension (dist/chrome, dist/firefox) in real Chromium and Firefox with puppeteer-core.
// Mail pages are fixtures served by request interception; every other request is aborted and logged (networkLog).
//
//   import { browsers, launch } from './harness';
//   for (const name of browsers()) describe(name, () => {
//     let h: Harness;
//     beforeAll(async () => { h = await launch(name); });
//     afterAll(() => h?.close());
//     it('...', async () => { const page = await h.newMailPage('gmail'); ... });
//   });
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page, type Target } from 'puppeteer-core';
import { fixturePage as fixturePageHtml } from '../fixtures/sites/pages';

export type BrowserName = 'chromium' | 'firefox';
export type Site = 'gmail' | 'outlook';

export const ALL_BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** Where newMailPage navigates for each site (the content script matches these origins). */
export const SITE_URLS: Record<Site, string> = {
  gmail: 'https://mail.google.com/mail/u/0/',
  outlook: 'https://outlook.office.com/mail/',
};

/** The origins the manifest's content script matches; /__fixture__/ paths are served on any of them. */
export const MAIL_ORIGINS = [
  'https://mail.google.com',
  'https://outlook.live.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.cloud.microsoft',
] as const;

export const GECKO_ID = 'follow-up-coach@example.org';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES_DIR = path.join(ROOT, 'test/fixtures');
const ARTIFACTS_DIR = path.join(ROOT, 'test/e2e/artifacts');
const ROOSTERJS = path.join(ROOT, 'node_modules/roosterjs/dist/rooster-min.js');

/** A request the harness refused: anything that is not a fixture or the extension's own files. */
export interface NetworkEntry {
  url: string;
  method: string;
  resourceType: string;
  /** The URL of the page (or 'background') that made it. */
  from: string;
}

export interface Harness {
  name: BrowserName;
  browser: Browser;
  /** Chrome's extension id, or the gecko id in Firefox. */
  extensionId: string;
  /** chrome-extension://<id> or moz-extension://<uuid>, no trailing slash. */
  origin: string;
  popupUrl: string;
  optionsUrl: string;
  /** Every request that was aborted because it would have left the machine. The privacy test expects it empty. */
  networkLog: NetworkEntry[];
  /** Milliseconds from starting the browser to the extension being installed. */
  launchMs: number;
  /** A new tab showing the fixture page <fixture ?? site> (test/fixtures/sites/pages.ts) at the site's real URL, with the content script. */
  newMailPage(site: Site, fixture?: string): Promise<Page>;
  /** A new tab showing one of the extension's pages ('popup.html', 'options.html'), with the network guarded. */
  openExtensionPage(file: string): Promise<Page>;
  /** Loads the extension page shown in this tab again (page.reload() hangs on extension pages in Firefox). */
  reloadExtensionPage(page: Page): Promise<void>;
  /** All of storage.local, read through an extension page. */
  storage(): Promise<Record<string, unknown>>;
  /** storage.local.set(items) through an extension page (open content scripts see storage.onChanged). */
  setStorage(items: Record<string, unknown>): Promise<void>;
  /** storage.local.clear() through an extension page. */
  clearStorage(): Promise<void>;
  /** Saves a PNG to test/e2e/artifacts/<browser>-<name>.png and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** The browsers to test: E2E_BROWSERS (comma separated, set by run.mjs --browser), else both. */
export function browsers(): BrowserName[] {
  const wanted = (process.env.E2E_BROWSERS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (wanted.length === 0) return [...ALL_BROWSERS];
  for (const name of wanted) {
    if (!ALL_BROWSERS.includes(name as BrowserName)) throw new Error(`E2E_BROWSERS: unknown browser "${name}"`);
  }
  return wanted as BrowserName[];
}

function executablePath(name: BrowserName): string {
  const candidates =
    name === 'chromium'
      ? [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
      : [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error(`No ${name} found: run test/e2e/run.mjs, or set ${name === 'chromium' ? 'CHROME_PATH' : 'FIREFOX_PATH'}`);
  return found;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a /__fixture__/ path serves, or null when it would escape test/fixtures. */
function fixtureFile(pathname: string): string | null {
  const rest = decodeURIComponent(pathname.slice('/__fixture__/'.length));
  if (rest === 'roosterjs.js') return ROOSTERJS;
  const file = path.resolve(FIXTURES_DIR, rest);
  return file.startsWith(FIXTURES_DIR + path.sep) ? file : null;
}

function isMailOrigin(origin: string): boolean {
  return (MAIL_ORIGINS as readonly string[]).includes(origin);
}

/** Firefox over WebDriver BiDi has no resource types (puppeteer throws UnsupportedOperation). */
function resourceTypeOf(request: HTTPRequest): string {
  try {
    return request.resourceType();
  } catch {
    return request.isNavigationRequest() ? 'document' : 'unknown';
  }
}

/** A fixture page's HTML by name: a page of test/fixtures/sites, or one generated from it (see pages.ts). */
export async function fixturePage(fixture: string): Promise<string> {
  return fixturePageHtml(fixture);
}

async function respondWithFile(request: HTTPRequest, file: string): Promise<void> {
  const body = await readFile(file);
  await request.respond({
    status: 200,
    headers: { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' },
    body,
  });
}

/**
 * Guards one page: serves the fixture for the page's own navigation and /__fixture__/ files, lets the extension load its
 * own files, and aborts (and logs) everything else.
 */
async function guardNetwork(page: Page, networkLog: NetworkEntry[], extensionOrigin: string, documents: Map<string, string>) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    void handleRequest(page, request, networkLog, extensionOrigin, documents).catch((error: unknown) => {
      // A request can be cancelled by the page (navigation, close) while being handled; that is not a test failure.
      if (!/not found|closed|Invalid state|No resource|already handled/i.test(String(error))) throw error;
    });
  });
}

async function handleRequest(
  page: Page,
  request: HTTPRequest,
  networkLog: NetworkEntry[],
  extensionOrigin: string,
  documents: Map<string, string>,
): Promise<void> {
  const url = request.url();
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith(extensionOrigin + '/')) {
    return request.continue();
  }
  const parsed = new URL(url);
  const document = documents.get(url);
  if (document !== undefined && request.isNavigationRequest()) {
    return request.respond({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: document });
  }
  // The browser itself (not the page, not the extension) asks every site for its icon.
  if (isMailOrigin(parsed.origin) && parsed.pathname === '/favicon.ico') {
    return request.respond({ status: 404, headers: { 'content-type': 'text/plain' }, body: '' });
  }
  if (isMailOrigin(parsed.origin) && parsed.pathname.startsWith('/__fixture__/')) {
    const file = fixtureFile(parsed.pathname);
    if (file && existsSync(file)) return respondWithFile(request, file);
  }
  networkLog.push({ url, method: request.method(), resourceType: resourceTypeOf(request), from: page.url() });
  return request.abort('blockedbyclient');
}

/** In Chromium, also log any request the background service worker makes (it should make none). */
function watchServiceWorker(browser: Browser, extensionOrigin: string, networkLog: NetworkEntry[]) {
  const attach = async (target: Target) => {
    if (target.type() !== 'service_worker' || !target.url().startsWith(extensionOrigin + '/')) return;
    const session = await target.createCDPSession();
    session.on('Network.requestWillBeSent', (event) => {
      if (event.request.url.startsWith(extensionOrigin + '/')) return;
      networkLog.push({ url: event.request.url, method: event.request.method, resourceType: event.type ?? 'Other', from: 'background' });
    });
    await session.send('Network.enable');
  };
  browser.on('targetcreated', (target) => void attach(target).catch(() => undefined));
  for (const target of browser.targets()) void attach(target).catch(() => undefined);
}

async function launchChromium(
  withExtension = true,
): Promise<{ browser: Browser; extensionId: string; origin: string; cleanup: () => Promise<void> }> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'fuc-chromium-'));
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: executablePath('chromium'),
    headless: true,
    pipe: true,
    // Puppeteer's `enableExtensions: [paths]` does not wait for the install; installExtension below does and gives the id.
    enableExtensions: true,
    userDataDir,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--metrics-recording-only',
      '--no-pings',
    ],
  });
  const extensionId = withExtension ? await browser.installExtension(path.join(ROOT, 'dist/chrome')) : '';
  return {
    browser,
    extensionId,
    origin: `chrome-extension://${extensionId}`,
    cleanup: () => rm(userDataDir, { recursive: true, force: true }),
  };
}

async function launchFirefox(
  withExtension = true,
): Promise<{ browser: Browser; extensionId: string; origin: string; cleanup: () => Promise<void> }> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: executablePath('firefox'),
    headless: true,
    // Without it WebDriver BiDi refuses to navigate to moz-extension:// pages ("not allowed in this context").
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // MV3 host permissions are granted at install, as for a user who accepts the install prompt.
      'extensions.originControls.grantByDefault': true,
      // A fixed moz-extension://<uuid>/ so tests can open the popup and options pages.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Keep the browser from phoning home while we count requests.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'browser.safebrowsing.downloads.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  if (!withExtension) return { browser, extensionId: '', origin: `moz-extension://${uuid}`, cleanup: async () => undefined };
  const extensionId = await browser.installExtension(path.join(ROOT, 'dist/firefox'));
  if (extensionId !== GECKO_ID) throw new Error(`Firefox installed ${extensionId}, expected ${GECKO_ID}`);
  return { browser, extensionId, origin: `moz-extension://${uuid}`, cleanup: async () => undefined };
}

export interface LaunchOptions {
  /**
   * false: the same browser and fixtures with no extension installed, to compare what the pages do without it
   * (extension pages and storage are then unavailable).
   */
  extension?: boolean;
}

/** Starts a fresh browser with the built extension installed. One per spec file: launching costs seconds. */
export async function launch(name: BrowserName, { extension = true }: LaunchOptions = {}): Promise<Harness> {
  const distDir = path.join(ROOT, name === 'chromium' ? 'dist/chrome' : 'dist/firefox');
  if (!existsSync(path.join(distDir, 'manifest.json'))) throw new Error(`${distDir} is missing: run node build.mjs first`);

  const started = performance.now();
  const { browser, extensionId, origin, cleanup } = name === 'chromium' ? await launchChromium(extension) : await launchFirefox(extension);
  const launchMs = Math.round(performance.now() - started);

  const networkLog: NetworkEntry[] = [];
  if (name === 'chromium' && extension) watchServiceWorker(browser, origin, networkLog);

  // documents: URL → the HTML served for a navigation to it.
  const newGuardedPage = async (documents: Map<string, string>) => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    // A new tab is not always the selected one (Firefox), and background tabs get no animation frames.
    await page.bringToFront();
    await guardNetwork(page, networkLog, origin, documents);
    return page;
  };

  const gotoExtensionPage = async (page: Page, file: string) => {
    const url = `${origin}/${file}`;
    if (name === 'chromium') {
      await page.goto(url, { waitUntil: 'load' });
      return;
    }
    // Firefox reports no navigation events for moz-extension:// documents over BiDi, so goto's 'load' never comes and
    // page.url() stays about:blank. 'networkidle0' returns once nothing is loading; then wait for the document itself.
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { polling: 50 }, url);
  };

  const openExtensionPage = async (file: string) => {
    const page = await newGuardedPage(new Map());
    await gotoExtensionPage(page, file);
    return page;
  };

  // One extension page kept open for storage access (`chrome.*` returns promises in MV3, Firefox too). It is opened
  // now, before any test page, so that it never becomes the active tab behind a test's back.
  let controlPage = extension ? await openExtensionPage('popup.html') : null;
  const inExtensionPage = async <T>(fn: (page: Page) => Promise<T>): Promise<T> => {
    if (!extension) throw new Error('This browser was launched without the extension');
    if (!controlPage || controlPage.isClosed()) controlPage = await openExtensionPage('popup.html');
    return fn(controlPage);
  };

  const harness: Harness = {
    name,
    browser,
    extensionId,
    origin,
    popupUrl: `${origin}/popup.html`,
    optionsUrl: `${origin}/options.html`,
    networkLog,
    launchMs,

    async newMailPage(site, fixture = site) {
      const url = SITE_URLS[site];
      const page = await newGuardedPage(new Map([[url, await fixturePage(fixture)]]));
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },

    openExtensionPage,

    async reloadExtensionPage(page) {
      const file = await page.evaluate(() => location.pathname.slice(1));
      await gotoExtensionPage(page, file);
    },

    storage: () => inExtensionPage((page) => page.evaluate(() => chrome.storage.local.get(null))),

    setStorage: (items) =>
      inExtensionPage((page) => page.evaluate((i) => chrome.storage.local.set(i), items)),

    clearStorage: () => inExtensionPage((page) => page.evaluate(() => chrome.storage.local.clear())),

    async screenshot(page, label) {
      await mkdir(ARTIFACTS_DIR, { recursive: true });
      const file = path.join(ARTIFACTS_DIR, `${name}-${label.replace(/[^\w.-]+/g, '_')}.png`);
      await page.screenshot({ path: file as `${string}.png` });
      return file;
    },

    async close() {
      await browser.close().catch(() => undefined);
      await cleanup();
    },
  };
  return harness;
}

// ---- Finding things in the sidebar's open shadow root ----

/** The sidebar host selector for one compose window (CONTRACT.md section 4). */
export function sidebarSelector(composeId?: string): string {
  return composeId === undefined ? 'followup-coach-sidebar' : `followup-coach-sidebar[data-compose-id="${escapeAttributeValue(composeId)}"]`;
}

function escapeAttributeValue(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

/** The first element matching innerSelector inside the open shadow root of the first hostSelector match, or null. */
export async function queryShadow(page: Page, hostSelector: string, innerSelector: string): Promise<ElementHandle<Element> | null> {
  const handle = await page.evaluateHandle(
    (host, inner) => document.querySelector(host)?.shadowRoot?.querySelector(inner) ?? null,
    hostSelector,
    innerSelector,
  );
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) await handle.dispose();
  return element;
}

/** Every element matching innerSelector inside the open shadow root of the first hostSelector match. */
export async function queryShadowAll(page: Page, hostSelector: string, innerSelector: string): Promise<ElementHandle<Element>[]> {
  const count = await page.evaluate(
    (host, inner) => document.querySelector(host)?.shadowRoot?.querySelectorAll(inner).length ?? 0,
    hostSelector,
    innerSelector,
  );
  const handles: ElementHandle<Element>[] = [];
  for (let i = 0; i < count; i++) {
    const handle = await page.evaluateHandle(
      (host, inner, index) => document.querySelector(host)?.shadowRoot?.querySelectorAll(inner)[index] ?? null,
      hostSelector,
      innerSelector,
      i,
    );
    const element = handle.asElement() as ElementHandle<Element> | null;
    if (element) handles.push(element);
  }
  return handles;
}

/** Waits until innerSelector matches inside hostSelector's shadow root; returns that element. */
export async function waitForShadow(
  page: Page,
  hostSelector: string,
  innerSelector: string,
  { timeout = 10_000 }: { timeout?: number } = {},
): Promise<ElementHandle<Element>> {
  await page.waitForFunction(
    (host, inner) => !!document.querySelector(host)?.shadowRoot?.querySelector(inner),
    { timeout, polling: 50 },
    hostSelector,
    innerSelector,
  );
  const element = await queryShadow(page, hostSelector, innerSelector);
  if (!element) throw new Error(`${hostSelector} >>> ${innerSelector} vanished`);
  return element;
}

/** Waits until innerSelector no longer matches inside hostSelector's shadow root (or the host is gone). */
export async function waitForShadowGone(
  page: Page,
  hostSelector: string,
  innerSelector: string,
  { timeout = 10_000 }: { timeout?: number } = {},
): Promise<void> {
  await page.waitForFunction(
    (host, inner) => !document.querySelector(host)?.shadowRoot?.querySelector(inner),
    { timeout, polling: 50 },
    hostSelector,
    innerSelector,
  );
}

/** Waits for a hint of this rule in the sidebar of this compose window; returns the hint element. */
export function waitForHint(page: Page, composeId: string, rule: string, options?: { timeout?: number }) {
  return waitForShadow(page, sidebarSelector(composeId), `[data-hint][data-rule="${rule}"]`, options);
}

/** Waits until this compose window's sidebar shows no hint of this rule. */
export function waitForNoHint(page: Page, composeId: string, rule: string, options?: { timeout?: number }) {
  return waitForShadowGone(page, sidebarSelector(composeId), `[data-hint][data-rule="${rule}"]`, options);
}

/** The rule ids of the hints this compose window's sidebar shows now, in order. */
export function hintRules(page: Page, composeId: string): Promise<string[]> {
  return page.evaluate(
    (host) => [...(document.querySelector(host)?.shadowRoot?.querySelectorAll('[data-hint]') ?? [])].map((el) => el.getAttribute('data-rule') ?? ''),
    sidebarSelector(composeId),
  );
}

/** The compose ids of every sidebar on the page. */
export function composeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('followup-coach-sidebar')].map((el) => el.getAttribute('data-compose-id') ?? ''),
  );
}

// ---- Typing into an editor ----

/** Focuses the editor and puts the caret at the start or the end of its content (end: after any quoted history). */
export async function placeCaret(page: Page, editorSelector: string, at: 'start' | 'end'): Promise<void> {
  await page.$eval(
    editorSelector,
    (editor, toStart) => {
      (editor as HTMLElement).focus();
      const selection = window.getSelection()!;
      const range = document.createRange();
      range.selectNodeContents(editor);
      range.collapse(toStart);
      selection.removeAllRanges();
      selection.addRange(range);
    },
    at === 'start',
  );
}

/** Focuses the editor and puts the caret at the end of its content. */
export function placeCaretAtEnd(page: Page, editorSelector: string): Promise<void> {
  return placeCaret(page, editorSelector, 'end');
}

/**
 * Types text into the editor like a person would (real key events), at its start or end (default). Newlines press Enter.
 * The default 15 ms between keys matters in Firefox over WebDriver BiDi, which drops keys when typed faster
 * (src/sites/README.md, "Typing in tests").
 */
export async function typeInEditor(
  page: Page,
  editorSelector: string,
  text: string,
  { delay = 15, at = 'end' }: { delay?: number; at?: 'start' | 'end' } = {},
) {
  await placeCaret(page, editorSelector, at);
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter', { delay });
    if (line) await page.keyboard.type(line, { delay });
  }
}

/** Selects all of the editor's content and deletes it. */
export async function clearEditor(page: Page, editorSelector: string): Promise<void> {
  await page.$eval(editorSelector, (editor) => {
    (editor as HTMLElement).focus();
    const selection = window.getSelection()!;
    const range = document.createRange();
    range.selectNodeContents(editor);
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await page.keyboard.press('Backspace');
}

/** Ctrl+Z in the focused editor. */
export async function pressUndo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

/** The editor's innerText (what a person sees; don't use it for offsets). */
export function editorText(page: Page, editorSelector: string): Promise<string> {
  return page.$eval(editorSelector, (editor) => (editor as HTMLElement).innerText);
}
