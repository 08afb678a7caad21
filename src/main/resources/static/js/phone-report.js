// The correspondent's report form on a bad connection. A report that cannot be sent now (no network, a dropped
// connection, a session that ended) is kept in this browser's IndexedDB, files included, and sent as soon as the
// network returns or the page is opened again; each keeps its own instance id, so one sent twice is kept once by
// the server. The service worker (worker.js) keeps the page itself, so that it opens without a network.
(function () {
  'use strict';
  var DB = 'kuzet-outbox', STORE = 'reports';
  var form, status, sending = false;

  function newId() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return 'id-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
  }
  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(STORE, { keyPath: 'instanceId' }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }
  function withStore(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode), result = work(tx.objectStore(STORE));
        tx.oncomplete = function () { resolve(result && 'result' in result ? result.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }
  function say(key, count) {
    var text = status.getAttribute('data-' + key) || '';
    status.textContent = text.replace('{0}', String(count));
    status.hidden = false;
  }
  function keep(report) {
    return withStore('readwrite', function (store) { return store.put(report); });
  }
  function waiting() {
    return withStore('readonly', function (store) { return store.getAll(); });
  }
  function drop(id) {
    return withStore('readwrite', function (store) { return store.delete(id); });
  }
  function asForm(report) {
    var body = new FormData();
    ['what', 'when', 'where', 'link', 'instanceId'].forEach(function (k) { body.append(k, report[k] || ''); });
    (report.files || []).forEach(function (f) { body.append('file', f, f.name); });
    body.append('_csrf', form.querySelector('input[name="_csrf"]').value);
    return body;
  }
  // sends the waiting reports one by one; stops at the first that cannot go, to try again later
  function sendWaiting() {
    if (sending || !navigator.onLine) { return; }
    sending = true;
    waiting().then(function (reports) {
      var chain = Promise.resolve(0);
      reports.forEach(function (report) {
        chain = chain.then(function (sent) {
          return fetch(form.action, { method: 'POST', body: asForm(report), credentials: 'same-origin' })
            .then(function (response) {
              if (response.ok && /\/staff\/submissions\/\d+/.test(response.url)) {
                return drop(report.instanceId).then(function () { return sent + 1; });
              }
              say(/\/login/.test(response.url) || response.status === 403 ? 'signin' : 'refused', 0);
              throw new Error('kept');
            });
        });
      });
      return chain.then(function (sent) {
        if (sent > 0) { say('sent', sent); }
      });
    }).catch(function () { /* kept for the next try */ }).then(function () {
      sending = false;
      return waiting();
    }).then(function (left) {
      if (left && left.length) { say('waiting', left.length); }
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    form = document.querySelector('form[data-outbox]');
    status = document.getElementById('outbox-status');
    if (!form || !window.indexedDB || !window.fetch) { return; }
    // a page kept by the service worker carries the id of its first showing: each filling needs its own
    form.elements.instanceId.value = newId();
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register(form.getAttribute('data-worker'), { scope: form.getAttribute('data-scope') })
        .catch(function () { /* the page still works, only not offline */ });
    }
    form.addEventListener('submit', function (event) {
      if (!form.elements.what.value.trim()) { return; } // the server names the empty field
      event.preventDefault();
      var report = { instanceId: form.elements.instanceId.value || newId(), files: [] };
      ['what', 'when', 'where', 'link'].forEach(function (k) { report[k] = form.elements[k].value; });
      Array.prototype.forEach.call(form.elements.file.files, function (f) { report.files.push(f); });
      keep(report).then(function () {
        form.reset();
        form.elements.instanceId.value = newId();
        say('queued', 0);
        sendWaiting();
      });
    });
    window.addEventListener('online', sendWaiting);
    sendWaiting();
  });
}());
