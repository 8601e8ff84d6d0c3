//! Builds the application: database, migrations, router with its layers, background work.
//! Binding port 0 lets tests start the real application.

use crate::config::Settings;
use crate::{forms, middleware, page_cache, routes};
use app::app::{shell, App};
use app::ssr::auth::password::Hasher;
use app::ssr::db::Db;
use app::ssr::mail::Mailer;
use app::ssr::state::{AppState, Site};
use axum::middleware::from_fn_with_state;
use axum::routing::post;
use axum::Router;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

pub struct Application {
    listener: TcpListener,
    router: Router,
    pub state: AppState,
    mail_keep: Duration,
}

impl Application {
    /// Connects to and migrates the database, fills the occurrence window, binds the address.
    pub async fn build(settings: Settings) -> anyhow::Result<Application> {
        let db = Db::connect(&settings.database_url).await?;
        db.migrate().await?;
        let hashes_at_once = std::thread::available_parallelism().map_or(2, |n| n.get());
        let state = AppState {
            db,
            leptos_options: settings.leptos.clone(),
            hasher: Hasher::new(hashes_at_once),
            mailer: Mailer::new(
                settings.smtp_url.as_deref(),
                &settings.mail_dir,
                &settings.mail_from,
                settings.mail_retry,
                settings.clock.clone(),
            )?,
            site: Arc::new(Site::new(&settings.public_url, settings.trust_proxy)),
            clock: settings.clock.clone(),
        };
        let listener = TcpListener::bind(settings.leptos.site_addr).await?;
        let router = router(state.clone());
        Ok(Application {
            listener,
            router,
            state,
            mail_keep: settings.mail_keep,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// Serves until `shutdown` completes; requests in flight are finished first.
    pub async fn run_until(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let scheduler = tokio::spawn(keep_window_filled(self.state.clone(), self.mail_keep));
        if !self.state.mailer.uses_smtp() {
            tracing::info!(folder = %self.state.mailer.folder().display(), "no SMTP_URL: mails are written as .eml files to this folder");
        }
        let (stop_mail, mail_stop) = tokio::sync::watch::channel(false);
        let mail = tokio::spawn(self.state.mailer.clone().run(self.state.db.clone(), mail_stop));
        axum::serve(
            self.listener,
            self.router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await?;
        scheduler.abort();
        // The mail worker finishes the message it is sending and hands back the rest; a send
        // that hangs is cut off after the SMTP timeout.
        let _ = stop_mail.send(true);
        let abort = mail.abort_handle();
        if tokio::time::timeout(Duration::from_secs(35), mail).await.is_err() {
            tracing::warn!("the mail worker did not stop in time");
            abort.abort();
        }
        Ok(())
    }
}

/// Every hour (and at start): expands series into occurrences, queues the reminders for the coming
/// day, removes ended sessions and guests' old details.
async fn keep_window_filled(state: AppState, mail_keep: Duration) {
    let db = state.db.clone();
    let mut every_hour = tokio::time::interval(Duration::from_secs(3600));
    loop {
        every_hour.tick().await;
        match app::ssr::schedule::fill_window(&db, state.clock.now()).await {
            Ok(added) => tracing::info!(added, "occurrence window filled"),
            Err(error) => tracing::error!(error = format!("{error:#}"), "filling the occurrence window failed"),
        }
        let now = state.clock.timestamp();
        match app::ssr::mails::dates::queue_reminders(&state, now).await {
            Ok(queued) => tracing::info!(queued, "reminders queued"),
            Err(error) => tracing::error!(%error, "queuing reminders failed"),
        }
        let pruned = async {
            Ok::<u64, sqlx::Error>(
                app::ssr::db::sessions::prune(&db, now).await?
                    + app::ssr::auth::throttle::prune(&db, now).await?
                    + app::ssr::db::challenges::prune(&db, now).await?
                    + app::ssr::db::two_factor::prune(&db, now).await?
                    + app::ssr::db::outbox::prune(&db, now).await?
                    + app::ssr::db::date_notices::prune(&db, now).await?
                    + app::ssr::db::login_help::prune(&db, now).await?
                    + app::ssr::db::tallies::prune(&db, now).await?,
            )
        };
        match pruned.await {
            Ok(removed) => tracing::info!(removed, "ended sessions and old counters removed"),
            Err(error) => tracing::error!(%error, "removing ended sessions failed"),
        }
        // A mail file's age is measured by the clock that stamped it: the file system's.
        match state.mailer.prune_folder(mail_keep, std::time::SystemTime::now()).await {
            Ok(removed) => tracing::info!(removed, "old mail files removed"),
            Err(error) => tracing::error!(error = format!("{error:#}"), "removing old mail files failed"),
        }
        match app::ssr::db::signups::remove_old_guest_details(&db, now).await {
            Ok(cleared) => tracing::info!(cleared, "guests' details removed after the retention period"),
            Err(error) => tracing::error!(%error, "removing guests' details failed"),
        }
        // The dates volunteers ran that are over count as their hours (also when nobody opens an
        // hours page).
        match app::ssr::volunteer_hours::record_facilitated(&state, None).await {
            Ok(recorded) => tracing::info!(recorded, "facilitated dates recorded as volunteer hours"),
            Err(error) => tracing::error!(%error, "recording facilitated dates failed"),
        }
    }
}

pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    let pages = Arc::new(page_cache::PageCache::new(
        state.db.clone(),
        state.site.https,
        page_cache::DEFAULT_BYTES,
    ));
    // Every page can hold forms that post back to it (see `forms`).
    let mut router = Router::new()
        .merge(routes::plain())
        .merge(page_cache::routes(pages.clone()))
        .merge(crate::calendar::routes());
    for listing in &routes {
        router = router.route(listing.path(), post(forms::submit));
    }
    router
        .leptos_routes(&state, routes, {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .with_state(state.clone())
        .layer(axum::middleware::from_fn(forms::server_fn_call))
        .layer(from_fn_with_state(state.clone(), middleware::refuse_cross_site))
        .layer(from_fn_with_state(pages, page_cache::serve))
        .layer(from_fn_with_state(state, middleware::request_context))
        // Kring takes no uploads. Forms and server function calls have their own, smaller limit
        // with a message (see `forms`); this one stops anything else from reading a big body.
        .layer(RequestBodyLimitLayer::new(4 * forms::MAX_FORM_BYTES))
        .layer(CompressionLayer::new().gzip(true).br(true))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &http::Request<_>| {
                    tracing::info_span!("request", method = %request.method(), path = %middleware::log_path(request.uri().path()))
                })
                .on_request(())
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
