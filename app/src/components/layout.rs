//! The frame around every page: skip link, header with navigation and language switch, footer.

use crate::context::use_viewer;
use crate::i18n::{use_lang, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let location = use_location();
    // The language form posts the current address so the visitor comes back to the same page.
    let here = move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{}", location.pathname.get(), search)
        }
    };
    let other = lang.other();
    let viewer = use_viewer();
    let (staff, logged_in) = match &viewer {
        Some(viewer) => (viewer.is_admin || viewer.in_a_team, true),
        None => (false, false),
    };
    // The links that go under "Meer" on a phone.
    let secondary = move || {
        view! {
            <a href="/centra">{t.nav_centres}</a>
            <a href="/groepen">{t.nav_groups}</a>
            {staff.then(|| view! { <a href="/beheer">{t.nav_platform}</a> })}
            {logged_in.then(|| view! { <a href="/mijn-account">{t.nav_account}</a> })}
        }
    };
    view! {
        <a class="skip-link" href="#inhoud">{t.skip_link}</a>
        <header class="site-header">
            <div class="wrap header-row">
                <a class="brand" href="/">{t.site_name}</a>
                <form class="lang-switch" method="post" action="/taal" aria-label=t.lang_switch_label>
                    <input type="hidden" name="lang" value=other.code()/>
                    <input type="hidden" name="terug" value=here/>
                    <button type="submit" lang=other.code()>{t.lang_switch_button}</button>
                </form>
            </div>
            // On a phone the menu is one row: the most used links and "Meer" (a `<details>`, so
            // it opens without JavaScript) for the rest. Wider screens show every link in a row.
            <nav class="wrap site-nav" aria-label=t.nav_label>
                <a href="/">{t.nav_today}</a>
                <a href="/activiteiten">{t.nav_agenda}</a>
                {match viewer.is_some() {
                    true => view! { <a href="/mijn-week">{t.nav_my_week}</a> }.into_any(),
                    false => view! { <a href="/inloggen">{t.nav_login}</a> }.into_any(),
                }}
                <span class="nav-wide">{secondary()}</span>
                <details class="nav-more">
                    <summary>{t.nav_more}</summary>
                    <div class="nav-more-list">
                        {secondary()}
                        <a href="/over">{t.nav_about}</a>
                    </div>
                </details>
            </nav>
        </header>
        <main id="inhoud" class="wrap" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <div class="wrap">
                <p>{t.tagline}</p>
                <p><a href="/aanmelding">{t.footer_code_link}</a></p>
                <p><a href="/over">{t.footer_about_link}</a></p>
                <p>{t.footer_privacy}</p>
            </div>
        </footer>
    }
}
