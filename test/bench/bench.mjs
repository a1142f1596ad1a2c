// Speed of the engine's lint() next to a bare compromise nlp() parse and two other prose linters (Harper, write-good),
// on realistic follow-up drafts. Reports, never asserts: always exits 0.
// Run: npm run bench (builds dist/engine.mjs first), or: node build.mjs --engine-only && node test/bench/bench.mjs
// BENCH_ENGINE=path/to/engine.mjs measures another build.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ENGINE_PATH = process.env.BENCH_ENGINE ?? fileURLToPath(new URL('../../dist/engine.mjs', import.meta.url));
const SIZES = [60, 200, 600, 10_000];
const BUDGET_RATIO = 1.3;
const BUDGET_RELINT_MS = 2;
const DRAFT_META = {
  subject: 'Thank you - Logistics Coordinator interview',
  to: ['Marta Jensen <marta.jensen@fjordfreight.no>'],
  interviewAt: '2026-02-09T13:00:00Z',
  now: '2026-02-10T08:00:00Z',
};

// Sentences a real follow-up might contain; the few marked with a rule id should draw a hint. {n}, {person} and
// {place} vary, so that every sentence the bench generates is new text: the engine caches parsed sentences, and a
// draft made of repeats would measure the cache, not the linter (the "same text again" column does that on purpose).
const TEMPLATES = [
  'Thank you for taking the time to meet with me on the {n}th about the Logistics Coordinator role in {place}.',
  'I enjoyed hearing how your team re-plans {n} ferry bookings a week when the {place} route closes for weather.',
  'The spreadsheet-to-TMS migration {person} is planning for the spring sounds like exactly the kind of project I enjoy.',
  'It was great to meet {person} and hear how the night shift hands over {n} open shipments to the morning crew.',
  'Our conversation about carrier scorecards made me think about the dashboard I built for {n} drivers at my last job.',
  'In my current role at Nordlys Cargo, I cut late deliveries in {place} by {n}% by changing how we batch pickups.',
  'I would be glad to share the template I used to track on-time performance across {n} carriers.',
  'Your point about keeping customers in {place} informed during delays really stuck with me.',
  'I also appreciated the tour of the {place} depot and the chance to see the sorting line {person} designed.',
  'Please let me know if there is anything else I can send {person} to help with your decision.',
  'I am excited about the possibility of joining the team and contributing to the {place} re-planning work.',
  'After our talk, I read the case study on your cold-chain pilot with the {n} salmon exporters near {place}.',
  'The way {person} described the weekly planning meeting made the team sound collaborative and calm.',
  'I understand you are meeting {n} other candidates this week, and I look forward to hearing about next steps.',
  'If it helps, I can walk {person} through the routing model I mentioned in more detail.',
  'Thanks again for your time and for answering all {n} of my questions about the handover process.',
  'I especially liked the idea of rotating dispatchers through the {place} customer-service desk for a week.',
  'The numbers you shared about saving {n}% on fuel along the {place} coastal route were impressive.',
  'Meeting {person} made me even more confident that this role is a great fit for my {n} years of experience.',
  'I have attached the {n}-page write-up on cross-docking that {person} and I discussed at the end of the interview.',
  'Please get back to me ASAP, since I need to tell {person} my decision within {n} days.', // pushy
  'Could you also tell me the salary range for {place} and whether the role includes a {n}% annual bonus?', // money
  'I am very interested in joining [Company Name] in {place} as soon as possible.', // generic, pushy
  'lol meeting {person} was awesome, gonna be great working together on all {n} routes!!!', // tone
  'As per my last email to {person}, I am still waiting to hear back after {n} days.', // pushy
];
const PEOPLE = [
  'Ola', 'Priya', 'Sven', 'Ingrid', 'Tomasz', 'Aisha', 'Lars', 'Mei', 'Jonas', 'Kari', 'Diego', 'Freya', 'Hamid',
  'Nora', 'Pieter', 'Astrid', 'Yusuf', 'Linnea', 'Rafael', 'Sofie', 'Emeka', 'Hanne', 'Kenji', 'Maja', 'Oskar',
];
const PLACES = [
  'Bergen', 'Tromsø', 'Stavanger', 'Ålesund', 'Bodø', 'Trondheim', 'Kristiansand', 'Molde', 'Narvik', 'Haugesund',
  'Hammerfest', 'Lofoten', 'Florø', 'Drammen', 'Harstad', 'Alta', 'Kirkenes', 'Svolvær', 'Larvik', 'Mo i Rana',
  'Sandnessjøen', 'Brønnøysund', 'Egersund', 'Måløy', 'Leirvik',
];

const uses = new Array(TEMPLATES.length).fill(0);

/** The template's next unused variant (90 numbers × 25 names per template before any repeats). */
function sentenceFrom(index) {
  const count = uses[index]++;
  const pick = (list) => list[Math.floor(count / 90) % list.length];
  return TEMPLATES[index]
    .replace('{n}', String(10 + (count % 90)))
    .replace('{person}', pick(PEOPLE))
    .replace('{place}', pick(PLACES));
}

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const countWords = (text) => text.split(/\s+/).filter(Boolean).length;

