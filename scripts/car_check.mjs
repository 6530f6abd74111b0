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
// A file: the sha2-256 of its bytes. A folder: each file's path and sha2-256, sorted.
async function describe(entry, path) {
  if (entry.type === 'directory') {
    const lines = [];
    for await (const child of entry.entries()) {
      lines.push(...(await describe(await exporter(child.cid, blockstore), `${path}/${child.name}`)));
    }
    return lines;
  }
  const hash = createHash('sha256');
  for await (const chunk of entry.content()) hash.update(chunk);
  return [`${path} ${hash.digest('hex')}`];
}
const root = await exporter(roots[0], blockstore);
if (root.type === 'directory') {
  console.log(`${roots[0]}`);
  for (const line of (await describe(root, '.')).sort()) console.log(line);
} else {
  console.log(`${roots[0]} ${(await describe(root, ''))[0].split(' ')[1]}`);
}
