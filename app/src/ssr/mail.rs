//! The one way Kring sends e-mail: a transactional outbox. A message is a row in `outbox`, written
//! in the same transaction as the change that causes it ([`queue`]); a worker ([`Mailer::run`])
//! delivers due rows over SMTP (`SMTP_URL`) or, when no SMTP is configured, writes them as `.eml`
//! files to a folder (`KRING_MAIL_DIR`, default `data/mail/`), so a fresh install loses nothing.
//! Failed deliveries are retried with growing delays; after the last attempt a message is marked
//! failed, where an admin can send it again. Messages are plain text plus a simple HTML version,
//! without remote images or tracking.

use crate::i18n::Lang;
use crate::ssr::db::outbox::{self, Claimed, MailStatus, NewMail};
use crate::ssr::db::Db;
use anyhow::Context;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::{AsyncFileTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// What a message is about (stored with it, shown to admins).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    SignupConfirmed,
    Reminder,
    Promoted,
    DateChanged,
    DateCancelled,
    LoginLink,
    PasswordReset,
    ConfirmAddress,
    Invitation,
    /// A contact request, or its acceptance.
    Contact,
    /// About a peer group: a request to join and its answer, a proposal's outcome, an
    /// announcement.
    Group,
}

impl MailKind {
    pub fn slug(self) -> &'static str {
        match self {
            MailKind::SignupConfirmed => "aanmelding",
            MailKind::Reminder => "herinnering",
            MailKind::Promoted => "wachtlijst",
            MailKind::DateChanged => "gewijzigd",
            MailKind::DateCancelled => "afgezegd",
            MailKind::LoginLink => "inloggen",
            MailKind::PasswordReset => "wachtwoord",
            MailKind::ConfirmAddress => "adres",
            MailKind::Invitation => "uitnodiging",
            MailKind::Contact => "contact",
            MailKind::Group => "groep",
        }
    }
}

/// One message, in the language of the person it is for.
#[derive(Debug, Clone)]
pub struct Mail {
    pub kind: MailKind,
    pub to: String,
    pub lang: Lang,
    pub subject: String,
    pub body: String,
    /// An .ics file to attach.
    pub calendar: Option<String>,
    /// A message with a key is queued once, however often it is asked for.
    pub dedupe_key: Option<String>,
    /// The centre the message is about, if any (shown to an admin when it does not arrive).
    pub centre_id: Option<i64>,
}

/// How often and how long delivery is tried.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// The first wait after a failed attempt; it doubles each time.
    pub first_delay: Duration,
    pub max_delay: Duration,
    /// After this many attempts a message is marked failed.
    pub max_attempts: i64,
    /// How often the worker looks for due messages when nobody wakes it.
    pub poll: Duration,
}

impl Default for RetryPolicy {
    fn default() -> RetryPolicy {
        RetryPolicy {
            first_delay: Duration::from_secs(30),
            max_delay: Duration::from_secs(3600),
            max_attempts: 10,
            poll: Duration::from_secs(5),
        }
    }
}

impl RetryPolicy {
    /// The wait after `attempts` failed attempts: 30 s, 1 min, 2 min, … up to the maximum.
    pub fn delay_after(&self, attempts: i64) -> Duration {
        let exponent = u32::try_from(attempts.saturating_sub(1)).unwrap_or(0).min(20);
        self.first_delay.saturating_mul(1 << exponent).min(self.max_delay)
    }
}

#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Folder(AsyncFileTransport<Tokio1Executor>),
}

/// Delivers the outbox.
#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
    /// Where mails go, for the log ("smtp://host:port" without secrets, or the folder).
    target: String,
    folder: PathBuf,
    policy: RetryPolicy,
    wake: Arc<Notify>,
    clock: crate::ssr::clock::Clock,
}

/// A message queued inside `tx`; wake the worker after the commit with [`Mailer::wake`].
pub async fn queue(tx: &mut sqlx::Transaction<'_, sqlx::Any>, mail: &Mail, now: i64) -> Result<bool, sqlx::Error> {
    let message_id = new_message_id();
    outbox::enqueue(
        tx,
        &NewMail {
            kind: mail.kind.slug(),
            recipient: &mail.to,
            lang: mail.lang.code(),
            subject: &mail.subject,
            body: &mail.body,
            calendar: mail.calendar.as_deref().unwrap_or(""),
            message_id: &message_id,
            dedupe_key: mail.dedupe_key.as_deref(),
            centre_id: mail.centre_id,
        },
        now,
    )
    .await
}

