#!/usr/bin/env node
// npm run train: learns the classifier's weights (follow-up or not, and which kind) from the labelled corpus and the
// holdouts that already served tuning, and writes src/engine/data/model.json. Deterministic: the same corpus gives the
// same file. Blind holdouts are never read. `--cv` prints a five-fold cross-validation instead of writing.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCorpus } from './parse.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const learn = await import(pathToFileURL(resolve(root, 'dist', 'learn.mjs')).href);

/** The corpus and the holdouts used for tuning (see HOLDOUTS in eval.mjs); never a blind one. */
export const TRAINING_SETS = ['.', 'holdout', 'holdout2', 'holdout3', 'holdout4'];
const KIND_CLASSES = ['not', 'thank-you', 'check-in', 'rejection-reply', 'withdrawal', 'other'];
export const KIND_OPTIONS = { epochs: 40, rate: 0.2, l2: 1e-4, prune: 0.15, seed: 11, minCount: 6 };

function input(d) {
  const draft = { body: d.body, subject: d.subject, to: d.to };
  for (const key of ['from', 'interviewAt', 'now', 'notes']) if (d[key] !== undefined) draft[key] = d[key];
  if (d.thread.length) draft.thread = d.thread;
  return draft;
}

function kindExamples(drafts) {
  return drafts
    .filter((d) => !d.followUp || d.kind)
    .map((d) => ({ id: d.id, features: learn.kindFeatures(input(d)), label: KIND_CLASSES.indexOf(d.followUp ? d.kind : 'not') }));
}

function accuracy(model, examples) {
  let right = 0;
  let fuRight = 0;
  for (const ex of examples) {
    const p = learn.probabilities(model, ex.features);
    const followUp = p[0] < 0.5;
    let k = 1;
    for (let i = 2; i < p.length; i++) if (p[i] > p[k]) k = i;
    const label = followUp ? k : 0;
    if (label === ex.label) right++;
    if (followUp === (ex.label !== 0)) fuRight++;
  }
  return { kind: right / examples.length, followUp: fuRight / examples.length };
}

const drafts = TRAINING_SETS.flatMap((set) => loadCorpus(resolve(here, set)));
const examples = kindExamples(drafts);

if (process.argv.includes('--cv')) {
  const folds = 5;
  let kind = 0;
  let followUp = 0;
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((_, i) => i % folds !== f);
    const test = examples.filter((_, i) => i % folds === f);
    const a = accuracy(learn.train(KIND_CLASSES, train, KIND_OPTIONS), test);
    kind += a.kind / folds;
    followUp += a.followUp / folds;
  }
  console.log(`kind model, ${examples.length} drafts, 5-fold: kind accuracy ${kind.toFixed(3)}, follow-up accuracy ${followUp.toFixed(3)}`);
} else {
  const kind = learn.train(KIND_CLASSES, examples, KIND_OPTIONS);
  const out = resolve(root, 'src', 'engine', 'data', 'model.json');
  writeFileSync(out, `${JSON.stringify({ kind })}\n`);
  const a = accuracy(kind, examples);
  console.log(`wrote ${out}: kind model from ${examples.length} drafts (${Object.keys(kind.weights).length} features); training accuracy kind ${a.kind.toFixed(3)}, follow-up ${a.followUp.toFixed(3)}`);
}
