// register.html: its script, a file of its own (the Content-Security-Policy runs no inline script).
  const form = document.getElementById('filter');
  const state = { sort: 'opened', dir: 'desc', page: 0, size: 25, total: 0 };
  let options = { agencies: [], units: [], kinds: [], stages: [] };

  function params(withPage) {
    const p = new URLSearchParams();
    for (const el of form.elements) {
      if (!el.name) continue;
      if (el.type === 'checkbox') { if (el.checked) p.set(el.name, 'true'); }
      else if (el.value) p.set(el.name, el.value);
    }
    p.set('sort', state.sort);
    p.set('dir', state.dir);
    if (withPage) { p.set('page', state.page); p.set('size', state.size); }
    return p;
  }

  function refreshChoices() {
    const agency = document.getElementById('agency').value;
    Register.fillSelect(document.getElementById('unit'),
      options.units.filter(u => !agency || u.agency === agency), '(mọi đơn vị)');
    const kind = document.getElementById('kind').value;
    Register.fillSelect(document.getElementById('stage'),
      options.stages.filter(s => !kind || s.kind === kind).map(s => ({ code: s.code, name: s.name })), '(mọi giai đoạn)');
  }

  async function load() {
    const p = params(true);
    history.replaceState(null, '', '?' + p);
    const rows = document.getElementById('rows');
    let body;
    try { body = await Register.get('/api/register?' + p); } catch (e) {
      // a refused filter (a wrong date): its message alone, no rows of the earlier filter under it, and no
      // export of a filter the server refused
      rows.textContent = '';
      shown(false);
      return;
    }
    // the exports carry the filter the list now shows
    document.getElementById('export-xlsx').href = '/api/register/export.xlsx?' + params(false);
    document.getElementById('export-pdf').href = '/api/register/export.pdf?' + params(false);
    Register.message(body.total ? '' : 'Không có yêu cầu nào khớp điều kiện lọc.');
    shown(body.total > 0);
    state.total = body.total;
    rows.textContent = '';
    for (const r of body.rows) {
      const tr = rows.insertRow();
      if (r.overdue) tr.className = 'overdue';
      const a = document.createElement('a');
      a.href = '/register-request.html?id=' + r.id;
      a.textContent = r.number;
      tr.insertCell().appendChild(a);
      Register.cell(tr, r.person + (r.citizenId ? ' (' + r.citizenId + ')' : ''));
      Register.cell(tr, r.unit || r.agency);
      Register.cell(tr, r.kind);
      Register.cell(tr, r.stage);
      Register.cell(tr, r.daysAtStage, 'num');
      Register.cell(tr, r.deadline);
      Register.cell(tr, r.daysLeft == null ? '' : (r.overdue ? 'quá hạn ' + (-r.daysLeft) + ' ngày' : r.daysLeft),
        r.overdue ? 'overdue-flag' : 'num');
      Register.cell(tr, r.openedOn);
    }
    const pages = Math.max(1, Math.ceil(body.total / state.size));
    document.getElementById('total').textContent = body.total + ' yêu cầu';
    document.getElementById('pageinfo').textContent = 'Trang ' + (state.page + 1) + '/' + pages;
    document.getElementById('prev').disabled = state.page === 0;
    document.getElementById('next').disabled = state.page + 1 >= pages;
  }

  /** The list, its exports and its pages: shown only with rows to show. */
  function shown(any) {
    for (const id of ['list', 'exports', 'pager']) document.getElementById(id).hidden = !any;
  }

  async function start() {
    try { options = await Register.get('/api/register/options'); } catch (e) {
      // refused (not the office's page) or logged out: the message alone
      form.hidden = true;
      shown(false);
      return;
    }
    Register.fillSelect(document.getElementById('agency'), options.agencies, '(mọi cơ quan)');
    Register.fillSelect(document.getElementById('kind'), options.kinds, '(mọi loại)');
    refreshChoices();
    // a link may carry the filter (the dashboard's, or a page reloaded)
    const given = new URLSearchParams(location.search);
    for (const el of form.elements) {
      if (!el.name || !given.has(el.name)) continue;
      if (el.type === 'checkbox') el.checked = given.get(el.name) === 'true';
      // a link may carry a date as yyyy-MM-dd: the field shows it as people write it, dd/MM/yyyy
      else if (el.classList.contains('dmy') && /^\d{4}-\d{2}-\d{2}$/.test(given.get(el.name))) {
        el.value = given.get(el.name).split('-').reverse().join('/');
      } else el.value = given.get(el.name);
      if (el.id === 'agency' || el.id === 'kind') refreshChoices();
    }
    if (given.has('sort')) state.sort = given.get('sort');
    if (given.has('dir')) state.dir = given.get('dir');
    if (given.has('page')) state.page = Number(given.get('page')) || 0;
    load();
  }

  document.getElementById('agency').addEventListener('change', refreshChoices);
  document.getElementById('kind').addEventListener('change', refreshChoices);
  form.addEventListener('submit', e => { e.preventDefault(); state.page = 0; load(); });
  form.addEventListener('reset', () => setTimeout(() => { refreshChoices(); state.page = 0; load(); }));
  document.getElementById('prev').addEventListener('click', () => { state.page--; load(); });
  document.getElementById('next').addEventListener('click', () => { state.page++; load(); });
  for (const th of document.querySelectorAll('th[data-sort]')) {
    th.addEventListener('click', () => {
      state.dir = state.sort === th.dataset.sort && state.dir === 'asc' ? 'desc' : 'asc';
      state.sort = th.dataset.sort;
      state.page = 0;
      load();
    });
  }
  for (const a of document.querySelectorAll('.exports a')) {
    // an export refused (too many rows) says why instead of downloading an error
    a.addEventListener('click', async e => {
      e.preventDefault();
      const r = await fetch(a.href, { credentials: 'same-origin' });
      if (!r.ok) {
        const body = await r.json().catch(() => ({}));
        Register.message(body.message || ('Lỗi ' + r.status));
        return;
      }
      const blob = await r.blob();
      const disposition = r.headers.get('Content-Disposition') || '';
      const utf8 = disposition.match(/filename\*=UTF-8''([^;]+)/i);
      const plain = disposition.match(/filename="([^"]+)"/);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = utf8 ? decodeURIComponent(utf8[1]) : plain ? plain[1] : 'so-theo-doi';
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
  }
  start();
