import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { RULE_IDS } from '../../src/engine/types';
import { browsers, launch, typeInEditor, waitForHint, waitForNoHint, type Harness } from './harness';
import { composeIdAt, editorIn } from './coach';
import { EDITOR, GMAIL_ROOT } from './sites';

type Settings = { rules: Record<string, boolean>; paused: boolean; windowHours: number; userName: string };

async function storedSettings(h: Harness): Promise<Settings | undefined> {
  return (await h.storage()).settings as Settings | undefined;
}

/** Polls storage until check passes (saves are asynchronous). */
async function waitForStorage(h: Harness, check: (all: Record<string, unknown>) => boolean, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let all = await h.storage();
  while (!check(all)) {
    if (Date.now() > deadline) throw new Error(`storage never matched: ${JSON.stringify(all)}`);
    await new Promise((r) => setTimeout(r, 100));
    all = await h.storage();
  }
  return all;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG A/AA violations on the page, as "rule-id: target" strings. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated by the protocol, which the page's CSP (no inline script) does not apply to.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

const checkedRules = (page: Page) =>
  page.$$eval('input[type=checkbox][name^="rule:"]', (boxes) =>
    Object.fromEntries(boxes.map((b) => [(b as HTMLInputElement).name.slice(5), (b as HTMLInputElement).checked])),
  );

for (const name of browsers()) {
  describe(`${name}: popup and options`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(name);
      console.log(`${name}: launched with the extension in ${h.launchMs} ms`);
    });
    afterAll(() => h?.close());

    it('installs default settings on install', async () => {
      const all = await waitForStorage(h, (s) => s.settings !== undefined);
      expect(all.settings).toEqual({
        rules: Object.fromEntries(RULE_IDS.map((id) => [id, true])),
        paused: false,
        windowHours: 48,
        userName: '',
      });
    });

    it('popup lists the seven rules and saves a toggle at once', async () => {
      const page = await h.openExtensionPage('popup.html');
      await page.waitForSelector('input[name="rule:money"]');
      expect(Object.keys(await checkedRules(page))).toEqual([...RULE_IDS]);
      expect(Object.values(await checkedRules(page)).every(Boolean)).toBe(true);
      await h.screenshot(page, 'popup');

      await page.click('input[name="rule:money"]');
      await waitForStorage(h, (s) => (s.settings as Settings).rules.money === false);

      await h.reloadExtensionPage(page);
      await page.waitForSelector('input[name="rule:money"]');
      expect((await checkedRules(page)).money).toBe(false);
      expect((await checkedRules(page)).tone).toBe(true);

      await page.click('input[name="rule:money"]');
      await waitForStorage(h, (s) => (s.settings as Settings).rules.money === true);
      await page.close();
    });

    it('popup works from the keyboard: Space toggles the focused rule, and the global pause saves', async () => {
      const page = await h.openExtensionPage('popup.html');
      await page.waitForSelector('input[name="rule:timing"]');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('rule:timing');
      await page.keyboard.press(' ');
      await waitForStorage(h, (s) => (s.settings as Settings).rules.timing === false);
      await page.keyboard.press(' ');
      await waitForStorage(h, (s) => (s.settings as Settings).rules.timing === true);

      await page.click('input[name=paused]');
      await waitForStorage(h, (s) => (s.settings as Settings).paused === true);
      await page.click('input[name=paused]');
      await waitForStorage(h, (s) => (s.settings as Settings).paused === false);

      // The popup opened as a tab is itself the active tab: no draft there to pause.
      expect(await page.$eval('input[name=pause-draft]', (b) => (b as HTMLInputElement).disabled)).toBe(true);
      await page.close();
    });

    it('options page saves the name and the timing window', async () => {
      const page = await h.openExtensionPage('options.html');
      await page.waitForSelector('input[name=userName]');
      await page.type('input[name=userName]', 'Dana Kim');
      await page.keyboard.press('Tab');
      await waitForStorage(h, (s) => (s.settings as Settings).userName === 'Dana Kim');

      await page.click('input[name=windowHours]', { count: 3 });
      await page.keyboard.type('72');
      await page.keyboard.press('Tab');
      await waitForStorage(h, (s) => (s.settings as Settings).windowHours === 72);
      await h.screenshot(page, 'options');

      await h.reloadExtensionPage(page);
      await page.waitForSelector('input[name=userName]');
      await page.waitForFunction(() => (document.querySelector('input[name=userName]') as HTMLInputElement).value === 'Dana Kim');
      expect(await page.$eval('input[name=windowHours]', (i) => (i as HTMLInputElement).value)).toBe('72');
      await page.close();
    });

    it('popup and options pages have no WCAG A/AA violations (light and dark)', async () => {
      await h.setStorage({ 'memo:priya@lumenhealth.com': { interviewAt: '2025-03-04T15:30:00.000Z', notes: 'FHIR', savedAt: '2025-03-05T09:00:00.000Z' } });
      for (const file of ['popup.html', 'options.html']) {
        const page = await h.openExtensionPage(file);
        await page.waitForSelector('main:not([aria-busy])');
        // Firefox over BiDi cannot emulate prefers-color-scheme; its dark colors are the same CSS, checked in Chromium.
        for (const scheme of name === 'chromium' ? ['light', 'dark'] : ['light']) {
          if (name === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
          expect(await accessibilityViolations(page), `${file} ${scheme}`).toEqual([]);
        }
        await page.close();
      }
    });

    it('options page lists remembered interview dates, deletes one, and erases everything', async () => {
      const memo = { interviewAt: '2025-03-04T15:30:00.000Z', notes: 'FHIR migration', savedAt: '2025-03-05T09:00:00.000Z' };
      await h.setStorage({ 'memo:priya@lumenhealth.com': memo, 'memo:sam@acme.io': memo });
      const page = await h.openExtensionPage('options.html');
      await page.waitForSelector('[data-memo="sam@acme.io"]');
      expect(await page.$$eval('[data-memo]', (rows) => rows.map((r) => (r as HTMLElement).dataset.memo))).toEqual([
        'priya@lumenhealth.com',
        'sam@acme.io',
      ]);

      await page.click('[data-memo="sam@acme.io"] button[data-action=delete-memo]');
      await waitForStorage(h, (s) => !('memo:sam@acme.io' in s) && 'memo:priya@lumenhealth.com' in s);

      await page.click('button[data-action=erase-all]');
      await page.click('button[data-action=confirm-erase]');
      await waitForStorage(h, (s) => Object.keys(s).length === 0);
      await page.waitForFunction(() => document.querySelectorAll('[data-memo]').length === 0);
      expect(await page.$eval('input[name=userName]', (i) => (i as HTMLInputElement).value)).toBe('');
      await page.close();
    });

    it('"pause for this draft" in the popup pauses only the draft in the active mail tab', async () => {
      const mail = await h.newMailPage('gmail');
      const thanks = await composeIdAt(mail, GMAIL_ROOT, 1); // the "Thank you" pop-up compose in the fixture
      const editor = editorIn(thanks, EDITOR.gmail);
      await typeInEditor(mail, editor, 'Please decide ASAP. ', { at: 'start' });
      await waitForHint(mail, thanks, 'pushy');

      // The popup sends to the active tab: open it, then make the mail tab active again and load the popup afresh.
      const popup = await h.openExtensionPage('popup.html');
      await mail.bringToFront();
      await h.reloadExtensionPage(popup);
      // The popup is a background tab now, where requestAnimationFrame (waitForSelector's polling) does not run.
      const draftBox = (state: string) =>
        popup.waitForFunction((sel) => !!document.querySelector(sel), { polling: 50 }, `input[name=pause-draft]${state}`);
      await draftBox(':not(:disabled):not(:checked)');

      // A DOM click: puppeteer's mouse click waits for a frame the background tab never renders.
      await popup.$eval('input[name=pause-draft]', (box) => (box as HTMLInputElement).click());
      await waitForNoHint(mail, thanks, 'pushy');
      await draftBox(':checked');
      expect((await storedSettings(h))?.paused ?? false).toBe(false); // a draft pause is not the global pause

      await popup.$eval('input[name=pause-draft]', (box) => (box as HTMLInputElement).click());
      await waitForHint(mail, thanks, 'pushy');
      await popup.close();
      await mail.close();
    });

    it('the toggle-sidebar command (Alt+Shift+F, relayed by the background) opens and closes the focused draft\'s sidebar', async () => {
      // A browser shortcut cannot be pressed from a test; the background's relay of it is unit-tested
      // (test/shared/background.test.ts). Here the same message goes from an extension page to the active mail tab.
      const mail = await h.newMailPage('gmail');
      const thanks = await composeIdAt(mail, GMAIL_ROOT, 1);
      await typeInEditor(mail, editorIn(thanks, EDITOR.gmail), 'Thank you. ', { at: 'start' });
      const host = `followup-coach-sidebar[data-compose-id="${thanks}"]`;
      const isOpen = () => mail.$eval(host, (el) => !el.shadowRoot!.querySelector('button[data-action="open"]'));
      await mail.waitForFunction((sel) => !!document.querySelector(sel)?.shadowRoot?.querySelector('[data-score]'), { polling: 50 }, host);
      const before = await isOpen();

      const page = await h.openExtensionPage('popup.html');
      await mail.bringToFront();
      const toggle = () =>
        page.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
          await chrome.tabs.sendMessage(tab.id!, { type: 'toggle-sidebar' });
        });
      await toggle();
      await mail.waitForFunction((sel, was) => !!document.querySelector(sel)!.shadowRoot!.querySelector('button[data-action="open"]') === was, { polling: 50 }, host, before);
      expect(await isOpen()).toBe(!before);
      await toggle();
      await mail.waitForFunction((sel, was) => !document.querySelector(sel)!.shadowRoot!.querySelector('button[data-action="open"]') === was, { polling: 50 }, host, before);
      expect(await isOpen()).toBe(before);
      await page.close();
      await mail.close();
    });
  });
}
