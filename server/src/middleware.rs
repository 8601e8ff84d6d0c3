//! The layers every request passes: reading the request's context once (language, client
//! address, script nonce, moment, session), security and caching headers, and the refusal of
//! cross-site form posts.

use app::context::{CurrentSession, RequestContext};
use app::i18n::{Lang, Texts};
use app::ssr::auth::session;
use app::ssr::cookies::Jar;
use app::ssr::db::sessions;
use app::ssr::state::AppState;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

fn is_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"))
}

/// The language of a request, for answers made outside the Leptos app.
pub fn request_lang<B>(request: &axum::http::Request<B>) -> Lang {
    request
        .extensions()
        .get::<RequestContext>()
        .map(|context| context.lang)
        .unwrap_or_default()
}

/// For responses that are not pages: no scripts, no requests to another site.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; \
     frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

/// For pages: only same-origin files and the inline scripts `scripts` names run (by this request's
/// nonce, or for a cached page by their hashes; a cached page without scripts runs none), and
/// nothing is fetched from another site.
fn page_policy(scripts: &str) -> Option<HeaderValue> {
    let script_src = if scripts.is_empty() {
        "'none'".to_owned()
    } else {
        format!("'self' {scripts} 'wasm-unsafe-eval'")
    };
    HeaderValue::from_str(&format!(
        "default-src 'self'; script-src {script_src}; style-src 'self' 'unsafe-inline'; \
         img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; form-action 'self'; \
         base-uri 'self'; object-src 'none'"
    ))
    .ok()
}

/// Pages that show or take personal data are never stored by the browser or a proxy.
fn is_personal_path(path: &str) -> bool {
    [
        "/inloggen",
        "/registreren",
        "/mijn-account",
        "/mijn-week",
        "/wachtwoord-vergeten",
        "/email-bevestigen",
        "/beheer",
        "/uitnodiging",
        "/aanmelding",
        "/mijn",
        "/profiel",
    ]
    .iter()
    .any(|prefix| path == *prefix || path.starts_with(&format!("{prefix}/")))
}

/// Pages about a person that search engines must never index.
fn is_unindexed_path(path: &str) -> bool {
    ["/mijn", "/profiel"]
        .iter()
        .any(|prefix| path == *prefix || path.starts_with(&format!("{prefix}/")))
}

/// Reads what the request knows about itself once — language, client address, script nonce,
/// the moment (from the application's clock) and the session named by the cookie — and puts it
/// in the request as a [`RequestContext`] for pages and server functions. A cookie naming no
/// valid session is removed; when the database does not answer, the cookie stays and the answer
/// is "busy, try again". Every response then gets its security and caching headers.
pub async fn request_context(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let https = state.site.https;
    let (cookies, lang, client_ip) = read_headers(&state, &request);
    let token_hash = Jar::Session
        .read(&cookies, https)
        .map(|token| session::hash_token(&token));
    // The shell hands this nonce to Leptos, so the policy sent below names the nonce the page's
    // scripts carry, whatever happens inside the renderer.
    let nonce: Arc<str> = leptos::nonce::Nonce::new().as_inner().clone();
    let mut context = RequestContext {
        lang,
        client_ip,
        nonce: nonce.clone(),
        now: state.clock.now(),
        session: None,
        cookies,
    };
    let mut response = match token_hash {
        None => {
            request.extensions_mut().insert(context);
            next.run(request).await
        }
        Some(token_hash) => match find_session(&state, &token_hash, context.now.timestamp()).await {
            Err(()) => busy_page(lang),
            Ok(Some(session)) => {
                context.session = Some(session);
                request.extensions_mut().insert(context);
                let mut response = next.run(request).await;
                response.extensions_mut().insert(LoggedIn);
                response
            }
            Ok(None) => {
                // A cookie for no session is taken away, but only when a page is opened: a
                // script or file the browser fetches alongside may still carry the cookie of a
                // session that just ended, and its answer could arrive after the next login and
                // take that new cookie away.
                let opens_a_page = request.method() == Method::GET
                    && request
                        .headers()
                        .get("sec-fetch-dest")
                        .is_none_or(|dest| dest.as_bytes() == b"document");
                request.extensions_mut().insert(context);
                let mut response = next.run(request).await;
                if opens_a_page && is_html(response.headers()) && !response.headers().contains_key(header::SET_COOKIE) {
                    if let Ok(value) = HeaderValue::from_str(&Jar::Session.removal(https)) {
                        response.headers_mut().append(header::SET_COOKIE, value);
                    }
                }
                response
            }
        },
    };
    security_headers(&state, &path, &nonce, &mut response);
    response
}

