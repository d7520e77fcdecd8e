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
        // a refusal or nothing to list: the message alone, no empty table under it
        document.getElementById('list').hidden = !ok || !body.length;
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
  // the agency office opens its own agency's accounts, the TTHC administrator every DLDC account, everyone else
  // her own; the agency box only for the roles that may use it, its hint saying what an empty box shows
  DldcPage.session.then(s => {
    if (s && (s.seesAgencies || s.tthcAdmin)) {
      document.getElementById('find').hidden = false;
      document.getElementById('agency-hint').textContent = s.tthcAdmin
        ? 'Để trống: mọi tài khoản DLDC (Hệ thống TTHC) Anh/Chị cấp và đóng. Nhập mã cơ quan (ví dụ SLDTBXH) để xem tài khoản DLDC của một cơ quan.'
        : s.office
          ? 'Mặc định: tài khoản của cơ quan Anh/Chị (' + s.office + '). Để trống: tài khoản của riêng Anh/Chị.'
          : 'Nhập mã cơ quan (ví dụ SLDTBXH) để xem tài khoản của cơ quan đó. Để trống: tài khoản của riêng Anh/Chị.';
    }
    if (!agency.value && s && s.office) agency.value = s.office;
    load();
  });
