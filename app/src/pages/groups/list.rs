//! `/groepen`: the groups one may join, and mine.

use super::listing_card;
use crate::api::groups::get_groups;
use crate::components::form::Notice;
use crate::i18n::use_lang;
use crate::pages::not_found::refusal;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn GroupsPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    view! {
        <Title text=t.groups_title/>
        <h1>{t.groups_title}</h1>
        <Notice key="uit" text=t.left_group_notice/>
        <Notice key="voorgesteld" text=t.proposal_sent_notice/>
        <p>{t.groups_intro}</p>
        {Suspend::new(async move {
            match get_groups().await {
                Ok(overview) => {
                    let proposed = (!overview.proposed.is_empty()).then(|| {
                        let cards = overview
                            .proposed
                            .into_iter()
                            .map(|group| listing_card(lang, group, None))
                            .collect_view();
                        view! {
                            <section aria-labelledby="mijn-voorstellen">
                                <h2 id="mijn-voorstellen">{t.my_proposals_heading}</h2>
                                <p>{t.proposal_waiting}</p>
                                <ul class="cards">{cards}</ul>
                            </section>
                        }
                    });
                    let propose = crate::context::use_viewer().is_some().then(|| view! {
                        <p><a href="/groepen/voorstellen">{t.propose_group_link}</a></p>
                    });
                    let mine = (!overview.mine.is_empty() || !overview.facilitated.is_empty()).then(|| {
                        let facilitated = overview
                            .facilitated
                            .into_iter()
                            .map(|group| listing_card(lang, group, None))
                            .collect_view();
                        let mine = overview
                            .mine
                            .into_iter()
                            .map(|(group, status)| listing_card(lang, group, Some(status)))
                            .collect_view();
                        view! {
                            <section aria-labelledby="mijn-groepen">
                                <h2 id="mijn-groepen">{t.my_groups_heading}</h2>
                                <ul class="cards">{facilitated}{mine}</ul>
                            </section>
                        }
                    });
                    let listed = if overview.listed.is_empty() {
                        view! { <p class="empty">{t.groups_empty}</p> }.into_any()
                    } else {
                        let cards = overview
                            .listed
                            .into_iter()
                            .map(|group| listing_card(lang, group, None))
                            .collect_view();
                        view! { <ul class="cards">{cards}</ul> }.into_any()
                    };
                    view! {
                        {mine}
                        {proposed}
                        <section aria-labelledby="alle-groepen">
                            <h2 id="alle-groepen">{t.all_groups_heading}</h2>
                            {listed}
                        </section>
                        {propose}
                    }
                    .into_any()
                }
                Err(error) => refusal(error),
            }
        })}
    }
}
