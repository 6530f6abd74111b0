#!/usr/bin/env python3
"""kill -9 at random moments of the CLI's long jobs, then a restart to the end, on a devnet:

- `sync`: each killed sync is run again to the end; the cache passes SQLite's integrity check
  every time, and ends with the same proposals and votes as a sync that was never killed.
- `dataset publish`: each killed publication of a new dataset is run again until it reports
  the dataset registered; every dataset is registered exactly once (never twice, none lost), and
  the registry holds exactly one stake for each.
- `storage get`: each killed download is run again to the end; the file is byte for byte the
  one published and no `.partial` is left.

With `--app <tst_e2e>`, the app too (the real window, offscreen, as tests/e2e/tst_killable.cpp
drives it): killed while it syncs, while it publishes a dataset (hashing, uploading, on either
sheet or between them) and while it downloads one, then started again until its job is done:
every SQLite file it left passes the integrity check, each publication is registered once, and
each download is the file published, with no `.partial` left.

Usage: kill_campaign.py <datadao-cli> <cast> [moments per job] [seed] [--app <tst_e2e>]
The test command runs a few moments per job; `tests/cli/kill_campaign.py ... 50` is the full
campaign. Each moment is drawn uniformly over the job's uninterrupted duration."""
import glob
import hashlib
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time

argv = sys.argv[1:]
app = None
if "--app" in argv:
    at = argv.index("--app")
    app = argv[at + 1]
    del argv[at:at + 2]
ours, cast = argv[0], argv[1]
moments = int(argv[2]) if len(argv) > 2 else 3
seed = int(argv[3]) if len(argv) > 3 else random.randrange(1 << 30)
rng = random.Random(seed)
print(f"kill_campaign: {moments} moments per job, seed {seed}")
passed = failed = 0
PHRASE = "test test test test test test test test test test test junk"
STAKE = 100


def check(what, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what} {detail}")


def command(args):
    """A CLI job is its arguments; an app job is the environment tst_killable.cpp reads."""
    if isinstance(args, dict):
        return [app], dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software",
                           DD_E2E_INSTANCE="killable", **args)
    return [ours] + args, None


def run(args, timeout=300):
    cmd, env = command(args)
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)


def killed_at(args, delay):
    """Starts the command and kills it with SIGKILL after `delay` seconds. None when it was
    killed, else how it ended by itself (a CompletedProcess)."""
    cmd, env = command(args)
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        out, err = p.communicate(timeout=delay)
        return subprocess.CompletedProcess(p.args, p.returncode, out, err)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        return None


def timed(args):
    start = time.monotonic()
    out = run(args)
    return time.monotonic() - start, out


def integrity(path):
    return sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0]


def campaign(name, args_for, finished, after_each=None):
    """For each moment: kill the job at a random time within its uninterrupted duration, then
    run it again (killed again at random, at most 3 times) and finally to the end."""
    kills = 0
    for i in range(moments):
        args = args_for(i)
        duration = reference[name]
        ended = None
        for attempt in range(rng.randrange(1, 4)):
            ended = killed_at(args, rng.uniform(0.01, max(0.02, duration)))
            if after_each:
                after_each(i)
            if ended is not None:
                break  # it ended before the kill: nothing left to run
            kills += 1
        if ended is not None:
            check(f"{name} #{i} ended by itself before its kill", finished(ended), (ended.stdout + ended.stderr)[-400:])
            continue
        out = run(args)
        check(f"{name} #{i} ends after its kills", finished(out), (out.stdout + out.stderr)[-400:])
    print(f"{name}: {kills} kills over {moments} runs")


def sqlite_files_whole(folder):
    for path in glob.glob(os.path.join(folder, "**", "*.sqlite"), recursive=True):
        check(f"{os.path.relpath(path, work)} passes SQLite's integrity check after a kill", integrity(path) == "ok")


