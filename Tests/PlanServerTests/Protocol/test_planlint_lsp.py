"""planlint lsp driven by a real LSP client library (pytest-lsp, on pygls and lsprotocol).

Run from PlanServerTests/ProtocolTests.swift with PLANLINT set to the built binary.
"""
import json
import os
import pathlib
import select
import subprocess
import sys
import time

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

PLANLINT = os.environ["PLANLINT"]

# Line 6 (0-based 5) holds 𠮷 (outside the BMP), half-width kana, kanji, full-width
# letters and a doubled を.
BROKEN = """planlint: 1
prefecture: {code: 8, name: 茨城県}
period: {from: 2020, to: 2022}
kpis:
  - id: seminars
    text: 𠮷田ｶﾅ漢字ＡＢＣのアドバイスををする。知財セミナーを年6回開催する。
    targets:
      - {metric: 知財セミナーの開催回数, value: 6, unit: 回, basis: annual}
    supports: [plan/ip]
visions:
  - id: plan
    title: 茨城県総合計画
    period: {from: 2018, to: 2023}
    goals:
      - id: ip
        heading: 知財の活用
        text: 知財セミナーの開催により中小企業の知財活用を促進する。
"""
FIXED = BROKEN.replace("𠮷田ｶﾅ", "吉田カナ").replace("をを", "を")

# (start, end) characters of the three findings on line 5 in each encoding.
EXPECTED = {
    "utf-8": [(10, 14), (17, 23), (56, 62)],
    "utf-16": [(10, 12), (13, 15), (26, 28)],
    "utf-32": [(10, 11), (12, 14), (25, 27)],
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    folder = tmp_path_factory.mktemp("repo") / "Plans"
    folder.mkdir()
    path = folder / "jp.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    return path


def capabilities(encoding):
    caps = client_capabilities("neovim")
    caps.general = types.GeneralClientCapabilities(position_encodings=[encoding])
    return caps


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[PLANLINT, "lsp"], server_env={"LANG": "C"}),
    params=["utf-8", "utf-16", "utf-32"],
)
async def client(lsp_client: LanguageClient, request):
    result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=capabilities(request.param),
                               initialization_options={"lang": "en"})
    )
    lsp_client.encoding = request.param
    assert result.capabilities.position_encoding == request.param
    yield
    await lsp_client.shutdown_session()


async def open_plan(client, path, text=BROKEN):
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="yaml", version=1, text=text)))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return uri


@pytest.mark.asyncio(loop_scope="function")
async def test_diagnostics_ranges_and_fix(client: LanguageClient, plans):
    uri = await open_plan(client, plans)
    found = client.diagnostics[uri]
    assert [d.code for d in found] == ["text-character", "text-character", "text-doubled"]
    assert [(d.range.start.line, d.range.start.character, d.range.end.character) for d in found] == \
        [(5, s, e) for s, e in EXPECTED[client.encoding]]
    assert [d.severity for d in found] == [types.DiagnosticSeverity.Error, types.DiagnosticSeverity.Warning,
                                           types.DiagnosticSeverity.Warning]
    assert all(d.code_description.href == f"planlint-rule:{d.code}" for d in found)
    # An incremental change fixing the doubled を (its second character), then a full one fixing the rest.
    start, end = EXPECTED[client.encoding][2]
    half = (end - start) // 2
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=5, character=start + half),
                              end=types.Position(line=5, character=end)), text="")]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert [d.code for d in client.diagnostics[uri]] == ["text-character", "text-character"]
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=FIXED)]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[uri]) == []


def position(line, text_line, char_index, encoding):
    """The LSP character of Python string index `char_index` (scalars) in `text_line`."""
    prefix = text_line[:char_index]
    if encoding == "utf-8":
        return len(prefix.encode("utf-8"))
    if encoding == "utf-16":
        return len(prefix.encode("utf-16-le")) // 2
    return len(prefix)


@pytest.mark.asyncio(loop_scope="function")
async def test_hover_completion_definition_symbols_actions(client: LanguageClient, plans):
    uri = await open_plan(client, plans)
    lines = BROKEN.split("\n")
    enc = client.encoding
    doubled = lines[5].index("をを")
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        position=types.Position(line=5, character=position(5, lines[5], doubled + 1, enc))))
    assert "**text-doubled**" in hover.contents.value and "How to fix" in hover.contents.value

    key = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        position=types.Position(line=7, character=position(7, lines[7], lines[7].index("basis") + 1, enc))))
    assert "annual (every year)" in key.contents.value

    ref = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=8, character=18)))
    assert "知財セミナーの開催により中小企業の知財活用を促進する。" in ref.contents.value

    completion = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=8, character=19)))
    assert [i.label for i in completion.items] == ["plan/ip"]
    values = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        position=types.Position(line=7, character=position(7, lines[7], lines[7].index("annual") + 2, enc))))
    assert "cumulative" in [i.label for i in values.items]

    definition = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=8, character=18)))
    location = definition if isinstance(definition, types.Location) else definition[0]
    assert (location.range.start.line, location.range.start.character) == (14, 12)

    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    assert [s.name for s in symbols] == ["seminars", "plan"]
    assert [c.name for c in symbols[1].children] == ["ip"]

    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(start=types.Position(line=5, character=0), end=types.Position(line=5, character=0)),
        context=types.CodeActionContext(diagnostics=list(client.diagnostics[uri]))))
    titles = [a.title for a in actions]
    assert any("text-doubled" in t for t in titles), titles
    edit = next(a for a in actions if "text-doubled" in a.title).edit.changes[uri][0]
    assert "- rule: text-doubled\n    at: seminars\n" in edit.new_text


