// Messages between the extension's contexts, named by direction (sender → receiver).
// The content script listens with browser.runtime.onMessage, checks isFromOwnExtension(sender) and isMessage(msg),
// and answers PopupToContent messages with a DraftState.
import type { Runtime } from 'webextension-polyfill';

/** The popup asks the active tab's content script about, or pauses, the draft being written there. */
export type PopupToContent =
  | { type: 'pause-draft'; paused: boolean }
  | { type: 'get-draft-state' };

/** The background relays keyboard commands to the active tab's content script. */
export type BackgroundToContent = { type: 'toggle-sidebar' };

export type ToContent = PopupToContent | BackgroundToContent;

/** The watcher (the content script on every mail page) asks the background to load the coach into its page. */
export type ContentToBackground = { type: 'load-coach' };

/** The background's answer to 'load-coach'. */
export interface LoadCoachReply {
  loaded: boolean;
}

/**
 * Any extension page (tests, someone profiling) asks a mail page's watcher what it has cost that page so far. Answered
 * whether or not the coach is loaded.
 */
export type PageCostRequest = { type: 'get-page-cost' };

export interface PageCost {
  /** The watcher's own start-up, ms. */
  startupMs: number;
  /** Time spent in its mutation callbacks (the page's DOM changes), ms; and how many batches and records. */
  observerMs: number;
  batches: number;
  records: number;
  /** Is the coach loaded in this page? */
  coach: boolean;
}

/** The content script's answer to any PopupToContent message. */
export interface DraftState {
  /** Is a compose window on this page being coached (a follow-up draft is open)? */
  coaching: boolean;
  /** Is coaching paused for that draft (set by 'pause-draft')? */
  paused: boolean;
}

const TO_CONTENT_TYPES: ReadonlySet<string> = new Set(['pause-draft', 'get-draft-state', 'toggle-sidebar']);

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Shape check for anything a content script receives. */
export function isMessage(x: unknown): x is ToContent {
  if (!isObject(x) || typeof x.type !== 'string' || !TO_CONTENT_TYPES.has(x.type)) return false;
  if (x.type === 'pause-draft') return typeof x.paused === 'boolean';
  return true;
}

export function isPopupToContent(x: unknown): x is PopupToContent {
  return isMessage(x) && x.type !== 'toggle-sidebar';
}

export function isBackgroundToContent(x: unknown): x is BackgroundToContent {
  return isMessage(x) && x.type === 'toggle-sidebar';
}

export function isContentToBackground(x: unknown): x is ContentToBackground {
  return isObject(x) && x.type === 'load-coach';
}

export function isPageCostRequest(x: unknown): x is PageCostRequest {
  return isObject(x) && x.type === 'get-page-cost';
}

export function isDraftState(x: unknown): x is DraftState {
  return isObject(x) && typeof x.coaching === 'boolean' && typeof x.paused === 'boolean';
}

/** True only for messages sent by this extension's own pages and background (never by a page or another extension). */
export function isFromOwnExtension(sender: Runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}
