// The features a learned scorer sees in a sentence: its words (lower-cased, numbers and amounts folded into classes),
// word pairs, and marks of register (capitals, emoji, repeated punctuation, template brackets). Shared by the trainer
// (test/corpus/train.mjs) and the engine, so both read a sentence the same way.

const TOKEN =
  /\p{Extended_Pictographic}|[:;=]-?[)(DPp](?![\p{L}\p{N}])|[$£€¥₹]\s?\d[\d,.]*\s?(?:k|m|mn|bn|lpa|lakhs?|crores?)?(?![\p{L}])|\d[\d,.]*\s?(?:k|lpa|lakhs?|crores?)(?![\p{L}])|\d[\d,.:/-]*(?:st|nd|rd|th|%|am|pm)?|[\p{L}][\p{L}\p{M}'’-]*|!{2,}|\?{2,}|[!?]+|\.{3,}|…|\{\{|\}\}|[[\]{}<>()]/giu;

/** One token as a feature word. */
function word(raw: string): string[] {
  if (/^\p{Extended_Pictographic}$/u.test(raw) || /^[:;=]-?[)(DPp]$/.test(raw)) return ['#emoji'];
  if (/^[$£€¥₹]/.test(raw) || /\d\s?(?:k|m|mn|bn|lpa|lakhs?|crores?)$/i.test(raw)) return ['#money'];
  if (/^\d/.test(raw)) return [/%$/.test(raw) ? '#pct' : /(?:am|pm)$/i.test(raw) || /^\d{1,2}:\d\d$/.test(raw) ? '#time' : /\d[/-]\d/.test(raw) ? '#date' : '#num'];
  if (/^!{2,}$/.test(raw)) return ['#bang2'];
  if (/^\?{2,}$/.test(raw)) return ['#q2'];
  if (/^[!?]+$/.test(raw)) return [raw.length > 1 ? '#interrobang' : raw === '!' ? '#bang' : '#q'];
  if (/^(?:\.{3,}|…)$/.test(raw)) return ['#ellipsis'];
  if (/^(?:[[\]{}<>()]|\{\{|\}\})$/.test(raw)) return [`#${raw}`];
  const lower = raw.toLowerCase().replace(/’/g, "'");
  const out = [lower];
  if (raw.length >= 2 && /^[\p{Lu}'’-]+$/u.test(raw) && /\p{Lu}.*\p{Lu}/u.test(raw)) out.push('#caps');
  // Stretched words ("soooo", "pleeease") look alike whatever letter is stretched.
  if (/(\p{L})\1\1/u.test(lower)) out.push('#stretched');
  return out;
}

/** The words of a sentence as feature words, in order (a token may add a mark such as #caps after its word). */
export function featureWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) out.push(...word(m[0]));
  return out;
}

/** A sentence's features: words, word pairs (with ^ for the start), and how many capitals and emoji it has. */
export function sentenceFeatures(text: string): string[] {
  const words = featureWords(text).filter((w) => w !== '#caps' && w !== '#stretched');
  const marks = featureWords(text).filter((w) => w === '#caps' || w === '#stretched');
  const features = new Set<string>();
  let previous = '^';
  for (const w of words) {
    features.add(w);
    features.add(`${previous} ${w}`);
    previous = w;
  }
  const caps = marks.filter((m) => m === '#caps').length;
  if (caps) features.add(caps >= 2 ? '#caps2' : '#caps');
  if (marks.includes('#stretched')) features.add('#stretched');
  const emoji = words.filter((w) => w === '#emoji').length;
  if (emoji >= 2) features.add('#emoji2');
  if (words.length <= 4) features.add('#short');
  return [...features];
}
