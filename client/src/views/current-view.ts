import { ValueStore } from '../lib/value-store.ts';
import { viewById } from './view-registry.ts';

/** The view this screen shows: local view state, kept in the address (`?view=`) so a link or reload keeps it. */
export class CurrentView extends ValueStore<string> {
  constructor() {
    super(viewById(new URLSearchParams(window.location.search).get('view')).id);
  }

  show(id: string): void {
    const view = viewById(id).id;
    this.set(view);
    const url = new URL(window.location.href);
    url.searchParams.set('view', view);
    window.history.replaceState(window.history.state, '', url.pathname + url.search);
  }
}
