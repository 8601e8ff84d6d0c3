//! Peer groups: the list, a group's page as far as the viewer may see it, joining (agreeing to
//! the house rules), asking to join a closed group, pausing and leaving; facilitators accept or
//! decline requests and remove members; coordinators set groups up.

use crate::domain::group::{CentreGroups, GroupForm, GroupView, GroupsOverview};
#[cfg(feature = "ssr")]
use crate::domain::policy::Action;
use crate::error::AppError;
use leptos::prelude::*;

/// The group, after the policy allowed the caller to run it (its facilitators only).
#[cfg(feature = "ssr")]
async fn run_group(state: &crate::ssr::state::AppState, id: i64) -> Result<crate::ssr::db::groups::GroupRow, AppError> {
    let group = crate::ssr::db::groups::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let actor = crate::ssr::auth::actor(state).await?;
    let facilitates = runs_group(state, &actor, &group).await?;
    crate::ssr::auth::authorise(state, Action::RunGroup { facilitates }).await?;
    Ok(group)
}

/// Whether the actor runs the group: one of its facilitators, or, while it has none, a
/// coordinator of its centre (so a request never waits for nobody).
#[cfg(feature = "ssr")]
async fn runs_group(
    state: &crate::ssr::state::AppState,
    actor: &crate::domain::policy::Actor,
    group: &crate::ssr::db::groups::GroupRow,
) -> Result<bool, AppError> {
    use crate::ssr::db::groups;
    let Some(me) = actor.account_id else {
        return Ok(false);
    };
    Ok(groups::facilitates(&state.db, group.id, me).await?
        || (actor.runs(group.centre_id) && !groups::has_facilitators(&state.db, group.id).await?))
}

#[server(endpoint = "groups")]
pub async fn get_groups() -> Result<GroupsOverview, AppError> {
    use crate::ssr::db::groups;
    let state = crate::ssr::state::app_state()?;
    let actor = crate::ssr::auth::authorise(&state, Action::ReadPublic).await?;
    let (mine, facilitated) = match actor.account_id {
        Some(me) => (
            groups::of_member(&state.db, me)
                .await?
                .into_iter()
                .map(|(group, status)| (group.listing(), status))
                .collect(),
            groups::facilitated_by(&state.db, me)
                .await?
                .iter()
                .map(|group| group.listing())
                .collect(),
        ),
        None => (Vec::new(), Vec::new()),
    };
    let proposed = match actor.account_id {
        Some(me) => groups::proposals_of(&state.db, me)
            .await?
            .iter()
            .map(|group| group.listing())
            .collect(),
        None => Vec::new(),
    };
    Ok(GroupsOverview {
        proposed,
        mine,
        facilitated,
        listed: groups::listed(&state.db).await?.iter().map(|g| g.listing()).collect(),
    })
}

/// Meetings a group page lists: the next ones, and the last ones (with who came).
#[cfg(feature = "ssr")]
const MEETINGS_COMING: i64 = 5;
#[cfg(feature = "ssr")]
const MEETINGS_PAST: i64 = 10;

