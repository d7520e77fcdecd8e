// reconciliation.html: its script, a file of its own (the Content-Security-Policy runs no inline script).
// Every value from a file or the server goes in as text (textContent), never as markup.
(() => {
  const message = document.getElementById('message');
  const select = document.getElementById('system');
  function show(cls, text) { message.className = cls; message.textContent = text; }

  async function loadRuns(openId) {
    const { ok, status, body } = await DldcPage.call('/api/reconciliation/runs');
    if (status === 401) { message.className = 'error'; return; }
    if (!ok) { show('error', body.message); return; }
    if (!select.options.length) {
      for (const s of body.systems) {
        const o = document.createElement('option');
        o.value = s.value; o.textContent = s.label;
        select.appendChild(o);
      }
      const directory = document.getElementById('from-directory');
      const fit = () => { directory.hidden = !(body.mailDirectory && select.value === 'OFFICIAL_EMAIL'); };
      select.addEventListener('change', fit);
      fit();
      if (!body.systems.length) {
        document.getElementById('upload').hidden = true;
        show('hint', 'Anh/Chị không có quyền đối soát tài khoản của hệ thống nào.');
      }
    }
    const rows = document.getElementById('run-rows');
    rows.textContent = '';
    for (const r of body.runs) {
      const tr = rows.insertRow();
      const link = document.createElement('a');
      link.href = '#' + r.id; link.textContent = r.ref;
      link.addEventListener('click', e => { e.preventDefault(); openRun(r.id); });
      tr.insertCell().appendChild(link);
      for (const v of [r.system, r.agency, r.fileName, r.runAt, r.runBy, r.rows, r.matched, r.open]) {
        tr.insertCell().textContent = v;
      }
      const report = document.createElement('a');
      report.href = r.report; report.textContent = 'XLSX';
      tr.insertCell().appendChild(report);
    }
    if (openId) openRun(openId);
  }

  async function openRun(id) {
    const { ok, body } = await DldcPage.call('/api/reconciliation/runs/' + id);
    if (!ok) { show('error', body.message); return; }
    document.getElementById('run').hidden = false;
    document.getElementById('run-title').textContent = 'Lần đối soát ' + body.ref + ' - ' + body.system + ' - '
      + body.agency;
    const kinds = Object.entries(body.perKind).map(([k, n]) => k + ': ' + n).join('; ');
    document.getElementById('run-figures').textContent = 'Tệp ' + body.fileName + ': ' + body.rows + ' dòng, '
      + body.matched + ' khớp với sổ, ' + body.outOfScope + ' của cơ quan khác. Chênh lệch: '
      + (kinds || 'không có') + '. Chưa xử lý: ' + body.open + '.';
    const rows = document.getElementById('difference-rows');
    rows.textContent = '';
    for (const d of body.differences) rows.appendChild(differenceRow(d, body.id));
  }

  function differenceRow(d, runId) {
    const tr = document.createElement('tr');
    tr.dataset.id = d.id;
    for (const v of [d.kindLabel, d.username, d.line, d.systemStatus, d.registerStatus, d.holder, d.detail]) {
      tr.insertCell().textContent = v;
    }
    tr.insertCell().textContent = d.statusLabel + (d.resolution ? ' - ' + d.resolution : '')
      + (d.resolvedBy ? ' (' + d.resolvedBy + ')' : '');
    const cell = tr.insertCell();
    if (!d.actions.length) return tr;
    const form = document.createElement('form');
    form.className = 'act';
    const action = document.createElement('select');
    action.name = 'action';
    action.setAttribute('aria-label', 'Việc cần làm với ' + d.username);
    for (const a of d.actions) {
      const o = document.createElement('option');
      o.value = a.value; o.textContent = a.label;
      action.appendChild(o);
    }
    const holder = document.createElement('input');
    holder.name = 'holder'; holder.placeholder = 'Tên đăng nhập người sử dụng'; holder.size = 14;
    holder.setAttribute('aria-label', 'Người sử dụng của ' + d.username);
    const reason = document.createElement('input');
    reason.name = 'reason'; reason.placeholder = 'Lý do'; reason.size = 18; reason.maxLength = 300;
    reason.setAttribute('aria-label', 'Lý do với ' + d.username);
    const go = document.createElement('button');
    go.type = 'submit'; go.textContent = 'Thực hiện';
    const note = document.createElement('span');
    note.setAttribute('role', 'status');
    function fit() { holder.hidden = action.value !== 'RECORD'; }
    action.addEventListener('change', fit);
    fit();
    form.append(action, ' ', holder, ' ', reason, ' ', go, ' ', note);
    form.addEventListener('submit', async e => {
      e.preventDefault();
      go.disabled = true;
      const { ok, body } = await DldcPage.call('/api/reconciliation/differences/' + d.id, {
        method: 'POST',
        headers: Object.assign({ 'Content-Type': 'application/json' }, DldcPage.headers),
        body: JSON.stringify({ action: action.value, reason: reason.value, holder: holder.value })
      });
      go.disabled = false;
      if (!ok) { note.className = 'error'; note.textContent = body.message; return; }
      tr.replaceWith(differenceRow(body, runId));
      loadRuns();
    });
    cell.appendChild(form);
    return tr;
  }

  document.getElementById('upload').addEventListener('submit', async e => {
    e.preventDefault();
    const data = new FormData();
    data.append('file', document.getElementById('file').files[0]);
    show('hint', 'Đang đối soát…');
    const r = await fetch('/api/reconciliation/runs?system=' + encodeURIComponent(select.value), {
      method: 'POST', body: data, credentials: 'same-origin', headers: { 'X-Requested-With': 'dldc-access' }
    }).catch(() => null);
    if (!r) { show('error', 'Không gửi được tệp. Vui lòng thử lại.'); return; }
    const body = await r.json().catch(() => ({ message: 'Máy chủ trả lời không đúng dạng (mã ' + r.status + ').' }));
    if (!r.ok) { show('error', body.message); return; }
    show('ok', 'Đã đối soát ' + body.ref + ': ' + body.rows + ' dòng, ' + body.matched + ' khớp với sổ, '
      + body.open + ' chênh lệch cần xử lý.');
    loadRuns(body.id);
  });

  // official e-mail straight from the mail directory, when the province configured one
  document.getElementById('from-directory').addEventListener('click', async () => {
    show('hint', 'Đang đọc thư mục và đối soát…');
    const { ok, body } = await DldcPage.call('/api/reconciliation/runs/directory', { method: 'POST' });
    if (!ok) { show('error', body.message); return; }
    show('ok', 'Đã đối soát ' + body.ref + ': ' + body.rows + ' hộp thư, ' + body.matched + ' khớp với sổ, '
      + body.open + ' chênh lệch cần xử lý.');
    loadRuns(body.id);
  });

  loadRuns(Number(location.hash.slice(1)) || null);
})();
