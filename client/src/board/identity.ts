/** Who this browser is in presence: a name asked once and a colour picked once, both kept in localStorage. */
const NAME_KEY = 'roundtable:name';
const COLOR_KEY = 'roundtable:color';
export const MAX_NAME_LENGTH = 60;

/** Distinct, fairly dark colours: white text on them stays readable. */
export const PRESENCE_COLORS = [
  '#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b',
  '#e377c2', '#17becf', '#bc5a00', '#4b5d9c', '#00806b',
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
  if (stored && /^#[0-9a-f]{6}$/i.test(stored)) return stored;
  const index = globalThis.crypto.getRandomValues(new Uint8Array(1))[0]! % PRESENCE_COLORS.length;
  const color = PRESENCE_COLORS[index]!;
  write(COLOR_KEY, color);
  return color;
}