def app_campaign(profile, work, listed, original, held_before):
    """The app, killed during its three long jobs (see the module's text)."""
    def done(job):
        return lambda out: f"DONE {job} " in out.stdout

    # ---- sync: a fresh data folder per moment; the cache ends with the CLI's votes
    def sync_job(i):
        return {"DD_E2E_JOB": "sync", "DD_E2E_PROFILE": profile,
                "DD_E2E_DATA_DIR": os.path.join(work, f"app-sync-{i}")}
    reference["app sync"], out = timed(sync_job("reference"))
    check("the app's uninterrupted sync", done("sync")(out), (out.stdout + out.stderr)[-600:])
    campaign("app sync", sync_job, done("sync"),
             lambda i: sqlite_files_whole(os.path.join(work, f"app-sync-{i}")))
    want = sqlite3.connect(os.path.join(work, "fresh.sqlite")).execute("SELECT COUNT(*) FROM votes").fetchone()
    for i in ["reference"] + list(range(moments)):
        caches = [p for p in glob.glob(os.path.join(work, f"app-sync-{i}", "**", "*.sqlite"), recursive=True)
                  if os.path.basename(p) != "local.sqlite"]
        got = [sqlite3.connect(p).execute("SELECT COUNT(*) FROM votes").fetchone() for p in caches
               if sqlite3.connect(p).execute("SELECT name FROM sqlite_master WHERE name='votes'").fetchone()]
        check(f"app sync #{i} holds the same votes as the CLI's sync", got == [want], f"{got} vs {want}")

    # ---- publish: one member's machine (one data folder), a new folder each time
    def app_folder(i):
        folder = os.path.join(work, f"app-data-{i}")
        if not os.path.isdir(folder):
            os.makedirs(folder)
            r = random.Random(1000 + (i if isinstance(i, int) else moments))
            with open(os.path.join(folder, "levels.csv"), "w") as f:
                f.write("gauge,level\n")
                for n in range(200000):
                    f.write(f"G{n % 89},{r.random():.6f}\n")
        return folder

    def publish_job(i):
        return {"DD_E2E_JOB": "publish", "DD_E2E_PROFILE": profile, "DD_E2E_FOLDER": app_folder(i),
                "DD_E2E_TITLE": f"App levels {i}", "DD_E2E_DATA_DIR": os.path.join(work, "app-member")}
    reference["app publish"], out = timed(publish_job("reference"))
    check("the app's uninterrupted publication", done("publish")(out), (out.stdout + out.stderr)[-600:])
    campaign("app publish", publish_job, done("publish"),
             lambda i: sqlite_files_whole(os.path.join(work, "app-member")))
    catalog = run(["dataset", "list", "--profile", profile, "--cache", os.path.join(work, "catalog-2.sqlite"),
                   "--store", os.path.join(work, "blocks"), "--json"])
    titles = sorted(d["title"] for d in json.loads(catalog.stdout or "[]") if d["title"].startswith("App levels"))
    want_titles = sorted([f"App levels {i}" for i in ["reference"] + list(range(moments))])
    check("every dataset the app published is registered exactly once", titles == want_titles,
          f"{titles} vs {want_titles}")
    dao = json.load(open(profile))
    held = subprocess.run([cast, "call", dao["contracts"]["token"], "balanceOf(address)(uint256)",
                           dao["contracts"]["datasetRegistry"], "-r", dao["rpcUrls"][0]],
                          capture_output=True, text=True).stdout.split()[0]
    check("the registry holds exactly one stake more for each", int(held) - int(held_before)
          == (moments + 1) * STAKE * 10 ** 18, f"{held} after {held_before}")

    # ---- download: the CLI's first dataset (32 MiB), by its contributor's app
    first = next(d for d in listed if d["title"] == "Readings 0")

    def download_job(i):
        return {"DD_E2E_JOB": "download", "DD_E2E_PROFILE": profile, "DD_E2E_DATASET": str(first["id"]),
                "DD_E2E_DOWNLOADS": os.path.join(work, f"app-got-{i}"),
                "DD_E2E_DATA_DIR": os.path.join(work, "app-member")}
    reference["app download"], out = timed(download_job("reference"))
    check("the app's uninterrupted download", done("download")(out), (out.stdout + out.stderr)[-600:])
    campaign("app download", download_job, done("download"),
             lambda i: sqlite_files_whole(os.path.join(work, "app-member")))
    for i in ["reference"] + list(range(moments)):
        folder = os.path.join(work, f"app-got-{i}")
        written = glob.glob(os.path.join(folder, "*", "readings.csv"))
        data = open(written[0], "rb").read() if len(written) == 1 else b""
        check(f"app download #{i} is the file published, once", len(written) == 1
              and hashlib.sha256(data).hexdigest() == original, str(written))
        check(f"app download #{i} leaves no .partial", not glob.glob(os.path.join(folder, "*.partial")))


work = tempfile.mkdtemp()
net = os.path.join(work, "net")
up = run(["devnet", "up", "--dir", net], timeout=180)
if up.returncode != 0:
    print("FAIL devnet up", up.stderr[-400:])
    sys.exit(1)
