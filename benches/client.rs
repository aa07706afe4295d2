//! The generated clients against hand-written reqwest code doing the same
//! calls, in one binary, on one loopback server (its own thread, pinned to
//! core 1; the client runs on core 0). Retries and spans stay on in the
//! generated clients: default `RetryConfig`, a span per call (no subscriber
//! listening, as in most production processes). Each sample of a cell runs
//! both, one right after the other, so that a busy machine weighs on both
//! alike; the ratio of each cell to the hand-written floor is printed at
//! the end, on the client thread's CPU time (criterion reports the generated
//! side's) and on wall time.
//!
//! `cargo bench -p vendor-clients-benches --bench client` (add a filter such
//! as `-- kimai_list` to run some cells only).

use std::future::Future;
use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use cpu_time::ThreadTime;
use criterion::{Criterion, Throughput};
use futures::TryStreamExt;
use tokio::runtime::Runtime;
use vendor_clients::{kimai, togai};
use vendor_clients_benches::floor::{HandWritten, plain};
use vendor_clients_benches::report;
use vendor_clients_benches::server::{Server, ok_json};
use vendor_clients_benches::{answers, pin_to_core};

const SAMPLES: usize = 40;
const IN_FLIGHT: usize = 32;
const PAGES: usize = 20;
const PAGE_SIZE: usize = 50;
const DECODED: usize = 10_000;

/// The function criterion measures in each cell: the generated client,
/// with the hand-written floor run right before or after it (alternately)
/// in every sample, so that both meet the same load on a busy machine.
const PAIRED: &str = "generated vs hand-written";

/// Which side goes first in the next sample.
static FLOOR_FIRST: AtomicBool = AtomicBool::new(true);

/// Runs `work` and returns the client thread's CPU time and the wall time.
fn clocks(work: impl FnOnce()) -> (Duration, Duration) {
    let cpu = ThreadTime::now();
    let wall = Instant::now();
    work();
    (cpu.elapsed(), wall.elapsed())
}

/// One sample of a cell: `iterations` of each side, in alternating order;
/// both are recorded, and criterion is given the generated side's CPU time.
fn sample(cell: &str, iterations: u64, floor: impl FnOnce(), generated: impl FnOnce()) -> Duration {
    let floor_first = FLOOR_FIRST.fetch_xor(true, Ordering::Relaxed);
    let (floor, generated) = if floor_first {
        let floor = clocks(floor);
        (floor, clocks(generated))
    } else {
        let generated = clocks(generated);
        (clocks(floor), generated)
    };
    report::record(cell, iterations, floor, generated);
    generated.0
}

fn repeat<W, F>(runtime: &Runtime, work: &W, iterations: u64)
where
    W: Fn() -> F,
    F: Future<Output = ()>,
{
    runtime.block_on(async {
        for _ in 0..iterations {
            work().await;
        }
    });
}

/// Measures `generated` against `floor` in one group named `cell`; each
/// call of either is `elements` items.
fn pair<A, AF, B, BF>(
    c: &mut Criterion,
    runtime: &Runtime,
    cell: &str,
    elements: u64,
    floor: A,
    generated: B,
) where
    A: Fn() -> AF,
    AF: Future<Output = ()>,
    B: Fn() -> BF,
    BF: Future<Output = ()>,
{
    let mut group = c.benchmark_group(cell);
    group.throughput(Throughput::Elements(elements));
    group.bench_function(PAIRED, |b| {
        b.iter_custom(|iterations| {
            sample(
                cell,
                iterations,
                || repeat(runtime, &floor, iterations),
                || repeat(runtime, &generated, iterations),
            )
        });
    });
    group.finish();
}

/// The same as [`pair`] for synchronous work.
fn pair_sync(c: &mut Criterion, cell: &str, elements: u64, floor: impl Fn(), generated: impl Fn()) {
    let mut group = c.benchmark_group(cell);
    group.throughput(Throughput::Elements(elements));
    group.bench_function(PAIRED, |b| {
        b.iter_custom(|iterations| {
            sample(
                cell,
                iterations,
                || (0..iterations).for_each(|_| floor()),
                || (0..iterations).for_each(|_| generated()),
            )
        });
    });
    group.finish();
}

fn kimai_clients(server: &Server) -> (HandWritten, kimai::Client) {
    let floor = HandWritten::kimai(server.base_url(), "susan", "api-password");
    let generated = kimai::Client::builder(server.base_url(), "susan", "api-password")
        .build()
        .expect("kimai client");
    (floor, generated)
}

/// Kimai `GET /api/customers`: sequential and 32 in flight, 1 and 100 items.
fn kimai_list(c: &mut Criterion, runtime: &Runtime) {
    for items in [1, 100] {
        let server = Server::fixed(&answers::kimai_customers(items));
        let (floor, generated) = kimai_clients(&server);
        // Both read the same answer.
        runtime.block_on(async {
            let a = floor.kimai_customers().await.expect("floor");
            let b = generated
                .api_customers_get()
                .send()
                .await
                .expect("generated");
            assert_eq!((a.len(), b.into_inner().len()), (items, items));
        });
        pair(
            c,
            runtime,
            &format!("kimai_list/sequential/{items}"),
            1,
            || async {
                black_box(floor.kimai_customers().await.expect("floor"));
            },
            || async {
                black_box(
                    generated
                        .api_customers_get()
                        .send()
                        .await
                        .expect("generated"),
                );
            },
        );
        pair(
            c,
            runtime,
            &format!("kimai_list/in_flight_{IN_FLIGHT}/{items}"),
            IN_FLIGHT as u64,
            || async {
                let calls = (0..IN_FLIGHT).map(|_| floor.kimai_customers());
                for result in futures::future::join_all(calls).await {
                    black_box(result.expect("floor"));
                }
            },
            || async {
                let calls = (0..IN_FLIGHT).map(|_| generated.api_customers_get().send());
                for result in futures::future::join_all(calls).await {
                    black_box(result.expect("generated"));
                }
            },
        );
    }
}

