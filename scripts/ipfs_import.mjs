// The IPFS reference importer (ipfs-unixfs-importer with an in-memory blockstore), for tests and
// benchmarks: prints the CID of a file imported with a profile, as datadao-cli cid does.
// Usage: node scripts/ipfs_import.mjs FILE|FOLDER [unixfs-v1-2025|unixfs-v0-2015] [CHUNK_SIZE MAX_LINKS]
// SHARD_THRESHOLD in the environment sets the size at which a folder becomes a HAMT shard.
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { importer } from 'ipfs-unixfs-importer';
import { fixedSize } from 'ipfs-unixfs-importer/chunker';
import { balanced } from 'ipfs-unixfs-importer/layout';
import { MemoryBlockstore } from 'blockstore-core/memory';

const [file, profile = 'unixfs-v1-2025', chunk, links] = process.argv.slice(2);
const classic = profile === 'unixfs-v0-2015';
if (!classic && profile !== 'unixfs-v1-2025') {
  console.error(`unknown profile ${profile}`);
  process.exit(2);
}
const chunkSize = Number(chunk || (classic ? 262144 : 1048576));
const maxChildrenPerNode = Number(links || (classic ? 174 : 1024));
// Like the blocks of a real import, nothing is kept: a blockstore that forgets keeps memory flat.
const blockstore = new MemoryBlockstore();
blockstore.put = async (cid) => cid;
const options = {
  profile, // IPIP-499: also how a folder's size is estimated for sharding
  cidVersion: classic ? 0 : 1,
  rawLeaves: !classic,
  leafType: classic ? 'file' : 'raw',
  chunker: fixedSize({ chunkSize }),
  layout: balanced({ maxChildrenPerNode }),
  reduceSingleLeafToSelf: true,
  wrapWithDirectory: false,
};
if (process.env.SHARD_THRESHOLD) options.shardSplitThresholdBytes = Number(process.env.SHARD_THRESHOLD);
// A folder: every file and folder below it (hidden ones too), under the folder's own name.
function* entries(path, name) {
  if (statSync(path).isDirectory()) {
    yield { path: name };
    for (const child of readdirSync(path)) yield* entries(join(path, child), `${name}/${child}`);
  } else {
    yield { path: name, content: createReadStream(path) };
  }
}
const source = statSync(file).isDirectory() ? entries(file, basename(file)) : [{ content: createReadStream(file) }];
let last;
for await (const entry of importer(source, blockstore, options)) last = entry;
console.log(last.cid.toString());
