// Narrative view: every match with origin and echo side by side, evidence highlighted.

import { api, ApiError } from './api.js';
import { byId, el, replaceChildren, segmentsToNodes } from './dom.js';
import {
  formatLag, formatScore, formatUtc, highlightSpans, locate, paragraphsOf, secondsBetween,
} from './format.js';
import { triageControls, triageLine } from './triage.js';

/** Renders GET /api/narratives/{id} into the narrative tab. */
export class NarrativeView {
  /** @param onTriaged called with the updated alert after a triage change made here */
  constructor({ role, onTriaged }) {
    Object.assign(this, { role, onTriaged });
    this.root = byId('narrative');
    this.currentId = null;
  }

  async show(narrativeId) {
    this.currentId = narrativeId;
    const error = byId('narrative-error');
    byId('narrative-empty').hidden = true;
    replaceChildren(this.root, el('p', { class: 'loading' }, 'Loading narrative…'));
    try {
      const data = await api(`/api/narratives/${encodeURIComponent(narrativeId)}`);
      if (this.currentId !== narrativeId) return;
      error.hidden = true;
      this.data = data;
      this.render();
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      replaceChildren(this.root);
      error.textContent = e instanceof ApiError && e.status === 404
        ? `Narrative ${narrativeId} is not in the index (yet).`
        : `Narrative ${narrativeId} could not be loaded: ${e.message}`;
      error.hidden = false;
    }
  }

  /** Takes a newer state of the shown narrative's alert (from the stream or a triage). */
  alertChanged(alert) {
    if (this.data && alert.narrativeId === this.currentId) {
      if (Number(alert.version) > Number(this.data.alert?.version ?? 0)) {
        // The narrative grew: new members and matches come only with a fresh fetch.
        this.show(alert.narrativeId);
        return;
      }
      this.data.alert = alert;
      const header = this.root.querySelector('.narrative-head');
      header?.replaceWith(this.header(alert));
    }
  }

  render() {
    const { alert, stories = [], matches = [], timeline = [] } = this.data;
    const byStoryId = new Map(stories.map((s) => [s.id, s]));
    replaceChildren(this.root,
      this.header(alert),
      timelineSection(timeline),
      el('section', { class: 'matches', 'aria-label': 'Matches' },
        el('h3', {}, `Matches (${matches.length})`),
        matches.map((m, i) => matchSection(m, i, byStoryId))));
  }

  header(alert) {
    const note = el('input', { class: 'note-input', placeholder: 'note (optional)', 'aria-label': 'Triage note', maxlength: 500 });
    const controls = triageControls(alert, this.role, (result) => {
      if (result instanceof Error) {
        const error = byId('narrative-error');
        error.textContent = `Triage failed: ${result.message}`;
        error.hidden = false;
        return;
      }
      this.alertChanged(result);
      this.onTriaged(result);
    }, note);
    const severity = String(alert?.severity ?? 'low').toLowerCase();
    return el('header', { class: 'narrative-head', dataset: { narrative: alert?.narrativeId ?? '' } },
      el('h2', { class: 'narrative-title' }, alert?.headline || alert?.narrativeId || 'Narrative'),
      el('p', { class: 'narrative-meta' },
        el('span', { class: `badge sev sev-${severity}` }, severity),
        (alert?.types ?? []).map((t) => el('span', { class: `badge type type-${t}` }, t)),
        alert?.uncredited ? el('span', { class: 'badge uncredited' }, 'uncredited') : null,
        ` ${(alert?.sources ?? []).join(' · ')} · ${(alert?.languages ?? []).join(', ')}`,
        ` · first ${formatUtc(alert?.firstSeen)} · latest ${formatUtc(alert?.latestEcho)}`,
        ` · lag ${formatLag(secondsBetween(alert?.firstSeen, alert?.latestEcho))}`,
        el('span', { class: 'muted' }, ` · ${alert?.narrativeId ?? ''}`)),
      triageLine(alert ?? {}),
      controls ? el('div', { class: 'narrative-triage' }, note, controls) : null);
  }
}

function timelineSection(timeline) {
  const sorted = [...timeline].sort((a, b) => String(a.publishedAt).localeCompare(String(b.publishedAt)));
  const start = sorted[0]?.publishedAt;
  return el('section', { class: 'timeline', 'aria-label': 'Timeline of members' },
    el('h3', {}, `Timeline (${sorted.length})`),
    el('ol', { class: 'timeline-list' },
      sorted.map((item) => el('li', { class: `tl-item src-${item.source}` },
        el('time', { datetime: item.publishedAt ?? '' }, formatUtc(item.publishedAt)),
        el('span', { class: 'offset' }, item.publishedAt === start ? 'origin' : `+${formatLag(secondsBetween(start, item.publishedAt))}`),
        el('span', { class: `badge src src-${item.source}` }, item.source),
        el('span', { class: 'lang' }, item.lang),
        el('span', { class: 'tl-title' }, item.title)))));
}

