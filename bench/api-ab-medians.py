"""Medians of bench/api-ab.sh's runs: per request kind and build, p50 / p95 / p99 (ms) and server CPU per request,
with each run's p99 and CPU beside the median so the spread shows. usage: python3 bench/api-ab-medians.py <outdir>"""
import collections
import glob
import re
import statistics
import sys

LINE = re.compile(r"\s+run \d+ (.+?)\s+n=\s*\d+\s+p50\s+([\d.]+)\s+p95\s+([\d.]+)\s+p99\s+([\d.]+)\s+max\s+[\d.]+"
                  r"\s+errors (\d+)(?:\s+cpu/req server\s+([\d.]+))?")
rows = collections.defaultdict(lambda: collections.defaultdict(list))
for path in sorted(glob.glob(sys.argv[1] + "/*-*.log")):
    label = path.split("/")[-1].rsplit("-", 1)[0]
    for line in open(path):
        m = LINE.match(line)
        if m and "warm-up" not in line:
            name = re.sub(r" for \d+ s.*", "", m.group(1)).strip()
            rows[name][label].append([float(x) if x else float("nan") for x in m.groups()[1:]])
for name, by_label in rows.items():
    print(name)
    for label, runs in sorted(by_label.items()):
        med = lambda i: statistics.median(r[i] for r in runs)
        p99s = ", ".join(f"{r[2]:.0f}" for r in runs)
        cpus = ", ".join(f"{r[4]:.2f}" for r in runs)
        print(f"   {label}: p50 {med(0):.1f} p95 {med(1):.1f} p99 {med(2):.1f} errors {med(3):.0f} cpu {med(4):.2f}"
              f"  (runs {len(runs)}; p99 {p99s}; cpu {cpus})")
