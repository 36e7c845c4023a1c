// `npm run bench` — the benchmark harness arrives with the benchmark issue; until then it says so and succeeds.
console.log(
  'No benchmark exists yet: the benchmark issue adds the synthetic organisation and the measured runs.',
);
