import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { AUTH_PERMISSION_DENIED, HOCUSPOCUS_AUTH, wireFor, type Wire, type WireKind } from './wire.ts';
import { SyncProgress, type RoomSyncCheck } from './sync-check.ts';

const SYNC = 0;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());
/** Transaction origin of what the server sent, so a writer does not send it back. */
const REMOTE = Symbol('remote');

export interface ClientSpec {
  id: number;
  url: string;
  docName: string;
  wire: WireKind;
  /** Clients of one room share this key: latency receivers and the sync check are per room. */
  room: string;
  /** Writers keep a Y.Doc (the board) and edit it; readers keep none. */
  writer: boolean;
}

export interface ConnectTiming {
  id: number;
  ok: boolean;
  error?: string;
  /** new WebSocket → sync complete (ms). */
  startToSynced: number;
  /** socket open → sync complete (ms). */
  openToSynced: number;
}

export type UpdateListener = (client: LoadClient, to: Map<number, number>, at: number) => void;

/** One raw-protocol client: y-protocols sync over ws, no provider, no awareness. */
export class LoadClient {
  readonly wire: Wire;
  doc: Y.Doc | undefined;
  socket: WebSocket | undefined;
  synced = false;
  /** Set while a drive measures latency: called with each relayed update's clock ranges. */
  onRemoteUpdate: UpdateListener | undefined;
  /** A close nobody asked for (code and reason), e.g. 4429 from a rate limit. */
  unexpectedClose: string | undefined;
  private closing = false;
  private waitingStep2: ((payload: Uint8Array) => void)[] = [];

  constructor(
    readonly spec: ClientSpec,
    private readonly check: RoomSyncCheck | undefined,
  ) {
    this.wire = wireFor(spec.wire, spec.docName);
  }

  get open(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Opens the socket and resolves once the board has arrived (or rejects on refusal, close or timeout). */
  connect(timeoutMs: number): Promise<ConnectTiming> {
    this.closing = false;
    this.synced = false;
    this.unexpectedClose = undefined;
    if (this.spec.writer) this.doc = this.newDoc();
    const progress = this.check?.progress();
    let gotStep2 = false;
    const start = performance.now();
    let openedAt = start;
    let settled = false;
    return new Promise<ConnectTiming>((resolve) => {
      const done = (error?: string): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.onSyncPayload = undefined;
        const now = performance.now();
        if (!error) this.synced = true;
        else this.close();
        resolve({ id: this.spec.id, ok: !error, error, startToSynced: now - start, openToSynced: now - openedAt });
      };
      const timer = setTimeout(() => done(`not synced within ${timeoutMs} ms`), timeoutMs);
      this.onSyncPayload = (step, payload) => {
        if (step === STEP2) gotStep2 = true;
        const complete = this.doc ? this.applyAndCheck(payload) : progress ? progress.add(payload) : true;
        if (gotStep2 && complete) done();
      };
      const socket = new WebSocket(this.spec.url, { perMessageDeflate: false, handshakeTimeout: timeoutMs });
      this.socket = socket;
      socket.binaryType = 'nodebuffer';
      socket.on('open', () => {
        openedAt = performance.now();
        for (const hello of this.wire.hello()) socket.send(hello);
        this.sendSync(STEP1, this.doc ? Y.encodeStateVector(this.doc) : EMPTY_STATE_VECTOR);
      });
      socket.on('message', (data: Buffer) => this.receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), done));
      socket.on('unexpected-response', (_request, response) => done(`HTTP ${response.statusCode} on upgrade`));
      socket.on('error', (err) => done(`socket error: ${err.message}`));
      socket.on('close', (code, reason) => {
        const what = `closed ${code} ${reason.toString()}`.trim();
        if (!this.closing) this.unexpectedClose = what;
        if (!this.synced) done(what);
      });
    });
  }

  /**
   * Sends sync step 1 and resolves with the server's next sync step 2: everything sent before is applied. The
   * answer holds what the server has beyond `stateVector` (by default: everything).
   */
  barrier(timeoutMs: number, stateVector: Uint8Array = EMPTY_STATE_VECTOR): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no sync step 2 within ${timeoutMs} ms`)), timeoutMs);
      this.waitingStep2.push((payload) => {
        clearTimeout(timer);
        resolve(payload);
      });
      this.sendSync(STEP1, stateVector);
    });
  }

  /**
   * Asks for sync (step 1 with `stateVector`) until an answer passes `check`: a server may send more than one
   * sync step 2 (Roundtable follows a stored snapshot with what changed since), so one answer may be an earlier one.
   */
  async confirm(check: (answer: Uint8Array) => boolean, timeoutMs: number, stateVector = EMPTY_STATE_VECTOR, attempts = 5): Promise<void> {
    for (let attempt = 0; attempt < attempts; attempt++) if (check(await this.barrier(timeoutMs, stateVector))) return;
    throw new Error(`client ${this.spec.id}: ${attempts} sync answers in a row lacked what it sent`);
  }

  sendUpdate(update: Uint8Array): void {
    this.sendSync(UPDATE, update);
  }

  /** Closes the socket and resolves when it is closed (or after 2 s). */
  close(): Promise<void> {
    this.closing = true;
    const socket = this.socket;
    if (!socket || socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        socket.terminate();
        resolve();
      }, 2000);
      socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      if (socket.readyState === WebSocket.CONNECTING) socket.terminate();
      else socket.close(1000);
    });
  }

  private onSyncPayload: ((step: number, payload: Uint8Array) => void) | undefined;

  private newDoc(): Y.Doc {
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) this.sendUpdate(update);
    });
    return doc;
  }

  private applyAndCheck(payload: Uint8Array): boolean {
    Y.applyUpdate(this.doc!, payload, REMOTE);
    return !this.check || SyncProgress.docHas(this.doc!, this.check.expected);
  }

  private sendSync(step: number, payload: Uint8Array): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, SYNC);
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(this.wire.frame(encoding.toUint8Array(encoder)));
  }

  private receive(data: Uint8Array, fail: (error: string) => void): void {
    const message = this.wire.unframe(data);
    if (!message) return;
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === HOCUSPOCUS_AUTH && this.wire.kind === 'hocuspocus') {
      if (decoding.readVarUint(decoder) === AUTH_PERMISSION_DENIED) fail('permission denied');
      return;
    }
    if (type !== SYNC) return; // awareness, Roundtable's saved/notSaved, Hocuspocus' sync status
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === STEP1) {
      this.sendSync(STEP2, this.doc ? Y.encodeStateAsUpdate(this.doc, payload) : EMPTY_UPDATE);
    } else if (this.onSyncPayload) {
      this.onSyncPayload(step, payload);
    } else if (step === STEP2) {
      this.waitingStep2.shift()?.(payload);
    } else if (this.onRemoteUpdate) {
      this.onRemoteUpdate(this, Y.parseUpdateMeta(payload).to, performance.now());
    }
  }
}
