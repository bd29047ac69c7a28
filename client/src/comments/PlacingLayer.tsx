import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useReactFlow } from '@xyflow/react';

interface Props {
  onPlace(x: number, y: number): void;
  onCancel(): void;
}

/**
 * Covers the canvas while a spot comment is being placed: a click picks the spot; from the keyboard, Enter
 * picks the middle of what is visible and Escape gives up.
 */
export function PlacingLayer({ onPlace, onCancel }: Props) {
  const { screenToFlowPosition } = useReactFlow();
  const layer = useRef<HTMLDivElement>(null);
  useEffect(() => layer.current?.focus(), []);

  const placeAt = (clientX: number, clientY: number) => {
    const point = screenToFlowPosition({ x: clientX, y: clientY });
    onPlace(point.x, point.y);
  };

  const onClick = (event: MouseEvent) => placeAt(event.clientX, event.clientY);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    const box = layer.current!.getBoundingClientRect();
    placeAt(box.left + box.width / 2, box.top + box.height / 2);
  };

  return (
    <div
      ref={layer}
      className="comment-placing nopan nodrag nowheel"
      data-testid="comment-placing"
      role="button"
      tabIndex={0}
      aria-label="Choose the spot for your comment: click on the canvas, or press Enter for the middle of the view. Escape cancels."
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <span className="comment-placing__hint" aria-hidden="true">Click where your comment should go · Esc to cancel</span>
    </div>
  );
}
