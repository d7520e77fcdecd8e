// dldc-access: the task forms (form-js) in Vietnamese where form-js reads no locale file.

// Dates: form-js takes the date fields' pattern from the browser's default locale, so an English browser would
// ask for MM/dd/yyyy. Clerks write dd/MM/yyyy whatever their browser's language: the formatter asked for with
// the default locale and no options is the Vietnamese one with two-digit day and month. Every formatter asked
// for with a locale or options is left as it was.
const Native = Intl.DateTimeFormat;

function DateTimeFormat(locales, options) {
  if ((locales === undefined || locales === 'default') && options === undefined) {
    return new Native('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
  }
  return new Native(locales, options);
}

DateTimeFormat.prototype = Native.prototype;
DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
Intl.DateTimeFormat = DateTimeFormat;

// Words: form-js writes a few English words of its own into the form (an empty select, a search box, an empty
// list). They are put in Vietnamese as they appear; form-js writes them again only when their value changes.
const WORDS = {
  'Select': 'Chọn',
  'Search': 'Tìm',
  'No results': 'Không có kết quả',
  'All values selected': 'Đã chọn hết'
};

function translate(root) {
  for (const el of root.querySelectorAll('.fjs-select-placeholder, .fjs-dropdownlist-empty')) {
    // the text node form-js keeps is changed in place, never replaced: form-js updates that same node later
    for (const node of el.childNodes) {
      const vi = node.nodeType === Node.TEXT_NODE && WORDS[node.data.trim()];
      if (vi) node.data = vi;
    }
  }
  for (const input of root.querySelectorAll('.fjs-form input[placeholder]')) {
    const vi = WORDS[input.getAttribute('placeholder')];
    if (vi) input.setAttribute('placeholder', vi);
  }
}

// The date picker (flatpickr inside form-js) names months and weekdays in English and reads no locale of ours:
// its names are put in Vietnamese in place, as they appear and whenever it writes them again.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const MONTHS_SHORT = MONTHS.map(m => m.slice(0, 3));
const WEEKDAYS = { Sun: 'CN', Mon: 'T2', Tue: 'T3', Wed: 'T4', Thu: 'T5', Fri: 'T6', Sat: 'T7' };

function month(name) {
  const full = MONTHS.indexOf(name);
  const i = full >= 0 ? full : MONTHS_SHORT.indexOf(name);
  return i >= 0 ? 'Tháng ' + (i + 1) : null;
}

function translateCalendar(root) {
  for (const cal of root.querySelectorAll('.flatpickr-calendar')) {
    for (const el of cal.querySelectorAll('.flatpickr-weekday, .cur-month, .flatpickr-monthDropdown-month')) {
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const text = node.data.trim();
        const vi = WEEKDAYS[text] || month(text);
        if (vi && node.data !== vi) node.data = vi;
      }
    }
  }
}

// Validation: form-js writes its messages at the field in English; they are put in Vietnamese in place.
const PATTERNS = {
  '^\\s*[0-9]{12}\\s*$': 'Gồm đúng 12 chữ số.',
  '^\\s*[+0-9][0-9 .()-]{8,18}\\s*$': 'Số điện thoại di động, ví dụ 0912345678.'
};
const ERRORS = [
  [/^Field is required\.$/, () => 'Bắt buộc nhập.'],
  [/^Field must have maximum length of (\d+)\.$/, m => 'Tối đa ' + m[1] + ' ký tự.'],
  [/^Field must have minimum length of (\d+)\.$/, m => 'Tối thiểu ' + m[1] + ' ký tự.'],
  [/^Field must have maximum value of (.+)\.$/, m => 'Không lớn hơn ' + m[1] + '.'],
  [/^Field must have minimum value of (.+)\.$/, m => 'Không nhỏ hơn ' + m[1] + '.'],
  [/^Field must match pattern (.+)\.$/, m => PATTERNS[m[1]] || 'Không đúng định dạng.'],
  [/^Field must be a valid email\.$/, () => 'Không phải địa chỉ thư điện tử hợp lệ.']
];

function translateErrors(root) {
  for (const li of root.querySelectorAll('.fjs-form-field-error li')) {
    for (const node of li.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      for (const [re, vi] of ERRORS) {
        const m = node.data.trim().match(re);
        if (m) {
          node.data = vi(m);
          break;
        }
      }
    }
  }
}

// Impossible dates: a typed 31/02/2015 would roll over to 03/03/2015. The typed text is checked before the date
// picker reads it; a day that does not exist is refused at the field and never becomes another day.
function realDate(text) {
  const m = text.trim().match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (!m) return true; // not a whole dd/MM/yyyy yet: the picker and the server judge it
  const d = new Date(Date.UTC(+m[3], +m[2] - 1, +m[1]));
  return d.getUTCFullYear() === +m[3] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[1];
}

function refuseImpossibleDate(event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.closest('.fjs-form-field-datetime')) return;
  if (event.type === 'keydown' && event.key !== 'Enter' && event.key !== 'Tab') return;
  const field = input.closest('.fjs-form-field');
  const typed = input.value.trim();
  if (realDate(typed)) {
    // a real date (or an empty field the picker emptied): an earlier refusal no longer stands once she types again
    const note = field.querySelector('.dldc-date-error');
    if (note && typed) note.remove();
    return;
  }
  event.stopImmediatePropagation();
  event.preventDefault();
  // the form's value is emptied too (through the picker, so form-js hears it): what is sent is what is shown
  if (input._flatpickr) input._flatpickr.clear();
  input.value = '';
  let note = field.querySelector('.dldc-date-error');
  if (!note) {
    note = document.createElement('div');
    note.className = 'dldc-date-error fjs-form-field-error';
    note.setAttribute('role', 'alert');
    field.appendChild(note);
  }
  note.textContent = 'Ngày ' + typed + ' không có thật. Vui lòng nhập lại (dd/MM/yyyy).';
}

document.addEventListener('focusout', refuseImpossibleDate, true);
document.addEventListener('keydown', refuseImpossibleDate, true);
document.addEventListener('change', refuseImpossibleDate, true);

// One message for one mistake (issue 21): once an impossible date is refused, the emptied field would also get
// form-js's "Bắt buộc nhập." under it; while the refusal stands, form-js's own messages of that field are hidden.
function oneDateError(root) {
  for (const field of root.querySelectorAll('.fjs-form-field')) {
    const refused = !!field.querySelector('.dldc-date-error');
    for (const error of field.querySelectorAll('.fjs-form-field-error:not(.dldc-date-error):not(.dldc-field-error)')) {
      const shown = error.style.display !== 'none';
      if (shown === refused) error.style.display = refused ? 'none' : '';
    }
  }
}

new MutationObserver(() => {
  translate(document); translateCalendar(document); translateErrors(document); oneDateError(document);
}).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true
});

// no Tasklist plugin, only the above
export default [];
