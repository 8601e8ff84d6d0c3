//! `/beheer/centra/:slug/uren`: the hours of a centre's volunteers in one month, per volunteer
//! (the dates they ran and what they wrote down), with the year so far. For its coordinators.

use super::{param, refused, CentreNav};
use crate::api::volunteer_hours::get_centre_hours;
use crate::domain::volunteer_hours::{next_month, previous_month, CentreHoursPage};
use crate::i18n::{fill, use_lang, use_texts};
use chrono::Datelike;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn CentreHoursPageView() -> impl IntoView {
    let t = use_texts();
    let slug = param("slug");
    let month = use_query_map().get_untracked().get("maand").unwrap_or_default();
    Suspend::new(async move {
        match get_centre_hours(slug, month).await {
            Ok(page) => view! { <CentreHours page/> }.into_any(),
            Err(error) => refused(t.centre_hours_title, error),
        }
    })
}

#[component]
fn CentreHours(page: CentreHoursPage) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let month_minutes = page.month_minutes();
    let month_name = lang.month(page.month);
    let link = |month: chrono::NaiveDate| format!("/beheer/centra/{}/uren?maand={}", page.slug, month.format("%Y-%m"));
    let previous = link(previous_month(page.month));
    let next = (!page.current).then(|| link(next_month(page.month)));
    let table = if page.volunteers.is_empty() {
        view! { <p class="empty">{t.centre_hours_none}</p> }.into_any()
    } else {
        let rows = page
            .volunteers
            .iter()
            .map(|v| {
                let name = if v.name.is_empty() {
                    t.centre_hours_deleted.to_owned()
                } else {
                    v.name.clone()
                };
                let split = fill(
                    t.centre_hours_split,
                    &[
                        ("ran", &lang.duration(v.facilitated)),
                        ("written", &lang.duration(v.written)),
                    ],
                );
                view! {
                    <tr>
                        <th scope="row">{name}</th>
                        <td><strong>{lang.duration(v.minutes())}</strong><br/><span class="hint">{split}</span></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll">
                <table aria-labelledby="maand">
                    <thead>
                        <tr>
                            <th scope="col">{t.centre_hours_volunteer}</th>
                            <th scope="col">{t.centre_hours_hours}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{t.centre_hours_total}</th>
                            <td><strong>{lang.duration(month_minutes)}</strong></td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        }
        .into_any()
    };
    let year = fill(
        t.centre_hours_year,
        &[
            ("year", &page.month.year().to_string()),
            ("month", &month_name),
            ("hours", &lang.duration(page.year_minutes)),
            ("volunteers", &lang.volunteers(page.year_volunteers)),
        ],
    );
    view! {
        <Title text=t.centre_hours_title/>
        <p class="breadcrumb"><a href=format!("/beheer/centra/{}", page.slug)>{page.centre_name.clone()}</a></p>
        <h1>{t.centre_hours_title}</h1>
        <CentreNav slug=page.slug.clone() may_manage=true current="uren"/>
        <p class="lead">{fill(t.centre_hours_intro, &[("centre", &page.centre_name)])}</p>
        <h2 id="maand">{month_name.clone()}</h2>
        {table}
        <p>{year}</p>
        <nav class="month-nav" aria-label=t.centre_hours_title>
            <a class="button secondary" href=previous>{t.previous_month}</a>
            {next.map(|href| view! { <a class="button secondary" href=href>{t.next_month}</a> })}
        </nav>
    }
}
