//! Peer groups: the list (`/groepen`), a group's page with what members and facilitators do
//! there, proposing a group, and a centre's groups in its management area. One module per page;
//! the labels and choices they share are here.

mod centre;
mod facilitating;
mod group;
mod list;
mod propose;

pub use centre::CentreGroupsPage;
pub use group::GroupPage;
pub use list::GroupsPage;
pub use propose::ProposeGroupPage;

use crate::domain::activity::Theme;
use crate::domain::group::{GroupKind, GroupListing, Membership};
use crate::i18n::Lang;
use leptos::prelude::*;

fn kind_label(lang: Lang, kind: GroupKind) -> &'static str {
    let t = lang.texts();
    match kind {
        GroupKind::Open => t.group_kind_open,
        GroupKind::Closed => t.group_kind_closed,
        GroupKind::Unlisted => t.group_kind_unlisted,
    }
}

fn status_label(lang: Lang, status: Membership) -> &'static str {
    let t = lang.texts();
    match status {
        Membership::Member => t.membership_member,
        Membership::Paused => t.membership_paused,
        Membership::Requested => t.membership_requested,
        Membership::Declined => t.membership_declined,
        Membership::Removed => t.membership_removed,
    }
}

fn listing_card(lang: Lang, group: GroupListing, status: Option<Membership>) -> impl IntoView {
    let t = lang.texts();
    let place = if group.online {
        format!("{} · {}", group.centre_name, t.group_online)
    } else {
        group.centre_name.clone()
    };
    view! {
        <li class="card">
            <p class="card-title"><a href=format!("/groepen/{}", group.id)>{group.public_name.clone()}</a></p>
            <p class="card-place">{place}</p>
            <p class="card-tags">{kind_label(lang, group.kind)}</p>
            {status.map(|status| view! { <p><strong>{status_label(lang, status)}</strong></p> })}
        </li>
    }
}

fn theme_options(lang: Lang) -> Vec<(String, String)> {
    let t = lang.texts();
    std::iter::once((String::new(), t.no_theme.to_owned()))
        .chain(
            Theme::ALL
                .iter()
                .map(|theme| (theme.slug().to_owned(), t.theme(*theme).to_owned())),
        )
        .collect()
}

fn kind_options(lang: Lang) -> Vec<(String, String)> {
    GroupKind::ALL
        .iter()
        .map(|kind| (kind.slug().to_owned(), kind_label(lang, *kind).to_owned()))
        .collect()
}
