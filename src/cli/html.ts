// A minimal HTML → plain text conversion for e-mails that carry only text/html: tags stripped, entities decoded,
// block elements turned into line breaks roughly the way a mail client renders them.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', deg: '°', euro: '€',
  pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', times: '×', divide: '÷', shy: '',
  zwj: '\u200d', zwnj: '\u200c', iexcl: '¡', iquest: '¿',
  aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã', aring: 'å', aelig: 'æ', ccedil: 'ç',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø', szlig: 'ß',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ',
  Aacute: 'Á', Agrave: 'À', Acirc: 'Â', Auml: 'Ä', Atilde: 'Ã', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
  Eacute: 'É', Egrave: 'È', Ecirc: 'Ê', Euml: 'Ë', Ntilde: 'Ñ', Oacute: 'Ó', Ouml: 'Ö', Oslash: 'Ø',
  Uacute: 'Ú', Uuml: 'Ü',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    // A bare "&copy" without ";" is only an entity for the legacy names; "&co" in "R&co" stays text.
    if (!whole.endsWith(';') && !['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg'].includes(name)) return whole;
    return NAMED_ENTITIES[name] ?? whole;
  });
}

// Boundaries that end the current line (like a <div>) and those that leave a blank line (like a <p>).
const LINE_BLOCKS = new Set([
  'div', 'li', 'tr', 'dt', 'dd', 'figure', 'figcaption', 'section', 'article', 'header', 'footer', 'nav',
  'address', 'center', 'form', 'fieldset', 'caption', 'main', 'aside', 'details', 'summary', 'option',
]);
const PARAGRAPH_BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'hr',
]);
const CELLS = new Set(['td', 'th']);

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<(script|style|head|title|template|noscript)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<\/?([a-z][a-z0-9-]*)\b[^>]*>?|[^<]+|</gi;

export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let lineHasText = false;
  let inPre = false;

  const newline = () => {
    lines.push(line.replace(/[ \t]+$/, ''));
    line = '';
    lineHasText = false;
  };
  const endLine = () => {
    if (lineHasText) newline();
  };
  const append = (text: string) => {
    line += text;
    if (/\S/.test(text)) lineHasText = true;
  };
  const endParagraph = () => {
    endLine();
    if (lines.length > 0 && lines[lines.length - 1] !== '') newline();
  };

  for (const match of html.matchAll(TOKEN)) {
    const token = match[0];
    if (match[1]) continue; // script, style, head, title: not part of the message
    const tag = match[2]?.toLowerCase();
    if (tag) {
      const closing = token[1] === '/';
      if (tag === 'br') newline();
      else if (tag === 'pre') {
        endParagraph();
        inPre = !closing;
      } else if (PARAGRAPH_BLOCKS.has(tag)) endParagraph();
      else if (LINE_BLOCKS.has(tag)) endLine();
      else if (CELLS.has(tag) && !closing && lineHasText) line += ' ';
      else if (tag === 'img' && !closing) {
        const alt = /\balt\s*=\s*("([^"]*)"|'([^']*)')/i.exec(token);
        append(alt ? decodeEntities(alt[2] ?? alt[3] ?? '') : '');
      }
      continue;
    }
    if (token.length > 1 && token[0] === '<') continue; // comments, doctype, CDATA, processing instructions
    if (inPre) {
      const [first, ...rest] = decodeEntities(token).split(/\r?\n/);
      append(first);
      for (const next of rest) {
        newline();
        append(next);
      }
      continue;
    }
    let text = token.replace(/[ \t\r\n\f]+/g, ' ');
    if (!lineHasText) text = text.replace(/^ +/, '');
    append(decodeEntities(text).replace(/\u00a0/g, ' '));
  }
  lines.push(line.replace(/[ \t]+$/, ''));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
