// Every string the sidebar, popup and options show comes from _locales/<lang>/messages.json through the browser's i18n
// API. Where that API is missing (the playground, unit tests) the English file, bundled at build time, stands in with
// the same placeholder rules, so all contexts show the same text.
import ENGLISH from '../_locales/en/messages.json';

interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessageId = keyof typeof ENGLISH;
type PluralBase = {
  [K in MessageId]: K extends `${infer Base}_other` ? Base : never;
}[MessageId];

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}

const TABLE: Record<string, MessageEntry> = ENGLISH;

/**
 * The extension's i18n API, read from the globals rather than through webextension-polyfill: the polyfill throws when
 * loaded outside an extension, and the sidebar also runs in the playground. getMessage is synchronous in both browsers.
 */
function extensionI18n(): I18nApi | null {
  const globals = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = globals.browser?.i18n ?? globals.chrome?.i18n;
  return typeof api?.getMessage === 'function' ? api : null;
}

/** Chrome's substitution rules: $NAME$ is the placeholder's content, in which $1..$9 are the arguments; $$ is "$". */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$\$|\$([1-9])/g, (whole, index: string | undefined) => (index ? (substitutions[Number(index) - 1] ?? '') : '$'));
}

function englishMessage(id: string, substitutions: readonly string[]): string {
  const entry = TABLE[id];
  return entry ? formatMessage(entry, substitutions) : '';
}

/** The message in the browser's language (English when not translated), with its placeholders filled in. */
export function t(id: MessageId, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const api = extensionI18n();
  if (api) {
    try {
      const text = api.getMessage(id, subs);
      if (text) return text;
    } catch {
      // The extension was reloaded under this content script: its API is gone, English still works.
    }
  }
  return englishMessage(id, subs);
}

let pluralRules: Intl.PluralRules | undefined;

/**
 * A counted message: `<base>_<category>` for the count's CLDR plural category in the language the messages are in
 * (English has _one and _other; a language with more forms adds _few, _many, ...), else `<base>_other`.
 */
export function tCount(base: PluralBase, count: number): string {
  if (!pluralRules) {
    const locale = t('locale').replace('_', '-');
    try {
      pluralRules = new Intl.PluralRules(locale);
    } catch {
      pluralRules = new Intl.PluralRules('en');
    }
  }
  const specific = t(`${base}_${pluralRules.select(count)}` as MessageId, count);
  return specific || t(`${base}_other` as MessageId, count);
}

/** The BCP 47 language of the messages shown, for <html lang>. */
export function messageLanguage(): string {
  return t('locale').replace('_', '-');
}
