// The sidebar's public API: the content script owns the host element and the state, and calls update() on each lint.
import { render } from 'preact';
import type { Hint, LintResult } from '../engine/types';
import { Sidebar } from './Sidebar';
import { SIDEBAR_CSS } from './styles';

export interface SidebarModel {
  composeId: string;
  /** null while the first lint is pending. */
  result: LintResult | null;
  /** The linted draft text: body.slice(hint.start, hint.end) are the flagged words. */
  body: string;
  /** false = collapsed to the launcher. */
  open: boolean;
  pausedForDraft: boolean;
  /** Value for <input type=datetime-local>, '' when unknown. */
  interviewAt: string;
  /** The user's notes of what was discussed. */
  notes: string;
  /** Current time, for "hours since the interview" and the send-by time. */
  nowMs: number;
  /** The thank-you window (default 48). */
  windowHours: number;
  /** The hint whose span holds the caret: marked and scrolled into view. */
  activeHint: Hint | null;
  theme: 'light' | 'dark';
  /** A short notice, e.g. "Only the first 20,000 characters are checked". */
  note?: string;
}

export interface SidebarActions {
  open(): void;
  /** Collapse to the launcher; the content script returns focus to the draft. */
  close(): void;
  insertSkeleton(): void;
  applyFix(hint: Hint, fixIndex: number): void;
  /** Select the hint's words in the draft. */
  selectHint(hint: Hint): void;
  setInterviewAt(value: string): void;
  setNotes(value: string): void;
  setPausedForDraft(paused: boolean): void;
}

export interface SidebarHandle {
  update(model: SidebarModel): void;
  unmount(): void;
}

const OWNED = 'data-followup-coach-ui';

export function mountSidebar(host: HTMLElement, model: SidebarModel, actions: SidebarActions): SidebarHandle {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  for (const stale of Array.from(shadow.children)) {
    if (!stale.hasAttribute(OWNED)) continue;
    render(null, stale);
    stale.remove();
  }
  const doc = host.ownerDocument;
  // A <style> element rather than adoptedStyleSheets: sheets constructed in a Firefox content script's compartment
  // cannot always be adopted by the page's shadow root.
  const style = doc.createElement('style');
  style.setAttribute(OWNED, '');
  style.textContent = SIDEBAR_CSS;
  const container = doc.createElement('div');
  container.setAttribute(OWNED, '');
  container.className = 'fc-mount';
  shadow.append(style, container);

  let mounted = true;
  const draw = (next: SidebarModel) => render(<Sidebar model={next} actions={actions} />, container);
  draw(model);

  return {
    update(next) {
      if (mounted) draw(next);
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      render(null, container);
      style.remove();
      container.remove();
    },
  };
}
