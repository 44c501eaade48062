"""``sinergi-server``: init-db, migrate, create-user, import-wilayah, serve and upkeep."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session

from provincial_server.config import ENV_PREFIX, Settings
from provincial_server.db import DatabaseLocationError, create_server_engine, init_db, migrate


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if message.startswith("{"):
            try:
                data = json.loads(message)
            except ValueError:
                data = {"message": message}
        else:
            data = {"message": message}
        data = {"time": self.formatTime(record), "level": record.levelname,
                "logger": record.name, **data}
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False)


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(_JsonFormatter())
    logging.basicConfig(level=level, handlers=[handler], force=True)


class _EngineDatabase:
    """Duck-types ``desktop_app.core.db.Database`` so the desktop region import runs here."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def writing(self) -> Iterator[Session]:
        with Session(self.engine) as session, session.begin():
            yield session


def _settings(args: argparse.Namespace, export: bool = False) -> Settings:
    """Settings from the environment, overridden by the command line (``export``: also
    into the environment, for uvicorn workers)."""
    overrides: dict[str, str] = {}
    if getattr(args, "database_url", None):
        overrides["DATABASE_URL"] = args.database_url
    if getattr(args, "data_dir", None):
        overrides["DATA_DIR"] = str(args.data_dir)
    settings = Settings.from_env()
    if export:
        os.environ.update({ENV_PREFIX + k: v for k, v in overrides.items()})
    return replace(settings, **{k.lower(): (Path(v) if k == "DATA_DIR" else v)
                                for k, v in overrides.items()})


def cmd_init_db(args: argparse.Namespace) -> int:
    engine = _engine(_settings(args).database_url)
    created = init_db(engine)
    print("Basis data server siap." if created else "Basis data server sudah ada; dimutakhirkan.")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    engine = _engine(_settings(args).database_url)
    before, after = migrate(engine)
    print(f"Skema: {before or '(kosong)'} → {after}")
    return 0


def cmd_create_user(args: argparse.Namespace) -> int:
    from provincial_server.auth import create_user

    settings = _settings(args)
    password = _password(args)
    engine = _engine(settings.database_url)
    try:
        with engine.begin() as connection:
            user_id = create_user(connection, settings, args.username,
                                  args.full_name or args.username, args.role, password,
                                  args.region or [])
            _audit(connection, "user_created", args.username,
                   {"role": args.role, "regions": args.region or []})
    except ValueError as error:
        print(f"Gagal: {error}", file=sys.stderr)
        return 2
    print(f"Pengguna {args.username} dibuat (id {user_id}, peran {args.role}).")
    return 0


def cmd_set_active(args: argparse.Namespace) -> int:
    """deactivate-user / activate-user."""
    from provincial_server.auth import set_user_active

    engine = _engine(_settings(args).database_url)
    active = args.command == "activate-user"
    try:
        with engine.begin() as connection:
            set_user_active(connection, args.username, active)
            _audit(connection, "user_activated" if active else "user_deactivated",
                   args.username)
    except ValueError as error:
        print(f"Gagal: {error}", file=sys.stderr)
        return 2
    print(f"Pengguna {args.username} " + ("diaktifkan lagi." if active else
          "dinonaktifkan; perangkatnya ditolak di mana pun."))
    return 0


def cmd_reset_password(args: argparse.Namespace) -> int:
    from provincial_server.auth import set_password

    settings = _settings(args)
    password = _password(args)
    engine = _engine(settings.database_url)
    try:
        with engine.begin() as connection:
            set_password(connection, settings, args.username, password)
            _audit(connection, "password_reset", args.username)
    except ValueError as error:
        print(f"Gagal: {error}", file=sys.stderr)
        return 2
    print(f"Kata sandi {args.username} diganti. Cabut perangkatnya bila kata sandi lama bocor.")
    return 0


def _audit(connection, event: str, subject: str, detail=None) -> None:
    from provincial_server.audit import cli_actor, record

    record(connection, event, actor=cli_actor(), subject=subject, address="cli",
           detail=detail)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if args.password is None:
        return getpass.getpass("Kata sandi: ")
    return args.password


def cmd_import_wilayah(args: argparse.Namespace) -> int:
    from desktop_app.core.problems import InputFileError
    from desktop_app.core.regions.wilayah_import import import_wilayah

    engine = _engine(_settings(args).database_url)
    try:
        report = import_wilayah(_EngineDatabase(engine), Path(args.folder), args.province)
    except InputFileError as error:
        print(f"Berkas wilayah ditolak; tidak ada yang diubah:\n{error.summary()}",
              file=sys.stderr)
        return 2
    print(report.summary())
    return 0


