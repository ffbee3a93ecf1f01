"""Event mentions, quotes and the corpus merge, on news-style sentences written for these tests.

Everything runs through the real spaCy models (loaded once per module) and the real time tagger.
"""
from __future__ import annotations

import json
import re
from datetime import date

import pytest

from newsloom import nlp
from newsloom.events import Event, EventMention, QuoteMention, extract, merge, merge_quotes
from newsloom.link import repair_mentions
from newsloom.timex import tag

PUB = date(2025, 4, 20)          # a Sunday


def _model_ok(lang: str) -> bool:
    try:
        return "parser" in nlp.get_nlp(lang).pipe_names
    except Exception:  # noqa: BLE001
        return False


needs_en = pytest.mark.skipif(not _model_ok("en"), reason="English spaCy model not installed")
needs_fr = pytest.mark.skipif(not _model_ok("fr"), reason="French spaCy model not installed")


class Art:
    """One article run through the per-article stages the events stage needs."""

    def __init__(self, text: str, lang: str = "en", published: date | None = PUB, aid: str = "a1"):
        self.id, self.text, self.lang, self.published = aid, text, lang, published
        (parts, sents, ments), = list(nlp.annotate([text], lang))
        self.mentions = repair_mentions(text, lang, ments)
        self.timexes = tag(text, lang, published, [(s.start, s.end) for s in sents])
        self.events, self.quotes = extract(text, lang, parts, sents, self.mentions, self.timexes, published)

    def s(self, span) -> str | None:
        return self.text[span[0]:span[1]] if span else None

    def of_type(self, typ: str) -> list[EventMention]:
        return [e for e in self.events if e.type == typ]

    def one(self, typ: str) -> EventMention:
        found = self.of_type(typ)
        assert found, f"no {typ} in {[(e.type, e.trigger[2]) for e in self.events]}"
        return found[0]


def name_linker(arts: list[Art]):
    """A stand-in for entity linking: a mention's id is its last word, folded (Macron = Macron)."""
    table = {}
    for a in arts:
        for m in a.mentions:
            key = re.sub(r"\W+", "-", m.text.split()[-1].lower())
            table[(a.id, m.start, m.end)] = f"{m.label.lower()}:{key}"
    return lambda aid, s, e: table.get((aid, s, e))


def info(arts: list[Art]) -> dict:
    return {a.id: {"published": a.published, "lang": a.lang, "duplicate_of": None, "text": a.text} for a in arts}


# ------------------------------------------------------------------------------------------ English

@needs_en
def test_strike_with_toll_place_and_date():
    a = Art("Russian missile strikes killed at least 12 people in the city of Kharkiv on Friday, officials said.")
    e = a.one("ASSAULT")
    assert "Russian" in (a.s(e.source) or "")
    assert a.s(e.location) == "Kharkiv"
    assert e.date == "2025-04-18"
    assert e.status == "occurred"
    dead = [f for f in e.figures if f["kind"] == "dead"]
    assert dead and dead[0]["value"] == 12
    assert a.text[dead[0]["start"]:dead[0]["end"]].startswith("at least 12")


@needs_en
def test_meeting_source_target_and_location():
    a = Art("German Chancellor Friedrich Merz met French President Emmanuel Macron in Berlin on Monday.")
    e = a.one("CONSULT")
    assert a.s(e.source) == "Friedrich Merz"
    assert a.s(e.target) == "Emmanuel Macron"
    assert a.s(e.location) == "Berlin"
    assert e.date == "2025-04-14"
    assert e.source in e.actors and e.target in e.actors


@needs_en
def test_planned_visit_and_phone_call():
    a = Art("The Turkish president will visit Moscow next week. On Saturday he spoke by phone with the Iranian "
            "foreign minister.")
    visit = [e for e in a.of_type("CONSULT") if e.mode == "visit"]
    assert visit and visit[0].status == "planned"
    assert a.s(visit[0].location) == "Moscow"
    phone = [e for e in a.of_type("CONSULT") if e.mode == "phone"]
    assert phone and phone[0].status == "occurred" and phone[0].date == "2025-04-19"


