// pc06-reply.html: its script, a file of its own (the Content-Security-Policy runs no inline script).
  const result = document.getElementById('result');
  const select = document.getElementById('batch');
  const wanted = new URLSearchParams(location.search).get('batch');
  function show(cls, text) { result.className = cls; result.textContent = text; }
  fetch('/api/aggregation/batches/sent', { credentials: 'same-origin', headers: DldcLogin.headers })
    .then(r => r.json().then(body => ({ ok: r.ok, status: r.status, body })))
    .then(({ ok, status, body }) => {
      if (status === 401) { result.className = 'error'; DldcLogin.prompt(result); return; }
      if (!ok) { show('error', body.message); return; }
      if (!body.length) { show('hint', 'Không có đợt nào đang chờ kết quả của PC06.'); }
      for (const b of body) {
        const o = document.createElement('option');
        o.value = b.id; o.textContent = b.label; o.selected = String(b.id) === wanted;
        select.appendChild(o);
      }
    });
  // the final letters as sent, each a link to its PDF (issue 21)
  const letters = document.getElementById('letters');
  fetch('/api/aggregation/batches/letters', { credentials: 'same-origin', headers: DldcLogin.headers })
    .then(r => r.ok ? r.json() : [])
    .then(list => {
      if (!list.length) {
        const li = document.createElement('li');
        li.textContent = 'Chưa có công văn nào gửi PC06.';
        letters.appendChild(li);
      }
      for (const l of list) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = l.document; a.textContent = l.label + ' (PDF)';
        li.append(a, ' - ' + l.status);
        letters.appendChild(li);
      }
    });
  document.getElementById('upload').addEventListener('submit', e => {
    e.preventDefault();
    const data = new FormData();
    data.append('file', document.getElementById('file').files[0]);
    show('hint', 'Đang xử lý…');
    fetch('/api/aggregation/batches/' + select.value + '/pc06-reply', {
      method: 'POST', body: data, credentials: 'same-origin', headers: { 'X-Requested-With': 'dldc-access' }
    }).then(r => r.json().then(body => ({ ok: r.ok, body }))).then(({ ok, body }) => {
      if (!ok) { show('error', body.message); return; }
      show('ok', 'Đã ghi ' + body.applied + ' kết quả; ' + body.alreadyRecorded + ' kết quả đã có từ trước; còn '
        + body.stillPending + ' người chưa có kết quả.');
      if (body.issues.length) {
        const p = document.createElement('p');
        p.className = 'error';
        p.textContent = body.issues.length + ' dòng chưa được ghi, cần người xử lý:';
        const t = document.createElement('table');
        t.innerHTML = '<tr><th>Dòng</th><th>Số phiếu</th><th>Số định danh</th><th>Vấn đề</th></tr>';
        for (const i of body.issues) {
          const tr = t.insertRow();
          for (const v of [i.row, i.requestNumber, i.citizenId, i.problem]) { tr.insertCell().textContent = v; }
        }
        result.append(p, t);
      }
    }).catch(() => show('error', 'Không gửi được tệp. Vui lòng thử lại.'));
  });