def cmd_publish_peta(args: argparse.Namespace) -> int:
    """Publish a boundary file for every laptop (same path as PUT /api/v1/admin/boundaries)."""
    from provincial_server.audit import cli_actor, record_now
    from provincial_server.blobs import BlobStore, record_blob
    from provincial_server.boundaries import BoundaryRefused, publish

    settings = _settings(args)
    engine = _engine(settings.database_url)
    path = Path(args.file)
    if not path.is_file() or path.stat().st_size > settings.max_blob_bytes:
        print(f"Berkas {path} tidak ada atau terlalu besar", file=sys.stderr)
        return 2
    try:
        entry = publish(BlobStore(settings.data_dir), path.read_bytes(), path.name,
                        args.sumber, cli_actor())
    except BoundaryRefused as error:
        print(f"Berkas batas ditolak; tidak ada yang diterbitkan:\n{error}", file=sys.stderr)
        return 2
    with engine.begin() as connection:
        record_blob(connection, entry["sha256"], entry["size"])
    record_now(engine, "boundary_published", actor=cli_actor(), subject=entry["level"],
               detail={"file": entry["file_name"], "sha256": entry["sha256"]})
    print(f"Batas {entry['level']} diterbitkan ({entry['sha256'][:12]}…); laptop "
          "menerimanya pada sinkronisasi berikutnya.")
    return 0


def cmd_purge_changes(args: argparse.Namespace) -> int:
    """Drop change-log entries up to a sequence; older cursors then get "refetch"."""
    from provincial_server.models import change_log, server_state

    engine = _engine(_settings(args).database_url)
    with engine.begin() as connection:
        last = connection.execute(select(server_state.c.last_seq).with_for_update()).scalar_one()
        upto = min(args.upto, last)
        connection.execute(delete(change_log).where(change_log.c.seq <= upto))
        connection.execute(update(server_state).values(horizon_seq=upto))
    print(f"Riwayat perubahan sampai nomor {upto} dihapus.")
    return 0


def cmd_import_bundle(args: argparse.Namespace) -> int:
    """Import a bundle file from a USB stick (same path as ``POST /api/v1/bundles``)."""
    from provincial_server.blobs import BlobStore
    from provincial_server.bundles import BundleError, import_bundle

    settings = _settings(args)
    engine = _engine(settings.database_url)
    path = Path(args.file)
    if not path.is_file() or path.stat().st_size > settings.max_bundle_bytes:
        print(f"Berkas {path} tidak ada atau terlalu besar", file=sys.stderr)
        return 2
    from provincial_server.audit import cli_actor, record_now

    try:
        owner, results = import_bundle(engine, settings, BlobStore(settings.data_dir),
                                       path.read_bytes())
    except BundleError as error:
        record_now(engine, "bundle_refused", actor=cli_actor(), address="cli",
                   detail=f"{path.name}: {error}")
        print(f"Bundel ditolak; tidak ada yang diubah: {error}", file=sys.stderr)
        return 2
    counts: dict[str, int] = {}
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
    record_now(engine, "bundle_imported", actor=cli_actor(), address="cli",
               subject=owner.device_id, detail=counts)
    print(f"Bundel dari perangkat {owner.device_id} ({owner.username}): "
          + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())))
    if args.reply:
        from provincial_server.bundles import server_secret, verify_bundle

        cursor = verify_bundle(engine, server_secret(engine), path.read_bytes(),
                              settings.max_bundle_unpacked_bytes).cursor
        return _write_return_bundle(engine, owner.device_id, cursor, Path(args.reply))
    return 0


def cmd_export_bundle(args: argparse.Namespace) -> int:
    """Write the return bundle for a device (its results and its scope's changes)."""
    engine = _engine(_settings(args).database_url)
    return _write_return_bundle(engine, args.device, args.cursor, Path(args.out))


def _write_return_bundle(engine: Engine, device_id: str, cursor: str | None,
                         out: Path) -> int:
    from provincial_server.bundles import BundleError, export_return_bundle

    try:
        data = export_return_bundle(engine, device_id, cursor)
    except BundleError as error:
        print(f"Paket balasan tidak dibuat: {error}", file=sys.stderr)
        return 2
    staged = out.with_name(out.name + ".part")
    staged.write_bytes(data)
    staged.replace(out)
    print(f"Paket balasan untuk perangkat {device_id} ditulis ke {out} ({len(data)} bita).")
    return 0


def cmd_new_epoch(args: argparse.Namespace) -> int:
    """After restoring a backup: every client re-downloads its scope and replays its outbox."""
    from desktop_app.core.ids import new_id
    from provincial_server.models import server_state

    engine = _engine(_settings(args).database_url)
    with engine.begin() as connection:
        connection.execute(update(server_state).values(epoch=new_id()))
    print("Epoch baru dibuat; semua perangkat akan mengunduh ulang wilayahnya.")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    settings = _settings(args, export=True)
    engine = _engine(settings.database_url)
    if args.migrate:
        init_db(engine)
    engine.dispose()
    configure_logging(args.log_level.upper())
    config = uvicorn.Config(
        "provincial_server.app:from_env", factory=True, host=args.host, port=args.port,
        workers=args.workers, proxy_headers=True, forwarded_allow_ips=args.forwarded_allow_ips,
        timeout_keep_alive=10, timeout_graceful_shutdown=20, log_config=None,
        limit_concurrency=args.limit_concurrency, access_log=False,
    )
    if args.workers <= 1:
        uvicorn.Server(config).run()
        return 0
    Multiprocess(config, sockets=[_tcp_socket(args.host, args.port)]).run()
    return 0


