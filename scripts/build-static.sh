#!/usr/bin/env bash
# Builds one self-contained planlint binary for Linux: the Swift runtime and libyaml are
# linked in statically, so the binary runs on a machine (a plan repository's CI runner, an
# office Linux or WSL box) that has no Swift toolchain and no libyaml installed.
#
# Only glibc (libc, libm, ld-linux) and the C++ runtime the Swift runtime is built on
# (libstdc++, libgcc_s) stay dynamic: every Linux distribution ships them (Debian's apt
# itself needs both), and a static glibc cannot load the iconv converters (gconv modules)
# that planlint uses to read Shift_JIS and EUC-JP files.
#
# Usage: scripts/build-static.sh [OUTPUT]   (default: .build-static/planlint)
# Needs: the Swift toolchain and libyaml-dev (for libyaml.a), at build time only.
set -euo pipefail
cd "$(dirname "$0")/.."

output=${1:-.build-static/planlint}
scratch=.build-static/work

libdir=$(pkg-config --variable=libdir yaml-0.1 2>/dev/null || echo /usr/lib/x86_64-linux-gnu)
if [[ ! -f $libdir/libyaml.a ]]; then
    echo "build-static: $libdir/libyaml.a not found (install libyaml-dev)" >&2
    exit 2
fi
# The CYAML module asks pkg-config for libyaml's flags (-L<libdir> -lyaml). A private
# yaml-0.1.pc whose library folder holds only the static archive makes -lyaml resolve to
# libyaml.a instead of libyaml.so.
staticlibs=$(mktemp -d)
trap 'rm -rf "$staticlibs"' EXIT
ln -s "$libdir/libyaml.a" "$staticlibs/libyaml.a"
includedir=$(pkg-config --variable=includedir yaml-0.1 2>/dev/null || echo /usr/include)
cat > "$staticlibs/yaml-0.1.pc" <<PC
Name: LibYAML (static, for build-static.sh)
Description: libyaml linked statically
Version: $(pkg-config --modversion yaml-0.1 2>/dev/null || echo 0.2)
Libs: -L$staticlibs -lyaml
Cflags: -I$includedir
PC
export PKG_CONFIG_PATH=$staticlibs${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}

# The .docx reader's FoundationXML asks for -lxml2, and Debian's libxml2 needs ICU, lzma
# and zlib: the same folder holds their static archives (libxml2-dev, libicu-dev,
# liblzma-dev and zlib1g-dev install them), named again after the objects so that the
# linker resolves libxml2.a's own needs.
extra=()
for lib in xml2 icuuc icudata lzma z; do
    if [[ ! -f $libdir/lib$lib.a ]]; then
        echo "build-static: $libdir/lib$lib.a not found (apt-get install libxml2-dev libicu-dev liblzma-dev zlib1g-dev)" >&2
        exit 2
    fi
    ln -s "$libdir/lib$lib.a" "$staticlibs/lib$lib.a"
    [[ $lib == xml2 ]] || extra+=(-Xlinker "-l$lib")
done

swift build -c release --product planlint --scratch-path "$scratch" \
    --static-swift-stdlib -Xlinker -L"$staticlibs" "${extra[@]}"

mkdir -p "$(dirname "$output")"
cp "$scratch/release/planlint" "$output.tmp"
strip "$output.tmp" 2>/dev/null || true
mv "$output.tmp" "$output"

# Refuse to call it self-contained if anything but glibc is still loaded dynamically.
if ldd "$output" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime|libyaml|libicu|libxml2|liblzma' >&2; then
    echo "build-static: $output still depends on the libraries above" >&2
    exit 1
fi
echo "build-static: wrote $output ($(du -h "$output" | cut -f1)); dynamic dependencies:"
ldd "$output" | sed 's/^/  /'
