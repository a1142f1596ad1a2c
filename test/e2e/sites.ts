// The mail sites as the specs meet them: the editor and compose-root selectors (the adapters' own, imported, never
// copied), the fixture pages' helpers (__fixture), opening a compose that holds a given draft, and the check every site
// must pass for the skeleton (inserted once, and one Ctrl+Z restores the exact body). Built on harness.ts and coach.ts.
import type { Page } from 'puppeteer-core';
import { gmailSelectors } from '../../src/sites/gmail/selectors.ts';
import { outlookSelectors } from '../../src/sites/outlook/selectors.ts';
import { pressUndo, waitForHint, type Harness, type Site } from './harness';
import { clickInSidebar, COMPOSE_ATTR, composeIdAt, editorIn, ensureOpen, lintCount, waitForLint } from './coach';

/** Each site's message body, by the adapter's first body selector (the one the live site is expected to match). */
export const EDITOR: Record<Site, string> = {
  gmail: gmailSelectors.body[0],
  outlook: outlookSelectors.body[0],
};

/** Gmail's compose roots (.M9), in document order: the fixture's __fixture helpers number composes by them. */
export const GMAIL_ROOT = gmailSelectors.composeRoot;

/** Every compose root the content script coaches (it marks each with COMPOSE_ATTR). */
export const COACHED_ROOT = `[${COMPOSE_ATTR}]`;

export interface ComposeOptions {
  subject?: string;
  to?: string[];
  /** Lines of the body; Gmail adds its signature below them. */
  body?: string;
}

interface GmailPage {
  __fixture: {
    openCompose(o: ComposeOptions): number;
    closeCompose(i: number): void;
    replaceEditor(i: number): HTMLElement;
    goFullScreen(i: number): number;
    minimize(i: number): void;
    count(): number;
    sent: { subject: string; to: string[]; html: string; text: string }[];
  };
}

interface OutlookPage {
  __fixture: {
    initialHtml: string;
    resetBody(html?: string): void;
    bodyHtml(): string;
    settle(): Promise<void>;
    showRecipients?(): void;
    switchBackground?(light: boolean): void;
  };
}

/** The Gmail fixture's helpers (test/fixtures/sites/gmail.html). */
export const gmailFixture = {
  /** Opens a pop-up compose in the dock; resolves to its index among the .M9 roots. */
  openCompose: (page: Page, options: ComposeOptions) => page.evaluate((o) => (window as unknown as GmailPage).__fixture.openCompose(o), options),
  closeCompose: (page: Page, index: number) => page.evaluate((i) => (window as unknown as GmailPage).__fixture.closeCompose(i), index),
  replaceEditor: (page: Page, index: number) => page.evaluate((i) => void (window as unknown as GmailPage).__fixture.replaceEditor(i), index),
  goFullScreen: (page: Page, index: number) => page.evaluate((i) => (window as unknown as GmailPage).__fixture.goFullScreen(i), index),
  minimize: (page: Page, index: number) => page.evaluate((i) => (window as unknown as GmailPage).__fixture.minimize(i), index),
  sent: (page: Page) => page.evaluate(() => (window as unknown as GmailPage).__fixture.sent),
};

/** The Outlook fixtures' helpers (test/fixtures/sites/outlook*.html): the real RoosterJS editor. */
export const outlookFixture = {
  /** Reloads the editor with this HTML (the captured body when omitted), as when Outlook reopens a draft. */
  resetBody: (page: Page, html?: string) => page.evaluate((b) => (window as unknown as OutlookPage).__fixture.resetBody(b ?? undefined), html ?? null),
  initialHtml: (page: Page) => page.evaluate(() => (window as unknown as OutlookPage).__fixture.initialHtml),
  settle: (page: Page) => page.evaluate(() => (window as unknown as OutlookPage).__fixture.settle()),
  /** outlook-reply: what focusing the recipient line does (the To field appears). */
  showRecipients: (page: Page) => page.evaluate(() => (window as unknown as OutlookPage).__fixture.showRecipients?.()),
  /** The dark fixtures: Outlook's "Switch background" for the message being written. */
  switchBackground: (page: Page, light: boolean) => page.evaluate((l) => (window as unknown as OutlookPage).__fixture.switchBackground?.(l), light),
};

