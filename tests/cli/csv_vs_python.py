#!/usr/bin/env python3
"""The table profiler against Python's csv module (its default dialect, the RFC 4180 reader
most tools agree with): generated files with quotes, embedded line breaks, CRLF and LF, unicode,
empty fields, lines holding only "" (a record of one empty field) and blank lines (no record).
For each, `datadao-cli dataset inspect --json` must give Python's row count, each column's empty
fields, and Python's first rows field for field.
Usage: csv_vs_python.py <datadao-cli>"""
import csv, io, json, random, subprocess, sys, tempfile, os

ours = sys.argv[1]
random.seed(4180)
alphabet = ['a', 'b', 'Z', '1', '7', ' ', ',', '"', '\n', '\r\n', 'é', 'ß', '😀', '中', ';', "'"]

def field():
    kind = random.random()
    if kind < 0.2:
        return ''
    if kind < 0.4:
        return str(random.randint(-1000, 100000))
    return ''.join(random.choice(alphabet) for _ in range(random.randint(1, 12)))

def generated(rows, columns, terminator, quoting):
    out = io.StringIO(newline='')
    w = csv.writer(out, lineterminator=terminator, quoting=quoting)
    w.writerow([f'col{i}' for i in range(columns)])
    for _ in range(rows):
        w.writerow([field() for _ in range(columns)])
    return out.getvalue()

cases = {
    'crlf-minimal': generated(300, 5, '\r\n', csv.QUOTE_MINIMAL),
    'lf-minimal': generated(300, 4, '\n', csv.QUOTE_MINIMAL),
    'lf-all-quoted': generated(200, 3, '\n', csv.QUOTE_ALL),
    'crlf-nonnumeric': generated(200, 6, '\r\n', csv.QUOTE_NONNUMERIC),
    # A line of "" is a record whose one field is empty; a blank line is no record.
    'quoted-empty-lines': 'name,age\nann,31\n""\n\nbob,\n""\r\n"",""\n',
    'one-column': 'word\nalpha\n""\nbeta\n\n""\n',
    'no-final-newline': 'a,b\n1,"x\ny"\n2,"last"',
    'embedded-crlf': 'a,b\r\n"line one\r\nline two",2\r\n"he said ""hi""",3\r\n',
}

failed = 0
with tempfile.TemporaryDirectory() as tmp:
    for name, text in cases.items():
        path = os.path.join(tmp, name + '.csv')
        with open(path, 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        with open(path, encoding='utf-8', newline='') as f:
            records = [r for r in csv.reader(f) if r != []]
        header, rows = records[0], records[1:]
        nulls = [sum(1 for r in rows if i >= len(r) or r[i] == '') for i in range(len(header))]
        got = json.loads(subprocess.run([ours, 'dataset', 'inspect', path, '--json'], capture_output=True,
                                        text=True).stdout)
        table = got['files'][0].get('table')
        problems = []
        if table is None:
            problems.append('not read as a table')
        else:
            if table['rows'] != len(rows):
                problems.append(f"rows {table['rows']} != {len(rows)}")
            ours_nulls = [c['nulls'] for c in table['columns']]
            if ours_nulls != nulls:
                problems.append(f'nulls {ours_nulls} != {nulls}')
            if [c['name'] for c in table['columns']] != [h.strip() for h in header]:
                problems.append('header differs')
            if table['preview'] != rows[:len(table['preview'])]:
                problems.append('preview rows differ')
        print(('FAIL ' if problems else 'ok   ') + name + (': ' + '; '.join(problems) if problems else ''))
        failed += bool(problems)
print(f'csv_vs_python: {len(cases) - failed} passed, {failed} failed')
sys.exit(1 if failed else 0)
