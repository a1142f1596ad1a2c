// The playground (npm start) in real browsers: served by its own server on a free port, driven like a newcomer would.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { buildPlayground } from '../../src/playground/build.mjs';
import { startServer, type PlaygroundServer } from '../../src/playground/serve.mjs';
import { exampleById } from '../../src/playground/examples';
import {
  browsers,
  editorText,
  launch,
  pressUndo,
  queryShadow,
  sidebarSelector,
  typeInEditor,
  waitForHint,
  waitForNoHint,
  waitForShadow,
  type Harness,
} from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PLAYGROUND_DIR = path.join(ROOT, 'dist/playground');
const ARTIFACTS_DIR = path.join(ROOT, 'test/e2e/artifacts');
const COMPOSE_ID = 'playground';
const EDITOR = '#pg-body';
const SIDEBAR = sidebarSelector(COMPOSE_ID);
const MONEY = exampleById('money')!.body;
const MONEY_SENTENCE = 'Could you also tell me the salary range for this role and how many vacation days I would get?';

/** The editor's lines (one <div> each, as the playground writes them) joined by '\n': the draft as the coach reads it. */
function editorLines(page: Page): Promise<string> {
  return page.$eval(EDITOR, (editor) => [...editor.children].map((line) => line.textContent).join('\n'));
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** How many lints the playground has run (the sidebar host's data-lint-count). */
function lintCount(page: Page): Promise<number> {
  return page.$eval(SIDEBAR, (host) => Number((host as HTMLElement).dataset.lintCount ?? 0));
}

async function waitForLintAfter(page: Page, after: number): Promise<void> {
  await page.waitForFunction(
    (selector, n) => Number((document.querySelector(selector) as HTMLElement | null)?.dataset.lintCount ?? 0) > n,
    { polling: 30, timeout: 10_000 },
    SIDEBAR,
    after,
  );
}

/** Clicks an example in the menu and waits for the lint of its draft. */
async function pickExample(page: Page, id: string): Promise<void> {
  const before = await lintCount(page);
  await page.click(`button[data-example="${id}"]`);
  await waitForLintAfter(page, before);
}

async function score(page: Page): Promise<number> {
  const el = await waitForShadow(page, SIDEBAR, '[data-score]');
  return Number(await el.evaluate((node) => node.textContent));
}

for (const name of browsers()) {
  describe(`${name}: playground`, () => {
    let h: Harness;
    let server: PlaygroundServer;
    let page: Page;
    const requests: string[] = [];

    beforeAll(async () => {
      if (!existsSync(path.join(PLAYGROUND_DIR, 'index.html'))) await buildPlayground(PLAYGROUND_DIR);
      server = await startServer({ root: PLAYGROUND_DIR, port: 0 });
      h = await launch(name);
      page = await h.browser.newPage();
      page.setDefaultTimeout(15_000);
      page.on('request', (request) => void requests.push(request.url()));
      await page.setViewport({ width: 1280, height: 1000 });
      await page.goto(`http://127.0.0.1:${server.port}/`, { waitUntil: 'load' });
      await waitForShadow(page, SIDEBAR, '[data-score]');
    });

    afterAll(async () => {
      await h?.close();
      await server?.close();
    });

    it('money talk: the hint is underlined, and its fix deletes exactly the sentence, undone by one Ctrl+Z', async () => {
      await pickExample(page, 'money');
      const hint = await waitForHint(page, COMPOSE_ID, 'money');
      expect(await editorLines(page)).toBe(MONEY);
      expect(await page.evaluate(() => CSS.highlights.has('followup-coach-error'))).toBe(true);

      await mkdir(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, `playground-${name}.png`) as `${string}.png`, fullPage: true });

      const fix = await hint.$('button[data-action="apply-fix"]');
      expect(fix).not.toBeNull();
      await fix!.click();
      await waitForNoHint(page, COMPOSE_ID, 'money');
      // Exactly the flagged span went (the sentence and the blank line after it): no words lost, no blank line left over.
      expect(MONEY).toContain(`${MONEY_SENTENCE}\n\n`);
      expect(await editorLines(page)).toBe(MONEY.replace(`${MONEY_SENTENCE}\n\n`, ''));
      expect(await page.evaluate(() => CSS.highlights.has('followup-coach-error'))).toBe(false);

      await pressUndo(page);
      await page.waitForFunction((sel, s) => (document.querySelector(sel) as HTMLElement).innerText.includes(s), {}, EDITOR, MONEY_SENTENCE);
      expect(await editorLines(page)).toBe(MONEY);
      await waitForHint(page, COMPOSE_ID, 'money');
    });

    it('clicking a hint selects its words in the editor', async () => {
      await pickExample(page, 'money');
      const hint = await waitForHint(page, COMPOSE_ID, 'money');
      const select = await hint.$('button[data-action="select-hint"]');
      await select!.click();
      const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
      expect(selected.trim()).toBe(MONEY_SENTENCE);
      expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), EDITOR)).toBe(true);
    });

    it('the good note scores 90 or more; typing slang brings a tone hint after a pause', async () => {
      await pickExample(page, 'good');
      expect(await score(page)).toBeGreaterThanOrEqual(90);
      // send-time depends on the hour the test runs (the send-at field starts at the current time), not on the note.
      expect(await queryShadow(page, SIDEBAR, '[data-hint]:not([data-rule="send-time"])')).toBeNull();

      await typeInEditor(page, EDITOR, 'Yo!!! ', { at: 'start' });
      await waitForHint(page, COMPOSE_ID, 'tone');
      expect(await score(page)).toBeLessThan(90);
    });

    it("a fix for the subject line writes the page's subject box, never the body", async () => {
      await pickExample(page, 'good');
      await waitForShadow(page, SIDEBAR, '[data-score]');
      const body = await editorLines(page);
      await page.click('#pg-subject', { count: 3 });
      await page.keyboard.type('Hello', { delay: 15 });
      const hint = await waitForHint(page, COMPOSE_ID, 'subject');
      const fix = await hint.$('button[data-action="apply-fix"][data-target="subject"]');
      expect(fix).not.toBeNull();
      await fix!.click();
      await page.waitForFunction(() => (document.querySelector('#pg-subject') as HTMLInputElement).value !== 'Hello', { polling: 50 });
      expect(await page.$eval('#pg-subject', (input) => (input as HTMLInputElement).value)).toBe('Thank you – Senior Data Analyst interview');
      await waitForNoHint(page, COMPOSE_ID, 'subject');
      expect(await editorLines(page)).toBe(body);
    });

    it('a rule turned off in the settings disappears from the sidebar', async () => {
      await pickExample(page, 'money');
      await waitForHint(page, COMPOSE_ID, 'money');
      await page.click('input[name="rule:money"]');
      await waitForNoHint(page, COMPOSE_ID, 'money');
      await page.click('input[name="rule:money"]');
      await waitForHint(page, COMPOSE_ID, 'money');
    });

    it('inserts the skeleton at the caret into a blank draft, undone by one Ctrl+Z', async () => {
      await pickExample(page, 'blank');
      await page.type('#pg-user-name', 'Sam Okafor');
      await page.click(EDITOR);
      const button = await waitForShadow(page, SIDEBAR, 'button[data-action="insert-skeleton"]');
      await button.click();
      await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLElement).innerText.includes('Thank you for taking the time'), {}, EDITOR);
      const text = await editorText(page, EDITOR);
      expect(text).toMatch(/^Hi Priya,/);
      expect(text).toContain('Senior Data Analyst role at Lumen Health');
      expect(text.trim()).toMatch(/Sam Okafor$/);

      await page.focus(EDITOR);
      await pressUndo(page);
      await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLElement).innerText.trim() === '', {}, EDITOR);
    });

    it('is accessible (axe, WCAG A/AA) and loads nothing from anywhere but its own server', async () => {
      await pickExample(page, 'money');
      await waitForHint(page, COMPOSE_ID, 'money');
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const { violations } = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
        return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
      });
      expect(violations).toEqual([]);

      const origin = `http://127.0.0.1:${server.port}/`;
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    });
  });
}
