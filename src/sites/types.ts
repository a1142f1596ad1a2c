// What the content script needs from a site. Only adapters know selectors (src/sites/<site>/selectors.ts).

/** How text is inserted into this site's editor so that one Ctrl+Z undoes it (see shared/reference/sites.md). */
export type InsertionMethod = 'execCommand' | 'paste';

export interface ComposeWindow {
  /** The compose root element (stable for the life of the compose window, as far as the site allows). */
  root: HTMLElement;
  /** The body editor (contenteditable). May be replaced by the site; call the adapter again to re-find it. */
  body: HTMLElement;
  subject(): string;
  /** Recipient addresses, or "Name <addr>" / bare names when the site shows no address. */
  to(): string[];
  /** True for nodes inside the body that are not the user's draft: signature, quoted history, non-editable islands. */
  isExcluded(node: Node): boolean;
  /** The compose's Send button, if the adapter can find it. */
  sendButton?(): HTMLElement | null;
}

export interface SiteAdapter {
  name: 'gmail' | 'outlook';
  /** Does this adapter handle the page at this URL? */
  matches(url: URL): boolean;
  /** Every open compose window in the document (minimized ones included). */
  findComposes(doc: Document): ComposeWindow[];
  insertion: InsertionMethod;
}
