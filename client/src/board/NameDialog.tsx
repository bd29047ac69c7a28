import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH } from './identity.ts';

interface Props {
  onSave(name: string): void;
}

/** Asked once per browser: the name others see next to your cursor and in the list of who is here. */
export function NameDialog({ onSave }: Props) {
  const [name, setName] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onSave(name);
  };

  return (
    <div className="dialog-backdrop">
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="name-dialog-title" onSubmit={submit}>
        <h2 id="name-dialog-title">Welcome to the board</h2>
        <label htmlFor="name-input">Your name, as others will see it</label>
        <input
          ref={input}
          id="name-input"
          data-testid="name-input"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          autoComplete="name"
          placeholder="For example: Sam Patel, Age UK"
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button--primary" data-testid="name-save" disabled={!name.trim()}>
          Join the board
        </button>
      </form>
    </div>
  );
}
