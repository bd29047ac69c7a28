import { newId, type CommentAuthor } from '@roundtable/shared';
import { browserColor, storedName } from '../board/identity.ts';

/** A stable id for this browser, kept in localStorage: how a person is recognised as a comment's author. */
const PERSON_KEY = 'roundtable:person-id';
let fallback: string | null = null;

export function personId(): string {
  try {
    const stored = window.localStorage.getItem(PERSON_KEY);
    if (stored) return stored;
    const id = newId();
    window.localStorage.setItem(PERSON_KEY, id);
    return id;
  } catch {
    // Storage blocked: this page keeps one id for as long as it is open.
    fallback ??= newId();
    return fallback;
  }
}

/** Who is writing, right now (the name can change while the board is open). */
export function currentAuthor(): CommentAuthor {
  return { id: personId(), name: storedName() ?? 'Someone', color: browserColor() };
}
