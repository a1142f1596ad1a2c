// The playground's message body is a contenteditable <div>, like Gmail's: one <div> per line, <div><br></div> for an
// empty line. That is what lets it use the extension's own text snapshot, CSS highlights and undoable insertion.

/** Replaces the editor's content with `text`, one <div> per line. Not an edit: it starts a new draft. */
export function setEditorText(editor: HTMLElement, text: string): void {
  const doc = editor.ownerDocument;
  const lines = text.split('\n');
  editor.replaceChildren(
    ...lines.map((line) => {
      const div = doc.createElement('div');
      if (line) div.textContent = line;
      else div.append(doc.createElement('br'));
      return div;
    }),
  );
}

/**
 * Makes pasting insert plain text only, as one undoable edit: rich HTML pasted into a contenteditable would bring
 * styles, links and images the coach cannot see.
 */
export function acceptPlainTextOnly(editor: HTMLElement, signal: AbortSignal): void {
  const doc = editor.ownerDocument;
  editor.addEventListener(
    'paste',
    (event) => {
      if (!event.clipboardData) return;
      event.preventDefault();
      const text = event.clipboardData.getData('text/plain').replace(/\r\n?/g, '\n');
      if (text) doc.execCommand('insertText', false, text);
    },
    { signal },
  );
}
