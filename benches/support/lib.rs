//! What the benchmarks share: a loopback HTTP/1.1 server pinned to its own
//! core, the answers it serves, the hand-written reqwest client every
//! generated client is measured against, and the table of ratios printed at
//! the end of a run.

pub mod answers;
pub mod floor;
pub mod report;
pub mod server;

/// Pins the calling thread to one core (no-op where the OS refuses), so that
/// the server and the client measured do not share one.
pub fn pin_to_core(index: usize) {
    let cores = core_affinity::get_core_ids().unwrap_or_default();
    if cores.len() > 1
        && let Some(core) = cores.get(index % cores.len())
    {
        core_affinity::set_for_current(*core);
    }
}
