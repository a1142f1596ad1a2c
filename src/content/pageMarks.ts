// What the extension puts in a mail page (CONTRACT.md section 4): one sidebar host element per coached compose window
// and an attribute on the compose root tying the two together, plus the named CSS highlights. Shared by the watcher
// that runs on every mail page and the coach it loads, so it stays tiny.
import { FOCUS_HIGHLIGHT, HIGHLIGHT_NAMES } from './highlights.ts';

export const HOST_TAG = 'followup-coach-sidebar';
export const COMPOSE_ATTR = 'data-followup-coach-compose';

/**
 * Removes what an earlier instance of the extension left in the page. Firefox destroys a content script's sandbox when
 * its extension is reloaded or updated, so that instance can't clean up, and injects the new one into open tabs.
 */
export function removeLeftovers(doc: Document): void {
  for (const host of doc.querySelectorAll(HOST_TAG)) host.remove();
  for (const root of doc.querySelectorAll(`[${COMPOSE_ATTR}]`)) root.removeAttribute(COMPOSE_ATTR);
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  // By name, without reading the old Highlight objects: in Firefox they belong to the destroyed sandbox, and touching
  // one (even as a forEach argument) throws "can't access dead object".
  for (const name of [...Object.values(HIGHLIGHT_NAMES), FOCUS_HIGHLIGHT]) registry?.delete(name);
}

/**
 * Tells whether the page added an editable element it did not have before (where a compose body could be), reading the
 * DOM natively: a mutation that adds a few nodes is checked node by node, a larger one (a list re-rendered) by one query
 * of its parent, so a busy page's churn costs a query per mutation, not a look at every added node from this world.
 * Editables already seen (a chat box, a known compose body) do not count again.
 */
export class NewEditables {
  private known = new WeakSet<Element>();

  /** Every editable element in the document now is seen: only others count as new from here on. */
  rememberAll(doc: Document): void {
    for (const el of doc.querySelectorAll('[contenteditable]')) this.known.add(el);
  }

  /** This one counts as new again (the body of a compose that closed: if it comes back, it is a compose again). */
  forget(el: Element): void {
    this.known.delete(el);
  }

  /** Forgets what was seen (everything counts as new again). */
  reset(): void {
    this.known = new WeakSet();
  }

  /** Did this childList record add an editable element not seen before? */
  addedBy(record: MutationRecord): boolean {
    const nodes = record.addedNodes;
    if (nodes.length === 0) return false;
    if (nodes.length <= 4) {
      for (let i = 0; i < nodes.length; i++) if (nodes[i].nodeType === 1 && this.holdsNew(nodes[i] as Element)) return true;
      return false;
    }
    return this.holdsNew(record.target as Element);
  }

  private holdsNew(root: Element): boolean {
    if (root.nodeType === 1 && root.hasAttribute('contenteditable') && !this.known.has(root)) return true;
    for (const el of root.querySelectorAll('[contenteditable]')) if (!this.known.has(el)) return true;
    return false;
  }
}

/** Set on the content-script world's global once the coach runs there (the watcher then stops asking for it). */
export const COACH_LOADED = '__followUpCoachLoaded';
/** Set by the watcher before it asks for the coach: a coach injected into a document that did not ask does nothing. */
export const COACH_WANTED = '__followUpCoachWanted';
