import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRecords, encodeRecord, encodeRecords, RECORD_HEADER_BYTES } from '../../src/storage/record.ts';

const hex = (records: readonly Uint8Array[]) => records.map((r) => Buffer.from(r).toString('hex'));

const payloads = [
  Uint8Array.from([1]),
  Uint8Array.from({ length: 300 }, (_, i) => i % 251),
  new TextEncoder().encode('roundtable'),
];

describe('record codec', () => {
  it('decodes what it encodes, in order', () => {
    const decoded = decodeRecords(encodeRecords(payloads));
    expect(hex(decoded.records)).toEqual(hex(payloads));
    expect(decoded.stop).toBe('end');
  });

  it('roundtrips any list of non-empty payloads', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 1, maxLength: 64 }), { maxLength: 20 }), (list) => {
        const buf = encodeRecords(list);
        const decoded = decodeRecords(buf);
        expect(hex(decoded.records)).toEqual(hex(list));
        expect(decoded).toMatchObject({ end: buf.length, stop: 'end' });
      }),
    );
  });

  it('decodes exactly the records wholly before a cut at every byte', () => {
    const buf = encodeRecords(payloads);
    const ends: number[] = [];
    let offset = 0;
    for (const payload of payloads) ends.push((offset += RECORD_HEADER_BYTES + payload.length));

    for (let cut = 0; cut <= buf.length; cut++) {
      const whole = ends.filter((end) => end <= cut).length;
      const decoded = decodeRecords(buf.subarray(0, cut));
      expect(hex(decoded.records)).toEqual(hex(payloads.slice(0, whole)));
      expect(decoded.end).toBe(whole === 0 ? 0 : ends[whole - 1]);
      expect(decoded.stop).toBe(cut === decoded.end ? 'end' : 'torn');
    }
  });

  it('detects a flipped byte anywhere and keeps only the records before it', () => {
    const buf = encodeRecords(payloads);
    let recordStart = 0;
    for (const [index, payload] of payloads.entries()) {
      const recordEnd = recordStart + RECORD_HEADER_BYTES + payload.length;
      for (let at = recordStart; at < recordEnd; at++) {
        const damaged = Buffer.from(buf);
        damaged[at]! ^= 0x40;
        const decoded = decodeRecords(damaged);
        expect(hex(decoded.records)).toEqual(hex(payloads.slice(0, index)));
        expect(decoded.end).toBe(recordStart);
        expect(decoded.stop).not.toBe('end');
      }
      recordStart = recordEnd;
    }
  });

  it('reads a zero-filled tail as corruption, not as empty records', () => {
    const buf = Buffer.concat([encodeRecord(Uint8Array.from([7])), Buffer.alloc(32)]);
    expect(decodeRecords(buf)).toMatchObject({ end: RECORD_HEADER_BYTES + 1, stop: 'corrupt' });
  });

  it('reads an absurd length as corruption', () => {
    const buf = Buffer.alloc(64);
    buf.writeUInt32LE(0xffffffff, 0);
    expect(decodeRecords(buf)).toMatchObject({ records: [], end: 0, stop: 'corrupt' });
  });

  it('refuses to encode an empty payload', () => {
    expect(() => encodeRecord(new Uint8Array(0))).toThrow(RangeError);
  });

  it('puts a prefix before the records and decodes from an offset', () => {
    const prefix = Buffer.from('HEADER!!');
    const buf = encodeRecords(payloads, prefix);
    expect(buf.subarray(0, prefix.length).equals(prefix)).toBe(true);
    expect(hex(decodeRecords(buf, prefix.length).records)).toEqual(hex(payloads));
  });
});
