// The sidebar's whole stylesheet, injected into its shadow root only. Text colours meet WCAG AA (4.5:1) on their
// backgrounds in both themes; the severity stripes use the same hues as the editor underlines (3:1 as UI graphics).
export const SIDEBAR_CSS = `
:host {
  all: initial;
  display: block;
}
.fc-mount { display: contents; }
.fc-root {
  --fc-bg: #ffffff;
  --fc-surface: #f8f9fa;
  --fc-fg: #1f1f1f;
  --fc-muted: #5f6368;
  --fc-border: #dadce0;
  --fc-accent: #0b57d0;
  --fc-on-accent: #ffffff;
  --fc-focus: #0b57d0;
  --fc-ok: #137333;
  --fc-error: #c5221f;
  --fc-warning: #a35200;
  --fc-info: #0b57d0;
  --fc-error-stripe: #d93025;
  --fc-warning-stripe: #e37400;
  --fc-info-stripe: #1a73e8;
  --fc-error-bg: #fce8e6;
  --fc-warning-bg: #fef7e0;
  --fc-info-bg: #e8f0fe;
  --fc-active-bg: #e8f0fe;
  --fc-shadow: 0 2px 8px rgba(60, 64, 67, 0.25);
  box-sizing: border-box;
  width: 100%;
  max-height: 100%;
  overflow: auto;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 13px;
  line-height: 1.4;
  color: var(--fc-fg);
  text-align: left;
  overscroll-behavior: contain;
}
.fc-root[data-theme="dark"] {
  --fc-bg: #202124;
  --fc-surface: #292a2d;
  --fc-fg: #e8eaed;
  --fc-muted: #bdc1c6;
  --fc-border: #5f6368;
  --fc-accent: #8ab4f8;
  --fc-on-accent: #202124;
  --fc-focus: #8ab4f8;
  --fc-ok: #81c995;
  --fc-error: #f28b82;
  --fc-warning: #fdd663;
  --fc-info: #8ab4f8;
  --fc-error-stripe: #f28b82;
  --fc-warning-stripe: #fdd663;
  --fc-info-stripe: #8ab4f8;
  --fc-error-bg: #3c2a2a;
  --fc-warning-bg: #3a3324;
  --fc-info-bg: #263041;
  --fc-active-bg: #263041;
  --fc-shadow: 0 2px 8px rgba(0, 0, 0, 0.6);
  color-scheme: dark;
}
.fc-root *, .fc-root *::before, .fc-root *::after { box-sizing: border-box; }
.fc-root.fc-panel {
  background: var(--fc-bg);
  border: 1px solid var(--fc-border);
  border-radius: 8px;
  box-shadow: var(--fc-shadow);
}
.fc-root.fc-collapsed { overflow: visible; }
.fc-root :focus { outline: none; }
.fc-root :focus-visible { outline: 2px solid var(--fc-focus); outline-offset: 2px; }
.fc-visually-hidden {
  position: absolute !important;
  width: 1px; height: 1px;
  margin: -1px; padding: 0; border: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
}
button, input, textarea {
  font: inherit;
  color: inherit;
}
button { cursor: pointer; }

/* Launcher */
.fc-launcher-wrap {
  position: relative;
  display: inline-block;
  width: 36px;
  height: 36px;
}
.fc-launcher {
  position: relative;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 36px;
  height: 36px;
  padding: 0;
  border: 1px solid var(--fc-border);
  border-radius: 50%;
  background: var(--fc-bg);
  color: var(--fc-accent);
  box-shadow: var(--fc-shadow);
  transition: transform 0.12s ease;
}
.fc-launcher:hover { transform: scale(1.06); }
.fc-launcher svg { width: 20px; height: 20px; }
.fc-badge {
  position: absolute;
  top: -4px;
  right: -4px;
  min-width: 18px;
  height: 18px;
  padding: 0 4px;
  border-radius: 9px;
  pointer-events: none;
  font-size: 11px;
  font-weight: 700;
  line-height: 18px;
  text-align: center;
  color: #ffffff;
  background: #c5221f;
}
.fc-root[data-theme="dark"] .fc-badge { color: #202124; }
.fc-badge[data-severity="error"] { background: var(--fc-error); }
.fc-badge[data-severity="warning"] { background: var(--fc-warning); color: #ffffff; }
.fc-root[data-theme="dark"] .fc-badge[data-severity="warning"] { color: #202124; }
.fc-badge[data-severity="info"] { background: var(--fc-info); }
.fc-badge[data-severity="none"] { background: var(--fc-ok); }

/* Header */
.fc-header {
  position: sticky;
  top: 0;
  z-index: 1;
  display: flex;
  align-items: center;
  gap: 8px;
  padding: 8px 8px 8px 12px;
  background: var(--fc-bg);
  border-bottom: 1px solid var(--fc-border);
  border-radius: 8px 8px 0 0;
}
.fc-title {
  flex: 1;
  margin: 0;
  font-size: 14px;
  font-weight: 600;
}
.fc-title:focus-visible { outline-offset: 1px; }
.fc-meter {
  display: flex;
  align-items: center;
  gap: 6px;
}
.fc-meter-bar {
  width: 48px;
  height: 6px;
  border-radius: 3px;
  background: var(--fc-border);
  overflow: hidden;
}
.fc-meter-fill {
  height: 100%;
  border-radius: 3px;
  background: var(--fc-ok);
  transition: width 0.2s ease;
}
.fc-meter[data-level="mid"] .fc-meter-fill { background: var(--fc-warning-stripe); }
.fc-meter[data-level="low"] .fc-meter-fill { background: var(--fc-error-stripe); }
.fc-score {
  min-width: 2ch;
  font-size: 16px;
  font-weight: 700;
  text-align: right;
  font-variant-numeric: tabular-nums;
}
.fc-icon-button {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 28px;
  height: 28px;
  padding: 0;
  border: 0;
  border-radius: 50%;
  background: transparent;
  color: var(--fc-muted);
}
.fc-icon-button:hover { background: var(--fc-surface); color: var(--fc-fg); }
.fc-icon-button svg { width: 16px; height: 16px; }

/* Body */
.fc-body { padding: 8px 12px 12px; }
.fc-section { margin: 0 0 12px; }
.fc-section:last-child { margin-bottom: 0; }
.fc-section-title {
  margin: 0 0 4px;
  font-size: 12px;
  font-weight: 600;
  color: var(--fc-muted);
  text-transform: uppercase;
  letter-spacing: 0.03em;
}
.fc-notice {
  margin: 0 0 8px;
  padding: 6px 8px;
  border-radius: 6px;
  background: var(--fc-info-bg);
  color: var(--fc-fg);
}
.fc-muted { color: var(--fc-muted); }

.fc-checklist {
  display: grid;
  grid-template-columns: 1fr 1fr;
  gap: 4px;
  margin: 0 0 12px;
  padding: 0;
  list-style: none;
}
.fc-check {
  display: flex;
  align-items: center;
  gap: 6px;
  padding: 4px 6px;
  border-radius: 6px;
  background: var(--fc-surface);
}
.fc-check-mark {
  flex: none;
  width: 16px;
  font-weight: 700;
  text-align: center;
}
.fc-check[data-state="done"] .fc-check-mark { color: var(--fc-ok); }
.fc-check[data-state="todo"] .fc-check-mark { color: var(--fc-error); }
.fc-check[data-state="unknown"] .fc-check-mark,
.fc-check[data-state="pending"] .fc-check-mark { color: var(--fc-muted); }

.fc-field-label {
  display: block;
  margin: 0 0 4px;
  font-weight: 600;
}
.fc-input, .fc-textarea {
  display: block;
  width: 100%;
  padding: 5px 6px;
  border: 1px solid var(--fc-border);
  border-radius: 6px;
  background: var(--fc-bg);
  color: var(--fc-fg);
}
.fc-textarea { resize: vertical; min-height: 52px; }
.fc-input:focus-visible, .fc-textarea:focus-visible { outline-offset: 0; border-color: var(--fc-focus); }
.fc-field-help { margin: 4px 0 0; color: var(--fc-muted); }
.fc-source { font-style: italic; }
.fc-plan { display: flex; gap: 6px; align-items: flex-start; margin: 0 0 10px; padding: 6px 8px; border-radius: 6px; background: var(--fc-info-bg); color: var(--fc-fg); font-weight: 500; }
.fc-plan svg { flex: none; width: 16px; height: 16px; margin-top: 1px; }
.fc-input[data-source="thread"] { border-style: dashed; }
.fc-timing[data-kind="late"], .fc-timing[data-kind="future"], .fc-timing[data-kind="invalid"] { color: var(--fc-error); }

.fc-button {
  display: inline-block;
  padding: 6px 12px;
  border: 1px solid var(--fc-accent);
  border-radius: 16px;
  background: var(--fc-accent);
  color: var(--fc-on-accent);
  font-weight: 600;
}
.fc-button:hover { filter: brightness(1.1); }

/* Hints */
.fc-empty { margin: 0; color: var(--fc-ok); font-weight: 600; }
.fc-group { margin: 0 0 8px; }
.fc-group-title {
  margin: 0 0 4px;
  font-size: 12px;
  font-weight: 600;
}
.fc-group[data-severity="error"] .fc-group-title { color: var(--fc-error); }
.fc-group[data-severity="warning"] .fc-group-title { color: var(--fc-warning); }
.fc-group[data-severity="info"] .fc-group-title { color: var(--fc-info); }
.fc-hints {
  margin: 0;
  padding: 0;
  list-style: none;
}
.fc-hint {
  margin: 0 0 6px;
  padding: 6px 8px;
  border: 1px solid var(--fc-border);
  border-left: 4px solid var(--fc-info-stripe);
  border-radius: 6px;
  background: var(--fc-bg);
  cursor: pointer;
  transition: background-color 0.15s ease;
}
.fc-hint[data-severity="error"] { border-left-color: var(--fc-error-stripe); }
.fc-hint[data-severity="warning"] { border-left-color: var(--fc-warning-stripe); }
.fc-hint:hover { background: var(--fc-surface); }
.fc-hint.fc-active { background: var(--fc-active-bg); border-color: var(--fc-focus); border-left-width: 4px; }
.fc-hint[data-severity="error"].fc-active { border-left-color: var(--fc-error-stripe); }
.fc-hint[data-severity="warning"].fc-active { border-left-color: var(--fc-warning-stripe); }
.fc-hint-select {
  display: block;
  width: 100%;
  padding: 0;
  border: 0;
  border-radius: 4px;
  background: transparent;
  text-align: left;
}
.fc-hint-severity {
  display: inline;
  font-size: 11px;
  font-weight: 700;
  text-transform: uppercase;
  letter-spacing: 0.03em;
}
.fc-hint[data-severity="error"] .fc-hint-severity { color: var(--fc-error); }
.fc-hint[data-severity="warning"] .fc-hint-severity { color: var(--fc-warning); }
.fc-hint[data-severity="info"] .fc-hint-severity { color: var(--fc-info); }
.fc-hint-words {
  display: block;
  margin-top: 2px;
  color: var(--fc-muted);
  font-style: italic;
  overflow-wrap: anywhere;
}
.fc-hint-message { overflow-wrap: anywhere; }
.fc-fixes {
  display: flex;
  flex-wrap: wrap;
  gap: 4px;
  margin-top: 6px;
}
.fc-fix {
  padding: 2px 8px;
  border: 1px solid var(--fc-accent);
  border-radius: 12px;
  background: transparent;
  color: var(--fc-accent);
  font-size: 12px;
  font-weight: 600;
  overflow-wrap: anywhere;
  text-align: left;
}
.fc-fix:hover { background: var(--fc-accent); color: var(--fc-on-accent); }

.fc-hint-actions {
  display: flex;
  flex-wrap: wrap;
  gap: 2px 8px;
  margin-top: 4px;
}
.fc-text-button {
  min-height: 24px;
  padding: 2px 4px;
  border: 0;
  border-radius: 4px;
  background: transparent;
  color: var(--fc-muted);
  font-size: 12px;
  text-align: left;
  text-decoration: underline;
  text-underline-offset: 2px;
  overflow-wrap: anywhere;
}
.fc-text-button:hover { color: var(--fc-fg); background: var(--fc-surface); }
.fc-section > .fc-text-button { margin-top: 2px; }
.fc-section-title:focus-visible { outline-offset: 1px; }
.fc-notice-error { background: var(--fc-error-bg); }

.fc-footer {
  display: flex;
  align-items: center;
  gap: 6px;
  padding-top: 8px;
  border-top: 1px solid var(--fc-border);
}
.fc-footer input { margin: 0; accent-color: var(--fc-accent); }

@media (prefers-reduced-motion: reduce) {
  .fc-root *, .fc-root *::before, .fc-root *::after {
    transition: none !important;
    animation: none !important;
    scroll-behavior: auto !important;
  }
}
`;
