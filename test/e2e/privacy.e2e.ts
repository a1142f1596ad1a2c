// Nothing leaves the device: with the extension coaching drafts in both fixture pages, and its popup and options open,
// no request goes anywhere but the intercepted fixtures and the extension's own files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { browsers, launch, typeInEditor, type Harness, type Site } from './harness';
import { EDITOR } from './sites';

const EDITORS: Record<Site, string> = EDITOR;

/** Waits until the content script has drawn at least one hint in some sidebar: it ran the whole way, lint included. */
function waitForAnyHint(page: Page) {
  return page.waitForFunction(
    () => [...document.querySelectorAll('followup-coach-sidebar')].some((host) => host.shadowRoot?.querySelector('[data-hint]')),
    { polling: 100, timeout: 15_000 },
  );
}

for (const name of browsers()) {
  describe(`${name}: privacy`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(() => h?.close());

    for (const site of ['gmail', 'outlook'] as const) {
      it(`coaching a draft in the ${site} fixture makes no outside request`, async () => {
        const page = await h.newMailPage(site);
        await page.waitForSelector('followup-coach-sidebar', { timeout: 15_000 });
        // At the start: the end of a reply is quoted history, which is not linted.
        await typeInEditor(page, EDITORS[site], 'Could you decide ASAP? I also want to discuss my salary. ', { at: 'start' });
        await waitForAnyHint(page);
        await h.screenshot(page, `privacy-${site}`);
        await page.close();
        expect(h.networkLog).toEqual([]);
      });
    }

    it('the popup and options pages make no outside request', async () => {
      for (const file of ['popup.html', 'options.html']) {
        const page = await h.openExtensionPage(file);
        await page.waitForSelector('main:not([aria-busy])');
        await page.close();
      }
      expect(h.networkLog).toEqual([]);
    });

    // The assertions above only mean something if the harness sees requests: provoke some and expect them logged.
    it('the harness does log and block requests from mail pages and extension pages', async () => {
      const page = await h.newMailPage('gmail');
      const fromPage = await page.evaluate(() =>
        fetch('https://tracker.example/collect?draft=1').then(() => 'reached', () => 'blocked'),
      );
      const popup = await h.openExtensionPage('popup.html');
      const fromPopup = await popup.evaluate(() => fetch('https://tracker.example/popup').then(() => 'reached', () => 'blocked'));
      expect([fromPage, fromPopup]).toEqual(['blocked', 'blocked']);
      expect(h.networkLog.map((entry) => entry.url)).toEqual(['https://tracker.example/collect?draft=1', 'https://tracker.example/popup']);
      h.networkLog.length = 0;
      await page.close();
      await popup.close();
    });

    if (name === 'chromium') {
      it('the harness also sees requests from the background service worker', async () => {
        const target = await h.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(h.origin));
        const worker = await target.worker();
        await worker!.evaluate(() => fetch('https://tracker.example/background').catch(() => undefined));
        await expect.poll(() => h.networkLog.map((entry) => [entry.from, entry.url])).toEqual([['background', 'https://tracker.example/background']]);
        h.networkLog.length = 0;
      });
    }
  });
}
