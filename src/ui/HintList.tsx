import { Component } from 'preact';
import type { Hint, RuleId, Severity } from '../engine/types';
import { flaggedText, SEVERITY_LABEL, SEVERITY_ORDER } from './format';
import { RULE_MESSAGES } from '../shared/ruleText';
import { t } from '../shared/i18n';

export interface HintListProps {
  hints: readonly Hint[];
  body: string;
  /** Content key of hints + body (hintsSignature): an equal key means nothing visible changed. */
  signature: string;
  activeIndex: number;
  onSelect(hint: Hint): void;
  onApplyFix(hint: Hint, fixIndex: number): void;
  onDismiss(hint: Hint): void;
  /** Absent where rules cannot be turned off from the sidebar. */
  onDisableRule?(hint: Hint): void;
  /** Can the host write the subject? Fixes for the subject line (Fix.target 'subject') are shown only then. */
  subjectWritable?: boolean;
}

/** A rule's name as the popup shows it (the id itself for a rule the UI has no name for). */
export function ruleLabel(rule: string): string {
  const messages = RULE_MESSAGES[rule as RuleId];
  return messages ? t(messages.label) : rule;
}

/** One key per hint, stable across lints while the hint stays the same: list items follow their hint, not a position. */
function hintKeys(hints: readonly Hint[]): string[] {
  const seen = new Map<string, number>();
  return hints.map((h) => {
    const base = `${h.rule}:${h.start ?? ''}:${h.end ?? ''}:${h.message}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}:${n}`;
  });
}

/**
 * The hints grouped by severity. update() arrives on every lint; most lints produce the same hints, so this list
 * re-renders only when its signature or the active hint changes.
 *
 * A button acts only on the hint it showed when the user pressed it: a fix re-lints and re-renders the list at once,
 * so the second click of a double-click (or a click whose press began before the list changed) would land on the next
 * hint's button. Such clicks do nothing. A click without a press (the keyboard, a screen reader's default action)
 * acts on the button as it is.
 */
export class HintList extends Component<HintListProps> {
  private listRoot: HTMLDivElement | null = null;
  /** The button the last pointer press went to, and the hint it showed then. */
  private pressed: { button: EventTarget; key: string } | null = null;

  override shouldComponentUpdate(next: HintListProps): boolean {
    return next.signature !== this.props.signature || next.activeIndex !== this.props.activeIndex || next.subjectWritable !== this.props.subjectWritable;
  }

  override componentDidUpdate(previous: HintListProps): void {
    if (previous.activeIndex !== this.props.activeIndex && this.props.activeIndex >= 0) this.revealActive();
  }

  override componentDidMount(): void {
    if (this.props.activeIndex >= 0) this.revealActive();
  }

  /** Scrolls only the sidebar's own scroll box (scrollIntoView could also scroll the mail page behind it). */
  private revealActive(): void {
    const item = this.listRoot?.querySelector<HTMLElement>(`[data-index="${this.props.activeIndex}"]`);
    const scroller = item?.closest<HTMLElement>('.fc-root');
    if (!item || !scroller) return;
    const margin = 8;
    const itemBox = item.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    // The sticky header covers the top of the scroll box.
    const headerHeight = scroller.querySelector('.fc-header')?.getBoundingClientRect().height ?? 0;
    const top = box.top + headerHeight;
    if (itemBox.top < top) scroller.scrollTop -= top - itemBox.top + margin;
    else if (itemBox.bottom > box.bottom) scroller.scrollTop += Math.min(itemBox.bottom - box.bottom + margin, itemBox.top - top);
  }

  private onPress = (event: PointerEvent): void => {
    const button = (event.target as Element | null)?.closest?.('button[data-key]');
    this.pressed = button ? { button, key: button.getAttribute('data-key') ?? '' } : null;
  };

