// Live alerts column: initial list from /api/alerts, then changes from the SSE stream.

import { api, ApiError, withQuery } from './api.js';
import { byId, el, replaceChildren } from './dom.js';
import { formatLag, formatShort, secondsBetween, sourceOfId } from './format.js';
import { isSnoozed, triageControls, triageLine, triageOf } from './triage.js';

const MAX_BACKOFF_MS = 30_000;
const PULSE_MS = 5_000;

/** The alerts column; owns the event stream and the alerts it has seen. */
export class AlertsColumn {
  /**
   * @param role the signed-in user's role
   * @param onOpen called with a narrative id when the user opens an alert
   * @param onWatchHit called with each saved-search hit the stream delivers
   * @param announce speaks a short text to screen readers
   * @param onStream called with the stream state: connecting, live, reconnecting
   * @param onAlert called with every newer alert state, from the stream or a triage here
   */
  constructor({ role, onOpen, onWatchHit, announce, onStream, onAlert }) {
    Object.assign(this, { role, onOpen, onWatchHit, announce, onStream, onAlert });
    this.alerts = new Map();
    this.fresh = new Map(); // narrativeId -> {kind: 'new'|'grew', at}
    this.list = byId('alert-list');
    this.stateFilter = byId('alert-state');
    this.showSnoozed = byId('show-snoozed');
    this.source = null;
    this.backoffMs = 1000;
    this.stateFilter.addEventListener('change', () => this.load());
    this.showSnoozed.addEventListener('change', () => this.load());
    // Snoozes run out without any server event; look again now and then.
    setInterval(() => this.render(), 30_000);
  }

  /** (Re)loads the list; arrivals since the last load keep their highlight. */
  async load() {
    const error = byId('alerts-error');
    try {
      const data = await api(withQuery('/api/alerts', {
        limit: 100,
        state: this.stateFilter.value,
        includeSnoozed: this.showSnoozed.checked ? 'true' : '',
      }));
      const firstLoad = this.loaded !== true;
      const incoming = (data?.alerts ?? []).map((a) => withNewerTriage(a, this.alerts.get(a.narrativeId)));
      if (!firstLoad) this.markArrivals(incoming);
      this.alerts = new Map(incoming.map((a) => [a.narrativeId, a]));
      this.loaded = true;
      error.hidden = true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      error.textContent = `Alerts could not be loaded: ${e.message}`;
      error.hidden = false;
    }
    this.render();
  }

  markArrivals(incoming) {
    for (const alert of incoming) {
      const known = this.alerts.get(alert.narrativeId);
      if (!known) this.fresh.set(alert.narrativeId, { kind: 'new', at: Date.now() });
      else if (alert.version > known.version) this.fresh.set(alert.narrativeId, { kind: 'grew', at: Date.now() });
    }
  }

  /** Closes the event stream, e.g. when the page is hidden for another one. */
  disconnect() {
    const source = this.source;
    this.source = null;
    source?.close();
  }

  /** Opens the event stream; reconnects with backoff when it drops, then catches up. */
  connect() {
    this.onStream('connecting');
    const source = new EventSource('/api/alerts/stream');
    this.source = source;
    source.addEventListener('open', () => {
      const reconnected = this.wasDropped;
      this.wasDropped = false;
      this.backoffMs = 1000;
      this.onStream('live');
      if (reconnected) this.load();
    });
    source.addEventListener('alert', (event) => this.receive(event.data));
    source.addEventListener('watch', (event) => {
      const hit = parseJson(event.data);
      if (hit) this.onWatchHit(hit);
    });
    source.addEventListener('error', () => {
      this.wasDropped = true;
      this.onStream('reconnecting');
      if (source.readyState !== EventSource.CLOSED) return; // the browser retries by itself
      source.close();
      const wait = this.backoffMs;
      this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
      // A closed stream may mean the session ended: /api/me answers 401 and sends us to sign-in.
      api('/api/me').catch(() => {});
      setTimeout(() => {
        if (this.source === source) this.connect();
      }, wait);
    });
  }

  receive(data) {
    const parsed = parseJson(data);
    if (!parsed?.narrativeId) return;
    const known = this.alerts.get(parsed.narrativeId);
    const alert = withNewerTriage(parsed, known);
    if (!known) {
      this.fresh.set(alert.narrativeId, { kind: 'new', at: Date.now() });
      this.announce(`New alert: ${alert.headline ?? alert.narrativeId}`);
    } else if (alert.version > known.version) {
      this.fresh.set(alert.narrativeId, { kind: 'grew', at: Date.now() });
      this.announce(`Alert grew: ${alert.headline ?? alert.narrativeId}`);
    }
    this.alerts.set(alert.narrativeId, alert);
    this.render();
    this.onAlert(alert);
  }

  /** Replaces one alert after a triage change made on this page. */
  update(alert) {
    this.alerts.set(alert.narrativeId, withNewerTriage(alert, this.alerts.get(alert.narrativeId)));
    this.render();
  }

  /** Marks the alert shown in the narrative view: selected, and no longer highlighted as new. */
  select(narrativeId) {
    this.selectedId = narrativeId;
    this.fresh.delete(narrativeId);
    this.render();
  }

