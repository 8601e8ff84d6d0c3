//! The one way Kring sends e-mail. By default each message is written as an `.eml` file to a
//! folder (`KRING_MAIL_DIR`, default `data/mail/`), so a fresh install works and nothing is lost;
//! the mail issue adds SMTP and the outbox behind this same interface.

use anyhow::Context;
use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::{AsyncFileTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;

/// One message: plain text, in the language of the person it is for.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: AsyncFileTransport<Tokio1Executor>,
    folder: PathBuf,
}

impl Mailer {
    /// Writes messages into `folder` (created when missing), sent from `from`.
    pub fn to_folder(folder: impl Into<PathBuf>, from: &str) -> anyhow::Result<Mailer> {
        let folder = folder.into();
        std::fs::create_dir_all(&folder).with_context(|| format!("creating the mail folder {}", folder.display()))?;
        let from = from
            .parse()
            .with_context(|| format!("KRING_MAIL_FROM is not an address: {from}"))?;
        Ok(Mailer {
            from,
            transport: AsyncFileTransport::new(&folder),
            folder,
        })
    }

    pub fn folder(&self) -> &std::path::Path {
        &self.folder
    }

    pub async fn send(&self, mail: Mail) -> anyhow::Result<()> {
        let message = Message::builder()
            .from(self.from.clone())
            .to(mail.to.parse().context("a recipient address that does not parse")?)
            .subject(mail.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body)
            .context("building a message")?;
        self.transport.send(message).await.context("writing a message")?;
        Ok(())
    }

    /// Sends without making the request wait, so that answering takes as long whether or not a
    /// message goes out (which would otherwise tell who has an account).
    pub fn send_in_background(&self, mail: Mail) {
        let mailer = self.clone();
        tokio::spawn(async move {
            if let Err(error) = mailer.send(mail).await {
                tracing::error!(error = format!("{error:#}"), "sending a mail failed");
            }
        });
    }
}
