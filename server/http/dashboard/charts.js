// Plain SVG charts: horizontal bars, one group per row, one bar per series.
'use strict';
const SVG_NS = 'http://www.w3.org/2000/svg';

function svgElement(name, attributes, text) {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) {
    element.setAttribute(key, value);
  }
  if (text !== undefined) element.textContent = text;
  return element;
}

// Draws into `host` (replacing what was there). rows: [{label, values}],
// series: [{name}] (bar i of a row is series i, coloured by class s<i>),
// format(n) writes a value.
function drawBars(host, rows, series, format) {
  // One SVG unit per CSS pixel, so text keeps its size in wide panels.
  const width = Math.max(420, host.clientWidth || 640);
  const labelWidth = 210, valueWidth = 90, barHeight = 14;
  const gap = 3, groupGap = 8;
  const legend = series.length > 1 ? 22 : 0;
  const groupHeight = series.length * (barHeight + gap) + groupGap;
  const height = legend + Math.max(1, rows.length) * groupHeight;
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const scale = (width - labelWidth - valueWidth) / max;
  const svg = svgElement('svg', {viewBox: `0 0 ${width} ${height}`,
                                 class: 'bars', role: 'img'});
  if (legend) {
    series.forEach((s, i) => {
      const x = labelWidth + i * 150;
      svg.appendChild(svgElement('rect', {x, y: 4, width: 12, height: 12,
                                          class: `s${i}`}));
      svg.appendChild(svgElement('text', {x: x + 16, y: 14, class: 'legend'},
                                 s.name));
    });
  }
  rows.forEach((row, r) => {
    const top = legend + r * groupHeight;
    svg.appendChild(svgElement('text', {
      x: labelWidth - 8, y: top + (groupHeight - groupGap) / 2 + 4,
      class: 'label', 'text-anchor': 'end'}, row.label));
    row.values.forEach((value, i) => {
      const y = top + i * (barHeight + gap);
      const barWidth = Math.max(value > 0 ? 1 : 0, value * scale);
      const bar = svgElement('rect', {x: labelWidth, y, width: barWidth,
                                      height: barHeight, class: `s${i}`});
      bar.appendChild(svgElement('title', {},
                                 `${row.label}: ${format(value)}`));
      svg.appendChild(bar);
      svg.appendChild(svgElement('text', {x: labelWidth + barWidth + 4,
                                          y: y + barHeight - 3,
                                          class: 'value'}, format(value)));
    });
  });
  host.replaceChildren(svg);
}
