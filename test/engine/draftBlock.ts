// Reads the ```draft blocks of a rule's doc: header lines (subject, to, interview, now, notes), a blank line, the body.
import type { Draft } from '../../src/engine/types';

export interface DocExamples {
  incorrect: Draft[];
  correct: Draft[];
}

export function parseDraftBlock(block: string): Draft {
  const blank = block.indexOf('\n\n');
  const head = blank === -1 ? block : block.slice(0, blank);
  const body = blank === -1 ? '' : block.slice(blank + 2);
  const draft: Draft = { body };
  for (const line of head.split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (!m) throw new Error(`bad header line in a doc example: ${line}`);
    const [, key, value] = m;
    if (key === 'subject') draft.subject = value;
    else if (key === 'to') draft.to = value.split(',').map((s) => s.trim());
    else if (key === 'interview') draft.interviewAt = value;
    else if (key === 'now') draft.now = value;
    else if (key === 'notes') draft.notes = value;
    else throw new Error(`unknown header in a doc example: ${key}`);
  }
  return draft;
}

export function docExamples(markdown: string): DocExamples {
  const out: DocExamples = { incorrect: [], correct: [] };
  let section: keyof DocExamples | null = null;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^## Incorrect/.test(line)) section = 'incorrect';
    else if (/^## Correct/.test(line)) section = 'correct';
    else if (/^## /.test(line)) section = null;
    else if (line === '```draft' && section) {
      const end = lines.indexOf('```', i + 1);
      out[section].push(parseDraftBlock(lines.slice(i + 1, end).join('\n')));
      i = end;
    }
  }
  return out;
}
