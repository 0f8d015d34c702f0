"""Errors the user sees: always name the field and say why, in Chinese."""

from __future__ import annotations


class VipdeskError(Exception):
    """Base for errors that carry a message fit to show a clerk."""


class ValidationError(VipdeskError):
    """Bad input for one field; nothing was written."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}:{message}")
        self.field = field
        self.message = message


class NotFound(VipdeskError):
    pass


class DuplicateMember(VipdeskError):
    """A member with this mobile is already on file; ``member_id`` says who."""

    def __init__(self, message: str, member_id: int) -> None:
        super().__init__(message)
        self.member_id = member_id


class InsufficientBalance(VipdeskError):
    """A redemption or payment would take a ledger balance below zero."""
