#!/usr/bin/env python3
"""The Python side of the side-by-side batch (scripts/side-by-side.sh).

For every company folder: read dataset.json and claims.json, compute revenue growth FY2024 over
FY2023, compute to revenue FY2024 and the runway on the 9M2025 adjusted loss, each with the range
the printed digits allow (decimal, 34 digits, ends rounded outward), and judge the growth claim
(consistent when the computed range meets the printed one). It validates nothing and keeps no
sources: the arithmetic floor a user could write in an afternoon.

    python3 scripts/side_by_side.py FOLDER            plain decimal
    python3 scripts/side_by_side.py FOLDER --pandas   the same with pandas on floats, vectorised
"""
import decimal
import json
import os
import sys
import time

SCALES = {"one": 0, "thousand": 3, "萬": 4, "million": 6, "億": 8, "billion": 9}
CONTEXT = decimal.Context(prec=34)
DOWN = decimal.Context(prec=34, rounding=decimal.ROUND_FLOOR)
UP = decimal.Context(prec=34, rounding=decimal.ROUND_CEILING)


def figure(f):
    """The value and its rounding range, at base scale."""
    printed = decimal.Decimal(f["value"])
    exponent = SCALES[f.get("scale", "one")]
    half = decimal.Decimal(1).scaleb(printed.as_tuple().exponent) / 2
    return (printed.scaleb(exponent), (printed - half).scaleb(exponent), (printed + half).scaleb(exponent))


def load(folder):
    with open(os.path.join(folder, "dataset.json"), encoding="utf-8") as f:
        dataset = json.load(f)
    with open(os.path.join(folder, "claims.json"), encoding="utf-8") as f:
        claims = json.load(f)["claims"]
    figures = {}
    for f in dataset["figures"]:
        figures.setdefault(f["metric"] + "/" + f.get("segment", "total") + "/" + f["period"], f)
    return figures, claims


def quotient(a, b):
    """a / b on (value, low, high) triples with positive divisors."""
    return (CONTEXT.divide(a[0], b[0]), min(DOWN.divide(a[1], b[2]), DOWN.divide(a[1], b[1])),
            max(UP.divide(a[2], b[1]), UP.divide(a[2], b[2])))


def plain(root):
    start = time.perf_counter()
    meaningful = consistent = 0
    folders = sorted(os.path.join(root, d) for d in os.listdir(root))
    for folder in folders:
        figures, claims = load(folder)
        r24, r23 = figure(figures["revenue/total/FY2024"]), figure(figures["revenue/total/FY2023"])
        g = quotient(r24, r23)
        growth = tuple((x - 1) * 100 for x in g)
        c24 = figure(figures["training_compute_spend/total/FY2024"])
        ratio = tuple(x * 100 for x in quotient(c24, r24))
        cash, loss = figure(figures["cash_reserves/total/2025-09-30"]), figure(figures["adjusted_net_loss/total/9M2025"])
        burn = tuple(x / 9 for x in loss)
        runway = quotient(cash, burn)
        meaningful += sum(1 for r in (growth, ratio, runway) if r[1] <= r[2])
        claim = next(c for c in claims if c["id"] == "growth-fy2024")
        printed = decimal.Decimal(claim["reported"].rstrip("%"))
        half = decimal.Decimal(1).scaleb(printed.as_tuple().exponent) / 2
        if growth[1] <= printed + half and printed - half <= growth[2]:
            consistent += 1
    millis = (time.perf_counter() - start) * 1000
    print(f"python decimal: {len(folders)} companies in {millis:.0f} ms; {meaningful} meaningful results, "
          f"{consistent} consistent growth claims")


def with_pandas(root):
    import pandas as pd
    start = time.perf_counter()
    rows = []
    folders = sorted(os.path.join(root, d) for d in os.listdir(root))
    for folder in folders:
        figures, claims = load(folder)
        row = {}
        for key, name in (("revenue/total/FY2024", "r24"), ("revenue/total/FY2023", "r23"),
                          ("training_compute_spend/total/FY2024", "c24"), ("cash_reserves/total/2025-09-30", "cash"),
                          ("adjusted_net_loss/total/9M2025", "loss")):
            v, lo, hi = figure(figures[key])
            row[name], row[name + "_lo"], row[name + "_hi"] = float(v), float(lo), float(hi)
        claim = next(c for c in claims if c["id"] == "growth-fy2024")
        printed = decimal.Decimal(claim["reported"].rstrip("%"))
        half = decimal.Decimal(1).scaleb(printed.as_tuple().exponent) / 2
        row["rep_lo"], row["rep_hi"] = float(printed - half), float(printed + half)
        rows.append(row)
    df = pd.DataFrame(rows)
    g_lo = (df.r24_lo / df.r23_hi - 1) * 100
    g_hi = (df.r24_hi / df.r23_lo - 1) * 100
    ratio_lo, ratio_hi = df.c24_lo / df.r24_hi * 100, df.c24_hi / df.r24_lo * 100
    run_lo, run_hi = df.cash_lo / (df.loss_hi / 9), df.cash_hi / (df.loss_lo / 9)
    meaningful = int((g_lo <= g_hi).sum() + (ratio_lo <= ratio_hi).sum() + (run_lo <= run_hi).sum())
    consistent = int(((g_lo <= df.rep_hi) & (df.rep_lo <= g_hi)).sum())
    millis = (time.perf_counter() - start) * 1000
    print(f"pandas: {len(folders)} companies in {millis:.0f} ms; {meaningful} meaningful results, "
          f"{consistent} consistent growth claims")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "--pandas":
        with_pandas(sys.argv[1])
    else:
        plain(sys.argv[1])
