// Sentence probes: each line of sentences/<rule>.tsv ("label<TAB>sentence", label a family of the rule or "none") is
// put into an otherwise clean thank-you and linted; a family line must make its rule fire (with a span over the
// sentence, for rules that have spans), a "none" line must not. Reports recall per family and false alarms per rule.
// Usage: node test/corpus/probe.mjs [--engine PATH] [--rule RULE] [--verbose]
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The letter each probe sentence is put into: a thank-you the day after the interview, thanks given in the subject. */
export function probeDraft(rule, sentence) {
  // For gratitude and specificity the letter must hold nothing but the sentence: the rule judges what is missing.
  const missingRule = rule === 'gratitude' || rule === 'specificity';
  const body = missingRule
    ? `Hi Marta,\n\n${sentence}\n\nBest regards,\nJonas Berg`
    : `Hi Marta,\n\nThank you for meeting with me yesterday about the ferry re-planning project on the Bergen route. ${sentence}\n\nBest regards,\nJonas Berg`;
  return {
    body,
    subject: rule === 'gratitude' ? 'Logistics Coordinator interview' : 'Thank you – Logistics Coordinator interview',
    to: ['Marta Jensen <marta.jensen@fjordfreight.no>'],
    interviewAt: '2026-02-09T13:00:00Z',
    now: '2026-02-10T09:00:00Z',
  };
}

export function loadProbes(rule) {
  return readFileSync(resolve(here, 'sentences', `${rule}.tsv`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const tab = l.indexOf('\t');
      return { label: l.slice(0, tab), text: l.slice(tab + 1) };
    });
}

/** Runs one rule's probes; returns { families: {label: {hit, total}}, none: {fired, total}, misses: [] }. */
export function runProbes(engine, rule) {
  const families = {};
  const none = { fired: 0, total: 0 };
  const misses = [];
  for (const { label, text } of loadProbes(rule)) {
    const draft = probeDraft(rule, text);
    const result = engine.lint(draft);
    const at = draft.body.indexOf(text);
    const hints = result.hints.filter((h) => h.rule === rule);
    const fired = hints.some((h) => h.start === undefined || (h.start < at + text.length && h.end > at));
    if (label === 'none') {
      none.total++;
      if (fired) {
        none.fired++;
        misses.push(['FP', label, text, hints.map((h) => h.message).join(' | ')]);
      }
    } else {
      const f = (families[label] ??= { hit: 0, total: 0 });
      f.total++;
      if (fired) f.hit++;
      else misses.push(['FN', label, text, '']);
    }
  }
  // gratitude and specificity fire when something is missing: a "family" line is what satisfies them.
  return { families, none, misses };
}

async function main() {
  const args = process.argv.slice(2);
  const engineAt = args.includes('--engine') ? resolve(args[args.indexOf('--engine') + 1]) : resolve(here, '..', '..', 'dist', 'engine.mjs');
  const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
  const verbose = args.includes('--verbose');
  const engine = await import(pathToFileURL(engineAt).href);
  const rules = readdirSync(resolve(here, 'sentences')).filter((f) => f.endsWith('.tsv')).map((f) => f.slice(0, -4)).filter((r) => !only || r === only);
  for (const rule of rules) {
    const inverted = rule === 'gratitude' || rule === 'specificity';
    const run = runProbes(engine, rule);
    const hit = Object.values(run.families).reduce((n, f) => n + f.hit, 0);
    const total = Object.values(run.families).reduce((n, f) => n + f.total, 0);
    console.log(`\n${rule}${inverted ? ' (a family line must SILENCE the rule; "none" lines must leave it firing)' : ''}`);
    if (inverted) {
      // For these rules "fired" on a family line is the miss, and "not fired" on a none line is the miss.
      const satisfied = total - hit;
      console.log(`  satisfies the rule: ${satisfied}/${total}   none lines that wrongly satisfy it: ${run.none.total - run.none.fired}/${run.none.total}`);
      if (verbose) {
        for (const [kind, label, text] of run.misses) if (kind === 'FN') continue; else void label, void text;
      }
      continue;
    }
    for (const [label, f] of Object.entries(run.families).sort()) console.log(`  ${label.padEnd(12)} ${String(f.hit).padStart(4)}/${String(f.total).padEnd(4)} ${(f.hit / f.total).toFixed(3)}`);
    console.log(`  ${'all'.padEnd(12)} ${String(hit).padStart(4)}/${String(total).padEnd(4)} ${(hit / total).toFixed(3)}   false alarms on none: ${run.none.fired}/${run.none.total}`);
    if (verbose) for (const [kind, label, text, message] of run.misses) console.log(`  ${kind} ${label.padEnd(11)} ${text}${message ? `   ← ${message}` : ''}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
