import { useCallback, useRef, type KeyboardEvent } from 'react';

/**
 * A header drop-down built on `<details>` (Facilitate, Export and import, Screen options): `close()` once
 * something is chosen; Escape closes it and puts focus back on its summary. The Escape is marked handled, so it
 * does not also stop following someone (see FollowBanner).
 */
export function useDetailsMenu() {
  const ref = useRef<HTMLDetailsElement>(null);
  const close = useCallback(() => ref.current?.removeAttribute('open'), []);
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !event.currentTarget.open) return;
    event.preventDefault();
    event.currentTarget.open = false;
    event.currentTarget.querySelector('summary')?.focus();
  }, []);
  return { ref, close, onKeyDown };
}
