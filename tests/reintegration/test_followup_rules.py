"""Visit schedules, overdue detection (injected dates, never sleeps) and score trends."""

import datetime as dt

from rrr_desktop.domain import followup
from rrr_desktop.domain.enums import VulnerabilityDomain as D
from rrr_desktop.domain.reintegration import DomainScore, FollowUpVisit


def test_default_schedule_is_denser_in_the_first_months() -> None:
    dates = followup.schedule_dates(dt.date(2026, 1, 31))
    assert dates == [
        dt.date(2026, 2, 14),
        dt.date(2026, 2, 28),
        dt.date(2026, 3, 31),
        dt.date(2026, 4, 30),
        dt.date(2026, 7, 31),
        dt.date(2026, 10, 31),
        dt.date(2027, 1, 31),
    ]
    gaps = [(b - a).days for a, b in zip(dates, dates[1:], strict=False)]
    assert max(gaps[:3]) < min(gaps[4:])


def test_schedule_is_editable_by_offsets_and_drops_duplicates() -> None:
    offsets = [followup.Offset(days=7), followup.Offset(days=7), followup.Offset(months=1)]
    assert followup.schedule_dates(dt.date(2026, 5, 1), offsets) == [
        dt.date(2026, 5, 8),
        dt.date(2026, 6, 1),
    ]


def test_add_months_clamps_and_handles_leap_years() -> None:
    assert followup.add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert followup.add_years(dt.date(2028, 2, 29), 5) == dt.date(2033, 2, 28)
    assert followup.add_months(dt.date(2026, 11, 15), 2) == dt.date(2027, 1, 15)


def test_overdue_means_date_passed_and_not_made() -> None:
    v_past = FollowUpVisit(scheduled_on=dt.date(2026, 11, 20))
    v_today = FollowUpVisit(scheduled_on=dt.date(2026, 11, 23))
    v_done = FollowUpVisit(scheduled_on=dt.date(2026, 11, 1), done_on=dt.date(2026, 11, 2))
    visits = [v_today, v_done, v_past]
    assert followup.overdue(visits, dt.date(2026, 11, 23)) == [v_past]
    assert followup.overdue(visits, dt.date(2026, 11, 24)) == [v_past, v_today]
    assert followup.overdue(visits, dt.date(2026, 11, 19)) == []
    assert followup.pending(visits) == [v_past, v_today]


def test_trends_follow_the_order_visits_were_made() -> None:
    def visit(day: int, fin: int) -> FollowUpVisit:
        on = dt.date(2026, 6, day)
        return FollowUpVisit(
            scheduled_on=on, done_on=on, scores=[DomainScore(domain=D.FINANCIAL, score=fin)]
        )

    trends = followup.domain_trends([visit(20, 4), visit(1, 2), visit(10, 3)])
    assert [p.score for p in trends[D.FINANCIAL]] == [2, 3, 4]
    assert trends[D.LEGAL] == []
    assert followup.trend_direction(trends[D.FINANCIAL]) == 1
    assert followup.trend_direction(trends[D.LEGAL]) == 0


def test_warning_signs_are_normalised_to_codes_and_free_text_is_kept() -> None:
    assert followup.normalise_sign("new_debt") == "new_debt"
    assert followup.normalise_sign("  new or growing  DEBT ") == "new_debt"
    assert followup.normalise_sign("Cousin talks about Malaysia") == "Cousin talks about Malaysia"
    assert followup.sign_text("threats").startswith("Threats")
