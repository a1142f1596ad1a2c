// Never lose a word: the draft is exactly what the user typed unless they click a fix or the skeleton, and each of those
// is one undo step that redoes, leaves the caret after the change, and never duplicates or merges words (issue #4).
// Gmail fixture = plain contenteditable (execCommand), Outlook fixture = the real RoosterJS (paste), both browsers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { browsers, launch, pressUndo, sidebarSelector, waitForHint, waitForNoHint, type Harness, type Site } from './harness';
import { clickInSidebar, composeIdAt, editorIn, ensureOpen, lintCount, placeCaretAfter, typeHere, waitForLint } from './coach';
import { COACHED_ROOT, draftHtml, EDITOR, gmailFixture, GMAIL_ROOT, outlookFixture, waitForHtml } from './sites';

/** The editor of Gmail's first pop-up compose and of Outlook's compose, found without the extension's attributes. */
const PLAIN_EDITOR: Record<Site, string> = {
  gmail: `.nH.Hd ${EDITOR.gmail}`,
  outlook: EDITOR.outlook,
};

/** Lines of the draft every fix test starts from: one problem of each kind, at line starts, ends and beside punctuation. */
const DRAFT = [
  'Hey Priya,',
  '',
  'Thank you for meeting me on Tuesday, thx. I enjoyed hearing about the patient-intake flow and the clinic staff tests!!',
  'Could you let me know ASAP?? What is the salary range for this role?',
  '',
  'Best,',
  'Jordan',
];

/** Redo: both editors in both browsers take Ctrl+Y and Ctrl+Shift+Z (checked in each test by alternating them). */
async function pressRedo(page: Page, keys: 'ctrl+y' | 'ctrl+shift+z'): Promise<void> {
  await page.keyboard.down('Control');
  if (keys === 'ctrl+shift+z') await page.keyboard.down('Shift');
  await page.keyboard.press(keys === 'ctrl+y' ? 'y' : 'z');
  if (keys === 'ctrl+shift+z') await page.keyboard.up('Shift');
  await page.keyboard.up('Control');
}

/**
 * Waits until no lint has run for 700 ms: longer than the longest path from an edit to its lint (a frame or 200 ms,
 * then the 120 ms pause and at most 150 ms of idle wait), so the hints shown are those of the text as it is now.
 */
async function waitForQuiet(page: Page, id: string): Promise<void> {
  let last = await lintCount(page, id);
  let quietSince = Date.now();
  while (Date.now() - quietSince < 700) {
    await new Promise((r) => setTimeout(r, 100));
    const now = await lintCount(page, id);
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    }
  }
}

/** The line of the editor's visible text that contains `marker` (nbsp as space), or null. */
function lineWith(page: Page, editor: string, marker: string): Promise<string | null> {
  return page.$eval(
    editor,
    (el, m) => (el as HTMLElement).innerText.replace(/\u00a0/g, ' ').split('\n').find((line) => line.includes(m)) ?? null,
    marker,
  );
}

/** The caret: collapsed or not, inside the editor or not, and the editor's text just before and after it. */
function caret(page: Page, editor: string) {
  return page.$eval(editor, (el) => {
    const selection = getSelection()!;
    if (!selection.rangeCount) return null;
    const at = selection.getRangeAt(0);
    const before = document.createRange();
    before.selectNodeContents(el);
    before.setEnd(at.startContainer, at.startOffset);
    const after = document.createRange();
    after.selectNodeContents(el);
    after.setStart(at.endContainer, at.endOffset);
    return {
      collapsed: at.collapsed,
      inside: el.contains(at.startContainer),
      before: before.toString().replace(/\u00a0/g, ' ').slice(-40),
      after: after.toString().replace(/\u00a0/g, ' ').slice(0, 40),
    };
  });
}

/** The fix button of the hint of this rule whose flagged words are `words`. */
async function fixButton(page: Page, id: string, rule: string, words: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (host, r, w) => {
      const hints = document.querySelector(host)?.shadowRoot?.querySelectorAll(`[data-hint][data-rule="${r}"]`) ?? [];
      for (const hint of hints) {
        if (hint.querySelector('.fc-hint-words')?.textContent === `“${w}”`) return hint.querySelector('button[data-action="apply-fix"]');
      }
      return null;
    },
    { polling: 50, timeout: 10_000 },
    sidebarSelector(id),
    rule,
    words,
  );
  return handle as ElementHandle<Element>;
}

