"""An article's publication date from its own page, with the evidence for the choice.

Candidates are the dates (rules/<lang>/pubdate.yaml, month names from <lang>/dates.yaml)
printed in the header (the lines before the first paragraph), in a dateline at the very start
of the first paragraph ("Jakarta, 7 September 2023 -"), in a "today is ..." sentence anywhere
(rules marked `anywhere`), in the date line of an embedded post (rules marked `lower_bound`, read
in every language: an embed speaks the embedding site's language, not the article's), and in the
page's URL (htmldate's URL reader). A date in the future is no publication date, and neither is a
date older than a post the page embeds. A date at the very top of the page that is later than
every other candidate is the site's banner (the day the page was read) and is set aside. With
several candidates, a date the page labels as its publication ('Published on', `published_label`
in any language) wins; else each is scored on evidence: a date printed again (a photo caption), a
weekday the body names (not the banner's) that fits it but not every other candidate, the URL
agreeing. Without any evidence a date the page prints for itself beats a post's, and the earliest
wins: a page's own date is never before its article's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from checker import languages, rules
from checker.languages import Language
from checker.textfold import fold

# Layout, not language: the header is the first few lines, up to the first paragraph.
HEADER_LINES = 8
PARAGRAPH_CHARS = 160
CENTURY = 2000  # added to a year written with two digits
SENTENCE_CHARS = 100  # a line ending as a sentence at least this long is a paragraph, no title or subtitle
DATELINE_WORDS = 3  # a dateline's date comes after at most a place name ('Jakarta, 7 September 2023')
BANNER_LINES = 2  # a site's date banner stands in the first lines of the page


@dataclass(frozen=True)
class Choice:
    """The publication date chosen for a document, and the evidence for it."""

    published: date | None
    evidence: str
    period: str | None = None  # 'YYYY-MM' when only the month is known (a URL's /2022/11/)


def _patterns(lang: Language | str) -> tuple[tuple[rules.Rule, re.Pattern], ...]:
    return languages.get(lang).build(_compile_patterns)


def _compile_patterns(lang: Language) -> tuple[tuple[rules.Rule, re.Pattern], ...]:
    dates = lang.rules("dates")
    return tuple((r, dates.compile(r["date_pattern"], r.id)) for r in lang.rules("pubdate").rules)


def _label_pattern(lang: Language | str) -> re.Pattern | None:
    return languages.get(lang).build(_compile_label)


def _compile_label(lang: Language) -> re.Pattern | None:
    """The page's own label of its publication date, right before it on its line (`published_label`)."""
    return lang.rules("pubdate").named("published_label")


def _labelled(text: str, start: int) -> bool:
    """Is the date at `start` told as the page's publication date by the words before it on its line,
    in any language (a site's template labels its dates in its own, as header dates are read in every one)?"""
    line_start = text.rfind("\n", 0, start) + 1
    before = fold(text[max(line_start, start - LABEL_CHARS):start]).text
    return any((label := _label_pattern(code)) is not None and label.search(before) is not None
               for code in languages.codes())


LABEL_CHARS = 40  # how far before a date its label may begin


def _weekday_pattern(lang: Language | str) -> re.Pattern | None:
    return languages.get(lang).build(_compile_weekday)


def _compile_weekday(lang: Language) -> re.Pattern | None:
    dates = lang.rules("dates")
    return dates.compile(r"(?<!\w)(?P<weekday>{weekday})(?!\w)") if "weekday" in dates.lexicons else None


def _partial(m: re.Match, lang: str) -> date | str | None:
    """A day, or 'YYYY-MM' where the match has no day (a URL's /2022/11/)."""
    if m.groupdict().get("day") is not None:
        return _date(m, lang)
    month = m.groupdict().get("month_number")
    return f"{int(m['year']):04d}-{int(month):02d}" if month and 1 <= int(month) <= 12 else None


def _date(m: re.Match, lang: str) -> date | None:
    g = m.groupdict()
    month = g.get("month_number")
    dates = languages.get(lang).rules("dates")
    # a month's name, or one of the languages sites' templates are written in (page_month)
    month = int(month) if month else dates.lookup("month", g.get("month") or "") or (
        dates.lookup("page_month", g["page_month"]) if g.get("page_month") else None)
    year = int(g["year"])
    if len(g["year"]) == 2:  # a year's last two digits, as a stamp prints them: this century's
        year += CENTURY
    try:
        return date(year, int(month), int(g["day"]))
    except (TypeError, ValueError):
        return None


