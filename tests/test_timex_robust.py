"""newsloom.timex under perturbation: the patterns of issue 3 with many anchors, weekdays, months and wordings.

Expected values are computed here from the calendar (``datetime``), never from the tagger, so each case can
fail. The sentences are the team's own.
"""
from datetime import date, timedelta

import pytest

from newsloom.timex import infer_published, tag

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
# anchors spread over years, months and every weekday (including month and year boundaries)
ANCHORS = [date(2013, 3, 20), date(2019, 12, 30), date(2021, 1, 1), date(2022, 7, 17), date(2024, 2, 29),
           date(2024, 11, 5), date(2025, 4, 15), date(2025, 8, 2), date(2026, 6, 11)]


def next_wd(anchor, wd):          # strictly after
    return anchor + timedelta(days=(wd - anchor.isoweekday()) % 7 or 7)


def prev_wd(anchor, wd):          # strictly before
    return anchor - timedelta(days=(anchor.isoweekday() - wd) % 7 or 7)


def only(text, lang, anchor):
    got = tag(text, lang, anchor)
    assert len(got) == 1, (text, anchor, got)
    return got[0]


def cases(days):
    for a in ANCHORS:
        for i, name in enumerate(days, start=1):
            if i != a.isoweekday():           # a weekday naming the publication day is that day (tested apart)
                yield a, i, name


# ------------------------------------------------------------------------------------- bare weekdays

EN_FUTURE = ["The minister will fly to Rome on {d} for the summit.", "Talks are expected to resume {d} in Geneva.",
             "The court is due to rule on {d}.", "Union leaders say they plan to strike on {d}.",
             "Voters go to the polls on {d}.", "{D}'s vote will be close, analysts say.",
             "The ministers are scheduled to meet {d} in Oslo."]
EN_PAST = ["The minister flew to Rome on {d} for the summit.", "Talks resumed {d} in Geneva, officials said.",
           "The court had ruled on {d} that the law was void.", "Police arrested three men on {d}.",
           "Late on {d}, rebels shelled the city.", "{D}'s vote was close, analysts said.",
           "The ministry said on {d} that two soldiers had died."]
FR_FUTURE = ["Le ministre se rendra à Rome {d} pour le sommet.", "Les discussions doivent reprendre {d} à Genève.",
             "Le tribunal va rendre sa décision {d}.", "La grève est prévue {d} dans les transports.",
             "Les électeurs voteront {d} dans tout le pays.", "{D}, les syndicats manifesteront à Lyon."]
FR_PAST = ["Le ministre s'est rendu à Rome {d} pour le sommet.", "Les discussions ont repris {d} à Genève.",
           "Le tribunal avait rendu sa décision {d}.", "La police a interpellé trois hommes {d}.",
           "{D}, des milliers de personnes ont manifesté à Lyon.", "Le ministère a annoncé {d} la mort de deux soldats."]


@pytest.mark.parametrize("anchor,wd,name", list(cases(EN_DAYS)))
def test_english_bare_weekday_by_tense(anchor, wd, name):
    for s in EN_FUTURE:
        assert only(s.format(d=name, D=name), "en", anchor).value == next_wd(anchor, wd).isoformat(), (s, anchor)
    for s in EN_PAST:
        assert only(s.format(d=name, D=name), "en", anchor).value == prev_wd(anchor, wd).isoformat(), (s, anchor)


@pytest.mark.parametrize("anchor,wd,name", list(cases(FR_DAYS)))
def test_french_bare_weekday_by_tense(anchor, wd, name):
    for s in FR_FUTURE:
        assert only(s.format(d=name, D=name.capitalize()), "fr", anchor).value == next_wd(anchor, wd).isoformat(), (s, anchor)
    for s in FR_PAST:
        assert only(s.format(d=name, D=name.capitalize()), "fr", anchor).value == prev_wd(anchor, wd).isoformat(), (s, anchor)


@pytest.mark.parametrize("anchor", ANCHORS)
def test_weekday_naming_the_publication_day_is_that_day(anchor):
    assert only(f"Parliament voted on {EN_DAYS[anchor.isoweekday() - 1]}.", "en", anchor).value == anchor.isoformat()
    assert only(f"Le Parlement a voté {FR_DAYS[anchor.isoweekday() - 1]}.", "fr", anchor).value == anchor.isoformat()


