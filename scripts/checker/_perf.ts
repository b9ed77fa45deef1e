import { checkScript } from '/work/main/src/checker/index.js';
import { readFileSync } from 'node:fs';
const rows = readFileSync('/work/shared/checker/dev-set.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l).script as string);
const corpus = rows.join(' ');
const make=(n:number)=>{let s='';let i=0;while(s.length<n){s+=rows[i++%rows.length]+' ';}return s.slice(0,n);};
for (const n of [300,2048,200*1024]) {
  const t=make(n); for(let i=0;i<3;i++) checkScript(t);
  const times:number[]=[]; const reps = n>10000?15:300;
  for(let i=0;i<reps;i++){const a=performance.now();checkScript(t);times.push(performance.now()-a);}
  times.sort((a,b)=>a-b); console.log(n, times[times.length>>1]!.toFixed(3),'ms');
}
const big='a'.repeat(1<<20); let a=performance.now(); checkScript(big); console.log('1MB a', (performance.now()-a).toFixed(1));
const big2='— '.repeat(1<<19); a=performance.now(); checkScript(big2); console.log('1MB dashes', (performance.now()-a).toFixed(1));
const big3="'a ".repeat(350000); a=performance.now(); checkScript(big3); console.log('1MB quotes', (performance.now()-a).toFixed(1));
const big4=' '.repeat(1<<20); a=performance.now(); checkScript(big4+'x'); console.log('1MB spaces', (performance.now()-a).toFixed(1));
const big5='1 '.repeat(1<<19); a=performance.now(); checkScript(big5); console.log('1MB numbers', (performance.now()-a).toFixed(1));
