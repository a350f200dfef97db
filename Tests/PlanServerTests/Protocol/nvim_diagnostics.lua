-- Headless Neovim (0.7+) with its built-in LSP client: attach `planlint lsp` to the
-- buffer, wait for the first publishDiagnostics, and write the diagnostics Neovim holds
-- to $OUT, one per line: code, lnum, col, end_lnum, end_col (0-based, byte columns as
-- Neovim stores them), severity, message.
local out = os.getenv("OUT")
local published = false
local default = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
  default(err, result, ctx, config)
  published = true
end
local start = vim.lsp.start or nil
local id = vim.lsp.start_client({
  name = "planlint",
  cmd = { os.getenv("PLANLINT"), "lsp" },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(0, id)
local ok = vim.wait(60000, function() return published end, 20)
local f = io.open(out, "w")
if not ok then
  f:write("TIMEOUT\n")
else
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ""
    f:write(string.format("%s\t%d\t%d\t%d\t%d\t%d\t%s\n", code, d.lnum, d.col, d.end_lnum, d.end_col, d.severity,
      (d.message:gsub("\n", " "))))
  end
end
f:close()
vim.lsp.stop_client(id, true)

vim.cmd("qall!")
