//! The management area: centres' details, opening hours and closures, and their programme of
//! activities with single dates that can be changed or cancelled.

#[cfg(feature = "ssr")]
use crate::domain::policy::Action;
use crate::domain::programme::{
    ActivityEditor, ActivityForm, CentreForm, CentreProgramme, CentreSettings, ClosureForm, HoursSettings,
    ManagedActivity, ManagedCentre, ManagedDate, OccurrenceForm,
};
use crate::error::AppError;
use leptos::prelude::*;
use std::collections::HashMap;

#[cfg(feature = "ssr")]
use crate::ssr::{programme as publish, state::app_state};

/// The centres I run or help run (all of them for an admin).
#[server(endpoint = "my_centres")]
pub async fn get_my_centres() -> Result<Vec<ManagedCentre>, AppError> {
    let state = app_state()?;
    let actor = crate::ssr::auth::authorise(&state, Action::ViewManagement).await?;
    let centres = crate::ssr::db::centres::list(&state.db.pool).await?;
    Ok(centres
        .into_iter()
        .filter_map(|centre| {
            let role = actor
                .centre_roles
                .iter()
                .filter(|(id, _)| *id == centre.id)
                .map(|(_, role)| *role)
                .max_by_key(|role| *role == crate::domain::policy::CentreRole::Coordinator);
            (actor.is_admin || role.is_some()).then_some(ManagedCentre {
                slug: centre.slug,
                name: centre.name,
                town: centre.town,
                role,
            })
        })
        .collect())
}

#[server(endpoint = "centre_programme")]
pub async fn get_centre_programme(slug: String) -> Result<CentreProgramme, AppError> {
    use crate::domain::programme::ProgrammeEntry;
    let state = app_state()?;
    let centre = publish::centre(&state, &slug).await?;
    let actor = crate::ssr::auth::authorise(
        &state,
        Action::ViewProgramme {
            centre_id: centre.id,
            volunteers_publish: centre.volunteers_publish,
        },
    )
    .await?;
    let mine = match actor.account_id {
        Some(me) => crate::ssr::db::activities::facilitated_by(&state.db.pool, centre.id, me).await?,
        None => Vec::new(),
    };
    let next = crate::ssr::db::occurrences::next_per_activity(&state.db.pool, centre.id, state.clock.now().timestamp())
        .await?;
    let activities = crate::ssr::db::activities::of_centre(&state.db.pool, centre.id)
        .await?
        .into_iter()
        .map(|activity| ProgrammeEntry {
            may_edit: publish::may_edit(&actor, &centre, if mine.contains(&activity.id) { &mine } else { &[] }),
            next: next.get(&activity.id).copied(),
            id: activity.id,
            title: activity.title,
            member_title: activity.member_title,
            kind: activity.kind,
            paused: activity.paused,
            repeats: activity.schedule.repeat.is_some(),
        })
        .collect();
    let may = |action| crate::domain::policy::decide(&actor, action) == crate::domain::policy::Decision::Allow;
    Ok(CentreProgramme {
        may_manage: may(Action::ManageCentre { centre_id: centre.id }),
        may_create: may(Action::CreateActivity {
            centre_id: centre.id,
            volunteers_publish: centre.volunteers_publish,
        }),
        volunteers_publish: centre.volunteers_publish,
        slug: centre.slug,
        name: centre.name,
        activities,
    })
}

#[server(endpoint = "centre_settings")]
pub async fn get_centre_settings(slug: String) -> Result<CentreSettings, AppError> {
    let state = app_state()?;
    let (centre, _) = publish::managed_centre(&state, &slug).await?;
    Ok(CentreSettings {
        form: CentreForm {
            centrum: centre.slug.clone(),
            naam: centre.name.clone(),
            beschrijving: centre.description,
            adres: centre.address,
            postcode: centre.postcode,
            plaats: centre.town,
            telefoon: centre.phone,
            email: centre.email,
            toegankelijkheid: centre.accessibility,
            vrijwilligers_publiceren: if centre.volunteers_publish {
                "ja".into()
            } else {
                String::new()
            },
            bewaartermijn: centre.guest_retention_days.to_string(),
        },
        slug: centre.slug,
        name: centre.name,
    })
}

