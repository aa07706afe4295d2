//! `cargo xtask check` and `cargo xtask regen` (every vendor) on a warm tree
//! (everything built, nothing changed, so regen writes nothing), as a
//! maintainer runs them: the whole process, cargo's freshness check
//! included. The budgets: 0.5 s for check, 10 s for regen.
//!
//! `cargo bench -p vendor-clients-benches --bench xtask`

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use criterion::Criterion;
use vendor_clients_benches::report;

const SAMPLES: usize = 10;
const CHECK_BUDGET: Duration = Duration::from_millis(500);
const REGEN_BUDGET: Duration = Duration::from_secs(10);

fn xtask(cargo: &str, root: &Path, command: &str) {
    let output = Command::new(cargo)
        .args(["xtask", command])
        .current_dir(root)
        .output()
        .expect("run cargo xtask");
    assert!(
        output.status.success(),
        "cargo xtask {command} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn main() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root");
    // Builds the xtask if needed: what is measured is a warm tree.
    xtask(&cargo, root, "check");
    report::set_sample_size(SAMPLES);
    let mut c = Criterion::default()
        .sample_size(SAMPLES)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8))
        .configure_from_args();
    for (command, cell) in [("check", "xtask_check/warm"), ("regen", "xtask_regen/warm")] {
        c.bench_function(cell, |b| {
            b.iter_custom(|iterations| {
                let start = Instant::now();
                for _ in 0..iterations {
                    xtask(&cargo, root, command);
                }
                let elapsed = start.elapsed();
                let zero = (Duration::ZERO, Duration::ZERO);
                report::record(cell, iterations, zero, (elapsed, elapsed));
                elapsed
            });
        });
    }
    c.final_summary();
    report::print_against_budget("xtask_check/warm", CHECK_BUDGET);
    report::print_against_budget("xtask_regen/warm", REGEN_BUDGET);
}
