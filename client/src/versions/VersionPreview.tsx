import { useCallback } from 'react';
import { useBoardSession } from '../board/board-context.ts';
import { useFetched } from '../lib/use-fetched.ts';
import { versionDetails, versionOutline } from './version-text.ts';
import { getVersion, type VersionSummary } from './versions-api.ts';

/** A version's cards as a read-only outline, grouped by type. */
export function VersionPreview({ version }: { version: VersionSummary }) {
  const session = useBoardSession();
  const { boardId, token } = session;
  const { value: groups, problem } = useFetched(
    useCallback(async () => versionOutline(await getVersion(boardId, token, version.id)), [boardId, token, version.id]),
  );

  return (
    <div className="versions__preview" data-testid="version-preview-content">
      <p className="versions__details">{versionDetails(version)}. Read only: restore it to work on it.</p>
      {problem && <p role="alert" className="versions__problem">{problem}</p>}
      {!groups && !problem && <p>Loading…</p>}
      {groups?.length === 0 && <p>This version has no cards.</p>}
      {groups?.map((group) => (
        <section key={group.type} aria-labelledby={`preview-${group.type}`}>
          <h3 id={`preview-${group.type}`}>
            {group.label} ({group.items.length})
          </h3>
          <ul className="versions__outline">
            {group.items.map((item) => (
              <li key={item.id}>
                <span className="versions__item-name">{item.name}</span>
                {item.facts.length > 0 && <span className="versions__facts"> — {item.facts.join(' · ')}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
