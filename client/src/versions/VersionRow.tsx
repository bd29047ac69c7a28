import { versionDetails } from './version-text.ts';
import type { VersionSummary } from './versions-api.ts';

interface Props {
  version: VersionSummary;
  selected: boolean;
  busy: boolean;
  onToggle(): void;
  onPreview(): void;
  onCompareNow(): void;
  /** Absent when this person may not do it. */
  onRestoreNew?: () => void;
  onRestoreOnto?: () => void;
}

/** One version in the list; each button names the version for screen readers. */
export function VersionRow({ version, selected, busy, onToggle, onPreview, onCompareNow, onRestoreNew, onRestoreOnto }: Props) {
  const which = <span className="visually-hidden"> “{version.name}”</span>;
  return (
    <li className="versions__item" data-testid="version-item" data-version-id={version.id}>
      <div className="versions__head">
        <input type="checkbox" id={`version-pick-${version.id}`} checked={selected} onChange={onToggle} data-testid="version-pick" />
        <label htmlFor={`version-pick-${version.id}`} className="versions__name">
          <span className="visually-hidden">Tick to compare: </span>
          <span>{version.name}</span>
        </label>
        <span className={`versions__kind versions__kind--${version.kind}`}>{version.kind === 'auto' ? 'Automatic' : 'Saved by hand'}</span>
      </div>
      <p className="versions__details">{versionDetails(version)}</p>
      <div className="versions__actions">
        <button type="button" className="button button--small" data-testid="version-preview" onClick={onPreview}>
          Preview{which}
        </button>
        <button type="button" className="button button--small" data-testid="version-compare-now" onClick={onCompareNow}>
          Compare with now{which}
        </button>
        {onRestoreNew && (
          <button type="button" className="button button--small" data-testid="version-restore-new" disabled={busy} onClick={onRestoreNew}>
            Restore as a new board{which}
          </button>
        )}
        {onRestoreOnto && (
          <button type="button" className="button button--small button--danger" data-testid="version-restore-onto" disabled={busy} onClick={onRestoreOnto}>
            Restore onto this board{which}
          </button>
        )}
      </div>
    </li>
  );
}