const random = mulberry32(20260210);

/** A new draft of about `words` words: greeting, paragraphs of 2-4 sentences, sign-off. */
function buildDraft(words) {
  const closing = '\n\nBest regards,\nJonas Berg\n';
  let body = 'Hi Marta,\n\n';
  let total = countWords(body) + countWords(closing);
  let paragraph = [];
  while (total < words) {
    const sentence = sentenceFrom(Math.floor(random() * TEMPLATES.length));
    if (total >= 0.85 * words && total + countWords(sentence) > 1.1 * words) break;
    paragraph.push(sentence);
    total += countWords(sentence);
    if (paragraph.length >= 2 + Math.floor(random() * 3)) {
      body += paragraph.join(' ') + '\n\n';
      paragraph = [];
    }
  }
  if (paragraph.length > 0) body += paragraph.join(' ');
  return body.trimEnd() + closing;
}

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), n: sorted.length };
}

const firstLine = (error) => String(error?.message ?? error).split('\n')[0];

/**
 * Times each function after a warm-up, taking turns so that load from other processes hits all of them alike: at least
 * minRuns rounds, at most maxRuns, stopping once budgetMs is spent. Each round, input(round) is built untimed and
 * handed to every function. A function that throws gets { error } and drops out, so a half-built engine still lets
 * the rest of the bench run.
 */
async function measure(fns, input = () => undefined, { warmup = 3, minRuns = 5, maxRuns = 200, budgetMs = 1000 } = {}) {
  const results = fns.map(() => ({ samples: [] }));
  const runRound = async (round, record) => {
    const argument = input(round);
    for (let turn = 0; turn < fns.length; turn++) {
      const index = (turn + round) % fns.length;
      if (results[index].error) continue;
      try {
        const start = performance.now();
        await fns[index](argument);
        if (record) results[index].samples.push(performance.now() - start);
      } catch (error) {
        results[index].error = firstLine(error);
      }
    }
  };
  let round = 0;
  for (; round < warmup; round++) await runRound(round, false);
  const started = performance.now();
  for (let runs = 0; runs < minRuns || (runs < maxRuns && performance.now() - started < budgetMs); runs++, round++) {
    if (results.every((result) => result.error)) break;
    await runRound(round, true);
  }
  return results.map((result) => (result.error ? { error: result.error } : summarize(result.samples)));
}

async function loadEngine() {
  if (!existsSync(ENGINE_PATH)) return { reason: `${ENGINE_PATH} not found (run: node build.mjs --engine-only)` };
  try {
    const engine = await import(pathToFileURL(ENGINE_PATH).href);
    if (typeof engine.lint !== 'function') return { reason: 'dist/engine.mjs does not export lint()' };
    return { lint: engine.lint };
  } catch (error) {
    return { reason: `cannot load dist/engine.mjs: ${firstLine(error)}` };
  }
}

async function loadHarper() {
  try {
    const { LocalLinter } = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const linter = new LocalLinter({ binary });
    const started = performance.now();
    await linter.setup();
    return { linter, setupMs: performance.now() - started };
  } catch (error) {
    return { reason: firstLine(error) };
  }
}

async function loadWriteGood() {
  try {
    const module = await import('write-good');
    return { writeGood: module.default ?? module };
  } catch (error) {
    return { reason: firstLine(error) };
  }
}

const ms = (value) => (value === undefined || Number.isNaN(value) ? 'n/a' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const pair = (result) => (!result ? 'n/a' : result.error ? 'error' : `${ms(result.median)} / ${ms(result.p95)}`);
const single = (result) => (!result ? 'n/a' : result.error ? 'error' : ms(result.median));
const mark = (ok) => (ok ? '✓' : '✗');

function table(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}

/** Lint a 1,000-word draft, change one character near the middle, lint again: the time of the second lint. */
function measureRelint(lintDraft) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const samples = [];
  let current = buildDraft(1000);
  const words = countWords(current);
  try {
    for (let i = 0; i < 3; i++) lintDraft(current);
    for (let edit = 0; edit < 50; edit++) {
      lintDraft(current);
      let position = Math.floor(current.length / 2) + ((edit * 37) % 400) - 200;
      while (!/[a-z]/i.test(current[position])) position++;
      const replacement = letters[(letters.indexOf(current[position].toLowerCase()) + 1 + (edit % 25)) % 26];
      current = current.slice(0, position) + replacement + current.slice(position + 1);
      const start = performance.now();
      lintDraft(current);
      samples.push(performance.now() - start);
    }
  } catch (error) {
    return { error: firstLine(error) };
  }
  return { words, ...summarize(samples) };
}

