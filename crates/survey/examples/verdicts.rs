//! Prints the verdicts for claims given as arguments (one per line on stdin when none).
use std::io::Read;
use survey::checks::verdict::{check, facts};
use survey::engine::Engine;
use survey::Dataset;

fn main() {
    let d = Dataset::embedded().unwrap();
    let f = facts(&d, &Engine::new(&d));
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    for claim in input.lines().filter(|l| !l.trim().is_empty()) {
        let c = check(claim, &d, &f);
        println!("## {claim}");
        for a in &c.answers {
            println!(
                "  {:>10} → {} | {} | best: {}",
                a.reading.text,
                a.verdict.map_or("(context)", |v| v.label()),
                a.why,
                a.best
                    .as_ref()
                    .map_or(String::new(), |b| format!("{} [{}]", b.shown, b.source))
            );
        }
        for n in &c.notes {
            println!("  note: {n}");
        }
    }
}
