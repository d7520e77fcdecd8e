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

new MutationObserver(() => translate(document)).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true
});

// no Tasklist plugin, only the above
export default [];
