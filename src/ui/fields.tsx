import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';
import { describeTiming } from './format';
import { t } from '../shared/i18n';

const NOTES_DEBOUNCE_MS = 300;

/**
 * Keeps a text field showing the model's value without fighting the user: update() arrives on every lint, possibly
 * before the content script has taken in what was just typed, so the model's value is written into the field only when
 * it changes and the field does not have focus.
 */
function useModelValue(ref: RefObject<HTMLInputElement | HTMLTextAreaElement | null>, value: string): void {
  useLayoutEffect(() => {
    const field = ref.current;
    if (!field || field.value === value) return;
    const root = field.getRootNode() as Document | ShadowRoot;
    if (root.activeElement === field) return;
    field.value = value;
  }, [value]);
}

export function InterviewField(props: {
  value: string;
  /** 'thread': the value was read from the conversation, not typed (the field says so). */
  source?: 'thread';
  nowMs: number;
  windowHours: number;
  onChange(value: string): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  useModelValue(input, props.value);
  const timing = describeTiming(props.value, props.nowMs, props.windowHours);
  const fromThread = props.source === 'thread' && !!props.value;
  return (
    <section class="fc-section">
      <label class="fc-field-label" for="fc-interview-at">
        {t('interviewLabel')}
      </label>
      <input
        ref={input}
        id="fc-interview-at"
        class="fc-input"
        type="datetime-local"
        data-field="interview-at"
        data-source={fromThread ? 'thread' : undefined}
        aria-describedby={fromThread ? 'fc-interview-source fc-timing' : 'fc-timing'}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
      {fromThread && (
        <p id="fc-interview-source" class="fc-field-help fc-source" data-note="interview-from-thread">
          {t('interviewFromThread')}
        </p>
      )}
      <p id="fc-timing" class="fc-field-help fc-timing" data-kind={timing.kind}>
        {timing.text}
      </p>
    </section>
  );
}

export function NotesField(props: { value: string; onChange(value: string): void }) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  useModelValue(textarea, props.value);

  const flush = () => {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    if (textarea.current) onChange.current(textarea.current.value);
  };
  const schedule = () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      if (textarea.current) onChange.current(textarea.current.value);
    }, NOTES_DEBOUNCE_MS);
  };
  // A pending save is dropped on unmount: the compose window (and its session) is going away.
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <section class="fc-section">
      <label class="fc-field-label" for="fc-notes">
        {t('notesLabel')}
      </label>
      <textarea
        ref={textarea}
        id="fc-notes"
        class="fc-textarea"
        rows={3}
        data-field="notes"
        placeholder={t('notesPlaceholder')}
        aria-describedby="fc-notes-help"
        onInput={schedule}
        onChange={flush}
        onBlur={flush}
      />
      <p id="fc-notes-help" class="fc-field-help">
        {t('notesHelp')}
      </p>
    </section>
  );
}
