//! Every user-facing string, in Dutch (language level B1: short sentences, "je") and English.
//! `{name}` marks a value filled in with [`super::fill`].

use crate::domain::activity::{ActivityKind, Theme};
use crate::domain::form::Problem;

macro_rules! texts {
    ($($key:ident: $nl:literal, $en:literal;)*) => {
        /// The strings of one language.
        #[derive(Debug)]
        pub struct Texts {
            $(pub $key: &'static str,)*
        }

        pub static NL: Texts = Texts { $($key: $nl,)* };
        pub static EN: Texts = Texts { $($key: $en,)* };

        /// Every text as (key, Dutch, English), for the tests of the texts themselves.
        #[cfg(test)]
        pub static ALL: &[(&str, &str, &str)] = &[$((stringify!($key), $nl, $en),)*];
    };
}

texts! {
    // Layout
    site_name: "Kring", "Kring";
    tagline: "Wat is er te doen in de zelfregiecentra?", "What's on at the self-direction centres?";
    skip_link: "Naar de inhoud", "Skip to content";
    nav_label: "Hoofdmenu", "Main menu";
    nav_today: "Vandaag", "Today";
    nav_agenda: "Agenda", "What's on";
    nav_centres: "Centra", "Centres";
    lang_switch_label: "Taal kiezen", "Choose language";
    lang_switch_button: "English", "Nederlands";
    footer_code_link: "Heb je een code van je aanmelding?", "Do you have a sign-up code?";
    signup_have_code: "Al aangemeld als gast? Met je code vind je je aanmelding terug.", "Signed up as a guest already? Your code finds your sign-up.";
    footer_about_link: "Over Kring: privacy, contact en toegankelijkheid", "About Kring: privacy, contact and accessibility";
    route_link: "Route plannen met je kaart-app", "Plan a route with your map app";
    nav_more: "Meer", "More";
    nav_about: "Over Kring", "About Kring";
    about_title: "Over Kring", "About Kring";
    about_intro: "Kring laat zien wat er te doen is in de zelfregiecentra. Je kunt je aanmelden met alleen een bijnaam.", "Kring shows what's on at the self-direction centres. You can sign up with just a nickname.";
    about_what_heading: "Wat is een zelfregiecentrum?", "What is a self-direction centre?";
    about_what_text: "Een zelfregiecentrum is een plek voor en door mensen die het psychisch of in hun leven moeilijk hebben (gehad). Je kunt er zonder afspraak en zonder verwijzing binnenlopen, koffie drinken, meedoen aan activiteiten en cursussen, of zelf iets organiseren. Niemand vraagt naar een diagnose. Het gaat om wat je kunt en wat je wilt.", "A self-direction centre is a place for and by people who have (had) a hard time, psychologically or in their lives. You can walk in without an appointment or referral, have coffee, join activities and courses, or organise something yourself. Nobody asks about a diagnosis. It is about what you can do and what you want.";
    about_what_kring: "Vrijwilligers die zelf ervaring hebben (ervaringsdeskundigen) begeleiden er groepen. Kring helpt hen en de coördinatoren om het programma te laten zien en bij te houden wie komt.", "Volunteers with lived experience run groups there. Kring helps them and the coordinators show the programme and keep track of who is coming.";
    about_who_heading: "Wie gebruikt Kring hier?", "Who uses Kring here?";
    about_who_text: "Deze centra zetten hun programma in Kring. Elk centrum beheert zelf zijn activiteiten en aanmeldingen.", "These centres put their programme in Kring. Each centre manages its own activities and sign-ups.";
    about_privacy_heading: "Privacy in gewone woorden", "Privacy in plain words";
    about_privacy_keep: "We bewaren je bijnaam, je wachtwoord (versleuteld), je e-mailadres als je dat wilt, waar je je voor aanmeldt en wat je zelf in je profiel zet.", "We keep your nickname, your password (encrypted), your email address if you want, what you sign up for and what you put in your profile yourself.";
    about_privacy_health: "We vragen nooit naar je gezondheid of een diagnose.", "We never ask about your health or a diagnosis.";
    about_privacy_who: "Wie zich voor iets aanmeldt, zien alleen de mensen die die activiteit begeleiden of het centrum runnen.", "Who signs up for something is seen only by the people who run that activity or the centre.";
    about_privacy_track: "Kring volgt je niet: geen reclame, geen tellers van andere bedrijven, geen lettertypes of kaarten van elders.", "Kring does not track you: no adverts, no counters from other companies, no fonts or maps from elsewhere.";
    about_privacy_guests: "Meld je je aan zonder account, dan halen we je naam en gegevens een tijd na de activiteit weg.", "If you sign up without an account, we remove your name and details some time after the activity.";
    about_privacy_yours: "Je kunt alles wat we over jou bewaren downloaden, en je account zelf verwijderen.", "You can download everything we keep about you, and delete your account yourself.";
    about_privacy_link: "Naar je gegevens in Mijn account", "To your data in My account";
    about_contact_heading: "Contact", "Contact";
    about_contact_text: "Heb je een vraag over een activiteit, over je gegevens of over Kring? Vraag het aan je centrum. Het telefoonnummer en e-mailadres staan op de pagina van het centrum. Je mag ook gewoon binnenlopen.", "Do you have a question about an activity, your data or Kring? Ask your centre. The phone number and email address are on the centre's page. You can also just walk in.";
    about_a11y_heading: "Toegankelijkheid", "Accessibility";
    about_a11y_text: "Kring wil voor iedereen bruikbaar zijn. We bouwen en testen elke pagina volgens de richtlijnen WCAG 2.2, niveau AA.", "Kring wants to be usable for everyone. We build and test every page against the WCAG 2.2 guidelines, level AA.";
    about_a11y_phone: "Alles werkt op een kleine telefoon, ook als je de tekst groter zet.", "Everything works on a small phone, also with larger text.";
    about_a11y_nojs: "Alles werkt ook zonder JavaScript.", "Everything also works without JavaScript.";
    about_a11y_reader: "Je kunt alles met een toetsenbord en een schermlezer gebruiken.", "You can use everything with a keyboard and a screen reader.";
    about_a11y_report: "Loop je toch ergens tegenaan? Vertel het je centrum. Dan lossen we het op.", "Do you still run into something? Tell your centre. Then we fix it.";
    footer_privacy: "Kring volgt je niet. In je browser bewaren we alleen je taalkeuze en, als je inlogt, dat jij het bent.", "Kring does not track you. In your browser we only keep your choice of language and, when you log in, that it is you.";

    // Words
    today_word: "vandaag", "today";
    tomorrow_word: "morgen", "tomorrow";
    count_one: "{n} activiteit", "{n} activity";
    count_many: "{n} activiteiten", "{n} activities";

    // Kinds and themes
    kind_inloop: "Inloop", "Drop-in";
    kind_activiteit: "Activiteit", "Activity";
    kind_cursus: "Cursus", "Course";
    kind_groepsbijeenkomst: "Groepsbijeenkomst", "Group meeting";
    theme_ontmoeting: "Ontmoeting", "Meeting people";
    theme_koken: "Koken", "Cooking";
    theme_creatief: "Creatief", "Creative";
    theme_bewegen: "Bewegen", "Exercise";
    theme_natuur: "Natuur", "Nature";
    theme_herstel: "Herstel", "Recovery";
    theme_werk_en_leren: "Werk en leren", "Work and learning";
    theme_muziek: "Muziek", "Music";
    theme_computer: "Computer en telefoon", "Computer and phone";

    // Home
    home_title: "Vandaag", "Today";
    home_heading: "Wat is er vandaag?", "What's on today?";
    home_intro: "Je bent welkom zonder afspraak. Bij een inloop kun je gewoon binnenlopen.", "You are welcome without an appointment. At a drop-in you can just walk in.";
    open_now_heading: "Wat is er nu open?", "What is open now?";
    inloop_now_until: "Inloop nu, tot {time}", "Drop-in now, until {time}";
    inloop_later_today: "Inloop vandaag van {from} tot {to}", "Drop-in today from {from} to {to}";
    open_until: "Nu open, tot {time}", "Open now, until {time}";
    opens_at: "Nu dicht. Open {day} om {time}", "Closed now. Opens {day} at {time}";
    closed_for_now: "Voorlopig dicht", "Closed for now";
    today_heading: "Vandaag", "Today";
    nothing_today: "Vandaag staat er niets op de agenda. Kijk wat er de komende dagen is.", "Nothing is on today. See what's on in the coming days.";
    week_heading: "De komende dagen", "The coming days";
    see_full_agenda: "Bekijk de hele agenda", "See everything that's on";

    // Agenda items
    cancelled_label: "Gaat niet door", "Cancelled";
    cancelled_because: "Gaat niet door: {reason}", "Cancelled: {reason}";
    next_time_on: "De volgende keer: {when}", "Next time: {when}";
    over_label: "Afgelopen", "Over";
    date_changed_label: "Gewijzigd: kijk goed naar de tijd en de plek", "Changed: check the time and the place";
    change_before: "Eerst was het: {when}", "Before, it was: {when}";
    changes_heading: "Er is iets veranderd", "Something has changed";
    changes_intro: "Bij iets waarvoor je bent aangemeld:", "With something you signed up for:";
    changes_seen_button: "Oké, gezien", "OK, got it";
    signup_gone: "Deze aanmelding bestaat niet meer. De activiteit gaat niet door.", "This sign-up no longer exists. The activity does not take place.";
    signup_off_next: "Kijk in de agenda wat er wel is", "See what is on in the agenda";
    signup_off_other_dates: "Kijk wanneer het de volgende keer is", "See when it is on next";
    running_now: "Nu bezig", "On now";
    no_signup: "Kom gewoon langs", "Just drop in";
    signup_needed: "Aanmelden nodig", "Sign-up needed";
    free: "Gratis", "Free";
    at_place: "{centre}, {town}", "{centre}, {town}";

    // Agenda page
    agenda_title: "Agenda", "What's on";
    agenda_heading: "Agenda", "What's on";
    filter_heading: "Zoeken in de agenda", "Search what's on";
    filter_span: "Hoeveel dagen?", "How many days?";
    span_day: "Eén dag", "One day";
    span_week: "Een week", "One week";
    filter_date: "Datum", "Date";
    filter_date_hint: "Leeg laten is vandaag.", "Leave empty for today.";
    filter_centre: "Centrum", "Centre";
    all_centres: "Alle centra", "All centres";
    filter_kind: "Soort", "Kind";
    all_kinds: "Alle soorten", "All kinds";
    filter_theme: "Thema", "Theme";
    all_themes: "Alle thema's", "All themes";
    filter_without_signup: "Alleen waar je zonder aanmelden heen kunt", "Only things you can go to without signing up";
    filter_submit: "Toon activiteiten", "Show activities";
    filter_reset: "Alle filters weg", "Clear all filters";
    problem_date: "Deze datum kunnen we niet gebruiken. Kies een datum binnen een jaar van vandaag.", "We can't use this date. Choose a date within a year of today.";
    problem_span: "Kies één dag of een week.", "Choose one day or one week.";
    problem_kind: "Deze soort kennen we niet. We laten alle soorten zien.", "We don't know this kind. Showing all kinds.";
    problem_theme: "Dit thema kennen we niet. We laten alle thema's zien.", "We don't know this theme. Showing all themes.";
    problem_centre: "Dit centrum kennen we niet. We laten alle centra zien.", "We don't know this centre. Showing all centres.";
    range_week: "{first} tot en met {last}", "{first} to {last}";
    previous_day: "Vorige dag", "Previous day";
    next_day: "Volgende dag", "Next day";
    previous_week: "Vorige 7 dagen", "Previous 7 days";
    next_week: "Volgende 7 dagen", "Next 7 days";
    pager_label: "Andere dagen", "Other days";
    agenda_empty: "We vonden niets. Probeer minder filters of een andere datum.", "We found nothing. Try fewer filters or another date.";

    // Activity page
    where_heading: "Waar?", "Where?";
    about_heading: "Wat is het?", "What is it?";
    bring_heading: "Wat neem je mee?", "What to bring";
    accessibility_heading: "Toegankelijkheid", "Accessibility";
    run_by_heading: "Wie begeleidt het?", "Who runs it?";
    cost_heading: "Kosten", "Cost";
    signup_heading: "Aanmelden", "Signing up";
    signup_not_needed: "Aanmelden is niet nodig. Kom gewoon langs.", "You don't need to sign up. Just drop in.";
    signup_contact: "Wil je meedoen? Meld je aan bij het centrum.", "Want to join? Sign up with the centre.";
    capacity_line: "Er is plek voor {n} mensen.", "There is room for {n} people.";
    course_note: "Dit is een cursus. Je meldt je één keer aan voor alle bijeenkomsten.", "This is a course. You sign up once for all sessions.";
    group_note: "Deze bijeenkomst is voor de leden van de groep.", "This meeting is for members of the group.";
    group_note_link: "Naar de groep", "To the group";
    group_without_facilitator: "Deze groep heeft geen begeleider meer. Kies een nieuwe begeleider. Tot dan komen aanvragen bij jou.", "This group no longer has a facilitator. Choose a new one. Until then, requests come to you.";
    open_group_note: "Deze groepsbijeenkomst is open: iedereen is welkom. Wil je vaker komen, in een vaste groep?", "This group meeting is open: everyone is welcome. Would you like to come more often, in a regular group?";
    open_group_note_link: "Kijk bij de groepen", "See the groups";
    next_dates_heading: "Volgende keren", "Next dates";
    no_next_dates: "Er staan geen nieuwe keren gepland.", "No new dates are planned.";
    online_link: "Online meedoen", "Join online";
    phone_label: "Telefoon", "Phone";
    email_label: "E-mail", "Email";
    back_to_agenda: "Terug naar de agenda", "Back to what's on";
    share_button: "Link kopiëren", "Copy link";
    share_done: "De link is gekopieerd. Je kunt hem nu delen.", "The link has been copied. You can share it now.";
    share_failed: "Kopiëren lukte niet. Kopieer de link uit de adresbalk.", "Copying did not work. Copy the link from the address bar.";
    copy_button: "Kopiëren", "Copy";
    share_sheet_button: "Delen", "Share";
    copy_done: "Gekopieerd. Plak het waar je het wilt bewaren.", "Copied. Paste it where you want to keep it.";
    copy_failed: "Kopiëren lukte niet. Houd de tekst vast en kies Kopiëren.", "Copying did not work. Press and hold the text and choose Copy.";

    // Centres
    centres_title: "Centra", "Centres";
    centres_heading: "Zelfregiecentra", "Self-direction centres";
    centres_intro: "Je bent welkom zonder afspraak en zonder verwijzing.", "You are welcome without an appointment and without a referral.";
    no_centres: "Er zijn nog geen centra.", "There are no centres yet.";
    about_centre_heading: "Over het centrum", "About the centre";
    address_heading: "Adres en contact", "Address and contact";
    hours_heading: "Inloop deze week", "Drop-in this week";
    closed_day: "Dicht", "Closed";
    closed_day_because: "Dicht: {reason}", "Closed: {reason}";
    programme_heading: "Programma de komende 7 dagen", "Programme for the next 7 days";
    nothing_planned: "De komende 7 dagen staat er niets gepland.", "Nothing is planned for the next 7 days.";
    see_centre_agenda: "Alles van dit centrum in de agenda", "Everything at this centre";

    // Forms
    form_problems: "Dit is nog niet goed:", "This is not right yet:";
    optional_field: "(hoeft niet)", "(optional)";
    needs_login: "Log eerst in om dit te doen.", "Please log in first to do this.";
    not_allowed: "Dit mag je niet doen met jouw account.", "Your account is not allowed to do this.";
    too_many_attempts: "Je hebt het te vaak geprobeerd. Wacht {wait} en probeer het dan opnieuw.", "You have tried too often. Wait {wait} and then try again.";
    busy: "Het is nu even te druk. Er is niets veranderd. Wacht {wait} en probeer het dan opnieuw.", "It is too busy right now. Nothing was changed. Wait {wait} and then try again.";
    busy_title: "Even geduld", "One moment, please";
    too_large_title: "Dit is te veel tekst", "This is too much text";
    too_large_back: "Terug naar het formulier", "Back to the form";
    too_large_text: "Wat je wilde versturen is te groot. Er is niets veranderd. Maak de tekst korter en probeer het opnieuw.", "What you tried to send is too big. Nothing was changed. Make the text shorter and try again.";
    busy_again: "Probeer het opnieuw", "Try again";
    seconds_one: "1 seconde", "1 second";
    seconds_many: "{n} seconden", "{n} seconds";
    minutes_many: "{n} minuten", "{n} minutes";
    form_not_understood: "Dit formulier kennen we niet. Laad de pagina opnieuw en probeer het nog eens.", "We don't know this form. Reload the page and try again.";
    cross_site_title: "Dit formulier komt niet van Kring", "This form did not come from Kring";
    cross_site_text: "Een andere website probeerde iets namens jou te versturen. We hebben niets gedaan. Wil je zelf iets doen? Ga dan naar Kring en probeer het daar.", "Another website tried to send something in your name. We did nothing. Want to do something yourself? Go to Kring and try there.";
    back_home: "Naar Kring", "Go to Kring";
    problem_required: "Vul dit in.", "Please fill this in.";
    problem_too_long: "Dit is te lang. Maak het korter.", "This is too long. Please make it shorter.";
    problem_unknown_choice: "Kies een van de mogelijkheden.", "Choose one of the options.";
    problem_nickname_length: "Kies een bijnaam van 2 tot 32 tekens.", "Choose a nickname of 2 to 32 characters.";
    problem_nickname_characters: "Gebruik alleen letters, cijfers, spaties en - _ . '", "Use only letters, numbers, spaces and - _ . '";
    problem_nickname_taken: "Deze bijnaam is al in gebruik. Kies een andere.", "This nickname is taken. Please choose another one.";
    problem_email_taken: "Dit adres hoort al bij een ander account.", "This address already belongs to another account.";
    problem_email_invalid: "Dit is geen e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl.", "This is not an email address. An email address looks like name@example.org.";
    problem_password_too_short: "Dit wachtwoord is te kort. Gebruik minstens 8 tekens.", "This password is too short. Use at least 8 characters.";
    problem_password_too_long: "Dit wachtwoord is te lang. Gebruik hoogstens 128 tekens.", "This password is too long. Use no more than 128 characters.";
    problem_password_common: "Heel veel mensen gebruiken dit wachtwoord. Dan is het makkelijk te raden. Kies iets anders.", "Very many people use this password, so it is easy to guess. Please choose something else.";
    problem_password_has_name: "Je wachtwoord mag niet je bijnaam of het woord Kring bevatten.", "Your password may not contain your nickname or the word Kring.";
    problem_login_failed: "Deze gegevens kloppen niet. Kijk je bijnaam en wachtwoord na en probeer het opnieuw.", "These details are not right. Check your nickname and password and try again.";
    problem_code_wrong: "Deze code klopt niet of werkt niet meer. Kijk de code na, of vraag een nieuwe mail aan.", "This code is not right or no longer works. Check the code, or ask for a new email.";
    problem_help_not_possible: "Voor deze bijnaam kunnen we hier geen code maken. Dat kan alleen voor deelnemers van jullie centrum zonder rol. Anderen krijgen hulp via hun e-mail of van de beheerder.", "We can't make a code for this nickname here. That is only possible for participants of your centre without a role. Others get help by email or from the administrator.";
    problem_help_code_wrong: "Deze code klopt niet of werkt niet meer. Kijk de bijnaam en de code na, of vraag een nieuwe code aan iemand van je centrum.", "This code is not right or no longer works. Check the nickname and the code, or ask someone at your centre for a new code.";
    problem_link_expired: "Deze link werkt niet meer. Hij is te oud of al gebruikt. Vraag een nieuwe mail aan.", "This link no longer works. It is too old or was used already. Ask for a new email.";
    problem_unknown_theme: "Dit thema kennen we niet. Kies een thema uit de lijst.", "We don't know this theme. Choose a theme from the list.";
    problem_url_invalid: "Dit is geen goede link. Een link begint met https:// en ziet eruit als https://voorbeeld.nl/kamer.", "This is not a valid link. A link starts with https:// and looks like https://example.org/room.";
    problem_phone_invalid: "Gebruik alleen cijfers, spaties en + - ( ) in een telefoonnummer.", "Use only digits, spaces and + - ( ) in a phone number.";
    problem_not_a_number: "Vul een getal in, bijvoorbeeld 12.", "Enter a number, for example 12.";
    problem_capacity_too_low: "Er moet minstens 1 plaats zijn. Laat het leeg als er geen maximum is.", "There must be at least 1 place. Leave it empty if there is no limit.";
    problem_capacity_too_high: "Dat zijn te veel plaatsen. Kies hoogstens 10.000.", "That is too many places. The maximum is 10,000.";
    problem_date_invalid: "Deze datum bestaat niet. Schrijf hem als 24-11-2026.", "This date does not exist. Write it as 24-11-2026.";
    problem_date_in_past: "Deze datum is al voorbij. Kies vandaag of later.", "This date has passed. Choose today or later.";
    problem_date_too_far: "Deze datum is te ver weg. Kies een datum binnen twee jaar.", "This date is too far away. Choose a date within two years.";
    problem_time_invalid: "Deze tijd kunnen we niet lezen. Schrijf hem als 09:30.", "We can't read this time. Write it as 09:30.";
    problem_end_before_start: "De eindtijd moet na de begintijd komen.", "The end time must be after the start time.";
    problem_periods_overlap: "Dit dagdeel begint voordat het vorige dagdeel klaar is.", "This part of the day starts before the previous one ends.";
    problem_interval_invalid: "Kies elke 1 tot 52 weken.", "Choose every 1 to 52 weeks.";
    problem_no_weekdays: "Kies minstens één dag van de week.", "Choose at least one day of the week.";
    problem_count_invalid: "Kies 1 tot 520 keer.", "Choose 1 to 520 times.";
    problem_until_before_start: "De laatste datum moet na de eerste datum komen.", "The last date must be after the first date.";
    problem_course_needs_end: "Een cursus heeft een vast aantal keren. Kies een laatste datum of een aantal keer.", "A course has a fixed number of sessions. Choose a last date or a number of times.";
    problem_confirm_needed: "Zet eerst het vinkje om te laten zien dat je het zeker weet.", "First tick the box to show you are sure.";
    problem_item_too_long: "Eén van je woorden is te lang. Gebruik per talent of wens hoogstens 40 tekens, en zet komma's ertussen.", "One of your words is too long. Use at most 40 characters per talent or wish, with commas in between.";
    problem_rules_not_agreed: "Lees de groepsafspraken. Zet een vinkje als je het ermee eens bent.", "Read the group agreements. Tick the box if you agree with them.";
    problem_group_full: "De groep is vol. Er is nu geen plek.", "The group is full. There is no place right now.";
    problem_head_count_range: "Vul een aantal in van 0 tot en met 500.", "Enter a number from 0 to 500.";
    problem_hours_invalid: "Schrijf het aantal uren als een getal, bijvoorbeeld 2 of 1,5 of 1:30.", "Write the hours as a number, for example 2 or 1.5 or 1:30.";
    problem_hours_range: "Vul minstens een kwartier en hoogstens 24 uur in.", "Enter at least a quarter of an hour and at most 24 hours.";
    problem_hours_in_future: "Deze dag is nog niet geweest. Kies vandaag of een dag die voorbij is.", "This day has not come yet. Choose today or a day that has passed.";
    problem_hours_too_long_ago: "Deze dag is meer dan een jaar geleden. Je kunt uren tot een jaar terug invullen.", "This day is over a year ago. You can enter hours up to a year back.";
    problem_hours_what_missing: "Kies wat je hebt gedaan, of schrijf het in je eigen woorden.", "Choose what you did, or write it in your own words.";
    problem_tally_too_long_ago: "Deze dag is te lang geleden om nog aan te passen.", "This day is too long ago to change.";
    problem_visits_range: "Vul een aantal in van 0 tot en met 1000.", "Enter a number from 0 to 1000.";
    problem_first_visits_above_visits: "Er kunnen niet meer mensen voor het eerst zijn gekomen dan er in totaal waren.", "There cannot be more first-time visitors than visitors in all.";
    problem_head_count_below_names: "Dit aantal is kleiner dan het aantal namen dat je hebt aangevinkt.", "This number is smaller than the number of names you ticked.";
    problem_group_needs_meeting: "Alleen een groepsbijeenkomst hoort bij een groep. Kies bij 'Soort' voor groepsbijeenkomst, of kies geen groep.", "Only a group meeting belongs to a group. Choose group meeting as the kind, or choose no group.";
    problem_forbidden_character: "In dit veld stond een onzichtbaar teken dat we niet kunnen bewaren. We hebben het weggehaald. Kijk of de tekst klopt en sla opnieuw op.", "This field held an invisible character we cannot save. We took it out. Check the text and save again.";
    problem_too_many_proposals: "Je hebt al 3 voorstellen die wachten. Wacht eerst op het antwoord van het centrum.", "You already have 3 proposals waiting. Please wait for the centre's answer first.";
    problem_no_markup: "Gebruik geen < of > in je tekst.", "Don't use < or > in your text.";
    problem_too_many_items: "Dat zijn er te veel. Kies er hoogstens 15.", "That is too many. Choose at most 15.";
    problem_retention_range: "Kies een aantal dagen van 1 tot en met 365.", "Choose a number of days from 1 to 365.";
    problem_place_given: "Je plek is deze keer al aan iemand anders gegeven. Vraag de begeleider of er toch ruimte is.", "Your place this time has already gone to someone else. Ask the facilitator if there is room after all.";
    problem_date_gone: "Deze datum kun je niet meer wijzigen. Hij is al voorbij of niet meer in de reeks.", "You can no longer change this date. It has passed or is no longer in the series.";
    problem_date_taken: "Op dit moment begint al een andere datum van deze activiteit. Kies een andere tijd.", "Another date of this activity already starts at that moment. Choose another time.";
    problem_wrong_password: "Dit is niet je huidige wachtwoord. Probeer het opnieuw.", "This is not your current password. Please try again.";

    // Accounts
    nav_login: "Inloggen", "Log in";
    nav_account: "Mijn account", "My account";
    register_title: "Account maken", "Create an account";
    register_intro: "Je hebt alleen een bijnaam en een wachtwoord nodig. We vragen niet naar je echte naam.", "All you need is a nickname and a password. We don't ask for your real name.";
    field_nickname: "Bijnaam", "Nickname";
    nickname_hint: "Zo zien anderen je. Het hoeft niet je echte naam te zijn.", "This is how others see you. It does not have to be your real name.";
    field_password: "Wachtwoord", "Password";
    new_password_hint: "Minstens 8 tekens. Tip: kies een zin van een paar woorden, 15 tekens of meer. Die is sterk en makkelijk te onthouden, zoals: groene fiets op het dak.", "At least 8 characters. Tip: choose a sentence of a few words, 15 characters or more. It is strong and easy to remember, like: green bike on the roof.";
    field_email: "E-mailadres", "Email address";
    email_hint: "Handig als je je wachtwoord vergeet. We sturen geen reclame.", "Useful if you forget your password. We never send advertising.";
    register_button: "Account maken", "Create account";
    have_account: "Heb je al een account?", "Already have an account?";
    login_title: "Inloggen", "Log in";
    field_login_name: "Bijnaam of e-mailadres", "Nickname or email address";
    login_button: "Inloggen", "Log in";
    no_account: "Nog geen account?", "No account yet?";
    register_link: "Maak een account", "Create an account";
    logged_out_notice: "Je bent uitgelogd.", "You are logged out.";
    ended_everywhere_notice: "Je bent nu overal uitgelogd.", "You are now logged out everywhere.";
    account_title: "Mijn account", "My account";
    welcome_notice: "Welkom! Je account is klaar en je bent ingelogd.", "Welcome! Your account is ready and you are logged in.";
    welcome_email_notice: "We hebben een mail gestuurd. Klik op de link in die mail. Pas dan slaan we je adres op.", "We have sent an email. Click the link in that email. Only then do we save your address.";
    welcome_next_heading: "Wat wil je nu doen?", "What would you like to do now?";
    welcome_step_agenda: "Kijk wat er te doen is", "See what's on";
    welcome_step_profile: "Vul je profiel in: waar je goed in bent en wat je graag wilt (hoeft niet)", "Fill in your profile: what you are good at and what you would like (optional)";
    welcome_step_week: "In Mijn week zie je waar je je voor aanmeldt", "My week shows what you sign up for";
    role_next_heading: "Dit kun je nu doen", "What you can do now";
    role_step_week: "Wat je begeleidt, staat in Mijn week onder Wat ik begeleid", "What you facilitate is in My week, under What I facilitate";
    role_step_manage: "Bij Beheer zie je je centrum. Mag het daar, dan zet je zelf activiteiten in de agenda", "Admin shows your centre. Where it is allowed, you put activities in the programme yourself";
    role_step_profile: "Vertel in je profiel waar je goed in bent, dan kunnen mensen je om hulp vragen", "Say in your profile what you are good at, so people can ask you for help";
    account_details_heading: "Jouw gegevens", "Your details";
    no_email: "Geen e-mailadres", "No email address";
    sessions_heading: "Waar je bent ingelogd", "Where you are logged in";
    this_device: "Dit apparaat", "This device";
    unknown_device: "Onbekend apparaat", "Unknown device";
    session_times: "Ingelogd op {started}, laatst gebruikt op {seen}", "Logged in on {started}, last used on {seen}";
    end_all_button: "Overal uitloggen", "Log out everywhere";
    end_all_hint: "Ben je ergens ingelogd waar je niet meer bij kunt? Log dan overal uit. Daarna log je hier opnieuw in.", "Are you logged in somewhere you can no longer reach? Then log out everywhere. After that, log in here again.";
    logout_button: "Uitloggen", "Log out";
    manage_heading: "Je account aanpassen", "Change your account";
    change_nickname_title: "Bijnaam wijzigen", "Change nickname";
    change_email_title: "E-mailadres wijzigen", "Change email address";
    change_password_title: "Wachtwoord wijzigen", "Change password";
    delete_account_title: "Account verwijderen", "Delete account";
    export_title: "Je gegevens downloaden", "Download your data";
    export_text: "Alles wat Kring over jou bewaart, in één bestand om zelf te bewaren.", "Everything Kring keeps about you, in one file to keep yourself.";
    export_link: "Download je gegevens", "Download your data";
    field_current_password: "Je huidige wachtwoord", "Your current password";
    current_password_hint: "Zo weten we zeker dat jij het bent.", "So we know for sure it is you.";
    field_new_nickname: "Nieuwe bijnaam", "New nickname";
    field_new_email: "Nieuw e-mailadres", "New email address";
    new_email_hint: "We sturen een mail naar dit adres. Klik op de link in die mail. Pas dan slaan we het adres op. Laat het veld leeg om je adres weg te halen.", "We send an email to this address. Click the link in that email. Only then do we save the address. Leave the field empty to remove your address.";
    save_button: "Opslaan", "Save";
    cancel_link: "Terug naar mijn account", "Back to my account";
    first_password_notice: "Je bent ingelogd met een wachtwoord dat maar één keer werkt. Kies nu je eigen wachtwoord.", "You logged in with a password that works only once. Now choose your own password.";
    nickname_changed_notice: "Je nieuwe bijnaam is opgeslagen.", "Your new nickname is saved.";
    password_changed_notice: "Je nieuwe wachtwoord is opgeslagen. Op andere apparaten ben je uitgelogd.", "Your new password is saved. You are logged out on other devices.";
    email_sent_notice: "We hebben een mail gestuurd. Klik op de link in die mail om je adres te bevestigen.", "We have sent an email. Click the link in that email to confirm your address.";
    email_removed_notice: "Je e-mailadres is weggehaald.", "Your email address has been removed.";
    confirm_email_title: "E-mailadres bevestigen", "Confirm email address";
    confirm_email_intro: "Klik op de knop om dit e-mailadres aan je account te koppelen.", "Click the button to add this email address to your account.";
    confirm_email_button: "E-mailadres bevestigen", "Confirm email address";
    email_confirmed_notice: "Je e-mailadres is opgeslagen.", "Your email address is saved.";
    delete_intro: "Als je je account verwijdert, halen we je bijnaam, e-mailadres en wachtwoord weg. Je wordt overal uitgelogd. Dit kun je niet ongedaan maken.", "If you delete your account, we remove your nickname, email address and password. You are logged out everywhere. This cannot be undone.";
    delete_button: "Mijn account verwijderen", "Delete my account";
    account_deleted_notice: "Je account is verwijderd. Bedankt voor je tijd bij Kring.", "Your account has been deleted. Thank you for your time at Kring.";
    mail_confirm_subject: "Bevestig je e-mailadres voor Kring", "Confirm your email address for Kring";
    mail_confirm_body: "Hallo {name},\n\nJe wilt dit e-mailadres gebruiken voor je account bij Kring. Klik op deze link om het te bevestigen:\n{link}\n\nDe link werkt 48 uur.\n\nHeb jij dit niet gevraagd? Dan kun je deze mail weggooien. Er verandert niets.\n\nKring", "Hello {name},\n\nYou want to use this email address for your account at Kring. Click this link to confirm it:\n{link}\n\nThe link works for 48 hours.\n\nDid you not ask for this? Then you can delete this email. Nothing changes.\n\nKring";
    mail_email_taken_subject: "Je e-mailadres bij Kring", "Your email address at Kring";
    mail_email_taken_body: "Hallo,\n\nIemand wilde dit e-mailadres koppelen aan een account bij Kring. Maar dit adres hoort al bij een account.\n\nWas jij dat? Dan heb je al een account. Je kunt inloggen met dit adres:\n{login}\n\nWas jij het niet? Dan kun je deze mail weggooien. Er verandert niets.\n\nKring", "Hello,\n\nSomeone wanted to add this email address to an account at Kring. But this address already belongs to an account.\n\nWas that you? Then you already have an account. You can log in with this address:\n{login}\n\nWas it not you? Then you can delete this email. Nothing changes.\n\nKring";

    // Roles, centres and invitations
    role_vrijwilliger: "Vrijwilliger", "Volunteer";
    role_coordinator: "Coördinator", "Coordinator";
    nav_platform: "Beheer", "Admin";
    roles_heading: "Wat je doet bij een centrum", "What you do at a centre";
    role_at: "{role} bij {centre}", "{role} at {centre}";
    role_added_notice: "Welkom in het team! Je bent nu vrijwilliger.", "Welcome to the team! You are now a volunteer.";
    platform_title: "Beheer", "Administration";
    platform_intro: "Hier maak je centra aan en nodig je coördinatoren uit.", "Here you create centres and invite coordinators.";
    centres_list_heading: "Centra", "Centres";
    no_coordinator: "Nog geen coördinator", "No coordinator yet";
    coordinators_line: "Coördinatoren: {names}", "Coordinators: {names}";
    new_centre_heading: "Nieuw centrum", "New centre";
    field_centre_name: "Naam van het centrum", "Name of the centre";
    field_town: "Plaats", "Town";
    field_address: "Adres", "Address";
    create_centre_button: "Centrum aanmaken", "Create centre";
    centre_created_notice: "Het centrum is aangemaakt. Nodig nu een coördinator uit.", "The centre has been created. Now invite a coordinator.";
    team_title: "Team van {centre}", "Team of {centre}";
    team_heading: "Wie helpt er mee?", "Who helps out?";
    no_team: "Er is nog niemand in het team.", "There is nobody in the team yet.";
    open_invites_heading: "Uitnodigingen die nog open staan", "Invitations still open";
    invite_until: "{role}, geldig tot {date}", "{role}, valid until {date}";
    invite_heading: "Iemand uitnodigen", "Invite someone";
    invite_intro: "Je krijgt een link. Geef die link aan de persoon die je uitnodigt, bijvoorbeeld in een mail of een bericht. De link werkt 7 dagen en één keer.", "You get a link. Give that link to the person you invite, for example in an email or a message. The link works for 7 days and once.";
    field_role: "Als", "As";
    invite_button: "Maak een uitnodiging", "Create an invitation";
    invite_gives_role: "Wie deze link opent, wordt {role} bij {centre}.", "Whoever opens this link becomes {role} at {centre}.";
    invite_as_volunteer: "Je nodigt iemand uit als vrijwilliger. Alleen de beheerder van Kring kan een coördinator uitnodigen.", "You invite someone as a volunteer. Only Kring's administrator can invite a coordinator.";
    invite_coordinator_link: "Een coördinator uitnodigen", "Invite a coordinator";
    invite_ready: "De uitnodiging is klaar. Kopieer deze link en geef hem aan de persoon die je uitnodigt. Je ziet de link maar één keer.", "The invitation is ready. Copy this link and give it to the person you invite. You only see the link once.";
    invite_link_label: "Uitnodigingslink", "Invitation link";
    invite_title: "Uitnodiging", "Invitation";
    invite_offer: "Je bent uitgenodigd als {role} bij {centre}.", "You are invited as {role} at {centre}.";
    invite_login_first: "Log eerst in, of maak een account. Daarna kom je hier terug.", "First log in, or create an account. Then you come back here.";
    accept_invite_button: "Uitnodiging aannemen", "Accept invitation";
    invite_gone: "Deze uitnodiging werkt niet meer. Ze is te oud of al gebruikt. Vraag om een nieuwe.", "This invitation no longer works. It is too old or was used already. Ask for a new one.";
    welcome_coordinator_notice: "Welkom! Je bent nu coördinator van dit centrum.", "Welcome! You are now coordinator of this centre.";

    // Management area: the programme of a centre
    all_centres_heading: "Alle centra en hun coördinatoren", "All centres and their coordinators";
    my_centres_heading: "Jouw centra", "Your centres";
    my_centres_intro: "Kies een centrum om het programma, de openingstijden en de gegevens te beheren.", "Choose a centre to manage its programme, opening hours and details.";
    no_centres_to_manage: "Je helpt nog bij geen enkel centrum.", "You don't help at any centre yet.";
    manage_nav_label: "Beheer van dit centrum", "Managing this centre";
    manage_programme: "Programma", "Programme";
    manage_details: "Gegevens", "Details";
    manage_hours: "Openingstijden", "Opening hours";
    manage_team: "Team", "Team";
    programme_title: "Programma van {centre}", "Programme of {centre}";
    manage_activities_heading: "Activiteiten", "Activities";
    new_activity_button: "Nieuwe activiteit", "New activity";
    volunteer_publish_note: "Je kunt de activiteiten wijzigen die jij begeleidt.", "You can change the activities you run.";
    next_date_line: "Volgende keer: {when}", "Next time: {when}";
    paused_label: "Gepauzeerd", "Paused";
    member_title_line: "Voor deelnemers: {title}", "For participants: {title}";
    activity_deleted_notice: "De activiteit is verwijderd.", "The activity has been deleted.";
    saved_notice: "Opgeslagen.", "Saved.";
    remove_button: "Verwijderen", "Remove";
    back_to_centre: "Terug naar {centre}", "Back to {centre}";
    details_title: "Gegevens van {centre}", "Details of {centre}";
    field_centre_description: "Over het centrum", "About the centre";
    field_postcode: "Postcode", "Postcode";
    field_phone: "Telefoonnummer", "Phone number";
    field_accessibility: "Toegankelijkheid", "Accessibility";
    accessibility_hint: "Bijvoorbeeld: rolstoel, drempels, lift, rustige ruimte, hond welkom.", "For example: wheelchair, steps, lift, quiet room, dogs welcome.";
    plain_text_hint: "Gewone tekst. Een link (https://…) wordt vanzelf klikbaar.", "Plain text. A link (https://…) becomes clickable by itself.";
    field_volunteers_publish: "Vrijwilligers mogen de activiteiten die zij begeleiden zelf plaatsen en wijzigen", "Volunteers may publish and change the activities they run themselves";
    volunteers_publish_hint: "Handig als deelnemers zelf activiteiten organiseren.", "Useful when participants organise activities themselves.";
    hours_title: "Openingstijden van {centre}", "Opening hours of {centre}";
    manage_hours_heading: "Inloop: wanneer is de deur open?", "Drop-in: when is the door open?";
    hours_intro: "Vul per dag en dagdeel in hoe laat de inloop open en dicht gaat. Laat beide leeg als het centrum dan dicht is.", "For each day and part of the day, fill in when the drop-in opens and closes. Leave both empty when the centre is closed then.";
    dagdeel_ochtend: "Ochtend", "Morning";
    dagdeel_middag: "Middag", "Afternoon";
    dagdeel_avond: "Avond", "Evening";
    field_opens: "Open vanaf", "Opens";
    field_closes: "Tot", "Until";
    save_hours_button: "Openingstijden opslaan", "Save opening hours";
    closures_heading: "Dicht of andere tijden", "Closed or other hours";
    closures_intro: "Bijvoorbeeld een vakantie, een studiedag of tijdelijk andere tijden. Activiteiten op dagen dat het centrum dicht is, gaan niet door.", "For example a holiday, a training day or other hours for a while. Activities on days the centre is closed do not take place.";
    closure_range: "{from} tot en met {to}", "{from} to {to}";
    closure_closed: "dicht", "closed";
    closure_other_hours: "open van {from} tot {to}", "open from {from} to {to}";
    new_closure_heading: "Nieuwe sluiting of andere tijden", "New closure or other hours";
    field_first_day: "Eerste dag", "First day";
    field_last_day: "Laatste dag", "Last day";
    last_day_hint: "Leeg laten als het om één dag gaat.", "Leave empty for a single day.";
    date_hint: "Bijvoorbeeld 24-11-2026.", "For example 24-11-2026.";
    field_closure_reason: "Reden", "Reason";
    closure_reason_hint: "Bezoekers zien dit, bijvoorbeeld: Kerstvakantie.", "Visitors see this, for example: Christmas holiday.";
    field_closure_kind: "Wat verandert er?", "What changes?";
    closure_kind_closed: "Het centrum is dicht", "The centre is closed";
    closure_kind_hours: "Het centrum is open op andere tijden", "The centre is open at other hours";
    add_closure_button: "Toevoegen", "Add";
    closure_added_notice: "Toegevoegd. Bezoekers zien het meteen.", "Added. Visitors see it right away.";
    closure_removed_notice: "Verwijderd.", "Removed.";
    closed_for: "Gaat niet door: het centrum is dicht ({reason})", "Not taking place: the centre is closed ({reason})";

    // Management area: an activity
    new_activity_title: "Nieuwe activiteit", "New activity";
    edit_activity_title: "Activiteit wijzigen", "Change activity";
    publish_button: "Plaatsen", "Publish";
    series_edit_note: "Wat je hier wijzigt, geldt voor alle komende data. Data die voorbij zijn, blijven zoals ze waren. Wil je één datum wijzigen? Ga terug en kies die datum.", "What you change here applies to all coming dates. Dates that have passed stay as they were. Want to change one date? Go back and choose that date.";
    section_what: "Wat", "What";
    section_when: "Wanneer", "When";
    section_where: "Waar", "Where";
    section_who: "Wie en hoe meedoen", "Who and how to take part";
    field_kind: "Soort", "Kind";
    field_title: "Titel", "Title";
    title_hint: "Iedereen ziet deze titel, ook in de openbare agenda en in agenda's op telefoons.", "Everyone sees this title, also in the public agenda and in calendars on phones.";
    field_member_title: "Titel voor deelnemers", "Title for participants";
    member_title_hint: "Alleen wie meedoet ziet deze titel. Zo staat er bijvoorbeeld 'Dinsdaggroep' in de agenda en 'Herstelgroep' voor de deelnemers.", "Only people who take part see this title. For example, the agenda says 'Tuesday group' and participants see 'Recovery group'.";
    field_description: "Omschrijving", "Description";
    field_themes: "Thema's", "Themes";
    field_first_date: "Datum (de eerste keer)", "Date (the first time)";
    field_date: "Datum", "Date";
    field_start_time: "Begintijd", "Start time";
    field_end_time: "Eindtijd", "End time";
    field_repeat: "Hoe vaak?", "How often?";
    repeat_once: "Eén keer", "Once";
    repeat_weekly: "Elke week of om de paar weken", "Every week or every few weeks";
    repeat_hint: "Bij herhalen: kies hieronder de dagen en wanneer het stopt. Een cursus heeft een vast aantal keren.", "When repeating: choose the days below and when it stops. A course has a fixed number of sessions.";
    field_every_weeks: "Elke hoeveel weken?", "Every how many weeks?";
    field_weekdays: "Op welke dagen?", "On which days?";
    field_repeat_end: "Tot wanneer?", "Until when?";
    repeat_end_never: "Geen einde", "No end";
    repeat_end_date: "Tot een datum", "Until a date";
    repeat_end_count: "Een aantal keer", "A number of times";
    field_until: "Laatste datum", "Last date";
    field_count: "Aantal keer", "Number of times";
    field_place: "Waar is het?", "Where is it?";
    place_centre: "In het centrum", "At the centre";
    place_elsewhere: "Op een ander adres", "At another address";
    place_online: "Online", "Online";
    field_room: "Ruimte", "Room";
    room_hint: "Bijvoorbeeld: de huiskamer, de tuin.", "For example: the living room, the garden.";
    field_other_address: "Adres", "Address";
    field_online_link: "Link om mee te doen", "Link to join";
    link_hint: "Bijvoorbeeld https://meet.jit.si/kring-koffie.", "For example https://meet.jit.si/kring-coffee.";
    field_facilitators: "Begeleiders uit het team", "Facilitators from the team";
    facilitators_hint: "Deelnemers zien hun bijnaam.", "Participants see their nickname.";
    no_team_to_choose: "Er zijn nog geen vrijwilligers in het team. Je kunt hieronder namen typen.", "There are no volunteers in the team yet. You can type names below.";
    field_other_facilitators: "Andere begeleiders", "Other facilitators";
    other_facilitators_hint: "Voornamen, met komma's ertussen.", "First names, separated by commas.";
    field_signup: "Aanmelden is nodig", "Signing up is needed";
    field_capacity: "Aantal plaatsen", "Number of places";
    capacity_hint: "Leeg laten als er geen maximum is.", "Leave empty if there is no limit.";
    field_retention: "Gegevens van gasten bewaren (dagen)", "Keep guests' details (days)";
    retention_hint: "Zoveel dagen na een activiteit wissen we de bijnaam, het e-mailadres en het telefoonnummer van gasten zonder account. Het aantal aanmeldingen blijft. Meestal is 30 dagen goed.", "This many days after an activity we delete the nickname, e-mail address and phone number of guests without an account. The number of sign-ups stays. Usually 30 days is fine.";
    running_heading: "Wat ik begeleid (komende twee weken)", "What I run (next two weeks)";
    neutral_event_title: "Afspraak Kring", "Kring appointment";
    feed_heading: "Mijn agenda op je telefoon", "My calendar on your phone";
    feed_intro: "Met een agenda-link zie je waar je je voor hebt aangemeld in de agenda van je telefoon of computer. Wat je begeleidt staat er ook in. Verandert er iets, dan ziet je agenda dat vanzelf.", "With a calendar link you see what you signed up for in the calendar on your phone or computer. What you run is in it too. If something changes, your calendar shows it by itself.";
    feed_none: "Je hebt nog geen agenda-link.", "You don't have a calendar link yet.";
    feed_on_neutral: "Je agenda-link staat aan, met neutrale titels.", "Your calendar link is on, with neutral titles.";
    feed_on_titles: "Je agenda-link staat aan, met de namen van de activiteiten.", "Your calendar link is on, with the names of the activities.";
    feed_link_label: "Je agenda-link", "Your calendar link";
    feed_link_once: "Bewaar deze link goed. Je ziet hem maar één keer. Kwijt? Maak een nieuwe link; de oude werkt dan niet meer. Geef de link niet aan anderen.", "Keep this link safe. You only see it once. Lost it? Make a new link; the old one then stops working. Don't give the link to others.";
    feed_subscribe: "Open in je agenda", "Open in your calendar";
    field_feed_neutral: "Neutrale titels", "Neutral titles";
    feed_neutral_hint: "In je agenda staat dan alleen \"Afspraak Kring\", zonder naam of plaats. Handig als anderen op je scherm kunnen kijken.", "Your calendar then only shows \"Kring appointment\", without a name or place. Useful if others can see your screen.";
    feed_create_button: "Maak mijn agenda-link", "Make my calendar link";
    feed_renew_button: "Maak een nieuwe link", "Make a new link";
    feed_remove_button: "Zet mijn agenda-link uit", "Switch my calendar link off";
    feed_removed_notice: "Je agenda-link is uit. De oude link werkt niet meer.", "Your calendar link is off. The old link no longer works.";
    add_to_calendar: "Zet in mijn agenda", "Add to my calendar";
    add_all_to_calendar: "Alle data in mijn agenda", "All dates in my calendar";
    centre_feed_link: "Agenda van dit centrum (voor je agenda-app)", "This centre's programme (for your calendar app)";
    guest_details_removed: "(naam gewist)", "(name removed)";
    field_drop_in: "Losse keren mogelijk (alleen bij een cursus)", "Single sessions possible (courses only)";
    drop_in_hint: "Kan iemand van de cursus een keer niet? Dan mag een ander die plek die keer hebben.", "If someone in the course cannot come one time, someone else may have that place that time.";
    field_cost: "Kosten", "Cost";
    cost_hint: "Leeg laten als het gratis is.", "Leave empty if it is free.";
    field_bring: "Wat neem je mee?", "What to bring";
    activity_published_notice: "De activiteit staat in de agenda.", "The activity is in the agenda.";
    paused_notice: "De reeks is gepauzeerd. De komende data staan niet meer in de agenda.", "The series is paused. The coming dates are no longer in the agenda.";
    resumed_notice: "De reeks gaat weer door. De komende data staan weer in de agenda.", "The series is back on. The coming dates are in the agenda again.";
    date_cancelled_notice: "Deze datum gaat niet door. De agenda laat de reden zien.", "This date is cancelled. The agenda shows the reason.";
    date_restored_notice: "Deze datum gaat toch door.", "This date is back on.";
    date_changed_notice: "De datum is gewijzigd.", "The date has been changed.";
    view_public_page: "Bekijk zoals bezoekers het zien", "View as visitors see it";
    what_to_change_heading: "Wat wil je wijzigen?", "What do you want to change?";
    series_choice_intro: "Dit is een reeks. Wijzig je alle komende data, of alleen één datum?", "This is a series. Do you change all coming dates, or just one date?";
    change_all_dates: "Alle komende data wijzigen", "Change all coming dates";
    change_one_date: "Eén datum wijzigen of afzeggen", "Change or cancel one date";
    edit_activity_link: "Activiteit wijzigen", "Change activity";
    duplicate_link: "Kopiëren naar een nieuwe activiteit", "Copy into a new activity";
    pause_button: "Reeks pauzeren", "Pause series";
    resume_button: "Reeks hervatten", "Resume series";
    pause_hint: "Pauzeren haalt de komende data uit de agenda, tot je de reeks hervat.", "Pausing takes the coming dates out of the agenda until you resume the series.";
    resume_hint: "Hervatten zet de komende data weer in de agenda.", "Resuming puts the coming dates back in the agenda.";
    dates_heading: "Data", "Dates";
    change_this_date: "Wijzigen of afzeggen", "Change or cancel";
    changed_because: "Gewijzigd: {note}", "Changed: {note}";
    delete_activity_heading: "Activiteit verwijderen", "Delete activity";
    delete_activity_intro: "Alle data verdwijnen uit de agenda. Dit kun je niet terugdraaien. Wil je alleen één datum laten vervallen? Zeg die datum dan af.", "All dates disappear from the agenda. This cannot be undone. Only want to drop one date? Cancel that date instead.";
    delete_activity_confirm: "Ja, ik weet het zeker", "Yes, I am sure";
    delete_activity_button: "Verwijderen", "Delete";
    change_date_title: "Eén datum wijzigen", "Change one date";
    cancel_date_heading: "Deze datum afzeggen", "Cancel this date";
    field_cancel_reason: "Reden", "Reason";
    cancel_reason_hint: "Deelnemers zien dit, bijvoorbeeld: De begeleider is ziek.", "Participants see this, for example: The facilitator is ill.";
    cancel_date_button: "Afzeggen", "Cancel date";
    restore_date_button: "Gaat toch door", "Back on after all";
    move_date_heading: "Andere tijd of plek", "Other time or place";
    move_date_intro: "Alleen deze datum verandert. De rest van de reeks blijft hetzelfde.", "Only this date changes. The rest of the series stays the same.";
    field_date_location: "Plek deze keer", "Place this time";
    date_location_hint: "Leeg laten als het op de gewone plek is.", "Leave empty if it is at the usual place.";
    field_change_note: "Wat is er anders?", "What is different?";
    change_note_hint: "Deelnemers zien dit, bijvoorbeeld: Deze keer een uur later.", "Participants see this, for example: An hour later this time.";

    // Signing up
    field_signup_date: "Welke datum?", "Which date?";
    nav_my_week: "Mijn week", "My week";
    my_week_title: "Mijn week", "My week";
    my_week_empty: "Je hebt je nog nergens voor aangemeld. Kijk in de agenda wat er te doen is.", "You haven't signed up for anything yet. See what's on in the agenda.";
    who_comes_link: "Wie komt er?", "Who is coming?";
    signup_list_title: "Wie komt er?", "Who is coming?";
    signup_list_privacy: "Deze lijst is alleen voor wie de activiteit begeleidt. Gebruik de gegevens alleen voor deze activiteit. We houden bij wie deze lijst opent.", "This list is only for those who run the activity. Use the details only for this activity. We keep track of who opens this list.";
    signup_count: "{n} aangemeld", "{n} signed up";
    signup_count_of: "{n} van de {max} plekken bezet", "{n} of {max} places taken";
    nobody_yet: "Nog niemand aangemeld.", "Nobody signed up yet.";
    waitlist_heading: "Wachtlijst", "Waitlist";
    signed_up_member: "lid", "member";
    signed_up_guest: "gast", "guest";
    signup_questions: "Vragen? Neem contact op met het centrum.", "Questions? Get in touch with the centre.";
    places_full: "vol, je komt op de wachtlijst", "full, you go on the waitlist";
    places_one: "nog 1 plek", "1 place left";
    places_many: "nog {n} plekken", "{n} places left";
    you_are_signed_up: "je bent aangemeld", "you are signed up";
    you_are_waitlisted: "je staat op de wachtlijst", "you are on the waitlist";
    course_sessions: "Je meldt je één keer aan voor alle {n} bijeenkomsten.", "You sign up once for all {n} sessions.";
    sign_up_button: "Aanmelden", "Sign up";
    join_waitlist_button: "Op de wachtlijst", "Join the waitlist";
    sign_up_as: "Je meldt je aan als {name}.", "You sign up as {name}.";
    field_signup_nickname: "Je bijnaam", "Your nickname";
    signup_nickname_hint: "Meer hebben we niet nodig. Het mag ook een verzonnen naam zijn.", "That is all we need. It can be a made-up name.";
    field_signup_remark: "Opmerking", "Remark";
    signup_remark_hint: "Bijvoorbeeld wat je niet eet, of dat je met iemand meekomt. Alleen de begeleiders zien dit.", "For example what you don't eat, or that you come with someone. Only the facilitators see this.";
    signup_remark_line: "Opmerking: {remark}", "Remark: {remark}";
    signup_email_hint: "Alleen als je een bevestiging wilt, of bericht als er iets verandert.", "Only if you want a confirmation, or a message when something changes.";
    signup_privacy: "Alleen de begeleiders van deze activiteit zien je aanmelding.", "Only the people who run this activity see your sign-up.";
    waitlist_hint: "Is het vol? Dan kom je op de wachtlijst. Komt er een plek vrij, dan schuif je vanzelf door.", "Is it full? Then you go on the waitlist. When a place comes free, you move up by yourself.";
    signup_page_title: "Je aanmelding", "Your sign-up";
    signup_not_found: "We vinden deze aanmelding niet. Kijk de link of de code na.", "We can't find this sign-up. Check the link or the code.";
    field_signup_code: "Je code", "Your code";
    signup_code_hint: "De code staat op de pagina die je zag na het aanmelden, bijvoorbeeld ABCDE-FGHJK.", "The code is on the page you saw after signing up, for example ABCDE-FGHJK.";
    find_signup_button: "Zoeken", "Find";
    whole_course: "Alle bijeenkomsten van de cursus", "All sessions of the course";
    status_confirmed: "Je bent aangemeld. Er is een plek voor je.", "You are signed up. There is a place for you.";
    status_waitlisted: "Je staat op de wachtlijst, op plek {n}.", "You are on the waitlist, at place {n}.";
    status_cancelled: "Je hebt je afgemeld.", "You have cancelled.";
    signup_done_notice: "Gelukt! Bewaar de link of de code hieronder.", "Done! Keep the link or the code below.";
    signup_done_member_notice: "Gelukt! Je vindt het ook in Mijn week.", "Done! You will also find it in My week.";
    signup_waitlist_notice: "Het is vol: je bent nummer {n} op de wachtlijst. Komt er een plek vrij? Dan is die voor jou.", "It is full: you are number {n} on the waitlist. If a place comes free, it is yours.";
    signup_already_notice: "Je was al aangemeld. Hieronder staat een nieuwe link; de oude werkt niet meer.", "You were already signed up. Below is a new link; the old one no longer works.";
    signup_cancelled_notice: "Je bent afgemeld. Je plek is vrij voor iemand anders.", "You have cancelled. Your place is free for someone else.";
    signup_what: "Wat", "What";
    signup_when: "Wanneer", "When";
    signup_who: "Naam", "Name";
    signup_status: "Status", "Status";
    keep_link_heading: "Bewaar deze link", "Keep this link";
    keep_link_intro: "Met deze link of de code kun je later je aanmelding bekijken of afmelden. Deel hem niet met anderen.", "With this link or the code you can look at or cancel your sign-up later. Don't share it with others.";
    personal_link_label: "Je persoonlijke link", "Your personal link";
    your_code_is: "Je code is:", "Your code is:";
    cancel_signup_button: "Afmelden", "Cancel my sign-up";
    cancel_signup_question: "Weet je het zeker? Dan kan iemand anders jouw plek krijgen.", "Are you sure? Then someone else can have your place.";
    cancel_signup_confirm: "Ja, meld me af", "Yes, cancel my sign-up";
    whole_course_option: "De hele cursus", "The whole course";
    field_course_choice: "Waarvoor meld je je aan?", "What are you signing up for?";
    drop_in_choice_hint: "Je kunt ook één keer meedoen, als er die keer plek is.", "You can also join just once, if there is room that time.";
    course_sessions_heading: "De bijeenkomsten", "The sessions";
    course_sessions_hint: "Kun je een keer niet? Zeg het hier. Dan weet de begeleider het, en kan iemand anders misschien die keer komen.", "Can't make it one time? Say so here. Then the facilitator knows, and perhaps someone else can come that time.";
    session_skip_button: "Ik kan deze keer niet", "I can't make it this time";
    session_come_button: "Ik kom toch", "I can come after all";
    session_absent: "je komt deze keer niet", "you are not coming this time";
    session_saved_notice: "Opgeslagen. Dank je wel dat je het laat weten.", "Saved. Thank you for letting us know.";
    mail_page_title: "Mail", "Mail";
    mail_page_link: "Mail die niet aankwam", "Mail that did not arrive";
    mail_waiting: "Mails die nog wachten: {n}.", "Mails still waiting: {n}.";
    mail_problems_heading: "Niet aangekomen", "Not delivered";
    mail_problems_intro: "Deze mails zijn na een paar pogingen niet verstuurd, of de mailserver weigerde het adres. Klopt het adres en werkt de mailserver weer? Verstuur ze dan opnieuw.", "These mails were not sent after several attempts, or the mail server refused the address. Is the address right and does the mail server work again? Then send them again.";
    mail_no_problems: "Alle mail is aangekomen.", "All mail was delivered.";
    mail_bounced: "Adres geweigerd", "Address refused";
    mail_failed: "Mislukt", "Failed";
    mail_attempts: "{n} pogingen", "{n} attempts";
    mail_attempts_one: "1 poging", "1 attempt";
    mail_target_smtp: "Mail gaat via de mailserver {target}.", "Mail goes through the mail server {target}.";
    mail_target_folder: "Er gaat geen mail de deur uit: elke mail komt als bestand in de map {target}. Zet SMTP_URL om echt te mailen.", "No mail leaves the machine: every mail is saved as a file in the folder {target}. Set SMTP_URL to really send mail.";
    mail_about_centre: "Over {centre}", "About {centre}";
    mail_reason_address_unknown: "Dit adres bestaat niet (meer). Misschien is er een typefout gemaakt.", "This address does not exist (any more). Maybe it was mistyped.";
    mail_reason_mailbox_full: "De mailbox van dit adres is vol.", "The mailbox of this address is full.";
    mail_reason_refused: "De mailserver van de ontvanger weigerde de mail, bijvoorbeeld als spam.", "The receiver's mail server refused the mail, for example as spam.";
    mail_reason_login: "Kring kon niet inloggen bij zijn eigen mailserver. Kijk of de gebruikersnaam en het wachtwoord in SMTP_URL kloppen.", "Kring could not log in to its own mail server. Check the user name and password in SMTP_URL.";
    mail_reason_unreachable: "Kring kon de mailserver niet bereiken. Werkt de server, en kloppen het adres en de poort in SMTP_URL?", "Kring could not reach the mail server. Is the server working, and are the address and port in SMTP_URL right?";
    mail_reason_busy: "De mailserver zei steeds: probeer het later. Na de laatste poging is Kring gestopt.", "The mail server kept saying: try later. After the last attempt Kring stopped.";
    mail_reason_folder: "Kring kon de mail niet in de map zetten. Kijk of de map bestaat en of Kring erin mag schrijven.", "Kring could not save the mail in the folder. Check that the folder exists and that Kring may write in it.";
    mail_reason_other: "Het versturen lukte niet.", "Sending did not work.";
    mail_server_said: "Wat de mailserver precies zei", "What the mail server said exactly";
    mail_member_line: "Dit is het adres van {name}.", "This is the address of {name}.";
    field_fixed_email: "Goed e-mailadres", "Correct email address";
    fixed_email_hint: "Vul het adres in zoals het lid het je gaf. De mail gaat dan opnieuw, naar dat adres.", "Fill in the address as the member gave it to you. The mail then goes again, to that address.";
    fix_email_heading: "Het adres van {name} verbeteren", "Correct the address of {name}";
    fix_email_link: "Adres verbeteren", "Correct the address";
    fix_email_cancel: "Terug naar alle mail", "Back to all mail";
    fix_email_button: "Adres verbeteren en opnieuw versturen", "Correct the address and send again";
    drop_email_hint: "Werkt het adres niet en weet je geen beter? Haal het weg. {name} krijgt dan geen mail meer, en ziet berichten bij een volgend bezoek in Kring.", "Does the address not work and you know no better one? Take it away. {name} then gets no more mail, and sees messages on a next visit to Kring.";
    drop_email_button: "Adres weghalen", "Take the address away";
    mail_fixed_notice: "Het adres is verbeterd. De mail gaat opnieuw.", "The address is corrected. The mail goes again.";
    mail_dropped_notice: "Het adres is weggehaald.", "The address is taken away.";
    email_dropped_notice: "Je e-mailadres werkte niet: mail kwam niet aan. Daarom hebben we het weggehaald. Berichten zie je nu hier en bij Mijn week. Wil je weer mail krijgen? Vul dan een goed adres in.", "Your email address did not work: mail did not arrive. So we took it away. You now see messages here and in My week. Would you like mail again? Then fill in a working address.";
    mail_resend_button: "Opnieuw versturen", "Send again";
    mail_resent_notice: "De mail staat weer klaar om te versturen.", "The mail is queued to be sent again.";
    mail_reminder_subject: "Herinnering: {title}", "Reminder: {title}";
    mail_reminder_body: "Hallo {name},\n\nEen herinnering: je bent aangemeld voor {title}.\nWanneer: {when}\nWaar: {place}\n\nKun je toch niet? Meld je dan af, dan kan iemand anders komen:\n{cancel}\n\nWil je geen herinneringen meer? Zet ze uit op:\n{off}", "Hello {name},\n\nA reminder: you are signed up for {title}.\nWhen: {when}\nWhere: {place}\n\nCan't make it after all? Then cancel, so someone else can come:\n{cancel}\n\nDon't want reminders any more? Switch them off at:\n{off}";
    mail_date_cancelled_subject: "Gaat niet door: {title}, {when}", "Cancelled: {title}, {when}";
    mail_date_cancelled_body: "Hallo {name},\n\n{title} op {when} gaat niet door.\nReden: {reason}\n\nJe hoeft niets te doen. Kijk voor andere data op:\n{link}", "Hello {name},\n\n{title} on {when} is cancelled.\nReason: {reason}\n\nYou don't need to do anything. For other dates, see:\n{link}";
    mail_date_changed_subject: "Gewijzigd: {title}, {when}", "Changed: {title}, {when}";
    mail_date_changed_body: "Hallo {name},\n\nEr is iets veranderd aan {title}.\nEerst: {before}\nNu: {when}\nWat is er anders: {note}\n\nKun je nu niet? Meld je dan af, dan kan iemand anders komen. Meer informatie:\n{link}", "Hello {name},\n\nSomething has changed about {title}.\nBefore: {before}\nNow: {when}\nWhat is different: {note}\n\nCan't make it now? Then cancel, so someone else can come. More information:\n{link}";
    schedule_dropped_reason: "het rooster is veranderd, en deze datum valt eruit", "the schedule has changed, and this date is no longer in it";
    schedule_changed_note: "het rooster is veranderd", "the schedule has changed";
    activity_stopped_reason: "de activiteit stopt of is gepauzeerd", "the activity stops or is paused";
    reminders_label: "Herinnering per mail", "Reminder by email";
    reminders_on: "Aan: de dag ervoor krijg je een mail over waar je je voor hebt aangemeld.", "On: the day before, you get an email about what you signed up for.";
    reminders_off: "Uit", "Off";
    reminders_switch_off: "Zet herinneringen uit", "Switch reminders off";
    reminders_switch_on: "Zet herinneringen aan", "Switch reminders on";
    reminders_saved_notice: "Opgeslagen.", "Saved.";
    field_invite_email: "Ook mailen naar", "Also email to";
    invite_email_hint: "Vul een e-mailadres in als je de link ook per mail wilt sturen. Je kunt de link ook zelf doorgeven.", "Fill in an email address to also send the link by email. You can also pass the link on yourself.";
    invite_mailed_notice: "De uitnodiging is ook per mail verstuurd.", "The invitation was also sent by email.";
    mail_invite_subject: "Uitnodiging voor {centre} in Kring", "Invitation for {centre} in Kring";
    mail_invite_body: "Hallo,\n\nJe bent uitgenodigd als {role} bij {centre} in Kring. Klik op deze link om de uitnodiging aan te nemen:\n{link}\n\nDe link werkt 7 dagen. Heb je nog geen account? Dan maak je er eerst een.\n\nKring", "Hello,\n\nYou have been invited as {role} at {centre} in Kring. Click this link to accept the invitation:\n{link}\n\nThe link works for 7 days. No account yet? Then you make one first.\n\nKring";
    my_profile_title: "Mijn profiel", "My profile";
    my_profile_intro: "Hier vertel je wat je goed kunt, wat je anderen kunt bieden en wat je graag wilt leren of doen. Alles is vrijwillig. Je kiest zelf per deel wie het mag zien. Mensen zonder account zien je profiel nooit.", "Here you tell what you are good at, what you can offer others and what you would like to learn or do. Everything is optional. For each part you choose who may see it. People without an account never see your profile.";
    profile_saved_notice: "Je profiel is opgeslagen.", "Your profile is saved.";
    part_seen_by: "Wie ziet dit: {who}", "Who sees this: {who}";
    save_part_button: "{part} opslaan", "Save “{part}”";
    profile_about_section: "Over mij", "About me";
    field_display_name: "Naam die anderen zien", "Name others see";
    display_name_hint: "Laat leeg om je bijnaam te gebruiken.", "Leave empty to use your nickname.";
    field_intro: "Iets over jezelf", "Something about yourself";
    intro_hint: "Een paar zinnen, hoogstens 500 tekens. Je hoeft niets over je gezondheid te vertellen; schrijf hier liever niets over ziektes of medicijnen.", "A few sentences, at most 500 characters. You don't need to say anything about your health; better not write about illnesses or medicines here.";
    profile_talents_section: "Mijn talenten", "My talents";
    field_good_at: "Hier ben ik goed in", "I am good at";
    field_can_offer: "Dit kan ik anderen bieden", "I can offer others";
    field_own_words: "Eigen woorden: hier ben ik goed in", "In my own words: I am good at";
    field_own_words_offer: "Eigen woorden: dit kan ik bieden", "In my own words: I can offer";
    field_own_words_wishes: "Eigen woorden: dit wil ik leren of doen", "In my own words: I would like to learn or do";
    own_words_hint: "Staat het er niet tussen? Typ het zelf. Zet komma's tussen de woorden.", "Not in the list? Type it yourself. Put commas between the words.";
    profile_wishes_section: "Mijn wensen", "My wishes";
    field_wishes: "Dit wil ik leren of doen", "I would like to learn or do";
    profile_interests_section: "Waar ik van houd", "What I like";
    field_interests: "Soorten activiteiten", "Kinds of activities";
    profile_languages_section: "Talen", "Languages";
    field_languages: "Talen die ik spreek", "Languages I speak";
    field_own_languages: "Andere talen", "Other languages";
    profile_helping_section: "Meehelpen", "Helping out";
    field_helps: "Ik help graag mee in het centrum", "I like to help out at the centre";
    field_tasks: "Hiermee help ik graag", "I like to help with";
    helps_yes: "Helpt graag mee in het centrum.", "Likes to help out at the centre.";
    visibility_me: "Alleen ik", "Only me";
    visibility_groups: "Leden van mijn groepen", "Members of my groups";
    visibility_members: "Alle deelnemers met een account", "All participants with an account";
    visibility_intro: "Wie ziet 'Over mij'?", "Who sees 'About me'?";
    visibility_talents: "Wie ziet mijn talenten?", "Who sees my talents?";
    visibility_wishes: "Wie ziet mijn wensen?", "Who sees my wishes?";
    visibility_interests: "Wie ziet waar ik van houd?", "Who sees what I like?";
    visibility_languages: "Wie ziet mijn talen?", "Who sees my languages?";
    visibility_helping: "Wie ziet of ik graag meehelp?", "Who sees whether I like to help out?";
    profile_preview_heading: "Zo zien anderen je profiel", "How others see your profile";
    preview_as_member: "Bekijk als deelnemer", "View as a participant";
    preview_as_group: "Bekijk als lid van je groep", "View as a member of your group";
    preview_member_banner: "Zo ziet een andere deelnemer je profiel.", "This is how another participant sees your profile.";
    preview_group_banner: "Zo ziet een lid van je groep je profiel.", "This is how a member of your group sees your profile.";
    back_to_my_profile: "Terug naar mijn profiel", "Back to my profile";
    profile_title: "Profiel", "Profile";
    profile_nothing_shown: "Er is (nog) niets te zien.", "There is nothing to see (yet).";
    suggestions_heading: "Past bij jouw wensen", "Fits your wishes";
    suggestions_invite: "Vertel in je profiel wat je graag wilt doen. Dan laten we zien wat daarbij past.", "Tell in your profile what you would like to do. Then we show what fits.";
    my_profile_link: "Mijn profiel: talenten en wensen", "My profile: talents and wishes";
    nav_groups: "Groepen", "Groups";
    manage_groups: "Groepen", "Groups";
    groups_title: "Groepen", "Groups";
    groups_intro: "In een groep deel je ervaringen met mensen die snappen hoe het is. Ervaringsdeskundigen begeleiden de groep. Wat daar gezegd wordt, blijft in de groep.", "In a group you share experiences with people who understand what it is like. People with lived experience lead the group. What is said there stays in the group.";
    groups_empty: "Er zijn nog geen groepen te zien.", "There are no groups to see yet.";
    my_groups_heading: "Mijn groepen", "My groups";
    group_when_where_heading: "Wanneer en waar", "When and where";
    group_no_meetings_yet: "Er staat nog geen bijeenkomst in de agenda. De begeleiders laten het weten.", "No meeting is planned yet. The facilitators will let you know.";
    group_facilitated_by: "Begeleiding: {names}", "Facilitated by: {names}";
    group_next_meeting: "Volgende bijeenkomst: {when}", "Next meeting: {when}";
    group_answer_was: "Bericht van de begeleiders: {message}", "Message from the facilitators: {message}";
    all_groups_heading: "Alle groepen", "All groups";
    group_title: "Groep", "Group";
    group_online: "online", "online";
    group_kind_open: "Open groep: je doet direct mee", "Open group: join right away";
    group_kind_closed: "Besloten groep: je vraagt of je mee mag doen", "Closed group: you ask to join";
    group_kind_unlisted: "Alleen met een uitnodiging", "By invitation only";
    membership_member: "Je bent lid van deze groep.", "You are a member of this group.";
    membership_paused: "Lidmaatschap gepauzeerd", "Membership paused";
    membership_requested: "Je hebt gevraagd of je mee mag doen. De begeleiders laten het je weten.", "You asked to join. The facilitators will let you know.";
    membership_declined: "Je vraag om mee te doen is niet aangenomen.", "Your request to join was not accepted.";
    membership_removed: "Je bent uit deze groep gehaald.", "You were removed from this group.";
    group_login_hint: "Log in om meer over deze groep te lezen.", "Log in to read more about this group.";
    house_rules_heading: "Groepsafspraken", "Group agreements";
    group_people_heading: "Wie zijn er in de groep?", "Who is in the group?";
    group_people_note: "Dit zien alleen de leden en de begeleiders van de groep.", "Only the members and facilitators of the group see this.";
    facilitators_heading: "Begeleiders", "Facilitators";
    members_heading: "Leden", "Members";
    my_membership_heading: "Mijn lidmaatschap", "My membership";
    group_pause_button: "Even pauzeren", "Pause for a while";
    group_resume_button: "Weer meedoen", "Take part again";
    leave_button: "Uit de groep gaan", "Leave the group";
    leave_question: "Weet je het zeker? Daarna zie je het prikbord van de groep niet meer.", "Are you sure? After that you no longer see the group's board.";
    leave_confirm: "Ja, ik ga uit de groep", "Yes, I leave the group";
    withdraw_join_button: "Vraag intrekken", "Withdraw request";
    paused_explained: "Je lidmaatschap staat op pauze. Je houdt je plek, maar de anderen zien je niet in de ledenlijst.", "Your membership is paused. You keep your place, but the others don't see you in the list of members.";
    join_heading: "Meedoen", "Join";
    ask_to_join_heading: "Vragen of je mee mag doen", "Ask to join";
    field_agree_rules: "Ik heb de groepsafspraken gelezen en ik houd me eraan", "I have read the group agreements and I will keep them";
    field_join_message: "Bericht aan de begeleiders", "Message to the facilitators";
    join_message_hint: "Vertel kort waarom je mee wilt doen, als je wilt. Hoogstens 500 tekens.", "Say briefly why you would like to join, if you like. At most 500 characters.";
    join_button: "Meedoen", "Join";
    ask_to_join_button: "Vraag of ik mee mag doen", "Ask to join";
    leave_any_time_hint: "Je kunt altijd stoppen of pauzeren, zonder uitleg.", "You can always stop or pause, without explaining why.";
    group_full: "De groep is vol. Er is nu geen plek.", "The group is full. There is no place right now.";
    joined_group_notice: "Welkom in de groep!", "Welcome to the group!";
    asked_to_join_notice: "Je vraag is verstuurd naar de begeleiders.", "Your request was sent to the facilitators.";
    group_paused_notice: "Je lidmaatschap staat op pauze.", "Your membership is paused.";
    group_resumed_notice: "Fijn dat je er weer bij bent.", "Good to have you back.";
    left_group_notice: "Je bent uit de groep.", "You left the group.";
    request_accepted_group_notice: "De vraag is aangenomen. Het nieuwe lid is welkom.", "The request is accepted. The new member is welcome.";
    request_declined_group_notice: "De vraag is niet aangenomen. De persoon ziet je bericht.", "The request is declined. The person sees your message.";
    member_removed_notice: "Het lid is uit de groep gehaald en ziet de reden.", "The member is removed from the group and sees the reason.";
    facilitating_heading: "Begeleiden", "Facilitating";
    join_requests_heading: "Vragen om mee te doen", "Requests to join";
    no_join_requests: "Er zijn geen nieuwe vragen.", "There are no new requests.";
    accept_member_button: "Aannemen", "Accept";
    decline_member_button: "Niet nu", "Not now";
    decline_default_message: "Dank je wel voor je vraag. Op dit moment past het niet in deze groep. Vraag gerust bij het centrum welke groep wel past.", "Thank you for asking. Right now it does not fit this group. Feel free to ask the centre which group does fit.";
    remove_member_link: "Uit de groep halen", "Remove from the group";
    remove_member_heading: "{name} uit de groep halen", "Remove {name} from the group";
    field_remove_reason: "Waarom? De persoon ziet dit.", "Why? The person sees this.";
    remove_reason_hint: "Noem de afspraak die niet is nagekomen. Blijf vriendelijk. Hoogstens 500 tekens.", "Name the agreement that was not kept. Stay kind. At most 500 characters.";
    remove_member_button: "Uit de groep halen", "Remove from the group";
    centre_groups_intro: "Zet hier groepen op en kies de begeleiders. Wie er lid is, zien alleen de leden en de begeleiders; hier zie je alleen aantallen.", "Set up groups here and choose the facilitators. Only members and facilitators see who is in a group; here you see only numbers.";
    group_counts: "{members} leden · {requests} nieuwe vragen", "{members} members · {requests} new requests";
    group_counts_one_request: "{members} leden · 1 nieuwe vraag", "{members} members · 1 new request";
    edit_group_link: "Wijzigen", "Change";
    new_group_heading: "Nieuwe groep", "New group";
    edit_group_heading: "Groep wijzigen", "Change group";
    field_group_name: "Naam voor de leden", "Name for the members";
    group_name_hint: "Bijvoorbeeld: Herstelgroep op dinsdag. Hoogstens 80 tekens.", "For example: Recovery group on Tuesday. At most 80 characters.";
    field_public_name: "Neutrale naam voor iedereen", "Neutral name for everyone";
    public_name_hint: "Deze naam zien ook mensen zonder account. Kies iets neutraals, bijvoorbeeld: Dinsdaggroep.", "People without an account see this name too. Choose something neutral, for example: Tuesday group.";
    field_group_description: "Over de groep", "About the group";
    field_group_theme: "Thema", "Theme";
    no_theme: "Geen thema", "No theme";
    field_house_rules: "Groepsafspraken", "Group agreements";
    house_rules_hint: "Bijvoorbeeld: Wat hier gezegd wordt, blijft hier. We laten elkaar uitpraten. Hoogstens 3000 tekens.", "For example: What is said here stays here. We let each other finish. At most 3000 characters.";
    field_group_size: "Hoeveel leden hoogstens?", "At most how many members?";
    group_size_hint: "2 tot 100. Leeg: geen grens.", "2 to 100. Empty: no limit.";
    field_group_kind: "Hoe doe je mee?", "How do people join?";
    field_group_online: "De groep komt online bij elkaar", "The group meets online";
    field_group_listed: "Zet de neutrale naam in de lijst van groepen", "Put the neutral name in the list of groups";
    group_listed_hint: "Een groep met alleen een uitnodiging staat nooit in de lijst.", "A group by invitation only is never in the list.";
    field_group_facilitators: "Begeleiders", "Facilitators";
    save_group_button: "Groep opslaan", "Save group";
    propose_group_link: "Een nieuwe groep voorstellen", "Propose a new group";
    propose_group_title: "Een groep voorstellen", "Propose a group";
    propose_group_intro: "Mis je een groep? Stel hem voor. Een coördinator van het centrum kijkt ernaar en zoekt begeleiders. Als de groep start, ben jij het eerste lid.", "Missing a group? Propose it. A coordinator of the centre looks at it and finds facilitators. When the group starts, you are its first member.";
    field_group_centre: "Bij welk centrum?", "At which centre?";
    default_house_rules: "Wat in de groep gezegd wordt, blijft in de groep.\nWe laten elkaar uitpraten.\nJe vertelt alleen wat je zelf wilt.", "What is said in the group stays in the group.\nWe let each other finish.\nYou only tell what you want to tell.";
    send_proposal_button: "Voorstel versturen", "Send proposal";
    proposal_sent_notice: "Je voorstel is verstuurd. Het centrum laat weten of de groep start.", "Your proposal is sent. The centre will let you know whether the group starts.";
    my_proposals_heading: "Mijn voorstellen", "My proposals";
    proposal_waiting: "Dit voorstel wacht op een coördinator van het centrum. Alleen jij ziet het.", "This proposal is waiting for a coordinator of the centre. Only you see it.";
    proposed_by_label: "Voorstel van {name}", "Proposed by {name}";
    review_proposal_link: "Bekijken en goedkeuren", "Review and approve";
    decline_proposal_button: "Niet starten", "Do not start";
    approve_proposal_heading: "Voorstel goedkeuren", "Approve proposal";
    approve_proposal_button: "Goedkeuren: de groep start", "Approve: the group starts";
    proposal_declined_notice: "Het voorstel is niet gestart en verwijderd.", "The proposal was not started and is removed.";
    group_invite_heading: "Uitnodigen", "Inviting";
    group_invite_intro: "Met de uitnodigingslink kan iemand met een account meteen lid worden, ook van een besloten groep of een groep die niet in de lijst staat. Geef de link alleen aan wie je wilt uitnodigen. Een nieuwe link zet de oude uit.", "With the invitation link someone with an account can become a member at once, also of a closed group or a group that is not in the list. Only give the link to people you want to invite. A new link switches the old one off.";
    group_invite_link_label: "Uitnodigingslink (je ziet hem maar één keer)", "Invitation link (you see it only once)";
    group_invite_on: "Er is een uitnodigingslink die werkt.", "There is an invitation link that works.";
    group_invite_none: "Er is nu geen uitnodigingslink.", "There is no invitation link now.";
    group_invite_make_button: "Maak een nieuwe uitnodigingslink", "Make a new invitation link";
    group_invite_off_button: "Link uitzetten", "Switch the link off";
    group_invite_off_notice: "De uitnodigingslink werkt niet meer.", "The invitation link no longer works.";
    field_findable: "Wie wil leren wat ik kan bieden, mag mij vinden", "Who wants to learn what I can offer may find me";
    findable_hint: "Zij zien dan je naam en wat je kunt bieden, en kunnen je een contactverzoek sturen. Jij kiest of je het aanneemt. Kring geeft nooit je e-mailadres of telefoonnummer door.", "They then see your name and what you can offer, and can send you a contact request. You choose whether to accept it. Kring never passes on your email address or phone number.";
    manage_tasks: "Vrijwilligerstaken", "Volunteer tasks";
    tasks_title: "Vrijwilligerstaken", "Volunteer tasks";
    tasks_intro: "Zet hier neer waar het centrum hulp bij kan gebruiken. Deelnemers die graag meehelpen en die talenten hebben, zien de taak bij 'Past bij jou'. Met 'Ik help graag' laten ze het jou weten.", "Put here what the centre could use help with. Participants who like to help out and have those talents see the task under 'Fits you'. With 'I'd like to help' they let you know.";
    tasks_empty: "Er zijn nog geen taken.", "There are no tasks yet.";
    task_asks: "Vraagt: {talents}", "Asks for: {talents}";
    task_no_offers: "Nog niemand heeft zich aangeboden.", "Nobody has offered to help yet.";
    task_offers_label: "Wil graag helpen:", "Would like to help:";
    task_closed_label: "Gesloten: deelnemers zien deze taak niet meer.", "Closed: participants no longer see this task.";
    close_task_button: "Sluiten", "Close";
    open_task_button: "Weer openen", "Open again";
    remove_task_button: "Verwijderen", "Remove";
    edit_task_link: "Wijzigen", "Change";
    new_task_heading: "Nieuwe taak", "New task";
    edit_task_heading: "Taak wijzigen", "Change task";
    field_task_title: "Wat is de taak?", "What is the task?";
    task_title_hint: "Kort, bijvoorbeeld: Bardienst bij de inloop. Hoogstens 80 tekens.", "Short, for example: Serving coffee at the drop-in. At most 80 characters.";
    field_task_description: "Uitleg", "Explanation";
    field_task_moment: "Wanneer?", "When?";
    task_moment_hint: "In woorden, bijvoorbeeld: dinsdagochtend, of: af en toe.", "In words, for example: Tuesday mornings, or: now and then.";
    field_task_talents: "Welke talenten passen erbij?", "Which talents fit?";
    save_task_button: "Taak opslaan", "Save task";
    task_closed_notice: "De taak is gesloten.", "The task is closed.";
    task_opened_notice: "De taak is weer open.", "The task is open again.";
    task_removed_notice: "De taak is verwijderd.", "The task is removed.";
    task_suggestions_heading: "Hier kun je helpen", "Where you can help";
    task_fits: "Past bij: {talents}", "Fits: {talents}";
    offer_help_button: "Ik help graag", "I'd like to help";
    help_offered_label: "Je hebt laten weten dat je wilt helpen.", "You said you would like to help.";
    help_offered_notice: "Fijn! De coördinator van het centrum ziet dat je wilt helpen en spreekt je aan.", "Great! The centre's coordinator sees that you would like to help and will talk to you.";
    help_withdrawn_notice: "Je hulpaanbod is ingetrokken.", "Your offer to help is withdrawn.";
    withdraw_help_button: "Toch niet", "Not after all";
    people_suggestions_heading: "Zij kunnen je iets leren", "They could teach you";
    people_suggestions_note: "Deze mensen bieden iets aan wat jij wilt leren. Stuur een verzoek; zij kiezen of ze het aannemen.", "These people offer something you would like to learn. Send a request; they choose whether to accept it.";
    person_offers: "Kan je helpen met: {talents}", "Can help you with: {talents}";
    ask_contact_link: "Vraag om contact", "Ask for contact";
    request_sent_label: "Je hebt een verzoek gestuurd.", "You sent a request.";
    new_request_one: "Iemand wil graag contact met je.", "Someone would like to get in touch with you.";
    new_requests_many: "{n} mensen willen graag contact met je.", "{n} people would like to get in touch with you.";
    my_requests_title: "Contactverzoeken en hulp", "Contact requests and help";
    my_requests_intro: "Kring geeft geen e-mailadressen of telefoonnummers door. Wil je afspreken? Zet dan zelf in je antwoord waar en wanneer, bijvoorbeeld bij de inloop.", "Kring does not pass on email addresses or phone numbers. Want to meet? Then say where and when in your answer, for example at the drop-in.";
    my_requests_empty: "Er zijn nog geen verzoeken. Vul je wensen en talenten in; dan laten we zien wie je iets kan leren.", "There are no requests yet. Fill in your wishes and talents; then we show who could teach you something.";
    requests_to_me_heading: "Verzoeken aan mij", "Requests to me";
    requests_from_me_heading: "Mijn verzoeken", "My requests";
    my_offers_heading: "Hier help ik graag", "Where I'd like to help";
    request_about: "{name} wil graag contact met je over: {talent}", "{name} would like to get in touch with you about: {talent}";
    request_to: "Aan {name}, over: {talent}", "To {name}, about: {talent}";
    request_waiting_label: "Nog geen antwoord.", "No answer yet.";
    request_accepted_label: "Je hebt dit verzoek aangenomen.", "You accepted this request.";
    request_accepted_by_other: "Aangenomen!", "Accepted!";
    your_answer_label: "Jouw antwoord:", "Your answer:";
    their_answer_label: "Het antwoord:", "The answer:";
    answer_request_link: "Bekijken en antwoorden", "View and answer";
    withdraw_request_button: "Verzoek intrekken", "Withdraw request";
    answer_request_title: "Contactverzoek", "Contact request";
    answer_privacy_note: "Neem je het aan? Dan ziet de ander je antwoord. Zet er alleen in wat je zelf wilt delen.", "Do you accept? Then the other person sees your answer. Only put in what you want to share.";
    field_answer: "Je antwoord", "Your answer";
    answer_hint: "Bijvoorbeeld: Ik ben dinsdag bij de inloop, kom maar langs. Hoogstens 500 tekens.", "For example: I'm at the drop-in on Tuesday, come by. At most 500 characters.";
    accept_request_button: "Aannemen", "Accept";
    ignore_request_hint: "Liever niet? Dan laat je het verzoek rusten. De ander krijgt geen bericht.", "Rather not? Then you let the request be. The other person gets no message.";
    ignore_request_button: "Laten rusten", "Let it be";
    request_accepted_notice: "Je hebt het verzoek aangenomen. De ander ziet je antwoord.", "You accepted the request. The other person sees your answer.";
    request_ignored_notice: "Het verzoek rust. De ander krijgt geen bericht.", "The request is set aside. The other person gets no message.";
    request_withdrawn_notice: "Je verzoek is ingetrokken.", "Your request is withdrawn.";
    request_sent_notice: "Je verzoek is verstuurd. Je ziet hier het antwoord.", "Your request is sent. You will see the answer here.";
    contact_request_title: "Vraag om contact", "Ask for contact";
    contact_request_lead: "{name} kan je helpen met: {talent}", "{name} can help you with: {talent}";
    contact_request_note: "De ander ziet je naam en je bericht, en kiest of het verzoek wordt aangenomen. Kring geeft geen contactgegevens door.", "They see your name and your message, and choose whether to accept. Kring passes on no contact details.";
    field_request_message: "Je bericht", "Your message";
    request_message_hint: "Vertel kort wat je graag wilt leren. Hoogstens 500 tekens.", "Say briefly what you would like to learn. At most 500 characters.";
    send_request_button: "Verstuur verzoek", "Send request";
    request_already_sent: "Je hebt deze persoon al een verzoek gestuurd.", "You already sent this person a request.";
    mail_contact_subject: "Iemand wil graag contact met je", "Someone would like to get in touch";
    mail_contact_body: "Hallo,\n\n{name} wil graag contact met je via Kring, over: {talent}.\n\nBekijk het verzoek en kies zelf of je het aanneemt:\n{link}\n\nKring", "Hello,\n\n{name} would like to get in touch with you through Kring, about: {talent}.\n\nSee the request and choose whether you accept it:\n{link}\n\nKring";
    mail_contact_accepted_subject: "Je contactverzoek is aangenomen", "Your contact request is accepted";
    mail_contact_accepted_body: "Hallo,\n\n{name} heeft je contactverzoek aangenomen. Het antwoord staat in Kring:\n{link}\n\nKring", "Hello,\n\n{name} accepted your contact request. The answer is in Kring:\n{link}\n\nKring";
    mail_signup_code_line: "\nJe code is {code}. Met die code vind je je aanmelding ook terug op:\n{page}\n", "\nYour code is {code}. With it you can also find your sign-up at:\n{page}\n";
    mail_signup_subject: "Je bent aangemeld: {title}", "You are signed up: {title}";
    mail_signup_body: "Hallo {name},\n\nJe bent aangemeld voor {title}.\nWanneer: {when}\nWaar: {place}\n\nIn de bijlage zit de afspraak. Daarmee zet je hem in je agenda.\n\nKun je toch niet? Meld je dan af, dan kan iemand anders komen:\n{link}\n{code}\nTot dan!", "Hello {name},\n\nYou are signed up for {title}.\nWhen: {when}\nWhere: {place}\n\nThe appointment is attached to this email, for your calendar.\n\nCan't make it after all? Then cancel, so someone else can come:\n{link}\n{code}\nSee you then!";
    mail_waitlist_subject: "Je staat op de wachtlijst: {title}", "You are on the waitlist: {title}";
    mail_waitlist_body: "Hallo {name},\n\nHet is vol bij {title}. Je staat op de wachtlijst.\nWanneer: {when}\nWaar: {place}\n\nKomt er een plek vrij? Dan krijg je vanzelf een mail.\n\nJe aanmelding bekijken of je afmelden:\n{link}\n{code}", "Hello {name},\n\n{title} is full. You are on the waitlist.\nWhen: {when}\nWhere: {place}\n\nIf a place comes free, you will get an email.\n\nSee your sign-up or cancel:\n{link}\n{code}";
    mail_promoted_subject: "Er is een plek voor je: {title}", "There is a place for you: {title}";
    mail_promoted_body: "Hallo {name},\n\nEr is een plek vrijgekomen. Je bent nu aangemeld voor {title} {when}.\n\nKun je toch niet? Meld je dan af met je persoonlijke link of je code, zodat iemand anders kan komen.\n\nKring", "Hello {name},\n\nA place has come free. You are now signed up for {title} {when}.\n\nCan't make it after all? Cancel with your personal link or your code, so someone else can come.\n\nKring";

    // Two-factor login
    two_factor_title: "Tweestapsverificatie", "Two-step verification";
    two_factor_intro: "Met tweestapsverificatie heb je bij het inloggen ook een code uit een app op je telefoon nodig. Dan kan niemand anders met alleen je wachtwoord inloggen. Dat is belangrijk, want jouw account kan gegevens van anderen zien.", "With two-step verification you also need a code from an app on your phone to log in. Then nobody else can log in with just your password. That matters, because your account can see other people's data.";
    two_factor_on: "Tweestapsverificatie staat aan.", "Two-step verification is on.";
    two_factor_codes_left: "Je hebt nog {n} herstelcodes over.", "You have {n} recovery codes left.";
    two_factor_start_button: "Tweestapsverificatie instellen", "Set up two-step verification";
    two_factor_step_app: "1. Scan deze QR-code met een app zoals Aegis, FreeOTP of Google Authenticator. Of typ de sleutel over.", "1. Scan this QR code with an app such as Aegis, FreeOTP or Google Authenticator. Or type in the key.";
    two_factor_qr_alt: "QR-code voor je app", "QR code for your app";
    two_factor_key: "Sleutel", "Key";
    two_factor_step_codes: "2. Schrijf deze herstelcodes op en bewaar ze goed. Met een herstelcode kun je inloggen als je je telefoon kwijt bent. Elke code werkt één keer. Je ziet ze maar één keer.", "2. Write down these recovery codes and keep them safe. With a recovery code you can log in if you lose your phone. Each code works once. You only see them once.";
    two_factor_step_confirm: "3. Typ de code die de app nu laat zien.", "3. Type the code the app shows now.";
    field_app_code: "Code uit de app", "Code from the app";
    two_factor_confirm_button: "Aanzetten", "Turn on";
    two_factor_enabled_notice: "Tweestapsverificatie staat nu aan.", "Two-step verification is now on.";
    two_factor_disabled_notice: "Tweestapsverificatie staat nu uit.", "Two-step verification is now off.";
    two_factor_disable_heading: "Uitzetten", "Turn off";
    two_factor_disable_button: "Tweestapsverificatie uitzetten", "Turn off two-step verification";
    two_factor_admin_notice: "Zet tweestapsverificatie aan. Jouw account kan heel Kring beheren.", "Please turn on two-step verification. Your account can manage all of Kring.";
    second_step_title: "Nog één stap", "One more step";
    second_step_intro: "Typ de code uit de app op je telefoon. Ben je je telefoon kwijt? Typ dan een van je herstelcodes.", "Type the code from the app on your phone. Lost your phone? Then type one of your recovery codes.";
    field_second_factor: "Code uit de app of herstelcode", "Code from the app or recovery code";

    // Login and reset by e-mail
    login_by_email_link: "Inloggen met een mail, zonder wachtwoord", "Log in with an email, without a password";
    forgot_password_link: "Wachtwoord vergeten?", "Forgot your password?";
    email_login_title: "Inloggen met e-mail", "Log in by email";
    email_login_intro: "Vul het e-mailadres van je account in. Je krijgt een mail met een link en een code. Daarmee log je in zonder wachtwoord.", "Fill in the email address of your account. You will get an email with a link and a code. With those you log in without a password.";
    send_mail_button: "Stuur mij een mail", "Send me an email";
    no_email_hint: "Heb je geen e-mailadres bij je account? Vraag dan hulp aan iemand van je centrum.", "No email address on your account? Then ask someone at your centre for help.";
    help_code_link: "Heb je al een code van je centrum?", "Do you have a code from your centre?";
    help_code_title: "Nieuw wachtwoord met een code van je centrum", "A new password with a code from your centre";
    help_code_intro: "Iemand van je centrum heeft je een code gegeven. Vul je bijnaam, de code en een nieuw wachtwoord in.", "Someone at your centre gave you a code. Fill in your nickname, the code and a new password.";
    field_help_code: "Code van je centrum", "Code from your centre";
    help_code_hint: "Bijvoorbeeld ABCDE-FGHJK. De code werkt één keer en een half uur lang.", "For example ABCDE-FGHJK. The code works once, for half an hour.";
    helped_reset_notice: "Je wachtwoord is op {when} opnieuw ingesteld met een code van je centrum. Was jij dat niet? Vertel het dan meteen aan je centrum.", "Your password was set again on {when} with a code from your centre. Wasn't that you? Then tell your centre at once.";
    login_help_heading: "Iemand kan niet meer inloggen", "Someone can't log in any more";
    login_help_intro: "Is iemand het wachtwoord vergeten, en staat er geen e-mailadres bij het account? Maak dan een code en geef die persoonlijk. Dat kan alleen voor deelnemers van jullie centrum zonder rol. Je ziet het wachtwoord nooit, en de code wordt bewaard in het logboek.", "Has someone forgotten their password and has no email address? Then make a code and hand it over in person. This is only possible for participants of your centre without a role. You never see the password, and the code is written to the log.";
    field_help_nickname: "Bijnaam van de deelnemer", "The participant's nickname";
    login_help_button: "Maak een code", "Make a code";
    login_help_ready: "De code voor {name}:", "The code for {name}:";
    login_help_how: "Geef de code persoonlijk. Hij werkt één keer en {minutes} minuten lang, op de pagina Wachtwoord vergeten → Heb je al een code van je centrum?", "Hand the code over in person. It works once, for {minutes} minutes, on the page Forgot password → Do you have a code from your centre?";
    check_mail_title: "Kijk in je mail", "Check your email";
    check_mail_intro: "Hoort er een account bij dit adres? Dan hebben we een mail gestuurd. Klik op de link in de mail, of typ hieronder de code uit de mail. De link en de code werken 15 minuten.", "If this address belongs to an account, we have sent an email. Click the link in the email, or type the code from the email below. The link and the code work for 15 minutes.";
    field_code: "Code uit de mail", "Code from the email";
    code_hint: "6 cijfers, bijvoorbeeld 123 456.", "6 digits, for example 123 456.";
    no_mail_hint: "Geen mail gekregen? Kijk ook bij ongewenste mail (spam). Of vraag een nieuwe mail aan.", "No email? Also look in your junk mail (spam). Or ask for a new email.";
    request_new_mail: "Nieuwe mail aanvragen", "Ask for a new email";
    link_login_intro: "Klik op de knop om in te loggen.", "Click the button to log in.";
    forgot_title: "Wachtwoord vergeten", "Forgot your password";
    forgot_intro: "Vul het e-mailadres van je account in. Je krijgt een mail waarmee je een nieuw wachtwoord kiest.", "Fill in the email address of your account. You will get an email to choose a new password.";
    reset_code_intro: "Hoort er een account bij dit adres? Dan hebben we een mail gestuurd. Klik op de link in de mail, of typ hieronder de code uit de mail en kies een nieuw wachtwoord.", "If this address belongs to an account, we have sent an email. Click the link in the email, or type the code from the email below and choose a new password.";
    reset_link_intro: "Kies een nieuw wachtwoord.", "Choose a new password.";
    field_new_password: "Nieuw wachtwoord", "New password";
    save_password_button: "Wachtwoord opslaan", "Save password";
    password_reset_notice: "Je nieuwe wachtwoord is opgeslagen. Je bent ingelogd. Op andere apparaten ben je uitgelogd.", "Your new password is saved. You are logged in. You are logged out on other devices.";
    mail_login_subject: "Inloggen bij Kring", "Log in to Kring";
    mail_login_body: "Hallo {name},\n\nJe wilt inloggen bij Kring. Klik op deze link:\n{link}\n\nOf typ deze code: {code}\n\nDe link en de code werken 15 minuten en maar één keer.\n\nHeb jij dit niet gevraagd? Dan kun je deze mail weggooien. Er verandert niets.\n\nKring", "Hello {name},\n\nYou want to log in to Kring. Click this link:\n{link}\n\nOr type this code: {code}\n\nThe link and the code work for 15 minutes and only once.\n\nDid you not ask for this? Then you can delete this email. Nothing changes.\n\nKring";
    mail_reset_subject: "Nieuw wachtwoord voor Kring", "New password for Kring";
    mail_reset_body: "Hallo {name},\n\nJe wilt een nieuw wachtwoord kiezen voor Kring. Klik op deze link:\n{link}\n\nOf typ deze code: {code}\n\nDe link en de code werken 15 minuten en maar één keer.\n\nHeb jij dit niet gevraagd? Dan kun je deze mail weggooien. Je wachtwoord blijft hetzelfde.\n\nKring", "Hello {name},\n\nYou want to choose a new password for Kring. Click this link:\n{link}\n\nOr type this code: {code}\n\nThe link and the code work for 15 minutes and only once.\n\nDid you not ask for this? Then you can delete this email. Your password stays the same.\n\nKring";

    // Peer groups: board, meetings and mails
    board_heading: "Prikbord", "Board";
    board_intro: "Alleen de leden en begeleiders van deze groep lezen dit. Schrijf kort en met respect, zoals in de groepsafspraken staat. Wil je iemand iets persoonlijks vertellen? Doe dat in de groep.", "Only the members and facilitators of this group read this. Write briefly and with respect, as the house rules say. Want to tell someone something personal? Do that in the group.";
    field_post: "Je bericht", "Your message";
    post_hint: "Hoogstens 1000 tekens.", "At most 1000 characters.";
    post_button: "Plaatsen", "Post";
    write_post_button: "Schrijf een bericht", "Write a message";
    field_reply: "Je reactie", "Your reply";
    reply_button: "Reageren", "Reply";
    reply_link: "Reageren", "Reply";
    reply_heading: "Reageren op het bericht van {name}", "Reply to the message by {name}";
    field_announcement: "Dit is een mededeling: mail hem ook naar leden die dat willen", "This is an announcement: also mail it to members who want that";
    board_empty: "Er staan nog geen berichten op het prikbord.", "There are no messages on the board yet.";
    announcement_label: "Mededeling", "Announcement";
    facilitator_label: "begeleider", "facilitator";
    hidden_post_others: "Een begeleider heeft dit bericht verborgen.", "A facilitator has hidden this message.";
    hidden_post_reason: "Verborgen door een begeleider. De reden: {reason}", "Hidden by a facilitator. The reason: {reason}";
    report_button: "Melden", "Report";
    reported_label: "Je hebt dit bericht gemeld bij de begeleiders.", "You reported this message to the facilitators.";
    reports_label: "{count} keer gemeld", "Reported {count} times";
    hide_link: "Verbergen", "Hide";
    hide_heading: "Bericht van {name} verbergen", "Hide the message by {name}";
    field_hide_reason: "Waarom verberg je dit bericht?", "Why are you hiding this message?";
    hide_reason_hint: "De schrijver ziet deze reden. Andere leden zien alleen dat het verborgen is.", "The writer sees this reason. Other members only see that it is hidden.";
    hide_button: "Bericht verbergen", "Hide message";
    show_button: "Weer tonen", "Show again";
    delete_post_button: "Weghalen", "Remove";
    older_posts_link: "Oudere berichten", "Older messages";
    newest_posts_link: "Naar de nieuwste berichten", "To the newest messages";
    posted_notice: "Je bericht staat op het prikbord.", "Your message is on the board.";
    reported_notice: "Dank je wel. De begeleiders kijken ernaar.", "Thank you. The facilitators will look at it.";
    hidden_notice: "Het bericht is verborgen. De schrijver ziet waarom.", "The message is hidden. The writer sees why.";
    shown_notice: "Het bericht is weer te zien.", "The message can be seen again.";
    post_deleted_notice: "Je bericht is weggehaald.", "Your message was removed.";
    paused_board_hint: "Je hebt een pauze. Je kunt het prikbord lezen, maar er niet op schrijven.", "You are taking a break. You can read the board, but not write on it.";
    mail_announcements_on: "Je krijgt de mededelingen van de begeleiders ook per mail.", "You also get the facilitators' announcements by email.";
    mail_announcements_off: "Mededelingen van de begeleiders lees je op het prikbord. Je kunt ze ook per mail krijgen.", "You read the facilitators' announcements on the board. You can also get them by email.";
    mail_on_button: "Mededelingen ook per mail", "Announcements by email too";
    mail_off_button: "Geen mededelingen per mail", "No announcements by email";
    mail_on_notice: "Je krijgt de mededelingen voortaan ook per mail.", "From now on you also get the announcements by email.";
    mail_off_notice: "Je krijgt de mededelingen niet meer per mail.", "You no longer get the announcements by email.";
    meetings_heading: "Bijeenkomsten", "Meetings";
    meetings_empty: "Er zijn nog geen bijeenkomsten gepland.", "No meetings have been planned yet.";
    coming_meetings_heading: "Volgende bijeenkomsten", "Next meetings";
    past_meetings_heading: "Vorige bijeenkomsten", "Previous meetings";
    head_count_label: "{count} aanwezig", "{count} present";
    register_attendance_link: "Wie waren er?", "Who came?";
    attendance_heading: "Wie waren er op {date}?", "Who came on {date}?";
    attendance_intro: "De namen zijn alleen voor de begeleiders van deze groep. Het aantal mag het centrum gebruiken voor de cijfers.", "The names are only for the facilitators of this group. The centre may use the number for its figures.";
    field_present: "Aanwezig", "Present";
    field_head_count: "Aantal aanwezig in totaal", "Number present in total";
    head_count_hint: "Leeg laten: zoveel als je hebt aangevinkt. Vul meer in als er ook mensen kwamen die niet op de lijst staan.", "Leave empty: as many as you ticked. Enter more if people came who are not on the list.";
    save_attendance_button: "Opslaan wie er waren", "Save who came";
    attendance_saved_notice: "Opgeslagen wie er waren.", "Saved who came.";
    group_feed_link: "Bijeenkomsten in je agenda zetten", "Add the meetings to your calendar";
    group_feed_hint: "Voor een agenda die zichzelf bijwerkt: maak je eigen agendalink bij Mijn week. Daar staan de bijeenkomsten van je groepen ook in.", "For a calendar that updates itself: make your own calendar link in My week. The meetings of your groups are in it too.";
    reported_heading: "Gemelde berichten", "Reported messages";
    reported_item: "Bericht van {name}, {count} keer gemeld", "Message by {name}, reported {count} times";
    group_todo_line: "In {group} wacht iets op je. Vragen om mee te doen: {requests}. Gemelde berichten: {reports}.", "Something is waiting for you in {group}. Requests to join: {requests}. Reported messages: {reports}.";
    to_the_group_link: "Naar de groep", "To the group";
    group_listing_heading: "In de lijst van groepen", "In the list of groups";
    group_listed_now: "Iedereen ziet de neutrale naam '{name}' in de lijst van groepen. Meer niet.", "Everyone sees the neutral name '{name}' in the list of groups. Nothing more.";
    group_unlisted_now: "De groep staat niet in de lijst van groepen. Mensen vinden hem via jullie of via een uitnodigingslink.", "The group is not in the list of groups. People find it through you or through an invitation link.";
    list_group_button: "Zet de neutrale naam in de lijst", "Put the neutral name in the list";
    unlist_group_button: "Haal de groep uit de lijst", "Take the group out of the list";
    group_listed_notice: "De neutrale naam staat nu in de lijst van groepen.", "The neutral name is now in the list of groups.";
    group_unlisted_notice: "De groep staat niet meer in de lijst van groepen.", "The group is no longer in the list of groups.";
    my_group_meetings_heading: "Bijeenkomsten van mijn groepen", "Meetings of my groups";
    you_run_this_group: "Jij begeleidt deze groep.", "You facilitate this group.";
    group_meeting_made_notice: "De bijeenkomst is opgeslagen. Hij staat niet in de openbare agenda: alleen de leden en begeleiders van de groep zien hem.", "The meeting is saved. It is not in the public agenda: only the group's members and facilitators see it.";
    holiday_dates_hint: "Deze reeks gaat ook door op {days}. Is het centrum dan dicht? Zet een sluiting bij de openingstijden. Dan gaan die keren niet door en horen de mensen dat.", "This series also goes on on {days}. Is the centre closed then? Add a closure to the opening hours. Then those dates do not go on and people are told.";
    add_closure_link: "Een sluiting toevoegen", "Add a closure";
    cancel_reach_line: "Aangemeld: {n}. Van hen krijgen er {mail} een mail.", "Signed up: {n}. Of them, {mail} get an email.";
    cancel_reach_others: "De anderen zien het in Kring als ze kijken. Kun je ze zelf vertellen? Doe dat dan ook.", "The others see it in Kring when they look. Can you tell them yourself? Then please do.";
    field_activity_group: "Bij welke groep hoort deze bijeenkomst?", "Which group is this meeting for?";
    activity_group_hint: "Een bijeenkomst van een groep staat niet in de openbare agenda. Alleen de leden en begeleiders van de groep zien hem.", "A group's meeting is not in the public agenda. Only the group's members and facilitators see it.";
    no_group: "Geen groep: openbaar", "No group: public";
    mail_join_request_subject: "Iemand wil meedoen met {group}", "Someone wants to join {group}";
    mail_join_request_body: "Hallo,\n\n{name} vraagt of ze mee mag doen met {group}.\n\nBekijk de vraag en geef antwoord:\n{link}\n\nKring", "Hello,\n\n{name} asks to join {group}.\n\nSee the request and answer it:\n{link}\n\nKring";
    mail_join_accepted_subject: "Welkom bij {group}", "Welcome to {group}";
    mail_join_accepted_body: "Hallo,\n\nDe begeleiders van {group} hebben ja gezegd: je bent nu lid van de groep. Welkom!\n\nDe groep, de afspraken en de bijeenkomsten vind je hier:\n{link}\n\nKring", "Hello,\n\nThe facilitators of {group} said yes: you are now a member of the group. Welcome!\n\nYou find the group, its house rules and its meetings here:\n{link}\n\nKring";
    mail_join_declined_subject: "Antwoord op je vraag over {group}", "An answer to your request about {group}";
    mail_join_declined_body: "Hallo,\n\nDe begeleiders van {group} hebben je vraag om mee te doen beantwoord:\n\n{message}\n\nJe leest het ook hier:\n{link}\n\nKring", "Hello,\n\nThe facilitators of {group} answered your request to join:\n\n{message}\n\nYou can also read it here:\n{link}\n\nKring";
    mail_proposal_approved_subject: "Je voorstel voor een groep gaat door", "Your proposal for a group goes ahead";
    mail_proposal_approved_body: "Hallo,\n\nGoed nieuws: het centrum start de groep {group}, die jij hebt voorgesteld. Je bent het eerste lid.\n\nKijk hier:\n{link}\n\nKring", "Hello,\n\nGood news: the centre starts the group {group} that you proposed. You are its first member.\n\nHave a look here:\n{link}\n\nKring";
    mail_proposal_declined_subject: "Antwoord op je voorstel voor een groep", "An answer to your proposal for a group";
    mail_proposal_declined_body: "Hallo,\n\nDank je wel voor je voorstel voor de groep {group}. Het centrum start deze groep nu niet. Wil je weten waarom, of samen kijken wat wel kan? Loop gerust binnen bij {centre}.\n\nKring", "Hello,\n\nThank you for your proposal for the group {group}. The centre is not starting this group now. Want to know why, or look together at what is possible? Feel free to drop in at {centre}.\n\nKring";
    mail_announcement_subject: "Mededeling voor {group}", "Announcement for {group}";
    mail_announcement_body: "Hallo,\n\n{name} heeft een mededeling op het prikbord van {group} gezet:\n\n{text}\n\nReageren kan op het prikbord:\n{link}\n\nJe krijgt deze mail omdat je mededelingen per mail hebt aangezet. Uitzetten kan op de pagina van de groep.\n\nKring", "Hello,\n\n{name} put an announcement on the board of {group}:\n\n{text}\n\nYou can reply on the board:\n{link}\n\nYou get this email because you switched on announcements by email. You can switch it off on the group's page.\n\nKring";

    // Turven: counting visitors at the door
    manage_tally: "Turven", "Count visitors";
    tally_title: "Turven", "Counting visitors";
    tally_title_of: "Turven bij {centre}", "Count visitors at {centre}";
    tally_intro: "Tik één keer voor iedereen die binnenkomt. Namen en tijden worden niet bewaard, alleen het aantal per dagdeel.", "Tap once for everyone who comes in. No names or times are kept, only the number per part of the day.";
    tally_parts_label: "Dagdelen van vandaag", "Today's parts of the day";
    tally_visitors: "bezoekers", "visitors";
    tally_first_visits: "Voor het eerst", "First time";
    tally_visit_button: "+1 Er komt iemand binnen", "+1 Someone comes in";
    tally_first_button: "+1 Voor het eerst hier", "+1 Here for the first time";
    tally_undo_button: "−1 Vergissing", "−1 Mistake";
    tally_counted: "Geteld.", "Counted.";
    tally_undone: "Eén teruggezet.", "One taken back.";
    tally_waiting: "Geen verbinding. De tellingen staan veilig op dit apparaat en gaan vanzelf naar Kring als er weer verbinding is. Nog te versturen: {count}.", "No connection. The counts are safe on this device and go to Kring by themselves once there is a connection again. Still to send: {count}.";
    tally_logged_out: "Je bent uitgelogd. Log opnieuw in: de tellingen blijven bewaard op dit apparaat.", "You are logged out. Log in again: the counts stay saved on this device.";
    tally_not_counted: "Een tik kon niet meer worden geteld. Laad de pagina opnieuw.", "A tap could no longer be counted. Reload the page.";
    tally_corrected_notice: "De telling is verbeterd.", "The count has been corrected.";
    tally_corrections_heading: "Een telling verbeteren", "Correct a count";
    tally_corrections_intro: "Klopt een telling van de afgelopen 14 dagen niet? Vul het goede aantal in. Elke verbetering wordt bewaard, met wie hem deed.", "Is a count from the last 14 days wrong? Enter the right number. Every correction is kept, with who made it.";
    tally_recent_caption: "Bezoekers per dagdeel in de afgelopen 14 dagen (tussen haakjes: voor het eerst)", "Visitors per part of the day in the last 14 days (in brackets: first time)";
    tally_nothing_recent: "In de afgelopen 14 dagen is er niemand geteld.", "Nobody was counted in the last 14 days.";
    tally_day_column: "Dag", "Day";
    tally_correct_day: "Dag", "Day";
    tally_correct_day_hint: "Een dag van de afgelopen 14 dagen.", "A day in the last 14 days.";
    tally_correct_dagdeel: "Dagdeel", "Part of the day";
    tally_correct_visits: "Aantal bezoekers", "Number of visitors";
    tally_correct_first: "Waarvan voor het eerst", "Of whom for the first time";
    tally_correct_button: "Verbeteren", "Correct";
    tally_log_heading: "Eerdere verbeteringen", "Earlier corrections";
    tally_correction_line: "{day}, {dagdeel}: van {before} naar {after} door {by}", "{day}, {dagdeel}: from {before} to {after} by {by}";
    someone: "iemand", "someone";
    head_count_title: "Wie waren er?", "Who came?";
    head_count_link: "Hoeveel mensen waren er?", "How many people came?";
    head_count_who: "Wie van de aanmeldingen waren er?", "Which of those signed up came?";
    head_count_who_hint: "Alleen wie de activiteit begeleidt en de coördinatoren zien deze namen.", "Only those who run the activity and the coordinators see these names.";
    head_count_field: "Hoeveel mensen waren er in totaal?", "How many people came in all?";
    head_count_number_hint: "Een getal van 0 tot en met 500.", "A number from 0 to 500.";
    head_count_hint_with_list: "Leeg laten: zoveel als je hebt aangevinkt. Kwamen er ook mensen zonder aanmelding? Tel ze erbij.", "Leave empty: as many as you ticked. Did people come without signing up? Add them.";
    head_count_button: "Opslaan", "Save";
    head_count_saved_notice: "Opgeslagen. Dank je wel!", "Saved. Thank you!";
    head_count_saved_line: "Opgeslagen: {people}. Je kunt het nog veranderen.", "Saved: {people}. You can still change it.";
    head_count_not_yet: "Dit kun je invullen zodra de activiteit is begonnen.", "You can fill this in once the activity has begun.";
    head_count_cancelled: "Deze datum gaat niet door. Er is niets in te vullen.", "This date is cancelled. There is nothing to fill in.";
    attended_line: "Je was erbij op: {dates}.", "You were there on: {dates}.";
    register_heading: "Wie kwam er?", "Who came?";
    register_hint: "Per bijeenkomst: hoeveel mensen er waren en wie van de cursisten. Kies een bijeenkomst om het in te vullen of te veranderen.", "Per session: how many people came and which of the participants. Choose a session to fill it in or change it.";
    people_one: "1 persoon", "1 person";
    people_many: "{n} mensen", "{n} people";
    volunteers_one: "1 vrijwilliger", "1 volunteer";
    volunteers_many: "{n} vrijwilligers", "{n} volunteers";
    register_not_yet: "nog niet ingevuld", "not filled in yet";
    register_fill: "Invullen", "Fill in";
    register_change: "Veranderen", "Change";
    register_back: "Terug naar de lijst van de cursus", "Back to the course's list";
    came_times: "was er {n} van de {m} keer", "came {n} of {m} times";
    to_count_heading: "Nog invullen: hoeveel mensen waren er?", "Still to fill in: how many people came?";
    to_count_hint: "Deze data zijn voorbij. Vul in hoeveel mensen er waren. Dat helpt het centrum bij het verslag voor de gemeente.", "These dates are over. Fill in how many people came. That helps the centre with its report to the municipality.";
    door_duty_heading: "Bij de deur", "At the door";
    my_hours_title: "Mijn uren", "My hours";
    my_hours_intro: "Hier zie je wat je als vrijwilliger hebt gedaan. De keren dat je een activiteit begeleidde, staan er vanzelf bij. Ander werk, zoals bardienst of koken, schrijf je zelf op.", "Here you see what you did as a volunteer. The times you ran an activity are added by themselves. Other work, such as bar duty or cooking, you write down yourself.";
    helped_heading: "Ik heb geholpen", "I helped";
    field_hours_centre: "Bij welk centrum?", "At which centre?";
    field_hours_day: "Welke dag?", "Which day?";
    field_hours_hours: "Hoeveel uur?", "How many hours?";
    hours_hint: "Bijvoorbeeld 2 of 1,5 of 1:30.", "For example 2 or 1.5 or 1:30.";
    field_hours_task: "Wat heb je gedaan?", "What did you do?";
    hours_task_none: "Kies een taak, of schrijf het hieronder", "Choose a task, or write it below";
    field_hours_what: "Of in je eigen woorden", "Or in your own words";
    hours_what_hint: "Bijvoorbeeld: koken, bardienst, folders rondbrengen.", "For example: cooking, bar duty, handing out leaflets.";
    helped_button: "Uren opslaan", "Save hours";
    hours_saved_notice: "Opgeslagen. Dank je wel voor je hulp!", "Saved. Thank you for your help!";
    hours_changed_notice: "Veranderd.", "Changed.";
    hours_removed_notice: "Weggehaald.", "Taken away.";
    my_hours_lines_heading: "Wat je hebt gedaan", "What you did";
    my_hours_lines_hint: "Deze maand en vorige maand. Alles staat ook in 'Download je gegevens' bij Mijn account.", "This month and last month. Everything is also in 'Download your data' under My account.";
    my_hours_empty: "Er staan nog geen uren. Schrijf hierboven op wanneer je hebt geholpen.", "No hours yet. Write down above when you helped.";
    hours_facilitated: "Begeleid", "Ran";
    hours_per_month: "Per maand", "Per month";
    hours_change_button: "Veranderen", "Change";
    hours_remove_button: "Weghalen", "Take away";
    hours_remove_hint: "Was je er toch niet, of klopt het niet? Haal het weg.", "Were you not there after all, or is it wrong? Take it away.";
    hours_link: "Mijn uren", "My hours";
    hours_week_intro: "Heb je als vrijwilliger geholpen? Schrijf je uren op bij", "Did you help as a volunteer? Write down your hours in";
    centre_hours_title: "Uren van vrijwilligers", "Volunteer hours";
    centre_hours_intro: "Wat de vrijwilligers van {centre} deden: de keren dat ze een activiteit begeleidden en de uren die ze zelf opschreven.", "What the volunteers of {centre} did: the times they ran an activity and the hours they wrote down themselves.";
    centre_hours_volunteer: "Vrijwilliger", "Volunteer";
    centre_hours_hours: "Uren", "Hours";
    centre_hours_split: "{ran} begeleid, {written} opgeschreven", "{ran} ran, {written} written down";
    centre_hours_total: "Totaal", "Total";
    centre_hours_deleted: "(account verwijderd)", "(account deleted)";
    centre_hours_none: "In deze maand zijn geen uren opgeschreven.", "No hours were written down in this month.";
    centre_hours_year: "{year} tot en met {month}: {hours}, door {volunteers}.", "{year} up to and including {month}: {hours}, by {volunteers}.";
    previous_month: "Vorige maand", "Previous month";
    next_month: "Volgende maand", "Next month";
    manage_volunteer_hours: "Uren", "Hours";
    door_duty_intro: "Vandaag is de inloop open. Tel je mee wie er binnenkomt?", "The drop-in is open today. Will you help count who comes in?";

    // Errors
    not_found_title: "Niet gevonden", "Not found";
    not_found_heading: "Deze pagina bestaat niet", "This page does not exist";
    not_found_text: "Misschien is de link oud, of zit er een typfout in.", "Maybe the link is old, or there is a typo in it.";
    activity_not_found: "Deze activiteit bestaat niet (meer).", "This activity does not exist (any more).";
    centre_not_found: "Dit centrum bestaat niet (meer).", "This centre does not exist (any more).";
    go_home: "Naar de startpagina", "Go to the home page";
    error_title: "Er ging iets mis", "Something went wrong";
    unknown_language: "Deze taal kennen we niet. Kies Nederlands of English.", "We don't know this language. Choose Nederlands or English.";
    error_text: "Dat ligt aan ons, niet aan jou. Probeer het over een paar minuten opnieuw.", "That's our fault, not yours. Please try again in a few minutes.";
}

impl Texts {
    pub fn kind(&self, kind: ActivityKind) -> &'static str {
        match kind {
            ActivityKind::Inloop => self.kind_inloop,
            ActivityKind::Activiteit => self.kind_activiteit,
            ActivityKind::Cursus => self.kind_cursus,
            ActivityKind::Groepsbijeenkomst => self.kind_groepsbijeenkomst,
        }
    }

    pub fn dagdeel(&self, dagdeel: crate::domain::programme::Dagdeel) -> &'static str {
        use crate::domain::programme::Dagdeel;
        match dagdeel {
            Dagdeel::Ochtend => self.dagdeel_ochtend,
            Dagdeel::Middag => self.dagdeel_middag,
            Dagdeel::Avond => self.dagdeel_avond,
        }
    }

    pub fn role(&self, role: crate::domain::policy::CentreRole) -> &'static str {
        match role {
            crate::domain::policy::CentreRole::Vrijwilliger => self.role_vrijwilliger,
            crate::domain::policy::CentreRole::Coordinator => self.role_coordinator,
        }
    }

    /// A role inside a sentence: "als coördinator".
    pub fn role_in_text(&self, role: crate::domain::policy::CentreRole) -> String {
        self.role(role).to_lowercase()
    }

    pub fn problem(&self, problem: Problem) -> &'static str {
        match problem {
            Problem::Required => self.problem_required,
            Problem::TooLong => self.problem_too_long,
            Problem::UnknownChoice => self.problem_unknown_choice,
            Problem::NicknameLength => self.problem_nickname_length,
            Problem::NicknameCharacters => self.problem_nickname_characters,
            Problem::NicknameTaken => self.problem_nickname_taken,
            Problem::EmailInvalid => self.problem_email_invalid,
            Problem::EmailTaken => self.problem_email_taken,
            Problem::PasswordTooShort => self.problem_password_too_short,
            Problem::PasswordTooLong => self.problem_password_too_long,
            Problem::PasswordCommon => self.problem_password_common,
            Problem::PasswordHasName => self.problem_password_has_name,
            Problem::LoginFailed => self.problem_login_failed,
            Problem::CodeWrong => self.problem_code_wrong,
            Problem::HelpNotPossible => self.problem_help_not_possible,
            Problem::HelpCodeWrong => self.problem_help_code_wrong,
            Problem::LinkExpired => self.problem_link_expired,
            Problem::WrongPassword => self.problem_wrong_password,
            Problem::UnknownTheme => self.problem_unknown_theme,
            Problem::UrlInvalid => self.problem_url_invalid,
            Problem::PhoneInvalid => self.problem_phone_invalid,
            Problem::NotANumber => self.problem_not_a_number,
            Problem::CapacityTooLow => self.problem_capacity_too_low,
            Problem::CapacityTooHigh => self.problem_capacity_too_high,
            Problem::DateInvalid => self.problem_date_invalid,
            Problem::DateInPast => self.problem_date_in_past,
            Problem::DateTooFar => self.problem_date_too_far,
            Problem::TimeInvalid => self.problem_time_invalid,
            Problem::EndBeforeStart => self.problem_end_before_start,
            Problem::PeriodsOverlap => self.problem_periods_overlap,
            Problem::IntervalInvalid => self.problem_interval_invalid,
            Problem::NoWeekdays => self.problem_no_weekdays,
            Problem::CountInvalid => self.problem_count_invalid,
            Problem::UntilBeforeStart => self.problem_until_before_start,
            Problem::CourseNeedsEnd => self.problem_course_needs_end,
            Problem::ConfirmNeeded => self.problem_confirm_needed,
            Problem::DateGone => self.problem_date_gone,
            Problem::PlaceGiven => self.problem_place_given,
            Problem::RetentionRange => self.problem_retention_range,
            Problem::ItemTooLong => self.problem_item_too_long,
            Problem::RulesNotAgreed => self.problem_rules_not_agreed,
            Problem::GroupFull => self.problem_group_full,
            Problem::TooManyProposals => self.problem_too_many_proposals,
            Problem::HeadCountRange => self.problem_head_count_range,
            Problem::HeadCountBelowNames => self.problem_head_count_below_names,
            Problem::TallyTooLongAgo => self.problem_tally_too_long_ago,
            Problem::HoursInvalid => self.problem_hours_invalid,
            Problem::HoursRange => self.problem_hours_range,
            Problem::HoursInFuture => self.problem_hours_in_future,
            Problem::HoursTooLongAgo => self.problem_hours_too_long_ago,
            Problem::HoursWhatMissing => self.problem_hours_what_missing,
            Problem::VisitsRange => self.problem_visits_range,
            Problem::FirstVisitsAboveVisits => self.problem_first_visits_above_visits,
            Problem::GroupNeedsMeeting => self.problem_group_needs_meeting,
            Problem::ForbiddenCharacter => self.problem_forbidden_character,
            Problem::NoMarkup => self.problem_no_markup,
            Problem::TooManyItems => self.problem_too_many_items,
            Problem::DateTaken => self.problem_date_taken,
        }
    }

    pub fn visibility(&self, visibility: crate::domain::profile::Visibility) -> &'static str {
        use crate::domain::profile::Visibility;
        match visibility {
            Visibility::Me => self.visibility_me,
            Visibility::Groups => self.visibility_groups,
            Visibility::Members => self.visibility_members,
        }
    }

    pub fn theme(&self, theme: Theme) -> &'static str {
        match theme {
            Theme::Ontmoeting => self.theme_ontmoeting,
            Theme::Koken => self.theme_koken,
            Theme::Creatief => self.theme_creatief,
            Theme::Bewegen => self.theme_bewegen,
            Theme::Natuur => self.theme_natuur,
            Theme::Herstel => self.theme_herstel,
            Theme::WerkEnLeren => self.theme_werk_en_leren,
            Theme::Muziek => self.theme_muziek,
            Theme::Computer => self.theme_computer,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ALL;

    /// The `{name}` placeholders of a text, sorted.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut found: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    #[test]
    fn dutch_and_english_fill_in_the_same_values() {
        for (key, nl, en) in ALL {
            assert_eq!(placeholders(nl), placeholders(en), "{key}");
        }
    }

    #[test]
    fn one_word_for_at_most() {
        for (key, nl, en) in ALL {
            let lower = nl.to_lowercase();
            for other in ["hooguit", "maximaal", "niet meer dan", "ten hoogste", "het maximum"] {
                assert!(!lower.contains(other), "{key}: use \"hoogstens\", not \"{other}\"");
            }
            if en.to_lowercase().contains("at most") {
                assert!(lower.contains("hoogstens"), "{key}");
            }
        }
    }

    #[test]
    fn no_file_formats_on_participants_screens() {
        for (key, nl, en) in ALL {
            for word in ["(JSON)", "(.ics)", "webcal"] {
                assert!(!nl.contains(word) && !en.contains(word), "{key}: {word}");
            }
        }
    }
}
