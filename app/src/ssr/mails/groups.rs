//! The mails about peer groups, boards, contact requests and invitations: who
//! gets which text. Each is queued in the caller's transaction, so a mail goes only when what it
//! tells of was saved. The texts themselves are in `i18n/texts.rs` (`mail_…`), in both languages;
//! mails to members go in Dutch, as Kring does not know a member's language yet.

use crate::error::AppError;
use crate::i18n::{fill, Lang};
use crate::ssr::db::groups::GroupRow;
use crate::ssr::mail::{queue, Mail, MailKind};
use crate::ssr::state::AppState;
use sqlx::{Any, Transaction};

type Tx = Transaction<'static, Any>;

/// Queues one mail about a group to each address.
pub async fn queue_group_mail(
    tx: &mut Tx,
    to: Vec<String>,
    subject: &str,
    body: &str,
    centre_id: i64,
    now: i64,
) -> Result<(), AppError> {
    for address in to {
        let mail = Mail {
            kind: MailKind::Group,
            to: address,
            lang: Lang::default(),
            subject: subject.to_owned(),
            body: body.to_owned(),
            calendar: None,
            dedupe_key: None,
            centre_id: Some(centre_id),
        };
        queue(tx, &mail, now).await?;
    }
    Ok(())
}

/// To a member who has an address (none when they have not).
async fn to_member(
    tx: &mut Tx,
    account_id: i64,
    subject: &str,
    body: &str,
    values: &[(&str, &str)],
    centre_id: i64,
    now: i64,
) -> Result<(), AppError> {
    if let Some(address) = crate::ssr::db::accounts::account_email(tx, account_id).await? {
        let (subject, body) = (fill(subject, values), fill(body, values));
        queue_group_mail(tx, vec![address], &subject, &body, centre_id, now).await?;
    }
    Ok(())
}

/// Someone asks to join: the group's facilitators hear of it, or its centre's coordinators
/// while it has none (the name, not the message: that is on the group's page).
pub async fn join_request(
    state: &AppState,
    tx: &mut Tx,
    group: &GroupRow,
    asker: i64,
    now: i64,
) -> Result<(), AppError> {
    let t = Lang::default().texts();
    let name = crate::ssr::db::helping::name_of(tx, asker).await?.unwrap_or_default();
    let link = format!("{}/groepen/{}#begeleiden", state.site.public_url, group.id);
    let values = [
        ("name", name.as_str()),
        ("group", group.public_name.as_str()),
        ("link", link.as_str()),
    ];
    let to = if crate::ssr::db::groups::has_facilitators(&state.db, group.id).await? {
        crate::ssr::db::board::facilitator_addresses(tx, group.id).await?
    } else {
        crate::ssr::db::board::coordinator_addresses(tx, group.id).await?
    };
    let (subject, body) = (
        fill(t.mail_join_request_subject, &values),
        fill(t.mail_join_request_body, &values),
    );
    queue_group_mail(tx, to, &subject, &body, group.centre_id, now).await
}

/// The answer to a request to join, with the facilitator's message.
pub async fn join_answer(
    state: &AppState,
    tx: &mut Tx,
    group: &GroupRow,
    member: i64,
    accepted: bool,
    message: &str,
    now: i64,
) -> Result<(), AppError> {
    let t = Lang::default().texts();
    let link = format!("{}/groepen/{}", state.site.public_url, group.id);
    let values = [
        ("group", group.public_name.as_str()),
        ("link", link.as_str()),
        ("message", message),
    ];
    let (subject, body) = if accepted {
        (t.mail_join_accepted_subject, t.mail_join_accepted_body)
    } else {
        (t.mail_join_declined_subject, t.mail_join_declined_body)
    };
    to_member(tx, member, subject, body, &values, group.centre_id, now).await
}

/// A coordinator approved a member's proposal (by saving it with facilitators).
pub async fn proposal_approved(
    state: &AppState,
    tx: &mut Tx,
    group_id: i64,
    public_name: &str,
    proposer: i64,
    centre_id: i64,
    now: i64,
) -> Result<(), AppError> {
    let t = Lang::default().texts();
    let link = format!("{}/groepen/{group_id}", state.site.public_url);
    let values = [("group", public_name), ("link", link.as_str())];
    to_member(
        tx,
        proposer,
        t.mail_proposal_approved_subject,
        t.mail_proposal_approved_body,
        &values,
        centre_id,
        now,
    )
    .await
}

