// dldc-access in the Tasklist: the links to the application's own pages in the header, the request's number
// shown as soon as a start form is sent (it stays until closed), and a word where a group's task must be
// claimed before its form can be filled in.

// -- the number: the start form's answer (POST .../submit-form) carries the business key the process gave the
// request; the Tasklist itself only says "started" for three seconds
const NativeOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  this.dldcStartList = method === 'GET' && /\/process-definition\?.*startableInTasklist=true/.test(String(url));
  if (method === 'POST' && /\/logout$/.test(String(url))) localStorage.removeItem(START_DRAFT);
  // the header's pages follow who is logged in
  if (method === 'POST' && /\/(login\/[^/]+|logout)$/.test(String(url))) {
    this.addEventListener('load', () => loadHeaderPages());
  }
  const submit = method === 'POST' && /\/(process-definition|task)\/[^/]+\/submit-form$/.test(String(url));
  if (submit) {
    clearFieldErrors();
    const start = /\/process-definition\//.test(String(url));
    this.addEventListener('load', () => {
      let answer = null;
      try {
        answer = JSON.parse(this.responseText);
      } catch (e) {
        // not JSON: nothing to show
      }
      if (this.status === 200 && start && answer && answer.businessKey) showNumber(answer.businessKey);
      if (this.status === 400 && answer && answer.message) showRefusal(answer.message);
    });
  }
  return NativeOpen.apply(this, arguments);
};

// -- a refused form: the server names each wrong field ("…chưa hợp lệ…: Họ và tên: lý do; Ngày sinh: lý do.");
// each reason goes under its field, the first wrong field is scrolled into view, and the whole answer stays in
// sight while she scrolls (not only at the top of the form, where the Tasklist puts it)
// the server and the form may word a label a little differently: "Số định danh cá nhân (CCCD)" and "4. Số định
// danh cá nhân (CCCD, 12 chữ số) *" are one field; numbering, brackets and the star are left out to compare
function normalize(label) {
  return label.replace(/\*/g, '').replace(/\([^)]*\)/g, '').replace(/^\s*\d+(\.\d+)?(–\d+)?\.\s*/, '')
    .replace(/\s+/g, ' ').trim().toLowerCase();
}

function clearFieldErrors() {
  for (const el of document.querySelectorAll('.dldc-field-error')) el.remove();
  for (const el of document.querySelectorAll('.dldc-invalid')) {
    el.classList.remove('dldc-invalid');
    el.style.outline = '';
  }
  const box = document.getElementById('dldc-refused');
  if (box) box.remove();
}

function fieldOf(name) {
  const wanted = normalize(name);
  if (!wanted) return null;
  const labels = [...document.querySelectorAll('.fjs-form-field label')].map(l => [normalize(l.textContent), l]);
  const exact = labels.find(([text]) => text === wanted);
  const prefix = exact || labels.find(([text]) => text && (text.startsWith(wanted) || wanted.startsWith(text)));
  return prefix ? prefix[1].closest('.fjs-form-field') : null;
}

function showRefusal(message) {
  const cut = message.indexOf('chưa hợp lệ');
  const list = cut < 0 ? message : message.slice(message.indexOf(': ', cut) + 2);
  let first = null;
  for (const part of list.replace(/\.$/, '').split('; ')) {
    const colon = part.indexOf(': ');
    if (colon < 0) continue;
    const field = fieldOf(part.slice(0, colon));
    if (!field) continue;
    field.classList.add('dldc-invalid');
    field.style.outline = '2px solid #b00020';
    field.style.outlineOffset = '4px';
    const note = document.createElement('div');
    note.className = 'dldc-field-error fjs-form-field-error';
    note.setAttribute('role', 'alert');
    note.textContent = part.slice(colon + 2);
    field.appendChild(note);
    first = first || field;
  }
  const box = document.createElement('div');
  box.id = 'dldc-refused';
  box.setAttribute('role', 'alert');
  box.className = 'alert alert-danger';
  // at the top right, clear of the form's buttons at the bottom; the wrong field itself is scrolled into view
  box.style.cssText = 'position:fixed;right:1.5rem;top:4.5rem;z-index:2000;max-width:32rem;max-height:35vh;'
    + 'overflow:auto;box-shadow:0 2px 8px rgba(0,0,0,.25);font-size:15px';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', 'Đóng');
  close.textContent = '×';
  close.addEventListener('click', () => box.remove());
  const text = document.createElement('div');
  text.textContent = message;
  box.append(close, text);
  document.body.appendChild(box);
  if (first) first.scrollIntoView({ block: 'center' });
}

