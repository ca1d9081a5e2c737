"""Independent checks of the written demo data: read the files back as a stranger would.

- each file has the intended encoding / BOM and decodes;
- Python's csv module reads it with the intended delimiter;
- the number of records after the header equals the truth file's, and only the planted
  rows are ragged;
- every true person's records are connected by shared phones/e-mails (so a resolver can
  find them), and the only different people connected that way are the planted family.
"""

import csv
import io
import os
import re

SPEC = {
    # source: (encoding, bom, delimiter, preamble lines before header, phone cols, email cols)
    "meta_leads": ("utf-16-le", b"\xff\xfe", "\t", 0, ["phone_number"], ["email"]),
    "google_ads": ("utf-8", b"", ",", 2, [], []),
    "meta_ads": ("utf-8", b"", ",", 0, [], []),
    "amocrm_deals": ("utf-8", b"\xef\xbb\xbf", ",", 0,
                     ["Рабочий телефон", "Рабочий прямой телефон", "Мобильный телефон",
                      "Домашний телефон", "Другой телефон"],
                     ["Рабочий email", "Личный email", "Другой email"]),
    "manager_sheet": ("utf-8", b"", ";", 2, ["Телефон", "Телефон 2"], ["Email"]),
    "payments": ("cp1251", b"", ";", 0, ["Телефон"], ["E-mail"]),
}


def read_csv(path, source):
    enc, bom, delim, pre, _, _ = SPEC[source]
    raw = open(path, "rb").read()
    problems = []
    if bom and not raw.startswith(bom):
        problems.append(f"{path}: missing BOM {bom!r}")
    if not bom and (raw.startswith(b"\xef\xbb\xbf") or raw.startswith(b"\xff\xfe")):
        problems.append(f"{path}: unexpected BOM")
    text = raw[len(bom):].decode(enc)
    if source == "payments":
        try:
            raw.decode("utf-8")
            problems.append(f"{path}: cp1251 file also decodes as UTF-8")
        except UnicodeDecodeError:
            pass
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    rows = rows[pre:]
    header, data = rows[0], [r for r in rows[1:] if r != [] and r != [""]]
    return header, data, problems


def phones_in(cell):
    out = []
    cell = cell.strip()
    if cell.lower().startswith("p:"):
        cell = cell[2:]
    if "test lead" in cell:
        return out
    for piece in re.split(r"[,;]", cell):
        digits = re.sub(r"\D", "", piece)
        if len(digits) == 11 and digits[0] in "78":
            out.append("+7" + digits[1:])
        elif len(digits) == 10:
            out.append("+7" + digits)
    return out


def emails_in(cell):
    out = []
    for piece in re.split(r"[,;\s]+", cell):
        e = piece.strip().lower()
        if "@" in e and e != "test@meta.com":
            out.append(e)
    return out


def check(root):
    problems = []
    truth_path = os.path.join(root, "Tests/Golden/demo-truth/truth.csv")
    truth = list(csv.DictReader(open(truth_path, encoding="utf-8", newline="")))
    quarantine = list(csv.DictReader(open(os.path.join(root, "Tests/Golden/demo-truth/quarantine.csv"),
                                          encoding="utf-8", newline="")))
    ragged_expected = {(q["source"], int(q["record"])) for q in quarantine}
    by_source = {}
    for t in truth:
        by_source.setdefault(t["source"], []).append(t)

    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    record_person = {}
    for source, ts in by_source.items():
        path = os.path.join(root, ts[0]["file"])
        header, data, probs = read_csv(path, source)
        problems += probs
        if len(data) != len(ts):
            problems.append(f"{source}: {len(data)} records in file, {len(ts)} in truth")
            continue
        for i, (row, t) in enumerate(zip(data, ts), start=1):
            if int(t["record"]) != i:
                problems.append(f"{source}: truth record numbering off at {i}")
            ragged = len(row) != len(header)
            if ragged != ((source, i) in ragged_expected):
                problems.append(f"{source} record {i}: {len(row)} cells, header {len(header)}")
            if ragged or not t["person_key"]:
                continue
            rec = f"{source}#{i}"
            record_person[rec] = t["person_key"]
            cols = {}
            for name, value in zip(header, row):
                if value:
                    cols[name.strip()] = value       # duplicate header names: last non-empty wins
            ids = []
            for c in SPEC[source][4]:
                ids += ["tel:" + x for x in phones_in(cols.get(c, ""))]
            for c in SPEC[source][5]:
                ids += ["mail:" + x for x in emails_in(cols.get(c, ""))]
            if not ids:
                problems.append(f"{source} record {i}: person row without a phone or e-mail")
            for x in ids:
                union(rec, x)

    # components vs truth
    comp_persons = {}
    person_comps = {}
    for rec, key in record_person.items():
        root_ = find(rec)
        comp_persons.setdefault(root_, set()).add(key)
        person_comps.setdefault(key, set()).add(root_)
    for key, comps in sorted(person_comps.items()):
        if len(comps) > 1:
            problems.append(f"{key}: records not connected by any shared phone/e-mail ({len(comps)} groups)")
    merged = sorted(tuple(sorted(v)) for v in comp_persons.values() if len(v) > 1)
    persons_csv = list(csv.DictReader(open(os.path.join(root, "Tests/Golden/demo-truth/persons.csv"),
                                           encoding="utf-8", newline="")))
    family = tuple(sorted(p["person_key"] for p in persons_csv if p["story"].startswith("family")))
    if merged != [family]:
        problems.append(f"people connected by identifiers other than the planted family: {merged}")
    for src, rec in ragged_expected:
        key = next(t["person_key"] for t in by_source[src] if int(t["record"]) == rec)
        if key not in person_comps:
            problems.append(f"quarantined {src} record {rec}: person {key} appears nowhere else")
    return problems
