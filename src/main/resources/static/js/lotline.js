// Progressive help on task forms; the server checks everything again.
document.querySelectorAll('input.measured').forEach(function (input) {
  var warning = input.parentElement.querySelector('.limit-warning');
  function check() {
    var text = input.value.trim();
    var value = Number(text);
    var lower = input.dataset.lower === undefined || input.dataset.lower === '' ? null : Number(input.dataset.lower);
    var upper = input.dataset.upper === undefined || input.dataset.upper === '' ? null : Number(input.dataset.upper);
    var out = text !== '' && !isNaN(value) && ((lower !== null && value < lower) || (upper !== null && value > upper));
    input.classList.toggle('out-of-limits', out);
    if (warning) { warning.hidden = !out; }
  }
  input.addEventListener('input', check);
  check();
});

document.querySelectorAll('select.attribute-result').forEach(function (select) {
  var warning = select.parentElement.querySelector('.limit-warning');
  function check() { if (warning) { warning.hidden = select.value !== 'FAIL'; } }
  select.addEventListener('change', check);
  check();
});

// Receiving: the unit follows the chosen material.
var material = document.getElementById('partNumber');
var unit = document.getElementById('unit');
if (material && unit && material.tagName === 'SELECT') {
  material.addEventListener('change', function () {
    var option = material.options[material.selectedIndex];
    if (option && option.dataset.unit) { unit.value = option.dataset.unit; }
  });
}

// Signature dialog: shows the meaning the signer is about to sign with.
document.querySelectorAll('[data-dialog]').forEach(function (button) {
  button.addEventListener('click', function () {
    var dialog = document.getElementById(button.dataset.dialog);
    // a decision whose options sign with different meanings names the meaning on each option
    var chosen = button.form && button.form.querySelector('input[data-meaning]:checked');
    var meaning = dialog.querySelector('.signature-meaning');
    if (chosen && meaning) { meaning.textContent = chosen.dataset.meaning; }
    if (!dialog.open) { dialog.showModal(); }
    var password = dialog.querySelector('input[type="password"]');
    if (password) { password.focus(); }
  });
});
document.querySelectorAll('[data-close]').forEach(function (button) {
  button.addEventListener('click', function () { document.getElementById(button.dataset.close).close(); });
});

// Background label run: poll its progress until the PDF is ready (or the run failed).
var labelJob = document.getElementById('label-job');
if (labelJob) {
  var poll = function () {
    fetch(labelJob.dataset.statusUrl, {headers: {'Accept': 'application/json'}}).then(function (response) {
      return response.json();
    }).then(function (job) {
      document.getElementById('label-progress').value = job.done;
      document.getElementById('label-done').textContent = job.done;
      document.getElementById('label-state').textContent = job.state;
      if (job.state === 'DONE') {
        document.getElementById('label-download').hidden = false;
      } else if (job.state === 'FAILED') {
        var error = document.getElementById('label-error');
        error.textContent = job.error;
        error.hidden = false;
      } else {
        setTimeout(poll, 500);
      }
    });
  };
  if (document.getElementById('label-state').textContent === 'RUNNING') { setTimeout(poll, 500); }
}

// Recall page: the drill clock runs from the recall's opening until it is closed.
var recallClock = document.getElementById('recall-clock');
if (recallClock && !recallClock.dataset.closed) {
  var recallOpened = Date.parse(recallClock.dataset.opened);
  var tickRecallClock = function () {
    var s = Math.max(0, Math.floor((Date.now() - recallOpened) / 1000));
    recallClock.textContent = Math.floor(s / 3600) + ':' + String(Math.floor(s / 60) % 60).padStart(2, '0') + ':'
        + String(s % 60).padStart(2, '0');
  };
  tickRecallClock();
  setInterval(tickRecallClock, 1000);
}
