import { useCallback } from 'react';
import type { ChangedRecord, EditedRecord, RecordChanges } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { useFetched } from '../lib/use-fetched.ts';
import { fieldLabel, typeLabel, untitled, whenText } from './version-text.ts';
import { diffVersions, type VersionSummary } from './versions-api.ts';

/** A version, or the board as it is now. */
export type CompareSide = VersionSummary | 'current';

const sideName = (side: CompareSide) => (side === 'current' ? 'the board now' : `“${side.name}” (${whenText(side.createdAt)})`);
const sideId = (side: CompareSide) => (side === 'current' ? 'current' : side.id);

/** What was added, removed and changed between two versions (or a version and now). */
export function VersionCompare({ from, to }: { from: CompareSide; to: CompareSide }) {
  const session = useBoardSession();
  const { boardId, token } = session;
  const fromId = sideId(from);
  const toId = sideId(to);
  const { value: diff, problem } = useFetched(useCallback(() => diffVersions(boardId, token, fromId, toId), [boardId, token, fromId, toId]));

  const nothing = diff && [diff.entities, diff.links].every((changes) => changes.added.length + changes.removed.length + changes.edited.length === 0);
  return (
    <div className="versions__compare" data-testid="version-diff">
      <p>
        From {sideName(from)} to {sideName(to)}.
      </p>
      {problem && <p role="alert" className="versions__problem">{problem}</p>}
      {!diff && !problem && <p>Comparing…</p>}
      {nothing && <p data-testid="version-diff-none">No cards or connections changed.</p>}
      {diff && !nothing && (
        <>
          <Changes title="Cards" changes={diff.entities} testId="diff-entities" />
          <Changes title="Connections" changes={diff.links} testId="diff-links" />
        </>
      )}
    </div>
  );
}

function Changes({ title, changes, testId }: { title: string; changes: RecordChanges; testId: string }) {
  const lists: [string, string, (ChangedRecord | EditedRecord)[]][] = [
    ['added', 'Added', changes.added],
    ['removed', 'Removed', changes.removed],
    ['edited', 'Changed', changes.edited],
  ];
  if (lists.every(([, , items]) => items.length === 0)) return null;
  return (
    <section className="versions__changes" data-testid={testId}>
      <h3>{title}</h3>
      {lists.map(([key, label, items]) =>
        items.length === 0 ? null : (
          <div key={key} className={`versions__change versions__change--${key}`} data-testid={`${testId}-${key}`}>
            <h4>
              {label} ({items.length})
            </h4>
            <ul>
              {items.map((item) => (
                <li key={item.id}>
                  <span className="versions__type">{typeLabel(item.type)}:</span> {untitled(item.name)}
                  {'fields' in item && <span className="versions__facts"> — {item.fields.map(fieldLabel).join(', ')}</span>}
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}
