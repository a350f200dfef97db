#!/usr/bin/env bash
# Times the Python peers beside planlint on the same files, for docs/performance.md:
#   yamllint -d relaxed, a PyYAML C-loader pass (yaml.CSafeLoader), planlint lint, and a
#   C hello-world process (start-up only). Medians of RUNS alternating runs (each process
#   whole, start-up included). The 5,000-plan corpus is the benchmark's (planlint-bench).
#
#   scripts/bench-peers.sh            # Plans/ and the 5,000-plan corpus
#   RUNS=11 SLOW_RUNS=1 scripts/bench-peers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-/tmp/planlint-bench}
RUNS=${RUNS:-11}
SLOW_RUNS=${SLOW_RUNS:-1}   # yamllint takes about a minute on 5,000 plans
SCRATCH=${SCRATCH:-.build-bench}

python3 -c 'import yaml' 2>/dev/null || python3 -m pip install --quiet pyyaml
command -v yamllint >/dev/null 2>&1 || python3 -m pip install --quiet yamllint
python3 -c 'import yaml; assert yaml.__with_libyaml__, "PyYAML was built without libyaml"'

swift build -c release --scratch-path "$SCRATCH" >/dev/null
BIN="$SCRATCH/release"
[ -f "$CORPUS/plans-5000/.stamp" ] || "$BIN/planlint-bench" --corpus "$CORPUS" --sizes 5000 --stream-mb 0 --rounds 1 --no-processes >/dev/null

HELLO="$SCRATCH/hello-c"
printf '#include <stdio.h>\nint main(void) { puts("ok"); return 0; }\n' > "$HELLO.c"
cc -O2 -o "$HELLO" "$HELLO.c"

PYLOAD='import sys, yaml
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        yaml.load(f, Loader=yaml.CSafeLoader)'

python3 - "$RUNS" "$SLOW_RUNS" "$BIN/planlint" "$HELLO" "$CORPUS/plans-5000" "$PYLOAD" <<'PY'
import glob, os, statistics, subprocess, sys, time
runs, slow_runs, planlint, hello, big, pyload = int(sys.argv[1]), int(sys.argv[2]), *sys.argv[3:]
def files(d): return sorted(glob.glob(os.path.join(d, "**", "*.yaml"), recursive=True))
def commands(d):
    return [("C hello world (start-up only)", [hello]),
            ("planlint lint", [planlint, "lint", d, "--color", "never"]),
            ("PyYAML C loader (CSafeLoader)", [sys.executable, "-c", pyload] + files(d)),
            ("yamllint -d relaxed", ["yamllint", "-d", "relaxed", d])]
print(f"| files | command | median wall time | × planlint |\n|---|---|---|---|")
for label, d, n in (("Plans/ (47)", "Plans", runs), ("5,000 plans", big, slow_runs)):
    cmds = commands(d)
    times = {name: [] for name, _ in cmds}
    for r in range(n):
        for k in range(len(cmds)):
            name, argv = cmds[(k + r) % len(cmds)]
            t = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - t)
    base = statistics.median(times["planlint lint"])
    for name, _ in cmds:
        m = statistics.median(times[name])
        print(f"| {label} | {name} | {m * 1000:.1f} ms | {m / base:.2f}× |")
PY
