import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * How a server frames the y-protocols messages. Roundtable and @y/websocket-server speak bare y-websocket
 * messages, one document per socket. Hocuspocus prefixes every message with the document name (varString) and
 * wants an auth message (type 2, token) before it syncs.
 */
export type WireKind = 'y-websocket' | 'hocuspocus';

/** Hocuspocus message types beyond y-websocket's 0 (sync) and 1 (awareness). */
export const HOCUSPOCUS_AUTH = 2;
export const HOCUSPOCUS_SYNC_STATUS = 8;
const AUTH_TOKEN = 0;
export const AUTH_PERMISSION_DENIED = 1;
export const AUTH_AUTHENTICATED = 2;

export interface Wire {
  readonly kind: WireKind;
  /** Messages sent first, right after the socket opens. */
  hello(): Uint8Array[];
  /** Wraps one y-protocols message for this server. */
  frame(message: Uint8Array): Uint8Array;
  /** The y-protocols message inside what the server sent, or undefined when it is for another document. */
  unframe(data: Uint8Array): Uint8Array | undefined;
}

const bareWire: Wire = {
  kind: 'y-websocket',
  hello: () => [],
  frame: (message) => message,
  unframe: (data) => data,
};

function hocuspocusWire(docName: string): Wire {
  const prefix = (() => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, docName);
    return encoding.toUint8Array(encoder);
  })();
  const frame = (message: Uint8Array): Uint8Array => {
    const framed = new Uint8Array(prefix.length + message.length);
    framed.set(prefix, 0);
    framed.set(message, prefix.length);
    return framed;
  };
  return {
    kind: 'hocuspocus',
    hello() {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, HOCUSPOCUS_AUTH);
      encoding.writeVarUint(encoder, AUTH_TOKEN);
      encoding.writeVarString(encoder, 'bench');
      return [frame(encoding.toUint8Array(encoder))];
    },
    frame,
    unframe(data) {
      const decoder = decoding.createDecoder(data);
      if (decoding.readVarString(decoder) !== docName) return undefined;
      return data.subarray(decoder.pos);
    },
  };
}

export function wireFor(kind: WireKind, docName: string): Wire {
  return kind === 'hocuspocus' ? hocuspocusWire(docName) : bareWire;
}
