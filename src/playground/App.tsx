import { Component } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_ENGINE_SETTINGS, RULE_IDS, type RuleId } from '../engine/types';
import { localInputFromIso } from '../content/draft';
import { ruleText, RULES_IN_ORDER } from '../shared/ruleText';
import { PlaygroundCoach, type ComposeFields } from './coach';
import { DEFAULT_EXAMPLE_ID, EXAMPLES, exampleById, type Example } from './examples';

export const HOST_TAG = 'followup-coach-sidebar';
export const COMPOSE_ID = 'playground';

const HOUR_MS = 3_600_000;

function nowInput(nowMs = Date.now()): string {
  return localInputFromIso(new Date(nowMs).toISOString());
}

function fieldsOf(example: Example, nowMs: number): ComposeFields {
  return {
    to: example.to,
    subject: example.subject,
    interviewAt: example.interviewHoursAgo === null ? '' : nowInput(nowMs - example.interviewHoursAgo * HOUR_MS),
    sendAt: nowInput(nowMs),
  };
}

function systemTheme(): 'light' | 'dark' {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The body editor: Preact renders it once and never touches its content again (the user and the coach own it). */
class BodyEditor extends Component<{ editorRef: (el: HTMLDivElement | null) => void }> {
  override shouldComponentUpdate(): boolean {
    return false;
  }

  override render() {
    return (
      <div
        ref={this.props.editorRef}
        id="pg-body"
        class="pg-editor"
        contentEditable
        role="textbox"
        aria-multiline="true"
        aria-labelledby="pg-body-label"
        aria-describedby="pg-body-help"
        spellcheck
        data-field="body"
      />
    );
  }
}

/** The element the sidebar mounts in, created once like the extension creates it. */
class SidebarSlot extends Component<{ hostRef: (el: HTMLElement | null) => void }> {
  private slot: HTMLDivElement | null = null;

  override componentDidMount(): void {
    const host = document.createElement(HOST_TAG);
    host.setAttribute('data-compose-id', COMPOSE_ID);
    this.slot?.append(host);
    this.props.hostRef(host);
  }

  override shouldComponentUpdate(): boolean {
    return false;
  }

  override render() {
    return <div class="pg-coach" ref={(el) => { this.slot = el; }} />;
  }
}

export function App() {
  const initial = exampleById(DEFAULT_EXAMPLE_ID)!;
  const [fields, setFields] = useState<ComposeFields>(() => fieldsOf(initial, Date.now()));
  const [rules, setRules] = useState<Record<string, boolean>>(() => ({ ...DEFAULT_ENGINE_SETTINGS.rules }));
  const [userName, setUserName] = useState('');
  const [loaded, setLoaded] = useState<Example>(initial);

  // The coach reads these when it lints; they are written here at once so a lint right after a change sees it.
  const current = useRef({ fields, rules, userName });
  const editor = useRef<HTMLDivElement | null>(null);
  const host = useRef<HTMLElement | null>(null);
  const coach = useRef<PlaygroundCoach | null>(null);

  const updateFields = (patch: Partial<ComposeFields>) => {
    const next = { ...current.current.fields, ...patch };
    current.current.fields = next;
    setFields(next);
    coach.current?.schedule();
  };

  const setRule = (id: RuleId, enabled: boolean) => {
    const next = { ...current.current.rules, [id]: enabled };
    current.current.rules = next;
    setRules(next);
    coach.current?.flush();
  };

  const loadExample = (example: Example) => {
    const next = fieldsOf(example, Date.now());
    current.current.fields = next;
    setFields(next);
    setLoaded(example);
    coach.current?.load(example.body);
  };

  useEffect(() => {
    if (!editor.current || !host.current) return;
    document.execCommand('defaultParagraphSeparator', false, 'div');
    const created = new PlaygroundCoach({
      editor: editor.current,
      host: host.current,
      fields: () => current.current.fields,
      settings: () => ({
        rules: current.current.rules,
        userName: current.current.userName,
        windowHours: DEFAULT_ENGINE_SETTINGS.windowHours,
      }),
      setInterviewAt: (value) => updateFields({ interviewAt: value }),
      subjectInput: () => document.getElementById('pg-subject') as HTMLInputElement | null,
      disableRule: (rule) => {
        if ((RULE_IDS as readonly string[]).includes(rule)) setRule(rule as RuleId, false);
      },
      theme: systemTheme(),
    });
    coach.current = created;
    created.load(initial.body);
    const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onScheme = () => created.setTheme(systemTheme());
    scheme?.addEventListener('change', onScheme);
    return () => {
      scheme?.removeEventListener('change', onScheme);
      created.destroy();
      coach.current = null;
    };
  }, []);

  const enabledCount = RULE_IDS.filter((id) => rules[id]).length;

  return (
    <>
      <header class="pg-intro">
        <h1>Follow-Up Coach playground</h1>
        <p>
          Follow-Up Coach is a browser extension that coaches you while you write a thank-you or follow-up email after a
          job interview in Gmail or Outlook: it underlines what to improve, scores the draft and offers one-click fixes.
          This page lets you try it without installing anything. Pick an example or write your own.
        </p>
        <p class="pg-local">
          <strong>Everything runs locally</strong> in this page: nothing you type is sent anywhere or stored.
        </p>
      </header>

      <main class="pg-layout">
        <section class="pg-examples" aria-labelledby="pg-examples-title">
          <h2 id="pg-examples-title" class="pg-section-title">
            Examples
          </h2>
          <ul class="pg-example-list" role="list">
            {EXAMPLES.map((example) => (
              <li key={example.id}>
                <button
                  type="button"
                  class="pg-example"
                  data-example={example.id}
                  aria-pressed={loaded.id === example.id ? 'true' : 'false'}
                  aria-describedby={`pg-example-${example.id}`}
                  onClick={() => loadExample(example)}
                >
                  {example.label}
                </button>
                <span id={`pg-example-${example.id}`} hidden>
                  {example.shows}
                </span>
              </li>
            ))}
          </ul>
          <p class="pg-loaded" role="status">
            {loaded.label}: {loaded.shows}
          </p>
        </section>

        <section class="pg-compose" aria-labelledby="pg-compose-title">
          <h2 id="pg-compose-title" class="pg-visually-hidden">
            Your draft
          </h2>
          <div class="pg-field pg-field-row">
            <label for="pg-to">To</label>
            <input
              id="pg-to"
              name="to"
              type="text"
              autocomplete="off"
              value={fields.to}
              onInput={(e) => updateFields({ to: e.currentTarget.value })}
            />
          </div>
          <div class="pg-field pg-field-row">
            <label for="pg-subject">Subject</label>
            <input
              id="pg-subject"
              name="subject"
              type="text"
              autocomplete="off"
              value={fields.subject}
              onInput={(e) => updateFields({ subject: e.currentTarget.value })}
            />
          </div>
          <div class="pg-times">
            <div class="pg-field">
              <label for="pg-interview-at">Interview date and time</label>
              <input
                id="pg-interview-at"
                name="interview-at"
                type="datetime-local"
                value={fields.interviewAt}
                onInput={(e) => updateFields({ interviewAt: e.currentTarget.value })}
              />
            </div>
            <div class="pg-field">
              <label for="pg-send-at">Send time</label>
              <div class="pg-inline">
                <input
                  id="pg-send-at"
                  name="send-at"
                  type="datetime-local"
                  aria-describedby="pg-send-at-help"
                  value={fields.sendAt}
                  onInput={(e) => updateFields({ sendAt: e.currentTarget.value })}
                />
                <button type="button" class="pg-small-button" onClick={() => updateFields({ sendAt: nowInput() })}>
                  Now
                </button>
              </div>
            </div>
          </div>
          <p id="pg-send-at-help" class="pg-help">
            The send time is when the email would go out: set it days after the interview to see the timing advice.
          </p>
          <div class="pg-field">
            <span id="pg-body-label" class="pg-label">
              Message
            </span>
            <BodyEditor editorRef={(el) => { editor.current = el; }} />
            <p id="pg-body-help" class="pg-help">
              Type or paste here. Hints appear a moment after you stop typing; Ctrl+Z undoes a fix.
            </p>
          </div>
        </section>

        <SidebarSlot hostRef={(el) => { host.current = el; }} />

        <section class="pg-settings" aria-labelledby="pg-settings-title">
          <h2 id="pg-settings-title" class="pg-section-title">
            Settings <span class="pg-muted">(the extension's popup and options)</span>
          </h2>
          <fieldset>
            <legend>
              Rules <span class="pg-muted">({enabledCount} of {RULE_IDS.length} on)</span>
            </legend>
            <ul class="pg-rules" role="list">
              {RULES_IN_ORDER.map((id) => (
                <li key={id}>
                  <input
                    type="checkbox"
                    id={`pg-rule-${id}`}
                    name={`rule:${id}`}
                    checked={rules[id]}
                    aria-describedby={`pg-rule-${id}-desc`}
                    onChange={(e) => setRule(id, e.currentTarget.checked)}
                  />
                  <label for={`pg-rule-${id}`}>{ruleText(id).label}</label>
                  <p id={`pg-rule-${id}-desc`} class="pg-help">
                    {ruleText(id).description}
                  </p>
                </li>
              ))}
            </ul>
          </fieldset>
          <div class="pg-field">
            <label for="pg-user-name">Your name</label>
            <input
              id="pg-user-name"
              name="userName"
              type="text"
              autocomplete="name"
              aria-describedby="pg-user-name-help"
              value={userName}
              onInput={(e) => {
                current.current.userName = e.currentTarget.value;
                setUserName(e.currentTarget.value);
              }}
            />
            <p id="pg-user-name-help" class="pg-help">
              Signs the thank-you skeleton.
            </p>
          </div>
        </section>
      </main>
    </>
  );
}
