"""C15 satisfaction surveys: the owner's questions (1–5 scores and free text), answers recorded
after a visit or by phone, a call-back reminder for a low score, and the figures of the monthly
survey sheet (responses, average per question, six-month trend).

A recorded survey is also a contact-log row (kind ``survey``, C12), so it counts for the clerk
and, by phone, as the month's care contact (C7).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from vipdesk.model.care import config
from vipdesk.model.care.base import _active_ids, _Cand, _day_bounds, _md, _sms_md
from vipdesk.model.care.feedback_tables import SurveyAnswer, SurveyQuestion, SurveyResponse
from vipdesk.model.errors import ValidationError
from vipdesk.model.members import profile as members_mod
from vipdesk.model.store import settings
from vipdesk.model.store.db import db, transaction
from vipdesk.text import tr, tr_noop

LOW_SCORE = settings.declare("care.survey_low_score", 2, "满意度低分线", config.G,
                             "任一题打分不高于此分时,第二天提醒电话回访")
FOLLOWUP_DAYS = settings.declare("care.survey_followup_days", 1, "低分回访天数", config.G,
                                 "低分调查后第几天电话回访")
CHANNELS = tr_noop({"call": "电话", "visit": "到店"})


# --- questions

def shown(text: str) -> str:
    """A question as shown: the default questions in the language in effect, the owner's own as typed."""
    return tr(text) if text else text


def questions(active_only: bool = True) -> list[SurveyQuestion]:
    q = SurveyQuestion.select().order_by(SurveyQuestion.position, SurveyQuestion.id)
    if active_only:
        q = q.where(SurveyQuestion.active == True)  # noqa: E712
    return list(q)


def add_question(text: str, kind: str = "score") -> SurveyQuestion:
    text = (text or "").strip()
    if not text:
        raise ValidationError(tr("问题"), tr("请填写问题"))
    if kind not in ("score", "text"):
        raise ValidationError(tr("题型"), tr("题型应为打分或文字"))
    with transaction():
        last = SurveyQuestion.select(SurveyQuestion.position).order_by(SurveyQuestion.position.desc()).first()
        return SurveyQuestion.create(text=text[:120], kind=kind, position=(last.position + 1) if last else 0)


def set_active(question_id: int, active: bool) -> None:
    """Switch a question off (old answers keep it) or back on."""
    with transaction():
        SurveyQuestion.update(active=active).where(SurveyQuestion.id == question_id).execute()


def rename_question(question_id: int, text: str) -> None:
    text = (text or "").strip()
    if not text:
        raise ValidationError(tr("问题"), tr("请填写问题"))
    with transaction():
        SurveyQuestion.update(text=text[:120]).where(SurveyQuestion.id == question_id).execute()


# --- answers

def record_survey(member_id: int, answers: Mapping[int, int | str | None], *, clerk_id: int | None,
                  channel: str = "call", at: dt.datetime | None = None) -> SurveyResponse:
    """Store one survey and its contact-log row in one transaction; scores must be 1–5."""
    if channel not in CHANNELS:
        raise ValidationError(tr("方式"), tr("方式应为电话或到店"))
    qs = {q.id: q for q in questions(active_only=False)}
    scores: list[int] = []
    rows: list[tuple[int, int | None, str]] = []
    for qid, value in answers.items():
        q = qs.get(qid)
        if q is None:
            raise ValidationError(tr("问题"), tr("问题不存在:") + str(qid))
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if q.kind == "score":
            try:
                score = int(value)
            except (TypeError, ValueError):
                raise ValidationError(q.text, tr("请打 1 到 5 分")) from None
            if not 1 <= score <= 5:
                raise ValidationError(q.text, tr("请打 1 到 5 分"))
            scores.append(score)
            rows.append((qid, score, ""))
        else:
            rows.append((qid, None, str(value).strip()[:1000]))
    if not rows:
        raise ValidationError(tr("调查"), tr("请至少回答一题"))
    avg = sum(scores) / len(scores) if scores else None
    outcome = tr("满意度调查:平均 {avg} 分").format(avg=f"{avg:.1f}") if avg is not None else tr("满意度调查")
    with transaction():
        contact = members_mod.log_contact(
            member_id, clerk_id=clerk_id, channel=channel, outcome=outcome, kind="survey",
            satisfaction=round(avg) if avg is not None else None, at=at)
        resp = SurveyResponse.create(member=member_id, clerk=clerk_id, at=contact.at, channel=channel,
                                     contact=contact.id, lowest=min(scores) if scores else None)
        for qid, score, text in rows:
            SurveyAnswer.create(response=resp.id, question=qid, score=score, text=text)
        return resp