/// The most a page's HTML may be to pass through [`only_the_scripts_a_page_needs`].
pub(crate) const PAGE_BYTES_MAX: usize = 16 * 1024 * 1024;

/// Leptos puts its hydration script and preloads of the WebAssembly into every page. A page
/// without an island needs none of it, and no page needs the preloads: without JavaScript they
/// would be downloaded for nothing, and with it the script fetches what it needs itself.
pub(crate) async fn only_the_scripts_a_page_needs(response: Response) -> Response {
    if !is_html(response.headers()) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, PAGE_BYTES_MAX).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "reading a rendered page failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let Ok(html) = std::str::from_utf8(&bytes) else {
        return Response::from_parts(parts, axum::body::Body::from(bytes));
    };
    match without_unneeded_scripts(html) {
        Some(trimmed) => {
            parts.headers.remove(header::CONTENT_LENGTH);
            Response::from_parts(parts, axum::body::Body::from(trimmed))
        }
        None => Response::from_parts(parts, axum::body::Body::from(bytes)),
    }
}

/// The page without the WebAssembly preloads, and without any script when no island is on it;
/// `None` when there is nothing to take out.
pub(crate) fn without_unneeded_scripts(html: &str) -> Option<String> {
    const PRELOADS: [&str; 2] = ["<link rel=\"modulepreload\"", "<link rel=\"preload\" href=\"/pkg/"];
    // What to take out, as byte ranges; the page is copied once, leaving them out.
    let mut cut: Vec<(usize, usize)> = Vec::new();
    for start in PRELOADS {
        if let Some(at) = html.find(start) {
            if let Some(end) = html[at..].find('>') {
                cut.push((at, at + end + 1));
            }
        }
    }
    if !html.contains("<leptos-island") {
        // The hydration script and the state it would hydrate with: every script on the page
        // (Kring's own pages have none; typed text never holds a tag, it is escaped).
        let mut from = 0;
        while let Some(at) = html[from..].find("<script").map(|at| from + at) {
            let Some(end) = html[at..].find("</script>") else { break };
            from = at + end + "</script>".len();
            cut.push((at, from));
        }
    }
    if cut.is_empty() {
        return None;
    }
    cut.sort_unstable();
    let mut out = String::with_capacity(html.len());
    let mut kept = 0;
    for (at, end) in cut {
        if at >= kept {
            out.push_str(&html[kept..at]);
            kept = end;
        }
    }
    out.push_str(&html[kept..]);
    Some(out)
}

/// The cookies, the language and the client's address of a request.
fn read_headers(state: &AppState, request: &Request) -> (String, Lang, String) {
    let text = |name| request.headers().get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    let cookies = text(header::COOKIE).unwrap_or_default().to_owned();
    let lang = Lang::negotiate(
        Jar::Language.read(&cookies, state.site.https).as_deref(),
        text(header::ACCEPT_LANGUAGE),
    );
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip());
    let forwarded: Vec<&str> = request
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    let client_ip = client_address(peer, &forwarded, state.site.trust_proxy);
    (cookies, lang, client_ip)
}

/// The session a token names, if valid (its last use is written now and then). `Err` when the
/// database did not answer: the session may well be valid, and answering as if logged out
/// would clear the cookie (and run a form post as a visitor).
async fn find_session(state: &AppState, token_hash: &str, now: i64) -> Result<Option<CurrentSession>, ()> {
    let row = match sessions::find_valid(&state.db, token_hash, now).await {
        Ok(Some(row)) => row,
        Ok(None) => return Ok(None),
        Err(error) => {
            tracing::error!(%error, "reading a session failed");
            return Err(());
        }
    };
    if now - row.last_seen_at >= session::TOUCH_AFTER_SECONDS {
        if let Err(error) = sessions::touch(&state.db, &row.token_hash, now).await {
            tracing::error!(%error, "updating a session failed");
        }
    }
    Ok(Some(CurrentSession {
        token_hash: row.token_hash,
        account_id: row.account_id,
        nickname: row.nickname,
        is_admin: row.is_admin,
        in_a_team: row.in_a_team,
    }))
}

