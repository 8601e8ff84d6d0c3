//! `/over`: what Kring is, who runs it here, privacy in plain words, contact, accessibility.

use crate::api::centres::list_centres;
use crate::i18n::use_texts;
use crate::pages::not_found::ErrorNotice;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AboutPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <Title text=t.about_title/>
        <h1>{t.about_title}</h1>
        <p class="lead">{t.about_intro}</p>
        <section aria-labelledby="zelfregie">
            <h2 id="zelfregie">{t.about_what_heading}</h2>
            <p>{t.about_what_text}</p>
            <p>{t.about_what_kring}</p>
        </section>
        <section aria-labelledby="wie">
            <h2 id="wie">{t.about_who_heading}</h2>
            <p>{t.about_who_text}</p>
            {Suspend::new(async move {
                match list_centres().await {
                    Ok(list) if list.is_empty() => view! { <p class="empty">{t.no_centres}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="links">
                            {list.into_iter().map(|centre| view! {
                                <li><a href=format!("/centra/{}", centre.slug)>{format!("{}, {}", centre.name, centre.town)}</a></li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error not_found=t.not_found_text/> }.into_any(),
                }
            })}
        </section>
        <section aria-labelledby="privacy">
            <h2 id="privacy">{t.about_privacy_heading}</h2>
            <ul>
                <li>{t.about_privacy_keep}</li>
                <li>{t.about_privacy_health}</li>
                <li>{t.about_privacy_who}</li>
                <li>{t.about_privacy_track}</li>
                <li>{t.about_privacy_guests}</li>
                <li>{t.about_privacy_yours}</li>
            </ul>
            <p><a href="/mijn-account#downloaden">{t.about_privacy_link}</a></p>
        </section>
        <section aria-labelledby="contact">
            <h2 id="contact">{t.about_contact_heading}</h2>
            <p>{t.about_contact_text}</p>
        </section>
        <section aria-labelledby="toegankelijkheid">
            <h2 id="toegankelijkheid">{t.about_a11y_heading}</h2>
            <p>{t.about_a11y_text}</p>
            <ul>
                <li>{t.about_a11y_phone}</li>
                <li>{t.about_a11y_nojs}</li>
                <li>{t.about_a11y_reader}</li>
            </ul>
            <p>{t.about_a11y_report}</p>
        </section>
    }
}
