const KEY = 'roundtable:voter-id';

/**
 * A random id for this browser's ballots: the server keeps one ballot per voter id, so a reload shows your dots
 * again and voting twice replaces rather than adds. It says nothing about who you are.
 */
export function voterId(): string {
  try {
    const kept = localStorage.getItem(KEY);
    if (kept && /^[A-Za-z0-9_-]{16,64}$/.test(kept)) return kept;
    const fresh = randomId();
    localStorage.setItem(KEY, fresh);
    return fresh;
  } catch {
    return sessionId;
  }
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Without storage (some private modes) the id lasts as long as the page. */
const sessionId = randomId();