/// A coordinator said no to a proposal: a kind mail to whoever proposed it.
pub async fn proposal_declined(tx: &mut Tx, group: &GroupRow, proposer: i64, now: i64) -> Result<(), AppError> {
    let t = Lang::default().texts();
    let values = [
        ("group", group.public_name.as_str()),
        ("centre", group.centre_name.as_str()),
    ];
    to_member(
        tx,
        proposer,
        t.mail_proposal_declined_subject,
        t.mail_proposal_declined_body,
        &values,
        group.centre_id,
        now,
    )
    .await
}

/// A facilitator's announcement, to the members who want the board by mail.
pub async fn announcement(
    state: &AppState,
    tx: &mut Tx,
    group: &GroupRow,
    author: i64,
    post_id: i64,
    text: &str,
    now: i64,
) -> Result<(), AppError> {
    let t = Lang::default().texts();
    let name = crate::ssr::db::helping::name_of(tx, author).await?.unwrap_or_default();
    let link = format!("{}/groepen/{}#bericht-{post_id}", state.site.public_url, group.id);
    let subject = fill(t.mail_announcement_subject, &[("group", &group.public_name)]);
    // The post's own text last, so nothing in it is taken for a placeholder.
    let body = fill(
        t.mail_announcement_body,
        &[("name", &name), ("group", &group.public_name), ("link", &link)],
    )
    .replace("{text}", text);
    let to = crate::ssr::db::board::announcement_addresses(tx, group.id, author).await?;
    queue_group_mail(tx, to, &subject, &body, group.centre_id, now).await
}

/// To a member about a contact request, when they have an address. It names no contact details
/// and no message: those are in Kring.
async fn contact_mail(tx: &mut Tx, to: i64, subject: &str, body: String, now: i64) -> Result<(), AppError> {
    let Some(address) = crate::ssr::db::accounts::account_email(tx, to).await? else {
        return Ok(());
    };
    let mail = Mail {
        kind: MailKind::Contact,
        to: address,
        lang: Lang::default(),
        subject: subject.to_owned(),
        body,
        calendar: None,
        dedupe_key: None,
        centre_id: None,
    };
    queue(tx, &mail, now).await?;
    Ok(())
}

/// Someone asks `to` for contact about a talent.
pub async fn contact_request(
    state: &AppState,
    tx: &mut Tx,
    to: i64,
    sender: &str,
    talent: &str,
    now: i64,
) -> Result<(), AppError> {
    let t = Lang::default().texts();
    let link = format!("{}/mijn/verzoeken", state.site.public_url);
    let body = fill(
        t.mail_contact_body,
        &[("name", sender), ("talent", talent), ("link", &link)],
    );
    contact_mail(tx, to, t.mail_contact_subject, body, now).await
}

/// The receiver said yes: the one who asked hears it.
pub async fn contact_accepted(
    state: &AppState,
    tx: &mut Tx,
    to: i64,
    receiver: &str,
    now: i64,
) -> Result<(), AppError> {
    let t = Lang::default().texts();
    let link = format!("{}/mijn/verzoeken", state.site.public_url);
    let body = fill(t.mail_contact_accepted_body, &[("name", receiver), ("link", &link)]);
    contact_mail(tx, to, t.mail_contact_accepted_subject, body, now).await
}

/// An invitation `link` to take `role` at a centre (its id and name), in the inviter's language.
pub async fn invitation(
    tx: &mut Tx,
    to: &crate::domain::account::Email,
    lang: Lang,
    (centre_id, centre_name): (i64, &str),
    role: crate::domain::policy::CentreRole,
    link: &str,
    now: i64,
) -> Result<(), AppError> {
    let t = lang.texts();
    let mail = Mail {
        kind: MailKind::Invitation,
        to: to.as_str().to_owned(),
        lang,
        subject: fill(t.mail_invite_subject, &[("centre", centre_name)]),
        body: fill(
            t.mail_invite_body,
            &[("centre", centre_name), ("role", &t.role_in_text(role)), ("link", link)],
        ),
        calendar: None,
        dedupe_key: None,
        centre_id: Some(centre_id),
    };
    queue(tx, &mail, now).await?;
    Ok(())
}
