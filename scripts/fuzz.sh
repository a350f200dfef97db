#!/usr/bin/env bash
# Fuzzes the loader, the plan decoder and the rule engine with libFuzzer + AddressSanitizer.
#
#   scripts/fuzz.sh [SECONDS] [libFuzzer options...]   fuzz for SECONDS (default 60)
#   scripts/fuzz.sh --replay [FILES...]                run inputs once (default: Fuzz/regressions)
#   scripts/fuzz.sh --build                            only build the fuzzer
#
# The modules' sources are compiled straight with swiftc (-sanitize=fuzzer,address), so
# nothing here touches the SwiftPM package or slows its build. Work files go to
# $FUZZ_DIR (default fuzz-out/, ignored by git): the binary, the growing corpus, and
# crash-*/timeout-*/oom-* inputs. Seeds: Plans/, Fuzz/regressions/, Rules/ and the YAML
# test suite (../shared/vendor/yaml-test-suite). A crash found is kept as a regression:
# copy it to Fuzz/regressions/<name>.yaml, fix it, and the tests replay it.
set -euo pipefail
export SWIFT_BACKTRACE=enable=no  # let libFuzzer and ASan report crashes
cd "$(dirname "$0")/.."
root=$PWD
out=${FUZZ_DIR:-$root/fuzz-out}
build=$out/build
mkdir -p "$build" "$out/corpus" "$out/artifacts"

flags=(-O -swift-version 6 -suppress-warnings -enable-testing -sanitize=fuzzer,address -parse-as-library -I "$build" -I "$root/Sources/CYAML")

module() {  # module NAME SOURCES...
    local name=$1; shift
    swiftc "${flags[@]}" -module-name "$name" -wmo -c "$@" \
        -emit-module -emit-module-path "$build/$name.swiftmodule" -o "$build/$name.o"
}

tool_module() {  # tool_module NAME SOURCES...: for embed-rules, without the fuzzing instrumentation
    local name=$1; shift
    swiftc -O -swift-version 6 -suppress-warnings -parse-as-library -I "$build/tool" -I "$root/Sources/CYAML" \
        -module-name "$name" -wmo -c "$@" -emit-module -emit-module-path "$build/tool/$name.swiftmodule" -o "$build/tool/$name.o"
}

build_fuzzer() {
    echo "fuzz.sh: building $build/planlint-fuzz" >&2
    # The rule catalogue, compiled the way the EmbedRulesPlugin does it: embed-rules reads
    # Rules/*.yaml with PlanCatalogue and writes Swift that builds the rules.
    mkdir -p "$build/tool"
    tool_module PlanYAML Sources/PlanYAML/*.swift
    tool_module PlanText Sources/PlanText/*.swift
    tool_module PlanModel $(find Sources/PlanModel -name '*.swift')
    tool_module PlanCatalogue Sources/PlanCatalogue/*.swift
    swiftc -O -swift-version 6 -suppress-warnings -I "$build/tool" -I "$root/Sources/CYAML" -module-name embed_rules \
        Sources/embed-rules/*.swift "$build"/tool/{PlanYAML,PlanText,PlanModel,PlanCatalogue}.o -lyaml -o "$build/embed-rules"
    "$build/embed-rules" "$build/EmbeddedRules.swift" Rules/*.yaml
    module PlanYAML Sources/PlanYAML/*.swift
    module PlanText Sources/PlanText/*.swift
    module PlanModel $(find Sources/PlanModel -name '*.swift')
    module PlanCatalogue Sources/PlanCatalogue/*.swift
    module PlanRules $(find Sources/PlanRules -name '*.swift') "$build/EmbeddedRules.swift"
    swiftc "${flags[@]}" -module-name PlanFuzz Fuzz/FuzzTarget.swift \
        "$build"/PlanYAML.o "$build"/PlanText.o "$build"/PlanModel.o "$build"/PlanCatalogue.o "$build"/PlanRules.o \
        -lyaml -o "$build/planlint-fuzz"
}

case "${1:-}" in
--build)
    build_fuzzer
    exit 0 ;;
--replay)
    shift
    build_fuzzer
    if [ $# -eq 0 ]; then set -- Fuzz/regressions/*.yaml; fi
    exec "$build/planlint-fuzz" -runs=1 "$@" ;;
esac

seconds=${1:-60}
[ $# -gt 0 ] && shift
build_fuzzer

seeds=$out/seeds
rm -rf "$seeds" && mkdir -p "$seeds"
cp Plans/*.yaml Rules/*.yaml "$seeds"/ 2>/dev/null || true
cp Fuzz/regressions/*.yaml "$seeds"/ 2>/dev/null || true
suite=$root/../shared/vendor/yaml-test-suite/data
if [ -d "$suite" ]; then
    find "$suite" -name in.yaml | while read -r f; do
        id=${f#"$suite"/}; cp "$f" "$seeds/suite-${id//\//-}"
    done
fi

start=$(date +%s)
status=0
"$build/planlint-fuzz" "$out/corpus" "$seeds" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
    -dict=Fuzz/yaml.dict -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$@" || status=$?
end=$(date +%s)
echo "$(date -u +%FT%TZ) fuzzed $((end - start)) s, exit $status" >> "$out/fuzz-log.txt"
echo "fuzz.sh: fuzzed $((end - start)) s (total so far: $(awk '{s += $3} END {print s}' "$out/fuzz-log.txt") s)" >&2
exit $status
