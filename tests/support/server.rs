//! A scripted HTTP/1.1 server on 127.0.0.1 with real sockets: it answers
//! each request with the next reply of its script, and records what it
//! received and when. For retries, redirects and hostile answers, which a
//! mock that answers every request the same way cannot play.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One scripted answer.
#[derive(Clone, Debug)]
pub enum Reply {
    /// A complete answer.
    Answer {
        /// HTTP status.
        status: u16,
        /// Extra headers (`content-length` is added).
        headers: Vec<(String, String)>,
        /// The body.
        body: Vec<u8>,
    },
    /// Closes the connection without answering.
    Close,
    /// Answers after a delay.
    Delayed(Duration, Box<Reply>),
    /// Sends the status line and headers, then nothing, keeping the
    /// connection open.
    Stall,
    /// A `200` whose body is `total` bytes of JSON-ish filler sent in
    /// `chunk`-byte chunks with chunked transfer encoding (no length known
    /// in advance).
    Stream {
        /// Body size in bytes.
        total: usize,
        /// Size of each chunk.
        chunk: usize,
    },
    /// A `200` that declares `Content-Length: length` and sends a few bytes.
    DeclaredLength(u64),
    /// A `200` with `headers` (and the `content-length` of all `chunks`),
    /// whose body's chunks are sent `every` apart, the first after the head.
    Trickle {
        /// Extra headers.
        headers: Vec<(String, String)>,
        /// The body, in the pieces sent.
        chunks: Vec<Vec<u8>>,
        /// The pause before each chunk.
        every: Duration,
    },
}

impl Reply {
    /// An answer with a JSON body (or none when `body` is empty).
    pub fn json(status: u16, body: &str) -> Self {
        let headers = if body.is_empty() {
            Vec::new()
        } else {
            vec![("content-type".into(), "application/json".into())]
        };
        Self::Answer {
            status,
            headers,
            body: body.as_bytes().to_vec(),
        }
    }

    /// The same answer with one more header.
    pub fn header(self, name: &str, value: &str) -> Self {
        match self {
            Self::Answer {
                status,
                mut headers,
                body,
            } => {
                headers.push((name.into(), value.into()));
                Self::Answer {
                    status,
                    headers,
                    body,
                }
            }
            other => panic!("only an Answer takes headers, not {other:?}"),
        }
    }

    /// The same answer after `delay`.
    pub fn after(self, delay: Duration) -> Self {
        Self::Delayed(delay, Box::new(self))
    }
}

/// A request as the server received it.
#[derive(Clone, Debug)]
pub struct Received {
    /// The method.
    pub method: String,
    /// The request target (path and query, as sent).
    pub target: String,
    /// Headers, names lower-case, in order.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
    /// When the request was complete.
    pub at: Instant,
    /// Which connection it came on (0 for the first the server accepted).
    pub connection: usize,
}

impl Received {
    /// The first value of a header.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The server; it stops when dropped.
pub struct ScriptedServer {
    base_url: String,
    received: Arc<Mutex<Vec<Received>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for ScriptedServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl ScriptedServer {
    /// Starts a server that answers the n-th request with `script[n]`, and
    /// every request past the script with its last reply.
    pub async fn start(script: Vec<Reply>) -> Self {
        assert!(!script.is_empty(), "a script needs a reply");
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let received = Arc::new(Mutex::new(Vec::new()));
        let state = Arc::new(State {
            script,
            received: Arc::clone(&received),
        });
        let task = tokio::spawn(async move {
            let mut connections = 0;
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, connections, Arc::clone(&state)));
                connections += 1;
            }
        });
        Self {
            base_url,
            received,
            task,
        }
    }

    /// `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// What the server received so far.
    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

struct State {
    script: Vec<Reply>,
    received: Arc<Mutex<Vec<Received>>>,
}

async fn serve(mut stream: TcpStream, connection: usize, state: Arc<State>) {
    let _ = stream.set_nodelay(true);
    let mut buffer = Vec::new();
    loop {
        let Some(mut request) = read_request(&mut stream, &mut buffer).await else {
            return;
        };
        request.connection = connection;
        let index = {
            let mut received = state.received.lock().unwrap();
            received.push(request);
            received.len() - 1
        };
        let reply = &state.script[index.min(state.script.len() - 1)];
        if !send(&mut stream, reply).await {
            return;
        }
    }
}

/// Sends one reply; `false` when the connection is to be dropped.
async fn send(stream: &mut TcpStream, reply: &Reply) -> bool {
    let mut reply = reply;
    while let Reply::Delayed(delay, inner) = reply {
        tokio::time::sleep(*delay).await;
        reply = inner;
    }
    match reply {
        Reply::Answer {
            status,
            headers,
            body,
        } => {
            let mut head = format!(
                "HTTP/1.1 {status} Scripted\r\ncontent-length: {}\r\n",
                body.len()
            );
            for (name, value) in headers {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
            head.push_str("\r\n");
            stream.write_all(head.as_bytes()).await.is_ok() && stream.write_all(body).await.is_ok()
        }
        Reply::Close => false,
        Reply::Delayed(..) => unreachable!(),
        Reply::Stall => {
            let head =
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{";
            let _ = stream.write_all(head.as_bytes()).await;
            std::future::pending::<()>().await;
            false
        }
        Reply::Stream { total, chunk } => {
            let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
            if stream.write_all(head.as_bytes()).await.is_err() {
                return false;
            }
            let filler = vec![b' '; *chunk];
            let mut sent = 0;
            while sent < *total {
                let n = (*chunk).min(total - sent);
                let frame = format!("{n:x}\r\n");
                let ok = stream.write_all(frame.as_bytes()).await.is_ok()
                    && stream.write_all(&filler[..n]).await.is_ok()
                    && stream.write_all(b"\r\n").await.is_ok();
                if !ok {
                    // The client hung up: what a body limit does.
                    return false;
                }
                sent += n;
            }
            stream.write_all(b"0\r\n\r\n").await.is_ok()
        }
        Reply::Trickle {
            headers,
            chunks,
            every,
        } => {
            let total: usize = chunks.iter().map(Vec::len).sum();
            let mut head = format!("HTTP/1.1 200 OK\r\ncontent-length: {total}\r\n");
            for (name, value) in headers {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
            head.push_str("\r\n");
            if stream.write_all(head.as_bytes()).await.is_err() {
                return false;
            }
            for chunk in chunks {
                tokio::time::sleep(*every).await;
                if stream.write_all(chunk).await.is_err() {
                    return false;
                }
            }
            true
        }
        Reply::DeclaredLength(length) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {length}\r\n\r\n[1,2,3"
            );
            let _ = stream.write_all(head.as_bytes()).await;
            false
        }
    }
}

/// Reads one request (head and `content-length` body); `None` at the end of
/// the connection.
async fn read_request(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<Received> {
    let head_end = loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break end;
        }
        let mut chunk = [0u8; 8192];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let (method, target) = (
        request_line.next()?.to_string(),
        request_line.next()?.to_string(),
    );
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let body_start = head_end + 4;
    while buffer.len() < body_start + length {
        let mut chunk = [0u8; 8192];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
    let body = buffer[body_start..body_start + length].to_vec();
    buffer.drain(..body_start + length);
    Some(Received {
        method,
        target,
        headers,
        body,
        at: Instant::now(),
        connection: 0,
    })
}
