#!/usr/bin/env node
// Lints every labeled draft of the corpus (and the official examples) and scores the engine per rule.
// Then scores the holdouts (HOLDOUTS below), each written without sight of the engine or the other corpora. Their
// individual misses only appear with --verbose. Only holdout sets the exit status, and only with --holdout-gate.
// Usage: node test/corpus/eval.mjs [--verbose] [--blind] [--file NAME] [--dir PATH] [--engine PATH] [--report-only] [--holdout-gate]
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve, basename } from 'node:path';
import { existsSync } from 'node:fs';
import { loadCorpus, assertUniqueIds, RULE_IDS } from './parse.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const holdoutDir = resolve(here, 'holdout');
/**
 * The holdouts, each written by someone who never saw the engine or the other corpora. A holdout is "blind" until its
 * misses have been read to improve the rules; from then on it is labelled "used for tuning" and measures regressions.
 */
const HOLDOUTS = [
  { name: 'holdout', label: 'used for tuning' },
  { name: 'holdout2', label: 'used for tuning' },
  { name: 'holdout3', label: 'used for tuning' },
  { name: 'holdout4', label: 'used for tuning' },
  { name: 'holdout5', label: 'used for tuning' },
  { name: 'holdout6', label: 'used for tuning' },
  { name: 'holdout7', label: 'blind' },
];
const THRESHOLD = 0.95;
const HOLDOUT_THRESHOLD = 0.8;
const USAGE = 'usage: node test/corpus/eval.mjs [--verbose] [--blind] [--file NAME] [--dir PATH] [--engine PATH] [--report-only] [--holdout-gate]';

