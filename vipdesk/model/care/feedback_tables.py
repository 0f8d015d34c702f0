"""Tables of the care feedback loop: satisfaction surveys (C15) and lapse reasons (C16).

Answers and lapse records are written once and never edited (the monthly
sheets count them); questions are switched off, never deleted, so old
answers keep their question.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    SqliteDatabase,
    TextField,
)

from vipdesk.model.store.db import BaseModel
from vipdesk.model.store.tables import Contact, Member, Staff, now
from vipdesk.text import tr_noop


class SurveyQuestion(BaseModel):
    """An owner-defined question: a 1–5 score or free text."""

    id = AutoField()
    text = CharField()
    kind = CharField(default="score")  # score / text
    position = IntegerField(default=0)
    active = BooleanField(default=True)


class SurveyResponse(BaseModel):
    """One member's answers, after a visit or by phone."""

    id = AutoField()
    member = ForeignKeyField(Member, backref="survey_responses", on_delete="CASCADE")
    clerk = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    at = DateTimeField(default=now, index=True)
    channel = CharField(default="call")  # call / visit
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    lowest = SmallIntegerField(null=True)  # lowest score given (the low-score follow-up looks at it)


class SurveyAnswer(BaseModel):
    id = AutoField()
    response = ForeignKeyField(SurveyResponse, backref="answers", on_delete="CASCADE")
    question = ForeignKeyField(SurveyQuestion, on_delete="RESTRICT")
    score = SmallIntegerField(null=True)
    text = TextField(default="")


class LapseRecord(BaseModel):
    """Why a lapsed member left, as she told the clerk on a win-back contact (C16)."""

    id = AutoField()
    member = ForeignKeyField(Member, backref="lapse_records", on_delete="CASCADE")
    at = DateTimeField(default=now, index=True)
    reason = CharField()
    clerk = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    kind = CharField(default="")  # the win-back reminder kind (dormant / churn) or manual
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    note = CharField(default="")


FEEDBACK_TABLES = [SurveyQuestion, SurveyResponse, SurveyAnswer, LapseRecord]

# Stored Chinese (the survey is the shop's own); shown translated while unedited (surveys.shown).
DEFAULT_QUESTIONS = tr_noop([
    ("商品质量与款式满意度", "score"),
    ("导购服务满意度", "score"),
    ("店铺环境满意度", "score"),
    ("愿意推荐给朋友吗", "score"),
    ("其他意见和建议", "text"),
])


def migrate(db: SqliteDatabase) -> None:
    """Idempotent: tables if missing, the default questions only into an empty question table."""
    db.create_tables(FEEDBACK_TABLES, safe=True)
    if not db.execute_sql("SELECT COUNT(*) FROM survey_question").fetchone()[0]:
        for pos, (text, kind) in enumerate(DEFAULT_QUESTIONS):
            db.execute_sql("INSERT INTO survey_question (text, kind, position, active) VALUES (?, ?, ?, 1)",
                           (text, kind, pos))
