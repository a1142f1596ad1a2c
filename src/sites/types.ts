// What the content script needs from a site. Only adapters know selectors (src/sites/<site>/selectors.ts); where each
// selector comes from is in src/sites/README.md.
import type { ThreadMessage } from '../engine/types.ts';

export type { ThreadMessage };

/**
 * How text is inserted into this site's editor so that one Ctrl+Z undoes it (src/sites/README.md, "Inserting text"):
 * Gmail's plain contenteditable takes execCommand('insertText'); Outlook's RoosterJS takes a synthetic paste.
 */
export type InsertionMethod = 'execCommand' | 'paste';

export interface ComposeWindow {
  /** The compose root element (stable for the life of the compose window, as far as the site allows). */
  root: HTMLElement;
  /** The body editor (contenteditable). May be replaced by the site; call the adapter again to re-find it. */
  body: HTMLElement;
  /** The subject; in a reply that shows no subject box, the conversation's heading; '' when there is none. */
  subject(): string;
  /**
   * Recipient addresses, or "Name <addr>" / bare names when the site shows no address. Empty when the site shows no
   * To field (an Outlook reading-pane reply before its recipient line is focused); never an entry without a letter.
   */
  to(): string[];
  /** True for nodes inside the body that are not the user's draft: signature, quoted history, non-editable islands. */
  isExcluded(node: Node): boolean;
  /**
   * The subject box, where the compose shows one (an inline or reading-pane reply has none). Its text is written by
   * `replaceFieldText` (src/sites/dom.ts), one edit that Ctrl+Z in the box undoes.
   */
  subjectInput?(): HTMLInputElement | null;
  /** The compose's Send button, if the adapter can find it. */
  sendButton?(): HTMLElement | null;
  /**
   * The conversation this draft belongs to, oldest first, as the engine's `Draft.thread`: the earlier messages the page
   * shows around the compose (an inline reply's conversation) merged with the quoted history in its body, each message
   * once. `from` is "Name <addr>" (or what the page shows), `date` ISO 8601 when the page prints one, `body` the
   * message's own text without the history it quotes. Read from the page on each call (a few milliseconds for a long
   * conversation): call it when a compose opens or its quoted history changes, not on every keystroke. Nothing read
   * here leaves the page.
   */
  readThread(): ThreadMessage[];
  /** The writer's own address for this draft (`Draft.from`): the compose's From when it shows one, else the account's. */
  writerAddress(): string | null;
}

export interface SiteAdapter {
  name: 'gmail' | 'outlook';
  /** Does this adapter handle the page at this URL? */
  matches(url: URL): boolean;
  /**
   * Every open compose window in the document (minimized ones included). Only compose windows: a rich-text box
   * elsewhere on the site (a settings editor, a calendar event's description, a chat box) is never one.
   */
  findComposes(doc: Document): ComposeWindow[];
  insertion: InsertionMethod;
  /** The signed-in account's address as the page shows it, or null when it shows none. */
  writerAddress(doc: Document): string | null;
}
