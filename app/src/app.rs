//! The HTML shell, the `<App/>` and the route table.

use crate::components::layout::Layout;
use crate::i18n::Lang;
use crate::pages::account::{AccountPage, LoginPage, RegisterPage};
use crate::pages::account_settings::{
    ChangeEmailPage, ChangeNicknamePage, ChangePasswordPage, ConfirmEmailPage, DeleteAccountPage,
};
use crate::pages::activity::ActivityPage;
use crate::pages::agenda::AgendaPage;
use crate::pages::centres::{CentrePage, CentresPage};
use crate::pages::email_login::{
    EmailLoginPage, ForgotPasswordPage, HelpCodePage, LoginCodePage, LoginLinkPage, ResetCodePage, ResetLinkPage,
};
use crate::pages::home::HomePage;
use crate::pages::manage::{
    CentreDetailsPage, CentreProgrammePage, EditActivityPage, ManagedActivityPage, ManagedDatePage, NewActivityPage,
    OpeningHoursPage,
};
use crate::pages::my_week::MyWeekPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::platform::{CentreTeamPage, InvitePage, PlatformPage};
use crate::pages::signup::{SignupListPage, SignupPage};
use crate::pages::two_factor::{SecondStepPage, TwoFactorPage};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// leptos_meta 0.8 writes the title into the server-rendered HTML without escaping it, so a
/// title typed by a person could close `<title>` and start a script. Escape it here.
fn escape_title(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let lang = crate::context::provide_for_page();
    #[cfg(not(feature = "ssr"))]
    let lang = Lang::default();
    provide_context(lang);
    provide_context(crate::components::form::field_labels());
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <meta name="description" content=lang.texts().tagline/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <HashedStylesheet options=options.clone() id="leptos"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let site = use_context::<Lang>().unwrap_or_default().texts().site_name;
    view! {
        <Title formatter=move |text: String| {
            if text.is_empty() { site.to_owned() } else { format!("{} · {site}", escape_title(&text)) }
        }/>
        <Router>
            <Layout>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/activiteiten") view=AgendaPage ssr=SsrMode::Async/>
                    <Route path=path!("/activiteiten/:id") view=ActivityPage ssr=SsrMode::Async/>
                    <Route path=path!("/centra") view=CentresPage ssr=SsrMode::Async/>
                    <Route path=path!("/over") view=crate::pages::about::AboutPage ssr=SsrMode::Async/>
                    <Route path=path!("/centra/:slug") view=CentrePage ssr=SsrMode::Async/>
                    <Route path=path!("/registreren") view=RegisterPage ssr=SsrMode::Async/>
                    <Route path=path!("/inloggen") view=LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/mijn-account") view=AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/mijn-account/bijnaam") view=ChangeNicknamePage ssr=SsrMode::Async/>
                    <Route path=path!("/mijn-account/email") view=ChangeEmailPage ssr=SsrMode::Async/>
                    <Route path=path!("/mijn-account/wachtwoord") view=ChangePasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/mijn-account/verwijderen") view=DeleteAccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/email-bevestigen") view=ConfirmEmailPage ssr=SsrMode::Async/>
                    <Route path=path!("/mijn-account/tweestaps") view=TwoFactorPage ssr=SsrMode::Async/>
                    <Route path=path!("/inloggen/tweestaps") view=SecondStepPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer") view=PlatformPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/mail") view=crate::pages::mail::MailPage ssr=SsrMode::Async/>
                    <Route path=path!("/mijn/profiel") view=crate::pages::profile::MyProfilePage ssr=SsrMode::Async/>
                    <Route path=path!("/profiel/:id") view=crate::pages::profile::ProfilePage ssr=SsrMode::Async/>
                    <Route path=path!("/groepen") view=crate::pages::groups::GroupsPage ssr=SsrMode::Async/>
                    <Route path=path!("/groepen/voorstellen") view=crate::pages::groups::ProposeGroupPage ssr=SsrMode::Async/>
                    <Route path=path!("/groepen/:id") view=crate::pages::groups::GroupPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/centra/:slug/groepen") view=crate::pages::groups::CentreGroupsPage ssr=SsrMode::Async/>
                    <Route path=path!("/mijn/verzoeken") view=crate::pages::helping::MyRequestsPage ssr=SsrMode::Async/>
                    <Route path=path!("/mijn/verzoeken/:id") view=crate::pages::helping::AnswerRequestPage ssr=SsrMode::Async/>
                    <Route path=path!("/mijn/contact") view=crate::pages::helping::ContactRequestPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/centra/:slug/taken") view=crate::pages::helping::CentreTasksPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/centra/:slug") view=CentreProgrammePage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/centra/:slug/team") view=CentreTeamPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/centra/:slug/gegevens") view=CentreDetailsPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/centra/:slug/openingstijden") view=OpeningHoursPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/centra/:slug/turven") view=crate::pages::manage::CentreTallyPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/centra/:slug/uren") view=crate::pages::manage::CentreHoursPageView ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/centra/:slug/nieuw") view=NewActivityPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/activiteiten/:id") view=ManagedActivityPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/activiteiten/:id/bewerken") view=EditActivityPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/data/:id") view=ManagedDatePage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/data/:id/wie-waren-er") view=crate::pages::manage::HeadCountPageView ssr=SsrMode::Async/>
                    <Route path=path!("/uitnodiging") view=InvitePage ssr=SsrMode::Async/>
                    <Route path=path!("/aanmelding") view=SignupPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/aanmeldingen") view=SignupListPage ssr=SsrMode::Async/>
                    <Route path=path!("/mijn-week") view=MyWeekPage ssr=SsrMode::Async/>
                    <Route path=path!("/mijn-uren") view=crate::pages::volunteer_hours::MyHoursPageView ssr=SsrMode::Async/>
                    <Route path=path!("/inloggen/email") view=EmailLoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/inloggen/code") view=LoginCodePage ssr=SsrMode::Async/>
                    <Route path=path!("/inloggen/link") view=LoginLinkPage ssr=SsrMode::Async/>
                    <Route path=path!("/wachtwoord-vergeten") view=ForgotPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/wachtwoord-vergeten/code") view=ResetCodePage ssr=SsrMode::Async/>
                    <Route path=path!("/wachtwoord-vergeten/link") view=ResetLinkPage ssr=SsrMode::Async/>
                    <Route path=path!("/wachtwoord-vergeten/hulp") view=HelpCodePage ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}
