import { memo, useMemo } from 'react';
import { NOTE_COLORS } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { useStore, useStoreSelector } from '../lib/use-store.ts';
import { SelectItem, ViewOutline } from '../views/ViewOutline.tsx';
import type { CanvasSnapshot } from './canvas-store.ts';
import { NOTE_PAPER } from './note-colors.ts';
import { useNoteIds } from './use-note-ids.ts';

const noteCount = (snapshot: CanvasSnapshot) => snapshot.nodes.length;

/** The canvas as text: every note's words and colour, and where its arrows point. */
export function CanvasOutline() {
  const count = useStoreSelector(useBoardSession().canvas, noteCount);
  return (
    <ViewOutline label={`List of the ${count} notes`}>
      <NoteList />
    </ViewOutline>
  );
}

/** Mounted only while the outline is open; re-renders when notes or words change, not when notes move. */
function NoteList() {
  const session = useBoardSession();
  const ids = useNoteIds(session.canvas);
  const plan = useStore(session.plan);
  const textOf = (id: string) => {
    const note = plan.entities.get(id);
    return (note?.type === 'note' && note.text.trim()) || '(empty note)';
  };
  const arrowsFrom = useMemo(() => {
    const from = new Map<string, string[]>();
    for (const link of plan.links.values()) {
      if (link.type !== 'connector') continue;
      const targets = from.get(link.from);
      if (targets) targets.push(link.to);
      else from.set(link.from, [link.to]);
    }
    return from;
  }, [plan.links]);
  return (
    <ul>
      {ids.map((id) => {
        const note = plan.entities.get(id);
        const color = note?.type === 'note' && (NOTE_COLORS as readonly string[]).includes(note.color) ? NOTE_PAPER[note.color].label : '';
        const to = (arrowsFrom.get(id) ?? []).map(textOf).join('; ');
        return <NoteItem key={id} id={id} name={textOf(id)} color={color.toLowerCase()} arrowsTo={to} />;
      })}
    </ul>
  );
}

const NoteItem = memo(function NoteItem({ id, name, color, arrowsTo }: { id: string; name: string; color: string; arrowsTo: string }) {
  return (
    <li>
      <SelectItem id={id} name={name} />
      {color && ` — ${color} note`}
      {arrowsTo && `. Arrow to: ${arrowsTo}`}
    </li>
  );
});
