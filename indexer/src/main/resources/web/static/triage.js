// Triage of one alert: the state line and, for analysts, the buttons that change it.

import { api } from './api.js';
import { el } from './dom.js';
import { allows, formatShort } from './format.js';

export const TRIAGE_ACTIONS = [
  { state: 'acknowledged', label: 'Acknowledge', key: 'a' },
  { state: 'escalated', label: 'Escalate', key: 'e' },
  { state: 'dismissed', label: 'Dismiss', key: 'd' },
  { state: 'new', label: 'Reopen', key: 'n' },
];

const SNOOZE_CHOICES = [
  [15, '15 min'],
  [60, '1 h'],
  [240, '4 h'],
  [720, '12 h'],
];

/** The triage of an alert, defaulting to a fresh, untouched one. */
export function triageOf(alert) {
  return { state: 'new', ...(alert.triage ?? {}) };
}

/** Whether the alert is snoozed at instant now. */
export function isSnoozed(alert, now = Date.now()) {
  const until = triageOf(alert).snoozedUntil;
  return Boolean(until) && Date.parse(until) > now;
}

/** POST /api/alerts/{id}/triage; resolves to the updated Alert+triage. */
export function postTriage(narrativeId, body) {
  return api(`/api/alerts/${encodeURIComponent(narrativeId)}/triage`, { method: 'POST', body });
}

/** "acknowledged by ana 14:05Z · snoozed until 15:00Z · note". */
export function triageLine(alert) {
  const triage = triageOf(alert);
  const parts = [el('span', { class: `state state-${triage.state}` }, triage.state)];
  if (triage.by) parts.push(` by ${triage.by}`);
  if (triage.at) parts.push(` ${formatShort(triage.at)}`);
  if (isSnoozed(alert)) {
    parts.push(el('span', { class: 'snoozed' }, ` · snoozed until ${formatShort(triage.snoozedUntil)}`));
  }
  if (triage.note) parts.push(el('span', { class: 'note' }, ` · “${triage.note}”`));
  return el('p', { class: 'triage-line' }, parts);
}

/**
 * Buttons to change the alert's triage, or null when the role may not triage.
 *
 * @param onResult called with the updated alert, or with an Error
 * @param noteInput optional input whose value goes along as the note
 */
export function triageControls(alert, role, onResult, noteInput = null) {
  if (!allows(role, 'analyst')) return null;
  const current = triageOf(alert).state;
  const send = async (body, buttons) => {
    buttons.forEach((b) => (b.disabled = true));
    try {
      const note = noteInput?.value.trim();
      onResult(await postTriage(alert.narrativeId, note ? { ...body, note } : body));
    } catch (e) {
      onResult(e);
    } finally {
      buttons.forEach((b) => (b.disabled = false));
    }
  };
  const buttons = [];
  for (const action of TRIAGE_ACTIONS) {
    if (action.state === current) continue;
    buttons.push(
      el('button', {
        type: 'button',
        class: `btn btn-triage btn-${action.state}`,
        dataset: { action: action.state },
        title: `${action.label} (${action.key})`,
        on: { click: () => send({ state: action.state }, buttons) },
      }, action.label),
    );
  }
  const snoozeSelect = el('select', { 'aria-label': 'Snooze for', class: 'snooze-select' },
    SNOOZE_CHOICES.map(([minutes, label]) => el('option', { value: minutes }, label)));
  const snoozeButton = el('button', {
    type: 'button',
    class: 'btn btn-snooze',
    dataset: { action: 'snooze' },
    on: { click: () => send({ state: current, snoozeMinutes: Number(snoozeSelect.value) }, buttons) },
  }, 'Snooze');
  buttons.push(snoozeButton);
  return el('div', { class: 'triage-actions', role: 'group', 'aria-label': 'Triage' },
    buttons.slice(0, -1), el('span', { class: 'snooze' }, snoozeSelect, snoozeButton));
}
