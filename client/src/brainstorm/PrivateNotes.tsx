import { useId, useState, type KeyboardEvent } from 'react';
import { MAX_TEXT_LENGTH } from '@roundtable/shared';
import type { BrainstormScreen } from './brainstorm-screen.ts';
import { MAX_DRAFTS, type Draft } from './draft-store.ts';

/** This person's private notes for the round: written, edited and removed here, seen by nobody else. */
export function PrivateNotes({ screen, drafts }: { screen: BrainstormScreen; drafts: readonly Draft[] }) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(true);
  const full = drafts.length >= MAX_DRAFTS;

  const add = (event: { preventDefault(): void }) => {
    event.preventDefault();
    if (screen.add(text)) setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) add(event);
  };

  return (
    <div className="brainstorm__mine" role="region" aria-labelledby={`${id}-title`} data-testid="brainstorm-private">
      <div className="brainstorm__mine-head">
        <h3 id={`${id}-title`} className="brainstorm__mine-title">Your private notes ({drafts.length})</h3>
        <button type="button" className="button button--small" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}<span className="visually-hidden"> your private notes</span>
        </button>
      </div>
      <div id={`${id}-body`} hidden={!open}>
        <p className="brainstorm__hint">Only you can see these, on this device, until the facilitator reveals them.</p>
        <form className="brainstorm__new" onSubmit={add}>
          <label htmlFor={`${id}-new`} className="visually-hidden">New private note</label>
          <textarea
            id={`${id}-new`}
            data-testid="brainstorm-draft-input"
            rows={2}
            maxLength={MAX_TEXT_LENGTH}
            placeholder={full ? `You have ${MAX_DRAFTS} notes, the most one person can add` : 'Write an idea, then press Enter'}
            disabled={full}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="submit" className="button button--primary button--small" data-testid="brainstorm-add" disabled={full || !text.trim()}>
            Add private note
          </button>
        </form>
        <DraftList screen={screen} drafts={drafts} idPrefix={id} />
      </div>
    </div>
  );
}

function DraftList({ screen, drafts, idPrefix }: { screen: BrainstormScreen; drafts: readonly Draft[]; idPrefix: string }) {
  if (drafts.length === 0) return null;
  return (
    <ol className="brainstorm__drafts">
      {drafts.map((draft, i) => (
        <li key={draft.id} className="brainstorm__draft" data-testid="brainstorm-draft">
          <label htmlFor={`${idPrefix}-${draft.id}`} className="visually-hidden">Private note {i + 1}</label>
          {/* Keyed by text, so a change made in another tab of this board replaces what is shown. */}
          <textarea
            id={`${idPrefix}-${draft.id}`}
            key={draft.text}
            rows={3}
            maxLength={MAX_TEXT_LENGTH}
            defaultValue={draft.text}
            onBlur={(e) => screen.update(draft.id, e.target.value)}
          />
          <button type="button" className="button button--small button--danger" onClick={() => screen.remove(draft.id)}>
            Remove<span className="visually-hidden"> private note {i + 1}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
