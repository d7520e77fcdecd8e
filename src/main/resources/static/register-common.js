// Shared by the register's pages (besides page.js): the API call, messages, table cells, select lists.
const Register = (() => {
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
      DldcPage.prompt(document.getElementById('message'));
      throw new Error('login');
    }
    if (!r.ok) {
      message(body.message || ('Lỗi ' + r.status));
      throw new Error(body.message);
    }
    return body;
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

  return { get, message, cell, fillSelect };
})();
