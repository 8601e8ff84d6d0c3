//! Copying and sharing links. `ShareButton` is an island: it copies a link (the page's own, or
//! the one it is given) and, on phones that have it, offers the system's share sheet. It stays
//! hidden until the browser has run it, so without JavaScript nobody sees a button that does
//! nothing; `CopyField` shows a link to keep as selectable text beside it.

use crate::i18n::use_texts;
use leptos::prelude::*;

/// A link shown once or to be kept (a personal sign-up link, a calendar feed, an invitation): a
/// label, the link as text that can be selected, and the copy and share buttons.
#[component]
pub fn CopyField(id: &'static str, label: &'static str, value: String) -> impl IntoView {
    let t = use_texts();
    view! {
        <label for=id>{label}</label>
        <input id=id class="copy-field" type="text" readonly=true value=value.clone()/>
        <ShareButton
            label=t.copy_button.to_owned()
            share=t.share_sheet_button.to_owned()
            done=t.copy_done.to_owned()
            failed=t.copy_failed.to_owned()
            text=value
        />
    }
}

/// Copies `text` (the page's address when empty); with the Web Share API also "Delen".
#[island]
pub fn ShareButton(
    label: String,
    /// The share sheet's button (empty: none).
    share: String,
    done: String,
    failed: String,
    /// What to copy (empty: the page's address).
    text: String,
) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    let (can_share, set_can_share) = signal(false);
    let (message, set_message) = signal(String::new());
    // Effects only run in the browser.
    Effect::new(move |_| {
        set_ready.set(true);
        #[cfg(feature = "hydrate")]
        if let Some(window) = web_sys::window() {
            let navigator = window.navigator();
            let has = js_sys::Reflect::has(&navigator, &wasm_bindgen::JsValue::from_str("share")).unwrap_or(false);
            set_can_share.set(has);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = set_can_share;
    });
    let link = move || {
        #[cfg(feature = "hydrate")]
        if text.is_empty() {
            return web_sys::window()
                .and_then(|window| window.location().href().ok())
                .unwrap_or_default();
        }
        text.clone()
    };
    let copy = {
        let link = link.clone();
        move |_| {
            #[cfg(feature = "hydrate")]
            {
                let done = done.clone();
                let failed = failed.clone();
                let Some(window) = web_sys::window() else {
                    set_message.set(failed);
                    return;
                };
                let promise = window.navigator().clipboard().write_text(&link());
                leptos::task::spawn_local(async move {
                    match wasm_bindgen_futures::JsFuture::from(promise).await {
                        Ok(_) => set_message.set(done),
                        Err(_) => set_message.set(failed),
                    }
                });
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = (&done, &failed, set_message, &link);
        }
    };
    let share_now = move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(window) = web_sys::window() {
            let data = web_sys::ShareData::new();
            data.set_url(&link());
            // A cancelled share sheet is no error worth a message.
            let _ = window.navigator().share_with_data(&data);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = &link;
    };
    let has_share = !share.is_empty();
    view! {
        <div class="share" hidden=move || !ready.get()>
            <div class="actions">
                <button type="button" class="button secondary" on:click=copy>{label}</button>
                {has_share.then(|| view! {
                    <button type="button" class="button secondary" hidden=move || !can_share.get() on:click=share_now>
                        {share.clone()}
                    </button>
                })}
            </div>
            <p class="share-status" role="status">{message}</p>
        </div>
    }
}
