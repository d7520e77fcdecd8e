// outbox.html: its script, a file of its own (the Content-Security-Policy runs no inline script).
  const STATUS = { OUTBOX: 'Lưu tại hộp thư', PENDING: 'Đang chờ gửi', SENT: 'Đã gửi' };
  const fmt = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' });
  function load() {
    const all = document.getElementById('all').checked;
    fetch('/api/notifications' + (all ? '?all=true' : ''), { credentials: 'same-origin', headers: DldcLogin.headers })
      .then(r => r.json().then(body => ({ ok: r.ok, status: r.status, body })))
      .then(({ ok, status, body }) => {
        const rows = document.getElementById('rows');
        rows.textContent = '';
        if (status === 401) { DldcLogin.prompt(document.getElementById('message')); return; }
        document.getElementById('message').textContent = ok ? (body.length ? '' : 'Chưa có thư nào.') : body.message;
        if (!ok) return;
        for (const m of body) {
          const tr = rows.insertRow();
          tr.insertCell().textContent = fmt.format(new Date(m.createdAt));
          tr.insertCell().textContent = m.recipientUsername + ' <' + m.recipientEmail + '>';
          tr.insertCell().textContent = m.subject;
          const b = tr.insertCell(); b.className = 'body'; b.textContent = m.body;
          tr.insertCell().textContent = (STATUS[m.status] || m.status) + (m.lastError ? ' (lỗi: ' + m.lastError + ')' : '');
        }
      });
  }
  document.getElementById('all').addEventListener('change', load);
  load();
