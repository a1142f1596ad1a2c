// Reads labelled drafts in the format of FORMAT.md:
//   "=== id", header lines, one blank line, the body up to the first "~~~ " or "=== " line, then thread and sent-log
//   blocks. Lines starting with "#" before the first "===" are comments; "#rules: all" there says the file labels all
//   ten rules (otherwise the last three are not scored on its drafts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const RULE_IDS = ['timing', 'specificity', 'gratitude', 'tone', 'pushy', 'money', 'generic', 'subject', 'length', 'send-time'];
/** The rules a file labels unless it says "#rules: all". */
export const FIRST_RULES = RULE_IDS.slice(0, 7);
export const KINDS = ['thank-you', 'check-in', 'rejection-reply', 'withdrawal', 'other'];

const LIST_HEADERS = new Set(['expect', 'dontcare', 'tags']);
const KNOWN_HEADERS = new Set(['subject', 'to', 'from', 'interview', 'now', 'expect', 'dontcare', 'followup', 'kind', 'their-date', 'interview-from', 'notes', 'tags']);

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
  let allRules = false;

  while (i < lines.length && !lines[i].startsWith('=== ')) {
    const line = lines[i].trim();
    if (/^#\s*rules:\s*all\s*$/i.test(line)) allRules = true;
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
      const m = /^([A-Za-z-]+):(.*)$/.exec(line.replace(/^span-send-time:/i, 'span-send_time:'));
      if (!m) throw new Error(`${where}: not a header line: ${JSON.stringify(line)}`);
      const name = m[1].toLowerCase();
      const value = m[2].trim();
      if (name.startsWith('span-')) {
        const rule = name.slice(5).replace('send_time', 'send-time');
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
    while (i < lines.length && !lines[i].startsWith('=== ') && !lines[i].startsWith('~~~ ')) {
      bodyLines.push(lines[i]);
      i++;
    }
    const body = bodyLines.join('\n').replace(/\n+$/, '');
    /** @type {{from: string, date?: string, body: string}[]} */
    const thread = [];
    /** @type {{to: string, at: string, kind?: string, text: string}[]} */
    const sent = [];
    while (i < lines.length && lines[i].startsWith('~~~ ')) {
      const fields = parseBlockHeader(lines[i].slice(4), `${where}: block`);
      i++;
      const text = [];
      while (i < lines.length && !lines[i].startsWith('=== ') && !lines[i].startsWith('~~~ ')) text.push(lines[i++]);
      const blockBody = text.join('\n').replace(/\n+$/, '');
      if ('sent' in fields) {
        if (!fields.at || Number.isNaN(Date.parse(fields.at))) throw new Error(`${where}: a sent block needs at: ISO`);
        sent.push({ to: fields.sent, at: fields.at, ...(fields.kind ? { kind: fields.kind } : {}), text: blockBody });
      } else if ('from' in fields) {
        if (fields.date && Number.isNaN(Date.parse(fields.date))) throw new Error(`${where}: thread date is not ISO 8601: ${fields.date}`);
        thread.push({ from: fields.from, ...(fields.date ? { date: fields.date } : {}), body: blockBody });
      } else throw new Error(`${where}: a "~~~" block needs from: or sent:`);
    }

    const expect = splitList(headers.expect ?? '');
    const dontcare = splitList(headers.dontcare ?? '');
    if (!allRules) for (const rule of RULE_IDS) if (!FIRST_RULES.includes(rule) && !expect.includes(rule) && !dontcare.includes(rule)) dontcare.push(rule);
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
    const kind = headers.kind?.toLowerCase();
    if (kind !== undefined && !KINDS.includes(kind)) throw new Error(`${where}: kind must be one of ${KINDS.join(', ')}, not ${JSON.stringify(headers.kind)}`);
    if (headers['their-date'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(headers['their-date'])) throw new Error(`${where}: their-date must be YYYY-MM-DD`);
    const interviewFrom = headers['interview-from']?.toLowerCase();
    if (interviewFrom !== undefined && !['draft', 'thread', 'text'].includes(interviewFrom)) throw new Error(`${where}: interview-from must be draft, thread or text`);
    if (allRules && !('now' in headers)) throw new Error(`${where}: a "#rules: all" file gives every draft a now`);
    // Without a send time the timing label would depend on the day the corpus is run.
    if ('interview' in headers && !('now' in headers)) throw new Error(`${where}: interview given without now`);

    drafts.push({
      id,
      file: fileName,
      subject: headers.subject ?? '',
      to: splitAddresses(headers.to ?? ''),
      from: headers.from || undefined,
      interviewAt: headers.interview || undefined,
      now: headers.now || undefined,
      notes: headers.notes || undefined,
      kind,
      theirDate: headers['their-date'],
      interviewFrom,
      thread,
      sent,
      allRules,
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

/** "sent: a@x.com | at: 2026-01-01T00:00:00Z | kind: thank-you" → { sent, at, kind }. */
function parseBlockHeader(text, where) {
  /** @type {Record<string, string>} */
  const fields = {};
  for (const part of text.split('|')) {
    const m = /^\s*([a-z-]+):\s*(.*?)\s*$/i.exec(part);
    if (!m) throw new Error(`${where}: cannot read ${JSON.stringify(part)}`);
    fields[m[1].toLowerCase()] = m[2];
  }
  return fields;
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
