// Feed health table and consumer lag, refreshed every minute.

import { api, ApiError } from './api.js';
import { byId, el, replaceChildren } from './dom.js';
import { formatShort } from './format.js';

/** Loads /api/feeds and /api/lag into the side panel. */
export async function refreshFeeds() {
  const error = byId('feeds-error');
  try {
    const data = await api('/api/feeds');
    const feeds = [...(data?.feeds ?? [])].sort((a, b) => rank(b) - rank(a) || String(a.feedId).localeCompare(String(b.feedId)));
    replaceChildren(byId('feeds-body'), feeds.map(feedRow));
    const warnings = feeds.filter((f) => f.warning || f.status === 'error').length;
    byId('feeds-warn').textContent = warnings ? `${warnings} need attention` : `${feeds.length} ok`;
    byId('feeds-warn').classList.toggle('warn', warnings > 0);
    error.hidden = true;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
    error.textContent = `Feed health unavailable: ${e.message}`;
    error.hidden = false;
  }
  try {
    const lag = await api('/api/lag');
    const groups = lag?.groups ?? [];
    const total = groups.reduce((sum, g) => sum + Number(g.lag || 0), 0);
    byId('lag').textContent = groups.length
      ? `Consumer lag: ${total} (${groups.map((g) => `${g.topic} ${g.lag}`).join(', ')})`
      : '';
  } catch {
    byId('lag').textContent = '';
  }
}

function rank(feed) {
  if (feed.status === 'error') return 2;
  return feed.warning ? 1 : 0;
}

function feedRow(feed) {
  const trouble = feed.status === 'error' || Boolean(feed.warning);
  const rows = [
    el('tr', { class: trouble ? 'feed trouble' : 'feed', dataset: { feed: feed.feedId } },
      el('th', { scope: 'row', title: feed.url ?? '' }, feed.feedId),
      el('td', {}, el('span', { class: `status status-${feed.status}` }, feed.status)),
      el('td', { title: `last poll ${formatShort(feed.lastPoll)}` }, formatShort(feed.lastSuccess)),
      el('td', { class: 'num' }, `${feed.newItems ?? 0}/${feed.items ?? 0}`),
      el('td', { class: 'num' }, String(feed.latencyMs ?? '–'))),
  ];
  const problem = [feed.warning, feed.error].filter(Boolean).join(' · ');
  if (problem) {
    rows.push(el('tr', { class: 'feed-problem' },
      el('td', { colspan: 5 }, el('span', { class: 'warn-icon', 'aria-hidden': 'true' }, '⚠ '), problem)));
  }
  return rows;
}
