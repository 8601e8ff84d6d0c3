//! Volunteer hours on the server: "Mijn uren" for a volunteer (write down, correct, take away)
//! and a centre's hours per volunteer for its coordinators. The dates volunteers facilitated are
//! recorded here too, before either page is read (and by the hourly job).

use crate::domain::policy::Action;
use crate::domain::volunteer_hours::{self, CentreHoursPage, MyHoursPage};
use crate::error::AppError;
use crate::ssr::auth::{authorise, authorised_account};
use crate::ssr::db::volunteer_hours as db;
use crate::ssr::state::AppState;
use chrono::{Datelike, Duration, NaiveDate};

/// How far back a facilitated date is still recorded when it was missed (the job runs hourly).
pub const RECORD_DAYS_BACK: i64 = 14;

/// Records the facilitated dates that ended in the last two weeks (`account_id`: only theirs).
pub async fn record_facilitated(state: &AppState, account_id: Option<i64>) -> Result<u64, sqlx::Error> {
    let now = state.clock.now();
    let since = (now - Duration::days(RECORD_DAYS_BACK)).timestamp();
    db::record_facilitated(&state.db, account_id, since, now.timestamp()).await
}

fn first_of_year(day: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(day.year(), 1, 1).unwrap_or(day)
}

/// "Mijn uren": my centres with their tasks, and my hours of this year and last year.
pub async fn my_page(state: &AppState) -> Result<MyHoursPage, AppError> {
    let me = authorised_account(state, Action::OwnHours { centre_id: None }).await?;
    record_facilitated(state, Some(me)).await?;
    let today = state.clock.today();
    let mut lines = db::lines_of(&state.db, me, first_of_year(today - Duration::days(365))).await?;
    let months = volunteer_hours::per_month(&lines);
    let shown_from = volunteer_hours::previous_month(today.with_day(1).unwrap_or(today));
    lines.retain(|line| line.day >= shown_from);
    Ok(MyHoursPage {
        today,
        places: db::places_of(&state.db, me).await?,
        lines,
        months,
    })
}

/// "Ik heb geholpen": `[centrum, dag, uren, taak, wat]` as posted.
pub async fn add(state: &AppState, form: [&str; 5]) -> Result<(), AppError> {
    let me = authorised_account(state, Action::OwnHours { centre_id: None }).await?;
    let places = db::places_of(&state.db, me).await?;
    let [centrum, dag, uren, taak, wat] = form;
    let new = volunteer_hours::parse_new(centrum, dag, uren, taak, wat, state.clock.today(), &places)
        .map_err(AppError::Invalid)?;
    db::add(&state.db, me, &new, state.clock.timestamp()).await?;
    Ok(())
}

/// Changes how long one of my lines was.
pub async fn change(state: &AppState, id: i64, uren: &str) -> Result<(), AppError> {
    let me = authorised_account(state, Action::OwnHours { centre_id: None }).await?;
    let minutes = volunteer_hours::parse_duration(uren).map_err(|problem| AppError::invalid("uren", problem))?;
    if db::change(&state.db, me, id, minutes, state.clock.timestamp()).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Takes one of my lines away.
pub async fn remove(state: &AppState, id: i64) -> Result<(), AppError> {
    let me = authorised_account(state, Action::OwnHours { centre_id: None }).await?;
    if db::remove(&state.db, me, id, state.clock.timestamp()).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// A centre's volunteer hours in one month (`maand`, "2026-09"; else this month), per
/// volunteer, and the year so far.
pub async fn centre_page(state: &AppState, slug: &str, maand: &str) -> Result<CentreHoursPage, AppError> {
    let centre = crate::ssr::programme::centre(state, slug).await?;
    authorise(state, Action::ViewHours { centre_id: centre.id }).await?;
    record_facilitated(state, None).await?;
    let today = state.clock.today();
    let month = volunteer_hours::month_of(maand, today);
    let until = volunteer_hours::next_month(month);
    let (year_minutes, year_volunteers) = db::total(&state.db, centre.id, first_of_year(month), until).await?;
    Ok(CentreHoursPage {
        volunteers: db::per_volunteer(&state.db, centre.id, month, until).await?,
        slug: centre.slug,
        centre_name: centre.name,
        month,
        current: volunteer_hours::next_month(month) > today,
        year_minutes,
        year_volunteers,
    })
}
