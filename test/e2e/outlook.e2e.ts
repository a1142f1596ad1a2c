// The content script in the Outlook fixtures (test/fixtures/sites/outlook*.html): the real RoosterJS editor, which stops
// propagation of input events, keeps its own undo stack and takes insertions as paste events. Then the live site's
// shapes (issue 9, "Real sites"): only a compose's body is coached (not Settings › Signature, not a calendar event's
// description), and a reading-pane reply (no subject box, no To field until its recipient line is focused, a chip with
// presence text) gets the right skeleton greeting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { browsers, hintRules, launch, placeCaret, pressUndo, typeInEditor, waitForHint, waitForNoHint, type Harness } from './harness';
import { COMPOSE_ATTR, composeIdAt, editorIn, ensureOpen, EXTENSION_MARKUP, innerHtml, lintCount, pageHighlights, placeCaretAfter, typeHere, waitForLint } from './coach';
import { COACHED_ROOT, EDITOR as EDITORS, insertSkeletonAndUndo, outlookFixture, waitForHtml as waitForEditorHtml } from './sites';

const EDITOR = EDITORS.outlook;

/** Long enough for the content script to have found a compose and linted it (it lints 80 ms after typing stops). */
const SETTLE_MS = 1_000;

const DRAFTY = 'Could you reply ASAP? What is the salary range?';

