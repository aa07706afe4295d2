//! Peak memory of this process, for the tests that bound it. Peak memory is
//! per process: such a test has a binary of its own, with nothing else
//! allocating beside it.

/// How much a process's peak resident memory (`VmHWM`) grows from now on.
pub struct PeakGrowth {
    before: usize,
}

impl PeakGrowth {
    /// Resets the peak to the current use (Linux 4.0+) and starts counting.
    pub fn start() -> Self {
        std::fs::write("/proc/self/clear_refs", "5").unwrap();
        Self { before: peak_rss() }
    }

    /// Bytes the peak grew by since [`PeakGrowth::start`].
    pub fn bytes(&self) -> usize {
        peak_rss().saturating_sub(self.before)
    }
}

/// Peak resident memory of this process, in bytes (`VmHWM`).
fn peak_rss() -> usize {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let kib: usize = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    kib * 1024
}
