// Helpers shared by the content-script specs (gmail, outlook, safety): finding a compose window's sidebar and editor,
// placing the caret, waiting for a lint. Built on harness.ts; nothing here knows a rule.
import type { Page } from 'puppeteer-core';
import { sidebarSelector, waitForShadow } from './harness';

/** The compose root attribute the content script sets (outside the editor). */
export const COMPOSE_ATTR = 'data-followup-coach-compose';

/** Waits until the index-th element matching rootSelector is coached; returns its compose id. */
export async function composeIdAt(page: Page, rootSelector: string, index: number): Promise<string> {
  const handle = await page.waitForFunction(
    (selector, i, attr) => document.querySelectorAll(selector)[i]?.getAttribute(attr) || null,
    { polling: 50, timeout: 10_000 },
    rootSelector,
    index,
    COMPOSE_ATTR,
  );
  return (await handle.jsonValue()) as string;
}

/** A selector for the editor inside the compose root with this compose id. */
export function editorIn(composeId: string, editorSelector: string): string {
  return `[${COMPOSE_ATTR}="${composeId}"] ${editorSelector}`;
}

/** How many lints the session has run (the host's data-lint-count debug counter). */
export function lintCount(page: Page, composeId: string): Promise<number> {
  return page.$eval(sidebarSelector(composeId), (host) => Number((host as HTMLElement).dataset.lintCount ?? 0));
}

/** Waits for a lint that finished after `after` lints had run. */
export async function waitForLint(page: Page, composeId: string, after: number, timeout = 10_000): Promise<number> {
  const handle = await page.waitForFunction(
    (selector, n) => {
      const count = Number((document.querySelector(selector) as HTMLElement | null)?.dataset.lintCount ?? 0);
      return count > n ? count : null;
    },
    { polling: 30, timeout },
    sidebarSelector(composeId),
    after,
  );
  return (await handle.jsonValue()) as number;
}

/** Opens the sidebar if it is collapsed to its launcher; waits for the score. */
export async function ensureOpen(page: Page, composeId: string): Promise<void> {
  const host = sidebarSelector(composeId);
  await page.waitForFunction(
    (sel) => {
      const root = document.querySelector(sel)?.shadowRoot;
      if (root?.querySelector('[data-score]')) return true;
      (root?.querySelector('button[data-action="open"]') as HTMLButtonElement | null)?.click();
      return false;
    },
    { polling: 100, timeout: 10_000 },
    host,
  );
}

/**
 * Clicks a control inside a compose window's sidebar with a real mouse click. A lint may re-render the sidebar between
 * finding the element and clicking it: then it is found again.
 */
export async function clickInSidebar(page: Page, composeId: string, innerSelector: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const element = await waitForShadow(page, sidebarSelector(composeId), innerSelector);
    try {
      await element.click();
      return;
    } catch (error) {
      if (attempt >= 3 || !/detached|not clickable|no longer/i.test(String(error))) throw error;
    }
  }
}

/** Puts the caret right after the first occurrence of `text` in the editor (a text node's data must contain it). */
export async function placeCaretAfter(page: Page, editorSelector: string, text: string): Promise<void> {
  await page.$eval(
    editorSelector,
    (editor, wanted) => {
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(wanted);
        if (at < 0) continue;
        (editor as HTMLElement).focus();
        const range = document.createRange();
        range.setStart(node, at + wanted.length);
        range.collapse(true);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not in the editor`);
    },
    text,
  );
}

/** Types at the caret, slowly enough for Firefox over BiDi (src/sites/README.md, "Typing in tests"). */
export async function typeHere(page: Page, text: string, delay = 15): Promise<void> {
  await page.keyboard.type(text, { delay });
}

export function innerHtml(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.innerHTML);
}

/** Anything the extension could have left in an editor: its tag, attributes, class prefix or highlight names. */
export const EXTENSION_MARKUP = /followup-coach|data-compose-id|data-hint|data-lint-count|fc-[a-z]/i;

/** Which named highlights the page's main world sees, with their range counts. */
export function pageHighlights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
    const out: Record<string, number> = {};
    registry?.forEach((highlight, name) => {
      if (name.startsWith('followup-coach')) out[name] = highlight.size;
    });
    return out;
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
