"""Timeline: the dates and periods an article names, resolved against its publication date.

A cheap pattern finds candidate expressions; ``dateparser`` (about 1 ms a call) resolves only
those, cached. Ranges, "since" and "over the past N years" are what dateparser lacks and are
done here. Without a publication date, relative expressions stay as written, unresolved: a
date the article does not give is never guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from contextlib import suppress
from datetime import date, datetime, timedelta
from functools import lru_cache
from operator import methodcaller
from typing import TYPE_CHECKING

from .folding import literal_stems, search_folded
from .models import Article, DateMention
from .name_runs import titled_work

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a few": 0, "several": 0, "many": 0,
}
_COUNT = r"(?i:\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_UNIT = r"(?:years?|decades?|months?|weeks?|days?)"

# One alternative per kind of expression, most specific first; named groups say which matched.
_CANDIDATE = re.compile(
    r"\b(?:"
    rf"(?P<iso>{_YEAR}-[01]\d-[0-3]\d)(?![\d-])"
    rf"|(?P<range>(?:between|from)\s+(?P<r1>{_YEAR})\s+(?:and|to|until)\s+(?P<r2>{_YEAR})|(?P<r3>{_YEAR})\s*[-–]\s*(?P<r4>{_YEAR}|\d\d)(?!\d)"
    rf"|(?P<r5>{_YEAR})/(?P<r6>{_YEAR}|\d\d?)(?![\d/]))"
    rf"|(?P<past>(?:[Oo]ver|[Ii]n|[Dd]uring|[Ff]or)\s+the\s+(?:past|last|previous)\s+(?P<pn>{_COUNT})\s+(?P<pu>{_UNIT}))"
    rf"|(?P<since>[Ss]ince\s+(?:(?P<sm>{_MONTH})\s+)?(?P<sy>{_YEAR}))"
    rf"|(?P<nth>(?P<no>first|second|third|fourth|last)\s+(?P<nd>{_WEEKDAY})\s+(?:of|in)\s+(?P<nm>{_MONTH})(?:,?\s+(?P<ny>{_YEAR}))?)"
    rf"|(?P<decade>(?:the\s+)?(?:(?:early|mid|late)-?\s*)?(?P<dy>1[89]\d0|20\d0)s)"
    rf"|(?P<ago>(?P<an>{_COUNT}|[Aa]n?)\s+(?P<au>{_UNIT})\s+ago)"
    rf"|(?P<rel>(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+this)\s+(?:week|month|year|{_WEEKDAY}|{_MONTH}))"
    rf"|(?P<full>(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,?\s+{_YEAR})?|\d{{1,2}}\s+{_MONTH}(?:\s+{_YEAR})?|{_MONTH}\s+{_YEAR}))"
    rf"|(?P<month>(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id-?)\s+{_MONTH})(?!\s+\d)"
    rf"|(?P<weekday>(?:[Oo]n\s+)?{_WEEKDAY})"
    r"|(?P<deictic>yesterday|today|tomorrow|tonight)"
    # Not a year: "1800GMT" or "2000 GMT" (a time of day); "the Terrorism Act 2000", "the Protected Areas
    # Law 1994" (a law's name).
    rf"|(?<!\bAct )(?<!\bLaw )(?P<year>{_YEAR})(?![\d%A-Za-z]|,\d|\s*(?:percent|per cent|people|km|kg|tonnes|troops)"
    r"|\s(?:GMT|BST|UTC|CET|EST|EDT|hrs|hours)\b)"
    r")",
)
# What every alternative of _CANDIDATE needs somewhere in the sentence: a digit, a unit or day word,
# "ago", or a month. Half the sentences of an article have none, and this test is 5 times quicker.
# Digits as literals, not \d: a pattern made only of literal alternatives gets the re module's fast
# scan for their first characters, twice as quick. A year is ASCII digits, and a count in other
# digits ("٣ years ago", "٣ January") comes with a unit or month word.
_MAYBE_DATE = re.compile(
    r"0|1|2|3|4|5|6|7|8|9|year|decade|month|week|day|ago|tomorrow|tonight"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
)
_CALENDAR_DATE = re.compile(
    rf"(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>{_YEAR})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\s+(?P<y2>{_YEAR})"
    rf"|(?P<m3>{_MONTH})\s+(?P<y3>{_YEAR})"
)
_DAY_OF_MONTH = re.compile(
    rf"(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})"
)
_WEEKDAY_NUMBERS = {
    name: number
    for number, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}
_PAST_AUXILIARIES = frozenset(["was", "were", "had", "did", "said", "told"])
_PAST_VERBS = frozenset(["said", "told", "announced", "reported", "confirmed", "added", "wrote", "stated"])
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1
    )
}
_WORD_START = re.compile(r"\b\w")
_START = methodcaller("start")
WORDS_BEFORE = 6
"""A candidate starts at most this many word starts before the one holding its first _MAYBE_DATE
text, that word's own start included: "over the past a few years" has five words before "years"."""
_FUTURE_WORDS = r"will|won't|shall|is to|are to|scheduled|expected|plans? to|due to|set to|upcoming|next"
_FUTURE = re.compile(rf"\b({_FUTURE_WORDS})\b", re.IGNORECASE)
_FUTURE_STEMS = literal_stems(_FUTURE_WORDS)


