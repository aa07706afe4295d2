//! Allocations per call of the whole client process (every thread), the
//! generated client against the hand-written floor: kimai
//! `GET /api/customers`, 1 and 100 items, 32 in flight and sequential, on
//! the runtime of the throughput bench (tokio multi-thread). The server is
//! a process of its own, so none of its allocations are counted. A count,
//! not a time: the counting allocator would weigh on the throughput
//! figures, so it lives in this binary only.
//!
//! `cargo bench -p vendor-clients-benches --bench allocs`

use std::alloc::System;
use std::hint::black_box;
use std::sync::Arc;

use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};
use vendor_clients::kimai;
use vendor_clients_benches::floor::HandWritten;
use vendor_clients_benches::server::ServerProcess;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Calls counted per cell (after as many uncounted ones, which open the
/// connections and fill the pools).
const CALLS: usize = 3_200;
const IN_FLIGHT: usize = 32;

/// Runs `CALLS` calls, `tasks` at a time, and returns (allocations,
/// bytes allocated) per call.
fn count<F, Fut>(runtime: &tokio::runtime::Runtime, tasks: usize, call: F) -> (f64, f64)
where
    F: Fn() -> Fut + Clone + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    let calls = |call: F| async move {
        let handles: Vec<_> = (0..tasks)
            .map(|_| {
                let call = call.clone();
                tokio::spawn(async move {
                    for _ in 0..CALLS / tasks {
                        call().await;
                    }
                })
            })
            .collect();
        for handle in handles {
            handle.await.expect("task");
        }
    };
    runtime.block_on(calls(call.clone()));
    let region = Region::new(GLOBAL);
    runtime.block_on(calls(call));
    let change = region.change();
    #[allow(clippy::cast_precision_loss)]
    let per = |n: usize| n as f64 / CALLS as f64;
    (
        per(change.allocations + change.reallocations),
        per(change.bytes_allocated + change.bytes_reallocated.max(0).unsigned_abs()),
    )
}

fn main() {
    if ServerProcess::serve_if_asked() {
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    println!("allocations (and reallocations) per call, whole client process");
    println!(
        "{:<26} {:>12} {:>12} {:>14} {:>14}",
        "cell", "hand allocs", "gen allocs", "hand bytes", "gen bytes"
    );
    for items in [1, 100] {
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
        for tasks in [IN_FLIGHT, 1] {
            let floor = floor.clone();
            let generated = generated.clone();
            let (floor_allocs, floor_bytes) = count(&runtime, tasks, move || {
                let floor = floor.clone();
                async move {
                    black_box(floor.kimai_customers().await.expect("floor"));
                }
            });
            let (generated_allocs, generated_bytes) = count(&runtime, tasks, move || {
                let generated = generated.clone();
                async move {
                    let customers = generated.api_customers_get().send().await;
                    black_box(customers.expect("generated"));
                }
            });
            let cell = if tasks == 1 {
                format!("kimai_list/sequential/{items}")
            } else {
                format!("kimai_list/in_flight_{tasks}/{items}")
            };
            println!(
                "{cell:<26} {floor_allocs:>12.1} {generated_allocs:>12.1} {floor_bytes:>14.0} {generated_bytes:>14.0}"
            );
        }
    }
}
