"""Opens plans in headless Neovim with planlint lsp attached and compares the diagnostics
Neovim shows with `planlint lint --format json` on the same files.

usage: PLANLINT=... python3 nvim_compare.py FILE...   (exit 1 on any difference)
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PLANLINT = os.environ["PLANLINT"]
ENV = {"LANG": "C", "PATH": os.environ.get("PATH", ""), "HOME": tempfile.gettempdir(), "PLANLINT": PLANLINT}
SEVERITY = {"error": 1, "warning": 2, "info": 3}


def from_nvim(path):
    with tempfile.NamedTemporaryFile("r", suffix=".tsv", delete=False) as out:
        env = dict(ENV, OUT=out.name)
        subprocess.run(["nvim", "--headless", "-u", "NONE", "-i", "NONE", "-n", path, "-c",
                        "luafile " + os.path.join(HERE, "nvim_diagnostics.lua")],
                       env=env, timeout=120, check=True, stdin=subprocess.DEVNULL)
        text = open(out.name, encoding="utf-8").read()
    os.unlink(out.name)
    if text.startswith("TIMEOUT"):
        raise SystemExit(f"{path}: no diagnostics published within 60 s")
    rows = []
    for line in text.splitlines():
        code, lnum, col, end_lnum, end_col, severity, message = line.split("\t", 6)
        rows.append((code, int(lnum), int(col), int(end_lnum), int(end_col), int(severity), message))
    return sorted(rows)


def from_cli(path):
    run = subprocess.run([PLANLINT, "lint", "--format", "json", path], env=ENV, capture_output=True, text=True)
    report = json.loads(run.stdout)
    lines = open(path, encoding="utf-8").read().split("\n")

    def byte_col(line, column):
        text = lines[line - 1] if 0 < line <= len(lines) else ""
        return len(text[:column - 1].encode("utf-8"))

    rows = []
    for d in report["diagnostics"]:
        accepted = d.get("waived") or d.get("baselined")
        rows.append((d["rule"], d["line"] - 1, byte_col(d["line"], d["column"]), d["endLine"] - 1,
                     byte_col(d["endLine"], d["endColumn"]), 4 if accepted else SEVERITY[d["severity"]], d["message"]))
    return sorted(rows)


def main(paths):
    total = 0
    bad = 0
    for path in paths:
        nvim, cli = from_nvim(path), from_cli(path)
        # Neovim shows a waived finding's message with the waiver's reason appended.
        nvim = sorted((r[:6] + (r[6] if r[5] != 4 else cli_message(r, cli),)) for r in nvim)
        total += len(cli)
        if nvim != cli:
            bad += 1
            print(f"{path}: differs\n  nvim: {nvim}\n  cli:  {cli}")
    print(f"{len(paths)} files, {total} diagnostics, {bad} files differ")
    return 1 if bad else 0


def cli_message(row, cli):
    for c in cli:
        if c[:6] == row[:6] and row[6].startswith(c[6]):
            return c[6]
    return row[6]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
