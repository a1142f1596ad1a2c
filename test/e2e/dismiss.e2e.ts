// The user decides (CONTRACT.md section 4, issue 9), in Chromium and Firefox: each hint's Dismiss hides it and its
// underline in this draft while its words are unchanged, "show dismissed" brings it back; "Turn off" turns its rule off
// everywhere, exactly as the popup's checkbox does, live in every open sidebar. Keyboard and screen readers reach both;
// axe finds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { browsers, hintRules, launch, sidebarSelector, waitForHint, waitForNoHint, waitForShadow, type Harness } from './harness';
import { clickInSidebar, COMPOSE_ATTR, composeIdAt, editorIn, ensureOpen, lintCount, placeCaretAfter, typeHere, waitForLint } from './coach';
import { axeViolations } from './axe';

const M9 = '.M9';
const GMAIL_EDITOR = 'div[g_editable="true"]';

type Fixture = { __fixture: { openCompose(o: object): number; closeCompose(i: number): void; resetBody(html: string): void } };

const DRAFT = 'Hi Sam,\n\nThank you for meeting me today. I enjoyed hearing about the warehouse dashboards. Could you reply ASAP? What is the salary range?\n\nBest,\nJordan';

async function openCompose(page: Page, body = DRAFT): Promise<{ index: number; id: string; editor: string }> {
  const index = await page.evaluate(
    (b) => (window as unknown as Fixture).__fixture.openCompose({ subject: 'Thank you - Data Analyst interview', to: ['sam.rivera@harvestmill.com'], body: b }),
    body,
  );
  const id = await composeIdAt(page, M9, index);
  await ensureOpen(page, id);
  await waitForHint(page, id, 'pushy');
  await waitForHint(page, id, 'money');
  return { index, id, editor: editorIn(id, GMAIL_EDITOR) };
}

/** The texts the coach underlines in this editor now (the focus highlight left out). */
function underlined(page: Page, editor: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const body = document.querySelector(sel)!;
    const texts: string[] = [];
    (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.forEach((highlight, name) => {
      if (!name.startsWith('followup-coach') || name === 'followup-coach-focus') return;
      for (const range of highlight) if (body.contains(range.startContainer)) texts.push(range.toString());
    });
    return texts.sort();
  }, editor);
}