def find_dates(article: Article) -> tuple[DateMention, ...]:
    """Every date expression in the article: resolved ones in date order, then the unresolved."""
    base = article.published
    found: list[tuple[tuple[str, int], DateMention]] = []
    for index, sentence in enumerate(article.sentences):
        matches = _candidates(sentence.text)
        future = bool(matches) and bool(search_folded(_FUTURE, sentence.text, hints=_FUTURE_STEMS))
        for match, after in zip(matches, [*matches[1:], None], strict=False):
            if match.group("weekday") and after and after.group("full") and (
                sentence.text[match.end():after.start()] in (" ", ", ")
            ):
                continue  # "on Sunday, 12 December": the date says which Sunday
            if match.group("deictic") == "today" and _quoted(sentence.text, match.start()):
                continue  # "the conditions we're experiencing today": a speaker's present, not a date
            if match.group("year") and titled_work(sentence.text, match.start("year"), match.end("year")):
                continue  # the war film “1917,”: a title, not a year
            text = match.group().strip()
            # "will be turned into a police station, the minister said on Tuesday": the saying is past;
            # "was the winner on Sunday, ... for next month's Oscars": the clause of the date is past.
            ahead = future and not _said_just_before(sentence.text, match.start()) and not _past_clause(
                sentence.text, match.start()
            )
            mention = DateMention(text=text, sentence=sentence.id, date=_resolve(match, base, ahead))
            found.append(((mention.date or "~", index), mention))
    # By the key alone: two mentions of one date in one sentence ("last month, in June") tie on it,
    # and keep their order in the sentence.
    resolved = sorted(((key, m) for key, m in found if m.date), key=lambda item: item[0])
    unresolved = [(key, m) for key, m in found if not m.date]
    return tuple(m for _, m in resolved) + tuple(m for _, m in unresolved)


def _said_just_before(text: str, position: int) -> bool:
    """Whether a verb of saying in the past comes just before ``position``: "said on Tuesday", "announced Monday";
    not a passive that is still to come ("will be announced Thursday")."""
    before = [w.lower() for w in text[:position].split()[-2:]]
    return bool(before) and before[-1] in _PAST_VERBS and before[0] not in ("be", "been", "being")


def _past_clause(text: str, position: int) -> bool:
    """Whether the clause a date is in, up to it, is in the past ("was the upset winner at the awards on
    Sunday") and says nothing of the future."""
    clause = re.split(r"[,;:]", text[:position])[-1]
    words = clause.lower().split()
    return not _PAST_AUXILIARIES.isdisjoint(words) and not search_folded(_FUTURE, clause, hints=_FUTURE_STEMS)


