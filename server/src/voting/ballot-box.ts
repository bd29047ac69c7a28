import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Ballot, VotingRound } from '@roundtable/shared';

interface BallotFile {
  /** The round as the server holds it; the document only mirrors it, so nothing written there can change a count. */
  round: VotingRound | null;
  /** Ballots by voter id. */
  ballots: Record<string, Ballot>;
}

/**
 * The server's side of dot voting: the round and each person's ballot, kept by the server only
 * (DATA_DIR/voting/<board>.json, written atomically) so nobody's votes reach another browser before the reveal,
 * nobody can alter the totals by editing the document, and a restart loses none.
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

  /** The round in progress, if any. */
  async round(boardId: string): Promise<VotingRound | null> {
    return (await this.box(boardId)).data.round;
  }

  /** Empties the box for a new round. */
  async startRound(boardId: string, round: VotingRound): Promise<void> {
    const db = await this.box(boardId);
    db.data = { round, ballots: {} };
    await db.write();
  }

  /** Records a change to the round itself (the count of voters, the revealed totals). */
  async updateRound(boardId: string, round: VotingRound): Promise<void> {
    const db = await this.box(boardId);
    if (db.data.round?.id !== round.id) return;
    db.data.round = round;
    await db.write();
  }

  /** Stores one person's ballot, replacing their last, and counts the voters in the round; answers the round. */
  async cast(boardId: string, round: string, voter: string, ballot: Ballot): Promise<VotingRound> {
    const db = await this.box(boardId);
    const current = db.data.round;
    if (current?.id !== round) throw new Error('no such round');
    const kept = Object.fromEntries(Object.entries(ballot).filter(([, count]) => count > 0));
    if (Object.keys(kept).length > 0) db.data.ballots[voter] = kept;
    else delete db.data.ballots[voter];
    db.data.round = { ...current, voters: Object.keys(db.data.ballots).length };
    await db.write();
    return db.data.round;
  }

  async ballotOf(boardId: string, round: string, voter: string): Promise<Ballot> {
    const db = await this.box(boardId);
    return db.data.round?.id === round ? (db.data.ballots[voter] ?? {}) : {};
  }

  async ballots(boardId: string, round: string): Promise<Ballot[]> {
    const db = await this.box(boardId);
    return db.data.round?.id === round ? Object.values(db.data.ballots) : [];
  }

  /** Forgets a board's ballots (the round ended or the board was deleted). */
  async clear(boardId: string): Promise<void> {
    const box = this.open.get(boardId);
    this.open.delete(boardId);
    await box?.catch(() => undefined);
    await rm(path.join(this.dir, `${boardId}.json`), { force: true });
  }
}