/// Kimai `GET /api/customers/{id}` (a path parameter) and `POST
/// /api/customers` (a JSON body), sequential.
fn kimai_one(c: &mut Criterion, runtime: &Runtime) {
    let server = Server::fixed(&answers::kimai_customer_entity());
    let (floor, generated) = kimai_clients(&server);
    pair(
        c,
        runtime,
        "kimai_get_by_id/sequential",
        1,
        || async {
            black_box(floor.kimai_customer("42").await.expect("floor"));
        },
        || async {
            let customer = generated.api_customers_id_get().id("42").send().await;
            black_box(customer.expect("generated"));
        },
    );
    pair(
        c,
        runtime,
        "kimai_create/sequential",
        1,
        || async {
            let form = plain::KimaiCustomerForm {
                country: "DE".into(),
                currency: "EUR".into(),
                name: "ACME GmbH".into(),
                timezone: "Europe/Berlin".into(),
            };
            black_box(floor.kimai_create_customer(&form).await.expect("floor"));
        },
        || async {
            let customer = generated
                .api_customers_post()
                .body_map(|form| {
                    form.country("DE".to_string())
                        .currency("EUR".to_string())
                        .name("ACME GmbH".to_string())
                        .timezone("Europe/Berlin".to_string())
                })
                .send()
                .await;
            black_box(customer.expect("generated"));
        },
    );
}

/// Togai `get_accounts`: every item of 20 pages of 50, by `nextToken`.
fn togai_stream(c: &mut Criterion, runtime: &Runtime) {
    let pages: Vec<Arc<[u8]>> = (0..PAGES)
        .map(|page| ok_json(&answers::togai_accounts_page(page, PAGES, PAGE_SIZE)))
        .collect();
    let server = Server::start(Arc::new(move |target: &str| {
        let page = target
            .split(['?', '&'])
            .find_map(|pair| pair.strip_prefix("nextToken=t"))
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(0);
        pages[page.min(PAGES - 1)].clone()
    }));
    let floor = HandWritten::togai(server.base_url(), "togai-token");
    let generated = togai::Client::builder("togai-token")
        .base_url(server.base_url())
        .build()
        .expect("togai client");
    let total = PAGES * PAGE_SIZE;
    runtime.block_on(async {
        let mut a = 0;
        floor
            .togai_all_accounts("cust_1", "50", |_| a += 1)
            .await
            .expect("floor");
        let b: Vec<_> = generated
            .get_accounts()
            .customer_id("cust_1")
            .page_size("50")
            .stream()
            .try_collect()
            .await
            .expect("generated");
        assert_eq!((a, b.len()), (total, total));
    });
    pair(
        c,
        runtime,
        &format!("togai_stream/{PAGES}x{PAGE_SIZE}"),
        total as u64,
        || async {
            floor
                .togai_all_accounts("cust_1", "50", |account| {
                    black_box(account);
                })
                .await
                .expect("floor");
        },
        || async {
            let mut accounts = generated
                .get_accounts()
                .customer_id("cust_1")
                .page_size("50")
                .stream();
            while let Some(account) = accounts.try_next().await.expect("generated") {
                black_box(account);
            }
        },
    );
}

/// Decoding a 10,000-item answer: the generated types against plain serde
/// types with the same fields.
fn decode(c: &mut Criterion) {
    let customers = answers::kimai_customers(DECODED);
    pair_sync(
        c,
        &format!("decode/kimai_customers/{DECODED}"),
        DECODED as u64,
        || {
            let v: Vec<plain::KimaiCustomer> =
                serde_json::from_slice(customers.as_bytes()).expect("floor");
            black_box(v);
        },
        || {
            let v: Vec<kimai::types::CustomerCollection> =
                serde_json::from_slice(customers.as_bytes()).expect("generated");
            black_box(v);
        },
    );
    let accounts = answers::togai_accounts_page(0, 1, DECODED);
    pair_sync(
        c,
        &format!("decode/togai_accounts/{DECODED}"),
        DECODED as u64,
        || {
            let v: plain::TogaiAccountPage =
                serde_json::from_slice(accounts.as_bytes()).expect("floor");
            black_box(v);
        },
        || {
            let v: togai::types::AccountPaginatedResponse =
                serde_json::from_slice(accounts.as_bytes()).expect("generated");
            black_box(v);
        },
    );
}

fn main() {
    pin_to_core(0);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    report::set_sample_size(SAMPLES);
    let mut c = Criterion::default()
        .sample_size(SAMPLES)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    kimai_list(&mut c, &runtime);
    kimai_one(&mut c, &runtime);
    togai_stream(&mut c, &runtime);
    decode(&mut c);
    c.final_summary();
    report::print();
}
