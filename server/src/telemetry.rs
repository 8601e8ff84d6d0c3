//! Structured logs with tracing: one line per request, `RUST_LOG` to filter, `LOG_FORMAT=json`
//! for machines.

use tracing_subscriber::{fmt, EnvFilter};

pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let json = std::env::var("LOG_FORMAT").is_ok_and(|v| v.eq_ignore_ascii_case("json"));
    let builder = fmt().with_env_filter(filter).with_target(false);
    // try_init: tests may start several apps in one process.
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}
