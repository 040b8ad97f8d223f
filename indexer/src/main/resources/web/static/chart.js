// Echoes per day per direction, drawn as grouped SVG bars (no chart library).

import { api, ApiError } from './api.js';
import { byId, el, replaceChildren, svg } from './dom.js';
import { pivotByDay } from './format.js';

const DIRECTIONS = ['belta->xinhua', 'xinhua->belta'];
const WIDTH = 320;
const HEIGHT = 120;
const PAD = { left: 24, right: 4, top: 8, bottom: 18 };

/** Loads /api/stats/echoes-per-day and draws it. */
export async function refreshChart(days = 30) {
  const figure = byId('echo-chart');
  try {
    const data = await api(`/api/stats/echoes-per-day?days=${days}`);
    replaceChildren(figure, drawChart(pivotByDay(data?.days ?? [])));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
    replaceChildren(figure, el('p', { class: 'error' }, `Chart unavailable: ${e.message}`));
  }
}

/** The chart for pivoted rows [{day, counts}]: an SVG, a legend and the numbers as a table. */
export function drawChart(rows) {
  if (!rows.some((r) => Object.values(r.counts).some((n) => n > 0))) {
    return [el('p', { class: 'muted' }, 'No echoes flagged in this period.')];
  }
  const max = Math.max(1, ...rows.flatMap((r) => DIRECTIONS.map((d) => r.counts[d] ?? 0)));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(rows.length, 1);
  const barW = Math.max(1, (slot - 1) / DIRECTIONS.length);
  const y = (v) => PAD.top + plotH - (v / max) * plotH;
  const total = Object.fromEntries(DIRECTIONS.map((d) => [d, rows.reduce((s, r) => s + (r.counts[d] ?? 0), 0)]));
  const label = rows.length
    ? `Echoes per day, ${rows[0].day} to ${rows[rows.length - 1].day}: ${DIRECTIONS.map((d) => `${d} ${total[d]}`).join(', ')}`
    : 'No echoes in this period';
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart-svg', role: 'img', 'aria-label': label },
    svg('title', {}, label),
    [...new Set([0, Math.round(max / 2), max])].map((tick) => svg('g', { class: 'grid' },
      svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(tick), y2: y(tick) }),
      svg('text', { x: PAD.left - 3, y: y(tick) + 3, 'text-anchor': 'end' }, String(tick)))),
    rows.map((row, i) => svg('g', { class: 'day' }, DIRECTIONS.map((d, j) => {
      const value = row.counts[d] ?? 0;
      return svg('rect', {
        class: `bar dir-${j}`,
        x: (PAD.left + i * slot + j * barW).toFixed(2),
        y: y(value).toFixed(2),
        width: barW.toFixed(2),
        height: (PAD.top + plotH - y(value)).toFixed(2),
      }, svg('title', {}, `${row.day} ${d}: ${value}`));
    }))),
    axisLabels(rows, slot));
  const legend = el('figcaption', { class: 'legend' },
    DIRECTIONS.map((d, j) => el('span', { class: `key dir-${j}` }, `${d.replace('->', ' → ')} ${total[d]}`)));
  const table = el('details', { class: 'chart-table' }, el('summary', {}, 'numbers'),
    el('table', {},
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'day'), DIRECTIONS.map((d) => el('th', { scope: 'col', class: 'num' }, d)))),
      el('tbody', {}, rows.map((r) => el('tr', {}, el('th', { scope: 'row' }, r.day),
        DIRECTIONS.map((d) => el('td', { class: 'num' }, String(r.counts[d] ?? 0))))))));
  return [chart, legend, table];
}

function axisLabels(rows, slot) {
  if (!rows.length) return [];
  const picks = [...new Set([0, Math.floor((rows.length - 1) / 2), rows.length - 1])];
  return picks.map((i) => svg('text', {
    class: 'axis',
    x: (PAD.left + i * slot + slot / 2).toFixed(2),
    y: HEIGHT - 4,
    'text-anchor': i === 0 ? 'start' : i === rows.length - 1 ? 'end' : 'middle',
  }, rows[i].day.slice(5)));
}
