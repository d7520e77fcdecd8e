// Shared by our pages: when the session is gone (401), say so in the page, with a link to log in again.
// The pages' requests carry X-Requested-With, so the 401 comes without the browser's own log-in dialog.
const DldcLogin = {
  headers: { Accept: 'application/json', 'X-Requested-With': 'dldc-access' },
  prompt(el) {
    el.textContent = 'Anh/Chị chưa đăng nhập hoặc phiên làm việc đã hết hạn. ';
    const a = document.createElement('a');
    a.href = '/camunda/app/welcome/default/#!/login';
    a.textContent = 'Đăng nhập';
    el.appendChild(a);
  }
};