@needs_en
def test_negated_event_stays_apart_from_what_happened():
    a = Art("The foreign minister did not meet the rebel delegation in Doha on Tuesday.", aid="n1")
    e = a.one("CONSULT")
    assert e.negated and e.status == "hypothetical"
    b = Art("The foreign minister met the rebel delegation in Doha on Tuesday.", aid="n2")
    events = merge([(x.id, x.events) for x in (a, b)], name_linker([a, b]), info([a, b]))
    consult = sorted((e for e in events if e.type == "CONSULT"), key=lambda e: e.negated)
    assert [e.negated for e in consult] == [False, True]
    assert consult[0].status == "occurred" and consult[1].status == "hypothetical"


@needs_en
def test_accusation_content_is_not_an_attack():
    a = Art("Ukraine accused Russia of attacking a children's hospital in Kyiv.")
    assert [e.type for e in a.events] == ["ACCUSE"]
    e = a.events[0]
    assert a.s(e.source) == "Ukraine" and a.s(e.target) == "Russia"


@needs_en
def test_protest_with_generic_actors():
    a = Art("Protesters clashed with police in Nairobi on Tuesday over a new finance bill.")
    e = a.one("PROTEST")
    assert e.source_text == "Protesters"
    assert e.target_text == "police"
    assert a.s(e.location) == "Nairobi"


@needs_en
def test_money_figures():
    a = Art("The European Union has given more than $75 billion to Ukraine since the war began.")
    e = a.one("AID")
    money = [f for f in e.figures if f["kind"] == "money"]
    assert money and money[0]["value"] == 75e9 and money[0]["unit"] == "USD"
    assert a.s(e.target) == "Ukraine"


@needs_en
def test_role_and_pronoun_resolution():
    a = Art("Steve Witkoff, the US special envoy, arrived in Moscow on Friday. The envoy met Vladimir Putin for "
            "four hours. He later flew to Oman.")
    meet = [e for e in a.of_type("CONSULT") if "met" in e.trigger[2]]
    assert meet, [(e.type, e.trigger) for e in a.events]
    assert a.s(meet[0].source) == "Steve Witkoff"
    assert a.s(meet[0].source_np) == "The envoy"
    assert meet[0].resolved.get("source") == "role"
    assert a.s(meet[0].target) == "Vladimir Putin"
    flew = [e for e in a.of_type("CONSULT") if e.trigger[2] == "flew"]
    assert flew and a.s(flew[0].source) == "Steve Witkoff" and flew[0].resolved.get("source") == "pronoun"


@needs_en
def test_relative_date_days_after_a_meeting():
    a = Art("The envoy said on Monday, three days after a meeting with Vladimir Putin, that progress was near.")
    e = a.one("CONSULT")
    assert e.date == "2025-04-11"           # Monday 14 April minus three days


@needs_en
def test_quotes_direct_and_reported_with_speakers():
    a = Art('"We will not give in to blackmail," the Polish prime minister told reporters in Warsaw. '
            "Both sides want to expand trade, said a member of the delegation.")
    texts = {a.s(q.text): q for q in a.quotes}
    assert "We will not give in to blackmail," in texts or "We will not give in to blackmail" in texts
    q1 = texts.get("We will not give in to blackmail,") or texts["We will not give in to blackmail"]
    assert q1.direct and "prime minister" in (q1.speaker_text or "")
    q2 = texts["Both sides want to expand trade"]
    assert q2.speaker is None and q2.speaker_text == "a member of the delegation"


# ------------------------------------------------------------------------------------------ French

@needs_fr
def test_french_meeting_and_planned_trip():
    a = Art("Le président français Emmanuel Macron s'est entretenu jeudi à l'Élysée avec le chancelier allemand "
            "Friedrich Merz. La ministre va se rendre à Berlin mercredi pour des discussions.", lang="fr")
    meet = [e for e in a.of_type("CONSULT") if e.status == "occurred"]
    assert meet and a.s(meet[0].source) == "Emmanuel Macron" and a.s(meet[0].target) == "Friedrich Merz"
    assert meet[0].date == "2025-04-17"
    trip = [e for e in a.of_type("CONSULT") if e.mode == "visit"]
    assert trip and trip[0].status == "planned" and a.s(trip[0].location) == "Berlin"
    assert trip[0].date == "2025-04-23"


