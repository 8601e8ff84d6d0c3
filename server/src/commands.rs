//! The subcommands of `kring`.

use crate::config::Settings;
use crate::startup::{shutdown_signal, Application};
use anyhow::Context;
use app::ssr::auth::CreateAdminError;
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
    Demo {
        /// Also ten more centres in the region: about 200 dates in the coming week (for
        /// measuring speed, see bench.sh).
        #[arg(long)]
        regio: bool,
    },
    /// Write an online, consistent copy of the SQLite database to FILE.
    Backup { file: PathBuf },
    /// Make a platform admin. The password is read from standard input; without one (or from a
    /// terminal) a one-time password is printed, to be changed at the first login.
    CreateAdmin { nickname: String },
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
        Command::Demo { regio } => {
            let db = Db::connect(&settings.database_url).await?;
            db.migrate().await?;
            let now = settings.clock.now();
            let loaded = if regio {
                demo::load_region(&db, now).await
            } else {
                demo::load(&db, now).await
            };
            match loaded {
                Ok(summary) => {
                    println!(
                        "Demo data loaded: {} centres, {} activities.",
                        summary.centres, summary.activities
                    );
                    if regio {
                        println!("Dates in the coming seven days: {}.", summary.dates_this_week);
                    }
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
        Command::CreateAdmin { nickname } => create_admin(&settings, &nickname).await,
    }
}

/// A password piped in on standard input, if any (never read from a terminal, where it would
/// be echoed).
fn password_from_stdin() -> anyhow::Result<Option<String>> {
    use std::io::{BufRead, IsTerminal};
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Ok(None);
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    let password = line.trim_end_matches(['\r', '\n']).to_owned();
    Ok((!password.is_empty()).then_some(password))
}

async fn create_admin(settings: &Settings, nickname: &str) -> anyhow::Result<ExitCode> {
    let password = password_from_stdin()?;
    let db = Db::connect(&settings.database_url).await?;
    db.migrate().await?;
    let hasher = app::ssr::auth::password::Hasher::new(1);
    match app::ssr::auth::create_admin(&db, &hasher, nickname, password, settings.clock.timestamp()).await {
        Ok(Some(one_time)) => {
            println!("Admin {nickname} created. One-time password (choose a new one at the first login):");
            println!("{one_time}");
            Ok(ExitCode::SUCCESS)
        }
        Ok(None) => {
            println!("Admin {nickname} created.");
            Ok(ExitCode::SUCCESS)
        }
        Err(CreateAdminError::Invalid(reason)) => {
            eprintln!("kring create-admin: {reason}");
            Ok(ExitCode::from(2))
        }
        Err(CreateAdminError::NicknameTaken) => {
            eprintln!("kring create-admin: the nickname {nickname} is taken");
            Ok(ExitCode::from(2))
        }
        Err(CreateAdminError::Other(error)) => Err(error),
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
