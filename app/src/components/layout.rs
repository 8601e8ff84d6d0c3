//! The frame around every page: skip link, header with navigation and language switch, footer.

use crate::app::use_viewer;
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
            <nav class="wrap site-nav" aria-label=t.nav_label>
                <a href="/">{t.nav_today}</a>
                <a href="/activiteiten">{t.nav_agenda}</a>
                <a href="/centra">{t.nav_centres}</a>
                <a href="/groepen">{t.nav_groups}</a>
                {match use_viewer() {
                    Some(viewer) => view! {
                        {(viewer.is_admin || viewer.in_a_team).then(|| view! { <a href="/beheer">{t.nav_platform}</a> })}
                        <a href="/mijn-week">{t.nav_my_week}</a>
                        <a href="/mijn-account">{t.nav_account}</a>
                    }
                    .into_any(),
                    None => view! { <a href="/inloggen">{t.nav_login}</a> }.into_any(),
                }}
            </nav>
        </header>
        <main id="inhoud" class="wrap" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <div class="wrap">
                <p>{t.tagline}</p>
                <p><a href="/aanmelding">{t.footer_code_link}</a></p>
                <p>{t.footer_privacy}</p>
            </div>
        </footer>
    }
}
