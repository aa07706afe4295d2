//! Paging as a `Stream` of items, one driver per paging style. A spec
//! declares an operation's style (`x-pagination`); the generated `.stream()`
//! only says how to read a page and how to ask for the next one.
//!
//! - Page numbers (`page`/`per_page`): the next page is the current one plus
//!   one; the end is an empty page, `current_page >= last_page`, or, where
//!   the last page is not given, no link to a next page. A page that says it
//!   is one already read ends the stream with an error, its items unyielded,
//!   instead of looping.
//! - Offsets (`limit`/`offset`): offsets advance by the number of items
//!   received, never by the number asked (a server may cap the page size);
//!   the end is an empty page (or a bodiless "no content"), or the total
//!   count reached.
//! - With offsets, and page numbers where a page does not give its number,
//!   a page with the same items as the page before (a server that ignores
//!   the page or offset asked for) ends the stream with an error, its items
//!   unyielded, instead of looping.
//! - Page numbers in headers (Kimai: `page`/`size`, the page's number and
//!   the number of pages in response headers such as `X-Page` and
//!   `X-Total-Pages`): the end is the last page, an empty page, a page
//!   without usable headers (a server that does not page answers with
//!   everything at once), or a `404` for a page after the first (a `404`
//!   for the first page is an error). A short page is not the end: a server
//!   may cap the page size. Never a page before 1, nor past the last.
//! - Cursors (`nextToken`): the end is a missing, `null` or empty token; an
//!   empty page with a token is not the end; a token already seen ends the
//!   stream with an error instead of looping.
//!
//! The request for every page is the caller's builder (base URL,
//! credentials, filters, page size), with only the page, offset or token
//! changed: a next-page link from the server is never followed. One page
//! is held at a time. An error is yielded, and ends the stream.

use std::collections::HashSet;
use std::future::Future;
use std::hash::{DefaultHasher, Hasher};
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use futures_core::stream::BoxStream;
use progenitor_client::ResponseValue;

use crate::description::Operation;
use crate::error::Error;

/// What a page says about the pages after it (all optional: a style reads
/// what it needs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageSignals {
    /// The page's own number.
    pub current_page: Option<u64>,
    /// The number of the last page.
    pub last_page: Option<u64>,
    /// Whether the page links to a next one (`None`: the page says nothing).
    pub has_next: Option<bool>,
    /// The number of items in all pages.
    pub total: Option<u64>,
    /// The token of the next page; empty counts as none.
    pub next_cursor: Option<String>,
}

/// How an operation pages, and how to ask the builder `B` for a page.
pub enum Paging<B> {
    /// Page numbers. `set` puts a page number on the builder.
    Page {
        /// The page the caller asked for, if any (else the server's first).
        first: Option<u64>,
        /// Sets the page number.
        set: fn(B, u64) -> B,
    },
    /// Offsets. `set` puts an offset on the builder.
    Offset {
        /// The offset the caller asked for, if any (else 0).
        first: Option<u64>,
        /// Sets the offset.
        set: fn(B, u64) -> B,
    },
    /// Page numbers, with the page's number and the number of pages in
    /// response headers. `set` puts a page number on the builder.
    PageHeaders {
        /// The page the caller asked for, if any (else 1).
        first: Option<u64>,
        /// Sets the page number.
        set: fn(B, u64) -> B,
        /// The response header holding the page's number (`X-Page`).
        page: &'static str,
        /// The response header holding the number of pages (`X-Total-Pages`).
        pages: &'static str,
    },
    /// Cursor tokens. `set` puts a token on the builder.
    Cursor {
        /// The token the caller gave, if any.
        first: Option<String>,
        /// Sets the token.
        set: fn(B, String) -> B,
    },
}

/// Numbers and strings a page number or count can arrive as.
pub trait PageNumber {
    /// The value as a page number or count, if it is a usable one.
    fn page_number(&self) -> Option<u64>;
}