@pytest.mark.parametrize("anchor,wd,name", list(cases(EN_DAYS)))
def test_last_and_next_weekday(anchor, wd, name):
    fr = FR_DAYS[wd - 1]
    assert only(f"Prices fell last {name}.", "en", anchor).value == prev_wd(anchor, wd).isoformat()
    assert only(f"The plant reopens next {name}.", "en", anchor).value == next_wd(anchor, wd).isoformat()
    assert only(f"Les prix ont baissé {fr} dernier.", "fr", anchor).value == prev_wd(anchor, wd).isoformat()
    assert only(f"{fr.capitalize()} dernier, la mairie a fermé le parc.", "fr", anchor).value == \
        prev_wd(anchor, wd).isoformat()
    assert only(f"L'usine rouvrira {fr} prochain.", "fr", anchor).value == next_wd(anchor, wd).isoformat()


# ------------------------------------------------------------------------------------- months

def month_before(anchor, m):      # the named month strictly before the anchor's month
    return date(anchor.year if m < anchor.month else anchor.year - 1, m, 1)


def month_after(anchor, m):
    return date(anchor.year if m > anchor.month else anchor.year + 1, m, 1)


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize("m", range(1, 13))
def test_last_and_next_month(anchor, m):
    en, fr = EN_MONTHS[m - 1], FR_MONTHS[m - 1]
    assert only(f"Exports rose last {en}.", "en", anchor).value == month_before(anchor, m).strftime("%Y-%m")
    assert only(f"The factory will reopen next {en}.", "en", anchor).value == month_after(anchor, m).strftime("%Y-%m")
    assert only(f"Les exportations ont augmenté en {fr} dernier.", "fr", anchor).value == \
        month_before(anchor, m).strftime("%Y-%m")
    assert only(f"L'usine rouvrira en {fr} prochain.", "fr", anchor).value == month_after(anchor, m).strftime("%Y-%m")


@pytest.mark.parametrize("m,y", [(1, 2024), (7, 2019), (12, 2031), (3, 1998)])
def test_month_with_year(m, y):
    for a in ANCHORS:
        assert only(f"Sales slumped in {EN_MONTHS[m - 1]} {y}.", "en", a).value == f"{y}-{m:02d}"
        assert only(f"Les ventes ont chuté en {FR_MONTHS[m - 1]} {y}.", "fr", a).value == f"{y}-{m:02d}"


# ------------------------------------------------------------------------------------- day + month

@pytest.mark.parametrize("anchor", ANCHORS)
def test_day_month_without_year_by_tense(anchor):
    ahead = anchor + timedelta(days=9)
    behind = anchor - timedelta(days=9)
    fa, fb = FR_MONTHS[ahead.month - 1], FR_MONTHS[behind.month - 1]
    ea, eb = EN_MONTHS[ahead.month - 1], EN_MONTHS[behind.month - 1]
    assert only(f"Le sommet se tiendra le {ahead.day} {fa} à Rome.", "fr", anchor).value == ahead.isoformat()
    assert only(f"Le sommet s'est tenu le {behind.day} {fb} à Rome.", "fr", anchor).value == behind.isoformat()
    assert only(f"The summit will open on {ea} {ahead.day} in Rome.", "en", anchor).value == ahead.isoformat()
    assert only(f"The summit opened on {eb} {behind.day} in Rome.", "en", anchor).value == behind.isoformat()


@pytest.mark.parametrize("d", [date(2025, 4, 4), date(2019, 11, 30), date(2031, 2, 1)])
def test_explicit_full_dates(d):
    fr = f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"
    for a in ANCHORS:
        assert only(f"Le texte a été publié le {fr} au Journal officiel.", "fr", a).value == d.isoformat()
        assert only(f"The law was published on {EN_MONTHS[d.month - 1]} {d.day}, {d.year}.", "en", a).value == \
            d.isoformat()
        assert only(f"The law was published on {d.day} {EN_MONTHS[d.month - 1]} {d.year}.", "en", a).value == \
            d.isoformat()


