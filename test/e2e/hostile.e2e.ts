// Never leak a word, never run one: hostile mail content stays text, the page cannot talk to the extension, corrupt
// storage falls back to defaults and is repaired on the next save, and the built bundles hold no HTML sinks, no eval and
// no window message listener (issue #4).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { browsers, hintRules, launch, sidebarSelector, waitForHint, type Harness } from './harness';
import { clickInSidebar, composeIdAt, editorIn, ensureOpen, lintCount, waitForLint } from './coach';
import { EDITOR as EDITORS, gmailFixture, GMAIL_ROOT as ROOT } from './sites';

const ROOT_DIR = path.resolve(import.meta.dirname, '../..');
const EDITOR = EDITORS.gmail;

const IMG = '<img src=x onerror=__pwned=1>';
const LINK = '<a href="javascript:window.__pwned=2">this</a>';
const BIDI = '\u202Esalary\u202C';
const ZERO_WIDTH = 'range\u200B';
const HOSTILE_BODY = [
  `Hi ${IMG},`,
  '',
  `Thank you for meeting me about the patient-intake flow. See ${LINK}.`,
  `What is the ${BIDI} ${ZERO_WIDTH} ${IMG}?`,
  '',
  'Best,',
  'Jordan',
].join('\n');

/** What an attacker's markup would have created, anywhere in a document or shadow root. */
function injected(page: Page, hostSelector?: string) {
  return page.evaluate((host) => {
    const root: ParentNode | null | undefined = host ? document.querySelector(host)?.shadowRoot : document;
    const all = [...(root?.querySelectorAll('*') ?? [])];
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      images: all.filter((el) => el.matches('img[src="x"]')).length,
      // Only meaningful in the sidebar: the fixture page and extension pages have scripts of their own.
      embeds: host ? all.filter((el) => el.matches('script, iframe, object, embed, link')).length : 0,
      javascriptLinks: all.filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? '')).length,
      handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    };
  }, hostSelector);
}

const CLEAN = { pwned: null, images: 0, embeds: 0, javascriptLinks: 0, handlers: 0 };

