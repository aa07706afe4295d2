//! Ratios to the hand-written floor, from the same run. Every sample of a
//! cell runs the floor and the generated client one right after the other
//! (in alternating order) and is recorded here; [`print()`](fn@print) shows, per cell,
//! each side's median time per iteration and the median of the per-sample
//! ratios `floor / generated`, with their quartiles (1.00: as fast as the
//! hand-written code; the target is >= 0.97). Pairing the samples keeps a
//! busy machine (another process taking a core for a while) from weighing
//! on one side only.
//!
//! Two clocks are kept: the client thread's CPU time (the ratio that
//! counts: what the client costs, and steady on a busy machine) and wall
//! time (which adds the server, the loopback, and any wait for a core).

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Duration;

/// One sample: nanoseconds per iteration of each side, on each clock.
#[derive(Clone, Copy)]
struct Sample {
    floor_cpu: f64,
    floor_wall: f64,
    generated_cpu: f64,
    generated_wall: f64,
}

static SAMPLES: Mutex<BTreeMap<String, Vec<Sample>>> = Mutex::new(BTreeMap::new());
/// How many of the last recorded samples of a cell are criterion's
/// measurement (those before are its warm-up).
static SAMPLE_SIZE: Mutex<usize> = Mutex::new(0);

/// Sets how many samples each cell takes.
pub fn set_sample_size(samples: usize) {
    *SAMPLE_SIZE.lock().expect("lock") = samples;
}

/// Records one sample of `cell`: `iterations` of each side, as (CPU time,
/// wall time).
pub fn record(
    cell: &str,
    iterations: u64,
    floor: (Duration, Duration),
    generated: (Duration, Duration),
) {
    #[allow(clippy::cast_precision_loss)]
    let per = |d: Duration| d.as_nanos() as f64 / iterations.max(1) as f64;
    SAMPLES
        .lock()
        .expect("lock")
        .entry(cell.to_string())
        .or_default()
        .push(Sample {
            floor_cpu: per(floor.0),
            floor_wall: per(floor.1),
            generated_cpu: per(generated.0),
            generated_wall: per(generated.1),
        });
}

/// Median and quartiles.
fn quartiles(mut values: Vec<f64>) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    let at = |q: f64| {
        if values.is_empty() {
            return f64::NAN;
        }
        #[allow(
            clippy::cast_precision_loss,
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss
        )]
        let index = ((values.len() - 1) as f64 * q).round() as usize;
        values[index]
    };
    (at(0.5), at(0.25), at(0.75))
}

fn human(ns: f64) -> String {
    if ns >= 1e9 {
        format!("{:.3} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.3} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

/// One clock's (floor, generated) values of a sample.
type Pick = fn(&Sample) -> (f64, f64);

/// The measured samples of a cell (the warm-up left out).
fn measured(samples: &[Sample]) -> &[Sample] {
    let keep = (*SAMPLE_SIZE.lock().expect("lock")).max(1);
    &samples[samples.len().saturating_sub(keep)..]
}

/// Prints one line per cell and clock: each side's median per iteration,
/// and the median (with quartiles) of the per-sample ratios floor / generated.
pub fn print() {
    let samples = SAMPLES.lock().expect("lock");
    println!();
    println!("ratio = hand-written / generated, per sample; median [q1..q3] (target >= 0.97)");
    println!(
        "{:<30} {:<5} {:>13} {:>13} {:>22}",
        "cell", "clock", "hand-written", "generated", "ratio"
    );
    for (cell, all) in samples.iter() {
        let kept = measured(all);
        let clocks: [(&str, Pick); 2] = [
            ("cpu", |s| (s.floor_cpu, s.generated_cpu)),
            ("wall", |s| (s.floor_wall, s.generated_wall)),
        ];
        for (name, pick) in clocks {
            let (floor, _, _) = quartiles(kept.iter().map(|s| pick(s).0).collect());
            let (generated, _, _) = quartiles(kept.iter().map(|s| pick(s).1).collect());
            let (ratio, q1, q3) = quartiles(
                kept.iter()
                    .map(|s| {
                        let (f, g) = pick(s);
                        f / g
                    })
                    .collect(),
            );
            let mark = if ratio >= 0.97 { "" } else { "  < 0.97" };
            println!(
                "{cell:<30} {name:<5} {:>13} {:>13} {:>22}{mark}",
                human(floor),
                human(generated),
                format!("{ratio:.3} [{q1:.3}..{q3:.3}]"),
            );
        }
    }
}

/// Prints the median wall time of a cell measured alone (its floor side
/// unused) against a time budget.
pub fn print_against_budget(cell: &str, budget: Duration) {
    let samples = SAMPLES.lock().expect("lock");
    let Some(all) = samples.get(cell) else {
        return;
    };
    let (median, q1, q3) = quartiles(measured(all).iter().map(|s| s.generated_wall).collect());
    #[allow(clippy::cast_precision_loss)]
    let budget_ns = budget.as_nanos() as f64;
    println!();
    println!(
        "{cell}: median {} [{}..{}] per run; budget {} (budget / median = {:.2})",
        human(median),
        human(q1),
        human(q3),
        human(budget_ns),
        budget_ns / median,
    );
}
