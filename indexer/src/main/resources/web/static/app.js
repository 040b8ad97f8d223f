// Watch-floor bootstrap: who is signed in, then every panel, the live stream and the keys.

import { AlertsColumn } from './alerts.js';
import { api, ApiError, setCsrfToken, toLogin } from './api.js';
import { refreshChart } from './chart.js';
import { byId } from './dom.js';
import { refreshFeeds } from './feeds.js';
import { allows } from './format.js';
import { NarrativeView } from './narrative.js';
import { SavedSearches } from './saved.js';
import { SearchPanel } from './search.js';

const REFRESH_MS = 60_000;

async function main() {
  let me;
  try {
    me = await api('/api/me');
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) showFatal(e);
    return;
  }
  setCsrfToken(me.csrfToken);
  applyRole(me);

  const tabs = new Tabs(['narrative', 'search']);
  const announcer = byId('announcer');
  const announce = (text) => (announcer.textContent = text);
  const narrative = new NarrativeView({ role: me.role, onTriaged: (a) => alerts.update(a) });
  const openNarrative = (id) => {
    if (!id) return;
    tabs.select('narrative');
    alerts.select(id);
    narrative.show(id);
  };
  const alerts = new AlertsColumn({
    role: me.role,
    onOpen: openNarrative,
    onWatchHit: (hit) => saved.addHit(hit),
    onAlert: (a) => narrative.alertChanged(a),
    announce,
    onStream: (state) => {
      const status = byId('stream-status');
      status.dataset.state = state;
      status.textContent = state;
    },
  });
  const search = new SearchPanel({ onOpen: openNarrative });
  const saved = new SavedSearches({
    role: me.role,
    onRun: (q) => {
      tabs.select('search');
      search.runQuery(q);
    },
    onOpenStory: async (storyId) => {
      try {
        const story = await api(`/api/stories/${encodeURIComponent(storyId)}`);
        openNarrative(story?.narrativeId);
      } catch {
        announce(`Story ${storyId} is not in the index.`);
      }
    },
  });

  await alerts.load();
  alerts.connect();
  // A page left for another one may stay alive in the back/forward cache with its stream open;
  // browsers allow only a few connections per site, so a few such pages would starve every request.
  window.addEventListener('pagehide', () => alerts.disconnect());
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      alerts.connect();
      alerts.load();
    }
  });
  refreshFeeds();
  refreshChart();
  saved.refresh();
  setInterval(refreshFeeds, REFRESH_MS);
  setInterval(refreshChart, 5 * REFRESH_MS);
  startClock();
  bindKeys({ alerts, tabs });
  byId('sign-out').addEventListener('click', signOut);
  document.body.dataset.ready = 'true';
}

function applyRole(me) {
  byId('user-name').textContent = me.user;
  byId('user-role').textContent = me.role;
  document.body.dataset.role = me.role;
  for (const node of document.querySelectorAll('[data-needs]')) {
    const allowed = allows(me.role, node.dataset.needs);
    node.hidden = !allowed;
    for (const control of node.querySelectorAll('input, button, select')) control.disabled = !allowed;
  }
}

async function signOut() {
  try {
    await api('/api/logout', { method: 'POST', body: {} });
  } finally {
    toLogin();
  }
}

function showFatal(error) {
  const box = byId('alerts-error');
  box.textContent = `The watch floor cannot start: ${error.message}`;
  box.hidden = false;
}

function startClock() {
  const clock = byId('clock');
  const tick = () => (clock.textContent = `${new Date().toISOString().slice(11, 19)} UTC`);
  tick();
  setInterval(tick, 1000);
}

/** ARIA tabs: click or arrow keys switch; only the selected tab is in the tab order. */
class Tabs {
  constructor(names) {
    this.names = names;
    names.forEach((name, i) => {
      const tab = byId(`tab-${name}`);
      tab.addEventListener('click', () => this.select(name));
      tab.addEventListener('keydown', (event) => {
        if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
        const next = names[(i + (event.key === 'ArrowRight' ? 1 : names.length - 1)) % names.length];
        this.select(next);
        byId(`tab-${next}`).focus();
      });
    });
  }

  select(name) {
    for (const other of this.names) {
      const selected = other === name;
      const tab = byId(`tab-${other}`);
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      byId(`view-${other}`).hidden = !selected;
    }
  }
}

function bindKeys({ alerts, tabs }) {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const typing = event.target.closest?.('input, textarea, select');
    if (event.key === 'Escape' && typing) {
      event.target.blur();
      return;
    }
    if (typing) return;
    if (event.key === '/') {
      event.preventDefault();
      tabs.select('search');
      byId('q').focus();
    } else if (alerts.handleKey(event.key)) {
      event.preventDefault();
    }
  });
}

main();
