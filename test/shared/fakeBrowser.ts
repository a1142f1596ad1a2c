// An in-memory stand-in for the parts of `browser` (webextension-polyfill) that src/shared uses: storage.local and
// storage.onChanged, with the same copy-on-write and change-event behaviour as the real thing.
type Change = { oldValue?: unknown; newValue?: unknown };
type Listener = (changes: Record<string, Change>, areaName: string) => void;

export interface FakeBrowser {
  storage: {
    local: {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
      clear(): Promise<void>;
    };
    onChanged: {
      addListener(l: Listener): void;
      removeListener(l: Listener): void;
      hasListener(l: Listener): boolean;
    };
  };
  /** The raw stored data, for assertions and for planting garbage. */
  data: Map<string, unknown>;
  listenerCount(): number;
}

const clone = <T>(x: T): T => (x === undefined ? x : structuredClone(x));

export function createFakeBrowser(): FakeBrowser {
  const data = new Map<string, unknown>();
  const listeners = new Set<Listener>();
  const emit = (changes: Record<string, Change>) => {
    if (Object.keys(changes).length === 0) return;
    for (const l of [...listeners]) l(clone(changes), 'local');
  };
  return {
    data,
    listenerCount: () => listeners.size,
    storage: {
      local: {
        async get(keys) {
          const wanted = keys == null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
          const out: Record<string, unknown> = {};
          for (const k of wanted) if (data.has(k)) out[k] = clone(data.get(k));
          return out;
        },
        async set(items) {
          const changes: Record<string, Change> = {};
          for (const [k, v] of Object.entries(items)) {
            changes[k] = { oldValue: clone(data.get(k)), newValue: clone(v) };
            data.set(k, clone(v));
          }
          emit(changes);
        },
        async remove(keys) {
          const changes: Record<string, Change> = {};
          for (const k of typeof keys === 'string' ? [keys] : keys) {
            if (data.has(k)) changes[k] = { oldValue: data.get(k) };
            data.delete(k);
          }
          emit(changes);
        },
        async clear() {
          const changes: Record<string, Change> = {};
          for (const [k, v] of data) changes[k] = { oldValue: v };
          data.clear();
          emit(changes);
        },
      },
      onChanged: {
        addListener: (l) => void listeners.add(l),
        removeListener: (l) => void listeners.delete(l),
        hasListener: (l) => listeners.has(l),
      },
    },
  };
}
