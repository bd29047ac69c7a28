import { useLayoutEffect, useMemo, useState } from 'react';
import { deleteEntities, ENTITY_DEFINITIONS, entityName, updateEntity, type Entity, type Plan } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { EMPTY_SELECTION, type BoardSession } from '../board/board-session.ts';
import { CANVAS_VIEW } from '../canvas/canvas-store.ts';
import { useStore } from '../lib/use-store.ts';
import { linkGroups } from './entity-links.ts';
import { fieldSpecs } from './field-specs.ts';
import { FieldControl } from './FieldControl.tsx';
import { LinkList } from './LinkList.tsx';
import { EntityComments } from '../comments/EntityComments.tsx';
import { LockStatus } from '../locks/LockStatus.tsx';
import { useCanEditEntity } from '../locks/use-locks.ts';
import { canEditEntity } from '../locks/locks-store.ts';
import { usePointerHeld } from './use-pointer-held.ts';
import { useSidePanelKeys } from './use-side-panel-keys.ts';
import '../styles/side-panel.css';

/** Details of the one selected entity, in every view: its fields (editable) and its planning links. */
export function SidePanel() {
  const session = useBoardSession();
  const selection = useStore(session.selection);
  const plan = useStore(session.plan);
  const id = selection.nodes.size === 1 ? [...selection.nodes][0]! : null;
  const entity = id ? plan.entities.get(id) : undefined;
  useSidePanelKeys(session, id, entity);
  const shown = useShownId(id && entity ? id : null);
  const shownEntity = shown ? plan.entities.get(shown) : undefined;
  if (!shown || !shownEntity) return null;
  return <EntityDetails key={shown} session={session} id={shown} entity={shownEntity} plan={plan} />;
}

/**
 * The entity the panel shows. Opening or closing the panel narrows or widens the view beside it, so that
 * waits until no pointer is held: a press that selects a card and drags it must not move the card under it.
 */
function useShownId(target: string | null): string | null {
  const held = usePointerHeld();
  const [shown, setShown] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (!held || (shown !== null && target !== null)) setShown(target);
  }, [held, target, shown]);
  return shown;
}

interface Props {
  session: BoardSession;
  id: string;
  entity: Entity;
  plan: Plan;
}

function EntityDetails({ session, id, entity, plan }: Props) {
  const readOnly = !useCanEditEntity(session, id);
  // The free canvas pans and puts new notes in the middle of what is visible: the panel floats over it
  // rather than narrowing it. Fixed layouts (grids, tables) get the panel beside them, hiding nothing.
  const floating = useStore(session.view) === CANVAS_VIEW;
  const specs = useMemo(() => fieldSpecs(entity.type), [entity.type]);
  const groups = useMemo(() => linkGroups(plan, id), [plan, id]);
  const typeLabel = ENTITY_DEFINITIONS[entity.type].label;
  const values = entity as unknown as Record<string, unknown>;
  const close = () => session.selection.set(EMPTY_SELECTION);
  const open = (entityId: string) => session.selectOnly(entityId);
  const remove = () => {
    deleteEntities(session.doc, [id], session.origin);
    close();
  };

  return (
    <aside
      className={`side-panel${floating ? ' side-panel--floating' : ''}`}
      data-testid="side-panel"
      aria-labelledby="side-panel-title"
    >
      <header className="side-panel__header">
        <div>
          <p className="side-panel__type">{typeLabel}</p>
          <h2 id="side-panel-title" className="side-panel__title">{entityName(entity).trim() || `Untitled ${typeLabel.toLowerCase()}`}</h2>
          {entity.votes !== undefined && <p className="side-panel__type" data-testid="entity-votes">Dot votes: {entity.votes}</p>}
        </div>
        <button type="button" className="button button--small" onClick={close} aria-label="Close details">
          Close
        </button>
      </header>
      <LockStatus entityId={id} />
      <form className="side-panel__fields" onSubmit={(event) => event.preventDefault()}>
        {specs.map((spec) => (
          <div key={spec.name} className="side-panel__field">
            <label htmlFor={`side-panel-${spec.name}`}>
              {spec.label}
              {spec.kind === 'number' && spec.min !== undefined && spec.max !== undefined && (
                <span className="side-panel__hint"> ({spec.min}–{spec.max})</span>
              )}
            </label>
            <FieldControl
              spec={spec}
              value={values[spec.name]}
              plan={plan}
              id={`side-panel-${spec.name}`}
              testId={`side-panel-field-${spec.name}`}
              disabled={readOnly}
              onChange={(value) => canEditEntity(session, id) && updateEntity(session.doc, id, { [spec.name]: value }, session.origin)}
            />
          </div>
        ))}
      </form>
      <section className="side-panel__section" aria-labelledby="side-panel-links">
        <h3 id="side-panel-links">Links</h3>
        <LinkList groups={groups} onOpen={open} />
      </section>
      <EntityComments entityId={id} />
      <footer className="side-panel__footer">
        <button type="button" className="button button--danger button--small" onClick={remove} disabled={readOnly}>
          Delete {typeLabel.toLowerCase()}
        </button>
        <span className="side-panel__hint">Enter: edit · Delete: remove · Escape: close</span>
      </footer>
    </aside>
  );
}