/// The unique part of a Message-ID (the sender's domain is added when it goes out), so a
/// message tried twice carries the same ID.
fn new_message_id() -> String {
    crate::ssr::auth::session::new_token().0
}

impl Mailer {
    /// The address mail comes from: the organiser of the appointments it carries.
    pub fn from_address(&self) -> String {
        self.from.email.to_string()
    }

    /// Delivers over SMTP when `smtp_url` is given (`smtp://user:password@host:587?tls=required`
    /// for STARTTLS, `smtps://…:465` for TLS, `smtp://host:25` without), else into `folder`.
    pub fn new(
        smtp_url: Option<&str>,
        folder: impl Into<PathBuf>,
        from: &str,
        policy: RetryPolicy,
        clock: crate::ssr::clock::Clock,
    ) -> anyhow::Result<Mailer> {
        let folder = folder.into();
        let from = from
            .parse()
            .with_context(|| format!("KRING_MAIL_FROM is not an address: {from}"))?;
        let (transport, target) = match smtp_url {
            Some(url) => {
                let parsed = url::Url::parse(url).context("SMTP_URL is not a URL")?;
                let target = format!(
                    "{}://{}:{}",
                    parsed.scheme(),
                    parsed.host_str().unwrap_or("?"),
                    parsed.port().map(|p| p.to_string()).unwrap_or_else(|| "default".into())
                );
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .with_context(|| format!("SMTP_URL cannot be used ({target})"))?
                    .timeout(Some(Duration::from_secs(30)))
                    .build();
                (Transport::Smtp(transport), target)
            }
            None => {
                std::fs::create_dir_all(&folder)
                    .with_context(|| format!("creating the mail folder {}", folder.display()))?;
                (
                    Transport::Folder(AsyncFileTransport::new(&folder)),
                    format!("the folder {}", folder.display()),
                )
            }
        };
        Ok(Mailer {
            from,
            transport,
            target,
            folder,
            policy,
            wake: Arc::new(Notify::new()),
            clock,
        })
    }

    pub fn folder(&self) -> &std::path::Path {
        &self.folder
    }

    /// Removes `.eml` files written more than `keep` ago from the mail folder (they hold login
    /// codes and guests' sign-up links); returns how many went. Without a folder transport it
    /// does nothing.
    pub async fn prune_folder(&self, keep: Duration, now: std::time::SystemTime) -> anyhow::Result<u64> {
        if !matches!(self.transport, Transport::Folder(_)) {
            return Ok(0);
        }
        let mut removed = 0;
        let mut entries = tokio::fs::read_dir(&self.folder)
            .await
            .with_context(|| format!("reading the mail folder {}", self.folder.display()))?;
        while let Some(entry) = entries.next_entry().await? {
            let path = entry.path();
            if path.extension().is_none_or(|ext| ext != "eml") {
                continue;
            }
            // A file that went meanwhile (another pruner, a reader) is fine.
            let modified = match entry.metadata().await.and_then(|meta| meta.modified()) {
                Ok(modified) => modified,
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
                Err(error) => return Err(error.into()),
            };
            if now.duration_since(modified).is_ok_and(|age| age > keep) {
                match tokio::fs::remove_file(&path).await {
                    Ok(()) => removed += 1,
                    Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
                    Err(error) => return Err(error.into()),
                }
            }
        }
        Ok(removed)
    }

    /// Where mails go, for the log (never with a password).
    pub fn target(&self) -> &str {
        &self.target
    }

    /// Where mail goes, for the admin's page.
    pub fn delivery(&self) -> crate::domain::mail::MailTarget {
        use crate::domain::mail::MailTarget;
        match self.transport {
            Transport::Smtp(_) => MailTarget::Smtp(self.target.clone()),
            Transport::Folder(_) => MailTarget::Folder(self.folder.display().to_string()),
        }
    }

    pub fn uses_smtp(&self) -> bool {
        matches!(self.transport, Transport::Smtp(_))
    }

