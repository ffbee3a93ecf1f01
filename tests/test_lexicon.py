"""newsloom.lexicon (compact word lists read from installed packages) and the German NER features built on it."""
from __future__ import annotations

import pytest

from newsloom import lexicon
from newsloom.lexicon import NAME_CLASSES, WordSet


def test_wordset_is_a_sorted_set_with_values():
    ws = WordSet([("Haus", 5), ("haus", 2), ("Ärger", 3), ("a", 1), ("Haus", 4), ("zz", 300)])
    assert len(ws) == 5  # "Haus" twice: one entry, its highest value
    assert ws.get("Haus") == 5 and ws.get("haus") == 2 and ws.get("Ärger") == 3 and ws.get("zz") == 255
    assert "a" in ws and "Haus" in ws and "Hau" not in ws and "Hausx" not in ws and "" not in ws
    assert ws.get("nothing", 7) == 7
    plain = WordSet(["b", "a", "c"])
    assert [w in plain for w in ("a", "b", "c", "d")] == [True, True, True, False] and plain.get("b") == 1
    assert "x" not in WordSet() and len(WordSet()) == 0


def test_wordset_round_trips_through_bytes_and_rejects_damage():
    ws = WordSet([(w, i % 9) for i, w in enumerate(["eins", "zwei", "drei", "Straße", "Öl"])])
    back = WordSet.from_bytes(ws.to_bytes())
    assert [back.get(w, -1) for w in ("eins", "zwei", "drei", "Straße", "Öl", "vier")] == [0, 1, 2, 3, 4, -1]
    with pytest.raises(ValueError):
        WordSet.from_bytes(ws.to_bytes()[:-3])
    with pytest.raises(ValueError):
        WordSet.from_bytes(b"XXXXX" + ws.to_bytes()[5:])


def test_built_lexicons_are_cached_on_disk_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLOOM_CACHE", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return WordSet([("Rathaus", 3)])

    assert lexicon._cached("probe", build).get("Rathaus") == 3
    assert (tmp_path / "lexicon" / "probe.bin").is_file()
    assert lexicon._cached("probe", build).get("Rathaus") == 3 and len(calls) == 1  # the second came from disk
    (tmp_path / "lexicon" / "probe.bin").write_bytes(b"garbage")
    assert lexicon._cached("probe", build).get("Rathaus") == 3 and len(calls) == 2  # a damaged file is rebuilt
    monkeypatch.setenv("NEWSLOOM_CACHE", "off")
    assert lexicon.cache_dir() is None
    assert lexicon._cached("other", build).get("Rathaus") == 3 and not (tmp_path / "lexicon" / "other.bin").exists()


def test_word_frequencies_come_from_wordfreq():
    pytest.importorskip("wordfreq")
    de = lexicon.zipf_buckets("de")
    assert de.get("und") >= 6 > de.get("verhandlungen") >= 3 > de.get("sezession") >= 1
    assert de.get("xqzvvw") == 0
    en = lexicon.zipf_buckets("en")
    # a German noun is rare in English, a name is not
    assert en.get("merkel") >= 3 > en.get("verhandlungen")
    assert lexicon.zipf_buckets("no-such-language") is lexicon.EMPTY


def test_german_nouns_give_inflected_common_nouns_and_names():
    pytest.importorskip("german_nouns")
    forms, names = lexicon.noun_lexicon("german_nouns")
    assert all(w in forms for w in ("Haus", "Häuser", "Häusern", "Hauses", "Verhandlung"))
    assert "Merkel" not in forms and names.get("Merkel") & NAME_CLASSES["Nachname"]
    assert names.get("Preußen") & NAME_CLASSES["Toponym"]
    assert lexicon.noun_lexicon("no_such_package_xyz") == (lexicon.EMPTY, lexicon.EMPTY)


def test_german_ner_features_tell_nouns_from_names():
    pytest.importorskip("german_nouns")
    pytest.importorskip("wordfreq")
    import spacy

    from newsloom import crfner

    doc = spacy.blank("de")("Die Verhandlung der Künstlervereinigung mit Merkels Landesverband begann .")
    f = {t.text: set(x) for t, x in zip(doc, crfner.features(doc))}
    assert "gn_noun" in f["Verhandlung"] and "nounsuf" in f["Verhandlung"]
    assert "gn_cmp" in f["Künstlervereinigung"]            # a compound ending in a listed noun
    assert "gn_gen_Nachname" in f["Merkels"] and "gn_noun" not in f["Merkels"]
    assert "orgsuf" in f["Landesverband"] and "1:orgsuf" in f["Merkels"]
    assert any(x.startswith("xl=") for x in f["Merkels"]) and not any(x.startswith("xl=") for x in f["begann"])
    # a group left out leaves no trace
    off = {t.text: set(x) for t, x in zip(doc, crfner.features(doc, off={"nouns", "context"}))}
    assert not any(x.startswith("gn_") for x in off["Verhandlung"] | off["Merkels"])
    assert not any(x.startswith(("1:", "-1:", "2:", "-2:")) and "orgsuf" in x for x in off["Merkels"])
    assert set(crfner.GROUPS) >= {"freq", "xfreq", "nouns", "morph", "orgwords", "hyphen", "context"}