def low_scores(response_id: int) -> list[tuple[str, int]]:
    """(question, score) of the answers at or under the low-score line."""
    line = int(settings.get(LOW_SCORE.key))
    q = (SurveyAnswer.select(SurveyQuestion.text, SurveyAnswer.score)
         .join(SurveyQuestion, on=(SurveyAnswer.question == SurveyQuestion.id))
         .where((SurveyAnswer.response == response_id) & (SurveyAnswer.score <= line)).tuples())
    return [(t, s) for t, s in q]


def gen_survey_followup(d: dt.date) -> Iterable[_Cand]:
    """Reminder generator: a call-back N days after a survey with a low score."""
    n = int(settings.get(FOLLOWUP_DAYS.key))
    start, end = _day_bounds(d - dt.timedelta(days=n))
    line = int(settings.get(LOW_SCORE.key))
    rows = list(SurveyResponse.select(SurveyResponse.id, SurveyResponse.member, SurveyResponse.at)
                .where((SurveyResponse.at >= start) & (SurveyResponse.at < end) & (SurveyResponse.lowest <= line)))
    active = _active_ids([r.member_id for r in rows])
    for r in rows:
        if r.member_id not in active:
            continue
        pairs = low_scores(r.id)
        low = "、".join(f"{q} {s}分" for q, s in pairs)  # {低分} of the message: Chinese in every app language
        low_shown = tr("、").join(tr("{q} {s}分").format(q=shown(q), s=s) for q, s in pairs)
        yield _Cand("survey_followup", r.member_id, tr("{date}满意度调查低分:{low}").format(
            date=_md(r.at.date()), low=low_shown), ref=str(r.id), extra={"低分": low, "日期": _sms_md(r.at.date())})


# --- the monthly sheet's figures

@dataclass
class QuestionStats:
    question: str
    responses: int
    average: float | None
    trend: list[float | None]  # the six months ending with the report month, oldest first


def _month_start(d: dt.date, back: int) -> dt.date:
    y, m = divmod(d.month - 1 - back, 12)
    return dt.date(d.year + y, m + 1, 1)


def survey_summary(month: dt.date) -> tuple[int, list[QuestionStats], list[dt.date], list[int]]:
    """(responses in the month, per-question stats, the six trend months, responses per trend month)."""
    months = [_month_start(month, k) for k in range(5, -1, -1)]
    first = dt.datetime.combine(months[0], dt.time())
    end = dt.datetime.combine(_month_start(month, -1), dt.time())
    sums: dict[tuple[int, int], list[int]] = defaultdict(list)
    per_month: dict[int, set[int]] = defaultdict(set)
    cur = db.execute_sql(
        "SELECT r.id, strftime('%Y-%m', r.at), a.question_id, a.score FROM survey_response r "
        "JOIN survey_answer a ON a.response_id = r.id WHERE r.at >= ? AND r.at < ?", (first, end))
    keys = [f"{m.year:04d}-{m.month:02d}" for m in months]
    for rid, ym, qid, score in cur.fetchall():
        k = keys.index(ym)
        per_month[k].add(rid)
        if score is not None:
            sums[(qid, k)].append(int(score))
    stats = []
    for q in questions(active_only=False):
        if q.kind != "score":
            continue
        trend = [round(sum(v) / len(v), 2) if (v := sums.get((q.id, k))) else None for k in range(6)]
        n = len(sums.get((q.id, 5), []))
        if not q.active and not any(t is not None for t in trend):
            continue
        stats.append(QuestionStats(q.text, n, trend[5], trend))
    return len(per_month[5]), stats, months, [len(per_month[k]) for k in range(6)]


def comments(month: dt.date, limit: int = 50) -> list[tuple[dt.date, str, str]]:
    """Free-text answers of the month (date, question, text), newest first."""
    start = dt.datetime.combine(_month_start(month, 0), dt.time())
    end = dt.datetime.combine(_month_start(month, -1), dt.time())
    cur = db.execute_sql(
        "SELECT date(r.at), q.text, a.text FROM survey_response r JOIN survey_answer a ON a.response_id = r.id "
        "JOIN survey_question q ON q.id = a.question_id WHERE r.at >= ? AND r.at < ? AND a.text != '' "
        "ORDER BY r.at DESC LIMIT ?", (start, end, limit))
    return [(dt.date.fromisoformat(d), q, t) for d, q, t in cur.fetchall()]
