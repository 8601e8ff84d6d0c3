//! Sets the HTTP status of a server-rendered page (404 for a missing page, 500 for an error) or
//! sends the browser to another page.

use http::StatusCode;

pub fn set_status(status: StatusCode) {
    #[cfg(feature = "ssr")]
    if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
}

/// Sends the browser elsewhere (a 302 for a page request).
pub fn redirect_to(path: &str) {
    #[cfg(feature = "ssr")]
    leptos_axum::redirect(path);
    #[cfg(not(feature = "ssr"))]
    let _ = path;
}