def dates_in(text: str, lang: str, named_anywhere: bool = False) -> list[tuple[date, int, int]]:
    """Every full date in `text`: (date, start, end), spans in `text`. With `named_anywhere`, also
    the dates other languages' rules read with a month's name: a site's template may print its
    dates in another language than its articles (an Arabic 'published:' label over '20th, October 2024')."""
    folded = fold(text)
    out = []
    for rule_lang in (lang, *(c for c in languages.codes() if c != lang and named_anywhere)):
        for rule, rx in _patterns(rule_lang):
            if rule.get("url") or rule.get("set_aside"):
                continue
            if rule_lang != lang and (rule.get("anywhere") or not {"month", "page_month"} & set(rx.groupindex)):
                continue  # numbers alone are read by the page's own conventions (day or month first)
            for m in rx.finditer(folded.text):
                d = _date(m, rule_lang)
                if d:
                    out.append((d, *folded.span(*m.span())))
    return sorted(set(out), key=lambda x: x[1])


def _set_aside(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of labelled dates that are never the page's own (rules marked `set_aside`: a forum
    member's joining date printed beside every post), from the label to the date after it, in any
    language (forum software labels its boxes in its own)."""
    folded = fold(text)
    return [folded.span(*m.span()) for code in languages.codes() for rule, rx in _patterns(code) if rule.get("set_aside")
            for m in rx.finditer(folded.text)]


def _header_end(text: str, kept) -> int:
    """Offset where the header lines end: at the first paragraph, a long line or one that ends as a
    sentence does and is long for a title (a site that writes a sentence to a paragraph)."""
    lines = 0
    for s, e in kept:
        if e - s >= PARAGRAPH_CHARS or e - s >= SENTENCE_CHARS and _sentence(text[s:e]) or lines >= HEADER_LINES:
            return s
        lines += 1
    return len(text)


def _stamped(line: str, start: int) -> bool:
    """Whether a date at `start` of a header line stamps the page: a line that ends as a sentence
    does is a paragraph of the article, short as it is ('He takes up the post on Aug. 1 2022.'),
    and its dates are the events it tells, unless the date opens it as a dateline does."""
    return len(line[:start].split()) <= DATELINE_WORDS or not _sentence(line)


def _sentence(line: str) -> bool:
    from checker.read import clean

    return clean._fires("sentence-end", fold(line).text)


def _weekdays(text: str, lang: str) -> dict[int, str]:
    """ISO weekday -> the word the text names it with."""
    rx = _weekday_pattern(lang)
    if rx is None:
        return {}
    folded = fold(text)
    out: dict[int, str] = {}
    for m in rx.finditer(folded.text):
        s, e = folded.span(*m.span())
        out.setdefault(languages.get(lang).rules("dates").lookup("weekday", m.group("weekday")), text[s:e])
    return out


def _dateline(text: str, kept, header_end: int, lang: str) -> list[tuple[date, int, int]]:
    """Dates at the very start of the first paragraph, after at most a place name."""
    first = next(((s, e) for s, e in kept if s >= header_end), None)
    if first is None:
        return []
    s, e = first
    return [(d, s + a, s + b) for d, a, b in dates_in(text[s:e], lang)
            if len(text[s:s + a].split()) <= DATELINE_WORDS]


def _anywhere(text: str, kept, lang: str, lower_bound: bool = False) -> list[tuple[date, int, int]]:
    """Dates of the rules read in the whole text: 'today is ...' sentences, which date the page,
    or (lower_bound) the dates of embedded posts, which the page cannot be older than; these are
    read with the rules of every language, since a post is embedded in the site's language."""
    out = []
    for s, e in kept:
        folded = fold(text[s:e])
        for rule_lang in (languages.codes() if lower_bound else (lang,)):
            for rule, rx in _patterns(rule_lang):
                if rule.get("anywhere") and bool(rule.get("lower_bound")) == lower_bound:
                    for m in rx.finditer(folded.text):
                        if d := _date(m, rule_lang):
                            a, b = folded.span(*m.span())
                            out.append((d, s + a, s + b))
    return out


def url_date(url: str | None, today: date | None = None) -> date | str | None:
    """The date in a page's address: htmldate's reader (year, month and day in the path), else
    the `url` rules of every language (/20220218/, /2024/Feb/11/, /12-november-2024-...); a
    month alone (/2022/11/) is a partial date, 'YYYY-MM'. A date in the future is none."""
    if not url:
        return None
    from datetime import datetime, timedelta

    from htmldate.extractors import extract_url_date
    from htmldate.utils import Extractor

    today = today or date.today()
    latest = datetime.combine(today + timedelta(days=1), datetime.min.time())
    options = Extractor(False, latest, datetime(1995, 1, 1), True, "%Y-%m-%d")
    try:
        found = extract_url_date(str(url), options)
    except (ValueError, OverflowError):
        found = None
    if found:
        return date.fromisoformat(found)
    folded = fold(str(url)[:2000]).text
    readings = [(rx.search(folded), lang) for lang in languages.codes() for rule, rx in _patterns(lang) if rule.get("url")]
    values = [v for m, lang in readings if m and (v := _partial(m, lang))]
    days = [v for v in values if isinstance(v, date) and v <= today]
    months = [v for v in values if isinstance(v, str) and v <= today.isoformat()[:7]]
    return days[0] if days else months[0] if months else _epoch_millis(str(url), today)


# Some publishing systems end an article's address with its creation time in milliseconds since
# 1970 (13 digits); shorter runs are as often article numbers, so only this form is read.
_MILLIS = re.compile(r"(?<![0-9])1[0-9]{12}(?![0-9])")


def _epoch_millis(url: str, today: date) -> date | None:
    from datetime import datetime, timezone

    for m in _MILLIS.finditer(url[:2000]):
        day = datetime.fromtimestamp(int(m.group()) / 1000, tz=timezone.utc).date()
        if date(2000, 1, 1) <= day <= today:
            return day
    return None


def _line_index(text: str, offset: int) -> int:
    """The number of non-blank lines before the line that holds `offset`."""
    return sum(1 for line in text[:offset].split("\n")[:-1] if line.strip())


def choose(text: str, kept, lang: str, url: str | None = None, today: date | None = None) -> Choice:
    """The publication date `text` states (kept: its cleaned ranges; url: the page's address)."""
    today = today or date.today()
    header_end = _header_end(text, kept)
    # The header is read from the page as it came (a banner or a timestamp may be furniture):
    # its first lines (a banner) and the last ones before the first paragraph (title, timestamp).
    # The article's short sentences are no header lines (_stamped): they do not count among the last ones.
    lines = [(s, e, [(d, a, b) for d, a, b in dates_in(text[s:e], lang, named_anywhere=True) if _stamped(text[s:e], a)])
             for s, e in _lines_of(text, header_end)]
    lines = lines[:BANNER_LINES] + [x for x in lines[BANNER_LINES:] if x[2] or not _sentence(text[x[0]:x[1]])]
    lines = lines if len(lines) <= BANNER_LINES + HEADER_LINES else lines[:BANNER_LINES] + lines[-HEADER_LINES:]
    found = [(d, s + a, s + b) for s, _e, dated in lines for d, a, b in dated]
    found += _dateline(text, kept, header_end, lang) + _anywhere(text, kept, lang)
    # an embedded post is furniture the cleaning may drop, and its date still bounds the page's
    embedded = _anywhere(text, ((0, len(text)),), lang, lower_bound=True)
    notes = []
    if aside := _set_aside(text, lang):
        labelled = sorted({d for d, s, _e in found if any(a <= s < b for a, b in aside)})
        if labelled:
            notes.append("set aside " + ", ".join(d.isoformat() for d in labelled) + " (a labelled date of another kind)")
            found = [x for x in found if not any(a <= x[1] < b for a, b in aside)]
    future = sorted({d for d, *_ in found + embedded if d > today})
    if future:
        notes.append("set aside " + ", ".join(d.isoformat() for d in future) + " (in the future)")
    found = sorted({x for x in found if x[0] <= today}, key=lambda x: x[1])
    posts = sorted({d for d, *_ in embedded if d <= today})
    if posts and (older := sorted({d for d, *_ in found if d < max(posts)})):
        notes.append("set aside " + ", ".join(d.isoformat() for d in older)
                     + f" (older than a post the page embeds, of {max(posts).isoformat()})")
        found = [x for x in found if x[0] >= max(posts)]
    in_url = url_date(url, today)
    url_month = in_url if isinstance(in_url, str) else None
    in_url = None if url_month else in_url
    own = {d for d, _s, _e in found}
    latest_post = max(posts) if posts else None
    if not own:
        if in_url and not (latest_post and in_url < latest_post):
            return Choice(in_url, "; ".join([f"the URL's date {in_url.isoformat()}", *notes]))
        if url_month and not (latest_post and latest_post.isoformat()[:7] >= url_month):
            # The article's first paragraph may name its day in full with the weekday ('Sunday, July
            # 11, 2021'): alone of that month and weekday-true, the URL's month backs it
            lead = [(d, a) for d, a, _b in _lead_dates(text, kept, lang) if d.isoformat()[:7] == url_month]
            if len({d for d, _a in lead}) == 1 and _weekday_before(text, lead[0][1], lead[0][0], lang):
                return Choice(lead[0][0], "; ".join([f"the article's first paragraph names {lead[0][0].isoformat()} "
                                                     "with its weekday; the URL's month agrees", *notes]))
            return Choice(None, "; ".join([f"the URL's month {url_month}", *notes]), url_month)
        if not latest_post:
            return Choice(None, "; ".join(["no date found", *notes]) if notes else "no date found")
    # An embedded post's date is a candidate too (the page is often of the same day), but weaker
    # than a date the page prints for itself: only the latest post can be the page's date.
    post_only = {latest_post} - own if latest_post else set()
    candidates = sorted(own | post_only)
    listed = ", ".join(dict.fromkeys(d.isoformat() for d, *_ in found))
    if post_only:
        notes.append(f"an embedded post of {latest_post.isoformat()}")
    article = "\n".join(text[s:e] for s, e in kept)
    # Two rules reading one date (a 'today is' sentence and its day-month-year) count it once.
    everywhere = [d for d, _e in {(d, e) for d, _s, e in dates_in(article, lang)}]
    # A weekday is evidence only where the article speaks: not on a line that prints a candidate
    # date or an embedded post, nor in the page's first lines (a banner's weekday is the day the
    # page was read).
    dated = {_line_index(text, s) for _d, s, _e in found + embedded}
    named = _weekdays("\n".join(text[s:e] for s, e in kept if _line_index(text, s) not in dated
                                and (_line_index(text, s) >= BANNER_LINES or e - s >= PARAGRAPH_CHARS)), lang)

    labelled = {d for d, s, _e in found if _labelled(text, s)}

    def reasons(d: date) -> list[str]:
        why = []
        if d in labelled:
            why.append("labelled as the page's publication date")
        if everywhere.count(d) > 1:
            why.append("repeated in the text")
        fits = [w for w in named if w == d.isoweekday()]
        # A weekday counts only when it tells the candidates apart.
        if fits and (len(candidates) == 1 or any(c.isoweekday() != d.isoweekday() for c in candidates)):
            why.append(f"the text's '{named[fits[0]]}' ({_weekday_name(fits[0])}) fits it")
        if in_url == d:
            why.append("the URL agrees")
        elif url_month and url_month == d.isoformat()[:7]:
            why.append("the URL's month agrees")
        return why

    if found and _line_index(text, found[0][1]) < BANNER_LINES and not reasons(found[0][0]):
        top, start, _end = found[0]
        # A post, weaker than the page's own dates, does not make a date at the top a banner.
        others = [d for d in candidates if d != top and d not in post_only] + ([in_url] if in_url else [])
        later = url_month and top.isoformat()[:7] > url_month
        if (others and all(top > d for d in others)) or later:
            notes.append(f"set aside {top.isoformat()} (the site's banner: at the top, later than every "
                         "other date, no evidence)")
            candidates.remove(top)
        elif (len(candidates) == 1 and not _kept(kept, start) and not _opening(text, start)
              and not any(d == top and _line_index(text, s) >= BANNER_LINES for d, s, _e in found)):
            # Alone, at the top, and furniture to cleaning: the banner of a page whose article
            # prints no date of its own. Better no date than the day the page was read. A date the
            # header prints again under the banner (a timestamp over the article) is the page's own.
            notes.append(f"set aside {top.isoformat()} (at the top, among the site's furniture, no evidence)")
            candidates.remove(top)
        if not candidates:
            if in_url:
                return Choice(in_url, "; ".join([f"the URL's date {in_url.isoformat()}", *notes]))
            return Choice(None, "; ".join([f"the URL's month {url_month}" if url_month else "no date found", *notes]),
                          url_month)
    if len(candidates) == 1 and not notes:
        d = candidates[0]
        return Choice(d, "; ".join([f"header date {d.isoformat()}", *reasons(d)]))
    best = max(candidates, key=lambda c: (c in labelled, len(reasons(c)), c not in post_only, -c.toordinal()))
    if reasons(best):
        why = reasons(best)
    elif best in post_only:
        why = ["no other evidence, the embedded post's (the page is not older than a post it embeds)"]
    else:
        why = ["no other evidence, the earliest (a page's own date is never before its article's)"]
    return Choice(best, (f"header dates {listed}; " if listed else "") + "".join(n + "; " for n in notes)
                  + f"chose {best.isoformat()}: " + "; ".join(why))


def _opening(text: str, offset: int) -> bool:
    """Whether the date at `offset` is the one the page opens with, written as a machine writes it
    (' date 2024-12-04 ...', as an archive stamps a page): the page's own, whatever follows it on its
    line, not a site's banner written out for its readers."""
    from checker.read import clean

    m = clean._OPENING_DATE.match(text)
    return bool(m) and offset < m.end()


LEAD_PARAGRAPHS = 2  # the article's first paragraphs, where it says what day it reports


def _lead_dates(text: str, kept, lang: str) -> list[tuple[date, int, int]]:
    """The full dates in the first LEAD_PARAGRAPHS kept paragraphs (PARAGRAPH_CHARS or longer)."""
    out = []
    for s, e in [(s, e) for s, e in kept if e - s >= PARAGRAPH_CHARS][:LEAD_PARAGRAPHS]:
        out += [(d, s + a, s + b) for d, a, b in dates_in(text[s:e], lang)]
    return out


def _weekday_before(text: str, offset: int, day: date, lang: str) -> bool:
    """The weekday of `day` is named right before the date at `offset` ('Sunday, July 11')."""
    rx = _weekday_pattern(lang)
    if rx is None:
        return False
    before = fold(text[max(0, offset - 20):offset])
    found = list(rx.finditer(before.text))
    return bool(found) and languages.get(lang).rules("dates").lookup("weekday", found[-1].group("weekday")) == day.isoweekday()


def _kept(kept, offset: int) -> bool:
    return any(s <= offset < e for s, e in kept)


def _lines_of(text: str, end: int):
    """(start, end) of the non-blank lines of text[:end]."""
    pos = 0
    for line in text[:end].split("\n"):
        if line.strip():
            yield pos, pos + len(line)
        pos += len(line) + 1


def run_example(ruleset, rule, example) -> dict | None:
    """Example runner for pubdate rules: the first date the rule reads in the example."""
    folded = fold(example.text)
    m = _patterns_by_id(ruleset.lang)[rule.id].search(folded.text)
    if rule.get("set_aside"):  # the date the label names, read by the other rules
        inside = [d for d, *_ in dates_in(folded.text[m.start():m.end()], ruleset.lang)] if m else []
        return {"date": inside[0].isoformat()} if inside else None
    d = _partial(m, ruleset.lang) if m else None
    return {"date": d if isinstance(d, str) else d.isoformat()} if d else None


def _patterns_by_id(lang: str) -> dict[str, re.Pattern]:
    return {r.id: rx for r, rx in _patterns(lang)}


def _weekday_name(n: int) -> str:
    """The display name of ISO weekday n (1 = Monday), for the evidence (reports are in English)."""
    return languages.get("en").rules("dates").lexicon("display_weekday")[str(n)]
