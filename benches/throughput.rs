//! Throughput: requests per second of the whole client process against the
//! hand-written floor, kimai `GET /api/customers`.
//!
//! The CPU-time ratios of `benches/client.rs` count the client thread only;
//! a program pays for every thread of its process (the runtime's worker,
//! timers, the allocator). Here the server is a process of its own (this
//! binary run again as a server, its serving thread
//! pinned to core 1) and the client process is pinned to core 0, every
//! thread of it, so the client's requests per second is what one core of
//! client process does. The client runs on the runtime `#[tokio::main]`
//! gives a user: tokio's multi-thread runtime, default settings (one
//! worker on one core, plus the thread in `block_on`); set
//! `VC_THROUGHPUT_RUNTIME=current_thread` for the other flavour. Retries
//! and spans on: default `RetryConfig`, no tracing subscriber.
//!
//! Each cell (1 and 100 items; 32 tasks in flight, and one) runs the floor
//! and the generated client alternately, `VC_THROUGHPUT_ROUNDS` rounds
//! (default 5) of `VC_THROUGHPUT_SECS` seconds (default 3) each side, and
//! prints each side's median requests/s, the median of the per-round
//! ratios generated / floor with their range, each side's client-process
//! CPU per request, and how busy the server was (near 100 %: the server,
//! not the client, would be the limit).
//!
//! `cargo bench -p vendor-clients-benches --bench throughput`
//! (`VC_THROUGHPUT_CELLS=in_flight` runs the cells whose name contains it,
//! or the one cell of that name;
//! `VC_THROUGHPUT_SIDE=generated` or `floor` runs one side only, for
//! `perf record`.)

use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use cpu_time::ProcessTime;
use tokio::runtime::Runtime;
use vendor_clients::kimai;
use vendor_clients_benches::floor::HandWritten;
use vendor_clients_benches::pin_to_core;
use vendor_clients_benches::server::ServerProcess;

const IN_FLIGHT: usize = 32;
/// Time for each side's connections to open before a round is counted.
const WARM_UP: Duration = Duration::from_millis(300);

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// One side's result in one round.
#[derive(Clone, Copy)]
struct Run {
    per_second: f64,
    /// Client process CPU per request, µs.
    cpu_us: f64,
    /// Server process CPU / wall time.
    server_busy: f64,
}

/// Runs `tasks` tasks, each calling `call` in a loop, and counts the calls
/// completed in `duration` after the warm-up.
fn run<F, Fut>(
    runtime: &Runtime,
    server: &ServerProcess,
    tasks: usize,
    duration: Duration,
    call: F,
) -> Run
where
    F: Fn() -> Fut + Clone + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    let done = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    runtime.block_on(async {
        let handles: Vec<_> = (0..tasks)
            .map(|_| {
                let (call, done, stop) = (call.clone(), done.clone(), stop.clone());
                tokio::spawn(async move {
                    while !stop.load(Ordering::Relaxed) {
                        call().await;
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                })
            })
            .collect();
        tokio::time::sleep(WARM_UP).await;
        let (count, cpu, server_cpu, wall) = (
            done.load(Ordering::Relaxed),
            ProcessTime::now(),
            server.cpu(),
            Instant::now(),
        );
        tokio::time::sleep(duration).await;
        let count = done.load(Ordering::Relaxed) - count;
        let (cpu, server_cpu, wall) = (cpu.elapsed(), server.cpu() - server_cpu, wall.elapsed());
        stop.store(true, Ordering::Relaxed);
        for handle in handles {
            handle.await.expect("task");
        }
        #[allow(clippy::cast_precision_loss)]
        let count = count.max(1) as f64;
        Run {
            per_second: count / wall.as_secs_f64(),
            cpu_us: cpu.as_secs_f64() * 1e6 / count,
            server_busy: server_cpu.as_secs_f64() / wall.as_secs_f64(),
        }
    })
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    match values.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => values[n / 2],
        n => f64::midpoint(values[n / 2 - 1], values[n / 2]),
    }
}

fn range(values: &[f64]) -> (f64, f64) {
    values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(*v), hi.max(*v))
        })
}

/// One round of a cell: the floor's run and the generated client's (either
/// left out when only one side is measured).
type Round = (Option<Run>, Option<Run>);

/// Which sides a run measures.
#[derive(Clone, Copy, PartialEq)]
enum Sides {
    Both,
    Floor,
    Generated,
}

