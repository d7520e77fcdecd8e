// sign.html: its script, a file of its own (the Content-Security-Policy runs no inline script).
// Everything shown is set as text, never as HTML.
(function () {
  const key = new URLSearchParams(location.search).get('letter') || '';
  const letter = document.getElementById('letter');
  const form = document.getElementById('upload');
  const result = document.getElementById('result');
  function show(cls, text) { result.className = cls; result.textContent = text; }
  const base = '/api/agency-letters/' + encodeURIComponent(key);
  fetch(base + '/to-sign', { credentials: 'same-origin', headers: { 'X-Requested-With': 'dldc-access' } })
    .then(r => r.json().then(body => ({ status: r.status, body })))
    .then(({ status, body }) => {
      if (status === 401) {
        show('error', 'Vui lòng đăng nhập Tasklist rồi mở lại trang này. ');
        const a = document.createElement('a');
        a.href = '/camunda/app/welcome/default/#!/login';
        a.textContent = 'Đăng nhập';
        result.appendChild(a);
        return;
      }
      if (status !== 200) { show('error', body.message); return; }
      const pre = document.createElement('pre');
      pre.textContent = body.summary;
      const a = document.createElement('a');
      a.href = body.documentUrl;
      a.id = 'to-sign';
      a.textContent = 'Tải bản trình ký (PDF)';
      letter.append(pre, a);
      if (body.uploaded) { show('ok', 'Đã có bản ký số được chấp nhận; có thể tải lên lại nếu cần.'); }
      form.hidden = false;
    });
  form.addEventListener('submit', e => {
    e.preventDefault();
    const data = new FormData();
    data.append('file', document.getElementById('file').files[0]);
    show('hint', 'Đang kiểm tra chữ ký số…');
    fetch(base + '/signed', {
      method: 'POST', body: data, credentials: 'same-origin', headers: { 'X-Requested-With': 'dldc-access' }
    }).then(r => r.json().then(body => ({ ok: r.ok, body })))
      .then(({ ok, body }) => show(ok ? 'ok' : 'error', body.message))
      .catch(() => show('error', 'Không gửi được tệp. Vui lòng thử lại.'));
  });
})();
