/** The smallest external store: what `useSyncExternalStore` needs, and nothing framework-specific. */
export interface ReadableStore<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
}

/** A listener set that stores share. */
export class Listeners {
  private readonly listeners = new Set<() => void>();

  add = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** A single value with change notification (local view state such as "which note is being edited"). */
export class ValueStore<T> implements ReadableStore<T> {
  private readonly listeners = new Listeners();

  constructor(private value: T) {}

  subscribe = this.listeners.add;

  getSnapshot = (): T => this.value;

  set(value: T): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    this.listeners.notify();
  }
}
