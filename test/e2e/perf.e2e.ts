// What the coach costs the page, in Chromium and Firefox (issue 9): keystroke-to-hint latency, the longest main-thread
// task while typing and while pasting a huge draft, and what every mail page pays with no compose window open.
// Timing numbers are printed, not asserted (the machine may be shared): the assertions check what holds at any load —
// a large paste's first lint is spread over several tasks (before issue 9 it was one task of 0.15-0.9 s); the coach is
// not loaded on a page without a compose and comes with the first one; the watcher stays under 40 KB (was 537 KB).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { browsers, launch, sidebarSelector, type BrowserName, type Harness } from './harness';
import { composeIdAt, editorIn, ensureOpen, lintCount, median, placeCaretAfter, typeHere, waitForLint } from './coach';
import { blockFor, startProbe, stopProbe } from './longTasks';

const ROOT = path.resolve(import.meta.dirname, '../..');
const M9 = '.M9';
const EDITOR = 'div[g_editable="true"]';
const DIST: Record<BrowserName, string> = { chromium: path.join(ROOT, 'dist/chrome'), firefox: path.join(ROOT, 'dist/firefox') };
const WATCHER_MAX_BYTES = 40 * 1024;

type GmailFixture = { __fixture: { openCompose(o: object): number; closeCompose(i: number): void; count(): number } };

const THANKS = 'Hi Sam,\n\nThank you for meeting me today. I enjoyed hearing about the warehouse dashboards.\n\nBest,\nJordan';

async function openCompose(page: Page, body = THANKS): Promise<{ index: number; id: string }> {
  const index = await page.evaluate(
    (b) => (window as unknown as GmailFixture).__fixture.openCompose({ subject: 'Thank you - Data Analyst interview', to: ['sam.rivera@harvestmill.com'], body: b }),
    body,
  );
  return { index, id: await composeIdAt(page, M9, index) };
}

function closeCompose(page: Page, index: number): Promise<void> {
  return page.evaluate((i) => (window as unknown as GmailFixture).__fixture.closeCompose(i), index);
}

/** Page time now. */
const pageNow = (page: Page) => page.evaluate(() => performance.now());

/**
 * Puts a pasted text into the draft the way a paste ends up: new nodes after the first line, then one input event.
 * `lines` of text become one <div> each; returns the page time when the insertion (the browser's own work) ended.
 */
function paste(page: Page, editor: string, lines: string[]): Promise<number> {
  return page.evaluate(
    (sel, texts) => {
      const body = document.querySelector(sel) as HTMLElement;
      const fragment = document.createDocumentFragment();
      for (const text of texts) {
        const div = document.createElement('div');
        div.textContent = text;
        fragment.append(div);
      }
      body.insertBefore(fragment, body.children[1] ?? null);
      body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      return performance.now();
    },
    editor,
    lines,
  );
}

/** Waits until the sidebar says only part of the draft is checked: the lint of the pasted draft has run. */
function waitForClippedNotice(page: Page, id: string): Promise<unknown> {
  return page.waitForFunction(
    (sel) => /first 10,000 characters/.test(document.querySelector(sel)?.shadowRoot?.textContent ?? ''),
    { polling: 50, timeout: 20_000 },
    sidebarSelector(id),
  );
}

/** The coach's own debug counters on its sidebar host. */
function coachCounters(page: Page, id: string) {
  return page.$eval(sidebarSelector(id), (host) => {
    const d = (host as HTMLElement).dataset;
    return {
      lintMs: Number(d.lintMs),
      lintMaxMs: Number(d.lintMaxMs),
      longestTaskMs: Number(d.longestTaskMs),
      heaviestLint: JSON.parse(d.heaviestLint ?? '{}') as { tasks?: number; ms?: number; longestMs?: number },
    };
  });
}

