import { useEffect, useState } from 'react';

/** Whether a pointer button is held down anywhere on the page (local, per screen). */
export function usePointerHeld(): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    const down = () => setHeld(true);
    const up = () => setHeld(false);
    window.addEventListener('pointerdown', down, true);
    window.addEventListener('pointerup', up, true);
    window.addEventListener('pointercancel', up, true);
    return () => {
      window.removeEventListener('pointerdown', down, true);
      window.removeEventListener('pointerup', up, true);
      window.removeEventListener('pointercancel', up, true);
    };
  }, []);
  return held;
}
