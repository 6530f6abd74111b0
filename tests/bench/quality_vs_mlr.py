#!/usr/bin/env python3
"""The quality report's speed and memory against Debian's miller (`mlr summary`, the same file in
the same run): a generated CSV (6 columns: id, name, e-mail, amount, day, city; quotes, unicode,
empty fields, about 43 bytes a row) of each size asked, in the page cache; `datadao-cli dataset
inspect --json` (every check: types, nulls, distinct values, numbers' spread and outliers,
personal data, UTF-8, duplicates and the row sketch, and the file's SHA-256) and `mlr --icsv
--ojson summary` run in turn, several rounds; prints the medians, the ratio and each one's peak
memory. Issue 17's goal: at least 10 times mlr's speed on 64 MB and on 1 GiB, memory flat.
Usage: tests/bench/quality_vs_mlr.py BUILD_DIR [MB ...] [--rounds N]   (default: 64)"""
import os, random, statistics, subprocess, sys, tempfile, time

args = [a for a in sys.argv[1:] if not a.startswith('--')]
rounds = int(sys.argv[sys.argv.index('--rounds') + 1]) if '--rounds' in sys.argv else 3
if '--rounds' in sys.argv:
    args.remove(str(rounds))
build, sizes = args[0], [int(s) for s in args[1:]] or [64]
cli = os.path.join(build, 'app', 'datadao-cli')

def generate(path, megabytes):
    rng = random.Random(17)
    cities = ['Berlin', 'Paris', 'Köln', 'São Paulo', 'Zürich', '"New" York']
    names = ['ann', 'bob', 'chloé', 'dmitri', 'eve', 'fatima', 'günter']
    target = megabytes * 1000 * 1000
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write('id,name,email,amount,day,city\n')
        i = written = 0
        block = []
        while written < target:
            name = rng.choice(names)
            email = f'{name}{i}@example.org' if i % 9 == 0 else ''
            city = rng.choice(cities)
            city = '"' + city.replace('"', '""') + '"' if '"' in city else city
            line = f'{i},{name},{email},{rng.gauss(100, 15):.2f},2024-{1 + i % 12:02d}-{1 + i % 28:02d},{city}\n'
            block.append(line)
            written += len(line.encode())
            i += 1
            if len(block) == 10000:
                f.write(''.join(block))
                block = []
        f.write(''.join(block))
    return i

def run(command):
    start = time.monotonic()
    result = subprocess.run(['/usr/bin/time', '-f', '%M'] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    elapsed = time.monotonic() - start
    if result.returncode not in (0, 1):  # inspect exits 1 when its report holds an error
        sys.exit(f'{command[0]} failed: {result.stderr}')
    return elapsed, int(result.stderr.strip().splitlines()[-1])

with tempfile.TemporaryDirectory() as tmp:
    for megabytes in sizes:
        path = os.path.join(tmp, f'table-{megabytes}.csv')
        rows = generate(path, megabytes)
        with open(path, 'rb') as f:
            while f.read(1 << 24):
                pass  # into the page cache
        ours, theirs = [], []
        for _ in range(rounds):
            ours.append(run([cli, 'dataset', 'inspect', path, '--json']))
            theirs.append(run(['mlr', '--icsv', '--ojson', 'summary', path]))
        a = statistics.median(t for t, _ in ours)
        b = statistics.median(t for t, _ in theirs)
        print(f'{megabytes} MB, {rows} rows, {rounds} rounds (medians):')
        print(f'  datadao-cli dataset inspect  {a:7.2f} s  {megabytes / a:7.1f} MB/s  peak {max(m for _, m in ours) / 1024:7.1f} MiB')
        print(f'  mlr summary                  {b:7.2f} s  {megabytes / b:7.1f} MB/s  peak {max(m for _, m in theirs) / 1024:7.1f} MiB')
        print(f'  ratio: {b / a:.1f}x mlr\'s speed')
