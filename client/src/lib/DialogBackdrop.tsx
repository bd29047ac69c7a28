import type { ReactNode } from 'react';

/**
 * The backdrop of a closable dialog: Escape anywhere inside closes it. The Escape is marked handled, so it does not
 * also stop following someone (see FollowBanner).
 */
export function DialogBackdrop({ onClose, children }: { onClose(): void; children: ReactNode }) {
  return (
    <div
      className="dialog-backdrop"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </div>
  );
}