@needs_fr
def test_french_strike_toll():
    a = Art("Dimanche, une frappe russe contre la ville d'Odessa a causé la mort d'au moins 14 civils, selon les "
            "autorités régionales.", lang="fr")
    e = a.one("ASSAULT")
    assert a.s(e.source) == "russe"
    assert a.s(e.target) == "Odessa"
    assert e.date == "2025-04-20"
    dead = [f for f in e.figures if f["kind"] == "dead"]
    assert dead and dead[0]["value"] == 14


@needs_fr
def test_french_quote_with_pronoun_speaker():
    a = Art("« Nous ne reculerons pas », a déclaré la porte-parole du gouvernement, Claire Martin. Selon elle, "
            "« les négociations reprendront la semaine prochaine ».", lang="fr")
    assert len(a.quotes) == 2, [(a.s(q.text), q.speaker_text) for q in a.quotes]
    for q in a.quotes:
        assert a.s(q.speaker) == "Claire Martin"
    assert "porte-parole" in a.quotes[1].speaker_text


# ------------------------------------------------------------------------------------------ merge

@needs_en
@needs_fr
def test_cross_lingual_merge_one_event():
    en = Art("Emmanuel Macron met Friedrich Merz in Berlin on 3 March 2025 to discuss defence spending.",
             published=date(2025, 3, 4), aid="en1")
    fr = Art("Emmanuel Macron a rencontré Friedrich Merz à Berlin le 3 mars 2025 pour parler de défense.",
             lang="fr", published=date(2025, 3, 4), aid="fr1")
    other = Art("Emmanuel Macron met Friedrich Merz in Paris on 20 March 2025.", published=date(2025, 3, 21),
                aid="en2")
    arts = [en, fr, other]
    events = merge([(a.id, a.events) for a in arts], name_linker(arts), info(arts))
    consult = [e for e in events if e.type == "CONSULT"]
    assert len(consult) == 2
    first = next(e for e in consult if e.date == "2025-03-03")
    assert {x["article"] for x in first.evidence} == {"en1", "fr1"}
    assert first.independent == 2
    assert {"person:macron", "person:merz"} <= set(first.actors)
    assert first.location == "place:berlin"
    for ev in first.evidence:
        assert ev["text"] == {a.id: a.text for a in arts}[ev["article"]][ev["start"]:ev["end"]]


@needs_en
def test_planned_then_occurred_is_one_event_with_the_occurred_date():
    a = Art("The secretary of state Marco Rubio will travel to Paris on Wednesday for talks.",
            published=date(2025, 4, 15), aid="p1")
    b = Art("On April 17, Marco Rubio held talks with Emmanuel Macron in Paris.", published=None, aid="p2")
    events = merge([(x.id, x.events) for x in (a, b)], name_linker([a, b]), info([a, b]))
    consult = [e for e in events if e.type == "CONSULT"]
    assert len(consult) == 1
    assert consult[0].date == "2025-04-17" and consult[0].status == "occurred"


@needs_en
def test_duplicate_articles_are_not_independent():
    text = "Police arrested 40 protesters in Istanbul on Sunday."
    a, b = Art(text, aid="d1"), Art(text, aid="d2")
    inf = info([a, b])
    inf["d2"]["duplicate_of"] = "d1"
    events = merge([(x.id, x.events) for x in (a, b)], name_linker([a, b]), inf)
    coerce = [e for e in events if e.type == "COERCE"]
    assert len(coerce) == 1
    assert coerce[0].duplicates == ["d2"] and coerce[0].independent == 1
    q = merge_quotes([("d1", a.quotes), ("d2", b.quotes)], name_linker([a, b]), inf)
    assert q == []


@needs_en
def test_merge_quotes_contract_shape():
    a = Art("The talks were constructive, said Foreign Minister Penny Wong.", aid="q1")
    quotes = merge_quotes([(a.id, a.quotes)], name_linker([a]), info([a]))
    assert len(quotes) == 1
    q = quotes[0]
    assert q["speaker"] == "person:wong" and q["text"] == "The talks were constructive"
    ev = q["evidence"]
    assert a.text[ev["start"]:ev["end"]] == ev["text"]


# ------------------------------------------------------------------------------------------ records

