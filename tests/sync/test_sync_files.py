"""Photos over a slow, lossy link: resumable uploads, verified, lazy downloads."""

from __future__ import annotations

import hashlib
import io
import random
from pathlib import Path

from PIL import Image

from desktop_app.core.attachments.records import attach
from desktop_app.core.sync import state
from desktop_app.core.sync.engine import RetryPolicy
from tests.sync.laptop import server_state

BATU = "64.01.01.2001"
MB = 1024 * 1024


def photo(path: Path, size_bytes: int, seed: int) -> Path:
    """A real PNG of noise, about ``size_bytes`` long (noise does not compress)."""
    side = int((size_bytes / 3) ** 0.5)
    pixels = random.Random(seed).randbytes(side * side * 3)
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), pixels).save(buffer, "PNG", compress_level=0)
    path.write_bytes(buffer.getvalue())
    return path


def test_big_photo_cut_at_a_random_byte_resumes_and_arrives_intact(sync_server, proxy,
                                                                   laptops, tmp_path):
    amir = laptops("amir", proxy.url)
    budi = laptops("budi", sync_server.url)
    proxy.shape.rate_bps, proxy.shape.delay_s = 16 * MB, 0.02  # slow, with latency
    visit = amir.set_profile(BATU, head_name="Ibu Kades")
    big = attach(amir.db, amir.workspace.editor, amir.store,
                 photo(tmp_path / "jalan.png", 8 * MB, 1), BATU, "village_profile", visit)
    small = attach(amir.db, amir.workspace.editor, amir.store,
                   photo(tmp_path / "kantor.png", 300 * 1024, 2), BATU, "village_profile", visit)
    # Past the push and the small photo, somewhere inside the big one.
    cut_at = small.size + 64 * 1024 + random.Random(5).randrange(1, big.size - 64 * 1024)

    def cut_and_lose(name: str) -> None:
        if name == "push.before_send":
            proxy.cut_upload_after(cut_at)  # the first upload dies at this byte
            proxy.drop_responses(1)  # and the push's answer is lost on the way back

    report = amir.engine(checkpoint=cut_and_lose,
                         retry=RetryPolicy(attempts=40, base_s=0.01, cap_s=0.2)).sync()
    assert report.uploaded == 2 and proxy.dropped_responses == 1 and proxy.cuts == 1
    uploaded = proxy.bytes_up
    assert uploaded < big.size + small.size + 2 * 256 * 1024 + 200_000  # resumed, not redone
    offset, complete = budi.client.blob_offset(big.sha256)
    assert complete and offset == big.size

    budi.sync()  # lazy: the small photo comes, the big one waits until it is opened
    assert budi.store.has(small.sha256) and not budi.store.has(big.sha256)
    fetched = budi.engine().fetch_file(big.sha256)
    assert hashlib.sha256(fetched.read_bytes()).hexdigest() == big.sha256
    assert budi.state("attachment") == server_state(sync_server.database_url, "attachment",
                                                    budi.regions)


def test_download_cap_is_the_users_choice(sync_server, laptops, tmp_path):
    amir = laptops("amir", sync_server.url)
    budi = laptops("budi", sync_server.url)
    visit = amir.set_profile(BATU, head_name="Ibu Kades")
    scan = attach(amir.db, amir.workspace.editor, amir.store,
                  photo(tmp_path / "pindai.png", 3 * MB, 3), BATU, "village_profile", visit)
    amir.sync()
    with budi.db.writing() as session:
        state.set_json(session, state.DOWNLOAD_CAP, 4 * MB)
    assert budi.sync().downloaded == 1 and budi.store.has(scan.sha256)
