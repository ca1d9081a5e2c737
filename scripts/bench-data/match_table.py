#!/usr/bin/env python3
"""Formats `scripts/bench match` results (lines `dataset<TAB>{json}`) as a table and checks targets."""
import json
import sys

rows = []
for line in sys.stdin:
    if "\t" not in line:
        continue
    dataset, payload = line.rstrip("\n").split("\t", 1)
    try:
        rows.append((dataset, json.loads(payload)))
    except json.JSONDecodeError:
        print(f"unreadable result for {dataset}: {payload[:200]}", file=sys.stderr)


def cell(value, digits=3):
    return "-" if value is None else (f"{value:.{digits}f}" if isinstance(value, float) else str(value))


print("%-22s %-8s %8s %9s %7s %7s %8s %10s %9s %10s %s" % (
    "dataset", "method", "records", "precision", "recall", "F1", "seconds", "records/s", "RSS MB", "profiles", "notes"))
for dataset, r in rows:
    notes = []
    if r.get("skipped"):
        notes.append("skipped: " + r["skipped"])
    if "train_seconds" in r and r["train_seconds"]:
        notes.append(f"train {r['train_seconds']:.1f}s")
    if r.get("identifier_ceiling_recall") is not None:
        notes.append("recall ceiling when only shared emails/phones link: %.4f" % r["identifier_ceiling_recall"])
    if r.get("name_merge_recall") is not None:
        notes.append("joining also every same-name profile pair nothing tells apart: precision %.4f, recall %.4f" % (
            r["name_merge_precision"], r["name_merge_recall"]))
    if r.get("test_lead_profiles"):
        notes.append(f"test leads with a profile: {r['test_lead_profiles']}")
    if "incremental_seconds" in r:
        notes.append("incremental +%d records: %.2fs = %.1f%% of the faster full run (%.2fs, %.2fs), re-clustered %d, same profiles as a full run: %s" % (
            r["incremental_records"], r["incremental_seconds"], 100 * r["incremental_share_of_full"], r["seconds"],
            r["full_again_seconds"], r["incremental_scope"], r["incremental_same_as_full"]))
    seconds = r.get("seconds")
    rate = r.get("records_per_s") or (r["records"] / seconds if seconds and r.get("records") else None)
    print("%-22s %-8s %8s %9s %7s %7s %8s %10s %9s %10s %s" % (
        dataset, r.get("method"), cell(r.get("records")), cell(r.get("precision")), cell(r.get("recall")),
        cell(r.get("f1")), cell(seconds, 2), cell(rate, 0), cell(r.get("peak_rss_mb"), 0), cell(r.get("profiles")),
        "; ".join(notes)))
