//! Who may do what. Every server function asks [`decide`] before it reads or changes anything;
//! pages only hide what the policy would refuse anyway.

use serde::{Deserialize, Serialize};

/// A role at one centre. Deelnemer is not a role here: every account is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CentreRole {
    Vrijwilliger,
    Coordinator,
}

impl CentreRole {
    pub fn slug(self) -> &'static str {
        match self {
            CentreRole::Vrijwilliger => "vrijwilliger",
            CentreRole::Coordinator => "coordinator",
        }
    }

    pub fn from_slug(slug: &str) -> Option<CentreRole> {
        match slug {
            "vrijwilliger" => Some(CentreRole::Vrijwilliger),
            "coordinator" => Some(CentreRole::Coordinator),
            _ => None,
        }
    }
}

/// The one asking: a visitor (no account) or an account with its roles.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Actor {
    pub account_id: Option<i64>,
    pub is_admin: bool,
    /// (centre id, role)
    pub centre_roles: Vec<(i64, CentreRole)>,
}

impl Actor {
    pub fn visitor() -> Actor {
        Actor::default()
    }

    pub fn has_role(&self, centre_id: i64, role: CentreRole) -> bool {
        self.centre_roles.contains(&(centre_id, role))
    }
}

/// Everything a server function can do, with the centre it concerns where there is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The public agenda, centres and activities.
    ReadPublic,
    /// Make an account (only while logged out).
    Register,
    /// Log in, by password or by e-mail (anyone; logging in again replaces the session).
    LogIn,
    /// Ask for and use a password-reset mail (anyone).
    ResetPassword,
    /// Log out, see and end my sessions, read my account.
    ManageOwnAccount,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Log in first.
    NeedsLogin,
    /// Logged in, but not allowed.
    Refuse,
}

pub fn decide(actor: &Actor, action: Action) -> Decision {
    let logged_in = actor.account_id.is_some();
    match action {
        Action::ReadPublic | Action::LogIn | Action::ResetPassword => Decision::Allow,
        Action::Register => {
            if logged_in {
                Decision::Refuse
            } else {
                Decision::Allow
            }
        }
        Action::ManageOwnAccount => {
            if logged_in {
                Decision::Allow
            } else {
                Decision::NeedsLogin
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member() -> Actor {
        Actor {
            account_id: Some(1),
            ..Actor::default()
        }
    }

    #[test]
    fn visitors_read_and_may_make_an_account() {
        let visitor = Actor::visitor();
        assert_eq!(decide(&visitor, Action::ReadPublic), Decision::Allow);
        assert_eq!(decide(&visitor, Action::Register), Decision::Allow);
        assert_eq!(decide(&visitor, Action::ManageOwnAccount), Decision::NeedsLogin);
    }

    #[test]
    fn members_manage_their_own_account_and_do_not_register_twice() {
        assert_eq!(decide(&member(), Action::ManageOwnAccount), Decision::Allow);
        assert_eq!(decide(&member(), Action::Register), Decision::Refuse);
    }
}
