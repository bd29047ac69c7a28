import { ValueStore } from '../lib/value-store.ts';

/** An on/off preference of this browser, remembered in localStorage (where there is one). */
export class LocalFlag extends ValueStore<boolean> {
  constructor(private readonly key: string) {
    super(read(key));
  }

  override set(on: boolean): void {
    super.set(on);
    try {
      if (on) localStorage.setItem(this.key, '1');
      else localStorage.removeItem(this.key);
    } catch {
      // Storage can be full or switched off; the preference then lasts for this page only.
    }
  }
}

function read(key: string): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}
