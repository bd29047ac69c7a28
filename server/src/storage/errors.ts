/** Errors FileStorage rejects with besides `BoardMissingError`; each carries a stable `code` for callers. */

export class InvalidBoardIdError extends Error {
  readonly code = 'invalid_board_id';
  constructor(boardId: string) {
    super(`invalid board id ${JSON.stringify(boardId.slice(0, 80))}`);
  }
}

export class BoardExistsError extends Error {
  readonly code = 'board_exists';
  constructor(boardId: string) {
    super(`board ${boardId} already exists`);
  }
}

/** A file that must be intact is not: a damaged snapshot, or a log whose header is not ours. */
export class CorruptFileError extends Error {
  readonly code = 'corrupt_file';
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
  }
}

export class StorageClosedError extends Error {
  readonly code = 'storage_closed';
  constructor() {
    super('storage is closed');
  }
}
