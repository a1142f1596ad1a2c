// @vitest-environment jsdom
// The subject box a fix for the subject line writes (ComposeWindow.subjectInput, replaceFieldText), on the fixtures.
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { gmailAdapter, outlookAdapter } from '../../src/sites/index.ts';
import { replaceFieldText } from '../../src/sites/dom.ts';
import { fixturePage } from '../fixtures/sites/pages.ts';

const load = (name: string, url: string) => new JSDOM(fixturePage(name), { url }).window.document;

describe('subjectInput', () => {
  it('Gmail: the pop-ups have a subject box, the inline reply hides it', () => {
    const composes = gmailAdapter.findComposes(load('gmail', 'https://mail.google.com/mail/u/0/'));
    expect(composes.map((c) => c.subjectInput?.()?.value ?? null)).toEqual([null, 'Thank you - Senior Product Designer', 'Checking in']);
  });

  it('Outlook: the docked compose has a subject box, the reading-pane reply none (its subject is the heading)', () => {
    const [docked] = outlookAdapter.findComposes(load('outlook', 'https://outlook.office.com/mail/'));
    expect(docked.subjectInput?.()?.value).toBe('RE: Interview schedule - Senior Product Designer');
    const [reply] = outlookAdapter.findComposes(load('outlook-reply', 'https://outlook.office.com/mail/'));
    expect(reply.subjectInput?.()).toBeNull();
    expect(reply.subject()).toBe('Interview schedule - Senior Product Designer');
  });
});

/** An input in this test's document, whose execCommand is jsdom's missing one or a stand-in. */
function field(value: string, execCommand: (command: string, ui?: boolean, text?: string) => boolean = () => false) {
  document.body.replaceChildren();
  const input = document.createElement('input');
  input.value = value;
  document.body.append(input);
  document.execCommand = execCommand as unknown as Document['execCommand'];
  return { input, doc: document };
}

describe('replaceFieldText', () => {
  it('replaces the whole text and fires input (the page framework sees it) where execCommand does nothing', () => {
    const { input, doc } = field('Checking in');
    const events: string[] = [];
    input.addEventListener('input', (e) => events.push(`input:${(e as InputEvent).inputType}:${input.value}`));
    input.addEventListener('change', () => events.push('change'));
    expect(replaceFieldText(input, 'Thank you – Product Designer interview')).toBe(true);
    expect(input.value).toBe('Thank you – Product Designer interview');
    expect(events).toEqual(['input:insertText:Thank you – Product Designer interview', 'change']);
    expect(doc.activeElement).toBe(input);
  });

  it('uses execCommand where the browser has it (the edit Ctrl+Z undoes), with no synthetic event then', () => {
    const execCommand = vi.fn((command: string, _ui?: boolean, text?: string) => {
      expect(command).toBe('insertText');
      input.value = text!;
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertText' }));
      return true;
    });
    const { input } = field('Hello', execCommand);
    const inputs = vi.fn();
    input.addEventListener('input', inputs);
    expect(replaceFieldText(input, 'Thank you')).toBe(true);
    expect(execCommand).toHaveBeenCalledTimes(1);
    expect(inputs).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the text is already there', () => {
    const { input } = field('Same');
    const inputs = vi.fn();
    input.addEventListener('input', inputs);
    expect(replaceFieldText(input, 'Same')).toBe(true);
    expect(inputs).not.toHaveBeenCalled();
  });
});
