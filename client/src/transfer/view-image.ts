import { toPng, toSvg } from 'html-to-image';
import { saveFile } from '../api.ts';

/** Saves what the current view shows (the tab panel) as a PNG or SVG file. */
export async function downloadViewImage(format: 'png' | 'svg', fileBase: string): Promise<void> {
  const element = document.getElementById('board-view');
  if (!element) throw new Error('No view is open.');
  const options = {
    backgroundColor: '#ffffff',
    // Leave out on-screen controls (zoom buttons, minimap) that mean nothing in a picture.
    filter: (node: HTMLElement) => !node.classList?.contains('react-flow__controls') && !node.classList?.contains('react-flow__minimap'),
  };
  const url = format === 'png' ? await toPng(element, { ...options, pixelRatio: 2 }) : await toSvg(element, options);
  saveFile(url, `${fileBase}.${format}`);
}

/** A file-system-friendly version of a title. */
export function fileBaseFor(title: string, view: string): string {
  const slug = title.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return `${slug || 'board'}-${view}`;
}
