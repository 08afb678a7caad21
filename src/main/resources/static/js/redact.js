// Redaction page: drag a rectangle on a preview to fill one row of region fields with its numbers, in the
// picture's pixels or the PDF page's points (data-unit: units per pixel of the preview as drawn). The fields
// work without this script: the numbers can be typed.
(function () {
  'use strict';
  const form = document.getElementById('redact-form');
  if (!form) {
    return;
  }
  document.querySelectorAll('.redact-script-help').forEach((p) => { p.hidden = false; });
  const parts = ['x', 'y', 'width', 'height'];

  function rows() {
    return Array.from(form.querySelectorAll('.region-row'));
  }

  function field(row, part) {
    return row.querySelector('input[data-part="' + part + '"]');
  }

  function isEmpty(row) {
    return parts.every((p) => !field(row, p).value.trim());
  }

  // a copy of the last row, emptied, with ids of its own so that each label still names its field
  function newRow() {
    const all = rows();
    const copy = all[all.length - 1].cloneNode(true);
    const n = all.length;
    copy.querySelectorAll('.region-error').forEach((e) => e.remove());
    copy.querySelectorAll('input').forEach((input) => {
      if (input.type !== 'hidden') {
        input.value = '';
      }
      input.removeAttribute('aria-invalid');
      if (input.id) {
        input.id = input.id.replace(/-\d+$/, '-' + n);
      }
    });
    copy.querySelectorAll('label').forEach((label) => {
      label.htmlFor = label.htmlFor.replace(/-\d+$/, '-' + n);
    });
    copy.setAttribute('aria-label', copy.getAttribute('aria-label').replace(/\d+/, String(n + 1)));
    all[all.length - 1].after(copy);
    return copy;
  }

  function round(value) {
    return String(Math.round(value * 10) / 10);
  }

  document.querySelectorAll('.redact-stage').forEach((stage) => {
    const img = stage.querySelector('img');
    const unit = parseFloat(stage.dataset.unit) || 1;
    let start = null;
    let box = null;

    function point(event) {
      const r = img.getBoundingClientRect();
      return {
        x: Math.min(Math.max(event.clientX - r.left, 0), r.width),
        y: Math.min(Math.max(event.clientY - r.top, 0), r.height)
      };
    }

    function place(a, b) {
      box.style.left = Math.min(a.x, b.x) + 'px';
      box.style.top = Math.min(a.y, b.y) + 'px';
      box.style.width = Math.abs(a.x - b.x) + 'px';
      box.style.height = Math.abs(a.y - b.y) + 'px';
    }

    stage.addEventListener('pointerdown', (event) => {
      event.preventDefault();
      start = point(event);
      box = document.createElement('div');
      box.className = 'redact-box';
      stage.appendChild(box);
      place(start, start);
      stage.setPointerCapture(event.pointerId);
    });
    stage.addEventListener('pointermove', (event) => {
      if (start) {
        place(start, point(event));
      }
    });
    stage.addEventListener('pointerup', (event) => {
      if (!start) {
        return;
      }
      const end = point(event);
      const scale = img.naturalWidth / img.getBoundingClientRect().width * unit;
      const w = Math.abs(end.x - start.x) * scale;
      const h = Math.abs(end.y - start.y) * scale;
      if (w < 2 || h < 2) {
        box.remove();
      } else {
        const row = rows().find(isEmpty) || newRow();
        const page = field(row, 'page');
        if (page && page.type !== 'hidden') {
          page.value = stage.dataset.page;
        }
        field(row, 'x').value = round(Math.min(start.x, end.x) * scale);
        field(row, 'y').value = round(Math.min(start.y, end.y) * scale);
        field(row, 'width').value = round(w);
        field(row, 'height').value = round(h);
      }
      start = null;
      box = null;
    });
  });
}());
