// Site adapters: pickAdapter(url) chooses the one for the page, or null where Follow-Up Coach does not run.
import type { SiteAdapter } from './types.ts';
import { gmailAdapter } from './gmail/adapter.ts';
import { outlookAdapter } from './outlook/adapter.ts';

export type { ComposeWindow, InsertionMethod, SiteAdapter, ThreadMessage } from './types.ts';
export { gmailAdapter, outlookAdapter };

export const adapters: readonly SiteAdapter[] = [gmailAdapter, outlookAdapter];

export function pickAdapter(url: URL): SiteAdapter | null {
  return adapters.find((adapter) => adapter.matches(url)) ?? null;
}