  /** The click handler of a button that acts on one hint: see the class comment. */
  private act(key: string, action: () => void) {
    return (event: MouseEvent) => {
      const pressed = this.pressed;
      this.pressed = null;
      if (event.detail > 1) return;
      if (pressed && (pressed.button !== event.currentTarget || pressed.key !== key)) return;
      action();
    };
  }

  private onItemClick = (hint: Hint) => (event: MouseEvent): void => {
    const target = event.target as Element | null;
    // Buttons handle their own clicks; the rest of the card selects the hint too.
    if (!target || target.closest('button') || event.detail > 1) return;
    this.props.onSelect(hint);
  };

  private renderHint(hint: Hint, key: string, index: number, body: string, active: boolean) {
    const words = flaggedText(hint, body);
    const severity = SEVERITY_LABEL[hint.severity as Severity];
    const label = severity ? t(severity.one) : hint.severity;
    const messageId = `fc-hint-${index}-message`;
    const { onDisableRule, subjectWritable } = this.props;
    // Each fix keeps its index in hint.fixes (applyFix takes it); a subject fix only where the subject can be written.
    const fixes = (hint.fixes ?? []).map((fix, fixIndex) => ({ fix, fixIndex })).filter(({ fix }) => fix.target !== 'subject' || subjectWritable);
    return (
      <li
        key={key}
        class={active ? 'fc-hint fc-active' : 'fc-hint'}
        data-hint=""
        data-rule={hint.rule}
        data-severity={hint.severity}
        data-index={index}
        aria-current={active ? 'true' : undefined}
        onClick={this.onItemClick(hint)}
      >
        <button type="button" class="fc-hint-select" data-action="select-hint" onClick={() => this.props.onSelect(hint)}>
          <span class="fc-hint-severity">{label}</span>{' '}
          <span class="fc-hint-message" id={messageId}>
            {hint.message}
          </span>
          {words && <span class="fc-hint-words">“{words}”</span>}
        </button>
        {fixes.length > 0 && (
          <div class="fc-fixes" role="group" aria-label={t('fixesLabel')}>
            {fixes.map(({ fix, fixIndex }) => (
              <button
                type="button"
                class="fc-fix"
                data-action="apply-fix"
                data-target={fix.target}
                data-key={key}
                key={fixIndex}
                onClick={this.act(key, () => this.props.onApplyFix(hint, fixIndex))}
              >
                {fix.title}
              </button>
            ))}
          </div>
        )}
        <div class="fc-hint-actions" role="group" aria-label={t('hintActionsLabel')}>
          <button
            type="button"
            class="fc-text-button"
            data-action="dismiss"
            data-key={key}
            aria-describedby={messageId}
            onClick={this.act(key, () => this.props.onDismiss(hint))}
          >
            {t('dismissHint')}
          </button>
          {onDisableRule && (
            <button
              type="button"
              class="fc-text-button"
              data-action="disable-rule"
              data-key={key}
              onClick={this.act(key, () => onDisableRule(hint))}
            >
              {t('disableRule', ruleLabel(hint.rule))}
            </button>
          )}
        </div>
      </li>
    );
  }

  override render() {
    const { hints, body, activeIndex } = this.props;
    const keys = hintKeys(hints);
    const indexed = hints.map((hint, index) => ({ hint, index, key: keys[index] }));
    return (
      <div
        ref={(el) => {
          this.listRoot = el;
        }}
        onPointerDown={this.onPress}
      >
        {SEVERITY_ORDER.map((severity) => {
          const group = indexed.filter(({ hint }) => hint.severity === severity);
          if (group.length === 0) return null;
          return (
            <div class="fc-group" data-severity={severity} key={severity}>
              <h4 class="fc-group-title">{t(SEVERITY_LABEL[severity].group, group.length)}</h4>
              <ul class="fc-hints" role="list">
                {group.map(({ hint, index, key }) => this.renderHint(hint, key, index, body, index === activeIndex))}
              </ul>
            </div>
          );
        })}
      </div>
    );
  }
}
