// register-request.html: its script, a file of its own (the Content-Security-Policy runs no inline script).
  (async () => {
    const id = new URLSearchParams(location.search).get('id');
    if (!/^\d+$/.test(id || '')) { Register.message('Thiếu số của yêu cầu trong địa chỉ trang.'); return; }
    let r;
    // a refusal: its message alone, no empty tables under it
    try { r = await Register.get('/api/register/requests/' + id); } catch (e) { return; }
    document.getElementById('content').hidden = false;
    document.getElementById('title').textContent = r.kind + ' ' + r.number;
    const summary = document.querySelector('#summary tbody');
    const facts = [['Người', r.person + (r.citizenId ? ' (số định danh ' + r.citizenId + ')' : '')],
      ['Cơ quan', r.agency], ['Đơn vị', r.unit], ['Giai đoạn hiện tại', r.stage],
      ['Số ngày ở giai đoạn', r.daysAtStage], ['Ngày mở', r.openedOn],
      ['Hạn', r.deadline ? r.deadline + (r.overdue ? ' (quá hạn ' + (-r.daysLeft) + ' ngày)'
        : r.daysLeft != null ? ' (còn ' + r.daysLeft + ' ngày)' : '') : '(không có)'],
      ['Kết thúc', r.open ? 'đang xử lý' : r.closedOn + (r.onTime === true ? ' (đúng hạn)' : r.onTime === false ? ' (quá hạn)' : '')]];
    for (const [k, v] of facts) {
      const tr = summary.insertRow();
      const th = document.createElement('th');
      th.textContent = k;
      tr.appendChild(th);
      Register.cell(tr, v, k === 'Hạn' && r.overdue ? 'overdue-flag' : null);
    }
    DldcPage.passageRows(summary, r.passages);
    const timeline = document.getElementById('timeline');
    for (const e of r.timeline) {
      const tr = timeline.insertRow();
      for (const v of [e.at, e.source, e.step, e.actor, e.endedAt, e.detail]) Register.cell(tr, v);
    }
    const docs = document.getElementById('documents');
    DldcPage.documentList(docs, r.documents);
    if (!r.documents.length) docs.textContent = '(chưa có văn bản)';
    const accounts = document.getElementById('accounts');
    if (!r.accounts.length) Register.cell(accounts.insertRow(), '(chưa có tài khoản)').colSpan = 6;
    for (const a of r.accounts) {
      const tr = accounts.insertRow();
      for (const v of [a.system, a.username, a.holder, a.grantedOn, a.status]) Register.cell(tr, v);
      Register.cell(tr, a.passwordDueOn + (a.passwordOverdue ? ' (quá hạn)' : ''), a.passwordOverdue ? 'overdue-flag' : null);
    }
  })();
