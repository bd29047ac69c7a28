import { useEffect, useState } from 'react';
import { BOARD_MODES, ROLES, type BoardMode, type Role } from '@roundtable/shared';
import { errorMessage, getLinks, replaceLink, setBoardMode, type BoardLinks } from '../api.ts';
import { useBoardSession } from '../board/board-context.ts';
import { useStore } from '../lib/use-store.ts';
import { rememberBoard } from './held-boards.ts';
import { MODE_TEXT, ROLE_TEXT } from './role-text.ts';
import { DialogBackdrop } from '../lib/DialogBackdrop.tsx';

/** The facilitator's sharing controls: the three links (copy, replace) and who can edit now. */
export function ShareDialog({ onClose }: { onClose(): void }) {
  const session = useBoardSession();
  const { mode } = useStore(session.access);
  const [links, setLinks] = useState<BoardLinks | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState<Role | null>(null);
  /** The mode asked for, shown at once; the server's answer reaches `mode` through the document. */
  const [askedMode, setAskedMode] = useState<BoardMode | null>(null);
  const shownMode = askedMode ?? mode;

  useEffect(() => {
    getLinks(session.boardId, session.token).then(setLinks, (error: unknown) => setProblem(errorMessage(error)));
  }, [session]);

  const copy = async (role: Role) => {
    if (!links) return;
    try {
      await navigator.clipboard.writeText(links.links[role]);
      setCopied(role);
    } catch {
      setProblem('Copying is blocked here: select the link and copy it by hand.');
    }
  };

  const replace = async (role: Role) => {
    const warning =
      role === 'facilitator'
        ? 'Replace all three links? Everyone on the board is disconnected and needs a new link — including other facilitators.'
        : `Replace the ${role} link? Anyone using the old one is disconnected and needs the new one.`;
    if (!window.confirm(warning)) return;
    try {
      const next = await replaceLink(session.boardId, session.token, role);
      rememberBoard(session.boardId, { tokens: next.tokens });
      if (next.replaced.includes('facilitator')) window.location.reload();
      else setLinks(next);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const changeMode = (next: BoardMode) => {
    setAskedMode(next);
    setBoardMode(session.boardId, session.token, next).then(
      () => setAskedMode(null),
      (error: unknown) => {
        setAskedMode(null);
        setProblem(errorMessage(error));
      },
    );
  };

  return (
    <DialogBackdrop onClose={onClose}>
      <div className="dialog dialog--wide share" role="dialog" aria-modal="true" aria-labelledby="share-title" data-testid="share-dialog">
        <h2 id="share-title">Share this board</h2>
        <p>Send each person the link for what they will do. Links work until you replace them.</p>
        {problem && <p role="alert" className="share__problem">{problem}</p>}
        {ROLES.map((role) => (
          <div key={role} className="share__link">
            <label htmlFor={`share-link-${role}`}>{ROLE_TEXT[role].label}</label>
            <p className="share__can">{ROLE_TEXT[role].can}</p>
            <div className="share__row">
              <input id={`share-link-${role}`} readOnly value={links?.links[role] ?? 'Loading…'} data-testid={`share-link-${role}`} onFocus={(e) => e.target.select()} />
              <button type="button" className="button button--small" onClick={() => void copy(role)} disabled={!links}>
                {copied === role ? 'Copied' : 'Copy'}
              </button>
              <button type="button" className="button button--small" data-testid={`replace-link-${role}`} onClick={() => void replace(role)} disabled={!links}>
                Replace
              </button>
            </div>
          </div>
        ))}
        <fieldset className="share__modes">
          <legend>Who can change the board now</legend>
          {BOARD_MODES.map((option) => (
            <label key={option} className="share__mode">
              <input type="radio" name="board-mode" value={option} data-testid={`board-mode-${option}`} checked={shownMode === option} onChange={() => changeMode(option)} />
              <strong>{MODE_TEXT[option].label}</strong> — {MODE_TEXT[option].means}
            </label>
          ))}
        </fieldset>
        <div className="dialog__actions">
          <button type="button" className="button button--primary" onClick={onClose} autoFocus>
            Done
          </button>
        </div>
      </div>
    </DialogBackdrop>
  );
}
