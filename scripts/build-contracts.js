#!/usr/bin/env node
// Compiles the DAO's contracts with the solc pinned in package-lock.json and writes one
// artifact per contract: {contractName, sourceName, compiler, abi, bytecode}.
// Usage: node scripts/build-contracts.js [output dir] [fixtures output dir]
//   (defaults: resources/contracts/artifacts and tests/fixtures/contracts/artifacts)
// Adding a contract: put its .sol in resources/contracts/src and its name in CONTRACTS. Contracts
// only tests deploy (other governors the app must read) live in tests/fixtures/contracts.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const CONTRACTS = ['DaoToken', 'DaoTimelock', 'DaoGovernor', 'DatasetRegistry', 'DatasetCuration'];
const FIXTURES = ['BravoGovernor'];

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'resources', 'contracts', 'src');
const outDir = path.resolve(process.argv[2] || path.join(root, 'resources', 'contracts', 'artifacts'));
const fixturesDir = path.join(root, 'tests', 'fixtures', 'contracts');
const fixturesOutDir = path.resolve(process.argv[3] || path.join(fixturesDir, 'artifacts'));
const modules = path.join(__dirname, 'node_modules');

const sources = {};
for (const name of CONTRACTS) {
  sources[`${name}.sol`] = { content: fs.readFileSync(path.join(srcDir, `${name}.sol`), 'utf8') };
}
for (const name of FIXTURES) {
  sources[`${name}.sol`] = { content: fs.readFileSync(path.join(fixturesDir, `${name}.sol`), 'utf8') };
}
const input = {
  language: 'Solidity',
  sources,
  settings: {
    evmVersion: 'cancun',
    optimizer: { enabled: true, runs: 200 },
    metadata: { bytecodeHash: 'none' }, // byte-identical output on every machine
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
function findImports(importPath) {
  const file = path.join(modules, importPath);
  if (!file.startsWith(modules) || !fs.existsSync(file)) return { error: `not found: ${importPath}` };
  return { contents: fs.readFileSync(file, 'utf8') };
}
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
// OpenZeppelin's own warnings are not ours to fix; ours and every error are printed.
for (const e of output.errors || []) {
  const file = (e.sourceLocation && e.sourceLocation.file) || '';
  if (e.severity === 'error' || !file.startsWith('@openzeppelin/')) console.error(e.formattedMessage);
}
if (errors.length) process.exit(1);

function write(names, dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const name of names) {
    const compiled = output.contracts[`${name}.sol`][name];
    const artifact = {
      contractName: name,
      sourceName: `${name}.sol`,
      compiler: `solc ${solc.version()}`,
      abi: compiled.abi,
      bytecode: `0x${compiled.evm.bytecode.object}`,
    };
    fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(artifact, null, 2)}\n`);
    console.log(`${name}: ${compiled.evm.bytecode.object.length / 2} bytes of init code`);
  }
}
write(CONTRACTS, outDir);
write(FIXTURES, fixturesOutDir);