def _quoted(text: str, position: int) -> bool:
    """Whether ``position`` is inside a quotation: more quotes open than closed before it."""
    before = text[:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _candidates(text: str) -> list[re.Match[str]]:
    """``list(_CANDIDATE.finditer(text))``, trying the pattern only near what every candidate needs.

    Trying _CANDIDATE's thirteen alternatives at every word of a sentence was most of the timeline's
    cost. Every candidate holds a _MAYBE_DATE text and starts within WORDS_BEFORE word starts of it,
    so only those starts are tried, left to right: the first that matches is the match that
    ``finditer`` finds next, since no earlier position can start one.
    """
    anchor = _MAYBE_DATE.search(text)
    if anchor is None:
        return []
    starts = list(map(_START, _WORD_START.finditer(text)))
    matches: list[re.Match[str]] = []
    untried = 0  # index in ``starts`` of the first word start not yet tried or passed
    while anchor is not None:
        last = bisect_right(starts, anchor.start())  # starts[:last] are at or before the anchor
        match = None
        for index in range(max(untried, last - WORDS_BEFORE), last):
            match = _CANDIDATE.match(text, starts[index])
            if match:
                break
        if match:
            matches.append(match)
            untried = bisect_left(starts, match.end())
            anchor = _MAYBE_DATE.search(text, match.end())
        else:
            # The next anchor in the same word ("0" of "2018") has no word start left to try.
            untried = max(untried, last)
            anchor = _MAYBE_DATE.search(text, starts[last]) if last < len(starts) else None
    return matches


def _resolve(match: re.Match[str], base: date | None, future: bool) -> str | None:
    """The ISO date or range for one candidate; None when it needs a base date that is unknown."""
    group = match.lastgroup
    if match.group("iso"):
        with suppress(ValueError):  # "2018-02-30" is no date
            return date.fromisoformat(match.group("iso")).isoformat()
        return None
    if match.group("range"):
        first = match.group("r1") or match.group("r3") or match.group("r5")
        last = match.group("r2") or match.group("r4") or match.group("r6")
        last = first[:4 - len(last)] + last
        if match.group("r5") and int(last) != int(first) + 1:
            return first  # "2003/4" is a financial year; "2018/07" no span
        return f"{first}/{last}" if last > first else None
    if match.group("past"):
        return _past_period(match.group("pn"), match.group("pu"), base)
    if match.group("since"):
        start = match.group("sy")
        if match.group("sm"):
            since = f"{match.group('sm')} {start}"
            start = _calendar_date(since) or _parse(since, None, future) or start
        return f"{start}/{base.year if base else '..'}"
    if match.group("decade"):
        decade = int(match.group("dy"))
        return f"{decade}/{decade + 9}"
    if match.group("year"):
        return match.group("year")
    if match.group("nth"):
        return _nth_weekday(match, base)
    if match.group("full") and re.search(_YEAR, match.group("full")):
        return _calendar_date(match.group("full")) or _parse(match.group("full"), None, future)
    if base is None:
        return None
    if match.group("ago"):
        count = match.group("an")
        count = count.lower()
        if _NUMBER_WORDS.get(count) == 0:
            return None  # "a few weeks ago", "several years ago": too vague to date
        text = f"{1 if count in ('a', 'an') else _NUMBER_WORDS.get(count, count)} {match.group('au')} ago"
        return _parse(text, base, future)
    expression = match.group(group or "") if group else match.group()
    if group == "month" and expression.lower().startswith("since"):
        start = _parse(expression.split(None, 1)[1], base, False)
        return f"{start}/{base.year:04d}-{base.month:02d}" if start else None
    if group == "full":
        return _nearest_day(expression, base) or _parse(expression, base, future)
    if group == "weekday":
        return _weekday(expression, base, future)
    month = re.fullmatch(rf"([Ll]ast|[Nn]ext|[Tt]his)\s+({_MONTH})", expression)
    if month:
        # dateparser reads neither "last July" nor "this November". "Last July" in a July paper is a year ago.
        which, number = month.group(1).lower(), _MONTH_NUMBERS[month.group(2)[:3]]
        year = base.year
        if which == "last" and number >= base.month:
            year -= 1
        elif which == "next" and number <= base.month:
            year += 1
        return f"{year:04d}-{number:02d}"
    expression = re.sub(r"^(?:[Oo]n|[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id-?)\s+", "", expression)
    expression = re.sub(r"^(?:[Ee]arlier|[Ll]ater)\s+", "", expression)
    return _parse(expression, base, future)


def _calendar_date(expression: str) -> str | None:
    """"October 18, 2006", "18 October 2006", "October 2006" as ISO, without dateparser; None for anything else.

    A date written out in full reads the same whatever the settings, and these are most of an
    article's dates: dateparser takes about a millisecond for each, this a microsecond. What it
    gives is what dateparser gives (checked for every month spelling, day and form). An impossible
    date ("February 30, 2018") is left to dateparser.
    """
    written = _CALENDAR_DATE.fullmatch(expression)
    if written is None:
        return None
    month = _MONTH_NUMBERS[(written.group("m1") or written.group("m2") or written.group("m3"))[:3]]
    year = int(written.group("y1") or written.group("y2") or written.group("y3"))
    day = written.group("d1") or written.group("d2")
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, int(day)).isoformat()
    except ValueError:
        return None