for (const name of browsers()) {
  describe(`perf (${name})`, () => {
    let h: Harness;
    let page: Page;
    /** Chromium: what the first mail page of a fresh browser (nothing compiled yet) spent on each extension script. */
    let coldLoad: Record<string, number> | null = null;

    beforeAll(async () => {
      h = await launch(name);
      const tracing = name === 'chromium' ? await startBrowserTrace(h) : null;
      page = await h.newMailPage('gmail');
      await page.setViewport({ width: 1600, height: 1000 });
      await composeIdAt(page, M9, 2);
      if (tracing) coldLoad = scriptCost(await tracing.stop(), h.origin).evaluate;
    });
    afterAll(() => h?.close());

    it('keystroke-to-hint latency', async () => {
      const { index, id } = await openCompose(page);
      await ensureOpen(page, id);
      const editor = editorIn(id, EDITOR);
      const host = sidebarSelector(id);
      const moneyHints = (n: number, polling: 'raf' | number) =>
        page.waitForFunction(
          (sel, want) => (document.querySelector(sel)!.shadowRoot!.querySelectorAll('[data-hint][data-rule="money"]').length === want ? performance.now() : null),
          { polling, timeout: 5_000 },
          host,
          n,
        );
      await placeCaretAfter(page, editor, 'warehouse dashboards.');
      const samples: number[] = [];
      const fromPress: number[] = [];
      const typed = ' Is there a signing bonu';
      for (let i = 0; i < 12; i++) {
        const settled = await lintCount(page, id);
        await typeHere(page, typed);
        await waitForLint(page, id, settled);
        await moneyHints(0, 50);
        // From the key's keydown in the page (the browser got the key) to the sidebar showing the money hint; the
        // time from the test's press is printed too (it adds the automation protocol's own delay).
        const pressedAt = await page.evaluate(() => {
          const w = window as unknown as { __keyAt?: number };
          w.__keyAt = undefined;
          document.addEventListener('keydown', () => (w.__keyAt ??= performance.now()), { capture: true, once: true });
          return performance.now();
        });
        await page.keyboard.press('s');
        const shownAt = (await (await moneyHints(1, 'raf')).jsonValue()) as number;
        const keyAt = await page.evaluate(() => (window as unknown as { __keyAt?: number }).__keyAt ?? NaN);
        samples.push(shownAt - keyAt);
        fromPress.push(shownAt - pressedAt);
        for (let k = 0; k <= typed.length; k++) await page.keyboard.press('Backspace', { delay: 10 });
        await moneyHints(0, 50);
      }
      const list = (xs: number[]) => xs.map((s) => s.toFixed(0)).join(', ');
      console.log(
        `[${name}] keystroke-to-hint latency: median ${median(samples).toFixed(0)} ms from keydown (${list(samples)}); ` +
          `median ${median(fromPress).toFixed(0)} ms from the test's key press`,
      );
      expect(samples.every((s) => Number.isFinite(s) && s >= 0)).toBe(true);
      expect(median(samples)).toBeLessThan(1_000);
      await closeCompose(page, index);
    });

    it('typing into a draft holds the main thread for no long task', async () => {
      const { index, id } = await openCompose(page);
      await waitForLint(page, id, 0);
      await placeCaretAfter(page, editorIn(id, EDITOR), 'warehouse dashboards.');
      await startProbe(page);
      const before = await lintCount(page, id);
      await typeHere(page, ' We also talked about the forecasting work your team does each week, and the new intake dashboards.', 15);
      await waitForLint(page, id, before);
      const { longest } = await stopProbe(page);
      const lints = (await lintCount(page, id)) - before;
      const coach = await coachCounters(page, id);
      console.log(
        `[${name}] typing 100 characters: longest main-thread task ${longest.toFixed(0)} ms; ${lints} lints, ` +
          `the longest ${coach.lintMaxMs} ms, the coach's longest task ${coach.longestTaskMs} ms`,
      );
      expect(lints).toBeGreaterThan(0);
      await closeCompose(page, index);
    });

    for (const [label, lines] of [
      ['a 50,000-character line', [Array.from({ length: 7200 }, (_, i) => ['ferry', 'route', 'planning', 'weather', 'Bergen', 'spreadsheet'][i % 6] + ((i * 7919) % 100_003)).join(' ').slice(0, 50_000)]],
      ['3,000 short lines', Array.from({ length: 3000 }, (_, i) => `We covered item ${i}: the ${['intake', 'billing', 'routing', 'reports'][i % 4]} work of week ${(i * 37) % 52}.`)],
    ] as const) {
      it(`pasting ${label}: the first lint holds the page for no long task, nor does typing after it`, async () => {
        const { index, id } = await openCompose(page);
        await waitForLint(page, id, 0);
        const editor = editorIn(id, EDITOR);
        await startProbe(page);
        const pastedAt = await paste(page, editor, [...lines]);
        await waitForClippedNotice(page, id);
        const afterPaste = await stopProbe(page, pastedAt);
        const pasted = await coachCounters(page, id);

        // Typing into the large draft: each keystroke's lint.
        await placeCaretAfter(page, editor, 'Hi Sam,');
        await startProbe(page);
        const typingFrom = await pageNow(page);
        const count = await lintCount(page, id);
        await typeHere(page, ' and thanks again', 40);
        await waitForLint(page, id, count);
        await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
        const typing = await stopProbe(page, typingFrom);

        // Control: the probe sees a deliberate 120 ms block.
        await startProbe(page);
        await blockFor(page, 120);
        const control = await stopProbe(page);

        const typed = await coachCounters(page, id);
        const first = pasted.heaviestLint;
        console.log(
          `[${name}] paste of ${label} (${lines.join('\n').length} chars): longest main-thread task ${afterPaste.longest.toFixed(0)} ms after it ` +
            `(its first lint: ${first.tasks} tasks, ${first.ms} ms in all, the longest ${first.longestMs} ms); ` +
            `${typing.longest.toFixed(0)} ms while typing in it (lints of ${typed.lintMs} ms, the coach's longest task ${typed.longestTaskMs} ms)`,
        );
        expect(control.longest).toBeGreaterThanOrEqual(100);
        // The first lint of the pasted draft is spread over tasks (parse slices, then the lint on its own), never one
        // task holding the page for all of it; how long each took is printed above, not asserted (the machine is shared).
        expect(first.tasks).toBeGreaterThanOrEqual(2);
        expect(first.longestMs!).toBeLessThan(first.ms!);
        await closeCompose(page, index);
      });
    }

    it('every mail page with no compose open pays only for a small watcher; the coach comes with the first compose', async () => {
      const watcherBytes = statSync(path.join(DIST[name], 'content.js')).size;
      const manifest = JSON.parse(readFileSync(path.join(DIST[name], 'manifest.json'), 'utf8'));
      const perPage = manifest.content_scripts.flatMap((cs: { js: string[] }) => cs.js).map((f: string) => statSync(path.join(DIST[name], f)).size);
      const bare = await h.newMailPage('gmail');
      // This first load has its composes open: let the coach come before the reload below.
      await bare.waitForFunction(() => document.querySelectorAll('followup-coach-sidebar').length > 0, { polling: 50, timeout: 15_000 });
      // Close every compose before the content script runs (it runs when the document is idle).
      await bare.evaluateOnNewDocument(() => {
        document.addEventListener('DOMContentLoaded', () => {
          history.replaceState(null, '', '#no-compose');
          const fixture = (window as unknown as Partial<GmailFixture>).__fixture;
          while (fixture && fixture.count() > 0) fixture.closeCompose(0);
        });
      });
      let report = `[${name}] per-page cost with no compose open: content script ${perPage.map((b: number) => `${(b / 1024).toFixed(1)} KB`).join(' + ')}`;
      if (name === 'chromium') {
        await bare.tracing.start({ categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] });
        await bare.reload({ waitUntil: 'load' });
        await bare.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
        // A busy page: the site re-renders part of its DOM every frame for 3 s.
        await churn(bare, 3000);
        const trace = JSON.parse(Buffer.from((await bare.tracing.stop())!).toString()) as { traceEvents: TraceEvent[] };
        const cost = scriptCost(trace.traceEvents, h.origin);
        const cold = coldLoad?.['content.js'];
        report += `; compile and run ${cold?.toFixed(1) ?? 'n/a'} ms on the first page of a fresh browser, ${cost.evaluate['content.js']?.toFixed(1) ?? 'n/a'} ms on a reload`;
        report += `; its callbacks ${cost.callbacks.toFixed(1)} ms over 1 s idle and 3 s of re-rendering`;
        if (coldLoad?.['coach.js'] !== undefined) report += ` (the coach, once a compose opened: ${coldLoad['coach.js'].toFixed(1)} ms)`;
        expect(Object.keys(cost.evaluate)).toEqual(['content.js']);
      } else {
        await bare.reload({ waitUntil: 'load' });
        await bare.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
        await churn(bare, 3000);
      }
      const self = await pageCost(h, '#no-compose');
      report += `; the watcher's own timing: start ${self?.startupMs.toFixed(1)} ms, mutation callbacks ${self?.observerMs.toFixed(1)} ms for ${self?.records} records in ${self?.batches} frames`;
      console.log(report);
      expect(watcherBytes).toBeLessThanOrEqual(WATCHER_MAX_BYTES);
      expect(self?.coach).toBe(false);
      expect(await bare.evaluate(() => document.querySelectorAll('followup-coach-sidebar').length)).toBe(0);

      // The first compose brings the coach.
      await bare.evaluate(() => (window as unknown as GmailFixture).__fixture.openCompose({ subject: 'Thank you', to: ['sam@harvestmill.com'], body: 'Hi Sam,' }));
      await bare.waitForFunction(() => document.querySelectorAll('followup-coach-sidebar').length === 1, { polling: 50, timeout: 15_000 });
      expect((await pageCost(h, '#no-compose'))?.coach).toBe(true);
      await bare.close();
    });
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string }; fileName?: string };
}

