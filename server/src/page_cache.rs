//! The cache of rendered public pages. A visitor without a session who opens a public page (the
//! home page, the agenda with any filter, an activity, the centres, a centre, the groups, the
//! public calendar feeds) gets it from memory: rendered once, compressed once per encoding, with
//! an `ETag` (and `304 Not Modified` when the browser already has it).
//!
//! A cached page is never out of date:
//! - **Changes.** The key holds the database's public version ([`Db::public_version`], read once
//!   per request): every committed write to a table a public page shows raises it, whichever
//!   server wrote, so after a change every page is rendered anew.
//! - **Time.** The key holds the minute. Every moment a public page shows or compares with — an
//!   opening hour, the start or end of a date, a sign-up's closing, midnight — is a whole minute,
//!   so a page cannot turn within one ("Nu open" turns at the opening minute, "Vandaag" at
//!   midnight). A page is rendered at most once a minute per address and language.
//! - **Persons.** A request with a session or any cookie but the language choice, a response
//!   that sets a cookie or may not be stored, a form with its errors (a post) and anything but a
//!   found page or feed never come from or go into the cache.
//!
//! Inline scripts of a cached page lose the request's nonce; its policy names their SHA-256
//! hashes instead (pages without an island have no script at all, see
//! [`crate::middleware::without_unneeded_scripts`]). Memory is bounded by the weight of the
//! stored bodies; when many requests miss the same page at once, one renders and the others wait
//! for it.

use crate::middleware::only_the_scripts_a_page_needs;
use app::context::RequestContext;
use app::ssr::cookies::Jar;
use app::ssr::db::Db;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use bytes::Bytes;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

/// The most the stored pages may weigh together, by default.
pub const DEFAULT_BYTES: u64 = 32 * 1024 * 1024;

/// The header that says whether an answer came from the cache (`hit`) or was rendered for it
/// (`miss`).
pub const CACHE_HEADER: &str = "x-kring-cache";

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    version: i64,
    minute: i64,
    lang: &'static str,
    /// Path and query as requested.
    target: String,
}

/// A rendered page, its headers and its compressed bodies (made when first asked for).
struct Page {
    status: StatusCode,
    headers: HeaderMap,
    etag: HeaderValue,
    /// The script sources its policy allows: the hashes of its inline scripts.
    scripts: String,
    plain: Bytes,
    brotli: OnceLock<Bytes>,
    gzip: OnceLock<Bytes>,
}

#[derive(Clone)]
struct Weight;

impl quick_cache::Weighter<Key, Arc<Page>> for Weight {
    fn weight(&self, key: &Key, page: &Arc<Page>) -> u64 {
        // Room for the compressed copies (together well under half of the plain body).
        (key.target.len() + page.plain.len() * 3 / 2 + 512) as u64
    }
}

pub struct PageCache {
    version: VersionReader,
    https: bool,
    pages: quick_cache::sync::Cache<Key, Arc<Page>, Weight>,
    hits: AtomicU64,
    misses: AtomicU64,
}

/// What [`PageCache`] counted, for `/healthz/cache`.
#[derive(Debug, Clone, Copy)]
pub struct Counts {
    pub hits: u64,
    pub misses: u64,
    pub pages: usize,
    pub bytes: u64,
}

/// Script sources for a cached page's policy (read by the security headers).
#[derive(Debug, Clone)]
pub struct CachedScripts(pub String);

impl PageCache {
    pub fn new(db: Db, https: bool, max_bytes: u64) -> PageCache {
        PageCache {
            version: VersionReader::new(db),
            https,
            pages: quick_cache::sync::Cache::with_weighter(1024, max_bytes, Weight),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        }
    }

    pub fn counts(&self) -> Counts {
        Counts {
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
            pages: self.pages.len(),
            bytes: self.pages.weight(),
        }
    }

