//! A centre's phone number and e-mail address as links.

use crate::i18n::use_texts;
use leptos::prelude::*;

#[component]
pub fn ContactList(phone: String, email: String) -> impl IntoView {
    let t = use_texts();
    let phone_href = format!("tel:{}", phone.replace(' ', ""));
    let mail_href = format!("mailto:{email}");
    view! {
        <ul class="contact">
            {(!phone.is_empty()).then(|| view! { <li>{t.phone_label} ": " <a href=phone_href>{phone}</a></li> })}
            {(!email.is_empty()).then(|| view! { <li>{t.email_label} ": " <a href=mail_href>{email}</a></li> })}
        </ul>
    }
}
