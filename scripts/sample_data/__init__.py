"""Deterministic generator of Truce's demo company data (see scripts/make-sample-data).

Everything here is synthetic: names are drawn from common Russian name lists and
combined at random, phone numbers and e-mail addresses are generated. Python is
used only for tooling; the product itself is Swift.
"""
