import { useEffect, useRef, useState } from 'react';
import { HistoryTabs } from '../activity/HistoryTabs.tsx';
import { VersionCompare, type CompareSide } from './VersionCompare.tsx';
import { VersionList } from './VersionList.tsx';
import { VersionPreview } from './VersionPreview.tsx';
import type { VersionSummary } from './versions-api.ts';
import { DialogBackdrop } from '../lib/DialogBackdrop.tsx';

export type Screen = { kind: 'list' } | { kind: 'preview'; version: VersionSummary } | { kind: 'compare'; from: CompareSide; to: CompareSide };

/** One dialog, three screens: the list (with saving and restoring), a read-only preview, and a comparison. */
export function HistoryDialog({ onClose }: { onClose(): void }) {
  const [screen, setScreen] = useState<Screen>({ kind: 'list' });
  const heading = useRef<HTMLHeadingElement>(null);
  const back = () => setScreen({ kind: 'list' });

  useEffect(() => heading.current?.focus(), [screen]);

  const title = screen.kind === 'list' ? 'History' : screen.kind === 'preview' ? `Version: ${screen.version.name}` : 'What changed';
  return (
    <DialogBackdrop onClose={onClose}>
      <div className="dialog dialog--wide versions" role="dialog" aria-modal="true" aria-labelledby="versions-title" data-testid="versions-dialog">
        <h2 id="versions-title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        {screen.kind === 'list' && <HistoryTabs versions={<VersionList show={setScreen} />} onClose={onClose} />}
        {screen.kind === 'preview' && <VersionPreview version={screen.version} />}
        {screen.kind === 'compare' && <VersionCompare from={screen.from} to={screen.to} />}
        <div className="dialog__actions">
          {screen.kind !== 'list' && (
            <button type="button" className="button" data-testid="versions-back" onClick={back}>
              Back to the list
            </button>
          )}
          <button type="button" className="button button--primary" data-testid="versions-close" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </DialogBackdrop>
  );
}
