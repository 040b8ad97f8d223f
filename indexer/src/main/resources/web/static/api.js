// The one place the page talks to the indexer's JSON API (docs/api.md).

export const LOGIN_PAGE = '/login.html';

/** A non-2xx answer: status plus the parsed error body ({error, message, position, ...}). */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || body?.error || `HTTP ${status}`);
    this.status = status;
    this.body = body ?? {};
  }
}

let csrfToken = null;

/** Remembers the session's CSRF token for state-changing calls. */
export function setCsrfToken(token) {
  csrfToken = token;
}

/** Leaves for the sign-in form; any 401 means the session is gone. */
export function toLogin() {
  window.location.assign(LOGIN_PAGE);
}

/**
 * Calls the API. GETs carry no body; other methods send JSON and the CSRF header. Resolves to the
 * parsed JSON (null for 204); rejects with ApiError. A 401 redirects to the sign-in form.
 */
export async function api(path, { method = 'GET', body, redirectOn401 = true } = {}) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  }
  const init = {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  };
  const response = method === 'GET' ? await fetchRetrying(path, init) : await fetch(path, init);
  const parsed = await readJson(response);
  if (response.status === 401 && redirectOn401) toLogin();
  if (!response.ok) throw new ApiError(response.status, parsed);
  return parsed;
}

// Reads are safe to repeat: a network blip (fetch rejects) gets two more tries before it shows.
async function fetchRetrying(path, init, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(path, init);
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

async function readJson(response) {
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return { error: 'unreadable', message: `HTTP ${response.status}: not JSON` };
  }
}

/** Builds "path?k=v&..." leaving out empty values. */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
