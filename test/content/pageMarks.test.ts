// @vitest-environment jsdom
// What the watcher and the coach read of a page's mutations (src/content/pageMarks.ts): new editable elements only.
import { describe, expect, it } from 'vitest';
import { NewEditables } from '../../src/content/pageMarks';

/** The records a MutationObserver delivers for `change`, synchronously. */
function recordsOf(change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { childList: true, subtree: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

describe('NewEditables', () => {
  it('sees an editor added alone, or deep inside a large re-render', () => {
    document.body.innerHTML = '<div id="list"></div>';
    const editables = new NewEditables();
    const [alone] = recordsOf(() => {
      const compose = document.createElement('div');
      compose.innerHTML = '<form></form><div><div contenteditable="true" role="textbox"></div></div>';
      document.body.append(compose);
    });
    expect(editables.addedBy(alone)).toBe(true);
    const [many] = recordsOf(() => {
      const rows = Array.from({ length: 50 }, (_, i) => {
        const row = document.createElement('div');
        row.innerHTML = i === 30 ? '<span contenteditable="true"></span>' : `<span>${i}</span>`;
        return row;
      });
      document.getElementById('list')!.replaceChildren(...rows);
    });
    expect(editables.addedBy(many)).toBe(true);
  });

  it('ignores added nodes without editables, removals, and editables it has seen', () => {
    document.body.innerHTML = '<div id="list"></div><div class="chat" contenteditable="true"></div>';
    const editables = new NewEditables();
    const list = document.getElementById('list')!;
    const rows = () => Array.from({ length: 50 }, (_, i) => Object.assign(document.createElement('div'), { textContent: `row ${i}` }));
    for (const record of recordsOf(() => list.replaceChildren(...rows()))) expect(editables.addedBy(record)).toBe(false);
    for (const record of recordsOf(() => list.replaceChildren())) expect(editables.addedBy(record)).toBe(false);
    // The chat box, re-added by a re-render of its parent: new until it was remembered.
    const chat = document.querySelector('.chat')!;
    const readd = () => recordsOf(() => document.body.append(chat, ...rows()));
    expect(readd().some((r) => editables.addedBy(r))).toBe(true);
    editables.rememberAll(document);
    expect(readd().some((r) => editables.addedBy(r))).toBe(false);
    editables.reset();
    expect(readd().some((r) => editables.addedBy(r))).toBe(true);
    // A compose that closed and comes back (its body was forgotten) is new again.
    editables.rememberAll(document);
    editables.forget(chat);
    expect(readd().some((r) => editables.addedBy(r))).toBe(true);
  });
});
