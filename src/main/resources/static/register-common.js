// Shared by the register's pages: the API call with the webapps' session, messages, the header.
const Register = (() => {
  const loginUrl = '/camunda/app/welcome/default/#!/login';

  function message(text) {
    const el = document.getElementById('message');
    el.textContent = text || '';
  }

  async function get(url) {
    // X-Requested-With: a 401 then comes without the Basic challenge, so this page (not a browser dialog) asks
    const r = await fetch(url, { credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'dldc-access' } });
    const body = await r.json().catch(() => ({ message: 'Máy chủ trả lời không đúng dạng (mã ' + r.status + ').' }));
    if (r.status === 401) {
      const el = document.getElementById('message');
      el.textContent = 'Anh/Chị chưa đăng nhập hoặc phiên làm việc đã hết hạn. ';
      const a = document.createElement('a');
      a.href = loginUrl;
      a.textContent = 'Đăng nhập';
      el.appendChild(a);
      throw new Error('login');
    }
    if (!r.ok) {
      message(body.message || ('Lỗi ' + r.status));
      throw new Error(body.message);
    }
    return body;
  }

  function header() {
    const h = document.createElement('header');
    h.innerHTML = '<strong>dldc-access</strong>'
      + '<a href="/register.html">Sổ theo dõi</a>'
      + '<a href="/dashboard.html">Bảng tổng hợp</a>'
      + '<a href="/camunda/app/tasklist/">Tasklist</a>'
      + '<span class="who"></span><button type="button" id="logout">Đăng xuất</button>';
    document.body.prepend(h);
    fetch('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(r => (r.ok ? r.json() : null))
      .then(s => { if (s) h.querySelector('.who').textContent = s.name; });
    h.querySelector('#logout').addEventListener('click', async () => {
      // with the session's CSRF token: no other site can log the clerk out
      const s = await fetch('/api/session', { credentials: 'same-origin' }).then(r => (r.ok ? r.json() : {}));
      await fetch('/api/session/logout', { method: 'POST', credentials: 'same-origin',
        headers: { 'X-XSRF-TOKEN': s.csrfToken || '' } });
      location.href = loginUrl;
    });
  }

  function cell(tr, text, className) {
    const td = tr.insertCell();
    td.textContent = text == null ? '' : text;
    if (className) td.className = className;
    return td;
  }

  function fillSelect(select, items, emptyLabel) {
    const keep = select.value;
    select.textContent = '';
    const none = document.createElement('option');
    none.value = '';
    none.textContent = emptyLabel;
    select.appendChild(none);
    for (const i of items) {
      const o = document.createElement('option');
      o.value = i.code;
      o.textContent = i.name;
      select.appendChild(o);
    }
    if ([...select.options].some(o => o.value === keep)) select.value = keep;
  }

  return { get, header, message, cell, fillSelect };
})();
