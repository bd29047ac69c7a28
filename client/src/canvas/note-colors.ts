import type { NoteColor } from '@roundtable/shared';

/** Soft sticky-note paper colours (dark text on all of them passes WCAG AA) and their spoken names. */
export const NOTE_PAPER: Record<NoteColor, { fill: string; edge: string; label: string }> = {
  yellow: { fill: '#fff4b8', edge: '#e6cf5c', label: 'Yellow' },
  pink: { fill: '#ffd9e4', edge: '#e89ab2', label: 'Pink' },
  blue: { fill: '#d6ebff', edge: '#86b6e6', label: 'Blue' },
  green: { fill: '#d9f2d9', edge: '#8ccf8c', label: 'Green' },
  orange: { fill: '#ffe2c2', edge: '#f0aa63', label: 'Orange' },
  purple: { fill: '#e8defa', edge: '#b39ae0', label: 'Purple' },
};
