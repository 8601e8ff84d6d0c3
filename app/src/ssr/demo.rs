//! Demo data: two centres in different towns with a realistic week programme, placed around the
//! current date so that today and this week always have something on.

use crate::domain::activity::{ActivityKind, Theme};
use crate::domain::hours::{Closure, OpeningPeriod};
use crate::domain::programme::{ActivityDraft, Place};
use crate::domain::recurrence::{Recurrence, RecurrenceEnd, Schedule, WINDOW_WEEKS};
use crate::domain::time::{local_date, local_to_utc, start_of_day};
use crate::ssr::db::activities;
use crate::ssr::db::centres::{self, NewCentre};
use crate::ssr::db::{occurrences, Db};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("the database already holds data; demo data is only loaded into an empty database")]
    NotEmpty,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// What was loaded.
#[derive(Debug, Clone, Copy)]
pub struct DemoSummary {
    pub centres: usize,
    pub activities: usize,
    /// Dates in the seven days from the moment of loading.
    pub dates_this_week: i64,
}

/// The towns of the region demo's extra centres (`kring demo --regio`).
const REGION_TOWNS: [&str; 10] = [
    "Kampen",
    "Apeldoorn",
    "Hengelo",
    "Enschede",
    "Almelo",
    "Hardenberg",
    "Meppel",
    "Raalte",
    "Ommen",
    "Zutphen",
];

/// One of the region demo's activities: title, description, kind, theme, start, minutes.
type RegionActivity = (&'static str, &'static str, ActivityKind, Theme, (u32, u32), u32);

/// What the region demo's extra centres hold.
const REGION_ACTIVITIES: [RegionActivity; 8] = [
    (
        "Inloop met koffie",
        "Loop binnen voor koffie, thee en een praatje. Je hoeft niets te vertellen.",
        ActivityKind::Inloop,
        Theme::Ontmoeting,
        (10, 0),
        180,
    ),
    (
        "Samen lunchen",
        "We maken samen soep en broodjes en eten aan de grote tafel.",
        ActivityKind::Activiteit,
        Theme::Koken,
        (12, 30),
        90,
    ),
    (
        "Wandelen in de buurt",
        "Een rustige wandeling van een uur, daarna koffie.",
        ActivityKind::Activiteit,
        Theme::Bewegen,
        (14, 0),
        60,
    ),
    (
        "Creatieve middag",
        "Tekenen, kleien of haken: je kiest zelf wat je doet.",
        ActivityKind::Activiteit,
        Theme::Creatief,
        (13, 30),
        120,
    ),
    (
        "Spelletjesavond",
        "Bordspellen en kaartspellen met wie er maar komt.",
        ActivityKind::Activiteit,
        Theme::Ontmoeting,
        (19, 0),
        120,
    ),
    (
        "Computerspreekuur",
        "Hulp bij je telefoon, DigiD of e-mail.",
        ActivityKind::Activiteit,
        Theme::Computer,
        (10, 30),
        90,
    ),
    (
        "Herstelgroep",
        "Ervaringen delen met mensen die het herkennen, begeleid door ervaringsdeskundigen.",
        ActivityKind::Activiteit,
        Theme::Herstel,
        (15, 0),
        90,
    ),
    (
        "Muziek maken",
        "Zingen en spelen, ook als je geen noten kunt lezen.",
        ActivityKind::Activiteit,
        Theme::Muziek,
        (16, 0),
        90,
    ),
];

