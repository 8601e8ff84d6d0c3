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

/// A link that opens the phone's own map or route app at an address (a `geo:` URI, RFC 5870, with
/// the address as query), so no map tiles come from elsewhere. The address itself stays on the
/// page as text, for phones that do not open `geo:` links.
#[component]
pub fn RouteLink(address: String) -> impl IntoView {
    let t = use_texts();
    let query = url::form_urlencoded::byte_serialize(address.as_bytes())
        .collect::<String>()
        .replace('+', "%20");
    let blank = address.chars().all(|c| c == ',' || c.is_whitespace());
    (!blank).then(|| view! { <p><a class="route-link" href=format!("geo:0,0?q={query}")>{t.route_link}</a></p> })
}
