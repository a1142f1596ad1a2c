// The content script in the Outlook fixture (test/fixtures/sites/outlook.html): the real RoosterJS editor, which stops
// propagation of input events, keeps its own undo stack and takes insertions as paste events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { browsers, hintRules, launch, pressUndo, waitForHint, waitForNoHint, type Harness } from './harness';
import { composeIdAt, editorIn, ensureOpen, EXTENSION_MARKUP, innerHtml, lintCount, pageHighlights, placeCaretAfter, typeHere, waitForLint } from './coach';
import { COACHED_ROOT, EDITOR as EDITORS, insertSkeletonAndUndo, outlookFixture, waitForHtml as waitForEditorHtml } from './sites';

const EDITOR = EDITORS.outlook;

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

    it('leaves no extension markup in the editor and sends no request', async () => {
      expect(await page.$eval(editor, (el) => el.outerHTML)).not.toMatch(EXTENSION_MARKUP);
      expect(h.networkLog).toEqual([]);
    });
  });
}