/// The demo programme and ten more centres in the region, each with activities on every
/// weekday, so that the coming seven days hold about 200 dates (for measuring a region-sized
/// agenda: `kring demo --regio`).
pub async fn load_region(db: &Db, now: DateTime<Utc>) -> Result<DemoSummary, DemoError> {
    let base = load(db, now).await?;
    let today = local_date(now);
    let this_monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let last_monday = this_monday - Duration::days(7);
    let (from, to) = (start_of_day(last_monday), now + Duration::weeks(WINDOW_WEEKS));
    let stamp = now.timestamp();
    // Monday to Saturday.
    let weekdays = &crate::domain::programme::WEEK[..6];
    let mut tx = db.begin_write().await?;
    let mut activities_added = 0;
    for (n, town) in REGION_TOWNS.iter().enumerate() {
        let slug = format!("huiskamer-{}", town.to_lowercase());
        let name = format!("Huiskamer {town}");
        let centre = centres::insert(
            &mut tx,
            &NewCentre {
                slug: &slug,
                name: &name,
                town,
                address: "Kerkstraat 1",
                postcode: "8000 AA",
                description: "Een huiskamer van en voor mensen met ervaring. Loop binnen wanneer je wilt.",
                phone: "",
                email: "",
                accessibility: "Ingang zonder drempel.",
            },
            stamp,
        )
        .await?;
        for day in &weekdays[..5] {
            centres::insert_opening(&mut tx, centre, &opening(*day, (10, 0), (16, 0))).await?;
        }
        // Eight activities, each on two or three weekdays: eighteen dates a week per centre.
        for (k, (title, description, kind, theme, at, minutes)) in REGION_ACTIVITIES.iter().enumerate() {
            let days: Vec<Weekday> = (0..6)
                .filter(|d| (d + k + n) % 3 != 0)
                .map(|d| weekdays[d])
                .take(if k % 4 == 0 { 3 } else { 2 })
                .collect();
            let mut draft = activity(
                *kind,
                title,
                description,
                &[*theme],
                weekly(last_monday, &days, *at, *minutes, 1, RecurrenceEnd::Never),
            );
            if k % 3 == 1 {
                draft.signup_required = true;
                draft.capacity = Some(12);
            }
            let id = activities::insert(&mut tx, centre, &draft, stamp).await?;
            occurrences::insert_missing(&mut tx, id, &draft.schedule.slots_between(from, to)).await?;
            activities_added += 1;
        }
    }
    let dates_this_week: i64 = sqlx::Row::try_get(
        &sqlx::query("SELECT COUNT(*) AS n FROM occurrences WHERE starts_at >= $1 AND starts_at < $2")
            .bind(stamp)
            .bind((now + Duration::days(7)).timestamp())
            .fetch_one(&mut *tx)
            .await?,
        "n",
    )?;
    tx.commit().await?;
    Ok(DemoSummary {
        centres: base.centres + REGION_TOWNS.len(),
        activities: base.activities + activities_added,
        dates_this_week,
    })
}

