import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Ballot } from '@roundtable/shared';

interface BallotFile {
  round: string | null;
  /** Ballots by voter id. */
  ballots: Record<string, Ballot>;
}

/**
 * The secret part of dot voting: each person's ballot, kept by the server only (DATA_DIR/voting/<board>.json,
 * written atomically) so nobody's votes reach another browser before the reveal, and a restart loses none.
 */
export class BallotBoxes {
  private readonly open = new Map<string, Promise<Low<BallotFile>>>();

  constructor(private readonly dir: string) {}

  private box(boardId: string): Promise<Low<BallotFile>> {
    let box = this.open.get(boardId);
    if (!box) {
      box = (async () => {
        await mkdir(this.dir, { recursive: true });
        const db = new Low<BallotFile>(new JSONFile(path.join(this.dir, `${boardId}.json`)), { round: null, ballots: {} });
        await db.read();
        return db;
      })();
      this.open.set(boardId, box);
      box.catch(() => this.open.delete(boardId));
    }
    return box;
  }

  /** Empties the box for a new round. */
  async startRound(boardId: string, round: string): Promise<void> {
    const db = await this.box(boardId);
    db.data = { round, ballots: {} };
    await db.write();
  }

  /** Stores one person's ballot, replacing their last; answers how many people have cast a vote. */
  async cast(boardId: string, round: string, voter: string, ballot: Ballot): Promise<number> {
    const db = await this.box(boardId);
    if (db.data.round !== round) throw new Error('no such round');
    const kept = Object.fromEntries(Object.entries(ballot).filter(([, count]) => count > 0));
    if (Object.keys(kept).length > 0) db.data.ballots[voter] = kept;
    else delete db.data.ballots[voter];
    await db.write();
    return Object.keys(db.data.ballots).length;
  }

  async ballotOf(boardId: string, round: string, voter: string): Promise<Ballot> {
    const db = await this.box(boardId);
    return db.data.round === round ? (db.data.ballots[voter] ?? {}) : {};
  }

  async ballots(boardId: string, round: string): Promise<Ballot[]> {
    const db = await this.box(boardId);
    return db.data.round === round ? Object.values(db.data.ballots) : [];
  }

  /** Forgets a board's ballots (the round ended or the board was deleted). */
  async clear(boardId: string): Promise<void> {
    const box = this.open.get(boardId);
    this.open.delete(boardId);
    await box?.catch(() => undefined);
    await rm(path.join(this.dir, `${boardId}.json`), { force: true });
  }
}
