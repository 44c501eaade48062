<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>ActionPlan</name>
    <message>
        <source>Wilayah: kode {code} tidak dikenal.</source>
        <translation>Region: code {code} is unknown.</translation>
    </message>
    <message>
        <source>Wilayah: pelaku ini di luar wilayah kerja Anda.</source>
        <translation>Region: this actor is outside your working area.</translation>
    </message>
    <message>
        <source>Wilayah: Anda hanya dapat menyimpan pelaku yang bekerja di dalam wilayah kerja Anda ({regions}). Pelaku tingkat nasional, provinsi atau kabupaten di atasnya dicatat oleh operator DPMD/DPMPD; pilih pelaku yang sudah ada, atau isi kode wilayah di dalam wilayah Anda.</source>
        <translation>Region: you can only save actors working inside your working area ({regions}). National, provincial or regency actors above it are recorded by the DPMD/DPMPD operator; choose an existing actor, or enter a region code inside your area.</translation>
    </message>
    <message>
        <source>Pelaku tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Actor not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Antar-desa</source>
        <translation>Between villages</translation>
    </message>
    <message>
        <source>Antar-desa melalui BKAD</source>
        <translation>Between villages through a BKAD</translation>
    </message>
    <message>
        <source>Antar-desa lintas kabupaten</source>
        <translation>Between villages across regencies</translation>
    </message>
    <message>
        <source>Dengan pihak ketiga</source>
        <translation>With a third party</translation>
    </message>
    <message>
        <source>Nomor kerja sama wajib diisi.</source>
        <translation>The agreement number is required.</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tanggal kerja sama wajib diisi.</source>
        <translation>The agreement date is required.</translation>
    </message>
    <message>
        <source>Pilih jenis kerja sama.</source>
        <translation>Choose the kind of cooperation.</translation>
    </message>
    <message>
        <source>Para pihak: isi paling sedikit dua pihak.</source>
        <translation>Parties: give at least two parties.</translation>
    </message>
    <message>
        <source>Ruang lingkup kerja sama wajib diisi.</source>
        <translation>The scope of the cooperation is required.</translation>
    </message>
    <message>
        <source>Mulai berlaku</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Berakhir tidak boleh sebelum tanggal mulainya.</source>
        <translation>The end cannot be before its start date.</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu desa yang disasar.</source>
        <translation>Choose at least one targeted village.</translation>
    </message>
    <message>
        <source>Indikator: &apos;{code}&apos; tidak dikenal.</source>
        <translation>Indicator: &apos;{code}&apos; is unknown.</translation>
    </message>
    <message>
        <source>Desa: {codes} tidak dikenal.</source>
        <translation>Village: {codes} unknown.</translation>
    </message>
    <message>
        <source>Nama pelaku wajib diisi.</source>
        <translation>The actor name is required.</translation>
    </message>
    <message>
        <source>Nama pelaku terlalu panjang (paling banyak 200 karakter).</source>
        <translation>The actor name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>Pilih jenis pelaku.</source>
        <translation>Choose the kind of actor.</translation>
    </message>
    <message>
        <source>Wilayah: kementerian/lembaga bekerja secara nasional, kosongkan wilayahnya.</source>
        <translation>Region: a ministry/agency works nationwide, leave its region empty.</translation>
    </message>
    <message>
        <source>Wilayah pelaku wajib diisi (provinsi, kabupaten/kota atau desa).</source>
        <translation>The actor region is required (province, regency/city or village).</translation>
    </message>
    <message>
        <source>Kontak terlalu panjang.</source>
        <translation>The contact is too long.</translation>
    </message>
    <message>
        <source>{label}: &apos;{text}&apos; bukan tanggal (contoh: 23-10-2026).</source>
        <translation>{label}: &apos;{text}&apos; is not a date (example: 23-10-2026).</translation>
    </message>
    <message>
        <source>{label}: &apos;{text}&apos; bukan jumlah uang (contoh: 150.000.000).</source>
        <translation>{label}: &apos;{text}&apos; is not an amount of money (example: 150.000.000).</translation>
    </message>
    <message>
        <source>{label} tidak boleh negatif.</source>
        <translation>{label} cannot be negative.</translation>
    </message>
    <message>
        <source>{label} tidak boleh sebelum tanggal mulainya.</source>
        <translation>{label} cannot be before its start date.</translation>
    </message>
    <message>
        <source>Pilih desa.</source>
        <translation>Choose a village.</translation>
    </message>
    <message>
        <source>Pilih indikator yang disasar.</source>
        <translation>Choose the targeted indicator.</translation>
    </message>
    <message>
        <source>Tahun: &apos;{text}&apos; bukan tahun (contoh: 2027).</source>
        <translation>Year: &apos;{text}&apos; is not a year (example: 2027).</translation>
    </message>
    <message>
        <source>Nama program/kegiatan wajib diisi.</source>
        <translation>The programme/activity name is required.</translation>
    </message>
    <message>
        <source>Nama program/kegiatan terlalu panjang ({count} karakter; paling banyak {limit}).</source>
        <translation>The programme/activity name is too long ({count} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realised</translation>
    </message>
    <message>
        <source>Pilih sumber anggaran dari daftar.</source>
        <translation>Choose the budget source from the list.</translation>
    </message>
    <message>
        <source>Sumber anggaran wajib diisi bila anggaran diisi.</source>
        <translation>The budget source is required when a budget is given.</translation>
    </message>
    <message>
        <source>Rencana mulai</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Rencana selesai</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Mulai (realisasi)</source>
        <translation>Start (actual)</translation>
    </message>
    <message>
        <source>Selesai (realisasi)</source>
        <translation>End (actual)</translation>
    </message>
    <message>
        <source>Catatan terlalu panjang.</source>
        <translation>The notes are too long.</translation>
    </message>
    <message>
        <source>Status: &apos;{wanted}&apos; bukan langkah baru.</source>
        <translation>Status: &apos;{wanted}&apos; is not a new step.</translation>
    </message>
    <message>
        <source>Pelaku wajib dipilih sebelum intervensi disepakati.</source>
        <translation>An actor must be chosen before the intervention is agreed.</translation>
    </message>
    <message>
        <source>Alasan pembatalan wajib diisi.</source>
        <translation>A reason for the cancellation is required.</translation>
    </message>
    <message>
        <source>Status tidak dapat diubah dari &apos;{current}&apos; ke &apos;{wanted}&apos; tanpa alasan (melompati atau mundur).</source>
        <translation>The status cannot change from &apos;{current}&apos; to &apos;{wanted}&apos; without a reason (skipping or going back).</translation>
    </message>
    <message>
        <source>Status awal intervensi tidak sah.</source>
        <translation>The initial status of the intervention is not valid.</translation>
    </message>
    <message>
        <source>Kementerian/lembaga</source>
        <translation>Ministry/agency</translation>
    </message>
    <message>
        <source>OPD provinsi</source>
        <translation>Provincial agency (OPD)</translation>
    </message>
    <message>
        <source>OPD kabupaten/kota</source>
        <translation>Regency/city agency (OPD)</translation>
    </message>
    <message>
        <source>Pemerintah desa</source>
        <translation>Village government</translation>
    </message>
    <message>
        <source>BUMDes</source>
        <translation>BUMDes</translation>
    </message>
    <message>
        <source>Perusahaan (CSR)</source>
        <translation>Company (CSR)</translation>
    </message>
    <message>
        <source>Perguruan tinggi</source>
        <translation>University</translation>
    </message>
    <message>
        <source>LSM</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>APBN</source>
        <translation>APBN (state budget)</translation>
    </message>
    <message>
        <source>APBD Provinsi</source>
        <translation>APBD Provinsi (provincial budget)</translation>
    </message>
    <message>
        <source>APBD Kabupaten/Kota</source>
        <translation>APBD Kabupaten/Kota (regency budget)</translation>
    </message>
    <message>
        <source>APBDes/Dana Desa</source>
        <translation>APBDes/Dana Desa (village budget)</translation>
    </message>
    <message>
        <source>Bantuan Keuangan</source>
        <translation>Financial assistance</translation>
    </message>
    <message>
        <source>CSR</source>
        <translation>CSR</translation>
    </message>
    <message>
        <source>Swadaya</source>
        <translation>Self-funded (swadaya)</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Diusulkan</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Disepakati</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Naik</source>
        <translation>Improved</translation>
    </message>
    <message>
        <source>Tetap</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Turun</source>
        <translation>Fell</translation>
    </message>
    <message>
        <source>Belum dinilai</source>
        <translation>Not yet assessed</translation>
    </message>
    <message>
        <source>Baris {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <source>Rapat tidak ditemukan; simpan rapat terlebih dahulu.</source>
        <translation>Meeting not found; save the meeting first.</translation>
    </message>
    <message>
        <source>Belum ditanggapi</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <source>Menjadi intervensi</source>
        <translation>Became an intervention</translation>
    </message>
    <message>
        <source>Dijawab</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>laki-laki</source>
        <translation>men</translation>
    </message>
    <message>
        <source>perempuan</source>
        <translation>women</translation>
    </message>
    <message>
        <source>Baris {row}: jumlah {label} &apos;{text}&apos; bukan bilangan bulat.</source>
        <translation>Row {row}: the number of {label} &apos;{text}&apos; is not a whole number.</translation>
    </message>
    <message>
        <source>Baris {row}: kelompok wajib diisi.</source>
        <translation>Row {row}: the group is required.</translation>
    </message>
    <message>
        <source>Isi usulan wajib diisi.</source>
        <translation>The proposal text is required.</translation>
    </message>
    <message>
        <source>Jawaban atau alasan wajib diisi.</source>
        <translation>An answer or reason is required.</translation>
    </message>
    <message>
        <source>Usulan tidak ditemukan.</source>
        <translation>Proposal not found.</translation>
    </message>
    <message>
        <source>Desa: {code} bukan desa yang dikenal.</source>
        <translation>Village: {code} is not a known village.</translation>
    </message>
    <message>
        <source>Desa: {code} di luar wilayah kerja Anda.</source>
        <translation>Village: {code} is outside your working area.</translation>
    </message>
    <message>
        <source>Indikator: &apos;{code}&apos; bukan indikator {index} yang dikenal.</source>
        <translation>Indicator: &apos;{code}&apos; is not a known {index} indicator.</translation>
    </message>
    <message>
        <source>Aspek: &apos;{code}&apos; bukan aspek Indeks Desa yang dikenal.</source>
        <translation>Aspect: &apos;{code}&apos; is not a known Indeks Desa aspect.</translation>
    </message>
    <message>
        <source>Indeks: &apos;{index}&apos; bukan indeks yang dikenal (IDM atau Indeks Desa).</source>
        <translation>Index: &apos;{index}&apos; is not a known index (IDM or Indeks Desa).</translation>
    </message>
    <message>
        <source>Pelaku: tidak ditemukan di daftar pelaku.</source>
        <translation>Actor: not found in the actor registry.</translation>
    </message>
    <message>
        <source>Pelaku: {name} di luar wilayah kerja Anda atau wilayah desa ini.</source>
        <translation>Actor: {name} is outside your working area or this village&apos;s region.</translation>
    </message>
    <message>
        <source>Intervensi tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Intervention not found (it may have been deleted).</translation>
    </message>
</context>
<context>
    <name>ActionPlanExport</name>
    <message>
        <source>{region} — Tahun {year}</source>
        <translation>{region} — Year {year}</translation>
    </message>
    <message>
        <source>Cakupan</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Pelaku</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Dampak per pelaku</source>
        <translation>Effect per actor</translation>
    </message>
    <message>
        <source>Dampak per indikator</source>
        <translation>Effect per indicator</translation>
    </message>
    <message>
        <source>{region} — intervensi selesai, semua tahun</source>
        <translation>{region} — completed interventions, all years</translation>
    </message>
    <message>
        <source>Pelaku/indikator</source>
        <translation>Actor/indicator</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Provinsi (semua kabupaten/kota)</source>
        <translation>Province (all regencies/cities)</translation>
    </message>
    <message>
        <source>Hanya desa sasaran</source>
        <translation>Target villages only</translation>
    </message>
    <message>
        <source>Hanya yang belum ditangani</source>
        <translation>Uncovered only</translation>
    </message>
    <message>
        <source>Intervensi baru…</source>
        <translation>New intervention…</translation>
    </message>
    <message>
        <source>Pelaku…</source>
        <translation>Actors…</translation>
    </message>
    <message>
        <source>Ekspor XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Cetak matriks…</source>
        <translation>Print matrix…</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Dasar</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Indikator di jalur naik</source>
        <translation>Indicator on the path up</translation>
    </message>
    <message>
        <source>Ditangani</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>ya ({count})</source>
        <translation>yes ({count})</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source> (diusulkan {count})</source>
        <translation> (proposed {count})</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Pelaku</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Komitmen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Anggaran disepakati</source>
        <translation>Budget agreed</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realised</translation>
    </message>
    <message>
        <source>Intervensi</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Intervensi selesai (semua tahun): skor indikator pada penilaian resmi berikutnya dibanding penilaian dasar sebelum tahun intervensi.</source>
        <translation>Completed interventions (all years): the indicator&apos;s score in the next official assessment against the baseline before the intervention&apos;s year.</translation>
    </message>
    <message>
        <source>Cakupan jalur naik</source>
        <translation>Path-up coverage</translation>
    </message>
    <message>
        <source>Per pelaku</source>
        <translation>Per actor</translation>
    </message>
    <message>
        <source>Per indikator</source>
        <translation>Per indicator</translation>
    </message>
    <message>
        <source>Dampak</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Para pihak</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Ruang lingkup</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Kerja sama baru…</source>
        <translation>New cooperation agreement…</translation>
    </message>
    <message>
        <source>Kerja sama</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>Memuat rencana aksi</source>
        <translation>Loading the action plan</translation>
    </message>
    <message>
        <source>{villages} desa, {steps} indikator di jalur naik, {uncovered} belum ditangani; {count} intervensi tahun {year}.</source>
        <translation>{villages} villages, {steps} indicators on the path up, {uncovered} not covered; {count} interventions in {year}.</translation>
    </message>
    <message>
        <source>Pilih desa untuk intervensi baru</source>
        <translation>Choose the village of the new intervention</translation>
    </message>
    <message>
        <source>Provinsi Kalimantan Timur</source>
        <translation>East Kalimantan Province</translation>
    </message>
    <message>
        <source>Simpan rencana aksi</source>
        <translation>Save the action plan</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Mengekspor rencana aksi</source>
        <translation>Exporting the action plan</translation>
    </message>
    <message>
        <source>Matriks Rencana Aksi {region} {year}</source>
        <translation>Action plan matrix {region} {year}</translation>
    </message>
</context>
<context>
    <name>ActorsDialog</name>
    <message>
        <source>Pelaku (mitra sinergi)</source>
        <translation>Actors (synergy partners)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>nasional</source>
        <translation>national</translation>
    </message>
    <message>
        <source>Nama lain di rumusan</source>
        <translation>Other names in the rumusan</translation>
    </message>
    <message>
        <source>64 (provinsi), 64.01 (kabupaten) atau kode desa; kosong: nasional</source>
        <translation>64 (province), 64.01 (regency) or a village code; empty: national</translation>
    </message>
    <message>
        <source>dipisah koma, mis. DINKES, Dinkes Kab</source>
        <translation>comma-separated, e.g. DINKES, Dinkes Kab</translation>
    </message>
    <message>
        <source>Wilayah kerja</source>
        <translation>Working region</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Nama lain</source>
        <translation>Other names</translation>
    </message>
    <message>
        <source>Pelaku baru</source>
        <translation>New actor</translation>
    </message>
    <message>
        <source>Simpan pelaku</source>
        <translation>Save actor</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Nama di rumusan</source>
        <translation>Name in the rumusan</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Regency</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Petakan ke pelaku ini</source>
        <translation>Map to this actor</translation>
    </message>
    <message>
        <source>Nama pelaku di rumusan IDM yang belum dikenali. Petakan sekali; nama itu menjadi nama lain pelaku yang dipilih.</source>
        <translation>Actor names in the IDM rumusan that are not recognised yet. Map each once; the name becomes another name of the chosen actor.</translation>
    </message>
    <message>
        <source>Daftar pelaku</source>
        <translation>Actor registry</translation>
    </message>
    <message>
        <source>Nama belum dikenali</source>
        <translation>Unrecognised names</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Memuat pelaku</source>
        <translation>Loading actors</translation>
    </message>
    <message>
        <source>Nama belum dikenali ({count})</source>
        <translation>Unrecognised names ({count})</translation>
    </message>
    <message>
        <source>Menyimpan pelaku</source>
        <translation>Saving the actor</translation>
    </message>
    <message>
        <source>Memetakan nama</source>
        <translation>Mapping the name</translation>
    </message>
</context>
<context>
    <name>ApbdesCheck</name>
    <message>
        <source>{line}: realisasi Rp {realised} melebihi anggaran Rp {budget}.</source>
        <translation>{line}: realised Rp {realised} exceeds the budget Rp {budget}.</translation>
    </message>
    <message>
        <source>anggaran</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>realisasi</source>
        <translation>realisation</translation>
    </message>
    <message>
        <source>{line}: jumlah {what} tertulis Rp {stated}, tetapi rinciannya berjumlah Rp {summed}.</source>
        <translation>{line}: the {what} total reads Rp {stated}, but its details add up to Rp {summed}.</translation>
    </message>
    <message>
        <source>Belanja bersumber {source} Rp {spent} melebihi pendapatan/penerimaan {source} yang dianggarkan (Rp {income}).</source>
        <translation>Spending funded by {source} Rp {spent} exceeds the budgeted {source} income/receipts (Rp {income}).</translation>
    </message>
    <message>
        <source>{label}: {share} % dari Dana Desa (Rp {used} dari Rp {base}); aturan tahun {year}: paling banyak {limit} %.</source>
        <translation>{label}: {share} % of Dana Desa (Rp {used} of Rp {base}); rule for {year}: at most {limit} %.</translation>
    </message>
    <message>
        <source>{label}: {share} % dari Dana Desa (Rp {used} dari Rp {base}); aturan tahun {year}: paling sedikit {limit} %.</source>
        <translation>{label}: {share} % of Dana Desa (Rp {used} of Rp {base}); rule for {year}: at least {limit} %.</translation>
    </message>
    <message>
        <source>Laporan realisasi semester {semester} tahun {year} belum ada, padahal batasnya {deadline}.</source>
        <translation>The realisation report for semester {semester} of {year} is missing, although it was due by {deadline}.</translation>
    </message>
    <message>
        <source>Laporan realisasi semester {semester} tahun {year} diterima {received}, terlambat {days} hari dari batasnya {deadline}.</source>
        <translation>The semester {semester} {year} realisation report was received on {received}, {days} days after its deadline of {deadline}.</translation>
    </message>
    <message>
        <source>Penyerapan belanja sampai akhir {month} {year} baru {share} % (Rp {realised} dari Rp {budget}); batas pemantauan: paling sedikit {minimum} %.</source>
        <translation>Spending absorbed by the end of {month} {year} is only {share} % (Rp {realised} of Rp {budget}); monitoring threshold: at least {minimum} %.</translation>
    </message>
</context>
<context>
    <name>ApbdesExport</name>
    <message>
        <source>LAPORAN REALISASI APBDES {village} TAHUN {year} ({version})</source>
        <translation>APBDES REALISATION REPORT {village} YEAR {year} ({version})</translation>
    </message>
</context>
<context>
    <name>ApbdesImport</name>
    <message>
        <source>nama berkas tidak memuat kode desa (mis. 64.01.01.2001)</source>
        <translation>the file name does not contain a village code (e.g. 64.01.01.2001)</translation>
    </message>
    <message>
        <source>Mengimpor laporan realisasi</source>
        <translation>Importing the realisation report</translation>
    </message>
    <message>
        <source>{code} bukan desa/kampung; kelurahan tidak punya APBDes</source>
        <translation>{code} is not a desa/kampung; a kelurahan has no APBDes</translation>
    </message>
    <message>
        <source>
{files} laporan diimpor: {added} baris baru, {changed} berubah, {removed} dihapus; {findings} hasil pemeriksaan perlu perhatian.</source>
        <translation>
{files} reports imported: {added} new rows, {changed} changed, {removed} removed; {findings} check results need attention.</translation>
    </message>
    <message>
        <source>Ditolak (tidak ada yang disimpan dari berkas ini):</source>
        <translation>Rejected (nothing from this file was saved):</translation>
    </message>
    <message>
        <source>daftarnya tercetak di atas (galat standar), di bawah judul &apos;Ditolak&apos;</source>
        <translation>they are listed above (standard error), under &apos;Ditolak&apos;</translation>
    </message>
    <message>
        <source>pemetaan kolom tidak lengkap: {missing}</source>
        <translation>incomplete column mapping: {missing}</translation>
    </message>
    <message>
        <source>judul kolom Kode Rekening | Uraian | Anggaran | Realisasi tidak ditemukan di {count} baris pertama; bukan laporan realisasi APBDes</source>
        <translation>column headings Kode Rekening | Uraian | Anggaran | Realisasi not found in the first {count} rows; not an APBDes realisation report</translation>
    </message>
    <message>
        <source>sel {cell}: &apos;{value}&apos; bukan jumlah uang</source>
        <translation>cell {cell}: &apos;{value}&apos; is not an amount of money</translation>
    </message>
    <message>
        <source>sel {cell}: kode rekening kosong pada baris berisi jumlah</source>
        <translation>cell {cell}: empty account code on a row with an amount</translation>
    </message>
    <message>
        <source>sel {cell}: kode bidang/kegiatan &apos;{code}&apos; tidak dikenal</source>
        <translation>cell {cell}: unknown field/activity code &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>sel {cell}: kode rekening &apos;{code}&apos; tidak ada dalam daftar rekening</source>
        <translation>cell {cell}: account code &apos;{code}&apos; is not in the chart of accounts</translation>
    </message>
    <message>
        <source>sel {cell}: &apos;{code}&apos; bukan kode rekening atau kode kegiatan</source>
        <translation>cell {cell}: &apos;{code}&apos; is neither an account code nor an activity code</translation>
    </message>
    <message>
        <source>sel {cell}: baris {code} ganda (sudah ada di baris {first})</source>
        <translation>cell {cell}: row {code} appears twice (already in row {first})</translation>
    </message>
    <message>
        <source>sel {cell}: anggaran negatif ({value})</source>
        <translation>cell {cell}: negative budget ({value})</translation>
    </message>
    <message>
        <source>tidak ada baris anggaran</source>
        <translation>no budget rows</translation>
    </message>
    <message>
        <source>sel {cell}: sumber dana &apos;{value}&apos; tidak dikenal (pilihan: {choices})</source>
        <translation>cell {cell}: unknown source of funds &apos;{value}&apos; (choices: {choices})</translation>
    </message>
    <message>
        <source>sel {cell}: Lebih/(Kurang) tertulis {stated}, seharusnya {expected}</source>
        <translation>cell {cell}: Surplus/(Deficit) reads {stated}, should be {expected}</translation>
    </message>
</context>
<context>
    <name>ApbdesView</name>
    <message>
        <source>Tanpa bidang</source>
        <translation>No sector</translation>
    </message>
    <message>
        <source>Tanpa sumber</source>
        <translation>No source</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Perubahan yang belum tersimpan tidak disimpan setengah jadi. Rincian ada di berkas log.</source>
        <translation>An unexpected error occurred. Unsaved changes were not saved half-way. Details are in the log file.</translation>
    </message>
    <message>
        <source>Memperbarui basis data… (cadangan dibuat lebih dulu)</source>
        <translation>Updating the database… (a backup is made first)</translation>
    </message>
    <message>
        <source>Menyiapkan basis data…</source>
        <translation>Preparing the database…</translation>
    </message>
    <message>
        <source>Sinergi Desa</source>
        <translation>Sinergi Desa</translation>
    </message>
    <message>
        <source>Pulihkan data</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Cadangan otomatis dibuat.</source>
        <translation>Automatic backup made.</translation>
    </message>
    <message>
        <source>Cadangan otomatis gagal: {error}</source>
        <translation>Automatic backup failed: {error}</translation>
    </message>
    <message>
        <source>Data tidak dapat dibuka</source>
        <translation>The data cannot be opened</translation>
    </message>
    <message>
        <source>Sinergi Desa — DATA CONTOH (fiktif, terpisah dari data asli)</source>
        <translation>Sinergi Desa — DEMO DATA (fictional, kept apart from real data)</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>&amp;Tambah foto/pindaian…</source>
        <translation>&amp;Add photo/scan…</translation>
    </message>
    <message>
        <source>Hapus lampiran</source>
        <translation>Delete attachment</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Memuat lampiran</source>
        <translation>Loading attachments</translation>
    </message>
    <message>
        <source>Tambah lampiran</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <source>Foto dan pindaian (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)</source>
        <translation>Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Simpan dulu, lalu lampirkan.</source>
        <translation>Save first, then attach.</translation>
    </message>
    <message>
        <source>Menambah lampiran</source>
        <translation>Adding attachments</translation>
    </message>
    <message>
        <source>Tidak dilampirkan:</source>
        <translation>Not attached:</translation>
    </message>
    <message>
        <source>Menghapus lampiran</source>
        <translation>Deleting the attachment</translation>
    </message>
    <message>
        <source>Membuka lampiran</source>
        <translation>Opening the attachment</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name}: bukan foto (JPEG/PNG) atau pindaian PDF yang dapat dibaca</source>
        <translation>{name}: not a readable photo (JPEG/PNG) or PDF scan</translation>
    </message>
    <message>
        <source>{name}: jenis gambar {kind} tidak didukung</source>
        <translation>{name}: image type {kind} is not supported</translation>
    </message>
    <message>
        <source>{name}: berkas tidak dapat dibaca ({reason})</source>
        <translation>{name}: the file cannot be read ({reason})</translation>
    </message>
    <message>
        <source>{name}: berkas kosong</source>
        <translation>{name}: empty file</translation>
    </message>
    <message>
        <source>{name}: terlalu besar ({size} MB; batas {limit} MB)</source>
        <translation>{name}: too large ({size} MB; limit {limit} MB)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Belum ada data untuk dicadangkan di {path}.</source>
        <translation>There is no data to back up in {path} yet.</translation>
    </message>
    <message>
        <source>Menyalin basis data…</source>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <source>Menyimpan lampiran…</source>
        <translation>Saving attachments…</translation>
    </message>
    <message>
        <source>Selesai.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dipakai untuk memulihkan data: {reason} Tidak ada data yang diubah.</source>
        <translation>File {name} cannot be used to restore data: {reason} No data was changed.</translation>
    </message>
    <message>
        <source>berkas dibuat oleh versi Sinergi Desa yang lebih baru.</source>
        <translation>the file was made by a newer version of Sinergi Desa.</translation>
    </message>
    <message>
        <source>ini bukan berkas cadangan Sinergi Desa.</source>
        <translation>this is not a Sinergi Desa backup file.</translation>
    </message>
    <message>
        <source>berkas rusak, terpotong atau bukan berkas cadangan.</source>
        <translation>the file is damaged, truncated or not a backup file.</translation>
    </message>
    <message>
        <source>berkas rusak atau terpotong.</source>
        <translation>the file is damaged or truncated.</translation>
    </message>
    <message>
        <source>isi berkas tidak sesuai dengan daftar isinya.</source>
        <translation>the file&apos;s contents do not match its list of contents.</translation>
    </message>
    <message>
        <source>Memeriksa isi cadangan…</source>
        <translation>Checking the backup&apos;s contents…</translation>
    </message>
    <message>
        <source>Isi cadangan utuh.</source>
        <translation>The backup is intact.</translation>
    </message>
    <message>
        <source>berkas {name} di dalamnya telah berubah atau rusak (checksum tidak cocok).</source>
        <translation>the file {name} inside it has been changed or damaged (checksum mismatch).</translation>
    </message>
    <message>
        <source>Menunggu penulisan data lain selesai…</source>
        <translation>Waiting for other writes to finish…</translation>
    </message>
    <message>
        <source>Data dipulihkan.</source>
        <translation>Data restored.</translation>
    </message>
    <message>
        <source>Menyimpan salinan data saat ini…</source>
        <translation>Saving a copy of the current data…</translation>
    </message>
    <message>
        <source>Memulihkan data…</source>
        <translation>Restoring data…</translation>
    </message>
    <message>
        <source>basis data di dalamnya rusak.</source>
        <translation>the database inside it is damaged.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Cadangkan data</source>
        <translation>Back up data</translation>
    </message>
    <message>
        <source>Cadangan Sinergi Desa (*{suffix})</source>
        <translation>Sinergi Desa backup (*{suffix})</translation>
    </message>
    <message>
        <source>Cadangan tersimpan di {path}
{villages} desa, {files} lampiran, {size}.</source>
        <translation>Backup saved to {path}
{villages} villages, {files} attachments, {size}.</translation>
    </message>
    <message>
        <source>Mencadangkan data</source>
        <translation>Backing up data</translation>
    </message>
    <message>
        <source>Pulihkan data</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Cadangan Sinergi Desa (*{suffix});;Semua berkas (*)</source>
        <translation>Sinergi Desa backup (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>Memeriksa berkas cadangan…</source>
        <translation>Checking the backup file…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Memeriksa berkas cadangan</source>
        <translation>Checking the backup file</translation>
    </message>
    <message>
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
        <source>&amp;Pulihkan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Data dipulihkan dari {name}. Jendela dibuka ulang dengan data tersebut.
Salinan data sebelumnya: {copy}</source>
        <translation>Data restored from {name}. The window is reopened with that data.
Copy of the previous data: {copy}</translation>
    </message>
    <message>
        <source>Memulihkan data</source>
        <translation>Restoring data</translation>
    </message>
</context>
<context>
    <name>CodeChanges</name>
    <message>
        <source>{code} {name}, Kecamatan {district}</source>
        <translation>{code} {name}, Kecamatan {district}</translation>
    </message>
    <message>
        <source>kode desa {code} tidak ada dalam daftar wilayah</source>
        <translation>village code {code} is not in the region list</translation>
    </message>
    <message>
        <source>; kabupaten {regency} belum ada dalam daftar: impor daftar wilayah Kemendagri dulu</source>
        <translation>; kabupaten {regency} is not in the list yet: import the Kemendagri region list first</translation>
    </message>
    <message>
        <source>; desa bernama &apos;{name}&apos; di kabupaten {regency} kini {village} — kodenya tampaknya berubah. Periksa, lalu setujui peta kode {old} → {new} dan impor lagi (baris perintah: tulis usulan dengan --propose-code-map, lalu --code-map)</source>
        <translation>; the village named &apos;{name}&apos; in kabupaten {regency} is now {village} — its code seems to have changed. Check, then confirm the code map {old} → {new} and import again (command line: write the proposals with --propose-code-map, then --code-map)</translation>
    </message>
    <message>
        <source>; di kabupaten {regency} ada {count} desa bernama &apos;{name}&apos; (kecamatan di berkas: {district}): {villages}. Tulis kode yang benar di kolom new_code peta kode, lalu impor lagi dengan --code-map</source>
        <translation>; kabupaten {regency} has {count} villages named &apos;{name}&apos; (kecamatan in the file: {district}): {villages}. Write the right code in the new_code column of the code map, then import again with --code-map</translation>
    </message>
    <message>
        <source>, dan berkas tidak memuat nama desa untuk mencari kode kininya. Bila desa ini pindah, tulis kode kininya di peta kode (--code-map) lalu impor lagi</source>
        <translation>, and the file has no village name to find its current code by. If this village moved, write its current code in the code map (--code-map) and import again</translation>
    </message>
    <message>
        <source>; di kabupaten {regency} juga tidak ada desa bernama &apos;{name}&apos;. Periksa kode dan nama di berkas; bila desa ini pindah atau berganti nama, tulis kode kininya di peta kode (--code-map); bila daftar wilayah sudah lama, impor daftar wilayah Kemendagri terbaru</source>
        <translation>; nor is there a village named &apos;{name}&apos; in kabupaten {regency}. Check the code and name in the file; if this village moved or was renamed, write its current code in the code map (--code-map); if the region list is old, import the latest Kemendagri region list</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; bukan kode desa Kemendagri (64.02.19.2001 atau 6402192001)</source>
        <translation>&apos;{code}&apos; is not a Kemendagri village code (64.02.19.2001 or 6402192001)</translation>
    </message>
    <message>
        <source>berkas tidak dapat dibaca: {detail}</source>
        <translation>the file cannot be read: {detail}</translation>
    </message>
    <message>
        <source>format CSV rusak: {detail}</source>
        <translation>broken CSV format: {detail}</translation>
    </message>
    <message>
        <source>judul kolom old_code dan new_code tidak ada; peta kode adalah CSV dengan kolom old_code,new_code (tulis contohnya dengan --propose-code-map)</source>
        <translation>the column headings old_code and new_code are missing; a code map is a CSV with the columns old_code,new_code (write an example with --propose-code-map)</translation>
    </message>
    <message>
        <source>kode lama {old} sudah dipetakan ke {new} di baris {first}</source>
        <translation>old code {old} is already mapped to {new} on line {first}</translation>
    </message>
    <message>
        <source>kode lama {old} masih berlaku dalam daftar wilayah; peta kode hanya untuk kode yang sudah tidak ada. Hapus baris ini</source>
        <translation>old code {old} is still valid in the region list; a code map is only for codes that no longer exist. Delete this line</translation>
    </message>
    <message>
        <source>kode baru {new} tidak ada dalam daftar wilayah (atau tidak aktif); tulis kode desa yang berlaku, atau impor daftar wilayah Kemendagri terbaru</source>
        <translation>new code {new} is not in the region list (or not active); write a valid village code, or import the latest Kemendagri region list</translation>
    </message>
    <message>
        <source>usulan: nama sama di kabupaten yang sama; periksa, hapus barisnya bila salah</source>
        <translation>proposed: same name in the same kabupaten; check it, delete the line if wrong</translation>
    </message>
    <message>
        <source>pilih salah satu: {villages}</source>
        <translation>choose one: {villages}</translation>
    </message>
    <message>
        <source>tidak ada desa bernama sama di kabupaten ini</source>
        <translation>no village of that name in this kabupaten</translation>
    </message>
</context>
<context>
    <name>CodeMapDialog</name>
    <message>
        <source>Kode desa berubah</source>
        <translation>Village codes changed</translation>
    </message>
    <message>
        <source>{count} kode desa di berkas resmi tidak ada lagi dalam daftar wilayah. Di bawah ini desa bernama sama di kabupaten yang sama. Periksa setiap baris: data di bawah kode lama diimpor dengan kode kini yang dipilih, dan kode lamanya disimpan sebagai kode terbit. Baris &apos;jangan impor&apos; tetap dilewati.</source>
        <translation>{count} village codes in the official files are no longer in the region list. Below are the villages of the same name in the same kabupaten. Check every line: data under an old code is imported under the current code chosen, and the old code is kept as the published code. Lines left on &apos;do not import&apos; stay skipped.</translation>
    </message>
    <message>
        <source>Kode lama</source>
        <translation>Old code</translation>
    </message>
    <message>
        <source>Nama di berkas (kecamatan)</source>
        <translation>Name in the file (kecamatan)</translation>
    </message>
    <message>
        <source>Impor sebagai</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>— jangan impor —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <source>Impor dengan kode kini</source>
        <translation>Import under the current codes</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ColumnMappingBox</name>
    <message>
        <source>Kolom mana berisi apa?</source>
        <translation>Which column holds what?</translation>
    </message>
    <message>
        <source>Baris judul kolom</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>Membaca berkas…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Membaca berkas</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>Kolom dikenali (judul di baris {row}).</source>
        <translation>Columns recognised (headers in row {row}).</translation>
    </message>
    <message>
        <source>Judul kolom tidak dikenali. Tunjukkan baris judul dan kolom mana berisi apa; pilihan ini diingat untuk berkas dengan judul yang sama.</source>
        <translation>Column headers not recognised. Show the header row and which column holds what; the choice is remembered for files with the same headers.</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
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
        <source>Selesai: semua berkas diimpor.</source>
        <translation>Finished: every file imported.</translation>
    </message>
    <message>
        <source>{count} berkas</source>
        <translation>{count} files</translation>
    </message>
    <message>
        <source>{count} baris lembar</source>
        <translation>{count} sheet rows</translation>
    </message>
    <message>
        <source>Selesai dengan {what} dilewati: {where}{then} (kode keluar 3).</source>
        <translation>Finished with {what} skipped: {where}{then} (exit code 3).</translation>
    </message>
    <message>
        <source> dan </source>
        <translation> and </translation>
    </message>
    <message>
        <source>daftarnya ada di atas, di bawah judul &apos;Dilewati:&apos;</source>
        <translation>they are listed above, under &apos;Dilewati:&apos;</translation>
    </message>
    <message>
        <source>Berkas ditolak, tidak ada yang disimpan darinya:</source>
        <translation>File refused; nothing of it was saved:</translation>
    </message>
    <message>
        <source>Selesai, tetapi {count} berkas ditolak seluruhnya (kode keluar 1).</source>
        <translation>Finished, but {count} files were refused as a whole (exit code 1).</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Nilai Anda</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>Nilai server</source>
        <translation>Server value</translation>
    </message>
    <message>
        <source>Dipakai sekarang</source>
        <translation>In use now</translation>
    </message>
    <message>
        <source>nilai Anda</source>
        <translation>your value</translation>
    </message>
    <message>
        <source>nilai server</source>
        <translation>server value</translation>
    </message>
    <message>
        <source>data dihapus di perangkat lain</source>
        <translation>record deleted on another device</translation>
    </message>
    <message>
        <source>nilai Anda (data induk dari server tidak ada di laptop ini; minta operator memeriksanya)</source>
        <translation>your value (the server&apos;s parent record is not on this laptop; ask an operator to check it)</translation>
    </message>
</context>
<context>
    <name>CooperationDialog</name>
    <message>
        <source>Kerja sama desa</source>
        <translation>Village cooperation agreement</translation>
    </message>
    <message>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Satu pihak per baris</source>
        <translation>One party per line</translation>
    </message>
    <message>
        <source>Nomor indikator IDM, mis. 8, 48</source>
        <translation>IDM indicator numbers, e.g. 8, 48</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Para pihak</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Ruang lingkup</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Mulai berlaku</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Desa sasaran</source>
        <translation>Target villages</translation>
    </message>
    <message>
        <source>Indikator sasaran</source>
        <translation>Target indicators</translation>
    </message>
    <message>
        <source>Naskah kerja sama dan dokumen lain (PDF, JPEG, PNG).</source>
        <translation>The signed agreement and other documents (PDF, JPEG, PNG).</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Intervensi dalam kerja sama ini</source>
        <translation>Interventions under this agreement</translation>
    </message>
    <message>
        <source>Memuat kerja sama</source>
        <translation>Loading the cooperation agreement</translation>
    </message>
    <message>
        <source>Menyimpan kerja sama</source>
        <translation>Saving the cooperation agreement</translation>
    </message>
    <message>
        <source>Kerja sama {number}</source>
        <translation>Cooperation agreement {number}</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>Ruang disk di {folder} tidak cukup. Kosongkan ruang lalu coba lagi; tidak ada data yang berubah.</source>
        <translation>Not enough disk space in {folder}. Free some space and try again; no data was changed.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak dapat ditulisi (hanya-baca atau tanpa izin). Pilih folder lain; tidak ada data yang berubah.</source>
        <translation>Folder {folder} cannot be written to (read-only or no permission). Choose another folder; no data was changed.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat ditulis di {folder}: {error}</source>
        <translation>Files cannot be written in {folder}: {error}</translation>
    </message>
    <message>
        <source>Basis data di {folder} tidak dapat ditulis: {error}</source>
        <translation>The database in {folder} cannot be written: {error}</translation>
    </message>
    <message>
        <source>Data di {folder} sedang dibuka oleh Sinergi Desa lain (jendela lain atau pengguna lain di komputer ini). Tutup program itu dulu, lalu coba lagi.</source>
        <translation>The data in {folder} is already open in another Sinergi Desa (another window or another user on this computer). Close that program first, then try again.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Berkas {path} bukan basis data Sinergi Desa; berkas tidak diubah.</source>
        <translation>File {path} is not a Sinergi Desa database; the file was not changed.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat dibaca sebagai basis data: {error}</source>
        <translation>File {path} cannot be read as a database: {error}</translation>
    </message>
    <message>
        <source>Basis data {path} dibuat oleh versi Sinergi Desa yang lebih baru (skema {revision}). Perbarui program ini; berkas tidak diubah.</source>
        <translation>Database {path} was made by a newer version of Sinergi Desa (schema {revision}). Update this program; the file was not changed.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Penilaian lapangan — {village}</source>
        <translation>Field assessment — {village}</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Tahun penilaian</source>
        <translation>Assessment year</translation>
    </message>
    <message>
        <source>Draf ini terpisah dari data resmi; nilai resmi tidak berubah.</source>
        <translation>This draft is kept apart from the official data; the official values do not change.</translation>
    </message>
    <message>
        <source>{parts} · IDM {idm} · {status}</source>
        <translation>{parts} · IDM {idm} · {status}</translation>
    </message>
    <message>
        <source>Menyimpan penilaian lapangan</source>
        <translation>Saving the field assessment</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Temuan — {village}</source>
        <translation>Finding — {village}</translation>
    </message>
    <message>
        <source>mis. Kaur Keuangan, TPK, Kepala Desa</source>
        <translation>e.g. Kaur Keuangan, TPK, village head</translation>
    </message>
    <message>
        <source>hh-bb-tttt (kosongkan bila tidak ada)</source>
        <translation>dd-mm-yyyy (leave empty if none)</translation>
    </message>
    <message>
        <source>Tanggal temuan</source>
        <translation>Finding date</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Tingkat keparahan</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Uraian temuan</source>
        <translation>Finding description</translation>
    </message>
    <message>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>Batas waktu tindak lanjut</source>
        <translation>Follow-up deadline</translation>
    </message>
    <message>
        <source>Foto dan pindaian bukti (JPEG, PNG atau PDF).</source>
        <translation>Photos and scans as evidence (JPEG, PNG or PDF).</translation>
    </message>
    <message>
        <source>Foto dan dokumen bukti</source>
        <translation>Photos and supporting documents</translation>
    </message>
    <message>
        <source>Catatan tindak lanjut</source>
        <translation>Follow-up notes</translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Memuat temuan</source>
        <translation>Loading the finding</translation>
    </message>
    <message>
        <source>Temuan baru berstatus Terbuka setelah disimpan.</source>
        <translation>A new finding has the status Open once saved.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source> — melewati batas waktu ({deadline})</source>
        <translation> — past the deadline ({deadline})</translation>
    </message>
    <message>
        <source>Menyimpan temuan</source>
        <translation>Saving the finding</translation>
    </message>
    <message>
        <source>Mengubah status temuan</source>
        <translation>Changing the finding status</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Keparahan</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> (terlambat)</source>
        <translation> (overdue)</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Cari uraian, desa atau penanggung jawab…</source>
        <translation>Search description, village or person responsible…</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Belum selesai</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Hanya yang terlambat</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Memuat temuan</source>
        <translation>Loading findings</translation>
    </message>
    <message>
        <source>Menghitung temuan</source>
        <translation>Counting findings</translation>
    </message>
    <message>
        <source>{count} temuan</source>
        <translation>{count} findings</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Pendamping desa</source>
        <translation>Village facilitator</translation>
    </message>
    <message>
        <source>Operator kabupaten (DPMD)</source>
        <translation>District operator (DPMD)</translation>
    </message>
    <message>
        <source>Admin provinsi (DPMPD)</source>
        <translation>Provincial administrator (DPMPD)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Selamat datang di Sinergi Desa</source>
        <translation>Welcome to Sinergi Desa</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Nanti saja</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Siapa yang memakai program ini?</source>
        <translation>Who is using this program?</translation>
    </message>
    <message>
        <source>Nama Anda dicatat pada setiap perubahan data dan tercetak di dokumen.</source>
        <translation>Your name is recorded with every change and printed on documents.</translation>
    </message>
    <message>
        <source>nama lengkap Anda, misalnya Siti Aminah</source>
        <translation>your full name, e.g. Siti Aminah</translation>
    </message>
    <message>
        <source>misalnya DPMD Kabupaten Paser</source>
        <translation>for example DPMD Kabupaten Paser</translation>
    </message>
    <message>
        <source>Nama *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Kop surat dokumen cetak</source>
        <translation>Letterhead of printed documents</translation>
    </message>
    <message>
        <source>Kop ini tercetak di notulen, berita acara dan laporan. Dapat diubah kapan saja di Pengaturan.</source>
        <translation>This letterhead is printed on minutes, official records and reports. It can be changed at any time in Settings.</translation>
    </message>
    <message>
        <source>Nama instansi (satu baris per tingkat)</source>
        <translation>Institution name (one line per level)</translation>
    </message>
    <message>
        <source>Alamat, telepon, surel</source>
        <translation>Address, phone, e-mail</translation>
    </message>
    <message>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>Wilayah kerja</source>
        <translation>Working area</translation>
    </message>
    <message>
        <source>Daftar desa dan rekap dibuka pada wilayah ini lebih dulu.</source>
        <translation>The village list and recaps open on this area first.</translation>
    </message>
    <message>
        <source>Seluruh Kalimantan Timur</source>
        <translation>All of East Kalimantan</translation>
    </message>
    <message>
        <source>nama kecamatan, boleh lebih dari satu</source>
        <translation>kecamatan name, more than one is fine</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Daftar wilayah</source>
        <translation>Region list</translation>
    </message>
    <message>
        <source>Dari mana daftar provinsi, kabupaten, kecamatan dan desa diambil?</source>
        <translation>Where do the lists of provinces, kabupaten, kecamatan and villages come from?</translation>
    </message>
    <message>
        <source>Impor dari berkas (folder CSV Kemendagri)</source>
        <translation>Import from files (Kemendagri CSV folder)</translation>
    </message>
    <message>
        <source>Dari server provinsi</source>
        <translation>From the provincial server</translation>
    </message>
    <message>
        <source>Nanti saja</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Kode provinsi</source>
        <translation>Province code</translation>
    </message>
    <message>
        <source>hanya provinsi ini yang diimpor (64 = Kalimantan Timur)</source>
        <translation>only this province is imported (64 = East Kalimantan)</translation>
    </message>
    <message>
        <source>Daftar wilayah datang dari server provinsi setelah sinkronisasi diatur lewat menu Sinkronisasi → Pengaturan server…</source>
        <translation>The region list comes from the provincial server once synchronisation is set up in the menu Sync → Server settings…</translation>
    </message>
    <message>
        <source>Folder daftar wilayah</source>
        <translation>Region list folder</translation>
    </message>
    <message>
        <source>Folder daftar wilayah belum dipilih. Pilih foldernya, atau pilih &quot;Nanti saja&quot; dan impor kemudian lewat Berkas → Impor daftar wilayah…</source>
        <translation>No region list folder chosen. Choose the folder, or choose &quot;Later&quot; and import it afterwards through File → Import region list…</translation>
    </message>
    <message>
        <source>Folder {folder} tidak berisi {files}. Pilih folder daftar wilayah Kemendagri, atau pilih &quot;Nanti saja&quot;.</source>
        <translation>Folder {folder} does not contain {files}. Choose a Kemendagri region list folder, or choose &quot;Later&quot;.</translation>
    </message>
    <message>
        <source>Kode provinsi berupa angka, misalnya 64 (Kalimantan Timur).</source>
        <translation>The province code is a number, e.g. 64 (East Kalimantan).</translation>
    </message>
</context>
<context>
    <name>IdmCatalogue</name>
    <message>
        <source>Katalog {source}: bobot setiap sub-indeks harus lebih dari nol</source>
        <translation>Catalogue {source}: every sub-index weight must be above zero</translation>
    </message>
    <message>
        <source>Katalog {source}: batas bawah status harus naik</source>
        <translation>Catalogue {source}: the status lower bounds must ascend</translation>
    </message>
</context>
<context>
    <name>IdmCharts</name>
    <message>
        <source>batas {name}</source>
        <translation>{name} boundary</translation>
    </message>
    <message>
        <source>Perkembangan nilai IDM</source>
        <translation>IDM over time</translation>
    </message>
    <message>
        <source>Jumlah desa per status IDM</source>
        <translation>Villages per IDM status</translation>
    </message>
</context>
<context>
    <name>IdmDraft</name>
    <message>
        <source>Tahun {year} tidak masuk akal.</source>
        <translation>The year {year} does not make sense.</translation>
    </message>
    <message>
        <source>Desa {code} tidak ada.</source>
        <translation>Village {code} does not exist.</translation>
    </message>
</context>
<context>
    <name>IdmExport</name>
    <message>
        <source>Sinergi OPD</source>
        <translation>Agency synergy</translation>
    </message>
    <message>
        <source>Desa (nama tidak dicantumkan untuk wilayah seluas ini; ekspor per kabupaten untuk daftar nama)</source>
        <translation>Villages (names not listed for an area this large; export per regency for the list of names)</translation>
    </message>
</context>
<context>
    <name>IdmImport</name>
    <message>
        <source>Peta kode {file} ditolak:
{error}</source>
        <translation>Code map {file} refused:
{error}</translation>
    </message>
    <message>
        <source>Tidak ada yang diimpor: perbaiki peta kode (alasannya tercetak di atas) lalu jalankan lagi (kode keluar 1).</source>
        <translation>Nothing imported: correct the code map (the reasons are above) and run again (exit code 1).</translation>
    </message>
    <message>
        <source>
{file}: impor dibatalkan, tidak ada yang disimpan:
{error}</source>
        <translation>
{file}: import cancelled, nothing was saved:
{error}</translation>
    </message>
    <message>
        <source>; untuk kode desa yang tidak dikenal, tulis usulan peta kode dengan --propose-code-map PETA.csv</source>
        <translation>; for unknown village codes, write a proposed code map with --propose-code-map MAP.csv</translation>
    </message>
    <message>
        <source>Selesai, tetapi {count} lembar ditolak seluruhnya dan tidak disimpan: alasannya tercetak di atas (kode keluar 1).</source>
        <translation>Finished, but {count} sheets were refused as a whole and not saved: the reasons are above (exit code 1).</translation>
    </message>
    <message>
        <source>Tidak ada kode desa yang tidak dikenal; {path} tidak ditulis.</source>
        <translation>No unknown village codes; {path} was not written.</translation>
    </message>
    <message>
        <source>Usulan peta kode tidak dapat ditulis ke {path}: {error}. Impor lainnya sudah tersimpan; pilih berkas lain untuk --propose-code-map (kode keluar 1).</source>
        <translation>The proposed code map cannot be written to {path}: {error}. The rest of the import is saved; choose another file for --propose-code-map (exit code 1).</translation>
    </message>
    <message>
        <source>; usulan peta kode untuk {count} kode ditulis ke {path} — periksa (hapus baris yang salah, isi new_code yang kosong), lalu jalankan lagi dengan --code-map {path}</source>
        <translation>; a proposed code map for {count} codes was written to {path} — check it (delete wrong lines, fill in empty new_code cells), then run again with --code-map {path}</translation>
    </message>
    <message>
        <source>kode wilayah &apos;{code}&apos; tidak sah</source>
        <translation>invalid region code &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>tidak ada desa aktif dengan kode {code}</source>
        <translation>no active village with code {code}</translation>
    </message>
    <message>
        <source>Templat {year} untuk {count} desa ditulis ke {path}</source>
        <translation>Template {year} for {count} villages written to {path}</translation>
    </message>
    <message>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <source>diperbarui</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>tetap</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>dilewati</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>, kode terbit {code}</source>
        <translation>, published code {code}</translation>
    </message>
    <message>
        <source>{added} baru, {updated} diperbarui, {unchanged} tetap, {skipped} dilewati</source>
        <translation>{added} new, {updated} updated, {unchanged} unchanged, {skipped} skipped</translation>
    </message>
    <message>
        <source>{count} baris di luar wilayah yang dipilih</source>
        <translation>{count} rows outside the chosen region</translation>
    </message>
    <message>
        <source>Impor dibatalkan; berkas yang belum selesai tidak disimpan.</source>
        <translation>Import cancelled; the unfinished file was not saved.</translation>
    </message>
    <message>
        <source>Dilewati:</source>
        <translation>Skipped:</translation>
    </message>
    <message>
        <source>… dan {count} lainnya</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Usulan peta kode, belum diimpor (kode lama → kode kini, nama, kecamatan kini):</source>
        <translation>Proposed code map, not imported yet (old code → current code, name, current kecamatan):</translation>
    </message>
    <message>
        <source>  {old} {name} → {village} [{sources}]</source>
        <translation>  {old} {name} → {village} [{sources}]</translation>
    </message>
    <message>
        <source>Diimpor di bawah kode kini (peta kode): {count}</source>
        <translation>Imported under the current code (code map): {count}</translation>
    </message>
    <message>
        <source>  {old} → {new} [{source}]</source>
        <translation>  {old} → {new} [{source}]</translation>
    </message>
    <message>
        <source>Nilai terbit berbeda dengan hasil hitung ulang ({count}):</source>
        <translation>Published values that differ from the recomputed results ({count}):</translation>
    </message>
    <message>
        <source>{village} {year} {index}: terbit {published}, hitung ulang {recomputed}</source>
        <translation>{village} {year} {index}: published {published}, recomputed {recomputed}</translation>
    </message>
    <message>
        <source>, selisih {points} poin</source>
        <translation>, a difference of {points} points</translation>
    </message>
    <message>
        <source> ({score} poin skor)</source>
        <translation> ({score} score points)</translation>
    </message>
    <message>
        <source>kolom {field}</source>
        <translation>column {field}</translation>
    </message>
    <message>
        <source>Memeriksa dan menyimpan berkas rumusan…</source>
        <translation>Checking and saving the rumusan files…</translation>
    </message>
    <message>
        <source>IDENTITAS, kolom id_desa: {reason}</source>
        <translation>IDENTITAS, column id_desa: {reason}</translation>
    </message>
    <message>
        <source>desa {code} tahun {year} sudah diimpor dari {first} dalam impor ini</source>
        <translation>village {code} year {year} was already imported from {first} in this import</translation>
    </message>
    <message>
        <source>berkas atau folder tidak ditemukan</source>
        <translation>file or folder not found</translation>
    </message>
    <message>
        <source>kode wilayah penyaring &apos;{code}&apos; tidak sah (contoh: 64 atau 64.01)</source>
        <translation>invalid filter region code &apos;{code}&apos; (for example: 64 or 64.01)</translation>
    </message>
    <message>
        <source>kabupaten {regency} tidak berada di provinsi {province}</source>
        <translation>kabupaten {regency} is not in province {province}</translation>
    </message>
    <message>
        <source>Membaca lembar kerja…</source>
        <translation>Reading the spreadsheet…</translation>
    </message>
    <message>
        <source>{file}, baris {line}</source>
        <translation>{file}, row {line}</translation>
    </message>
    <message>
        <source>tidak dinilai: {reason}</source>
        <translation>not scored: {reason}</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>rincian rumusan yang tersimpan dipertahankan; nilai lembar ini berbeda ({indices})</source>
        <translation>the stored rumusan details are kept; this sheet&apos;s values differ ({indices})</translation>
    </message>
    <message>
        <source>kolom NILAI_IDM_&lt;tahun&gt; tidak ada; tahun tidak dapat ditentukan</source>
        <translation>column NILAI_IDM_&lt;tahun&gt; is missing; the year cannot be determined</translation>
    </message>
    <message>
        <source>kolom {missing} tidak ada; kolom yang ada: {found}</source>
        <translation>column {missing} is missing; columns present: {found}</translation>
    </message>
    <message>
        <source>judul kolom KODE_DESA atau KODE_DESA_DAGRI tidak ditemukan di {count} baris pertama; bukan lembar IDM nasional</source>
        <translation>column heading KODE_DESA or KODE_DESA_DAGRI not found in the first {count} rows; not a national IDM sheet</translation>
    </message>
    <message>
        <source>{where}: desa {code} ganda (sudah ada di baris {first})</source>
        <translation>{where}: village {code} appears twice (already in row {first})</translation>
    </message>
    <message>
        <source>nilai IKS kosong</source>
        <translation>IKS value is empty</translation>
    </message>
    <message>
        <source>{ref}: &apos;{value}&apos; bukan angka</source>
        <translation>{ref}: &apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <source>{ref}: {value} di luar rentang 0–1</source>
        <translation>{ref}: {value} is outside the range 0–1</translation>
    </message>
    <message>
        <source>{ref}: status &apos;{value}&apos; tidak dikenal</source>
        <translation>{ref}: unknown status &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>{where}: kode desa {code} tidak ada dalam daftar wilayah, dan kabupaten {regency} belum ada dalam daftar: impor daftar wilayah Kemendagri dulu</source>
        <translation>{where}: village code {code} is not in the region list, and kabupaten {regency} is not in the list yet: import the Kemendagri region list first</translation>
    </message>
    <message>
        <source>{where}: kode kini {new} untuk {code} (peta kode) berada di luar wilayah yang dipilih ({scope})</source>
        <translation>{where}: the current code {new} for {code} (code map) lies outside the chosen region ({scope})</translation>
    </message>
    <message>
        <source>{where}: desa {new} (kode kini untuk {code}, peta kode) ganda (sudah ada di baris {first})</source>
        <translation>{where}: village {new} (current code for {code}, code map) appears twice (already on line {first})</translation>
    </message>
    <message>
        <source>Impor IDM selesai: {added} baru, {updated} diperbarui, {unchanged} tetap, {skipped} dilewati. Ketidaksesuaian data resmi: {disagreements}.</source>
        <translation>IDM import finished: {added} new, {updated} updated, {unchanged} unchanged, {skipped} skipped. Disagreements in the official data: {disagreements}.</translation>
    </message>
    <message>
        <source>{count} kode desa di berkas sudah tidak berlaku; kode kininya diusulkan di jendela berikutnya.</source>
        <translation>{count} village codes in the files are no longer valid; their current codes are proposed in the next window.</translation>
    </message>
    <message>
        <source>Impor data IDM</source>
        <translation>Import IDM data</translation>
    </message>
    <message>
        <source>Impor data IDM (berkas yang salah tidak disimpan)</source>
        <translation>Import IDM data (files with errors are not saved)</translation>
    </message>
    <message>
        <source>Folder berkas rumusan IDM (JSON)</source>
        <translation>Folder of IDM rumusan files (JSON)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx *.xls *.csv)</source>
        <translation>Spreadsheet (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Pilih berkas</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Kode provinsi (kosongkan untuk semua):</source>
        <translation>Province code (leave empty for all):</translation>
    </message>
    <message>
        <source>Templat penilaian</source>
        <translation>Assessment template</translation>
    </message>
    <message>
        <source>Menulis templat…</source>
        <translation>Writing the template…</translation>
    </message>
    <message>
        <source>Templat untuk {count} desa tersimpan di {path}.</source>
        <translation>Template for {count} villages saved to {path}.</translation>
    </message>
    <message>
        <source>Menulis templat penilaian</source>
        <translation>Writing the assessment template</translation>
    </message>
    <message>
        <source>Tahun penilaian:</source>
        <translation>Assessment year:</translation>
    </message>
    <message>
        <source>Simpan templat</source>
        <translation>Save template</translation>
    </message>
</context>
<context>
    <name>IdmOverviewPage</name>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Cetak rekap IDM</source>
        <translation>Print IDM recap</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kode desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Indeks</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Terbitan</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Dihitung ulang</source>
        <translation>Recomputed</translation>
    </message>
    <message>
        <source>Selisih (poin)</source>
        <translation>Difference (points)</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status per tahun</source>
        <translation>Status per year</translation>
    </message>
    <message>
        <source>Desa tertinggal</source>
        <translation>Underdeveloped villages</translation>
    </message>
    <message>
        <source>Ketidaksesuaian data resmi</source>
        <translation>Disagreements in official data</translation>
    </message>
    <message>
        <source>Sinergi OPD</source>
        <translation>Agency synergy</translation>
    </message>
    <message>
        <source>Target status</source>
        <translation>Status targets</translation>
    </message>
    <message>
        <source>Indeks Desa</source>
        <translation>Indeks Desa</translation>
    </message>
    <message>
        <source>Semua tingkat</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Indikator dengan skor sampai nilai ini dianggap lemah</source>
        <translation>Indicators scoring up to this value count as weak</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Ekspor XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Skor lemah ≤</source>
        <translation>Weak score ≤</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Indikator lemah</source>
        <translation>Weak indicator</translation>
    </message>
    <message>
        <source>Jumlah desa</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Pilih satu baris untuk melihat desanya.</source>
        <translation>Choose a row to see its villages.</translation>
    </message>
    <message>
        <source>Muat desa berikutnya</source>
        <translation>Load the next villages</translation>
    </message>
    <message>
        <source>Memuat rekap IDM</source>
        <translation>Loading the IDM recap</translation>
    </message>
    <message>
        <source>Memeriksa data resmi</source>
        <translation>Checking the official data</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Belum ada data IDM resmi untuk wilayah ini.</source>
        <translation>No official IDM data for this region yet.</translation>
    </message>
    <message>
        <source>{count} desa masih Tertinggal atau Sangat Tertinggal pada {year}:</source>
        <translation>{count} villages are still Underdeveloped or Very Underdeveloped in {year}:</translation>
    </message>
    <message>
        <source>Menyusun matriks sinergi</source>
        <translation>Building the synergy matrix</translation>
    </message>
    <message>
        <source>Memuat desa</source>
        <translation>Loading the villages</translation>
    </message>
    <message>
        <source>{agency} — {number}. {indicator}: {shown} dari {count} desa</source>
        <translation>{agency} — {number}. {indicator}: {shown} of {count} villages</translation>
    </message>
    <message>
        <source>Simpan matriks sinergi</source>
        <translation>Save synergy matrix</translation>
    </message>
    <message>
        <source>Matriks sinergi OPD — {region}, IDM {year}</source>
        <translation>Agency synergy matrix — {region}, IDM {year}</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Mengekspor matriks</source>
        <translation>Exporting the matrix</translation>
    </message>
    <message>
        <source>Rekap IDM {region}</source>
        <translation>IDM recap {region}</translation>
    </message>
</context>
<context>
    <name>IdmRumusan</name>
    <message>
        <source>kolom {field}</source>
        <translation>column {field}</translation>
    </message>
    <message>
        <source>kode desa &apos;{code}&apos; bukan kode Kemendagri (64.01.02.2004 atau 6401022004)</source>
        <translation>village code &apos;{code}&apos; is not a Kemendagri code (64.01.02.2004 or 6401022004)</translation>
    </message>
    <message>
        <source>kode desa &apos;{code}&apos; tampaknya kode BPS atau salah; gunakan kode Kemendagri (bagian desa 1xxx, 2xxx atau 3xxx)</source>
        <translation>village code &apos;{code}&apos; looks like a BPS code or is wrong; use the Kemendagri code (village part 1xxx, 2xxx or 3xxx)</translation>
    </message>
    <message>
        <source>skor kosong</source>
        <translation>empty score</translation>
    </message>
    <message>
        <source>skor &apos;{value}&apos; bukan angka {low}–{high}</source>
        <translation>score &apos;{value}&apos; is not a number {low}–{high}</translation>
    </message>
    <message>
        <source>skor &apos;{value}&apos; bukan bilangan bulat</source>
        <translation>score &apos;{value}&apos; is not a whole number</translation>
    </message>
    <message>
        <source>skor {value} di luar rentang {low}–{high}</source>
        <translation>score {value} outside the range {low}–{high}</translation>
    </message>
    <message>
        <source>pelaku &apos;{value}&apos; bukan teks</source>
        <translation>actor &apos;{value}&apos; is not text</translation>
    </message>
    <message>
        <source>baris ke-{position}</source>
        <translation>row {position}</translation>
    </message>
    <message>
        <source>baris bukan objek JSON</source>
        <translation>the row is not a JSON object</translation>
    </message>
    <message>
        <source>baris ringkasan &apos;{label}&apos; tidak dikenal</source>
        <translation>unknown summary row &apos;{label}&apos;</translation>
    </message>
    <message>
        <source>ringkasan {code}</source>
        <translation>{code} summary</translation>
    </message>
    <message>
        <source>baris ringkasan ganda</source>
        <translation>duplicate summary row</translation>
    </message>
    <message>
        <source>nomor indikator &apos;{value}&apos; bukan bilangan bulat</source>
        <translation>indicator number &apos;{value}&apos; is not a whole number</translation>
    </message>
    <message>
        <source>baris indikator sesudah ringkasan terakhir</source>
        <translation>indicator row after the last summary</translation>
    </message>
    <message>
        <source>nomor indikator tidak ada dalam {sub} (1–{count})</source>
        <translation>indicator number not in {sub} (1–{count})</translation>
    </message>
    <message>
        <source>nomor indikator ganda</source>
        <translation>duplicate indicator number</translation>
    </message>
    <message>
        <source>nama &apos;{name}&apos; berbeda dari katalog &apos;{expected}&apos;</source>
        <translation>name &apos;{name}&apos; differs from the catalogue &apos;{expected}&apos;</translation>
    </message>
    <message>
        <source>nilai &apos;{value}&apos; bukan angka</source>
        <translation>value &apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; bukan teks</source>
        <translation>&apos;{value}&apos; is not text</translation>
    </message>
    <message>
        <source>indikator NO {numbers} tidak ada</source>
        <translation>indicator NO {numbers} missing</translation>
    </message>
    <message>
        <source>baris ringkasan tidak ada</source>
        <translation>the summary row is missing</translation>
    </message>
    <message>
        <source>nilai &apos;{value}&apos; bukan angka 0–{high}</source>
        <translation>value &apos;{value}&apos; is not a number 0–{high}</translation>
    </message>
    <message>
        <source>ringkasan STATUS</source>
        <translation>STATUS summary</translation>
    </message>
    <message>
        <source>status &apos;{value}&apos; tidak dikenal</source>
        <translation>unknown status &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>identitas desa tidak ada</source>
        <translation>the village identity is missing</translation>
    </message>
    <message>
        <source>lebih dari satu identitas desa</source>
        <translation>more than one village identity</translation>
    </message>
    <message>
        <source>kode &apos;{value}&apos; tidak cocok dengan kode desa {code} (kode BPS?)</source>
        <translation>code &apos;{value}&apos; does not match village code {code} (a BPS code?)</translation>
    </message>
    <message>
        <source>kode desa {code} berbeda dari nama folder {expected}</source>
        <translation>village code {code} differs from the folder name {expected}</translation>
    </message>
    <message>
        <source>tahun &apos;{value}&apos; bukan angka</source>
        <translation>year &apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <source>tahun tidak ada</source>
        <translation>the year is missing</translation>
    </message>
    <message>
        <source>tahun {year} tidak masuk akal</source>
        <translation>year {year} is not plausible</translation>
    </message>
    <message>
        <source>tahun {year} berbeda dari baris ringkasan ({label})</source>
        <translation>year {year} differs from the summary row ({label})</translation>
    </message>
    <message>
        <source>tahun {year} berbeda dari nama berkas ({expected})</source>
        <translation>year {year} differs from the file name ({expected})</translation>
    </message>
    <message>
        <source>berkas bukan teks UTF-8 ({detail})</source>
        <translation>the file is not UTF-8 text ({detail})</translation>
    </message>
    <message>
        <source>JSON rusak atau terpotong (baris {line}, kolom {col})</source>
        <translation>JSON damaged or cut off (line {line}, column {col})</translation>
    </message>
    <message>
        <source>bagian mapData tidak ada</source>
        <translation>the mapData section is missing</translation>
    </message>
    <message>
        <source>layanan IDM mengembalikan galat</source>
        <translation>the IDM service returned an error</translation>
    </message>
    <message>
        <source>daftar baris indikator (ROW) tidak ada</source>
        <translation>the list of indicator rows (ROW) is missing</translation>
    </message>
    <message>
        <source>berkas tidak dapat dibaca: {detail}</source>
        <translation>the file cannot be read: {detail}</translation>
    </message>
</context>
<context>
    <name>IdmTarget</name>
    <message>
        <source>Target untuk seluruh provinsi hanya dapat diatur oleh admin provinsi (DPMPD). Pilih satu kabupaten/kota lebih dulu.</source>
        <translation>A target for the whole province can only be set by a provincial admin (DPMPD). Choose one regency/city first.</translation>
    </message>
    <message>
        <source>Target status berlaku untuk seluruh kabupaten/kota {code}, sedangkan wilayah Anda {regions}. Server provinsi hanya menerima target dari operator kabupaten (DPMD) atau admin provinsi; sampaikan usulan target kepada mereka.</source>
        <translation>A status target applies to the whole regency/city {code}, while your area is {regions}. The provincial server only accepts targets from regency operators (DPMD) or provincial admins; pass your proposed target on to them.</translation>
    </message>
    <message>
        <source>hanya {regions}</source>
        <translation>only {regions}</translation>
    </message>
    <message>
        <source>sebagai pendamping desa setingkat kecamatan</source>
        <translation>that of a village facilitator (kecamatan level)</translation>
    </message>
    <message>
        <source>Jumlah desa sasaran tidak boleh negatif.</source>
        <translation>The number of target villages cannot be negative.</translation>
    </message>
    <message>
        <source>Kode desa tidak dikenal: {codes}</source>
        <translation>Unknown village codes: {codes}</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
</context>
<context>
    <name>IdmTemplate</name>
    <message>
        <source>kode desa tidak ada dalam daftar wilayah: {codes}</source>
        <translation>village codes not in the region list: {codes}</translation>
    </message>
    <message>
        <source>Skor IDM</source>
        <translation>IDM scores</translation>
    </message>
    <message>
        <source>Skor harus bilangan bulat 0–5</source>
        <translation>A score must be a whole number 0–5</translation>
    </message>
    <message>
        <source>bukan templat skor IDM (XLSX) yang dapat dibaca: {detail}</source>
        <translation>not a readable IDM score template (XLSX): {detail}</translation>
    </message>
    <message>
        <source>lembar &apos;Skor IDM &lt;tahun&gt;&apos; tidak ada; lembar yang ada: {names}</source>
        <translation>sheet &apos;Skor IDM &lt;tahun&gt;&apos; is missing; sheets present: {names}</translation>
    </message>
    <message>
        <source>judul kolom A–D harus {headers}</source>
        <translation>column headings A–D must be {headers}</translation>
    </message>
    <message>
        <source>sel A{row}: harus indikator nomor {number}, ditemukan &apos;{got}&apos; (baris hilang atau tertukar?)</source>
        <translation>cell A{row}: should be indicator number {number}, found &apos;{got}&apos; (row missing or swapped?)</translation>
    </message>
    <message>
        <source>sel {ref}1: kode desa kosong</source>
        <translation>cell {ref}1: empty village code</translation>
    </message>
    <message>
        <source>sel {ref}1: kode desa {code} tidak ada dalam daftar wilayah</source>
        <translation>cell {ref}1: village code {code} is not in the region list</translation>
    </message>
    <message>
        <source>sel {ref}1: desa {code} ganda (sudah di kolom {first})</source>
        <translation>cell {ref}1: village {code} appears twice (already in column {first})</translation>
    </message>
    <message>
        <source>sel {cell} ({code}, indikator {number}): &apos;{value}&apos; bukan skor bulat 0–5</source>
        <translation>cell {cell} ({code}, indicator {number}): &apos;{value}&apos; is not a whole score 0–5</translation>
    </message>
    <message>
        <source>Membaca templat…</source>
        <translation>Reading the template…</translation>
    </message>
    <message>
        <source>tidak ada kolom desa yang terisi</source>
        <translation>no village column is filled in</translation>
    </message>
    <message>
        <source>{file}, kolom {column}</source>
        <translation>{file}, column {column}</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>ImportPetaDialog</name>
    <message>
        <source>Impor batas wilayah</source>
        <translation>Import boundaries</translation>
    </message>
    <message>
        <source>GeoJSON atau Shapefile dalam ZIP (desa, kecamatan atau kabupaten)</source>
        <translation>GeoJSON or zipped Shapefile (village, district or regency)</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>kosongkan untuk memakai sumber yang disebut berkas, mis. BIG RBI 1:10.000 (2023)</source>
        <translation>leave empty to use the source the file names, e.g. BIG RBI 1:10,000 (2023)</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Berkas batas wilayah</source>
        <translation>Boundary file</translation>
    </message>
    <message>
        <source>Batas wilayah (*.geojson *.json *.zip)</source>
        <translation>Boundaries (*.geojson *.json *.zip)</translation>
    </message>
</context>
<context>
    <name>ImportRealisationDialog</name>
    <message>
        <source>Impor laporan realisasi — {village}</source>
        <translation>Import realisation report — {village}</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Murni</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Amended</translation>
    </message>
    <message>
        <source>Semester I (Januari–Juni)</source>
        <translation>Semester I (January–June)</translation>
    </message>
    <message>
        <source>Semester akhir tahun (seluruh tahun)</source>
        <translation>Year-end semester (whole year)</translation>
    </message>
    <message>
        <source>Berkas (XLSX/CSV)</source>
        <translation>File (XLSX/CSV)</translation>
    </message>
    <message>
        <source>Tahun anggaran</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <source>APBDes</source>
        <translation>APBDes</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Tanggal laporan diterima</source>
        <translation>Date the report was received</translation>
    </message>
    <message>
        <source>Kode Rekening</source>
        <translation>Account code</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <source>Sumber Dana (boleh kosong)</source>
        <translation>Source of funds (optional)</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pilih laporan realisasi</source>
        <translation>Choose the realisation report</translation>
    </message>
    <message>
        <source>Lembar kerja (*.xlsx *.xls *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Impor laporan realisasi ditolak; tidak ada yang disimpan.</source>
        <translation>The realisation report import was rejected; nothing was saved.</translation>
    </message>
    <message>
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>{added} baris baru, {changed} berubah, {removed} dihapus, {unchanged} tetap. {findings} hasil pemeriksaan perlu perhatian.</source>
        <translation>{added} new rows, {changed} changed, {removed} removed, {unchanged} unchanged. {findings} check results need attention.</translation>
    </message>
</context>
<context>
    <name>ImportWilayahDialog</name>
    <message>
        <source>Impor daftar wilayah Kemendagri</source>
        <translation>Import the Kemendagri region list</translation>
    </message>
    <message>
        <source>Folder berisi provinces.csv, regencies.csv, districts.csv, villages.csv</source>
        <translation>Folder holding provinces.csv, regencies.csv, districts.csv, villages.csv</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>kosongkan untuk seluruh Indonesia</source>
        <translation>leave empty for all of Indonesia</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Kode provinsi</source>
        <translation>Province code</translation>
    </message>
    <message>
        <source>Folder daftar wilayah</source>
        <translation>Region list folder</translation>
    </message>
</context>
<context>
    <name>IndeksDesaActions</name>
    <message>
        <source>Kuesioner Indeks Desa (XLSX)</source>
        <translation>Indeks Desa questionnaire (XLSX)</translation>
    </message>
    <message>
        <source>Menulis kuesioner…</source>
        <translation>Writing the questionnaire…</translation>
    </message>
    <message>
        <source>Kuesioner untuk {count} desa tersimpan di {path}.</source>
        <translation>Questionnaire for {count} villages saved to {path}.</translation>
    </message>
    <message>
        <source>Menulis kuesioner Indeks Desa</source>
        <translation>Writing the Indeks Desa questionnaire</translation>
    </message>
    <message>
        <source>Tahun penilaian:</source>
        <translation>Assessment year:</translation>
    </message>
    <message>
        <source>Simpan kuesioner</source>
        <translation>Save questionnaire</translation>
    </message>
    <message>
        <source>Kuesioner Indeks Desa terisi</source>
        <translation>Filled Indeks Desa questionnaire</translation>
    </message>
    <message>
        <source>Membaca kuesioner…</source>
        <translation>Reading the questionnaire…</translation>
    </message>
    <message>
        <source>Kuesioner {count} desa dibaca ({answers} skor aspek).</source>
        <translation>Questionnaires of {count} villages read ({answers} aspect scores).</translation>
    </message>
    <message>
        <source>Membaca kuesioner Indeks Desa (berkas yang salah tidak disimpan)</source>
        <translation>Reading the Indeks Desa questionnaire (a faulty file is not saved)</translation>
    </message>
    <message>
        <source>Batas status Indeks Desa</source>
        <translation>Indeks Desa status cut-offs</translation>
    </message>
    <message>
        <source>Definisi Indeks Desa</source>
        <translation>Indeks Desa definition</translation>
    </message>
    <message>
        <source>Memasang definisi Indeks Desa</source>
        <translation>Installing the Indeks Desa definition</translation>
    </message>
    <message>
        <source>Berkas {name} dipasang; {changed} kuesioner dihitung ulang, {skipped} tidak dapat dihitung ulang. Hasil resmi tidak berubah.</source>
        <translation>File {name} installed; {changed} questionnaires recomputed, {skipped} could not be recomputed. Official results are unchanged.</translation>
    </message>
    <message>
        <source>Berkas tidak dipasang</source>
        <translation>The file was not installed</translation>
    </message>
</context>
<context>
    <name>IndeksDesaAnswers</name>
    <message>
        <source>Aspek {key} tidak dikenal dalam definisi {version}</source>
        <translation>Aspect {key} is not in definition {version}</translation>
    </message>
    <message>
        <source>Skor aspek {key} harus bilangan bulat {low}–{high}, bukan &apos;{value}&apos;</source>
        <translation>Score of aspect {key} must be a whole number {low}–{high}, not &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>Skor aspek {key} = {value} di luar rentang {low}–{high}</source>
        <translation>Score of aspect {key} = {value} is outside {low}–{high}</translation>
    </message>
    <message>
        <source>{status} (sementara)</source>
        <translation>{status} (provisional)</translation>
    </message>
    <message>
        <source>Status sementara: batas status {year} belum terverifikasi (sumber: {source}). Skor dihitung dari definisi {version}.</source>
        <translation>Provisional status: the {year} status cut-offs are not verified (source: {source}). Scores computed with definition {version}.</translation>
    </message>
</context>
<context>
    <name>IndeksDesaCharts</name>
    <message>
        <source>Skor dimensi</source>
        <translation>Dimension score</translation>
    </message>
    <message>
        <source>Skor per dimensi (0–100)</source>
        <translation>Score per dimension (0–100)</translation>
    </message>
</context>
<context>
    <name>IndeksDesaChecks</name>
    <message>
        <source>Aspek {key} ({label}) diberi skor {score}, padahal profil desa mencatat &apos;{value}&apos;</source>
        <translation>Aspect {key} ({label}) scored {score}, but the village profile records &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>Aspek {key} (BUM Desa) diberi skor {score}, padahal profil desa tidak mencatat BUMDes</source>
        <translation>Aspect {key} (BUM Desa) scored {score}, but the village profile records no BUMDes</translation>
    </message>
    <message>
        <source>Aspek {key} (BUM Desa) diberi skor {score}, padahal profil desa mencatat BUMDes {name}</source>
        <translation>Aspect {key} (BUM Desa) scored {score}, but the village profile records BUMDes {name}</translation>
    </message>
    <message>
        <source>Jumlah penduduk tahun {year} atau {before} belum tercatat di profil desa; aspek persentase (misalnya rumah tidak layak huni) tidak dapat diperiksa</source>
        <translation>The population of {year} or {before} is not in the village profile; percentage aspects (such as uninhabitable houses) cannot be checked</translation>
    </message>
</context>
<context>
    <name>IndeksDesaCompare</name>
    <message>
        <source>Nilai Indeks Desa</source>
        <translation>Indeks Desa score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>IndeksDesaDefinition</name>
    <message>
        <source>Berkas {source} bukan batas status Indeks Desa</source>
        <translation>File {source} holds no Indeks Desa status cut-offs</translation>
    </message>
    <message>
        <source>Berkas definisi {source} tidak dapat dibaca: {detail}</source>
        <translation>Definition file {source} cannot be read: {detail}</translation>
    </message>
    <message>
        <source>Berkas definisi {source} bukan definisi indeks</source>
        <translation>Definition file {source} is not an index definition</translation>
    </message>
    <message>
        <source>Definisi {source} tidak lengkap: {detail}</source>
        <translation>Definition {source} is incomplete: {detail}</translation>
    </message>
    <message>
        <source>Definisi {source}: bobot dimensi berjumlah {total}, seharusnya 100</source>
        <translation>Definition {source}: the dimension weights add up to {total}, not 100</translation>
    </message>
    <message>
        <source>Definisi {source}: dimensi {code} {name} tidak memiliki indikator</source>
        <translation>Definition {source}: dimension {code} {name} has no indicators</translation>
    </message>
    <message>
        <source>Definisi {source}: indikator {no} ({name}) tidak memiliki aspek penilaian</source>
        <translation>Definition {source}: indicator {no} ({name}) has no assessment aspects</translation>
    </message>
    <message>
        <source>Definisi {source}: aspek {id} tercantum dua kali</source>
        <translation>Definition {source}: aspect {id} is listed twice</translation>
    </message>
    <message>
        <source>Definisi {source}: skor maksimum aspek {id} ({max}) berbeda dari skala {top}</source>
        <translation>Definition {source}: the maximum of aspect {id} ({max}) differs from the scale {top}</translation>
    </message>
    <message>
        <source>Batas status {source} tidak lengkap: {detail}</source>
        <translation>Status cut-offs {source} are incomplete: {detail}</translation>
    </message>
    <message>
        <source>Batas status {source} (tahun {year}): batas bawah harus mulai dari 0 dan naik</source>
        <translation>Status cut-offs {source} (year {year}): lower bounds must start at 0 and ascend</translation>
    </message>
    <message>
        <source>Batas status {source} (tahun {year}): batas di atas 100</source>
        <translation>Status cut-offs {source} (year {year}): a bound above 100</translation>
    </message>
</context>
<context>
    <name>IndeksDesaOfficialImport</name>
    <message>
        <source>{file}: {added} hasil baru, {replaced} diganti (tahun {year})</source>
        <translation>{file}: {added} new results, {replaced} replaced (year {year})</translation>
    </message>
    <message>
        <source>sel {cell}: &apos;{value}&apos; bukan angka</source>
        <translation>cell {cell}: &apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <source>sel {cell}: {value} di luar rentang 0–100</source>
        <translation>cell {cell}: {value} is outside 0–100</translation>
    </message>
    <message>
        <source>sel {cell}: &apos;{value}&apos; bukan kode desa</source>
        <translation>cell {cell}: &apos;{value}&apos; is not a village code</translation>
    </message>
    <message>
        <source>kode desa {code} tidak ada dalam daftar wilayah</source>
        <translation>village code {code} is not in the region list</translation>
    </message>
    <message>
        <source>desa {code} sudah ada di baris {first}</source>
        <translation>village {code} is already in row {first}</translation>
    </message>
    <message>
        <source>sel {cell}: status &apos;{value}&apos; tidak dikenal</source>
        <translation>cell {cell}: status &apos;{value}&apos; is unknown</translation>
    </message>
    <message>
        <source>judul kolom Kode Desa dan Status tidak ditemukan; tunjukkan kolomnya</source>
        <translation>the Kode Desa and Status column headers were not found; show the columns</translation>
    </message>
    <message>
        <source>pemetaan kolom tidak lengkap: {missing}</source>
        <translation>column mapping incomplete: {missing}</translation>
    </message>
    <message>
        <source>… {count} masalah lain tidak ditampilkan</source>
        <translation>… {count} more problems not shown</translation>
    </message>
    <message>
        <source>tidak ada baris hasil</source>
        <translation>no result rows</translation>
    </message>
</context>
<context>
    <name>IndeksDesaStore</name>
    <message>
        <source>Diisi tim data desa</source>
        <translation>Filled by the village data team</translation>
    </message>
    <message>
        <source>Diperiksa pendamping</source>
        <translation>Checked by the facilitator</translation>
    </message>
    <message>
        <source>Disahkan kepala desa</source>
        <translation>Approved by the village head</translation>
    </message>
    <message>
        <source>Desa {code} tidak ada.</source>
        <translation>Village {code} does not exist.</translation>
    </message>
    <message>
        <source>Desa {name} ({code}) di luar wilayah kerja ({area}); kuesioner tidak disimpan.</source>
        <translation>Village {name} ({code}) is outside the working area ({area}); the questionnaire was not saved.</translation>
    </message>
    <message>
        <source>Tahun {year} tidak berlaku: Indeks Desa dinilai mulai tahun {first}.</source>
        <translation>Year {year} does not apply: the Indeks Desa is assessed from {first}.</translation>
    </message>
    <message>
        <source>Skor diubah setelah pemeriksaan</source>
        <translation>Scores changed after the check</translation>
    </message>
    <message>
        <source>Langkah {step} tidak dikenal</source>
        <translation>Unknown step {step}</translation>
    </message>
    <message>
        <source>Nama yang {step} harus diisi</source>
        <translation>The name of who did &apos;{step}&apos; is required</translation>
    </message>
    <message>
        <source>Kuesioner {year} belum diisi</source>
        <translation>The {year} questionnaire has not been filled</translation>
    </message>
    <message>
        <source>Langkah &apos;{step}&apos; tidak dapat dicatat: status sekarang &apos;{state}&apos;</source>
        <translation>Step &apos;{step}&apos; cannot be recorded: the current state is &apos;{state}&apos;</translation>
    </message>
    <message>
        <source>Baru {answered} dari {total} aspek terisi; lengkapi sebelum &apos;{step}&apos;</source>
        <translation>Only {answered} of {total} aspects answered; complete them before &apos;{step}&apos;</translation>
    </message>
</context>
<context>
    <name>IndeksDesaTemplate</name>
    <message>
        <source>kode desa tidak ada dalam daftar wilayah: {codes}</source>
        <translation>village codes not in the region list: {codes}</translation>
    </message>
    <message>
        <source>Skor aspek</source>
        <translation>Aspect score</translation>
    </message>
    <message>
        <source>Skor harus bilangan bulat {low}–{high}</source>
        <translation>The score must be a whole number {low}–{high}</translation>
    </message>
    <message>
        <source>bukan kuesioner Indeks Desa (XLSX) yang dapat dibaca: {detail}</source>
        <translation>not a readable Indeks Desa questionnaire (XLSX): {detail}</translation>
    </message>
    <message>
        <source>lembar &apos;Indeks Desa &lt;tahun&gt;&apos; tidak ada; lembar yang ada: {names}</source>
        <translation>no sheet &apos;Indeks Desa &lt;year&gt;&apos;; the sheets are: {names}</translation>
    </message>
    <message>
        <source>judul kolom A–D harus {headers}</source>
        <translation>column headers A–D must be {headers}</translation>
    </message>
    <message>
        <source>sel A{row}: aspek &apos;{key}&apos; tidak dikenal</source>
        <translation>cell A{row}: unknown aspect &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>sel {ref}1: desa {code} ganda (sudah di kolom {first})</source>
        <translation>cell {ref}1: village {code} twice (already in column {first})</translation>
    </message>
    <message>
        <source>sel {cell} ({code}, aspek {key}): &apos;{value}&apos; bukan skor bulat {low}–{high}</source>
        <translation>cell {cell} ({code}, aspect {key}): &apos;{value}&apos; is not a whole score {low}–{high}</translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <source>Intervensi — {village}</source>
        <translation>Intervention — {village}</translation>
    </message>
    <message>
        <source>IDM (indikator)</source>
        <translation>IDM (indicator)</translation>
    </message>
    <message>
        <source>Indeks Desa (aspek)</source>
        <translation>Indeks Desa (aspect)</translation>
    </message>
    <message>
        <source>(belum ditentukan)</source>
        <translation>(not decided yet)</translation>
    </message>
    <message>
        <source>mis. 150.000.000</source>
        <translation>e.g. 150.000.000</translation>
    </message>
    <message>
        <source>(pilih sumber)</source>
        <translation>(choose a source)</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realised</translation>
    </message>
    <message>
        <source>Rencana mulai</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Rencana selesai</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Indeks</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Indikator/aspek</source>
        <translation>Indicator/aspect</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Pelaku</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Program/kegiatan</source>
        <translation>Programme/activity</translation>
    </message>
    <message>
        <source>Anggaran dan sumber</source>
        <translation>Budget and source</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Foto, BAST, kontrak (JPEG, PNG atau PDF).</source>
        <translation>Photos, handover records (BAST), contracts (JPEG, PNG or PDF).</translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Alasan (wajib bila batal, melompat atau mundur)</source>
        <translation>Reason (required to cancel, skip or go back)</translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Memuat pelaku</source>
        <translation>Loading actors</translation>
    </message>
    <message>
        <source>Memuat intervensi</source>
        <translation>Loading the intervention</translation>
    </message>
    <message>
        <source>Intervensi baru berstatus Diusulkan setelah disimpan.</source>
        <translation>A new intervention is Proposed once saved.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Menyimpan intervensi</source>
        <translation>Saving the intervention</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rekap IDM</source>
        <translation>IDM Recap</translation>
    </message>
    <message>
        <source>Sinergi Desa</source>
        <translation>Sinergi Desa</translation>
    </message>
    <message>
        <source>Desa &amp;&amp; Profil</source>
        <translation>Villages &amp;&amp; Profiles</translation>
    </message>
    <message>
        <source>Rencana Aksi</source>
        <translation>Action Plan</translation>
    </message>
    <message>
        <source>Peta</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Rapat &amp;&amp; Notulen</source>
        <translation>Meetings &amp;&amp; Minutes</translation>
    </message>
    <message>
        <source>Temuan Pengawasan</source>
        <translation>Supervision Findings</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Data: {folder}</source>
        <translation>Data: {folder}</translation>
    </message>
    <message>
        <source>Profil tersimpan.</source>
        <translation>Profile saved.</translation>
    </message>
    <message>
        <source>Menyiapkan sinkronisasi</source>
        <translation>Preparing synchronisation</translation>
    </message>
    <message>
        <source>Menghitung temuan</source>
        <translation>Counting findings</translation>
    </message>
    <message>
        <source>{label} ({count} terlambat)</source>
        <translation>{label} ({count} overdue)</translation>
    </message>
    <message>
        <source>Data dipulihkan dari cadangan tanggal {created}. Salinan data sebelumnya: {copy}</source>
        <translation>Data restored from the backup of {created}. Copy of the previous data: {copy}</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Impor daftar wilayah…</source>
        <translation>&amp;Import region list…</translation>
    </message>
    <message>
        <source>Impor &amp;batas wilayah…</source>
        <translation>Import &amp;boundaries…</translation>
    </message>
    <message>
        <source>Data I&amp;DM</source>
        <translation>I&amp;DM data</translation>
    </message>
    <message>
        <source>Impor rumusan IDM resmi (folder JSON)…</source>
        <translation>Import official IDM rumusan (JSON folder)…</translation>
    </message>
    <message>
        <source>Impor spreadsheet IDM nasional…</source>
        <translation>Import national IDM spreadsheet…</translation>
    </message>
    <message>
        <source>Ekspor templat penilaian (desa di daftar)…</source>
        <translation>Export assessment template (villages in the list)…</translation>
    </message>
    <message>
        <source>Impor templat penilaian terisi…</source>
        <translation>Import filled-in assessment template…</translation>
    </message>
    <message>
        <source>Data Indeks D&amp;esa</source>
        <translation>Indeks D&amp;esa data</translation>
    </message>
    <message>
        <source>Impor hasil resmi Indeks Desa…</source>
        <translation>Import official Indeks Desa results…</translation>
    </message>
    <message>
        <source>Ekspor kuesioner (desa di daftar)…</source>
        <translation>Export questionnaire (villages in the list)…</translation>
    </message>
    <message>
        <source>Impor kuesioner terisi…</source>
        <translation>Import filled questionnaire…</translation>
    </message>
    <message>
        <source>Pasang definisi Indeks Desa…</source>
        <translation>Install an Indeks Desa definition…</translation>
    </message>
    <message>
        <source>Pasang batas status Indeks Desa…</source>
        <translation>Install Indeks Desa status cut-offs…</translation>
    </message>
    <message>
        <source>&amp;Rapat baru</source>
        <translation>New &amp;meeting</translation>
    </message>
    <message>
        <source>Kop surat &amp;&amp; &amp;kertas…</source>
        <translation>Letterhead &amp;&amp; &amp;paper…</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna…</source>
        <translation>User &amp;name…</translation>
    </message>
    <message>
        <source>&amp;Cadangkan data…</source>
        <translation>&amp;Back up data…</translation>
    </message>
    <message>
        <source>&amp;Pulihkan data…</source>
        <translation>&amp;Restore data…</translation>
    </message>
    <message>
        <source>Pen&amp;gaturan…</source>
        <translation>Settin&amp;gs…</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Sinkronisasi</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;Sinkronkan sekarang</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Pengaturan server…</source>
        <translation>&amp;Server settings…</translation>
    </message>
    <message>
        <source>&amp;Ekspor paket sinkronisasi…</source>
        <translation>&amp;Export sync bundle…</translation>
    </message>
    <message>
        <source>&amp;Impor paket balasan…</source>
        <translation>&amp;Import reply bundle…</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Tentang Sinergi Desa</source>
        <translation>&amp;About Sinergi Desa</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama Anda (dicatat pada setiap perubahan):</source>
        <translation>Your name (recorded with every change):</translation>
    </message>
    <message>
        <source>Menyimpan nama pengguna</source>
        <translation>Saving the user name</translation>
    </message>
    <message>
        <source>Pengguna: {name} (menyimpan…)</source>
        <translation>User: {name} (saving…)</translation>
    </message>
    <message>
        <source>Pengguna: nama belum diisi (Berkas → Nama pengguna…)</source>
        <translation>User: name not given yet (File → User name…)</translation>
    </message>
    <message>
        <source>Pengguna: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <source>Tentang Sinergi Desa</source>
        <translation>About Sinergi Desa</translation>
    </message>
    <message>
        <source>Sinergi Desa {version}
Profil desa, IDM, pengawasan APBDes dan notulen rapat untuk pendamping desa di Kalimantan Timur.

Daftar wilayah: Kemendagri (data idn-area-data, lisensi ODbL).</source>
        <translation>Sinergi Desa {version}
Village profiles, IDM, APBDes supervision and meeting minutes for village facilitators in East Kalimantan.

Region list: Kemendagri (idn-area-data, ODbL licence).</translation>
    </message>
    <message>
        <source>Menghentikan pekerjaan yang berjalan…</source>
        <translation>Stopping the work in progress…</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Kec. {name}</source>
        <translation>{name} district</translation>
    </message>
</context>
<context>
    <name>MapImport</name>
    <message>
        <source>Lapisan {level}: {shapes} poligon dari {file} ({read} titik dibaca, {kept} disimpan setelah disederhanakan).</source>
        <translation>Layer {level}: {shapes} polygons from {file} ({read} points read, {kept} stored after simplification).</translation>
    </message>
    <message>
        <source>Sumber: {credit}</source>
        <translation>Source: {credit}</translation>
    </message>
    <message>
        <source>Dibandingkan dengan daftar wilayah di {scope}: {missing} tanpa poligon, {unknown} kode tidak dikenal, {renamed} nama berbeda.</source>
        <translation>Compared with the region list in {scope}: {missing} without a polygon, {unknown} unknown codes, {renamed} names differ.</translation>
    </message>
    <message>
        <source>{count} fitur tanpa kode wilayah dilewati (fitur ke-{first}).</source>
        <translation>{count} features without a region code skipped (feature {first}).</translation>
    </message>
    <message>
        <source>Tanpa poligon:</source>
        <translation>Without a polygon:</translation>
    </message>
    <message>
        <source>Kode tidak ada di daftar wilayah:</source>
        <translation>Codes not in the region list:</translation>
    </message>
    <message>
        <source>Nama berbeda (berkas / daftar wilayah):</source>
        <translation>Names that differ (file / region list):</translation>
    </message>
    <message>
        <source>… dan {count} lagi</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>kabupaten/kota</source>
        <translation>regencies/cities</translation>
    </message>
    <message>
        <source>kecamatan</source>
        <translation>districts</translation>
    </message>
    <message>
        <source>desa/kelurahan</source>
        <translation>villages</translation>
    </message>
    <message>
        <source>Membaca berkas…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Tidak ada kolom berisi kode wilayah Kemendagri (bertitik seperti 64.01.01.2001 atau 10 angka) pada setiap fitur. Kolom yang ada: {fields}.</source>
        <translation>No field holds a Kemendagri region code (dotted like 64.01.01.2001, or 10 digits) on every feature. Fields present: {fields}.</translation>
    </message>
    <message>
        <source>tidak disebutkan (berkas {name})</source>
        <translation>not stated (file {name})</translation>
    </message>
    <message>
        <source>Menyederhanakan poligon…</source>
        <translation>Simplifying polygons…</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: {error}</source>
        <translation>The file cannot be read: {error}</translation>
    </message>
    <message>
        <source>Bukan berkas GeoJSON yang sah (JSON rusak: {error}).</source>
        <translation>Not a valid GeoJSON file (damaged JSON: {error}).</translation>
    </message>
    <message>
        <source>Bukan GeoJSON FeatureCollection.</source>
        <translation>Not a GeoJSON FeatureCollection.</translation>
    </message>
    <message>
        <source>Fitur ke-{n} bukan objek GeoJSON.</source>
        <translation>Feature {n} is not a GeoJSON object.</translation>
    </message>
    <message>
        <source>Fitur ke-{n}: geometri {kind} bukan poligon; batas wilayah harus Polygon atau MultiPolygon.</source>
        <translation>Feature {n}: geometry {kind} is not a polygon; boundaries must be Polygon or MultiPolygon.</translation>
    </message>
    <message>
        <source>Fitur ke-{n}: koordinat poligon tidak sah.</source>
        <translation>Feature {n}: invalid polygon coordinates.</translation>
    </message>
    <message>
        <source>Fitur ke-{n}: poligon tanpa koordinat.</source>
        <translation>Feature {n}: a polygon without coordinates.</translation>
    </message>
    <message>
        <source>Fitur ke-{n}: cincin poligon dengan kurang dari tiga titik.</source>
        <translation>Feature {n}: a polygon ring with fewer than three points.</translation>
    </message>
    <message>
        <source>Fitur ke-{n}: koordinat bukan derajat bujur/lintang (WGS 84, EPSG:4326). Ubah proyeksinya dulu (misalnya dari UTM) lalu impor lagi.</source>
        <translation>Feature {n}: coordinates are not longitude/latitude degrees (WGS 84, EPSG:4326). Reproject the file first (e.g. from UTM), then import again.</translation>
    </message>
    <message>
        <source>Berkas ZIP rusak.</source>
        <translation>The ZIP file is damaged.</translation>
    </message>
    <message>
        <source>ZIP harus berisi tepat satu Shapefile (.shp beserta .dbf dan .shx); berisi {count}.</source>
        <translation>The ZIP must hold exactly one Shapefile (.shp with .dbf and .shx); it holds {count}.</translation>
    </message>
    <message>
        <source>Shapefile tidak lengkap: {missing} tidak ada di ZIP.</source>
        <translation>Incomplete Shapefile: {missing} missing from the ZIP.</translation>
    </message>
    <message>
        <source>Shapefile rusak: {error}</source>
        <translation>Damaged Shapefile: {error}</translation>
    </message>
    <message>
        <source>Fitur ke-{n}: geometri {kind} bukan poligon; batas wilayah harus poligon.</source>
        <translation>Feature {n}: geometry {kind} is not a polygon; boundaries must be polygons.</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>{count} desa/kelurahan di peta</source>
        <translation>{count} villages on the map</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Cari wilayah…</source>
        <translation>Find a region…</translation>
    </message>
    <message>
        <source>Nama atau kode desa, kecamatan atau kabupaten; peta memperbesar ke wilayah itu</source>
        <translation>Name or code of a village, district or regency; the map zooms to it</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Regencies</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Kertas sesuai pengaturan</source>
        <translation>Paper from the settings</translation>
    </message>
    <message>
        <source>A4 mendatar</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>F4 mendatar</source>
        <translation>F4 landscape</translation>
    </message>
    <message>
        <source>A3 mendatar</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <source>Cetak peta…</source>
        <translation>Print map…</translation>
    </message>
    <message>
        <source>Seluruh peta</source>
        <translation>Whole map</translation>
    </message>
    <message>
        <source>Lapisan</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Belum ada batas wilayah untuk peta.
Impor berkas batas (GeoJSON atau Shapefile dalam ZIP) lewat Berkas → Impor batas wilayah…, atau sinkronkan dengan server provinsi bila admin sudah menerbitkannya.</source>
        <translation>No boundaries for the map yet.
Import a boundary file (GeoJSON or zipped Shapefile) through File → Import boundaries…, or sync with the provincial server once the admin has published one.</translation>
    </message>
    <message>
        <source>Memuat peta…</source>
        <translation>Loading the map…</translation>
    </message>
    <message>
        <source>Membuka peta</source>
        <translation>Opening the map</translation>
    </message>
    <message>
        <source>Sumber batas wilayah: {credit}</source>
        <translation>Boundary source: {credit}</translation>
    </message>
    <message>
        <source>Menghitung tema peta</source>
        <translation>Computing the map theme</translation>
    </message>
    <message>
        <source>Peta {theme}</source>
        <translation>Map: {theme}</translation>
    </message>
</context>
<context>
    <name>MapReport</name>
    <message>
        <source>Jumlah desa/kelurahan</source>
        <translation>Villages in total</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Peta {theme} — {area}</source>
        <translation>Map: {theme} — {area}</translation>
    </message>
    <message>
        <source>Sumber batas wilayah: {credit}</source>
        <translation>Boundary source: {credit}</translation>
    </message>
    <message>
        <source>tidak disebutkan</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Data tema: Sinergi Desa (data di perangkat ini).</source>
        <translation>Theme data: Sinergi Desa (data on this device).</translation>
    </message>
    <message>
        <source>Proyeksi: ekuirektangular, WGS 84.</source>
        <translation>Projection: equirectangular, WGS 84.</translation>
    </message>
    <message>
        <source>Dicetak {day}</source>
        <translation>Printed {day}</translation>
    </message>
    <message>
        <source>Provinsi {names}</source>
        <translation>Province {names}</translation>
    </message>
    <message>
        <source>seluruh peta</source>
        <translation>whole map</translation>
    </message>
    <message>
        <source>Membaca peta</source>
        <translation>Reading the map</translation>
    </message>
</context>
<context>
    <name>MapTheme</name>
    <message>
        <source>Tidak ada data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>{status} ({index} {value})</source>
        <translation>{status} ({index} {value})</translation>
    </message>
    <message>
        <source>Status bertanda (sementara) dihitung dari batas yang belum terverifikasi.</source>
        <translation>Statuses marked (provisional) are computed from unverified cut-offs.</translation>
    </message>
    <message>
        <source>{text} (sementara)</source>
        <translation>{text} (provisional)</translation>
    </message>
    <message>
        <source>Status IDM</source>
        <translation>IDM status</translation>
    </message>
    <message>
        <source>Desa sasaran dan capaiannya</source>
        <translation>Target villages and their achievement</translation>
    </message>
    <message>
        <source>Sasaran, tercapai</source>
        <translation>Target, reached</translation>
    </message>
    <message>
        <source>Sasaran, belum tercapai</source>
        <translation>Target, not reached</translation>
    </message>
    <message>
        <source>Sasaran, hasil belum ada</source>
        <translation>Target, no results yet</translation>
    </message>
    <message>
        <source>Bukan desa sasaran</source>
        <translation>Not a target village</translation>
    </message>
    <message>
        <source>Desa sasaran {year}</source>
        <translation>Target villages {year}</translation>
    </message>
    <message>
        <source>belum tercapai: {status} pada {year}</source>
        <translation>not reached: {status} in {year}</translation>
    </message>
    <message>
        <source>tercapai: {status} pada {year}</source>
        <translation>reached: {status} in {year}</translation>
    </message>
    <message>
        <source>Temuan pengawasan terlambat</source>
        <translation>Overdue supervision findings</translation>
    </message>
    <message>
        <source>3 temuan terlambat atau lebih</source>
        <translation>3 or more overdue findings</translation>
    </message>
    <message>
        <source>2 temuan terlambat</source>
        <translation>2 overdue findings</translation>
    </message>
    <message>
        <source>1 temuan terlambat</source>
        <translation>1 overdue finding</translation>
    </message>
    <message>
        <source>Tidak ada temuan terlambat</source>
        <translation>No overdue findings</translation>
    </message>
    <message>
        <source>Temuan terlambat per {day}</source>
        <translation>Overdue findings on {day}</translation>
    </message>
    <message>
        <source>{count} temuan terlambat</source>
        <translation>{count} overdue findings</translation>
    </message>
    <message>
        <source>Realisasi belanja APBDes</source>
        <translation>APBDes spending realised</translation>
    </message>
    <message>
        <source>90 % atau lebih</source>
        <translation>90 % or more</translation>
    </message>
    <message>
        <source>75 – 90 %</source>
        <translation>75 – 90 %</translation>
    </message>
    <message>
        <source>50 – 75 %</source>
        <translation>50 – 75 %</translation>
    </message>
    <message>
        <source>di bawah 50 %</source>
        <translation>below 50 %</translation>
    </message>
    <message>
        <source>Belum ada APBDes</source>
        <translation>No APBDes yet</translation>
    </message>
    <message>
        <source>Realisasi belanja APBDes {year}</source>
        <translation>APBDes spending realised {year}</translation>
    </message>
    <message>
        <source>{share} % terealisasi</source>
        <translation>{share} % realised</translation>
    </message>
    <message>
        <source>Cakupan intervensi jalur naik</source>
        <translation>Intervention coverage of the path up</translation>
    </message>
    <message>
        <source>Semua indikator jalur naik ditangani</source>
        <translation>Every path-up indicator covered</translation>
    </message>
    <message>
        <source>Sebagian (≥ 50 %)</source>
        <translation>Partly covered (≥ 50 %)</translation>
    </message>
    <message>
        <source>Sebagian (&lt; 50 %)</source>
        <translation>Partly covered (&lt; 50 %)</translation>
    </message>
    <message>
        <source>Belum ada yang ditangani</source>
        <translation>None covered yet</translation>
    </message>
    <message>
        <source>Tidak di jalur naik / tidak ada data</source>
        <translation>No path up / no data</translation>
    </message>
    <message>
        <source>Cakupan intervensi jalur naik {year}</source>
        <translation>Intervention coverage of the path up {year}</translation>
    </message>
    <message>
        <source>{covered} dari {total} indikator jalur naik ditangani ({share} %)</source>
        <translation>{covered} of {total} path-up indicators covered ({share} %)</translation>
    </message>
    <message>
        <source>Status Indeks Desa</source>
        <translation>Indeks Desa status</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Pokok bahasan</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Pembahasan</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Agenda &amp;&amp; Pembahasan</source>
        <translation>Agenda &amp;&amp; Discussion</translation>
    </message>
    <message>
        <source>Kesepakatan</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Siapa</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Instansi/Desa</source>
        <translation>Agency/Village</translation>
    </message>
    <message>
        <source>Apa</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Kapan (hh-bb-tttt)</source>
        <translation>When (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Foto kegiatan dan pindaian daftar hadir yang sudah ditandatangani (JPEG, PNG atau PDF).</source>
        <translation>Photos of the meeting and scans of the signed attendance list (JPEG, PNG or PDF).</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hapus rapat</source>
        <translation>&amp;Delete meeting</translation>
    </message>
    <message>
        <source>Cetak &amp;notulen</source>
        <translation>Print &amp;minutes</translation>
    </message>
    <message>
        <source>Cetak berita &amp;acara</source>
        <translation>Print official &amp;record</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Rapat ini punya perubahan yang belum disimpan. Buang perubahan itu?</source>
        <translation>This meeting has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <source>Tambah baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Tindak lanjut rapat sebelumnya yang belum selesai:</source>
        <translation>Unfinished actions from earlier meetings:</translation>
    </message>
    <message>
        <source>Kapan</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Membuka rapat</source>
        <translation>Opening the meeting</translation>
    </message>
    <message>
        <source>Rapat baru</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Menyimpan rapat</source>
        <translation>Saving the meeting</translation>
    </message>
    <message>
        <source>Belum tersimpan. Perbaiki dulu:</source>
        <translation>Not saved yet. Correct these first:</translation>
    </message>
    <message>
        <source>Hapus rapat</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Hapus rapat “{title}” beserta peserta, agenda, kesepakatan dan tindak lanjutnya?</source>
        <translation>Delete the meeting “{title}” with its participants, agenda, agreements and actions?</translation>
    </message>
    <message>
        <source>Menghapus rapat</source>
        <translation>Deleting the meeting</translation>
    </message>
    <message>
        <source>Berita acara</source>
        <translation>Official record</translation>
    </message>
    <message>
        <source>Notulen</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>MeetingGeneralTab</name>
    <message>
        <source>satu instansi per baris</source>
        <translation>one agency per line</translation>
    </message>
    <message>
        <source>Jenis rapat</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <source>Judul/tema *</source>
        <translation>Title/theme *</translation>
    </message>
    <message>
        <source>Tanggal *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Pimpinan rapat</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Jabatan pimpinan</source>
        <translation>Chair&apos;s position</translation>
    </message>
    <message>
        <source>NIP pimpinan</source>
        <translation>Chair&apos;s NIP</translation>
    </message>
    <message>
        <source>Notulis</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <source>Jabatan notulis</source>
        <translation>Note-taker&apos;s position</translation>
    </message>
    <message>
        <source>NIP notulis</source>
        <translation>Note-taker&apos;s NIP</translation>
    </message>
    <message>
        <source>Desa terkait</source>
        <translation>Villages concerned</translation>
    </message>
    <message>
        <source>Instansi terkait</source>
        <translation>Agencies concerned</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>MeetingInterventionsPanel</name>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Pelaku</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tambah baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Simpan sebagai intervensi</source>
        <translation>Save as interventions</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Alasan perubahan status (wajib bila batal, melompat atau mundur)</source>
        <translation>Reason for the status change (required to cancel, skip or go back)</translation>
    </message>
    <message>
        <source>Kesepakatan sebagai intervensi</source>
        <translation>Agreements as interventions</translation>
    </message>
    <message>
        <source>Intervensi terbuka desa-desa rapat ini (tinjau)</source>
        <translation>Open interventions of this meeting&apos;s villages (review)</translation>
    </message>
    <message>
        <source>Memuat intervensi rapat</source>
        <translation>Loading the meeting&apos;s interventions</translation>
    </message>
    <message>
        <source>(pilih pelaku)</source>
        <translation>(choose an actor)</translation>
    </message>
    <message>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Menyimpan intervensi rapat</source>
        <translation>Saving the meeting&apos;s interventions</translation>
    </message>
    <message>
        <source>Mengubah status intervensi</source>
        <translation>Changing the intervention status</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>Cari judul atau tempat rapat…</source>
        <translation>Search meeting title or place…</translation>
    </message>
    <message>
        <source>Rapat &amp;baru</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>TL terbuka</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Memuat daftar rapat</source>
        <translation>Loading meetings</translation>
    </message>
</context>
<context>
    <name>MeetingPlanTabs</name>
    <message>
        <source>Intervensi</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Musdes</source>
        <translation>Village meeting (musdes)</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Rapat belum disimpan atau sudah dihapus: simpan rapat dulu, lalu tambahkan lampiran.</source>
        <translation>The meeting is not saved yet or has been deleted: save the meeting first, then add attachments.</translation>
    </message>
    <message>
        <source>Pilih dulu desa rapat ini (isian Desa terkait) dan simpan: lampiran disimpan per desa.</source>
        <translation>First choose this meeting&apos;s village (the Related village field) and save: attachments are stored per village.</translation>
    </message>
    <message>
        <source>Rapat teknis</source>
        <translation>Technical meeting</translation>
    </message>
    <message>
        <source>Rapat koordinasi</source>
        <translation>Coordination meeting</translation>
    </message>
    <message>
        <source>Musyawarah desa</source>
        <translation>Village deliberation (musyawarah desa)</translation>
    </message>
    <message>
        <source>Konsultasi publik</source>
        <translation>Public consultation</translation>
    </message>
    <message>
        <source>Diskusi kelompok terarah (FGD)</source>
        <translation>Focus group discussion (FGD)</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Belum dikerjakan</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Sedang dikerjakan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>{label} terlalu panjang ({length} karakter, paling banyak {max}).</source>
        <translation>{label} is too long ({length} characters, at most {max}).</translation>
    </message>
    <message>
        <source>{label}: NIP harus 18 angka, bukan &apos;{text}&apos;.</source>
        <translation>{label}: an NIP must be 18 digits, not &apos;{text}&apos;.</translation>
    </message>
    <message>
        <source>Judul atau tema rapat wajib diisi.</source>
        <translation>The meeting title or theme is required.</translation>
    </message>
    <message>
        <source>Judul rapat terlalu panjang (paling banyak 300 karakter).</source>
        <translation>The meeting title is too long (at most 300 characters).</translation>
    </message>
    <message>
        <source>Jenis rapat &apos;{kind}&apos; tidak dikenal.</source>
        <translation>Unknown meeting type &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>Tanggal rapat wajib diisi.</source>
        <translation>The meeting date is required.</translation>
    </message>
    <message>
        <source>Tanggal rapat &apos;{text}&apos; tidak dikenal; tulis seperti 23-10-2023.</source>
        <translation>Meeting date &apos;{text}&apos; not recognised; write it like 23-10-2023.</translation>
    </message>
    <message>
        <source>Jam mulai</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Jam selesai</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>{label} &apos;{text}&apos; tidak dikenal; tulis seperti 09.00.</source>
        <translation>{label} &apos;{text}&apos; not recognised; write it like 09.00.</translation>
    </message>
    <message>
        <source>Jam selesai lebih awal dari jam mulai.</source>
        <translation>The end time is earlier than the start time.</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Nama pimpinan rapat</source>
        <translation>Chair&apos;s name</translation>
    </message>
    <message>
        <source>Jabatan pimpinan rapat</source>
        <translation>Chair&apos;s position</translation>
    </message>
    <message>
        <source>Nama notulis</source>
        <translation>Note-taker&apos;s name</translation>
    </message>
    <message>
        <source>Jabatan notulis</source>
        <translation>Note-taker&apos;s position</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Pimpinan rapat</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Notulis</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <source>Status &apos;{status}&apos; tidak dikenal.</source>
        <translation>Unknown status &apos;{status}&apos;.</translation>
    </message>
    <message>
        <source>Peserta baris {n}: nama wajib diisi.</source>
        <translation>Participant row {n}: the name is required.</translation>
    </message>
    <message>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <source>jabatan</source>
        <translation>position</translation>
    </message>
    <message>
        <source>instansi</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>kontak</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>Peserta baris {n}: {label} terlalu panjang (paling banyak {max} karakter).</source>
        <translation>Participant row {n}: {label} is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>Agenda {n}: pokok bahasan wajib diisi bila ada pembahasan.</source>
        <translation>Agenda {n}: a topic is required when there is a discussion.</translation>
    </message>
    <message>
        <source>Tindak lanjut {n}: siapa (instansi atau desa) wajib diisi.</source>
        <translation>Action {n}: who (agency or village) is required.</translation>
    </message>
    <message>
        <source>Tindak lanjut {n}: apa yang dikerjakan wajib diisi.</source>
        <translation>Action {n}: what is to be done is required.</translation>
    </message>
    <message>
        <source>Tindak lanjut {n}: nama pelaksana terlalu panjang (paling banyak 300 karakter).</source>
        <translation>Action {n}: the name of whoever acts is too long (at most 300 characters).</translation>
    </message>
    <message>
        <source>Tindak lanjut {n}: batas waktu &apos;{text}&apos; tidak dikenal; tulis seperti 30-11-2023.</source>
        <translation>Action {n}: deadline &apos;{text}&apos; not recognised; write it like 30-11-2023.</translation>
    </message>
    <message>
        <source>Tindak lanjut {n}: jenis pelaksana &apos;{kind}&apos; tidak dikenal.</source>
        <translation>Action {n}: unknown kind of actor &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>Tindak lanjut {n}: status &apos;{status}&apos; tidak dikenal.</source>
        <translation>Action {n}: unknown status &apos;{status}&apos;.</translation>
    </message>
    <message>
        <source>Rapat tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Meeting not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Desa dengan kode {code} tidak ada.</source>
        <translation>There is no village with code {code}.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>berkas rusak atau terpotong (bukan berkas Excel .xlsx yang utuh; salin ulang dari sumbernya)</source>
        <translation>the file is damaged or cut off (not a complete Excel .xlsx file; copy it again from its source)</translation>
    </message>
    <message>
        <source>tidak ditemukan:</source>
        <translation>not found:</translation>
    </message>
    <message>
        <source>tidak boleh dibuka (izin ditolak):</source>
        <translation>may not be opened (permission denied):</translation>
    </message>
    <message>
        <source>disk penuh:</source>
        <translation>disk full:</translation>
    </message>
    <message>
        <source>Periksa berkas atau folder yang dipilih (benar, lengkap dan tidak rusak), lalu coba lagi.</source>
        <translation>Check the chosen file or folder (the right one, complete and undamaged), then try again.</translation>
    </message>
    <message>
        <source>Perbaiki hal di atas, lalu coba lagi.</source>
        <translation>Correct the above, then try again.</translation>
    </message>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <source>{doing} gagal karena kesalahan yang tidak terduga. Tidak ada perubahan yang tersimpan setengah jadi. Rincian ada di berkas log.</source>
        <translation>{doing} failed because of an unexpected error. Nothing was saved half-way. Details are in the log file.</translation>
    </message>
    <message>
        <source>Rincian teknis: {cause}</source>
        <translation>Technical details: {cause}</translation>
    </message>
    <message>
        <source>Coba lagi; bila terulang, kirim berkas log kepada petugas TI.</source>
        <translation>Try again; if it happens again, send the log file to IT support.</translation>
    </message>
</context>
<context>
    <name>MusdesPanel</name>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Tambah kelompok</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>Simpan kehadiran</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Pengusul</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Tanggapan</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Usulan warga</source>
        <translation>Villagers&apos; proposals</translation>
    </message>
    <message>
        <source>Tambah usulan</source>
        <translation>Add proposal</translation>
    </message>
    <message>
        <source>Jadikan intervensi</source>
        <translation>Make an intervention</translation>
    </message>
    <message>
        <source>Jawaban atau alasan bila tidak dilaksanakan</source>
        <translation>Answer, or the reason when it will not be done</translation>
    </message>
    <message>
        <source>Jawab</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Kehadiran menurut kelompok dan jenis kelamin</source>
        <translation>Attendance by group and sex</translation>
    </message>
    <message>
        <source>Memuat musyawarah</source>
        <translation>Loading the village meeting</translation>
    </message>
    <message>
        <source>Hadir: {men} laki-laki, {women} perempuan</source>
        <translation>Present: {men} men, {women} women</translation>
    </message>
    <message>
        <source>Menyimpan kehadiran</source>
        <translation>Saving the attendance</translation>
    </message>
    <message>
        <source>Menyimpan usulan</source>
        <translation>Saving the proposals</translation>
    </message>
    <message>
        <source>Menjawab usulan</source>
        <translation>Answering the proposal</translation>
    </message>
    <message>
        <source>Membuat intervensi</source>
        <translation>Making the intervention</translation>
    </message>
</context>
<context>
    <name>OfficialResultsDialog</name>
    <message>
        <source>Impor hasil resmi Indeks Desa</source>
        <translation>Import official Indeks Desa results</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Berkas (XLSX/CSV)</source>
        <translation>File (XLSX/CSV)</translation>
    </message>
    <message>
        <source>Tahun penilaian</source>
        <translation>Assessment year</translation>
    </message>
    <message>
        <source>{field} (boleh kosong)</source>
        <translation>{field} (optional)</translation>
    </message>
    <message>
        <source>Kode desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nilai Indeks Desa</source>
        <translation>Indeks Desa score</translation>
    </message>
    <message>
        <source>Nama desa</source>
        <translation>Village name</translation>
    </message>
    <message>
        <source>Layanan Dasar</source>
        <translation>Basic services</translation>
    </message>
    <message>
        <source>Sosial</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Ekonomi</source>
        <translation>Economy</translation>
    </message>
    <message>
        <source>Lingkungan</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Aksesibilitas</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Tata Kelola Pemerintahan Desa</source>
        <translation>Village governance</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Seluruh berkas ditolak bila satu baris bermasalah; nilai resmi disimpan apa adanya dan dibandingkan dengan kuesioner desa.</source>
        <translation>The whole file is refused if one row has a problem; official values are kept as published and compared with the village questionnaire.</translation>
    </message>
    <message>
        <source>Pilih berkas hasil Indeks Desa</source>
        <translation>Choose the Indeks Desa results file</translation>
    </message>
    <message>
        <source>Lembar kerja (*.xlsx *.xls *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Impor hasil resmi ditolak; tidak ada yang disimpan.</source>
        <translation>Import of official results refused; nothing was saved.</translation>
    </message>
    <message>
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>{added} hasil baru, {replaced} diganti (tahun {year}).</source>
        <translation>{added} new results, {replaced} replaced (year {year}).</translation>
    </message>
</context>
<context>
    <name>PathUpDialog</name>
    <message>
        <source>Rencana jalur naik status — {village}</source>
        <translation>Plan for the path up — {village}</translation>
    </message>
    <message>
        <source>Usulkan</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Indikator (skor)</source>
        <translation>Indicator (score)</translation>
    </message>
    <message>
        <source>Aspek (skor)</source>
        <translation>Aspect (score)</translation>
    </message>
    <message>
        <source>Program/kegiatan</source>
        <translation>Programme/activity</translation>
    </message>
    <message>
        <source>Pelaku</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Simpan sebagai usulan</source>
        <translation>Save as proposals</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Tahun rencana</source>
        <translation>Plan year</translation>
    </message>
    <message>
        <source>Menyusun usulan</source>
        <translation>Preparing the proposals</translation>
    </message>
    <message>
        <source> — sudah direncanakan</source>
        <translation> — already planned</translation>
    </message>
    <message>
        <source>(belum ditentukan)</source>
        <translation>(not decided yet)</translation>
    </message>
    <message>
        <source>Aspek paling sedikit yang bila dinaikkan ke skor 5 membawa desa ke status berikutnya, dari kuesioner Indeks Desa terakhir sebelum tahun rencana. Pelaku dipilih sendiri: definisi Indeks Desa tidak menyebut pelaku.</source>
        <translation>The fewest aspects that, raised to score 5, lift the village to the next status, from the latest Indeks Desa questionnaire before the plan year. Choose the actors yourself: the Indeks Desa definition names none.</translation>
    </message>
    <message>
        <source>Tidak ada usulan: desa belum punya kuesioner Indeks Desa sebelum tahun ini atau sudah berstatus tertinggi.</source>
        <translation>No proposals: the village has no Indeks Desa questionnaire before this year or already has the top status.</translation>
    </message>
    <message>
        <source>Indikator paling sedikit yang bila dinaikkan ke skor 5 membawa desa ke status berikutnya. Kegiatan dan pelaku diisi dari rumusan IDM.</source>
        <translation>The fewest indicators that, raised to score 5, bring the village to the next status. Activity and actor come from the IDM rumusan.</translation>
    </message>
    <message>
        <source>Tidak ada usulan: desa belum punya penilaian resmi sebelum tahun ini atau sudah berstatus tertinggi.</source>
        <translation>No proposals: the village has no official assessment before this year, or already has the top status.</translation>
    </message>
    <message>
        <source>Menyimpan usulan</source>
        <translation>Saving the proposals</translation>
    </message>
</context>
<context>
    <name>PetaImporter</name>
    <message>
        <source>Impor batas wilayah</source>
        <translation>Import boundaries</translation>
    </message>
    <message>
        <source>Batas wilayah sudah diimpor: {count} poligon.</source>
        <translation>Boundaries imported: {count} polygons.</translation>
    </message>
    <message>
        <source>Impor batas wilayah (tidak ada yang disimpan)</source>
        <translation>Import boundaries (nothing was saved)</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>{file}, baris {line}: {message}</source>
        <translation>{file}, row {line}: {message}</translation>
    </message>
    <message>
        <source>… dan {count} masalah lain.</source>
        <translation>… and {count} more problems.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Jumlah penduduk</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Jumlah KK</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Kode desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Pilih desa di daftar untuk membuka profilnya.</source>
        <translation>Choose a village in the list to open its profile.</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Prasarana</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Penduduk</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Simpan perubahan (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Batalkan perubahan</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>Cetak &amp;profil</source>
        <translation>Print &amp;profile</translation>
    </message>
    <message>
        <source>Pratinjau dan cetak profil yang tersimpan</source>
        <translation>Preview and print the saved profile</translation>
    </message>
    <message>
        <source>Tambah tahun</source>
        <translation>Add year</translation>
    </message>
    <message>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Nilai lama</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>Nilai baru</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kampung</source>
        <translation>Kampung</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source> (tidak aktif dalam daftar resmi)</source>
        <translation> (inactive in the official list)</translation>
    </message>
    <message>
        <source>Kode {code} · Kecamatan {district} · {regency}</source>
        <translation>Code {code} · Kecamatan {district} · {regency}</translation>
    </message>
    <message>
        <source>Profil {name}</source>
        <translation>Profile {name}</translation>
    </message>
    <message>
        <source>Menyimpan profil desa</source>
        <translation>Saving the village profile</translation>
    </message>
    <message>
        <source>Belum tersimpan. Perbaiki dulu:</source>
        <translation>Not saved yet. Correct these first:</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Menunggu pekerjaan lain berhenti…</source>
        <translation>Waiting for other work to stop…</translation>
    </message>
    <message>
        <source>Menyiapkan…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada yang disimpan.</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Kuesioner Indeks Desa — {village}</source>
        <translation>Indeks Desa questionnaire — {village}</translation>
    </message>
    <message>
        <source>Tim data desa (nama)</source>
        <translation>Village data team (names)</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Diisi oleh</source>
        <translation>Filled by</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kelengkapan dan skor per dimensi</source>
        <translation>Completeness and score per dimension</translation>
    </message>
    <message>
        <source>Bukti aspek terpilih (foto, dokumen). Simpan skor aspek dulu untuk melampirkan.</source>
        <translation>Evidence for the selected aspect (photos, documents). Save the aspect&apos;s score first to attach.</translation>
    </message>
    <message>
        <source>Nama pemeriksa / kepala desa</source>
        <translation>Name of the checker / village head</translation>
    </message>
    <message>
        <source>Catat: diperiksa pendamping</source>
        <translation>Record: checked by the facilitator</translation>
    </message>
    <message>
        <source>Catat: disahkan kepala desa</source>
        <translation>Record: approved by the village head</translation>
    </message>
    <message>
        <source>† belum terverifikasi dua sumber (definisi sementara)</source>
        <translation>† not confirmed by two sources (provisional definition)</translation>
    </message>
    <message>
        <source>Skor aspek {key}</source>
        <translation>Score of aspect {key}</translation>
    </message>
    <message>
        <source>Memuat kuesioner Indeks Desa</source>
        <translation>Loading the Indeks Desa questionnaire</translation>
    </message>
    <message>
        <source>Tahap: {state}</source>
        <translation>Stage: {state}</translation>
    </message>
    <message>
        <source>{answered}/{total} aspek · {score}</source>
        <translation>{answered}/{total} aspects · {score}</translation>
    </message>
    <message>
        <source>Indeks Desa {value} · {status}</source>
        <translation>Indeks Desa {value} · {status}</translation>
    </message>
    <message>
        <source>belum lengkap ({answered} dari {total})</source>
        <translation>incomplete ({answered} of {total})</translation>
    </message>
    <message>
        <source>Menyimpan kuesioner Indeks Desa</source>
        <translation>Saving the Indeks Desa questionnaire</translation>
    </message>
    <message>
        <source>Mencatat pemeriksaan</source>
        <translation>Recording the review</translation>
    </message>
</context>
<context>
    <name>RefusedTable</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Alasan server</source>
        <translation>Server&apos;s reason</translation>
    </message>
</context>
<context>
    <name>RegionCombo</name>
    <message>
        <source>Semua kabupaten/kota</source>
        <translation>All kabupaten/kota</translation>
    </message>
    <message>
        <source>Memuat kabupaten</source>
        <translation>Loading kabupaten</translation>
    </message>
</context>
<context>
    <name>RegionIndeksDesaTab</name>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Indeks Desa: indeks tersendiri (skala 0–100), tidak disambung dengan seri IDM.</source>
        <translation>Indeks Desa: a separate index (scale 0–100), not joined to the IDM series.</translation>
    </message>
    <message>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Dimensi</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Jumlah desa</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Memuat rekap Indeks Desa</source>
        <translation>Loading the Indeks Desa recap</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Sementara</source>
        <translation>Provisional</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Pratinjau: {title}</source>
        <translation>Preview: {title}</translation>
    </message>
    <message>
        <source>Menyusun laporan…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Simpan sebagai PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>{pages} halaman</source>
        <translation>{pages} pages</translation>
    </message>
    <message>
        <source>Perhatikan:</source>
        <translation>Please note:</translation>
    </message>
    <message>
        <source>Laporan tidak dapat disusun.</source>
        <translation>The report could not be built.</translation>
    </message>
    <message>
        <source>Menyusun laporan</source>
        <translation>Building the report</translation>
    </message>
    <message>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Menyimpan PDF</source>
        <translation>Saving the PDF</translation>
    </message>
    <message>
        <source>Cetak laporan</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Tidak dapat mencetak</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Pencetak tidak dapat dibuka. Periksa pencetak lalu coba lagi.</source>
        <translation>The printer cannot be opened. Check the printer and try again.</translation>
    </message>
    <message>
        <source>{pages} halaman dikirim ke pencetak.</source>
        <translation>{pages} pages sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <source>Kop surat dan kertas</source>
        <translation>Letterhead and paper</translation>
    </message>
    <message>
        <source>PEMERINTAH KABUPATEN …
DINAS …</source>
        <translation>GOVERNMENT OF KABUPATEN …
OFFICE OF …</translation>
    </message>
    <message>
        <source>tanpa logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Nama instansi (satu baris per tingkat)</source>
        <translation>Institution name (one line per level)</translation>
    </message>
    <message>
        <source>Alamat, telepon, surel</source>
        <translation>Address, phone, e-mail</translation>
    </message>
    <message>
        <source>Berkas logo</source>
        <translation>Logo file</translation>
    </message>
    <message>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>Membuka pengaturan</source>
        <translation>Opening the settings</translation>
    </message>
    <message>
        <source>Pilih logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Menyimpan pengaturan</source>
        <translation>Saving the settings</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4/Folio (215 × 330 mm)</source>
        <translation>F4/Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Ukuran kertas {paper} tidak dikenal.</source>
        <translation>Unknown paper size {paper}.</translation>
    </message>
    <message>
        <source>berkas tidak ada</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>bukan gambar yang dapat dibaca</source>
        <translation>not a readable image</translation>
    </message>
    <message>
        <source>Logo kop &apos;{name}&apos; tidak dapat dipakai ({reason}); laporan dicetak tanpa logo.</source>
        <translation>Letterhead logo &apos;{name}&apos; cannot be used ({reason}); the report is printed without a logo.</translation>
    </message>
    <message>
        <source>Menyusun halaman {page}</source>
        <translation>Laying out page {page}</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Halaman {page} dari {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <source>Kecamatan {name}</source>
        <translation>Kecamatan {name}</translation>
    </message>
    <message>
        <source>Provinsi {name}</source>
        <translation>Province of {name}</translation>
    </message>
    <message>
        <source>Semua wilayah</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Peta status IDM {year}</source>
        <translation>Map of IDM status {year}</translation>
    </message>
    <message>
        <source>Jumlah desa</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Sumber batas wilayah: {credit}</source>
        <translation>Boundary source: {credit}</translation>
    </message>
    <message>
        <source>Jumlah desa per status IDM per tahun</source>
        <translation>Villages per IDM status per year</translation>
    </message>
    <message>
        <source>Kerja Sama Desa {number}</source>
        <translation>Village cooperation {number}</translation>
    </message>
    <message>
        <source>KERJA SAMA DESA</source>
        <translation>VILLAGE COOPERATION AGREEMENT</translation>
    </message>
    <message>
        <source>Para pihak</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Ruang lingkup</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Jangka waktu</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Desa sasaran</source>
        <translation>Target villages</translation>
    </message>
    <message>
        <source>Indikator sasaran</source>
        <translation>Target indicators</translation>
    </message>
    <message>
        <source>Intervensi dalam kerja sama ini</source>
        <translation>Interventions under this agreement</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Belum ada intervensi yang dicatat.</source>
        <translation>No interventions recorded yet.</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Per kabupaten/kota</source>
        <translation>Per kabupaten/kota</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Desa yang masih Sangat Tertinggal atau Tertinggal pada {year}</source>
        <translation>Villages still Very Underdeveloped or Underdeveloped in {year}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seluruh Indonesia</source>
        <translation>All of Indonesia</translation>
    </message>
    <message>
        <source>Per provinsi</source>
        <translation>Per province</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Per kabupaten/kota, {year}</source>
        <translation>Per regency/city, {year}</translation>
    </message>
    <message>
        <source>Tidak ada: semua desa yang dinilai pada {year} sudah minimal Berkembang.</source>
        <translation>None: every village assessed in {year} is at least Developing.</translation>
    </message>
    <message>
        <source>Desa yang masih Sangat Tertinggal atau Tertinggal pada {year}, per provinsi</source>
        <translation>Villages still Very Underdeveloped or Underdeveloped in {year}, per province</translation>
    </message>
    <message>
        <source>Nama desanya tercantum pada rekap IDM kabupaten/kota (pilih wilayahnya di halaman IDM).</source>
        <translation>The villages are named in the regency/city IDM recaps (choose the region on the IDM page).</translation>
    </message>
    <message>
        <source>Desa dinilai</source>
        <translation>Villages assessed</translation>
    </message>
    <message>
        <source>Persen</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Target status dan capaiannya</source>
        <translation>Status targets and their achievement</translation>
    </message>
    <message>
        <source>Belum ada target status untuk wilayah ini (menu IDM › Target status).</source>
        <translation>No status targets for this region yet (menu IDM › Status targets).</translation>
    </message>
    <message>
        <source>Capaian tahun Y: desa yang Sangat Tertinggal/Tertinggal pada Y dan minimal Berkembang pada hasil resmi Y + 1, dihitung untuk wilayah target (provinsi atau kabupaten/kota).</source>
        <translation>Achievement in year Y: villages Very Underdeveloped/Underdeveloped in Y and at least Developing in the official results of Y + 1, counted for the target region (province or kabupaten/kota).</translation>
    </message>
    <message>
        <source>belum ada hasil {year}</source>
        <translation>no {year} results yet</translation>
    </message>
    <message>
        <source>tercapai</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>belum tercapai</source>
        <translation>not yet achieved</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Target (desa)</source>
        <translation>Target (villages)</translation>
    </message>
    <message>
        <source>Terangkat</source>
        <translation>Lifted</translation>
    </message>
    <message>
        <source>Capaian</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Desa sasaran (status → tahun berikutnya)</source>
        <translation>Target villages (status → next year)</translation>
    </message>
    <message>
        <source>… dan {count} desa lain (lengkap di ekspor XLSX Sinergi OPD)</source>
        <translation>… and {count} more villages (all of them in the Agency synergy XLSX export)</translation>
    </message>
    <message>
        <source>Matriks sinergi OPD — IDM {year}</source>
        <translation>Agency synergy matrix — IDM {year}</translation>
    </message>
    <message>
        <source>Instansi yang disebut dalam rumusan IDM untuk indikator lemah (skor ≤ {weak}), dikelompokkan menurut desa yang sama-sama lemah pada indikator itu: daftar desa dicetak sekali di atas kelompoknya; kelompok dengan desa terbanyak lebih dulu.</source>
        <translation>Agencies named in the IDM workbook for weak indicators (score ≤ {weak}), grouped by the villages weak in those indicators: each village list is printed once above its group; groups with the most villages first.</translation>
    </message>
    <message>
        <source>{count} desa:</source>
        <translation>{count} villages:</translation>
    </message>
    <message>
        <source>Indikator lemah</source>
        <translation>Weak indicator</translation>
    </message>
    <message>
        <source>Instansi pelaku per tingkat</source>
        <translation>Agencies per level</translation>
    </message>
    <message>
        <source>Tidak ada indikator lemah dengan instansi pelaku pada tahun ini.</source>
        <translation>No weak indicators with an acting agency this year.</translation>
    </message>
    <message>
        <source>Indikator lemah IDM {year} — ringkasan nasional</source>
        <translation>Weak IDM indicators {year} — national summary</translation>
    </message>
    <message>
        <source>Jumlah desa dengan skor indikator ≤ {weak} dan instansi pusat dan provinsi yang disebut katalog IDM; matriks sinergi per desa tercantum pada rekap kabupaten/kota.</source>
        <translation>Villages with an indicator score ≤ {weak} and the national and provincial agencies the IDM catalogue names; the synergy matrix per village is in the regency/city recaps.</translation>
    </message>
    <message>
        <source>Instansi pusat dan provinsi</source>
        <translation>National and provincial agencies</translation>
    </message>
    <message>
        <source>Tidak ada indikator lemah pada tahun ini.</source>
        <translation>No weak indicators this year.</translation>
    </message>
    <message>
        <source>Rekap IDM {area}</source>
        <translation>IDM recap {area}</translation>
    </message>
    <message>
        <source>Rekap IDM · {area} · dicetak {day}</source>
        <translation>IDM recap · {area} · printed {day}</translation>
    </message>
    <message>
        <source>REKAP INDEKS DESA MEMBANGUN (IDM)</source>
        <translation>VILLAGE DEVELOPMENT INDEX (IDM) RECAP</translation>
    </message>
    <message>
        <source>Belum ada hasil IDM resmi untuk {area}: jumlah desa per status, desa tertinggal dan matriks sinergi memerlukan data IDM resmi. Impor rumusan IDM atau tabel nasional untuk wilayah ini, lalu cetak ulang rekap.</source>
        <translation>There are no official IDM results for {area} yet: villages per status, underdeveloped villages and the synergy matrix need official IDM data. Import IDM rumusan or the national table for this region, then print the recap again.</translation>
    </message>
    <message>
        <source>Membaca data IDM</source>
        <translation>Reading IDM data</translation>
    </message>
    <message>
        <source>Resmi</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Draf lapangan</source>
        <translation>Field draft</translation>
    </message>
    <message>
        <source>Desa dengan kode {code} tidak ada di basis data.</source>
        <translation>There is no village with code {code} in the database.</translation>
    </message>
    <message>
        <source>Penilaian IDM yang diminta tidak ada untuk desa {code}.</source>
        <translation>The requested IDM assessment does not exist for village {code}.</translation>
    </message>
    <message>
        <source>IDM per tahun</source>
        <translation>IDM per year</translation>
    </message>
    <message>
        <source>◆ draf lapangan</source>
        <translation>◆ field draft</translation>
    </message>
    <message>
        <source>{index} terbitan {published} ≠ dihitung {recomputed}</source>
        <translation>{index} published {published} ≠ computed {recomputed}</translation>
    </message>
    <message>
        <source>hanya nilai ringkasan (tanpa skor indikator)</source>
        <translation>summary values only (no indicator scores)</translation>
    </message>
    <message>
        <source>Hasil IDM per tahun</source>
        <translation>IDM results per year</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nilai terbitan resmi dipertahankan; selisih dengan hasil hitung ulang dari skor indikator ditampilkan di kolom Catatan.</source>
        <translation>The official published values are kept; differences from the values recomputed from the indicator scores are shown in the Notes column.</translation>
    </message>
    <message>
        <source>Skor 50 indikator — IDM {year} ({kind})</source>
        <translation>Scores of the 50 indicators — IDM {year} ({kind})</translation>
    </message>
    <message>
        <source>Baris berlatar merah muda dengan skor tebal: indikator lemah (skor kurang dari 5).</source>
        <translation>Rows shaded pink with a bold score: weak indicators (score below 5).</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Keterangan skor</source>
        <translation>Score description</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Pelaku per tingkat</source>
        <translation>Actors per level</translation>
    </message>
    <message>
        <source>Indikator lemah menurut tambahan IDM</source>
        <translation>Weak indicators by IDM gain</translation>
    </message>
    <message>
        <source>Tidak ada indikator lemah: semua indikator sudah bernilai 5.</source>
        <translation>No weak indicators: every indicator already scores 5.</translation>
    </message>
    <message>
        <source>Tambahan IDM bila indikator dinaikkan ke skor 5 = (5 − skor) / (skor maksimum sub-indeks × 3); urutan terbesar lebih dulu.</source>
        <translation>IDM gain when an indicator is raised to score 5 = (5 − score) / (sub-index maximum × 3); largest first.</translation>
    </message>
    <message>
        <source>Tambahan IDM</source>
        <translation>IDM gain</translation>
    </message>
    <message>
        <source>Jalan ke status berikutnya</source>
        <translation>Path to the next status</translation>
    </message>
    <message>
        <source>Status tertinggi (Mandiri) sudah tercapai.</source>
        <translation>The highest status (Independent) has been reached.</translation>
    </message>
    <message>
        <source>Dengan skor {year}, IDM dihitung {value} ({status}). Untuk mencapai status {target} cukup menaikkan {count} indikator ke skor 5 (paling sedikit indikator):</source>
        <translation>With the {year} scores, the IDM computes to {value} ({status}). To reach {target} it is enough to raise {count} indicators to score 5 (the fewest indicators):</translation>
    </message>
    <message>
        <source>Skor sekarang</source>
        <translation>Current score</translation>
    </message>
    <message>
        <source>Menjadi</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>Hasilnya: IDM menjadi &lt;b&gt;{value}&lt;/b&gt;, status &lt;b&gt;{status}&lt;/b&gt;.</source>
        <translation>Result: IDM becomes &lt;b&gt;{value}&lt;/b&gt;, status &lt;b&gt;{status}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Riwayat intervensi (rencana aksi)</source>
        <translation>Intervention history (action plan)</translation>
    </message>
    <message>
        <source>Pelaku</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Belum ada intervensi yang direncanakan untuk desa ini.</source>
        <translation>No interventions planned for this village yet.</translation>
    </message>
    <message>
        <source>Laporan IDM {kind} {name}</source>
        <translation>IDM report {kind} {name}</translation>
    </message>
    <message>
        <source>Laporan IDM {kind} {name} · dicetak {day}</source>
        <translation>IDM report {kind} {name} · printed {day}</translation>
    </message>
    <message>
        <source>LAPORAN INDEKS DESA MEMBANGUN (IDM)</source>
        <translation>VILLAGE DEVELOPMENT INDEX (IDM) REPORT</translation>
    </message>
    <message>
        <source>Nama {kind}</source>
        <translation>Name of {kind}</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Penilaian diuraikan</source>
        <translation>Assessment detailed</translation>
    </message>
    <message>
        <source>{year} ({kind})</source>
        <translation>{year} ({kind})</translation>
    </message>
    <message>
        <source>Draf dilampirkan</source>
        <translation>Draft attached</translation>
    </message>
    <message>
        <source>draf lapangan {year}, bagian terpisah</source>
        <translation>field draft {year}, separate part</translation>
    </message>
    <message>
        <source>Belum ada data IDM untuk {kind} {name} ({code}): tidak ada hasil resmi maupun penilaian lapangan. Impor data resmi (rumusan IDM atau tabel nasional) atau buat penilaian lapangan, lalu cetak ulang laporan ini.</source>
        <translation>There is no IDM data for {kind} {name} ({code}) yet: neither official results nor a field assessment. Import official data (IDM rumusan or the national table) or make a field assessment, then print this report again.</translation>
    </message>
    <message>
        <source>Skor 50 indikator</source>
        <translation>Scores of the 50 indicators</translation>
    </message>
    <message>
        <source>Skor indikator resmi belum ada: data resmi {years} hanya berisi nilai ringkasan. Tabel indikator, indikator lemah dan jalan ke status berikutnya memerlukan skor ke-50 indikator (impor rumusan IDM desa ini).</source>
        <translation>No official indicator scores yet: the official data {years} hold summary values only. The indicator table, weak indicators and the path to the next status need all 50 indicator scores (import this village&apos;s IDM workbook).</translation>
    </message>
    <message>
        <source>Draf penilaian lapangan {year} tidak dicetak: pilih draf itu untuk mencetaknya sebagai bagian terpisah.</source>
        <translation>The {year} field draft is not printed: pick that draft to print it as a separate part.</translation>
    </message>
    <message>
        <source>DRAF PENILAIAN LAPANGAN {year}</source>
        <translation>FIELD ASSESSMENT DRAFT {year}</translation>
    </message>
    <message>
        <source>Bukan hasil resmi — untuk pembahasan</source>
        <translation>Not an official result — for discussion</translation>
    </message>
    <message>
        <source>Bagian ini memuat draf penilaian lapangan {year} yang belum ditetapkan. Angka resmi adalah yang tercantum di bagian sebelumnya; draf dapat berubah.</source>
        <translation>This part holds the {year} field assessment draft, not yet adopted. The official figures are those in the previous part; the draft may change.</translation>
    </message>
    <message>
        <source>Draf ini belum berisi skor indikator.</source>
        <translation>This draft has no indicator scores yet.</translation>
    </message>
    <message>
        <source>Jam mulai rapat belum diisi.</source>
        <translation>The meeting&apos;s start time is not filled in.</translation>
    </message>
    <message>
        <source>Jam selesai (rapat ditutup) belum diisi.</source>
        <translation>The end time (meeting closed) is not filled in.</translation>
    </message>
    <message>
        <source>Tempat rapat belum diisi.</source>
        <translation>The meeting place is not filled in.</translation>
    </message>
    <message>
        <source>Pimpinan rapat belum diisi.</source>
        <translation>The chair is not filled in.</translation>
    </message>
    <message>
        <source>Notulis belum diisi.</source>
        <translation>The note-taker is not filled in.</translation>
    </message>
    <message>
        <source>Belum ada peserta.</source>
        <translation>No participants yet.</translation>
    </message>
    <message>
        <source>Belum ada agenda.</source>
        <translation>No agenda yet.</translation>
    </message>
    <message>
        <source>Belum ada kesepakatan.</source>
        <translation>No agreements yet.</translation>
    </message>
    <message>
        <source>selesai</source>
        <translation>end</translation>
    </message>
    <message>
        <source>{start} {zone} s.d. selesai</source>
        <translation>{start} {zone} until the end</translation>
    </message>
    <message>
        <source>{dots} orang (daftar hadir terlampir)</source>
        <translation>{dots} people (attendance list attached)</translation>
    </message>
    <message>
        <source>{present} orang hadir dari {invited} undangan (daftar hadir terlampir)</source>
        <translation>{present} people attended of {invited} invited (attendance list attached)</translation>
    </message>
    <message>
        <source>Pimpinan Rapat,</source>
        <translation>Chair,</translation>
    </message>
    <message>
        <source>Notulis,</source>
        <translation>Note-taker,</translation>
    </message>
    <message>
        <source>Desa terkait</source>
        <translation>Villages concerned</translation>
    </message>
    <message>
        <source>Instansi terkait</source>
        <translation>Agencies concerned</translation>
    </message>
    <message>
        <source>Siapa</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Apa</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Kapan</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut yang dicatat.</source>
        <translation>No follow-up actions were recorded.</translation>
    </message>
    <message>
        <source>Tindak Lanjut Rapat Sebelumnya</source>
        <translation>Follow-up of the Previous Meeting</translation>
    </message>
    <message>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>DAFTAR HADIR</source>
        <translation>ATTENDANCE LIST</translation>
    </message>
    <message>
        <source>Hari/Tanggal</source>
        <translation>Day/Date</translation>
    </message>
    <message>
        <source>Skor per dimensi (0–100)</source>
        <translation>Score per dimension (0–100)</translation>
    </message>
    <message>
        <source>Hasil Indeks Desa {year}</source>
        <translation>Indeks Desa results {year}</translation>
    </message>
    <message>
        <source>Indeks Desa (jumlah berbobot)</source>
        <translation>Indeks Desa (weighted sum)</translation>
    </message>
    <message>
        <source>Dimensi</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Bobot</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Aspek terisi</source>
        <translation>Aspects answered</translation>
    </message>
    <message>
        <source>Status dihitung</source>
        <translation>Computed status</translation>
    </message>
    <message>
        <source>Status resmi</source>
        <translation>Official status</translation>
    </message>
    <message>
        <source>Kuesioner belum lengkap ({answered} dari {total} aspek): aspek yang belum diisi dihitung dengan skor terendah.</source>
        <translation>Questionnaire incomplete ({answered} of {total} aspects): unanswered aspects count at the lowest score.</translation>
    </message>
    <message>
        <source>Skor {count} aspek penilaian</source>
        <translation>Scores of the {count} assessment aspects</translation>
    </message>
    <message>
        <source>Baris berlatar merah muda: aspek lemah (skor kurang dari {top}); &apos;—&apos; belum diisi; † aspek atau indikator yang belum terverifikasi dua sumber.</source>
        <translation>Pink rows: weak aspects (score below {top}); &apos;—&apos; not answered; † aspect or indicator not confirmed by two sources.</translation>
    </message>
    <message>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Uraian aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Aspek lemah menurut tambahan nilai Indeks Desa</source>
        <translation>Weak aspects by gain in the Indeks Desa</translation>
    </message>
    <message>
        <source>Tidak ada aspek lemah.</source>
        <translation>No weak aspects.</translation>
    </message>
    <message>
        <source>Tambahan = (skor maksimum − skor) × bobot dimensi / skor maksimum dimensi; 20 terbesar.</source>
        <translation>Gain = (maximum score − score) × dimension weight / dimension maximum; the 20 largest.</translation>
    </message>
    <message>
        <source>Tambahan</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Status tertinggi sudah tercapai menurut batas status yang dipakai.</source>
        <translation>The highest status is reached under the cut-offs in use.</translation>
    </message>
    <message>
        <source>Nilai dihitung {value} ({status}). Untuk mencapai {target} cukup menaikkan {count} aspek ke skor {top} (paling sedikit aspek):</source>
        <translation>Computed score {value} ({status}). To reach {target} it is enough to raise {count} aspects to score {top} (fewest aspects):</translation>
    </message>
    <message>
        <source>Hasilnya: nilai {value}, status {status}.</source>
        <translation>Result: score {value}, status {status}.</translation>
    </message>
    <message>
        <source>Pengisian dan pemeriksaan</source>
        <translation>Filling and review</translation>
    </message>
    <message>
        <source>Diisi oleh</source>
        <translation>Filled by</translation>
    </message>
    <message>
        <source>Tahap sekarang</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Perbedaan dengan hasil resmi</source>
        <translation>Differences from the official result</translation>
    </message>
    <message>
        <source>Kuesioner desa</source>
        <translation>Village questionnaire</translation>
    </message>
    <message>
        <source>Laporan Indeks Desa {kind} {name}</source>
        <translation>Indeks Desa report {kind} {name}</translation>
    </message>
    <message>
        <source>Laporan Indeks Desa {kind} {name} {year} · dicetak {day}</source>
        <translation>Indeks Desa report {kind} {name} {year} · printed {day}</translation>
    </message>
    <message>
        <source>LAPORAN INDEKS DESA {year}</source>
        <translation>INDEKS DESA REPORT {year}</translation>
    </message>
    <message>
        <source>Definisi</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Batas status</source>
        <translation>Status cut-offs</translation>
    </message>
    <message>
        <source>{year}, {state}: {source}</source>
        <translation>{year}, {state}: {source}</translation>
    </message>
    <message>
        <source>terverifikasi</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>belum terverifikasi</source>
        <translation>not verified</translation>
    </message>
    <message>
        <source>Membaca data Indeks Desa</source>
        <translation>Reading Indeks Desa data</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>(tidak hadir)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Tanda Tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Kesepakatan Intervensi (Rencana Aksi)</source>
        <translation>Agreed interventions (action plan)</translation>
    </message>
    <message>
        <source>Kehadiran menurut kelompok dan jenis kelamin</source>
        <translation>Attendance by group and sex</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Usulan Warga</source>
        <translation>Villagers&apos; proposals</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Pengusul</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Tanggapan</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Notulen {title}</source>
        <translation>Minutes {title}</translation>
    </message>
    <message>
        <source>Notulen · {title}</source>
        <translation>Minutes · {title}</translation>
    </message>
    <message>
        <source>NOTULEN {kind}</source>
        <translation>MINUTES OF {kind}</translation>
    </message>
    <message>
        <source>Pimpinan Rapat</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Notulis</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda belum diisi.</source>
        <translation>The agenda is not filled in.</translation>
    </message>
    <message>
        <source>Pembahasan</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Pembahasan belum diisi.</source>
        <translation>The discussion is not filled in.</translation>
    </message>
    <message>
        <source>(tidak ada catatan pembahasan)</source>
        <translation>(no discussion notes)</translation>
    </message>
    <message>
        <source>Kesepakatan</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Tindak Lanjut</source>
        <translation>Follow-up Actions</translation>
    </message>
    <message>
        <source>Rapat ditutup pukul {time} {zone}.</source>
        <translation>The meeting was closed at {time} {zone}.</translation>
    </message>
    <message>
        <source>Berita Acara {title}</source>
        <translation>Official Record {title}</translation>
    </message>
    <message>
        <source>Berita Acara · {title}</source>
        <translation>Official Record · {title}</translation>
    </message>
    <message>
        <source>BERITA ACARA</source>
        <translation>OFFICIAL RECORD (BERITA ACARA)</translation>
    </message>
    <message>
        <source>Nomor: {number}</source>
        <translation>Number: {number}</translation>
    </message>
    <message>
        <source>Pada hari ini {date_words} ({date}), pukul {time} {zone}, bertempat di {place}, telah dilaksanakan {kind} dengan tema “{title}”, dipimpin oleh {chair}, dan dihadiri oleh {present} orang peserta sebagaimana tercantum dalam daftar hadir terlampir.</source>
        <translation>On this day, {date_words} ({date}), at {time} {zone}, at {place}, a {kind} was held with the theme “{title}”, chaired by {chair} and attended by {present} participants as listed in the attached attendance list.</translation>
    </message>
    <message>
        <source>Pokok bahasan</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Dari pembahasan tersebut telah disepakati hal-hal sebagai berikut:</source>
        <translation>From that discussion the following was agreed:</translation>
    </message>
    <message>
        <source>Demikian berita acara ini dibuat dengan sebenar-benarnya untuk dipergunakan sebagaimana mestinya. Rapat ditutup pukul {time} {zone}.</source>
        <translation>This official record is made truthfully, to be used as appropriate. The meeting was closed at {time} {zone}.</translation>
    </message>
    <message>
        <source>Temuan monitoring APBDes yang melewati batas waktu</source>
        <translation>APBDes monitoring findings past their deadline</translation>
    </message>
    <message>
        <source>Tidak ada temuan yang melewati batas waktu tindak lanjut per {day}.</source>
        <translation>No findings were past their follow-up deadline as of {day}.</translation>
    </message>
    <message>
        <source>Temuan berstatus terbuka atau sedang ditindaklanjuti yang batas waktunya sudah lewat per {day}.</source>
        <translation>Findings that are open or in progress whose deadline had passed as of {day}.</translation>
    </message>
    <message>
        <source>Temuan terlambat</source>
        <translation>Overdue findings</translation>
    </message>
    <message>
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Hari terlambat</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>… dan {count} temuan terlambat lainnya (lengkap di register temuan).</source>
        <translation>… and {count} more overdue findings (all of them in the findings register).</translation>
    </message>
    <message>
        <source>Kampung</source>
        <translation>Kampung</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Profil {kind} {name}</source>
        <translation>Profile of {kind} {name}</translation>
    </message>
    <message>
        <source>Profil {kind} {name} · dicetak {day}</source>
        <translation>Profile of {kind} {name} · printed {day}</translation>
    </message>
    <message>
        <source>PROFIL {kind}</source>
        <translation>PROFILE OF {kind}</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tidak aktif dalam daftar resmi</source>
        <translation>Inactive in the official list</translation>
    </message>
    <message>
        <source>Penduduk</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Jumlah penduduk (jiwa)</source>
        <translation>Population (people)</translation>
    </message>
    <message>
        <source>Jumlah KK</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Data penduduk belum diisi.</source>
        <translation>Population data not filled in.</translation>
    </message>
    <message>
        <source>{name} ({code}) adalah kelurahan: kelurahan tidak mempunyai APBDes, jadi tidak ada laporan monitoring.</source>
        <translation>{name} ({code}) is a kelurahan: a kelurahan has no APBDes, so there is no monitoring report.</translation>
    </message>
    <message>
        <source>Versi APBDes &apos;{version}&apos; tidak dikenal (murni atau perubahan).</source>
        <translation>Unknown APBDes version &apos;{version}&apos; (original or amended).</translation>
    </message>
    <message>
        <source>berkas tidak ada di folder lampiran</source>
        <translation>the file is not in the attachments folder</translation>
    </message>
    <message>
        <source>Foto &apos;{name}&apos; tidak dapat ditampilkan ({reason}).</source>
        <translation>Photo &apos;{name}&apos; cannot be shown ({reason}).</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Lampiran lain</source>
        <translation>Other attachments</translation>
    </message>
    <message>
        <source>{name} (pindaian PDF, tidak dicetak)</source>
        <translation>{name} (PDF scan, not printed)</translation>
    </message>
    <message>
        <source>Murni</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Amended</translation>
    </message>
    <message>
        <source>Dana Desa</source>
        <translation>Dana Desa</translation>
    </message>
    <message>
        <source>Alokasi Dana Desa</source>
        <translation>Alokasi Dana Desa</translation>
    </message>
    <message>
        <source>Bagi Hasil Pajak dan Retribusi</source>
        <translation>Tax and levy revenue sharing</translation>
    </message>
    <message>
        <source>Bantuan Keuangan Provinsi</source>
        <translation>Provincial financial assistance</translation>
    </message>
    <message>
        <source>Bantuan Keuangan Kabupaten/Kota</source>
        <translation>Kabupaten/Kota financial assistance</translation>
    </message>
    <message>
        <source>Pendapatan Asli Desa</source>
        <translation>Village own-source revenue</translation>
    </message>
    <message>
        <source>Lain-lain</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Nomor {number} tanggal {day}</source>
        <translation>Number {number} dated {day}</translation>
    </message>
    <message>
        <source>Tahun anggaran</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <source>{budget} versi</source>
        <translation>{budget} version</translation>
    </message>
    <message>
        <source>Peraturan desa</source>
        <translation>Village regulation (Perdes)</translation>
    </message>
    <message>
        <source>Laporan semester I</source>
        <translation>Semester I report</translation>
    </message>
    <message>
        <source>Laporan akhir tahun</source>
        <translation>Year-end report</translation>
    </message>
    <message>
        <source>diterima {day}</source>
        <translation>received {day}</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>{budget} {year} versi {version} untuk {kind} {village} ({code}) belum ada di basis data, sehingga anggaran, realisasi dan pemeriksaan otomatis tidak dapat dicetak. Impor laporan realisasi {budget} {year} ({version}) desa ini, lalu cetak ulang laporan.</source>
        <translation>The {version} {budget} {year} for {kind} {village} ({code}) is not in the database yet, so the budget, realisation and automatic checks cannot be printed. Import this village&apos;s {budget} {year} ({version}) realisation report, then print the report again.</translation>
    </message>
    <message>
        <source>Yang sudah ada untuk desa ini: {list}.</source>
        <translation>Available for this village: {list}.</translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <source>Sisa anggaran</source>
        <translation>Remaining budget</translation>
    </message>
    <message>
        <source>A. Anggaran dan realisasi</source>
        <translation>A. Budget and realisation</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Pendapatan</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Belanja</source>
        <translation>Spending</translation>
    </message>
    <message>
        <source>Surplus/(Defisit)</source>
        <translation>Surplus/(Deficit)</translation>
    </message>
    <message>
        <source>Penerimaan pembiayaan</source>
        <translation>Financing receipts</translation>
    </message>
    <message>
        <source>Pengeluaran pembiayaan</source>
        <translation>Financing expenditure</translation>
    </message>
    <message>
        <source>Pembiayaan netto</source>
        <translation>Net financing</translation>
    </message>
    <message>
        <source>Sisa lebih/(kurang) pembiayaan anggaran</source>
        <translation>Budget financing surplus/(shortfall) (SiLPA)</translation>
    </message>
    <message>
        <source>Belanja melebihi pendapatan: defisit {amount} harus ditutup pembiayaan netto ({net}).</source>
        <translation>Spending exceeds revenue: the deficit of {amount} must be covered by net financing ({net}).</translation>
    </message>
    <message>
        <source>B. Belanja per bidang</source>
        <translation>B. Spending per sector</translation>
    </message>
    <message>
        <source>Bidang</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Tidak ada baris belanja.</source>
        <translation>No spending rows.</translation>
    </message>
    <message>
        <source>C. Belanja per sumber dana</source>
        <translation>C. Spending per source of funds</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <source>D. Hasil pemeriksaan otomatis</source>
        <translation>D. Automatic check results</translation>
    </message>
    <message>
        <source>Semua pemeriksaan otomatis terpenuhi: tidak ada yang perlu dicatat.</source>
        <translation>All automatic checks passed: nothing to note.</translation>
    </message>
    <message>
        <source>E. Kunjungan monitoring</source>
        <translation>E. Monitoring visits</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Yang diperiksa</source>
        <translation>Items checked</translation>
    </message>
    <message>
        <source>Belum ada kunjungan monitoring yang dicatat untuk tahun {year}.</source>
        <translation>No monitoring visits have been recorded for {year} yet.</translation>
    </message>
    <message>
        <source>TERLAMBAT {days} hari</source>
        <translation>OVERDUE {days} days</translation>
    </message>
    <message>
        <source>Temuan {number} — {category}, keparahan {severity}</source>
        <translation>Finding {number} — {category}, {severity} severity</translation>
    </message>
    <message>
        <source>melewati batas waktu</source>
        <translation>past the deadline</translation>
    </message>
    <message>
        <source>Tanggal temuan</source>
        <translation>Finding date</translation>
    </message>
    <message>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Riwayat tindak lanjut</source>
        <translation>Follow-up history</translation>
    </message>
    <message>
        <source>Temuan {number}</source>
        <translation>Finding {number}</translation>
    </message>
    <message>
        <source>F. Temuan dan tindak lanjut</source>
        <translation>F. Findings and follow-up</translation>
    </message>
    <message>
        <source>Tidak ada temuan yang dicatat untuk tahun {year}.</source>
        <translation>No findings were recorded for {year}.</translation>
    </message>
    <message>
        <source>{count} temuan; {open} masih menunggu tindak lanjut, {late} di antaranya melewati batas waktu per {day}.</source>
        <translation>{count} findings; {open} still awaiting follow-up, {late} of them past the deadline as of {day}.</translation>
    </message>
    <message>
        <source>Menyusun temuan {index} dari {total}</source>
        <translation>Laying out finding {index} of {total}</translation>
    </message>
    <message>
        <source>Kepala {kind} {name},</source>
        <translation>Head of {kind} {name},</translation>
    </message>
    <message>
        <source>Mengetahui,
{role}</source>
        <translation>Acknowledged by,
{role}</translation>
    </message>
    <message>
        <source>Yang melaporkan,
Petugas monitoring,</source>
        <translation>Reported by,
Monitoring officer,</translation>
    </message>
    <message>
        <source>Laporan monitoring {budget} {kind} {name} {year}</source>
        <translation>{budget} monitoring report {kind} {name} {year}</translation>
    </message>
    <message>
        <source>Monitoring {budget} {name} {year} · dicetak {day}</source>
        <translation>{budget} monitoring {name} {year} · printed {day}</translation>
    </message>
    <message>
        <source>LAPORAN HASIL MONITORING {budget}</source>
        <translation>{budget} MONITORING REPORT</translation>
    </message>
    <message>
        <source>{kind} {name} — Tahun Anggaran {year}</source>
        <translation>{kind} {name} — Budget Year {year}</translation>
    </message>
    <message>
        <source>Demikian laporan hasil monitoring ini dibuat untuk dipergunakan sebagaimana mestinya.</source>
        <translation>This monitoring report is made to be used as appropriate.</translation>
    </message>
    <message>
        <source>Membaca data monitoring</source>
        <translation>Reading the monitoring data</translation>
    </message>
    <message>
        <source>Rekap Profil Desa {area}</source>
        <translation>Village profile recap {area}</translation>
    </message>
    <message>
        <source>Rekap profil desa · {area} · dicetak {day}</source>
        <translation>Village profile recap · {area} · printed {day}</translation>
    </message>
    <message>
        <source>REKAP PROFIL DESA/KELURAHAN</source>
        <translation>DESA/KELURAHAN PROFILE RECAP</translation>
    </message>
    <message>
        <source>Ringkasan per kabupaten/kota</source>
        <translation>Summary per kabupaten/kota</translation>
    </message>
    <message>
        <source>Desa/Kampung</source>
        <translation>Desa/Kampung</translation>
    </message>
    <message>
        <source>Profil terisi</source>
        <translation>Profiles filled in</translation>
    </message>
    <message>
        <source>Tidak ada desa.</source>
        <translation>No villages.</translation>
    </message>
    <message>
        <source>Daftar desa/kelurahan</source>
        <translation>List of desa/kelurahan</translation>
    </message>
    <message>
        <source>Kepala desa</source>
        <translation>Village head</translation>
    </message>
    <message>
        <source>KK</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Pelaku belum ditentukan</source>
        <translation>Actor not decided yet</translation>
    </message>
    <message>
        <source>Matriks Rencana Aksi Percepatan</source>
        <translation>Acceleration Action Plan Matrix</translation>
    </message>
    <message>
        <source>{region} — Tahun {year}</source>
        <translation>{region} — Year {year}</translation>
    </message>
    <message>
        <source>Belum ada intervensi untuk tahun ini.</source>
        <translation>No interventions for this year yet.</translation>
    </message>
    <message>
        <source>{count} intervensi, anggaran {amount}.</source>
        <translation>{count} interventions, budget {amount}.</translation>
    </message>
    <message>
        <source>Pimpinan {actor},</source>
        <translation>Head of {actor},</translation>
    </message>
    <message>
        <source>{count} intervensi yang dibatalkan tidak dicantumkan.</source>
        <translation>{count} cancelled interventions are not listed.</translation>
    </message>
    <message>
        <source>Indeks Desa: jumlah desa per status per tahun</source>
        <translation>Indeks Desa: villages per status per year</translation>
    </message>
    <message>
        <source>Indeks Desa (Permendesa PDT 9/2024, skala 0–100) adalah indeks tersendiri dengan status dan batasnya sendiri; tidak disambung dengan seri IDM di atas.</source>
        <translation>The Indeks Desa (Permendesa PDT 9/2024, scale 0–100) is a separate index with its own statuses and cut-offs; it is not joined to the IDM series above.</translation>
    </message>
    <message>
        <source>Sementara</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Kabupaten/Kota {year}</source>
        <translation>Regency/City {year}</translation>
    </message>
    <message>
        <source>Kolom Sementara: desa yang statusnya dihitung dari kuesioner. {note}</source>
        <translation>Column Provisional: villages whose status is computed from their questionnaire. {note}</translation>
    </message>
    <message>
        <source>Aspek Indeks Desa yang lemah di banyak desa — {year}</source>
        <translation>Indeks Desa aspects weak in many villages — {year}</translation>
    </message>
    <message>
        <source>Tidak ada aspek lemah (skor ≤ 2).</source>
        <translation>No weak aspects (score ≤ 2).</translation>
    </message>
    <message>
        <source>Aspek bernilai 2 atau kurang pada kuesioner desa, desa terbanyak lebih dulu: bahan matriks sinergi (siapa bertindak disepakati dalam rapat koordinasi; definisi Indeks Desa tidak menyebut pelaku).</source>
        <translation>Aspects scored 2 or less in the village questionnaires, most villages first: material for the synergy matrix (who acts is agreed in the coordination meeting; the Indeks Desa definition names no actors).</translation>
    </message>
    <message>
        <source>dan {count} lainnya</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <source>Desa dengan aspek lemah</source>
        <translation>Villages with the weak aspect</translation>
    </message>
    <message>
        <source>Indeks Desa per tahun (0–100)</source>
        <translation>Indeks Desa per year (0–100)</translation>
    </message>
    <message>
        <source>Indeks Desa (indeks tersendiri, skala 0–100)</source>
        <translation>Indeks Desa (a separate index, scale 0–100)</translation>
    </message>
    <message>
        <source>Indeks Desa (Permendesa PDT 9/2024) menggantikan IDM sejak penilaian 2025; nilainya tidak sebanding dengan IDM dan tidak disambung dengan seri IDM.</source>
        <translation>The Indeks Desa (Permendesa PDT 9/2024) replaced the IDM from the 2025 assessment; its values are not comparable with the IDM and are not joined to the IDM series.</translation>
    </message>
    <message>
        <source>{status} (sementara)</source>
        <translation>{status} (provisional)</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Pengaturan server sinkronisasi</source>
        <translation>Sync server settings</translation>
    </message>
    <message>
        <source>mis. Laptop Pendamping Paser</source>
        <translation>e.g. Paser facilitator laptop</translation>
    </message>
    <message>
        <source>Berkas yang lebih besar diunduh saat dibuka saja.</source>
        <translation>Larger files are downloaded only when opened.</translation>
    </message>
    <message>
        <source>Alamat server:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>Nama pengguna:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Kata sandi:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Nama perangkat:</source>
        <translation>Device name:</translation>
    </message>
    <message>
        <source>Unduh otomatis berkas sampai:</source>
        <translation>Download files automatically up to:</translation>
    </message>
    <message>
        <source>Daftarkan perangkat</source>
        <translation>Enrol device</translation>
    </message>
    <message>
        <source>Token perangkat disimpan di keyring sistem.</source>
        <translation>The device token is kept in the system keyring.</translation>
    </message>
    <message>
        <source>Token perangkat disimpan di berkas yang hanya dapat dibaca pengguna ini: {path}</source>
        <translation>The device token is kept in a file only this user can read: {path}</translation>
    </message>
    <message>
        <source>Isi alamat server, nama pengguna dan kata sandi.</source>
        <translation>Fill in the server address, user name and password.</translation>
    </message>
    <message>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <source>Perangkat terdaftar atas nama {user}.</source>
        <translation>Device enrolled for {user}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Dokumen cetak</source>
        <translation>Printed documents</translation>
    </message>
    <message>
        <source>Server provinsi</source>
        <translation>Provincial server</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Membuka pengaturan</source>
        <translation>Opening the settings</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Mati</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Setiap hari</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Setiap minggu</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Seluruh Kalimantan Timur</source>
        <translation>All of East Kalimantan</translation>
    </message>
    <message>
        <source>nama kecamatan, boleh lebih dari satu</source>
        <translation>kecamatan name, more than one allowed</translation>
    </message>
    <message>
        <source>Wilayah kerja</source>
        <translation>Working area</translation>
    </message>
    <message>
        <source>Daftar desa, Rekap IDM dan temuan dibuka pada wilayah ini; filternya tetap dapat diubah.</source>
        <translation>The village list, IDM recap and findings open on this area; their filters can still be changed.</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Bahasa baru dipakai saat program dibuka lagi.</source>
        <translation>A new language is used the next time the program starts.</translation>
    </message>
    <message>
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Folder baru dipakai saat program dibuka lagi; data tidak dipindahkan. Untuk membawa data, buat cadangan lalu pulihkan di folder baru.</source>
        <translation>A new folder is used the next time the program starts; the data is not moved. To take the data along, make a backup and restore it in the new folder.</translation>
    </message>
    <message>
        <source>Cadangan otomatis</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>Cadangan otomatis disimpan di folder {folder}; lima yang terbaru disimpan.</source>
        <translation>Automatic backups are kept in the folder {folder}; the five newest are kept.</translation>
    </message>
    <message>
        <source>Ubah kop surat…</source>
        <translation>Change letterhead…</translation>
    </message>
    <message>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Nomor berita acara</source>
        <translation>Berita acara number</translation>
    </message>
    <message>
        <source>Dicetak di bawah judul berita acara. {nomor} dicetak titik-titik untuk diisi dari buku agenda; {bulan_romawi}, {bulan} dan {tahun} diambil dari tanggal rapat. Contoh: 005/{nomor}/DPMPD/{bulan_romawi}/{tahun}.</source>
        <translation>Printed under the berita acara title. {nomor} prints as dots to fill in from the agenda book; {bulan_romawi}, {bulan} and {tahun} come from the meeting date. Example: 005/{nomor}/DPMPD/{bulan_romawi}/{tahun}.</translation>
    </message>
    <message>
        <source>Alamat server provinsi, pendaftaran perangkat dan sinkronisasi diatur lewat menu Sinkronisasi → Pengaturan server…</source>
        <translation>The provincial server address, device enrolment and synchronisation are set in the menu Sync → Server settings…</translation>
    </message>
    <message>
        <source>(tanpa kop)</source>
        <translation>(no letterhead)</translation>
    </message>
    <message>
        <source>Pilih folder data</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <source>Menyimpan pengaturan</source>
        <translation>Saving the settings</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>berkas tidak dapat dibaca: {detail}</source>
        <translation>the file cannot be read: {detail}</translation>
    </message>
    <message>
        <source>bukan lembar kerja yang dapat dibaca: {detail}</source>
        <translation>not a readable spreadsheet: {detail}</translation>
    </message>
    <message>
        <source>bukan lembar kerja XLSX/XLS atau CSV yang dapat dibaca (kosong atau isi lain)</source>
        <translation>not a readable XLSX/XLS or CSV spreadsheet (empty or other content)</translation>
    </message>
    <message>
        <source>bukan berkas CSV (isi biner)</source>
        <translation>not a CSV file (binary content)</translation>
    </message>
    <message>
        <source>format CSV rusak: {detail}</source>
        <translation>damaged CSV format: {detail}</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan semua</source>
        <translation>Save all</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Ya untuk semua</source>
        <translation>Yes to all</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Tidak untuk semua</source>
        <translation>No to all</translation>
    </message>
    <message>
        <source>Hentikan</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Kembalikan bawaan</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>Lihat di:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>Nama folder:</source>
        <translation>Folder name:</translation>
    </message>
    <message>
        <source>Nama berkas:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Jenis berkas:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>Pilih</source>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>Administrasi</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <source>Keuangan</source>
        <translation>Financial</translation>
    </message>
    <message>
        <source>Fisik/konstruksi</source>
        <translation>Physical/construction</translation>
    </message>
    <message>
        <source>Pengadaan</source>
        <translation>Procurement</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Rendah</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Sedang</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Sedang ditindaklanjuti</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Selesai ditindaklanjuti</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Diverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>{label}: &apos;{text}&apos; bukan tanggal (contoh: 23-10-2026).</source>
        <translation>{label}: &apos;{text}&apos; is not a date (example: 23-10-2026).</translation>
    </message>
    <message>
        <source>{label} terlalu panjang ({count} karakter; paling banyak {limit}).</source>
        <translation>{label} is too long ({count} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>Pilih desa yang dikunjungi.</source>
        <translation>Choose the village visited.</translation>
    </message>
    <message>
        <source>Tanggal kunjungan</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>Isi paling sedikit satu petugas.</source>
        <translation>Enter at least one officer.</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Yang diperiksa</source>
        <translation>Items checked</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Pilih desa tempat temuan.</source>
        <translation>Choose the village of the finding.</translation>
    </message>
    <message>
        <source>Tanggal temuan</source>
        <translation>Finding date</translation>
    </message>
    <message>
        <source>Batas waktu tindak lanjut</source>
        <translation>Follow-up deadline</translation>
    </message>
    <message>
        <source>Pilih kategori temuan.</source>
        <translation>Choose a finding category.</translation>
    </message>
    <message>
        <source>Pilih tingkat keparahan temuan.</source>
        <translation>Choose the severity of the finding.</translation>
    </message>
    <message>
        <source>Uraian temuan wajib diisi.</source>
        <translation>The finding description is required.</translation>
    </message>
    <message>
        <source>Uraian temuan</source>
        <translation>Finding description</translation>
    </message>
    <message>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Penanggung jawab terlalu panjang (paling banyak 300 karakter).</source>
        <translation>The name of the person responsible is too long (at most 300 characters).</translation>
    </message>
    <message>
        <source>Batas waktu tindak lanjut tidak boleh sebelum tanggal temuan.</source>
        <translation>The follow-up deadline cannot be before the finding date.</translation>
    </message>
    <message>
        <source>Status tidak dapat diubah dari &apos;{current}&apos; ke &apos;{wanted}&apos;.</source>
        <translation>The status cannot be changed from &apos;{current}&apos; to &apos;{wanted}&apos;.</translation>
    </message>
    <message>
        <source>{code} bukan desa/kampung yang dikenal.</source>
        <translation>{code} is not a known desa/kampung.</translation>
    </message>
    <message>
        <source>Temuan tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Finding not found (it may have been deleted).</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>beberapa saat</source>
        <translation>a moment</translation>
    </message>
    <message>
        <source>{n} detik</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} menit</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan masuk yang gagal, atau server sedang sibuk; coba lagi dalam {wait}.</source>
        <translation>Too many failed sign-in attempts, or the server is busy; try again in {wait}.</translation>
    </message>
    <message>
        <source>Mencoba lagi dalam {seconds} detik: {error}</source>
        <translation>Trying again in {seconds} seconds: {error}</translation>
    </message>
    <message>
        <source>Mengirim perubahan</source>
        <translation>Sending changes</translation>
    </message>
    <message>
        <source>Mengunggah berkas</source>
        <translation>Uploading files</translation>
    </message>
    <message>
        <source>Mengunduh berkas</source>
        <translation>Downloading files</translation>
    </message>
    <message>
        <source>Mengunduh batas wilayah</source>
        <translation>Downloading boundaries</translation>
    </message>
    <message>
        <source>Mengambil perubahan</source>
        <translation>Fetching changes</translation>
    </message>
    <message>
        <source>Mengunduh ulang data wilayah</source>
        <translation>Downloading the area&apos;s data again</translation>
    </message>
    <message>
        <source>Sinkronisasi dibatalkan.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>Server tidak dapat dihubungi ({detail}). Sinkronisasi dicoba lagi otomatis.</source>
        <translation>The server cannot be reached ({detail}). Sync will be tried again automatically.</translation>
    </message>
    <message>
        <source>Server tidak menjawab tepat waktu; dicoba lagi dengan kiriman lebih kecil.</source>
        <translation>The server did not answer in time; trying again with smaller batches.</translation>
    </message>
    <message>
        <source>Server sedang bermasalah (kode {status}); dicoba lagi nanti.</source>
        <translation>The server has a problem (code {status}); trying again later.</translation>
    </message>
    <message>
        <source>Perangkat belum terdaftar atau tokennya tidak berlaku lagi ({detail}). Daftarkan ulang perangkat di Pengaturan server.</source>
        <translation>The device is not enrolled or its token is no longer valid ({detail}). Enrol the device again in Server settings.</translation>
    </message>
    <message>
        <source>Server menolak permintaan (kode {status}): {detail}</source>
        <translation>The server refused the request (code {status}): {detail}</translation>
    </message>
    <message>
        <source>Berkas {name} belum lengkap di server (pengirimnya belum selesai mengunggah); dicoba lagi pada sinkronisasi berikutnya.</source>
        <translation>File {name} is not complete on the server yet (its sender has not finished uploading); it will be tried again at the next sync.</translation>
    </message>
    <message>
        <source>Berkas {name} rusak dalam perjalanan; diunduh ulang.</source>
        <translation>File {name} was damaged in transit; downloading it again.</translation>
    </message>
    <message>
        <source>Digabung dengan data yang sama dari server.</source>
        <translation>Merged with the same record from the server.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Perangkat belum didaftarkan ke server. Buka Pengaturan server.</source>
        <translation>This device is not enrolled with the server yet. Open Server settings.</translation>
    </message>
    <message>
        <source>Perangkat belum didaftarkan ke server: paket tidak dapat ditandatangani. Daftarkan perangkat sekali saat ada sinyal.</source>
        <translation>This device is not enrolled with the server: the bundle cannot be signed. Enrol the device once when there is a connection.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pengaturan server…</source>
        <translation>Server settings…</translation>
    </message>
    <message>
        <source>Pakai nilai saya</source>
        <translation>Use my value</translation>
    </message>
    <message>
        <source>Pakai nilai server</source>
        <translation>Use the server&apos;s value</translation>
    </message>
    <message>
        <source>Konflik yang perlu diputuskan</source>
        <translation>Conflicts to decide</translation>
    </message>
    <message>
        <source>Kirim ulang</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>Perbaiki lalu kirim…</source>
        <translation>Fix and resend…</translation>
    </message>
    <message>
        <source>Perubahan yang ditolak server</source>
        <translation>Changes the server refused</translation>
    </message>
    <message>
        <source>Kesalahan terakhir: {text}</source>
        <translation>Last error: {text}</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Belum terhubung ke server. Buka Pengaturan server untuk mendaftarkan perangkat ini.</source>
        <translation>Not connected to a server yet. Open Server settings to enrol this device.</translation>
    </message>
    <message>
        <source>Server: {url} ({user}). Terakhir berhasil mengirim: {push}; terakhir berhasil mengambil: {pull}. Menunggu dikirim: {pending} perubahan. Konflik: {conflicts}. Ditolak: {refused}.</source>
        <translation>Server: {url} ({user}). Last successful send: {push}; last successful fetch: {pull}. Waiting to be sent: {pending} changes. Conflicts: {conflicts}. Refused: {refused}.</translation>
    </message>
    <message>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <source>{phase}: {records} data, {size}</source>
        <translation>{phase}: {records} records, {size}</translation>
    </message>
    <message>
        <source>Membatalkan setelah langkah ini selesai…</source>
        <translation>Cancelling once this step is done…</translation>
    </message>
    <message>
        <source>Selesai: {sent} perubahan dikirim, {got} diterima, {up} berkas diunggah, {down} diunduh.</source>
        <translation>Done: {sent} changes sent, {got} received, {up} files uploaded, {down} downloaded.</translation>
    </message>
    <message>
        <source>Perbaiki perubahan</source>
        <translation>Fix the change</translation>
    </message>
    <message>
        <source>Alasan server: {reason}
Ubah isiannya (satu baris per isian, &apos;isian: nilai&apos;):</source>
        <translation>Server&apos;s reason: {reason}
Correct the values (one line per field, &apos;field: value&apos;):</translation>
    </message>
    <message>
        <source>Ekspor paket sinkronisasi</source>
        <translation>Export sync bundle</translation>
    </message>
    <message>
        <source>Paket sinkronisasi (*.zip)</source>
        <translation>Sync bundle (*.zip)</translation>
    </message>
    <message>
        <source>Paket ditulis: {ops} perubahan, {files} berkas, {size}.</source>
        <translation>Bundle written: {ops} changes, {files} files, {size}.</translation>
    </message>
    <message>
        <source>Impor paket balasan</source>
        <translation>Import reply bundle</translation>
    </message>
    <message>
        <source>Paket ini sudah pernah diimpor; tidak ada yang berubah.</source>
        <translation>This bundle was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>Paket diimpor: {results} jawaban, {changes} perubahan, {rows} data wilayah.</source>
        <translation>Bundle imported: {results} answers, {changes} changes, {rows} area records.</translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message>
        <source>Profil desa</source>
        <translation>Village profile</translation>
    </message>
    <message>
        <source>Penduduk desa</source>
        <translation>Village population</translation>
    </message>
    <message>
        <source>Penilaian IDM</source>
        <translation>IDM assessment</translation>
    </message>
    <message>
        <source>Target status IDM</source>
        <translation>IDM status target</translation>
    </message>
    <message>
        <source>Desa sasaran</source>
        <translation>Target villages</translation>
    </message>
    <message>
        <source>APBDes</source>
        <translation>APBDes</translation>
    </message>
    <message>
        <source>Rincian APBDes</source>
        <translation>APBDes line</translation>
    </message>
    <message>
        <source>Kunjungan pengawasan</source>
        <translation>Supervision visit</translation>
    </message>
    <message>
        <source>Temuan pengawasan</source>
        <translation>Supervision finding</translation>
    </message>
    <message>
        <source>Status temuan</source>
        <translation>Finding status</translation>
    </message>
    <message>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Peserta rapat</source>
        <translation>Meeting participant</translation>
    </message>
    <message>
        <source>Agenda rapat</source>
        <translation>Meeting agenda item</translation>
    </message>
    <message>
        <source>Kesepakatan rapat</source>
        <translation>Meeting agreement</translation>
    </message>
    <message>
        <source>Tindak lanjut rapat</source>
        <translation>Meeting follow-up</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Jumlah desa yang dientaskan</source>
        <translation>Villages to lift</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Jumlah penduduk</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Desa terkait</source>
        <translation>Villages concerned</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(server tidak menyebut alasannya)</source>
        <translation>(the server gave no reason)</translation>
    </message>
    <message>
        <source>Baris {number} harus berbentuk &apos;isian: nilai&apos;.</source>
        <translation>Line {number} must have the form &apos;field: value&apos;.</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>Simpan target</source>
        <translation>Save target</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Jumlah desa yang dientaskan</source>
        <translation>Villages to be lifted</translation>
    </message>
    <message>
        <source>Desa sasaran</source>
        <translation>Target villages</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Terentaskan</source>
        <translation>Lifted</translation>
    </message>
    <message>
        <source>Tercapai</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Desa sasaran (status tahun ini → tahun berikutnya)</source>
        <translation>Target villages (status this year → next year)</translation>
    </message>
    <message>
        <source>Memuat target</source>
        <translation>Loading targets</translation>
    </message>
    <message>
        <source>menunggu hasil {year}</source>
        <translation>waiting for the {year} results</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Menyimpan target</source>
        <translation>Saving the target</translation>
    </message>
</context>
<context>
    <name>VillageApbdesPanel</name>
    <message>
        <source>Impor realisasi…</source>
        <translation>Import realisation…</translation>
    </message>
    <message>
        <source>Ekspor XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Cetak laporan monitoring</source>
        <translation>Print monitoring report</translation>
    </message>
    <message>
        <source>Pilih desa untuk melihat APBDes-nya.</source>
        <translation>Choose a village to see its APBDes.</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Anggaran (Rp)</source>
        <translation>Budget (Rp)</translation>
    </message>
    <message>
        <source>Realisasi (Rp)</source>
        <translation>Realisation (Rp)</translation>
    </message>
    <message>
        <source>Bidang</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <source>Realisasi belanja per bidang</source>
        <translation>Spending realisation per sector</translation>
    </message>
    <message>
        <source>Realisasi belanja per sumber dana</source>
        <translation>Spending realisation per source of funds</translation>
    </message>
    <message>
        <source>Kunjungan baru…</source>
        <translation>New visit…</translation>
    </message>
    <message>
        <source>Temuan baru…</source>
        <translation>New finding…</translation>
    </message>
    <message>
        <source>Memuat temuan</source>
        <translation>Loading findings</translation>
    </message>
    <message>
        <source>Kunjungan pengawasan</source>
        <translation>Supervision visits</translation>
    </message>
    <message>
        <source>Temuan dan tindak lanjut</source>
        <translation>Findings and follow-up</translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <source>Pemeriksaan</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Kunjungan &amp;&amp; temuan</source>
        <translation>Visits &amp;&amp; findings</translation>
    </message>
    <message>
        <source>Serapan</source>
        <translation>Absorption</translation>
    </message>
    <message>
        <source>Memuat APBDes desa</source>
        <translation>Loading the village APBDes</translation>
    </message>
    <message>
        <source>murni</source>
        <translation>original</translation>
    </message>
    <message>
        <source>perubahan</source>
        <translation>amended</translation>
    </message>
    <message>
        <source>APBDes {year} ({version})</source>
        <translation>APBDes {year} ({version})</translation>
    </message>
    <message>
        <source>Pemeriksaan ({count})</source>
        <translation>Checks ({count})</translation>
    </message>
    <message>
        <source>{village}: belum ada APBDes. Impor laporan realisasi (Kode Rekening | Uraian | Anggaran | Realisasi).</source>
        <translation>{village}: no APBDes yet. Import a realisation report (Kode Rekening | Uraian | Anggaran | Realisasi).</translation>
    </message>
    <message>
        <source>surplus</source>
        <translation>surplus</translation>
    </message>
    <message>
        <source>defisit</source>
        <translation>deficit</translation>
    </message>
    <message>
        <source>semester I: {day}</source>
        <translation>semester I: {day}</translation>
    </message>
    <message>
        <source>semester I: belum</source>
        <translation>semester I: not yet</translation>
    </message>
    <message>
        <source>akhir tahun: {day}</source>
        <translation>year-end: {day}</translation>
    </message>
    <message>
        <source>akhir tahun: belum</source>
        <translation>year-end: not yet</translation>
    </message>
    <message>
        <source>Perdes {number}</source>
        <translation>Perdes {number}</translation>
    </message>
    <message>
        <source>Perdes belum dicatat</source>
        <translation>Perdes not recorded</translation>
    </message>
    <message>
        <source>{perdes}. Pendapatan {revenue}, belanja {spending} ({balance} {difference}); belanja terealisasi {realised}. Laporan {reported}.</source>
        <translation>{perdes}. Revenue {revenue}, spending {spending} ({balance} {difference}); spending realised {realised}. Reports: {reported}.</translation>
    </message>
    <message>
        <source>Ekspor APBDes</source>
        <translation>Export APBDes</translation>
    </message>
    <message>
        <source>Lembar kerja (*.xlsx)</source>
        <translation>Spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>APBDes disimpan ke {path}.</source>
        <translation>APBDes saved to {path}.</translation>
    </message>
    <message>
        <source>Mengekspor APBDes</source>
        <translation>Exporting the APBDes</translation>
    </message>
    <message>
        <source>Laporan monitoring APBDes {name} {year}</source>
        <translation>APBDes monitoring report {name} {year}</translation>
    </message>
</context>
<context>
    <name>VillageCellDelegate</name>
    <message>
        <source>Pilih dari Desa terkait…</source>
        <translation>Choose from the related villages…</translation>
    </message>
</context>
<context>
    <name>VillageIdmPanel</name>
    <message>
        <source>Pilih desa untuk melihat IDM-nya.</source>
        <translation>Choose a village to see its IDM.</translation>
    </message>
    <message>
        <source>Penilaian lapangan…</source>
        <translation>Field assessment…</translation>
    </message>
    <message>
        <source>Cetak laporan IDM</source>
        <translation>Print IDM report</translation>
    </message>
    <message>
        <source>Rencanakan intervensi…</source>
        <translation>Plan interventions…</translation>
    </message>
    <message>
        <source>Rencanakan intervensi untuk jalur naik status: satu usulan per indikator</source>
        <translation>Plan interventions for the path up: one proposal per indicator</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Pelaku</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Memuat IDM desa</source>
        <translation>Loading the village IDM</translation>
    </message>
    <message>
        <source>Resmi</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Draf lapangan</source>
        <translation>Field draft</translation>
    </message>
    <message>
        <source>{count} nilai terbitan tidak cocok dengan skor indikator</source>
        <translation>{count} published values do not match the indicator scores</translation>
    </message>
    <message>
        <source>hanya nilai ringkasan</source>
        <translation>summary values only</translation>
    </message>
    <message>
        <source>{village}: belum ada data IDM. Impor data resmi atau buat penilaian lapangan.</source>
        <translation>{village}: no IDM data yet. Import official data or make a field assessment.</translation>
    </message>
    <message>
        <source>resmi</source>
        <translation>official</translation>
    </message>
    <message>
        <source>draf lapangan</source>
        <translation>field draft</translation>
    </message>
    <message>
        <source>{village} — IDM {year} ({kind}): {value}, {status}</source>
        <translation>{village} — IDM {year} ({kind}): {value}, {status}</translation>
    </message>
    <message>
        <source>Status tertinggi (Mandiri) sudah tercapai.</source>
        <translation>The highest status (Independent) has been reached.</translation>
    </message>
    <message>
        <source>{code} {name} ({old}→5)</source>
        <translation>{code} {name} ({old}→5)</translation>
    </message>
    <message>
        <source>Jalan ke status {target}: naikkan {count} indikator ke skor 5 — {steps}. IDM menjadi {value}.</source>
        <translation>Path to {target}: raise {count} indicators to score 5 — {steps}. The IDM becomes {value}.</translation>
    </message>
    <message>
        <source>Laporan IDM {name}</source>
        <translation>IDM report {name}</translation>
    </message>
</context>
<context>
    <name>VillageIndeksDesaPanel</name>
    <message>
        <source>Pilih desa untuk melihat Indeks Desa-nya.</source>
        <translation>Choose a village to see its Indeks Desa.</translation>
    </message>
    <message>
        <source>Isi kuesioner…</source>
        <translation>Fill in questionnaire…</translation>
    </message>
    <message>
        <source>Cetak laporan</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Rencanakan intervensi…</source>
        <translation>Plan interventions…</translation>
    </message>
    <message>
        <source>Rencanakan intervensi untuk jalur naik status: satu usulan per aspek</source>
        <translation>Plan interventions for the path to the next status: one proposal per aspect</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Tambahan</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Memuat Indeks Desa desa</source>
        <translation>Loading the village&apos;s Indeks Desa</translation>
    </message>
    <message>
        <source>{village} — Indeks Desa {year}</source>
        <translation>{village} — Indeks Desa {year}</translation>
    </message>
    <message>
        <source>kuesioner belum diisi</source>
        <translation>questionnaire not filled yet</translation>
    </message>
    <message>
        <source>kuesioner: {value}, {status} ({answered}/{total} aspek)</source>
        <translation>questionnaire: {value}, {status} ({answered}/{total} aspects)</translation>
    </message>
    <message>
        <source>resmi: {value} {status}</source>
        <translation>official: {value} {status}</translation>
    </message>
    <message>
        <source>berbeda: {items}</source>
        <translation>differs: {items}</translation>
    </message>
    <message>
        <source>Status tertinggi sudah tercapai menurut batas status yang dipakai.</source>
        <translation>The highest status is reached under the cut-offs in use.</translation>
    </message>
    <message>
        <source>dan {count} aspek lain (lihat laporan)</source>
        <translation>and {count} more aspects (see the report)</translation>
    </message>
    <message>
        <source>Jalan ke {target}: naikkan {count} aspek — {steps}. Nilai menjadi {value}.</source>
        <translation>Way to {target}: raise {count} aspects — {steps}. The score becomes {value}.</translation>
    </message>
    <message>
        <source>Laporan Indeks Desa {name}</source>
        <translation>Indeks Desa report {name}</translation>
    </message>
</context>
<context>
    <name>VillagePage</name>
    <message>
        <source>Cari nama atau kode desa… (Ctrl+F)</source>
        <translation>Search village name or code… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Semua kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kampung</source>
        <translation>Kampung</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Mencari desa</source>
        <translation>Searching villages</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>IDM</source>
        <translation>IDM</translation>
    </message>
    <message>
        <source>APBDes</source>
        <translation>APBDes</translation>
    </message>
    <message>
        <source>Indeks Desa</source>
        <translation>Indeks Desa</translation>
    </message>
    <message>
        <source>Indeks Desa (Permendesa PDT 9/2024): kuesioner, skor per dimensi, jalan ke status berikutnya</source>
        <translation>Indeks Desa (Permendesa PDT 9/2024): questionnaire, scores per dimension, the way to the next status</translation>
    </message>
    <message>
        <source>Memuat kecamatan</source>
        <translation>Loading kecamatan</translation>
    </message>
    <message>
        <source>Belum ada daftar desa. Impor daftar wilayah lewat Berkas → Impor daftar wilayah… (Ctrl+I).</source>
        <translation>No village list yet. Import the region list via File → Import region list… (Ctrl+I).</translation>
    </message>
    <message>
        <source>{count} desa/kelurahan</source>
        <translation>{count} villages</translation>
    </message>
    <message>
        <source>Membuka profil desa</source>
        <translation>Opening the village profile</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Profil desa ini punya perubahan yang belum disimpan. Simpan sekarang?</source>
        <translation>This village profile has unsaved changes. Save now?</translation>
    </message>
</context>
<context>
    <name>VillagePicker</name>
    <message>
        <source>Ketik nama atau kode desa, lalu pilih…</source>
        <translation>Type a village name or code, then choose…</translation>
    </message>
    <message>
        <source>Hapus desa</source>
        <translation>Remove village</translation>
    </message>
    <message>
        <source>Hapus desa yang dipilih dari daftar (Delete)</source>
        <translation>Remove the selected village from the list (Delete)</translation>
    </message>
    <message>
        <source>Desa terpilih; pilih lalu tekan Delete untuk menghapus</source>
        <translation>Chosen villages; select one and press Delete to remove it</translation>
    </message>
    <message>
        <source>Mencari desa</source>
        <translation>Searching villages</translation>
    </message>
    <message>
        <source>di kabupaten/kota {code}</source>
        <translation>in regency/city {code}</translation>
    </message>
    <message>
        <source>dalam daftar wilayah</source>
        <translation>in the region list</translation>
    </message>
    <message>
        <source>Tidak ada desa &quot;{text}&quot; {where}.</source>
        <translation>No village &quot;{text}&quot; {where}.</translation>
    </message>
</context>
<context>
    <name>VillageProfile</name>
    <message>
        <source>Penduduk baris {row}</source>
        <translation>Population row {row}</translation>
    </message>
    <message>
        <source>{where}: tahun &apos;{text}&apos; bukan angka.</source>
        <translation>{where}: year &apos;{text}&apos; is not a number.</translation>
    </message>
    <message>
        <source>{where}: tahun {year} di luar {first}–{last}.</source>
        <translation>{where}: year {year} is outside {first}–{last}.</translation>
    </message>
    <message>
        <source>{where}: tahun {year} ganda.</source>
        <translation>{where}: year {year} appears twice.</translation>
    </message>
    <message>
        <source>jumlah penduduk</source>
        <translation>population</translation>
    </message>
    <message>
        <source>jumlah KK</source>
        <translation>number of households</translation>
    </message>
    <message>
        <source>{where}: {label} &apos;{text}&apos; bukan bilangan bulat.</source>
        <translation>{where}: {label} &apos;{text}&apos; is not a whole number.</translation>
    </message>
    <message>
        <source>{where}: {label} tidak boleh negatif.</source>
        <translation>{where}: {label} cannot be negative.</translation>
    </message>
    <message>
        <source>{where}: jumlah KK ({households}) melebihi jumlah penduduk ({people}).</source>
        <translation>{where}: households ({households}) exceed the population ({people}).</translation>
    </message>
    <message>
        <source>Desa dengan kode {code} tidak ada.</source>
        <translation>There is no village with code {code}.</translation>
    </message>
    <message>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Wilayah &amp; Batas</source>
        <translation>Area &amp; Boundaries</translation>
    </message>
    <message>
        <source>Potensi</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Infrastruktur &amp; Akses</source>
        <translation>Infrastructure &amp; Access</translation>
    </message>
    <message>
        <source>BUMDes</source>
        <translation>BUMDes</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Nama kepala desa</source>
        <translation>Village head&apos;s name</translation>
    </message>
    <message>
        <source>Telepon kepala desa</source>
        <translation>Village head&apos;s phone</translation>
    </message>
    <message>
        <source>Alamat kantor desa</source>
        <translation>Village office address</translation>
    </message>
    <message>
        <source>Lintang</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Bujur</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Luas wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Batas utara</source>
        <translation>Northern boundary</translation>
    </message>
    <message>
        <source>Batas timur</source>
        <translation>Eastern boundary</translation>
    </message>
    <message>
        <source>Batas selatan</source>
        <translation>Southern boundary</translation>
    </message>
    <message>
        <source>Batas barat</source>
        <translation>Western boundary</translation>
    </message>
    <message>
        <source>Tipologi</source>
        <translation>Typology</translation>
    </message>
    <message>
        <source>Pesisir/pantai</source>
        <translation>Coastal</translation>
    </message>
    <message>
        <source>Tepi sungai/DAS</source>
        <translation>Riverside/watershed</translation>
    </message>
    <message>
        <source>Dataran rendah</source>
        <translation>Lowland</translation>
    </message>
    <message>
        <source>Perbukitan/pegunungan</source>
        <translation>Hills/mountains</translation>
    </message>
    <message>
        <source>Sekitar hutan</source>
        <translation>Forest fringe</translation>
    </message>
    <message>
        <source>Perkebunan</source>
        <translation>Plantations</translation>
    </message>
    <message>
        <source>Sekitar tambang</source>
        <translation>Near mines</translation>
    </message>
    <message>
        <source>Perkotaan</source>
        <translation>Urban</translation>
    </message>
    <message>
        <source>Produk unggulan</source>
        <translation>Leading products</translation>
    </message>
    <message>
        <source>Potensi desa</source>
        <translation>Village potential</translation>
    </message>
    <message>
        <source>Listrik</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>PLN 24 jam</source>
        <translation>PLN 24 hours</translation>
    </message>
    <message>
        <source>PLN tidak 24 jam</source>
        <translation>PLN not 24 hours</translation>
    </message>
    <message>
        <source>Non-PLN (PLTS/genset)</source>
        <translation>Non-PLN (solar/generator)</translation>
    </message>
    <message>
        <source>Belum ada listrik</source>
        <translation>No electricity yet</translation>
    </message>
    <message>
        <source>Sinyal telepon</source>
        <translation>Phone signal</translation>
    </message>
    <message>
        <source>Kuat</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Lemah</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Lancar (4G/kabel)</source>
        <translation>Good (4G/cable)</translation>
    </message>
    <message>
        <source>Terbatas</source>
        <translation>Limited</translation>
    </message>
    <message>
        <source>Jalan dapat dilalui sepanjang tahun</source>
        <translation>Road passable all year</translation>
    </message>
    <message>
        <source>Jarak ke ibu kota kecamatan</source>
        <translation>Distance to the kecamatan capital</translation>
    </message>
    <message>
        <source>Waktu tempuh ke ibu kota kecamatan</source>
        <translation>Travel time to the kecamatan capital</translation>
    </message>
    <message>
        <source>menit</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Jarak ke ibu kota kabupaten</source>
        <translation>Distance to the kabupaten capital</translation>
    </message>
    <message>
        <source>Waktu tempuh ke ibu kota kabupaten</source>
        <translation>Travel time to the kabupaten capital</translation>
    </message>
    <message>
        <source>Nama BUMDes</source>
        <translation>BUMDes name</translation>
    </message>
    <message>
        <source>Status badan hukum</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <source>Belum berbadan hukum</source>
        <translation>Not yet a legal entity</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Berbadan hukum</source>
        <translation>Legal entity</translation>
    </message>
    <message>
        <source>Unit usaha (satu per baris)</source>
        <translation>Business units (one per line)</translation>
    </message>
    <message>
        <source>Catatan bebas</source>
        <translation>Free notes</translation>
    </message>
    <message>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>bilangan bulat</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>angka</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>{label}: &apos;{text}&apos; bukan {kind}.</source>
        <translation>{label}: &apos;{text}&apos; is not {kind}.</translation>
    </message>
    <message>
        <source>{label} tidak boleh negatif.</source>
        <translation>{label} cannot be negative.</translation>
    </message>
    <message>
        <source>{label} harus antara {low} dan {high}.</source>
        <translation>{label} must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>{label}: pilihan &apos;{text}&apos; tidak dikenal.</source>
        <translation>{label}: unknown choice &apos;{text}&apos;.</translation>
    </message>
    <message>
        <source>{label} terlalu panjang ({length} karakter, paling banyak {max}).</source>
        <translation>{label} is too long ({length} characters, at most {max}).</translation>
    </message>
    <message>
        <source>{label}: &apos;{text}&apos; bukan nomor telepon (hanya angka, spasi, tanda + dan -).</source>
        <translation>{label}: &apos;{text}&apos; is not a phone number (digits, spaces, + and - only).</translation>
    </message>
    <message>
        <source>Lintang dan bujur harus diisi keduanya.</source>
        <translation>Latitude and longitude must both be filled in.</translation>
    </message>
</context>
<context>
    <name>VillageTableModel</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kampung</source>
        <translation>Kampung</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source> (tidak aktif)</source>
        <translation> (inactive)</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Kunjungan pengawasan — {village}</source>
        <translation>Supervision visit — {village}</translation>
    </message>
    <message>
        <source>Nama petugas, dipisah koma</source>
        <translation>Officer names, separated by commas</translation>
    </message>
    <message>
        <source>Tanggal kunjungan</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Baris anggaran yang diperiksa</source>
        <translation>Budget rows checked</translation>
    </message>
    <message>
        <source>Yang diperiksa lainnya</source>
        <translation>Other items checked</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Menyimpan kunjungan</source>
        <translation>Saving the visit</translation>
    </message>
</context>
<context>
    <name>WilayahImport</name>
    <message>
        <source>berkas tidak ditemukan di {folder}</source>
        <translation>file not found in {folder}</translation>
    </message>
    <message>
        <source>berkas kosong</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>bukan berkas CSV (isi biner, mungkin XLSX/PDF); simpan ulang sebagai CSV UTF-8</source>
        <translation>not a CSV file (binary content, perhaps XLSX/PDF); save it again as UTF-8 CSV</translation>
    </message>
    <message>
        <source>pengodean teks bukan UTF-8 (bita {byte}); simpan ulang sebagai CSV UTF-8</source>
        <translation>text encoding is not UTF-8 (byte {byte}); save it again as UTF-8 CSV</translation>
    </message>
    <message>
        <source>judul kolom tidak terbaca</source>
        <translation>column headings cannot be read</translation>
    </message>
    <message>
        <source>kolom {missing} tidak ada; kolom yang ada: {found}</source>
        <translation>column {missing} is missing; columns present: {found}</translation>
    </message>
    <message>
        <source>ada {got} kolom, seharusnya {expected}</source>
        <translation>there are {got} columns, there should be {expected}</translation>
    </message>
    <message>
        <source>kode {code} ganda (sudah ada di baris {first})</source>
        <translation>code {code} appears twice (already in row {first})</translation>
    </message>
    <message>
        <source>format CSV rusak: {error}</source>
        <translation>damaged CSV format: {error}</translation>
    </message>
    <message>
        <source>tidak berisi data</source>
        <translation>contains no data</translation>
    </message>
    <message>
        <source>kode &apos;{code}&apos; tidak sah</source>
        <translation>invalid code &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>nama kosong untuk kode {code}</source>
        <translation>empty name for code {code}</translation>
    </message>
    <message>
        <source>kode induk &apos;{code}&apos; tidak sah</source>
        <translation>invalid parent code &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>kode {code} tidak berada di bawah kode induk {parent}</source>
        <translation>code {code} is not under parent code {parent}</translation>
    </message>
    <message>
        <source>provinsi {code} tidak ada dalam daftar</source>
        <translation>province {code} is not in the list</translation>
    </message>
    <message>
        <source>kode {code}: induk {parent} tidak ada di {parent_file}</source>
        <translation>code {code}: parent {parent} is not in {parent_file}</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>{label}: {added} baru, {updated} diperbarui, {unchanged} tetap, {retired} ditandai tidak aktif, {reactivated} aktif kembali</source>
        <translation>{label}: {added} new, {updated} updated, {unchanged} unchanged, {retired} marked inactive, {reactivated} active again</translation>
    </message>
    <message>
        <source>Membaca berkas…</source>
        <translation>Reading the files…</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>WilayahImporter</name>
    <message>
        <source>Impor daftar wilayah</source>
        <translation>Import region list</translation>
    </message>
    <message>
        <source>Daftar wilayah sudah diimpor.</source>
        <translation>The region list has been imported.</translation>
    </message>
    <message>
        <source>Daftar wilayah sudah sama; tidak ada yang berubah.</source>
        <translation>The region list is already the same; nothing changed.</translation>
    </message>
    <message>
        <source>Impor daftar wilayah (tidak ada yang disimpan)</source>
        <translation>Import region list (nothing was saved)</translation>
    </message>
</context>
</TS>
