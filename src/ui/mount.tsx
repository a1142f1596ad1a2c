// The sidebar's public API: the content script owns the host element and the state, and calls update() on each lint.
import { render } from 'preact';
import type { CoachActions, CoachView } from '../coach/draftCoach';
import { Sidebar } from './Sidebar';
import { SIDEBAR_CSS } from './styles';

/**
 * What one sidebar shows: the coach's view of its draft (src/coach/draftCoach.ts) and what the page adds. New parts of
 * the coach's view (a plan line, fields filled from the conversation) reach the sidebar through CoachView.
 */
export interface SidebarModel extends CoachView {
  composeId: string;
  /** false = collapsed to the launcher. */
  open: boolean;
  theme: 'light' | 'dark';
}

/** The coach's actions, and what the page does itself: open and collapse the sidebar. */
export interface SidebarActions extends CoachActions {
  open(): void;
  /** Collapse to the launcher; the host returns focus to the draft. */
  close(): void;
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
