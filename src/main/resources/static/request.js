// request.html: its script, a file of its own (the Content-Security-Policy runs no inline script).
  const input = document.getElementById('number');
  input.value = new URLSearchParams(location.search).get('number') || '';
  function show(number) {
    fetch('/api/registrations/' + encodeURIComponent(number), { credentials: 'same-origin', headers: DldcLogin.headers })
      .then(r => r.json().then(body => ({ ok: r.ok, status: r.status, body })))
      .then(({ ok, status, body }) => {
        const summary = document.getElementById('summary');
        const table = document.getElementById('steps');
        table.hidden = !ok;
        if (status === 401) { summary.className = 'error'; DldcLogin.prompt(summary); return; }
        summary.className = ok ? '' : 'error';
        summary.textContent = ok ? body.requestNumber + ' - ' + body.fullName + ': ' + body.statusLabel : body.message;
        if (!ok) return;
        const rows = table.tBodies[0];
        rows.textContent = '';
        for (const s of body.steps) {
          const tr = rows.insertRow();
          for (const v of [s.at, s.label, s.actor, s.detail]) { tr.insertCell().textContent = v; }
        }
      });
  }
  document.getElementById('find').addEventListener('submit', e => { e.preventDefault(); show(input.value); });
  if (input.value) show(input.value);
