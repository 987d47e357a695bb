# Sums the rate counters of a dotnet-counters CSV (System.Runtime) over a run: bench/analytics-gc.sh prints this.
import csv, sys, collections
tot = collections.defaultdict(float)
for r in list(csv.reader(open(sys.argv[1])))[1:]:
    if len(r) < 5 or r[3] != 'Rate': continue
    try: tot[r[2]] += float(r[4])
    except ValueError: pass
def g(k):
    return sum(v for n, v in tot.items() if n.startswith(k))
gen = lambda n: tot.get(f'dotnet.gc.collections ({{collection}} / 1 sec)[gc.heap.generation={n}]', 0)
print(f"gc: allocated {g('dotnet.gc.heap.total_allocated')/1e9:.2f} GB, gen0/gen1/gen2 {gen('gen0'):.0f}/{gen('gen1'):.0f}/{gen('gen2'):.0f}, pause {g('dotnet.gc.pause.time'):.2f} s, cpu {g('dotnet.process.cpu.time'):.1f} s, lock contentions {g('dotnet.monitor.lock_contentions'):.0f}")
print("exceptions: " + ", ".join(f"{n.split('=')[1].rstrip(']')} {v:.0f}" for n, v in tot.items() if n.startswith('dotnet.exceptions')))
