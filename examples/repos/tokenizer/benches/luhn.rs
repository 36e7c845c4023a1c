use criterion::{black_box, criterion_group, criterion_main, Criterion};

#[path = "../src/luhn.rs"]
mod luhn;

fn bench_luhn(c: &mut Criterion) {
    c.bench_function("luhn 16 digits", |b| b.iter(|| luhn::is_valid(black_box("4111111111111111"))));
}

criterion_group!(benches, bench_luhn);
criterion_main!(benches);
