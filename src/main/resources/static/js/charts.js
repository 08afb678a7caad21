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
  const years = Object.keys(data.yearly);
  new Chart(document.getElementById('yearly'), {
    type: 'line',
    data: { labels: years, datasets: [{ label: '', data: years.map(y => data.yearly[y]), borderColor: colours[0] }] },
    options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } }
  });
});
