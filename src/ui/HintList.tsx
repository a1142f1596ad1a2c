import { Component } from 'preact';
import type { Hint, Severity } from '../engine/types';
import { flaggedText, SEVERITY_LABEL, SEVERITY_ORDER } from './format';
import { t } from '../shared/i18n';

export interface HintListProps {
  hints: readonly Hint[];
  body: string;
  /** Content key of hints + body (hintsSignature): an equal key means nothing visible changed. */
  signature: string;
  activeIndex: number;
  /** Always the latest hints: handlers read it when clicked, so a skipped re-render never hands out stale objects. */
  latest: { current: readonly Hint[] };
  onSelect(hint: Hint): void;
  onApplyFix(hint: Hint, fixIndex: number): void;
}

/**
 * The hints grouped by severity. update() arrives on every lint; most lints produce the same hints, so this list
 * re-renders only when its signature or the active hint changes.
 */
export class HintList extends Component<HintListProps> {
  private listRoot: HTMLDivElement | null = null;

  override shouldComponentUpdate(next: HintListProps): boolean {
    return next.signature !== this.props.signature || next.activeIndex !== this.props.activeIndex;
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

  private hintAt(index: number): Hint | undefined {
    return this.props.latest.current[index];
  }

  private select = (index: number): void => {
    const hint = this.hintAt(index);
    if (hint) this.props.onSelect(hint);
  };

  private onItemClick = (event: MouseEvent): void => {
    const target = event.target as Element | null;
    // Fix buttons and the select button handle their own clicks; the rest of the card selects the hint too.
    if (!target || target.closest('button')) return;
    const item = target.closest<HTMLElement>('[data-index]');
    if (item) this.select(Number(item.dataset.index));
  };

  private renderHint(hint: Hint, index: number, body: string, active: boolean) {
    const words = flaggedText(hint, body);
    const severity = SEVERITY_LABEL[hint.severity as Severity];
    const label = severity ? t(severity.one) : hint.severity;
    return (
      <li
        key={index}
        class={active ? 'fc-hint fc-active' : 'fc-hint'}
        data-hint=""
        data-rule={hint.rule}
        data-severity={hint.severity}
        data-index={index}
        aria-current={active ? 'true' : undefined}
        onClick={this.onItemClick}
      >
        <button type="button" class="fc-hint-select" data-action="select-hint" onClick={() => this.select(index)}>
          <span class="fc-hint-severity">{label}</span>{' '}
          <span class="fc-hint-message">{hint.message}</span>
          {words && <span class="fc-hint-words">“{words}”</span>}
        </button>
        {hint.fixes && hint.fixes.length > 0 && (
          <div class="fc-fixes" role="group" aria-label={t('fixesLabel')}>
            {hint.fixes.map((fix, fixIndex) => (
              <button
                type="button"
                class="fc-fix"
                data-action="apply-fix"
                key={fixIndex}
                onClick={() => {
                  const current = this.hintAt(index);
                  if (current) this.props.onApplyFix(current, fixIndex);
                }}
              >
                {fix.title}
              </button>
            ))}
          </div>
        )}
      </li>
    );
  }

  override render() {
    const { hints, body, activeIndex } = this.props;
    const indexed = hints.map((hint, index) => ({ hint, index }));
    return (
      <div ref={(el) => { this.listRoot = el; }}>
        {SEVERITY_ORDER.map((severity) => {
          const group = indexed.filter(({ hint }) => hint.severity === severity);
          if (group.length === 0) return null;
          return (
            <div class="fc-group" data-severity={severity} key={severity}>
              <h4 class="fc-group-title">{t(SEVERITY_LABEL[severity].group, group.length)}</h4>
              <ul class="fc-hints" role="list">
                {group.map(({ hint, index }) => this.renderHint(hint, index, body, index === activeIndex))}
              </ul>
            </div>
          );
        })}
      </div>
    );
  }
}