/** Polls until the underlined texts pass `check`. */
async function waitForUnderlines(page: Page, editor: string, check: (texts: string[]) => boolean, what: string): Promise<string[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const texts = await underlined(page, editor);
    if (check(texts)) return texts;
    if (Date.now() > deadline) throw new Error(`the underlines never became ${what}: ${JSON.stringify(texts)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The focused element inside this sidebar: its data-action and its text. */
const focusedInSidebar = (page: Page, id: string) =>
  page.evaluate((host) => {
    const el = document.querySelector(host)?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return el ? { action: el.getAttribute('data-action'), text: (el.textContent ?? '').trim(), tag: el.tagName.toLowerCase() } : null;
  }, sidebarSelector(id));

async function storedRules(h: Harness): Promise<Record<string, boolean> | undefined> {
  return ((await h.storage()).settings as { rules?: Record<string, boolean> } | undefined)?.rules;
}

for (const name of browsers()) {
  describe(`${name}: dismiss a hint, turn off a rule`, () => {
    let h: Harness;
    let page: Page;

    beforeAll(async () => {
      h = await launch(name);
      page = await h.newMailPage('gmail');
      await page.setViewport({ width: 1600, height: 1000 });
      await composeIdAt(page, M9, 2);
      // Only the composes these tests open (the screenshot shows one sidebar beside its compose).
      await page.evaluate(() => {
        const fixture = (window as unknown as Fixture & { __fixture: { count(): number } }).__fixture;
        while (fixture.count() > 0) fixture.closeCompose(0);
      });
      await page.waitForFunction(() => document.querySelectorAll('followup-coach-sidebar').length === 0, { polling: 50 });
    });
    afterAll(() => h?.close());

    it('Dismiss hides a hint and its underline while its words stand; "show dismissed" brings them back', async () => {
      const { index, id, editor } = await openCompose(page);
      const asap = (texts: string[]) => texts.some((x) => x.includes('ASAP'));
      const salary = (texts: string[]) => texts.some((x) => x.includes('salary'));
      await waitForUnderlines(page, editor, (t) => asap(t) && salary(t), 'both');

      await clickInSidebar(page, id, '[data-hint][data-rule="pushy"] button[data-action="dismiss"]');
      await waitForNoHint(page, id, 'pushy');
      await waitForUnderlines(page, editor, (t) => !asap(t) && salary(t), 'without ASAP');
      const show = await waitForShadow(page, sidebarSelector(id), 'button[data-action="show-dismissed"]');
      expect(await show.evaluate((el) => el.textContent)).toBe('Show 1 dismissed suggestion');
      expect(await hintRules(page, id)).toContain('money');

      // Typing elsewhere in the draft, even before the words (they move), keeps it dismissed.
      await placeCaretAfter(page, editor, 'Thank you');
      const count = await lintCount(page, id);
      await typeHere(page, ' so much');
      await waitForLint(page, id, count);
      await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      expect(await hintRules(page, id)).not.toContain('pushy');
      expect(asap(await underlined(page, editor))).toBe(false);
      // The screenshot shows the suggestions from their heading: the remaining hint and "show dismissed".
      await page.$eval(sidebarSelector(id), (host) => {
        const root = host.shadowRoot!.querySelector<HTMLElement>('.fc-root')!;
        const heading = host.shadowRoot!.querySelector<HTMLElement>('.fc-section-title')!;
        const header = host.shadowRoot!.querySelector<HTMLElement>('.fc-header')!;
        root.scrollTop += heading.getBoundingClientRect().top - root.getBoundingClientRect().top - header.offsetHeight - 4;
      });
      await h.screenshot(page, 'dismissed-hint');

      await clickInSidebar(page, id, 'button[data-action="show-dismissed"]');
      await waitForHint(page, id, 'pushy');
      await waitForUnderlines(page, editor, asap, 'with ASAP again');
      expect(await page.$eval(sidebarSelector(id), (host) => !!host.shadowRoot!.querySelector('[data-action="show-dismissed"]'))).toBe(false);

      // Dismissed again, then its words change: that is a new hint, shown.
      await clickInSidebar(page, id, '[data-hint][data-rule="pushy"] button[data-action="dismiss"]');
      await waitForNoHint(page, id, 'pushy');
      await placeCaretAfter(page, editor, 'reply ASAP');
      await page.keyboard.press('Backspace');
      await typeHere(page, 'P!!');
      await waitForHint(page, id, 'pushy');
      await page.evaluate((i) => (window as unknown as Fixture).__fixture.closeCompose(i), index);
    });

    it('Turn off: the rule goes from every open sidebar and the popup, as the popup’s checkbox does', async () => {
      const a = await openCompose(page);
      const b = await openCompose(page);
      await clickInSidebar(page, a.id, '[data-hint][data-rule="money"] button[data-action="disable-rule"]');
      await waitForNoHint(page, a.id, 'money');
      await waitForNoHint(page, b.id, 'money');
      expect(await hintRules(page, a.id)).toContain('pushy');
      expect((await underlined(page, a.editor)).some((x) => x.includes('salary'))).toBe(false);
      // Saved exactly where the popup saves it.
      const deadline = Date.now() + 5_000;
      while ((await storedRules(h))?.money !== false) {
        if (Date.now() > deadline) throw new Error('the rule was not saved as off');
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(await storedRules(h)).toMatchObject({ money: false, pushy: true });

      const popup = await h.openExtensionPage('popup.html');
      const money = await popup.waitForSelector('input[type=checkbox][name="rule:money"]');
      expect(await money!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
      // And the popup turns it back on, in both sidebars.
      await money!.click();
      await page.bringToFront();
      await waitForHint(page, a.id, 'money');
      await waitForHint(page, b.id, 'money');
      await popup.close();
      for (const index of [b.index, a.index]) await page.evaluate((i) => (window as unknown as Fixture).__fixture.closeCompose(i), index);
    });

    it('the keyboard reaches Dismiss, Turn off and "show dismissed"; focus is never dropped', async () => {
      const { index, id } = await openCompose(page);
      const host = sidebarSelector(id);
      await page.evaluate((sel) => (document.querySelector(sel)!.shadowRoot!.querySelector('.fc-title') as HTMLElement).focus(), host);
      const path: (string | null)[] = [];
      for (let i = 0; i < 40 && !(path.includes('dismiss') && path.includes('disable-rule')); i++) {
        await page.keyboard.press('Tab');
        path.push((await focusedInSidebar(page, id))?.action ?? null);
      }
      expect(path).toContain('dismiss');
      expect(path).toContain('disable-rule');
      // Enter on the first hint's Dismiss (the first error: pushy or money, whichever comes first).
      await page.evaluate((sel) => (document.querySelector(sel)!.shadowRoot!.querySelector('.fc-title') as HTMLElement).focus(), host);
      let dismissing: string | null = null;
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab');
        if ((await focusedInSidebar(page, id))?.action === 'dismiss') {
          dismissing = await page.evaluate((sel) => document.querySelector(sel)!.shadowRoot!.activeElement!.closest('[data-hint]')!.getAttribute('data-rule'), host);
          break;
        }
      }
      expect(dismissing).not.toBeNull();
      await page.keyboard.press('Enter');
      await waitForNoHint(page, id, dismissing!);
      // Focus goes to the control that brings it back; Space on it does.
      await page.waitForFunction((sel) => document.querySelector(sel)!.shadowRoot!.activeElement?.getAttribute('data-action') === 'show-dismissed', { polling: 50, timeout: 5_000 }, host);
      await page.keyboard.press(' ');
      await waitForHint(page, id, dismissing!);
      expect(await focusedInSidebar(page, id)).not.toBeNull();
      await page.evaluate((i) => (window as unknown as Fixture).__fixture.closeCompose(i), index);
    });

    for (const [site, fixture] of [
      ['gmail', 'gmail'],
      ['gmail', 'gmail-dark'],
      ['outlook', 'outlook-dark'],
    ] as const) {
      it(`a sidebar with a dismissed hint has no axe violations (${fixture})`, async () => {
        const mail = await h.newMailPage(site, fixture);
        await mail.setViewport({ width: 1280, height: 900 });
        let id: string;
        if (site === 'gmail') {
          const index = await mail.evaluate(
            (b) => (window as unknown as Fixture).__fixture.openCompose({ subject: 'Thank you', to: ['sam.rivera@harvestmill.com'], body: b }),
            DRAFT,
          );
          id = await composeIdAt(mail, M9, index);
        } else {
          id = await composeIdAt(mail, `[${COMPOSE_ATTR}]`, 0);
          const settled = await lintCount(mail, id);
          await mail.evaluate((lines) => {
            (window as unknown as Fixture).__fixture.resetBody(lines.map((line) => `<div>${line || '<br>'}</div>`).join(''));
          }, DRAFT.split('\n'));
          await waitForLint(mail, id, settled);
        }
        await ensureOpen(mail, id);
        await waitForHint(mail, id, 'pushy');
        await clickInSidebar(mail, id, '[data-hint][data-rule="pushy"] button[data-action="dismiss"]');
        await waitForShadow(mail, sidebarSelector(id), 'button[data-action="show-dismissed"]');
        expect(await axeViolations(mail, sidebarSelector(id))).toEqual([]);
        await mail.close();
      });
    }
  });
}