interface FixCase {
  rule: string;
  words: string;
  /** Text in the changed line that identifies it before and after the fix. */
  marker: string;
  line: string;
  caretBefore: string;
  caretAfter: string;
}

// Applied in this order to DRAFT; each expected line is the whole line after the fix (no doubled or joined words).
const FIXES: FixCase[] = [
  { rule: 'tone', words: 'Hey Priya,', marker: 'Priya,', line: 'Hi Priya,', caretBefore: 'Hi Priya,', caretAfter: '' },
  {
    rule: 'tone',
    words: 'thx',
    marker: 'meeting me',
    line: 'Thank you for meeting me on Tuesday, thanks. I enjoyed hearing about the patient-intake flow and the clinic staff tests!!',
    caretBefore: 'on Tuesday, thanks',
    caretAfter: '. I enjoyed',
  },
  {
    rule: 'tone',
    words: '!!',
    marker: 'meeting me',
    line: 'Thank you for meeting me on Tuesday, thanks. I enjoyed hearing about the patient-intake flow and the clinic staff tests!',
    caretBefore: 'clinic staff tests!',
    caretAfter: '',
  },
  {
    // One stretch, one hint: its fix deletes "ASAP" and keeps one "?".
    rule: 'pushy',
    words: 'Could you let me know ASAP??',
    marker: 'Could you',
    line: 'Could you let me know? What is the salary range for this role?',
    caretBefore: 'Could you let me know?',
    caretAfter: ' What is',
  },
  {
    rule: 'money',
    words: 'What is the salary range for this role?',
    marker: 'Could you',
    line: 'Could you let me know?',
    caretBefore: 'Could you let me know?',
    caretAfter: '',
  },
];

