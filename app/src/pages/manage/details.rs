//! `/beheer/centra/:slug/gegevens`: a centre's address and contact details.

use super::{param, refused, CentreNav};
use crate::api::programme::get_centre_settings;
use crate::components::form::{Checkbox, Field, Notice, PostForm, TextArea};
use crate::domain::programme::CentreSettings;
use crate::i18n::{fill, use_texts};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn CentreDetailsPage() -> impl IntoView {
    let t = use_texts();
    let slug = param("slug");
    Suspend::new(async move {
        match get_centre_settings(slug).await {
            Ok(settings) => view! { <DetailsContent settings/> }.into_any(),
            Err(error) => refused(t.platform_title, error),
        }
    })
}

#[component]
fn DetailsContent(settings: CentreSettings) -> impl IntoView {
    let t = use_texts();
    let title = fill(t.details_title, &[("centre", &settings.name)]);
    let f = settings.form;
    const A: &str = "save_centre";
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <Notice key="opgeslagen" text=t.saved_notice/>
        <CentreNav slug=settings.slug.clone() may_manage=true current="gegevens"/>
        <PostForm action=A class="stack">
            <input type="hidden" name="centrum" value=settings.slug/>
            <Field action=A name="naam" label=t.field_centre_name value=f.naam/>
            <TextArea action=A name="beschrijving" label=t.field_centre_description hint=t.plain_text_hint optional=true value=f.beschrijving/>
            <Field action=A name="adres" label=t.field_address autocomplete="street-address" value=f.adres/>
            <Field action=A name="postcode" label=t.field_postcode autocomplete="postal-code" optional=true value=f.postcode/>
            <Field action=A name="plaats" label=t.field_town autocomplete="address-level2" value=f.plaats/>
            <Field action=A name="telefoon" label=t.field_phone kind="tel" autocomplete="tel" optional=true value=f.telefoon/>
            <Field action=A name="email" label=t.field_email kind="email" autocomplete="email" optional=true value=f.email/>
            <TextArea action=A name="toegankelijkheid" label=t.field_accessibility hint=t.accessibility_hint optional=true value=f.toegankelijkheid rows=3/>
            <Checkbox action=A name="vrijwilligers_publiceren" label=t.field_volunteers_publish hint=t.volunteers_publish_hint checked=f.vrijwilligers_publiceren == "ja"/>
            <Field action=A name="bewaartermijn" label=t.field_retention kind="number" inputmode="numeric" hint=t.retention_hint value=f.bewaartermijn/>
            <button type="submit" class="button primary">{t.save_button}</button>
        </PostForm>
    }
}