/// Security and caching headers for every response.
fn security_headers(state: &AppState, path: &str, nonce: &str, response: &mut Response) {
    // A page that sends the browser elsewhere answers 302 whatever the request accepts (Leptos
    // sets the status only for requests that ask for HTML).
    if !path.starts_with("/api/")
        && response.status() == StatusCode::OK
        && response.headers().contains_key(header::LOCATION)
    {
        *response.status_mut() = StatusCode::FOUND;
    }
    let logged_in = response.extensions().get::<LoggedIn>().is_some();
    let response_scripts = response
        .extensions()
        .get::<crate::page_cache::CachedScripts>()
        .map(|scripts| scripts.0.clone());
    let status = response.status();
    let headers = response.headers_mut();
    let is_page = is_html(headers);
    // Only static files and pages anyone may see are stored; a response that sets a cookie or
    // sends the browser on (often with a personal link) never is, whatever its handler chose.
    let cache = if headers.contains_key(header::SET_COOKIE) || status.is_redirection() {
        Some("no-store")
    } else if path.starts_with("/pkg/") {
        Some(if state.leptos_options.hash_files {
            "public, max-age=31536000, immutable"
        } else {
            "public, max-age=0, must-revalidate"
        })
    } else if path.starts_with("/api/") || path == "/healthz" || is_personal_path(path) || (is_page && logged_in) {
        Some("no-store")
    } else if headers.contains_key(header::CACHE_CONTROL) {
        // A handler that chose its own caching (calendar feeds) keeps it.
        None
    } else if is_page {
        Some("no-cache")
    } else if status.is_success() {
        Some("public, max-age=86400")
    } else {
        Some("no-store")
    };
    if let Some(cache) = cache {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    }
    let scripts = match response_scripts {
        Some(hashes) => hashes,
        None => format!("'nonce-{nonce}'"),
    };
    let policy = is_page.then(|| page_policy(&scripts)).flatten();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        policy.unwrap_or(HeaderValue::from_static(CONTENT_SECURITY_POLICY)),
    );
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if is_unindexed_path(path) {
        headers.insert("x-robots-tag", HeaderValue::from_static("noindex, nofollow"));
    }
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if state.site.https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
}

/// A request that changes something must come from a Kring page itself. Browsers say where a
/// request comes from in `Sec-Fetch-Site` (all current ones) or `Origin`; a request that says
/// neither is not from a browser page (a browser form always sends one of them), so it may pass:
/// cookies are SameSite=Lax anyway.
pub fn is_cross_site(method: &Method, headers: &HeaderMap, public_url: &str) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return false;
    }
    let header = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    if let Some(site) = header(header::HeaderName::from_static("sec-fetch-site")) {
        return !matches!(site, "same-origin" | "none");
    }
    match header(header::ORIGIN) {
        None => false,
        Some(origin) => {
            let host = header(header::HOST).unwrap_or_default();
            let same_host = origin
                .strip_prefix("http://")
                .or_else(|| origin.strip_prefix("https://"))
                .is_some_and(|rest| rest == host);
            !(same_host || origin == public_url)
        }
    }
}

/// The look of [`message_page`]: Kring's colours and a large link, without the app's stylesheet.
const MESSAGE_STYLE: &str = "body{margin:0;font:1.125rem/1.5 system-ui,sans-serif;color:#1b1f23}\
     main{max-width:40rem;padding:1.5rem 1rem}h1{font-size:1.6rem;line-height:1.25;color:#1d5c4a}\
     a{display:inline-flex;align-items:center;min-height:44px;padding:.5rem 1.2rem;box-sizing:border-box;background:#1d5c4a;color:#fff;\
     border-radius:.5rem;font-weight:600;text-decoration:none}a:focus{outline:3px solid #f4c542;outline-offset:2px}";

