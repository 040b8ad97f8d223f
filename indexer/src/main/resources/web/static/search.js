// Search tab: Lucene query, facets as filters, highlighted snippets, sort and paging.

import { api, ApiError, withQuery } from './api.js';
import { byId, el, replaceChildren, segmentsToNodes } from './dom.js';
import { formatScore, formatUtc } from './format.js';

const PAGE_SIZE = 20;
const FACETS = [
  ['source', 'Source'],
  ['lang', 'Language'],
  ['type', 'Match type'],
  ['day', 'Day'],
];

/** The search tab; holds the current query, filters and page. */
export class SearchPanel {
  /** @param onOpen called with a narrative id when a hit is opened */
  constructor({ onOpen }) {
    this.onOpen = onOpen;
    this.state = { q: '', sort: 'relevance', page: 0, filters: {} };
    this.input = byId('q');
    this.sort = byId('sort');
    byId('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.run({ q: this.input.value.trim(), sort: this.sort.value, page: 0 });
    });
    this.sort.addEventListener('change', () => {
      if (this.ran) this.run({ sort: this.sort.value, page: 0 });
    });
    byId('page-prev').addEventListener('click', () => this.run({ page: this.state.page - 1 }));
    byId('page-next').addEventListener('click', () => this.run({ page: this.state.page + 1 }));
  }

  /** Runs a query from elsewhere on the page (saved searches), clearing filters. */
  runQuery(q) {
    this.input.value = q;
    this.run({ q, page: 0, filters: {} });
  }

  /** Sets or clears (when value is active already) one facet filter and searches again. */
  toggleFilter(field, value) {
    const filters = { ...this.state.filters };
    if (filters[field] === value) delete filters[field];
    else filters[field] = value;
    this.run({ filters, page: 0 });
  }

  async run(changes) {
    this.state = { ...this.state, ...changes };
    this.ran = true;
    const { q, sort, page, filters } = this.state;
    const error = byId('search-error');
    byId('search-summary').textContent = 'Searching…';
    try {
      const data = await api(withQuery('/api/search', { q, sort, page, size: PAGE_SIZE, ...filters }));
      error.hidden = true;
      this.input.removeAttribute('aria-invalid');
      this.render(data);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      this.showError(e);
    }
  }

  showError(e) {
    const error = byId('search-error');
    byId('search-summary').textContent = '';
    replaceChildren(byId('search-results'));
    byId('pager').hidden = true;
    if (e instanceof ApiError && e.status === 400) {
      const position = Number.isInteger(e.body.position) ? e.body.position : null;
      this.input.setAttribute('aria-invalid', 'true');
      replaceChildren(error,
        el('p', { class: 'query-error-message' },
          el('strong', {}, e.body.error === 'bad_query' ? 'Query not understood: ' : 'Bad request: '),
          e.body.message ?? e.message,
          position === null ? null : el('span', { class: 'query-error-position' }, ` (at character ${position + 1})`)),
        position === null ? null : caretLine(this.state.q, position));
      if (position !== null) {
        this.input.focus();
        this.input.setSelectionRange(position, Math.min(position + 1, this.input.value.length));
      }
    } else {
      replaceChildren(error, el('p', {}, `Search failed: ${e.message}`));
    }
    error.hidden = false;
  }

  render(data) {
    const { total = 0, page = 0, size = PAGE_SIZE, hits = [], facets = {} } = data ?? {};
    const pages = Math.max(1, Math.ceil(total / size));
    const focusedFacet = document.activeElement?.closest?.('.facet-value')?.dataset;
    const focusedField = focusedFacet?.field;
    const focusedValue = focusedFacet?.value;
    byId('search-summary').textContent = total
      ? `${total} ${total === 1 ? 'story' : 'stories'} · page ${page + 1} of ${pages}`
      : 'No stories match.';
    replaceChildren(byId('search-results'), hits.map((hit) => this.hitItem(hit)));
    replaceChildren(byId('facets'), FACETS.map(([field, label]) => this.facetGroup(field, label, facets[field] ?? {})));
    replaceChildren(byId('active-filters'), Object.entries(this.state.filters).map(([field, value]) =>
      el('button', {
        type: 'button',
        class: 'chip',
        'aria-label': `Remove filter ${field}: ${value}`,
        on: { click: () => this.toggleFilter(field, value) },
      }, `${field}: ${value} ✕`)));
    byId('pager').hidden = pages <= 1;
    byId('page-info').textContent = `${page + 1} / ${pages}`;
    byId('page-prev').disabled = page <= 0;
    byId('page-next').disabled = page + 1 >= pages;
    // Re-rendering drops focus; keyboard users stay on the facet they pressed.
    if (focusedField) {
      const again = [...byId('facets').querySelectorAll('.facet-value')]
        .find((b) => b.dataset.field === focusedField && b.dataset.value === focusedValue);
      (again ?? byId('q')).focus();
    }
  }

  facetGroup(field, label, counts) {
    const entries = Object.entries(counts);
    if (field === 'day') entries.sort((a, b) => b[0].localeCompare(a[0]));
    else entries.sort((a, b) => b[1] - a[1]);
    const active = this.state.filters[field];
    return el('section', { class: 'facet', dataset: { facet: field } },
      el('h3', {}, label),
      entries.length ? el('ul', {}, entries.map(([value, count]) => el('li', {},
        el('button', {
          type: 'button',
          class: 'facet-value',
          'aria-pressed': String(active === value),
          dataset: { field, value },
          on: { click: () => this.toggleFilter(field, value) },
        }, el('span', { class: 'facet-label' }, value), el('span', { class: 'facet-count' }, String(count))))))
        : el('p', { class: 'muted' }, '–'));
  }

  hitItem(hit) {
    return el('li', { class: `hit src-${hit.source}`, dataset: { id: hit.id } },
      el('button', {
        type: 'button',
        class: 'hit-title',
        disabled: !hit.narrativeId,
        on: { click: () => this.onOpen(hit.narrativeId) },
      }, hit.title || hit.id),
      el('p', { class: 'hit-meta' },
        el('span', { class: `badge src src-${hit.source}` }, hit.edition || hit.source),
        el('span', { class: 'lang' }, hit.lang),
        el('time', { datetime: hit.publishedAt ?? '' }, formatUtc(hit.publishedAt)),
        (hit.matchTypes ?? []).map((t) => el('span', { class: `badge type type-${t}` }, t)),
        this.state.sort === 'relevance' ? el('span', { class: 'muted' }, `score ${formatScore(hit.score)}`) : null),
      el('p', { class: 'snippet' }, segmentsToNodes(hit.snippet ?? [])));
  }
}

/** The query in monospace with a caret under the character the parser stopped at. */
function caretLine(query, position) {
  const at = Math.min(position, query.length);
  return el('pre', { class: 'caret-line', 'aria-hidden': 'true' },
    query.slice(0, at),
    el('span', { class: 'caret-char' }, query.slice(at, at + 1) || ' '),
    query.slice(at + 1));
}