describe('built bundles', () => {
  const files = ['chrome', 'firefox'].flatMap((dir) =>
    readdirSync(path.join(ROOT_DIR, 'dist', dir))
      .filter((f) => f.endsWith('.js'))
      .map((f) => path.join('dist', dir, f)),
  );

  it.each(files)('%s: no window message listener, no HTML sink, no eval', (file) => {
    const code = readFileSync(path.join(ROOT_DIR, file), 'utf8');
    expect(code).not.toMatch(/addEventListener\(\s*["'`]message["'`]/);
    expect(code).not.toMatch(/\bonmessage\s*=/);
    expect(code).not.toMatch(/\.(?:inner|outer)HTML\s*[+]?=(?!=)/);
    expect(code).not.toMatch(/insertAdjacentHTML|createContextualFragment|document\.write|\.srcdoc\b|parseFromString/);
    expect(code).not.toMatch(/\beval\s*\(|\bnew Function\s*\(|\bFunction\s*\(\s*["'`]|set(?:Timeout|Interval)\s*\(\s*["'`]/);
  });

  it('the sources never render HTML from strings', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const sources = walk(path.join(ROOT_DIR, 'src')).filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !f.includes(`${path.sep}playground${path.sep}`));
    expect(sources.length).toBeGreaterThan(20);
    for (const file of sources) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=(?!=)|insertAdjacentHTML/);
    }
  });
});

for (const name of browsers()) {
  describe(`hostile input (${name})`, () => {
    let h: Harness;
    let page: Page;

    beforeAll(async () => {
      h = await launch(name);
      page = await h.newMailPage('gmail');
      await page.setViewport({ width: 1600, height: 1000 });
      await composeIdAt(page, ROOT, 2);
    });
    afterAll(() => h?.close());

    it('markup, javascript: links, bidi and zero-width characters in the draft, subject, recipient and quoted mail stay plain text', async () => {
      const index = await gmailFixture.openCompose(page, {
        subject: `Thank you ${IMG} - Senior Product Designer`,
        to: [`${IMG}@lumenhealth.com`],
        body: HOSTILE_BODY,
      });
      const id = await composeIdAt(page, ROOT, index);
      // Quoted mail with the same payloads, as Gmail shows a reply's history.
      await page.evaluate(
        (i, payload, root, editorSelector) => {
          const editor = document.querySelectorAll(root)[i].querySelector(editorSelector)!;
          const quote = document.createElement('div');
          quote.className = 'gmail_quote';
          quote.textContent = payload;
          editor.append(quote);
        },
        index,
        `On Mon, ${IMG} wrote: ${LINK} ${BIDI}`,
        ROOT,
        EDITOR,
      );
      await waitForHint(page, id, 'money');
      await ensureOpen(page, id);

      // The flagged sentence is quoted in the sidebar with its characters as they are: text, not markup.
      const words = await page.$eval(
        sidebarSelector(id),
        (host) => host.shadowRoot!.querySelector('[data-hint][data-rule="money"] .fc-hint-words')?.textContent ?? '',
      );
      expect(words).toContain(IMG);
      expect(words).toContain(BIDI);
      expect(words).toContain('\u200B');
      expect(await injected(page, sidebarSelector(id))).toEqual(CLEAN);

      // The skeleton takes the recipient's "name" and the subject: it goes into the draft as text too.
      await page.$eval(editorIn(id, EDITOR), (el) => (el as HTMLElement).focus());
      await clickInSidebar(page, id, 'button[data-action="insert-skeleton"]');
      await page.waitForFunction((sel) => document.querySelector(sel)!.textContent!.includes('[something specific'), { polling: 50 }, editorIn(id, EDITOR));
      expect(await injected(page, sidebarSelector(id))).toEqual(CLEAN);
      expect(await injected(page)).toMatchObject({ pwned: null, images: 0, javascriptLinks: 0 });
      await gmailFixture.closeCompose(page, index);
    });

    it('the page cannot reach the extension: no runtime to message, no extension page to load, window messages ignored', async () => {
      const id = await composeIdAt(page, ROOT, 1);
      await ensureOpen(page, id);
      const reach = await page.evaluate(async (origin) => {
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
        const fetched = await fetch(`${origin}/popup.html`).then(
          () => 'loaded',
          () => 'refused',
        );
        const frame = document.createElement('iframe');
        frame.src = `${origin}/options.html`;
        document.body.append(frame);
        await new Promise((r) => setTimeout(r, 1_000));
        return { sendMessage: typeof runtime?.sendMessage, fetched };
      }, h.origin);
      expect(reach).toEqual({ sendMessage: 'undefined', fetched: 'refused' });
      // Chromium rewrites a page's request for a non-web-accessible extension file to chrome-extension://invalid/,
      // which the harness then sees and blocks: the only requests these attempts may have left.
      const attempts = h.networkLog.splice(0);
      expect(attempts.every((entry) => entry.url === 'chrome-extension://invalid/')).toBe(true);
      // The frame is cross-origin to the page, so look into it from outside: the options page must not have rendered.
      const framed = page.frames().find((f) => f.url().startsWith(h.origin));
      expect(framed ? await framed.$('main') : null).toBeNull();
      await page.evaluate(() => document.querySelector('body > iframe')?.remove());

      // Messages the content script would obey from its own extension, posted by the page: nothing happens.
      const rules = await hintRules(page, id);
      const count = await lintCount(page, id);
      await page.evaluate(() => {
        for (const message of [{ type: 'toggle-sidebar' }, { type: 'pause-draft', paused: true }]) {
          window.postMessage(message, '*');
          document.dispatchEvent(new CustomEvent('message', { detail: message }));
        }
      });
      await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
      expect(await page.$eval(sidebarSelector(id), (host) => !!host.shadowRoot!.querySelector('[data-score]'))).toBe(true);
      expect(await hintRules(page, id)).toEqual(rules);
      expect(await lintCount(page, id)).toBeGreaterThanOrEqual(count);
      expect(h.networkLog).toEqual([]);
    });

    it('hostile text saved in storage (an interview memo) shows as text on the options page', async () => {
      await h.setStorage({
        [`memo:${IMG}@lumenhealth.com`]: { interviewAt: '', notes: `${IMG} ${LINK} ${BIDI}`, savedAt: new Date().toISOString() },
      });
      const options = await h.openExtensionPage('options.html');
      await options.waitForSelector('main:not([aria-busy])');
      await options.waitForFunction((img) => document.body.textContent!.includes(img), { polling: 50, timeout: 5_000 }, IMG);
      expect(await injected(options)).toEqual(CLEAN);
      await options.close();
      await h.clearStorage();
    });

    it('corrupt or foreign storage falls back to defaults everywhere, and the next save repairs it', async () => {
      const huge = 'x'.repeat(3_000_000);
      await h.setStorage({
        settings: {
          rules: { tone: 'yes', money: false, spelling: true, pushy: null },
          paused: 'no',
          windowHours: 'soon',
          userName: huge,
          theme: { nested: [1, 2, 3] },
        },
        'legacy-blob': huge,
      });

      // The popup shows the defaults for every bad field and keeps the one valid value (money off).
      const popup = await h.openExtensionPage('popup.html');
      await popup.waitForSelector('main:not([aria-busy])');
      const checked = await popup.$$eval('input[type=checkbox][name^="rule:"]', (els) =>
        Object.fromEntries(els.map((el) => [(el as HTMLInputElement).name.slice(5), (el as HTMLInputElement).checked])),
      );
      expect(checked).toEqual({ timing: true, specificity: true, gratitude: true, tone: true, pushy: true, money: false, generic: true, subject: true, length: true, 'send-time': true });
      expect(await popup.$eval('input[name="paused"]', (el) => (el as HTMLInputElement).checked)).toBe(false);
      // ... and says so, once.
      await popup.waitForSelector('[data-notice="settings-repaired"][role="status"]');

      // The content script coaches with the same fallback settings.
      const mail = await h.newMailPage('gmail');
      const id = await composeIdAt(mail, ROOT, 1);
      await mail.evaluate((sel) => {
        const editor = document.querySelector(sel) as HTMLElement;
        editor.focus();
        getSelection()!.selectAllChildren(editor.querySelector('div')!);
        getSelection()!.collapseToEnd();
        document.execCommand('insertText', false, ' Could you reply ASAP? What is the salary range?');
      }, editorIn(id, EDITOR));
      await waitForLint(mail, id, 0);
      await waitForHint(mail, id, 'pushy');
      expect(await hintRules(mail, id)).not.toContain('money');
      await mail.close();

      // One change in the popup rewrites the whole stored object in its valid shape.
      await popup.bringToFront();
      await popup.click('input[name="rule:pushy"]');
      let stored: Record<string, unknown> = {};
      for (let i = 0; i < 50; i++) {
        stored = (await h.storage()).settings as Record<string, unknown>;
        if ((stored.rules as Record<string, unknown>).pushy === false) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      // The save repaired the settings: the notice is gone.
      await popup.waitForFunction(() => !document.querySelector('[data-notice="settings-repaired"]'), { polling: 100, timeout: 5_000 });
      expect(stored).toEqual({
        rules: { timing: true, specificity: true, gratitude: true, tone: true, pushy: false, money: false, generic: true, subject: true, length: true, 'send-time': true },
        paused: false,
        windowHours: 48,
        userName: '',
      });
      await popup.close();
      await h.clearStorage();
      expect(h.networkLog).toEqual([]);
    });
  });
}