#[server(endpoint = "save_centre")]
pub async fn save_centre(#[server(flatten)] form: CentreForm) -> Result<(), AppError> {
    let state = app_state()?;
    let (centre, _) = publish::managed_centre(&state, &form.centrum).await?;
    let details = form.parse().map_err(AppError::Invalid)?;
    publish::save_centre_details(&state, centre.id, &details).await?;
    leptos_axum::redirect(&format!("/beheer/centra/{}/gegevens?opgeslagen=1", centre.slug));
    Ok(())
}

#[server(endpoint = "opening_hours")]
pub async fn get_opening_hours(slug: String) -> Result<HoursSettings, AppError> {
    let state = app_state()?;
    let (centre, _) = publish::managed_centre(&state, &slug).await?;
    let today = state.clock.today();
    Ok(HoursSettings {
        periods: crate::ssr::db::centres::opening_hours_of(&state.db.pool, centre.id).await?,
        closures: crate::ssr::db::centres::closures_of(&state.db.pool, centre.id, today).await?,
        slug: centre.slug,
        name: centre.name,
    })
}

#[server(endpoint = "save_opening_hours")]
pub async fn save_opening_hours(
    centrum: String,
    #[server(default)] van: HashMap<String, String>,
    #[server(default)] tot: HashMap<String, String>,
) -> Result<(), AppError> {
    let state = app_state()?;
    let (centre, _) = publish::managed_centre(&state, &centrum).await?;
    let periods = crate::domain::programme::parse_opening_hours(&van, &tot).map_err(AppError::Invalid)?;
    publish::replace_opening_hours(&state, centre.id, &periods).await?;
    leptos_axum::redirect(&format!("/beheer/centra/{}/openingstijden?opgeslagen=1", centre.slug));
    Ok(())
}

#[server(endpoint = "add_closure")]
pub async fn add_closure(#[server(flatten)] form: ClosureForm) -> Result<(), AppError> {
    let state = app_state()?;
    let (centre, _) = publish::managed_centre(&state, &form.centrum).await?;
    let today = state.clock.today();
    let closure = form.parse(today).map_err(AppError::Invalid)?;
    crate::ssr::programme::add_closure(&state, centre.id, &closure, state.clock.now()).await?;
    leptos_axum::redirect(&format!("/beheer/centra/{}/openingstijden?sluiting=1", centre.slug));
    Ok(())
}

#[server(endpoint = "remove_closure")]
pub async fn remove_closure(centrum: String, id: i64) -> Result<(), AppError> {
    let state = app_state()?;
    let (centre, _) = publish::managed_centre(&state, &centrum).await?;
    publish::remove_closure(&state, centre.id, id).await?;
    leptos_axum::redirect(&format!("/beheer/centra/{}/openingstijden?verwijderd=1", centre.slug));
    Ok(())
}

/// The activity form: empty for a new activity, a copy of `kopie`, or the activity `id`.
#[server(endpoint = "activity_editor")]
pub async fn get_activity_editor(
    #[server(default)] centrum: String,
    #[server(default)] id: Option<i64>,
    #[server(default)] kopie: Option<i64>,
) -> Result<ActivityEditor, AppError> {
    use crate::ssr::db::activities;
    let state = app_state()?;
    if let Some(id) = id {
        let context = publish::editable_activity(&state, id).await?;
        let themes = activities::themes_of(&state.db.pool, &[id])
            .await?
            .remove(&id)
            .unwrap_or_default();
        let form = publish::form_of(&context.activity, &themes, &context.facilitators);
        return Ok(ActivityEditor {
            team: publish::team(&state, context.centre.id).await?,
            groups: publish::groups_for(&state, &context.actor, context.centre.id).await?,
            centre_slug: context.centre.slug,
            centre_name: context.centre.name,
            is_series: context.activity.schedule.repeat.is_some(),
            activity_id: Some(id),
            form,
        });
    }
    let (centre, actor) = publish::creatable_centre(&state, &centrum).await?;
    let mut form = ActivityForm {
        soort: "activiteit".into(),
        plek: "centrum".into(),
        herhaling: "eenmalig".into(),
        elke: "1".into(),
        einde: "nooit".into(),
        ..ActivityForm::default()
    };
    if let Some(copy) = kopie {
        let original = activities::by_id(&state.db.pool, copy)
            .await?
            .filter(|a| a.centre_id == centre.id)
            .ok_or(AppError::NotFound)?;
        let themes = activities::themes_of(&state.db.pool, &[copy])
            .await?
            .remove(&copy)
            .unwrap_or_default();
        let facilitators = activities::facilitators_of(&state.db.pool, copy).await?;
        form = publish::form_of(&original, &themes, &facilitators);
        form.id = String::new();
        // A copy starts on a new date.
        form.datum = String::new();
        form.tot = String::new();
    } else if !actor.runs(centre.id) {
        if let Some(me) = actor.account_id {
            form.begeleiders = vec![me.to_string()];
        }
    }
    form.centrum = centre.slug.clone();
    Ok(ActivityEditor {
        team: publish::team(&state, centre.id).await?,
        groups: publish::groups_for(&state, &actor, centre.id).await?,
        centre_slug: centre.slug,
        centre_name: centre.name,
        is_series: false,
        activity_id: None,
        form,
    })
}

