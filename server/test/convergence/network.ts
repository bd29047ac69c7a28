import * as Y from 'yjs';
import { boardMaps } from '@roundtable/shared';
import { Random, randomEdit } from './random-edits.ts';

/** Updates delivered by the network, so a replica does not send them on as its own edits. */
const NETWORK = Symbol('network');

interface Message {
  to: number;
  from: number;
  update: Uint8Array;
}

interface Client {
  doc: Y.Doc;
  online: boolean;
}

/**
 * A board server and its clients as real Yjs documents, wired through an in-process network that delivers
 * messages in random order, twice, or not at all; a replica that lost messages catches up when it resyncs
 * (y-websocket's sync step 1 / step 2 on reconnect). The server keeps what it stores (its update events, as
 * the real server appends them) and can restart from it, dropping everything in flight and every connection.
 * Index 0 is the server; clients are 1…n.
 */
export class ShufflingNetwork {
  server: Y.Doc;
  readonly clients: Client[] = [];
  readonly stored: Uint8Array[] = [];
  readonly log: string[] = [];
  /** What happened, for the figures in docs/reliability.md. */
  readonly counts = { edits: 0, delivered: 0, duplicated: 0, dropped: 0, disconnects: 0, restarts: 0 };
  private inFlight: Message[] = [];
  private restarts = 0;

  constructor(
    private readonly random: Random,
    private readonly seed: number,
    clients: number,
  ) {
    this.server = this.startServer([]);
    for (let i = 1; i <= clients; i++) {
      const doc = new Y.Doc();
      doc.clientID = this.clientIdFor(i);
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        const client = this.clients[i - 1]!;
        if (origin !== NETWORK && client.online) this.inFlight.push({ from: i, to: 0, update });
      });
      this.clients.push({ doc, online: false });
    }
  }

  get replicas(): Y.Doc[] {
    return [this.server, ...this.clients.map((client) => client.doc)];
  }

  /** One random step: an edit, a delivery (maybe duplicated or dropped), a disconnect, a reconnect, a restart. */
  step(): void {
    const roll = this.random.next();
    if (roll < 0.35) this.edit();
    else if (roll < 0.8) this.deliverOne();
    else if (roll < 0.88) this.disconnect(1 + this.random.int(this.clients.length));
    else if (roll < 0.97) this.connect(1 + this.random.int(this.clients.length));
    else this.restartServer();
  }

  /** Everyone online, every message delivered once, then a full resync: what must converge. */
  heal(): void {
    for (let i = 1; i <= this.clients.length; i++) if (!this.clients[i - 1]!.online) this.connect(i);
    this.flush();
    for (let i = 1; i <= this.clients.length; i++) this.resync(i);
    this.flush();
  }

  /** A fresh replica of what the server stored, as a restart would load it. */
  reloadStored(): Y.Doc {
    const doc = new Y.Doc();
    for (const update of this.stored) Y.applyUpdate(doc, update);
    return doc;
  }

  destroy(): void {
    for (const doc of this.replicas) doc.destroy();
  }

  private clientIdFor(replica: number): number {
    // Distinct per replica, per server restart and per seed, as random client ids would be.
    return ((this.seed % 100_000) * 64 + replica * 8 + this.restarts) >>> 0;
  }

  private startServer(stored: readonly Uint8Array[]): Y.Doc {
    const doc = new Y.Doc();
    doc.clientID = this.clientIdFor(0);
    for (const update of stored) Y.applyUpdate(doc, update);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.stored.push(update);
      for (let i = 1; i <= this.clients.length; i++) {
        if (this.clients[i - 1]!.online && origin !== i) this.inFlight.push({ from: 0, to: i, update });
      }
    });
    return doc;
  }

  private edit(): void {
    // The server writes too now and then (a rename through the REST API mirrored into the document).
    if (this.random.chance(0.05)) {
      boardMaps(this.server).meta.set('title', this.random.word());
      this.log.push('server title');
      this.counts.edits += 1;
      return;
    }
    const i = 1 + this.random.int(this.clients.length);
    this.counts.edits += 1;
    this.log.push(`client ${i} ${randomEdit(this.clients[i - 1]!.doc, this.random)}`);
  }

  private deliverOne(): void {
    if (this.inFlight.length === 0) return;
    const index = this.random.int(this.inFlight.length);
    const message = this.inFlight[index]!;
    const roll = this.random.next();
    if (roll < 0.15) {
      this.log.push(`drop ${message.from}→${message.to}`);
      this.counts.dropped += 1;
      this.inFlight.splice(index, 1);
      return;
    }
    // Duplicated delivery: applied now and left in flight to arrive again later.
    if (roll >= 0.3) this.inFlight.splice(index, 1);
    else {
      this.log.push(`duplicate ${message.from}→${message.to}`);
      this.counts.duplicated += 1;
    }
    this.deliver(message);
  }

  private deliver(message: Message): void {
    this.counts.delivered += 1;
    if (message.to === 0) Y.applyUpdate(this.server, message.update, message.from);
    else if (this.clients[message.to - 1]!.online) Y.applyUpdate(this.clients[message.to - 1]!.doc, message.update, NETWORK);
  }

  private flush(): void {
    while (this.inFlight.length > 0) this.deliver(this.inFlight.shift()!);
  }

  private disconnect(i: number): void {
    const client = this.clients[i - 1]!;
    if (!client.online) return;
    this.log.push(`disconnect ${i}`);
    this.counts.disconnects += 1;
    client.online = false;
    this.inFlight = this.inFlight.filter((message) => message.to !== i && message.from !== i);
  }

  private connect(i: number): void {
    const client = this.clients[i - 1]!;
    if (client.online) return this.resync(i);
    this.log.push(`connect ${i}`);
    client.online = true;
    this.resync(i);
  }

  /** Sync step 1 both ways; the step 2 answers travel the network like anything else (reordered, maybe lost). */
  private resync(i: number): void {
    const client = this.clients[i - 1]!.doc;
    this.inFlight.push({ from: 0, to: i, update: Y.encodeStateAsUpdate(this.server, Y.encodeStateVector(client)) });
    this.inFlight.push({ from: i, to: 0, update: Y.encodeStateAsUpdate(client, Y.encodeStateVector(this.server)) });
  }

  private restartServer(): void {
    this.log.push('restart server');
    this.counts.restarts += 1;
    this.inFlight = [];
    for (const client of this.clients) client.online = false;
    this.server.destroy();
    this.restarts += 1;
    // Half the time the restart finds a compacted store: one snapshot instead of the update log.
    if (this.random.chance(0.5)) {
      const snapshot = Y.mergeUpdates(this.stored);
      this.stored.length = 0;
      this.stored.push(snapshot);
    }
    this.server = this.startServer([...this.stored]);
  }
}
