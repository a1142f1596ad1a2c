import { useEffect, useRef, useState } from 'preact/hooks';
import type { InterviewMemo, StoredSettings } from '../shared/settingsSchema';
import { USER_NAME_MAX, WINDOW_HOURS_MAX, WINDOW_HOURS_MIN } from '../shared/settingsSchema';
import type { OptionsConnector } from './connector';
import { t, type MessageId } from '../shared/i18n';
import type { SentEntry, SentLog } from '../shared/sentLog';
import { formatPlanDay } from '../ui/plan';

const KIND_LABEL: Record<SentEntry['kind'], MessageId> = {
  'thank-you': 'kindThankYou',
  'check-in': 'kindCheckIn',
  'rejection-reply': 'kindRejectionReply',
  withdrawal: 'kindWithdrawal',
  other: 'kindOther',
};

const SAVE_DELAY_MS = 400;

function formatWhen(iso: string): string {
  if (!iso) return t('memoNoDate');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function isValidWindow(text: string): boolean {
  const hours = Number(text);
  return text.trim() !== '' && Number.isInteger(hours) && hours >= WINDOW_HOURS_MIN && hours <= WINDOW_HOURS_MAX;
}

export function Options({ connector }: { connector: OptionsConnector }) {
  const [settings, setSettings] = useState<StoredSettings | null>(null);
  const [memos, setMemos] = useState<Record<string, InterviewMemo>>({});
  const [name, setName] = useState('');
  const [hours, setHours] = useState('');
  const [status, setStatus] = useState('');
  const [repaired, setRepaired] = useState(false);
  const [confirmingErase, setConfirmingErase] = useState(false);
  const [sentLog, setSentLog] = useState<SentLog>({});
  const [reminders, setReminders] = useState(false);
  const pendingName = useRef<{ timer: ReturnType<typeof setTimeout>; value: string } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const apply = (s: StoredSettings) => {
      setSettings(s);
      // Don't overwrite what the user is typing with the echo of an earlier save.
      if (!pendingName.current) setName(s.userName);
      setHours(String(s.windowHours));
    };
    connector.watchSettings(apply, signal);
    connector.watchInterviewMemos((address, memo) => {
      setMemos((current) => {
        const next = { ...current };
        if (memo) next[address] = memo;
        else delete next[address];
        return next;
      });
    }, signal);
    connector.loadSettings().then((s) => !signal.aborted && apply(s), () => setStatus(t('readFailed')));
    connector.listInterviewMemos().then((m) => !signal.aborted && setMemos(m));
    connector.watchSentLog(setSentLog, signal);
    connector.loadSentLog().then((log) => !signal.aborted && setSentLog(log), () => undefined);
    connector.remindersEnabled().then((on) => !signal.aborted && setReminders(on), () => undefined);
    connector.settingsNeedRepair().then((r) => !signal.aborted && setRepaired(r), () => undefined);
    return () => controller.abort();
  }, [connector]);

  const saved = (message: string) => () => {
    setStatus(message);
    setRepaired(false);
  };
  const failed = () => setStatus(t('saveFailed'));

  const flushName = () => {
    const pending = pendingName.current;
    if (!pending) return;
    clearTimeout(pending.timer);
    pendingName.current = null;
    connector.saveSettings({ userName: pending.value.trim() }).then(saved(t('nameSaved')), failed);
  };

  useEffect(() => {
    window.addEventListener('pagehide', flushName);
    return () => window.removeEventListener('pagehide', flushName);
  });

  if (!settings) return <main class="options" aria-busy="true" />;

  const onNameInput = (value: string) => {
    setName(value);
    if (pendingName.current) clearTimeout(pendingName.current.timer);
    pendingName.current = { value, timer: setTimeout(flushName, SAVE_DELAY_MS) };
  };

  const hoursValid = isValidWindow(hours);

  const onHoursChange = (value: string) => {
    setHours(value);
    if (isValidWindow(value)) connector.saveSettings({ windowHours: Number(value) }).then(saved(t('windowSaved')), failed);
  };

  const deleteMemo = (address: string) => {
    connector.deleteInterviewMemo(address).then(() => {
      setMemos((current) => {
        const next = { ...current };
        delete next[address];
        return next;
      });
      setStatus(t('memoDeleted', address));
    }, failed);
  };

  const deleteSent = (id: string) => {
    connector.deleteSentEntry(id).then(() => {
      setSentLog((current) => {
        const next = { ...current };
        delete next[id];
        return next;
      });
      setStatus(t('sentDeleted'));
    }, failed);
  };

  const clearSent = () => {
    connector.clearSentLog().then(() => {
      setSentLog({});
      setStatus(t('sentCleared'));
    }, failed);
  };

  // The permission is asked for in the click itself (browsers require a user gesture for it).
  const toggleReminders = (on: boolean) => {
    connector.setReminders(on).then(
      (enabled) => {
        setReminders(enabled);
        if (on && !enabled) setStatus(t('remindersDenied'));
      },
      () => {
        setReminders(false);
        setStatus(t('remindersDenied'));
      },
    );
  };

  const erase = () => {
    if (pendingName.current) {
      clearTimeout(pendingName.current.timer);
      pendingName.current = null;
    }
    connector.eraseAll().then(async () => {
      setConfirmingErase(false);
      setMemos({});
      setSentLog({});
      const fresh = await connector.loadSettings();
      setSettings(fresh);
      setName(fresh.userName);
      setHours(String(fresh.windowHours));
      setStatus(t('erased'));
    }, () => setStatus(t('eraseFailed')));
  };

  const addresses = Object.keys(memos).sort();
  const sent = Object.entries(sentLog).sort(([, a], [, b]) => Date.parse(b.at) - Date.parse(a.at));

  return (
    <main class="options">
      <h1>
        <img src="icons/icon-32.png" alt="" width={24} height={24} /> {t('optionsTitle')}
      </h1>
      {repaired && (
        <p role="status" class="notice" data-notice="settings-repaired">
          {t('settingsRepaired')}
        </p>
      )}
      <p class="description">{t('optionsPrivacy')}</p>

      <section aria-labelledby="you-heading">
        <h2 id="you-heading">{t('optionsYou')}</h2>
        <div class="field">
          <label for="user-name">{t('nameLabel')}</label>
          <input
            type="text"
            id="user-name"
            name="userName"
            autocomplete="name"
            maxLength={USER_NAME_MAX}
            value={name}
            aria-describedby="user-name-desc"
            onInput={(e) => onNameInput(e.currentTarget.value)}
            onBlur={flushName}
          />
          <p id="user-name-desc" class="description">
            {t('nameHelp')}
          </p>
        </div>
      </section>

      <section aria-labelledby="timing-heading">
        <h2 id="timing-heading">{t('optionsTiming')}</h2>
        <div class="field">
          <label for="window-hours">{t('windowLabel')}</label>
          <input
            type="number"
            id="window-hours"
            name="windowHours"
            min={WINDOW_HOURS_MIN}
            max={WINDOW_HOURS_MAX}
            step={1}
            value={hours}
            aria-invalid={!hoursValid}
            aria-describedby="window-hours-desc"
            onInput={(e) => setHours(e.currentTarget.value)}
            onChange={(e) => onHoursChange(e.currentTarget.value)}
          />
          <p id="window-hours-desc" class={hoursValid ? 'description' : 'description invalid'}>
            {hoursValid ? t('windowHelp') : t('windowInvalid', WINDOW_HOURS_MIN, WINDOW_HOURS_MAX)}
          </p>
        </div>
      </section>

      <section aria-labelledby="memos-heading">
        <h2 id="memos-heading">{t('memosHeading')}</h2>
        {addresses.length === 0 ? (
          <p class="description">{t('memosNone')}</p>
        ) : (
          <ul class="memos">
            {addresses.map((address) => (
              <li key={address} data-memo={address}>
                <div>
                  <strong>{address}</strong>
                  <span class="description"> — {formatWhen(memos[address].interviewAt)}</span>
                  {memos[address].notes && <p class="description notes">{memos[address].notes}</p>}
                </div>
                <button type="button" data-action="delete-memo" aria-label={t('memoDeleteLabel', address)} onClick={() => deleteMemo(address)}>
                  {t('memoDelete')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="sent-heading">
        <h2 id="sent-heading">{t('sentHeading')}</h2>
        <p class="description">{t('sentHelp')}</p>
        <div class="field checkbox-field">
          <input
            type="checkbox"
            id="reminders"
            name="reminders"
            checked={reminders}
            aria-describedby="reminders-desc"
            onChange={(e) => toggleReminders(e.currentTarget.checked)}
          />
          <label for="reminders">{t('remindersLabel')}</label>
          <p id="reminders-desc" class="description">
            {t('remindersHelp')}
          </p>
        </div>
        {sent.length === 0 ? (
          <p class="description">{t('sentNone')}</p>
        ) : (
          <>
            <ul class="memos sent-log">
              {sent.map(([id, entry]) => {
                const kind = t(KIND_LABEL[entry.kind]);
                const when = formatWhen(entry.at);
                return (
                  <li key={id} data-sent={id}>
                    <div>
                      <strong>{entry.to}</strong>
                      <span class="description">
                        {' '}
                        — {kind}, {when}
                        {entry.theirDate && `; ${t('sentTheirDate', formatPlanDay(Date.parse(entry.theirDate)))}`}
                      </span>
                    </div>
                    <button type="button" data-action="delete-sent" aria-label={t('sentDeleteLabel', kind, entry.to, when)} onClick={() => deleteSent(id)}>
                      {t('memoDelete')}
                    </button>
                  </li>
                );
              })}
            </ul>
            <button type="button" data-action="clear-sent" onClick={clearSent}>
              {t('sentClear')}
            </button>
          </>
        )}
      </section>

      <section aria-labelledby="erase-heading">
        <h2 id="erase-heading">{t('eraseHeading')}</h2>
        {confirmingErase ? (
          <div class="confirm" role="group" aria-labelledby="erase-confirm-text">
            <p id="erase-confirm-text">{t('eraseConfirm')}</p>
            <button type="button" class="danger" data-action="confirm-erase" onClick={erase}>
              {t('eraseEverything')}
            </button>{' '}
            <button type="button" data-action="cancel-erase" onClick={() => setConfirmingErase(false)}>
              {t('cancel')}
            </button>
          </div>
        ) : (
          <button type="button" class="danger" data-action="erase-all" onClick={() => setConfirmingErase(true)}>
            {t('eraseAll')}
          </button>
        )}
      </section>

      <p role="status" class="status">
        {status}
      </p>
    </main>
  );
}
