// dashboard.html: its script, a file of its own (the Content-Security-Policy runs no inline script).
  const ratio = (a, b) => a + b === 0 ? '—' : a + '/' + (a + b) + ' (' + Math.round(100 * a / (a + b)) + '%)';

  let options = { agencies: [], units: [] };

  function refreshUnits() {
    const agency = document.getElementById('agency').value;
    Register.fillSelect(document.getElementById('unit'), options.units.filter(u => agency && u.agency === agency),
      '(mọi đơn vị)');
  }

  async function load() {
    const agency = document.getElementById('agency').value;
    const unit = document.getElementById('unit').value;
    const p = new URLSearchParams();
    if (agency) p.set('agency', agency);
    if (unit) p.set('unit', unit);
    history.replaceState(null, '', '?' + p);
    let d;
    // a refusal: its message alone, no empty tables under it
    const figures = document.getElementById('figures');
    try { d = await Register.get('/api/register/dashboard?' + p); }
    catch (e) { figures.hidden = true; return; }
    figures.hidden = false;
    document.getElementById('stages-title').textContent = 'Theo giai đoạn: ' + (d.unit || d.agency || 'mọi cơ quan');
    Register.message(d.groups.length ? '' : 'Chưa có yêu cầu nào.');
    const byUnit = d.groupedBy === 'unit';
    document.getElementById('groups-title').textContent = (byUnit ? 'Theo đơn vị' : 'Theo cơ quan') + ' (ngày ' + d.today + ')';
    document.getElementById('group-head').textContent = byUnit ? 'Đơn vị' : 'Cơ quan';
    const groups = document.getElementById('groups');
    groups.textContent = '';
    for (const g of d.groups) {
      const tr = groups.insertRow();
      const a = document.createElement('a');
      a.href = '/register.html?' + new URLSearchParams(byUnit ? { agency: agency || '', unit: g.code } : { agency: g.code });
      a.textContent = g.name;
      tr.insertCell().appendChild(a);
      Register.cell(tr, g.requests, 'num');
      Register.cell(tr, g.open, 'num');
      Register.cell(tr, g.overdue, g.overdue ? 'overdue-flag num' : 'num');
      Register.cell(tr, ratio(g.passwordOnTime, g.passwordLate));
      Register.cell(tr, g.reviews ? g.reviewsDone + '/' + g.reviews : '—');
      Register.cell(tr, ratio(g.closuresOnTime, g.closuresLate) + (g.closuresPending ? ', ' + g.closuresPending + ' đang đóng' : ''));
      // the stages of one agency or one unit: the dashboard narrowed to it
      const more = document.createElement('a');
      more.href = '#';
      more.textContent = 'Giai đoạn';
      more.addEventListener('click', e => {
        e.preventDefault();
        if (byUnit) { document.getElementById('unit').value = g.code; }
        else { document.getElementById('agency').value = g.code; refreshUnits(); }
        load();
      });
      tr.insertCell().appendChild(more);
    }
    const stages = document.getElementById('stages');
    stages.textContent = '';
    for (const s of d.stages) {
      const tr = stages.insertRow();
      Register.cell(tr, s.kind);
      Register.cell(tr, s.stage);
      Register.cell(tr, s.count, 'num');
      Register.cell(tr, s.overdue, s.overdue ? 'overdue-flag num' : 'num');
      Register.cell(tr, s.meanDays == null ? '—' : String(s.meanDays).replace('.', ','), 'num');
    }
  }

  (async () => {
    try { options = await Register.get('/api/register/options'); } catch (e) { return; }
    Register.fillSelect(document.getElementById('agency'), options.agencies, '(mọi cơ quan)');
    const given = new URLSearchParams(location.search);
    if (given.get('agency')) document.getElementById('agency').value = given.get('agency');
    else if (options.agencies.length === 1) document.getElementById('agency').value = options.agencies[0].code;
    refreshUnits();
    if (given.get('unit')) document.getElementById('unit').value = given.get('unit');
    load();
  })();
  document.getElementById('agency').addEventListener('change', () => {
    refreshUnits();
    document.getElementById('unit').value = '';
  });
  document.getElementById('filter').addEventListener('submit', e => { e.preventDefault(); load(); });
