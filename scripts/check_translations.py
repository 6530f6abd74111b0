#!/usr/bin/env python3
"""Checks that the Qt Linguist files are complete and current.

The .ts files under translations/ are what translators edit (Qt Linguist, or any .ts tool);
nothing generates their translations. This check fails, naming each string, when
- datadao_de.ts has a message without a finished translation (type="unfinished", empty, or a
  plural with an empty form), or
- datadao_en.ts has a plural message ("%n voter(s)") without its two English forms (English
  needs nothing else: lrelease keeps the source text where a translation is empty), or
- with --lupdate: a string in the sources is missing from the .ts files. lupdate reads the
  sources CMake lists for it (qt_add_translations' project file) and writes copies of the .ts
  files in a temporary folder, so the check never rewrites the tree. After adding strings, run
  `ninja -C build update_translations` and translate them in translations/datadao_de.ts.

Usage: check_translations.py [--lupdate LUPDATE PROJECT_CMAKE GENERATOR_CMAKE]
  (ctest's "translations" test passes the three paths)
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "translations"


def problems(ts_path, every_message):
    """The source texts of ts_path that lack a finished translation."""
    out = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "missing"
            if kind in ("vanished", "obsolete"):
                continue
            plural = message.get("numerus") == "yes"
            if not every_message and not plural:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] if plural else [translation.text or ""]
            if kind == "unfinished" or kind == "missing" or not all(f.strip() for f in forms):
                out.append(f"{ts_path.name}: {name}: {message.findtext('source', '')!r}")
    return out


def main(argv):
    folder = FOLDER
    if len(argv) == 4 and argv[0] == "--lupdate":
        lupdate, project_in, generator = argv[1], argv[2], argv[3]
        temporary = Path(tempfile.mkdtemp(prefix="dd-ts-"))
        try:
            project = temporary / "project.json"
            subprocess.run(["cmake", f"-DIN_FILE={project_in}", f"-DOUT_FILE={project}", "-P", generator], check=True)
            for ts in FOLDER.glob("*.ts"):
                shutil.copy(ts, temporary / ts.name)
            for ts in temporary.glob("*.ts"):
                subprocess.run([lupdate, "-silent", "-no-obsolete", "-project", str(project), "-ts", str(ts)],
                               check=True, stdout=subprocess.DEVNULL)
            found = problems(temporary / "datadao_de.ts", True) + problems(temporary / "datadao_en.ts", False)
        finally:
            shutil.rmtree(temporary)
    elif not argv:
        found = problems(folder / "datadao_de.ts", True) + problems(folder / "datadao_en.ts", False)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for line in found:
        print(f"untranslated: {line}", file=sys.stderr)
    if found:
        print(f"{len(found)} string(s) need a translation in translations/*.ts (Qt Linguist: "
              "linguist translations/datadao_de.ts)", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