#[server(endpoint = "create_activity")]
pub async fn create_activity(#[server(flatten)] form: ActivityForm) -> Result<(), AppError> {
    let state = app_state()?;
    let (centre, actor) = publish::creatable_centre(&state, &form.centrum).await?;
    let team = publish::team(&state, centre.id).await?;
    let groups = publish::groups_for(&state, &actor, centre.id).await?;
    let today = state.clock.today();
    let draft = publish::check_activity(&form, &actor, &centre, &team, &groups, (today, today), None)?;
    let id = publish::insert_activity(&state, centre.id, &draft).await?;
    leptos_axum::redirect(&format!("/beheer/activiteiten/{id}?nieuw=1"));
    Ok(())
}

#[server(endpoint = "update_activity")]
pub async fn update_activity(#[server(flatten)] form: ActivityForm) -> Result<(), AppError> {
    let state = app_state()?;
    let id: i64 = form.id.trim().parse().map_err(|_| AppError::NotFound)?;
    let context = publish::editable_activity(&state, id).await?;
    let team = publish::team(&state, context.centre.id).await?;
    let groups = publish::groups_for(&state, &context.actor, context.centre.id).await?;
    let first_date = context.activity.schedule.first_start.date();
    let draft = publish::check_activity(
        &form,
        &context.actor,
        &context.centre,
        &team,
        &groups,
        (state.clock.today(), first_date),
        Some(&context.activity),
    )?;
    publish::update_activity(&state, &context, &draft).await?;
    leptos_axum::redirect(&format!("/beheer/activiteiten/{id}?opgeslagen=1"));
    Ok(())
}

#[server(endpoint = "delete_activity")]
pub async fn delete_activity(id: i64, #[server(default)] zeker: String) -> Result<(), AppError> {
    let state = app_state()?;
    let context = publish::editable_activity(&state, id).await?;
    crate::ssr::auth::authorise(
        &state,
        Action::DeleteActivity {
            centre_id: context.centre.id,
        },
    )
    .await?;
    if zeker != "ja" {
        return Err(publish::invalid("zeker", crate::domain::form::Problem::ConfirmNeeded));
    }
    publish::delete_activity(&state, &context.activity, state.clock.now()).await?;
    leptos_axum::redirect(&format!("/beheer/centra/{}?verwijderd=1", context.centre.slug));
    Ok(())
}

#[server(endpoint = "pause_activity")]
pub async fn pause_activity(id: i64, pauzeren: bool) -> Result<(), AppError> {
    let state = app_state()?;
    let context = publish::editable_activity(&state, id).await?;
    publish::set_paused(&state, &context, pauzeren).await?;
    let notice = if pauzeren { "gepauzeerd" } else { "hervat" };
    leptos_axum::redirect(&format!("/beheer/activiteiten/{id}?{notice}=1"));
    Ok(())
}