function matchSection(match, index, byStoryId) {
  const evidence = match.evidence ?? [];
  const origin = byStoryId.get(match.originId);
  const echo = byStoryId.get(match.echoId);
  const prefix = `m${index}`;
  return el('article', { class: `match type-${match.type}`, dataset: { origin: match.originId, echo: match.echoId } },
    el('header', { class: 'match-head' },
      el('span', { class: `badge type type-${match.type}` }, match.type),
      el('span', { class: 'score', title: 'combined score' }, `score ${formatScore(match.score)}`),
      el('span', {}, `lag ${formatLag(match.lagSeconds)}`),
      match.credited
        ? el('span', { class: 'badge credited' }, 'credited')
        : el('span', { class: 'badge uncredited' }, 'uncredited'),
      el('span', { class: 'muted' }, `${match.originId} → ${match.echoId}`),
      match.detectorVersion ? el('span', { class: 'muted' }, `detector ${match.detectorVersion}`) : null),
    featureList(match.features ?? {}),
    evidenceList(evidence, prefix, origin, echo),
    el('div', { class: 'side-by-side' },
      storyColumn('Origin', origin, match.originId, evidence.map((e) => e.originSpan), `${prefix}-o`),
      storyColumn('Echo', echo, match.echoId, evidence.map((e) => e.echoSpan), `${prefix}-e`)));
}

function featureList(features) {
  const entries = Object.entries(features).sort((a, b) => b[1] - a[1]);
  if (!entries.length) return null;
  return el('dl', { class: 'features', 'aria-label': 'Feature scores' },
    entries.map(([name, value]) => el('div', { class: 'feature' },
      el('dt', {}, name),
      el('dd', {},
        el('meter', { min: 0, max: 1, value: Math.max(0, Math.min(1, Number(value) || 0)), 'aria-label': name }),
        ` ${formatScore(value)}`))));
}

function evidenceList(evidence, prefix, origin, echo) {
  if (!evidence.length) return el('p', { class: 'muted' }, 'No aligned passages recorded.');
  return el('ol', { class: 'evidence', 'aria-label': 'Evidence passages' },
    evidence.map((e, i) => {
      const missing = [];
      if (origin && !locate(origin.body ?? '', e.originSpan)) missing.push('origin');
      if (echo && !locate(echo.body ?? '', e.echoSpan)) missing.push('echo');
      return el('li', { class: `ev-item ev-${i % 4}` },
        el('button', {
          type: 'button',
          class: 'ev-jump',
          title: 'Show this passage in both stories',
          on: { click: () => jumpTo([`${prefix}-o-${i}`, `${prefix}-e-${i}`]) },
        }, `#${i + 1}`),
        el('span', { class: 'ev-score' }, formatScore(e.score)),
        el('q', { class: 'ev-text' }, e.originSpan),
        el('span', { class: 'ev-arrow', 'aria-hidden': 'true' }, '⇄'),
        el('q', { class: 'ev-text' }, e.echoSpan),
        missing.length ? el('span', { class: 'muted' }, ` (not found in ${missing.join(' and ')} body)`) : null);
    }));
}

function jumpTo(ids) {
  for (const id of ids) {
    const mark = document.getElementById(id);
    if (!mark) continue;
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark.classList.remove('flash');
    void mark.offsetWidth; // restart the flash animation
    mark.classList.add('flash');
  }
}

function storyColumn(label, story, id, spans, markPrefix) {
  if (!story) {
    return el('section', { class: 'story missing', 'aria-label': `${label} story` },
      el('h4', {}, `${label}: ${id}`), el('p', { class: 'muted' }, 'This story is not in the index.'));
  }
  const segments = highlightSpans(story.body ?? '', spans);
  const paragraphs = paragraphsOf(segments);
  // A span split across paragraphs gives several marks; only the first carries the anchor id.
  const anchored = new Set();
  const anchor = (index) => {
    if (anchored.has(index)) return null;
    anchored.add(index);
    return `${markPrefix}-${index}`;
  };
  return el('section', { class: `story src-${story.source}`, 'aria-label': `${label} story`, lang: story.lang || null },
    el('p', { class: 'story-label' }, label,
      el('span', { class: `badge src src-${story.source}` }, story.edition || story.source),
      el('span', { class: 'lang' }, story.lang),
      el('time', { datetime: story.publishedAt ?? '' }, formatUtc(story.publishedAt)),
      story.credit ? el('span', { class: 'credit' }, `credits ${story.credit}`) : null),
    el('h4', { class: 'story-title' }, story.title),
    story.url ? el('a', { class: 'story-url', href: safeUrl(story.url), target: '_blank', rel: 'noopener noreferrer' }, story.url) : null,
    el('div', { class: 'story-body' },
      paragraphs.map((p) => el('p', {}, segmentsToNodes(p, (s) => ({
        class: `ev ev-${s.index % 4}`,
        id: anchor(s.index),
        title: `evidence #${s.index + 1}`,
      }))))));
}

/** Only http(s) links are followed; anything else (javascript:, data:) is shown but inert. */
export function safeUrl(url) {
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : '#';
  } catch {
    return '#';
  }
}
