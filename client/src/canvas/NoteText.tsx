import * as Y from 'yjs';
import { useYText } from './use-y-text.ts';
import { NoteEditor } from './NoteEditor.tsx';

interface Props {
  id: string;
  text: Y.Text | string;
  editing: boolean;
}

/** The note's words: plain text to read, or the editor while this screen is typing into it. */
export function NoteText({ id, text, editing }: Props) {
  if (typeof text === 'string') return <TextDisplay value={text} />;
  return editing ? <NoteEditor id={id} ytext={text} /> : <LiveText ytext={text} />;
}

function LiveText({ ytext }: { ytext: Y.Text }) {
  return <TextDisplay value={useYText(ytext)} />;
}

function TextDisplay({ value }: { value: string }) {
  return (
    <div className="note__text" data-testid="note-text" data-placeholder="Double-click to write">
      {value}
    </div>
  );
}
