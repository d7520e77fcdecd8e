// outbox.html: its script, a file of its own (the Content-Security-Policy runs no inline script).
  const STATUS = { OUTBOX: 'Lưu tại hộp thư', PENDING: 'Đang chờ gửi', SENT: 'Đã gửi' };
  function load() {
    const all = document.getElementById('all').checked;
    DldcPage.call('/api/notifications' + (all ? '?all=true' : '')).then(({ ok, status, body }) => {
      const rows = document.getElementById('rows');
      rows.textContent = '';
      if (status === 401) return;
      document.getElementById('message').textContent = ok ? (body.length ? '' : 'Chưa có thư nào.') : body.message;
      // a refusal or nothing to list: the message alone, no empty table under it
      document.getElementById('list').hidden = !ok || !body.length;
      if (!ok) return;
      for (const m of body) {
        const tr = rows.insertRow();
        tr.insertCell().textContent = DldcPage.dateTime(m.createdAt);
        tr.insertCell().textContent = m.recipient + ' <' + m.recipientEmail + '>';
        tr.insertCell().textContent = m.subject;
        // the server's HTML part of the mail: raw HTML escaped there, what a person typed was literal text
        const b = tr.insertCell(); b.className = 'body'; b.innerHTML = m.bodyHtml;
        tr.insertCell().textContent = (STATUS[m.status] || m.status) + (m.lastError ? ' (lỗi: ' + m.lastError + ')' : '');
      }
    });
  }
  document.getElementById('all').addEventListener('change', load);
  // every mail is for the administrators only: the box is theirs
  DldcPage.session.then(s => { document.getElementById('all-box').hidden = !(s && s.admin); });
  load();