/// A group's page. Visitors see only the public name of a listed group; members of Kring also
/// the description and house rules of an open or closed group; its members and facilitators
/// see who is in it. Anything else is not found.
#[server(endpoint = "group")]
pub async fn get_group(
    id: i64,
    #[server(default)] uitnodiging: String,
    /// Board posts older than this post id.
    #[server(default)]
    ouder: Option<i64>,
    /// For facilitators: the meeting (date id) to register who came to.
    #[server(default)]
    aanwezig: Option<i64>,
) -> Result<GroupView, AppError> {
    use crate::domain::group::{About, AttendanceForm, GroupKind, Inside, Membership};
    use crate::ssr::db::groups;
    let state = crate::ssr::state::app_state()?;
    let actor = crate::ssr::auth::authorise(&state, Action::ReadPublic).await?;
    let group = groups::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    // A proposal is for its proposer only (coordinators review it in the management area).
    if group.proposed && (actor.account_id.is_none() || actor.account_id != group.proposed_by) {
        return Err(AppError::NotFound);
    }
    let (mine, facilitates) = match actor.account_id {
        Some(me) => (
            groups::membership(&state.db, id, me).await?,
            runs_group(&state, &actor, &group).await?,
        ),
        None => (None, false),
    };
    let status = mine.as_ref().map(|(status, _)| *status);
    let inside_group = facilitates || matches!(status, Some(Membership::Member | Membership::Paused));
    let (has_invite, invited) = groups::invite_state(&state.db, id, &uitnodiging).await?;
    let visible = match actor.account_id {
        None => invited || (group.listed && group.kind != GroupKind::Unlisted),
        Some(_) => invited || inside_group || status.is_some() || group.kind != GroupKind::Unlisted,
    };
    if !visible {
        return Err(AppError::NotFound);
    }
    let people = if facilitates {
        groups::people(&state.db, id).await?
    } else {
        Vec::new()
    };
    let inside = if inside_group {
        let everyone = if facilitates {
            people.clone()
        } else {
            groups::people(&state.db, id).await?
        };
        Some(Inside {
            name: group.name.clone(),
            // Paused members are not shown to the others.
            members: everyone
                .into_iter()
                .filter(|p| p.status == Membership::Member)
                .map(|p| p.name)
                .collect(),
            facilitators: groups::facilitator_names(&state.db, id).await?,
        })
    } else {
        None
    };
    let taken = groups::places_taken(&mut *state.db.pool.acquire().await?, id).await?;
    let me = actor.account_id.unwrap_or_default();
    let now = state.clock.timestamp();
    let board = if inside_group {
        let (posts, older) = crate::ssr::db::board::page(&state.db, id, me, facilitates, ouder).await?;
        Some(crate::domain::board::Board {
            posts,
            may_post: facilitates || status == Some(Membership::Member),
            older,
        })
    } else {
        None
    };
    let meetings = if inside_group {
        Some(crate::ssr::db::board::meetings(&state.db, id, now, MEETINGS_COMING, MEETINGS_PAST).await?)
    } else {
        None
    };
    let attendance = match aanwezig.filter(|_| facilitates) {
        Some(date) => match crate::ssr::db::board::begun_meeting(&state.db, id, date, now).await? {
            Some(meeting) => Some(AttendanceForm {
                meeting,
                members: people
                    .iter()
                    .filter(|p| matches!(p.status, Membership::Member | Membership::Paused))
                    .map(|p| (p.account_id, p.name.clone()))
                    .collect(),
                present: crate::ssr::db::board::attendees(&state.db, date).await?,
            }),
            None => None,
        },
        None => None,
    };
    let wants_mail = inside_group && crate::ssr::db::board::wants_mail(&state.db, id, me).await?;
    let reported = if facilitates {
        crate::ssr::db::board::reported(&state.db, id).await?
    } else {
        Vec::new()
    };
    let t = crate::context::request_lang().texts();
    Ok(GroupView {
        reported,
        board,
        meetings,
        wants_mail,
        attendance,
        id,
        full: group.max_members.is_some_and(|max| taken >= max),
        about: match actor.account_id {
            Some(_) => Some(About {
                description: group.description.clone(),
                theme: group.theme,
                house_rules: group.house_rules.clone(),
                max_members: group.max_members,
                facilitators: groups::facilitator_names(&state.db, id).await?,
                next_meetings: groups::next_meetings(&state.db, id, now, 3)
                    .await?
                    .into_iter()
                    .map(|(starts, ends, room, online)| {
                        let place = match (online, room.is_empty()) {
                            (true, _) => t.place_online.to_owned(),
                            (false, true) => group.centre_name.clone(),
                            (false, false) => format!("{room} · {}", group.centre_name),
                        };
                        (starts, ends, place)
                    })
                    .collect(),
            }),
            None => None,
        },
        public_name: group.public_name,
        centre_name: group.centre_name,
        kind: group.kind,
        online: group.online,
        inside,
        mine,
        facilitates,
        people,
        invited,
        proposed: group.proposed,
        listed: group.listed,
        has_invite: facilitates && has_invite,
        invite_base: if facilitates {
            format!("{}/groepen/{id}?uitnodiging=", state.site.public_url)
        } else {
            String::new()
        },
    })
}

/// Joins an open group or asks to join a closed one, after agreeing to the house rules
/// (`akkoord=ja`). A full group takes no one.
#[server(endpoint = "join_group")]
pub async fn join_group(
    id: i64,
    #[server(default)] akkoord: String,
    #[server(default)] bericht: String,
    /// The group's invitation link's secret: join directly, whatever the kind of group.
    #[server(default)]
    uitnodiging: String,
) -> Result<(), AppError> {
    use crate::domain::form::Problem;
    use crate::domain::group::{GroupKind, Membership};
    use crate::ssr::db::groups;
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::JoinGroups).await?;
    let group = groups::get(&state.db, id)
        .await?
        .filter(|group| !group.proposed)
        .ok_or(AppError::NotFound)?;
    let current = groups::membership(&state.db, id, me).await?.map(|(status, _)| status);
    let (_, invited) = groups::invite_state(&state.db, id, &uitnodiging).await?;
    if (group.kind == GroupKind::Unlisted && !invited) || current == Some(Membership::Removed) {
        return Err(AppError::NotFound);
    }
    let mut fields = crate::domain::fields::Fields::refusing_markup();
    if akkoord != "ja" {
        fields.add("akkoord", Problem::RulesNotAgreed);
    }
    let message = fields.text("bericht", &bericht, crate::domain::helping::MESSAGE_MAX);
    let message = fields.finish(message).map_err(AppError::Invalid)?;
    if matches!(current, Some(Membership::Member | Membership::Paused)) {
        leptos_axum::redirect(&format!("/groepen/{id}"));
        return Ok(());
    }
    let joined = crate::ssr::groups::join(&state, &group, me, invited, &message, state.clock.timestamp()).await?;
    let notice = match joined {
        crate::ssr::groups::Joined::Member => "welkom",
        crate::ssr::groups::Joined::Asked => "gevraagd",
    };
    leptos_axum::redirect(&format!("/groepen/{id}?{notice}=1"));
    Ok(())
}