/// A small page outside the Leptos app (when the app cannot or must not run): a title, a text
/// and a link, in the request's language, never stored by a cache.
pub fn message_page(status: StatusCode, lang: Lang, title: &str, text: &str, link: (&str, &str)) -> Response {
    let page = format!(
        "<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>\
         <style>{MESSAGE_STYLE}</style></head>\
         <body><main><h1>{title}</h1><p>{text}</p><p><a href=\"{href}\">{label}</a></p></main></body></html>",
        code = lang.code(),
        href = link.0,
        label = link.1,
    );
    let mut response = (status, Html(page)).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn forbidden_page(t: &Texts, lang: Lang) -> Response {
    message_page(
        StatusCode::FORBIDDEN,
        lang,
        t.cross_site_title,
        t.cross_site_text,
        ("/", t.back_home),
    )
}

/// "What you sent is too big" (413), for a form body over the limit.
pub fn too_large_page(lang: Lang) -> Response {
    let t = lang.texts();
    message_page(
        StatusCode::PAYLOAD_TOO_LARGE,
        lang,
        t.too_large_title,
        t.too_large_text,
        ("", t.too_large_back),
    )
}

pub async fn refuse_cross_site(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if is_cross_site(request.method(), request.headers(), &state.site.public_url) {
        tracing::warn!(path = %request.uri().path(), "refused a cross-site request");
        let lang = request_lang(&request);
        return forbidden_page(lang.texts(), lang);
    }
    next.run(request).await
}

/// "Too busy, nothing changed, try again" (503 with Retry-After), for when the database does not
/// answer.
fn busy_page(lang: Lang) -> Response {
    let t = lang.texts();
    let text = app::i18n::fill(t.busy, &[("wait", &lang.wait(BUSY_RETRY_SECONDS))]);
    let mut response = message_page(
        StatusCode::SERVICE_UNAVAILABLE,
        lang,
        t.busy_title,
        &text,
        ("", t.busy_again),
    );
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(BUSY_RETRY_SECONDS));
    response
}

const BUSY_RETRY_SECONDS: u64 = 5;

/// The client's address as limits count it. Behind `hops` trusted proxies, each appended the
/// address it saw to X-Forwarded-For (all header lines count, joined in order), and the last one
/// is the peer: the client is the entry `hops` places from the right of that list with the peer
/// at its end. An IPv6 address stands for its /64; an IPv4 address mapped into IPv6 is IPv4.
pub fn client_address(peer: Option<IpAddr>, forwarded: &[&str], hops: usize) -> String {
    let mut chain: Vec<Option<IpAddr>> = if hops == 0 {
        Vec::new()
    } else {
        forwarded
            .iter()
            .flat_map(|line| line.split(','))
            .map(|entry| entry.trim().parse::<IpAddr>().ok())
            .collect()
    };
    chain.push(peer);
    let index = chain.len().saturating_sub(1 + hops);
    match chain[index] {
        Some(ip) => limit_key(ip),
        None => "unknown".to_owned(),
    }
}

fn limit_key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                let prefix = std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
                format!("{prefix}/64")
            }
        },
    }
}

/// The path as logs show it: the secret in a personal calendar link is left out.
pub fn log_path(path: &str) -> std::borrow::Cow<'_, str> {
    const SECRET_AFTER: [&str; 1] = ["/kalender/"];
    for prefix in SECRET_AFTER {
        if let Some(rest) = path.strip_prefix(prefix) {
            let tail = rest.find('/').map_or("", |at| &rest[at..]);
            return format!("{prefix}…{tail}").into();
        }
    }
    path.into()
}

