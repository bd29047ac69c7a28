import { Link } from '../Link.tsx';
import { useStore } from '../lib/use-store.ts';
import type { ValueStore } from '../lib/value-store.ts';
import type { ConnectionProblem } from './close-problems.ts';

export function ProblemBanner({ problem, catalogError }: { problem: ValueStore<ConnectionProblem | null>; catalogError: string | null }) {
  const current = useStore(problem);
  const message = current?.message ?? catalogError;
  if (!message) return null;
  return (
    <div className="alert alert--board" role="alert">
      <span>{message}</span>
      {current?.kind === 'newer-schema' || current?.kind === 'rejected' || current?.kind === 'too-big' ? (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      ) : (
        <Link href="/">Back to all boards</Link>
      )}
    </div>
  );
}
