import { ReactFlowProvider } from '@xyflow/react';
import { BrainstormPanel } from '../brainstorm/BrainstormPanel.tsx';
import { BoardToolbar } from './BoardToolbar.tsx';
import { CanvasOutline } from './CanvasOutline.tsx';
import { CanvasView } from './CanvasView.tsx';

/** The free Canvas view: its toolbar and the React Flow canvas of sticky notes. */
export function CanvasPanel() {
  return (
    <ReactFlowProvider>
      <BoardToolbar />
      <BrainstormPanel />
      <CanvasView />
      <CanvasOutline />
    </ReactFlowProvider>
  );
}
