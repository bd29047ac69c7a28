import { ACTIVITY_STATUS_LABELS, MILESTONE_STATUS_LABELS } from '@roundtable/shared';
import { SelectItem, ViewOutline } from '../ViewOutline.tsx';
import { CommentBadge } from '../../comments/CommentBadge.tsx';
import type { TimelineGroup } from './timeline-rows.ts';
import { readableDate } from './timeline-scale.ts';

/** The timeline as a table: every dated item with its workstream, phase, dates and status. */
export function TimelineOutline({ groups }: { groups: readonly TimelineGroup[] }) {
  const rows = groups.flatMap((group) => group.items.map((item) => ({ group, item })));
  return (
    <ViewOutline label={`Table of the ${rows.length} dated activities and milestones`}>
      <table>
        <thead>
          <tr><th scope="col">Item</th><th scope="col">Kind</th><th scope="col">Workstream</th><th scope="col">Dates</th><th scope="col">Status</th></tr>
        </thead>
        <tbody>
          {rows.map(({ group, item }) => {
            const { entity } = item;
            const isActivity = entity.type === 'activity';
            return (
              <tr key={item.id}>
                <td><SelectItem id={item.id} name={entity.title.trim() || '(untitled)'} /><CommentBadge entityId={item.id} inline /></td>
                <td>{isActivity ? 'Activity' : 'Milestone'}</td>
                <td>{group.label}{group.phase ? ` (${group.phase})` : ''}</td>
                <td>{isActivity ? `${readableDate(entity.start!)} to ${readableDate(entity.end!)}` : `Due ${readableDate(entity.due!)}`}</td>
                <td>{isActivity ? ACTIVITY_STATUS_LABELS[entity.status] : MILESTONE_STATUS_LABELS[entity.status]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ViewOutline>
  );
}
