// Splits a body into lines and sentences with exact UTF-16 offsets, and finds the parts of a letter:
// greeting, content, sign-off, signature and quoted history. No NLP here: plain, linear scans.

export interface Span {
  start: number;
  end: number;
}

export interface Line extends Span {
  text: string;
  index: number;
  blank: boolean;
}

export type Region = 'greeting' | 'content' | 'signoff' | 'signature' | 'quote';

export interface Sentence extends Span {
  text: string;
  line: number;
  paragraph: number;
  region: Region;
}

export interface Layout {
  lines: Line[];
  /** The greeting ("Hi Marta,"), when the letter opens with one. */
  greeting?: Span & { text: string };
  /** The closing line ("Best regards,"), when there is one. */
  signoff?: Span & { text: string };
  /** Offset where quoted history starts (body.length when none). */
  quoteStart: number;
  sentences: Sentence[];
}

const GREETING = /^(?:(?:hi|hello|hey|heya|hiya|yo|sup|howdy|greetings|dear|good (?:morning|afternoon|evening|day)|morning|afternoon|g'?day|kia ora|namaste|hola|bonjour|salaam|assalamu alaikum)\b(?:\b(?:mr|mrs|ms|mx|dr|prof|sr|st)\.|[^\n.!?,:;]){0,50}[,!:.;-]*|to whom it may concern[,:.]?|dear sir(?: or |\/)madam[,:.]?)/i;
const NAME_ONLY_GREETING = /^[\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+)?,\s*$/u;
const SIGNOFF = /^(?:-+\s*)?(?:(?:thanks|thank you|many thanks) (?:and|&) (?:best |kind |warm )?regards|(?:with )?(?:warm|kind|best|warmest|kindest) regards|regards (?:and|&) thanks|best(?: regards| wishes)?|kind(?:est)? regards|warm(?:est)? regards|warm wishes|regards|many thanks|thanks(?: again| so much| a lot)?(?: for [^\n]{1,40})?|thank you(?: again| so much)?|thx|cheers|sincerely(?: yours)?|yours(?: sincerely| truly| faithfully)?|respectfully(?: yours)?|with (?:gratitude|thanks|appreciation|best wishes)|all the best|warmly|take care|talk soon|speak soon|gratefully|cordially|best,|ciao|later|peace|ngā mihi(?: nui)?|nga mihi(?: nui)?|mauri ora|cheers mate|thanking you|regards and respect)\s*[,.!]*\s*$/i;
const ABBREVIATIONS = /(?:\b(?:dr|mr|mrs|ms|mx|prof|st|sr|jr|vs|etc|inc|ltd|co|corp|no|approx|dept|est|fig|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|\b(?:e\.g|i\.e|a\.m|p\.m|u\.s|u\.k)|\b[A-Z])\.$/i;

export function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const textEnd = end > start && body.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const text = body.slice(start, textEnd);
    lines.push({ start, end: textEnd, text, index, blank: text.trim() === '' });
    index += 1;
    if (end === body.length) break;
    start = end + 1;
  }
  return lines;
}

/** Splits one line into sentences: at . ! ? … followed by space, except after common abbreviations. */
export function splitSentences(text: string, offset: number): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?…]+["'”’)\]]*(?=\s+\S)|[.!?…]+["'”’)\]]*$/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text))) {
    const end = m.index + m[0].length;
    const before = text.slice(start, end);
    if (m[0][0] === '.' && m[0].length === 1 && ABBREVIATIONS.test(before)) continue;
    // "3.5" or "v2.1" never reach here (no following space); ellipses inside a sentence still split: acceptable.
    pushTrimmed(text, start, end, offset, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, offset, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, offset: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start: offset + start, end: offset + end });
}

function findQuoteStart(lines: Line[], bodyLength: number): number {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (!t) continue;
    if (/^on .{4,200} wrote:$/i.test(t) || /^-{2,}\s*(?:original message|forwarded message)/i.test(t) || /^_{5,}$/.test(t)) {
      return lines[i].start;
    }
    // An Outlook-style header block: From: … followed within two lines by Sent:/Date:.
    if (/^from:\s/i.test(t)) {
      const next = lines.slice(i + 1, i + 3).map((l) => l.text.trim());
      if (next.some((n) => /^(?:sent|date):\s/i.test(n))) return lines[i].start;
    }
  }
  return bodyLength;
}

export function layout(body: string): Layout {
  const lines = splitLines(body);
  const quoteStart = findQuoteStart(lines, body.length);
  const own = lines.filter((l) => l.start < quoteStart && !/^\s*>/.test(l.text));
  const nonBlank = own.filter((l) => !l.blank);

  let greeting: Layout['greeting'];
  const first = nonBlank[0];
  if (first) {
    const lead = first.text.length - first.text.trimStart().length;
    const rest = first.text.slice(lead);
    const m = GREETING.exec(rest) ?? NAME_ONLY_GREETING.exec(rest);
    if (m && m[0].trim()) {
      let len = m[0].length;
      // "Hi Marta thank you for ..." without punctuation: keep the greeting to two words.
      if (len === rest.length && rest.length > 40 && !/[,!:]/.test(rest.slice(0, 40))) len = rest.split(/\s+/).slice(0, 2).join(' ').length;
      const text = rest.slice(0, len).trimEnd();
      greeting = { start: first.start + lead, end: first.start + lead + text.length, text };
    }
  }

  let signoff: Layout['signoff'];
  let signoffLine = -1;
  // Look for the closing line among the last few non-blank lines (signatures are rarely longer than 8 lines).
  for (let k = nonBlank.length - 1; k >= Math.max(1, nonBlank.length - 9); k--) {
    const line = nonBlank[k];
    const t = line.text.trim();
    if (t.length <= 45 && SIGNOFF.test(t)) {
      const lead = line.text.length - line.text.trimStart().length;
      signoff = { start: line.start + lead, end: line.start + lead + t.length, text: t };
      signoffLine = line.index;
      break;
    }
  }
  // No closing line: a short last line after a blank line ("Jonas", "— Priya") is a signature.
  let signatureLine = -1;
  if (signoffLine === -1 && nonBlank.length >= 2) {
    const last = nonBlank[nonBlank.length - 1];
    const prev = lines[last.index - 1];
    if (prev?.blank && last.text.trim().split(/\s+/).length <= 4 && !/[.?!:]$/.test(last.text.trim())) signatureLine = last.index;
  }

  const sentences: Sentence[] = [];
  let paragraph = 0;
  let prevBlank = true;
  for (const line of lines) {
    if (line.blank) {
      prevBlank = true;
      continue;
    }
    if (prevBlank) paragraph++;
    prevBlank = false;
    let region: Region = 'content';
    if (line.start >= quoteStart || /^\s*>/.test(line.text)) region = 'quote';
    else if (signoffLine !== -1 && line.index === signoffLine) region = 'signoff';
    else if (signoffLine !== -1 && line.index > signoffLine) region = 'signature';
    else if (signatureLine !== -1 && line.index >= signatureLine) region = 'signature';
    let from = line.start;
    if (greeting && line.start <= greeting.start && greeting.end <= line.end) {
      sentences.push({ start: greeting.start, end: greeting.end, text: greeting.text, line: line.index, paragraph, region: 'greeting' });
      from = greeting.end;
    }
    for (const span of splitSentences(body.slice(from, line.end), from)) {
      sentences.push({ ...span, text: body.slice(span.start, span.end), line: line.index, paragraph, region });
    }
  }
  return { lines, greeting, signoff, quoteStart, sentences };
}
