// Summarises a V8 CPU profile of the backend (written with `--cpu-prof DIR` of the API latency benchmark):
// self time by package and by function, and inclusive time of the functions that matter for the read routes.
// Usage: node bench/apiLatency/profileSummary.js FILE.cpuprofile [--top N] [--match REGEX] [--from S] [--to S]
// --from/--to keep the samples between those seconds after the profile's start (start-up and warm-up are in
// the same profile as the load); the busy-per-second timeline it prints shows where the phases are.
const fs = require('node:fs');

const args = process.argv.slice(2);
const file = args[0];
if (!file) {
  console.error(
    'Usage: profileSummary.js FILE.cpuprofile [--top N] [--match REGEX]',
  );
  process.exit(2);
}
const flag = name => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const top = Number(flag('--top') ?? 25);
// Functions whose inclusive time is reported; the default names the request path of the read routes.
const match = new RegExp(
  flag('--match') ??
    '^(loadGroupHierarchy|resolveTeam|teamScores|loadExempted|getEntityScores|activeExemptions|currentScores|withExemptions|scoresJson|json|stringify|send|authenticate|credentials|getEntities|getPluginRequestToken|logging|handle|query|_query|acquireConnection|toRollupEntity|buildGroupHierarchy|parseInput|parse)$',
);

const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) {
  for (const child of n.children ?? []) parent.set(child, n.id);
}

/** Where code lives: a package under node_modules, a folder of this repository, or Node/V8 itself. */
function origin(url) {
  if (!url) return '(native/V8)';
  if (url.startsWith('node:')) return 'node:internal';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const repo = /\/(plugins|packages)\/([^/]+)\//.exec(url);
  return repo ? `${repo[1]}/${repo[2]}` : url.replace(/^file:\/\//, '');
}
const label = n => {
  const f = n.callFrame;
  const where = f.url ? `${origin(f.url)}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};

const fromUs = Number(flag('--from') ?? 0) * 1e6;
const toUs = Number(flag('--to') ?? Infinity) * 1e6;
const selfByNode = new Map();
const idleIds = new Set(
  profile.nodes
    .filter(n => n.callFrame.functionName === '(idle)')
    .map(n => n.id),
);
// Busy microseconds per second of the profile, for the timeline.
const busyPerSecond = [];
let total = 0;
let at = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  at += dt;
  const second = Math.floor(at / 1e6);
  if (!idleIds.has(id)) {
    busyPerSecond[second] = (busyPerSecond[second] ?? 0) + dt;
  }
  if (at < fromUs || at > toUs) return;
  total += dt;
  selfByNode.set(id, (selfByNode.get(id) ?? 0) + dt);
});

const byPackage = new Map();
const byFunction = new Map();
let idle = 0;
for (const [id, us] of selfByNode) {
  const n = nodes.get(id);
  const name = n.callFrame.functionName;
  if (name === '(idle)') idle += us;
  if (name === '(idle)') continue;
  const pkg = origin(n.callFrame.url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  const key = label(n);
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
}

// Inclusive time: every sample counts once for each distinct matching function on its stack.
const inclusive = new Map();
for (const [id, us] of selfByNode) {
  if (idleIds.has(id)) continue;
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const n = nodes.get(cur);
    if (match.test(n.callFrame.functionName)) {
      const key = label(n);
      if (!seen.has(key)) {
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + us);
      }
    }
  }
}

const busy = total - idle;
const ms = us => (us / 1000).toFixed(0).padStart(8);
const pct = us => `${((100 * us) / busy).toFixed(1)}%`.padStart(7);
const print = (title, map, n) => {
  console.log(`\n${title}`);
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .forEach(([k, us]) => console.log(`${ms(us)} ms ${pct(us)}  ${k}`));
};
console.log(
  `${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(
    1,
  )} s busy (percentages are of busy time)`,
);
console.log(
  `busy % per second: ${Array.from(busyPerSecond, us =>
    Math.round((us ?? 0) / 1e4),
  ).join(' ')}`,
);
print('self time by package', byPackage, top);
print('self time by function', byFunction, top);
print('inclusive time of matching functions', inclusive, top);