/// Leaves a group (or takes a request back), without giving a reason.
#[server(endpoint = "leave_group")]
pub async fn leave_group(id: i64) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::JoinGroups).await?;
    if !crate::ssr::db::groups::leave(&state.db, id, me).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/groepen?uit=1");
    Ok(())
}

/// Pauses (`pauze=ja`) or resumes membership: a paused member keeps the place.
#[server(endpoint = "pause_group")]
pub async fn pause_group(id: i64, #[server(default)] pauze: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::JoinGroups).await?;
    let paused = pauze == "ja";
    if !crate::ssr::db::groups::pause(&state.db, id, me, paused, state.clock.timestamp()).await? {
        return Err(AppError::NotFound);
    }
    let notice = if paused { "gepauzeerd" } else { "terug" };
    leptos_axum::redirect(&format!("/groepen/{id}?{notice}=1"));
    Ok(())
}

/// The facilitators' side: accept (`antwoord=ja`) or decline (`nee`, with a kind message) a
/// request to join, or remove a member (`verwijderen`, with the reason the member sees).
#[server(endpoint = "answer_member")]
pub async fn answer_member(
    groep: i64,
    lid: i64,
    antwoord: String,
    #[server(default)] bericht: String,
) -> Result<(), AppError> {
    use crate::domain::form::Problem;
    use crate::domain::group::Membership;
    use crate::ssr::db::groups;
    let state = crate::ssr::state::app_state()?;
    let group = run_group(&state, groep).await?;
    let current = groups::membership(&state.db, groep, lid)
        .await?
        .map(|(status, _)| status)
        .ok_or(AppError::NotFound)?;
    let mut fields = crate::domain::fields::Fields::refusing_markup();
    let message = fields.text("bericht", &bericht, crate::domain::helping::MESSAGE_MAX);
    let (from, to): (&[Membership], Membership) = match antwoord.as_str() {
        "ja" => (&[Membership::Requested], Membership::Member),
        "nee" => (&[Membership::Requested], Membership::Declined),
        "verwijderen" => {
            if message.is_empty() {
                fields.add("bericht", Problem::Required);
            }
            (&[Membership::Member, Membership::Paused], Membership::Removed)
        }
        _ => return Err(AppError::invalid("antwoord", Problem::UnknownChoice)),
    };
    let message = fields.finish(message).map_err(AppError::Invalid)?;
    if !from.contains(&current) {
        return Err(AppError::NotFound);
    }
    crate::ssr::groups::answer(&state, &group, lid, current, to, &message, state.clock.timestamp()).await?;
    leptos_axum::redirect(&format!("/groepen/{groep}?{}=1", to.slug()));
    Ok(())
}

#[server(endpoint = "centre_groups")]
pub async fn get_centre_groups(slug: String) -> Result<CentreGroups, AppError> {
    let state = crate::ssr::state::app_state()?;
    let (centre_id, name) = crate::api::teams::centre(&state, &slug).await?;
    crate::ssr::auth::authorise(&state, Action::ManageCentre { centre_id }).await?;
    Ok(CentreGroups {
        groups: crate::ssr::db::groups::of_centre(&state.db, centre_id).await?,
        team: crate::ssr::programme::team(&state, centre_id).await?,
        slug,
        name,
    })
}

/// Sets a group up (no `id`) or changes it: coordinators of its centre.
#[server(endpoint = "save_group")]
pub async fn save_group(#[server(flatten)] form: GroupForm) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let now = state.clock.timestamp();
    let existing = if form.id.is_empty() {
        None
    } else {
        let id: i64 = form.id.parse().map_err(|_| AppError::NotFound)?;
        Some(
            crate::ssr::db::groups::get(&state.db, id)
                .await?
                .ok_or(AppError::NotFound)?,
        )
    };
    let centre_id = match &existing {
        Some(group) => group.centre_id,
        None => crate::api::teams::centre(&state, &form.centrum).await?.0,
    };
    let me = crate::ssr::auth::authorise(&state, Action::ManageCentre { centre_id })
        .await?
        .account_id;
    let team: Vec<i64> = crate::ssr::programme::team(&state, centre_id)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let group = form.parse(&team).map_err(AppError::Invalid)?;
    crate::ssr::groups::save(&state, centre_id, existing.as_ref(), &group, me, now).await?;
    let slug = crate::ssr::db::centres::by_id(&state.db.pool, centre_id)
        .await?
        .ok_or(AppError::NotFound)?
        .slug;
    leptos_axum::redirect(&format!("/beheer/centra/{slug}/groepen?opgeslagen=1"));
    Ok(())
}

