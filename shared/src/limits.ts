/** Largest websocket message the server accepts; larger ones close the socket with 1009. */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
/**
 * Largest awareness state (its JSON, in UTF-8 bytes) one client may announce; larger closes it with 4413. Fits a
 * name, cursor, viewport and a selection of 500 ids of 64 characters, the most presence keeps.
 */
export const MAX_AWARENESS_STATE_BYTES = 64 * 1024;
/**
 * Most bytes of updates a board holds back because they depend on changes it never received (a client that sends
 * out of order on purpose); past it the sender is closed with 4424 and what is held back is dropped.
 */
export const MAX_PENDING_BYTES = 4 * 1024 * 1024;
/** Largest REST request body. */
export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_TITLE_LENGTH = 200;
/** Longest name, title, owner or unit on a planning entity. */
export const MAX_NAME_LENGTH = 200;
/** Longest free text on an entity (note text, stakeholder notes, risk mitigation). */
export const MAX_TEXT_LENGTH = 10_000;
/** Most targets one KPI may hold. */
export const MAX_KPI_TARGETS = 50;
