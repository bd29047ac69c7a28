/**
 * Message types on the board websocket. 0–3 are the y-websocket protocol; higher numbers are Roundtable's
 * extensions, sent only to clients that ask for them (see docs/protocol.md).
 */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /** Server → client, only with `?ack=1`: a state vector whose updates are now fsynced to disk. */
  saved: 100,
  /**
   * Server → client, only with `?ack=1`: the server could not write the board to disk (no payload). It keeps the
   * board in memory and retries; a `saved` follows once everything is on disk again.
   */
  notSaved: 101,
} as const;

/** Named websocket close codes (4000–4999 is the range for applications). */
export const CloseCode = {
  /** Standard: the server is shutting down or the board was unloaded. */
  goingAway: 1001,
  /**
   * The board was reopened for this connection's edits after some were dropped: reconnect (as y-websocket does
   * on its own) so the client sends them again and nobody is left out of step.
   */
  resync: 4000,
  /** Standard: a message was larger than MAX_MESSAGE_BYTES (sent by the ws library itself). */
  messageTooBig: 1009,
  invalidBoardId: 4400,
  /** No token, or a token that does not open this board (e.g. its link was replaced). */
  unauthorized: 4401,
  /** The connection tried something it may not do, e.g. announce presence for a client id that is not its own. */
  forbidden: 4403,
  boardNotFound: 4404,
  boardDeleted: 4410,
  /** An awareness state whose JSON is over MAX_AWARENESS_STATE_BYTES. */
  awarenessTooBig: 4413,
  unknownMessageType: 4415,
  malformedMessage: 4422,
  invalidUpdate: 4423,
  /**
   * The connection sent updates that depend on changes the board never received, more than MAX_PENDING_BYTES of
   * them: Yjs would hold them in memory indefinitely, so they are dropped.
   */
  danglingUpdates: 4424,
  /** The board was saved by a newer Roundtable (a later schema version); this server leaves it untouched. */
  newerSchema: 4426,
  /** More messages than a connection may send (MESSAGE_BURST at once, MESSAGES_PER_SECOND sustained). */
  rateLimited: 4429,
  loadFailed: 4500,
  /** The client read too slowly: more than 8 MiB stayed queued for it. Reconnecting starts afresh. */
  slowReader: 4503,
} as const;
