import pytest
from sqlalchemy import func, select

from desktop_app.core.models import FieldChange, OutboxOperation, VillagePopulation
from desktop_app.core.villages.profile import load_profile, save_profile
from desktop_app.core.villages.profile_fields import ProfileValidationError

CODE = "64.01.01.2001"


def counts(workspace) -> tuple[int, int]:
    with workspace.db.reading() as session:
        return (session.scalar(select(func.count()).select_from(OutboxOperation)),
                session.scalar(select(func.count()).select_from(FieldChange)))


def test_saving_stores_values_history_and_outbox_in_one_go(workspace):
    changed = save_profile(
        workspace.db, workspace.editor, CODE,
        {"head_name": "Hj. Siti", "area_km2": "12,5", "latitude": "-1.9", "longitude": "116.2",
         "electricity": "pln24", "road_all_year": "tidak"},
        [("2023", "1.250", "340"), ("2024", "1300", "")],
    )
    assert changed == 6 + 2
    with workspace.db.reading() as session:
        view = load_profile(session, CODE)
        ops = session.scalars(select(OutboxOperation).order_by(OutboxOperation.seq)).all()
    assert view.values["head_name"] == "Hj. Siti"
    assert view.values["area_km2"] == 12.5
    assert view.values["road_all_year"] is False
    assert [(p.year, p.population, p.households) for p in view.population] == [
        (2023, 1250, 340), (2024, 1300, None)]
    assert {h.changed_by for h in view.history} == {"Rahmat (pendamping)"}
    assert {"head_name", "population[2023]"} <= {h.field for h in view.history}
    assert [op.kind for op in ops] == ["upsert"] * 3
    assert ops[0].payload["head_name"] == "Hj. Siti"
    assert [op.hlc for op in ops] == sorted(op.hlc for op in ops)

    again = save_profile(workspace.db, workspace.editor, CODE,
                         {"head_name": "Hj. Siti", "area_km2": "12.5", "latitude": "-1,9",
                          "longitude": "116,2", "electricity": "pln24",
                          "road_all_year": "tidak"},
                         [("2023", "1250", "340"), ("2024", "1300", "")])
    assert again == 0
    assert counts(workspace) == (3, 6 + 3)


def test_a_change_keeps_old_and_new_value_and_field_clock(workspace):
    save_profile(workspace.db, workspace.editor, CODE, {"head_name": "A"}, [])
    save_profile(workspace.db, workspace.editor, CODE, {"head_name": "B", "notes": "x"}, [])
    with workspace.db.reading() as session:
        view = load_profile(session, CODE)
    latest = next(h for h in view.history if h.field == "head_name")
    assert (latest.old_value, latest.new_value) == ("A", "B")


def test_removing_a_year_leaves_a_tombstone_and_a_delete_operation(workspace):
    save_profile(workspace.db, workspace.editor, CODE, {"head_name": "A"},
                 [("2023", "10", "3"), ("2024", "11", "3")])
    save_profile(workspace.db, workspace.editor, CODE, {"head_name": "A"}, [("2024", "11", "3")])
    with workspace.db.reading() as session:
        rows = {p.year: p.deleted for p in session.scalars(select(VillagePopulation))}
        last = session.scalars(select(OutboxOperation).order_by(OutboxOperation.seq.desc())).first()
        assert [p.year for p in load_profile(session, CODE).population] == [2024]
    assert rows == {2023: True, 2024: False}
    assert last.kind == "delete"
    # typing the year again brings the same row back
    save_profile(workspace.db, workspace.editor, CODE, {"head_name": "A"},
                 [("2023", "12", "3"), ("2024", "11", "3")])
    with workspace.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(VillagePopulation)) == 2


@pytest.mark.parametrize(
    ("values", "population", "message"),
    [
        ({"head_name": ""}, [], "Nama kepala desa wajib diisi."),
        ({"head_name": "A", "area_km2": "-3"}, [], "Luas wilayah tidak boleh negatif."),
        ({"head_name": "A", "area_km2": "dua"}, [], "Luas wilayah: 'dua' bukan angka."),
        ({"head_name": "A", "latitude": "52.1", "longitude": "4.3"}, [],
         "Lintang harus antara -11,5 dan 6,5."),
        ({"head_name": "A", "latitude": "-1"}, [], "Lintang dan bujur harus diisi keduanya."),
        ({"head_name": "A", "head_phone": "hubungi sekdes"}, [], "bukan nomor telepon"),
        ({"head_name": "A", "travel_minutes_to_district": "1,5"}, [],
         "Waktu tempuh ke ibu kota kecamatan: '1,5' bukan bilangan bulat."),
        ({"head_name": "A", "electricity": "nuklir"}, [], "pilihan 'nuklir' tidak dikenal"),
        ({"head_name": "A"}, [("2024", "100", "300")],
         "Penduduk baris 1: jumlah KK (300) melebihi jumlah penduduk (100)."),
        ({"head_name": "A"}, [("2024", "100", ""), ("2024", "5", "")],
         "Penduduk baris 2: tahun 2024 ganda."),
        ({"head_name": "A"}, [("1800", "100", "")], "tahun 1800 di luar"),
    ],
)
def test_invalid_values_are_refused_with_reason_and_nothing_written(workspace, values,
                                                                    population, message):
    before = counts(workspace)
    with pytest.raises(ProfileValidationError) as error:
        save_profile(workspace.db, workspace.editor, CODE, values, population)
    assert any(message in e.message for e in error.value.errors), error.value.errors
    assert counts(workspace) == before


def test_all_faults_are_reported_together(workspace):
    with pytest.raises(ProfileValidationError) as error:
        save_profile(workspace.db, workspace.editor, CODE,
                     {"head_name": "", "area_km2": "-1"}, [("abc", "", "")])
    assert {e.field for e in error.value.errors} == {"head_name", "area_km2", "population"}


def test_history_reads_in_the_words_of_the_form():
    from desktop_app.core.villages.profile_fields import history_text

    assert history_text("electricity", "non_pln") == "Non-PLN (PLTS/genset)"
    assert history_text("road_all_year", "tidak") == "Tidak"
    assert history_text("area_km2", "42.5") == "42,5"
    assert history_text("head_name", None) == ""
