import { describeCycle, type GraphAnalysis } from './graph-analysis.ts';

const SHOWN = 5;

/** Names every circular chain of dependencies: items in a circle wait for each other, so none can start. */
export function CycleWarning({ analysis }: { analysis: GraphAnalysis }) {
  const { cycles, capped } = analysis;
  if (cycles.length === 0) return null;
  const more = cycles.length - SHOWN;
  return (
    <div className="warning-box" role="alert" data-testid="cycle-warning">
      <strong>{cycles.length === 1 ? 'Circular dependency' : 'Circular dependencies'}:</strong>{' '}
      these wait for each other, so none of them can start. Remove one arrow in each circle.
      <ul>
        {cycles.slice(0, SHOWN).map((cycle) => (
          <li key={cycle.map((step) => step.id).join(' ')}>{describeCycle(cycle)}</li>
        ))}
      </ul>
      {(more > 0 || capped) && <p>…and {capped ? 'more' : more} others.</p>}
    </div>
  );
}
