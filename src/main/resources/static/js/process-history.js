// Draws each process model with bpmn-js (served from the app) and marks the activities the instance passed through.
(function () {
  if (typeof BpmnJS === 'undefined') { return; }
  document.querySelectorAll('.bpmn-canvas[data-model]').forEach(function (canvasElement) {
    var viewer = new BpmnJS({container: canvasElement});
    viewer.importXML(canvasElement.dataset.model).then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      var passed = canvasElement.dataset.passed ? canvasElement.dataset.passed.split(',') : [];
      var active = canvasElement.dataset.active ? canvasElement.dataset.active.split(',') : [];
      passed.forEach(function (id) { if (registry.get(id)) { canvas.addMarker(id, 'path-taken'); } });
      active.forEach(function (id) { if (registry.get(id)) { canvas.addMarker(id, 'path-active'); } });
      // a sequence flow was taken when both of its ends were reached
      registry.filter(function (e) { return e.type === 'bpmn:SequenceFlow'; }).forEach(function (flow) {
        var reached = passed.concat(active);
        if (reached.indexOf(flow.source.id) >= 0 && reached.indexOf(flow.target.id) >= 0) {
          canvas.addMarker(flow.id, 'path-taken');
        }
      });
      canvas.zoom('fit-viewport');
      canvasElement.classList.add('rendered');
    }).catch(function (error) {
      canvasElement.textContent = 'The diagram could not be drawn: ' + error.message;
    });
  });
})();