    /// Whether a request may be answered from the cache: a read of a public address by someone
    /// without a session who carries no cookie but the language choice.
    fn may_serve(&self, request: &Request, context: &RequestContext) -> bool {
        let language = Jar::Language.name(self.https);
        matches!(*request.method(), Method::GET | Method::HEAD)
            && context.session.is_none()
            && context
                .cookies
                .split(';')
                .map(str::trim)
                .filter(|pair| !pair.is_empty())
                .all(|pair| pair.split_once('=').is_some_and(|(name, _)| name.trim() == language))
            && is_public_path(request.uri().path())
    }
}

/// `/healthz/cache`: what the cache counted since the start, one number a line.
pub fn routes(cache: Arc<PageCache>) -> axum::Router<app::ssr::state::AppState> {
    axum::Router::new().route(
        "/healthz/cache",
        axum::routing::get(move || {
            let counts = cache.counts();
            async move {
                format!(
                    "hits {}\nmisses {}\npages {}\nbytes {}\n",
                    counts.hits, counts.misses, counts.pages, counts.bytes
                )
            }
        }),
    )
}

/// The public addresses: the same for every visitor without a session.
fn is_public_path(path: &str) -> bool {
    let segments: Vec<&str> = path.strip_prefix('/').unwrap_or(path).split('/').collect();
    let number = |s: &str| !s.is_empty() && s.len() <= 18 && s.bytes().all(|b| b.is_ascii_digit());
    let slug = |s: &str| {
        !s.is_empty()
            && s.len() <= 100
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    match segments.as_slice() {
        [""] | ["activiteiten"] | ["centra"] | ["groepen"] => true,
        ["activiteiten", id] | ["activiteiten", id, "agenda.ics"] | ["groepen", id, "agenda.ics"] => number(id),
        ["centra", name] | ["centra", name, "agenda.ics"] => slug(name),
        _ => false,
    }
}

/// The layer: public pages from the cache, every other page with only the scripts it needs.
pub async fn serve(State(cache): State<Arc<PageCache>>, request: Request, next: Next) -> Response {
    let rendered =
        |request: Request, next: Next| async move { only_the_scripts_a_page_needs(next.run(request).await).await };
    let Some(context) = request.extensions().get::<RequestContext>().cloned() else {
        return rendered(request, next).await;
    };
    if !cache.may_serve(&request, &context) {
        return rendered(request, next).await;
    }
    let version = match cache.version.read().await {
        Ok(version) => version,
        // The page itself will tell (the database is needed to render it anyway).
        Err(_) => return rendered(request, next).await,
    };
    let key = Key {
        version,
        minute: context.now.timestamp().div_euclid(60),
        lang: context.lang.code(),
        target: request
            .uri()
            .path_and_query()
            .map_or_else(|| request.uri().path().to_owned(), |pq| pq.as_str().to_owned()),
    };
    let asks = Asks::of(request.headers());
    let (page, hit) = match cache.pages.get_value_or_guard_async(&key).await {
        Ok(page) => (page, true),
        Err(guard) => {
            let response = rendered(request, next).await;
            match Page::of(response, &context.nonce).await {
                Ok(page) => {
                    let page = Arc::new(page);
                    let _ = guard.insert(page.clone());
                    (page, false)
                }
                // Not for the cache: answered as it is (the guard lets the next one render).
                Err(response) => return response,
            }
        }
    };
    let counter = if hit { &cache.hits } else { &cache.misses };
    counter.fetch_add(1, Ordering::Relaxed);
    page.answer(&asks, hit)
}

/// Reads the public version for requests as if each read it itself, with fewer queries: a request
/// takes the result of a read that started after it arrived (so it sees every change committed
/// before it came), and one read at a time goes to the database. Under load one query answers
/// all requests that came in while the previous one ran.
struct VersionReader {
    db: Db,
    /// Goes up as each read starts.
    started: AtomicU64,
    /// The last read: when it started and what it found.
    last: tokio::sync::Mutex<(u64, i64)>,
}

impl VersionReader {
    fn new(db: Db) -> VersionReader {
        VersionReader {
            db,
            started: AtomicU64::new(0),
            last: tokio::sync::Mutex::new((0, 0)),
        }
    }

    async fn read(&self) -> Result<i64, sqlx::Error> {
        let arrived = self.started.load(Ordering::SeqCst);
        let mut last = self.last.lock().await;
        if last.0 > arrived {
            return Ok(last.1);
        }
        let start = self.started.fetch_add(1, Ordering::SeqCst) + 1;
        let version = self.db.public_version().await?;
        *last = (start, version);
        Ok(version)
    }
}

/// What a request asks of a cached page: which encodings it takes, which version it has.
struct Asks {
    brotli: bool,
    gzip: bool,
    if_none_match: Option<String>,
}

impl Asks {
    fn of(headers: &HeaderMap) -> Asks {
        let text = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
        let accepts = |coding: &str| {
            text(header::ACCEPT_ENCODING).is_some_and(|list| {
                list.split(',').any(|item| {
                    let mut parts = item.split(';').map(str::trim);
                    let name = parts.next().unwrap_or_default();
                    let refused = parts.any(|p| {
                        p.strip_prefix("q=")
                            .is_some_and(|q| q.parse::<f32>().is_ok_and(|q| q <= 0.0))
                    });
                    name.eq_ignore_ascii_case(coding) && !refused
                })
            })
        };
        Asks {
            brotli: accepts("br"),
            gzip: accepts("gzip"),
            if_none_match: text(header::IF_NONE_MATCH).map(str::to_owned),
        }
    }
}

impl Page {
    /// The page a response holds, or the response back when it must not be stored.
    async fn of(response: Response, nonce: &str) -> Result<Page, Response> {
        let headers = response.headers();
        let content_type = headers
            .get(header::CONTENT_TYPE)
            .map(|v| v.as_bytes().to_ascii_lowercase())
            .unwrap_or_default();
        let is_html = content_type.starts_with(b"text/html");
        let storable = matches!(response.status(), StatusCode::OK | StatusCode::NOT_FOUND)
            && (is_html || content_type.starts_with(b"text/calendar"))
            && !headers.contains_key(header::SET_COOKIE)
            && !headers.contains_key(header::CONTENT_ENCODING)
            && !headers
                .get(header::CACHE_CONTROL)
                .is_some_and(|v| v.as_bytes().windows(8).any(|w| w.eq_ignore_ascii_case(b"no-store")));
        if !storable {
            return Err(response);
        }
        let (parts, body) = response.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, crate::middleware::PAGE_BYTES_MAX).await else {
            return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response());
        };
        let (plain, scripts) = if is_html {
            match std::str::from_utf8(&bytes) {
                Ok(html) => {
                    let html = html.replace(&format!(" nonce=\"{nonce}\""), "");
                    let scripts = script_hashes(&html);
                    (Bytes::from(html), scripts)
                }
                Err(_) => (bytes, String::new()),
            }
        } else {
            (bytes, String::new())
        };
        let digest = Sha256::digest(&plain);
        let etag =
            HeaderValue::from_str(&format!("\"{}\"", hex(&digest[..12]))).unwrap_or(HeaderValue::from_static("\"\""));
        let mut headers = parts.headers;
        headers.remove(header::CONTENT_LENGTH);
        Ok(Page {
            status: parts.status,
            headers,
            etag,
            scripts,
            plain,
            brotli: OnceLock::new(),
            gzip: OnceLock::new(),
        })
    }

    fn answer(&self, asks: &Asks, hit: bool) -> Response {
        let mut headers = self.headers.clone();
        headers.insert(header::ETAG, self.etag.clone());
        headers.insert(
            header::VARY,
            HeaderValue::from_static("accept-encoding, accept-language, cookie"),
        );
        headers.insert(CACHE_HEADER, HeaderValue::from_static(if hit { "hit" } else { "miss" }));
        let unchanged = self.status == StatusCode::OK
            && asks.if_none_match.as_deref().is_some_and(|tags| {
                let ours = self.etag.to_str().unwrap_or_default();
                tags.split(',')
                    .map(|tag| tag.trim().trim_start_matches("W/"))
                    .any(|tag| tag == ours || tag == "*")
            });
        let (status, body) = if unchanged {
            headers.remove(header::CONTENT_TYPE);
            (StatusCode::NOT_MODIFIED, Body::empty())
        } else if asks.brotli {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
            (
                self.status,
                Body::from(self.brotli.get_or_init(|| brotli(&self.plain)).clone()),
            )
        } else if asks.gzip {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            (
                self.status,
                Body::from(self.gzip.get_or_init(|| gzip(&self.plain)).clone()),
            )
        } else {
            (self.status, Body::from(self.plain.clone()))
        };
        let mut response = Response::new(body);
        *response.status_mut() = status;
        *response.headers_mut() = headers;
        response.extensions_mut().insert(CachedScripts(self.scripts.clone()));
        response
    }
}