/** What the extension put on the page: sidebar hosts, coached roots, highlight ranges. */
function footprint(page: Page) {
  return page.evaluate((attr) => {
    let ranges = 0;
    (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights?.forEach((h, n) => {
      if (n.startsWith('followup-coach')) ranges += h.size;
    });
    return { sidebars: document.querySelectorAll('followup-coach-sidebar').length, coached: document.querySelectorAll(`[${attr}]`).length, ranges };
  }, COMPOSE_ATTR);
}

/** A docked compose as outlook.html has it, added to the page: the control that proves the content script is running. */
function addCompose(page: Page): Promise<void> {
  return page.evaluate(() => {
    const compose = document.createElement('div');
    compose.id = 'docking_InitVisiblePart_0';
    compose.innerHTML =
      '<div role="toolbar" aria-label="Compose"><button type="button" data-testid="ComposeSendButton" aria-label="Send">Send</button></div>' +
      '<input id="MSG_0_SUBJECT" type="text" autocomplete="off" aria-label="Subject" value="Thank you - Senior Product Designer">' +
      '<div id="editorParent_1"><div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message body" style="min-height: 80px">' +
      '<div>Hi Priya, thank you for meeting me. Could you reply ASAP?</div></div></div>';
    document.querySelector('#ReadingPaneContainerId, [role="main"]')!.append(compose);
  });
}

for (const name of browsers()) {
  describe(`outlook (${name})`, () => {
    let h: Harness;
    let page: Page;
    let id: string;
    let editor: string;

    const waitForHtml = (html: string) => waitForEditorHtml(page, editor, html);

    beforeAll(async () => {
      h = await launch(name);
      page = await h.newMailPage('outlook');
      await page.setViewport({ width: 1600, height: 1000 });
      id = await composeIdAt(page, COACHED_ROOT, 0);
      editor = editorIn(id, EDITOR);
    });
    afterAll(() => h?.close());

    it('shows hints for what is typed, though RoosterJS stops the input events', async () => {
      await placeCaretAfter(page, editor, 'clinic staff first.');
      await typeHere(page, ' Could you reply ASAP? What is the salary range?');
      await waitForHint(page, id, 'pushy');
      await waitForHint(page, id, 'money');
      expect(Object.keys(await pageHighlights(page)).length).toBeGreaterThan(0);
      await h.screenshot(page, 'outlook-sidebar');
    });

    it('does not lint the signature or the quoted reply (RoosterJS drops their ids)', async () => {
      const before = await lintCount(page, id);
      const html = (await outlookFixture.initialHtml(page))
        .replace('Jordan Ellis</div>', 'Jordan Ellis, salary negotiation coach</div>')
        .replace('We expect to make a decision', 'What salary and bonus do you expect? Reply ASAP. We expect to make a decision');
      await outlookFixture.resetBody(page, html);
      await waitForLint(page, id, before);
      await ensureOpen(page, id);
      const rules = await hintRules(page, id);
      expect(rules).not.toContain('money');
      expect(rules).not.toContain('pushy');
      expect(await page.$eval(editor, (el) => el.textContent)).toContain('salary negotiation coach');
    });

    it('inserts the skeleton by paste; one Ctrl+Z removes exactly it and keeps earlier typing', async () => {
      await placeCaretAfter(page, editor, 'clinic staff first.');
      const count = await lintCount(page, id);
      await typeHere(page, ' Hope your week is going well.');
      await waitForLint(page, id, count);
      await insertSkeletonAndUndo(page, id, editor, async (text) => {
        expect(text).toContain('Hi Priya,');
        expect(text).toContain('Senior Product Designer');
        // Above the signature and the quoted reply.
        expect(text.indexOf('[something specific')).toBeLessThan(text.indexOf('Jordan Ellis'));
        await waitForHint(page, id, 'generic');
      });
      expect(await page.$eval(editor, (el) => el.textContent)).toContain('Hope your week is going well.');
      await waitForNoHint(page, id, 'generic');
    });

    it('applies a fix as one undoable step', async () => {
      await outlookFixture.resetBody(page);
      await placeCaretAfter(page, editor, 'clinic staff first.');
      await typeHere(page, ' Please reply ASAP.');
      const hint = await waitForHint(page, id, 'pushy');
      const before = await innerHtml(page, editor);
      const button = await hint.$('button[data-action="apply-fix"]');
      expect(button).not.toBeNull();
      await button!.click();
      await page.waitForFunction((sel) => !document.querySelector(sel)!.textContent!.includes('ASAP'), { polling: 50 }, editor);
      await waitForNoHint(page, id, 'pushy');
      await pressUndo(page);
      await waitForHtml(before);
      await waitForHint(page, id, 'pushy');
    });

    for (const [fixture, box, what] of [
      ['outlook-settings', '[aria-label^="Signature"][contenteditable="true"]', 'Settings › Signature'],
      ['outlook-calendar', '[aria-label="Add a description or attach documents"]', "a calendar event's description"],
    ] as const) {
      it(`Outlook ${what}: no sidebar and no underline, while a compose beside it is coached`, async () => {
        const page = await h.newMailPage('outlook', fixture);
        await page.setViewport({ width: 1280, height: 900 });
        await page.waitForSelector(box);
        await typeInEditor(page, box, ` ${DRAFTY}`, { at: 'end' });
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        expect(await footprint(page)).toEqual({ sidebars: 0, coached: 0, ranges: 0 });

        await addCompose(page);
        const id = await composeIdAt(page, COACHED_ROOT, 0);
        expect(await page.$eval(COACHED_ROOT, (root) => root.id)).toBe('docking_InitVisiblePart_0');
        await waitForHint(page, id, 'pushy');
        const after = await footprint(page);
        expect(after.sidebars).toBe(1);
        expect(after.coached).toBe(1);
        // Every highlight range lies in the compose's body, none in the other box (which says "ASAP" and "salary" too).
        const ranges = await page.evaluate((sel) => {
          const where: string[] = [];
          (CSS as unknown as { highlights: Map<string, Iterable<AbstractRange>> }).highlights.forEach((highlight, n) => {
            if (!n.startsWith('followup-coach')) return;
            for (const range of highlight) where.push(document.querySelector(sel)!.contains(range.startContainer) ? 'box' : 'compose');
          });
          return where;
        }, box);
        expect(ranges).not.toContain('box');
        await page.close();
      });
    }

    describe('Outlook reading-pane reply', () => {
      let page: Page;
      let id: string;
      let editor: string;

      beforeAll(async () => {
        page = await h.newMailPage('outlook', 'outlook-reply');
        await page.setViewport({ width: 1400, height: 1000 });
        id = await composeIdAt(page, COACHED_ROOT, 0);
        editor = editorIn(id, EDITOR);
      });
      afterAll(() => page?.close());

      it('without a To field the skeleton greets "Hello," (never "Hi ,"); the role comes from the conversation heading', async () => {
        expect(await page.$(`[${COMPOSE_ATTR}="${id}"] div[aria-label="To"]`)).toBeNull();
        await placeCaret(page, editor, 'start');
        await insertSkeletonAndUndo(page, id, editor, async (text) => {
          expect(text).toContain('Hello,');
          expect(text).not.toMatch(/\bHi\s*,/);
          expect(text).toMatch(/speak with me about the Senior Product Designer role\./);
        });
      });

      it('once the recipient line is focused, the chip with presence ("Away") gives the first name', async () => {
        await page.focus('.recipientSummary');
        await page.waitForSelector(`[${COMPOSE_ATTR}="${id}"] div[aria-label="To"]`);
        expect(await page.$eval('div[aria-label="To"]', (field) => field.textContent)).toContain('AwayPriya Raman');
        await placeCaret(page, editor, 'start');
        await insertSkeletonAndUndo(page, id, editor, async (text) => {
          expect(text).toContain('Hi Priya,');
          expect(text).not.toMatch(/away/i);
        });
        expect(Object.keys(await pageHighlights(page)).every((n) => n.startsWith('followup-coach'))).toBe(true);
      });
    });
    it('leaves no extension markup in the editor and sends no request', async () => {
      expect(await page.$eval(editor, (el) => el.outerHTML)).not.toMatch(EXTENSION_MARKUP);
      expect(h.networkLog).toEqual([]);
    });
  });
}