def _nearest_day(expression: str, base: date) -> str | None:
    """"Dec. 15" without a year: the one nearest the publication date, before or after it.

    A news article names a day without its year when the year goes without saying: on 18 November
    2019, "Dec. 15" is next month's and "Nov. 8" last week's, whatever the sentence's tense.
    """
    written = _DAY_OF_MONTH.fullmatch(expression)
    if written is None:
        return None
    month = _MONTH_NUMBERS[(written.group("m1") or written.group("m2"))[:3]]
    day = int(written.group("d1") or written.group("d2"))
    days = []
    for year in (base.year - 1, base.year, base.year + 1):
        with suppress(ValueError):  # 29 February, in a year without one
            days.append(date(year, month, day))
    return min(days, key=lambda d: abs(d - base)).isoformat() if days else None


def _nth_weekday(match: re.Match[str], base: date | None) -> str | None:
    """"the first Monday of October": in the year written, else the one nearest the publication date."""
    weekday = _WEEKDAY_NUMBERS[match.group("nd").lower()]
    month = _MONTH_NUMBERS[match.group("nm")[:3]]
    if match.group("ny"):
        years = [int(match.group("ny"))]
    elif base is not None:
        years = [base.year - 1, base.year, base.year + 1]
    else:
        return None
    days = []
    for year in years:
        if match.group("no") == "last":
            end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            days.append(end - timedelta(days=(end.weekday() - weekday) % 7))
        else:
            start = date(year, month, 1)
            first = start + timedelta(days=(weekday - start.weekday()) % 7)
            days.append(first + timedelta(weeks=_ORDINALS[match.group("no")]))
    return min(days, key=lambda d: abs(d - base) if base else timedelta(0)).isoformat()


def _weekday(expression: str, base: date, future: bool) -> str:
    """ "on Tuesday": the publication day itself when it is a Tuesday, else the nearest one before it (or after
    it, in a sentence about what will happen). News names the days of the week around its own, that day
    included ("the minister said on Monday" in Monday's paper), and dates the rest."""
    day = _WEEKDAY_NUMBERS[expression.split()[-1].lower()]
    ahead = (day - base.weekday()) % 7
    if ahead == 0:
        return base.isoformat()
    return (base + timedelta(days=ahead) if future else base - timedelta(days=7 - ahead)).isoformat()


def _past_period(count: str, unit: str, base: date | None) -> str | None:
    """"over the past 10 years": 2008/2018 from 2018-07-12; months give months, weeks and days give days."""
    n = int(count) if count.isdigit() else _NUMBER_WORDS.get(count.lower(), 0)
    if base is None or not n:
        return None  # "over the past few years": too vague to date
    if unit.startswith(("year", "decade")):
        return f"{base.year - n * (10 if unit.startswith('decade') else 1)}/{base.year}"
    if unit.startswith("month"):
        start = base.year * 12 + base.month - 1 - n
        return f"{start // 12:04d}-{start % 12 + 1:02d}/{base.year:04d}-{base.month:02d}"
    days = n * (7 if unit.startswith("week") else 1)
    return f"{(base - timedelta(days=days)).isoformat()}/{base.isoformat()}"


@lru_cache(maxsize=4096)
def _parse(expression: str, base: date | None, future: bool) -> str | None:
    """dateparser on one expression, at the granularity it names (day, month or year)."""
    parser = _parser(base, future)
    data = parser.get_date_data(expression)
    if data.date_obj is None:
        return None
    day: date = data.date_obj.date()
    period: str = data.period
    if period == "year":
        return f"{day.year:04d}"
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    return day.isoformat()


@lru_cache(maxsize=64)
def _parser(base: date | None, future: bool) -> DateDataParser:
    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_TIME_AS_PERIOD": True,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    # Imported on first use: the dates most articles name are read without it (``_absolute``), and its
    # import is a fifth of a worker's start-up.
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=settings)
