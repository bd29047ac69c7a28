import type { BoardMode, Role } from '@roundtable/shared';

export const ROLE_TEXT: Record<Role, { label: string; can: string }> = {
  facilitator: { label: 'Facilitator link', can: 'Runs the session: edits, shares and replaces links, locks the board, runs the timer and votes.' },
  editor: { label: 'Editor link', can: 'For participants: adds and changes cards in every view, comments and votes.' },
  viewer: { label: 'Viewer link', can: 'For observers: sees everything live and can follow the facilitator, but changes nothing.' },
};

export const MODE_TEXT: Record<BoardMode, { label: string; means: string }> = {
  open: { label: 'Open', means: 'Facilitators and editors can change the board.' },
  locked: { label: 'Locked', means: 'Only facilitators can change the board; everyone else sees it live.' },
  archived: { label: 'Archived', means: 'Nobody can change the board; it stays as a record. Switch back to open at any time.' },
};
