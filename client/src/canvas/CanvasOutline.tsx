import { useMemo } from 'react';
import { NOTE_COLORS } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { useStore } from '../lib/use-store.ts';
import { SelectItem, ViewOutline } from '../views/ViewOutline.tsx';
import { NOTE_PAPER } from './note-colors.ts';

/** The canvas as text: every note's words and colour, and where its arrows point. */
export function CanvasOutline() {
  const session = useBoardSession();
  const { nodes } = useStore(session.canvas);
  const plan = useStore(session.plan);
  const textOf = (id: string) => {
    const note = plan.entities.get(id);
    return (note?.type === 'note' && note.text.trim()) || '(empty note)';
  };
  // Grouped once per plan change: the list re-renders on every frame of a drag (the canvas snapshot moves).
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
    <ViewOutline label={`List of the ${nodes.length} notes`}>
      <ul>
        {nodes.map((node) => {
          const note = plan.entities.get(node.id);
          const color = note?.type === 'note' && (NOTE_COLORS as readonly string[]).includes(note.color) ? NOTE_PAPER[note.color].label : '';
          const to = (arrowsFrom.get(node.id) ?? []).map(textOf);
          return (
            <li key={node.id}>
              <SelectItem id={node.id} name={textOf(node.id)} />
              {color && ` — ${color.toLowerCase()} note`}
              {to.length > 0 && `. Arrow to: ${to.join('; ')}`}
            </li>
          );
        })}
      </ul>
    </ViewOutline>
  );
}
