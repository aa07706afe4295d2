//! `cargo xtask check` on a warm tree (everything built, nothing changed),
//! as a maintainer runs it: the whole process, cargo's freshness check
//! included. The budget is 0.5 s.
//!
//! `cargo bench -p vendor-clients-benches --bench xtask`

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use criterion::Criterion;
use vendor_clients_benches::report;

const SAMPLES: usize = 10;
const BUDGET: Duration = Duration::from_millis(500);

fn check(cargo: &str, root: &Path) {
    let output = Command::new(cargo)
        .args(["xtask", "check"])
        .current_dir(root)
        .output()
        .expect("run cargo xtask check");
    assert!(
        output.status.success(),
        "cargo xtask check failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn main() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root");
    // Builds the xtask if needed: what is measured is a warm tree.
    check(&cargo, root);
    report::set_sample_size(SAMPLES);
    let mut c = Criterion::default()
        .sample_size(SAMPLES)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8))
        .configure_from_args();
    c.bench_function("xtask_check/warm", |b| {
        b.iter_custom(|iterations| {
            let start = Instant::now();
            for _ in 0..iterations {
                check(&cargo, root);
            }
            let elapsed = start.elapsed();
            let zero = (Duration::ZERO, Duration::ZERO);
            report::record("xtask_check/warm", iterations, zero, (elapsed, elapsed));
            elapsed
        });
    });
    c.final_summary();
    report::print_against_budget("xtask_check/warm", BUDGET);
}
