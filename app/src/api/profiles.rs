//! Profiles: my own (edit, and see it as others do) and other members' (as far as each chose).

#[cfg(feature = "ssr")]
use crate::domain::policy::Action;
use crate::domain::profile::{Profile, ProfileForm};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// My profile for its form (empty when I have none yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyProfile {
    pub account_id: i64,
    pub nickname: String,
    pub profile: Profile,
}

/// A profile as its viewer may see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileView {
    pub account_id: i64,
    /// The display name, or the nickname.
    pub name: String,
    pub profile: Profile,
    /// The viewer is the owner, looking at it as `preview` would.
    pub own: bool,
    pub preview: Option<crate::domain::profile::Viewer>,
}

#[server(endpoint = "my_profile")]
pub async fn get_my_profile() -> Result<MyProfile, AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ManageOwnAccount).await?;
    let nickname = crate::ssr::db::profiles::nickname(&state.db, me)
        .await?
        .ok_or(AppError::Unauthorised)?;
    Ok(MyProfile {
        account_id: me,
        nickname,
        profile: crate::ssr::db::profiles::get(&state.db, me).await?.unwrap_or_default(),
    })
}

/// "Past bij jou": coming activities whose themes fit my wishes and interests (leaving out what I
/// signed up for); when I like to help, open tasks of my centres that fit my talents; and
/// findable members who offer what I wish to learn. None when I have no profile yet.
#[server(endpoint = "suggestions")]
pub async fn get_suggestions() -> Result<Option<crate::domain::helping::Suggestions>, AppError> {
    use crate::domain::helping::{helper_keys, matched_talents, PersonSuggestion, Suggestions, TaskSuggestion};
    use crate::ssr::db::helping;
    /// Tasks and people shown at most.
    const SHOWN: usize = 3;
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ManageOwnAccount).await?;
    let new_requests = helping::unanswered_for(&state.db, me).await?;
    let group_todos = crate::ssr::db::board::todos_for(&state.db, me).await?;
    let Some(profile) = crate::ssr::db::profiles::get(&state.db, me).await? else {
        return Ok((new_requests > 0 || !group_todos.is_empty()).then(|| Suggestions {
            new_requests,
            group_todos,
            ..Suggestions::default()
        }));
    };
    let now = state.clock.now();
    let mine: Vec<i64> = crate::ssr::db::signups::active_of_account(&state.db, me)
        .await?
        .iter()
        .map(|signup| signup.activity_id)
        .collect();
    let own_centres = helping::centres_of_member(&state.db, me).await?;
    let activities =
        crate::ssr::agenda::matching(&state.db, &profile.wanted_themes(), &mine, &own_centres, now, 5).await?;
    let mut tasks = Vec::new();
    if profile.helps {
        let keys = helper_keys(&profile);
        let centres = helping::centres_of_member(&state.db, me).await?;
        let offered: Vec<i64> = helping::offers_of(&state.db, me)
            .await?
            .iter()
            .map(|o| o.task_id)
            .collect();
        let mut fitting: Vec<TaskSuggestion> = helping::open_tasks(&state.db)
            .await?
            .into_iter()
            // Tasks of my own centres; anywhere when I have none yet.
            .filter(|task| centres.is_empty() || centres.contains(&task.centre_id))
            .filter_map(|task| {
                let matched = matched_talents(&task.talents, &keys);
                (!matched.is_empty()).then(|| TaskSuggestion {
                    offered: offered.contains(&task.id),
                    id: task.id,
                    title: task.title,
                    description: task.description,
                    moment: task.moment,
                    centre_name: task.centre_name,
                    matched,
                })
            })
            .collect();
        // The best fits first; a stable sort keeps the newest first among equals.
        fitting.sort_by_key(|task| std::cmp::Reverse(task.matched.len()));
        fitting.truncate(SHOWN);
        tasks = fitting;
    }
    let asked = helping::asked_by(&state.db, me).await?;
    let mut people: Vec<PersonSuggestion> = Vec::new();
    for wish in &profile.wishes {
        for offering in helping::findable_offering(&state.db, &wish.key(), me, SHOWN as i64).await? {
            let known = people.len();
            match people.iter_mut().find(|p| p.account_id == offering.account_id) {
                Some(person) => person.talents.push(offering.talent),
                None if known < SHOWN => people.push(PersonSuggestion {
                    asked: asked.contains(&offering.account_id),
                    account_id: offering.account_id,
                    name: offering.name,
                    talents: vec![offering.talent],
                }),
                None => {}
            }
        }
    }
    Ok(Some(Suggestions {
        activities,
        tasks,
        people,
        new_requests,
        group_todos,
    }))
}

