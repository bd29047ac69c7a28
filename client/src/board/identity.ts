/** Who this browser is in presence: a name asked once and a colour picked once, both kept in localStorage. */
const NAME_KEY = 'roundtable:name';
const COLOR_KEY = 'roundtable:color';
export const MAX_NAME_LENGTH = 60;

/** Distinct colours dark enough for white names on them (contrast at least 4.5:1, tested). */
export const PRESENCE_COLORS = [
  '#1f5fa8', '#b3261e', '#1e7b34', '#6f42c1', '#8c4a2f',
  '#a3246f', '#0b6e7e', '#9a4d00', '#3f4f8f', '#00695c',
] as const;

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage blocked: the value lasts for this page only.
  }
}

export function storedName(): string | null {
  const name = read(NAME_KEY)?.trim();
  return name ? name.slice(0, MAX_NAME_LENGTH) : null;
}

export function saveName(name: string): string {
  const clean = name.trim().slice(0, MAX_NAME_LENGTH);
  write(NAME_KEY, clean);
  return clean;
}

export function browserColor(): string {
  const stored = read(COLOR_KEY);
  // A colour from an older palette is replaced: it may be too light for the names written on it.
  if (stored && (PRESENCE_COLORS as readonly string[]).includes(stored)) return stored;
  const index = globalThis.crypto.getRandomValues(new Uint8Array(1))[0]! % PRESENCE_COLORS.length;
  const color = PRESENCE_COLORS[index]!;
  write(COLOR_KEY, color);
  return color;
}
