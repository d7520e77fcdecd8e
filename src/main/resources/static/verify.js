// verify.html: its script, a file of its own (the Content-Security-Policy runs no inline script).
// Everything shown is set as text, never as HTML.
(function () {
  const result = document.getElementById('result');
  function line(cls, text) {
    const p = document.createElement('p');
    p.className = cls;
    p.textContent = text;
    result.appendChild(p);
    return p;
  }
  function issued(label, d) {
    line('', label + ': ' + d.kind + (d.number ? ' số ' + d.number : '') + ', lưu trong hệ thống lúc ' + d.issuedAt
      + ' (' + d.status + ').');
  }
  document.getElementById('check').addEventListener('submit', e => {
    e.preventDefault();
    result.textContent = '';
    const data = new FormData();
    data.append('file', document.getElementById('file').files[0]);
    line('hint', 'Đang kiểm tra…');
    fetch('/api/verify', {
      method: 'POST', body: data, credentials: 'same-origin', headers: { 'X-Requested-With': 'dldc-access' }
    }).then(r => r.json().then(body => ({ ok: r.ok, body }))).then(({ ok, body }) => {
      result.textContent = '';
      if (!ok) { line('error', body.message); return; }
      line(body.valid ? 'ok' : 'error', body.verdict).id = 'verdict';
      if (body.document) { issued('Văn bản', body.document); }
      if (body.original) { issued('Bản gốc', body.original); }
      if (!body.signatures.length) { line('hint', 'Tệp không có chữ ký số.'); return; }
      const t = document.createElement('table');
      const head = t.createTHead().insertRow();
      for (const h of ['Người ký / cơ quan', 'Thời gian ghi trong chữ ký', 'Chứng thư được kiểm tra tại thời điểm',
        'Số sê-ri chứng thư', 'Kết quả']) {
        const th = document.createElement('th');
        th.textContent = h;
        head.appendChild(th);
      }
      const tbody = t.createTBody();
      for (const s of body.signatures) {
        const tr = tbody.insertRow();
        for (const v of [s.signer, s.signedAt, s.trustedAt, s.serial]) { tr.insertCell().textContent = v; }
        tr.insertCell().textContent = s.valid ? 'Hợp lệ' : s.problems.join(' ');
      }
      result.appendChild(t);
    }).catch(() => { result.textContent = ''; line('error', 'Không gửi được tệp. Vui lòng thử lại.'); });
  });
})();
