// Saved searches (admins add and delete) and the hits they produce.

import { api, ApiError } from './api.js';
import { byId, el, replaceChildren } from './dom.js';
import { allows, formatShort } from './format.js';

const MAX_HITS = 50;

/** Saved-search list, admin form and watch-hit list. */
export class SavedSearches {
  /**
   * @param onRun called with a query to run in the search tab
   * @param onOpenStory called with a story id to show its narrative
   */
  constructor({ role, onRun, onOpenStory }) {
    Object.assign(this, { role, onRun, onOpenStory });
    this.hits = [];
    const form = byId('saved-form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.add();
    });
  }

  async refresh() {
    try {
      const [saved, hits] = await Promise.all([api('/api/saved-searches'), api('/api/watch-hits?limit=50')]);
      this.renderSaved(saved?.savedSearches ?? []);
      this.hits = Array.isArray(hits) ? hits : (hits?.hits ?? hits?.watchHits ?? []);
      this.renderHits();
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      replaceChildren(byId('saved-list'), el('li', { class: 'error' }, `Saved searches unavailable: ${e.message}`));
    }
  }

  renderSaved(list) {
    const admin = allows(this.role, 'admin');
    replaceChildren(byId('saved-list'), list.length ? list.map((s) => el('li', { class: 'saved', dataset: { id: s.id } },
      el('button', { type: 'button', class: 'link saved-run', title: 'Run in search', on: { click: () => this.onRun(s.query) } }, s.name),
      el('code', { class: 'saved-query' }, s.query),
      el('span', { class: 'muted' }, ` ${s.createdBy ?? ''} ${formatShort(s.createdAt)}`),
      admin ? el('button', {
        type: 'button',
        class: 'btn btn-small btn-danger',
        'aria-label': `Delete saved search ${s.name}`,
        on: { click: () => this.remove(s) },
      }, 'Delete') : null)) : el('li', { class: 'muted' }, 'None yet.'));
  }

  async add() {
    const error = byId('saved-error');
    const name = byId('saved-name').value.trim();
    const query = byId('saved-query').value.trim();
    if (!name || !query) {
      error.textContent = 'Give the saved search a name and a query.';
      error.hidden = false;
      return;
    }
    try {
      await api('/api/saved-searches', { method: 'POST', body: { name, query } });
      byId('saved-name').value = '';
      byId('saved-query').value = '';
      error.hidden = true;
      await this.refresh();
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      const where = Number.isInteger(e.body?.position) ? ` (at character ${e.body.position + 1})` : '';
      error.textContent = `Not saved: ${e.message}${where}`;
      error.hidden = false;
    }
  }

  async remove(saved) {
    if (!window.confirm(`Delete saved search “${saved.name}”?`)) return;
    try {
      await api(`/api/saved-searches/${encodeURIComponent(saved.id)}`, { method: 'DELETE' });
      await this.refresh();
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      byId('saved-error').textContent = `Not deleted: ${e.message}`;
      byId('saved-error').hidden = false;
    }
  }

  /** A hit from the live stream: goes on top of the list. */
  addHit(hit) {
    this.hits = [hit, ...this.hits].slice(0, MAX_HITS);
    this.renderHits(hit);
  }

  renderHits(latest = null) {
    replaceChildren(byId('watch-hits'), this.hits.length ? this.hits.map((hit) => el('li', { class: hit === latest ? 'watch-hit fresh' : 'watch-hit' },
      el('span', { class: 'badge watch-name' }, hit.name),
      el('button', { type: 'button', class: 'link', on: { click: () => this.onOpenStory(hit.storyId) } }, hit.title || hit.storyId),
      el('time', { datetime: hit.at ?? '' }, formatShort(hit.at)))) : el('li', { class: 'muted' }, 'No hits yet.'));
  }
}
