import { useEffect, useState } from 'preact/hooks';
import type { TargetedMouseEvent } from 'preact';
import type { RuleId } from '../engine/types';
import type { StoredSettings } from '../shared/settingsSchema';
import type { DraftState } from '../shared/messages';
import { RULE_MESSAGES, RULES_IN_ORDER } from '../shared/ruleText';
import { t } from '../shared/i18n';
import type { PopupConnector } from './connector';
import type { SentLog } from '../shared/sentLog';
import { planFollowUps } from '../shared/followUps';
import { formatPlanDay } from '../ui/plan';

/** The check-ins planned from the sent log (CONTRACT.md section 4, `data-plan-item`): who, what's next, when. */
function FollowUps({ log, nowMs }: { log: SentLog | null; nowMs: number }) {
  if (!log) return null;
  const plans = planFollowUps(log, nowMs);
  const day = (iso: string) => formatPlanDay(Date.parse(iso));
  return (
    <section class="follow-ups" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">{t('popupFollowUps')}</h2>
      {plans.length === 0 ? (
        <p class="description" data-empty="follow-ups">
          {t('followUpsNone')}
        </p>
      ) : (
        <ul class="follow-up-list">
          {plans.map((plan) => (
            <li key={plan.id} data-plan-item={plan.id} data-due={plan.isDue ? 'true' : undefined}>
              <strong class="follow-up-who">{plan.to}</strong>
              <span class="follow-up-next">{plan.isDue ? t('followUpCheckInDue', day(plan.due)) : t('followUpCheckIn', day(plan.due))}</span>
              <span class="description">
                {t('followUpAfter', day(plan.after.at))}
                {plan.theirDate && ` · ${t('followUpTheirDate', day(plan.theirDate))}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Popup({ connector }: { connector: PopupConnector }) {
  const [settings, setSettings] = useState<StoredSettings | null>(null);
  const [draft, setDraft] = useState<DraftState | null>(null);
  const [error, setError] = useState('');
  const [repaired, setRepaired] = useState(false);
  const [sentLog, setSentLog] = useState<SentLog | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    connector.watchSentLog(setSentLog, controller.signal);
    connector.loadSentLog().then((log) => !controller.signal.aborted && setSentLog(log), () => setSentLog({}));
    connector.watchSettings(setSettings, controller.signal);
    connector.loadSettings().then(
      (s) => !controller.signal.aborted && setSettings(s),
      () => setError(t('readFailed')),
    );
    connector.getDraftState().then((d) => !controller.signal.aborted && setDraft(d));
    connector.settingsNeedRepair().then((r) => !controller.signal.aborted && setRepaired(r), () => undefined);
    return () => controller.abort();
  }, [connector]);

  if (!settings) {
    return <main class="popup" aria-busy="true">{error && <p role="alert">{error}</p>}</main>;
  }

  const save = (patch: Parameters<PopupConnector['saveSettings']>[0], optimistic: StoredSettings) => {
    setSettings(optimistic);
    setError('');
    connector.saveSettings(patch).then(() => setRepaired(false), () => setError(t('saveFailed')));
  };

  const toggleRule = (id: RuleId, enabled: boolean) =>
    save({ rules: { [id]: enabled } }, { ...settings, rules: { ...settings.rules, [id]: enabled } });

  const togglePaused = (paused: boolean) => save({ paused }, { ...settings, paused });

  const toggleDraftPause = async (paused: boolean) => {
    const reply = await connector.pauseDraft(paused);
    setDraft(reply);
    if (!reply) setError(t('draftGone'));
  };

  const openOptions = (event: TargetedMouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void connector.openOptions().then(() => window.close());
  };

  return (
    <main class="popup">
      <h1>
        <img src="icons/icon-32.png" alt="" width={20} height={20} /> {t('extName')}
      </h1>
      {repaired && (
        <p role="status" class="notice" data-notice="settings-repaired">
          {t('settingsRepaired')}
        </p>
      )}

      <FollowUps log={sentLog} nowMs={connector.now()} />

      <fieldset>
        <legend>{t('popupRules')}</legend>
        <ul class="rules">
          {RULES_IN_ORDER.map((id) => (
            <li key={id}>
              <input
                type="checkbox"
                id={`rule-${id}`}
                name={`rule:${id}`}
                checked={settings.rules[id]}
                aria-describedby={`rule-${id}-desc`}
                onChange={(e) => toggleRule(id, e.currentTarget.checked)}
              />
              <label for={`rule-${id}`}>{t(RULE_MESSAGES[id].label)}</label>
              <p id={`rule-${id}-desc`} class="description">
                {t(RULE_MESSAGES[id].description)}
              </p>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset>
        <legend>{t('popupPause')}</legend>
        <div class="row">
          <input
            type="checkbox"
            id="paused"
            name="paused"
            checked={settings.paused}
            onChange={(e) => togglePaused(e.currentTarget.checked)}
          />
          <label for="paused">{t('pauseEverywhere')}</label>
        </div>
        <div class="row">
          <input
            type="checkbox"
            id="pause-draft"
            name="pause-draft"
            disabled={!draft?.coaching}
            checked={draft?.paused ?? false}
            aria-describedby="pause-draft-desc"
            onChange={(e) => void toggleDraftPause(e.currentTarget.checked)}
          />
          <label for="pause-draft">{t('pauseDraft')}</label>
        </div>
        <p id="pause-draft-desc" class="description">
          {draft?.coaching ? t('pauseDraftHelp') : t('pauseDraftUnavailable')}
        </p>
      </fieldset>

      <p role="status" class="status">
        {error}
      </p>

      <footer>
        <a href="options.html" onClick={openOptions}>
          {t('optionsLink')}
        </a>
      </footer>
    </main>
  );
}
