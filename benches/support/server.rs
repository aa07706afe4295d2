//! A minimal HTTP/1.1 keep-alive server on 127.0.0.1, on a thread of its
//! own pinned to core 1, answering from bytes rendered before the
//! benchmark starts: the server's cost is the same, and small, for the
//! generated and the hand-written client.

use std::io::{BufRead as _, BufReader, Read as _};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Picks the complete answer (status line, headers, body) for a request
/// target (path and query).
pub type Route = Arc<dyn Fn(&str) -> Arc<[u8]> + Send + Sync>;

/// A running server; it lives as long as the benchmark process.
pub struct Server {
    base_url: String,
}

impl Server {
    /// Starts a server answering every request with `route(target)`.
    pub fn start(route: Route) -> Self {
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("bench-server".into())
            .spawn(move || {
                crate::pin_to_core(1);
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("server runtime");
                runtime.block_on(async move {
                    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
                    sender.send(listener.local_addr().expect("address")).ok();
                    loop {
                        let Ok((socket, _)) = listener.accept().await else {
                            continue;
                        };
                        socket.set_nodelay(true).ok();
                        tokio::spawn(serve(socket, route.clone()));
                    }
                });
            })
            .expect("server thread");
        let address = receiver.recv().expect("server address");
        Self {
            base_url: format!("http://{address}"),
        }
    }

    /// A server answering `200` with the JSON `body` to every request.
    pub fn fixed(body: &str) -> Self {
        let answer = ok_json(body);
        Self::start(Arc::new(move |_| answer.clone()))
    }

    /// `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }
}

/// Set in a server process's environment: how many kimai customers it
/// answers `GET /api/customers` with.
const SERVE: &str = "VC_BENCH_SERVE_KIMAI_CUSTOMERS";

/// A [`Server`] in a process of its own (the bench binary run again), so
/// that what the client process costs can be measured apart from it: its
/// CPU time, its allocations. Ended when dropped.
pub struct ServerProcess {
    child: Child,
    base_url: String,
}

impl ServerProcess {
    /// Starts the process, answering every request with `items` kimai
    /// customers.
    pub fn start(items: usize) -> Self {
        let mut child = Command::new(std::env::current_exe().expect("own path"))
            .env(SERVE, items.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("server process");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("server address");
        Self {
            child,
            base_url: line.trim().to_string(),
        }
    }

    /// In the server process (the first thing its `main` calls): serves
    /// until stdin closes (the bench ended, or died) and returns `true`.
    /// Elsewhere returns `false` at once.
    pub fn serve_if_asked() -> bool {
        let Some(items) = std::env::var(SERVE).ok().and_then(|v| v.parse().ok()) else {
            return false;
        };
        let server = Server::fixed(&crate::answers::kimai_customers(items));
        println!("{}", server.base_url());
        let _ = std::io::stdin().read_to_end(&mut Vec::new());
        true
    }

    /// `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// CPU time of every thread of the server process so far.
    pub fn cpu(&self) -> Duration {
        let tasks = format!("/proc/{}/task", self.child.id());
        let nanos: u64 = std::fs::read_dir(tasks)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|task| std::fs::read_to_string(task.path().join("schedstat")).ok())
            .filter_map(|s| s.split_whitespace().next()?.parse::<u64>().ok())
            .sum();
        Duration::from_nanos(nanos)
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A complete `200` answer with a JSON body.
pub fn ok_json(body: &str) -> Arc<[u8]> {
    let mut answer = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    answer.extend_from_slice(body.as_bytes());
    answer.into()
}

async fn serve(mut socket: TcpStream, route: Route) {
    let mut buffer = Vec::with_capacity(16 * 1024);
    let mut chunk = vec![0_u8; 16 * 1024];
    loop {
        // A complete request head, then its body (Content-Length) if any.
        let (head_end, body_length) = loop {
            if let Some(end) = find(&buffer, b"\r\n\r\n") {
                break (end + 4, content_length(&buffer[..end]));
            }
            match socket.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            }
        };
        while buffer.len() < head_end + body_length {
            match socket.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            }
        }
        let target = request_target(&buffer[..head_end]);
        let answer = route(target);
        if socket.write_all(&answer).await.is_err() {
            return;
        }
        buffer.drain(..head_end + body_length);
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn request_target(head: &[u8]) -> &str {
    let line = head.split(|b| *b == b'\r').next().unwrap_or_default();
    let line = std::str::from_utf8(line).unwrap_or_default();
    line.split(' ').nth(1).unwrap_or("/")
}

fn content_length(head: &[u8]) -> usize {
    let head = String::from_utf8_lossy(head);
    head.lines()
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.trim().parse().ok())
        .unwrap_or(0)
}
