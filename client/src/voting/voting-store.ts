import type * as Y from 'yjs';
import { readVotingRound, VOTING_KEY, type VotingRound } from '@roundtable/shared';
import { MetaKeyStore } from '../lib/meta-key-store.ts';

/** The board's dot-voting round, live from the document (the server writes it). */
export class VotingStore extends MetaKeyStore<VotingRound | null> {
  constructor(doc: Y.Doc) {
    super(doc, VOTING_KEY, readVotingRound);
  }
}
