// prepare(): the NLP work of a coming lint(), in slices. lint() is synchronous and its cost is mostly parsing new
// sentences; a host that must never hold the page for long (the content script, on a large paste) calls prepare() in
// idle slices until it returns true, and then lint() of the same draft parses nothing.
import { layout } from './text/segment';
import { warmTexts } from './text/tokens';
import type { Draft } from './types';

/** Default slice: roughly 10–25 ms of parsing on a laptop. */
export const PREPARE_SLICE_CHARS = 2000;

/**
 * Parses up to about `maxChars` characters of the draft's sentences that lint() would parse and no cache holds yet.
 * Returns true when nothing is left. Never throws; pure apart from the shared parse cache.
 */
// The slices of one draft come one after another: its sentences are found once, not once a slice.
let last: { body: string; texts: string[] } | null = null;

export function prepare(draft: Draft, maxChars = PREPARE_SLICE_CHARS): boolean {
  try {
    const body = typeof draft?.body === 'string' ? draft.body : '';
    if (last?.body !== body) last = { body, texts: layout(body).sentences.filter((s) => s.region !== 'quote').map((s) => s.text) };
    return warmTexts(last.texts, Math.max(1, maxChars));
  } catch {
    return true;
  }
}
