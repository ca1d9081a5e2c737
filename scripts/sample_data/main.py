"""Write sample-data/ and Tests/Golden/demo-truth/ from one seeded World."""

import csv
import io
import os
import shutil

from . import model as M
from .render import Renderer

# source name in pipelines/demo.yaml -> render method; order = order in demo.yaml
SOURCES = [
    ("meta_leads", "render_meta_leads"),
    ("google_ads", "render_google"),
    ("meta_ads", "render_meta_ads"),
    ("amocrm_deals", "render_amocrm"),
    ("manager_sheet", "render_sheet"),
    ("payments", "render_payments"),
]
# the order in which files are rendered (seen phone/e-mails feed later sources)
RENDER_ORDER = ["meta_leads", "amocrm_deals", "manager_sheet", "payments", "google_ads", "meta_ads"]

TRUTH_DIR = "Tests/Golden/demo-truth"

TRUTH_README = """# Ground truth for the demo data

Written by `scripts/make-sample-data` (seed {seed}) together with `sample-data/`; do not edit by hand,
re-run the script. The same seed always gives byte-identical files.

## truth.csv — `source,file,record,person_key`

- `source`: the source name in `pipelines/demo.yaml`.
- `file`: the file path relative to the repository root.
- `record`: the 1-based data record number inside that file, counted after the header row:
  preamble lines (Google's title and date-range lines, the manager sheet's title and blank line)
  are not records; blank lines are not records; every other CSV record after the header is, in
  order, including footer/total rows (`Total: …`, `Итого`). A quoted multi-line amoCRM note does
  not start a new record. This is the numbering Truce's lineage export uses.
- `person_key`: the true person behind the record (`P0001` …), empty for rows that are not a person:
  campaign statistics rows, footer/total rows, and Meta's two test leads.
  A deal or payment row belongs to its person.

## persons.csv

One row per true person: names, the canonical E.164 phones and lower-case e-mails the generator
gave them, which sources they appear in, and a `story` for the deliberate traps:
- a mother and daughter who share one home phone (two people, different first names and e-mails);
- two namesakes with the same full name, different phones and e-mails;
- ё/е spellings (Фёдоров / Федоров, Алёна / Алена) of the same person across sources.
They must stay apart (or together) exactly as the truth says.

## quarantine.csv — `source,file,record,reason`

Rows that are deliberately unreadable and must end up in quarantine (they still have a
`person_key` in truth.csv: the person exists, but that row cannot be imported; each such person
also appears in another source, so nobody is lost).
"""


def generate(root):
    world = M.World()
    r = Renderer(world)
    out = {}
    for name in RENDER_ORDER:
        out[name] = getattr(r, dict(SOURCES)[name])()

    data_dir = os.path.join(root, "sample-data")
    if os.path.isdir(data_dir):
        shutil.rmtree(data_dir)
    truth_rows = []
    written = []
    for name, _ in SOURCES:
        rel, data, truth = out[name]
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        written.append((rel, len(data), len(truth)))
        for rec, key in truth:
            truth_rows.append([name, rel, str(rec), key])

    tdir = os.path.join(root, TRUTH_DIR)
    os.makedirs(tdir, exist_ok=True)
    write_csv(os.path.join(tdir, "truth.csv"), [["source", "file", "record", "person_key"]] + truth_rows)

    # persons.csv
    sources_of = {}
    for name, rel, rec, key in truth_rows:
        if key:
            lst = sources_of.setdefault(key, [])
            if name not in lst:
                lst.append(name)
    rows = [["person_key", "last_name", "first_name", "middle_name", "city", "phones", "emails",
             "sources", "story"]]
    for p in world.persons:
        if p.key not in sources_of:
            continue
        phones = [x for x in (p.mobile, p.home_phone, p.work_phone) if x]
        emails = [x for x in (p.email, p.work_email) if x]
        rows.append([p.key, p.last, p.first, p.middle, p.city, ";".join(phones), ";".join(emails),
                     ";".join(sources_of[p.key]), p.story])
    write_csv(os.path.join(tdir, "persons.csv"), rows)

    sheet_rel = out["manager_sheet"][0]
    q = [["source", "file", "record", "reason"]]
    for rec, reason in r.sheet_quarantine:
        q.append(["manager_sheet", sheet_rel, str(rec), reason])
    write_csv(os.path.join(tdir, "quarantine.csv"), q)
    with open(os.path.join(tdir, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(TRUTH_README.format(seed=M.SEED))
    return written, truth_rows, sources_of


def write_csv(path, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for row in rows:
        w.writerow(row)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
