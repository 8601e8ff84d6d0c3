//! Renders text typed by people: paragraphs, line breaks and web links, never HTML.

use crate::domain::text::{paragraphs, Piece};
use leptos::prelude::*;

#[component]
pub fn PlainText(text: String) -> impl IntoView {
    paragraphs(&text)
        .into_iter()
        .map(|lines| {
            let count = lines.len();
            let lines = lines
                .into_iter()
                .enumerate()
                .map(|(i, pieces)| {
                    let pieces = pieces
                        .into_iter()
                        .map(|piece| match piece {
                            Piece::Text(text) => text.into_any(),
                            Piece::Link(url) => {
                                let label = url.clone();
                                view! { <a href=url rel="nofollow noopener">{label}</a> }.into_any()
                            }
                        })
                        .collect_view();
                    view! { {pieces} {(i + 1 < count).then(|| view! { <br/> })} }
                })
                .collect_view();
            view! { <p>{lines}</p> }
        })
        .collect_view()
}