try:
    profile = os.path.join(net, "devnet.json")
    dao = json.load(open(profile))
    rpc = dao["rpcUrls"][0]
    gateway = dao["storage"]["gateways"][0]
    registry = dao["contracts"]["datasetRegistry"]
    token = dao["contracts"]["token"]
    reference = {}

    # ---- sync: more blocks so a sync in one-block ranges runs for seconds
    subprocess.run([cast, "rpc", "anvil_mine", "0x5dc", "-r", rpc], capture_output=True, check=True)
    fresh_cache = os.path.join(work, "fresh.sqlite")
    sync_args = ["sync", "--profile", profile, "--max-range", "1", "--confirmations", "2"]
    reference["sync"], out = timed(sync_args + ["--cache", fresh_cache])
    check("an uninterrupted sync", out.returncode == 0, out.stderr[-400:])
    def cache(i):
        return os.path.join(work, f"cache-{i}.sqlite")

    def cache_whole(i):
        if os.path.exists(cache(i)):
            check("the killed sync's cache passes SQLite's integrity check", integrity(cache(i)) == "ok")

    campaign("sync", lambda i: sync_args + ["--cache", cache(i)],
             lambda out: out.returncode == 0 and "7 proposals" in out.stdout + out.stderr, cache_whole)
    count = "SELECT COUNT(*) FROM votes"
    want_votes = sqlite3.connect(fresh_cache).execute(count).fetchone()
    for i in range(moments):
        check(f"sync #{i} holds the same votes as a sync never killed",
              sqlite3.connect(cache(i)).execute(count).fetchone() == want_votes)

    # ---- dataset publish: a new dataset for each moment (a table of 4 MiB, the first of 32 MiB
    # for the downloads), by development account 2
    def dataset(i):
        folder = os.path.join(work, f"data-{i}")
        if not os.path.isdir(folder):
            os.makedirs(folder)
            r = random.Random(i)
            with open(os.path.join(folder, "readings.csv"), "w") as f:
                f.write("station,value\n")
                for n in range(1600000 if i == 0 else 200000):
                    f.write(f"S{n % 97},{r.random():.6f}\n")
        return folder

    def publish_args(i):
        return ["dataset", "publish", dataset(i), "--profile", profile, "--title", f"Readings {i}",
                "--license", "CC-BY-4.0", "--price", "0", "--stake", str(STAKE), "--mnemonic", PHRASE,
                "--mnemonic-index", "2", "--work", os.path.join(work, f"publication-{i}")]

    reference["dataset publish"], out = timed(publish_args(moments))
    check("an uninterrupted publication", "Registered dataset #" in out.stdout, out.stderr[-400:])
    campaign("dataset publish", publish_args,
             lambda out: out.returncode == 0 and "Registered dataset #" in out.stdout + out.stderr)
    catalog = run(["dataset", "list", "--profile", profile, "--cache", os.path.join(work, "catalog.sqlite"),
                   "--store", os.path.join(work, "blocks"), "--json"])
    listed = json.loads(catalog.stdout or "[]")
    titles = sorted(d["title"] for d in listed)
    want = sorted([f"Readings {i}" for i in range(moments + 1)])
    check("every dataset is registered exactly once", titles == want, f"{titles} vs {want}")
    held = subprocess.run([cast, "call", token, "balanceOf(address)(uint256)", registry, "-r", rpc],
                          capture_output=True, text=True).stdout.split()[0]
    check("the registry holds exactly one stake for each",
          int(held) == (moments + 1) * STAKE * 10 ** 18, f"{held}")

    # ---- storage get: the first dataset's content, downloaded again and again
    first = next((d for d in listed if d["title"] == "Readings 0"), None)
    check("the catalog names the first dataset's content", first is not None and first.get("contentCid"), str(listed[:1]))
    content = first["contentCid"] if first else ""
    original = hashlib.sha256(open(os.path.join(dataset(0), "readings.csv"), "rb").read()).hexdigest()

    def get_args(i):
        return ["storage", "get", content, "--gateway", gateway, "--output", os.path.join(work, f"got-{i}"),
                "--store", os.path.join(work, f"get-blocks-{i}")]

    reference["storage get"], out = timed(get_args("reference"))
    check("an uninterrupted download", out.returncode == 0, out.stderr[-400:])

    # A kill as it exits can come after the download was complete: then the run again finds the
    # folder there, whole, and is done (it would refuse to overwrite anything else).
    campaign("storage get", get_args, lambda out: out.returncode == 0)
    for i in range(moments):
        target = os.path.join(work, f"got-{i}")
        data = open(os.path.join(target, "readings.csv"), "rb").read() if os.path.isdir(target) else b""
        check(f"download #{i} is the file published", hashlib.sha256(data).hexdigest() == original)
        check(f"download #{i} leaves no .partial", not os.path.exists(target + ".partial"))

    if app:
        app_campaign(profile, work, listed, original, held)
finally:
    run(["devnet", "down", "--dir", net])
    subprocess.run(["rm", "-rf", work])

print(f"kill_campaign: {passed} passed, {failed} failed; uninterrupted: "
      + ", ".join(f"{k} {v:.1f} s" for k, v in reference.items()))
sys.exit(1 if failed else 0)
