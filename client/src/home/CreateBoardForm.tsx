import { useState, type FormEvent } from 'react';
import { MAX_TITLE_LENGTH, TEMPLATE_IDS, TEMPLATE_INFO, type TemplateId } from '@roundtable/shared';

interface Props {
  onCreate(title: string, template: TemplateId): Promise<boolean>;
}

export function CreateBoardForm({ onCreate }: Props) {
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>('blank');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    if (await onCreate(trimmed, template)) setTitle('');
    setBusy(false);
  };

  return (
    <form className="create-board" onSubmit={submit}>
      <label htmlFor="new-board-title">Start a new board</label>
      <div className="create-board__row">
        <input
          id="new-board-title"
          data-testid="new-board-title"
          value={title}
          maxLength={MAX_TITLE_LENGTH}
          placeholder="For example: Discharge to assess workshop"
          autoComplete="off"
          onChange={(event) => setTitle(event.target.value)}
        />
        <button type="submit" className="button button--primary" data-testid="create-board" disabled={busy || !title.trim()}>
          {busy ? 'Creating…' : 'Create board'}
        </button>
      </div>
      <fieldset className="create-board__templates">
        <legend>Start from</legend>
        {TEMPLATE_IDS.map((id) => (
          <label key={id} className="template-option">
            <input
              type="radio"
              name="template"
              value={id}
              data-testid={`template-${id}`}
              checked={template === id}
              onChange={() => setTemplate(id)}
            />
            <span className="template-option__label">{TEMPLATE_INFO[id].label}</span>
            <span className="template-option__description">{TEMPLATE_INFO[id].description}</span>
          </label>
        ))}
      </fieldset>
    </form>
  );
}
