//! Signing in to MyASN (NIP, password, the authenticator's code or a recovery code), the
//! first set-up of the authenticator, "Lupa kata sandi", a lost phone, and the phone.

use super::rules::{self, CodeError};
use super::{Account, Action, Kinerja, Notice, Page, PhoneNotice, PhoneView, SignInFailure, Tab};
use super::{ev, int};
use crate::sim::SimEvent;

impl Kinerja {
    pub(super) fn signed_out(&mut self, action: Action) -> Option<SimEvent> {
        match action {
            Action::NipChanged(s) => {
                self.sign_in.nip = s;
                None
            }
            Action::PasswordChanged(s) => {
                self.sign_in.password = s;
                None
            }
            Action::SignIn if self.page == Page::SignIn => self.check_password(),
            Action::CodeChanged(s) => {
                if matches!(self.page, Page::Code | Page::Setup) {
                    self.sign_in.code = s;
                }
                None
            }
            Action::Verify => match self.page {
                Page::Code => self.verify(),
                Page::Setup => self.confirm_setup(),
                _ => None,
            },
            Action::ToggleBackup => {
                if matches!(self.page, Page::Code | Page::LostPhone) {
                    self.page = Page::Code;
                    self.sign_in.backup = !self.sign_in.backup;
                    self.sign_in.code.clear();
                }
                None
            }
            Action::OpenForgot if self.page == Page::SignIn => {
                self.page = Page::Forgot;
                self.reset.nip = self.sign_in.nip.clone();
                None
            }
            Action::ResetNipChanged(s) => {
                self.reset.nip = s;
                None
            }
            Action::SendReset if self.page == Page::Forgot => {
                if rules::normalise_nip(&self.reset.nip) != self.nip {
                    self.notice = Some(Notice::SignInFailed(SignInFailure::Nip));
                    return Some(ev("sign_in_failed").with("reason", "nip"));
                }
                self.reset_mail = true;
                self.notice = Some(Notice::ResetSent);
                Some(ev("reset_requested"))
            }
            Action::NewPassword(s) => {
                self.reset.new = s;
                None
            }
            Action::RepeatPassword(s) => {
                self.reset.repeat = s;
                None
            }
            Action::SavePassword if self.page == Page::ResetPassword => self.save_password(),
            Action::OpenLostPhone if self.page == Page::Code => {
                self.page = Page::LostPhone;
                None
            }
            Action::RequestAdminReset if self.page == Page::LostPhone => {
                self.admin_requested = true;
                self.notice = Some(Notice::AdminRequested);
                Some(ev("admin_reset_requested"))
            }
            Action::KeepBackupCodes { private } if self.page == Page::BackupCodes => {
                if private {
                    self.signed_in = true;
                    self.page = Page::Portal;
                } else {
                    self.notice = Some(Notice::BackupShared);
                }
                Some(ev("backup_codes_kept").with("private", private))
            }
            Action::LaptopBack => {
                self.page = match self.page {
                    Page::LostPhone => Page::Code,
                    Page::BackupCodes => Page::BackupCodes,
                    _ => Page::SignIn,
                };
                None
            }
            _ => None,
        }
    }

    fn check_password(&mut self) -> Option<SimEvent> {
        let failure = if self.sign_in.nip.trim().is_empty() || self.sign_in.password.is_empty() {
            Some(SignInFailure::Empty)
        } else if rules::normalise_nip(&self.sign_in.nip) != self.nip {
            Some(SignInFailure::Nip)
        } else if self.sign_in.password != self.password {
            Some(SignInFailure::Password)
        } else {
            None
        };
        if let Some(f) = failure {
            self.notice = Some(Notice::SignInFailed(f));
            return Some(ev("sign_in_failed").with("reason", f.key()));
        }
        self.sign_in.code.clear();
        self.sign_in.backup = false;
        self.page = if self.enrolled {
            Page::Code
        } else {
            Page::Setup
        };
        Some(ev("password_accepted").with("enrolled", self.enrolled))
    }

    fn refuse_code(&mut self, reason: &str, notice: Notice) -> Option<SimEvent> {
        self.notice = Some(notice);
        Some(
            ev("code_refused")
                .with("reason", reason)
                .with("clock_wrong", self.clock_wrong()),
        )
    }

