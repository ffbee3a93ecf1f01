"""A folder of 10,000 small files: every one accounted for, in one build (slow: runs spaCy 10,000 times)."""
import pytest

from newsloom import store
from newsloom.config import Settings
from newsloom.pipeline import build

CITIES = ["Tallinn", "Riga", "Vilnius", "Gdansk", "Turku", "Tartu", "Kaunas", "Oulu"]


@pytest.mark.slow
def test_ten_thousand_small_files(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        city = CITIES[i % len(CITIES)]
        if i % 1000 == 999:
            (folder / f"n{i:05d}.txt").write_bytes(b"")  # ten empty ones
        else:
            (folder / f"n{i:05d}.txt").write_text(
                f"Note {i}: the harbour office in {city} reported {i % 50} ship arrivals on Monday.\n", encoding="utf-8")
    db = tmp_path / "many.db"
    summary = build([str(folder)], str(db), Settings(workers=2))
    assert summary.new == 9_990
    assert summary.skipped == 10 and summary.skip_reasons == {"empty": 10}
    con = store.connect(db, readonly=True)
    assert store.article_count(con) == 9_990
    assert store.check(con) == []