macro_rules! page_numbers {
    ($($t:ty),*) => {$(
        impl PageNumber for $t {
            fn page_number(&self) -> Option<u64> {
                u64::try_from(*self).ok()
            }
        }
    )*};
}
page_numbers!(i32, i64, u32, u64);

impl PageNumber for std::num::NonZeroU64 {
    fn page_number(&self) -> Option<u64> {
        Some(self.get())
    }
}

impl PageNumber for String {
    fn page_number(&self) -> Option<u64> {
        self.trim().parse().ok()
    }
}

/// Strings a cursor token or next-page link can arrive as.
pub trait PageToken {
    /// The value, unless empty.
    fn page_token(&self) -> Option<&str>;
}

impl PageToken for String {
    fn page_token(&self) -> Option<&str> {
        (!self.is_empty()).then_some(self.as_str())
    }
}

/// The stream of items of every page of `operation`, from the page
/// `builder` asks for.
///
/// `send` sends one page's request; `split` takes a page apart into its
/// items and what it says about the next pages.
pub fn paginate<'a, B, P, T, E, F, Fut>(
    operation: &'static Operation,
    builder: B,
    paging: Paging<B>,
    send: F,
    split: fn(P) -> (Vec<T>, PageSignals),
) -> BoxStream<'a, Result<T, Error<E>>>
where
    B: Clone + Send + 'a,
    P: Send + 'a,
    T: serde::Serialize + Send + 'a,
    E: Send + 'a,
    F: Fn(B) -> Fut + Send + Sync + 'a,
    Fut: Future<Output = Result<ResponseValue<P>, Error<E>>> + Send + 'a,
{
    let state = State {
        next: Some(builder.clone()),
        base: builder,
        paging,
        items: Vec::new().into_iter(),
        position: Position::Start,
        seen: HashSet::new(),
        previous_fingerprint: None,
        error: None,
    };
    Box::pin(Pages(Box::new(PagesInner {
        operation,
        state,
        send,
        split,
        in_flight: None,
    })))
}

/// The stream [`paginate`] returns. An item is taken from the page held
/// without a future per item; a page's request is the only future. (All
/// its state is boxed, so that it is `Unpin` whatever the builder is.)
struct Pages<B, P, T, E, F, Fut>(Box<PagesInner<B, P, T, E, F, Fut>>);

struct PagesInner<B, P, T, E, F, Fut> {
    operation: &'static Operation,
    state: State<B, T, E>,
    send: F,
    split: fn(P) -> (Vec<T>, PageSignals),
    /// The request for the next page, sent.
    in_flight: Option<Pin<Box<Fut>>>,
}

impl<B, P, T, E, F, Fut> Stream for Pages<B, P, T, E, F, Fut>
where
    B: Clone,
    T: serde::Serialize,
    F: Fn(B) -> Fut,
    Fut: Future<Output = Result<ResponseValue<P>, Error<E>>>,
{
    type Item = Result<T, Error<E>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let pages = &mut *self.get_mut().0;
        let state = &mut pages.state;
        loop {
            if let Some(item) = state.items.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            if let Some(error) = state.error.take() {
                return Poll::Ready(Some(Err(error)));
            }
            let in_flight = match &mut pages.in_flight {
                Some(in_flight) => in_flight,
                None => {
                    // `None`: the last page was read.
                    let Some(request) = state.next.take() else {
                        return Poll::Ready(None);
                    };
                    pages.in_flight.insert(Box::pin((pages.send)(request)))
                }
            };
            let response = std::task::ready!(in_flight.as_mut().poll(cx));
            pages.in_flight = None;
            match response {
                // A page past the end, with pages numbered in headers.
                Err(error) if state.ends_at_not_found() && error.status() == Some(404) => {
                    return Poll::Ready(None);
                }
                // An error ends the stream: `next` is `None` now.
                Err(error) => return Poll::Ready(Some(Err(error))),
                Ok(page) => {
                    let from_headers = match &state.paging {
                        Paging::PageHeaders {
                            page: number,
                            pages: count,
                            ..
                        } => Some(PageSignals {
                            current_page: header_number(page.headers(), number),
                            last_page: header_number(page.headers(), count),
                            ..PageSignals::default()
                        }),
                        _ => None,
                    };
                    let (items, mut signals) = (pages.split)(page.into_inner());
                    if let Some(from_headers) = from_headers {
                        signals = from_headers;
                    }
                    match state.advance(&items, &signals) {
                        Ok(next) => state.next = next,
                        Err(repeated) => {
                            state.error = Some(Error::repeated_page(pages.operation));
                            if repeated == RepeatedPage::ThisPage {
                                // Its items were yielded already.
                                continue;
                            }
                        }
                    }
                    // One page at a time: the previous one is gone.
                    state.items = items.into_iter();
                }
            }
        }
    }
}