fn main() {
    if ServerProcess::serve_if_asked() {
        return;
    }
    // Before the runtime starts: its threads inherit the core.
    pin_to_core(0);
    let rounds: usize = env_or("VC_THROUGHPUT_ROUNDS", 5);
    let duration = Duration::from_secs_f64(env_or("VC_THROUGHPUT_SECS", 3.0));
    let filter = std::env::var("VC_THROUGHPUT_CELLS").unwrap_or_default();
    // A whole cell name picks that cell only (`.../1` is part of `.../100`).
    let exact = [IN_FLIGHT, 1]
        .into_iter()
        .flat_map(|tasks| [1, 100].map(|items| format!("kimai_list/{}/{items}", in_flight(tasks))))
        .any(|name| name == filter);
    let wanted = |name: &str| {
        if exact {
            name == filter
        } else {
            name.contains(&filter)
        }
    };
    let sides = match std::env::var("VC_THROUGHPUT_SIDE").as_deref() {
        Ok("floor") => Sides::Floor,
        Ok("generated") => Sides::Generated,
        _ => Sides::Both,
    };
    let flavour = std::env::var("VC_THROUGHPUT_RUNTIME").unwrap_or_default();
    let runtime = if flavour == "current_thread" {
        tokio::runtime::Builder::new_current_thread()
    } else {
        tokio::runtime::Builder::new_multi_thread()
    }
    .enable_all()
    .build()
    .expect("client runtime");
    println!(
        "runtime: {}, {} worker(s); {rounds} rounds of {duration:?} per side and cell",
        if flavour == "current_thread" {
            "current_thread"
        } else {
            "multi_thread"
        },
        runtime.metrics().num_workers(),
    );

    let mut lines = Vec::new();
    for items in [1, 100] {
        let cells =
            [IN_FLIGHT, 1].map(|tasks| (tasks, format!("kimai_list/{}/{items}", in_flight(tasks))));
        if !cells.iter().any(|(_, name)| wanted(name)) {
            continue;
        }
        let server = ServerProcess::start(items);
        let floor = Arc::new(HandWritten::kimai(
            server.base_url(),
            "susan",
            "api-password",
        ));
        let generated = Arc::new(
            kimai::Client::builder(server.base_url(), "susan", "api-password")
                .build()
                .expect("kimai client"),
        );
        let floor_call = move || {
            let floor = floor.clone();
            async move {
                let customers = floor.kimai_customers().await.expect("floor");
                assert_eq!(customers.len(), items);
                black_box(customers);
            }
        };
        let generated_call = move || {
            let generated = generated.clone();
            async move {
                let customers = generated.api_customers_get().send().await;
                let customers = customers.expect("generated").into_inner();
                assert_eq!(customers.len(), items);
                black_box(customers);
            }
        };
        for (tasks, name) in cells {
            if !wanted(&name) {
                continue;
            }
            let mut runs: Vec<Round> = Vec::new();
            for round in 0..rounds {
                let floor_run = || {
                    (sides != Sides::Generated)
                        .then(|| run(&runtime, &server, tasks, duration, floor_call.clone()))
                };
                let generated_run = || {
                    (sides != Sides::Floor)
                        .then(|| run(&runtime, &server, tasks, duration, generated_call.clone()))
                };
                // Alternating which goes first: a busy spell of the machine
                // weighs on both sides alike.
                let pair = if round % 2 == 0 {
                    let f = floor_run();
                    (f, generated_run())
                } else {
                    let g = generated_run();
                    (floor_run(), g)
                };
                eprintln!(
                    "{name} round {round}: floor {:.0}/s, generated {:.0}/s",
                    pair.0.map_or(f64::NAN, |r| r.per_second),
                    pair.1.map_or(f64::NAN, |r| r.per_second)
                );
                runs.push(pair);
            }
            lines.push(summary(&name, &runs));
        }
    }
    println!();
    println!(
        "requests/s, median of the rounds; ratio = generated / hand-written per round, median [min..max];"
    );
    println!(
        "cpu = client process CPU per request (all threads), cpu ratio = hand-written / generated per round;"
    );
    println!("client, server = each process's busy fraction of its core");
    println!(
        "{:<26} {:>10} {:>10} {:>22} {:>9} {:>9} {:>22} {:>7} {:>7}",
        "cell", "hand/s", "gen/s", "ratio", "hand cpu", "gen cpu", "cpu ratio", "client", "server"
    );
    for line in lines {
        println!("{line}");
    }
}

fn in_flight(tasks: usize) -> String {
    if tasks == 1 {
        "sequential".into()
    } else {
        format!("in_flight_{tasks}")
    }
}

/// One table line for a cell's rounds.
fn summary(name: &str, runs: &[Round]) -> String {
    let side = |pick: fn(&Round) -> Option<Run>, field: fn(Run) -> f64| {
        median(runs.iter().filter_map(pick).map(field).collect())
    };
    let floor = |r: &Round| r.0;
    let generated = |r: &Round| r.1;
    let ratios: Vec<f64> = runs
        .iter()
        .filter_map(|(f, g)| Some(g.as_ref()?.per_second / f.as_ref()?.per_second))
        .collect();
    let cpu_ratios: Vec<f64> = runs
        .iter()
        .filter_map(|(f, g)| Some(f.as_ref()?.cpu_us / g.as_ref()?.cpu_us))
        .collect();
    let (lo, hi) = range(&ratios);
    let (cpu_lo, cpu_hi) = range(&cpu_ratios);
    // Below 100 %: the client's core went partly to other processes (or
    // the client waited on the server), and req/s says less than cpu.
    let client_busy = median(
        runs.iter()
            .flat_map(|(f, g)| [f, g])
            .flatten()
            .map(|r| r.per_second * r.cpu_us / 1e6)
            .collect(),
    );
    let busy = median(
        runs.iter()
            .flat_map(|(f, g)| [f, g])
            .flatten()
            .map(|r| r.server_busy)
            .collect(),
    );
    format!(
        "{name:<26} {:>10.0} {:>10.0} {:>22} {:>7.1}µs {:>7.1}µs {:>22} {:>6.0}% {:>6.0}%",
        side(floor, |r| r.per_second),
        side(generated, |r| r.per_second),
        format!("{:.3} [{lo:.3}..{hi:.3}]", median(ratios.clone())),
        side(floor, |r| r.cpu_us),
        side(generated, |r| r.cpu_us),
        format!(
            "{:.3} [{cpu_lo:.3}..{cpu_hi:.3}]",
            median(cpu_ratios.clone())
        ),
        client_busy * 100.0,
        busy * 100.0,
    )
}
