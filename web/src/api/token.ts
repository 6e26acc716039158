// The write token: handed over once in the URL (#token=…, as `dossier serve` prints it), then
// kept in this browser's local storage and removed from the address bar.
const KEY = 'dossier-token';

export function takeTokenFromUrl(): void {
  const m = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (!m) return;
  saveToken(decodeURIComponent(m[1]!));
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

export function savedToken(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string): void {
  try {
    if (token) window.localStorage.setItem(KEY, token);
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage can be disabled; the token is then asked for again.
  }
}
