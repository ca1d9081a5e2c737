#!/usr/bin/env python3
"""Runs Splink (DuckDB backend) on a record CSV and prints its pairwise quality and time as JSON.

Usage: splink_runner.py RECORDS.csv [--threshold 0.95]

RECORDS.csv columns: unique_id, first_name, surname, dob, city, email, phone, cluster (truth;
never shown to Splink). Empty cells are nulls. The model follows Splink's usual unsupervised
recipe: prior from deterministic rules, u by random sampling, m by EM over two blocking
sessions, prediction over the blocking rules, connected components at the threshold.
Pairwise precision/recall/F1 compare the clusters with `cluster`. `seconds` covers loading,
training, prediction and clustering (not the metric computation).
"""
import json
import logging
import sys
import time

import duckdb
from splink import DuckDBAPI, Linker, SettingsCreator, block_on
import splink.comparison_library as cl


def pairs_in(groups):
    return sum(n * (n - 1) // 2 for n in groups.values())


def pairwise_scores(truth, predicted):
    """Pairwise P/R/F1 of two record → cluster maps over the same records."""
    both = {}
    for rid, t in truth.items():
        key = (t, predicted[rid])
        both[key] = both.get(key, 0) + 1
    truth_sizes, pred_sizes = {}, {}
    for rid, t in truth.items():
        truth_sizes[t] = truth_sizes.get(t, 0) + 1
        p = predicted[rid]
        pred_sizes[p] = pred_sizes.get(p, 0) + 1
    tp = pairs_in(both)
    pp, tt = pairs_in(pred_sizes), pairs_in(truth_sizes)
    precision = tp / pp if pp else 1.0
    recall = tp / tt if tt else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main():
    path = sys.argv[1]
    threshold = 0.95
    if "--threshold" in sys.argv:
        threshold = float(sys.argv[sys.argv.index("--threshold") + 1])
    logging.getLogger("splink").setLevel(logging.ERROR)
    started = time.perf_counter()
    con = duckdb.connect()
    con.execute("SET threads TO 2")
    con.execute(
        "CREATE TABLE records AS SELECT * FROM read_csv(?, header=true, all_varchar=true, nullstr='')",
        [path],
    )
    con.execute("CREATE TABLE input AS SELECT * EXCLUDE (cluster) FROM records")
    columns = [row[0] for row in con.execute("DESCRIBE input").fetchall()]
    has_phone = "phone" in columns and con.execute("SELECT count(phone) FROM input").fetchall()[0][0] > 0
    comparisons = [
        cl.NameComparison("first_name").configure(term_frequency_adjustments=True),
        cl.NameComparison("surname").configure(term_frequency_adjustments=True),
        cl.DateOfBirthComparison("dob", input_is_string=True),
        cl.ExactMatch("city").configure(term_frequency_adjustments=True),
        cl.EmailComparison("email"),
    ]
    rules = [block_on("first_name", "dob"), block_on("surname"), block_on("email")]
    prior_rules = [block_on("first_name", "surname", "dob"), block_on("email")]
    if has_phone:
        comparisons.append(cl.ExactMatch("phone").configure(term_frequency_adjustments=True))
        rules.append(block_on("phone"))
        prior_rules.append(block_on("phone"))
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=comparisons,
        blocking_rules_to_generate_predictions=rules,
    )
    db_api = DuckDBAPI(connection=con)
    linker = Linker(db_api.register("input"), settings)
    linker.training.estimate_probability_two_random_records_match(prior_rules, recall=0.7)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("first_name", "surname"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("dob"))
    predictions = linker.inference.predict(threshold_match_probability=0.5)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(predictions, threshold)
    rows = con.execute(f"SELECT unique_id, cluster_id FROM {clusters.physical_name}").fetchall()
    seconds = time.perf_counter() - started
    predicted = {str(r[0]): str(r[1]) for r in rows}
    truth = {str(r[0]): str(r[1]) for r in con.execute("SELECT unique_id, cluster FROM records").fetchall()}
    for rid in truth:
        predicted.setdefault(rid, "single-" + rid)
    precision, recall, f1 = pairwise_scores(truth, predicted)
    print(json.dumps({"method": "splink", "records": len(truth), "precision": round(precision, 4),
                      "recall": round(recall, 4), "f1": round(f1, 4), "seconds": round(seconds, 3),
                      "profiles": len(set(predicted.values()))}))


if __name__ == "__main__":
    main()
