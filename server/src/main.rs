//! The `kring` binary: `kring serve` (the default), `migrate`, `demo`, `backup FILE`.

use clap::Parser;
use server::commands::{self, Cli};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    server::telemetry::init();
    match commands::run(cli).await {
        Ok(code) => code,
        Err(error) => {
            tracing::error!(error = format!("{error:#}"), "kring stopped with an error");
            eprintln!("kring: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
