//! Turven on the server: the counting page of a centre, a tap, a coordinator's correction, and
//! the centres whose door someone minds today.

use crate::domain::hours::periods_on;
use crate::domain::policy::{decide, Action, Actor, Decision};
use crate::domain::programme::Dagdeel;
use crate::domain::tally::{self, DagdeelCount, DayCounts, TallyPage, CORRECTION_DAYS};
use crate::domain::time::utc_to_local;
use crate::error::AppError;
use crate::ssr::auth::authorise;
use crate::ssr::db::centres::{self, CentreRow};
use crate::ssr::db::tallies;
use crate::ssr::state::AppState;
use chrono::{DateTime, Duration, NaiveDate, Utc};

/// How many logged corrections the page shows.
const CORRECTIONS_SHOWN: i64 = 10;

/// A centre whose door the actor may count at.
pub async fn tally_centre(state: &AppState, slug: &str) -> Result<(CentreRow, Actor), AppError> {
    let centre = crate::ssr::programme::centre(state, slug).await?;
    let actor = authorise(state, Action::Tally { centre_id: centre.id }).await?;
    Ok((centre, actor))
}

/// The dagdelen the centre is open on `day`.
async fn open_dagdelen(state: &AppState, centre_id: i64, day: NaiveDate) -> Result<Vec<Dagdeel>, AppError> {
    let hours = centres::opening_hours_of(&state.db.pool, centre_id).await?;
    let closures: Vec<_> = centres::closures_of(&state.db.pool, centre_id, day)
        .await?
        .into_iter()
        .map(|(_, closure)| closure)
        .collect();
    let periods: Vec<_> = periods_on(day, &hours, &closures)
        .into_iter()
        .map(|(opens, closes)| (utc_to_local(opens).time(), utc_to_local(closes).time()))
        .collect();
    Ok(tally::dagdelen_open(&periods))
}

/// The counting page: today's dagdelen (the current one first) with their counts, and for
/// coordinators the last two weeks and the latest corrections.
pub async fn page(state: &AppState, slug: &str) -> Result<TallyPage, AppError> {
    let (centre, actor) = tally_centre(state, slug).await?;
    let now = state.clock.now();
    let today = state.clock.today();
    let current = Dagdeel::of(utc_to_local(now).time());
    let counts = tallies::day(&state.db, centre.id, today).await?;
    let counted: Vec<Dagdeel> = Dagdeel::ALL
        .into_iter()
        .filter(|d| counts.counts[d.number() - 1].visits > 0)
        .collect();
    let open = open_dagdelen(state, centre.id, today).await?;
    let dagdelen = tally::shown_dagdelen(&open, &counted, current)
        .into_iter()
        .map(|d| DagdeelCount {
            dagdeel: d.number() as i64,
            count: counts.counts[d.number() - 1],
        })
        .collect();
    let may_manage = decide(&actor, Action::CorrectTally { centre_id: centre.id }) == Decision::Allow;
    let (recent, corrections) = if may_manage {
        let from = today - Duration::days(CORRECTION_DAYS);
        (
            tallies::days(&state.db, centre.id, from, today - Duration::days(1)).await?,
            tallies::corrections(&state.db, centre.id, CORRECTIONS_SHOWN).await?,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    Ok(TallyPage {
        slug: centre.slug,
        name: centre.name,
        today,
        current: current.number() as i64,
        dagdelen,
        may_manage,
        recent,
        corrections,
        tap_ids: (0..3).map(|_| new_tap_id()).collect(),
    })
}

/// A tap id for a form: 16 random bytes as hex.
fn new_tap_id() -> String {
    use argon2::password_hash::rand_core::{OsRng, RngCore};
    let mut bytes = [0u8; 16];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// One tap, as posted. A tap with an id that was counted before is not counted again.
pub async fn tap(state: &AppState, slug: &str, fields: [&str; 4]) -> Result<DayCounts, AppError> {
    let (centre, _) = tally_centre(state, slug).await?;
    let [dag, dagdeel, soort, tik] = fields;
    let tap = tally::parse_tap(dag, dagdeel, soort, tik, state.clock.today()).map_err(AppError::Invalid)?;
    let (counts, _) = tallies::tap(&state.db, centre.id, &tap).await?;
    Ok(counts)
}

/// A coordinator sets the count of a dagdeel of the last two weeks; the change is logged.
pub async fn correct(state: &AppState, slug: &str, fields: [&str; 4]) -> Result<String, AppError> {
    let centre = crate::ssr::programme::centre(state, slug).await?;
    let actor = authorise(state, Action::CorrectTally { centre_id: centre.id }).await?;
    let [dag, dagdeel, bezoekers, eerste] = fields;
    let correction =
        tally::parse_correction(dag, dagdeel, bezoekers, eerste, state.clock.today()).map_err(AppError::Invalid)?;
    let by = actor.account_id.ok_or(AppError::Unauthorised)?;
    tallies::correct(&state.db, centre.id, &correction, by, state.clock.timestamp()).await?;
    Ok(centre.slug)
}

/// The centres where the actor is in the team and the inloop is open today: the home page links
/// to their counting page.
pub async fn door_duty(state: &AppState, actor: &Actor, now: DateTime<Utc>) -> Result<Vec<(String, String)>, AppError> {
    let today = crate::domain::time::local_date(now);
    let mut ids: Vec<i64> = actor.centre_roles.iter().map(|(id, _)| *id).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut centres_open = Vec::new();
    for id in ids {
        if open_dagdelen(state, id, today).await?.is_empty() {
            continue;
        }
        if let Some(centre) = centres::by_id(&state.db.pool, id).await? {
            centres_open.push((centre.slug, centre.name));
        }
    }
    Ok(centres_open)
}
