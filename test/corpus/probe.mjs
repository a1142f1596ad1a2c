// Sentence probes: each line of sentences/<rule>.tsv ("label<TAB>sentence", label a family of the rule or "none") is
// put into an otherwise clean thank-you and linted; a family line must make its rule fire (with a span over the
// sentence, for rules that have spans), a "none" line must not. Reports recall per family and false alarms per rule.
// Usage: node test/corpus/probe.mjs [--engine PATH] [--rule RULE] [--split all|dev|check] [--verbose]
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The letter each probe sentence is put into: a thank-you the day after the interview, thanks given in the subject. */
export function probeDraft(rule, sentence) {
  // For gratitude and specificity the letter must hold nothing but the sentence: the rule judges what is missing.
  const missingRule = rule === 'gratitude' || rule === 'specificity';
  const body = missingRule
    ? `Hi Marta,\n\nI am writing after yesterday's interview for the Logistics Coordinator role. ${sentence}\n\nBest regards,\nJonas Berg`
    : `Hi Marta,\n\nThank you for meeting with me yesterday about the ferry re-planning project on the Bergen route. ${sentence}\n\nBest regards,\nJonas Berg`;
  return {
    body,
    subject: rule === 'gratitude' ? 'Logistics Coordinator interview' : 'Thank you – Logistics Coordinator interview',
    to: ['Marta Jensen <marta.jensen@fjordfreight.no>'],
    interviewAt: '2026-02-09T13:00:00Z',
    now: '2026-02-10T09:00:00Z',
  };
}

/**
 * A rule's probe lines. `split`: "dev" (three lines in four) is for working on the rule, misses and all; "check" (every
 * fourth line) is only looked at in aggregate, to see whether what was learned on dev carries over.
 */
export function loadProbes(rule, split = 'all') {
  return readFileSync(resolve(here, 'sentences', `${rule}.tsv`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const tab = l.indexOf('\t');
      return { label: l.slice(0, tab), text: l.slice(tab + 1), check: i % 4 === 3 };
    })
    .filter((p) => split === 'all' || (split === 'check') === p.check);
}

/** Rules that fire when something is missing: a family line is one that satisfies them (the rule goes silent). */
export const MISSING_RULES = new Set(['gratitude', 'specificity']);

/**
 * Runs one rule's probes; returns { families: {label: {hit, total}}, none: {fired, total}, misses: [] }. For a rule
 * that fires on absence, "hit" means the family line silenced it and "fired" on a none line means it wrongly did.
 */
export function runProbes(engine, rule, split = 'all') {
  const inverted = MISSING_RULES.has(rule);
  const families = {};
  const none = { fired: 0, total: 0 };
  const misses = [];
  for (const { label, text } of loadProbes(rule, split)) {
    const draft = probeDraft(rule, text);
    const result = engine.lint(draft);
    const at = draft.body.indexOf(text);
    const hints = result.hints.filter((h) => h.rule === rule);
    const fired = hints.some((h) => h.start === undefined || (h.start < at + text.length && h.end > at));
    // What counts as the rule "seeing" the sentence.
    const seen = inverted ? !fired && result.followUp : fired;
    if (label === 'none') {
      none.total++;
      if (seen) {
        none.fired++;
        misses.push(['FP', label, text, inverted ? `rule silent (followUp=${result.followUp})` : hints.map((h) => h.message).join(' | ')]);
      }
    } else {
      const f = (families[label] ??= { hit: 0, total: 0 });
      f.total++;
      if (seen) f.hit++;
      else misses.push(['FN', label, text, inverted ? `followUp=${result.followUp}` : '']);
    }
  }
  return { families, none, misses };
}

async function main() {
  const args = process.argv.slice(2);
  const engineAt = args.includes('--engine') ? resolve(args[args.indexOf('--engine') + 1]) : resolve(here, '..', '..', 'dist', 'engine.mjs');
  const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
  const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'all';
  if (!['all', 'dev', 'check'].includes(split)) throw new Error('--split is all, dev or check');
  // The check split's misses stay unread: only its totals are printed.
  const verbose = args.includes('--verbose') && split !== 'check';
  const engine = await import(pathToFileURL(engineAt).href);
  const rules = readdirSync(resolve(here, 'sentences')).filter((f) => f.endsWith('.tsv')).map((f) => f.slice(0, -4)).filter((r) => !only || r === only);
  for (const rule of rules) {
    const run = runProbes(engine, rule, split);
    const hit = Object.values(run.families).reduce((n, f) => n + f.hit, 0);
    const total = Object.values(run.families).reduce((n, f) => n + f.total, 0);
    console.log(`\n${rule}${MISSING_RULES.has(rule) ? ' (fires on absence: a family line must satisfy it, a none line must not)' : ''}`);
    for (const [label, f] of Object.entries(run.families).sort()) console.log(`  ${label.padEnd(12)} ${String(f.hit).padStart(4)}/${String(f.total).padEnd(4)} ${(f.hit / f.total).toFixed(3)}`);
    console.log(`  ${'all'.padEnd(12)} ${String(hit).padStart(4)}/${String(total).padEnd(4)} ${(hit / total).toFixed(3)}   false alarms on none: ${run.none.fired}/${run.none.total}`);
    if (verbose) for (const [kind, label, text, message] of run.misses) console.log(`  ${kind} ${label.padEnd(11)} ${text}${message ? `   ← ${message}` : ''}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
