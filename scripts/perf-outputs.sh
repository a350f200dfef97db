#!/bin/bash
# Writes every report planlint gives on a set of inputs, so that two builds can be shown to
# give byte-identical output (docs/performance.md): run it with each build into its own
# folder, then `diff -r OLD NEW` must print nothing.
#
# usage: scripts/perf-outputs.sh PLANLINT OUTDIR INPUT...
#   PLANLINT  the binary to run (e.g. .build-bench/release/planlint)
#   INPUT     plan files or folders (e.g. Plans /tmp/planlint-bench/plans-5000/0000 adv.yaml)
set -u
bin=$1; out=$2; shift 2
mkdir -p "$out"
n=0
for input in "$@"; do
    n=$((n + 1))
    name="$n-$(basename "$input")"
    for lang in en ja; do
        for format in json text sarif markdown junit csv; do
            "$bin" lint "$input" --format "$format" --lang "$lang" --color never > "$out/$name.$lang.$format" 2>&1
            echo "exit status $?" >> "$out/$name.$lang.$format"
        done
    done
done
