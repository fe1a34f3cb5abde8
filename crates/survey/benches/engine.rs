//! `cargo bench -p survey`: how long one definition change takes natively (all 53 jurisdictions,
//! totals, median, ranks, coverage). Plain timing loop: no benchmark crate to compile in CI.

use std::hint::black_box;
use std::time::Instant;
use survey::engine::definition::{Choice, Definition, Denominator, Hours, Population, Stay};
use survey::engine::Engine;
use survey::Dataset;

fn main() {
    let t = Instant::now();
    let data = Dataset::embedded().expect("data");
    let parse = t.elapsed();
    let t = Instant::now();
    let engine = Engine::new(&data);
    let index = t.elapsed();
    let defs: Vec<Definition> = Hours::ALL
        .iter()
        .flat_map(|&hours| Stay::ALL.iter().map(move |&stay| (hours, stay)))
        .flat_map(|(hours, stay)| {
            Population::ALL.iter().flat_map(move |&population| {
                Denominator::ALL.iter().map(move |&denominator| Definition {
                    hours,
                    stay,
                    population,
                    denominator,
                    alternatives: false,
                })
            })
        })
        .collect();
    let rounds = 200;
    let mut times = Vec::with_capacity(rounds * defs.len());
    for _ in 0..rounds {
        for d in &defs {
            let t = Instant::now();
            black_box(engine.compute(black_box(d)));
            times.push(t.elapsed().as_nanos() as f64 / 1000.0);
        }
    }
    times.sort_by(f64::total_cmp);
    let pct = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    println!(
        "dataset parse (all CSVs): {:.2} ms",
        parse.as_secs_f64() * 1000.0
    );
    println!(
        "engine index build:       {:.1} µs",
        index.as_secs_f64() * 1e6
    );
    println!(
        "compute one definition ({} samples): median {:.1} µs, p95 {:.1} µs, max {:.1} µs",
        times.len(),
        pct(0.5),
        pct(0.95),
        pct(1.0)
    );
    // The claim check's fact table (every figure it can cite) and the audit: what pages build.
    let mut n = 0;
    let (median, max) = time_ms(50, || {
        n = black_box(survey::checks::verdict::facts(&data, &engine)).len();
    });
    println!(
        "claim check's fact table ({n} facts, 50 builds): median {median:.2} ms, max {max:.2} ms"
    );
    let (median, max) = time_ms(50, || {
        black_box(survey::checks::audit::audit(&data));
    });
    println!("audit of every printed figure (50 runs): median {median:.2} ms, max {max:.2} ms");
}

/// Runs `f` `runs` times: the median and the longest run, in milliseconds.
fn time_ms(runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[runs / 2], times[runs - 1])
}
