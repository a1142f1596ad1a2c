// Reads labeled drafts in the format of /work/shared/reference/examples.txt:
//   "=== id", header lines, one blank line, the body up to the next "=== " line.
// Lines starting with "#" before the first "===" are comments.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const RULE_IDS = ['timing', 'specificity', 'gratitude', 'tone', 'pushy', 'money', 'generic'];

const LIST_HEADERS = new Set(['expect', 'dontcare', 'tags']);
const KNOWN_HEADERS = new Set(['subject', 'to', 'interview', 'now', 'expect', 'dontcare', 'followup', 'notes', 'tags']);

/** @param {string} value */
function splitList(value) {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Splits "a@x.com, Name <b@y.com>, "Last, First" <c@z.com>" on commas outside quotes and angle brackets. */
function splitAddresses(value) {
  const out = [];
  let current = '';
  let inQuote = false;
  let inAngle = false;
  for (const ch of value) {
    if (ch === '"') inQuote = !inQuote;
    else if (ch === '<' && !inQuote) inAngle = true;
    else if (ch === '>' && !inQuote) inAngle = false;
    if (ch === ',' && !inQuote && !inAngle) {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * @param {string} text
 * @param {string} fileName used in error messages and as `file` of each draft
 */
export function parseCorpus(text, fileName) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const drafts = [];
  const seen = new Set();
  let i = 0;

  while (i < lines.length && !lines[i].startsWith('=== ')) {
    const line = lines[i].trim();
    if (line !== '' && !line.startsWith('#')) {
      throw new Error(`${fileName}:${i + 1}: text before the first "=== id" line: ${JSON.stringify(lines[i])}`);
    }
    i++;
  }

  while (i < lines.length) {
    const id = lines[i].slice(4).trim();
    const where = `${fileName}:${id || `line ${i + 1}`}`;
    if (!/^[A-Za-z0-9_.-]+$/.test(id)) throw new Error(`${where}: bad draft id ${JSON.stringify(id)}`);
    if (seen.has(id)) throw new Error(`${where}: duplicate id`);
    seen.add(id);
    i++;

    /** @type {Record<string, string>} */
    const headers = {};
    /** @type {{rule: string, text: string}[]} */
    const spans = [];
    while (i < lines.length && lines[i].trim() !== '' && !lines[i].startsWith('=== ')) {
      const line = lines[i];
      i++;
      if (line.startsWith('#')) continue;
      const m = /^([A-Za-z-]+):(.*)$/.exec(line);
      if (!m) throw new Error(`${where}: not a header line: ${JSON.stringify(line)}`);
      const name = m[1].toLowerCase();
      const value = m[2].trim();
      if (name.startsWith('span-')) {
        const rule = name.slice(5);
        if (!RULE_IDS.includes(rule)) throw new Error(`${where}: unknown rule id in header ${m[1]}`);
        if (value === '') throw new Error(`${where}: empty ${m[1]}`);
        spans.push({ rule, text: value });
        continue;
      }
      if (!KNOWN_HEADERS.has(name)) throw new Error(`${where}: unknown header ${JSON.stringify(m[1])}`);
      if (name in headers) throw new Error(`${where}: header ${name} given twice`);
      headers[name] = value;
    }

    // Exactly one blank line separates headers and body; anything after it, blank or not, is body.
    if (i < lines.length && lines[i].trim() === '' && !lines[i].startsWith('=== ')) i++;
    const bodyLines = [];
    while (i < lines.length && !lines[i].startsWith('=== ')) {
      bodyLines.push(lines[i]);
      i++;
    }
    const body = bodyLines.join('\n').replace(/\n+$/, '');

    const expect = splitList(headers.expect ?? '');
    const dontcare = splitList(headers.dontcare ?? '');
    for (const rule of [...expect, ...dontcare]) {
      if (!RULE_IDS.includes(rule)) throw new Error(`${where}: unknown rule id ${JSON.stringify(rule)}`);
    }
    for (const rule of expect) {
      if (dontcare.includes(rule)) throw new Error(`${where}: rule ${rule} is both expected and dontcare`);
    }
    for (const span of spans) {
      if (!expect.includes(span.rule)) throw new Error(`${where}: span-${span.rule} given but ${span.rule} is not expected`);
    }

    if (!('followup' in headers)) throw new Error(`${where}: missing followup header`);
    const followValue = headers.followup.toLowerCase();
    if (followValue !== 'yes' && followValue !== 'no') {
      throw new Error(`${where}: followup must be yes or no, not ${JSON.stringify(headers.followup)}`);
    }
    for (const name of ['interview', 'now']) {
      if (name in headers && Number.isNaN(Date.parse(headers[name]))) {
        throw new Error(`${where}: ${name} is not an ISO 8601 date-time: ${JSON.stringify(headers[name])}`);
      }
    }
    // Without a send time the timing label would depend on the day the corpus is run.
    if ('interview' in headers && !('now' in headers)) throw new Error(`${where}: interview given without now`);

    drafts.push({
      id,
      file: fileName,
      subject: headers.subject ?? '',
      to: splitAddresses(headers.to ?? ''),
      interviewAt: headers.interview || undefined,
      now: headers.now || undefined,
      notes: headers.notes || undefined,
      expect,
      dontcare,
      followUp: followValue === 'yes',
      spans,
      tags: splitList(headers.tags ?? '').map((t) => t.toLowerCase()),
      body,
    });
  }
  return drafts;
}

/** Throws when two drafts share an id. */
export function assertUniqueIds(drafts) {
  /** @type {Map<string, string>} */
  const where = new Map();
  for (const d of drafts) {
    const prior = where.get(d.id);
    if (prior !== undefined) throw new Error(`${d.file}:${d.id}: duplicate id (also in ${prior})`);
    where.set(d.id, d.file);
  }
  return drafts;
}

/** Every *.txt file in `dir`, in name order. */
export function loadCorpus(dir) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const drafts = files.flatMap((f) => parseCorpus(readFileSync(join(dir, f), 'utf8'), f));
  return assertUniqueIds(drafts);
}

/** The official examples, read in place from ../shared/reference/examples.txt beside the repo; [] when absent. */
export function loadOfficialExamples(repoRoot) {
  const path = resolve(repoRoot, '..', 'shared', 'reference', 'examples.txt');
  if (!existsSync(path)) return [];
  return parseCorpus(readFileSync(path, 'utf8'), 'reference/examples.txt');
}
