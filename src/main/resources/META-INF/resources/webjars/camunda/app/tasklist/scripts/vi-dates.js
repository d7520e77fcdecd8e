// dldc-access: the task forms' date fields (form-js) take their pattern from the browser's default locale, so an
// English browser would ask for MM/dd/yyyy. Clerks write dd/MM/yyyy whatever their browser's language: the
// formatter asked for with the default locale and no options is the Vietnamese one with two-digit day and month.
// Every formatter asked for with a locale or options is left as it was.
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

// no Tasklist plugin, only the formatter above
export default [];
