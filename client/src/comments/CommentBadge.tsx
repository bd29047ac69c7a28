import { countLabel } from './comments-ui.ts';
import { useOpenCount } from './use-comments.ts';
import '../styles/comments.css';

interface Props {
  entityId: string;
  /** Flows with the text of a table row or list item, instead of sitting on the card's top-right edge. */
  inline?: boolean;
  /**
   * Inside a card named by `aria-label`, which screen readers read instead of the card's text (and whose
   * visible text must stay part of that name): the words are drawn by CSS and hidden from screen readers,
   * which hear the same count in that view's table.
   */
  decorative?: boolean;
}

const Icon = () => (
  <svg className="comment-badge__icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
    <path d="M2 2h12v9H6l-3.5 3V11H2z" fill="currentColor" />
  </svg>
);

/** How many comments wait on a card, in words ("2 comments"), so it never relies on colour. */
export function CommentBadge({ entityId, inline = false, decorative = false }: Props) {
  const count = useOpenCount(entityId);
  if (count === 0) return null;
  const label = countLabel(count);
  const className = `card-pill comment-badge${inline ? ' card-pill--inline' : ''}`;
  if (decorative) {
    return <span className={className} data-testid="comment-badge" data-label={label} data-count={count} aria-hidden="true"><Icon /></span>;
  }
  return (
    <span className={className} data-testid="comment-badge" title={`${label} not yet resolved`}>
      <Icon />
      {label}
    </span>
  );
}

/** The same count beside an item of an SVG view (the timeline, whose items are named by `aria-label`). */
export function CommentBadgeSvg({ entityId, x, y }: { entityId: string; x: number; y: number }) {
  const count = useOpenCount(entityId);
  if (count === 0) return null;
  return (
    <foreignObject x={x} y={y - 12} width={110} height={16} className="comment-badge-svg" aria-hidden="true">
      <span className="card-pill comment-badge comment-badge--svg" data-testid="comment-badge" data-label={countLabel(count)}><Icon /></span>
    </foreignObject>
  );
}