/// Facilitators make a new invitation link (`wat=maken`; the old one stops working) or switch
/// it off (`wat=uit`). The page shows a new link once.
#[server(endpoint = "group_invite")]
pub async fn group_invite(groep: i64, wat: String) -> Result<(), AppError> {
    use crate::domain::form::Problem;
    use crate::ssr::db::groups;
    let state = crate::ssr::state::app_state()?;
    run_group(&state, groep).await?;
    let now = state.clock.timestamp();
    match wat.as_str() {
        "maken" => {
            let (token, hash) = crate::ssr::auth::session::new_token();
            groups::set_invite(&state.db, groep, Some(&hash), now).await?;
            leptos_axum::redirect(&format!("/groepen/{groep}?link={token}#uitnodigen"));
        }
        "uit" => {
            groups::set_invite(&state.db, groep, None, now).await?;
            leptos_axum::redirect(&format!("/groepen/{groep}?link_uit=1#uitnodigen"));
        }
        _ => return Err(AppError::invalid("wat", Problem::UnknownChoice)),
    }
    Ok(())
}

/// Facilitators choose whether the group's neutral name is in the list of groups
/// (`zichtbaar=ja`) or not. A group only by invitation is never listed.
#[server(endpoint = "group_listing")]
pub async fn group_listing(groep: i64, #[server(default)] zichtbaar: String) -> Result<(), AppError> {
    use crate::domain::group::GroupKind;
    let state = crate::ssr::state::app_state()?;
    let group = run_group(&state, groep).await?;
    let listed = zichtbaar == "ja";
    if listed && group.kind == GroupKind::Unlisted {
        return Err(AppError::invalid(
            "zichtbaar",
            crate::domain::form::Problem::UnknownChoice,
        ));
    }
    crate::ssr::db::groups::set_listed(&state.db, groep, listed, state.clock.timestamp()).await?;
    let notice = if listed { "in_lijst" } else { "uit_lijst" };
    leptos_axum::redirect(&format!("/groepen/{groep}?{notice}=1#zichtbaarheid"));
    Ok(())
}

/// Proposals for groups a member may have waiting at once.
#[cfg(feature = "ssr")]
const PROPOSALS_WAITING: i64 = 3;

/// A member proposes a new group at a centre; it stays hidden until a coordinator approves it
/// (by saving it with facilitators).
#[server(endpoint = "propose_group")]
pub async fn propose_group(#[server(flatten)] form: GroupForm) -> Result<(), AppError> {
    use crate::domain::form::Problem;
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::JoinGroups).await?;
    let centre = crate::api::teams::centre(&state, &form.centrum).await;
    let group = form.parse_proposal();
    let (centre_id, group) = match (centre, group) {
        (Ok((centre_id, _)), Ok(group)) => (centre_id, group),
        (centre, group) => {
            let mut problems = group.err().unwrap_or_default();
            if centre.is_err() {
                problems.insert(
                    0,
                    crate::domain::form::FieldProblem::new("centrum", Problem::UnknownChoice),
                );
            }
            return Err(AppError::Invalid(problems));
        }
    };
    let now = state.clock.timestamp();
    crate::ssr::db::groups::insert_proposal(&state.db, centre_id, &group, me, PROPOSALS_WAITING, now)
        .await?
        .ok_or_else(|| AppError::invalid("naam", Problem::TooManyProposals))?;
    leptos_axum::redirect("/groepen?voorgesteld=1");
    Ok(())
}

/// A coordinator says no to a proposal (it is removed); its proposer gets a kind mail.
#[server(endpoint = "decline_proposal")]
pub async fn decline_proposal(id: i64) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let group = crate::ssr::db::groups::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::ssr::auth::authorise(
        &state,
        Action::ManageCentre {
            centre_id: group.centre_id,
        },
    )
    .await?;
    crate::ssr::groups::decline_proposal(&state, &group, state.clock.timestamp()).await?;
    let slug = crate::ssr::db::centres::by_id(&state.db.pool, group.centre_id)
        .await?
        .ok_or(AppError::NotFound)?
        .slug;
    leptos_axum::redirect(&format!("/beheer/centra/{slug}/groepen?afgewezen=1"));
    Ok(())
}
