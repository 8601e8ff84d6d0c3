//! The subcommands of `kring`.

use crate::config::Settings;
use crate::startup::{shutdown_signal, Application};
use anyhow::Context;
use app::ssr::db::{Backend, Db};
use app::ssr::demo::{self, DemoError};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Kring: the agenda and community hub of zelfregiecentra.
#[derive(Debug, Parser)]
#[command(name = "kring", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve Kring (the default): migrates the database first.
    Serve,
    /// Apply the database migrations and stop.
    Migrate,
    /// Load the demo programme into an empty database.
    Demo,
    /// Write an online, consistent copy of the SQLite database to FILE.
    Backup { file: PathBuf },
}

pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let settings = Settings::from_env()?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            let app = Application::build(settings).await?;
            tracing::info!(address = %app.local_addr(), "Kring is listening");
            println!("Kring draait op http://{}", app.local_addr());
            app.run_until(shutdown_signal()).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Migrate => {
            let db = Db::connect(&settings.database_url).await?;
            db.migrate().await?;
            println!("The database is up to date.");
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo => {
            let db = Db::connect(&settings.database_url).await?;
            db.migrate().await?;
            match demo::load(&db, chrono::Utc::now()).await {
                Ok(summary) => {
                    println!(
                        "Demo data loaded: {} centres, {} activities.",
                        summary.centres, summary.activities
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(DemoError::NotEmpty) => {
                    eprintln!("kring demo: {}", DemoError::NotEmpty);
                    Ok(ExitCode::from(3))
                }
                Err(error) => Err(error.into()),
            }
        }
        Command::Backup { file } => backup(&settings, &file).await,
    }
}

async fn backup(settings: &Settings, file: &std::path::Path) -> anyhow::Result<ExitCode> {
    if Backend::of_url(&settings.database_url)? == Backend::Postgres {
        eprintln!("kring backup: this Kring uses PostgreSQL. Back it up with pg_dump, for example: pg_dump --format=custom \"$DATABASE_URL\" > kring.dump");
        return Ok(ExitCode::from(2));
    }
    if file.exists() {
        anyhow::bail!("{} already exists; choose a new file name", file.display());
    }
    let target = file.to_str().context("the backup file name must be valid UTF-8")?;
    let db = Db::connect(&settings.database_url).await?;
    // VACUUM INTO writes a consistent snapshot while the server keeps running.
    sqlx::query("VACUUM INTO $1")
        .bind(target)
        .execute(&db.pool)
        .await
        .context("writing the backup")?;
    println!("Backup written to {}.", file.display());
    Ok(ExitCode::SUCCESS)
}
