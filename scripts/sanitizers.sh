#!/usr/bin/env bash
# Runs the whole test suite under ThreadSanitizer (files are linted in parallel) and
# AddressSanitizer (with LeakSanitizer; scripts/lsan.supp lists the toolchain's own
# one-shot allocations). Each uses its own build folder. Exit status: non-zero if either fails.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== swift test --sanitize=thread"
swift test --sanitize=thread --scratch-path .build-tsan
echo "== swift test --sanitize=address"
LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0" \
    swift test --sanitize=address --scratch-path .build-asan
