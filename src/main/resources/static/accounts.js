// accounts.html: its script, a file of its own (the Content-Security-Policy runs no inline script).
  const agency = document.getElementById('agency');
  agency.value = new URLSearchParams(location.search).get('agency') || '';
  function load() {
    DldcPage.call('/api/accounts' + (agency.value ? '?agency=' + encodeURIComponent(agency.value) : ''))
      .then(({ ok, status, body }) => {
        const rows = document.getElementById('rows');
        rows.textContent = '';
        if (status === 401) return;
        document.getElementById('message').textContent = ok ? (body.length ? '' : 'Chưa có tài khoản nào.') : body.message;
        if (!ok) return;
        for (const a of body) {
          const tr = rows.insertRow();
          for (const v of [a.system, a.username, a.holder, a.grantedOn, a.status, a.passwordChangedOn || '(chưa đổi)']) {
            tr.insertCell().textContent = v;
          }
          const due = tr.insertCell();
          due.textContent = a.passwordDueOn + (a.passwordOverdue ? ' (quá hạn)' : '');
          if (a.passwordOverdue) due.className = 'overdue';
          tr.insertCell().textContent = a.authorizations.map(z => z.number + ': ' + z.delegate + ' ' + z.from + '–' + z.to
            + ' (' + z.status + ')').join('; ');
        }
      });
  }
  document.getElementById('find').addEventListener('submit', e => { e.preventDefault(); load(); });
  // the agency office opens its own agency's accounts; everyone else her own
  DldcPage.session.then(s => {
    if (!agency.value && s && s.office) agency.value = s.office;
    load();
  });
