// Runs graphql-http's auditServer against the URL given and prints one JSON line per audit:
// { id, name, status ("ok" | "warn" | "error"), reason }. With --list it prints the audits
// without running them (for test discovery).
import { serverAudits, auditServer } from 'graphql-http';

const [url, ...flags] = process.argv.slice(2);
if (flags.includes('--list') || url === '--list') {
  for (const audit of serverAudits({ url: 'http://localhost/graphql' })) {
    console.log(JSON.stringify({ id: audit.id, name: audit.name }));
  }
} else {
  const results = await auditServer({ url });
  for (const result of results) {
    console.log(JSON.stringify({ id: result.id, name: result.name, status: result.status, reason: result.reason ?? null }));
  }
}
