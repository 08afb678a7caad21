// Draws the public charts from /charts/data.json with the page's filter (no inline script, so the content
// security policy can forbid it). Counts get whole-number ticks; a series without data gets no legend entry.
// The charts page draws every chart; an embedded chart (/embed/chart/...) has one canvas: each is drawn if there.
// The first canvas with a data source says where the figures are and holds the labels.
document.addEventListener('DOMContentLoaded', async () => {
  const holder = document.querySelector('canvas[data-source]');
  if (!holder || typeof Chart === 'undefined') return;
  const source = holder.dataset.source;
  const lang = holder.dataset.lang || 'en';
  const response = await fetch(source + (source.includes('?') ? '&' : '?') + 'lang=' + encodeURIComponent(lang));
  const data = await response.json();
  const colours = ['#0b5cad', '#c2410c', '#15803d', '#7c3aed'];
  const partial = ' (' + holder.dataset.partial + ')';
  const counts = { beginAtZero: true, ticks: { precision: 0 } };
  const base = { responsive: true, maintainAspectRatio: true, animation: false };
  const label = p => p.partial ? p.period + partial : p.period;
  const monthly = document.getElementById('monthly');
  if (monthly) new Chart(monthly, {
    type: 'bar',
    data: { labels: data.months.map(label),
      datasets: data.monthly_groups.map((g, i) => ({ label: g.label, data: g.values, backgroundColor: colours[i % 4] })) },
    options: { ...base, scales: { x: { stacked: true }, y: { ...counts, stacked: true } } }
  });
  const yearly = document.getElementById('yearly');
  if (yearly) {
    const printed = data.yearly_published || {};
    const years = [...new Set([...Object.keys(printed), ...data.years.map(p => p.period)])].sort();
    const recorded = Object.fromEntries(data.years.map(p => [p.period, p]));
    const datasets = [{ label: yearly.dataset.recorded, data: years.map(y => recorded[y] ? recorded[y].count : null),
      backgroundColor: years.map(y => recorded[y] && recorded[y].partial ? '#93c5fd' : colours[0]) }];
    if (Object.keys(printed).length > 0) {
      datasets.push({ label: yearly.dataset.published, data: years.map(y => printed[y] ?? null), backgroundColor: colours[1] });
    }
    new Chart(yearly, {
      type: 'bar',
      data: { labels: years.map(y => recorded[y] ? label(recorded[y]) : y), datasets },
      options: { ...base, scales: { y: counts } }
    });
  }
  // a long name on a narrow screen is cut at the chart's left edge: break it into lines that fit beside the bars
  const lines = (text, width) => {
    const out = [''];
    text.split(' ').forEach(word => {
      const last = out.length - 1;
      if (out[last] && (out[last] + ' ' + word).length > width) out.push(word);
      else out[last] = out[last] ? out[last] + ' ' + word : word;
    });
    return out;
  };
  const horizontal = (id, facets) => {
    const canvas = document.getElementById(id);
    if (!canvas) return;
    const room = canvas.parentElement.clientWidth;
    const labels = facets.map(f => lines(f.label, Math.max(12, Math.floor(room / 20))));
    // a few bars in a wide, low chart; more bars, or names broken into more lines, get more height
    const height = labels.reduce((sum, l) => sum + l.length, 0) * 18 + 60;
    new Chart(canvas, {
      type: 'bar',
      data: { labels, datasets: [{ label: holder.dataset.total, data: facets.map(f => f.count),
        backgroundColor: colours[0] }] },
      options: { ...base, aspectRatio: Math.min(Math.max(1, 4 - facets.length / 4), room / height), indexAxis: 'y',
        plugins: { legend: { display: false } }, scales: { x: counts, y: { ticks: { autoSkip: false } } } }
    });
  };
  horizontal('categories', data.by_category);
  horizontal('perpetrators', data.by_perpetrator);
  // a chart as a PNG file, drawn from its canvas
  document.querySelectorAll('button.png').forEach(button => button.addEventListener('click', () => {
    const link = document.createElement('a');
    link.download = 'kuzet-' + button.dataset.chart + '.png';
    link.href = document.getElementById(button.dataset.chart).toDataURL('image/png');
    link.click();
  }));
});
