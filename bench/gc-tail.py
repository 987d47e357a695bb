#!/usr/bin/env python3
"""Lines a run's delivery tail up with the server's garbage collections.

usage: bench/gc-tail.py <timeline.csv> <gc.csv> [...more pairs]
  timeline.csv: written by the presence or relay bench (--timeline): "# started at unix ms N", then
                sent_ms,ack_ms,slowest_delivery_ms per measured change
  gc.csv:       written by `Gatehouse.Bench gc-watch` on the server during the same run (GATEHOUSE_BENCH_GC=1)

Per run: the collections that paused the server while changes were in flight, their pauses, how much of those
pauses went to marking through the older generations' cards (MarkOlder), and how many of the slowest 1 % of changes
were in flight during a pause. A change counts as hit when its [sent, slowest delivery] span overlaps a pause,
widened by 2 ms either side for the two clocks' reading.
"""
import csv
import statistics
import sys

SLACK_MS = 2.0


def load_timeline(path):
    with open(path) as f:
        first = f.readline()
        start = int(first.split()[-1])
        rows = list(csv.DictReader(f))
    changes = [(float(r["sent_ms"]), float(r["slowest_delivery_ms"])) for r in rows if r["slowest_delivery_ms"]]
    return start, changes


def load_pauses(path, start, end_ms):
    pauses = []
    with open(path) as f:
        for r in csv.DictReader(f):
            at = int(r["pause_start_unix_ms"]) - start
            if -SLACK_MS <= at + float(r["pause_ms"]) and at <= end_ms:
                marks = dict(m.split("=") for m in r["marks"].split()) if r["marks"] else {}
                pauses.append((at, float(r["pause_ms"]), r["gen"], float(marks.get("MarkOlder", 0))))
    return pauses


def hit(pauses, sent, latency):
    return any(at - SLACK_MS <= sent + latency and at + ms + SLACK_MS >= sent for at, ms, _, _ in pauses)


def report(timeline_path, gc_path):
    start, changes = load_timeline(timeline_path)
    end = max(s + l for s, l in changes)
    pauses = load_pauses(gc_path, start, end)
    latencies = sorted(l for _, l in changes)
    p99 = latencies[int(len(latencies) * 0.99)]
    slow = [(s, l) for s, l in changes if l >= p99]
    slow_hit = sum(hit(pauses, s, l) for s, l in slow)
    clear = sorted(l for s, l in changes if not hit(pauses, s, l))
    name = timeline_path.rsplit("/", 1)[-1].removesuffix(".timeline.csv")
    if pauses:
        ms = [p[1] for p in pauses]
        older = sum(p[3] for p in pauses)
        gens = "/".join(f"{sum(1 for p in pauses if p[2] == g)}" for g in "012")
        print(f"{name}: {len(pauses)} collections in flight (gen0/1/2 {gens}), pause median {statistics.median(ms):.1f} ms, "
              f"longest {max(ms):.1f} ms, total {sum(ms):.0f} ms, of it marking through cards {older:.0f} ms; "
              f"p99 {p99:.1f} ms: {slow_hit} of the slowest {len(slow)} changes in flight during a pause; "
              f"p99 of the {len(clear)} changes no pause touched {clear[int(len(clear) * 0.99)]:.1f} ms")
    else:
        print(f"{name}: no collection while changes were in flight; p99 {p99:.1f} ms")


if __name__ == "__main__":
    if len(sys.argv) < 3 or len(sys.argv) % 2 == 0:
        sys.exit(__doc__)
    for i in range(1, len(sys.argv), 2):
        report(sys.argv[i], sys.argv[i + 1])