/// The CSP sources of the inline scripts in a page: `'sha256-…'` each, separated by spaces.
fn script_hashes(html: &str) -> String {
    let mut sources = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<script") {
        let after = &rest[at..];
        let Some(open_end) = after.find('>') else { break };
        let Some(close) = after.find("</script>") else { break };
        if close > open_end {
            let content = &after[open_end + 1..close];
            let opening = &after[..open_end];
            if !opening.contains(" src=") {
                let digest = Sha256::digest(content.as_bytes());
                sources.push(format!(
                    "'sha256-{}'",
                    base64::engine::general_purpose::STANDARD.encode(digest)
                ));
            }
        }
        rest = &after[close + "</script>".len()..];
    }
    sources.join(" ")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn brotli(plain: &[u8]) -> Bytes {
    let mut out = Vec::with_capacity(plain.len() / 4);
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 16 * 1024, 6, 22);
        let _ = writer.write_all(plain);
    }
    Bytes::from(out)
}

fn gzip(plain: &[u8]) -> Bytes {
    let mut writer = flate2::write::GzEncoder::new(Vec::with_capacity(plain.len() / 3), flate2::Compression::new(6));
    let _ = writer.write_all(plain);
    Bytes::from(writer.finish().unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_are_cached() {
        for path in [
            "/",
            "/activiteiten",
            "/activiteiten/12",
            "/activiteiten/12/agenda.ics",
            "/centra",
            "/centra/de-haven-zwolle",
            "/centra/de-haven/agenda.ics",
            "/groepen",
            "/groepen/3/agenda.ics",
        ] {
            assert!(is_public_path(path), "{path}");
        }
        for path in [
            "/mijn-week",
            "/activiteiten/12/aanmelden",
            "/activiteiten/abc",
            "/centra/De-Haven",
            "/groepen/3",
            "/kalender/geheim/kring.ics",
            "/beheer",
            "/activiteiten/",
            "//activiteiten",
        ] {
            assert!(!is_public_path(path), "{path}");
        }
    }

    #[test]
    fn inline_scripts_are_named_by_their_hash() {
        let html =
            "<script type=\"module\">hydrate()</script><p>x</p><script src=\"/pkg/a.js\"></script><script>b</script>";
        let digest = |s: &str| base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_bytes()));
        assert_eq!(
            script_hashes(html),
            format!("'sha256-{}' 'sha256-{}'", digest("hydrate()"), digest("b"))
        );
        assert_eq!(script_hashes("<p>geen</p>"), "");
    }

    #[test]
    fn encodings_are_taken_as_the_browser_asks() {
        let asks = |value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(value));
            let asks = Asks::of(&headers);
            (asks.brotli, asks.gzip)
        };
        assert_eq!(asks("gzip, deflate, br, zstd"), (true, true));
        assert_eq!(asks("gzip"), (false, true));
        assert_eq!(asks("br;q=0, gzip;q=0.5"), (false, true));
        assert_eq!(asks("identity"), (false, false));
    }
}
