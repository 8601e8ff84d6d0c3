//! `/groepen/voorstellen`: a member proposes a group to a centre.

use super::{kind_options, theme_options};
use crate::components::form::{Choices, Field, PostForm, TextArea};
use crate::domain::group::GroupKind;
use crate::i18n::use_lang;
use crate::pages::not_found::refusal;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// `/groepen/voorstellen`: a member proposes a group; a coordinator of the centre approves it and
/// names facilitators.
#[component]
pub fn ProposeGroupPage() -> impl IntoView {
    const A: &str = "propose_group";
    let lang = use_lang();
    let t = lang.texts();
    view! {
        <Title text=t.propose_group_title/>
        <Meta name="robots" content="noindex, nofollow"/>
        <h1>{t.propose_group_title}</h1>
        <p>{t.propose_group_intro}</p>
        {Suspend::new(async move {
            if crate::context::use_viewer().is_none() {
                return refusal(crate::error::AppError::Unauthorised);
            }
            match crate::api::centres::list_centres().await {
                Ok(centres) => {
                    let centres: Vec<(String, String)> = centres
                        .into_iter()
                        .map(|c| (c.slug, format!("{} ({})", c.name, c.town)))
                        .collect();
                    view! {
                        <PostForm action=A class="stack">
                            <Choices action=A name="centrum" legend=t.field_group_centre options=centres chosen=Vec::new()/>
                            <Field action=A name="naam" label=t.field_group_name hint=t.group_name_hint/>
                            <Field action=A name="publieke_naam" label=t.field_public_name hint=t.public_name_hint/>
                            <TextArea action=A name="omschrijving" label=t.field_group_description optional=true rows=3/>
                            <Choices action=A name="thema" legend=t.field_group_theme options=theme_options(lang) chosen=vec![String::new()]/>
                            <TextArea action=A name="afspraken" label=t.field_house_rules hint=t.house_rules_hint rows=5 value=t.default_house_rules/>
                            <Choices action=A name="soort" legend=t.field_group_kind options=kind_options(lang) chosen=vec![GroupKind::Closed.slug().to_owned()]/>
                            <button type="submit" class="button primary">{t.send_proposal_button}</button>
                        </PostForm>
                    }
                    .into_any()
                }
                Err(error) => refusal(error),
            }
        })}
    }
}
