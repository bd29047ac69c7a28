import { CloseCode, SCHEMA_VERSION } from '@roundtable/shared';

/** Why this board cannot be edited live right now, in words for the people in the workshop. */
export interface ConnectionProblem {
  kind: 'not-found' | 'deleted' | 'invalid' | 'load-failed' | 'rejected' | 'too-big' | 'newer-schema' | 'link-replaced';
  message: string;
  /** Editing is switched off: the edits could never reach anyone. */
  readOnly: boolean;
}

const KEPT = 'Your local copy is kept on this device.';

/** Close codes after which reconnecting cannot help; every other close is retried with backoff. */
export function problemForCloseCode(code: number): ConnectionProblem | null {
  switch (code) {
    case CloseCode.boardNotFound:
      return { kind: 'not-found', message: 'This board no longer exists.', readOnly: true };
    case CloseCode.boardDeleted:
      return { kind: 'deleted', message: 'This board no longer exists — it has just been deleted.', readOnly: true };
    case CloseCode.unauthorized:
      return {
        kind: 'link-replaced',
        message: 'The link you used no longer opens this board: the facilitator has replaced it. Ask them for the new link.',
        readOnly: true,
      };
    case CloseCode.invalidBoardId:
      return { kind: 'invalid', message: 'This board address is not valid.', readOnly: true };
    case CloseCode.loadFailed:
      return { kind: 'load-failed', message: `The board could not be loaded — your local copy is kept. Please try again later.`, readOnly: false };
    case CloseCode.unknownMessageType:
    case CloseCode.malformedMessage:
    case CloseCode.invalidUpdate:
      return { kind: 'rejected', message: `The server refused a change from this browser. Reload the page to continue. ${KEPT}`, readOnly: false };
    case CloseCode.rateLimited:
      return { kind: 'rejected', message: `This browser sent changes faster than the server accepts. Reload the page to continue. ${KEPT}`, readOnly: false };
    case CloseCode.newerSchema:
      return {
        kind: 'newer-schema',
        message: 'This board was saved by a newer version of Roundtable than this server runs. Ask whoever runs the server to update it.',
        readOnly: true,
      };
    case CloseCode.messageTooBig:
      return { kind: 'too-big', message: `A change was too large to send. Reload the page to continue. ${KEPT}`, readOnly: false };
    default:
      return code >= 4400 && code < 4500
        ? { kind: 'rejected', message: `The server closed this board (code ${code}). ${KEPT}`, readOnly: false }
        : null;
  }
}

export function newerSchemaProblem(version: number): ConnectionProblem | null {
  if (version <= SCHEMA_VERSION) return null;
  return {
    kind: 'newer-schema',
    message: 'This board was saved by a newer version of Roundtable. Reload the page to keep editing.',
    readOnly: true,
  };
}
