<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
  <context>
    <name>ApbdesCheck</name>
    <message>
      <location filename="../../desktop_app/core/apbdes/checks.py" />
      <source>{line}: realisasi Rp {realised} melebihi anggaran Rp {budget}.</source>
      <translation>{line}: realised Rp {realised} exceeds the budget Rp {budget}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/checks.py" />
      <source>anggaran</source>
      <translation>budget</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/checks.py" />
      <source>realisasi</source>
      <translation>realisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/checks.py" />
      <source>{line}: jumlah {what} tertulis Rp {stated}, tetapi rinciannya berjumlah Rp {summed}.</source>
      <translation>{line}: the {what} total reads Rp {stated}, but its details add up to Rp {summed}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/checks.py" />
      <source>Belanja bersumber {source} Rp {spent} melebihi pendapatan/penerimaan {source} yang dianggarkan (Rp {income}).</source>
      <translation>Spending funded by {source} Rp {spent} exceeds the budgeted {source} income/receipts (Rp {income}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/checks.py" />
      <source>{label}: {share} % dari Dana Desa (Rp {used} dari Rp {base}); aturan tahun {year}: paling banyak {limit} %.</source>
      <translation>{label}: {share} % of Dana Desa (Rp {used} of Rp {base}); rule for {year}: at most {limit} %.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/checks.py" />
      <source>{label}: {share} % dari Dana Desa (Rp {used} dari Rp {base}); aturan tahun {year}: paling sedikit {limit} %.</source>
      <translation>{label}: {share} % of Dana Desa (Rp {used} of Rp {base}); rule for {year}: at least {limit} %.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/monitoring.py" />
      <source>Laporan realisasi semester {semester} tahun {year} belum ada, padahal batasnya {deadline}.</source>
      <translation>The realisation report for semester {semester} of {year} is missing, although it was due by {deadline}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/monitoring.py" />
      <source>Laporan realisasi semester {semester} tahun {year} diterima {received}, terlambat {days} hari dari batasnya {deadline}.</source>
      <translation>The semester {semester} {year} realisation report was received on {received}, {days} days after its deadline of {deadline}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/monitoring.py" />
      <source>Penyerapan belanja sampai akhir {month} {year} baru {share} % (Rp {realised} dari Rp {budget}); batas pemantauan: paling sedikit {minimum} %.</source>
      <translation>Spending absorbed by the end of {month} {year} is only {share} % (Rp {realised} of Rp {budget}); monitoring threshold: at least {minimum} %.</translation>
    </message>
  </context>
  <context>
    <name>ApbdesExport</name>
    <message>
      <location filename="../../desktop_app/core/apbdes/export.py" />
      <source>LAPORAN REALISASI APBDES {village} TAHUN {year} ({version})</source>
      <translation>APBDES REALISATION REPORT {village} YEAR {year} ({version})</translation>
    </message>
  </context>
  <context>
    <name>ApbdesImport</name>
    <message>
      <location filename="../../desktop_app/core/apbdes/folder_import.py" />
      <source>nama berkas tidak memuat kode desa (mis. 64.01.01.2001)</source>
      <translation>the file name does not contain a village code (e.g. 64.01.01.2001)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/folder_import.py" />
      <source>Mengimpor laporan realisasi</source>
      <translation>Importing the realisation report</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/importing.py" />
      <source>{code} bukan desa/kampung; kelurahan tidak punya APBDes</source>
      <translation>{code} is not a desa/kampung; a kelurahan has no APBDes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/importing_cli.py" />
      <source>
{files} laporan diimpor: {added} baris baru, {changed} berubah, {removed} dihapus; {findings} hasil pemeriksaan perlu perhatian.</source>
      <translation>
{files} reports imported: {added} new rows, {changed} changed, {removed} removed; {findings} check results need attention.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/importing_cli.py" />
      <source>Ditolak (tidak ada yang disimpan dari berkas ini):</source>
      <translation>Rejected (nothing from this file was saved):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/importing_cli.py" />
      <source>daftarnya tercetak di atas (galat standar), di bawah judul 'Ditolak'</source>
      <translation>they are listed above (standard error), under 'Ditolak'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/report_sheet.py" />
      <source>pemetaan kolom tidak lengkap: {missing}</source>
      <translation>incomplete column mapping: {missing}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/report_sheet.py" />
      <source>judul kolom Kode Rekening | Uraian | Anggaran | Realisasi tidak ditemukan di {count} baris pertama; bukan laporan realisasi APBDes</source>
      <translation>column headings Kode Rekening | Uraian | Anggaran | Realisasi not found in the first {count} rows; not an APBDes realisation report</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/report_sheet.py" />
      <source>sel {cell}: '{value}' bukan jumlah uang</source>
      <translation>cell {cell}: '{value}' is not an amount of money</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/report_sheet.py" />
      <source>sel {cell}: kode rekening kosong pada baris berisi jumlah</source>
      <translation>cell {cell}: empty account code on a row with an amount</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/report_sheet.py" />
      <source>sel {cell}: kode bidang/kegiatan '{code}' tidak dikenal</source>
      <translation>cell {cell}: unknown field/activity code '{code}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/report_sheet.py" />
      <source>sel {cell}: kode rekening '{code}' tidak ada dalam daftar rekening</source>
      <translation>cell {cell}: account code '{code}' is not in the chart of accounts</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/report_sheet.py" />
      <source>sel {cell}: '{code}' bukan kode rekening atau kode kegiatan</source>
      <translation>cell {cell}: '{code}' is neither an account code nor an activity code</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/report_sheet.py" />
      <source>sel {cell}: baris {code} ganda (sudah ada di baris {first})</source>
      <translation>cell {cell}: row {code} appears twice (already in row {first})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/report_sheet.py" />
      <source>sel {cell}: anggaran negatif ({value})</source>
      <translation>cell {cell}: negative budget ({value})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/report_sheet.py" />
      <source>tidak ada baris anggaran</source>
      <translation>no budget rows</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/report_sheet.py" />
      <source>sel {cell}: sumber dana '{value}' tidak dikenal (pilihan: {choices})</source>
      <translation>cell {cell}: unknown source of funds '{value}' (choices: {choices})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/report_sheet.py" />
      <source>sel {cell}: Lebih/(Kurang) tertulis {stated}, seharusnya {expected}</source>
      <translation>cell {cell}: Surplus/(Deficit) reads {stated}, should be {expected}</translation>
    </message>
  </context>
  <context>
    <name>ApbdesView</name>
    <message>
      <location filename="../../desktop_app/core/apbdes/overview.py" />
      <source>Tanpa bidang</source>
      <translation>No sector</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/apbdes/overview.py" />
      <source>Tanpa sumber</source>
      <translation>No source</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../desktop_app/ui/app.py" />
      <source>Terjadi kesalahan</source>
      <translation>An error occurred</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" />
      <source>Terjadi kesalahan yang tidak terduga. Perubahan yang belum tersimpan tidak disimpan setengah jadi. Rincian ada di berkas log.</source>
      <translation>An unexpected error occurred. Unsaved changes were not saved half-way. Details are in the log file.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" />
      <source>Memperbarui basis data… (cadangan dibuat lebih dulu)</source>
      <translation>Updating the database… (a backup is made first)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" />
      <source>Menyiapkan basis data…</source>
      <translation>Preparing the database…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" />
      <source>Sinergi Desa</source>
      <translation>Sinergi Desa</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" />
      <source>Pulihkan data</source>
      <translation>Restore data</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" />
      <source>Cadangan otomatis dibuat.</source>
      <translation>Automatic backup made.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" />
      <source>Cadangan otomatis gagal: {error}</source>
      <translation>Automatic backup failed: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" />
      <source>Data tidak dapat dibuka</source>
      <translation>The data cannot be opened</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" />
      <source>Sinergi Desa — DATA CONTOH (fiktif, terpisah dari data asli)</source>
      <translation>Sinergi Desa — DEMO DATA (fictional, kept apart from real data)</translation>
    </message>
  </context>
  <context>
    <name>AttachmentPanel</name>
    <message>
      <location filename="../../desktop_app/ui/attachment_panel.py" />
      <source>&amp;Tambah foto/pindaian…</source>
      <translation>&amp;Add photo/scan…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/attachment_panel.py" />
      <source>Hapus lampiran</source>
      <translation>Delete attachment</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/attachment_panel.py" />
      <source>Buka</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/attachment_panel.py" />
      <source>Memuat lampiran</source>
      <translation>Loading attachments</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/attachment_panel.py" />
      <source>Tambah lampiran</source>
      <translation>Add attachments</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/attachment_panel.py" />
      <source>Foto dan pindaian (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)</source>
      <translation>Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/attachment_panel.py" />
      <source>Simpan dulu, lalu lampirkan.</source>
      <translation>Save first, then attach.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/attachment_panel.py" />
      <source>Menambah lampiran</source>
      <translation>Adding attachments</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/attachment_panel.py" />
      <source>Tidak dilampirkan:</source>
      <translation>Not attached:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/attachment_panel.py" />
      <source>Menghapus lampiran</source>
      <translation>Deleting the attachment</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/attachment_panel.py" />
      <source>Membuka lampiran</source>
      <translation>Opening the attachment</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <location filename="../../desktop_app/core/attachments/blobs.py" />
      <source>{name}: bukan foto (JPEG/PNG) atau pindaian PDF yang dapat dibaca</source>
      <translation>{name}: not a readable photo (JPEG/PNG) or PDF scan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/attachments/blobs.py" />
      <source>{name}: jenis gambar {kind} tidak didukung</source>
      <translation>{name}: image type {kind} is not supported</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/attachments/blobs.py" />
      <source>{name}: berkas tidak dapat dibaca ({reason})</source>
      <translation>{name}: the file cannot be read ({reason})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/attachments/blobs.py" />
      <source>{name}: berkas kosong</source>
      <translation>{name}: empty file</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/attachments/blobs.py" />
      <source>{name}: terlalu besar ({size} MB; batas {limit} MB)</source>
      <translation>{name}: too large ({size} MB; limit {limit} MB)</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>Belum ada data untuk dicadangkan di {path}.</source>
      <translation>There is no data to back up in {path} yet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>Menyalin basis data…</source>
      <translation>Copying the database…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>Menyimpan lampiran…</source>
      <translation>Saving attachments…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>Selesai.</source>
      <translation>Done.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>Berkas {name} tidak dapat dipakai untuk memulihkan data: {reason} Tidak ada data yang diubah.</source>
      <translation>File {name} cannot be used to restore data: {reason} No data was changed.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>berkas dibuat oleh versi Sinergi Desa yang lebih baru.</source>
      <translation>the file was made by a newer version of Sinergi Desa.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>ini bukan berkas cadangan Sinergi Desa.</source>
      <translation>this is not a Sinergi Desa backup file.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>berkas rusak, terpotong atau bukan berkas cadangan.</source>
      <translation>the file is damaged, truncated or not a backup file.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>berkas rusak atau terpotong.</source>
      <translation>the file is damaged or truncated.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>isi berkas tidak sesuai dengan daftar isinya.</source>
      <translation>the file's contents do not match its list of contents.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>Memeriksa isi cadangan…</source>
      <translation>Checking the backup's contents…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>Isi cadangan utuh.</source>
      <translation>The backup is intact.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>berkas {name} di dalamnya telah berubah atau rusak (checksum tidak cocok).</source>
      <translation>the file {name} inside it has been changed or damaged (checksum mismatch).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>Menunggu penulisan data lain selesai…</source>
      <translation>Waiting for other writes to finish…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>Data dipulihkan.</source>
      <translation>Data restored.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>Menyimpan salinan data saat ini…</source>
      <translation>Saving a copy of the current data…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>Memulihkan data…</source>
      <translation>Restoring data…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/backup.py" />
      <source>basis data di dalamnya rusak.</source>
      <translation>the database inside it is damaged.</translation>
    </message>
  </context>
  <context>
    <name>BackupActions</name>
    <message>
      <location filename="../../desktop_app/ui/backup_actions.py" />
      <source>Cadangkan data</source>
      <translation>Back up data</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/backup_actions.py" />
      <source>Cadangan Sinergi Desa (*{suffix})</source>
      <translation>Sinergi Desa backup (*{suffix})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/backup_actions.py" />
      <source>Cadangan tersimpan di {path}
{villages} desa, {files} lampiran, {size}.</source>
      <translation>Backup saved to {path}
{villages} villages, {files} attachments, {size}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/backup_actions.py" />
      <source>Mencadangkan data</source>
      <translation>Backing up data</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/backup_actions.py" />
      <source>Pulihkan data</source>
      <translation>Restore data</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/backup_actions.py" />
      <source>Cadangan Sinergi Desa (*{suffix});;Semua berkas (*)</source>
      <translation>Sinergi Desa backup (*{suffix});;All files (*)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/backup_actions.py" />
      <source>Memeriksa berkas cadangan…</source>
      <translation>Checking the backup file…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/backup_actions.py" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/backup_actions.py" />
      <source>Memeriksa berkas cadangan</source>
      <translation>Checking the backup file</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/backup_actions.py" />
      <source>Berkas {name} berisi:

• dibuat: {created}
• {villages} desa/kelurahan
• {files} lampiran
• ukuran data: {size}
• versi program: {version}

Data yang sekarang akan diganti dengan isi berkas ini. Salinan data sekarang disimpan dulu di folder {backups}. Lanjutkan?</source>
      <translation>File {name} contains:

• made: {created}
• {villages} desa/kelurahan
• {files} attachments
• data size: {size}
• program version: {version}

The current data will be replaced by the contents of this file. A copy of the current data is first saved in the folder {backups}. Continue?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/backup_actions.py" />
      <source>&amp;Pulihkan</source>
      <translation>&amp;Restore</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/backup_actions.py" />
      <source>&amp;Batal</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/backup_actions.py" />
      <source>Data dipulihkan dari {name}. Jendela dibuka ulang dengan data tersebut.
Salinan data sebelumnya: {copy}</source>
      <translation>Data restored from {name}. The window is reopened with that data.
Copy of the previous data: {copy}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/backup_actions.py" />
      <source>Memulihkan data</source>
      <translation>Restoring data</translation>
    </message>
  </context>
  <context>
    <name>CodeChanges</name>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>{code} {name}, Kecamatan {district}</source>
      <translation>{code} {name}, Kecamatan {district}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>kode desa {code} tidak ada dalam daftar wilayah</source>
      <translation>village code {code} is not in the region list</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>; kabupaten {regency} belum ada dalam daftar: impor daftar wilayah Kemendagri dulu</source>
      <translation>; kabupaten {regency} is not in the list yet: import the Kemendagri region list first</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>; desa bernama '{name}' di kabupaten {regency} kini {village} — kodenya tampaknya berubah. Periksa, lalu setujui peta kode {old} → {new} dan impor lagi (baris perintah: tulis usulan dengan --propose-code-map, lalu --code-map)</source>
      <translation>; the village named '{name}' in kabupaten {regency} is now {village} — its code seems to have changed. Check, then confirm the code map {old} → {new} and import again (command line: write the proposals with --propose-code-map, then --code-map)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>; di kabupaten {regency} ada {count} desa bernama '{name}' (kecamatan di berkas: {district}): {villages}. Tulis kode yang benar di kolom new_code peta kode, lalu impor lagi dengan --code-map</source>
      <translation>; kabupaten {regency} has {count} villages named '{name}' (kecamatan in the file: {district}): {villages}. Write the right code in the new_code column of the code map, then import again with --code-map</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>, dan berkas tidak memuat nama desa untuk mencari kode kininya. Bila desa ini pindah, tulis kode kininya di peta kode (--code-map) lalu impor lagi</source>
      <translation>, and the file has no village name to find its current code by. If this village moved, write its current code in the code map (--code-map) and import again</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>; di kabupaten {regency} juga tidak ada desa bernama '{name}'. Periksa kode dan nama di berkas; bila desa ini pindah atau berganti nama, tulis kode kininya di peta kode (--code-map); bila daftar wilayah sudah lama, impor daftar wilayah Kemendagri terbaru</source>
      <translation>; nor is there a village named '{name}' in kabupaten {regency}. Check the code and name in the file; if this village moved or was renamed, write its current code in the code map (--code-map); if the region list is old, import the latest Kemendagri region list</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>'{code}' bukan kode desa Kemendagri (64.02.19.2001 atau 6402192001)</source>
      <translation>'{code}' is not a Kemendagri village code (64.02.19.2001 or 6402192001)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>berkas tidak dapat dibaca: {detail}</source>
      <translation>the file cannot be read: {detail}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>format CSV rusak: {detail}</source>
      <translation>broken CSV format: {detail}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>judul kolom old_code dan new_code tidak ada; peta kode adalah CSV dengan kolom old_code,new_code (tulis contohnya dengan --propose-code-map)</source>
      <translation>the column headings old_code and new_code are missing; a code map is a CSV with the columns old_code,new_code (write an example with --propose-code-map)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>kode lama {old} sudah dipetakan ke {new} di baris {first}</source>
      <translation>old code {old} is already mapped to {new} on line {first}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>kode lama {old} masih berlaku dalam daftar wilayah; peta kode hanya untuk kode yang sudah tidak ada. Hapus baris ini</source>
      <translation>old code {old} is still valid in the region list; a code map is only for codes that no longer exist. Delete this line</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>kode baru {new} tidak ada dalam daftar wilayah (atau tidak aktif); tulis kode desa yang berlaku, atau impor daftar wilayah Kemendagri terbaru</source>
      <translation>new code {new} is not in the region list (or not active); write a valid village code, or import the latest Kemendagri region list</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>usulan: nama sama di kabupaten yang sama; periksa, hapus barisnya bila salah</source>
      <translation>proposed: same name in the same kabupaten; check it, delete the line if wrong</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>pilih salah satu: {villages}</source>
      <translation>choose one: {villages}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/code_changes.py" />
      <source>tidak ada desa bernama sama di kabupaten ini</source>
      <translation>no village of that name in this kabupaten</translation>
    </message>
  </context>
  <context>
    <name>CodeMapDialog</name>
    <message>
      <location filename="../../desktop_app/ui/idm/code_map_dialog.py" />
      <source>Kode desa berubah</source>
      <translation>Village codes changed</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/code_map_dialog.py" />
      <source>{count} kode desa di berkas resmi tidak ada lagi dalam daftar wilayah. Di bawah ini desa bernama sama di kabupaten yang sama. Periksa setiap baris: data di bawah kode lama diimpor dengan kode kini yang dipilih, dan kode lamanya disimpan sebagai kode terbit. Baris 'jangan impor' tetap dilewati.</source>
      <translation>{count} village codes in the official files are no longer in the region list. Below are the villages of the same name in the same kabupaten. Check every line: data under an old code is imported under the current code chosen, and the old code is kept as the published code. Lines left on 'do not import' stay skipped.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/code_map_dialog.py" />
      <source>Kode lama</source>
      <translation>Old code</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/code_map_dialog.py" />
      <source>Nama di berkas (kecamatan)</source>
      <translation>Name in the file (kecamatan)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/code_map_dialog.py" />
      <source>Impor sebagai</source>
      <translation>Import as</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/code_map_dialog.py" />
      <source>Berkas</source>
      <translation>Files</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/code_map_dialog.py" />
      <source>— jangan impor —</source>
      <translation>— do not import —</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/code_map_dialog.py" />
      <source>Impor dengan kode kini</source>
      <translation>Import under the current codes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/code_map_dialog.py" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <location filename="../../desktop_app/core/command_line.py" />
      <source>kode keluar:
  0  selesai: semua berkas diimpor (atau sudah ada)
  1  masukan ditolak seluruhnya (mis. lembar atau daftar wilayah yang salah): tidak ada yang disimpan darinya
  2  folder data tidak dapat dibuka (dipakai program lain, rusak, versi lebih baru) atau perintah salah
  3  selesai, tetapi ada berkas atau baris yang dilewati; daftarnya tercetak di atas baris terakhir</source>
      <translation>exit codes:
  0  finished: every file imported (or already there)
  1  an input refused as a whole (e.g. a wrong sheet or region list): nothing of it was saved
  2  the data folder cannot be opened (in use by another program, damaged, newer version) or the command is wrong
  3  finished, but files or rows were skipped; they are listed above the last line</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/command_line.py" />
      <source>Selesai: semua berkas diimpor.</source>
      <translation>Finished: every file imported.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/command_line.py" />
      <source>{count} berkas</source>
      <translation>{count} files</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/command_line.py" />
      <source>{count} baris lembar</source>
      <translation>{count} sheet rows</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/command_line.py" />
      <source>Selesai dengan {what} dilewati: {where}{then} (kode keluar 3).</source>
      <translation>Finished with {what} skipped: {where}{then} (exit code 3).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/command_line.py" />
      <source> dan </source>
      <translation> and </translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/command_line.py" />
      <source>daftarnya ada di atas, di bawah judul 'Dilewati:'</source>
      <translation>they are listed above, under 'Dilewati:'</translation>
    </message>
  </context>
  <context>
    <name>ConflictTable</name>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Desa</source>
      <translation>Village</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Data</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Isian</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Nilai Anda</source>
      <translation>Your value</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Nilai server</source>
      <translation>Server value</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Dipakai sekarang</source>
      <translation>In use now</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>nilai Anda</source>
      <translation>your value</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>nilai server</source>
      <translation>server value</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>data dihapus di perangkat lain</source>
      <translation>record deleted on another device</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>nilai Anda (data induk dari server tidak ada di laptop ini; minta operator memeriksanya)</source>
      <translation>your value (the server's parent record is not on this laptop; ask an operator to check it)</translation>
    </message>
  </context>
  <context>
    <name>DataFolder</name>
    <message>
      <location filename="../../desktop_app/core/data_folder.py" />
      <source>Ruang disk di {folder} tidak cukup. Kosongkan ruang lalu coba lagi; tidak ada data yang berubah.</source>
      <translation>Not enough disk space in {folder}. Free some space and try again; no data was changed.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/data_folder.py" />
      <source>Folder {folder} tidak dapat ditulisi (hanya-baca atau tanpa izin). Pilih folder lain; tidak ada data yang berubah.</source>
      <translation>Folder {folder} cannot be written to (read-only or no permission). Choose another folder; no data was changed.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/data_folder.py" />
      <source>Berkas tidak dapat ditulis di {folder}: {error}</source>
      <translation>Files cannot be written in {folder}: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/data_folder.py" />
      <source>Basis data di {folder} tidak dapat ditulis: {error}</source>
      <translation>The database in {folder} cannot be written: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/data_folder.py" />
      <source>Data di {folder} sedang dibuka oleh Sinergi Desa lain (jendela lain atau pengguna lain di komputer ini). Tutup program itu dulu, lalu coba lagi.</source>
      <translation>The data in {folder} is already open in another Sinergi Desa (another window or another user on this computer). Close that program first, then try again.</translation>
    </message>
  </context>
  <context>
    <name>Database</name>
    <message>
      <location filename="../../desktop_app/core/migrate.py" />
      <source>Berkas {path} bukan basis data Sinergi Desa; berkas tidak diubah.</source>
      <translation>File {path} is not a Sinergi Desa database; the file was not changed.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/migrate.py" />
      <source>Berkas {path} tidak dapat dibaca sebagai basis data: {error}</source>
      <translation>File {path} cannot be read as a database: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/migrate.py" />
      <source>Basis data {path} dibuat oleh versi Sinergi Desa yang lebih baru (skema {revision}). Perbarui program ini; berkas tidak diubah.</source>
      <translation>Database {path} was made by a newer version of Sinergi Desa (schema {revision}). Update this program; the file was not changed.</translation>
    </message>
  </context>
  <context>
    <name>DraftDialog</name>
    <message>
      <location filename="../../desktop_app/ui/idm/draft_dialog.py" />
      <source>Penilaian lapangan — {village}</source>
      <translation>Field assessment — {village}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/draft_dialog.py" />
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/draft_dialog.py" />
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/draft_dialog.py" />
      <source>Skor</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/draft_dialog.py" />
      <source>Tahun penilaian</source>
      <translation>Assessment year</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/draft_dialog.py" />
      <source>Draf ini terpisah dari data resmi; nilai resmi tidak berubah.</source>
      <translation>This draft is kept apart from the official data; the official values do not change.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/draft_dialog.py" />
      <source>{parts} · IDM {idm} · {status}</source>
      <translation>{parts} · IDM {idm} · {status}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/draft_dialog.py" />
      <source>Menyimpan penilaian lapangan</source>
      <translation>Saving the field assessment</translation>
    </message>
  </context>
  <context>
    <name>FindingDialog</name>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Temuan — {village}</source>
      <translation>Finding — {village}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>mis. Kaur Keuangan, TPK, Kepala Desa</source>
      <translation>e.g. Kaur Keuangan, TPK, village head</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>hh-bb-tttt (kosongkan bila tidak ada)</source>
      <translation>dd-mm-yyyy (leave empty if none)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Tanggal temuan</source>
      <translation>Finding date</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Kategori</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Tingkat keparahan</source>
      <translation>Severity</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Uraian temuan</source>
      <translation>Finding description</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Rekomendasi</source>
      <translation>Recommendation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Penanggung jawab</source>
      <translation>Person responsible</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Batas waktu tindak lanjut</source>
      <translation>Follow-up deadline</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Foto dan pindaian bukti (JPEG, PNG atau PDF).</source>
      <translation>Photos and scans as evidence (JPEG, PNG or PDF).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Foto dan dokumen bukti</source>
      <translation>Photos and supporting documents</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Catatan tindak lanjut</source>
      <translation>Follow-up notes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Ubah status</source>
      <translation>Change status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Tindak lanjut</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Memuat temuan</source>
      <translation>Loading the finding</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Temuan baru berstatus Terbuka setelah disimpan.</source>
      <translation>A new finding has the status Open once saved.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Status: {status}</source>
      <translation>Status: {status}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source> — melewati batas waktu ({deadline})</source>
      <translation> — past the deadline ({deadline})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Menyimpan temuan</source>
      <translation>Saving the finding</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/finding_dialog.py" />
      <source>Mengubah status temuan</source>
      <translation>Changing the finding status</translation>
    </message>
  </context>
  <context>
    <name>FindingsModel</name>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>Tanggal</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>Desa</source>
      <translation>Village</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>Kabupaten/Kota</source>
      <translation>Kabupaten/Kota</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>Kategori</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>Keparahan</source>
      <translation>Severity</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>Uraian</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>Batas waktu</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source> (terlambat)</source>
      <translation> (overdue)</translation>
    </message>
  </context>
  <context>
    <name>FindingsPage</name>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>Cari uraian, desa atau penanggung jawab…</source>
      <translation>Search description, village or person responsible…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>Semua status</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>Belum selesai</source>
      <translation>Unresolved</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>Semua kategori</source>
      <translation>All categories</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>Hanya yang terlambat</source>
      <translation>Overdue only</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>Memuat temuan</source>
      <translation>Loading findings</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>Menghitung temuan</source>
      <translation>Counting findings</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/findings_page.py" />
      <source>{count} temuan</source>
      <translation>{count} findings</translation>
    </message>
  </context>
  <context>
    <name>FirstRun</name>
    <message>
      <location filename="../../desktop_app/core/first_run.py" />
      <source>Pendamping desa</source>
      <translation>Village facilitator</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/first_run.py" />
      <source>Operator kabupaten (DPMD)</source>
      <translation>District operator (DPMD)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/first_run.py" />
      <source>Admin provinsi (DPMPD)</source>
      <translation>Provincial administrator (DPMPD)</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Selamat datang di Sinergi Desa</source>
      <translation>Welcome to Sinergi Desa</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>&amp;Lanjut &gt;</source>
      <translation>&amp;Next &gt;</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>&lt; &amp;Kembali</source>
      <translation>&lt; &amp;Back</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>&amp;Selesai</source>
      <translation>&amp;Finish</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>&amp;Nanti saja</source>
      <translation>&amp;Later</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Siapa yang memakai program ini?</source>
      <translation>Who is using this program?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Nama Anda dicatat pada setiap perubahan data dan tercetak di dokumen.</source>
      <translation>Your name is recorded with every change and printed on documents.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>nama lengkap Anda, misalnya Siti Aminah</source>
      <translation>your full name, e.g. Siti Aminah</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>misalnya DPMD Kabupaten Paser</source>
      <translation>for example DPMD Kabupaten Paser</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Nama *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Peran</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Instansi</source>
      <translation>Agency</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Kop surat dokumen cetak</source>
      <translation>Letterhead of printed documents</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Kop ini tercetak di notulen, berita acara dan laporan. Dapat diubah kapan saja di Pengaturan.</source>
      <translation>This letterhead is printed on minutes, official records and reports. It can be changed at any time in Settings.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Nama instansi (satu baris per tingkat)</source>
      <translation>Institution name (one line per level)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Alamat, telepon, surel</source>
      <translation>Address, phone, e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Ukuran kertas</source>
      <translation>Paper size</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Wilayah kerja</source>
      <translation>Working area</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Daftar desa dan rekap dibuka pada wilayah ini lebih dulu.</source>
      <translation>The village list and recaps open on this area first.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Seluruh Kalimantan Timur</source>
      <translation>All of East Kalimantan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>nama kecamatan, boleh lebih dari satu</source>
      <translation>kecamatan name, more than one is fine</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Kabupaten/kota</source>
      <translation>Kabupaten/kota</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Kecamatan</source>
      <translation>Kecamatan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Daftar wilayah</source>
      <translation>Region list</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Dari mana daftar provinsi, kabupaten, kecamatan dan desa diambil?</source>
      <translation>Where do the lists of provinces, kabupaten, kecamatan and villages come from?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Impor dari berkas (folder CSV Kemendagri)</source>
      <translation>Import from files (Kemendagri CSV folder)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Dari server provinsi</source>
      <translation>From the provincial server</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Nanti saja</source>
      <translation>Later</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Pilih…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Kode provinsi</source>
      <translation>Province code</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>hanya provinsi ini yang diimpor (64 = Kalimantan Timur)</source>
      <translation>only this province is imported (64 = East Kalimantan)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Daftar wilayah datang dari server provinsi setelah sinkronisasi diatur lewat menu Sinkronisasi → Pengaturan server…</source>
      <translation>The region list comes from the provincial server once synchronisation is set up in the menu Sync → Server settings…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Folder daftar wilayah</source>
      <translation>Region list folder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Folder daftar wilayah belum dipilih. Pilih foldernya, atau pilih "Nanti saja" dan impor kemudian lewat Berkas → Impor daftar wilayah…</source>
      <translation>No region list folder chosen. Choose the folder, or choose "Later" and import it afterwards through File → Import region list…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Folder {folder} tidak berisi {files}. Pilih folder daftar wilayah Kemendagri, atau pilih "Nanti saja".</source>
      <translation>Folder {folder} does not contain {files}. Choose a Kemendagri region list folder, or choose "Later".</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/first_run.py" />
      <source>Kode provinsi berupa angka, misalnya 64 (Kalimantan Timur).</source>
      <translation>The province code is a number, e.g. 64 (East Kalimantan).</translation>
    </message>
  </context>
  <context>
    <name>IdmCharts</name>
    <message>
      <location filename="../../desktop_app/ui/idm/charts.py" />
      <source>batas {name}</source>
      <translation>{name} boundary</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/charts.py" />
      <source>Perkembangan nilai IDM</source>
      <translation>IDM over time</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/charts.py" />
      <source>Jumlah desa per status IDM</source>
      <translation>Villages per IDM status</translation>
    </message>
  </context>
  <context>
    <name>IdmDraft</name>
    <message>
      <location filename="../../desktop_app/core/idm/drafts.py" />
      <source>Tahun {year} tidak masuk akal.</source>
      <translation>The year {year} does not make sense.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/drafts.py" />
      <source>Desa {code} tidak ada.</source>
      <translation>Village {code} does not exist.</translation>
    </message>
  </context>
  <context>
    <name>IdmExport</name>
    <message>
      <location filename="../../desktop_app/core/idm/export.py" />
      <source>Sinergi OPD</source>
      <translation>Agency synergy</translation>
    </message>
  </context>
  <context>
    <name>IdmImport</name>
    <message>
      <location filename="../../desktop_app/core/idm/imports/cli.py" />
      <source>Peta kode {file} ditolak:
{error}</source>
      <translation>Code map {file} refused:
{error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/cli.py" />
      <source>Tidak ada yang diimpor: perbaiki peta kode (alasannya tercetak di atas) lalu jalankan lagi (kode keluar 1).</source>
      <translation>Nothing imported: correct the code map (the reasons are above) and run again (exit code 1).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/cli.py" />
      <source>
{file}: impor dibatalkan, tidak ada yang disimpan:
{error}</source>
      <translation>
{file}: import cancelled, nothing was saved:
{error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/cli.py" />
      <source>; untuk kode desa yang tidak dikenal, tulis usulan peta kode dengan --propose-code-map PETA.csv</source>
      <translation>; for unknown village codes, write a proposed code map with --propose-code-map MAP.csv</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/cli.py" />
      <source>Selesai, tetapi {count} lembar ditolak seluruhnya dan tidak disimpan: alasannya tercetak di atas (kode keluar 1).</source>
      <translation>Finished, but {count} sheets were refused as a whole and not saved: the reasons are above (exit code 1).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/cli.py" />
      <source>Tidak ada kode desa yang tidak dikenal; {path} tidak ditulis.</source>
      <translation>No unknown village codes; {path} was not written.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/cli.py" />
      <source>Usulan peta kode tidak dapat ditulis ke {path}: {error}. Impor lainnya sudah tersimpan; pilih berkas lain untuk --propose-code-map (kode keluar 1).</source>
      <translation>The proposed code map cannot be written to {path}: {error}. The rest of the import is saved; choose another file for --propose-code-map (exit code 1).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/cli.py" />
      <source>; usulan peta kode untuk {count} kode ditulis ke {path} — periksa (hapus baris yang salah, isi new_code yang kosong), lalu jalankan lagi dengan --code-map {path}</source>
      <translation>; a proposed code map for {count} codes was written to {path} — check it (delete wrong lines, fill in empty new_code cells), then run again with --code-map {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/cli.py" />
      <source>kode wilayah '{code}' tidak sah</source>
      <translation>invalid region code '{code}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/cli.py" />
      <source>tidak ada desa aktif dengan kode {code}</source>
      <translation>no active village with code {code}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/cli.py" />
      <source>Templat {year} untuk {count} desa ditulis ke {path}</source>
      <translation>Template {year} for {count} villages written to {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet.py" />
      <source>kode wilayah penyaring '{code}' tidak sah (contoh: 64 atau 64.01)</source>
      <translation>invalid filter region code '{code}' (for example: 64 or 64.01)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet.py" />
      <source>kabupaten {regency} tidak berada di provinsi {province}</source>
      <translation>kabupaten {regency} is not in province {province}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet.py" />
      <source>Membaca lembar kerja…</source>
      <translation>Reading the spreadsheet…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet.py" />
      <source>{file}, baris {line}</source>
      <translation>{file}, row {line}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet.py" />
      <source>tidak dinilai: {reason}</source>
      <translation>not scored: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet.py" />
      <source>Menyimpan…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet.py" />
      <source>rincian rumusan yang tersimpan dipertahankan; nilai lembar ini berbeda ({indices})</source>
      <translation>the stored rumusan details are kept; this sheet's values differ ({indices})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet_rows.py" />
      <source>kolom NILAI_IDM_&lt;tahun&gt; tidak ada; tahun tidak dapat ditentukan</source>
      <translation>column NILAI_IDM_&lt;tahun&gt; is missing; the year cannot be determined</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet_rows.py" />
      <source>kolom {missing} tidak ada; kolom yang ada: {found}</source>
      <translation>column {missing} is missing; columns present: {found}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet_rows.py" />
      <source>judul kolom KODE_DESA atau KODE_DESA_DAGRI tidak ditemukan di {count} baris pertama; bukan lembar IDM nasional</source>
      <translation>column heading KODE_DESA or KODE_DESA_DAGRI not found in the first {count} rows; not a national IDM sheet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet_rows.py" />
      <source>{where}: desa {code} ganda (sudah ada di baris {first})</source>
      <translation>{where}: village {code} appears twice (already in row {first})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet_rows.py" />
      <source>nilai IKS kosong</source>
      <translation>IKS value is empty</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet_rows.py" />
      <source>{ref}: '{value}' bukan angka</source>
      <translation>{ref}: '{value}' is not a number</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet_rows.py" />
      <source>{ref}: {value} di luar rentang 0–1</source>
      <translation>{ref}: {value} is outside the range 0–1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet_rows.py" />
      <source>{ref}: status '{value}' tidak dikenal</source>
      <translation>{ref}: unknown status '{value}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet_rows.py" />
      <source>{where}: kode desa {code} tidak ada dalam daftar wilayah, dan kabupaten {regency} belum ada dalam daftar: impor daftar wilayah Kemendagri dulu</source>
      <translation>{where}: village code {code} is not in the region list, and kabupaten {regency} is not in the list yet: import the Kemendagri region list first</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet_rows.py" />
      <source>{where}: kode kini {new} untuk {code} (peta kode) berada di luar wilayah yang dipilih ({scope})</source>
      <translation>{where}: the current code {new} for {code} (code map) lies outside the chosen region ({scope})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/national_sheet_rows.py" />
      <source>{where}: desa {new} (kode kini untuk {code}, peta kode) ganda (sudah ada di baris {first})</source>
      <translation>{where}: village {new} (current code for {code}, code map) appears twice (already on line {first})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>baru</source>
      <translation>new</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>diperbarui</source>
      <translation>updated</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>tetap</source>
      <translation>unchanged</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>dilewati</source>
      <translation>skipped</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>, kode terbit {code}</source>
      <translation>, published code {code}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>{added} baru, {updated} diperbarui, {unchanged} tetap, {skipped} dilewati</source>
      <translation>{added} new, {updated} updated, {unchanged} unchanged, {skipped} skipped</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>{count} baris di luar wilayah yang dipilih</source>
      <translation>{count} rows outside the chosen region</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>Impor dibatalkan; berkas yang belum selesai tidak disimpan.</source>
      <translation>Import cancelled; the unfinished file was not saved.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>Dilewati:</source>
      <translation>Skipped:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>… dan {count} lainnya</source>
      <translation>… and {count} more</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>Usulan peta kode, belum diimpor (kode lama → kode kini, nama, kecamatan kini):</source>
      <translation>Proposed code map, not imported yet (old code → current code, name, current kecamatan):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>  {old} {name} → {village} [{sources}]</source>
      <translation>  {old} {name} → {village} [{sources}]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>Diimpor di bawah kode kini (peta kode): {count}</source>
      <translation>Imported under the current code (code map): {count}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>  {old} → {new} [{source}]</source>
      <translation>  {old} → {new} [{source}]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>Nilai terbit berbeda dengan hasil hitung ulang ({count}):</source>
      <translation>Published values that differ from the recomputed results ({count}):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>{village} {year} {index}: terbit {published}, hitung ulang {recomputed}</source>
      <translation>{village} {year} {index}: published {published}, recomputed {recomputed}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source>, selisih {points} poin</source>
      <translation>, a difference of {points} points</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/report.py" />
      <source> ({score} poin skor)</source>
      <translation> ({score} score points)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/rumusan_files.py" />
      <source>kolom {field}</source>
      <translation>column {field}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/rumusan_files.py" />
      <source>Memeriksa dan menyimpan berkas rumusan…</source>
      <translation>Checking and saving the rumusan files…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/rumusan_files.py" />
      <source>IDENTITAS, kolom id_desa: {reason}</source>
      <translation>IDENTITAS, column id_desa: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/rumusan_files.py" />
      <source>desa {code} tahun {year} sudah diimpor dari {first} dalam impor ini</source>
      <translation>village {code} year {year} was already imported from {first} in this import</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/rumusan_files.py" />
      <source>berkas atau folder tidak ditemukan</source>
      <translation>file or folder not found</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/import_actions.py" />
      <source>Impor IDM selesai: {added} baru, {updated} diperbarui, {unchanged} tetap, {skipped} dilewati. Ketidaksesuaian data resmi: {disagreements}.</source>
      <translation>IDM import finished: {added} new, {updated} updated, {unchanged} unchanged, {skipped} skipped. Disagreements in the official data: {disagreements}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/import_actions.py" />
      <source>{count} kode desa di berkas sudah tidak berlaku; kode kininya diusulkan di jendela berikutnya.</source>
      <translation>{count} village codes in the files are no longer valid; their current codes are proposed in the next window.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/import_actions.py" />
      <source>Impor data IDM</source>
      <translation>Import IDM data</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/import_actions.py" />
      <source>Impor data IDM (berkas yang salah tidak disimpan)</source>
      <translation>Import IDM data (files with errors are not saved)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/import_actions.py" />
      <source>Folder berkas rumusan IDM (JSON)</source>
      <translation>Folder of IDM rumusan files (JSON)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/import_actions.py" />
      <source>Spreadsheet (*.xlsx *.xls *.csv)</source>
      <translation>Spreadsheet (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/import_actions.py" />
      <source>Pilih berkas</source>
      <translation>Choose a file</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/import_actions.py" />
      <source>Wilayah</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/import_actions.py" />
      <source>Kode provinsi (kosongkan untuk semua):</source>
      <translation>Province code (leave empty for all):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/import_actions.py" />
      <source>Templat penilaian</source>
      <translation>Assessment template</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/import_actions.py" />
      <source>Menulis templat…</source>
      <translation>Writing the template…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/import_actions.py" />
      <source>Templat untuk {count} desa tersimpan di {path}.</source>
      <translation>Template for {count} villages saved to {path}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/import_actions.py" />
      <source>Menulis templat penilaian</source>
      <translation>Writing the assessment template</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/import_actions.py" />
      <source>Tahun penilaian:</source>
      <translation>Assessment year:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/import_actions.py" />
      <source>Simpan templat</source>
      <translation>Save template</translation>
    </message>
  </context>
  <context>
    <name>IdmOverviewPage</name>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Muat ulang</source>
      <translation>Reload</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Wilayah</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Cetak rekap IDM</source>
      <translation>Print IDM recap</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Desa</source>
      <translation>Village</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Kecamatan</source>
      <translation>Kecamatan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Kode desa</source>
      <translation>Village code</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Tahun</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Indeks</source>
      <translation>Index</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Terbitan</source>
      <translation>Published</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Dihitung ulang</source>
      <translation>Recomputed</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Selisih (poin)</source>
      <translation>Difference (points)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Sumber</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Status per tahun</source>
      <translation>Status per year</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Desa tertinggal</source>
      <translation>Underdeveloped villages</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Ketidaksesuaian data resmi</source>
      <translation>Disagreements in official data</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Sinergi OPD</source>
      <translation>Agency synergy</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Target status</source>
      <translation>Status targets</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Semua tingkat</source>
      <translation>All levels</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Indikator dengan skor sampai nilai ini dianggap lemah</source>
      <translation>Indicators scoring up to this value count as weak</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Tampilkan</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Ekspor XLSX…</source>
      <translation>Export XLSX…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Tingkat</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Skor lemah ≤</source>
      <translation>Weak score ≤</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Instansi</source>
      <translation>Agency</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>No</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Indikator lemah</source>
      <translation>Weak indicator</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Jumlah desa</source>
      <translation>Villages</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Memuat rekap IDM</source>
      <translation>Loading the IDM recap</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Memeriksa data resmi</source>
      <translation>Checking the official data</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Kabupaten/Kota</source>
      <translation>Kabupaten/Kota</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Jumlah</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Belum ada data IDM resmi untuk wilayah ini.</source>
      <translation>No official IDM data for this region yet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>{count} desa masih Tertinggal atau Sangat Tertinggal pada {year}:</source>
      <translation>{count} villages are still Underdeveloped or Very Underdeveloped in {year}:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Menyusun matriks sinergi</source>
      <translation>Building the synergy matrix</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Simpan matriks sinergi</source>
      <translation>Save synergy matrix</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Matriks sinergi OPD — {region}, IDM {year}</source>
      <translation>Agency synergy matrix — {region}, IDM {year}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Ekspor selesai</source>
      <translation>Export finished</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Tersimpan: {path}</source>
      <translation>Saved: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Mengekspor matriks</source>
      <translation>Exporting the matrix</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/overview_page.py" />
      <source>Rekap IDM {region}</source>
      <translation>IDM recap {region}</translation>
    </message>
  </context>
  <context>
    <name>IdmTarget</name>
    <message>
      <location filename="../../desktop_app/core/idm/targets.py" />
      <source>Target untuk seluruh provinsi hanya dapat diatur oleh admin provinsi (DPMPD). Pilih satu kabupaten/kota lebih dulu.</source>
      <translation>A target for the whole province can only be set by a provincial admin (DPMPD). Choose one regency/city first.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/targets.py" />
      <source>Target status berlaku untuk seluruh kabupaten/kota {code}, sedangkan wilayah Anda {regions}. Server provinsi hanya menerima target dari operator kabupaten (DPMD) atau admin provinsi; sampaikan usulan target kepada mereka.</source>
      <translation>A status target applies to the whole regency/city {code}, while your area is {regions}. The provincial server only accepts targets from regency operators (DPMD) or provincial admins; pass your proposed target on to them.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/targets.py" />
      <source>hanya {regions}</source>
      <translation>only {regions}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/targets.py" />
      <source>sebagai pendamping desa setingkat kecamatan</source>
      <translation>that of a village facilitator (kecamatan level)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/targets.py" />
      <source>Jumlah desa sasaran tidak boleh negatif.</source>
      <translation>The number of target villages cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/targets.py" />
      <source>Kode desa tidak dikenal: {codes}</source>
      <translation>Unknown village codes: {codes}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/targets.py" />
      <source>Provinsi</source>
      <translation>Province</translation>
    </message>
  </context>
  <context>
    <name>IdmTemplate</name>
    <message>
      <location filename="../../desktop_app/core/idm/imports/score_template.py" />
      <source>kode desa tidak ada dalam daftar wilayah: {codes}</source>
      <translation>village codes not in the region list: {codes}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/score_template.py" />
      <source>Skor IDM</source>
      <translation>IDM scores</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/score_template.py" />
      <source>Skor harus bilangan bulat 0–5</source>
      <translation>A score must be a whole number 0–5</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/score_template.py" />
      <source>lembar 'Skor IDM &lt;tahun&gt;' tidak ada; lembar yang ada: {names}</source>
      <translation>sheet 'Skor IDM &lt;tahun&gt;' is missing; sheets present: {names}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/score_template.py" />
      <source>bukan templat skor IDM (XLSX) yang dapat dibaca: {detail}</source>
      <translation>not a readable IDM score template (XLSX): {detail}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/score_template.py" />
      <source>judul kolom A–D harus {headers}</source>
      <translation>column headings A–D must be {headers}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/score_template.py" />
      <source>sel A{row}: harus indikator nomor {number}, ditemukan '{got}' (baris hilang atau tertukar?)</source>
      <translation>cell A{row}: should be indicator number {number}, found '{got}' (row missing or swapped?)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/score_template.py" />
      <source>sel {ref}1: kode desa kosong</source>
      <translation>cell {ref}1: empty village code</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/score_template.py" />
      <source>sel {ref}1: kode desa {code} tidak ada dalam daftar wilayah</source>
      <translation>cell {ref}1: village code {code} is not in the region list</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/score_template.py" />
      <source>sel {ref}1: desa {code} ganda (sudah di kolom {first})</source>
      <translation>cell {ref}1: village {code} appears twice (already in column {first})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/score_template.py" />
      <source>sel {cell} ({code}, indikator {number}): '{value}' bukan skor bulat 0–5</source>
      <translation>cell {cell} ({code}, indicator {number}): '{value}' is not a whole score 0–5</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/score_template.py" />
      <source>Membaca templat…</source>
      <translation>Reading the template…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/score_template.py" />
      <source>tidak ada kolom desa yang terisi</source>
      <translation>no village column is filled in</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/score_template.py" />
      <source>{file}, kolom {column}</source>
      <translation>{file}, column {column}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/idm/imports/score_template.py" />
      <source>Menyimpan…</source>
      <translation>Saving…</translation>
    </message>
  </context>
  <context>
    <name>ImportRealisationDialog</name>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Impor laporan realisasi — {village}</source>
      <translation>Import realisation report — {village}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Pilih berkas…</source>
      <translation>Choose a file…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Murni</source>
      <translation>Original</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Perubahan</source>
      <translation>Amended</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Semester I (Januari–Juni)</source>
      <translation>Semester I (January–June)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Semester akhir tahun (seluruh tahun)</source>
      <translation>Year-end semester (whole year)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Berkas (XLSX/CSV)</source>
      <translation>File (XLSX/CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Tahun anggaran</source>
      <translation>Budget year</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>APBDes</source>
      <translation>APBDes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Laporan</source>
      <translation>Report</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Tanggal laporan diterima</source>
      <translation>Date the report was received</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Kolom mana berisi apa?</source>
      <translation>Which column holds what?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Baris judul kolom</source>
      <translation>Column heading row</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Kode Rekening</source>
      <translation>Account code</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Uraian</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Anggaran</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Realisasi</source>
      <translation>Realisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Sumber Dana (boleh kosong)</source>
      <translation>Source of funds (optional)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Impor</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Pilih laporan realisasi</source>
      <translation>Choose the realisation report</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Lembar kerja (*.xlsx *.xls *.csv)</source>
      <translation>Spreadsheets (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Membaca berkas…</source>
      <translation>Reading the file…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Membaca berkas</source>
      <translation>Reading the file</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Kolom dikenali (judul di baris {row}).</source>
      <translation>Columns recognised (headings in row {row}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Judul kolom tidak dikenali. Tunjukkan baris judul dan kolom mana berisi apa; pilihan ini diingat untuk berkas dengan judul yang sama.</source>
      <translation>The column headings were not recognised. Show the heading row and which column holds what; this choice is remembered for files with the same headings.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>(tidak ada)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Impor laporan realisasi ditolak; tidak ada yang disimpan.</source>
      <translation>The realisation report import was rejected; nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>Impor selesai</source>
      <translation>Import finished</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/import_dialog.py" />
      <source>{added} baris baru, {changed} berubah, {removed} dihapus, {unchanged} tetap. {findings} hasil pemeriksaan perlu perhatian.</source>
      <translation>{added} new rows, {changed} changed, {removed} removed, {unchanged} unchanged. {findings} check results need attention.</translation>
    </message>
  </context>
  <context>
    <name>ImportWilayahDialog</name>
    <message>
      <location filename="../../desktop_app/ui/import_wilayah_dialog.py" />
      <source>Impor daftar wilayah Kemendagri</source>
      <translation>Import the Kemendagri region list</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_wilayah_dialog.py" />
      <source>Folder berisi provinces.csv, regencies.csv, districts.csv, villages.csv</source>
      <translation>Folder holding provinces.csv, regencies.csv, districts.csv, villages.csv</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_wilayah_dialog.py" />
      <source>Pilih…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_wilayah_dialog.py" />
      <source>kosongkan untuk seluruh Indonesia</source>
      <translation>leave empty for all of Indonesia</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_wilayah_dialog.py" />
      <source>Folder</source>
      <translation>Folder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_wilayah_dialog.py" />
      <source>Kode provinsi</source>
      <translation>Province code</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_wilayah_dialog.py" />
      <source>Folder daftar wilayah</source>
      <translation>Region list folder</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop_app/selfcheck.py" />
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Rekap IDM</source>
      <translation>IDM Recap</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Sinergi Desa</source>
      <translation>Sinergi Desa</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Desa &amp;&amp; Profil</source>
      <translation>Villages &amp;&amp; Profiles</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Rapat &amp;&amp; Notulen</source>
      <translation>Meetings &amp;&amp; Minutes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Temuan Pengawasan</source>
      <translation>Supervision Findings</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Sinkronisasi</source>
      <translation>Sync</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Data: {folder}</source>
      <translation>Data: {folder}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Profil tersimpan.</source>
      <translation>Profile saved.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Menyiapkan sinkronisasi</source>
      <translation>Preparing synchronisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Menghitung temuan</source>
      <translation>Counting findings</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>{label} ({count} terlambat)</source>
      <translation>{label} ({count} overdue)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Data dipulihkan dari cadangan tanggal {created}. Salinan data sebelumnya: {copy}</source>
      <translation>Data restored from the backup of {created}. Copy of the previous data: {copy}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>&amp;Berkas</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>&amp;Impor daftar wilayah…</source>
      <translation>&amp;Import region list…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Data I&amp;DM</source>
      <translation>I&amp;DM data</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Impor rumusan IDM resmi (folder JSON)…</source>
      <translation>Import official IDM rumusan (JSON folder)…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Impor spreadsheet IDM nasional…</source>
      <translation>Import national IDM spreadsheet…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Ekspor templat penilaian (desa di daftar)…</source>
      <translation>Export assessment template (villages in the list)…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Impor templat penilaian terisi…</source>
      <translation>Import filled-in assessment template…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>&amp;Rapat baru</source>
      <translation>New &amp;meeting</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Kop surat &amp;&amp; &amp;kertas…</source>
      <translation>Letterhead &amp;&amp; &amp;paper…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>&amp;Nama pengguna…</source>
      <translation>User &amp;name…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>&amp;Cadangkan data…</source>
      <translation>&amp;Back up data…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>&amp;Pulihkan data…</source>
      <translation>&amp;Restore data…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Pen&amp;gaturan…</source>
      <translation>Settin&amp;gs…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>&amp;Keluar</source>
      <translation>E&amp;xit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>&amp;Sinkronisasi</source>
      <translation>&amp;Sync</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>&amp;Sinkronkan sekarang</source>
      <translation>&amp;Sync now</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>&amp;Pengaturan server…</source>
      <translation>&amp;Server settings…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>&amp;Ekspor paket sinkronisasi…</source>
      <translation>&amp;Export sync bundle…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>&amp;Impor paket balasan…</source>
      <translation>&amp;Import reply bundle…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Ban&amp;tuan</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>&amp;Tentang Sinergi Desa</source>
      <translation>&amp;About Sinergi Desa</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Nama pengguna</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Nama Anda (dicatat pada setiap perubahan):</source>
      <translation>Your name (recorded with every change):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Menyimpan nama pengguna</source>
      <translation>Saving the user name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Pengguna: {name} (menyimpan…)</source>
      <translation>User: {name} (saving…)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Pengguna: nama belum diisi (Berkas → Nama pengguna…)</source>
      <translation>User: name not given yet (File → User name…)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Pengguna: {name}</source>
      <translation>User: {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Tentang Sinergi Desa</source>
      <translation>About Sinergi Desa</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Sinergi Desa {version}
Profil desa, IDM, pengawasan APBDes dan notulen rapat untuk pendamping desa di Kalimantan Timur.

Daftar wilayah: Kemendagri (data idn-area-data, lisensi ODbL).</source>
      <translation>Sinergi Desa {version}
Village profiles, IDM, APBDes supervision and meeting minutes for village facilitators in East Kalimantan.

Region list: Kemendagri (idn-area-data, ODbL licence).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" />
      <source>Menghentikan pekerjaan yang berjalan…</source>
      <translation>Stopping the work in progress…</translation>
    </message>
  </context>
  <context>
    <name>Meetings</name>
    <message>
      <location filename="../../desktop_app/core/meetings/attachments.py" />
      <source>Rapat belum disimpan atau sudah dihapus: simpan rapat dulu, lalu tambahkan lampiran.</source>
      <translation>The meeting is not saved yet or has been deleted: save the meeting first, then add attachments.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/attachments.py" />
      <source>Pilih dulu desa rapat ini (isian Desa terkait) dan simpan: lampiran disimpan per desa.</source>
      <translation>First choose this meeting's village (the Related village field) and save: attachments are stored per village.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Rapat teknis</source>
      <translation>Technical meeting</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Rapat koordinasi</source>
      <translation>Coordination meeting</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Musyawarah desa</source>
      <translation>Village deliberation (musyawarah desa)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Konsultasi publik</source>
      <translation>Public consultation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Diskusi kelompok terarah (FGD)</source>
      <translation>Focus group discussion (FGD)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Lainnya</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Belum dikerjakan</source>
      <translation>Not started</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Sedang dikerjakan</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Selesai</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Instansi</source>
      <translation>Agency</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Desa</source>
      <translation>Village</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>{label} terlalu panjang ({length} karakter, paling banyak {max}).</source>
      <translation>{label} is too long ({length} characters, at most {max}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>{label}: NIP harus 18 angka, bukan '{text}'.</source>
      <translation>{label}: an NIP must be 18 digits, not '{text}'.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Judul atau tema rapat wajib diisi.</source>
      <translation>The meeting title or theme is required.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Judul rapat terlalu panjang (paling banyak 300 karakter).</source>
      <translation>The meeting title is too long (at most 300 characters).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Jenis rapat '{kind}' tidak dikenal.</source>
      <translation>Unknown meeting type '{kind}'.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Tanggal rapat wajib diisi.</source>
      <translation>The meeting date is required.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Tanggal rapat '{text}' tidak dikenal; tulis seperti 23-10-2023.</source>
      <translation>Meeting date '{text}' not recognised; write it like 23-10-2023.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Jam mulai</source>
      <translation>Start time</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Jam selesai</source>
      <translation>End time</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>{label} '{text}' tidak dikenal; tulis seperti 09.00.</source>
      <translation>{label} '{text}' not recognised; write it like 09.00.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Jam selesai lebih awal dari jam mulai.</source>
      <translation>The end time is earlier than the start time.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Tempat</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Nama pimpinan rapat</source>
      <translation>Chair's name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Jabatan pimpinan rapat</source>
      <translation>Chair's position</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Nama notulis</source>
      <translation>Note-taker's name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Jabatan notulis</source>
      <translation>Note-taker's position</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Pimpinan rapat</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Notulis</source>
      <translation>Note-taker</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Status '{status}' tidak dikenal.</source>
      <translation>Unknown status '{status}'.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Peserta baris {n}: nama wajib diisi.</source>
      <translation>Participant row {n}: the name is required.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>nama</source>
      <translation>name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>jabatan</source>
      <translation>position</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>instansi</source>
      <translation>agency</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>kontak</source>
      <translation>contact</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Peserta baris {n}: {label} terlalu panjang (paling banyak {max} karakter).</source>
      <translation>Participant row {n}: {label} is too long (at most {max} characters).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Agenda {n}: pokok bahasan wajib diisi bila ada pembahasan.</source>
      <translation>Agenda {n}: a topic is required when there is a discussion.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Tindak lanjut {n}: siapa (instansi atau desa) wajib diisi.</source>
      <translation>Action {n}: who (agency or village) is required.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Tindak lanjut {n}: apa yang dikerjakan wajib diisi.</source>
      <translation>Action {n}: what is to be done is required.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Tindak lanjut {n}: nama pelaksana terlalu panjang (paling banyak 300 karakter).</source>
      <translation>Action {n}: the name of whoever acts is too long (at most 300 characters).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Tindak lanjut {n}: batas waktu '{text}' tidak dikenal; tulis seperti 30-11-2023.</source>
      <translation>Action {n}: deadline '{text}' not recognised; write it like 30-11-2023.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Tindak lanjut {n}: jenis pelaksana '{kind}' tidak dikenal.</source>
      <translation>Action {n}: unknown kind of actor '{kind}'.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/entry.py" />
      <source>Tindak lanjut {n}: status '{status}' tidak dikenal.</source>
      <translation>Action {n}: unknown status '{status}'.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/store.py" />
      <source>Rapat tidak ditemukan (mungkin sudah dihapus).</source>
      <translation>Meeting not found (it may have been deleted).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/meetings/store.py" />
      <source>Desa dengan kode {code} tidak ada.</source>
      <translation>There is no village with code {code}.</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Cari judul atau tempat rapat…</source>
      <translation>Search meeting title or place…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Rapat &amp;baru</source>
      <translation>&amp;New meeting</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Tanggal</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Judul</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>TL terbuka</source>
      <translation>Open actions</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Rapat</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Jabatan</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Instansi</source>
      <translation>Agency</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Kontak</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Hadir</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Peserta</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Pokok bahasan</source>
      <translation>Topics</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Pembahasan</source>
      <translation>Discussion</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Agenda &amp;&amp; Pembahasan</source>
      <translation>Agenda &amp;&amp; Discussion</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Kesepakatan</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Siapa</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Instansi/Desa</source>
      <translation>Agency/Village</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Apa</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Kapan (hh-bb-tttt)</source>
      <translation>When (dd-mm-yyyy)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Desa</source>
      <translation>Village</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Tindak lanjut</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Foto kegiatan dan pindaian daftar hadir yang sudah ditandatangani (JPEG, PNG atau PDF).</source>
      <translation>Photos of the meeting and scans of the signed attendance list (JPEG, PNG or PDF).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Lampiran</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>&amp;Simpan</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>&amp;Hapus rapat</source>
      <translation>&amp;Delete meeting</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Cetak &amp;notulen</source>
      <translation>Print &amp;minutes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Cetak berita &amp;acara</source>
      <translation>Print official &amp;record</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Perubahan belum disimpan</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Rapat ini punya perubahan yang belum disimpan. Buang perubahan itu?</source>
      <translation>This meeting has unsaved changes. Discard them?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>s.d.</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>satu instansi per baris</source>
      <translation>one agency per line</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Jenis rapat</source>
      <translation>Meeting type</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Judul/tema *</source>
      <translation>Title/theme *</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Tanggal *</source>
      <translation>Date *</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Waktu</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Tempat</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Pimpinan rapat</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Jabatan pimpinan</source>
      <translation>Chair's position</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>NIP pimpinan</source>
      <translation>Chair's NIP</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Notulis</source>
      <translation>Note-taker</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Jabatan notulis</source>
      <translation>Note-taker's position</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>NIP notulis</source>
      <translation>Note-taker's NIP</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Desa terkait</source>
      <translation>Villages concerned</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Instansi terkait</source>
      <translation>Agencies concerned</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Tambah baris</source>
      <translation>Add row</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Hapus baris</source>
      <translation>Remove row</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Tindak lanjut rapat sebelumnya yang belum selesai:</source>
      <translation>Unfinished actions from earlier meetings:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Kapan</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Memuat daftar rapat</source>
      <translation>Loading meetings</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Membuka rapat</source>
      <translation>Opening the meeting</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Rapat baru</source>
      <translation>New meeting</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Menyimpan rapat</source>
      <translation>Saving the meeting</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Belum tersimpan. Perbaiki dulu:</source>
      <translation>Not saved yet. Correct these first:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Hapus rapat</source>
      <translation>Delete meeting</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Hapus rapat “{title}” beserta peserta, agenda, kesepakatan dan tindak lanjutnya?</source>
      <translation>Delete the meeting “{title}” with its participants, agenda, agreements and actions?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Menghapus rapat</source>
      <translation>Deleting the meeting</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Berita acara</source>
      <translation>Official record</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/meetings_page.py" />
      <source>Notulen</source>
      <translation>Minutes</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../desktop_app/ui/messages.py" />
      <source>berkas rusak atau terpotong (bukan berkas Excel .xlsx yang utuh; salin ulang dari sumbernya)</source>
      <translation>the file is damaged or cut off (not a complete Excel .xlsx file; copy it again from its source)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/messages.py" />
      <source>tidak ditemukan:</source>
      <translation>not found:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/messages.py" />
      <source>tidak boleh dibuka (izin ditolak):</source>
      <translation>may not be opened (permission denied):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/messages.py" />
      <source>disk penuh:</source>
      <translation>disk full:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/messages.py" />
      <source>Periksa berkas atau folder yang dipilih (benar, lengkap dan tidak rusak), lalu coba lagi.</source>
      <translation>Check the chosen file or folder (the right one, complete and undamaged), then try again.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/messages.py" />
      <source>Perbaiki hal di atas, lalu coba lagi.</source>
      <translation>Correct the above, then try again.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/messages.py" />
      <source>Tidak dapat dilanjutkan</source>
      <translation>Cannot continue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/messages.py" />
      <source>Terjadi kesalahan</source>
      <translation>An error occurred</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/messages.py" />
      <source>{doing} gagal karena kesalahan yang tidak terduga. Tidak ada perubahan yang tersimpan setengah jadi. Rincian ada di berkas log.</source>
      <translation>{doing} failed because of an unexpected error. Nothing was saved half-way. Details are in the log file.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/messages.py" />
      <source>Rincian teknis: {cause}</source>
      <translation>Technical details: {cause}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/messages.py" />
      <source>Coba lagi; bila terulang, kirim berkas log kepada petugas TI.</source>
      <translation>Try again; if it happens again, send the log file to IT support.</translation>
    </message>
  </context>
  <context>
    <name>Problem</name>
    <message>
      <location filename="../../desktop_app/core/problems.py" />
      <source>{file}, baris {line}: {message}</source>
      <translation>{file}, row {line}: {message}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/problems.py" />
      <source>… dan {count} masalah lain.</source>
      <translation>… and {count} more problems.</translation>
    </message>
  </context>
  <context>
    <name>ProfileForm</name>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Jumlah penduduk</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Jumlah KK</source>
      <translation>Households</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Dihapus</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Kode desa</source>
      <translation>Village code</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Tahun</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Pilih desa di daftar untuk membuka profilnya.</source>
      <translation>Choose a village in the list to open its profile.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Wilayah</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Prasarana</source>
      <translation>Infrastructure</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Penduduk</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Riwayat</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>&amp;Simpan</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Simpan perubahan (Ctrl+S)</source>
      <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>&amp;Batalkan perubahan</source>
      <translation>&amp;Undo changes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Cetak &amp;profil</source>
      <translation>Print &amp;profile</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Pratinjau dan cetak profil yang tersimpan</source>
      <translation>Preview and print the saved profile</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Tambah tahun</source>
      <translation>Add year</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Hapus baris</source>
      <translation>Remove row</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Waktu</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Oleh</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Isian</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Nilai lama</source>
      <translation>Old value</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Nilai baru</source>
      <translation>New value</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Desa</source>
      <translation>Village</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Kampung</source>
      <translation>Kampung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Kelurahan</source>
      <translation>Kelurahan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source> (tidak aktif dalam daftar resmi)</source>
      <translation> (inactive in the official list)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Kode {code} · Kecamatan {district} · {regency}</source>
      <translation>Code {code} · Kecamatan {district} · {regency}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Profil {name}</source>
      <translation>Profile {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Menyimpan profil desa</source>
      <translation>Saving the village profile</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/profile_form.py" />
      <source>Belum tersimpan. Perbaiki dulu:</source>
      <translation>Not saved yet. Correct these first:</translation>
    </message>
  </context>
  <context>
    <name>ProgressTask</name>
    <message>
      <location filename="../../desktop_app/ui/progress_task.py" />
      <source>Menunggu pekerjaan lain berhenti…</source>
      <translation>Waiting for other work to stop…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/progress_task.py" />
      <source>Menyiapkan…</source>
      <translation>Preparing…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/progress_task.py" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/progress_task.py" />
      <source>Dibatalkan; tidak ada yang disimpan.</source>
      <translation>Cancelled; nothing was saved.</translation>
    </message>
  </context>
  <context>
    <name>RefusedTable</name>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Data</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Isi</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Alasan server</source>
      <translation>Server's reason</translation>
    </message>
  </context>
  <context>
    <name>RegionCombo</name>
    <message>
      <location filename="../../desktop_app/ui/region_combo.py" />
      <source>Semua kabupaten/kota</source>
      <translation>All kabupaten/kota</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/region_combo.py" />
      <source>Memuat kabupaten</source>
      <translation>Loading kabupaten</translation>
    </message>
  </context>
  <context>
    <name>ReportPreview</name>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Pratinjau: {title}</source>
      <translation>Preview: {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Menyusun laporan…</source>
      <translation>Building the report…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>&amp;Cetak…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>&amp;Simpan sebagai PDF…</source>
      <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>&amp;Tutup</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>{pages} halaman</source>
      <translation>{pages} pages</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Perhatikan:</source>
      <translation>Please note:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Laporan tidak dapat disusun.</source>
      <translation>The report could not be built.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Menyusun laporan</source>
      <translation>Building the report</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Simpan sebagai PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Tersimpan: {path}</source>
      <translation>Saved: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Menyimpan PDF</source>
      <translation>Saving the PDF</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Cetak laporan</source>
      <translation>Print report</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Tidak dapat mencetak</source>
      <translation>Cannot print</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Pencetak tidak dapat dibuka. Periksa pencetak lalu coba lagi.</source>
      <translation>The printer cannot be opened. Check the printer and try again.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>{pages} halaman dikirim ke pencetak.</source>
      <translation>{pages} pages sent to the printer.</translation>
    </message>
  </context>
  <context>
    <name>ReportSettingsDialog</name>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Kop surat dan kertas</source>
      <translation>Letterhead and paper</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>PEMERINTAH KABUPATEN …
DINAS …</source>
      <translation>GOVERNMENT OF KABUPATEN …
OFFICE OF …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>tanpa logo</source>
      <translation>no logo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Pilih…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Nama instansi (satu baris per tingkat)</source>
      <translation>Institution name (one line per level)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Alamat, telepon, surel</source>
      <translation>Address, phone, e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Berkas logo</source>
      <translation>Logo file</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Ukuran kertas</source>
      <translation>Paper size</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Membuka pengaturan</source>
      <translation>Opening the settings</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Pilih logo</source>
      <translation>Choose a logo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Gambar (*.png *.jpg *.jpeg *.gif *.bmp)</source>
      <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/report_preview.py" />
      <source>Menyimpan pengaturan</source>
      <translation>Saving the settings</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <location filename="../../desktop_app/core/reports/document.py" />
      <source>A4 (210 × 297 mm)</source>
      <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/document.py" />
      <source>F4/Folio (215 × 330 mm)</source>
      <translation>F4/Folio (215 × 330 mm)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/document.py" />
      <source>Ukuran kertas {paper} tidak dikenal.</source>
      <translation>Unknown paper size {paper}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/document.py" />
      <source>berkas tidak ada</source>
      <translation>the file does not exist</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/document.py" />
      <location filename="../../desktop_app/core/reports/supervision_photos.py" />
      <source>bukan gambar yang dapat dibaca</source>
      <translation>not a readable image</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/document.py" />
      <source>Logo kop '{name}' tidak dapat dipakai ({reason}); laporan dicetak tanpa logo.</source>
      <translation>Letterhead logo '{name}' cannot be used ({reason}); the report is printed without a logo.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/document.py" />
      <source>Menyusun halaman {page}</source>
      <translation>Laying out page {page}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/document.py" />
      <source>Selesai</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/document.py" />
      <source>Halaman {page} dari {total}</source>
      <translation>Page {page} of {total}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Kecamatan {name}</source>
      <translation>Kecamatan {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Provinsi {name}</source>
      <translation>Province of {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Semua wilayah</source>
      <translation>All regions</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Jumlah desa per status IDM per tahun</source>
      <translation>Villages per IDM status per year</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <source>Tahun</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <location filename="../../desktop_app/core/reports/overdue_recap.py" />
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>Jumlah</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Per kabupaten/kota</source>
      <translation>Per kabupaten/kota</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <location filename="../../desktop_app/core/reports/overdue_recap.py" />
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>Kabupaten/Kota</source>
      <translation>Kabupaten/Kota</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Desa yang masih Sangat Tertinggal atau Tertinggal pada {year}</source>
      <translation>Villages still Very Underdeveloped or Underdeveloped in {year}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <location filename="../../desktop_app/core/reports/overdue_recap.py" />
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>No</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <location filename="../../desktop_app/core/reports/overdue_recap.py" />
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <source>Desa</source>
      <translation>Village</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <location filename="../../desktop_app/core/reports/overdue_recap.py" />
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>Kecamatan</source>
      <translation>Kecamatan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Tidak ada: semua desa yang dinilai pada {year} sudah minimal Berkembang.</source>
      <translation>None: every village assessed in {year} is at least Developing.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Target status dan capaiannya</source>
      <translation>Status targets and their achievement</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Belum ada target status untuk wilayah ini (menu IDM › Target status).</source>
      <translation>No status targets for this region yet (menu IDM › Status targets).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Capaian tahun Y: desa yang Sangat Tertinggal/Tertinggal pada Y dan minimal Berkembang pada hasil resmi Y + 1, dihitung untuk wilayah target (provinsi atau kabupaten/kota).</source>
      <translation>Achievement in year Y: villages Very Underdeveloped/Underdeveloped in Y and at least Developing in the official results of Y + 1, counted for the target region (province or kabupaten/kota).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>belum ada hasil {year}</source>
      <translation>no {year} results yet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>tercapai</source>
      <translation>achieved</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>belum tercapai</source>
      <translation>not yet achieved</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Wilayah</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Target (desa)</source>
      <translation>Target (villages)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Terangkat</source>
      <translation>Lifted</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Capaian</source>
      <translation>Achievement</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Desa sasaran (status → tahun berikutnya)</source>
      <translation>Target villages (status → next year)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>… dan {count} desa lain (lengkap di ekspor XLSX Sinergi OPD)</source>
      <translation>… and {count} more villages (all of them in the Agency synergy XLSX export)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Matriks sinergi OPD — IDM {year}</source>
      <translation>Agency synergy matrix — IDM {year}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Instansi yang disebut dalam rumusan IDM untuk indikator lemah (skor ≤ {weak}), dikelompokkan menurut desa yang sama-sama lemah pada indikator itu: daftar desa dicetak sekali di atas kelompoknya; kelompok dengan desa terbanyak lebih dulu.</source>
      <translation>Agencies named in the IDM workbook for weak indicators (score ≤ {weak}), grouped by the villages weak in those indicators: each village list is printed once above its group; groups with the most villages first.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>{count} desa:</source>
      <translation>{count} villages:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Indikator lemah</source>
      <translation>Weak indicator</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Instansi pelaku per tingkat</source>
      <translation>Agencies per level</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Tidak ada indikator lemah dengan instansi pelaku pada tahun ini.</source>
      <translation>No weak indicators with an acting agency this year.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Rekap IDM {area}</source>
      <translation>IDM recap {area}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Rekap IDM · {area} · dicetak {day}</source>
      <translation>IDM recap · {area} · printed {day}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>REKAP INDEKS DESA MEMBANGUN (IDM)</source>
      <translation>VILLAGE DEVELOPMENT INDEX (IDM) RECAP</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <source>Belum ada hasil IDM resmi untuk {area}: jumlah desa per status, desa tertinggal dan matriks sinergi memerlukan data IDM resmi. Impor rumusan IDM atau tabel nasional untuk wilayah ini, lalu cetak ulang rekap.</source>
      <translation>There are no official IDM results for {area} yet: villages per status, underdeveloped villages and the synergy matrix need official IDM data. Import IDM rumusan or the national table for this region, then print the recap again.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_recap.py" />
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Membaca data IDM</source>
      <translation>Reading IDM data</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Resmi</source>
      <translation>Official</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Draf lapangan</source>
      <translation>Field draft</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <location filename="../../desktop_app/core/reports/supervision_data.py" />
      <source>Desa dengan kode {code} tidak ada di basis data.</source>
      <translation>There is no village with code {code} in the database.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Penilaian IDM yang diminta tidak ada untuk desa {code}.</source>
      <translation>The requested IDM assessment does not exist for village {code}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>IDM per tahun</source>
      <translation>IDM per year</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>◆ draf lapangan</source>
      <translation>◆ field draft</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>{index} terbitan {published} ≠ dihitung {recomputed}</source>
      <translation>{index} published {published} ≠ computed {recomputed}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>hanya nilai ringkasan (tanpa skor indikator)</source>
      <translation>summary values only (no indicator scores)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Hasil IDM per tahun</source>
      <translation>IDM results per year</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Nilai terbitan resmi dipertahankan; selisih dengan hasil hitung ulang dari skor indikator ditampilkan di kolom Catatan.</source>
      <translation>The official published values are kept; differences from the values recomputed from the indicator scores are shown in the Notes column.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Skor 50 indikator — IDM {year} ({kind})</source>
      <translation>Scores of the 50 indicators — IDM {year} ({kind})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Baris berlatar merah muda dengan skor tebal: indikator lemah (skor kurang dari 5).</source>
      <translation>Rows shaded pink with a bold score: weak indicators (score below 5).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Skor</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Keterangan skor</source>
      <translation>Score description</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Kegiatan</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Pelaku per tingkat</source>
      <translation>Actors per level</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Indikator lemah menurut tambahan IDM</source>
      <translation>Weak indicators by IDM gain</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Tidak ada indikator lemah: semua indikator sudah bernilai 5.</source>
      <translation>No weak indicators: every indicator already scores 5.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Tambahan IDM bila indikator dinaikkan ke skor 5 = (5 − skor) / (skor maksimum sub-indeks × 3); urutan terbesar lebih dulu.</source>
      <translation>IDM gain when an indicator is raised to score 5 = (5 − score) / (sub-index maximum × 3); largest first.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Tambahan IDM</source>
      <translation>IDM gain</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Jalan ke status berikutnya</source>
      <translation>Path to the next status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Status tertinggi (Mandiri) sudah tercapai.</source>
      <translation>The highest status (Independent) has been reached.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Dengan skor {year}, IDM dihitung {value} ({status}). Untuk mencapai status {target} cukup menaikkan {count} indikator ke skor 5 (paling sedikit indikator):</source>
      <translation>With the {year} scores, the IDM computes to {value} ({status}). To reach {target} it is enough to raise {count} indicators to score 5 (the fewest indicators):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Skor sekarang</source>
      <translation>Current score</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Menjadi</source>
      <translation>Becomes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Hasilnya: IDM menjadi &lt;b&gt;{value}&lt;/b&gt;, status &lt;b&gt;{status}&lt;/b&gt;.</source>
      <translation>Result: IDM becomes &lt;b&gt;{value}&lt;/b&gt;, status &lt;b&gt;{status}&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Laporan IDM {kind} {name}</source>
      <translation>IDM report {kind} {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Laporan IDM {kind} {name} · dicetak {day}</source>
      <translation>IDM report {kind} {name} · printed {day}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>LAPORAN INDEKS DESA MEMBANGUN (IDM)</source>
      <translation>VILLAGE DEVELOPMENT INDEX (IDM) REPORT</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Nama {kind}</source>
      <translation>Name of {kind}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Kode wilayah</source>
      <translation>Region code</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Penilaian diuraikan</source>
      <translation>Assessment detailed</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>{year} ({kind})</source>
      <translation>{year} ({kind})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Draf dilampirkan</source>
      <translation>Draft attached</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>draf lapangan {year}, bagian terpisah</source>
      <translation>field draft {year}, separate part</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Belum ada data IDM untuk {kind} {name} ({code}): tidak ada hasil resmi maupun penilaian lapangan. Impor data resmi (rumusan IDM atau tabel nasional) atau buat penilaian lapangan, lalu cetak ulang laporan ini.</source>
      <translation>There is no IDM data for {kind} {name} ({code}) yet: neither official results nor a field assessment. Import official data (IDM rumusan or the national table) or make a field assessment, then print this report again.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Skor 50 indikator</source>
      <translation>Scores of the 50 indicators</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Skor indikator resmi belum ada: data resmi {years} hanya berisi nilai ringkasan. Tabel indikator, indikator lemah dan jalan ke status berikutnya memerlukan skor ke-50 indikator (impor rumusan IDM desa ini).</source>
      <translation>No official indicator scores yet: the official data {years} hold summary values only. The indicator table, weak indicators and the path to the next status need all 50 indicator scores (import this village's IDM workbook).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Draf penilaian lapangan {year} tidak dicetak: pilih draf itu untuk mencetaknya sebagai bagian terpisah.</source>
      <translation>The {year} field draft is not printed: pick that draft to print it as a separate part.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>DRAF PENILAIAN LAPANGAN {year}</source>
      <translation>FIELD ASSESSMENT DRAFT {year}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Bukan hasil resmi — untuk pembahasan</source>
      <translation>Not an official result — for discussion</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Bagian ini memuat draf penilaian lapangan {year} yang belum ditetapkan. Angka resmi adalah yang tercantum di bagian sebelumnya; draf dapat berubah.</source>
      <translation>This part holds the {year} field assessment draft, not yet adopted. The official figures are those in the previous part; the draft may change.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/idm_report.py" />
      <source>Draf ini belum berisi skor indikator.</source>
      <translation>This draft has no indicator scores yet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Jam mulai rapat belum diisi.</source>
      <translation>The meeting's start time is not filled in.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Jam selesai (rapat ditutup) belum diisi.</source>
      <translation>The end time (meeting closed) is not filled in.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Tempat rapat belum diisi.</source>
      <translation>The meeting place is not filled in.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Pimpinan rapat belum diisi.</source>
      <translation>The chair is not filled in.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Notulis belum diisi.</source>
      <translation>The note-taker is not filled in.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Belum ada peserta.</source>
      <translation>No participants yet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Belum ada agenda.</source>
      <translation>No agenda yet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Belum ada kesepakatan.</source>
      <translation>No agreements yet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>selesai</source>
      <translation>end</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>{start} {zone} s.d. selesai</source>
      <translation>{start} {zone} until the end</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>{dots} orang (daftar hadir terlampir)</source>
      <translation>{dots} people (attendance list attached)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>{present} orang hadir dari {invited} undangan (daftar hadir terlampir)</source>
      <translation>{present} people attended of {invited} invited (attendance list attached)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Pimpinan Rapat,</source>
      <translation>Chair,</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Notulis,</source>
      <translation>Note-taker,</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Desa terkait</source>
      <translation>Villages concerned</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Instansi terkait</source>
      <translation>Agencies concerned</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Siapa</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Apa</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Kapan</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Tidak ada tindak lanjut yang dicatat.</source>
      <translation>No follow-up actions were recorded.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Tindak Lanjut Rapat Sebelumnya</source>
      <translation>Follow-up of the Previous Meeting</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Rapat</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>DAFTAR HADIR</source>
      <translation>ATTENDANCE LIST</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Hari/Tanggal</source>
      <translation>Day/Date</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Waktu</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Tempat</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>(tidak hadir)</source>
      <translation>(absent)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Jabatan</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Instansi</source>
      <translation>Agency</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Kontak</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Tanda Tangan</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Notulen {title}</source>
      <translation>Minutes {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Notulen · {title}</source>
      <translation>Minutes · {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>NOTULEN {kind}</source>
      <translation>MINUTES OF {kind}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Pimpinan Rapat</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Notulis</source>
      <translation>Note-taker</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Peserta</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Agenda belum diisi.</source>
      <translation>The agenda is not filled in.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Pembahasan</source>
      <translation>Discussion</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Pembahasan belum diisi.</source>
      <translation>The discussion is not filled in.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>(tidak ada catatan pembahasan)</source>
      <translation>(no discussion notes)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Kesepakatan</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Tindak Lanjut</source>
      <translation>Follow-up Actions</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Rapat ditutup pukul {time} {zone}.</source>
      <translation>The meeting was closed at {time} {zone}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Berita Acara {title}</source>
      <translation>Official Record {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Berita Acara · {title}</source>
      <translation>Official Record · {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>BERITA ACARA</source>
      <translation>OFFICIAL RECORD (BERITA ACARA)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Nomor: {number}</source>
      <translation>Number: {number}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Pada hari ini {date_words} ({date}), pukul {time} {zone}, bertempat di {place}, telah dilaksanakan {kind} dengan tema “{title}”, dipimpin oleh {chair}, dan dihadiri oleh {present} orang peserta sebagaimana tercantum dalam daftar hadir terlampir.</source>
      <translation>On this day, {date_words} ({date}), at {time} {zone}, at {place}, a {kind} was held with the theme “{title}”, chaired by {chair} and attended by {present} participants as listed in the attached attendance list.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Pokok bahasan</source>
      <translation>Topics</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Dari pembahasan tersebut telah disepakati hal-hal sebagai berikut:</source>
      <translation>From that discussion the following was agreed:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/minutes.py" />
      <source>Demikian berita acara ini dibuat dengan sebenar-benarnya untuk dipergunakan sebagaimana mestinya. Rapat ditutup pukul {time} {zone}.</source>
      <translation>This official record is made truthfully, to be used as appropriate. The meeting was closed at {time} {zone}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/overdue_recap.py" />
      <source>Temuan monitoring APBDes yang melewati batas waktu</source>
      <translation>APBDes monitoring findings past their deadline</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/overdue_recap.py" />
      <source>Tidak ada temuan yang melewati batas waktu tindak lanjut per {day}.</source>
      <translation>No findings were past their follow-up deadline as of {day}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/overdue_recap.py" />
      <source>Temuan berstatus terbuka atau sedang ditindaklanjuti yang batas waktunya sudah lewat per {day}.</source>
      <translation>Findings that are open or in progress whose deadline had passed as of {day}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/overdue_recap.py" />
      <source>Temuan terlambat</source>
      <translation>Overdue findings</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/overdue_recap.py" />
      <source>Temuan</source>
      <translation>Finding</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/overdue_recap.py" />
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Penanggung jawab</source>
      <translation>Person responsible</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/overdue_recap.py" />
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Batas waktu</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/overdue_recap.py" />
      <source>Hari terlambat</source>
      <translation>Days overdue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/overdue_recap.py" />
      <source>… dan {count} temuan terlambat lainnya (lengkap di register temuan).</source>
      <translation>… and {count} more overdue findings (all of them in the findings register).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <source>Kampung</source>
      <translation>Kampung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>Kelurahan</source>
      <translation>Kelurahan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <source>Ya</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <source>Tidak</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <source>Profil {kind} {name}</source>
      <translation>Profile of {kind} {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <source>Profil {kind} {name} · dicetak {day}</source>
      <translation>Profile of {kind} {name} · printed {day}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <source>PROFIL {kind}</source>
      <translation>PROFILE OF {kind}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <source>Keterangan</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <source>Tidak aktif dalam daftar resmi</source>
      <translation>Inactive in the official list</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>Penduduk</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <source>Jumlah penduduk (jiwa)</source>
      <translation>Population (people)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <source>Jumlah KK</source>
      <translation>Households</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/profile_sheet.py" />
      <source>Data penduduk belum diisi.</source>
      <translation>Population data not filled in.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_data.py" />
      <source>{name} ({code}) adalah kelurahan: kelurahan tidak mempunyai APBDes, jadi tidak ada laporan monitoring.</source>
      <translation>{name} ({code}) is a kelurahan: a kelurahan has no APBDes, so there is no monitoring report.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_data.py" />
      <source>Versi APBDes '{version}' tidak dikenal (murni atau perubahan).</source>
      <translation>Unknown APBDes version '{version}' (original or amended).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_photos.py" />
      <source>berkas tidak ada di folder lampiran</source>
      <translation>the file is not in the attachments folder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_photos.py" />
      <source>Foto '{name}' tidak dapat ditampilkan ({reason}).</source>
      <translation>Photo '{name}' cannot be shown ({reason}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_photos.py" />
      <source>Foto</source>
      <translation>Photos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_photos.py" />
      <source>Lampiran lain</source>
      <translation>Other attachments</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_photos.py" />
      <source>{name} (pindaian PDF, tidak dicetak)</source>
      <translation>{name} (PDF scan, not printed)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Murni</source>
      <translation>Original</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Perubahan</source>
      <translation>Amended</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Dana Desa</source>
      <translation>Dana Desa</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Alokasi Dana Desa</source>
      <translation>Alokasi Dana Desa</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Bagi Hasil Pajak dan Retribusi</source>
      <translation>Tax and levy revenue sharing</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Bantuan Keuangan Provinsi</source>
      <translation>Provincial financial assistance</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Bantuan Keuangan Kabupaten/Kota</source>
      <translation>Kabupaten/Kota financial assistance</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Pendapatan Asli Desa</source>
      <translation>Village own-source revenue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Lain-lain</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Nomor {number} tanggal {day}</source>
      <translation>Number {number} dated {day}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Tahun anggaran</source>
      <translation>Budget year</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>{budget} versi</source>
      <translation>{budget} version</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Peraturan desa</source>
      <translation>Village regulation (Perdes)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Laporan semester I</source>
      <translation>Semester I report</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Laporan akhir tahun</source>
      <translation>Year-end report</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>diterima {day}</source>
      <translation>received {day}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>belum ada</source>
      <translation>not yet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>{budget} {year} versi {version} untuk {kind} {village} ({code}) belum ada di basis data, sehingga anggaran, realisasi dan pemeriksaan otomatis tidak dapat dicetak. Impor laporan realisasi {budget} {year} ({version}) desa ini, lalu cetak ulang laporan.</source>
      <translation>The {version} {budget} {year} for {kind} {village} ({code}) is not in the database yet, so the budget, realisation and automatic checks cannot be printed. Import this village's {budget} {year} ({version}) realisation report, then print the report again.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Yang sudah ada untuk desa ini: {list}.</source>
      <translation>Available for this village: {list}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Anggaran</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Realisasi</source>
      <translation>Realisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Sisa anggaran</source>
      <translation>Remaining budget</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>A. Anggaran dan realisasi</source>
      <translation>A. Budget and realisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Uraian</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Pendapatan</source>
      <translation>Revenue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Belanja</source>
      <translation>Spending</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Surplus/(Defisit)</source>
      <translation>Surplus/(Deficit)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Penerimaan pembiayaan</source>
      <translation>Financing receipts</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Pengeluaran pembiayaan</source>
      <translation>Financing expenditure</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Pembiayaan netto</source>
      <translation>Net financing</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Sisa lebih/(kurang) pembiayaan anggaran</source>
      <translation>Budget financing surplus/(shortfall) (SiLPA)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Belanja melebihi pendapatan: defisit {amount} harus ditutup pembiayaan netto ({net}).</source>
      <translation>Spending exceeds revenue: the deficit of {amount} must be covered by net financing ({net}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>B. Belanja per bidang</source>
      <translation>B. Spending per sector</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Bidang</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Tidak ada baris belanja.</source>
      <translation>No spending rows.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>C. Belanja per sumber dana</source>
      <translation>C. Spending per source of funds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Sumber dana</source>
      <translation>Source of funds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>D. Hasil pemeriksaan otomatis</source>
      <translation>D. Automatic check results</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Semua pemeriksaan otomatis terpenuhi: tidak ada yang perlu dicatat.</source>
      <translation>All automatic checks passed: nothing to note.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>E. Kunjungan monitoring</source>
      <translation>E. Monitoring visits</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Tanggal</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Petugas</source>
      <translation>Officers</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Tujuan</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Yang diperiksa</source>
      <translation>Items checked</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Belum ada kunjungan monitoring yang dicatat untuk tahun {year}.</source>
      <translation>No monitoring visits have been recorded for {year} yet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>TERLAMBAT {days} hari</source>
      <translation>OVERDUE {days} days</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Temuan {number} — {category}, keparahan {severity}</source>
      <translation>Finding {number} — {category}, {severity} severity</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>melewati batas waktu</source>
      <translation>past the deadline</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Tanggal temuan</source>
      <translation>Finding date</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Rekomendasi</source>
      <translation>Recommendation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Riwayat tindak lanjut</source>
      <translation>Follow-up history</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Temuan {number}</source>
      <translation>Finding {number}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>F. Temuan dan tindak lanjut</source>
      <translation>F. Findings and follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Tidak ada temuan yang dicatat untuk tahun {year}.</source>
      <translation>No findings were recorded for {year}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>{count} temuan; {open} masih menunggu tindak lanjut, {late} di antaranya melewati batas waktu per {day}.</source>
      <translation>{count} findings; {open} still awaiting follow-up, {late} of them past the deadline as of {day}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Menyusun temuan {index} dari {total}</source>
      <translation>Laying out finding {index} of {total}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Kepala {kind} {name},</source>
      <translation>Head of {kind} {name},</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Mengetahui,
{role}</source>
      <translation>Acknowledged by,
{role}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Yang melaporkan,
Petugas monitoring,</source>
      <translation>Reported by,
Monitoring officer,</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Laporan monitoring {budget} {kind} {name} {year}</source>
      <translation>{budget} monitoring report {kind} {name} {year}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Monitoring {budget} {name} {year} · dicetak {day}</source>
      <translation>{budget} monitoring {name} {year} · printed {day}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>LAPORAN HASIL MONITORING {budget}</source>
      <translation>{budget} MONITORING REPORT</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>{kind} {name} — Tahun Anggaran {year}</source>
      <translation>{kind} {name} — Budget Year {year}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Demikian laporan hasil monitoring ini dibuat untuk dipergunakan sebagaimana mestinya.</source>
      <translation>This monitoring report is made to be used as appropriate.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/supervision_report.py" />
      <source>Membaca data monitoring</source>
      <translation>Reading the monitoring data</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>Rekap Profil Desa {area}</source>
      <translation>Village profile recap {area}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>Rekap profil desa · {area} · dicetak {day}</source>
      <translation>Village profile recap · {area} · printed {day}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>REKAP PROFIL DESA/KELURAHAN</source>
      <translation>DESA/KELURAHAN PROFILE RECAP</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>Ringkasan per kabupaten/kota</source>
      <translation>Summary per kabupaten/kota</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>Desa/Kampung</source>
      <translation>Desa/Kampung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>Profil terisi</source>
      <translation>Profiles filled in</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>Tidak ada desa.</source>
      <translation>No villages.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>Daftar desa/kelurahan</source>
      <translation>List of desa/kelurahan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>Kepala desa</source>
      <translation>Village head</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/reports/village_recap.py" />
      <source>KK</source>
      <translation>Households</translation>
    </message>
  </context>
  <context>
    <name>ServerDialog</name>
    <message>
      <location filename="../../desktop_app/ui/sync/server_dialog.py" />
      <source>Pengaturan server sinkronisasi</source>
      <translation>Sync server settings</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/server_dialog.py" />
      <source>mis. Laptop Pendamping Paser</source>
      <translation>e.g. Paser facilitator laptop</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/server_dialog.py" />
      <source>Berkas yang lebih besar diunduh saat dibuka saja.</source>
      <translation>Larger files are downloaded only when opened.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/server_dialog.py" />
      <source>Alamat server:</source>
      <translation>Server address:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/server_dialog.py" />
      <source>Nama pengguna:</source>
      <translation>User name:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/server_dialog.py" />
      <source>Kata sandi:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/server_dialog.py" />
      <source>Nama perangkat:</source>
      <translation>Device name:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/server_dialog.py" />
      <source>Unduh otomatis berkas sampai:</source>
      <translation>Download files automatically up to:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/server_dialog.py" />
      <source>Daftarkan perangkat</source>
      <translation>Enrol device</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/server_dialog.py" />
      <source>Token perangkat disimpan di keyring sistem.</source>
      <translation>The device token is kept in the system keyring.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/server_dialog.py" />
      <source>Token perangkat disimpan di berkas yang hanya dapat dibaca pengguna ini: {path}</source>
      <translation>The device token is kept in a file only this user can read: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/server_dialog.py" />
      <source>Isi alamat server, nama pengguna dan kata sandi.</source>
      <translation>Fill in the server address, user name and password.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/server_dialog.py" />
      <source>Menghubungi server…</source>
      <translation>Contacting the server…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/server_dialog.py" />
      <source>Perangkat terdaftar atas nama {user}.</source>
      <translation>Device enrolled for {user}.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Pengaturan</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Umum</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Dokumen cetak</source>
      <translation>Printed documents</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Server provinsi</source>
      <translation>Provincial server</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>&amp;Simpan</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>&amp;Batal</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Membuka pengaturan</source>
      <translation>Opening the settings</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Ubah…</source>
      <translation>Change…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Mati</source>
      <translation>Off</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Setiap hari</source>
      <translation>Daily</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Setiap minggu</source>
      <translation>Weekly</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Seluruh Kalimantan Timur</source>
      <translation>All of East Kalimantan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>nama kecamatan, boleh lebih dari satu</source>
      <translation>kecamatan name, more than one allowed</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Wilayah kerja</source>
      <translation>Working area</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Daftar desa, Rekap IDM dan temuan dibuka pada wilayah ini; filternya tetap dapat diubah.</source>
      <translation>The village list, IDM recap and findings open on this area; their filters can still be changed.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Bahasa</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Bahasa baru dipakai saat program dibuka lagi.</source>
      <translation>A new language is used the next time the program starts.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Folder data</source>
      <translation>Data folder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Folder baru dipakai saat program dibuka lagi; data tidak dipindahkan. Untuk membawa data, buat cadangan lalu pulihkan di folder baru.</source>
      <translation>A new folder is used the next time the program starts; the data is not moved. To take the data along, make a backup and restore it in the new folder.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Cadangan otomatis</source>
      <translation>Automatic backup</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Cadangan otomatis disimpan di folder {folder}; lima yang terbaru disimpan.</source>
      <translation>Automatic backups are kept in the folder {folder}; the five newest are kept.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Ubah kop surat…</source>
      <translation>Change letterhead…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Ukuran kertas</source>
      <translation>Paper size</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Kop surat</source>
      <translation>Letterhead</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Nomor berita acara</source>
      <translation>Berita acara number</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Dicetak di bawah judul berita acara. {nomor} dicetak titik-titik untuk diisi dari buku agenda; {bulan_romawi}, {bulan} dan {tahun} diambil dari tanggal rapat. Contoh: 005/{nomor}/DPMPD/{bulan_romawi}/{tahun}.</source>
      <translation>Printed under the berita acara title. {nomor} prints as dots to fill in from the agenda book; {bulan_romawi}, {bulan} and {tahun} come from the meeting date. Example: 005/{nomor}/DPMPD/{bulan_romawi}/{tahun}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Alamat server provinsi, pendaftaran perangkat dan sinkronisasi diatur lewat menu Sinkronisasi → Pengaturan server…</source>
      <translation>The provincial server address, device enrolment and synchronisation are set in the menu Sync → Server settings…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>(tanpa kop)</source>
      <translation>(no letterhead)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Pilih folder data</source>
      <translation>Choose the data folder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" />
      <source>Menyimpan pengaturan</source>
      <translation>Saving the settings</translation>
    </message>
  </context>
  <context>
    <name>Spreadsheet</name>
    <message>
      <location filename="../../desktop_app/core/spreadsheet.py" />
      <source>berkas tidak dapat dibaca: {detail}</source>
      <translation>the file cannot be read: {detail}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/spreadsheet.py" />
      <source>bukan lembar kerja yang dapat dibaca: {detail}</source>
      <translation>not a readable spreadsheet: {detail}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/spreadsheet.py" />
      <source>bukan lembar kerja XLSX/XLS atau CSV yang dapat dibaca (kosong atau isi lain)</source>
      <translation>not a readable XLSX/XLS or CSV spreadsheet (empty or other content)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/spreadsheet.py" />
      <source>bukan berkas CSV (isi biner)</source>
      <translation>not a CSV file (binary content)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/spreadsheet.py" />
      <source>format CSV rusak: {detail}</source>
      <translation>damaged CSV format: {detail}</translation>
    </message>
  </context>
  <context>
    <name>StandardButtons</name>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Simpan semua</source>
      <translation>Save all</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Buka</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Ya</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Ya untuk semua</source>
      <translation>Yes to all</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Tidak</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Tidak untuk semua</source>
      <translation>No to all</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Hentikan</source>
      <translation>Abort</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Coba lagi</source>
      <translation>Retry</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Abaikan</source>
      <translation>Ignore</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Buang perubahan</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Bantuan</source>
      <translation>Help</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Terapkan</source>
      <translation>Apply</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Atur ulang</source>
      <translation>Reset</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Kembalikan bawaan</source>
      <translation>Restore defaults</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Lihat di:</source>
      <translation>Look in:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Nama folder:</source>
      <translation>Folder name:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Nama berkas:</source>
      <translation>File name:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Jenis berkas:</source>
      <translation>Files of type:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/window_guard.py" />
      <source>Pilih</source>
      <translation>Choose</translation>
    </message>
  </context>
  <context>
    <name>Supervision</name>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Administrasi</source>
      <translation>Administrative</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Keuangan</source>
      <translation>Financial</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Fisik/konstruksi</source>
      <translation>Physical/construction</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Pengadaan</source>
      <translation>Procurement</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Lainnya</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Rendah</source>
      <translation>Low</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Sedang</source>
      <translation>Medium</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Tinggi</source>
      <translation>High</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Terbuka</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Sedang ditindaklanjuti</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Selesai ditindaklanjuti</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Diverifikasi</source>
      <translation>Verified</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>{label} wajib diisi.</source>
      <translation>{label} is required.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>{label}: '{text}' bukan tanggal (contoh: 23-10-2026).</source>
      <translation>{label}: '{text}' is not a date (example: 23-10-2026).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>{label} terlalu panjang ({count} karakter; paling banyak {limit}).</source>
      <translation>{label} is too long ({count} characters; at most {limit}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Pilih desa yang dikunjungi.</source>
      <translation>Choose the village visited.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Tanggal kunjungan</source>
      <translation>Visit date</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Isi paling sedikit satu petugas.</source>
      <translation>Enter at least one officer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Tujuan</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Yang diperiksa</source>
      <translation>Items checked</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Pilih desa tempat temuan.</source>
      <translation>Choose the village of the finding.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Tanggal temuan</source>
      <translation>Finding date</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Batas waktu tindak lanjut</source>
      <translation>Follow-up deadline</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Pilih kategori temuan.</source>
      <translation>Choose a finding category.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Pilih tingkat keparahan temuan.</source>
      <translation>Choose the severity of the finding.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Uraian temuan wajib diisi.</source>
      <translation>The finding description is required.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Uraian temuan</source>
      <translation>Finding description</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Rekomendasi</source>
      <translation>Recommendation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Penanggung jawab terlalu panjang (paling banyak 300 karakter).</source>
      <translation>The name of the person responsible is too long (at most 300 characters).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Batas waktu tindak lanjut tidak boleh sebelum tanggal temuan.</source>
      <translation>The follow-up deadline cannot be before the finding date.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/entry.py" />
      <source>Status tidak dapat diubah dari '{current}' ke '{wanted}'.</source>
      <translation>The status cannot be changed from '{current}' to '{wanted}'.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/store.py" />
      <source>{code} bukan desa/kampung yang dikenal.</source>
      <translation>{code} is not a known desa/kampung.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/supervision/store.py" />
      <source>Temuan tidak ditemukan (mungkin sudah dihapus).</source>
      <translation>Finding not found (it may have been deleted).</translation>
    </message>
  </context>
  <context>
    <name>Sync</name>
    <message>
      <location filename="../../desktop_app/core/sync/client.py" />
      <source>beberapa saat</source>
      <translation>a moment</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/client.py" />
      <source>{n} detik</source>
      <translation>{n} s</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/client.py" />
      <source>{n} menit</source>
      <translation>{n} min</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/client.py" />
      <source>Terlalu banyak percobaan masuk yang gagal, atau server sedang sibuk; coba lagi dalam {wait}.</source>
      <translation>Too many failed sign-in attempts, or the server is busy; try again in {wait}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/engine.py" />
      <source>Mencoba lagi dalam {seconds} detik: {error}</source>
      <translation>Trying again in {seconds} seconds: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/engine.py" />
      <source>Mengirim perubahan</source>
      <translation>Sending changes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/engine.py" />
      <source>Mengunggah berkas</source>
      <translation>Uploading files</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/engine.py" />
      <source>Mengunduh berkas</source>
      <translation>Downloading files</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/engine.py" />
      <source>Mengambil perubahan</source>
      <translation>Fetching changes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/engine.py" />
      <source>Mengunduh ulang data wilayah</source>
      <translation>Downloading the area's data again</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/errors.py" />
      <source>Sinkronisasi dibatalkan.</source>
      <translation>Sync cancelled.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/errors.py" />
      <source>Server tidak dapat dihubungi ({detail}). Sinkronisasi dicoba lagi otomatis.</source>
      <translation>The server cannot be reached ({detail}). Sync will be tried again automatically.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/errors.py" />
      <source>Server tidak menjawab tepat waktu; dicoba lagi dengan kiriman lebih kecil.</source>
      <translation>The server did not answer in time; trying again with smaller batches.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/errors.py" />
      <source>Server sedang bermasalah (kode {status}); dicoba lagi nanti.</source>
      <translation>The server has a problem (code {status}); trying again later.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/errors.py" />
      <source>Perangkat belum terdaftar atau tokennya tidak berlaku lagi ({detail}). Daftarkan ulang perangkat di Pengaturan server.</source>
      <translation>The device is not enrolled or its token is no longer valid ({detail}). Enrol the device again in Server settings.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/errors.py" />
      <source>Server menolak permintaan (kode {status}): {detail}</source>
      <translation>The server refused the request (code {status}): {detail}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/errors.py" />
      <source>Berkas {name} belum lengkap di server (pengirimnya belum selesai mengunggah); dicoba lagi pada sinkronisasi berikutnya.</source>
      <translation>File {name} is not complete on the server yet (its sender has not finished uploading); it will be tried again at the next sync.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/files.py" />
      <source>Berkas {name} rusak dalam perjalanan; diunduh ulang.</source>
      <translation>File {name} was damaged in transit; downloading it again.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/fold.py" />
      <source>Digabung dengan data yang sama dari server.</source>
      <translation>Merged with the same record from the server.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/service.py" />
      <source>Nama pengguna atau kata sandi salah.</source>
      <translation>Wrong user name or password.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/service.py" />
      <source>Perangkat belum didaftarkan ke server. Buka Pengaturan server.</source>
      <translation>This device is not enrolled with the server yet. Open Server settings.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/sync/service.py" />
      <source>Perangkat belum didaftarkan ke server: paket tidak dapat ditandatangani. Daftarkan perangkat sekali saat ada sinyal.</source>
      <translation>This device is not enrolled with the server: the bundle cannot be signed. Enrol the device once when there is a connection.</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Sinkronkan sekarang</source>
      <translation>Sync now</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Batalkan</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Pengaturan server…</source>
      <translation>Server settings…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Pakai nilai saya</source>
      <translation>Use my value</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Pakai nilai server</source>
      <translation>Use the server's value</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Konflik yang perlu diputuskan</source>
      <translation>Conflicts to decide</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Kirim ulang</source>
      <translation>Resend</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Perbaiki lalu kirim…</source>
      <translation>Fix and resend…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Perubahan yang ditolak server</source>
      <translation>Changes the server refused</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Kesalahan terakhir: {text}</source>
      <translation>Last error: {text}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>belum pernah</source>
      <translation>never</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Belum terhubung ke server. Buka Pengaturan server untuk mendaftarkan perangkat ini.</source>
      <translation>Not connected to a server yet. Open Server settings to enrol this device.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Server: {url} ({user}). Terakhir berhasil mengirim: {push}; terakhir berhasil mengambil: {pull}. Menunggu dikirim: {pending} perubahan. Konflik: {conflicts}. Ditolak: {refused}.</source>
      <translation>Server: {url} ({user}). Last successful send: {push}; last successful fetch: {pull}. Waiting to be sent: {pending} changes. Conflicts: {conflicts}. Refused: {refused}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Menghubungi server…</source>
      <translation>Contacting the server…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>{phase}: {records} data, {size}</source>
      <translation>{phase}: {records} records, {size}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Membatalkan setelah langkah ini selesai…</source>
      <translation>Cancelling once this step is done…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Selesai: {sent} perubahan dikirim, {got} diterima, {up} berkas diunggah, {down} diunduh.</source>
      <translation>Done: {sent} changes sent, {got} received, {up} files uploaded, {down} downloaded.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Perbaiki perubahan</source>
      <translation>Fix the change</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Alasan server: {reason}
Ubah isiannya (satu baris per isian, 'isian: nilai'):</source>
      <translation>Server's reason: {reason}
Correct the values (one line per field, 'field: value'):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Ekspor paket sinkronisasi</source>
      <translation>Export sync bundle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Paket sinkronisasi (*.zip)</source>
      <translation>Sync bundle (*.zip)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Paket ditulis: {ops} perubahan, {files} berkas, {size}.</source>
      <translation>Bundle written: {ops} changes, {files} files, {size}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Impor paket balasan</source>
      <translation>Import reply bundle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Paket ini sudah pernah diimpor; tidak ada yang berubah.</source>
      <translation>This bundle was imported before; nothing changed.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/sync_page.py" />
      <source>Paket diimpor: {results} jawaban, {changes} perubahan, {rows} data wilayah.</source>
      <translation>Bundle imported: {results} answers, {changes} changes, {rows} area records.</translation>
    </message>
  </context>
  <context>
    <name>SyncReview</name>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Profil desa</source>
      <translation>Village profile</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Penduduk desa</source>
      <translation>Village population</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Penilaian IDM</source>
      <translation>IDM assessment</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Target status IDM</source>
      <translation>IDM status target</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Desa sasaran</source>
      <translation>Target villages</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>APBDes</source>
      <translation>APBDes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Rincian APBDes</source>
      <translation>APBDes line</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Kunjungan pengawasan</source>
      <translation>Supervision visit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Temuan pengawasan</source>
      <translation>Supervision finding</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Status temuan</source>
      <translation>Finding status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Rapat</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Peserta rapat</source>
      <translation>Meeting participant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Agenda rapat</source>
      <translation>Meeting agenda item</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Kesepakatan rapat</source>
      <translation>Meeting agreement</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Tindak lanjut rapat</source>
      <translation>Meeting follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Lampiran</source>
      <translation>Attachment</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Desa</source>
      <translation>Village</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Kabupaten/kota</source>
      <translation>Regency/city</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Tahun</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Jumlah desa yang dientaskan</source>
      <translation>Villages to lift</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Jumlah penduduk</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Judul</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Tanggal</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Desa terkait</source>
      <translation>Villages concerned</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Uraian</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Dihapus</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>ya</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>tidak</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>(server tidak menyebut alasannya)</source>
      <translation>(the server gave no reason)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/review_tables.py" />
      <source>Baris {number} harus berbentuk 'isian: nilai'.</source>
      <translation>Line {number} must have the form 'field: value'.</translation>
    </message>
  </context>
  <context>
    <name>TargetsTab</name>
    <message>
      <location filename="../../desktop_app/ui/idm/targets_tab.py" />
      <source>Simpan target</source>
      <translation>Save target</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/targets_tab.py" />
      <source>Tahun</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/targets_tab.py" />
      <source>Jumlah desa yang dientaskan</source>
      <translation>Villages to be lifted</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/targets_tab.py" />
      <source>Desa sasaran</source>
      <translation>Target villages</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/targets_tab.py" />
      <source>Wilayah</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/targets_tab.py" />
      <source>Target</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/targets_tab.py" />
      <source>Terentaskan</source>
      <translation>Lifted</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/targets_tab.py" />
      <source>Tercapai</source>
      <translation>Achieved</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/targets_tab.py" />
      <source>Desa sasaran (status tahun ini → tahun berikutnya)</source>
      <translation>Target villages (status this year → next year)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/targets_tab.py" />
      <source>Memuat target</source>
      <translation>Loading targets</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/targets_tab.py" />
      <source>menunggu hasil {year}</source>
      <translation>waiting for the {year} results</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/targets_tab.py" />
      <source>ya</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/targets_tab.py" />
      <source>belum</source>
      <translation>not yet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/targets_tab.py" />
      <source>Menyimpan target</source>
      <translation>Saving the target</translation>
    </message>
  </context>
  <context>
    <name>VillageApbdesPanel</name>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Impor realisasi…</source>
      <translation>Import realisation…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Ekspor XLSX…</source>
      <translation>Export XLSX…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Cetak laporan monitoring</source>
      <translation>Print monitoring report</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Pilih desa untuk melihat APBDes-nya.</source>
      <translation>Choose a village to see its APBDes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Uraian</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Sumber</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Anggaran (Rp)</source>
      <translation>Budget (Rp)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Realisasi (Rp)</source>
      <translation>Realisation (Rp)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Bidang</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Sumber dana</source>
      <translation>Source of funds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Realisasi belanja per bidang</source>
      <translation>Spending realisation per sector</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Realisasi belanja per sumber dana</source>
      <translation>Spending realisation per source of funds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Kunjungan baru…</source>
      <translation>New visit…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Temuan baru…</source>
      <translation>New finding…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Memuat temuan</source>
      <translation>Loading findings</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Kunjungan pengawasan</source>
      <translation>Supervision visits</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Temuan dan tindak lanjut</source>
      <translation>Findings and follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Anggaran</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Realisasi</source>
      <translation>Realisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Pemeriksaan</source>
      <translation>Checks</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Kunjungan &amp;&amp; temuan</source>
      <translation>Visits &amp;&amp; findings</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Serapan</source>
      <translation>Absorption</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Memuat APBDes desa</source>
      <translation>Loading the village APBDes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>murni</source>
      <translation>original</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>perubahan</source>
      <translation>amended</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>APBDes {year} ({version})</source>
      <translation>APBDes {year} ({version})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Pemeriksaan ({count})</source>
      <translation>Checks ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>{village}: belum ada APBDes. Impor laporan realisasi (Kode Rekening | Uraian | Anggaran | Realisasi).</source>
      <translation>{village}: no APBDes yet. Import a realisation report (Kode Rekening | Uraian | Anggaran | Realisasi).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>surplus</source>
      <translation>surplus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>defisit</source>
      <translation>deficit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>semester I: {day}</source>
      <translation>semester I: {day}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>semester I: belum</source>
      <translation>semester I: not yet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>akhir tahun: {day}</source>
      <translation>year-end: {day}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>akhir tahun: belum</source>
      <translation>year-end: not yet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Perdes {number}</source>
      <translation>Perdes {number}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Perdes belum dicatat</source>
      <translation>Perdes not recorded</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>{perdes}. Pendapatan {revenue}, belanja {spending} ({balance} {difference}); belanja terealisasi {realised}. Laporan {reported}.</source>
      <translation>{perdes}. Revenue {revenue}, spending {spending} ({balance} {difference}); spending realised {realised}. Reports: {reported}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Ekspor APBDes</source>
      <translation>Export APBDes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Lembar kerja (*.xlsx)</source>
      <translation>Spreadsheet (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Ekspor selesai</source>
      <translation>Export finished</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>APBDes disimpan ke {path}.</source>
      <translation>APBDes saved to {path}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Mengekspor APBDes</source>
      <translation>Exporting the APBDes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/budget_panel.py" />
      <source>Laporan monitoring APBDes {name} {year}</source>
      <translation>APBDes monitoring report {name} {year}</translation>
    </message>
  </context>
  <context>
    <name>VillageCellDelegate</name>
    <message>
      <location filename="../../desktop_app/ui/meeting_village_cell.py" />
      <source>Pilih dari Desa terkait…</source>
      <translation>Choose from the related villages…</translation>
    </message>
  </context>
  <context>
    <name>VillageIdmPanel</name>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Pilih desa untuk melihat IDM-nya.</source>
      <translation>Choose a village to see its IDM.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Penilaian lapangan…</source>
      <translation>Field assessment…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Cetak laporan IDM</source>
      <translation>Print IDM report</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Tahun</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>No</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Skor</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Keterangan</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Kegiatan</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Pelaku</source>
      <translation>Actors</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Memuat IDM desa</source>
      <translation>Loading the village IDM</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Resmi</source>
      <translation>Official</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Draf lapangan</source>
      <translation>Field draft</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>{count} nilai terbitan tidak cocok dengan skor indikator</source>
      <translation>{count} published values do not match the indicator scores</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>hanya nilai ringkasan</source>
      <translation>summary values only</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>{village}: belum ada data IDM. Impor data resmi atau buat penilaian lapangan.</source>
      <translation>{village}: no IDM data yet. Import official data or make a field assessment.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>resmi</source>
      <translation>official</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>draf lapangan</source>
      <translation>field draft</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>{village} — IDM {year} ({kind}): {value}, {status}</source>
      <translation>{village} — IDM {year} ({kind}): {value}, {status}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Status tertinggi (Mandiri) sudah tercapai.</source>
      <translation>The highest status (Independent) has been reached.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>{code} {name} ({old}→5)</source>
      <translation>{code} {name} ({old}→5)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Jalan ke status {target}: naikkan {count} indikator ke skor 5 — {steps}. IDM menjadi {value}.</source>
      <translation>Path to {target}: raise {count} indicators to score 5 — {steps}. The IDM becomes {value}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/idm/village_idm.py" />
      <source>Laporan IDM {name}</source>
      <translation>IDM report {name}</translation>
    </message>
  </context>
  <context>
    <name>VillagePage</name>
    <message>
      <location filename="../../desktop_app/ui/village_page.py" />
      <source>Cari nama atau kode desa… (Ctrl+F)</source>
      <translation>Search village name or code… (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_page.py" />
      <source>Semua kecamatan</source>
      <translation>All kecamatan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_page.py" />
      <source>Semua jenis</source>
      <translation>All types</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_page.py" />
      <source>Desa</source>
      <translation>Village</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_page.py" />
      <source>Kampung</source>
      <translation>Kampung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_page.py" />
      <source>Kelurahan</source>
      <translation>Kelurahan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_page.py" />
      <source>Mencari desa</source>
      <translation>Searching villages</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_page.py" />
      <source>Profil</source>
      <translation>Profile</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_page.py" />
      <source>IDM</source>
      <translation>IDM</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_page.py" />
      <source>APBDes</source>
      <translation>APBDes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_page.py" />
      <source>Memuat kecamatan</source>
      <translation>Loading kecamatan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_page.py" />
      <source>Belum ada daftar desa. Impor daftar wilayah lewat Berkas → Impor daftar wilayah… (Ctrl+I).</source>
      <translation>No village list yet. Import the region list via File → Import region list… (Ctrl+I).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_page.py" />
      <source>{count} desa/kelurahan</source>
      <translation>{count} villages</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_page.py" />
      <source>Membuka profil desa</source>
      <translation>Opening the village profile</translation>
    </message>
  </context>
  <context>
    <name>VillagePicker</name>
    <message>
      <location filename="../../desktop_app/ui/village_picker.py" />
      <source>Ketik nama atau kode desa, lalu pilih…</source>
      <translation>Type a village name or code, then choose…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_picker.py" />
      <source>Hapus desa</source>
      <translation>Remove village</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_picker.py" />
      <source>Hapus desa yang dipilih dari daftar (Delete)</source>
      <translation>Remove the selected village from the list (Delete)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_picker.py" />
      <source>Desa terpilih; pilih lalu tekan Delete untuk menghapus</source>
      <translation>Chosen villages; select one and press Delete to remove it</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_picker.py" />
      <source>Mencari desa</source>
      <translation>Searching villages</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_picker.py" />
      <source>di kabupaten/kota {code}</source>
      <translation>in regency/city {code}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_picker.py" />
      <source>dalam daftar wilayah</source>
      <translation>in the region list</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_picker.py" />
      <source>Tidak ada desa "{text}" {where}.</source>
      <translation>No village "{text}" {where}.</translation>
    </message>
  </context>
  <context>
    <name>VillageProfile</name>
    <message>
      <location filename="../../desktop_app/core/villages/population.py" />
      <source>Penduduk baris {row}</source>
      <translation>Population row {row}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/population.py" />
      <source>{where}: tahun '{text}' bukan angka.</source>
      <translation>{where}: year '{text}' is not a number.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/population.py" />
      <source>{where}: tahun {year} di luar {first}–{last}.</source>
      <translation>{where}: year {year} is outside {first}–{last}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/population.py" />
      <source>{where}: tahun {year} ganda.</source>
      <translation>{where}: year {year} appears twice.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/population.py" />
      <source>jumlah penduduk</source>
      <translation>population</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/population.py" />
      <source>jumlah KK</source>
      <translation>number of households</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/population.py" />
      <source>{where}: {label} '{text}' bukan bilangan bulat.</source>
      <translation>{where}: {label} '{text}' is not a whole number.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/population.py" />
      <source>{where}: {label} tidak boleh negatif.</source>
      <translation>{where}: {label} cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/population.py" />
      <source>{where}: jumlah KK ({households}) melebihi jumlah penduduk ({people}).</source>
      <translation>{where}: households ({households}) exceed the population ({people}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile.py" />
      <source>Desa dengan kode {code} tidak ada.</source>
      <translation>There is no village with code {code}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Identitas</source>
      <translation>Identity</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Wilayah &amp; Batas</source>
      <translation>Area &amp; Boundaries</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Potensi</source>
      <translation>Potential</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Infrastruktur &amp; Akses</source>
      <translation>Infrastructure &amp; Access</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>BUMDes</source>
      <translation>BUMDes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Ya</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Tidak</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Nama kepala desa</source>
      <translation>Village head's name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Telepon kepala desa</source>
      <translation>Village head's phone</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Alamat kantor desa</source>
      <translation>Village office address</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Lintang</source>
      <translation>Latitude</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Bujur</source>
      <translation>Longitude</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Luas wilayah</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Batas utara</source>
      <translation>Northern boundary</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Batas timur</source>
      <translation>Eastern boundary</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Batas selatan</source>
      <translation>Southern boundary</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Batas barat</source>
      <translation>Western boundary</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Tipologi</source>
      <translation>Typology</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Pesisir/pantai</source>
      <translation>Coastal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Tepi sungai/DAS</source>
      <translation>Riverside/watershed</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Dataran rendah</source>
      <translation>Lowland</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Perbukitan/pegunungan</source>
      <translation>Hills/mountains</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Sekitar hutan</source>
      <translation>Forest fringe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Perkebunan</source>
      <translation>Plantations</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Sekitar tambang</source>
      <translation>Near mines</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Perkotaan</source>
      <translation>Urban</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Produk unggulan</source>
      <translation>Leading products</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Potensi desa</source>
      <translation>Village potential</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Listrik</source>
      <translation>Electricity</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>PLN 24 jam</source>
      <translation>PLN 24 hours</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>PLN tidak 24 jam</source>
      <translation>PLN not 24 hours</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Non-PLN (PLTS/genset)</source>
      <translation>Non-PLN (solar/generator)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Belum ada listrik</source>
      <translation>No electricity yet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Sinyal telepon</source>
      <translation>Phone signal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Kuat</source>
      <translation>Strong</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Lemah</source>
      <translation>Weak</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Tidak ada</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Internet</source>
      <translation>Internet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Lancar (4G/kabel)</source>
      <translation>Good (4G/cable)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Terbatas</source>
      <translation>Limited</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Jalan dapat dilalui sepanjang tahun</source>
      <translation>Road passable all year</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Jarak ke ibu kota kecamatan</source>
      <translation>Distance to the kecamatan capital</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Waktu tempuh ke ibu kota kecamatan</source>
      <translation>Travel time to the kecamatan capital</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>menit</source>
      <translation>minutes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Jarak ke ibu kota kabupaten</source>
      <translation>Distance to the kabupaten capital</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Waktu tempuh ke ibu kota kabupaten</source>
      <translation>Travel time to the kabupaten capital</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Nama BUMDes</source>
      <translation>BUMDes name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Status badan hukum</source>
      <translation>Legal status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Belum berbadan hukum</source>
      <translation>Not yet a legal entity</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Terdaftar</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Berbadan hukum</source>
      <translation>Legal entity</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Unit usaha (satu per baris)</source>
      <translation>Business units (one per line)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Catatan bebas</source>
      <translation>Free notes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>{label} wajib diisi.</source>
      <translation>{label} is required.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>bilangan bulat</source>
      <translation>a whole number</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>angka</source>
      <translation>a number</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>{label}: '{text}' bukan {kind}.</source>
      <translation>{label}: '{text}' is not {kind}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>{label} tidak boleh negatif.</source>
      <translation>{label} cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>{label} harus antara {low} dan {high}.</source>
      <translation>{label} must be between {low} and {high}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>{label}: pilihan '{text}' tidak dikenal.</source>
      <translation>{label}: unknown choice '{text}'.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>{label} terlalu panjang ({length} karakter, paling banyak {max}).</source>
      <translation>{label} is too long ({length} characters, at most {max}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>{label}: '{text}' bukan nomor telepon (hanya angka, spasi, tanda + dan -).</source>
      <translation>{label}: '{text}' is not a phone number (digits, spaces, + and - only).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/villages/profile_fields.py" />
      <source>Lintang dan bujur harus diisi keduanya.</source>
      <translation>Latitude and longitude must both be filled in.</translation>
    </message>
  </context>
  <context>
    <name>VillageTableModel</name>
    <message>
      <location filename="../../desktop_app/ui/village_model.py" />
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_model.py" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_model.py" />
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_model.py" />
      <source>Kecamatan</source>
      <translation>Kecamatan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_model.py" />
      <source>Kabupaten/Kota</source>
      <translation>Kabupaten/Kota</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_model.py" />
      <source>Desa</source>
      <translation>Village</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_model.py" />
      <source>Kampung</source>
      <translation>Kampung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_model.py" />
      <source>Kelurahan</source>
      <translation>Kelurahan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/village_model.py" />
      <source> (tidak aktif)</source>
      <translation> (inactive)</translation>
    </message>
  </context>
  <context>
    <name>VisitDialog</name>
    <message>
      <location filename="../../desktop_app/ui/apbdes/visit_dialog.py" />
      <source>Kunjungan pengawasan — {village}</source>
      <translation>Supervision visit — {village}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/visit_dialog.py" />
      <source>Nama petugas, dipisah koma</source>
      <translation>Officer names, separated by commas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/visit_dialog.py" />
      <source>Tanggal kunjungan</source>
      <translation>Visit date</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/visit_dialog.py" />
      <source>Petugas</source>
      <translation>Officers</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/visit_dialog.py" />
      <source>Tujuan</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/visit_dialog.py" />
      <source>Baris anggaran yang diperiksa</source>
      <translation>Budget rows checked</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/visit_dialog.py" />
      <source>Yang diperiksa lainnya</source>
      <translation>Other items checked</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/visit_dialog.py" />
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/visit_dialog.py" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/visit_dialog.py" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/apbdes/visit_dialog.py" />
      <source>Menyimpan kunjungan</source>
      <translation>Saving the visit</translation>
    </message>
  </context>
  <context>
    <name>WilayahImport</name>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>berkas tidak ditemukan di {folder}</source>
      <translation>file not found in {folder}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>berkas kosong</source>
      <translation>empty file</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>bukan berkas CSV (isi biner, mungkin XLSX/PDF); simpan ulang sebagai CSV UTF-8</source>
      <translation>not a CSV file (binary content, perhaps XLSX/PDF); save it again as UTF-8 CSV</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>pengodean teks bukan UTF-8 (bita {byte}); simpan ulang sebagai CSV UTF-8</source>
      <translation>text encoding is not UTF-8 (byte {byte}); save it again as UTF-8 CSV</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>judul kolom tidak terbaca</source>
      <translation>column headings cannot be read</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>kolom {missing} tidak ada; kolom yang ada: {found}</source>
      <translation>column {missing} is missing; columns present: {found}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>ada {got} kolom, seharusnya {expected}</source>
      <translation>there are {got} columns, there should be {expected}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>kode {code} ganda (sudah ada di baris {first})</source>
      <translation>code {code} appears twice (already in row {first})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>format CSV rusak: {error}</source>
      <translation>damaged CSV format: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>tidak berisi data</source>
      <translation>contains no data</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>kode '{code}' tidak sah</source>
      <translation>invalid code '{code}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>nama kosong untuk kode {code}</source>
      <translation>empty name for code {code}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>kode induk '{code}' tidak sah</source>
      <translation>invalid parent code '{code}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>kode {code} tidak berada di bawah kode induk {parent}</source>
      <translation>code {code} is not under parent code {parent}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>provinsi {code} tidak ada dalam daftar</source>
      <translation>province {code} is not in the list</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_files.py" />
      <source>kode {code}: induk {parent} tidak ada di {parent_file}</source>
      <translation>code {code}: parent {parent} is not in {parent_file}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_import.py" />
      <source>Provinsi</source>
      <translation>Province</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_import.py" />
      <source>Kabupaten/kota</source>
      <translation>Kabupaten/kota</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_import.py" />
      <source>Kecamatan</source>
      <translation>Kecamatan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_import.py" />
      <source>Desa/kelurahan</source>
      <translation>Desa/kelurahan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_import.py" />
      <source>{label}: {added} baru, {updated} diperbarui, {unchanged} tetap, {retired} ditandai tidak aktif, {reactivated} aktif kembali</source>
      <translation>{label}: {added} new, {updated} updated, {unchanged} unchanged, {retired} marked inactive, {reactivated} active again</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_import.py" />
      <source>Membaca berkas…</source>
      <translation>Reading the files…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/core/regions/wilayah_import.py" />
      <source>Menyimpan…</source>
      <translation>Saving…</translation>
    </message>
  </context>
  <context>
    <name>WilayahImporter</name>
    <message>
      <location filename="../../desktop_app/ui/import_wilayah_dialog.py" />
      <source>Impor daftar wilayah</source>
      <translation>Import region list</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_wilayah_dialog.py" />
      <source>Daftar wilayah sudah diimpor.</source>
      <translation>The region list has been imported.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_wilayah_dialog.py" />
      <source>Daftar wilayah sudah sama; tidak ada yang berubah.</source>
      <translation>The region list is already the same; nothing changed.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_wilayah_dialog.py" />
      <source>Impor daftar wilayah (tidak ada yang disimpan)</source>
      <translation>Import region list (nothing was saved)</translation>
    </message>
  </context>
</TS>
