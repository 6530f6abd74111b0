// Checks a raw block against its CID with the reference library (multiformats), for tests:
// exits 0 when the file's sha2-256 multihash is the CID's.
// Usage: node scripts/block_check.mjs CID FILE
import { readFileSync } from 'node:fs';
import { CID } from 'multiformats/cid';
import { sha256 } from 'multiformats/hashes/sha2';

const cid = CID.parse(process.argv[2]);
const digest = await sha256.digest(readFileSync(process.argv[3]));
if (!Buffer.from(digest.bytes).equals(Buffer.from(cid.multihash.bytes))) {
  console.error(`the block does not hash to ${cid}`);
  process.exit(1);
}
