// Runs one HTTP load with autocannon in its own process (so the measuring does
// not share an event loop with the server or the harness) and prints JSON:
// exact latency percentiles from every response time, throughput, status counts.
// Usage: node bench/load.mjs '<json options>'
import autocannon from 'autocannon';

const opts = JSON.parse(process.argv[2]);
const times = [];
const statuses = {};

const instance = autocannon({
  url: opts.url,
  method: opts.method ?? 'GET',
  headers: opts.headers ?? {},
  body: opts.body,
  connections: opts.connections,
  duration: opts.duration,
  timeout: 10,
});
instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  times.push(responseTime);
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
});
instance.on('done', (result) => {
  times.sort((a, b) => a - b);
  const q = (p) => (times.length ? times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] : null);
  process.stdout.write(
    JSON.stringify({
      requests: times.length,
      rps: times.length / (result.duration || opts.duration),
      p50: q(50),
      p95: q(95),
      p99: q(99),
      errors: result.errors + result.timeouts,
      statuses,
    }),
  );
});
