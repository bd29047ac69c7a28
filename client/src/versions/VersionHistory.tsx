import { useRef, useState } from 'react';
import { HistoryDialog } from './HistoryDialog.tsx';
import '../styles/versions.css';

/** The header's "History" button: saved versions of the board, to look at, compare and restore. */
export function VersionHistory() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" className="button button--small" data-testid="version-history" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        History
      </button>
      {open && <HistoryDialog onClose={close} />}
    </>
  );
}
