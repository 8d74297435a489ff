// Records every script error, rejected promise and console.error call in
// <div id="errors">, so that a headless test (and a person) can see them.
'use strict';
(function () {
  const box = document.getElementById('errors');
  function record(text) {
    const line = document.createElement('div');
    line.className = 'error';
    line.textContent = String(text);
    box.appendChild(line);
    box.hidden = false;
  }
  window.addEventListener('error', function (event) {
    record(event.message || 'error loading ' +
           (event.target && (event.target.src || event.target.href)));
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    record('unhandled rejection: ' + (event.reason && event.reason.stack ||
                                      event.reason));
  });
  const consoleError = console.error.bind(console);
  console.error = function (...args) {
    record(args.join(' '));
    consoleError(...args);
  };
  window.kitapRecordError = record;
})();
