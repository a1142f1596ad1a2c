// The interview memo of one compose window: the interview date and notes the user gave for a recipient are saved (after
// a short pause) under the first recipient's address, and come back when a draft to the same person is opened.
import type { InterviewMemo } from '../shared/settingsSchema.ts';
import { isoFromLocalInput, localInputFromIso } from './draft.ts';

export interface MemoStore {
  load(address: string): Promise<InterviewMemo | null>;
  save(address: string, memo: InterviewMemo): Promise<void>;
}

export interface MemoFields {
  /** <input type=datetime-local> value, '' when empty. */
  interviewAt: string;
  notes: string;
}

export interface MemoOptions {
  store: MemoStore;
  /** The address a memo is kept under: the first recipient's, or undefined when there is none. */
  addressOf(to: string[]): string | undefined;
  /** What the user has in the sidebar's fields now. */
  fields(): MemoFields;
  /** A memo was found for the recipient and the fields were empty: show it. */
  restore(fields: MemoFields): void;
  onError(error: unknown): void;
  saveDelayMs?: number;
}

const SAVE_DELAY_MS = 600;

export class InterviewMemoBinding {
  private address: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(private readonly options: MemoOptions) {}

  /** The recipients as the compose shows them now: a new first recipient loads that person's memo. */
  recipients(to: string[]): void {
    const address = this.options.addressOf(to);
    if (!address || address === this.address || this.closed) return;
    this.address = address;
    // The user already typed a date or notes for this draft: keep them (they will be saved for this address).
    if (this.hasInput()) return;
    this.options.store.load(address).then(
      (memo) => {
        if (!memo || this.closed || this.address !== address || this.hasInput()) return;
        this.options.restore({ interviewAt: localInputFromIso(memo.interviewAt), notes: memo.notes });
      },
      (error: unknown) => this.options.onError(error),
    );
  }

  /** The user changed the date or the notes: save after a pause. */
  edited(): void {
    if (this.closed) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, this.options.saveDelayMs ?? SAVE_DELAY_MS);
  }

  /** The compose window closed: save what is pending now, then nothing more. */
  close(to: string[]): void {
    if (this.closed) return;
    const pending = this.timer !== undefined;
    if (pending) clearTimeout(this.timer);
    this.timer = undefined;
    this.address ??= this.options.addressOf(to);
    if (pending) void this.save();
    this.closed = true;
  }

  private hasInput(): boolean {
    const { interviewAt, notes } = this.options.fields();
    return !!interviewAt || !!notes;
  }

  private async save(): Promise<void> {
    const address = this.address;
    if (!address) return;
    const { interviewAt: local, notes } = this.options.fields();
    const interviewAt = isoFromLocalInput(local) ?? '';
    if (!interviewAt && !notes.trim()) return;
    try {
      await this.options.store.save(address, { interviewAt, notes, savedAt: new Date().toISOString() });
    } catch (error) {
      this.options.onError(error);
    }
  }
}