@pytest.mark.asyncio(loop_scope="function")
async def test_unknown_request_is_method_not_found(client: LanguageClient, plans):
    await open_plan(client, plans)
    with pytest.raises(Exception) as info:
        await client.protocol.send_request_async("planlint/noSuchMethod", {})
    assert "-32601" in str(info.value) or "not found" in str(info.value)


# Hostile clients: raw bytes on the server's standard input.

def frame(obj):
    body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def start():
    return subprocess.Popen([PLANLINT, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={"LANG": "C", "PATH": os.environ.get("PATH", "")})


def read_messages(proc, timeout=60):
    """Every message the server wrote until it closed standard output."""
    out, _ = proc.communicate(timeout=timeout)
    messages = []
    while out:
        head, _, rest = out.partition(b"\r\n\r\n")
        n = int(head.split(b":")[1])
        messages.append(json.loads(rest[:n]))
        out = rest[n:]
    return messages


INIT = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}


def test_garbage_on_stdin():
    proc = start()
    garbage = (b"\x00\xff garbage\r\n\r\n" + b"Content-Length: zz\r\n\r\n" + b"Content-Length: 99999999999\r\n\r\n"
               + frame(INIT) + b"Content-Length: 9\r\n\r\n{not json" + os.urandom(3000)
               + b"\r\n\r\n" + frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
               + frame({"jsonrpc": "2.0", "method": "exit"}))
    proc.stdin.write(garbage)
    proc.stdin.flush()
    messages = read_messages(proc)
    assert proc.returncode == 0
    by_id = {m.get("id"): m for m in messages}
    assert "capabilities" in by_id[1]["result"]
    assert any(m.get("error", {}).get("code") == -32700 for m in messages)
    assert by_id[2]["result"] is None


def test_exit_without_shutdown_and_eof():
    proc = start()
    proc.stdin.write(frame(INIT) + frame({"jsonrpc": "2.0", "method": "exit"}))
    proc.stdin.flush()
    proc.wait(timeout=30)
    assert proc.returncode == 1
    proc2 = start()
    proc2.stdin.write(frame(INIT))
    proc2.stdin.close()
    proc2.wait(timeout=30)
    assert proc2.returncode == 1


def test_five_megabyte_document(tmp_path):
    kpi = ("  - id: k{n}\n    text: 知財セミナーを年6回開催する。\n    targets:\n"
           "      - {{metric: 開催回数, value: 6, unit: 回, basis: annual}}\n    supports: [plan/ip]\n")
    body = []
    size = 0
    n = 0
    while size < 5_000_000:
        item = kpi.format(n=n)
        body.append(item)
        size += len(item.encode("utf-8"))
        n += 1
    text = FIXED.replace("kpis:\n", "kpis:\n" + "".join(body))
    (tmp_path / "Plans").mkdir()
    uri = (tmp_path / "Plans" / "big.yaml").as_uri()
    proc = start()
    started = time.monotonic()
    proc.stdin.write(frame(INIT) + frame({"jsonrpc": "2.0", "method": "initialized", "params": {}})
                     + frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
                         "uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
                     + frame({"jsonrpc": "2.0", "id": 2, "method": "textDocument/documentSymbol",
                              "params": {"textDocument": {"uri": uri}}})
                     + frame({"jsonrpc": "2.0", "id": 3, "method": "shutdown"})
                     + frame({"jsonrpc": "2.0", "method": "exit"}))
    proc.stdin.flush()
    messages = read_messages(proc, timeout=300)
    assert proc.returncode == 0
    assert time.monotonic() - started < 300
    published = [m for m in messages if m.get("method") == "textDocument/publishDiagnostics"]
    assert len(published) == 1
    symbols = next(m for m in messages if m.get("id") == 2)["result"]
    assert len(symbols) == n + 2  # the generated KPIs, seminars and the vision


def test_client_exits_mid_request(tmp_path):
    """The client sends requests and goes away without reading: the server must end, not hang or crash."""
    (tmp_path / "Plans").mkdir()
    uri = (tmp_path / "Plans" / "jp.yaml").as_uri()
    proc = start()
    requests = [frame(INIT), frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "yaml", "version": 1, "text": BROKEN * 1}}})]
    for i in range(2, 400):
        requests.append(frame({"jsonrpc": "2.0", "id": i, "method": "textDocument/documentSymbol",
                               "params": {"textDocument": {"uri": uri}}}))
    proc.stdin.write(b"".join(requests))
    proc.stdin.flush()
    proc.stdout.close()  # nobody reads the answers: writes fail with EPIPE
    proc.stdin.close()   # and the client is gone
    proc.wait(timeout=60)
    stderr = proc.stderr.read().decode("utf-8", "replace")
    assert proc.returncode in (0, 1), (proc.returncode, stderr)
    assert "Fatal" not in stderr and "crash" not in stderr.lower()
