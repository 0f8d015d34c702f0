"""Consent at enrolment: the marketing yes/no box and the under-14 guardian warning.

The enrol dialog adds these with ``add_enrol_consent(dialog, form)``, updates
the warning from its live check (``update(birthday)``) and calls
``record(member_id)`` after a successful enrolment.  Membership consent itself
is recorded by the ``member_enrolled`` hook in ``vipdesk.model.privacy.consent``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QWidget

from vipdesk.model.privacy import consent


def _t(text: str) -> str:
    return QCoreApplication.translate("privacy_consent", text)


class EnrolConsent:
    def __init__(self, parent: QWidget, clerk_name: Any = None) -> None:
        self.marketing = QCheckBox(_t("同意接收活动、促销等营销信息(请当面询问,不勾选 = 不同意)"), parent)
        self.marketing.setObjectName("marketingConsent")
        self.guardian = QLabel(parent)
        self.guardian.setObjectName("guardianWarning")
        self.guardian.setWordWrap(True)
        self.guardian.setStyleSheet("color: #b03a2e;")
        self.guardian.hide()
        self._clerk_name = clerk_name  # callable → the chosen clerk's name

    def update(self, birthday: Any) -> None:
        """Show the guardian warning when the birthday says she is under 14."""
        from vipdesk.ui.privacy.actions import guardian_warning

        text = guardian_warning(birthday.year, birthday.month, birthday.day, birthday.is_lunar) if birthday else ""
        self.guardian.setText(text)
        self.guardian.setVisible(bool(text))

    def record(self, member_id: int) -> None:
        clerk = self._clerk_name() if callable(self._clerk_name) else ""
        consent.record_marketing_consent(member_id, self.marketing.isChecked(), clerk=clerk or "")


def add_enrol_consent(dialog: Any, form: QFormLayout) -> EnrolConsent:
    def clerk_name() -> str:
        combo = getattr(dialog, "clerk", None)
        clerk_id = combo.clerk_id() if combo is not None else None
        from vipdesk.model.members.staff import staff_name

        return staff_name(clerk_id)

    c = EnrolConsent(dialog, clerk_name)
    form.addRow("", c.guardian)
    form.addRow("", c.marketing)
    return c
