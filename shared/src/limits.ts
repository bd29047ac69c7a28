/** Largest websocket message the server accepts; larger ones close the socket with 1009. */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
/** Largest REST request body. */
export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_TITLE_LENGTH = 200;
