// Draws the public charts from /charts/data.json (no inline script, so the content security policy can forbid it).
document.addEventListener('DOMContentLoaded', async () => {
  const monthly = document.getElementById('monthly');
  if (!monthly || typeof Chart === 'undefined') return;
  const lang = monthly.dataset.lang || 'en';
  const response = await fetch('/charts/data.json?lang=' + encodeURIComponent(lang));
  const data = await response.json();
  const colours = ['#0b5cad', '#c2410c', '#15803d', '#7c3aed'];
  new Chart(monthly, {
    type: 'bar',
    data: {
      labels: data.monthly.months,
      datasets: data.monthly.groups.map((g, i) => ({ label: g.label, data: g.values, backgroundColor: colours[i % 4] }))
    },
    options: { responsive: true, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } }
  });
  // recorded incidents and, for the years before the database, the totals the published reports printed
  const years = [...new Set([...Object.keys(data.yearly_published || {}), ...Object.keys(data.yearly)])].sort();
  const yearly = document.getElementById('yearly');
  new Chart(yearly, {
    type: 'line',
    data: { labels: years, datasets: [
      { label: yearly.dataset.recorded, data: years.map(y => data.yearly[y] ?? null), borderColor: colours[0] },
      { label: yearly.dataset.published, data: years.map(y => (data.yearly_published || {})[y] ?? null),
        borderColor: colours[1], borderDash: [6, 4] }] },
    options: { scales: { y: { beginAtZero: true } } }
  });
});
