//! Settings from environment variables, with safe defaults for a local run.

use app::ssr::db::DEFAULT_URL;
use leptos::prelude::LeptosOptions;
use std::net::SocketAddr;

#[derive(Clone)]
pub struct Settings {
    /// `DATABASE_URL`: `sqlite://…` (default `sqlite://data/kring.db`) or `postgres://…`.
    pub database_url: String,
    /// Leptos' options; `LEPTOS_SITE_ADDR` is the listen address (default 127.0.0.1:3000) and
    /// `LEPTOS_SITE_ROOT` the folder with the built static files (default `target/site`).
    pub leptos: LeptosOptions,
}

impl std::fmt::Debug for Settings {
    // The database URL may hold a password: never print it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("site_addr", &self.leptos.site_addr)
            .finish_non_exhaustive()
    }
}

impl Settings {
    pub fn from_env() -> anyhow::Result<Settings> {
        let database_url = std::env::var("DATABASE_URL")
            .ok()
            .filter(|v| !v.trim().is_empty())
            .unwrap_or_else(|| DEFAULT_URL.to_owned());
        let mut leptos = leptos::prelude::get_configuration(None)?.leptos_options;
        if leptos.output_name.is_empty() {
            leptos.output_name = "kring".into();
        }
        // cargo-leptos writes hash.txt beside the binary when it hashes file names; use them
        // whenever it did, unless LEPTOS_HASH_FILES says otherwise.
        if std::env::var_os("LEPTOS_HASH_FILES").is_none() {
            leptos.hash_files = std::env::current_exe()
                .ok()
                .and_then(|exe| exe.parent().map(|dir| dir.join(leptos.hash_file.as_ref())))
                .is_some_and(|path| path.exists());
        }
        Ok(Settings { database_url, leptos })
    }

    /// Settings for tests: the given database, a free port, no hashed files.
    pub fn for_tests(database_url: &str) -> Settings {
        let leptos = LeptosOptions::builder()
            .output_name("kring")
            .site_root("target/site")
            .site_addr(SocketAddr::from(([127, 0, 0, 1], 0)))
            .build();
        Settings {
            database_url: database_url.to_owned(),
            leptos,
        }
    }
}
