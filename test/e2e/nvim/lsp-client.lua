-- Neovim 0.7 (Debian) as a second LSP client: starts `node dist/server.js --stdio`, attaches a Markdown draft and
-- checks what a Neovim user gets: pushed diagnostics (Neovim 0.7 has no pull diagnostics), a hover, a code action
-- whose edit changes the buffer exactly, fresh diagnostics after the edit, the commitment behind a citation key on
-- hover, completion of citation keys after "[@", and a clean shutdown.
-- Run by test/e2e/harness/nvim.ts:  AW_SERVER=dist/server.js AW_FILE=draft.md nvim --headless --clean -c 'luafile lsp-client.lua'
-- Output: one "ok   <check>" or "FAIL <check>: <expected / got>" line per check, then "nvim: N passed, N failed".
local server = assert(os.getenv('AW_SERVER'), 'set AW_SERVER')
local file = assert(os.getenv('AW_FILE'), 'set AW_FILE')
local node = os.getenv('AW_NODE') or 'node'
local passed, failed = 0, 0
local function out(s) io.stdout:write(s .. '\n') end
local function check(name, fn)
  local ok, err = pcall(fn)
  if ok then passed = passed + 1; out('ok   ' .. name)
  else failed = failed + 1; out('FAIL ' .. name .. ': ' .. tostring(err)) end
  return ok
end
local function expect(cond, msg) if not cond then error(msg, 0) end end

-- Keep the raw LSP diagnostics (with their UTF-16 ranges and data) as the server sent them.
local published = {}
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  published[#published + 1] = result
  return default_handler(err, result, ctx, config)
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'markdown'
local uri = vim.uri_from_bufnr(buf)

-- The word under test: "regie" in the dictum; the line has "vóór" before it, so byte and UTF-16 columns differ.
local lnum, line, bytecol
for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  local s = l:find('de regie te geven', 1, true)
  if s then lnum, line, bytecol = i - 1, l, s + 2 end   -- 0-based byte column of "regie"
end
assert(lnum, 'the draft has no "de regie te geven"')
local _, col16 = vim.str_utfindex(line, bytecol)
local regie_range = { start = { line = lnum, character = col16 }, ['end'] = { line = lnum, character = col16 + 5 } }

local client_id
check('server starts over stdio and initializes', function()
  -- No debounce: a request right after a buffer change must see the change (Neovim sends didChange first).
  client_id = vim.lsp.start_client({ name = 'akkoordwijzer', cmd = { node, server, '--stdio' }, root_dir = vim.fn.fnamemodify(file, ':h'), flags = { debounce_text_changes = 0 } })
  expect(client_id, 'start_client returned nil')
  vim.lsp.buf_attach_client(buf, client_id)
  local ok = vim.wait(15000, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.server_capabilities ~= nil and c.server_capabilities.hoverProvider == true
  end, 20)
  expect(ok, 'no initialize result with hoverProvider within 15 s')
end)

local function regie_diag()
  for i = #published, 1, -1 do
    local p = published[i]
    if p.uri == uri then
      for _, d in ipairs(p.diagnostics) do
        if d.code == 'vaag-begrip' and d.range.start.line == lnum and d.range.start.character == col16 then return d, p end
      end
      return nil, p
    end
  end
end

check('publishDiagnostics: vaag-begrip warning exactly on "regie" (UTF-16 column ' .. col16 .. ')', function()
  local ok = vim.wait(15000, function() return regie_diag() ~= nil end, 20)
  local _, last = regie_diag()
  expect(ok, 'no such diagnostic; last publish: ' .. vim.inspect(last and vim.tbl_map(function(d) return { d.code, d.range.start, d.message } end, last.diagnostics)))
  local d = regie_diag()
  expect(d.range['end'].character == col16 + 5, 'range end ' .. d.range['end'].character .. ', expected ' .. (col16 + 5))
  expect(d.severity == 2, 'severity ' .. tostring(d.severity) .. ', expected 2 (warning)')
  expect(d.source == 'akkoordwijzer', 'source ' .. tostring(d.source))
  expect(d.message:find('Vaag begrip “regie”', 1, true) ~= nil, 'message: ' .. d.message)
  -- And Neovim shows it where the word is (byte column).
  local shown = false
  for _, vd in ipairs(vim.diagnostic.get(buf, { lnum = lnum })) do if vd.col == bytecol then shown = true end end
  expect(shown, 'vim.diagnostic has nothing at byte column ' .. bytecol .. ' of line ' .. (lnum + 1))
end)

check('hover over "regie" explains it (regie vs doorzettingsmacht)', function()
  local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = lnum, character = col16 + 2 } }, 10000)
  local text = ''
  for _, r in pairs(res or {}) do if r.result and r.result.contents then text = r.result.contents.value or '' end end
  for _, want in ipairs({ 'Vaag beleidsbegrip', 'Waarom vaag', '| regie | doorzettingsmacht |' }) do
    expect(text:find(want, 1, true) ~= nil, 'hover lacks "' .. want .. '"; hover was: ' .. text:sub(1, 300))
  end
