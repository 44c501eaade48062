import pytest

from desktop_app.core.villages.search import (
    VillageFilter,
    count_villages,
    list_districts,
    list_regencies,
    search_villages,
)


def codes(workspace, **kwargs) -> list[str]:
    sort = kwargs.pop("sort", "name")
    descending = kwargs.pop("descending", False)
    with workspace.db.reading() as session:
        return [r.code for r in search_villages(session, VillageFilter(**kwargs), sort,
                                                descending)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("terik", ["64.01.01.2003"]),  # three letters or more: trigram index
        ("SUNG", ["63.01.01.2001", "64.01.01.2002", "64.01.01.2003"]),  # any case, any place
        ("ka", ["64.01.01.2001", "64.01.01.2002"]),  # short text: plain LIKE
        ("64.72", ["64.72.01.1001", "64.72.01.1002"]),
        ("6401022004", ["64.01.02.2004"]),
        ("50%", []),
        ("a_u", []),
    ],
)
def test_search_by_name_or_code(workspace, text, expected):
    assert sorted(codes(workspace, text=text)) == expected


def test_filters_combine(workspace):
    assert codes(workspace, regency_code="64.07") == ["64.07.05.2001", "64.07.05.2002"]
    assert codes(workspace, district_code="64.01.02") == ["64.01.02.2004", "64.01.02.2001"]
    assert codes(workspace, kind="kelurahan", text="pasir") == ["64.72.01.1002"]
    with workspace.db.reading() as session:
        assert count_villages(session, VillageFilter(regency_code="64.01")) == 5
        assert list_regencies(session)[0] == ("63.01", "Kabupaten Tanah Laut")
        assert [c for c, _ in list_districts(session, "64.01")] == ["64.01.01", "64.01.02"]


def test_sorting_and_paging(workspace):
    by_regency = codes(workspace, sort="regency", descending=True)
    assert by_regency[:2] == ["64.72.01.1001", "64.72.01.1002"]
    assert codes(workspace, sort="code")[0] == "63.01.01.2001"
    with workspace.db.reading() as session:
        first = search_villages(session, VillageFilter(), "name", limit=4)
        rest = search_villages(session, VillageFilter(), "name", offset=4, limit=100)
    names = [r.name for r in first + rest]
    assert names == sorted(names)
    assert len(names) == 10
