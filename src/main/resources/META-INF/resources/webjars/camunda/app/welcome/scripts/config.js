/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // dldc-access: the webapps in Vietnamese (locales/vi.json), dates as dd/MM/yyyy
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  app: {
    name: 'Trang chủ',
    vendor: 'dldc-access'
  },
  // the application's own pages, next to the webapps (same log-in)
  links: [
    {
      label: 'Hồ sơ của tôi',
      href: '/my-requests.html',
      description: 'Mọi yêu cầu của Anh/Chị: số phiếu, giai đoạn, bước tiếp theo và người đang giữ'
    },
    {
      label: 'Thư thông báo',
      href: '/outbox.html',
      description: 'Thư hệ thống gửi Anh/Chị'
    },
    {
      label: 'Kết quả PC06',
      href: '/pc06-reply.html',
      description: 'Cơ quan tổng hợp và PC06: tải lên kết quả trả lời của Công an tỉnh'
    },
    {
      label: 'Xác minh văn bản',
      href: '/verify.html',
      description: 'Kiểm tra một tệp PDF có đúng là văn bản hệ thống đã phát hành và chữ ký số còn nguyên vẹn'
    },
    {
      label: 'Sổ theo dõi yêu cầu',
      href: '/register.html',
      description: 'Văn phòng cơ quan và cơ quan tổng hợp: mọi yêu cầu, giai đoạn, hạn xử lý'
    },
    {
      label: 'Bảng tổng hợp',
      href: '/dashboard.html',
      description: 'Số yêu cầu theo giai đoạn, quá hạn, đổi mật khẩu, rà soát, đóng tài khoản'
    },
    {
      label: 'Tài khoản và lịch đổi mật khẩu',
      href: '/accounts.html',
      description: 'Tài khoản của Anh/Chị, hạn đổi mật khẩu và giấy ủy quyền'
    }
  ],

  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'welcome' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // links: [
  //   {
  //     label: 'Angular.js Docs',
  //     href: 'https://code.angularjs.org/1.2.16/docs',
  //     description: 'Almost interesting'
  //   },
  //   {
  //     label: 'XKCD',
  //     href: 'http://xkcd.org',
  //     description: 'Nerdy comic'
  //   },
  //   {
  //     label: 'Slashdot',
  //     href: 'https://slashdot.org',
  //     description: 'News for nerds, stuff that matter'
  //   }
  // ],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false
};