@needs_en
def test_records_round_trip_through_json():
    a = Art("Israel released 39 Palestinian prisoners on Friday as part of the truce deal.")
    assert a.events
    for e in a.events:
        back = EventMention.from_json(json.loads(json.dumps(e.to_json())))
        assert back == e
    for q in a.quotes:
        assert QuoteMention.from_json(json.loads(json.dumps(q.to_json()))) == q
    ev = merge([(a.id, [e.to_json() for e in a.events])], name_linker([a]), info([a]))
    assert ev and isinstance(ev[0], Event) and json.dumps(ev[0].to_json())


# ------------------------------------------------------------------------------------------ one main event

@needs_en
def test_participle_after_a_comma_is_not_a_second_event():
    a = Art("Niger's military rulers ordered the French ambassador to leave the country within 48 hours, "
            "accusing Paris of acting against the country's interests.")
    assert [e.type for e in a.events] == ["SANCTION"]


@needs_en
def test_reaction_set_off_after_the_news_is_left_out():
    a = Art("Spain and Norway formally recognised a Palestinian state on Tuesday, a move Israel condemned as a "
            "reward for terrorism.")
    assert [e.type for e in a.events] == ["SUPPORT"]
    assert a.s(a.one("SUPPORT").source) == "Spain"


@needs_en
def test_background_purpose_and_relative_clauses_are_not_events():
    a = Art("Police in Nairobi fired tear gas at thousands of young demonstrators who tried to march on parliament "
            "to oppose a finance bill.")
    assert [e.type for e in a.events] == ["ASSAULT"]
    b = Art("France and Germany launched a joint naval mission in the Red Sea to protect merchant shipping from "
            "Houthi attacks.")
    assert [e.type for e in b.events] == ["COOPERATE"]
    c = Art("Rioters torched cars in several cities for a fifth night after police shot dead a teenage driver.")
    assert [e.type for e in c.events] == ["PROTEST"]


@needs_en
def test_an_order_is_the_act_ordered_by_whoever_gave_it():
    a = Art("Russia's president ordered the mobilisation of 300,000 reservists.")
    e = a.one("MOBILIZE")
    assert "Russia" in a.s(e.source)
    assert not a.of_type("REQUEST")


@needs_en
def test_violence_by_a_crowd_is_a_riot():
    a = Art("Angry crowds set fire to government buildings in Almaty.")
    assert a.one("PROTEST").mode == "riot"
    b = Art("A mob armed with sticks attacked several churches in Punjab province.")
    assert b.one("ASSAULT") and not b.of_type("AID")


@needs_en
def test_warning_without_a_threat_is_no_event():
    a = Art("Amnesty International warned that such killings were likely to be underreported.")
    assert not a.of_type("THREATEN")
    b = Art("The United States warned Russia of severe economic consequences if it invaded Ukraine.")
    assert b.one("THREATEN")


@needs_en
def test_the_parties_are_the_two_sides_just_named():
    a = Art("Ukraine and Russia held talks in Istanbul on Monday. The parties agreed on a new prisoner exchange.")
    ag = a.one("AGREE")
    assert {a.s(ag.source), a.s(ag.target)} == {"Ukraine", "Russia"}


@needs_en
def test_history_and_habits_are_not_news():
    a = Art("Since the start of the Russian invasion, relations between the two countries have been tense.")
    assert a.events == []
    b = Art("Analysts say the ceasefire remains fragile, with both sides having accused each other of violations "
            "in the past.")
    assert b.events == []


@needs_en
def test_past_weekday_of_a_past_act():
    a = Art("Russia pulled out of the Black Sea grain deal on Monday.", published=date(2023, 7, 18))
    e = a.one("SANCTION")
    assert e.mode == "withdraw" and e.date == "2023-07-17" and e.status == "occurred"


@needs_fr
def test_french_inverted_attribution_is_not_the_event():
    a = Art("Les autorités algériennes ont refoulé vers le Niger plusieurs centaines de migrants, a dénoncé une ONG.",
            lang="fr")
    assert [e.type for e in a.events] == ["COERCE"]
    assert a.one("COERCE").mode == "deport"


@needs_fr
def test_french_talks_take_the_sides_of_the_agreement_they_led_to():
    a = Art("Les pourparlers à Genève ont débouché sur un compromis entre les équipes grecque et turque.", lang="fr")
    c = a.one("CONSULT")
    words = {a.s(c.source), a.s(c.target)}
    assert words == {"grecque", "turque"}
    assert a.s(c.location) == "Genève"


