// Loads the watch floor. A module graph that fails to load (a network blip while the page opens)
// cannot be retried in place, so the page reloads itself a few times before giving up visibly.

const KEY = 'echowatch.bootAttempts';
const MAX_ATTEMPTS = 3;

import('./app.js')
  .then(() => sessionStorage.removeItem(KEY))
  .catch((error) => {
    const attempts = Number(sessionStorage.getItem(KEY) || 0) + 1;
    sessionStorage.setItem(KEY, String(attempts));
    if (attempts <= MAX_ATTEMPTS) {
      setTimeout(() => window.location.reload(), 1000 * attempts);
      return;
    }
    sessionStorage.removeItem(KEY);
    const box = document.getElementById('alerts-error');
    if (box) {
      box.textContent = `The watch floor could not load its scripts (${error.message}). Reload the page.`;
      box.hidden = false;
    }
  });
