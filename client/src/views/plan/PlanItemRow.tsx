import * as Y from 'yjs';
import { boardMaps, ENTITY_DEFINITIONS, entityName, MAX_TEXT_LENGTH, type Plan } from '@roundtable/shared';
import { useBoardSession } from '../../board/board-context.ts';
import { useIsSelected } from '../DataRow.tsx';
import { applyTextChange } from '../../canvas/text-diff.ts';
import { CommentBadge } from '../../comments/CommentBadge.tsx';
import { LockMark } from '../../locks/LockMark.tsx';
import { useCanEditEntity } from '../../locks/use-locks.ts';
import { moveInPlan, removeFromPlan, type PlanItem } from './plan-layout.ts';

interface PlanItemRowProps {
  item: PlanItem;
  plan: Plan;
  section: number;
  /** The very first and last items of the whole plan cannot move further. */
  first: boolean;
  last: boolean;
}

/** One item under a question: a note typed here, or a reference to a card elsewhere on the board. */
export function PlanItemRow({ item, plan, section, first, last }: PlanItemRowProps) {
  const session = useBoardSession();
  const readOnly = !useCanEditEntity(session, item.id);
  const selected = useIsSelected(item.id);
  const { entity, id } = item;
  const isNote = entity.type === 'note';
  const name = isNote ? 'note' : entityName(entity) || 'untitled card';
  const select = () => session.selectOnly(id);

  const typeNote = (text: string) => {
    const ytext = boardMaps(session.doc).entities.get(id)?.get('text');
    if (ytext instanceof Y.Text) applyTextChange(ytext, text, session.origin);
  };

  return (
    <li className={`plan-item${selected ? ' plan-item--selected' : ''}`} data-testid="plan-item" data-entity-id={id} data-kind={entity.type}>
      {entity.type === 'note' ? (
        <textarea
          className="plan-item__note inline-field"
          aria-label={`Note under question ${section}`}
          rows={2}
          value={entity.text}
          maxLength={MAX_TEXT_LENGTH}
          disabled={readOnly}
          placeholder="Type a note"
          onFocus={() => { select(); session.undo.beginGesture(); }}
          onBlur={() => session.undo.endGesture()}
          onChange={(event) => typeNote(event.target.value)}
        />
      ) : (
        <button type="button" className="plan-item__reference" aria-pressed={selected} onClick={select}>
          <span className="plan-item__kind">{ENTITY_DEFINITIONS[entity.type].label}</span> {entityName(entity) || 'Untitled'}
        </button>
      )}
      <CommentBadge entityId={id} inline />
      <LockMark entityId={id} inline />
      <span className="plan-item__actions">
        <button type="button" className="button button--small" disabled={readOnly || first} onClick={() => moveInPlan(session.doc, plan, id, -1, session.origin)}>
          <span aria-hidden="true">↑</span><span className="visually-hidden">Move {name} up</span>
        </button>
        <button type="button" className="button button--small" disabled={readOnly || last} onClick={() => moveInPlan(session.doc, plan, id, 1, session.origin)}>
          <span aria-hidden="true">↓</span><span className="visually-hidden">Move {name} down</span>
        </button>
        <button type="button" className="button button--small button--danger" disabled={readOnly} onClick={() => removeFromPlan(session.doc, plan, id, session.origin)}>
          {isNote ? 'Delete' : 'Remove'}<span className="visually-hidden"> {name}{isNote ? '' : ' from the plan'}</span>
        </button>
      </span>
    </li>
  );
}