    /// Tells the worker there is something to deliver.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Queues a message on its own (not tied to another change) in the background, so that
    /// answering takes as long whether or not a message goes out (which would otherwise tell who
    /// has an account).
    pub fn queue_in_background(&self, db: &Db, mail: Mail) {
        let (mailer, db) = (self.clone(), db.clone());
        tokio::spawn(async move {
            let queued = async {
                let mut tx = db.begin_write().await?;
                queue(&mut tx, &mail, mailer.clock.timestamp()).await?;
                tx.commit().await
            };
            match queued.await {
                Ok(()) => mailer.wake(),
                Err(error) => tracing::error!(%error, "queuing a mail failed"),
            }
        });
    }

    /// Delivers what is due now; returns how many messages were tried.
    pub async fn deliver_due(&self, db: &Db) -> anyhow::Result<usize> {
        self.deliver_until(db, &Stop::never()).await
    }

    /// Delivers what is due now, one message after the other; when `stop` is set, the messages
    /// not tried yet are handed back at once (for another worker, or this one after a restart).
    async fn deliver_until(&self, db: &Db, stop: &Stop) -> anyhow::Result<usize> {
        let now = self.clock.timestamp();
        let due = outbox::claim_due(db, now).await?;
        for (n, mail) in due.iter().enumerate() {
            if stop.is_set() {
                for rest in &due[n..] {
                    outbox::release(db, rest.id).await?;
                }
                return Ok(n);
            }
            self.deliver_one(db, mail).await?;
        }
        Ok(due.len())
    }

    async fn deliver_one(&self, db: &Db, mail: &Claimed) -> anyhow::Result<()> {
        let result = match self.message(mail) {
            Ok(message) => self.send(message).await,
            Err(error) => Err(Failure::Permanent(format!("{error:#}"))),
        };
        let now = self.clock.timestamp();
        match result {
            Ok(()) => outbox::mark_sent(db, mail.id, now).await?,
            Err(Failure::Permanent(error)) => {
                tracing::warn!(id = mail.id, kind = %mail.kind, error = %error, "a mail was refused for good");
                outbox::mark_given_up(db, mail.id, MailStatus::Bounced, &error).await?;
            }
            Err(Failure::Transient(error)) if mail.attempts >= self.policy.max_attempts => {
                tracing::error!(id = mail.id, kind = %mail.kind, error = %error, "a mail failed; an admin can send it again");
                outbox::mark_given_up(db, mail.id, MailStatus::Failed, &error).await?;
            }
            Err(Failure::Transient(error)) => {
                let wait = self.policy.delay_after(mail.attempts);
                tracing::warn!(id = mail.id, attempts = mail.attempts, wait_s = wait.as_secs(), error = %error, "a mail will be tried again");
                let next = now + i64::try_from(wait.as_secs()).unwrap_or(3600).max(1);
                outbox::mark_retry(db, mail.id, next, &error).await?;
            }
        }
        Ok(())
    }

    async fn send(&self, message: Message) -> Result<(), Failure> {
        match &self.transport {
            Transport::Smtp(smtp) => smtp.send(message).await.map(|_| ()).map_err(|error| {
                if error.is_permanent() {
                    Failure::Permanent(error.to_string())
                } else {
                    Failure::Transient(error.to_string())
                }
            }),
            Transport::Folder(folder) => folder
                .send(message)
                .await
                .map(|_| ())
                .map_err(|error| Failure::Transient(error.to_string())),
        }
    }

    /// The message as it goes out: plain text and HTML, and the calendar file when there is one.
    fn message(&self, mail: &Claimed) -> anyhow::Result<Message> {
        let lang = Lang::from_code(&mail.lang).unwrap_or_default();
        let text = MultiPart::alternative()
            .singlepart(SinglePart::plain(mail.body.clone()))
            .singlepart(SinglePart::html(html_of(&mail.body, &mail.subject, lang)));
        let body = if mail.calendar.is_empty() {
            text
        } else {
            let kind = ContentType::parse(&format!(
                "text/calendar; charset=utf-8; method={}",
                method_of(&mail.calendar)
            ))
            .context("calendar type")?;
            MultiPart::mixed()
                .multipart(text)
                .singlepart(Attachment::new("kring.ics".to_owned()).body(mail.calendar.clone(), kind))
        };
        Message::builder()
            .from(self.from.clone())
            .to(mail
                .recipient
                .parse()
                .context("a recipient address that does not parse")?)
            .subject(mail.subject.clone())
            .message_id(Some(format!("<{}@{}>", mail.message_id, self.from.email.domain())))
            .multipart(body)
            .context("building a message")
    }

