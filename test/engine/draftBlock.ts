// Reads the ```draft blocks of a rule's doc: header lines (subject, to, from, interview, now, notes), a blank line, the
// body, then (as in the corpus, test/corpus/FORMAT.md) "~~~ from: ADDR | date: ISO" thread messages and
// "~~~ sent: ADDR | at: ISO | kind: KIND" sent-log entries, whose text becomes a fingerprint.
import { fingerprint } from '../../src/engine/fingerprint';
import type { Draft } from '../../src/engine/types';

function blockFields(line: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const part of line.slice(4).split('|')) {
    const m = /^\s*([a-z-]+):\s*(.*?)\s*$/i.exec(part);
    if (!m) throw new Error(`bad block line in a doc example: ${line}`);
    fields[m[1].toLowerCase()] = m[2];
  }
  return fields;
}

export interface DocExamples {
  incorrect: Draft[];
  correct: Draft[];
}

export function parseDraftBlock(block: string): Draft {
  const blank = block.indexOf('\n\n');
  const head = blank === -1 ? block : block.slice(0, blank);
  const [body, ...blocks] = (blank === -1 ? '' : block.slice(blank + 2)).split(/\n(?=~~~ )/);
  const draft: Draft = { body };
  for (const b of blocks) {
    const [first, ...rest] = b.split('\n');
    const fields = blockFields(first);
    const text = rest.join('\n').trim();
    if ('sent' in fields) (draft.sent ??= []).push({ to: fields.sent, at: fields.at, kind: fields.kind, fingerprint: fingerprint(text) });
    else (draft.thread ??= []).push({ from: fields.from, ...(fields.date ? { date: fields.date } : {}), body: text });
  }
  for (const line of head.split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (!m) throw new Error(`bad header line in a doc example: ${line}`);
    const [, key, value] = m;
    if (key === 'subject') draft.subject = value;
    else if (key === 'to') draft.to = value.split(',').map((s) => s.trim());
    else if (key === 'interview') draft.interviewAt = value;
    else if (key === 'now') draft.now = value;
    else if (key === 'notes') draft.notes = value;
    else if (key === 'from') draft.from = value;
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
