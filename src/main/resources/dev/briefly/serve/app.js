(function () {
  'use strict';
  var form = document.getElementById('form');
  var drop = document.getElementById('drop');
  var file = document.getElementById('file');
  var chosen = document.getElementById('chosen');
  var status = document.getElementById('status');
  function show() {
    chosen.textContent = file.files && file.files.length ? 'Chosen: ' + file.files[0].name : '';
  }
  file.addEventListener('change', show);
  ['dragenter', 'dragover'].forEach(function (type) {
    drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    drop.addEventListener(type, function () { drop.classList.remove('over'); });
  });
  drop.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) {
      file.files = e.dataTransfer.files;
      show();
    }
  });
  form.addEventListener('submit', function () {
    status.textContent = 'Summarising\u2026';
    form.querySelector('button[type=submit]').disabled = true;
  });
  // Coming back to the page with the browser's Back button shows the form ready again.
  window.addEventListener('pageshow', function () {
    status.textContent = '';
    form.querySelector('button[type=submit]').disabled = false;
    show();
  });
})();