/// Saves one part of my profile; the other parts stay as they are.
#[cfg(feature = "ssr")]
async fn save_part(form: ProfileForm, part: crate::domain::profile::Part) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ManageOwnAccount).await?;
    // The fields of the other parts are not in the form: empty, so they pass.
    let profile = form.parse().map_err(AppError::Invalid)?;
    crate::ssr::db::profiles::save_part(&state.db, me, part, &profile, state.clock.timestamp()).await?;
    leptos_axum::redirect(&format!("/mijn/profiel?opgeslagen={0}#deel-{0}", part.slug()));
    Ok(())
}

/// One endpoint per part of the profile form, so a part that comes back with a problem keeps
/// what was typed and the other parts keep what is saved.
macro_rules! part_endpoints {
    ($($name:ident $endpoint:literal $part:ident;)*) => {$(
        #[server(endpoint = $endpoint)]
        pub async fn $name(#[server(flatten)] form: ProfileForm) -> Result<(), AppError> {
            save_part(form, crate::domain::profile::Part::$part).await
        }
    )*};
}

part_endpoints! {
    save_profile_intro "save_profile_intro" Intro;
    save_profile_talents "save_profile_talents" Talents;
    save_profile_wishes "save_profile_wishes" Wishes;
    save_profile_interests "save_profile_interests" Interests;
    save_profile_languages "save_profile_languages" Languages;
    save_profile_helping "save_profile_helping" Helping;
}

/// Someone's profile as the viewer may see it; not found when they may see nothing (so nobody
/// learns whether it exists). The owner may look at it as a member (`als=deelnemer`) or a
/// member of their groups (`als=groep`) would.
#[server(endpoint = "profile")]
pub async fn get_profile(id: i64, #[server(default)] als: String) -> Result<ProfileView, AppError> {
    use crate::domain::profile::Viewer;
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ViewProfiles).await?;
    let profile = crate::ssr::db::profiles::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let own = me == id;
    let preview = match als.as_str() {
        "deelnemer" if own => Some(Viewer::Member),
        "groep" if own => Some(Viewer::GroupMember),
        _ => None,
    };
    let viewer = match preview {
        Some(viewer) => viewer,
        None if own => Viewer::Owner,
        // Members of a peer group we share (active members and facilitators).
        None if crate::ssr::db::groups::share_a_group(&state.db, me, id).await? => Viewer::GroupMember,
        None => Viewer::Member,
    };
    let seen = profile.as_seen_by(viewer);
    let seen = match (seen, preview) {
        (Some(seen), _) => seen,
        // The owner previewing a profile others cannot see at all gets an empty one.
        (None, Some(_)) => Profile {
            display_name: profile.display_name.clone(),
            visibility: profile.visibility.clone(),
            ..Profile::default()
        },
        (None, None) => return Err(AppError::NotFound),
    };
    let name = if seen.display_name.is_empty() {
        crate::ssr::db::profiles::nickname(&state.db, id)
            .await?
            .ok_or(AppError::NotFound)?
    } else {
        seen.display_name.clone()
    };
    Ok(ProfileView {
        account_id: id,
        name,
        profile: seen,
        own,
        preview,
    })
}