/// A header's value as a page number or count: digits only, else none.
fn header_number(headers: &reqwest::header::HeaderMap, name: &str) -> Option<u64> {
    let value = headers.get(name)?.to_str().ok()?.trim();
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse().ok()
}

/// Where the stream is.
enum Position {
    /// Before the first page.
    Start,
    /// After a page: the page number or offset to ask for next.
    At(u64),
}

struct State<B, T, E> {
    /// The caller's builder: every page's request starts from it.
    base: B,
    /// The request for the next page, if there is one.
    next: Option<B>,
    paging: Paging<B>,
    /// What is left of the current page.
    items: std::vec::IntoIter<T>,
    position: Position,
    /// Cursor tokens already followed.
    seen: HashSet<String>,
    /// A fingerprint of the previous page's items (page numbers, offsets).
    previous_fingerprint: Option<u64>,
    /// An error to yield once the current page's items are out.
    error: Option<Error<E>>,
}

/// A server that loops.
#[derive(Debug, PartialEq, Eq)]
enum RepeatedPage {
    /// The page received is one already read.
    ThisPage,
    /// The page received is new, but points to one already read.
    NextPage,
}

/// A fingerprint of a page's items (their JSON, hashed as it is written):
/// equal items, equal fingerprints. `None` if they do not serialize.
fn fingerprint<T: serde::Serialize>(items: &[T]) -> Option<u64> {
    struct HashWriter(DefaultHasher);
    impl std::io::Write for HashWriter {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.write(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut writer = HashWriter(DefaultHasher::new());
    serde_json::to_writer(&mut writer, items).ok()?;
    Some(writer.0.finish())
}

impl<B: Clone, T: serde::Serialize, E> State<B, T, E> {
    /// Whether a `404` now means "no more pages": pages numbered in
    /// headers, after the first.
    fn ends_at_not_found(&self) -> bool {
        matches!(self.paging, Paging::PageHeaders { .. })
            && matches!(self.position, Position::At(_))
    }

    /// After a page of `items`: the request for the next page, `None` at
    /// the end, or an error for a server that loops.
    fn advance(&mut self, items: &[T], signals: &PageSignals) -> Result<Option<B>, RepeatedPage> {
        let received = items.len() as u64;
        // Where a page does not say where it is (an offset page; a numbered
        // one without its number), the same items as the page before mean
        // the server ignored the page or offset asked for.
        let unplaced = match self.paging {
            Paging::Page { .. } => signals.current_page.is_none(),
            // A server that ignores `page` may still say it sent the page
            // asked for.
            Paging::Offset { .. } | Paging::PageHeaders { .. } => true,
            Paging::Cursor { .. } => false,
        };
        // (An empty page ends the stream anyway.)
        if unplaced {
            let current = fingerprint(items);
            if current.is_some() && current == self.previous_fingerprint {
                return Err(RepeatedPage::ThisPage);
            }
            self.previous_fingerprint = current;
        }
        let headers = matches!(self.paging, Paging::PageHeaders { .. });
        match &self.paging {
            Paging::Page { first, set } | Paging::PageHeaders { first, set, .. } => {
                let requested = match self.position {
                    Position::Start => first.unwrap_or(1),
                    Position::At(page) => page,
                };
                // Page numbers only go up: `requested` is one past the
                // last page read.
                if let (Position::At(_), Some(current)) = (&self.position, signals.current_page)
                    && current < requested
                {
                    return Err(RepeatedPage::ThisPage);
                }
                let current = signals.current_page.unwrap_or(requested);
                let next = current.saturating_add(1);
                self.position = Position::At(next);
                // The last page number, where given, wins over a missing
                // next-page link: stopping early would lose items silently.
                // With headers, none (or a malformed one) is a server that
                // does not page: it sent everything.
                let last = match signals.last_page {
                    Some(last) => current >= last,
                    None if headers => true,
                    None => signals.has_next == Some(false),
                };
                if received == 0 || last {
                    return Ok(None);
                }
                Ok(Some(set(self.base.clone(), next)))
            }
            Paging::Offset { first, set } => {
                let start = match self.position {
                    Position::Start => first.unwrap_or(0),
                    Position::At(offset) => offset,
                };
                let next = start.saturating_add(received);
                self.position = Position::At(next);
                let complete = signals.total.is_some_and(|total| next >= total);
                if received == 0 || complete {
                    return Ok(None);
                }
                Ok(Some(set(self.base.clone(), next)))
            }
            Paging::Cursor { first, set } => {
                if let (Position::Start, Some(first)) = (&self.position, first) {
                    self.seen.insert(first.clone());
                }
                self.position = Position::At(0);
                let Some(token) = signals.next_cursor.as_ref().filter(|t| !t.is_empty()) else {
                    return Ok(None);
                };
                if !self.seen.insert(token.clone()) {
                    return Err(RepeatedPage::NextPage);
                }
                Ok(Some(set(self.base.clone(), token.clone())))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use futures_util::StreamExt;
    use reqwest::StatusCode;
    use reqwest::header::HeaderMap;

    use super::*;
    use crate::ErrorKind;

    static LIST: Operation = Operation {
        id: "list_things",
        method: reqwest::Method::GET,
        path_template: "/things",
        responses: &[],
    };

    /// A builder: what the caller set, and where paging moved it.
    #[derive(Clone, Debug, Default, PartialEq)]
    struct Request {
        filter: &'static str,
        page: Option<u64>,
        token: Option<String>,
    }

    /// A page: its items and signals, or a failure.
    type Scripted = Result<(Vec<u32>, PageSignals), ()>;

    /// Runs a stream over `script` (one entry per request); returns the
    /// items and errors yielded, and the requests sent.
    async fn run(
        paging: Paging<Request>,
        first: Request,
        script: Vec<Scripted>,
    ) -> (Vec<Result<u32, ErrorKind>>, Vec<Request>) {
        let sent = Arc::new(Mutex::new(Vec::new()));
        let script = Arc::new(Mutex::new(script.into_iter()));
        let log = Arc::clone(&sent);
        let stream = paginate(
            &LIST,
            first,
            paging,
            move |request: Request| {
                log.lock().unwrap().push(request);
                let next = script
                    .lock()
                    .unwrap()
                    .next()
                    .expect("a request past the script");
                async move {
                    match next {
                        Ok(page) => Ok(ResponseValue::new(page, StatusCode::OK, HeaderMap::new())),
                        Err(()) => Err(Error::<crate::NoErrorBody>::response(
                            ErrorKind::UnexpectedStatus,
                            &LIST,
                            StatusCode::BAD_GATEWAY,
                            HeaderMap::new(),
                            None,
                        )),
                    }
                }
            },
            |page: (Vec<u32>, PageSignals)| page,
        );
        let yielded = stream.map(|r| r.map_err(|e| e.kind())).collect().await;
        let sent = sent.lock().unwrap().clone();
        (yielded, sent)
    }

    fn page_style() -> Paging<Request> {
        Paging::Page {
            first: None,
            set: |r, page| Request {
                page: Some(page),
                ..r
            },
        }
    }

    fn offset_style() -> Paging<Request> {
        Paging::Offset {
            first: None,
            set: |r, offset| Request {
                page: Some(offset),
                ..r
            },
        }
    }

    fn cursor_style(first: Option<&str>) -> Paging<Request> {
        Paging::Cursor {
            first: first.map(str::to_string),
            set: |r, token| Request {
                token: Some(token),
                ..r
            },
        }
    }

    fn pages(items: &[&[u32]], signals: &[PageSignals]) -> Vec<Scripted> {
        items
            .iter()
            .zip(signals)
            .map(|(i, s)| Ok((i.to_vec(), s.clone())))
            .collect()
    }

    fn numbered(current: u64, last: Option<u64>) -> PageSignals {
        PageSignals {
            current_page: Some(current),
            last_page: last,
            ..Default::default()
        }
    }

    fn filtered() -> Request {
        Request {
            filter: "kept",
            ..Default::default()
        }
    }

    fn ok(items: &[u32]) -> Vec<Result<u32, ErrorKind>> {
        items.iter().copied().map(Ok).collect()
    }

    #[tokio::test]
    async fn page_numbers_end_at_the_last_page() {
        let script = pages(
            &[&[1, 2], &[3, 4], &[5]],
            &[
                numbered(1, Some(3)),
                numbered(2, Some(3)),
                numbered(3, Some(3)),
            ],
        );
        let (yielded, sent) = run(page_style(), filtered(), script).await;
        assert_eq!(yielded, ok(&[1, 2, 3, 4, 5]));
        let pages: Vec<_> = sent.iter().map(|r| r.page).collect();
        assert_eq!(
            pages,
            [None, Some(2), Some(3)],
            "the first request is the caller's"
        );
        assert!(sent.iter().all(|r| r.filter == "kept"));
    }

    #[tokio::test]
    async fn page_numbers_end_at_an_empty_page_or_without_a_next_link() {
        // No last page known: an empty page ends it (a short page does not).
        let script = pages(
            &[&[1, 2], &[3], &[]],
            &[numbered(1, None), numbered(2, None), numbered(3, None)],
        );
        let (yielded, sent) = run(page_style(), filtered(), script).await;
        assert_eq!((yielded, sent.len()), (ok(&[1, 2, 3]), 3));

        let no_next = PageSignals {
            has_next: Some(false),
            ..numbered(1, None)
        };
        let (yielded, sent) = run(page_style(), filtered(), pages(&[&[1]], &[no_next])).await;
        assert_eq!((yielded, sent.len()), (ok(&[1]), 1));
    }

    #[tokio::test]
    async fn page_numbers_start_at_the_callers_page() {
        let paging = Paging::Page {
            first: Some(4),
            set: |r: Request, page| Request {
                page: Some(page),
                ..r
            },
        };
        let start = Request {
            page: Some(4),
            ..filtered()
        };
        // The server says nothing of its page numbers.
        let script = pages(
            &[&[7], &[]],
            &[PageSignals::default(), PageSignals::default()],
        );
        let (_, sent) = run(paging, start, script).await;
        let pages: Vec<_> = sent.iter().map(|r| r.page).collect();
        assert_eq!(pages, [Some(4), Some(5)]);
    }

    #[tokio::test]
    async fn offsets_advance_by_what_was_received() {
        // The server caps pages at 2 items whatever the limit asked.
        let none = PageSignals::default();
        let script = pages(
            &[&[1, 2], &[3, 2], &[5], &[]],
            &[none.clone(), none.clone(), none.clone(), none],
        );
        let (yielded, sent) = run(offset_style(), filtered(), script).await;
        assert_eq!(yielded, ok(&[1, 2, 3, 2, 5]));
        let offsets: Vec<_> = sent.iter().map(|r| r.page).collect();
        assert_eq!(offsets, [None, Some(2), Some(4), Some(5)]);
    }

    #[tokio::test]
    async fn offsets_end_at_the_total() {
        let total = PageSignals {
            total: Some(3),
            ..Default::default()
        };
        let script = pages(&[&[1, 2], &[3]], &[total.clone(), total]);
        let (yielded, sent) = run(offset_style(), filtered(), script).await;
        assert_eq!((yielded, sent.len()), (ok(&[1, 2, 3]), 2));
    }

    fn token(t: Option<&str>) -> PageSignals {
        PageSignals {
            next_cursor: t.map(str::to_string),
            ..Default::default()
        }
    }

    #[tokio::test]
    async fn cursors_end_without_a_token_and_go_on_after_an_empty_page() {
        let script = pages(
            &[&[1], &[], &[2]],
            &[token(Some("a")), token(Some("b")), token(None)],
        );
        let (yielded, sent) = run(cursor_style(None), filtered(), script).await;
        assert_eq!(yielded, ok(&[1, 2]));
        let tokens: Vec<_> = sent.iter().map(|r| r.token.clone()).collect();
        assert_eq!(tokens, [None, Some("a".into()), Some("b".into())]);

        // An empty token is none; it is never sent back.
        let (yielded, sent) = run(
            cursor_style(None),
            filtered(),
            pages(&[&[1]], &[token(Some(""))]),
        )
        .await;
        assert_eq!((yielded, sent.len()), (ok(&[1]), 1));
    }

    #[tokio::test]
    async fn a_repeated_token_ends_the_stream_with_an_error() {
        let script = pages(
            &[&[1], &[2], &[3]],
            &[token(Some("a")), token(Some("b")), token(Some("a"))],
        );
        let (yielded, sent) = run(cursor_style(None), filtered(), script).await;
        assert_eq!(
            yielded,
            [Ok(1), Ok(2), Ok(3), Err(ErrorKind::RepeatedPage)],
            "the page's items, then the error"
        );
        assert_eq!(sent.len(), 3);

        // The caller's own token counts as seen.
        let start = Request {
            token: Some("z".into()),
            ..filtered()
        };
        let (yielded, _) = run(
            cursor_style(Some("z")),
            start,
            pages(&[&[1]], &[token(Some("z"))]),
        )
        .await;
        assert_eq!(yielded, [Ok(1), Err(ErrorKind::RepeatedPage)]);
    }

    #[tokio::test]
    async fn a_page_number_already_read_ends_the_stream_with_an_error() {
        // A server that ignores `page` and answers page 1 every time.
        let script = pages(
            &[&[1, 2], &[1, 2], &[1, 2]],
            &[
                numbered(1, Some(3)),
                numbered(1, Some(3)),
                numbered(1, Some(3)),
            ],
        );
        let (yielded, sent) = run(page_style(), filtered(), script).await;
        assert_eq!(
            yielded,
            [Ok(1), Ok(2), Err(ErrorKind::RepeatedPage)],
            "the repeated page's items are not yielded again"
        );
        assert_eq!(sent.len(), 2);

        // Going back is repeating too; the caller's first page may be any.
        let start = Request {
            page: Some(4),
            ..filtered()
        };
        let paging = Paging::Page {
            first: Some(4),
            set: |r: Request, page| Request {
                page: Some(page),
                ..r
            },
        };
        let script = pages(&[&[7], &[8]], &[numbered(4, None), numbered(3, None)]);
        let (yielded, _) = run(paging, start, script).await;
        assert_eq!(yielded, [Ok(7), Err(ErrorKind::RepeatedPage)]);
    }

    #[tokio::test]
    async fn the_last_page_number_wins_over_a_missing_next_link() {
        let no_link = |current| PageSignals {
            has_next: Some(false),
            ..numbered(current, Some(2))
        };
        let script = pages(&[&[1], &[2]], &[no_link(1), no_link(2)]);
        let (yielded, sent) = run(page_style(), filtered(), script).await;
        assert_eq!((yielded, sent.len()), (ok(&[1, 2]), 2));
    }

    #[tokio::test]
    async fn a_page_like_the_one_before_ends_the_stream_with_an_error() {
        // Servers that ignore the offset or page asked for, and say nothing
        // of where they are.
        for paging in [offset_style(), page_style()] {
            let script = pages(
                &[&[1, 2], &[1, 2], &[1, 2]],
                &[
                    PageSignals::default(),
                    PageSignals::default(),
                    PageSignals::default(),
                ],
            );
            let (yielded, sent) = run(paging, filtered(), script).await;
            assert_eq!(yielded, [Ok(1), Ok(2), Err(ErrorKind::RepeatedPage)]);
            assert_eq!(sent.len(), 2);
        }
        // Equal items on pages apart are not a loop.
        let script = pages(
            &[&[1], &[2], &[1], &[]],
            &[
                PageSignals::default(),
                PageSignals::default(),
                PageSignals::default(),
                PageSignals::default(),
            ],
        );
        let (yielded, _) = run(offset_style(), filtered(), script).await;
        assert_eq!(yielded, ok(&[1, 2, 1]));
        // Numbered pages that say where they are may hold equal items.
        let script = pages(&[&[1], &[1]], &[numbered(1, Some(2)), numbered(2, Some(2))]);
        let (yielded, _) = run(page_style(), filtered(), script).await;
        assert_eq!(yielded, ok(&[1, 1]));
    }

    #[test]
    fn fingerprints_tell_items_apart() {
        assert_eq!(fingerprint(&[1, 2]), fingerprint(&[1, 2]));
        assert_ne!(fingerprint(&[1, 2]), fingerprint(&[2, 1]));
        assert_ne!(fingerprint(&[12]), fingerprint(&[1, 2]));
        assert!(fingerprint(&[1]).is_some());
    }

    #[tokio::test]
    async fn an_error_midway_is_yielded_and_ends_the_stream() {
        let mut script = pages(&[&[1, 2]], &[numbered(1, Some(5))]);
        script.push(Err(()));
        let (yielded, sent) = run(page_style(), filtered(), script).await;
        assert_eq!(yielded, [Ok(1), Ok(2), Err(ErrorKind::UnexpectedStatus)]);
        assert_eq!(sent.len(), 2);
    }

    #[test]
    fn numbers_and_tokens() {
        assert_eq!(std::num::NonZeroU64::new(7).unwrap().page_number(), Some(7));
        assert_eq!(3_u32.page_number(), Some(3));
        assert_eq!((-1_i64).page_number(), None);
        assert_eq!(" 7 ".to_string().page_number(), Some(7));
        assert_eq!(String::new().page_token(), None);
        assert_eq!("t".to_string().page_token(), Some("t"));
    }

    /// One answer to a page request, with pages numbered in headers: the
    /// items and the response headers, or an error status.
    type HeaderPage = Result<(Vec<u32>, Vec<(&'static str, &'static str)>), u16>;

    /// Runs a stream of `X-Page`/`X-Total-Pages` pages over `script`;
    /// returns what it yielded and the page numbers asked for.
    async fn run_headers(
        first: Option<u64>,
        script: Vec<HeaderPage>,
    ) -> (Vec<Result<u32, ErrorKind>>, Vec<Option<u64>>) {
        let sent = Arc::new(Mutex::new(Vec::new()));
        let script = Arc::new(Mutex::new(script.into_iter()));
        let log = Arc::clone(&sent);
        let paging = Paging::PageHeaders {
            first,
            set: |r: Request, page| Request {
                page: Some(page),
                ..r
            },
            page: "x-page",
            pages: "x-total-pages",
        };
        let request = Request {
            page: first,
            ..filtered()
        };
        let stream = paginate(
            &LIST,
            request,
            paging,
            move |request: Request| {
                log.lock().unwrap().push(request.page);
                let next = script
                    .lock()
                    .unwrap()
                    .next()
                    .expect("a request past the script");
                async move {
                    match next {
                        Ok((items, headers)) => {
                            let headers = headers
                                .into_iter()
                                .map(|(n, v)| {
                                    (
                                        reqwest::header::HeaderName::from_static(n),
                                        v.parse().unwrap(),
                                    )
                                })
                                .collect();
                            Ok(ResponseValue::new(items, StatusCode::OK, headers))
                        }
                        Err(status) => Err(Error::<crate::NoErrorBody>::response(
                            ErrorKind::UnexpectedStatus,
                            &LIST,
                            StatusCode::from_u16(status).unwrap(),
                            HeaderMap::new(),
                            None,
                        )),
                    }
                }
            },
            |items: Vec<u32>| (items, PageSignals::default()),
        );
        let yielded = stream.map(|r| r.map_err(|e| e.kind())).collect().await;
        let sent = sent.lock().unwrap().clone();
        (yielded, sent)
    }

    fn of(page: &'static str, pages: &'static str) -> Vec<(&'static str, &'static str)> {
        vec![("x-page", page), ("x-total-pages", pages)]
    }

    #[tokio::test]
    async fn header_pages_end_at_the_last_page_and_a_short_page_is_not_the_end() {
        // The server caps the page size: page 1 is short, and not the end.
        let script = vec![
            Ok((vec![1], of("1", "3"))),
            Ok((vec![2, 3], of("2", "3"))),
            Ok((vec![4], of("3", "3"))),
        ];
        let (yielded, sent) = run_headers(None, script).await;
        assert_eq!(yielded, ok(&[1, 2, 3, 4]));
        assert_eq!(sent, [None, Some(2), Some(3)], "never past the last");
        // From the caller's page.
        let script = vec![Ok((vec![7], of("4", "5"))), Ok((vec![8], of("5", "5")))];
        let (yielded, sent) = run_headers(Some(4), script).await;
        assert_eq!((yielded, sent), (ok(&[7, 8]), vec![Some(4), Some(5)]));
        // No pages at all.
        let (yielded, sent) = run_headers(None, vec![Ok((vec![], of("1", "0")))]).await;
        assert_eq!((yielded, sent.len()), (vec![], 1));
    }

    #[tokio::test]
    async fn header_pages_without_usable_headers_are_one_page() {
        // Kimai 1.x answers with everything and no paging headers; a
        // malformed count is no count.
        for headers in [vec![], vec![("x-page", "1"), ("x-total-pages", "many")]] {
            let script = vec![Ok((vec![1, 2, 3], headers))];
            let (yielded, sent) = run_headers(None, script).await;
            assert_eq!((yielded, sent.len()), (ok(&[1, 2, 3]), 1));
        }
    }

    #[tokio::test]
    async fn a_404_ends_header_pages_after_the_first_and_fails_the_first() {
        let script = vec![Ok((vec![1], of("1", "9"))), Err(404)];
        let (yielded, sent) = run_headers(None, script).await;
        assert_eq!((yielded, sent.len()), (ok(&[1]), 2));
        let (yielded, _) = run_headers(None, vec![Err(404)]).await;
        assert_eq!(yielded, [Err(ErrorKind::UnexpectedStatus)]);
        // Another error after the first page is yielded.
        let script = vec![Ok((vec![1], of("1", "9"))), Err(500)];
        let (yielded, _) = run_headers(None, script).await;
        assert_eq!(yielded, [Ok(1), Err(ErrorKind::UnexpectedStatus)]);
    }

    #[tokio::test]
    async fn a_server_that_ignores_the_page_never_loops() {
        // It says page 1 whatever was asked, or echoes the page asked with
        // the same items: either way, an error instead of a loop.
        let script = vec![
            Ok((vec![1, 2], of("1", "3"))),
            Ok((vec![1, 2], of("1", "3"))),
        ];
        let (yielded, sent) = run_headers(None, script).await;
        assert_eq!(yielded, [Ok(1), Ok(2), Err(ErrorKind::RepeatedPage)]);
        assert_eq!(sent.len(), 2);
        let script = vec![
            Ok((vec![1, 2], of("1", "3"))),
            Ok((vec![1, 2], of("2", "3"))),
        ];
        let (yielded, sent) = run_headers(None, script).await;
        assert_eq!(yielded, [Ok(1), Ok(2), Err(ErrorKind::RepeatedPage)]);
        assert_eq!(sent.len(), 2);
    }
}
