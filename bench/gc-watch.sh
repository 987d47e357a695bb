# Sourced by the run scripts: with GATEHOUSE_BENCH_GC=1, records a server's garbage collections during a run
# (Gatehouse.Bench gc-watch, over EventPipe) so bench/gc-tail.py can line its pauses up with the run's timeline.
# Off by default: the watcher is one more process on the same cores.
GC_WATCH_PID=
gc_watch_start() { # <server pid> <csv>
  [ "${GATEHOUSE_BENCH_GC:-0}" = 1 ] || return 0
  dotnet bench/Gatehouse.Bench/bin/Release/net10.0/Gatehouse.Bench.dll gc-watch --pid "$1" --csv "$2" >"$2.log" 2>&1 &
  GC_WATCH_PID=$!
}
gc_watch_stop() {
  [ -n "$GC_WATCH_PID" ] || return 0
  kill -INT "$GC_WATCH_PID" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$GC_WATCH_PID" 2>/dev/null || break; sleep 0.5; done
  kill "$GC_WATCH_PID" 2>/dev/null || true
  GC_WATCH_PID=
}
