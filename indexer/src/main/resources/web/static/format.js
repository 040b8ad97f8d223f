// Pure helpers: formatting and text matching. No DOM, no network.

/** Human lag: "45 s", "12 min", "2 h 13 min", "3 d 4 h". */
export function formatLag(seconds) {
  if (seconds === null || seconds === undefined || !Number.isFinite(Number(seconds))) return '–';
  const s = Math.max(0, Math.round(Number(seconds)));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  if (s < 86400) {
    const minutes = Math.floor((s % 3600) / 60);
    return minutes ? `${Math.floor(s / 3600)} h ${minutes} min` : `${Math.floor(s / 3600)} h`;
  }
  const hours = Math.floor((s % 86400) / 3600);
  return hours ? `${Math.floor(s / 86400)} d ${hours} h` : `${Math.floor(s / 86400)} d`;
}

/** Seconds between two ISO instants (b - a), or null when either is missing. */
export function secondsBetween(a, b) {
  if (!a || !b) return null;
  const ms = Date.parse(b) - Date.parse(a);
  return Number.isFinite(ms) ? ms / 1000 : null;
}

/** "2026-03-01 14:02Z": the watch floor works in UTC. */
export function formatUtc(iso) {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)}Z`;
}

/** "14:02Z" for today's events, the full form otherwise. */
export function formatShort(iso, now = new Date()) {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  const sameDay = date.toISOString().slice(0, 10) === now.toISOString().slice(0, 10);
  return sameDay ? `${date.toISOString().slice(11, 16)}Z` : formatUtc(iso);
}

/** The agency of a story id such as "belta-en:186877". */
export function sourceOfId(id) {
  return String(id ?? '').split(/[-:]/)[0];
}

/** Score in [0,1] as "0.87". */
export function formatScore(score) {
  const n = Number(score);
  return Number.isFinite(n) ? n.toFixed(2) : '–';
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where span occurs in text: exact first, then ignoring differences in whitespace. */
export function locate(text, span, from = 0) {
  const needle = String(span ?? '').trim();
  if (!needle) return null;
  const exact = text.indexOf(needle, from);
  if (exact >= 0) return { start: exact, end: exact + needle.length };
  const words = needle.split(/\s+/).map(escapeRegExp);
  const pattern = new RegExp(words.join('\\s+'), 'gu');
  pattern.lastIndex = from;
  const found = pattern.exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : null;
}

/**
 * Splits text into segments [{text, hit, index}] where each found span is a hit carrying the
 * index of its span; spans not found, or overlapping an earlier hit, are left out.
 */
export function highlightSpans(text, spans) {
  const body = String(text ?? '');
  const ranges = [];
  spans.forEach((span, index) => {
    const range = locate(body, span);
    if (range && !ranges.some((r) => range.start < r.end && r.start < range.end)) {
      ranges.push({ ...range, index });
    }
  });
  ranges.sort((a, b) => a.start - b.start);
  const segments = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) segments.push({ text: body.slice(at, range.start), hit: false });
    segments.push({ text: body.slice(range.start, range.end), hit: true, index: range.index });
    at = range.end;
  }
  if (at < body.length) segments.push({ text: body.slice(at), hit: false });
  return segments;
}

const ROLE_RANK = { viewer: 0, analyst: 1, admin: 2 };

/** Whether a user of role may do what needs role needed. */
export function allows(role, needed) {
  return (ROLE_RANK[role] ?? -1) >= (ROLE_RANK[needed] ?? Infinity);
}

/** Days of a per-day, per-direction count list, pivoted: [{day, counts: {direction: n}}]. */
export function pivotByDay(rows) {
  const byDay = new Map();
  for (const row of rows) {
    const entry = byDay.get(row.day) ?? { day: row.day, counts: {} };
    entry.counts[row.direction] = (entry.counts[row.direction] ?? 0) + Number(row.count || 0);
    byDay.set(row.day, entry);
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** Splits highlighted segments into paragraphs at blank lines: [[segment, ...], ...]. */
export function paragraphsOf(segments) {
  const paragraphs = [[]];
  for (const segment of segments) {
    const pieces = segment.text.split(/\n\s*\n/);
    pieces.forEach((piece, i) => {
      if (i > 0) paragraphs.push([]);
      if (piece) paragraphs[paragraphs.length - 1].push({ ...segment, text: piece });
    });
  }
  return paragraphs.filter((p) => p.some((s) => s.text.trim()));
}