    /// Delivers due messages until the server stops: at once when woken, else every few seconds
    /// (messages waiting for a retry, and those other servers queued).
    /// Returns when `stop` is set, after the message being sent (if any) is done, handing back
    /// the ones it claimed but did not try.
    pub async fn run(self, db: Db, mut stop: tokio::sync::watch::Receiver<bool>) {
        tracing::info!(target = %self.target, "mail: delivering the outbox");
        let flag = Stop(stop.clone());
        loop {
            if flag.is_set() {
                return;
            }
            match self.deliver_until(&db, &flag).await {
                Ok(n) if n > 0 => continue,
                Ok(_) => {}
                Err(error) => tracing::error!(error = format!("{error:#}"), "delivering mail failed"),
            }
            tokio::select! {
                _ = tokio::time::sleep(self.policy.poll) => {}
                _ = self.wake.notified() => {}
                _ = stop.changed() => {}
            }
        }
    }
}

/// Whether the worker should stop.
struct Stop(tokio::sync::watch::Receiver<bool>);

impl Stop {
    fn never() -> Stop {
        let (_, receiver) = tokio::sync::watch::channel(false);
        Stop(receiver)
    }

    fn is_set(&self) -> bool {
        *self.0.borrow()
    }
}

enum Failure {
    /// The server refused for good (5xx), or the message cannot be built.
    Permanent(String),
    /// Try again later (no connection, 4xx, …).
    Transient(String),
}

/// A plain HTML version of a text: paragraphs, line breaks and links; no images, no tracking.
pub fn html_of(text: &str, title: &str, lang: Lang) -> String {
    let paragraphs: String = text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|paragraph| {
            let lines: Vec<String> = paragraph.lines().map(linked).collect();
            format!("<p>{}</p>\n", lines.join("<br>\n"))
        })
        .collect();
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head><meta charset=\"utf-8\"><title>{}</title></head>\n\
         <body style=\"font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a\">\n{paragraphs}</body>\n</html>\n",
        lang.code(),
        escape(title)
    )
}

/// One line as HTML, with its web addresses as links.
fn linked(line: &str) -> String {
    let mut out = String::new();
    for span in linkify::LinkFinder::new().kinds(&[linkify::LinkKind::Url]).spans(line) {
        match span.kind() {
            Some(_) => {
                let url = escape(span.as_str());
                out.push_str(&format!("<a href=\"{url}\">{url}</a>"));
            }
            None => out.push_str(&escape(span.as_str())),
        }
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The METHOD of an iCalendar text (`PUBLISH` when it has none), for the mail's content type.
fn method_of(calendar: &str) -> &str {
    calendar
        .lines()
        .find_map(|line| line.strip_prefix("METHOD:"))
        .map(str::trim)
        .filter(|method| !method.is_empty() && method.chars().all(|c| c.is_ascii_alphabetic()))
        .unwrap_or("PUBLISH")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_escaped_text_with_links() {
        let html = html_of(
            "Hoi <b>Sam</b>,\n\nKlik: https://kring.example/a?b=1&c=2\nTot dan.",
            "Onderwerp",
            Lang::Nl,
        );
        assert!(html.contains("<p>Hoi &lt;b&gt;Sam&lt;/b&gt;,</p>"));
        assert!(html.contains("<a href=\"https://kring.example/a?b=1&amp;c=2\">"));
        assert!(html.contains("<br>\nTot dan."));
        assert!(!html.contains("<img"));
    }

    #[test]
    fn retries_wait_longer_each_time_up_to_the_maximum() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.delay_after(1), Duration::from_secs(30));
        assert_eq!(policy.delay_after(2), Duration::from_secs(60));
        assert_eq!(policy.delay_after(4), Duration::from_secs(240));
        assert_eq!(policy.delay_after(50), Duration::from_secs(3600));
    }
}
