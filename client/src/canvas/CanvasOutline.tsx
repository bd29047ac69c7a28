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
  const arrows = [...plan.links.values()].filter((link) => link.type === 'connector');
  return (
    <ViewOutline label={`List of the ${nodes.length} notes`}>
      <ul>
        {nodes.map((node) => {
          const note = plan.entities.get(node.id);
          const color = note?.type === 'note' && (NOTE_COLORS as readonly string[]).includes(note.color) ? NOTE_PAPER[note.color].label : '';
          const to = arrows.filter((a) => a.from === node.id).map((a) => textOf(a.to));
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
