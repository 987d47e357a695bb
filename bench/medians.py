"""Prints the median of each figure over several runs' JSON results (written by --json).
usage: medians.py <label> <file>..."""
import json
import statistics
import sys

label, files = sys.argv[1], sys.argv[2:]
rs = [json.load(open(f)) for f in files]


def med(f):
    values = [f(r) for r in rs if f(r) is not None]
    return statistics.median(values) if values else float("nan")


line = (f"{label} medians of {len(rs)} runs: latency p50 {med(lambda r: r['latency_ms']['p50']):.1f} ms, "
        f"p95 {med(lambda r: r['latency_ms']['p95']):.1f} ms, p99 {med(lambda r: r['latency_ms']['p99']):.1f} ms, "
        f"max {med(lambda r: r['latency_ms']['max']):.1f} ms; ")
if all('ack_ms' in r for r in rs):
    line += f"acknowledged p50 {med(lambda r: r['ack_ms']['p50']):.1f} ms, p99 {med(lambda r: r['ack_ms']['p99']):.1f} ms; "
line += (f"connect p50 {med(lambda r: r['connect_ms']['p50']):.1f} ms, p99 {med(lambda r: r['connect_ms']['p99']):.1f} ms; "
         f"server {med(lambda r: r['server_kb_per_connection']):.1f} KB/connection; ")
if any(r.get('server_kb_per_connection_marginal') is not None for r in rs):
    line += f"{med(lambda r: r.get('server_kb_per_connection_marginal')):.1f} KB per connection of the second half; "
if any(r.get('redis_bytes_per_connection') is not None for r in rs):
    line += f"Redis {med(lambda r: r.get('redis_bytes_per_connection')):.0f} bytes/connection; "
line += f"lost {sum(r['deliveries_lost'] for r in rs)} of {sum(r['deliveries_expected'] for r in rs)}"
print(line)