#[server(endpoint = "managed_activity")]
pub async fn get_managed_activity(id: i64) -> Result<ManagedActivity, AppError> {
    let state = app_state()?;
    let context = publish::editable_activity(&state, id).await?;
    let from = crate::domain::time::start_of_day(state.clock.today());
    let dates = crate::ssr::db::occurrences::upcoming_for_activity(&state.db.pool, id, from.timestamp(), 60).await?;
    let holiday_dates = if context.activity.place == crate::domain::programme::Place::Online {
        Vec::new()
    } else {
        let closures = crate::ssr::db::centres::closures_of(
            &state.db.pool,
            context.centre.id,
            crate::domain::time::local_date(from),
        )
        .await?
        .into_iter()
        .map(|(_, closure)| closure)
        .collect::<Vec<_>>();
        dates
            .iter()
            .filter(|date| !date.cancelled)
            .map(|date| crate::domain::time::local_date(date.starts_at))
            .filter(|day| crate::domain::hours::often_closed(*day))
            .filter(|day| crate::domain::hours::closed_on(*day, &closures).is_none())
            .collect()
    };
    Ok(ManagedActivity {
        group_id: context.activity.group_id,
        holiday_dates,
        may_delete: context.may(Action::DeleteActivity {
            centre_id: context.centre.id,
        }),
        id,
        centre_slug: context.centre.slug,
        centre_name: context.centre.name,
        title: context.activity.title,
        member_title: context.activity.member_title,
        kind: context.activity.kind,
        paused: context.activity.paused,
        is_series: context.activity.schedule.repeat.is_some(),
        signup_required: context.activity.signup_required,
        dates,
    })
}

/// One date of an activity, for changing or cancelling it.
#[server(endpoint = "managed_date")]
pub async fn get_managed_date(id: i64) -> Result<ManagedDate, AppError> {
    let state = app_state()?;
    let (activity_id, date) = crate::ssr::db::occurrences::by_id(&state.db.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let context = publish::editable_activity(&state, activity_id).await?;
    let people = {
        let mut conn = state.db.pool.acquire().await?;
        crate::ssr::db::signups::people_of_date(&mut conn, activity_id, id).await?
    };
    Ok(ManagedDate {
        signed_up: i64::try_from(people.len()).unwrap_or(i64::MAX),
        reachable: i64::try_from(people.iter().filter(|p| !p.address.is_empty()).count()).unwrap_or(i64::MAX),
        activity_id,
        begun: date.starts_at <= state.clock.now() && !date.cancelled && context.activity.group_id.is_none(),
        activity_title: context.activity.title,
        usual_location: context.activity.location,
        date,
    })
}

/// A date that may still be changed: it belongs to an activity the actor may change and has not
/// ended.
#[cfg(feature = "ssr")]
async fn changeable_date(
    state: &crate::ssr::state::AppState,
    id: i64,
) -> Result<(publish::ActivityContext, crate::domain::agenda::OccurrenceDate), AppError> {
    let (activity_id, date) = crate::ssr::db::occurrences::by_id(&state.db.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let context = publish::editable_activity(state, activity_id).await?;
    if date.ends_at <= state.clock.now() {
        return Err(publish::invalid("datum", crate::domain::form::Problem::DateGone));
    }
    Ok((context, date))
}

#[server(endpoint = "change_date")]
pub async fn change_date(#[server(flatten)] form: OccurrenceForm) -> Result<(), AppError> {
    let state = app_state()?;
    let id: i64 = form.id.trim().parse().map_err(|_| AppError::NotFound)?;
    let (context, before) = changeable_date(&state, id).await?;
    let today = state.clock.today();
    let change = form.parse(today).map_err(AppError::Invalid)?;
    publish::change_date(&state, &context.activity, before, &change, state.clock.now()).await?;
    leptos_axum::redirect(&format!(
        "/beheer/activiteiten/{}?datum_gewijzigd=1",
        context.activity.id
    ));
    Ok(())
}

#[server(endpoint = "cancel_date")]
pub async fn cancel_date(id: i64, #[server(default)] reden: String) -> Result<(), AppError> {
    let state = app_state()?;
    let (context, date) = changeable_date(&state, id).await?;
    let reason = crate::domain::programme::parse_cancel_reason(&reden).map_err(AppError::Invalid)?;
    publish::cancel_date(&state, &context.activity, &date, &reason, state.clock.now()).await?;
    leptos_axum::redirect(&format!("/beheer/activiteiten/{}?afgezegd=1", context.activity.id));
    Ok(())
}

#[server(endpoint = "restore_date")]
pub async fn restore_date(id: i64) -> Result<(), AppError> {
    let state = app_state()?;
    let (context, _) = changeable_date(&state, id).await?;
    publish::restore_date(&state, id).await?;
    leptos_axum::redirect(&format!("/beheer/activiteiten/{}?hersteld=1", context.activity.id));
    Ok(())
}
