// Accessibility in real browsers: axe-core (WCAG 2 A/AA) on the sidebar (Gmail and Outlook, panel and launcher, light
// and dark), the popup and the options page; and the sidebar used with the keyboard alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { browsers, launch, sidebarSelector, waitForShadow, type Harness, type Site } from './harness';
import { lintCount, waitForLint } from './coach';
import { openDraft as openSiteDraft } from './sites';
import { axeViolations, preferDarkScheme } from './axe';

/** A draft with hints of every severity, some with fixes. */
const DRAFT_LINES = [
  'Hey Priya,',
  '',
  'Thanks for the chat yesterday. Can you tell me the salary range for the role? Please reply ASAP??',
  '',
  'Best,',
  'Jordan',
];

/** Opens the fixture with a compose holding DRAFT_LINES and waits for its hints. */
const openDraft = (h: Harness, site: Site, fixture: string) =>
  openSiteDraft(h, site, DRAFT_LINES, { fixture, viewport: { width: 1280, height: 900 }, hints: ['money', 'pushy'] });

const shadowActive = (page: Page, id: string) =>
  page.evaluate((host) => {
    const el = document.querySelector(host)?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!el) return null;
    return {
      action: el.getAttribute('data-action'),
      field: el.getAttribute('data-field'),
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim(),
      outline: getComputedStyle(el).outlineStyle,
      outlineWidth: parseFloat(getComputedStyle(el).outlineWidth),
    };
  }, sidebarSelector(id));

/** Presses Tab until the sidebar's focused element has this data-action (at most `limit` times); returns the path. */
async function tabTo(page: Page, id: string, action: string, limit = 30): Promise<string[]> {
  const path: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const active = await shadowActive(page, id);
    path.push(active?.action ?? active?.field ?? active?.tag ?? 'outside');
    if (active?.action === action) return path;
  }
  throw new Error(`Tab never reached ${action}: ${path.join(' > ')}`);
}

