// The playground's host for the DraftCoach (src/coach/draftCoach.ts), the same coach the extension runs in a compose
// window: the body editor is a contenteditable <div> read with the extension's snapshot and written with its undoable
// insertion; the page (App.tsx) owns the other fields and the settings and hands them over through callbacks.
import { lint, prepare } from '../engine/index';
import { buildSkeleton } from '../engine/skeleton';
import type { Draft, LintResult } from '../engine/types';
import { snapshotText } from '../content/textSnapshot';
import { HighlightRegistry } from '../content/highlights';
import { replaceRange } from '../content/insert';
import { isoFromLocalInput, isoFromLocalInputWithOffset, localIso } from '../content/draft';
import { DraftCoach, readyEngine, type CoachView } from '../coach/draftCoach';
import { mountSidebar, type SidebarActions, type SidebarHandle, type SidebarModel } from '../ui/mount';
import { acceptPlainTextOnly, setEditorText } from './editor';
import { replaceFieldText } from '../sites/dom';

/** The compose fields beside the body, as the page's inputs hold them. */
export interface ComposeFields {
  to: string;
  subject: string;
  /** datetime-local values (local time); '' when empty. */
  interviewAt: string;
  sendAt: string;
}

export interface CoachSettings {
  rules: Record<string, boolean>;
  windowHours: number;
  userName: string;
}

export interface CoachOptions {
  editor: HTMLElement;
  /** The <followup-coach-sidebar> element; its shadow root gets the sidebar. */
  host: HTMLElement;
  fields(): ComposeFields;
  settings(): CoachSettings;
  /** The sidebar's interview date field changed. */
  setInterviewAt(value: string): void;
  /** The page's subject box: a fix for the subject line writes it (one edit, undone by Ctrl+Z in the box). */
  subjectInput?(): HTMLInputElement | null;
  /** A hint's "Turn off" button: the page turns the rule off in its own settings. */
  disableRule?(rule: string): void;
  theme: 'light' | 'dark';
}

const noneExcluded = () => false;

/** The draft the engine sees for these fields and body text. */
export function draftFor(fields: ComposeFields, body: string, notes: string): Draft {
  return {
    body,
    subject: fields.subject.trim() || undefined,
    to: fields.to.trim() ? [fields.to.trim()] : undefined,
    interviewAt: isoFromLocalInput(fields.interviewAt),
    // With the local zone's offset: the engine reads the writer's hour (send-time) from it.
    now: isoFromLocalInputWithOffset(fields.sendAt) ?? localIso(Date.now()),
    notes: notes.trim() || undefined,
  };
}

export class PlaygroundCoach {
  private readonly controller = new AbortController();
  private readonly highlights = new HighlightRegistry();
  private readonly sidebar: SidebarHandle;
  private readonly coach: DraftCoach;
  private readonly composeId: string;
  private view: CoachView;
  private open = true;
  private theme: 'light' | 'dark';
  private syncedInterviewAt: string | null = null;

  constructor(private readonly options: CoachOptions) {
    const { editor, host } = options;
    const { signal } = this.controller;
    const doc = editor.ownerDocument;
    this.composeId = host.getAttribute('data-compose-id') ?? 'playground';
    this.theme = options.theme;
    this.coach = new DraftCoach(
      {
        read: (maxChars) => snapshotText(editor, noneExcluded, maxChars),
        write: async (range, text) => {
          if (!editor.firstChild) setEditorText(editor, '');
          return replaceRange({ body: editor, method: 'execCommand' }, range, text);
        },
        context: () => {
          const { subject, to, now } = draftFor(options.fields(), '', '');
          return { subject, to, now };
        },
        canWriteSubject: () => !!options.subjectInput?.(),
        writeSubject: (text) => {
          const input = options.subjectInput?.();
          return !!input && replaceFieldText(input, text);
        },
      },
      {
        id: this.composeId,
        engine: readyEngine({ lint, prepare }),
        highlights: this.highlights,
        listenTo: editor,
        settings: () => options.settings(),
        buildSkeleton,
        onChange: (view) => {
          this.view = view;
          host.dataset.lintCount = String(this.coach.stats.lintCount);
          this.render();
        },
        onFieldsEdited: ({ interviewAt }) => {
          if (interviewAt !== options.fields().interviewAt) options.setInterviewAt(interviewAt);
        },
        disableRule: options.disableRule,
      },
    );
    this.view = this.coach.current;
    doc.addEventListener(
      'selectionchange',
      () => {
        const selection = doc.getSelection();
        if (selection) this.coach.selectionChanged(selection);
      },
      { signal },
    );
    acceptPlainTextOnly(editor, signal);
    this.sidebar = mountSidebar(host, this.model(), this.actions());
    host.dataset.lintCount = '0';
    this.flush();
  }

  /** The engine's whole last result (dismissed hints included). */
  get result(): LintResult | null {
    return this.coach.result;
  }

  /** Something outside the body changed (a field, a setting): lint after the usual pause. */
  schedule(): void {
    this.syncFields();
    this.coach.schedule();
  }

  /** Lint now. */
  flush(): void {
    this.syncFields();
    this.coach.flush();
  }

  /** Starts a new draft: the body, notes, pause and dismissals are reset (used by the example menu). */
  load(body: string): void {
    setEditorText(this.options.editor, body);
    this.syncedInterviewAt = this.options.fields().interviewAt;
    this.coach.reset({ interviewAt: this.syncedInterviewAt });
  }

  setTheme(theme: 'light' | 'dark'): void {
    this.theme = theme;
    this.render();
  }

  destroy(): void {
    this.controller.abort();
    this.coach.destroy();
    this.highlights.clear();
    this.sidebar.unmount();
  }

  /**
   * The page's interview date field is the sidebar's too: a change there goes to the coach. (A date the coach read from
   * a quoted thread stays in the sidebar until the page's field changes.)
   */
  private syncFields(): void {
    const { interviewAt } = this.options.fields();
    if (interviewAt === this.syncedInterviewAt) return;
    this.syncedInterviewAt = interviewAt;
    if (interviewAt !== this.coach.current.interviewAt) this.coach.setFields({ interviewAt });
  }

  private model(): SidebarModel {
    return { ...this.view, composeId: this.composeId, open: this.open, theme: this.theme };
  }

  private render(): void {
    this.sidebar?.update(this.model());
  }

  private actions(): SidebarActions {
    const coach = this.coach;
    return {
      open: () => {
        this.open = true;
        this.render();
      },
      close: () => {
        this.open = false;
        this.render();
        this.options.editor.focus({ preventScroll: true });
      },
      selectHint: (hint) => coach.selectHint(hint),
      applyFix: (hint, fixIndex) => coach.applyFix(hint, fixIndex),
      dismissHint: (hint) => coach.dismissHint(hint),
      showDismissed: () => coach.showDismissed(),
      disableRule: (rule) => coach.disableRule(rule),
      insertSkeleton: () => coach.insertSkeleton(),
      setInterviewAt: (value) => coach.setInterviewAt(value),
      setNotes: (value) => coach.setNotes(value),
      setPausedForDraft: (paused) => coach.setPausedForDraft(paused),
    };
  }
}