/// Marks a response to a logged-in request (so it is not cached).
#[derive(Clone, Copy)]
struct LoggedIn;

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "<head><link id=\"leptos\" rel=\"stylesheet\" href=\"/pkg/kring.css\"><link rel=\"modulepreload\" href=\"/pkg/kring.js\" crossorigin=\"n\"><link rel=\"preload\" href=\"/pkg/kring_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"n\"><script type=\"module\" nonce=\"n\">((root) => { hydrate(); })()</script><title>T</title></head>";

    #[test]
    fn a_page_without_an_island_gets_no_script_and_no_page_gets_the_preloads() {
        let plain = format!("{HEAD}<body><p>Agenda</p><script nonce=\"n\">__RESOLVED_RESOURCES=[];</script></body>");
        let trimmed = without_unneeded_scripts(&plain).expect("changed");
        assert_eq!(
            trimmed,
            "<head><link id=\"leptos\" rel=\"stylesheet\" href=\"/pkg/kring.css\"><title>T</title></head><body><p>Agenda</p></body>"
        );
        let with_island = format!("{HEAD}<body><leptos-island data-component=\"CopyButton\"></leptos-island></body>");
        let trimmed = without_unneeded_scripts(&with_island).expect("changed");
        assert!(trimmed.contains("<script type=\"module\" nonce=\"n\">") && !trimmed.contains("preload"));
        assert_eq!(without_unneeded_scripts("<p>geen scripts</p>"), None);
    }

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn the_client_is_counted_as_the_trusted_proxies_saw_it() {
        let peer: Option<IpAddr> = "10.0.0.9".parse().ok();
        // No proxy trusted: the header is whatever the client wrote.
        assert_eq!(client_address(peer, &["1.2.3.4"], 0), "10.0.0.9");
        // One proxy: the address it appended, the last entry of all lines joined.
        assert_eq!(client_address(peer, &["6.6.6.6", "1.2.3.4"], 1), "1.2.3.4");
        assert_eq!(client_address(peer, &["6.6.6.6, 1.2.3.4"], 1), "1.2.3.4");
        // Two proxies: one more step to the left; a client's own entries further left are ignored.
        assert_eq!(client_address(peer, &["6.6.6.6, 1.2.3.4", "10.0.0.5"], 2), "1.2.3.4");
        // A header shorter than the chain of proxies: the leftmost entry.
        assert_eq!(client_address(peer, &["1.2.3.4"], 3), "1.2.3.4");
        assert_eq!(client_address(peer, &[], 1), "10.0.0.9");
        // Rubbish where the address should be is nobody's address.
        assert_eq!(client_address(peer, &["6.6.6.6, nonsense"], 1), "unknown");
        // IPv6 counts per /64; IPv4 in IPv6 is IPv4.
        assert_eq!(
            client_address(peer, &["2001:db8:1:2:aaaa::1"], 1),
            client_address(peer, &["2001:db8:1:2:bbbb::2"], 1)
        );
        assert_eq!(client_address(peer, &["2001:db8:1:2::1"], 1), "2001:db8:1:2::/64");
        assert_ne!(
            client_address(peer, &["2001:db8:1:2::1"], 1),
            client_address(peer, &["2001:db8:1:3::1"], 1)
        );
        assert_eq!(client_address("::ffff:1.2.3.4".parse().ok(), &[], 0), "1.2.3.4");
    }

    #[test]
    fn secrets_in_paths_stay_out_of_logs() {
        assert_eq!(log_path("/kalender/abcDEF123/kring.ics"), "/kalender/…/kring.ics");
        assert_eq!(log_path("/kalender/abcDEF123"), "/kalender/…");
        assert_eq!(log_path("/activiteiten/3"), "/activiteiten/3");
    }

    #[test]
    fn posts_from_another_site_are_cross_site() {
        let url = "https://kring.example";
        let post = Method::POST;
        assert!(is_cross_site(&post, &headers(&[("sec-fetch-site", "cross-site")]), url));
        assert!(is_cross_site(&post, &headers(&[("sec-fetch-site", "same-site")]), url));
        assert!(!is_cross_site(
            &post,
            &headers(&[("sec-fetch-site", "same-origin")]),
            url
        ));
        assert!(is_cross_site(
            &post,
            &headers(&[("origin", "https://evil.example"), ("host", "kring.example")]),
            url
        ));
        assert!(!is_cross_site(
            &post,
            &headers(&[("origin", "https://kring.example"), ("host", "kring.example")]),
            url
        ));
        assert!(is_cross_site(
            &post,
            &headers(&[("origin", "null"), ("host", "kring.example")]),
            url
        ));
        // Not from a browser page at all.
        assert!(!is_cross_site(&post, &HeaderMap::new(), url));
        // Reading is never refused.
        assert!(!is_cross_site(
            &Method::GET,
            &headers(&[("sec-fetch-site", "cross-site")]),
            url
        ));
    }
}
