// request.html: its script, a file of its own (the Content-Security-Policy runs no inline script). Any request by
// its number (form 1658, UQ-…, TH-…, RS-…, CV-…, DOT-…, TK-…); a refusal shows its message and no empty tables.
  const input = document.getElementById('number');
  input.value = new URLSearchParams(location.search).get('number') || '';
  const el = id => document.getElementById(id);

  function cell(tr, text) {
    tr.insertCell().textContent = text == null ? '' : text;
  }

  function render(r) {
    el('title').textContent = r.kind + ' ' + r.number;
    const summary = el('summary').tBodies[0];
    summary.textContent = '';
    const facts = [['Người', r.person ? r.person + (r.citizenId ? ' (số định danh ' + r.citizenId + ')' : '') : ''],
      ['Cơ quan', r.agency], ['Đơn vị', r.unit], ['Giai đoạn hiện tại', r.stage], ['Ngày mở', r.openedOn],
      ['Hạn', r.open && r.deadline ? r.deadline + (r.overdue ? ' (quá hạn)' : '') : ''],
      ['Kết thúc', r.open === undefined ? '' : r.open ? 'đang xử lý' : r.closedOn]];
    for (const [k, v] of facts) {
      if (!v) continue;
      const tr = summary.insertRow();
      const th = document.createElement('th');
      th.textContent = k;
      tr.appendChild(th);
      cell(tr, v);
    }
    DldcPage.passageRows(summary, r.passages);
    el('summary').hidden = !summary.rows.length;
    const parts = el('parts');
    parts.textContent = '';
    for (const p of r.parts || []) {
      const tr = parts.insertRow();
      const a = document.createElement('a');
      a.href = '/request.html?number=' + encodeURIComponent(p.number);
      a.textContent = p.number;
      tr.insertCell().appendChild(a);
      for (const v of [p.unit, p.stage, p.deadline]) cell(tr, v);
    }
    el('parts-section').hidden = !parts.rows.length;
    const timeline = el('timeline');
    timeline.textContent = '';
    for (const e of r.timeline || []) {
      const tr = timeline.insertRow();
      for (const v of [e.at, e.source, e.step, e.actor, e.endedAt, e.detail]) cell(tr, v);
    }
    el('timeline-section').hidden = !timeline.rows.length;
    const docs = el('documents');
    DldcPage.documentList(docs, r.documents);
    el('documents-section').hidden = !docs.children.length;
    const accounts = el('accounts');
    accounts.textContent = '';
    for (const a of r.accounts || []) {
      const tr = accounts.insertRow();
      for (const v of [a.system, a.username, a.holder, a.grantedOn, a.status]) cell(tr, v);
      cell(tr, a.passwordDueOn + (a.passwordOverdue ? ' (quá hạn)' : ''));
    }
    el('accounts-section').hidden = !accounts.rows.length;
  }

  function show(number) {
    const message = el('message');
    el('content').hidden = true;
    DldcPage.call('/api/request?number=' + encodeURIComponent(number.trim())).then(({ ok, status, body }) => {
      if (status === 401) { message.className = 'error'; return; }
      message.className = ok ? '' : 'error';
      message.textContent = ok ? '' : body.message;
      if (!ok) return;
      render(body);
      el('content').hidden = false;
    });
  }
  el('find').addEventListener('submit', e => {
    e.preventDefault();
    history.replaceState(null, '', '/request.html?number=' + encodeURIComponent(input.value.trim()));
    show(input.value);
  });
  if (input.value) show(input.value);