def test_undated_reports_years_apart_are_not_one_event():
    def em():
        return {"type": "CONSULT", "mode": "meeting", "sentence": [0, 40], "trigger": [10, 13, "met"],
                "status": "occurred", "source": [0, 5], "target": [14, 19], "actors": [[0, 5], [14, 19]]}
    ids = {("a", 0, 5): "person:lenko", ("a", 14, 19): "person:varga",
           ("b", 0, 5): "person:lenko", ("b", 14, 19): "person:varga"}
    arts = [("a", [em()]), ("b", [em()])]
    info_ = {"a": {"published": "2019-03-02", "text": "x" * 40}, "b": {"published": "2023-06-20", "text": "x" * 40}}
    evs = merge(arts, lambda aid, s, e: ids.get((aid, s, e)), info_)
    assert len(evs) == 2
    info_["b"]["published"] = "2019-03-04"
    assert len(merge(arts, lambda aid, s, e: ids.get((aid, s, e)), info_)) == 1


@needs_en
def test_nationality_word_stands_for_its_country_in_the_merge():
    a = Art("Russian forces shelled the town of Pokrovsk on Monday.")
    kbid = next(iter(a.one("ASSAULT").kb_actors.values()))
    evs = merge([(a.id, [e.to_json() for e in a.events])], name_linker([a]), info([a]))
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert ev.source == kbid
    assert all(not x.startswith("other:") for x in ev.actors)
    assert [m["start"] for m in ev.demonym_mentions[kbid]] == [a.text.index("Russian")]


# ------------------------------------------------------------------------------------------ quotes (round 2)

@needs_fr
def test_a_quote_inside_a_quote_is_counted_once():
    a = Art("« Il nous a dit : « attendez », puis plus rien », raconte un habitant de Kherson.", lang="fr")
    assert len(a.quotes) == 1
    q = a.quotes[0]
    assert a.s(q.text) == "Il nous a dit : « attendez », puis plus rien" and q.direct
    assert q.speaker is None and q.speaker_text == "un habitant de Kherson"


@needs_en
def test_a_quote_that_goes_on_keeps_its_speaker():
    a = Art("“We will not accept any deal that rewards aggression,” the foreign minister told reporters. "
            "“Our position has not changed. It will not change.”")
    assert [q.speaker_text for q in a.quotes] == ["the foreign minister", "the foreign minister"]
    assert a.s(a.quotes[1].text) == "Our position has not changed. It will not change."


@needs_fr
def test_french_quote_over_several_sentences_keeps_its_speaker():
    a = Art("« Nous ne céderons pas », a déclaré le Premier ministre. « La réforme sera appliquée. Elle est "
            "nécessaire. »", lang="fr")
    assert len(a.quotes) == 2 and a.quotes[1].speaker_text == a.quotes[0].speaker_text


# ------------------------------------------------------------------------------------------ figures (round 2)

@needs_en
def test_counted_participants_are_quantities_of_their_event():
    a = Art("Algeria expelled twelve French embassy staff on Monday.")
    q = [f for f in a.one("SANCTION").figures if f["kind"] == "quantity"]
    assert [(f["value"], f["unit"]) for f in q] == [(12, "staff")]
    b = Art("Israel called up 360,000 reservists ahead of an expected ground offensive.")
    assert [f["value"] for f in b.one("MOBILIZE").figures] == [360000]
    c = Art("A drone struck a village in the north on Monday, officials said.")
    assert all(f["kind"] != "quantity" for e in c.events for f in e.figures)


@needs_fr
def test_french_tonnes_delivered_are_no_money():
    a = Art("La France a livré 40 tonnes de matériel médical à l'Égypte.", lang="fr")
    figs = a.one("AID").figures
    assert [(f["kind"], f["value"], f["unit"]) for f in figs] == [("quantity", 40, "tonnes")]
    b = Art("L'armée a bombardé un hôpital, lors d'une vague de frappes qui a fait une quarantaine de morts.", lang="fr")
    assert [f["value"] for f in b.one("ASSAULT").figures if f["kind"] == "dead"] == [40]
