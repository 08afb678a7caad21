// Keeps what is typed in a staff form (marked data-draft="key") in this browser until it is saved, so that a
// session that ends mid-form (the login page comes instead of the saved record) loses nothing: back on the form,
// the draft is offered again. A page that confirms the save names the key in data-draft-saved and clears it.
(function () {
  'use strict';
  var PREFIX = 'kuzet-draft:';
  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== '_csrf' && el.name !== 'revision' && el.type !== 'file' && el.type !== 'hidden'
        && el.type !== 'submit' && el.type !== 'button';
    });
  }
  function save(form, key) {
    var values = {};
    fields(form).forEach(function (el) {
      if (el.type === 'checkbox' || el.type === 'radio') {
        values[el.name + '=' + el.value] = el.checked;
      } else {
        values[el.name] = el.value;
      }
    });
    try { localStorage.setItem(PREFIX + key, JSON.stringify(values)); } catch (e) { /* storage full or off */ }
  }
  function restore(form, key) {
    var saved;
    try { saved = JSON.parse(localStorage.getItem(PREFIX + key) || 'null'); } catch (e) { saved = null; }
    if (!saved) { return false; }
    var restored = false;
    fields(form).forEach(function (el) {
      if (el.type === 'checkbox' || el.type === 'radio') {
        var k = el.name + '=' + el.value;
        if (k in saved && el.checked !== saved[k]) { el.checked = saved[k]; restored = true; }
      } else if (el.name in saved && saved[el.name] !== el.value && saved[el.name] !== '') {
        el.value = saved[el.name];
        restored = true;
      }
    });
    return restored;
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-draft-saved]').forEach(function (el) {
      try { localStorage.removeItem(PREFIX + el.getAttribute('data-draft-saved')); } catch (e) { /* off */ }
    });
    document.querySelectorAll('form[data-draft]').forEach(function (form) {
      var key = form.getAttribute('data-draft');
      // a form the server sent back with the person's own values (an error) is newer than the draft
      if (!form.hasAttribute('data-draft-answered') && restore(form, key)) {
        var notice = document.getElementById(form.getAttribute('data-draft-notice'));
        if (notice) { notice.hidden = false; }
      }
      form.addEventListener('input', function () { save(form, key); });
      form.addEventListener('change', function () { save(form, key); });
    });
  });
}());
