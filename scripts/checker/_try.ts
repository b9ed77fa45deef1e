import { checkScript } from '../../src/checker/index.js';
const r = checkScript(process.argv[2] ?? 'I understand — that was a big ask. Could you do $300? Or $200?', { firstRequest: process.argv[3] });
console.log(r.verdict); for (const x of r.rules) console.log(x.id, x.passed, JSON.stringify(x.evidence.map(e => (process.argv[2] ?? 'I understand — that was a big ask. Could you do $300? Or $200?').slice(e.start, e.end))));
