//! Giving as well as receiving: suggested volunteer tasks and people (on the home page and in
//! mijn week), `/mijn/verzoeken` (contact requests and offers to help), `/mijn/verzoeken/:id`
//! (answering one request), `/mijn/contact` (asking someone for contact), and a centre's
//! volunteer tasks in the management area (`/beheer/centra/:slug/taken`).

use crate::api::helping::{get_centre_tasks, get_contact_offer, get_my_requests};
use crate::components::form::{Choices, Field, Notice, PostForm, TextArea};
use crate::components::text::PlainText;
use crate::domain::helping::{
    task_talent_words, task_talents, CentreTasks, ContactRequest, MyRequests, PersonSuggestion, RequestStatus,
    TaskSuggestion, VolunteerTask,
};
use crate::domain::profile::{item_words, TALENTS};
use crate::i18n::{fill, use_lang, Lang};
use crate::pages::not_found::refusal;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

fn talent_list(lang: Lang, keys: &[String]) -> String {
    keys.iter()
        .map(|key| task_talent_words(key, lang == Lang::En))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Hier kun je helpen": open tasks of my centres that fit my talents.
#[component]
pub fn TaskSuggestions(tasks: Vec<TaskSuggestion>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let items = tasks
        .into_iter()
        .map(|task| {
            let fits = fill(t.task_fits, &[("talents", &talent_list(lang, &task.matched))]);
            let place = if task.moment.is_empty() {
                task.centre_name.clone()
            } else {
                format!("{} · {}", task.centre_name, task.moment)
            };
            let action = if task.offered {
                view! { <p><strong>{t.help_offered_label}</strong> " " <a href="/mijn/verzoeken">{t.my_requests_title}</a></p> }
                    .into_any()
            } else {
                let label = format!("{}: {}", t.offer_help_button, task.title);
                view! {
                    <PostForm action="offer_help" class="inline-form" only_for=("taak", task.id.to_string()) explain=true>
                        <input type="hidden" name="taak" value=task.id.to_string()/>
                        <button type="submit" class="button primary" aria-label=label>{t.offer_help_button}</button>
                    </PostForm>
                }
                .into_any()
            };
            view! {
                <li class="card">
                    <p class="card-title">{task.title.clone()}</p>
                    <p class="card-place">{place}</p>
                    {(!task.description.is_empty()).then(|| view! { <PlainText text=task.description.clone()/> })}
                    <p class="card-tags">{fits}</p>
                    {action}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="helpen-kan">
            <h2 id="helpen-kan">{t.task_suggestions_heading}</h2>
            <ul class="cards">{items}</ul>
        </section>
    }
}

/// "Zij kunnen je iets leren": findable members who offer what I wish.
#[component]
pub fn PeopleSuggestions(people: Vec<PersonSuggestion>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let items = people
        .into_iter()
        .map(|person| {
            let words = person
                .talents
                .iter()
                .map(|item| item_words(item, TALENTS, lang == Lang::En))
                .collect::<Vec<_>>()
                .join(", ");
            let offers = fill(t.person_offers, &[("talents", &words)]);
            let action = match person.talents.first() {
                _ if person.asked => view! { <p><strong>{t.request_sent_label}</strong></p> }.into_any(),
                Some(first) => {
                    let href = format!(
                        "/mijn/contact?aan={}&over={}",
                        person.account_id,
                        url::form_urlencoded::byte_serialize(first.key().as_bytes()).collect::<String>()
                    );
                    let label = format!("{}: {}", t.ask_contact_link, person.name);
                    view! { <p><a class="button secondary" href=href aria-label=label>{t.ask_contact_link}</a></p> }
                        .into_any()
                }
                None => ().into_any(),
            };
            view! {
                <li class="card">
                    <p class="card-title">{person.name.clone()}</p>
                    <p>{offers}</p>
                    {action}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="leren-van">
            <h2 id="leren-van">{t.people_suggestions_heading}</h2>
            <p class="note">{t.people_suggestions_note}</p>
            <ul class="cards">{items}</ul>
        </section>
    }
}

/// A notice about contact requests waiting for my answer.
#[component]
pub fn NewRequests(count: i64) -> impl IntoView {
    let t = use_lang().texts();
    (count > 0).then(|| {
        let text = if count == 1 {
            t.new_request_one.to_owned()
        } else {
            fill(t.new_requests_many, &[("n", &count.to_string())])
        };
        view! { <p class="notice" role="status">{text} " " <a href="/mijn/verzoeken">{t.my_requests_title}</a></p> }
    })
}

fn talent_words(lang: Lang, request: &ContactRequest) -> String {
    item_words(&request.talent, TALENTS, lang == Lang::En)
}

#[component]
pub fn MyRequestsPage() -> impl IntoView {
    let t = use_lang().texts();
    view! {
        <Title text=t.my_requests_title/>
        <Meta name="robots" content="noindex, nofollow"/>
        <h1>{t.my_requests_title}</h1>
        <Notice key="verstuurd" text=t.request_sent_notice/>
        <Notice key="aangenomen" text=t.request_accepted_notice/>
        <Notice key="genegeerd" text=t.request_ignored_notice/>
        <Notice key="ingetrokken" text=t.request_withdrawn_notice/>
        <Notice key="hulp" text=t.help_offered_notice/>
        <Notice key="hulp_weg" text=t.help_withdrawn_notice/>
        <p>{t.my_requests_intro}</p>
        {Suspend::new(async move {
            match get_my_requests().await {
                Ok(requests) => view! { <RequestLists requests/> }.into_any(),
                Err(error) => refusal(error),
            }
        })}
    }
}

#[component]
fn RequestLists(requests: MyRequests) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let incoming = requests
        .incoming
        .into_iter()
        .filter(|r| r.status != RequestStatus::Ignored)
        .map(|request| {
            let about = fill(t.request_about, &[("name", &request.other_name), ("talent", &talent_words(lang, &request))]);
            let state = if request.status == RequestStatus::Accepted {
                view! {
                    <p><strong>{t.request_accepted_label}</strong></p>
                    {(!request.reply.is_empty()).then(|| view! {
                        <p class="muted">{t.your_answer_label}</p>
                        <PlainText text=request.reply.clone()/>
                    })}
                }
                .into_any()
            } else {
                let label = format!("{}: {}", t.answer_request_link, request.other_name);
                view! {
                    <p><a class="button primary" href=format!("/mijn/verzoeken/{}", request.id) aria-label=label>{t.answer_request_link}</a></p>
                }
                .into_any()
            };
            view! {
                <li class="card">
                    <p class="card-title">{about}</p>
                    {(!request.message.is_empty()).then(|| view! { <PlainText text=request.message.clone()/> })}
                    {state}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let outgoing = requests
        .outgoing
        .into_iter()
        .map(|request| {
            let about = fill(t.request_to, &[("name", &request.other_name), ("talent", &talent_words(lang, &request))]);
            let state = match request.status {
                RequestStatus::Accepted => view! {
                    <p><strong>{t.request_accepted_by_other}</strong></p>
                    {(!request.reply.is_empty()).then(|| view! {
                        <p class="muted">{t.their_answer_label}</p>
                        <PlainText text=request.reply.clone()/>
                    })}
                }
                .into_any(),
                _ => view! { <p>{t.request_waiting_label}</p> }.into_any(),
            };
            let label = format!("{}: {}", t.withdraw_request_button, request.other_name);
            view! {
                <li class="card">
                    <p class="card-title">{about}</p>
                    {state}
                    <PostForm action="withdraw_contact_request" class="inline-form" only_for=("id", request.id.to_string()) explain=true>
                        <input type="hidden" name="id" value=request.id.to_string()/>
                        <button type="submit" class="button secondary" aria-label=label>{t.withdraw_request_button}</button>
                    </PostForm>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let offers = requests
        .offers
        .into_iter()
        .map(|offer| {
            let place = if offer.moment.is_empty() {
                offer.centre_name.clone()
            } else {
                format!("{} · {}", offer.centre_name, offer.moment)
            };
            let label = format!("{}: {}", t.withdraw_help_button, offer.title);
            view! {
                <li class="card">
                    <p class="card-title">{offer.title.clone()}</p>
                    <p class="card-place">{place}</p>
                    <PostForm action="withdraw_help" class="inline-form" only_for=("taak", offer.task_id.to_string()) explain=true>
                        <input type="hidden" name="taak" value=offer.task_id.to_string()/>
                        <button type="submit" class="button secondary" aria-label=label>{t.withdraw_help_button}</button>
                    </PostForm>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let nothing = incoming.is_empty() && outgoing.is_empty() && offers.is_empty();
    view! {
        {(!incoming.is_empty()).then(|| view! {
            <section aria-labelledby="aan-mij">
                <h2 id="aan-mij">{t.requests_to_me_heading}</h2>
                <ul class="cards">{incoming}</ul>
            </section>
        })}
        {(!outgoing.is_empty()).then(|| view! {
            <section aria-labelledby="van-mij">
                <h2 id="van-mij">{t.requests_from_me_heading}</h2>
                <ul class="cards">{outgoing}</ul>
            </section>
        })}
        {(!offers.is_empty()).then(|| view! {
            <section aria-labelledby="ik-help">
                <h2 id="ik-help">{t.my_offers_heading}</h2>
                <ul class="cards">{offers}</ul>
            </section>
        })}
        {nothing.then(|| view! {
            <p class="empty">{t.my_requests_empty}</p>
            <p><a href="/mijn/profiel">{t.my_profile_link}</a></p>
        })}
    }
}

/// `/mijn/verzoeken/:id`: one request to me, to accept with a short answer or to ignore.
#[component]
pub fn AnswerRequestPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|v| v.parse::<i64>().ok());
    view! {
        <Title text=t.answer_request_title/>
        <Meta name="robots" content="noindex, nofollow"/>
        <h1>{t.answer_request_title}</h1>
        {Suspend::new(async move {
            let found = get_my_requests().await.and_then(|requests| {
                requests
                    .incoming
                    .into_iter()
                    .find(|r| Some(r.id) == id && r.status == RequestStatus::Open)
                    .ok_or(crate::error::AppError::NotFound)
            });
            match found {
                Ok(request) => {
                    const A: &str = "answer_contact_request";
                    let about = fill(t.request_about, &[("name", &request.other_name), ("talent", &talent_words(lang, &request))]);
                    let id = request.id.to_string();
                    let ignore_id = id.clone();
                    view! {
                        <p class="lead">{about}</p>
                        {(!request.message.is_empty()).then(|| view! { <PlainText text=request.message.clone()/> })}
                        <p class="note">{t.answer_privacy_note}</p>
                        <PostForm action=A class="stack" only_for=("antwoord", "ja".to_owned())>
                            <input type="hidden" name="id" value=id.clone()/>
                            <input type="hidden" name="antwoord" value="ja"/>
                            <TextArea action=A name="bericht" label=t.field_answer hint=t.answer_hint optional=true rows=3/>
                            <button type="submit" class="button primary">{t.accept_request_button}</button>
                        </PostForm>
                        <PostForm action=A class="inline-form" only_for=("antwoord", "nee".to_owned()) explain=true>
                            <input type="hidden" name="id" value=ignore_id/>
                            <input type="hidden" name="antwoord" value="nee"/>
                            <p class="hint">{t.ignore_request_hint}</p>
                            <button type="submit" class="button secondary">{t.ignore_request_button}</button>
                        </PostForm>
                    }
                    .into_any()
                }
                Err(error) => refusal(error),
            }
        })}
    }
}

/// `/mijn/contact?aan=&over=`: ask a findable member for contact about a talent they offer.
#[component]
pub fn ContactRequestPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let query = use_query_map().get_untracked();
    let aan = query.get("aan").and_then(|v| v.parse::<i64>().ok());
    let over = query.get("over").unwrap_or_default();
    view! {
        <Title text=t.contact_request_title/>
        <Meta name="robots" content="noindex, nofollow"/>
        <h1>{t.contact_request_title}</h1>
        {Suspend::new(async move {
            let offer = match aan {
                Some(aan) => get_contact_offer(aan, over.clone()).await,
                None => Err(crate::error::AppError::NotFound),
            };
            match offer {
                Ok(offer) if offer.asked => view! {
                    <p>{t.request_already_sent}</p>
                    <p><a href="/mijn/verzoeken">{t.my_requests_title}</a></p>
                }
                .into_any(),
                Ok(offer) => {
                    const A: &str = "send_contact_request";
                    let words = item_words(&offer.talent, TALENTS, lang == Lang::En);
                    let lead = fill(t.contact_request_lead, &[("name", &offer.name), ("talent", &words)]);
                    view! {
                        <p class="lead">{lead}</p>
                        <p class="note">{t.contact_request_note}</p>
                        <PostForm action=A class="stack">
                            <input type="hidden" name="aan" value=offer.account_id.to_string()/>
                            <input type="hidden" name="over" value=offer.talent.key()/>
                            <TextArea action=A name="bericht" label=t.field_request_message hint=t.request_message_hint optional=true rows=3/>
                            <button type="submit" class="button primary">{t.send_request_button}</button>
                        </PostForm>
                    }
                    .into_any()
                }
                Err(error) => refusal(error),
            }
        })}
    }
}

/// `/beheer/centra/:slug/taken`: the centre's volunteer tasks, who offered to help, and the form
/// to add a task or (with `?taak=ID`) change one.
#[component]
pub fn CentreTasksPage() -> impl IntoView {
    let t = use_lang().texts();
    let slug = use_params_map().get_untracked().get("slug").unwrap_or_default();
    let editing = use_query_map()
        .get_untracked()
        .get("taak")
        .and_then(|v| v.parse::<i64>().ok());
    Suspend::new(async move {
        match get_centre_tasks(slug).await {
            Ok(tasks) => view! { <TasksContent tasks editing/> }.into_any(),
            Err(error) => view! {
                <Title text=t.tasks_title/>
                <h1>{t.tasks_title}</h1>
                {refusal(error)}
            }
            .into_any(),
        }
    })
}

#[component]
fn TasksContent(tasks: CentreTasks, editing: Option<i64>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let title = format!("{} · {}", t.tasks_title, tasks.name);
    let slug = tasks.slug.clone();
    let edited = editing.and_then(|id| tasks.tasks.iter().find(|task| task.id == id).cloned());
    let list = tasks
        .tasks
        .into_iter()
        .map(|task| view! { <TaskItem task slug=slug.clone()/> })
        .collect::<Vec<_>>();
    let empty = list.is_empty();
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <Notice key="opgeslagen" text=t.saved_notice/>
        <Notice key="gesloten" text=t.task_closed_notice/>
        <Notice key="geopend" text=t.task_opened_notice/>
        <Notice key="verwijderd" text=t.task_removed_notice/>
        <crate::pages::manage::CentreNav slug=tasks.slug.clone() may_manage=true current="taken"/>
        <p>{t.tasks_intro}</p>
        {empty.then(|| view! { <p class="empty">{t.tasks_empty}</p> })}
        <ul class="cards">{list}</ul>
        <TaskForm slug=tasks.slug edited/>
    }
}

#[component]
fn TaskItem(task: VolunteerTask, slug: String) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let offers = if task.offers.is_empty() {
        view! { <p class="muted">{t.task_no_offers}</p> }.into_any()
    } else {
        let names = task
            .offers
            .iter()
            .map(|offer| view! { <li>{offer.name.clone()}</li> })
            .collect_view();
        view! {
            <p>{t.task_offers_label}</p>
            <ul class="tags">{names}</ul>
        }
        .into_any()
    };
    let change = |wat: &'static str, label: &'static str, class: &'static str| {
        let aria = format!("{label}: {}", task.title);
        view! {
            <PostForm action="change_task" class="inline-form" only_for=("id", task.id.to_string()) explain=true>
                <input type="hidden" name="id" value=task.id.to_string()/>
                <input type="hidden" name="wat" value=wat/>
                <button type="submit" class=class aria-label=aria>{label}</button>
            </PostForm>
        }
    };
    let toggle = if task.open {
        change("sluiten", t.close_task_button, "button secondary")
    } else {
        change("openen", t.open_task_button, "button secondary")
    };
    let place = if task.moment.is_empty() {
        String::new()
    } else {
        task.moment.clone()
    };
    view! {
        <li class="card">
            <p class="card-title">{task.title.clone()}</p>
            {(!place.is_empty()).then(|| view! { <p class="card-place">{place}</p> })}
            {(!task.open).then(|| view! { <p><strong>{t.task_closed_label}</strong></p> })}
            {(!task.description.is_empty()).then(|| view! { <PlainText text=task.description.clone()/> })}
            <p class="card-tags">{fill(t.task_asks, &[("talents", &talent_list(lang, &task.talents))])}</p>
            {offers}
            <div class="actions">
                <a class="button secondary" href=format!("/beheer/centra/{slug}/taken?taak={}#taak-formulier", task.id)
                    aria-label=format!("{}: {}", t.edit_task_link, task.title)>{t.edit_task_link}</a>
                {toggle}
                {change("verwijderen", t.remove_task_button, "button secondary")}
            </div>
        </li>
    }
}

#[component]
fn TaskForm(slug: String, edited: Option<VolunteerTask>) -> impl IntoView {
    const A: &str = "save_task";
    let lang = use_lang();
    let t = lang.texts();
    let options: Vec<(String, String)> = task_talents()
        .into_iter()
        .map(|s| (s.key.to_owned(), if lang == Lang::En { s.en } else { s.nl }.to_owned()))
        .collect();
    let heading = if edited.is_some() {
        t.edit_task_heading
    } else {
        t.new_task_heading
    };
    let task = edited.clone();
    let id = task.as_ref().map(|task| task.id.to_string()).unwrap_or_default();
    let value = |f: fn(&VolunteerTask) -> String| task.as_ref().map(f).unwrap_or_default();
    let (title, description, moment) = (
        value(|t| t.title.clone()),
        value(|t| t.description.clone()),
        value(|t| t.moment.clone()),
    );
    view! {
        <section aria-labelledby="taak-formulier">
            <h2 id="taak-formulier">{heading}</h2>
            <PostForm action=A class="stack">
                <input type="hidden" name="centrum" value=slug/>
                <input type="hidden" name="id" value=id/>
                <Field action=A name="titel" label=t.field_task_title hint=t.task_title_hint value=title/>
                <TextArea action=A name="omschrijving" label=t.field_task_description optional=true rows=3 value=description/>
                <Field action=A name="wanneer" label=t.field_task_moment hint=t.task_moment_hint optional=true value=moment/>
                <Choices action=A name="talenten" legend=t.field_task_talents options chosen=task.map(|t| t.talents).unwrap_or_default() multiple=true/>
                <button type="submit" class="button primary">{t.save_task_button}</button>
            </PostForm>
        </section>
    }
}
