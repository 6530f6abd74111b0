// The reference piece commitment (@web3-storage/data-segment, FRC-0058) of a file, for tests:
// prints the piece CID (FRC-0069), the CommP CID and the padded piece size.
// Usage: node scripts/commp.mjs FILE
import { readFileSync } from 'node:fs';
import { Piece } from '@web3-storage/data-segment';

const piece = Piece.fromPayload(readFileSync(process.argv[2]));
const info = piece.toInfo();
console.log(piece.link.toString());
console.log(info.link.toString());
console.log(String(info.size));