    fn verify(&mut self) -> Option<SimEvent> {
        if self.sign_in.backup {
            let typed = rules::normalise_backup(&self.sign_in.code);
            let Some(i) = self.backup_codes.iter().position(|c| *c == typed) else {
                return self.refuse_code("backup_wrong", Notice::BackupWrong);
            };
            // A recovery code works once.
            self.backup_codes.remove(i);
            return self.enter("backup");
        }
        match rules::check_code(&self.sign_in.code, self.secret, self.server_s()) {
            Ok(()) => self.enter("code"),
            Err(e) => {
                let notice = if e == CodeError::Wrong && self.clock_wrong() {
                    Notice::CodeClock
                } else {
                    Notice::CodeRefused(e)
                };
                self.refuse_code(e.key(), notice)
            }
        }
    }

    fn enter(&mut self, via: &str) -> Option<SimEvent> {
        self.signed_in = true;
        self.page = Page::Portal;
        self.sign_in = Default::default();
        Some(ev("signed_in").with("via", via))
    }

    fn confirm_setup(&mut self) -> Option<SimEvent> {
        match rules::check_code(&self.sign_in.code, self.secret, self.server_s()) {
            Ok(()) => {
                self.enrolled = true;
                self.new_backup_codes = rules::backup_codes(self.secret);
                self.backup_codes = self
                    .new_backup_codes
                    .iter()
                    .map(|c| rules::normalise_backup(c))
                    .collect();
                self.page = Page::BackupCodes;
                Some(ev("two_factor_enabled"))
            }
            Err(e) => {
                let notice = if e == CodeError::Wrong && self.clock_wrong() {
                    Notice::CodeClock
                } else {
                    Notice::CodeRefused(e)
                };
                self.refuse_code(e.key(), notice)
            }
        }
    }

    fn save_password(&mut self) -> Option<SimEvent> {
        match rules::check_new_password(&self.reset.new, &self.reset.repeat, &self.password) {
            Ok(()) => {
                self.password = self.reset.new.clone();
                let event = ev("password_reset")
                    .with("length", int(self.password.chars().count()))
                    .with("strong", rules::strong(&self.password));
                self.reset = Default::default();
                self.sign_in.password.clear();
                self.page = Page::SignIn;
                self.notice = Some(Notice::PasswordReset);
                Some(event)
            }
            Err(e) => {
                self.notice = Some(Notice::PasswordRejected(e));
                Some(ev("password_rejected").with("reason", e.key()))
            }
        }
    }

    pub(super) fn open_reset_mail(&mut self) -> Option<SimEvent> {
        if self.tab != Tab::Email || !self.reset_mail {
            return None;
        }
        self.reset_mail_open = true;
        Some(ev("reset_mail_opened"))
    }

    pub(super) fn open_reset_link(&mut self) -> Option<SimEvent> {
        if self.tab != Tab::Email || !self.reset_mail_open {
            return None;
        }
        self.tab = Tab::MyAsn;
        self.signed_in = false;
        self.page = Page::ResetPassword;
        self.reset.new.clear();
        self.reset.repeat.clear();
        None
    }

    pub(super) fn phone_action(&mut self, action: Action) -> Option<SimEvent> {
        if self.phone_lost {
            return None;
        }
        match action {
            Action::PhoneAdd => {
                self.phone = PhoneView::Scan;
                None
            }
            Action::PhoneScan if self.phone == PhoneView::Scan => {
                if !self.shows_qr() {
                    self.phone_notice = Some(PhoneNotice::NoQr);
                    return Some(ev("qr_scanned").with("added", false));
                }
                if self.accounts.is_empty() {
                    self.accounts.push(Account {
                        label: format!("MyASN ({})", self.nip),
                        secret: self.secret,
                    });
                    self.phone_notice = Some(PhoneNotice::AccountAdded);
                } else {
                    self.phone_notice = Some(PhoneNotice::AlreadyAdded);
                }
                self.phone = PhoneView::Accounts;
                Some(ev("qr_scanned").with("added", true))
            }
            Action::PhoneSettings => {
                self.phone = PhoneView::Settings;
                Some(ev("phone_settings_opened"))
            }
            Action::ToggleAutoTime if self.phone == PhoneView::Settings => {
                self.auto_time = !self.auto_time;
                if self.auto_time {
                    self.clock_offset_min = 0;
                }
                Some(ev("auto_time_changed").with("on", self.auto_time))
            }
            Action::PhoneBack => {
                self.phone = PhoneView::Accounts;
                None
            }
            _ => None,
        }
    }
}