function usage(message) {
  process.stderr.write(`eval: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { verbose: false, blind: false, reportOnly: false, holdoutGate: false, file: undefined, dir: undefined, engine: resolve(repoRoot, 'dist', 'engine.mjs') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--verbose' || arg === '-v') opts.verbose = true;
    else if (arg === '--report-only') opts.reportOnly = true;
    else if (arg === '--blind') opts.blind = true;
    else if (arg === '--holdout-gate') opts.holdoutGate = true;
    else if (arg === '--file' || arg === '--engine' || arg === '--dir') {
      const value = argv[++i];
      if (value === undefined) usage(`${arg} needs a value`);
      if (arg === '--file') opts.file = value;
      else if (arg === '--dir') opts.dir = resolve(value);
      else opts.engine = resolve(value);
    } else usage(`unknown argument ${arg}`);
  }
  return opts;
}

function matchesFile(draftFile, wanted) {
  const strip = (s) => basename(s).replace(/\.txt$/, '');
  return draftFile === wanted || strip(draftFile) === strip(wanted);
}

function emptyCounts() {
  return { tp: 0, fp: 0, fn: 0 };
}

function scores({ tp, fp, fn }) {
  const precision = tp + fp === 0 ? undefined : tp / (tp + fp);
  const recall = tp + fn === 0 ? undefined : tp / (tp + fn);
  // Nothing expected and nothing fired: the rule made no mistake.
  const f1 = tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
  return { precision, recall, f1 };
}

const fmt = (x) => (x === undefined ? '    -' : x.toFixed(3));

function row(name, counts) {
  const { precision, recall, f1 } = scores(counts);
  return `${name.padEnd(12)} ${String(counts.tp).padStart(4)} ${String(counts.fp).padStart(4)} ${String(counts.fn).padStart(4)}   ${fmt(precision)}   ${fmt(recall)}  ${fmt(f1)}`;
}

function oneLine(s) {
  return String(s).replace(/\s+/g, ' ').trim();
}

/**
 * Lints each draft and counts, per rule and for the classifier, hits and misses against its labels.
 * With `verbose`, prints each draft's labels and hints as it goes.
 */
function evaluate(engine, drafts, verbose) {
  const perRule = Object.fromEntries(RULE_IDS.map((r) => [r, emptyCounts()]));
  const classifier = emptyCounts();
  /** expected kind -> { right, total, got: { kind: n } } over follow-ups labelled with a kind */
  const kinds = {};
  let planChecked = 0;
  let planFailed = 0;
  const misses = [];
  let spansChecked = 0;
  let spansFailed = 0;
  let errors = 0;

  for (const d of drafts) {
    const input = draftInput(engine, d);

    let result;
    try {
      result = engine.lint(input);
    } catch (err) {
      errors++;
      misses.push([d.id, '-', 'ERROR', `lint threw: ${oneLine(err instanceof Error ? err.message : err)}`]);
      continue;
    }
    const hints = Array.isArray(result?.hints) ? result.hints : [];

    if (d.followUp && d.kind) {
      const k = (kinds[d.kind] ??= { right: 0, total: 0, got: {} });
      k.total++;
      const got = result?.followUp === true ? String(result?.kind ?? 'none') : 'not a follow-up';
      k.got[got] = (k.got[got] ?? 0) + 1;
      if (got === d.kind) k.right++;
      else misses.push([d.id, 'kind', 'KIND', `expected ${d.kind}, got ${got}`]);
    }
    for (const [label, want, got] of [
      ['theirDate', d.theirDate, typeof result?.plan?.theirDate === 'string' ? result.plan.theirDate.slice(0, 10) : undefined],
      ['interviewFrom', d.interviewFrom, result?.plan?.interviewFrom],
    ]) {
      if (want === undefined) continue;
      planChecked++;
      if (want !== got) {
        planFailed++;
        misses.push([d.id, `plan.${label}`, 'PLAN', `expected ${want}, got ${got ?? 'nothing'}`]);
      }
    }
    if (result?.followUp === true && d.followUp) classifier.tp++;
    else if (result?.followUp === true) {
      classifier.fp++;
      misses.push([d.id, 'followUp', 'FP', '-']);
    } else if (d.followUp) {
      classifier.fn++;
      misses.push([d.id, 'followUp', 'FN', '-']);
    }

    for (const rule of RULE_IDS) {
      if (d.dontcare.includes(rule)) continue;
      const ruleHints = hints.filter((h) => h.rule === rule);
      const fired = ruleHints.length > 0;
      const expected = d.expect.includes(rule);
      if (fired && expected) perRule[rule].tp++;
      else if (fired) {
        perRule[rule].fp++;
        misses.push([d.id, rule, 'FP', oneLine(ruleHints[0].message ?? '-')]);
      } else if (expected) {
        perRule[rule].fn++;
        misses.push([d.id, rule, 'FN', '-']);
      }
    }

    for (const span of d.spans) {
      spansChecked++;
      const idx = d.body.indexOf(span.text);
      const covered =
        idx >= 0 &&
        hints.some(
          (h) => h.rule === span.rule && typeof h.start === 'number' && typeof h.end === 'number' && h.start <= idx && h.end >= idx + span.text.length,
        );
      if (!covered) {
        spansFailed++;
        const got = hints
          .filter((h) => h.rule === span.rule && typeof h.start === 'number')
          .map((h) => JSON.stringify(d.body.slice(h.start, h.end)))
          .join(', ');
        misses.push([d.id, `span-${span.rule}`, 'SPAN', `${JSON.stringify(span.text)} not covered${got ? `; flagged ${got}` : ''}`]);
      }
    }

    if (verbose) {
      const fired = [...new Set(hints.map((h) => h.rule))].sort();
      console.log(`--- ${d.file}:${d.id}  followUp=${result?.followUp} (want ${d.followUp})  kind=${result?.kind} (want ${d.kind ?? '-'})  score=${result?.score}`);
      console.log(`    expect: ${d.expect.join(', ') || '-'}${d.dontcare.length ? `   dontcare: ${d.dontcare.join(', ')}` : ''}`);
      console.log(`    fired:  ${fired.join(', ') || '-'}`);
      for (const h of hints) {
        const range = typeof h.start === 'number' ? ` [${h.start},${h.end}) ${JSON.stringify(d.body.slice(h.start, h.end))}` : '';
        console.log(`      ${h.rule} ${h.severity}${range}: ${oneLine(h.message)}`);
      }
    }
  }
  return { perRule, classifier, kinds, planChecked, planFailed, misses, spansChecked, spansFailed, errors };
}

/** Names of the rules (and "followUp") whose F1 is below `threshold`. */
function belowThreshold(run, threshold) {
  return [...RULE_IDS.filter((r) => scores(run.perRule[r]).f1 < threshold), ...(scores(run.classifier).f1 < threshold ? ['followUp'] : [])];
}

/** The Draft the engine gets for a corpus draft: its headers, its thread, and its sent log as fingerprints. */
function draftInput(engine, d) {
  const input = { body: d.body, subject: d.subject, to: d.to };
  if (d.from !== undefined) input.from = d.from;
  if (d.interviewAt !== undefined) input.interviewAt = d.interviewAt;
  if (d.now !== undefined) input.now = d.now;
  if (d.notes !== undefined) input.notes = d.notes;
  if (d.thread.length) input.thread = d.thread;
  if (d.sent.length && typeof engine.fingerprint === 'function') {
    input.sent = d.sent.map((n) => ({ to: n.to, at: n.at, ...(n.kind ? { kind: n.kind } : {}), fingerprint: engine.fingerprint(n.text) }));
  }
  return input;
}

function printTable(label, drafts, run) {
  const followUps = drafts.filter((d) => d.followUp).length;
  const hardNegatives = drafts.filter((d) => d.tags.includes('hard-negative')).length;
  console.log(`${label}drafts: ${drafts.length}  follow-ups: ${followUps}  non-follow-ups: ${drafts.length - followUps}  hard negatives: ${hardNegatives}`);
  console.log('');
  console.log('rule           TP   FP   FN   precision  recall     F1');
  for (const rule of RULE_IDS) console.log(row(rule, run.perRule[rule]));
  console.log(row('followUp', run.classifier));
  const kindRows = Object.entries(run.kinds);
  if (kindRows.length) {
    const right = kindRows.reduce((n, [, k]) => n + k.right, 0);
    const total = kindRows.reduce((n, [, k]) => n + k.total, 0);
    console.log('');
    console.log(`kind              right / drafts   accuracy   got instead`);
    for (const [kind, k] of kindRows.sort()) {
      const instead = Object.entries(k.got).filter(([g]) => g !== kind).map(([g, n]) => `${g} ${n}`).join(', ');
      console.log(`${kind.padEnd(16)} ${String(k.right).padStart(6)} / ${String(k.total).padEnd(6)}   ${fmt(k.right / k.total)}   ${instead || '-'}`);
    }
    console.log(`${'all kinds'.padEnd(16)} ${String(right).padStart(6)} / ${String(total).padEnd(6)}   ${fmt(right / total)}`);
  }
  console.log('');
  console.log(`spans: ${run.spansChecked} checked, ${run.spansFailed} failed${run.planChecked ? `; plan: ${run.planChecked} checked, ${run.planFailed} failed` : ''}${run.errors ? `; lint threw on ${run.errors} draft(s)` : ''}`);
}

function printMisses(title, misses) {
  if (misses.length === 0) return;
  console.log('');
  console.log(`${title} (${misses.length}):`);
  const idWidth = Math.max(...misses.map((m) => m[0].length));
  const ruleWidth = Math.max(...misses.map((m) => m[1].length));
  for (const [id, rule, kind, message] of misses) {
    console.log(`${id.padEnd(idWidth)}  ${rule.padEnd(ruleWidth)}  ${kind.padEnd(5)}  ${message}`);
  }
}

/** A holdout's drafts (file names prefixed with the directory's name), or undefined when the directory is absent. */
function loadHoldout(dir = holdoutDir) {
  if (!existsSync(dir)) return undefined;
  return loadCorpus(dir).map((d) => ({ ...d, file: `${basename(dir)}/${d.file}` }));
}

/**
 * Prints a blind holdout's table (and its misses with `verbose`) under `name`; nothing when it has no drafts.
 * Returns whether it fails its gate, which only a `gating` holdout can.
 */
function reportHoldout(name, drafts, engine, verbose, gating, label = 'blind') {
  if (drafts === undefined || drafts.length === 0) return false;
  const held = evaluate(engine, drafts, false);
  console.log('');
  console.log('');
  printTable(`${name} (${label}): `, drafts, held);
  // A blind holdout's misses are never printed: reading them is tuning on it.
  if (label === 'blind') {
    if (held.misses.length > 0) console.log(`(${held.misses.length} ${name} misses not shown: it is blind)`);
  } else if (verbose) printMisses(`${name} misses`, held.misses);
  else if (held.misses.length > 0) console.log(`(${held.misses.length} ${name} misses hidden; --verbose shows them)`);

  const failing = belowThreshold(held, HOLDOUT_THRESHOLD);
  const gateFailed = gating && (failing.length > 0 || held.errors > 0);
  console.log('');
  const verdict = failing.length || held.errors
    ? `below F1 ${HOLDOUT_THRESHOLD}: ${failing.join(', ') || '-'}${held.errors ? `; lint threw ${held.errors} time(s)` : ''}`
    : `every rule and the classifier at F1 >= ${HOLDOUT_THRESHOLD}`;
  console.log(`${name} ${gating ? (gateFailed ? 'FAIL' : 'PASS') : '(not gating)'}: ${verdict}`);
  return gateFailed;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.engine)) {
    process.stderr.write(`eval: no engine at ${opts.engine}; build it with "node build.mjs --engine-only"\n`);
    process.exit(2);
  }
  const engine = await import(pathToFileURL(opts.engine).href);
  if (typeof engine.lint !== 'function') usage(`${opts.engine} does not export lint()`);

  const mainDrafts = loadCorpus(here);
  const holdouts = HOLDOUTS.map((h) => ({ ...h, drafts: loadHoldout(resolve(here, h.name)) }));
  assertUniqueIds([...mainDrafts, ...holdouts.flatMap((h) => h.drafts ?? [])]);
  const holdout = holdouts[0].drafts;
  if (opts.holdoutGate && (holdout === undefined || holdout.length === 0)) usage(`--holdout-gate needs drafts in ${holdoutDir}`);

  // --dir: score a folder of drafts outside the corpus (an outside test set) on its own, misses listed.
  if (opts.dir !== undefined) {
    if (!existsSync(opts.dir)) usage(`no folder ${opts.dir}`);
    const outside = loadCorpus(opts.dir);
    const run = evaluate(engine, outside, opts.verbose);
    printTable(`${opts.dir}: `, outside, run);
    printMisses('misses', run.misses);
    process.exit(0);
  }

  let drafts = mainDrafts;
  if (opts.file !== undefined) {
    drafts = drafts.filter((d) => matchesFile(d.file, opts.file));
    if (drafts.length === 0) usage(`no drafts in a file named ${opts.file}`);
  }

  const run = evaluate(engine, drafts, opts.verbose);
  printTable('', drafts, run);
  printMisses('misses', run.misses);

  const failing = belowThreshold(run, THRESHOLD);
  const failed = failing.length > 0 || run.spansFailed > 0 || run.errors > 0;
  console.log('');
  if (failed) {
    const reasons = [];
    if (failing.length) reasons.push(`F1 below ${THRESHOLD}: ${failing.join(', ')}`);
    if (run.spansFailed) reasons.push(`${run.spansFailed} span check(s) failed`);
    if (run.errors) reasons.push(`lint threw ${run.errors} time(s)`);
    console.log(`FAIL: ${reasons.join('; ')}`);
  } else {
    console.log(`PASS: every rule and the classifier at F1 >= ${THRESHOLD}, all spans covered`);
  }

  // Per-draft detail of a holdout is never printed: --verbose shows only its misses. Only the first holdout can gate.
  let holdoutFailed = false;
  for (const [i, h] of holdouts.entries()) {
    // A blind holdout is scored only when asked for (--blind): every look at it is a measurement, not a tool.
    if (h.label === 'blind' && !opts.blind) {
      if (h.drafts?.length) console.log(`\n\n${h.name} (blind): not scored; --blind scores it`);
      continue;
    }
    if (reportHoldout(h.name, h.drafts, engine, opts.verbose, i === 0 && opts.holdoutGate, h.label)) holdoutFailed = true;
  }

  process.exit((failed || holdoutFailed) && !opts.reportOnly ? 1 : 0);
}

await main();
