// Small behaviours of every page, loaded by the layout (no inline script: the CSP forbids it).
(function () {
  'use strict';

  // Enter in a one-line field of a long form (marked data-no-enter-submit) does not send the form half filled:
  // the browser's implicit submission is stopped there. Enter in a text area still starts a new line, and Enter on
  // a button, a link or a checkbox does what it always does.
  var SENDS_ON_ENTER = ['submit', 'button', 'image', 'reset', 'checkbox', 'radio', 'file', 'color', 'range'];
  document.addEventListener('keydown', function (event) {
    var field = event.target;
    if (event.key !== 'Enter' || event.isComposing || !field || field.tagName !== 'INPUT') { return; }
    if (SENDS_ON_ENTER.indexOf((field.type || '').toLowerCase()) >= 0) { return; }
    if (field.form && field.form.hasAttribute('data-no-enter-submit')) {
      event.preventDefault();
    }
  });

  // A page opened with ?lang= asks for its parts (htmx) in the same language, as its links do.
  var lang = new URLSearchParams(window.location.search).get('lang');
  if (lang) {
    document.addEventListener('htmx:configRequest', function (event) {
      var path = event.detail.path || '';
      if (path.indexOf('?lang=') < 0 && path.indexOf('&lang=') < 0) {
        event.detail.parameters['lang'] = lang; // htmx's parameters replace a value of the same name
      }
    });
  }
}());
