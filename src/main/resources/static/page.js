// Every page of dldc-access: the shared header (the pages this person may open, her name and position,
// log-out), the API call with the webapps' session, the log-in prompt when the session is gone, and dates
// written dd/MM/yyyy whatever the browser's language. The Content-Security-Policy runs no inline script.
const DldcPage = (() => {
  const loginUrl = '/camunda/app/welcome/default/#!/login';
  // X-Requested-With: a 401 then comes without the Basic challenge, so the page (not a browser dialog) asks
  const headers = { Accept: 'application/json', 'X-Requested-With': 'dldc-access' };

  function prompt(el) {
    if (!el) return;
    el.textContent = 'Anh/Chị chưa đăng nhập hoặc phiên làm việc đã hết hạn. ';
    const a = document.createElement('a');
    a.href = loginUrl;
    a.textContent = 'Đăng nhập';
    el.appendChild(a);
  }

  /** GET (or any fetch) as JSON: {ok, status, body}; a 401 puts the log-in prompt in #message. */
  async function call(url, options) {
    const r = await fetch(url, Object.assign({ credentials: 'same-origin', headers }, options || {}));
    const body = await r.json().catch(() => ({ message: 'Máy chủ trả lời không đúng dạng (mã ' + r.status + ').' }));
    if (r.status === 401) prompt(document.getElementById('message'));
    return { ok: r.ok, status: r.status, body };
  }

  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit',
    year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

  /** An instant as "dd/MM/yyyy HH:mm" in Viet Nam's time. */
  function dateTime(iso) {
    if (!iso) return '';
    const p = Object.fromEntries(parts.formatToParts(new Date(iso)).map(x => [x.type, x.value]));
    return p.day + '/' + p.month + '/' + p.year + ' ' + p.hour + ':' + p.minute;
  }

  const session = fetch('/api/session', { credentials: 'same-origin', headers })
    .then(r => (r.ok ? r.json() : null)).catch(() => null);

  function header() {
    const h = document.createElement('header');
    h.className = 'dldc';
    const brand = document.createElement('strong');
    brand.textContent = 'dldc-access';
    h.appendChild(brand);
    const nav = document.createElement('nav');
    nav.setAttribute('aria-label', 'Các trang');
    h.appendChild(nav);
    const who = document.createElement('span');
    who.className = 'who';
    h.appendChild(who);
    document.body.prepend(h);
    session.then(s => {
      if (!s) {
        // only the link: the page itself says why it needs a log-in (the verification page needs none)
        const a = document.createElement('a');
        a.href = loginUrl;
        a.textContent = 'Đăng nhập';
        who.appendChild(a);
        return;
      }
      for (const l of s.links) {
        const a = document.createElement('a');
        a.href = l.href;
        a.textContent = l.label;
        if (l.href === location.pathname) a.setAttribute('aria-current', 'page');
        nav.appendChild(a);
        nav.appendChild(document.createTextNode(' '));
      }
      who.textContent = s.name + (s.position ? ' (' + s.position + ')' : '') + ' ';
      const out = document.createElement('button');
      out.type = 'button';
      out.id = 'logout';
      out.textContent = 'Đăng xuất';
      who.appendChild(out);
      out.addEventListener('click', async () => {
        // the Tasklist's prefilled start form (her details, her colleagues' names) goes with the session
        localStorage.removeItem('camunda-form:undefined');
        // with the session's CSRF token: no other site can log the clerk out
        await fetch('/api/session/logout', { method: 'POST', credentials: 'same-origin',
          headers: { 'X-XSRF-TOKEN': s.csrfToken || '' } });
        location.href = loginUrl;
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', header);
  } else {
    header();
  }
  /** A request's documents as links in a list (the register's page and the request's page). */
  function documentList(list, documents) {
    list.textContent = '';
    for (const d of documents || []) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.title;
      li.appendChild(a);
      li.append(' (' + d.addedAt + ')');
      list.appendChild(li);
    }
  }

  const PASSAGE = { LETTER: 'Công văn của cơ quan', BATCH: 'Đợt gửi PC06' };

  /** The letter and the batch a registration went into: a summary row each, linking their own page. */
  function passageRows(tbody, passages) {
    for (const p of passages || []) {
      const tr = tbody.insertRow();
      const th = document.createElement('th');
      th.textContent = PASSAGE[p.what] || p.what;
      tr.appendChild(th);
      const td = tr.insertCell();
      const a = document.createElement('a');
      a.href = '/request.html?number=' + encodeURIComponent(p.key);
      a.textContent = p.key;
      td.appendChild(a);
      const said = [p.number ? 'số ' + p.number : '', p.date ? 'ngày ' + p.date : ''].filter(Boolean).join(' ');
      if (said) td.append(' (' + said + ')');
    }
  }

  return { headers, prompt, call, dateTime, session, documentList, passageRows };
})();

// the pages' older name for the log-in prompt
const DldcLogin = { headers: DldcPage.headers, prompt: DldcPage.prompt };
