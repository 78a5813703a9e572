/**
 * `npm run profile`: repeated engine runs on the 342 × 20 benchmark region, for
 * `node --cpu-prof` (the script sets it up; the profile lands in ./profiles).
 */
import { simulate } from '../src/lib/model/engine';
import { parseScenario } from '../src/lib/model/scenario';
import { nationalRegion } from './nationalRegion';

const parsed = parseScenario(nationalRegion(342, 20_250_101));
if (!parsed.ok) throw new Error('benchmark region refused');
const runs = Number(process.argv[2] ?? 300);
let sink = 0;
for (let r = 0; r < runs; r++) sink += simulate(parsed.scenario).byYear.length;
console.log(`${runs} runs of 342 × 20 done (${sink} years)`);
