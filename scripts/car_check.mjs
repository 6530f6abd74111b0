// Reads a CAR with the reference libraries (@ipld/car, ipfs-unixfs-exporter), for tests: checks
// every block against its CID, then exports the root as a UnixFS file and prints the root CID and
// the sha2-256 of the file's bytes.
// Usage: node scripts/car_check.mjs CAR
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { CarBlockIterator } from '@ipld/car/iterator';
import { MemoryBlockstore } from 'blockstore-core/memory';
import { exporter } from 'ipfs-unixfs-exporter';
import { sha256 } from 'multiformats/hashes/sha2';

const reader = await CarBlockIterator.fromIterable(createReadStream(process.argv[2]));
const roots = await reader.getRoots();
const blockstore = new MemoryBlockstore();
for await (const { cid, bytes } of reader) {
  const digest = await sha256.digest(bytes);
  if (!Buffer.from(digest.bytes).equals(Buffer.from(cid.multihash.bytes))) {
    console.error(`block ${cid} does not match its hash`);
    process.exit(1);
  }
  await blockstore.put(cid, bytes);
}
const file = await exporter(roots[0], blockstore);
const hash = createHash('sha256');
for await (const chunk of file.content()) hash.update(chunk);
console.log(`${roots[0]} ${hash.digest('hex')}`);