async function main() {
  const benchStarted = performance.now();
  const { default: nlp } = await import('compromise');
  const engine = await loadEngine();
  const harper = await loadHarper();
  const writeGood = await loadWriteGood();
  const notes = [];
  if (!engine.lint) notes.push(`engine: ${engine.reason}`);
  if (!harper.linter) notes.push(`harper.js: ${harper.reason}`);
  else notes.push(`harper.js: LocalLinter, full binary, plaintext; setup ${ms(harper.setupMs)} ms (not counted)`);
  if (!writeGood.writeGood) notes.push(`write-good: ${writeGood.reason}`);

  const lintDraft = (body) => engine.lint({ body, ...DRAFT_META });
  let coldLint;
  if (engine.lint) {
    const start = performance.now();
    try {
      lintDraft(buildDraft(200));
      coldLint = performance.now() - start;
    } catch (error) {
      notes.push(`engine: lint() threw: ${firstLine(error)}`);
    }
  }

  const rows = [];
  const lintBySize = new Map();
  for (const size of SIZES) {
    const paste = size >= 10_000;
    const options = paste ? { warmup: 1, minRuns: 5, maxRuns: 20, budgetMs: 2500 } : { budgetMs: 800 };
    // Harper takes seconds on a fresh 10k-word text on a busy machine; three runs keep the bench under a minute.
    const slowOptions = paste ? { warmup: 1, minRuns: 3, maxRuns: 3 } : options;
    const drafts = new Map();
    const freshDraft = (round) => {
      if (!drafts.has(round)) drafts.set(round, buildDraft(size));
      return drafts.get(round);
    };
    const words = countWords(freshDraft(0));
    const [lint, parse] = engine.lint
      ? await measure([lintDraft, (body) => nlp(body)], freshDraft, options)
      : [undefined, ...(await measure([(body) => nlp(body)], freshDraft, options))];
    const sameText = freshDraft(0);
    const [lintAgain] = engine.lint ? await measure([() => lintDraft(sameText)], undefined, options) : [undefined];
    const [harperResult] = harper.linter
      ? await measure(
          [
            async (body) => {
              for (const found of await harper.linter.lint(body, { language: 'plaintext' })) found.free();
            },
          ],
          freshDraft,
          slowOptions,
        )
      : [undefined];
    const [writeGoodResult] = writeGood.writeGood
      ? await measure([(body) => writeGood.writeGood(body)], freshDraft, options)
      : [undefined];
    if (lint?.error) notes.push(`engine at ${words} words: ${lint.error}`);
    const ratio = lint && !lint.error && !parse.error ? lint.median / parse.median : undefined;
    lintBySize.set(size, { words, lint });
    rows.push([
      paste ? `${words} (paste)` : String(words),
      pair(lint),
      pair(parse),
      ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}× ${mark(ratio <= BUDGET_RATIO)}`,
      single(lintAgain),
      single(harperResult),
      single(writeGoodResult),
    ]);
    drafts.clear();
  }

  console.log('Follow-Up Coach engine benchmark: ms, median / p95; every run lints a draft it has not seen\n');
  console.log(
    table(
      [
        'words',
        'lint() med / p95',
        'bare nlp() med / p95',
        `lint/nlp (≤ ${BUDGET_RATIO}×)`,
        'lint() same text again',
        'harper med',
        'write-good med',
      ],
      rows,
    ),
  );
  console.log('');
  if (engine.lint) {
    if (coldLint !== undefined) console.log(`first lint after loading (200 words): ${ms(coldLint)} ms`);
    const relint = measureRelint(lintDraft);
    if (relint.error) console.log(`re-lint after a one-character edit: error: ${relint.error}`);
    else {
      console.log(
        `re-lint after a one-character edit (${relint.words} words, ${relint.n} edits): ` +
          `median ${ms(relint.median)} ms, p95 ${ms(relint.p95)} ms ` +
          `(budget: median ≤ ${BUDGET_RELINT_MS} ms ${mark(relint.median <= BUDGET_RELINT_MS)})`,
      );
    }
    const small = lintBySize.get(600);
    const paste = lintBySize.get(10_000);
    if (small?.lint && !small.lint.error && paste?.lint && !paste.lint.error) {
      const perThousandSmall = small.lint.median / (small.words / 1000);
      const perThousandPaste = paste.lint.median / (paste.words / 1000);
      console.log(
        `linearity: ${ms(perThousandSmall)} ms per 1k words at ${small.words} words, ` +
          `${ms(perThousandPaste)} ms per 1k words at ${paste.words} words ` +
          `(${(perThousandPaste / perThousandSmall).toFixed(2)}×; 1.00 = linear)`,
      );
    }
  }
  for (const note of notes) console.log(`note: ${note}`);
  console.log(`bench took ${((performance.now() - benchStarted) / 1000).toFixed(1)} s (Node ${process.version})`);
}

try {
  await main();
} catch (error) {
  console.log(`bench failed: ${String(error?.stack ?? error)}`);
}
process.exitCode = 0;
