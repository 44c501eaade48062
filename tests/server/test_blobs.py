"""Content-addressed files: resumable upload cut at a random byte, verification, dedup."""

from __future__ import annotations

import hashlib
import random
import socket
from urllib.parse import urlparse

from tests.server.helpers import Device, enrol

CHUNK = 64 * 1024


def _head(device: Device, sha: str) -> tuple[int, int]:
    response = device.http.head(f"/api/v1/blobs/{sha}")
    return response.status_code, int(response.headers["Upload-Offset"])


def _put(device: Device, sha: str, offset: int, total: int, chunk: bytes):
    return device.http.put(f"/api/v1/blobs/{sha}", content=chunk, headers={
        "Upload-Offset": str(offset), "Upload-Length": str(total),
        "Content-Type": "application/octet-stream"})


def _cut_put(url: str, token: str, sha: str, offset: int, total: int, chunk: bytes,
             sent: int) -> None:
    """Announce a whole chunk but drop the connection after ``sent`` bytes of it."""
    parsed = urlparse(url)
    with socket.create_connection((parsed.hostname, parsed.port)) as connection:
        head = (f"PUT /api/v1/blobs/{sha} HTTP/1.1\r\nHost: {parsed.netloc}\r\n"
                f"Authorization: Bearer {token}\r\nUpload-Offset: {offset}\r\n"
                f"Upload-Length: {total}\r\nContent-Length: {len(chunk)}\r\n"
                "Content-Type: application/octet-stream\r\n\r\n")
        connection.sendall(head.encode() + chunk[:sent])
        connection.shutdown(socket.SHUT_WR)
        connection.recv(65536)  # wait for the server to notice


def test_resumable_upload_cut_at_a_random_byte(backend):
    device = enrol(backend.url, "fac_batu")
    rng = random.Random(20261126)
    data = rng.randbytes(5 * CHUNK + 1234)
    sha = hashlib.sha256(data).hexdigest()
    cut = rng.randrange(CHUNK + 1, len(data) - 1)
    chunk_start = (cut // CHUNK) * CHUNK
    assert _head(device, sha) == (404, 0)
    for offset in range(0, chunk_start, CHUNK):  # whole chunks before the cut
        response = _put(device, sha, offset, len(data), data[offset:offset + CHUNK])
        assert response.status_code == 200, response.text
    partial = data[chunk_start:chunk_start + CHUNK]
    _cut_put(device.base_url, device.token, sha, chunk_start, len(data), partial,
             cut - chunk_start)
    status, offset = _head(device, sha)
    assert (status, offset) == (404, chunk_start)  # the torn chunk left nothing behind
    # Resuming from a wrong offset is refused and says where to continue.
    response = _put(device, sha, offset + 10, len(data), data[offset + 10:offset + 20])
    assert response.status_code == 409 and str(offset) in response.json()["detail"]
    while offset < len(data):
        response = _put(device, sha, offset, len(data), data[offset:offset + CHUNK])
        assert response.status_code == 200, response.text
        offset = response.json()["received"]
    assert response.json()["complete"] is True
    assert _head(device, sha) == (200, len(data))
    assert device.http.get(f"/api/v1/blobs/{sha}").content == data
    # Not attached to any record: nobody else may read it (not even the admin).
    admin = enrol(backend.url, "admin")
    assert admin.http.get(f"/api/v1/blobs/{sha}").status_code == 404


def test_hash_mismatch_is_refused_and_same_file_stored_once(backend):
    device = enrol(backend.url, "fac_batu")
    data = b"isi berkas yang benar " * 100
    sha = hashlib.sha256(data).hexdigest()
    wrong = hashlib.sha256(b"lain").hexdigest()
    response = _put(device, wrong, 0, len(data), data)
    assert response.status_code == 422 and "tidak cocok" in response.json()["detail"]
    assert _head(device, wrong) == (404, 0)
    for _ in range(2):
        response = _put(device, sha, 0, len(data), data)
        assert response.status_code == 200 and response.json()["complete"] is True
    stored = list((backend.data_dir / "blobs").rglob(sha))
    assert len(stored) == 1 and stored[0].read_bytes() == data


def test_blob_names_with_path_tricks_are_refused(backend):
    device = enrol(backend.url, "fac_batu")
    for name in ("..%2F..%2Fetc%2Fpasswd", "ABCDEF" + "0" * 58, "a" * 63, "a" * 65,
                 "%2E%2E", "g" * 64):
        for method in ("GET", "PUT", "HEAD"):
            response = device.http.request(method, f"/api/v1/blobs/{name}", content=b"x",
                                           headers={"Upload-Offset": "0",
                                                    "Upload-Length": "1"})
            assert 400 <= response.status_code < 500, (method, name, response.status_code)
    assert not list(backend.data_dir.parent.rglob("passwd"))


def test_oversized_blob_and_chunk_are_refused(backend):
    device = enrol(backend.url, "fac_batu")
    sha = "0" * 64
    response = _put(device, sha, 0, 64 * 1024 * 1024, b"x")
    assert response.status_code == 413
    response = _put(device, sha, 0, 1024 * 1024, b"x" * (300 * 1024))
    assert response.status_code == 413
    assert _head(device, sha) == (404, 0)


def test_files_stored_before_holders_were_kept_are_marked_once(backend):
    import shutil

    from desktop_app.core.ids import new_id
    from provincial_server.cli import main as server_cli

    owner, colleague = enrol(backend.url, "fac_batu"), enrol(backend.url, "op_paser")
    data = f"foto lama {new_id()}".encode()
    sha = hashlib.sha256(data).hexdigest()
    assert _put(owner, sha, 0, len(data), data).json()["complete"]
    record = new_id()
    results = owner.push_ok([
        owner.op("village_population", record, {"village_code": "64.01.01.2002",
                                                "year": 2701}),
        owner.op("attachment", new_id(), {"village_code": "64.01.01.2002", "record_table":
                                          "village_population", "record_id": record,
                                          "sha256": sha})])
    assert {r["status"] for r in results} == {"applied"}
    shutil.rmtree(backend.data_dir / "holders" / sha)  # as stored by an older server
    assert colleague.http.get(f"/api/v1/blobs/{sha}").status_code == 404
    args = ["--database-url", backend.database_url, "--data-dir", str(backend.data_dir)]
    assert server_cli(["mark-file-holders", *args]) == 0
    assert colleague.http.get(f"/api/v1/blobs/{sha}").content == data
