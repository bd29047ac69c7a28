import { Background, BackgroundVariant, ConnectionMode, Controls } from '@xyflow/react';

const DELETE_KEYS = ['Delete', 'Backspace'];

/** The React Flow settings every board graph shares (the canvas, the dependency graph); read-only turns off deleting and connecting. */
export function boardFlowProps(readOnly: boolean) {
  return {
    connectionMode: ConnectionMode.Strict,
    deleteKeyCode: readOnly ? null : DELETE_KEYS,
    nodesConnectable: !readOnly,
    zoomOnDoubleClick: false,
    minZoom: 0.2,
    attributionPosition: 'bottom-center',
  } as const;
}

/** The dotted paper and the zoom controls under every board graph. */
export function FlowBackdrop() {
  return (
    <>
      <Background variant={BackgroundVariant.Dots} gap={24} size={1.5} color="#c5cbd3" />
      <Controls position="bottom-left" />
    </>
  );
}
