import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Hint, LintResult, Severity } from '../engine/types';
import { InterviewField, NotesField } from './fields';
import {
  CHECKS,
  checkStates,
  hintsSignature,
  sameHint,
  SEVERITY_ORDER,
  type CheckState,
} from './format';
import { HintList, ruleLabel } from './HintList';
import { planLine } from './plan';
import type { SidebarActions, SidebarModel } from './mount';
import { t, tCount, type MessageId } from '../shared/i18n';

const NO_HINTS: readonly Hint[] = [];

function LauncherIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linejoin="round"
        d="M3 6.5h18v11H3zM3 7l9 6.5L21 7"
      />
      <circle cx="19" cy="17" r="4.2" fill="currentColor" />
      <path fill="none" stroke="#ffffff" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" d="M17.1 17l1.3 1.3 2.4-2.6" />
    </svg>
  );
}

function CloseIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" d="M4 4l8 8M12 4l-8 8" />
    </svg>
  );
}

function worstSeverity(hints: readonly Hint[]): Severity | 'none' {
  for (const severity of SEVERITY_ORDER) if (hints.some((h) => h.severity === severity)) return severity;
  return 'none';
}

function Launcher({ model, actions }: { model: SidebarModel; actions: SidebarActions }) {
  const hints = model.result?.hints ?? NO_HINTS;
  const count = model.pausedForDraft ? 0 : hints.length;
  const showCount = model.result !== null && count > 0;
  // The badge sits beside the button, not in it, so the button's accessible name is exactly its label.
  return (
    <div class="fc-launcher-wrap">
      <button
        type="button"
        class="fc-launcher"
        data-action="open"
        aria-label={t('launcherOpen')}
        aria-describedby={showCount ? 'fc-launcher-count' : undefined}
        title={t('launcherOpen')}
        onClick={() => actions.open()}
      >
        <LauncherIcon />
      </button>
      {showCount && (
        <span class="fc-badge" aria-hidden="true" data-severity={worstSeverity(hints)}>
          {count}
        </span>
      )}
      {showCount && (
        <span id="fc-launcher-count" hidden>
          {tCount('suggestions', count)}
        </span>
      )}
    </div>
  );
}