function showNumber(key) {
  let box = document.getElementById('dldc-started');
  if (!box) {
    box = document.createElement('div');
    box.id = 'dldc-started';
    box.setAttribute('role', 'status');
    box.className = 'alert alert-success';
    // in the page, at the top of the filters' column, where it stays in sight and covers nothing (a floating
    // notice sat over the task forms' buttons); floating at the top only where that column is not shown
    const filters = document.querySelector('[cam-tasklist-filters]');
    if (filters && filters.offsetParent !== null) {
      box.style.cssText = 'margin:.5rem;font-size:14px;word-break:break-word';
      filters.parentElement.insertBefore(box, filters);
    } else {
      box.style.cssText = 'position:fixed;right:1.5rem;top:4.5rem;z-index:2000;max-width:28rem;'
        + 'box-shadow:0 2px 8px rgba(0,0,0,.25);font-size:15px';
      document.body.appendChild(box);
    }
  }
  box.textContent = '';
  const title = document.createElement('strong');
  title.textContent = 'Đã gửi. Số của yêu cầu: ';
  const number = document.createElement('span');
  number.className = 'dldc-number';
  number.textContent = key;
  title.appendChild(number);
  const line = document.createElement('p');
  line.style.margin = '.4rem 0 0';
  line.appendChild(document.createTextNode('Ghi lại số này để theo dõi. Xem tình trạng trong '));
  const mine = document.createElement('a');
  mine.href = '/my-requests.html';
  mine.textContent = 'Hồ sơ của tôi';
  line.appendChild(mine);
  line.appendChild(document.createTextNode('.'));
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', 'Đóng');
  close.textContent = '×';
  close.addEventListener('click', () => box.remove());
  box.append(close, title, line);
}

// -- start forms that know the person: the Tasklist fills a start form from what it kept of an unsent one
// ("camunda-form:undefined"); what the application knows of the person is put there before the form opens (her
// name, position, unit and mail on form 1658; her agency's units; her colleagues by name). Each form reads only
// its own fields; the server checks every value again.
const START_DRAFT = 'camunda-form:undefined';

// what it holds is the person's own details and her colleagues' names: gone at log-out, and never left from an
// earlier person when the next one's cannot be read
function loadStartDefaults() {
  localStorage.removeItem(START_DRAFT);
  fetch('/api/forms/start-defaults', { credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'dldc-access' } })
    .then(r => (r.ok ? r.json() : null))
    .then(byProcess => {
      if (!byProcess) return;
      const values = {};
      for (const key of Object.keys(byProcess)) Object.assign(values, byProcess[key]);
      localStorage.setItem(START_DRAFT, JSON.stringify(values));
    })
    .catch(() => {});
}

loadStartDefaults();
const NativeSend = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function () {
  // the list of processes to start is asked for when the person opens "Bắt đầu quy trình": the values are read
  // again then (another person may have logged in on this browser)
  if (this.dldcStartList) loadStartDefaults();
  return NativeSend.apply(this, arguments);
};

// -- the header: the application's pages beside the Tasklist's own menu, those this person's roles may open (as
// every page's header: /api/session), none before she has logged in
let headerPages = [];

function loadHeaderPages() {
  // csrf=false: the Tasklist makes the session's CSRF token itself; the header must not make one first
  fetch('/api/session?csrf=false', { credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'dldc-access' } })
    .then(r => (r.ok ? r.json() : null))
    .then(s => {
      headerPages = s ? s.links.filter(l => !l.href.startsWith('/camunda/')).map(l => [l.href, l.label]) : [];
      headerLinks();
    })
    .catch(() => { headerPages = []; headerLinks(); });
}

function headerLinks() {
  const menu = document.querySelector('nav.cam-nav.app-menu > ul');
  if (!menu) return;
  const drawn = headerPages.map(p => p[0]).join(' ');
  if (menu.dataset.dldcLinks === drawn) return;
  menu.dataset.dldcLinks = drawn;
  for (const old of menu.querySelectorAll('.dldc-link')) old.remove();
  for (const [href, label] of headerPages.slice().reverse()) {
    const li = document.createElement('li');
    li.className = 'dldc-link';
    const a = document.createElement('a');
    a.href = href;
    a.textContent = label;
    li.appendChild(a);
    menu.prepend(li);
  }
}

loadHeaderPages();

// -- claiming: a group's task is claimed ("Nhận việc") before its form can be used; say so beside the button
function claimHint() {
  for (const button of document.querySelectorAll('button.claim')) {
    if (button.parentElement.querySelector('.dldc-claim-hint')) continue;
    const hint = document.createElement('span');
    hint.className = 'dldc-claim-hint';
    hint.style.cssText = 'margin-left:.5rem;color:#8a4b00';
    hint.textContent = 'Công việc của nhóm: bấm "Nhận việc" để điền biểu mẫu (mỗi việc một người xử lý).';
    button.after(hint);
  }
}

new MutationObserver(() => {
  headerLinks();
  claimHint();
}).observe(document.documentElement, { childList: true, subtree: true });

// no Tasklist plugin, only the above
export default [];