end)

local expected_line = line:sub(1, bytecol) .. 'doorzettingsmacht' .. line:sub(bytecol + 6)
check('code action "Vervang “regie” door ‘doorzettingsmacht’ (…)" (one of three, none preferred) changes exactly that word', function()
  local d = regie_diag()
  expect(d, 'no diagnostic to fix')
  local res = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', { textDocument = { uri = uri }, range = regie_range, context = { diagnostics = { d } } }, 10000)
  local titles, chosen = {}, nil
  for _, r in pairs(res or {}) do
    for _, a in ipairs(r.result or {}) do
      titles[#titles + 1] = a.title
      if a.title:find('Vervang “regie” door ‘doorzettingsmacht’', 1, true) == 1 then chosen = a end
    end
  end
  expect(chosen and chosen.edit, 'not offered; offered: ' .. vim.inspect(titles))
  local names = false
  for _, cd in ipairs(chosen.diagnostics or {}) do
    if cd.code == 'vaag-begrip' and cd.range.start.character == col16 then names = true end
  end
  expect(names, 'the action does not name the diagnostic it fixes: ' .. vim.inspect(chosen.diagnostics))
  expect(chosen.isPreferred ~= true, 'a firmer word for regie is a choice, not the preferred fix')
  expect(#titles >= 3, 'expected the three firmer words; offered: ' .. vim.inspect(titles))
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  local now = vim.api.nvim_buf_get_lines(buf, lnum, lnum + 1, false)[1]
  expect(now == expected_line, 'line ' .. (lnum + 1) .. ' is\n  ' .. now .. '\nexpected\n  ' .. expected_line)
end)

check('after the edit the server publishes again, without the fixed finding', function()
  local ok = vim.wait(15000, function()
    local d, p = regie_diag()
    return d == nil and p ~= nil and p.version ~= nil and p.version >= vim.lsp.util.buf_versions[buf]
  end, 20)
  expect(ok, 'the finding on "regie" was not withdrawn after the edit')
end)

-- Citations. An overweging with a citation key goes in before the dictum; the server gets it as a didChange.
local KEY = 'ca2026:nederlandse-digitale-dienst'
local NDD = 'We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht'
local cited = 'constaterende dat het kabinet een Nederlandse Digitale Dienst met doorzettingsmacht wil oprichten [@' .. KEY .. '];'
local function request(method, params)
  local res, err = vim.lsp.buf_request_sync(buf, method, params, 10000)
  expect(res, method .. ' got no answer: ' .. tostring(err))
  for _, r in pairs(res) do
    expect(not r.err, method .. ' failed: ' .. vim.inspect(r.err))
    return r.result
  end
end
local function line_with(needle)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local s = l:find(needle, 1, true)
    if s then return i - 1, l, s - 1 end
  end
end

check('hover over [@' .. KEY .. '] shows the commitment and its provenance', function()
  vim.api.nvim_buf_set_lines(buf, lnum, lnum, false, { cited, '' })
  local l, text, at = line_with('@' .. KEY)
  expect(l, 'the cited overweging is not in the buffer')
  local _, c16 = vim.str_utfindex(text, at + 5)
  local result = request('textDocument/hover', { textDocument = { uri = uri }, position = { line = l, character = c16 } })
  local value = result and result.contents and result.contents.value or ''
  for _, want in ipairs({ NDD, 'Niet gecontroleerd in het akkoord zelf', 'Aan de slag' }) do
    expect(value:find(want, 1, true) ~= nil, 'hover lacks "' .. want .. '"; hover was: ' .. value:sub(1, 300))
  end
end)

-- Completion: the items in the order the server ranks them (sortText).
local function complete(line, character)
  local result = request('textDocument/completion', { textDocument = { uri = uri }, position = { line = line, character = character } })
  local items = result and (result.items or result) or {}
  table.sort(items, function(a, b) return (a.sortText or a.label) < (b.sortText or b.label) end)
  return items
end

check('completion after [@doorzettings offers ' .. KEY .. ' first; its edit completes the key', function()
  local l, text = line_with(cited)
  local typed = text:gsub('%[@' .. KEY:gsub('%-', '%%-') .. '%]', '[@doorzettings]')
  vim.api.nvim_buf_set_lines(buf, l, l + 1, false, { typed })
  local at = typed:find('doorzettings]', 1, true) + #'doorzettings' - 1
  local _, c16 = vim.str_utfindex(typed, at)
  local items = complete(l, c16)
  expect(#items > 0, 'no completion items')
  expect(items[1].label == KEY, 'first item ' .. tostring(items[1].label) .. ', expected ' .. KEY)
  expect(items[1].documentation == nil, 'the list carries no documentation (it comes on resolve)')
  local resolved = request('completionItem/resolve', items[1])
  local doc = resolved and type(resolved.documentation) == 'table' and resolved.documentation.value or tostring(resolved and resolved.documentation)
  expect(doc:find(NDD, 1, true) ~= nil, 'its resolved documentation lacks the commitment text: ' .. doc:sub(1, 200))
  expect(items[1].textEdit, 'the item has no textEdit')
  -- An editor that takes both ranges (insertReplaceSupport) gets an InsertReplaceEdit: apply its insert range.
  local edit = items[1].textEdit
  if edit.range == nil then edit = { range = edit.insert, newText = edit.newText } end
  vim.lsp.util.apply_text_edits({ edit }, buf, 'utf-16')
  local now = vim.api.nvim_buf_get_lines(buf, l, l + 1, false)[1]
  expect(now == cited, 'line ' .. (l + 1) .. ' is\n  ' .. now .. '\nexpected\n  ' .. cited)
end)

check('completion after a bare [@ lists the commitments, the one the sentence is about (' .. KEY .. ') first', function()
  local l, text = line_with(cited)
  local typed = text:gsub('%[@' .. KEY:gsub('%-', '%%-') .. '%]', '[@]')
  vim.api.nvim_buf_set_lines(buf, l, l + 1, false, { typed })
  local at = typed:find('[@]', 1, true) + 1
  local _, c16 = vim.str_utfindex(typed, at)
  local items = complete(l, c16)
  expect(#items > 1, 'expected a list of commitments, got ' .. #items)
  local labels, first_old, last_new = {}, nil, 0
  for i, it in ipairs(items) do
    labels[i] = it.label
    if it.label:match('^ca2021:') and not first_old then first_old = i end
    if it.label:match('^ca2026:') then last_new = i end
  end
  expect(items[1].label == KEY, 'first item ' .. tostring(items[1].label) .. ' in a sentence about the Nederlandse Digitale Dienst; items: ' .. table.concat(labels, ', ', 1, math.min(5, #labels)))
  expect(first_old == nil or first_old > last_new, 'the replaced agreement (ca2021) comes after the one in force (ca2026)')
  vim.api.nvim_buf_set_lines(buf, l, l + 1, false, { cited })
end)

check('server shuts down when the client stops', function()
  vim.lsp.stop_client(client_id)
  local ok = vim.wait(10000, function() return vim.lsp.client_is_stopped(client_id) end, 20)
  expect(ok, 'client not stopped after 10 s')
end)

out(string.format('nvim: %d passed, %d failed', passed, failed))
vim.cmd(failed == 0 and 'qall!' or 'cquit!')