/** Milliseconds of script per extension file: evaluating it (compile and run) and its callbacks (observers, events). */
function scriptCost(events: TraceEvent[], origin: string) {
  const evaluate: Record<string, number> = {};
  let callbacks = 0;
  for (const event of events) {
    const url = event.args?.data?.url ?? '';
    if (!url.startsWith(origin + '/') || event.ph !== 'X') continue;
    const file = url.slice(origin.length + 1);
    if (event.name === 'EvaluateScript') evaluate[file] = (evaluate[file] ?? 0) + (event.dur ?? 0) / 1000;
    else if (event.name === 'FunctionCall') callbacks += (event.dur ?? 0) / 1000;
  }
  return { evaluate, callbacks };
}

/** Chromium: a trace of the whole browser (every renderer), started before any page exists. */
async function startBrowserTrace(h: Harness): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const cdp = await h.browser.target().createCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => void events.push(...(event.value as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      return events;
    },
  };
}

/** Re-renders a list of 200 elements every frame for `ms`, as a busy web app does. */
function churn(page: Page, ms: number): Promise<void> {
  return page.evaluate(
    (duration) =>
      new Promise<void>((resolve) => {
        const list = document.createElement('div');
        document.body.append(list);
        const end = performance.now() + duration;
        const frame = () => {
          const rows = document.createDocumentFragment();
          for (let i = 0; i < 200; i++) {
            const row = document.createElement('div');
            row.className = 'row';
            row.innerHTML = `<span>${i}</span><b>message ${Math.random().toString(36).slice(2)}</b>`;
            rows.append(row);
          }
          list.replaceChildren(rows);
          if (performance.now() < end) requestAnimationFrame(frame);
          else {
            list.remove();
            resolve();
          }
        };
        requestAnimationFrame(frame);
      }),
    ms,
  );
}

/** The watcher's own measurements in the mail tab whose address ends with `hash`, asked through an extension page. */
async function pageCost(h: Harness, hash: string): Promise<{ startupMs: number; observerMs: number; batches: number; records: number; coach: boolean } | null> {
  const popup = await h.openExtensionPage('popup.html');
  try {
    return await popup.evaluate(async (wanted) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url?.endsWith(wanted));
      if (tab?.id === undefined) return null;
      return chrome.tabs.sendMessage(tab.id, { type: 'get-page-cost' });
    }, hash);
  } finally {
    await popup.close();
  }
}
