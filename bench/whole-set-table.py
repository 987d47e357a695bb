"""Prints bench/whole-set.sh's results as Markdown tables: presence beside the relay of the same
minutes (medians of the runs, and their ratio; at 200 changes/s also the bare SignalR relay, what any
gateway built on SignalR pays), then the API bench's medians as it printed them.
usage: whole-set-table.py <output directory of whole-set.sh>"""
import glob
import json
import os
import re
import statistics
import sys

out = sys.argv[1]


def load(step):
    path = os.path.join(out, step, "load")
    return open(path).read().strip() if os.path.exists(path) else "?"


def runs(step, kind):
    return [json.load(open(f)) for f in sorted(glob.glob(os.path.join(out, step, f"{kind}-*.json")))]


def med(rs, pick):
    values = [pick(r) for r in rs if pick(r) is not None]
    return statistics.median(values) if values else None


def ms(v):
    return "—" if v is None else f"{v:.1f}"


rows = []
for rate in ("10", "200", "2000"):
    for kind in ("presence", "relay", "relay-keep-alive", "relay-signalr"):
        rs = runs(f"{kind}-{rate}", kind)
        if rs:
            rows.append((rate, kind, rs))

if rows:
    print("| rate (changes/s) | server | N | runs | load (1/5/15 min) | p50 ms | p95 | p99 | max | lost | ack p50 / p99 | connect p50 / p99 | KB per connection (all / second half) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for rate, kind, rs in rows:
        ack = "—" if not all("ack_ms" in r for r in rs) else f"{ms(med(rs, lambda r: r['ack_ms']['p50']))} / {ms(med(rs, lambda r: r['ack_ms']['p99']))}"
        print(f"| {rate} | {kind} | {rs[0].get('connected', rs[0].get('connections', '?'))} | {len(rs)} | {load(f'{kind}-{rate}')} "
              f"| {ms(med(rs, lambda r: r['latency_ms']['p50']))} | {ms(med(rs, lambda r: r['latency_ms']['p95']))} "
              f"| {ms(med(rs, lambda r: r['latency_ms']['p99']))} | {ms(med(rs, lambda r: r['latency_ms']['max']))} "
              f"| {sum(r['deliveries_lost'] for r in rs)} of {sum(r['deliveries_expected'] for r in rs)} | {ack} "
              f"| {ms(med(rs, lambda r: r['connect_ms']['p50']))} / {ms(med(rs, lambda r: r['connect_ms']['p99']))} "
              f"| {ms(med(rs, lambda r: r['server_kb_per_connection']))} / {ms(med(rs, lambda r: r.get('server_kb_per_connection_marginal')))} |")
    print()
    for rate in ("10", "200", "2000"):
        p, r = runs(f"presence-{rate}", "presence"), runs(f"relay-{rate}", "relay")
        if p and r:
            ratio = [med(p, lambda x, q=q: x['latency_ms'][q]) / max(med(r, lambda x, q=q: x['latency_ms'][q]), 0.001) for q in ("p50", "p99")]
            print(f"- {rate} changes/s: presence ÷ relay = {ratio[0]:.1f}× at p50, {ratio[1]:.1f}× at p99")
        s = runs(f"relay-signalr-{rate}", "relay-signalr")
        if s and r:
            floor = [med(s, lambda x, q=q: x['latency_ms'][q]) / max(med(r, lambda x, q=q: x['latency_ms'][q]), 0.001) for q in ("p50", "p99")]
            print(f"  - bare SignalR relay ÷ relay = {floor[0]:.1f}× at p50, {floor[1]:.1f}× at p99 (the least a SignalR gateway pays)")
        # The tail beside the servers' garbage collections, where they were recorded (bench/gc-tail.py).
        for kind in ("presence", "relay", "relay-keep-alive", "relay-signalr"):
            for timeline in sorted(glob.glob(os.path.join(out, f"{kind}-{rate}", f"{kind}-*.timeline.csv"))):
                gc = timeline.removesuffix(".timeline.csv") + ".gc.csv"
                if os.path.exists(gc):
                    line = os.popen(f"python3 {os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gc-tail.py')} {timeline} {gc}").read().strip()
                    print(f"  - {line}")
    print()

def api_table(step, title):
    """The medians an ApiBench step printed, as a table (the mixed load, and the bare yardstick beside it)."""
    path = os.path.join(out, step, "console.log")
    if not os.path.exists(path):
        return
    lines = open(path).read().splitlines()
    start = next((i for i, l in enumerate(lines) if l.startswith("Median of")), None)
    print(f"{title} (load {load(step)}): " + (lines[start] if start is not None else "no medians (cut short? see console.log)"))
    if start is not None:
        print()
        print("| request | p50 ms | p95 | p99 | errors |")
        print("|---|---|---|---|---|")
        for l in lines[start + 1:]:
            m = re.match(r"\s+(.+?)\s+p50\s+([\d.]+)\s+p95\s+([\d.]+)\s+p99\s+([\d.]+)\s+errors\s+(\S+)", l)
            if m:
                print(f"| {m[1]} | {m[2]} | {m[3]} | {m[4]} | {m[5]} |")
    print()


api_table("api", "API bench")
api_table("api-yardstick", "API yardstick: the same mix against a bare ASP.NET Core + SQLite server")