@pytest.mark.parametrize("anchor", ANCHORS)
def test_this_weekday_with_its_date(anchor):
    # "this Tuesday, April 2": the date of this week that carries that weekday
    for k in (-3, -1, 2, 4):
        d = anchor + timedelta(days=k)
        en = f"{EN_DAYS[d.isoweekday() - 1]}, {EN_MONTHS[d.month - 1]} {d.day}"
        fr = f"{FR_DAYS[d.isoweekday() - 1]} {d.day} {FR_MONTHS[d.month - 1]}"
        assert only(f"The envoy meets the president this {en}, in Paris.", "en", anchor).value == d.isoformat()
        assert only(f"L'émissaire rencontre le président ce {fr} à Paris.", "fr", anchor).value == d.isoformat()


# ------------------------------------------------------------------------------------- publication date

@pytest.mark.parametrize("d", [date(2024, 4, 2), date(2023, 10, 12), date(2026, 1, 30), date(2021, 6, 7)])
def test_infer_published_from_weekday_date(d):
    today = d + timedelta(days=200)
    en = f"{EN_DAYS[d.isoweekday() - 1]}, {EN_MONTHS[d.month - 1]} {d.day}"
    fr = f"{FR_DAYS[d.isoweekday() - 1]} {d.day} {FR_MONTHS[d.month - 1]}"
    # a year named in the text starts the window; the weekday picks the only year that fits
    body = f" Prices had already risen in {d.year - 1}."
    assert infer_published(f"The minister arrives this {en}, in Madrid.{body}", "en", today) == d
    assert infer_published(f"Le ministre arrive ce {fr} à Madrid. Les prix avaient grimpé en {d.year - 1}.",
                           "fr", today) == d


def test_infer_published_never_guesses_between_two_fitting_years():
    # Tuesday, April 2 fell in 2019 and in 2024: with no year in the text and a window covering both, no date
    assert infer_published("The envoy arrives this Tuesday, April 2, in Paris.", "en", date(2025, 6, 1)) is None
    # a year named in the text narrows the window to the later one
    assert infer_published("The envoy arrives this Tuesday, April 2, in Paris, as in March 2024.", "en",
                           date(2025, 6, 1)) == date(2024, 4, 2)


@pytest.mark.parametrize("text,lang", [
    ("On Tuesday, April 2, the bank cut its rates.", "en"),              # an event in the body, not a dateline
    ("The bank will cut rates on April 2.", "en"),
    ("Prices rose 3% in 2023, the agency said on Friday.", "en"),
    ("Le ministre a annoncé mardi de nouvelles mesures.", "fr"),
    ("The envoy arrives this Monday, April 2, in Paris.", "en"),   # no April 2 was a Monday from 2019 to 2025
])
def test_infer_published_null_without_evidence(text, lang):
    assert infer_published(text, lang, date(2025, 6, 1)) is None


def test_infer_published_never_after_today():
    assert infer_published("PARIS, 3 mars 2031 (AFP) - Le gouvernement a annoncé...", "fr", date(2025, 6, 1)) is None
    assert infer_published("PARIS, 3 mars 2025 (AFP) - Le gouvernement a annoncé...", "fr", date(2025, 6, 1)) == \
        date(2025, 3, 3)


# ------------------------------------------------------------------ two clauses, two tenses

MIXED = [  # (sentence with {a} and {b}, direction of a, direction of b)
    ("Officials said on {a} that the vote would take place on {b}.", -1, 1),
    ("He is scheduled to testify before Congress on {a}, his lawyer said {b}.", 1, -1),
    ("The rebels, who seized the town on {a}, said they would hold it until {b}.", -1, 1),
    ("The new envoy, who was named on {a}, will be formally sworn in on {b}.", -1, 1),
    ("The strike that began {a} will continue through {b}.", -1, 1),
]


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize("sentence,da,db", MIXED)
def test_weekdays_in_two_clauses(anchor, sentence, da, db):
    wa, wb = (anchor.isoweekday() + 2) % 7 + 1, (anchor.isoweekday() + 4) % 7 + 1   # never the anchor's day
    got = tag(sentence.format(a=EN_DAYS[wa - 1], b=EN_DAYS[wb - 1]), "en", anchor)
    want_a = (prev_wd if da < 0 else next_wd)(anchor, wa).isoformat()
    want_b = (prev_wd if db < 0 else next_wd)(anchor, wb).isoformat()
    assert [t.value for t in got] == [want_a, want_b], (sentence, anchor)
