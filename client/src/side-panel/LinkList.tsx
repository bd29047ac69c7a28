import type { LinkGroup } from './entity-links.ts';

/** The entity's planning links under headings; each name selects that entity, so the panel follows it. */
export function LinkList({ groups, onOpen }: { groups: LinkGroup[]; onOpen(entityId: string): void }) {
  if (groups.length === 0) return <p className="side-panel__empty">No links yet.</p>;
  return (
    <>
      {groups.map((group) => (
        <section key={group.heading} className="side-panel__links" aria-label={group.heading}>
          <h4>{group.heading}</h4>
          <ul>
            {group.items.map((item) => (
              <li key={item.linkId}>
                <button type="button" className="side-panel__link" onClick={() => onOpen(item.entityId)}>
                  {item.name}
                </button>
                <span className="side-panel__link-meta">
                  {item.typeLabel}{item.detail ? ` · ${item.detail}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