def _tcp_socket(host: str, port: int) -> socket.socket:
    """The shared listening socket for several workers.

    Created with ``IPPROTO_TCP`` so that asyncio sets TCP_NODELAY on accepted connections
    (uvicorn's own socket has proto 0, which costs ~40 ms per keep-alive request).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


def cmd_mark_file_holders(args: argparse.Namespace) -> int:
    """Once, after upgrading: files stored before holders were kept become readable again
    through their records (their first attaching device counts as their uploader)."""
    from provincial_server.blobs import BlobStore, mark_legacy_holders

    settings = _settings(args)
    with _engine(settings.database_url).connect() as connection:
        marked = mark_legacy_holders(connection, BlobStore(settings.data_dir))
    print(f"{marked} berkas lama diberi pemilik (perangkat yang pertama melampirkannya).")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sinergi-server",
                                     description="Server sinkronisasi Sinergi Desa (provinsi)")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database-url", help="URL basis data (default: "
                        f"${ENV_PREFIX}DATABASE_URL atau berkas SQLite lokal)")
    common.add_argument("--data-dir", type=Path, help="folder berkas (blob)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("init-db", parents=[common], help="buat/mutakhirkan skema"
                   ).set_defaults(run=cmd_init_db)
    sub.add_parser("migrate", parents=[common], help="jalankan migrasi"
                   ).set_defaults(run=cmd_migrate)
    user = sub.add_parser("create-user", parents=[common], help="buat akun")
    user.add_argument("username")
    user.add_argument("--role", required=True, choices=["admin", "operator", "facilitator"])
    user.add_argument("--region", action="append", help="kode kabupaten/kecamatan (ulang)")
    user.add_argument("--full-name")
    user.add_argument("--password")
    user.add_argument("--password-stdin", action="store_true")
    user.set_defaults(run=cmd_create_user)
    for name, text in (("deactivate-user", "nonaktifkan akun (perangkatnya ikut ditolak)"),
                       ("activate-user", "aktifkan lagi akun")):
        toggle = sub.add_parser(name, parents=[common], help=text)
        toggle.add_argument("username")
        toggle.set_defaults(run=cmd_set_active)
    reset = sub.add_parser("reset-password", parents=[common], help="ganti kata sandi akun")
    reset.add_argument("username")
    reset.add_argument("--password")
    reset.add_argument("--password-stdin", action="store_true")
    reset.set_defaults(run=cmd_reset_password)
    wilayah = sub.add_parser("import-wilayah", parents=[common],
                             help="impor daftar wilayah Kemendagri (CSV)")
    wilayah.add_argument("folder")
    wilayah.add_argument("--province", default="64")
    wilayah.set_defaults(run=cmd_import_wilayah)
    peta = sub.add_parser("publish-peta", parents=[common],
                          help="terbitkan berkas batas wilayah (GeoJSON/ZIP) ke semua laptop")
    peta.add_argument("file")
    peta.add_argument("--sumber", help="sumber data batas yang dicantumkan di peta")
    peta.set_defaults(run=cmd_publish_peta)
    purge = sub.add_parser("purge-changes", parents=[common], help="hapus riwayat lama")
    purge.add_argument("--upto", type=int, required=True)
    purge.set_defaults(run=cmd_purge_changes)
    bundle = sub.add_parser("import-bundle", parents=[common], help="impor bundel (USB)")
    bundle.add_argument("file")
    bundle.add_argument("--reply", help="tulis juga paket balasan untuk perangkat itu")
    bundle.set_defaults(run=cmd_import_bundle)
    reply = sub.add_parser("export-bundle", parents=[common],
                           help="tulis paket balasan (USB) untuk satu perangkat")
    reply.add_argument("--device", required=True)
    reply.add_argument("--cursor", help="kursor terakhir perangkat (kosong: semua)")
    reply.add_argument("--out", required=True)
    reply.set_defaults(run=cmd_export_bundle)
    sub.add_parser("new-epoch", parents=[common], help="setelah memulihkan cadangan"
                   ).set_defaults(run=cmd_new_epoch)
    sub.add_parser("mark-file-holders", parents=[common],
                   help="sekali setelah pembaruan: berkas lama dapat dibaca lagi lewat datanya"
                   ).set_defaults(run=cmd_mark_file_holders)
    serve = sub.add_parser("serve", parents=[common], help="jalankan server HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--migrate", action="store_true", help="migrasi dulu sebelum jalan")
    serve.add_argument("--log-level", default="info")
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1")
    serve.add_argument("--limit-concurrency", type=int, default=200)
    serve.set_defaults(run=cmd_serve)
    return parser


_engines: list[Engine] = []


def _engine(url: str) -> Engine:
    """An engine for one command; :func:`main` closes its connections when it ends."""
    engine = create_server_engine(url)
    _engines.append(engine)
    return engine


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command != "serve":
        logging.basicConfig(level=logging.WARNING)
    try:
        return args.run(args)
    except DatabaseLocationError as error:  # a plain message, never a traceback
        print(error, file=sys.stderr)
        return 1
    finally:
        while _engines:
            _engines.pop().dispose()


if __name__ == "__main__":
    sys.exit(main())
