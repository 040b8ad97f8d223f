// Sign-in form: POST /api/login as JSON, then on to the watch floor.

import { api, ApiError } from './api.js';
import { byId } from './dom.js';

const form = byId('login-form');
const error = byId('login-error');
const submit = byId('login-submit');

function showError(text) {
  error.textContent = text;
  error.hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const username = byId('username').value.trim();
  const password = byId('password').value;
  if (!username || !password) {
    showError('Enter your user name and password.');
    return;
  }
  submit.disabled = true;
  error.hidden = true;
  try {
    await api('/api/login', { method: 'POST', body: { username, password }, redirectOn401: false });
    window.location.replace('/');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) showError('Wrong user name or password.');
    else if (e instanceof ApiError) showError(`Sign-in failed: ${e.message}`);
    else showError('The server cannot be reached. Try again in a moment.');
    byId('password').select();
  } finally {
    submit.disabled = false;
  }
});