  visibleAlerts() {
    const state = this.stateFilter.value;
    return [...this.alerts.values()]
      .filter((a) => this.showSnoozed.checked || !isSnoozed(a))
      .filter((a) => !state || triageOf(a).state === state)
      .sort((a, b) => String(b.latestEcho ?? b.firstSeen).localeCompare(String(a.latestEcho ?? a.firstSeen)));
  }

  render() {
    const focused = document.activeElement?.closest?.('.alert');
    const focusId = focused?.dataset.narrative;
    const focusAction = document.activeElement?.dataset?.action ?? 'open';
    const visible = this.visibleAlerts();
    replaceChildren(this.list, visible.map((a) => this.card(a)));
    byId('alerts-empty').hidden = visible.length > 0;
    const unseen = [...this.fresh.keys()].filter((id) => this.alerts.has(id)).length;
    byId('alert-count').textContent = `${visible.length}${unseen ? ` · ${unseen} new` : ''}`;
    document.title = `${unseen ? `(${unseen}) ` : ''}echowatch · watch floor`;
    if (focusId) {
      const card = this.cardFor(focusId);
      (card?.querySelector(`[data-action="${focusAction}"]`) ?? card?.querySelector('[data-action="open"]'))?.focus();
    }
  }

  cardFor(narrativeId) {
    return [...this.list.children].find((li) => li.dataset.narrative === narrativeId) ?? null;
  }

  card(alert) {
    const triage = triageOf(alert);
    const fresh = this.fresh.get(alert.narrativeId);
    const severity = String(alert.severity ?? 'low').toLowerCase();
    const classes = ['alert', `sev-${severity}`, `state-${triage.state}`];
    if (fresh) classes.push('fresh');
    if (fresh && Date.now() - fresh.at < PULSE_MS) classes.push('pulse');
    if (isSnoozed(alert)) classes.push('is-snoozed');
    const selected = alert.narrativeId === this.selectedId;
    if (selected) classes.push('selected');
    const origin = sourceOfId(alert.members?.[0]);
    const others = (alert.sources ?? []).filter((s) => s !== origin);
    const direction = others.length ? `${origin} → ${others.join(', ')}` : (alert.sources ?? []).join(', ');
    const controls = triageControls(alert, this.role, (result) => this.onTriage(alert, result));
    return el('li', { class: classes.join(' '), dataset: { narrative: alert.narrativeId } },
      el('div', { class: 'alert-top' },
        el('span', { class: `badge sev sev-${severity}` }, severity),
        (alert.types ?? []).map((t) => el('span', { class: `badge type type-${t}` }, t)),
        alert.uncredited ? el('span', { class: 'badge uncredited', title: 'An echo repeats another agency without naming it' }, 'uncredited') : null,
        fresh ? el('span', { class: 'badge fresh-tag' }, fresh.kind === 'grew' ? 'grew' : 'just in') : null,
        el('time', { class: 'when', datetime: alert.latestEcho ?? '' }, formatShort(alert.latestEcho ?? alert.firstSeen))),
      el('button', {
        type: 'button',
        class: 'headline',
        dataset: { action: 'open' },
        'aria-current': selected ? 'true' : null,
        on: { click: () => this.open(alert.narrativeId) },
      }, alert.headline || alert.narrativeId),
      el('p', { class: 'alert-meta' },
        el('span', { class: 'direction' }, direction),
        ` · ${(alert.languages ?? []).join(', ')}`,
        ` · lag ${formatLag(secondsBetween(alert.firstSeen, alert.latestEcho))}`,
        ` · ${(alert.members ?? []).length} stories, ${alert.matchCount ?? 0} matches`),
      triageLine(alert),
      controls);
  }

  open(narrativeId) {
    this.onOpen(narrativeId);
  }

  onTriage(alert, result) {
    const error = byId('alerts-error');
    if (result instanceof Error) {
      error.textContent = `Triage of “${alert.headline ?? alert.narrativeId}” failed: ${result.message}`;
      error.hidden = false;
      return;
    }
    error.hidden = true;
    this.fresh.delete(alert.narrativeId);
    this.update(result);
    this.onAlert(result);
  }

  /** Keyboard: j/k move between alerts, a/e/d/n triage the focused one. */
  handleKey(key) {
    const cards = [...this.list.children];
    if (!cards.length) return false;
    const current = document.activeElement?.closest?.('.alert');
    const index = current ? cards.indexOf(current) : -1;
    if (key === 'j' || key === 'k') {
      const next = key === 'j' ? Math.min(index + 1, cards.length - 1) : Math.max(index - 1, 0);
      cards[next].querySelector('[data-action="open"]').focus();
      return true;
    }
    const target = { a: 'acknowledged', e: 'escalated', d: 'dismissed', n: 'new' }[key];
    const button = target && current?.querySelector(`[data-action="${target}"]`);
    if (button) {
      button.click();
      return true;
    }
    return false;
  }
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The incoming alert, keeping the known triage when that one is newer: a list fetch or a stream
 * event prepared before a triage change can reach the page after the change itself.
 */
export function withNewerTriage(incoming, known) {
  const at = (alert) => Date.parse(alert?.triage?.at ?? '') || 0;
  return known && at(known) > at(incoming) ? { ...incoming, triage: known.triage } : incoming;
}
