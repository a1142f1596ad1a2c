// The background installs default settings, relays the keyboard shortcut, loads the coach into a mail page when
// that page's watcher asks (the first compose window opened there), and shows on the toolbar icon how many planned
// check-ins are due (and, if the user opted in, a notification for each); it never touches the network.
// Listeners are registered at the top level so the MV3 service worker / event page is woken for them.
import browser, { type Runtime } from 'webextension-polyfill';
import { ensureSettings } from '../shared/settings';
import { isContentToBackground, isFromOwnExtension, type BackgroundToContent, type LoadCoachReply } from '../shared/messages';
import { loadSentLog, pruneSentLog, touchesSentLog } from '../shared/sentLog';
import { badgeText, planFollowUps, type PlannedFollowUp } from '../shared/followUps';
import { formatPlanDay } from '../ui/plan';
import { t } from '../shared/i18n';

export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';
/** The coach's bundle: engine, sidebar and page controller (build.mjs). */
export const COACH_FILE = 'coach.js';

/** The optional permission reminders need (manifest optional_permissions), asked for when the user opts in. */
export const REMINDER_PERMISSION = 'notifications';
/** storage.local key: the ids of the planned check-ins a notification was shown for (each is shown once). */
export const REMINDED_KEY = 'reminded';
const BADGE_COLOR = '#0b57d0';

/** Shows a notification for each due check-in not shown before, when the user opted in (granted the permission). */
async function remind(due: PlannedFollowUp[]): Promise<void> {
  if (!(await browser.permissions.contains({ permissions: [REMINDER_PERMISSION] }))) return;
  const stored = (await browser.storage.local.get(REMINDED_KEY))[REMINDED_KEY];
  const shown = new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
  for (const plan of due) {
    if (shown.has(plan.id)) continue;
    await browser.notifications.create(`follow-up:${plan.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: t('reminderTitle'),
      message: t('reminderMessage', plan.to, formatPlanDay(Date.parse(plan.due))),
    });
  }
  const ids = due.map((plan) => plan.id);
  if (ids.length !== shown.size || ids.some((id) => !shown.has(id))) await browser.storage.local.set({ [REMINDED_KEY]: ids });
}

/**
 * The toolbar badge counts the planned check-ins that are due; reminders go out for them. Run at start, when the sent
 * log changes, when the reminder permission is granted and when a mail page loads the coach.
 */
export async function refreshFollowUps(nowMs = Date.now()): Promise<void> {
  const log = await loadSentLog();
  const text = badgeText(log, nowMs);
  await browser.action.setBadgeText({ text });
  if (text) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await remind(planFollowUps(log, nowMs).filter((plan) => plan.isDue));
}

/** Drops sent-log entries past their caps (PRIVACY.md), then refreshes the badge. */
export async function startUp(nowMs = Date.now()): Promise<void> {
  await pruneSentLog(nowMs);
  await refreshFollowUps(nowMs);
}

const quietly = (task: Promise<unknown>) => void task.catch((error: unknown) => console.warn('[Follow-Up Coach]', error));

browser.runtime.onInstalled.addListener(() => {
  // On install: write defaults if nothing is stored. On update: fill in rules added since, drop unknown fields.
  void ensureSettings();
});

browser.runtime.onStartup.addListener(() => quietly(startUp()));

browser.storage.onChanged.addListener((changes: Record<string, unknown>, areaName: string) => {
  if (areaName === 'local' && touchesSentLog(changes)) quietly(refreshFollowUps());
});

browser.permissions.onAdded.addListener(() => quietly(refreshFollowUps()));

browser.commands.onCommand.addListener(async (command: string) => {
  if (command !== TOGGLE_SIDEBAR_COMMAND) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: BackgroundToContent = { type: 'toggle-sidebar' };
  try {
    await browser.tabs.sendMessage(tab.id, message);
  } catch {
    // No content script in this tab (not a mail page): the shortcut does nothing there.
  }
});

/**
 * Injects the coach into the frame of the watcher that asked, in the content scripts' world (so it shares the watcher's
 * isolated world and is as invisible to the page). Only this extension's own content scripts can ask, and the browser
 * injects only where the manifest's mail hosts allow.
 */
export async function loadCoach(sender: Runtime.MessageSender): Promise<LoadCoachReply> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { loaded: false };
  // Into the very document that asked, where the browser can say which (Chromium): the tab may have navigated since.
  // Elsewhere the coach itself checks that its page asked for it (main.ts).
  const documentId = (sender as { documentId?: string }).documentId;
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
  try {
    await browser.scripting.executeScript({ target: target as { tabId: number; frameIds?: number[] }, files: [COACH_FILE] });
    return { loaded: true };
  } catch {
    return { loaded: false };
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isFromOwnExtension(sender, browser.runtime.id) || !isContentToBackground(message)) return undefined;
  // Someone is writing mail: a good moment to bring the badge up to date (the background sleeps in between).
  quietly(refreshFollowUps());
  return loadCoach(sender);
});

// Each time the background starts (browser start, install, or woken for an event).
quietly(startUp());