for (const name of browsers()) {
  describe(`draft safety (${name})`, () => {
    let h: Harness;
    let bare: Harness;

    beforeAll(async () => {
      h = await launch(name);
      bare = await launch(name, { extension: false });
    });
    afterAll(async () => {
      await Promise.all([h?.close(), bare?.close()]);
    });

    for (const site of ['gmail', 'outlook'] as const) {
      it(`${site}: the editor's HTML after typing is exactly what it is without the extension (hints shown, a hint selected and left, sidebar toggled, draft paused)`, async () => {
        const editor = PLAIN_EDITOR[site];
        const anchor = site === 'gmail' ? 'clinic\u00a0staff first.' : 'clinic staff first.';
        // The same keystrokes in both browsers; `between` runs only where the extension is, after each step.
        const steps: { at: string; text: string }[] = [
          { at: anchor, text: ' Could you reply ASAP?? What is the salary range, thx!!' },
          { at: 'Hi Priya,', text: ' hope you are well.' },
          { at: 'thx!', text: '\nHey, one more thing: lol.' },
        ];
        const run = async (harness: Harness, between?: (page: Page, step: number) => Promise<void>) => {
          const page = await harness.newMailPage(site);
          await page.setViewport({ width: 1600, height: 1000 });
          await page.waitForSelector(editor);
          for (const [i, step] of steps.entries()) {
            await placeCaretAfter(page, editor, step.at);
            const [first, ...rest] = step.text.split('\n');
            await typeHere(page, first);
            for (const line of rest) {
              await page.keyboard.press('Enter');
              await typeHere(page, line);
            }
            await page.keyboard.press('Backspace');
            await typeHere(page, '.');
            await between?.(page, i);
          }
          const html = await page.$eval(editor, (el) => el.outerHTML);
          await page.close();
          return html;
        };

        const withExtension = await run(h, async (page, step) => {
          const id = site === 'gmail' ? await composeIdAt(page, GMAIL_ROOT, 1) : await composeIdAt(page, COACHED_ROOT, 0);
          await waitForHint(page, id, 'pushy');
          await ensureOpen(page, id);
          if (step === 0) {
            // Selecting a hint puts the selection on its words in the editor; the user then types elsewhere (fix left).
            await clickInSidebar(page, id, '[data-rule="money"] button[data-action="select-hint"]');
            await page.waitForFunction(() => /salary/.test(String(getSelection())), { polling: 50 });
          } else if (step === 1) {
            await clickInSidebar(page, id, 'button[data-action="close"]');
            await clickInSidebar(page, id, 'button[data-action="open"]');
          } else {
            const pause = () =>
              page.$eval(sidebarSelector(id), (host) => (host.shadowRoot!.querySelector('input[data-field="pause-draft"]') as HTMLInputElement).click());
            await pause();
            await waitForNoHint(page, id, 'pushy');
            await pause();
            await waitForHint(page, id, 'pushy');
          }
        });
        const without = await run(bare);
        expect(withExtension).toContain('lol.');
        expect(withExtension).toBe(without);
        expect(h.networkLog).toEqual([]);
      });
    }

    for (const site of ['gmail', 'outlook'] as const) {
      describe(site, () => {
        let page: Page;
        let id: string;
        let editor: string;
        let composeIndex = -1;

        /** A compose holding exactly DRAFT (Gmail: a new pop-up; Outlook: the editor reloaded with it). */
        const freshDraft = async (lines: string[]) => {
          if (site === 'gmail') {
            if (composeIndex >= 0) await gmailFixture.closeCompose(page, composeIndex);
            composeIndex = await gmailFixture.openCompose(page, {
              subject: 'Thank you - Senior Product Designer',
              to: ['priya.raman@lumenhealth.com'],
              body: lines.join('\n'),
            });
            id = await composeIdAt(page, GMAIL_ROOT, composeIndex);
            await waitForLint(page, id, 0);
          } else {
            const count = await lintCount(page, id);
            await outlookFixture.resetBody(page, draftHtml(lines));
            await waitForLint(page, id, count);
          }
          editor = editorIn(id, EDITOR[site]);
          await waitForQuiet(page, id);
          await ensureOpen(page, id);
        };

        beforeAll(async () => {
          page = await h.newMailPage(site);
          await page.setViewport({ width: 1600, height: 1000 });
          if (site === 'outlook') id = await composeIdAt(page, COACHED_ROOT, 0);
        });
        afterAll(() => page?.close());

        it('each kind of fix: one Ctrl+Z undoes it, Ctrl+Y / Ctrl+Shift+Z redo it, the caret ends after it, no word doubled or merged', async () => {
          await freshDraft(DRAFT);
          await waitForHint(page, id, 'money');
          for (const [i, fix] of FIXES.entries()) {
            const label = `${fix.rule} "${fix.words}"`;
            await waitForQuiet(page, id);
            const before = await page.$eval(editor, (el) => el.innerHTML);
            const button = await fixButton(page, id, fix.rule, fix.words);
            await button.click();
            await page.waitForFunction((sel, html) => document.querySelector(sel)!.innerHTML !== html, { polling: 50, timeout: 5_000 }, editor, before);
            const after = await page.$eval(editor, (el) => el.innerHTML);
            expect(await lineWith(page, editor, fix.marker), label).toBe(fix.line);
            const at = await caret(page, editor);
            expect(at, label).toMatchObject({ collapsed: true, inside: true });
            expect(at!.before.endsWith(fix.caretBefore), `${label}: caret after "${at!.before}"`).toBe(true);
            expect(at!.after.startsWith(fix.caretAfter), `${label}: caret before "${at!.after}"`).toBe(true);

            await pressUndo(page);
            await waitForHtml(page, editor, before);
            await pressRedo(page, i % 2 ? 'ctrl+shift+z' : 'ctrl+y');
            await waitForHtml(page, editor, after);
            expect(await lineWith(page, editor, fix.marker), label).toBe(fix.line);
          }
          await waitForNoHint(page, id, 'money');
          await waitForNoHint(page, id, 'pushy');
        });

        it('the skeleton: one Ctrl+Z removes it, redo brings it back, the caret ends after it', async () => {
          await freshDraft(['Hi Priya,', '', 'Best,', 'Jordan']);
          await placeCaretAfter(page, editor, 'Hi Priya,');
          // Count first: the lint may finish (80 ms after the key) before a slow driver returns from the key press.
          const count = await lintCount(page, id);
          await page.keyboard.press('Enter');
          await waitForLint(page, id, count);
          const before = await page.$eval(editor, (el) => el.innerHTML);
          await clickInSidebar(page, id, 'button[data-action="insert-skeleton"]');
          await page.waitForFunction((sel) => document.querySelector(sel)!.textContent!.includes('[something specific'), { polling: 50 }, editor);
          const after = await page.$eval(editor, (el) => el.innerHTML);
          const text = await page.$eval(editor, (el) => (el as HTMLElement).innerText);
          // Inserted once, in one place, above the sign-off that was there.
          expect(text.split('Thank you for taking the time').length).toBe(2);
          expect(text.indexOf('Thank you for taking the time')).toBeLessThan(text.lastIndexOf('Best,'));
          const at = await caret(page, editor);
          expect(at).toMatchObject({ collapsed: true, inside: true });
          expect(at!.after).not.toContain('[something specific');

          await pressUndo(page);
          await waitForHtml(page, editor, before);
          await pressRedo(page, 'ctrl+shift+z');
          await waitForHtml(page, editor, after);
          await pressUndo(page);
          await waitForHtml(page, editor, before);
          await pressRedo(page, 'ctrl+y');
          await waitForHtml(page, editor, after);
        });

        it('a stale hint never applies to moved text: the fix is refused, the hint is recomputed, then applies where the words are now', async () => {
          const lines = [...DRAFT];
          lines[2] = lines[2].replace('thx.', 'thx. Cheers.');
          await freshDraft(lines);
          await waitForHint(page, id, 'tone');
          await waitForQuiet(page, id);
          const count = await lintCount(page, id);
          // In one task, before the extension can re-lint: the user types "thx, " before the flagged "thx" (so the old
          // offsets now hold the new word) and clicks the fix computed for the old text.
          const refused = await page.evaluate(
            (sel, host) => {
              const el = document.querySelector(sel)!;
              const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
              let node = walker.nextNode() as Text | null;
              while (node && !node.data.includes('Tuesday, thx')) node = walker.nextNode() as Text | null;
              const at = node!.data.indexOf('thx');
              (el as HTMLElement).focus();
              getSelection()!.collapse(node!, at);
              document.execCommand('insertText', false, 'thx, ');
              const hint = [...document.querySelector(host)!.shadowRoot!.querySelectorAll('[data-hint][data-rule="tone"]')].find(
                (x) => x.querySelector('.fc-hint-words')?.textContent === '“thx”',
              )!;
              (hint.querySelector('button[data-action="apply-fix"]') as HTMLButtonElement).click();
              return (el as HTMLElement).innerText;
            },
            editor,
            sidebarSelector(id),
          );
          expect(refused).toContain('on Tuesday, thx, thx. Cheers.');
          // Nothing applied after the click either (an async insertion would show up here).
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
          expect(await lineWith(page, editor, 'meeting me')).toContain('on Tuesday, thx, thx. Cheers.');

          // The hints are recomputed for the text as it is now; each fix then lands on its own word.
          await waitForLint(page, id, count);
          await (await fixButton(page, id, 'tone', 'thx')).click();
          await page.waitForFunction((sel) => document.querySelector(sel)!.textContent!.includes('thanks'), { polling: 50 }, editor);
          expect(await lineWith(page, editor, 'meeting me')).toContain('on Tuesday, thanks, thx. Cheers.');
          await waitForQuiet(page, id);
          await (await fixButton(page, id, 'tone', 'thx')).click();
          await page.waitForFunction((sel) => !document.querySelector(sel)!.textContent!.includes('thx'), { polling: 50 }, editor);
          expect(await lineWith(page, editor, 'meeting me')).toContain('on Tuesday, thanks, thanks. Cheers.');
          expect(h.networkLog).toEqual([]);
        });
      });
    }
  });
}
