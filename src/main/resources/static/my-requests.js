// my-requests.html: its script, a file of its own (the Content-Security-Policy runs no inline script).
  DldcPage.call('/api/my/requests').then(({ ok, status, body }) => {
    if (status === 401) return;
    const message = document.getElementById('message');
    if (!ok) { message.textContent = body.message; return; }
    message.textContent = body.length ? '' : 'Anh/Chị chưa có yêu cầu nào.';
    message.className = body.length ? 'error' : 'muted';
    document.getElementById('requests').hidden = !body.length;
    const rows = document.getElementById('rows');
    for (const r of body) {
      const tr = rows.insertRow();
      const number = tr.insertCell();
      if (r.link) {
        const a = document.createElement('a');
        a.href = r.link;
        a.textContent = r.number;
        number.appendChild(a);
      } else {
        number.textContent = r.number;
      }
      for (const v of [r.kind, r.role, r.stage]) tr.insertCell().textContent = v;
      const next = tr.insertCell();
      if (!r.open) next.textContent = 'Đã kết thúc' + (r.closedOn ? ' ngày ' + r.closedOn : '');
      // no task waits in the request's own process (it waits for a letter, a batch, PC06): its stage says which
      else if (!r.next.length) next.textContent = '— (xem giai đoạn)';
      for (const n of r.next) {
        const line = document.createElement('div');
        line.textContent = n.step + (n.holder ? ' — ' + n.holder : '');
        next.appendChild(line);
      }
      const due = tr.insertCell();
      due.textContent = r.deadline + (r.overdue ? ' (quá hạn)' : '');
      if (r.overdue) due.className = 'overdue';
      tr.insertCell().textContent = r.openedOn;
    }
  });
