// The live sites' shapes that the main fixtures do not have (issue 9, "Real sites"), in Chromium and Firefox:
// only a compose's body is coached (not Outlook's Settings › Signature editor, not a calendar event's description),
// and an Outlook reading-pane reply (no subject box, no To field until its recipient line is focused, a chip with
// presence text) gets the right skeleton greeting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { browsers, launch, placeCaret, typeInEditor, type Harness } from './harness';
import { COMPOSE_ATTR, composeIdAt, editorIn, pageHighlights } from './coach';
import { COACHED_ROOT, EDITOR, insertSkeletonAndUndo } from './sites';

/** Long enough for the content script to have found a compose and linted it (it lints 80 ms after typing stops). */
const SETTLE_MS = 1_500;

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
  describe(`sites (${name})`, () => {
    let h: Harness;

    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(() => h?.close());

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
        await page.waitForFunction((sel) => !!document.querySelector(sel), { polling: 50 }, `followup-coach-sidebar[data-compose-id="${id}"]`);
        await typeInEditor(page, box, ' Thanks!', { at: 'end' });
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        const after = await footprint(page);
        expect(after.sidebars).toBe(1);
        expect(after.coached).toBe(1);
        // Every highlight range lies in the compose's body, none in the other box.
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
        editor = editorIn(id, EDITOR.outlook);
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
  });
}