/** Lines as the editors write them: one <div> each, a blank line as <div><br></div>. */
export function draftHtml(lines: readonly string[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return lines.map((line) => `<div>${line ? escape(line) : '<br>'}</div>`).join('');
}

export interface OpenedDraft {
  page: Page;
  /** The compose id (data-compose-id of its sidebar). */
  id: string;
  /** A selector for its editor. */
  editor: string;
  /** Gmail: its index among the .M9 roots; Outlook: 0. */
  index: number;
}

export interface OpenDraftOptions extends ComposeOptions {
  /** The fixture page (default: the site's own). */
  fixture?: string;
  viewport?: { width: number; height: number };
  /** Gmail: close the two pop-ups the page starts with, so only the inline reply and this draft are left. */
  alone?: boolean;
  /** Wait for a hint of each of these rules before returning. */
  hints?: readonly string[];
  /** Open the sidebar (default true). */
  open?: boolean;
}

/**
 * A mail page with a compose holding `lines`: in Gmail a new pop-up (subject and To from the options), in Outlook the
 * fixture's compose with its body replaced. Waits for the lint of that draft.
 */
export async function openDraft(h: Harness, site: Site, lines: readonly string[], options: OpenDraftOptions = {}): Promise<OpenedDraft> {
  const page = await h.newMailPage(site, options.fixture);
  await page.setViewport(options.viewport ?? { width: 1280, height: 900 });
  let id: string;
  let index = 0;
  if (site === 'gmail') {
    if (options.alone) {
      await gmailFixture.closeCompose(page, 2);
      await gmailFixture.closeCompose(page, 1);
    }
    index = await gmailFixture.openCompose(page, {
      subject: options.subject ?? 'Thank you - Senior Product Designer interview',
      to: options.to ?? ['priya.raman@lumenhealth.com'],
      body: lines.join('\n'),
    });
    id = await composeIdAt(page, GMAIL_ROOT, index);
    await waitForLint(page, id, 0);
  } else {
    id = await composeIdAt(page, COACHED_ROOT, 0);
    const settled = await lintCount(page, id);
    await outlookFixture.resetBody(page, draftHtml(lines));
    await waitForLint(page, id, settled);
  }
  if (options.open ?? true) await ensureOpen(page, id);
  for (const rule of options.hints ?? []) await waitForHint(page, id, rule);
  return { page, id, editor: editorIn(id, EDITOR[site]), index };
}

/** Waits until the editor's innerHTML is exactly `html`. */
export function waitForHtml(page: Page, editor: string, html: string, timeout = 5_000) {
  return page.waitForFunction((sel, want) => document.querySelector(sel)?.innerHTML === want, { polling: 50, timeout }, editor, html);
}

/**
 * Clicks "insert skeleton" in this compose's sidebar and checks what every site must do: the skeleton appears once,
 * and one Ctrl+Z restores the body exactly as it was. Resolves to the editor's text with the skeleton in it.
 */
export async function insertSkeletonAndUndo(page: Page, id: string, editor: string, beforeUndo?: (text: string) => Promise<void>): Promise<string> {
  await ensureOpen(page, id);
  const before = await page.$eval(editor, (el) => el.innerHTML);
  await clickInSidebar(page, id, 'button[data-action="insert-skeleton"]');
  await page.waitForFunction((sel) => document.querySelector(sel)!.textContent!.includes('[something specific'), { polling: 50 }, editor);
  const text = await page.$eval(editor, (el) => (el as HTMLElement).innerText);
  if (text.split('[something specific').length !== 2) throw new Error(`the skeleton was not inserted exactly once:\n${text}`);
  await beforeUndo?.(text);
  await pressUndo(page);
  await waitForHtml(page, editor, before);
  return text;
}
