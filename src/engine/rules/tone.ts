// tone: keep it light and professional. Six families of register, each found by what its words do (text/tone.ts):
// casual (chat slang, text-message greetings), overboard (exclamation, emoji and joke pile-ups), shouting (capitals),
// obsequious (grovelling, archaic), hostile (rude, accusing, bitter) and sarcastic (praise that means its opposite).
import type { FixReport, Report, Rule } from '../rule';
import { memoBySentence, phraseDeletion } from '../rule';
import type { AnalyzedSentence } from '../analyze';
import type { MessageId } from '../messages/en';
import {
  CASUAL_GREETING,
  casualMarkers,
  emojiCount,
  hostilePhrase,
  isSarcastic,
  lowerShouting,
  obsequiousSpan,
  overboardMarks,
  shoutingMarkers,
  type Marker,
  type OverboardMarks,
  type Span,
} from '../text/tone';

type M = MessageId<'tone'>;

/** A casual sentence this dense in slang gets one hint over its slang, not one per word. */
const SLANG_RUN = 3;
/** From this many overboard marks in the letter, each sentence carrying them is flagged whole. */
const OVERLOAD = 3;

export const tone: Rule<'tone'> = {
  meta: {
    id: 'tone',
    description: 'The note is friendly and professional: no slang, gushing, shouting, grovelling, rudeness or sarcasm.',
    article: 'Keep it Light and Professional: don’t go overboard with humor or formality.',
    severity: 'warning',
    followUpOnly: true,
  },
  check(a) {
    const out: Report<M>[] = [];
    const { body } = a;
    const greeting = a.layout.greeting;
    if (greeting && CASUAL_GREETING.test(greeting.text)) {
      const name = a.recipient.firstName;
      out.push({
        messageId: 'casualGreeting',
        data: { text: greeting.text },
        start: greeting.start,
        end: greeting.end,
        fixes: [{ messageId: 'fixReplace', replacement: name ? `Hi ${name},` : 'Hello,' }],
      });
    }

    const letter = a.sentences.filter((s) => s.region !== 'signature');
    const readings = letter.map((s, i) => read(body, s, letter[i + 1]));

    // Overboard is a matter of the whole letter: one "!" or emoji is warmth, a pile of them is not.
    const emojiTotal = readings.reduce((n, r) => n + r.overboard.emoji.reduce((k, e) => k + emojiCount(e), 0), 0);
    const singlesTotal = readings.reduce((n, r) => n + r.overboard.singles.length, 0);
    let singleIndex = 0;
    const pieces = readings.map((r) => {
      const list: Marker[] = [...r.overboard.markers];
      if (emojiTotal >= 2) list.push(...r.overboard.emoji);
      for (const x of r.overboard.singles) {
        // One or two single "!" are fine; from three on, each after the first is too many.
        if (singlesTotal >= 3 && singleIndex > 0) list.push({ ...x, replacement: '.' });
        singleIndex++;
      }
      return list.sort((x, y) => x.start - y.start);
    });
    const overloaded = pieces.reduce((n, p) => n + p.length, 0) >= OVERLOAD;

    letter.forEach((s, i) => {
      const r = readings[i];
      const at = (span: Span) => ({ start: s.start + span.start, end: s.start + span.end });
      if (r.hostile) out.push({ messageId: 'hostile', severity: 'error', start: s.start, end: s.start + r.unitLength });
      else if (r.sarcastic) out.push({ messageId: 'sarcastic', severity: 'error', start: s.start, end: s.start + r.unitLength });
      if (r.obsequious) out.push({ messageId: 'obsequious', data: { text: r.obsequious.text }, ...at(r.obsequious) });
      for (const m of r.shouting) {
        out.push({ messageId: 'shouting', data: { text: m.text }, ...at(m), fixes: [{ messageId: 'fixWrite', replacement: lowerShouting(m.text, m.start === 0) }] });
      }
      out.push(...casualReports(body, s, r.casual));
      out.push(...overboardReports(body, s, pieces[i], overloaded));
    });
    return out;
  },
};

interface Reading {
  casual: Marker[];
  overboard: OverboardMarks;
  shouting: Marker[];
  obsequious: (Span & { text: string }) | null;
  hostile: boolean;
  sarcastic: boolean;
  /** Length of the sentence, with a trailing fragment after an ellipsis ("… three weeks later.") when it has one. */
  unitLength: number;
}