for (const name of browsers()) {
  describe(`${name}: accessibility`, () => {
    let h: Harness;

    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(async () => {
      await h?.close();
    });

    for (const [site, fixture] of [
      ['gmail', 'gmail'],
      ['gmail', 'gmail-dark'],
      ['outlook', 'outlook'],
      ['outlook', 'outlook-dark'],
    ] as const) {
      it(`the sidebar on ${fixture}, open and collapsed, has no axe violations`, async () => {
        const { page, id } = await openDraft(h, site, fixture);
        const host = sidebarSelector(id);
        const theme = await page.evaluate((sel) => document.querySelector(sel)!.shadowRoot!.querySelector('.fc-root')!.getAttribute('data-theme'), host);
        expect(theme).toBe(fixture.endsWith('-dark') ? 'dark' : 'light');

        expect(await axeViolations(page, host)).toEqual([]);
        // The roles a screen reader relies on.
        const roles = await page.evaluate((sel) => {
          const root = document.querySelector(sel)!.shadowRoot!;
          const meter = root.querySelector('[role="meter"]')!;
          return {
            meterName: meter.getAttribute('aria-label'),
            meterValue: meter.getAttribute('aria-valuenow'),
            score: root.querySelector('[data-score]')!.textContent,
            hintsInLists: [...root.querySelectorAll('[data-hint]')].every((hint) => hint.tagName === 'LI' && hint.parentElement!.tagName === 'UL'),
            live: root.querySelector('[aria-live="polite"]')?.textContent,
          };
        }, host);
        expect(roles.meterName).toBe('Follow-up score');
        expect(roles.meterValue).toBe(roles.score);
        expect(roles.hintsInLists).toBe(true);
        expect(roles.live).toMatch(/^\d+ suggestions?$/);

        await (await waitForShadow(page, host, 'button[data-action="close"]')).click();
        await waitForShadow(page, host, 'button[data-action="open"]');
        expect(await axeViolations(page, host)).toEqual([]);
        await page.close();
      });
    }

    it('the sidebar works with the keyboard alone: Tab order, Enter and Space, Escape back to the draft, visible focus', async () => {
      const { page, id, editor } = await openDraft(h, 'gmail', 'gmail');
      const host = sidebarSelector(id);
      // Start where a keyboard user arrives from the page: the panel's heading.
      await page.evaluate((sel) => (document.querySelector(sel)!.shadowRoot!.querySelector('.fc-title') as HTMLElement).focus(), host);

      const path = await tabTo(page, id, 'apply-fix');
      // The close button first, then the date field, then the hints (each hint's select button before its fixes).
      expect(path[0]).toBe('close');
      expect(path.indexOf('interview-at')).toBeGreaterThan(0);
      expect(path.indexOf('select-hint')).toBeGreaterThan(path.indexOf('interview-at'));
      const fix = await shadowActive(page, id);
      expect(fix?.outline).not.toBe('none');
      expect(fix?.outlineWidth).toBeGreaterThanOrEqual(2);

      // Enter on a fix applies it (the first fix with a hint is the tone "Hey" or the pushy "ASAP??").
      const before = await page.$eval(editor, (el) => (el as HTMLElement).innerText);
      const settled = await lintCount(page, id);
      await page.keyboard.press('Enter');
      await waitForLint(page, id, settled);
      await page.waitForFunction((sel, text) => (document.querySelector(sel) as HTMLElement).innerText !== text, { polling: 50 }, editor, before);

      // Space on a hint selects its words in the draft.
      await page.evaluate((sel) => (document.querySelector(sel)!.shadowRoot!.querySelector('.fc-title') as HTMLElement).focus(), host);
      await tabTo(page, id, 'select-hint');
      const words = await page.evaluate((sel) => {
        const hint = document.querySelector(sel)!.shadowRoot!.activeElement!.closest('[data-hint]')!;
        return hint.querySelector('.fc-hint-words')?.textContent?.replace(/[“”]/g, '') ?? null;
      }, host);
      await page.keyboard.press(' ');
      if (words) {
        await page.waitForFunction((w) => (getSelection()?.toString() ?? '').replace(/\s+/g, ' ').trim() === w, { polling: 50 }, words);
      }

      // Escape in the sidebar collapses it and puts the caret back in the draft.
      await page.evaluate((sel) => (document.querySelector(sel)!.shadowRoot!.querySelector('[data-action="insert-skeleton"]') as HTMLElement).focus(), host);
      await page.keyboard.press('Escape');
      await waitForShadow(page, host, 'button[data-action="open"]');
      expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), editor)).toBe(true);

      // Enter on the launcher opens the panel with focus on its heading; Space works too.
      await page.evaluate((sel) => (document.querySelector(sel)!.shadowRoot!.querySelector('[data-action="open"]') as HTMLElement).focus(), host);
      await page.keyboard.press('Enter');
      await waitForShadow(page, host, '[data-score]');
      expect((await shadowActive(page, id))?.tag).toBe('h2');
      await page.keyboard.press('Escape');
      await waitForShadow(page, host, 'button[data-action="open"]');
      await page.evaluate((sel) => (document.querySelector(sel)!.shadowRoot!.querySelector('[data-action="open"]') as HTMLElement).focus(), host);
      await page.keyboard.press(' ');
      await waitForShadow(page, host, '[data-score]');
      await page.close();
    });

    it('respects prefers-reduced-motion: no transitions in the sidebar', async () => {
      const { page, id } = await openDraft(h, 'gmail', 'gmail');
      const host = sidebarSelector(id);
      const duration = () =>
        page.evaluate((sel) => getComputedStyle(document.querySelector(sel)!.shadowRoot!.querySelector('.fc-hint')!).transitionDuration, host);
      expect(await duration()).not.toBe('0s');
      try {
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      } catch {
        // Firefox over WebDriver BiDi cannot emulate media features; the rule is checked in Chromium.
        await page.close();
        return;
      }
      expect(await duration()).toBe('0s');
      await page.close();
    });

    for (const file of ['popup.html', 'options.html']) {
      it(`${file} has no axe violations, light and dark`, async () => {
        await h.setStorage({
          'memo:priya.raman@lumenhealth.com': {
            interviewAt: '2026-03-03T14:00:00.000Z',
            notes: 'Patient-intake flow; testing forms with clinic staff',
            savedAt: '2026-03-03T18:00:00.000Z',
          },
        });
        const page = await h.openExtensionPage(file);
        await page.waitForSelector('main:not([aria-busy])');
        // The strings come from _locales through the browser's i18n API.
        expect(await page.evaluate(() => [document.documentElement.lang, chrome.i18n.getMessage('extName'), document.title])).toEqual([
          'en',
          'Follow-Up Coach',
          file === 'popup.html' ? 'Follow-Up Coach' : 'Follow-Up Coach settings',
        ]);
        expect(await axeViolations(page)).toEqual([]);
        await preferDarkScheme(page);
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
        await h.clearStorage();
      });
    }
  });
}