function ScoreMeter({ result }: { result: LintResult | null }) {
  if (!result) {
    return (
      <div class="fc-meter" aria-busy="true">
        <span class="fc-score fc-muted">…</span>
        <span class="fc-visually-hidden">{t('scoreChecking')}</span>
      </div>
    );
  }
  const score = Math.max(0, Math.min(100, Math.round(result.score)));
  const level = score >= 80 ? 'high' : score >= 50 ? 'mid' : 'low';
  return (
    <div
      class="fc-meter"
      role="meter"
      aria-label={t('scoreLabel')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={score}
      aria-valuetext={t('scoreValueText', score)}
      data-level={level}
      title={t('scoreLabel')}
    >
      <div class="fc-meter-bar" aria-hidden="true">
        <div class="fc-meter-fill" style={{ width: `${score}%` }} />
      </div>
      <span class="fc-score" data-score="">
        {score}
      </span>
    </div>
  );
}

const CHECK_MARK: Record<CheckState, { mark: string; text: MessageId }> = {
  done: { mark: '✓', text: 'checkDone' },
  todo: { mark: '✗', text: 'checkTodo' },
  unknown: { mark: '?', text: 'checkUnknown' },
  pending: { mark: '…', text: 'checkPending' },
};

function Checklist({ result, interviewAt }: { result: LintResult | null; interviewAt: string }) {
  const states = checkStates(result, interviewAt);
  return (
    <ul class="fc-checklist" role="list" aria-label={t('checklistLabel')}>
      {CHECKS.map((check) => {
        const state = states[check.id];
        return (
          <li class="fc-check" key={check.id} data-check={check.id} data-state={state} title={t(check.advice)}>
            <span class="fc-check-mark" aria-hidden="true">
              {CHECK_MARK[state].mark}
            </span>
            <span>
              {t(check.label)}
              <span class="fc-visually-hidden">: {t(CHECK_MARK[state].text)}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The plan line (CONTRACT.md section 4, `data-plan`): when to send, or when to check in, from LintResult.plan. */
function PlanText({ model }: { model: SidebarModel }) {
  if (model.pausedForDraft) return null;
  const line = planLine(model.result, model.nowMs);
  if (!line) return null;
  return (
    <p class="fc-plan" data-plan={line.kind} aria-label={`${t('planLabel')}: ${line.text}`}>
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5" />
        <path d="M2 6.5h12M5.5 1.5v3M10.5 1.5v3" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
      </svg>
      <span>{line.text}</span>
    </p>
  );
}

/** The one-line notice of a failed check (CoachView.error): which rules, or the whole check. */
function engineErrorText(error: { rules: string[] }): string {
  return error.rules.length ? t('engineRuleFailed', error.rules.join(', ')) : t('engineFailed');
}

/**
 * Where focus goes after the user removed a hint from the list, so the keyboard is not dropped on the page: the "show
 * dismissed" button once it is there, or the suggestions heading. Honoured for a moment only (the coach may decline).
 */
type FocusAfter = { target: 'show-dismissed' | 'suggestions'; until: number } | null;
const FOCUS_AFTER_MS = 1000;

function Panel({ model, actions, focusTitle }: { model: SidebarModel; actions: SidebarActions; focusTitle: boolean }) {
  const { result } = model;
  const hints = result?.hints ?? NO_HINTS;
  const signature = useMemo(() => hintsSignature(hints, model.body), [hints, model.body]);
  const active = model.activeHint;
  const activeIndex = active ? hints.findIndex((h) => sameHint(h, active)) : -1;
  const title = useRef<HTMLHeadingElement>(null);
  const suggestionsTitle = useRef<HTMLHeadingElement>(null);
  const showDismissed = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<FocusAfter>(null);
  const [announcement, setAnnouncement] = useState('');

  useLayoutEffect(() => {
    if (focusTitle) title.current?.focus();
  }, []);

  // A layout effect: focus moves in the same task as the render that removed the focused button, never later.
  useLayoutEffect(() => {
    const pending = focusAfter.current;
    if (!pending) return;
    if (Date.now() > pending.until) {
      focusAfter.current = null;
      return;
    }
    const element = pending.target === 'show-dismissed' ? showDismissed.current : suggestionsTitle.current;
    if (!element) return; // not rendered yet: the next render tries again
    focusAfter.current = null;
    element.focus();
  });

  const count = hints.length;
  let status = '';
  if (model.pausedForDraft) status = t('pausedStatus');
  else if (result) status = count === 0 ? t('noSuggestions') : tCount('suggestions', count);
  if (announcement) status = `${announcement} ${status}`;

  const focusSoon = (target: 'show-dismissed' | 'suggestions') => {
    focusAfter.current = { target, until: Date.now() + FOCUS_AFTER_MS };
  };
  const dismiss = (hint: Hint) => {
    focusSoon('show-dismissed');
    setAnnouncement('');
    actions.dismissHint(hint);
  };
  const disableRule = (hint: Hint) => {
    focusSoon('suggestions');
    setAnnouncement(t('ruleTurnedOff', ruleLabel(hint.rule)));
    actions.disableRule(hint.rule);
  };
  const restore = () => {
    focusSoon('suggestions');
    setAnnouncement('');
    actions.showDismissed();
  };

  return (
    <>
      <div class="fc-header">
        <h2 class="fc-title" ref={title} tabIndex={-1}>
          {t('extName')}
        </h2>
        <ScoreMeter result={result} />
        <button
          type="button"
          class="fc-icon-button"
          data-action="close"
          aria-label={t('closeLabel')}
          title={t('closeTitle')}
          onClick={() => actions.close()}
        >
          <CloseIcon />
        </button>
      </div>
      <div class="fc-body">
        {model.error && (
          <p class="fc-notice fc-notice-error" data-notice="engine-error" role="alert">
            {engineErrorText(model.error)}
          </p>
        )}
        {model.note && <p class="fc-notice">{model.note}</p>}
        {result && !result.followUp && (
          <p class="fc-notice" data-notice="not-follow-up">
            {t('notFollowUp')}
          </p>
        )}
        <PlanText model={model} />
        <Checklist result={result} interviewAt={model.interviewAt} />
        <InterviewField
          value={model.interviewAt}
          source={model.interviewSource}
          nowMs={model.nowMs}
          windowHours={model.windowHours}
          onChange={(value) => actions.setInterviewAt(value)}
        />
        <section class="fc-section">
          <h3 class="fc-section-title" ref={suggestionsTitle} tabIndex={-1}>
            {t('suggestionsHeading')}
          </h3>
          <p class="fc-visually-hidden" role="status" aria-live="polite" data-live="">
            {status}
          </p>
          {model.pausedForDraft ? (
            <p class="fc-muted">{t('pausedBody')}</p>
          ) : !result ? (
            !model.error && <p class="fc-muted">{t('checkingDraft')}</p>
          ) : count === 0 ? (
            // Never "looks great" while a check failed or the user hid what it found.
            !model.error &&
            model.dismissedCount === 0 && (
              <p class="fc-empty" data-empty="">
                {result.followUp ? t('emptyFollowUp') : t('emptyOther')}
              </p>
            )
          ) : (
            <HintList
              hints={hints}
              body={model.body}
              signature={signature}
              activeIndex={activeIndex}
              onSelect={(hint) => actions.selectHint(hint)}
              onApplyFix={(hint, fixIndex) => actions.applyFix(hint, fixIndex)}
              onDismiss={dismiss}
              onDisableRule={disableRule}
              subjectWritable={model.subjectWritable}
            />
          )}
          {!model.pausedForDraft && model.dismissedCount > 0 && (
            <button type="button" class="fc-text-button" data-action="show-dismissed" ref={showDismissed} onClick={restore}>
              {tCount('showDismissed', model.dismissedCount)}
            </button>
          )}
        </section>
        <NotesField value={model.notes} onChange={(value) => actions.setNotes(value)} />
        <section class="fc-section">
          <button type="button" class="fc-button" data-action="insert-skeleton" onClick={() => actions.insertSkeleton()}>
            {t('insertSkeleton')}
          </button>
        </section>
        <div class="fc-footer">
          <input
            type="checkbox"
            id="fc-pause"
            data-field="pause-draft"
            checked={model.pausedForDraft}
            onChange={(event) => actions.setPausedForDraft(event.currentTarget.checked)}
          />
          <label for="fc-pause">{t('pauseDraft')}</label>
        </div>
      </div>
    </>
  );
}

const KEY_EVENTS_TO_CONTAIN = new Set(['keydown', 'keyup', 'keypress']);

export function Sidebar({ model, actions }: { model: SidebarModel; actions: SidebarActions }) {
  const launcherHadFocus = useRef(false);

  // Keys typed in the sidebar must not reach the mail site's own shortcut handlers: retargeted to the host element,
  // they look to the site like keys pressed outside any text field.
  const onKey = (event: KeyboardEvent) => {
    if (event.type === 'keydown' && event.key === 'Escape' && model.open) {
      event.preventDefault();
      actions.close();
    }
    if (KEY_EVENTS_TO_CONTAIN.has(event.type)) event.stopPropagation();
  };

  if (!model.open) {
    return (
      <div
        class="fc-root fc-collapsed"
        data-theme={model.theme}
        data-compose={model.composeId}
        onFocusIn={(event) => {
          launcherHadFocus.current = (event.target as Element).matches('[data-action="open"]');
        }}
        onFocusOut={() => {
          launcherHadFocus.current = false;
        }}
        onKeyDown={onKey}
        onKeyUp={onKey}
        onKeyPress={onKey}
      >
        <Launcher model={model} actions={actions} />
      </div>
    );
  }
  const focusTitle = launcherHadFocus.current;
  launcherHadFocus.current = false;
  return (
    <div
      class="fc-root fc-panel"
      data-theme={model.theme}
      data-compose={model.composeId}
      role="complementary"
      aria-label={t('extName')}
      onKeyDown={onKey}
      onKeyUp={onKey}
      onKeyPress={onKey}
    >
      <Panel model={model} actions={actions} focusTitle={focusTitle} />
    </div>
  );
}
