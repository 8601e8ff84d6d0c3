//! An island: a button that copies the page's link, to send to a friend. It stays hidden until
//! the browser has run it, so without JavaScript nobody sees a button that does nothing.

use leptos::prelude::*;

#[island]
pub fn ShareButton(label: String, done: String, failed: String) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    let (message, set_message) = signal(String::new());
    // Effects only run in the browser.
    Effect::new(move |_| set_ready.set(true));
    let copy = move |_| {
        #[cfg(feature = "hydrate")]
        {
            let done = done.clone();
            let failed = failed.clone();
            let Some(window) = web_sys::window() else {
                set_message.set(failed);
                return;
            };
            let href = window.location().href().unwrap_or_default();
            let promise = window.navigator().clipboard().write_text(&href);
            leptos::task::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => set_message.set(done),
                    Err(_) => set_message.set(failed),
                }
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&done, &failed, set_message);
    };
    view! {
        <div class="share" hidden=move || !ready.get()>
            <button type="button" class="button secondary" on:click=copy>{label}</button>
            <p class="share-status" role="status">{message}</p>
        </div>
    }
}
