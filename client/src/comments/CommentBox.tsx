import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_COMMENT_LENGTH, type CommentResult } from '@roundtable/shared';

interface Props {
  label: string;
  submitLabel: string;
  testId: string;
  onSubmit(text: string): CommentResult;
  onCancel?(): void;
  autoFocus?: boolean;
}

/** A labelled text box that posts a comment; Ctrl+Enter posts too. Shows why a comment was refused. */
export function CommentBox({ label, submitLabel, testId, onSubmit, onCancel, autoFocus }: Props) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  const post = (event?: FormEvent) => {
    event?.preventDefault();
    const result = onSubmit(text);
    if (result.ok) {
      setText('');
      setProblem(null);
    } else {
      setProblem(result.message);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) post();
    if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form className="comment-box" onSubmit={post}>
      <label htmlFor={id} className="comment-box__label">{label}</label>
      <textarea
        id={id}
        className="comment-box__text"
        data-testid={testId}
        rows={2}
        maxLength={MAX_COMMENT_LENGTH}
        value={text}
        autoFocus={autoFocus}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {problem && <p id={`${id}-problem`} className="comment-box__problem" role="alert">{problem}</p>}
      <div className="comment-box__actions">
        <button type="submit" className="button button--primary button--small" data-testid={`${testId}-post`}>{submitLabel}</button>
        {onCancel && <button type="button" className="button button--small" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}