/** Everything one sentence shows on its own, memoized per sentence (and the fragment an ellipsis leads into). */
function read(body: string, s: AnalyzedSentence, next: AnalyzedSentence | undefined): Reading {
  const fragment = next && /(?:…|\.\.\.)["'”’]?$/.test(s.text) && next.line === s.line && next.text.split(/\s+/).length <= 6 ? next : undefined;
  const unit = fragment ? body.slice(s.start, fragment.end) : s.text;
  return memoBySentence(s, `tone\u0000${s.region}\u0000${fragment ? unit : ''}`, () => ({
    casual: casualMarkers(s, { greeting: s.region === 'greeting' }),
    overboard: overboardMarks(s),
    shouting: shoutingMarkers(s),
    obsequious: obsequiousSpan(s.text),
    hostile: s.region !== 'greeting' && hostilePhrase(unit) !== null,
    sarcastic: s.region !== 'greeting' && isSarcastic(unit),
    unitLength: unit.length,
  }));
}

function fixOf(m: Marker): FixReport<M> | undefined {
  if (m.replacement === undefined) return undefined;
  return m.replacement === '' ? { messageId: 'fixDelete', data: { text: m.text }, replacement: '' } : { messageId: 'fixWrite', replacement: m.replacement };
}

/** The text of [from, to) of a sentence with each marker inside replaced (a deleted word takes its space with it). */
function rewrite(text: string, from: number, to: number, markers: Marker[]): string | undefined {
  let out = '';
  let at = from;
  for (const m of markers) {
    if (m.replacement === undefined) return undefined;
    let start = m.start;
    if (m.replacement === '') while (start > at && /[\s,]/.test(text[start - 1])) start--;
    out += text.slice(at, start) + m.replacement;
    at = m.end;
  }
  return out + text.slice(at, to);
}

/** Slang: each word its own hint with its fix; a sentence thick with it, one hint from its first slang word to its last. */
function casualReports(body: string, s: AnalyzedSentence, markers: Marker[]): Report<M>[] {
  if (markers.length === 0) return [];
  const words = new Set(markers.map((m) => m.text.toLowerCase()));
  if (words.size >= SLANG_RUN) {
    const first = markers[0];
    const last = markers[markers.length - 1];
    const replacement = rewrite(s.text, first.start, last.end, markers);
    return [
      {
        messageId: 'casual',
        data: { text: [...new Set(markers.map((m) => m.text))].join(', ') },
        start: s.start + first.start,
        end: s.start + last.end,
        fixes: replacement !== undefined ? [{ messageId: 'fixWrite', replacement }] : undefined,
      },
    ];
  }
  return markers.map((m) => {
    const start = s.start + m.start;
    const end = s.start + m.end;
    const fix = fixOf(m);
    return { messageId: 'casual', data: { text: m.text }, ...(m.replacement === '' ? phraseDeletion(body, start, end) : { start, end }), fixes: fix ? [fix] : undefined };
  });
}

/** Overboard: in a letter that piles them up, each sentence carrying them is flagged whole; otherwise each mark alone. */
function overboardReports(body: string, s: AnalyzedSentence, pieces: Marker[], overloaded: boolean): Report<M>[] {
  if (pieces.length === 0) return [];
  if (overloaded) {
    const replacement = rewrite(s.text, 0, s.text.length, pieces.filter((p) => p.replacement !== undefined));
    return [
      {
        messageId: 'overboard',
        data: { text: pieces.map((p) => p.text.trim()).join(' ') },
        start: s.start,
        end: s.end,
        fixes: replacement !== undefined && replacement !== s.text ? [{ messageId: 'fixCalm', replacement }] : undefined,
      },
    ];
  }
  return pieces.map((p) => {
    const start = s.start + p.start;
    const end = s.start + p.end;
    const fix: FixReport<M> | undefined =
      p.replacement === undefined
        ? undefined
        : p.replacement === '!'
          ? { messageId: 'fixOneExclamation', replacement: '!' }
          : p.replacement === '.'
            ? { messageId: 'fixFullStop', replacement: '.' }
            : { messageId: 'fixDelete', data: { text: p.text.trim() }, replacement: '' };
    return { messageId: 'overboard', data: { text: p.text.trim() }, ...(p.replacement === '' ? phraseDeletion(body, start, end) : { start, end }), fixes: fix ? [fix] : undefined };
  });
}