/// A volunteer of the demo at `centre_id`, who facilitates `activity`. Their password is random
/// and not kept: a coordinator can help them log in (or an admin set one), like anyone new.
async fn demo_volunteer(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    nickname: &str,
    centre_id: i64,
    activity: Option<i64>,
    now: i64,
) -> Result<i64, sqlx::Error> {
    use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
    let secret = crate::ssr::auth::session::new_token().0;
    let hash = argon2::Argon2::default()
        .hash_password(secret.as_bytes(), &SaltString::generate(&mut OsRng))
        .map_err(|e| sqlx::Error::Protocol(format!("hashing a demo password: {e}")))?
        .to_string();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO accounts (nickname, nickname_key, password_hash, created_at, password_changed_at)
         VALUES ($1, $2, $3, $4, $4) RETURNING id",
    )
    .bind(nickname)
    .bind(crate::domain::account::nickname_key(nickname))
    .bind(hash)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO centre_roles (account_id, centre_id, role, created_at) VALUES ($1, $2, 'vrijwilliger', $3)",
    )
    .bind(id)
    .bind(centre_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    if let Some(activity) = activity {
        sqlx::query("INSERT INTO activity_facilitators (activity_id, account_id) VALUES ($1, $2)")
            .bind(activity)
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(id)
}

/// Four weeks of visitors counted at the door before `today`, on the days and dagdelen the centre
/// is open (a steady pattern with a few first visits a week), so that what is built on the counts
/// shows something on a fresh install.
async fn past_tallies(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    centre_id: i64,
    hours: &[OpeningPeriod],
    today: NaiveDate,
) -> Result<(), sqlx::Error> {
    for back in 1..=28 {
        let day = today - Duration::days(back);
        let periods: Vec<_> = hours
            .iter()
            .filter(|p| p.weekday == day.weekday())
            .map(|p| (p.opens, p.closes))
            .collect();
        for dagdeel in crate::domain::tally::dagdelen_open(&periods) {
            let n = back + dagdeel.number() as i64 * 3 + centre_id;
            let count = crate::domain::tally::Count {
                visits: 6 + n % 9,
                first_visits: i64::from(n % 5 == 0) + i64::from(n % 7 == 0),
            };
            super::db::tallies::insert_counts(tx, centre_id, day, dagdeel, count).await?;
        }
    }
    Ok(())
}

fn time(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or(NaiveTime::MIN)
}

fn opening(weekday: Weekday, opens: (u32, u32), closes: (u32, u32)) -> OpeningPeriod {
    OpeningPeriod {
        weekday,
        opens: time(opens.0, opens.1),
        closes: time(closes.0, closes.1),
    }
}

/// A series that started on `weekday` of last week.
fn weekly(
    last_monday: NaiveDate,
    days: &[Weekday],
    at: (u32, u32),
    minutes: u32,
    every: u32,
    end: RecurrenceEnd,
) -> Schedule {
    let first_day = days
        .iter()
        .map(|d| last_monday + Duration::days(i64::from(d.num_days_from_monday())))
        .min()
        .unwrap_or(last_monday);
    Schedule {
        first_start: first_day.and_time(time(at.0, at.1)),
        duration_minutes: minutes,
        repeat: Some(Recurrence {
            every_weeks: every,
            weekdays: days.to_vec(),
            end,
        }),
    }
}

fn activity(kind: ActivityKind, title: &str, description: &str, themes: &[Theme], schedule: Schedule) -> ActivityDraft {
    ActivityDraft {
        kind,
        title: title.to_owned(),
        member_title: String::new(),
        description: description.to_owned(),
        group_id: None,
        themes: themes.to_vec(),
        place: Place::Centrum,
        location: String::new(),
        online_url: String::new(),
        facilitator_ids: Vec::new(),
        other_facilitators: String::new(),
        accessibility: String::new(),
        what_to_bring: String::new(),
        cost: String::new(),
        signup_required: false,
        drop_in: false,
        capacity: None,
        schedule,
    }
}

/// Loads the demo programme into an empty database, in one transaction.
pub async fn load(db: &Db, now: DateTime<Utc>) -> Result<DemoSummary, DemoError> {
    use ActivityKind::*;
    use Weekday::*;

    let today = local_date(now);
    let this_monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let last_monday = this_monday - Duration::days(7);
    let stamp = now.timestamp();

    let mut tx = db.begin_write().await?;
    let existing: i64 = sqlx::Row::try_get(
        &sqlx::query("SELECT COUNT(*) AS n FROM centres")
            .fetch_one(&mut *tx)
            .await?,
        "n",
    )?;
    if existing > 0 {
        return Err(DemoError::NotEmpty);
    }

    let haven = centres::insert(
        &mut tx,
        &NewCentre {
            slug: "de-haven-zwolle",
            name: "Zelfregiecentrum De Haven",
            town: "Zwolle",
            address: "Assendorperstraat 41",
            postcode: "8012 DE",
            description: "De Haven is een plek voor iedereen die even iets anders wil. Je kunt zonder afspraak binnenlopen voor koffie en een praatje. \
                          Mensen met ervaring helpen je verder, als je dat wilt. Je hoeft niets te vertellen over je verleden.",
            phone: "038 123 45 67",
            email: "welkom@dehaven.example",
            accessibility: "Ingang zonder drempel. Toilet voor rolstoelgebruikers. Stille ruimte op de eerste verdieping (met lift).",
        },
        stamp,
    )
    .await?;
    let anker = centres::insert(
        &mut tx,
        &NewCentre {
            slug: "het-anker-deventer",
            name: "Herstelcentrum Het Anker",
            town: "Deventer",
            address: "Brink 12",
            postcode: "7411 BR",
            description: "Het Anker is een huiskamer in het centrum van Deventer. Hier doe je mee op jouw manier: \
                          aan tafel met koffie, in de tuin of in een groep met mensen die snappen hoe het is.",
            phone: "0570 98 76 54",
            email: "hallo@hetanker.example",
            accessibility: "Twee treden bij de ingang; er is een oprijplaat. Geen lift: alle activiteiten zijn op de begane grond.",
        },
        stamp,
    )
    .await?;

    let haven_hours = [
        opening(Mon, (10, 0), (16, 0)),
        opening(Tue, (10, 0), (16, 0)),
        opening(Wed, (10, 0), (16, 0)),
        opening(Thu, (10, 0), (19, 0)),
        opening(Fri, (10, 0), (14, 0)),
        opening(Sat, (10, 0), (13, 0)),
    ];
    let anker_hours = [
        opening(Mon, (9, 30), (13, 0)),
        opening(Tue, (9, 30), (13, 0)),
        opening(Wed, (13, 0), (17, 0)),
        opening(Thu, (9, 30), (13, 0)),
        opening(Sun, (12, 0), (15, 0)),
    ];
    for (centre, hours) in [(haven, &haven_hours[..]), (anker, &anker_hours[..])] {
        for period in hours {
            centres::insert_opening(&mut tx, centre, period).await?;
        }
        past_tallies(&mut tx, centre, hours, today).await?;
    }
    let study_day = this_monday + Duration::days(15);
    centres::insert_closure(
        &mut tx,
        haven,
        &Closure {
            first_day: study_day,
            last_day: study_day,
            reason: "Studiedag van het team".into(),
            hours: None,
        },
    )
    .await?;

    let programme = [
        (
            haven,
            ActivityDraft {
            other_facilitators: "Marieke, Johan".into(),
            location: "De huiskamer".into(),
            accessibility: "Rustige hoek met tafel bij het raam.".into(),
            ..activity(Inloop, "Inloop met koffie", "Loop binnen wanneer je wilt. Er is koffie, thee en iets lekkers. \
                Je kunt een spelletje doen, de krant lezen of gewoon even zitten. Niemand vraagt waarom je er bent.", &[Theme::Ontmoeting],
                weekly(last_monday, &[Mon, Tue, Wed, Thu, Fri], (10, 0), 150, 1, RecurrenceEnd::Never))
            },
        ),
        (
            haven,
            ActivityDraft {
            other_facilitators: "Ahmed".into(),
            location: "De keuken".into(),
            signup_required: true,
            capacity: Some(12),
            cost: "€ 3,50 voor de maaltijd".into(),
            what_to_bring: "Niets. Heb je een dieet? Zeg het bij het aanmelden.".into(),
            ..activity(Activiteit, "Samen koken en eten", "Elke donderdag koken we samen een maaltijd en eten we aan de lange tafel. \
                Je helpt mee met snijden, koken of tafel dekken, wat je maar leuk vindt.", &[Theme::Koken, Theme::Ontmoeting],
                weekly(last_monday, &[Thu], (16, 30), 150, 1, RecurrenceEnd::Never))
            },
        ),
        (
            haven,
            ActivityDraft {
            location: "Leslokaal".into(),
            signup_required: true,
            capacity: Some(10),
            drop_in: true,
            what_to_bring: "Een schrift of map. Koffie en thee staan klaar.".into(),
            ..activity(Cursus, "WRAP: werken aan je herstel", "In acht bijeenkomsten maak je je eigen herstelplan (WRAP). \
                Je ontdekt wat je helpt om je goed te voelen en wat je kunt doen als het minder gaat. \
                De cursus wordt gegeven door ervaringsdeskundigen. Je meldt je één keer aan voor alle bijeenkomsten.", &[Theme::Herstel],
                weekly(last_monday, &[Wed], (13, 30), 120, 1, RecurrenceEnd::Count(8)))
            },
        ),
        (
            haven,
            ActivityDraft {
            other_facilitators: "Peter".into(),
            location: "Computerhoek".into(),
            ..activity(Activiteit, "Computerhulp", "Vragen over je telefoon, DigiD of e-mail? Peter helpt je op weg. Neem je eigen telefoon of laptop mee als je die hebt.",
                &[Theme::Computer, Theme::WerkEnLeren], weekly(last_monday, &[Mon], (14, 0), 90, 1, RecurrenceEnd::Never))
            },
        ),
        (
            haven,
            ActivityDraft {
            other_facilitators: "Marieke".into(),
            location: "De huiskamer".into(),
            ..activity(Inloop, "Zaterdagkoffie", "Op zaterdag is de huiskamer open. Rustig beginnen aan het weekend, met koffie en de krant.",
                &[Theme::Ontmoeting], weekly(last_monday, &[Sat], (10, 0), 180, 1, RecurrenceEnd::Never))
            },
        ),
        (
            anker,
            ActivityDraft {
            other_facilitators: "Fatima, Kees".into(),
            location: "De tafel bij het raam".into(),
            ..activity(Inloop, "Koffie-inloop", "De deur staat open. Schuif aan voor koffie en een praatje, of kom alleen even binnen om op te warmen.",
                &[Theme::Ontmoeting], weekly(last_monday, &[Mon, Tue, Thu], (9, 30), 210, 1, RecurrenceEnd::Never))
            },
        ),
        (
            anker,
            ActivityDraft {
            location: "Atelier".into(),
            signup_required: true,
            capacity: Some(8),
            cost: "Gratis; materiaal is er".into(),
            what_to_bring: "Kleren die vies mogen worden.".into(),
            ..activity(Activiteit, "Creatief atelier: schilderen", "We schilderen met acryl en waterverf. Je hoeft het niet te kunnen: \
                het gaat om het maken, niet om het resultaat.", &[Theme::Creatief],
                weekly(last_monday, &[Tue], (13, 30), 120, 1, RecurrenceEnd::Never))
            },
        ),
        (
            anker,
            ActivityDraft {
            other_facilitators: "Kees".into(),
            location: "Verzamelen bij de ingang".into(),
            accessibility: "Rustig tempo, ongeveer 5 kilometer over verharde paden. Er is een bankje halverwege.".into(),
            what_to_bring: "Goede schoenen en kleding voor het weer.".into(),
            ..activity(Activiteit, "Wandelgroep langs de IJssel", "Samen een uur wandelen langs de IJssel. Daarna drinken we koffie in het centrum.",
                &[Theme::Bewegen, Theme::Natuur], weekly(last_monday, &[Sat], (10, 30), 90, 1, RecurrenceEnd::Never))
            },
        ),
        (
            anker,
            ActivityDraft {
            other_facilitators: "Fatima".into(),
                member_title: "Lotgenotengroep".into(),
            location: "Achterkamer".into(),
            ..activity(Groepsbijeenkomst, "Dinsdaggroep", "Een vaste groep die om de week bij elkaar komt om ervaringen te delen. \
                Nieuwe mensen zijn welkom na een kennismaking met Fatima.", &[Theme::Herstel],
                weekly(last_monday, &[Tue], (19, 0), 90, 2, RecurrenceEnd::Never))
            },
        ),
        (
            anker,
            ActivityDraft {
            other_facilitators: "Yvonne, Kees".into(),
            location: "De tafel bij het raam".into(),
            ..activity(Inloop, "Zondagsinloop", "Op zondag is het vaak stil. Kom langs voor soep, een spelletje en gezelschap.",
                &[Theme::Ontmoeting], weekly(last_monday, &[Sun], (12, 0), 180, 1, RecurrenceEnd::Never))
            },
        ),
        (
            anker,
            ActivityDraft {
            other_facilitators: "Ruud".into(),
            location: "Tuin achter het centrum".into(),
            ..activity(Activiteit, "Tuinieren en muziek", "In de tuin werken we aan de moestuin. Daarna speelt Ruud gitaar en zingen we mee, als je wilt.",
                &[Theme::Natuur, Theme::Muziek], weekly(last_monday, &[Wed], (14, 0), 120, 1, RecurrenceEnd::Never))
            },
        ),
    ];

    let from = start_of_day(last_monday);
    let to = now + Duration::weeks(WINDOW_WEEKS);
    let (mut atelier, mut wrap) = (None, None);
    for (centre_id, new) in &programme {
        let id = activities::insert(&mut tx, *centre_id, new, stamp).await?;
        occurrences::insert_missing(&mut tx, id, &new.schedule.slots_between(from, to)).await?;
        if new.title.starts_with("Creatief atelier") {
            atelier = Some(id);
        }
        if new.title.starts_with("WRAP") {
            wrap = Some(id);
        }
    }
    if let Some(id) = atelier {
        let next_week_tuesday = local_to_utc((this_monday + Duration::days(8)).and_time(time(13, 30)));
        occurrences::cancel(
            &mut tx,
            id,
            next_week_tuesday.timestamp(),
            "Yvonne is op vakantie. Volgende week zijn we er weer.",
        )
        .await?;
    }
    let tasks = [
        (
            haven,
            "Bardienst bij de inloop",
            "Koffie en thee zetten en mensen welkom heten. Je doet het samen met een vaste vrijwilliger.",
            "dinsdag- of donderdagochtend",
            &["bardienst", "gastvrouw"][..],
        ),
        (
            haven,
            "Soep koken voor de vrijdaglunch",
            "Samen met twee anderen soep koken voor ongeveer vijftien mensen.",
            "vrijdagochtend",
            &["koken", "bakken"][..],
        ),
        (
            anker,
            "Moestuin bijhouden",
            "Wieden, water geven en oogsten in de tuin achter het centrum.",
            "af en toe, in overleg",
            &["tuinieren", "klussen"][..],
        ),
    ];
    let mut task_ids = Vec::new();
    for (centre_id, title, description, moment, talents) in tasks {
        let task = crate::domain::helping::NewTask {
            title: title.to_owned(),
            description: description.to_owned(),
            moment: moment.to_owned(),
            talents: talents.iter().map(|t| (*t).to_owned()).collect(),
        };
        task_ids.push((
            super::db::helping::insert_task_in(&mut tx, centre_id, &task, stamp).await?,
            title,
        ));
    }
    // Two volunteers who run an activity each and write down their other work.
    let sanne = demo_volunteer(&mut tx, "Sanne", haven, wrap, stamp).await?;
    let yvonne = demo_volunteer(&mut tx, "Yvonne", anker, atelier, stamp).await?;
    let written: [(i64, i64, &[Weekday], &str, i64); 4] = [
        (sanne, haven, &[Tue, Thu], "Bardienst bij de inloop", 180),
        (sanne, haven, &[Fri], "Soep koken voor de vrijdaglunch", 150),
        (yvonne, anker, &[Sat], "Moestuin bijhouden", 120),
        (yvonne, anker, &[Mon], "", 90),
    ];
    for (account, centre_id, days, task, minutes) in written {
        let task_id = task_ids.iter().find(|(_, title)| *title == task).map(|(id, _)| *id);
        for back in 1..=28 {
            let day = today - Duration::days(back);
            if !days.contains(&day.weekday()) || (task.is_empty() && back > 14) {
                continue;
            }
            let new = crate::domain::volunteer_hours::NewHours {
                centre_id,
                day,
                minutes,
                task_id,
                what: if task.is_empty() {
                    "Folders rondbrengen in de wijk".to_owned()
                } else {
                    task.to_owned()
                },
            };
            super::db::volunteer_hours::add_in(&mut tx, account, &new, stamp).await?;
        }
    }
    // How many came to each date that is over (not a group's meeting: who came is theirs).
    sqlx::query(
        "INSERT INTO date_attendance (occurrence_id, head_count, recorded_by, recorded_at)
         SELECT o.id, 4 + o.id % 7, NULL, $1 FROM occurrences o JOIN activities a ON a.id = o.activity_id
         WHERE o.ends_at <= $1 AND o.cancelled = 0 AND a.group_id IS NULL",
    )
    .bind(stamp)
    .execute(&mut *tx)
    .await?;
    // A closed peer group; its facilitators are named once the centre has a team.
    let group = crate::domain::group::NewGroup {
        name: "Lotgenotengroep op dinsdag".to_owned(),
        public_name: "Dinsdaggroep".to_owned(),
        description: "Een groep voor mensen die willen praten over wat ze meemaken, met anderen die het herkennen."
            .to_owned(),
        theme: Some(Theme::Herstel),
        house_rules: "Wat in de groep gezegd wordt, blijft in de groep.\nWe laten elkaar uitpraten.\nJe vertelt alleen wat je zelf wilt."
            .to_owned(),
        max_members: Some(12),
        kind: crate::domain::group::GroupKind::Closed,
        online: false,
        listed: true,
        facilitators: Vec::new(),
    };
    super::db::groups::insert_in(&mut tx, haven, &group, stamp).await?;
    tx.commit().await?;
    // The dates the volunteers ran that are over count as their hours.
    super::db::volunteer_hours::record_facilitated(db, None, (now - Duration::days(28)).timestamp(), stamp).await?;
    Ok(DemoSummary {
        centres: 2,
        activities: programme.len(),
        dates_this_week: 0,
    })
}
