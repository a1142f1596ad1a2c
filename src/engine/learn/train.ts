// Trains a Model (model.ts) by stochastic gradient descent with AdaGrad and L2, deterministically: the same examples
// in the same order give the same weights, to the last digit written.
import type { Model } from './model';

export interface Example {
  features: readonly string[];
  /** Index into the classes. */
  label: number;
  weight?: number;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Weights smaller than this are dropped from the written model. */
  prune: number;
  /** Seed of the shuffle. */
  seed: number;
  /** A feature seen in fewer examples than this is ignored. */
  minCount: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 30, rate: 0.3, l2: 1e-4, prune: 0.02, seed: 7, minCount: 2 };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(classes: readonly string[], examples: readonly Example[], options: Partial<TrainOptions> = {}): Model {
  const o = { ...DEFAULT_TRAIN, ...options };
  const k = classes.length;
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.keys()].filter((f) => counts.get(f)! >= o.minCount).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const W = new Float64Array(vocab.length * k);
  const G = new Float64Array(vocab.length * k).fill(1e-8);
  const b = new Float64Array(k);
  const Gb = new Float64Array(k).fill(1e-8);
  const data = examples.map((ex) => ({ ids: [...new Set(ex.features)].map((f) => index.get(f)).filter((i): i is number => i !== undefined), label: ex.label, weight: ex.weight ?? 1 }));
  const order = data.map((_, i) => i);
  const random = mulberry32(o.seed);
  const z = new Float64Array(k);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const n of order) {
      const ex = data[n];
      for (let c = 0; c < k; c++) z[c] = b[c];
      for (const id of ex.ids) for (let c = 0; c < k; c++) z[c] += W[id * k + c];
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, z[c]);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c] - max);
      for (let c = 0; c < k; c++) {
        const g = ex.weight * (z[c] / sum - (c === ex.label ? 1 : 0));
        Gb[c] += g * g;
        b[c] -= (o.rate * g) / Math.sqrt(Gb[c]);
        for (const id of ex.ids) {
          const at = id * k + c;
          const gw = g + o.l2 * W[at];
          G[at] += gw * gw;
          W[at] -= (o.rate * gw) / Math.sqrt(G[at]);
        }
      }
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const pairs: number[] = [];
    for (let c = 0; c < k; c++) if (Math.abs(W[i * k + c]) >= o.prune) pairs.push(c, round(W[i * k + c]));
    if (pairs.length) weights[f] = pairs;
  });
  return { classes: [...classes], bias: [...b].map(round), weights };
}
