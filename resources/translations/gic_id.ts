<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Activity</name>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="59"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="60"/>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="61"/>
        <source>Desk</source>
        <translation>Meja</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="62"/>
        <source>About</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="63"/>
        <source>What</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="64"/>
        <source>Subject</source>
        <translation>Objek</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="76"/>
        <source>this desk</source>
        <translation>meja ini</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../../ui/reception/staff/activity.py" line="94"/>
        <source>Activity</source>
        <extracomment>The period shown at first: this week and the one before.</extracomment>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/activity.py" line="95"/>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/activity.py" line="96"/>
        <source>Everything</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/activity.py" line="100"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/activity.py" line="101"/>
        <source>until</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/activity.py" line="158"/>
        <source>The newest %1 entries: narrow the filters to see others.</source>
        <translation>%1 catatan terbaru: persempit saringan untuk melihat yang lain.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/staff/activity.py" line="161"/>
        <source>%n entry/entries</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreeScreen</name>
    <message>
        <location filename="../../ui/visitor/consent.py" line="45"/>
        <source>I do not agree</source>
        <translation>Saya tidak setuju</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/reception/booking/rooms.py" line="30"/>
        <source>Floor %1</source>
        <translation>Lantai %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="210"/>
        <source>Change booking</source>
        <translation>Ubah pemesanan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="210"/>
        <location filename="../../ui/reception/booking/dialog.py" line="211"/>
        <source>Book a room</source>
        <translation>Pesan ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="211"/>
        <source>Booking</source>
        <translation>Pemesanan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="191"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="192"/>
        <source>For example: Halal certification training</source>
        <translation>Contoh: Pelatihan sertifikasi halal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="195"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="199"/>
        <source>Optional: type to search</source>
        <translation>Boleh dikosongkan: ketik untuk mencari</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="200"/>
        <source>Contact</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="202"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="205"/>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="207"/>
        <source>People</source>
        <translation>Jumlah orang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="208"/>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="209"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="210"/>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="211"/>
        <source>until</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="113"/>
        <source>Repeat</source>
        <extracomment>&quot;Ends on&quot; starts this far after the first date.</extracomment>
        <translation>Berulang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="116"/>
        <source>Ends after</source>
        <translation>Berakhir setelah</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="117"/>
        <source>times</source>
        <translation>kali</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="118"/>
        <source>Ends on</source>
        <translation>Berakhir pada</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="47"/>
        <source>This booking is one date of a series. Apply to:</source>
        <extracomment>What the reason bar asks for.</extracomment>
        <translation>Pemesanan ini bagian dari seri. Terapkan pada:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="50"/>
        <source>Only this date</source>
        <translation>Hanya tanggal ini</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="52"/>
        <source>This date and the following ones</source>
        <translation>Tanggal ini dan berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="54"/>
        <source>All dates of the series</source>
        <translation>Semua tanggal dalam seri</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dates.py" line="246"/>
        <source>Dates</source>
        <translation>Daftar tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="216"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="171"/>
        <location filename="../../ui/reception/booking/actions.py" line="236"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="173"/>
        <source>Export to calendar (.ics)</source>
        <translation>Ekspor ke kalender (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="116"/>
        <location filename="../../ui/reception/booking/actions.py" line="175"/>
        <source>Cancel booking</source>
        <translation>Batalkan pemesanan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="176"/>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="177"/>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="178"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="179"/>
        <source>Book</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="180"/>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="129"/>
        <source>Every month, on the first %1</source>
        <translation>Setiap bulan, pada %1 pertama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="130"/>
        <source>Every month, on the second %1</source>
        <translation>Setiap bulan, pada %1 kedua</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="131"/>
        <source>Every month, on the third %1</source>
        <translation>Setiap bulan, pada %1 ketiga</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="132"/>
        <source>Every month, on the fourth %1</source>
        <translation>Setiap bulan, pada %1 keempat</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="133"/>
        <source>Every month, on the last %1</source>
        <translation>Setiap bulan, pada %1 terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="135"/>
        <source>Does not repeat</source>
        <translation>Tidak berulang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="136"/>
        <source>Every day</source>
        <translation>Setiap hari</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="137"/>
        <source>Every week, on the days ticked</source>
        <translation>Setiap minggu, pada hari yang dicentang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="138"/>
        <source>Every month, on day %1</source>
        <translation>Setiap bulan, pada tanggal %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="108"/>
        <source>Reason for rejecting (required, the organiser will be told)</source>
        <translation>Alasan penolakan (wajib, akan disampaikan ke penyelenggara)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="111"/>
        <source>Reject booking</source>
        <translation>Tolak pemesanan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="114"/>
        <source>Reason for cancelling (optional)</source>
        <translation>Alasan pembatalan (boleh dikosongkan)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="117"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/rooms.py" line="73"/>
        <source>%1 seats</source>
        <translation>%1 kursi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="227"/>
        <source>The room has %1 seats</source>
        <translation>Ruang ini punya %1 kursi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="233"/>
        <source>repeating</source>
        <translation>berulang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="381"/>
        <source>A moved date: %1</source>
        <translation>Tanggal yang dipindahkan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="240"/>
        <source>Press Check to see every date and anything in its way.</source>
        <translation>Tekan Periksa untuk melihat setiap tanggal dan bentrokannya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/dialog.py" line="245"/>
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n tanggal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/dialog.py" line="248"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n dilewati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/dialog.py" line="250"/>
        <source>%n conflict(s) to resolve: skip or move each one</source>
        <translation>
            <numerusform>%n bentrok perlu diselesaikan: lewati atau pindahkan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="253"/>
        <source>every date is free: ready to book</source>
        <translation>semua tanggal kosong: siap dipesan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="256"/>
        <source>This room needs approval: the booking will be waiting for approval until a manager approves it.</source>
        <translation>Ruang ini perlu persetujuan: pemesanan menunggu sampai disetujui manajer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/dialog.py" line="403"/>
        <source>%n date(s) booked.</source>
        <translation>
            <numerusform>%n tanggal dipesan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/dialog.py" line="405"/>
        <source>%n date(s) skipped.</source>
        <translation>
            <numerusform>%n tanggal dilewati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="407"/>
        <source>Waiting for approval: the room is held until a manager approves or rejects the booking.</source>
        <translation>Menunggu persetujuan: ruang ditahan sampai manajer menyetujui atau menolak pemesanan.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="409"/>
        <source>Booked, waiting for approval</source>
        <translation>Dipesan, menunggu persetujuan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="411"/>
        <source>Booked</source>
        <translation>Berhasil dipesan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="452"/>
        <source>Meanwhile someone else booked the room: the dates were checked again.</source>
        <translation>Sementara itu ruang sudah dipesan orang lain: tanggal-tanggalnya sudah diperiksa ulang.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="457"/>
        <source>The new time is not free: change the time or the room.</source>
        <translation>Waktu baru tidak kosong: ubah waktu atau ruangnya.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="471"/>
        <source>Changes saved</source>
        <translation>Perubahan disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="481"/>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="494"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="497"/>
        <source>Booking cancelled</source>
        <translation>Pemesanan dibatalkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/dialog.py" line="504"/>
        <source>%n date(s) changed.</source>
        <translation>
            <numerusform>%n tanggal diubah.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="514"/>
        <source>Export to calendar</source>
        <translation>Ekspor ke kalender</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="516"/>
        <source>Calendar files (*.ics)</source>
        <translation>Berkas kalender (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="528"/>
        <source>Saved to %1</source>
        <translation>Disimpan di %1</translation>
    </message>
</context>
<context>
    <name>BookingTexts</name>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="39"/>
        <source>Please give the booking a title.</source>
        <translation>Mohon isi judul pemesanan.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="41"/>
        <source>The title is too long: %1 characters at most.</source>
        <translation>Judul terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="43"/>
        <source>The contact&apos;s name is too long: %1 characters at most.</source>
        <translation>Nama narahubung terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="46"/>
        <source>The phone number is too long: %1 characters at most.</source>
        <translation>Nomor HP terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="49"/>
        <source>The reason is too long: %1 characters at most.</source>
        <translation>Alasan terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="51"/>
        <source>Every date is skipped: nothing is left to book.</source>
        <translation>Semua tanggal dilewati: tidak ada yang tersisa untuk dipesan.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="57"/>
        <source>Please fill this in.</source>
        <translation>Mohon diisi.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="58"/>
        <source>This is too long.</source>
        <translation>Terlalu panjang.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="59"/>
        <source>The end must be after the start.</source>
        <translation>Jam selesai harus setelah jam mulai.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="61"/>
        <source>The booking has no length: the end must be after the start.</source>
        <translation>Lama pemesanan nol: jam selesai harus setelah jam mulai.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="63"/>
        <source>A booking lasts at most %1 hours. For longer, make it repeat.</source>
        <translation>Satu pemesanan paling lama %1 jam. Jika lebih lama, jadikan berulang.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="66"/>
        <source>The number of people must be from 1 to %1.</source>
        <translation>Jumlah orang harus antara 1 dan %1.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="68"/>
        <source>More people than the room has seats. Choose a larger room.</source>
        <translation>Jumlah orang melebihi jumlah kursi. Pilih ruang yang lebih besar.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="70"/>
        <source>This room no longer exists. Please choose another.</source>
        <translation>Ruang ini sudah tidak ada. Silakan pilih ruang lain.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="72"/>
        <source>This room cannot be booked.</source>
        <translation>Ruang ini tidak dapat dipesan.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="74"/>
        <source>Choose an organisation from the list, or leave it empty.</source>
        <translation>Pilih organisasi dari daftar, atau kosongkan.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="76"/>
        <source>Please give a reason: the organiser will be told.</source>
        <translation>Mohon isi alasannya: akan disampaikan ke penyelenggara.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="78"/>
        <source>This booking is no longer waiting for approval.</source>
        <translation>Pemesanan ini sudah tidak menunggu persetujuan.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="80"/>
        <source>This booking was cancelled or rejected; it cannot be changed.</source>
        <translation>Pemesanan ini sudah dibatalkan atau ditolak; tidak dapat diubah.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="82"/>
        <source>This booking has already ended; it cannot be changed.</source>
        <translation>Pemesanan ini sudah selesai; tidak dapat diubah.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="84"/>
        <source>Say when the repeating ends: after a number of times or on a date.</source>
        <translation>Tentukan kapan pengulangan berakhir: setelah beberapa kali atau pada suatu tanggal.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="87"/>
        <source>This repeat pattern cannot be used.</source>
        <translation>Pola pengulangan ini tidak dapat digunakan.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="89"/>
        <source>A repeating booking may have at most %1 dates within %2 years.</source>
        <translation>Pemesanan berulang paling banyak %1 tanggal dalam %2 tahun.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="92"/>
        <source>The repeating ends before the first date.</source>
        <translation>Pengulangan berakhir sebelum tanggal pertama.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="94"/>
        <source>The dates would overlap each other (set-up and clean-up included). Repeat less often or make it shorter.</source>
        <translation>Tanggal-tanggalnya akan saling bentrok (termasuk persiapan dan pembersihan). Kurangi pengulangan atau persingkat waktunya.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="97"/>
        <source>An existing booking cannot be made repeating.</source>
        <translation>Pemesanan yang sudah ada tidak dapat dijadikan berulang.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="99"/>
        <source>Moved to these days the dates would no longer follow the repeat pattern. Move only this date, or change the time on the same days.</source>
        <translation>Jika dipindah ke hari-hari ini, tanggal-tanggalnya tidak lagi mengikuti pola pengulangan. Pindahkan tanggal ini saja, atau ubah jamnya di hari yang sama.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="115"/>
        <source>, plus %1 minutes to clear the room</source>
        <translation>, ditambah %1 menit untuk membersihkan ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="119"/>
        <source>, which needs the room %1 minutes before it to set up</source>
        <translation>, yang memerlukan ruang %1 menit sebelumnya untuk persiapan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="130"/>
        <source>Booked by %1 (%2), %3</source>
        <translation>Dipesan oleh %1 (%2), %3</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="134"/>
        <source>Already booked: %1, %2</source>
        <translation>Sudah dipesan: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="137"/>
        <source>Closed: %1</source>
        <translation>Tutup: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="140"/>
        <source>Closed</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="142"/>
        <source>Holiday: %1</source>
        <translation>Hari libur: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="145"/>
        <source>Outside opening hours (%1)</source>
        <translation>Di luar jam buka (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="148"/>
        <source>Weekly quota of %1 hours exceeded for %2</source>
        <translation>Kuota mingguan %1 jam untuk %2 terlampaui</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="152"/>
        <source>Already past</source>
        <translation>Sudah lewat</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="153"/>
        <source>Overlaps another date of this series, %1</source>
        <translation>Bentrok dengan tanggal lain dalam seri ini, %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="159"/>
        <source>Waiting for approval</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="161"/>
        <source>Confirmed</source>
        <translation>Terkonfirmasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="162"/>
        <location filename="../../ui/reception/booking/texts.py" line="223"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="163"/>
        <location filename="../../ui/reception/booking/texts.py" line="221"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="170"/>
        <source>Training room</source>
        <translation>Ruang pelatihan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="171"/>
        <source>Meeting room</source>
        <translation>Ruang pertemuan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="172"/>
        <source>Showroom</source>
        <translation>Ruang pamer</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="173"/>
        <source>Co-working</source>
        <translation>Ruang kerja bersama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="174"/>
        <source>Consultation room</source>
        <translation>Ruang konsultasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="176"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="177"/>
        <source>Lab</source>
        <translation>Laboratorium</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="178"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="179"/>
        <source>Hall</source>
        <translation>Aula</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="191"/>
        <source>Projector</source>
        <extracomment>The amenities the free-room finder offers as check boxes, in this order.</extracomment>
        <translation>Proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="192"/>
        <source>Screen</source>
        <translation>Layar</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="193"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="194"/>
        <source>Whiteboard</source>
        <translation>Papan tulis</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="195"/>
        <source>Sound system</source>
        <translation>Tata suara</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="196"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="197"/>
        <source>Video conference</source>
        <translation>Konferensi video</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="198"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="199"/>
        <source>Air conditioning</source>
        <translation>AC</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="200"/>
        <source>Kitchen</source>
        <translation>Dapur</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="201"/>
        <source>Sink</source>
        <translation>Wastafel</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="202"/>
        <source>Lighting kit</source>
        <translation>Perlengkapan lampu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="203"/>
        <source>Green screen</source>
        <translation>Layar hijau</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="204"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="205"/>
        <source>Computers</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="206"/>
        <source>Stage</source>
        <translation>Panggung</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="207"/>
        <source>Display shelves</source>
        <translation>Rak pajang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="208"/>
        <source>Wheelchair access</source>
        <translation>Akses kursi roda</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="216"/>
        <source>Booked</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="217"/>
        <source>Repeating booking made</source>
        <translation>Pemesanan berulang dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="218"/>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="219"/>
        <source>Series changed</source>
        <translation>Seri diubah</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="220"/>
        <source>Series split</source>
        <translation>Seri dipisah</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="222"/>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
</context>
<context>
    <name>BookingsPanel</name>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="217"/>
        <source>Room bookings</source>
        <extracomment>The search covers today and this many days after, unless reception says otherwise. The title column takes the width the others leave. Widest the room and organisation columns get before the title (which stretches) shrinks.</extracomment>
        <translation>Pemesanan ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="218"/>
        <source>New booking</source>
        <translation>Pesan ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="219"/>
        <location filename="../../ui/reception/booking/panel.py" line="222"/>
        <source>Bookings</source>
        <translation>Pemesanan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="220"/>
        <source>Find a free room</source>
        <translation>Cari ruang kosong</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="221"/>
        <source>Search: title, organisation, contact or room</source>
        <translation>Cari: judul, organisasi, narahubung, atau ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="223"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="224"/>
        <source>until</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="229"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="230"/>
        <source>Whole series</source>
        <translation>Seluruh seri</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="231"/>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="232"/>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="233"/>
        <source>Reason for rejecting (required, the organiser will be told)</source>
        <translation>Alasan penolakan (wajib, akan disampaikan ke penyelenggara)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="235"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="236"/>
        <source>Reject booking</source>
        <translation>Tolak pemesanan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/panel.py" line="243"/>
        <source>%n booking(s) found</source>
        <translation>
            <numerusform>%n pemesanan ditemukan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="244"/>
        <source>No bookings found</source>
        <translation>Tidak ada pemesanan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="246"/>
        <source>Approvals (%1)</source>
        <translation>Persetujuan (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="247"/>
        <location filename="../../ui/reception/booking/panel.py" line="252"/>
        <source>Approvals</source>
        <translation>Persetujuan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/panel.py" line="249"/>
        <source>%n booking(s) waiting for approval</source>
        <translation>
            <numerusform>%n pemesanan menunggu persetujuan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="250"/>
        <source>Nothing is waiting for approval.</source>
        <translation>Tidak ada yang menunggu persetujuan.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="377"/>
        <source>Approved: %1</source>
        <translation>Disetujui: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="395"/>
        <source>Rejected: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="423"/>
        <source>Another booking now holds the room at that time: open the booking to move it.</source>
        <translation>Ruang sudah dipakai pemesanan lain pada waktu itu: buka pemesanannya untuk memindahkan.</translation>
    </message>
</context>
<context>
    <name>BookingsTableModel</name>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="27"/>
        <source>Date</source>
        <extracomment>The row&apos;s booking id (bookings) or the offer (free rooms).</extracomment>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="28"/>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="29"/>
        <source>Floor / room</source>
        <translation>Lantai / ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="30"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="31"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <location filename="../../ui/reception/cards.py" line="21"/>
        <source>Card %1 printed.</source>
        <translation>Kartu %1 sudah dicetak.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/cards.py" line="26"/>
        <source>Card %1 not printed: %2</source>
        <translation>Kartu %1 tidak tercetak: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reception/cards.py" line="30"/>
        <source>Printing card %1…</source>
        <translation>Mencetak kartu %1…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/cards.py" line="36"/>
        <source>No badge printer is set up: card %1 saved as %2</source>
        <translation>Printer kartu belum diatur: kartu %1 disimpan sebagai %2</translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="41"/>
        <source>Floor %1</source>
        <translation>Lantai %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="162"/>
        <location filename="../../ui/reception/closures/models.py" line="51"/>
        <source>Whole building</source>
        <translation>Seluruh gedung</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="164"/>
        <location filename="../../ui/reception/closures/models.py" line="55"/>
        <source>A floor</source>
        <translation>Satu lantai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="166"/>
        <location filename="../../ui/reception/closures/models.py" line="59"/>
        <source>A room</source>
        <translation>Satu ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="151"/>
        <location filename="../../ui/reception/closures/dialog.py" line="152"/>
        <source>Closures</source>
        <extracomment>Bookings inside a new closure shown without scrolling.</extracomment>
        <translation>Penutupan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/closure_list.py" line="120"/>
        <source>Closures in the next %1 days</source>
        <extracomment>The list shows the closures from today for this many days (as ``gic-kiosk closure list``).</extracomment>
        <translation>Penutupan %1 hari ke depan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/closure_list.py" line="123"/>
        <source>Nothing is closed in the next %1 days.</source>
        <translation>Tidak ada penutupan dalam %1 hari ke depan.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/closure_list.py" line="126"/>
        <source>Lift closure</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/closure_list.py" line="127"/>
        <source>Open the selected closure to bookings again</source>
        <translation>Buka kembali penutupan yang dipilih untuk pemesanan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/closure_list.py" line="129"/>
        <source>Keep it closed</source>
        <translation>Tetap tutup</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/closure_list.py" line="131"/>
        <source>Yes, lift the closure</source>
        <translation>Ya, buka kembali</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="179"/>
        <source>Close to bookings</source>
        <translation>Tutup untuk pemesanan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="154"/>
        <source>A closure stops new bookings for a period; bookings already inside it still stand.</source>
        <translation>Penutupan menghentikan pemesanan baru selama suatu periode; pemesanan yang sudah ada tetap berlaku.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="160"/>
        <source>New closure</source>
        <translation>Penutupan baru</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="167"/>
        <source>Floor</source>
        <translation>Lantai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="168"/>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="169"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="170"/>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="173"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="178"/>
        <source>For example: AC repair, city event</source>
        <translation>Contoh: perbaikan AC, acara Pemkot</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="158"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/closure_list.py" line="141"/>
        <source>Lift the closure of %1, %2? It can be booked again for that time.</source>
        <translation>Buka kembali %1, %2? Waktu itu bisa dipesan lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="201"/>
        <source>Choose a floor</source>
        <translation>Pilih lantai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="216"/>
        <source>Choose a room</source>
        <translation>Pilih ruang</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/closures/dialog.py" line="248"/>
        <source>These %n booking(s) still stand: move or cancel them</source>
        <translation>
            <numerusform>%n pemesanan ini masih berlaku: pindahkan atau batalkan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="250"/>
        <source>Closed. No booking falls inside the closure.</source>
        <translation>Sudah ditutup. Tidak ada pemesanan dalam waktu penutupan.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="282"/>
        <source>Lifted: %1, %2. It can be booked again.</source>
        <translation>Dibuka kembali: %1, %2. Sudah bisa dipesan lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="295"/>
        <source>This closure was already lifted.</source>
        <translation>Penutupan ini sudah dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="330"/>
        <source>Choose the floor to close.</source>
        <translation>Pilih lantai yang ditutup.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="331"/>
        <source>Choose the room to close.</source>
        <translation>Pilih ruang yang ditutup.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="332"/>
        <source>Please give a reason: it is shown in the calendar.</source>
        <translation>Mohon isi alasan: alasan ini tampil di kalender.</translation>
    </message>
</context>
<context>
    <name>ClosuresModel</name>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="117"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="118"/>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="119"/>
        <source>Where</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="120"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>CodeEntryScreen</name>
    <message>
        <location filename="../../ui/visitor/code_entry.py" line="47"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/code_entry.py" line="52"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../ui/visitor/consent.py" line="62"/>
        <source>Your data</source>
        <translation>Data Anda</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/consent.py" line="64"/>
        <source>I agree</source>
        <translation>Saya setuju</translation>
    </message>
</context>
<context>
    <name>DateBar</name>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="73"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="75"/>
        <source>Previous week (Ctrl+PgUp)</source>
        <translation>Minggu sebelumnya (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="76"/>
        <source>Next week (Ctrl+PgDown)</source>
        <translation>Minggu berikutnya (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="77"/>
        <source>This week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="79"/>
        <source>Previous day (Ctrl+PgUp)</source>
        <translation>Hari sebelumnya (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="80"/>
        <source>Next day (Ctrl+PgDown)</source>
        <translation>Hari berikutnya (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="81"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="84"/>
        <source>Back to today (Ctrl+T)</source>
        <translation>Kembali ke hari ini (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>DayGridLegend</name>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="41"/>
        <source>Confirmed</source>
        <extracomment>How often the red &quot;now&quot; line moves, in seconds.</extracomment>
        <translation>Terkonfirmasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="42"/>
        <source>Pending approval</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="43"/>
        <source>Set-up / clean-up</source>
        <translation>Persiapan / pembersihan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="44"/>
        <source>Closed or holiday</source>
        <translation>Tutup atau libur</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="45"/>
        <source>Drag across free slots to book</source>
        <translation>Seret di jam kosong untuk memesan</translation>
    </message>
</context>
<context>
    <name>DayGridModel</name>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="199"/>
        <source>Room held %1 (set-up and clean-up)</source>
        <extracomment>The booking whose own time (not its set-up or clean-up) covers the cell, or ``None``. The booking holding the room in the cell, buffers included, or ``None``. Why the cell cannot be booked (a closure&apos;s reason or the holiday&apos;s name), or ``None``. The cell&apos;s ``(starts_at, ends_at)``, aware datetimes in the building&apos;s zone. Whether a new booking may start in the cell (nothing holds it, nothing closes it). Every booking in a week cell (a tuple, possibly empty). The floor number of an overview row.</extracomment>
        <translation>Ruang terpakai %1 (persiapan dan pembersihan)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/models.py" line="201"/>
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n peserta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="203"/>
        <source>Pending approval</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="205"/>
        <source>Part of a repeating series</source>
        <translation>Bagian dari seri berulang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="241"/>
        <source>Set-up or clean-up for: %1</source>
        <translation>Persiapan atau pembersihan untuk: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="243"/>
        <source>Closed: %1</source>
        <translation>Tutup: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="245"/>
        <source>%1 free %2 — drag to book</source>
        <translation>%1 kosong %2 — seret untuk memesan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/models.py" line="262"/>
        <location filename="../../ui/reception/calendar/models.py" line="265"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n kursi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="267"/>
        <source>Bookings need approval</source>
        <translation>Pemesanan perlu persetujuan</translation>
    </message>
</context>
<context>
    <name>DayGridPanel</name>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="188"/>
        <source>&amp;Floor</source>
        <extracomment>The clock when the grid was read, and when that was (``time.monotonic()``).</extracomment>
        <translation>&amp;Lantai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="189"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="190"/>
        <source>Closures…</source>
        <translation>Penutupan…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="191"/>
        <source>Close the building, a floor or a room to bookings, or lift a closure</source>
        <translation>Tutup gedung, lantai, atau ruang untuk pemesanan, atau buka kembali penutupan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="193"/>
        <source>Print schedules</source>
        <translation>Cetak jadwal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="194"/>
        <source>The lobby list and every floor&apos;s grid for the day shown, on the A4 printer</source>
        <translation>Daftar untuk lobi dan jadwal tiap lantai pada hari yang ditampilkan, di printer A4</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="286"/>
        <source>Holiday: %1. The building is closed to bookings.</source>
        <translation>Hari libur: %1. Gedung tidak menerima pemesanan.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="289"/>
        <source>Holiday: %1</source>
        <translation>Hari libur: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="291"/>
        <source>This floor has no rooms to book.</source>
        <translation>Lantai ini tidak punya ruang yang bisa dipesan.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="301"/>
        <source>Floor %1</source>
        <translation>Lantai %1</translation>
    </message>
</context>
<context>
    <name>DayGridView</name>
    <message>
        <location filename="../../ui/reception/calendar/day_grid.py" line="250"/>
        <source>Holiday: %1</source>
        <translation>Hari libur: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_grid.py" line="252"/>
        <source>Closed: %1</source>
        <translation>Tutup: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_grid.py" line="274"/>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
</context>
<context>
    <name>DenyEntryDialog</name>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="108"/>
        <location filename="../../ui/reception/deny/dialog.py" line="109"/>
        <source>Add to the deny list</source>
        <translation>Tambahkan ke daftar larangan masuk</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="111"/>
        <source>A check-in with this phone number or name is held at the kiosk: the visitor is asked to see reception, and reception decides. Give a name, a phone number or both.</source>
        <translation>Pendaftaran dengan nomor HP atau nama ini ditahan di anjungan: tamu diminta menemui resepsionis, lalu resepsionis yang memutuskan. Isi nama, nomor HP, atau keduanya.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="114"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="115"/>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="116"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="117"/>
        <source>Shown to reception when a check-in is held</source>
        <translation>Ditampilkan kepada resepsionis saat pendaftaran ditahan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="119"/>
        <source>Until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="120"/>
        <source>Ends after</source>
        <translation>Berakhir setelah</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="121"/>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="122"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="123"/>
        <source>Add</source>
        <translation>Tambahkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="168"/>
        <source>Give a name, a phone number or both.</source>
        <translation>Isi nama, nomor HP, atau keduanya.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="174"/>
        <source>At most %1 characters.</source>
        <translation>Paling banyak %1 karakter.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="175"/>
        <source>Please give the reason.</source>
        <translation>Silakan isi alasannya.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="178"/>
        <source>The last day cannot be before today.</source>
        <translation>Hari terakhir tidak boleh sebelum hari ini.</translation>
    </message>
</context>
<context>
    <name>DenyList</name>
    <message>
        <location filename="../../ui/reception/deny/models.py" line="19"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/models.py" line="20"/>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/models.py" line="21"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/models.py" line="22"/>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/models.py" line="23"/>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/models.py" line="35"/>
        <source>no end</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/models.py" line="37"/>
        <source>%1 (ended)</source>
        <translation>%1 (sudah berakhir)</translation>
    </message>
</context>
<context>
    <name>DenyListPanel</name>
    <message>
        <location filename="../../ui/reception/deny/panel.py" line="81"/>
        <source>Deny list</source>
        <translation>Daftar larangan masuk</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/panel.py" line="84"/>
        <source>The kiosk holds a check-in that matches an entry (the same phone number, or the same name whatever its case, spaces or accents) and tells the visitor only to see reception. Reception sees the reason and decides. Nothing of this list shows on the kiosk.</source>
        <translation>Anjungan menahan pendaftaran yang cocok dengan salah satu isian (nomor HP yang sama, atau nama yang sama tanpa memandang huruf besar-kecil, spasi, atau tanda aksen) dan hanya meminta tamu menemui resepsionis. Resepsionis melihat alasannya dan memutuskan. Isi daftar ini tidak pernah tampil di anjungan.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/panel.py" line="88"/>
        <source>Add a person</source>
        <translation>Tambahkan orang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/panel.py" line="89"/>
        <source>Remove from the list</source>
        <translation>Hapus dari daftar</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/panel.py" line="90"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/panel.py" line="90"/>
        <source>Keep</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/panel.py" line="140"/>
        <source>Remove %1 from the deny list? Their check-ins are no longer held.</source>
        <translation>Hapus %1 dari daftar larangan masuk? Pendaftarannya tidak akan ditahan lagi.</translation>
    </message>
</context>
<context>
    <name>DeskCheckInDialog</name>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="188"/>
        <source>Check in at the desk</source>
        <extracomment>The form&apos;s fields with a message under them, by the domain&apos;s field names. The privacy notice&apos;s column: the notice reads in lines short enough to read aloud.</extracomment>
        <translation>Daftar masuk di meja resepsionis</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="189"/>
        <source>Check in a visitor</source>
        <translation>Daftar masuk tamu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="190"/>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="190"/>
        <source>Known as</source>
        <translation>Dikenal sebagai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="191"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="191"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="192"/>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="192"/>
        <source>Where</source>
        <translation>Tempat tujuan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="193"/>
        <source>People</source>
        <translation>Jumlah orang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="195"/>
        <source>For example %1</source>
        <translation>Misalnya %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="197"/>
        <source>Look up</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="198"/>
        <source>Someone new</source>
        <translation>Tamu baru</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="199"/>
        <source>Optional</source>
        <translation>Boleh dikosongkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="200"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="205"/>
        <source>Read this to the visitor</source>
        <translation>Bacakan ini kepada tamu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="207"/>
        <source>The visitor heard this and agrees</source>
        <translation>Tamu sudah mendengar dan setuju</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="209"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="210"/>
        <source>Check in and print the card</source>
        <translation>Daftar masuk dan cetak kartu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="211"/>
        <source>Checked in</source>
        <translation>Sudah terdaftar</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="212"/>
        <source>Card number</source>
        <translation>Kode kartu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="213"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="311"/>
        <source>group of %1</source>
        <translation>rombongan %1 orang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="343"/>
        <source>Read the notice to the visitor, and tick the box once they agree.</source>
        <translation>Bacakan pemberitahuan ini kepada tamu, lalu centang kotaknya setelah tamu setuju.</translation>
    </message>
</context>
<context>
    <name>DestinationScreen</name>
    <message>
        <location filename="../../ui/visitor/destination.py" line="104"/>
        <source>Where are you going?</source>
        <translation>Tempat tujuan Anda</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="105"/>
        <source>Touch the place you are going to. Not sure? Touch “I don&apos;t know yet”.</source>
        <translation>Sentuh tempat yang Anda tuju. Tidak tahu? Sentuh “Belum tahu”.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="107"/>
        <source>I came with a group</source>
        <translation>Saya bersama rombongan</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="108"/>
        <source>Search: office, business, event, floor or room</source>
        <translation>Cari: kantor, usaha, acara, lantai atau ruang</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="109"/>
        <source>Places in the building</source>
        <translation>Tempat di gedung ini</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="111"/>
        <source>Scroll the list up</source>
        <translation>Geser daftar ke atas</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="110"/>
        <source>See above</source>
        <translation>Lihat ke atas</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="112"/>
        <source>See below</source>
        <translation>Lihat ke bawah</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="113"/>
        <source>Scroll the list down</source>
        <translation>Geser daftar ke bawah</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="122"/>
        <source>a visitor card for each person</source>
        <translation>kartu tamu untuk tiap orang</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="123"/>
        <source>one group card</source>
        <translation>satu kartu rombongan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visitor/destination.py" line="124"/>
        <source>Group of %n people</source>
        <translation>
            <numerusform>Rombongan %n orang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="128"/>
        <source>I don&apos;t know yet</source>
        <translation>Belum tahu</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="128"/>
        <source>Reception will help you</source>
        <translation>Resepsionis akan membantu Anda</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="135"/>
        <source>Today&apos;s events</source>
        <translation>Acara hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="142"/>
        <source>Floor %3, room %4, %1–%2</source>
        <translation>Lantai %3, ruang %4, pukul %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="150"/>
        <source>Government offices</source>
        <translation>Kantor pemerintah</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="151"/>
        <source>Businesses and partners</source>
        <translation>Usaha dan mitra</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="155"/>
        <location filename="../../ui/visitor/destination.py" line="163"/>
        <source>Floor %1</source>
        <translation>Lantai %1</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="160"/>
        <source>Floors</source>
        <translation>Lantai</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <location filename="../../ui/reception/destinations.py" line="32"/>
        <source>Tenants and agencies</source>
        <translation>Penyewa dan instansi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/destinations.py" line="46"/>
        <source>Floor %1</source>
        <translation>Lantai %1</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../ui/visitor/details.py" line="58"/>
        <source>About you</source>
        <translation>Tentang Anda</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/details.py" line="59"/>
        <source>Your name (one name is fine)</source>
        <translation>Nama Anda (satu nama pun boleh)</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/details.py" line="60"/>
        <source>As it should appear on your visitor card</source>
        <translation>Nama ini akan dicetak di kartu tamu Anda</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/details.py" line="61"/>
        <source>Company, UMKM or organisation (optional)</source>
        <translation>Perusahaan, UMKM, atau organisasi (boleh dikosongkan)</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/details.py" line="62"/>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/texts.py" line="34"/>
        <source>Please enter your name.</source>
        <translation>Silakan isi nama Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="38"/>
        <location filename="../../ui/texts.py" line="40"/>
        <source>This name is too long. Please shorten it to 120 letters.</source>
        <translation>Nama ini terlalu panjang. Silakan singkat menjadi paling banyak 120 huruf.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="46"/>
        <source>Please fill this in.</source>
        <translation>Mohon diisi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="47"/>
        <source>This is too long.</source>
        <translation>Terlalu panjang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="48"/>
        <source>A name needs at least one letter.</source>
        <translation>Nama harus berisi paling sedikit satu huruf.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="50"/>
        <source>Please use letters only: numbers, emoji and symbols cannot be printed on your pass.</source>
        <translation>Gunakan huruf saja: angka, emoji, dan simbol tidak bisa dicetak di kartu tamu Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="61"/>
        <source>A group has from 1 to 500 people.</source>
        <translation>Rombongan berisi 1 sampai 500 orang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="63"/>
        <source>This place is no longer available. Please choose again.</source>
        <translation>Tempat ini sudah tidak tersedia. Silakan pilih lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="65"/>
        <source>Please choose the purpose of your visit.</source>
        <translation>Silakan pilih keperluan kunjungan Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="67"/>
        <source>Without your agreement we cannot register you. Please see the receptionist.</source>
        <translation>Tanpa persetujuan Anda, kami tidak dapat mendaftarkan Anda. Silakan temui resepsionis.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="106"/>
        <source>You have already checked out with this card. Thank you!</source>
        <translation>Anda sudah tercatat keluar dengan kartu ini. Terima kasih!</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="36"/>
        <source>Please enter your mobile number.</source>
        <translation>Silakan isi nomor HP Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="53"/>
        <source>A mobile number has digits only, for example 081234567890.</source>
        <translation>Nomor HP hanya berisi angka, misalnya 081234567890.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="55"/>
        <source>This mobile number is too short. Please check it.</source>
        <translation>Nomor HP ini terlalu pendek. Silakan periksa lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="57"/>
        <source>This mobile number is too long. Please check it.</source>
        <translation>Nomor HP ini terlalu panjang. Silakan periksa lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="59"/>
        <source>This is not a mobile number we can reach. Please check it.</source>
        <translation>Nomor HP ini sepertinya salah. Silakan periksa lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="70"/>
        <source>This visitor is no longer known here. Register them as a new visitor.</source>
        <translation>Tamu ini sudah tidak dikenali di sini. Daftarkan sebagai tamu baru.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="72"/>
        <source>More names than people in the group. Please check the names.</source>
        <translation>Nama lebih banyak daripada jumlah orang dalam rombongan. Silakan periksa namanya.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="85"/>
        <source>%1 at %2 %3</source>
        <comment>a day, a time, a time zone</comment>
        <translation>%1 pukul %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="96"/>
        <source>This visitor card expired on %1. Please hand it in at reception.</source>
        <translation>Kartu tamu ini sudah tidak berlaku sejak %1. Silakan serahkan ke resepsionis.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="100"/>
        <source>This code could not be read. Please hold it under the scanner again, or type the code printed under it.</source>
        <translation>Kode ini tidak terbaca. Silakan dekatkan lagi ke alat pemindai, atau ketik kode yang tercetak di bawahnya.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="103"/>
        <source>This visitor card is not recognised here. Please show it at reception.</source>
        <translation>Kartu tamu ini tidak dikenali di sini. Silakan tunjukkan ke resepsionis.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="108"/>
        <source>This visitor card is no longer valid. Please hand it in at reception.</source>
        <translation>Kartu tamu ini sudah tidak berlaku. Silakan serahkan ke resepsionis.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="110"/>
        <source>This card is not a visitor card of this building. Please show it at reception.</source>
        <translation>Kartu ini bukan kartu tamu gedung ini. Silakan tunjukkan ke resepsionis.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="113"/>
        <source>This visitor card is from another building. Please show it at reception.</source>
        <translation>Kartu tamu ini dari gedung lain. Silakan tunjukkan ke resepsionis.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="116"/>
        <source>This invitation code is not recognised. Check the code, or register as a visitor without an invitation.</source>
        <translation>Kode undangan ini tidak dikenali. Periksa kodenya, atau daftar sebagai tamu tanpa undangan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="119"/>
        <source>This invitation has already been used. If you are here again, please register as a visitor without an invitation.</source>
        <translation>Undangan ini sudah dipakai. Jika Anda datang lagi, silakan daftar sebagai tamu tanpa undangan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="122"/>
        <source>This invitation was cancelled by the person who invited you. You can register as a visitor without an invitation.</source>
        <translation>Undangan ini dibatalkan oleh orang yang mengundang Anda. Anda bisa daftar sebagai tamu tanpa undangan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="125"/>
        <source>This invitation is no longer valid: its date has passed. You can register as a visitor without an invitation.</source>
        <translation>Undangan ini sudah tidak berlaku karena tanggalnya sudah lewat. Anda bisa daftar sebagai tamu tanpa undangan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="128"/>
        <source>This invitation is for a later time. Please come back then, or ask at reception.</source>
        <translation>Undangan ini untuk waktu yang lebih nanti. Silakan datang lagi pada waktunya, atau tanya ke resepsionis.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="144"/>
        <source>The card printer has stopped (it may be out of labels).</source>
        <extracomment>Refusals after which registering as a walk-in visitor makes sense (the invitation is unusable, but the visit may still be welcome).</extracomment>
        <translation>Printer kartu berhenti (mungkin labelnya habis).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="146"/>
        <source>The card printer is not connected.</source>
        <translation>Printer kartu tidak tersambung.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="148"/>
        <source>The printing service is not running.</source>
        <translation>Layanan pencetakan tidak berjalan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="150"/>
        <source>Your card could not be printed.</source>
        <translation>Kartu Anda tidak dapat dicetak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="152"/>
        <source>The card printer is not answering.</source>
        <translation>Printer kartu tidak merespons.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="163"/>
        <source>Sorry, something went wrong. Please ask the receptionist for help.</source>
        <translation>Mohon maaf, ada gangguan. Silakan minta bantuan resepsionis.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="217"/>
        <source>The reception desk is here in the lobby, on the ground floor.</source>
        <translation>Meja resepsionis ada di lobi ini, di lantai dasar.</translation>
    </message>
</context>
<context>
    <name>EvacuationButton</name>
    <message>
        <location filename="../../ui/reception/evacuation/__init__.py" line="54"/>
        <source>Evacuation</source>
        <translation>Evakuasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/__init__.py" line="55"/>
        <source>Print who is in the building, by floor, and open the roll call</source>
        <translation>Cetak siapa saja yang ada di dalam gedung, per lantai, lalu buka daftar evakuasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/__init__.py" line="57"/>
        <source>Print who is in the building, by floor (without phone numbers), and open the roll call</source>
        <translation>Cetak siapa saja yang ada di dalam gedung, per lantai (tanpa nomor HP), lalu buka daftar evakuasi</translation>
    </message>
</context>
<context>
    <name>EvacuationDialog</name>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="153"/>
        <source>Printing the evacuation list…</source>
        <extracomment>The columns of words, which share the width the others leave. What the roll call shows: people, rooms and bookings, and how fresh the device&apos;s data is.</extracomment>
        <translation>Mencetak daftar evakuasi…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="193"/>
        <source>The list was sent to the printer %1.</source>
        <translation>Daftar sudah dikirim ke printer %1.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="196"/>
        <source>No A4 printer is set up: the list is saved in %1</source>
        <translation>Belum ada printer A4: daftar disimpan di %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="205"/>
        <source>The list did not print (%1). Touch Print again or use the list on this screen.</source>
        <translation>Daftar tidak tercetak (%1). Sentuh Cetak lagi, atau gunakan daftar di layar ini.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="240"/>
        <location filename="../../ui/reception/evacuation/dialog.py" line="241"/>
        <source>Evacuation roll call</source>
        <translation>Daftar evakuasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="242"/>
        <source>Unaccounted only</source>
        <translation>Hanya yang belum aman</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="249"/>
        <source>Print again</source>
        <translation>Cetak lagi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="250"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/evacuation/dialog.py" line="259"/>
        <source>%n person(s) not yet accounted for</source>
        <translation>
            <numerusform>%n orang belum dipastikan aman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/evacuation/dialog.py" line="261"/>
        <source>%n person(s) in the building. Touch the box of each person who is safe.</source>
        <translation>
            <numerusform>%n orang di dalam gedung. Sentuh kotak setiap orang yang sudah aman.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="277"/>
        <source>As of %1, from this device&apos;s own data (no central database).</source>
        <translation>Per pukul %1, dari data perangkat ini sendiri (tanpa basis data pusat).</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="280"/>
        <source>As of %1. This device has never synced: check-ins made on other devices may be missing.</source>
        <translation>Per pukul %1. Perangkat ini belum pernah disinkronkan: kedatangan yang dicatat di perangkat lain mungkin belum ada.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="283"/>
        <source>As of %1; last synced at %2: check-ins made on other devices since then may be missing.</source>
        <translation>Per pukul %1; terakhir disinkronkan pukul %2: kedatangan yang dicatat di perangkat lain sejak itu mungkin belum ada.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="290"/>
        <source>Phone numbers are shown only to signed-in staff.</source>
        <translation>Nomor HP hanya terlihat oleh petugas yang sudah masuk.</translation>
    </message>
</context>
<context>
    <name>FirstAdminPage</name>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="239"/>
        <source>Welcome: who runs this building?</source>
        <translation>Selamat datang: siapa pengelola gedung ini?</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="241"/>
        <source>Nobody can sign in yet. Make yourself the first administrator: you then add the receptionists and managers. A forgotten password is reset on this PC with &quot;gic-kiosk staff passwd&quot;.</source>
        <translation>Belum ada yang bisa masuk. Jadikan diri Anda administrator pertama, lalu tambahkan resepsionis dan manajer. Kata sandi yang terlupa diganti di komputer ini dengan &quot;gic-kiosk staff passwd&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="244"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="245"/>
        <source>Sign-in name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="246"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="247"/>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="248"/>
        <source>PIN (optional)</source>
        <translation>PIN (boleh dikosongkan)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="249"/>
        <source>e.g. ayu</source>
        <translation>misalnya ayu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="250"/>
        <source>%1 to %2 digits, to unlock quickly</source>
        <translation>%1 sampai %2 angka, untuk membuka kunci dengan cepat</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="253"/>
        <source>Create the administrator and sign in</source>
        <translation>Buat administrator lalu masuk</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="271"/>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>FreeRoomFinder</name>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="159"/>
        <source>Date</source>
        <extracomment>Durations offered, in minutes. The room column takes the width the others leave.</extracomment>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="162"/>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="163"/>
        <source>For</source>
        <translation>Selama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="167"/>
        <source>%1 minutes</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="169"/>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 menit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/free_room_finder.py" line="171"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="173"/>
        <source>People</source>
        <translation>Jumlah orang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="174"/>
        <source>Kind of room</source>
        <translation>Jenis ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="175"/>
        <source>Any kind</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="179"/>
        <source>Preferred floor</source>
        <translation>Lantai pilihan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="180"/>
        <source>Any floor</source>
        <translation>Lantai mana saja</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="182"/>
        <source>Floor %1</source>
        <translation>Lantai %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="184"/>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="187"/>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="245"/>
        <source>Find a free room</source>
        <translation>Cari ruang kosong</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="188"/>
        <source>Book this room</source>
        <translation>Pesan ruang ini</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="237"/>
        <source>No room is free at that time. The nearest free times:</source>
        <translation>Tidak ada ruang kosong pada waktu itu. Waktu kosong terdekat:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="239"/>
        <source>No room fits, even on the next days. Try fewer needs or people.</source>
        <translation>Tidak ada ruang yang cocok, juga pada hari-hari berikutnya. Coba kurangi kebutuhan atau jumlah orang.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/free_room_finder.py" line="241"/>
        <source>%n free room(s), best first</source>
        <translation>
            <numerusform>%n ruang kosong, yang paling cocok di atas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="243"/>
        <source>Say what is needed, then press Find a free room.</source>
        <translation>Isi kebutuhan, lalu tekan Cari ruang kosong.</translation>
    </message>
</context>
<context>
    <name>GroupScreen</name>
    <message>
        <location filename="../../ui/visitor/group.py" line="73"/>
        <source>Your group</source>
        <translation>Rombongan Anda</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/group.py" line="74"/>
        <source>How many people, including you?</source>
        <translation>Berapa orang, termasuk Anda?</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/group.py" line="75"/>
        <source>One group card</source>
        <translation>Satu kartu rombongan</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/group.py" line="76"/>
        <source>A card for each person</source>
        <translation>Kartu untuk tiap orang</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/group.py" line="77"/>
        <source>Names of the others (optional, separate with commas)</source>
        <translation>Nama anggota lain (boleh dikosongkan, pisahkan dengan koma)</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/group.py" line="78"/>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/group.py" line="79"/>
        <source>Number of people</source>
        <translation>Jumlah orang</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/group.py" line="81"/>
        <source>%1 people</source>
        <translation>%1 orang</translation>
    </message>
</context>
<context>
    <name>HeldAlert</name>
    <message numerus="yes">
        <location filename="../../ui/reception/deny/held_alert.py" line="95"/>
        <source>%n check-in(s) held for you to decide</source>
        <extracomment>The alert never takes more of the console than this; more rows scroll.</extracomment>
        <translation>
            <numerusform>%n pendaftaran ditahan, menunggu keputusan Anda</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="153"/>
        <source>%1 was turned away.</source>
        <translation>%1 ditolak masuk.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="166"/>
        <source>%1 was checked in.</source>
        <translation>%1 sudah terdaftar.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="180"/>
        <source>Another desk has already decided.</source>
        <translation>Meja lain sudah memutuskannya.</translation>
    </message>
</context>
<context>
    <name>HeldRow</name>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="221"/>
        <source>reception</source>
        <translation>resepsionis</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="225"/>
        <source>group of %1</source>
        <translation>rombongan %1 orang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="227"/>
        <source>invitation %1</source>
        <translation>undangan %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="228"/>
        <source>Asked for: %1</source>
        <translation>Permintaan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="229"/>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="230"/>
        <source>Admit</source>
        <translation>Izinkan masuk</translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="231"/>
        <source>Turn away</source>
        <translation>Tolak</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="72"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="73"/>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="74"/>
        <source>What</source>
        <translation>Tindakan</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../../ui/visitor/identity.py" line="67"/>
        <source>Welcome back!</source>
        <translation>Selamat datang kembali!</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/identity.py" line="68"/>
        <source>Is this you?</source>
        <translation>Apakah ini Anda?</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/identity.py" line="69"/>
        <source>Part of the name is hidden so that others cannot read it.</source>
        <translation>Sebagian nama disembunyikan agar tidak dibaca orang lain.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/identity.py" line="71"/>
        <source>No, this is not me</source>
        <translation>Bukan saya</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/identity.py" line="76"/>
        <source>Yes, I am %1</source>
        <translation>Ya, saya %1</translation>
    </message>
</context>
<context>
    <name>InvitationScreen</name>
    <message>
        <location filename="../../ui/visitor/invitation.py" line="59"/>
        <source>Your invitation</source>
        <translation>Undangan Anda</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/invitation.py" line="60"/>
        <source>Confirm and print my card</source>
        <translation>Ya, cetak kartu saya</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/invitation.py" line="61"/>
        <source>I do not agree</source>
        <translation>Saya tidak setuju</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/invitation.py" line="63"/>
        <source>By confirming you agree that your name, phone number and visit are kept for %1 days after your last visit, for the building&apos;s safety, seen only by reception and building management. Ask reception to see or erase them.</source>
        <translation>Dengan menekan tombol ini, Anda setuju nama, nomor HP, dan data kunjungan Anda disimpan %1 hari setelah kunjungan terakhir Anda demi keamanan gedung, dan hanya dilihat resepsionis dan pengelola gedung. Minta ke resepsionis untuk melihat atau menghapusnya.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/invitation.py" line="70"/>
        <source>Welcome, %1!</source>
        <translation>Selamat datang, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/invitation.py" line="78"/>
        <source>Floor %1</source>
        <translation>Lantai %1</translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="21"/>
        <source>checked in</source>
        <translation>sudah daftar masuk</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="23"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="25"/>
        <source>expired</source>
        <translation>sudah tidak berlaku</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="26"/>
        <source>expected</source>
        <translation>ditunggu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="37"/>
        <source>Floor %1</source>
        <translation>Lantai %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="50"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="51"/>
        <source>Guest</source>
        <translation>Tamu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="52"/>
        <source>People</source>
        <translation>Jumlah orang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="53"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="54"/>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="55"/>
        <source>Where</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="56"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="57"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="110"/>
        <source>Invitations</source>
        <extracomment>Shown at first: today and the next two weeks.</extracomment>
        <translation>Undangan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="112"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="113"/>
        <source>until</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="114"/>
        <source>Invite a guest</source>
        <translation>Undang tamu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="115"/>
        <source>Print slip</source>
        <translation>Cetak slip</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="116"/>
        <source>Cancel invitation</source>
        <translation>Batalkan undangan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="117"/>
        <source>Cancel it</source>
        <translation>Ya, batalkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="117"/>
        <source>Keep it</source>
        <translation>Jangan batalkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="189"/>
        <source>Cancel the invitation of %1? Code %2 will no longer work at the kiosk.</source>
        <translation>Batalkan undangan untuk %1? Kode %2 tidak berlaku lagi di anjungan.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="203"/>
        <source>Cancelled: %1 (%2)</source>
        <translation>Dibatalkan: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="212"/>
        <source>Printing the slip of %1…</source>
        <translation>Mencetak slip %1…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="225"/>
        <source>Slip printed.</source>
        <translation>Slip sudah dicetak.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="227"/>
        <source>No A4 printer is set up: slip saved as %1</source>
        <translation>Printer A4 belum diatur: slip disimpan sebagai %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="239"/>
        <source>Slip not printed: %1</source>
        <translation>Slip tidak tercetak: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="243"/>
        <source>This guest has already checked in.</source>
        <translation>Tamu ini sudah daftar masuk.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="271"/>
        <location filename="../../ui/reception/invite_dialog.py" line="272"/>
        <source>Invite a guest</source>
        <extracomment>Quiet zone around the QR code, in modules (the QR standard asks for four). Side of one QR module on screen, in pixels.</extracomment>
        <translation>Undang tamu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="273"/>
        <source>Guest&apos;s name</source>
        <translation>Nama tamu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="274"/>
        <source>As it should appear on the visitor card</source>
        <translation>Sesuai yang akan tercetak di kartu tamu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="276"/>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="278"/>
        <source>Optional, for example %1</source>
        <translation>Boleh dikosongkan, misalnya %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="279"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="280"/>
        <source>Optional</source>
        <translation>Boleh dikosongkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="281"/>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="285"/>
        <source>Where</source>
        <translation>Tempat tujuan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="287"/>
        <source>People</source>
        <translation>Jumlah orang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="288"/>
        <source>More than one: a delegation, invited with one code</source>
        <translation>Lebih dari satu: rombongan, diundang dengan satu kode</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="289"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="293"/>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="294"/>
        <source>until</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="295"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="296"/>
        <source>Create invitation</source>
        <translation>Buat undangan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="297"/>
        <source>Invitation created</source>
        <translation>Undangan sudah dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="298"/>
        <source>Invitation code</source>
        <translation>Kode undangan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="300"/>
        <source>Give the guest this code or QR code. At the kiosk they scan it or type the code, and confirm with one touch.</source>
        <translation>Berikan kode undangan atau kode QR ini kepada tamu. Di anjungan, tamu memindai atau mengetik kodenya, lalu menekan satu tombol.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="302"/>
        <source>Copy code</source>
        <translation>Salin kode</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="303"/>
        <source>Copied to the clipboard</source>
        <translation>Sudah disalin</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="304"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="327"/>
        <source>Floor %1</source>
        <translation>Lantai %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="333"/>
        <source>Reception will show the guest the way</source>
        <translation>Resepsionis akan menunjukkan jalan kepada tamu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="416"/>
        <source>The end must be after the start</source>
        <translation>Jam selesai harus setelah jam mulai</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/visitor/held.py" line="23"/>
        <location filename="../../ui/visitor/window.py" line="390"/>
        <location filename="../../ui/visitor/window.py" line="397"/>
        <source>Please see the receptionist</source>
        <extracomment>How long the &quot;you are checked in&quot; screen stays before the next visitor&apos;s welcome. Retry opening the database this often when it failed (locked by a job, disk hiccup).</extracomment>
        <translation>Silakan temui resepsionis</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/held.py" line="24"/>
        <source>The receptionist will finish your check-in.</source>
        <translation>Resepsionis akan menyelesaikan pendaftaran Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="391"/>
        <source>No problem: nothing about you was stored. The receptionist will register your visit.</source>
        <translation>Tidak apa-apa: data Anda tidak disimpan. Resepsionis akan mencatat kunjungan Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="398"/>
        <source>No problem: your visit is not registered here. The receptionist will help you.</source>
        <translation>Tidak apa-apa: kunjungan Anda tidak dicatat di sini. Resepsionis akan membantu Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="482"/>
        <source>Your invitation</source>
        <translation>Undangan Anda</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="483"/>
        <source>Scan the QR code of your invitation, or type its code.</source>
        <translation>Pindai kode QR undangan Anda, atau ketik kodenya.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="484"/>
        <source>Find my invitation</source>
        <translation>Cari undangan saya</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="490"/>
        <location filename="../../ui/visitor/window.py" line="493"/>
        <source>Check out</source>
        <translation>Daftar keluar</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="491"/>
        <source>Hold your visitor card under the scanner, or type the code printed under its QR code.</source>
        <translation>Dekatkan kartu tamu Anda ke alat pemindai, atau ketik kode yang tercetak di bawah kode QR-nya.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="552"/>
        <source>Sorry</source>
        <translation>Mohon maaf</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="568"/>
        <source>Goodbye, %1!</source>
        <translation>Sampai jumpa, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="569"/>
        <source>You are checked out. Thank you for visiting the %1.</source>
        <translation>Anda sudah tercatat keluar. Terima kasih telah berkunjung ke %1.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="605"/>
        <source>No staff PIN is set on this kiosk. An administrator sets one with: gic-kiosk set-pin</source>
        <translation>PIN petugas belum diatur di anjungan ini. Administrator dapat mengaturnya dengan: gic-kiosk set-pin</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="609"/>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>Terlalu banyak PIN salah. Coba lagi setelah pukul %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visitor/window.py" line="612"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>PIN salah. Sisa %n kali percobaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visitor/window.py" line="636"/>
        <source>Are you still there? Starting over in %n second(s).</source>
        <translation>
            <numerusform>Anda masih di sini? Layar kembali ke awal dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="627"/>
        <location filename="../../ui/visitor/window.py" line="687"/>
        <source>I am still here</source>
        <translation>Saya masih di sini</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="336"/>
        <source>Console locked</source>
        <translation>Konsol terkunci</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="339"/>
        <source>%1 is signed in. Type your password or PIN to go on.</source>
        <translation>Akun %1 sedang dipakai. Ketik kata sandi atau PIN Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="341"/>
        <source>Password or PIN</source>
        <translation>Kata sandi atau PIN</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="342"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="343"/>
        <source>Sign in as someone else</source>
        <translation>Masuk sebagai orang lain</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../../ui/visitor/message.py" line="81"/>
        <source>Done</source>
        <extracomment>Long enough to read twice, short enough that the next visitor is not kept waiting.</extracomment>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/message.py" line="82"/>
        <source>Register without an invitation</source>
        <translation>Daftar tanpa undangan</translation>
    </message>
</context>
<context>
    <name>MyAccountDialog</name>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="204"/>
        <source>My password and PIN</source>
        <translation>Kata sandi dan PIN saya</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="205"/>
        <source>Leave a field empty to keep what you have. The PIN opens your console when it locked itself.</source>
        <translation>Kosongkan kolom yang tidak ingin diganti. PIN membuka konsol Anda saat terkunci otomatis.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="207"/>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="208"/>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="209"/>
        <source>New password again</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="210"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="213"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="214"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="222"/>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="128"/>
        <source>Notices from the central database</source>
        <translation>Pemberitahuan dari basis data pusat</translation>
    </message>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="135"/>
        <source>Mark as read</source>
        <translation>Tandai sudah dibaca</translation>
    </message>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="148"/>
        <source>Booking “%1” was rejected: the room was already booked for %2.</source>
        <translation>Pemesanan “%1” ditolak: ruang sudah dipesan untuk %2.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="151"/>
        <source>A change to a booking was refused: it had already been cancelled or rejected.</source>
        <translation>Perubahan pemesanan ditolak: pemesanan itu sudah dibatalkan atau ditolak.</translation>
    </message>
</context>
<context>
    <name>NumericPad</name>
    <message>
        <location filename="../../ui/keyboard.py" line="166"/>
        <source>OK</source>
        <extracomment>Dynamic property of a :class:`QLineEdit`: when ``True``, :class:`OnScreenKeyboard` capitalises the first letter of every word (names: &quot;budi santoso&quot; → &quot;Budi Santoso&quot;). Numeric pad keys are at least this wide and high (the theme may make them a little bigger). The pad is this wide; a wider parent centres it. Keyboard keys are at least this high (touch target ≥ 64 px at 1080p). ... and at least this wide, so a narrow parent cannot squeeze them into slivers. Keyboard grid: every row is 20 half-key columns wide; a letter key spans two.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="168"/>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="169"/>
        <source>Clears the whole number</source>
        <translation>Menghapus seluruh nomor</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="170"/>
        <source>Delete</source>
        <translation>Hapus satu angka</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="171"/>
        <source>Deletes the last digit</source>
        <translation>Menghapus angka terakhir</translation>
    </message>
</context>
<context>
    <name>OccurrenceRow</name>
    <message>
        <location filename="../../ui/reception/booking/dates.py" line="139"/>
        <source>Skip</source>
        <extracomment>A change to a Skip or Move is checked again after this pause (typing a time is several key presses: one check, not five). The list of dates is at least this wide, in pixels.</extracomment>
        <translation>Lewati</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dates.py" line="140"/>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dates.py" line="141"/>
        <source>until</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dates.py" line="173"/>
        <source>Skipped: this date will not be booked</source>
        <translation>Dilewati: tanggal ini tidak dipesan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dates.py" line="179"/>
        <source>Moved: free</source>
        <translation>Dipindahkan: kosong</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dates.py" line="181"/>
        <source>Free</source>
        <translation>Kosong</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="93"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="94"/>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="95"/>
        <source>Floor / room</source>
        <translation>Lantai / ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="96"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="97"/>
        <source>Seats</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="115"/>
        <source>Floor %1</source>
        <translation>Lantai %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="120"/>
        <source>needs approval</source>
        <translation>perlu persetujuan</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/keyboard.py" line="259"/>
        <source>space</source>
        <translation>spasi</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="260"/>
        <source>Hyphen</source>
        <translation>Tanda hubung</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="260"/>
        <source>Apostrophe</source>
        <translation>Apostrof</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="261"/>
        <source>Full stop</source>
        <translation>Titik</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="261"/>
        <source>Comma</source>
        <translation>Koma</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="264"/>
        <source>Shift</source>
        <translation>Huruf besar</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="265"/>
        <source>The next letter is a capital</source>
        <translation>Huruf berikutnya huruf besar</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="266"/>
        <source>Delete</source>
        <translation>Hapus satu huruf</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="267"/>
        <source>Deletes the last letter</source>
        <translation>Menghapus huruf terakhir</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="182"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="183"/>
        <source>New organisation</source>
        <translation>Organisasi baru</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="184"/>
        <source>Change %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="185"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="185"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="186"/>
        <source>Floor</source>
        <translation>Lantai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="186"/>
        <source>Office room</source>
        <translation>Ruang kantor</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="187"/>
        <source>Weekly quota</source>
        <translation>Kuota mingguan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="188"/>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="189"/>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="189"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="190"/>
        <source>Contact&apos;s language</source>
        <translation>Bahasa narahubung</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="196"/>
        <source>Own quota</source>
        <translation>Kuota sendiri</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="197"/>
        <source>Instead of the building&apos;s default</source>
        <translation>Bukan kuota bawaan gedung</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="198"/>
        <source> h a week</source>
        <translation> jam per minggu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="199"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="200"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Organizations</name>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="18"/>
        <source>Room %1</source>
        <translation>Ruang %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="21"/>
        <source>Floor %1</source>
        <translation>Lantai %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="28"/>
        <source>Building default</source>
        <translation>Bawaan gedung</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="29"/>
        <source>%1 h a week</source>
        <translation>%1 jam per minggu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="45"/>
        <location filename="../../ui/reception/organizations/models.py" line="81"/>
        <location filename="../../ui/reception/organizations/texts.py" line="64"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="46"/>
        <location filename="../../ui/reception/organizations/texts.py" line="65"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="47"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="48"/>
        <location filename="../../ui/reception/organizations/texts.py" line="68"/>
        <source>Weekly quota</source>
        <translation>Kuota mingguan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="49"/>
        <source>Contacts</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="64"/>
        <source>Retired</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="65"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="80"/>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="82"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="17"/>
        <source>Tenant</source>
        <translation>Penyewa</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="18"/>
        <source>City agency</source>
        <translation>Instansi kota</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="19"/>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="20"/>
        <source>Visitor&apos;s business</source>
        <translation>Usaha tamu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="29"/>
        <source>Choose tenant, city agency or partner.</source>
        <translation>Pilih penyewa, instansi kota, atau mitra.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="31"/>
        <source>The building has no such floor.</source>
        <translation>Lantai ini tidak ada di gedung.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="33"/>
        <source>The building has no such room.</source>
        <translation>Ruang ini tidak ada di gedung.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="35"/>
        <source>This room is on another floor.</source>
        <translation>Ruang ini ada di lantai lain.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="37"/>
        <source>Write a whole number.</source>
        <translation>Tulis angka bulat.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="39"/>
        <source>A weekly quota is from 0 to %1 hours.</source>
        <translation>Kuota mingguan antara 0 dan %1 jam.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="42"/>
        <source>This is not an e-mail address, for example nama@usaha.id.</source>
        <translation>Ini bukan alamat e-mail, misalnya nama@usaha.id.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="44"/>
        <source>The language is id (Indonesian) or en (English).</source>
        <translation>Bahasa: id (Indonesia) atau en (Inggris).</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="46"/>
        <source>An organisation of this name already exists.</source>
        <translation>Organisasi dengan nama ini sudah ada.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="48"/>
        <source>An organisation of this name exists but is retired: show the retired ones and bring it back.</source>
        <translation>Organisasi dengan nama ini sudah ada tetapi nonaktif: tampilkan yang nonaktif lalu aktifkan lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="51"/>
        <source>The same organisation is on an earlier row.</source>
        <translation>Organisasi yang sama sudah ada di baris sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="57"/>
        <source>Please enter the name.</source>
        <translation>Mohon isi nama.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="66"/>
        <source>Floor</source>
        <translation>Lantai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="67"/>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="69"/>
        <source>Contact</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="70"/>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="71"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="72"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="79"/>
        <source>The file cannot be opened.</source>
        <translation>Berkas tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="81"/>
        <source>The file is empty.</source>
        <translation>Berkas ini kosong.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="82"/>
        <source>This is not a CSV or Excel (XLSX) file.</source>
        <translation>Ini bukan berkas CSV atau Excel (XLSX).</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="84"/>
        <source>No row of the file names the columns: it needs at least &quot;nama&quot; (name) and &quot;jenis&quot; (kind).</source>
        <translation>Tidak ada baris judul kolom: paling sedikit perlu kolom &quot;nama&quot; dan &quot;jenis&quot;.</translation>
    </message>
</context>
<context>
    <name>OrganizationsPanel</name>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="145"/>
        <source>Tenants, agencies and partners</source>
        <extracomment>The name and contacts columns share the width the others leave, fitted to their words.</extracomment>
        <translation>Penyewa, instansi, dan mitra</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="146"/>
        <source>Search by name</source>
        <translation>Cari nama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="150"/>
        <source>Show retired</source>
        <translation>Tampilkan yang nonaktif</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="151"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="152"/>
        <source>Import a list…</source>
        <translation>Impor daftar…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="153"/>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="154"/>
        <source>Keep it</source>
        <translation>Biarkan aktif</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="154"/>
        <source>Retire</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="155"/>
        <source>Import the other rows</source>
        <translation>Impor baris lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="156"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="187"/>
        <source>Bring back</source>
        <translation>Aktifkan lagi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="188"/>
        <source>Retire…</source>
        <translation>Nonaktifkan…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="206"/>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="222"/>
        <source>Retire %1? It will no longer be offered to visitors or for bookings; its visits and bookings keep its name.</source>
        <translation>Nonaktifkan %1? Organisasi ini tidak lagi ditawarkan kepada tamu atau untuk pemesanan; kunjungan dan pemesanannya tetap memakai namanya.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="234"/>
        <source>Retired: %1</source>
        <translation>Dinonaktifkan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="238"/>
        <source>Back: %1</source>
        <translation>Aktif lagi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="149"/>
        <location filename="../../ui/reception/organizations/panel.py" line="250"/>
        <source>Import a list of organisations</source>
        <translation>Impor daftar organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="251"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Lembar kerja (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="261"/>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="278"/>
        <source>Imported: %1 added, %2 changed, %3 unchanged, %4 skipped.</source>
        <translation>Diimpor: %1 ditambahkan, %2 diubah, %3 tidak berubah, %4 dilewati.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="286"/>
        <source>Nothing was imported: %1 of %2 rows need mending. Mend them in the file and import it again, or import the other rows now.</source>
        <translation>Tidak ada yang diimpor: %1 dari %2 baris perlu diperbaiki. Perbaiki di berkas lalu impor lagi, atau impor baris lainnya sekarang.</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/overview_model.py" line="83"/>
        <source>%n bookable room(s)</source>
        <translation>
            <numerusform>%n ruang yang bisa dipesan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/overview_model.py" line="84"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n pemesanan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/overview_model.py" line="85"/>
        <source>%n pending approval</source>
        <translation>
            <numerusform>%n menunggu persetujuan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/overview_model.py" line="87"/>
        <source>%1, %2: %3 of the rooms booked</source>
        <translation>%1, %2: %3 ruang sudah dipesan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/overview_model.py" line="100"/>
        <source>Floor</source>
        <translation>Lantai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/overview_model.py" line="102"/>
        <source>Bookings</source>
        <translation>Pemesanan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/overview_model.py" line="104"/>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../ui/reception/calendar/overview.py" line="185"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/overview.py" line="186"/>
        <source>Share of each floor&apos;s bookable rooms in use, hour by hour. Click a floor to see its rooms.</source>
        <translation>Bagian ruang tiap lantai yang terpakai, per jam. Klik sebuah lantai untuk melihat ruang-ruangnya.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/overview.py" line="209"/>
        <source>Holiday: %1</source>
        <translation>Hari libur: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/overview.py" line="220"/>
        <source>%n booking(s) in the building</source>
        <translation>
            <numerusform>%n pemesanan di gedung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/overview.py" line="221"/>
        <source>%n pending approval</source>
        <translation>
            <numerusform>%n menunggu persetujuan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassReadyScreen</name>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="110"/>
        <source>You are checked in</source>
        <translation>Anda sudah terdaftar</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="111"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="112"/>
        <source>Print again</source>
        <translation>Cetak lagi</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="120"/>
        <source>Please see the receptionist</source>
        <translation>Silakan temui resepsionis</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="123"/>
        <source>Go to floor %1</source>
        <translation>Silakan ke Lantai %1</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="128"/>
        <source>Card code: %1</source>
        <translation>Kode kartu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="143"/>
        <source>Please collect your visitor card at reception: show them the code above.</source>
        <translation>Silakan ambil kartu tamu Anda di resepsionis: tunjukkan kode di atas.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="131"/>
        <source>Your visitor card is printing…</source>
        <translation>Kartu tamu Anda sedang dicetak…</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="133"/>
        <source>Please take your visitor card from the printer.</source>
        <translation>Silakan ambil kartu tamu Anda dari printer.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="137"/>
        <source>Your visit is registered. Touch “Print again”, or collect your card at reception with the code above.</source>
        <translation>Kunjungan Anda sudah tercatat. Sentuh “Cetak lagi”, atau ambil kartu Anda di resepsionis dengan kode di atas.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="148"/>
        <source>Your visit is registered, but the card could not be made. Please ask the receptionist for a card.</source>
        <translation>Kunjungan Anda sudah tercatat, tetapi kartu tamu belum bisa dibuat. Silakan minta kartu ke resepsionis.</translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message>
        <location filename="../../ui/visitor/phone.py" line="49"/>
        <location filename="../../ui/visitor/phone.py" line="53"/>
        <source>Your mobile number</source>
        <translation>Nomor HP Anda</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/phone.py" line="50"/>
        <source>So that next time you need not type your name again. Your number is never used for advertising or shared.</source>
        <translation>Agar lain kali Anda tidak perlu mengisi nama lagi. Nomor HP Anda tidak dipakai untuk iklan dan tidak dibagikan.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/phone.py" line="54"/>
        <source>Digits only, typed on the keys below</source>
        <translation>Hanya angka, ketik dengan tombol di bawah</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/phone.py" line="55"/>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../ui/texts.py" line="206"/>
        <source>We keep your name, mobile number and this visit.
For %1 days after your last visit, for everyone&apos;s safety; then it is erased.
Only reception and the building management see it. Ask reception to see or erase it.</source>
        <translation>Kami menyimpan nama, nomor HP, dan kunjungan Anda ini.
Selama %1 hari setelah kunjungan terakhir Anda, demi keamanan bersama; setelah itu dihapus.
Hanya resepsionis dan pengelola gedung yang melihatnya. Minta ke resepsionis untuk melihat atau menghapusnya.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="224"/>
        <source>We keep your name, mobile number, organisation, the purpose and place of your visit, when you came and left, and the names of your group if you give them.

Why: the safety of everyone in the building (in an emergency, reception prints who is inside), and to reach you if needed.

For how long: %1 days after your last visit. Then your name and number are erased on every computer of the building; only a count of visits without names is kept for the city&apos;s statistics.

Who sees it: the receptionists, the building management and, in an emergency, the safety officers. It is never sold or shared.

Your rights: ask at the reception desk for a copy of your data (on paper or as a file), to erase it now, or to withdraw your agreement; we answer within 3 × 24 hours. After a withdrawal the kiosk no longer recognises your number (Law No. 27 of 2022 on Personal Data Protection).</source>
        <translation>Kami menyimpan nama, nomor HP, organisasi, keperluan dan tempat tujuan kunjungan Anda, jam datang dan pulang, serta nama anggota rombongan Anda bila Anda memberikannya.

Untuk apa: keamanan semua orang di gedung (dalam keadaan darurat, resepsionis mencetak daftar siapa saja yang ada di dalam), dan agar Anda dapat dihubungi bila perlu.

Berapa lama: %1 hari setelah kunjungan terakhir Anda. Setelah itu nama dan nomor HP Anda dihapus di semua komputer gedung; yang disimpan hanya jumlah kunjungan tanpa nama, untuk statistik kota.

Siapa yang melihat: resepsionis, pengelola gedung, dan dalam keadaan darurat, petugas keselamatan. Data tidak pernah dijual atau dibagikan.

Hak Anda: mintalah di meja resepsionis salinan data Anda (di kertas atau sebagai berkas), penghapusan data sekarang, atau penarikan persetujuan Anda; kami menjawab dalam 3 × 24 jam. Setelah persetujuan ditarik, anjungan tidak lagi mengenali nomor HP Anda (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi).</translation>
    </message>
</context>
<context>
    <name>PrivacyModels</name>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="20"/>
        <source>See their data</source>
        <translation>Lihat data</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="21"/>
        <source>Erase their data</source>
        <translation>Hapus data</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="22"/>
        <source>Withdraw consent</source>
        <translation>Tarik persetujuan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="30"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="31"/>
        <source>Mobile number</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="32"/>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="33"/>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="34"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="47"/>
        <source>withdrawn %1</source>
        <translation>ditarik %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="49"/>
        <source>given</source>
        <translation>diberikan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="77"/>
        <source>Request</source>
        <extracomment>The operations&apos; now, read with the rows (None: nothing is overdue yet). The theme&apos;s warning colour (the panel hands it over); None: the view&apos;s own.</extracomment>
        <translation>Permintaan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="78"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="79"/>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="80"/>
        <source>Handled by</source>
        <translation>Ditangani oleh</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="81"/>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="82"/>
        <source>Covered</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="98"/>
        <source>open, overdue</source>
        <translation>terbuka, terlambat</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="99"/>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="140"/>
        <source>Requests about personal data</source>
        <extracomment>The people found, the register, and the operations&apos; now (for what is overdue). What the last search looked for (None: nothing searched yet).</extracomment>
        <translation>Permintaan terkait data pribadi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="142"/>
        <source>Find the person by mobile number or name. A request must be answered within 3 × 24 hours of receiving it.</source>
        <translation>Cari orangnya dengan nomor HP atau nama. Setiap permintaan harus dijawab dalam 3 × 24 jam sejak diterima.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="144"/>
        <source>Mobile number or name</source>
        <translation>Nomor HP atau nama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="145"/>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="146"/>
        <source>People found</source>
        <translation>Orang yang ditemukan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="152"/>
        <source>Kind of request</source>
        <translation>Jenis permintaan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="153"/>
        <source>Log as received</source>
        <translation>Catat sebagai diterima</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="155"/>
        <source>Enter the request for the mobile number or name typed, to handle later: it waits in the register with its deadline.</source>
        <translation>Catat permintaan untuk nomor HP atau nama yang diketik, untuk ditangani nanti: permintaan menunggu di daftar beserta batas waktunya.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="159"/>
        <source>In Indonesian</source>
        <translation>Dalam bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="160"/>
        <source>In English</source>
        <translation>Dalam bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="162"/>
        <source>Language of the export</source>
        <translation>Bahasa ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="163"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="164"/>
        <source>Withdraw consent</source>
        <translation>Tarik persetujuan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="165"/>
        <source>Erase…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="166"/>
        <source>Erase</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="166"/>
        <source>Keep</source>
        <translation>Jangan hapus</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="167"/>
        <source>Register of requests</source>
        <translation>Daftar permintaan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="205"/>
        <source>Logged: to be answered by %1.</source>
        <translation>Dicatat: harus dijawab paling lambat %1.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="248"/>
        <source>Save the export to</source>
        <translation>Simpan ekspor ke</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="259"/>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="265"/>
        <source>Saved to %1: %2 and %3</source>
        <translation>Disimpan di %1: %2 dan %3</translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="280"/>
        <source>Consent withdrawn. The kiosk no longer recalls them; next time they are asked afresh.</source>
        <translation>Persetujuan ditarik. Anjungan tidak lagi mengenali mereka; saat datang lagi, mereka diminta persetujuan dari awal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/privacy/panel.py" line="293"/>
        <source>Erase %1 (%2) now? Their name, mobile number and the names in their groups go from %n visit(s) on every desk, and cannot be brought back. The visits stay, without them, for the statistics.</source>
        <translation>
            <numerusform>Hapus %1 (%2) sekarang? Nama, nomor HP, dan nama anggota rombongannya dihapus dari %n kunjungan di semua meja dan tidak dapat dikembalikan. Kunjungannya tetap ada, tanpa data dirinya, untuk statistik.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="303"/>
        <source>Erasing…</source>
        <translation>Menghapus…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/privacy/panel.py" line="309"/>
        <source>Erased: %n visitor record(s).</source>
        <translation>
            <numerusform>Dihapus: %n data tamu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <location filename="../../ui/visitor/privacy.py" line="38"/>
        <source>Before we start: your data</source>
        <translation>Sebelum mulai: data Anda</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/privacy.py" line="40"/>
        <source>Read the full notice</source>
        <translation>Baca selengkapnya</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/privacy.py" line="41"/>
        <source>I agree, continue</source>
        <translation>Saya setuju, lanjut</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/privacy.py" line="42"/>
        <source>Agree to the notice and type your mobile number next</source>
        <translation>Setujui pemberitahuan ini, lalu ketik nomor HP Anda</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/privacy.py" line="44"/>
        <source>Nothing is stored; reception registers your visit</source>
        <translation>Tidak ada yang disimpan; resepsionis yang mencatat kunjungan Anda</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <location filename="../../ui/texts.py" line="20"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="21"/>
        <source>Meeting</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="22"/>
        <source>Consultation</source>
        <translation>Konsultasi</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="23"/>
        <source>Showroom visit</source>
        <translation>Lihat ruang pamer</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="24"/>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="25"/>
        <source>Delivery</source>
        <translation>Antar barang</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="26"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>PurposeScreen</name>
    <message>
        <location filename="../../ui/visitor/purpose.py" line="43"/>
        <source>What brings you here today?</source>
        <translation>Apa keperluan Anda hari ini?</translation>
    </message>
</context>
<context>
    <name>ReceptionWindow</name>
    <message>
        <location filename="../../ui/reception/window.py" line="354"/>
        <source>No staff accounts have reached this desk yet: they come with the next sync. An administrator can also add one here with &quot;gic-kiosk staff add&quot;.</source>
        <extracomment>Only for those whose role may see them (None otherwise). The marshals&apos; ticks, one set for every roll-call screen (locked, signed in, anyone&apos;s). Dialogs hidden while the console is locked, shown again when it opens.</extracomment>
        <translation>Belum ada akun petugas di meja ini: akun datang pada sinkronisasi berikutnya. Administrator juga dapat menambahkannya di sini dengan &quot;gic-kiosk staff add&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="453"/>
        <source>Your account was disabled: please ask an administrator.</source>
        <translation>Akun Anda dinonaktifkan: silakan hubungi administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="526"/>
        <source>Visitors</source>
        <translation>Tamu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="526"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="527"/>
        <source>Week per room</source>
        <translation>Minggu per ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="527"/>
        <source>Building</source>
        <translation>Gedung</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="528"/>
        <source>Bookings</source>
        <translation>Pemesanan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="529"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="530"/>
        <source>Invitations</source>
        <translation>Undangan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="531"/>
        <source>Organisations</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="532"/>
        <source>Rooms</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="533"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="534"/>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="535"/>
        <source>Deny list</source>
        <translation>Larangan masuk</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="536"/>
        <source>Privacy requests</source>
        <translation>Permintaan data pribadi</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message numerus="yes">
        <location filename="../../ui/reception/privacy/models.py" line="104"/>
        <source>%n visitor record(s)</source>
        <translation>
            <numerusform>%n data tamu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/privacy/models.py" line="105"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n kunjungan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/texts.py" line="169"/>
        <source>Receptionist</source>
        <translation>Resepsionis</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="170"/>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="171"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="179"/>
        <source>serve visitors</source>
        <translation>melayani tamu</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="180"/>
        <source>invite guests</source>
        <translation>mengundang tamu</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="181"/>
        <source>make or change bookings</source>
        <translation>membuat atau mengubah pemesanan</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="182"/>
        <source>print</source>
        <translation>mencetak</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="183"/>
        <source>approve or reject bookings</source>
        <translation>menyetujui atau menolak pemesanan</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="184"/>
        <source>close rooms or floors</source>
        <translation>menutup ruang atau lantai</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="185"/>
        <source>change rooms</source>
        <translation>mengubah ruang</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="186"/>
        <source>change organisations</source>
        <translation>mengubah organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="188"/>
        <source>see reports</source>
        <translation>melihat laporan</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="189"/>
        <source>handle privacy requests</source>
        <translation>menangani permintaan data pribadi</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="190"/>
        <source>see the activity record</source>
        <translation>melihat catatan kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="191"/>
        <source>manage staff accounts</source>
        <translation>mengelola akun petugas</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="192"/>
        <source>manage devices</source>
        <translation>mengelola perangkat</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="193"/>
        <source>manage keys</source>
        <translation>mengelola kunci</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="194"/>
        <source>leave kiosk mode</source>
        <translation>keluar dari mode anjungan</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="196"/>
        <source>an administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="198"/>
        <source>a manager</source>
        <translation>manajer</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="199"/>
        <source>Your role (%1) may not %2. Please ask %3.</source>
        <translation>Peran Anda (%1) tidak boleh %2. Silakan minta bantuan %3.</translation>
    </message>
</context>
<context>
    <name>RollCallModel</name>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="175"/>
        <location filename="../../ui/reception/evacuation/model.py" line="209"/>
        <source>Safe</source>
        <extracomment>A person row: their visit&apos;s id (a str), for tests and for finding them again. An evacuation begun this long after the last tick (or the last touch of the button) is a new one: the ticks of the one before (a drill this morning) must not mark anyone safe now.</extracomment>
        <translation>Aman</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="175"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="209"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="209"/>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="209"/>
        <source>Time in</source>
        <translation>Jam masuk</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="210"/>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="210"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="210"/>
        <source>Host / room</source>
        <translation>Tuan rumah / ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="231"/>
        <source>Unknown / lobby</source>
        <translation>Tidak diketahui / lobi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="234"/>
        <source>Floor %1 · %2</source>
        <translation>Lantai %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/evacuation/model.py" line="236"/>
        <source>%n of %1 not yet accounted for</source>
        <translation>
            <numerusform>%n dari %1 belum dipastikan aman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/evacuation/model.py" line="240"/>
        <source>%n booking(s) in progress, %1 expected</source>
        <translation>
            <numerusform>%n acara sedang berlangsung, %1 peserta ditunggu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="166"/>
        <source>New room</source>
        <translation>Ruang baru</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="167"/>
        <source>Room %1</source>
        <translation>Ruang %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="168"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="168"/>
        <source>Name (Indonesian)</source>
        <translation>Nama (bahasa Indonesia)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="169"/>
        <source>Name (English)</source>
        <translation>Nama (bahasa Inggris)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="169"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="170"/>
        <source>Seats</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="170"/>
        <source>Amenities</source>
        <translation>Fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="171"/>
        <source>Set-up</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="172"/>
        <source>Clean-up</source>
        <translation>Pembersihan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="174"/>
        <source>Floor, dot, two digits: 4.07</source>
        <translation>Lantai, titik, dua angka: 4.07</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="181"/>
        <source>min</source>
        <translation>menit</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="182"/>
        <source>Booked at reception</source>
        <translation>Dipesan lewat resepsionis</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="183"/>
        <source>A manager approves each booking</source>
        <translation>Setiap pemesanan disetujui manajer</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="184"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="185"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RoomTexts</name>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="48"/>
        <source>Please fill this in.</source>
        <translation>Mohon diisi.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="49"/>
        <source>This is too long.</source>
        <translation>Terlalu panjang.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="50"/>
        <source>A name cannot have these characters.</source>
        <translation>Nama tidak boleh berisi karakter ini.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="52"/>
        <source>The floor, a dot and two digits, e.g. 4.07.</source>
        <translation>Lantai, titik, dan dua angka, misalnya 4.07.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="54"/>
        <source>The building has no such floor.</source>
        <translation>Lantai ini tidak ada di gedung.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="56"/>
        <source>A room already has this code.</source>
        <translation>Kode ini sudah dipakai ruang lain.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="58"/>
        <source>A retired room has this code: bring it back instead.</source>
        <translation>Kode ini milik ruang nonaktif: aktifkan lagi ruang itu.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="60"/>
        <source>A room&apos;s code does not change: retire it and add a new one.</source>
        <translation>Kode ruang tidak bisa diubah: nonaktifkan ruang ini lalu tambah ruang baru.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="62"/>
        <source>From 1 to %1 seats.</source>
        <translation>Dari 1 sampai %1 kursi.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="64"/>
        <source>From 0 to %1 minutes.</source>
        <translation>Dari 0 sampai %1 menit.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="66"/>
        <source>Choose from the list.</source>
        <translation>Pilih dari daftar.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="68"/>
        <source>Choose a kind.</source>
        <translation>Pilih jenisnya.</translation>
    </message>
</context>
<context>
    <name>Rooms</name>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="19"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="20"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="21"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="22"/>
        <source>Seats</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="23"/>
        <source>Booking</source>
        <translation>Pemesanan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="24"/>
        <source>Set-up / clean-up</source>
        <translation>Persiapan / pembersihan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="25"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="39"/>
        <source>not bookable</source>
        <translation>tidak bisa dipesan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="40"/>
        <source>needs approval</source>
        <translation>perlu persetujuan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="41"/>
        <source>bookable</source>
        <translation>bisa dipesan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="43"/>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 menit</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="45"/>
        <source>retired</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="46"/>
        <source>in use</source>
        <translation>aktif</translation>
    </message>
</context>
<context>
    <name>RoomsPanel</name>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="92"/>
        <source>Rooms</source>
        <extracomment>The bookings in the way named one by one, then &quot;and N more&quot;.</extracomment>
        <translation>Ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="94"/>
        <source>Show retired rooms</source>
        <translation>Tampilkan ruang nonaktif</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="95"/>
        <source>Add a room</source>
        <translation>Tambah ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="96"/>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="97"/>
        <source>Retire</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="97"/>
        <source>Keep it</source>
        <translation>Biarkan aktif</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="124"/>
        <source>Bring back</source>
        <translation>Aktifkan lagi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="125"/>
        <source>Retire…</source>
        <translation>Nonaktifkan…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="138"/>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="157"/>
        <source>Back in use: %1</source>
        <translation>Aktif lagi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="161"/>
        <source>Retire %1? It is no longer offered for bookings or to visitors; its past bookings and visits keep its name.</source>
        <translation>Nonaktifkan %1? Ruang ini tidak lagi ditawarkan untuk pemesanan atau kepada tamu; pemesanan dan kunjungan yang lalu tetap memakai namanya.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="170"/>
        <source>Retired: %1</source>
        <translation>Dinonaktifkan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="189"/>
        <source>%1 still has bookings: move or cancel them first.</source>
        <translation>%1 masih punya pemesanan: pindahkan atau batalkan dulu.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="196"/>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
</context>
<context>
    <name>SchedulePrinting</name>
    <message>
        <location filename="../../ui/reception/schedule_printing.py" line="79"/>
        <source>The schedules were sent to the printer %1.</source>
        <translation>Jadwal sudah dikirim ke printer %1.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/schedule_printing.py" line="83"/>
        <source>No A4 printer is set up: the schedules are saved in %1</source>
        <translation>Printer A4 belum diatur: jadwal disimpan di %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/schedule_printing.py" line="90"/>
        <source>The schedules did not print: %1</source>
        <translation>Jadwal tidak tercetak: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/schedule_printing.py" line="94"/>
        <source>The schedules could not be made. Please try again.</source>
        <translation>Jadwal tidak dapat dibuat. Silakan coba lagi.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../ui/widgets/screen.py" line="50"/>
        <source>Language: %1</source>
        <translation>Bahasa: %1</translation>
    </message>
</context>
<context>
    <name>SearchEdit</name>
    <message>
        <location filename="../../ui/widgets/search.py" line="34"/>
        <source>Search</source>
        <extracomment>The object name Qt gives the action behind a line edit&apos;s clear button.</extracomment>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="38"/>
        <source>Clear search</source>
        <translation>Hapus pencarian</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <location filename="../../ui/reception/staff/session.py" line="53"/>
        <source>My password…</source>
        <translation>Kata sandi saya…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/session.py" line="54"/>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/session.py" line="55"/>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/session.py" line="57"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Masuk sebagai %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="48"/>
        <source>Too many wrong tries: this account is locked until %1. An administrator can reset the password.</source>
        <extracomment>The card in the middle of the screen: room for the longest caption beside a field that shows a whole passphrase, in either language.</extracomment>
        <translation>Terlalu banyak percobaan salah: akun ini terkunci sampai pukul %1. Administrator dapat mengganti kata sandinya.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="52"/>
        <source>This account is disabled. Please ask an administrator.</source>
        <translation>Akun ini dinonaktifkan. Silakan hubungi administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="55"/>
        <source>Wrong name or password. Five wrong tries in a row lock the account for five minutes.</source>
        <translation>Nama pengguna atau kata sandi salah. Lima kali salah berturut-turut mengunci akun selama lima menit.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="160"/>
        <location filename="../../ui/reception/staff/sign_in.py" line="165"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="161"/>
        <source>Reception console: sign in with your own name and password. What you do is recorded under your name.</source>
        <translation>Konsol resepsionis: masuk dengan nama pengguna dan kata sandi Anda sendiri. Semua yang Anda lakukan dicatat atas nama Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="163"/>
        <source>Sign-in name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="164"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="180"/>
        <source>Type your sign-in name and password.</source>
        <translation>Ketik nama pengguna dan kata sandi Anda.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="22"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="23"/>
        <source>Sign-in name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="24"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="25"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="26"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="37"/>
        <source>set</source>
        <translation>ada</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="38"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="39"/>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="40"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="106"/>
        <source>New staff account</source>
        <translation>Akun petugas baru</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="107"/>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="109"/>
        <source>They sign in with their own name and password; what they may do depends on the role.</source>
        <translation>Petugas masuk dengan nama pengguna dan kata sandinya sendiri; yang boleh dilakukan tergantung perannya.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="111"/>
        <source>A new password for %1. Tell it to them in person; they can change it later.</source>
        <translation>Kata sandi baru untuk %1. Sampaikan secara langsung; nanti bisa diganti sendiri.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="113"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="113"/>
        <source>Sign-in name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="114"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="114"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="115"/>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="116"/>
        <source>PIN (optional)</source>
        <translation>PIN (boleh dikosongkan)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="120"/>
        <source>e.g. siti</source>
        <translation>misalnya siti</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="121"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="121"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="122"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="130"/>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="311"/>
        <source>Staff accounts</source>
        <translation>Akun petugas</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="312"/>
        <source>Add someone…</source>
        <translation>Tambah petugas…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="313"/>
        <source>New password…</source>
        <translation>Kata sandi baru…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="314"/>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="350"/>
        <source>Enable</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="351"/>
        <source>Disable</source>
        <translation>Nonaktifkan</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../ui/visitor/staff.py" line="46"/>
        <source>Staff: leave kiosk mode</source>
        <translation>Petugas: keluar dari mode anjungan</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/staff.py" line="47"/>
        <source>For staff only. Visitors, please touch Back.</source>
        <translation>Khusus petugas. Tamu, silakan sentuh Kembali.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/staff.py" line="48"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/staff.py" line="49"/>
        <source>Staff PIN</source>
        <translation>PIN petugas</translation>
    </message>
</context>
<context>
    <name>StaffTexts</name>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="18"/>
        <source>Please fill this in.</source>
        <translation>Mohon diisi.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="19"/>
        <source>This is too long.</source>
        <translation>Terlalu panjang.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="20"/>
        <source>A name needs letters.</source>
        <translation>Nama harus berisi huruf.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="22"/>
        <source>A name cannot have these characters.</source>
        <translation>Nama tidak boleh berisi karakter ini.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="24"/>
        <source>Use 2 to 40 of a–z, 0–9, dot, dash or underscore, e.g. siti.a</source>
        <translation>Gunakan 2 sampai 40 huruf a–z, angka 0–9, titik, tanda hubung atau garis bawah, misalnya siti.a</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="26"/>
        <source>Someone already signs in with this name.</source>
        <translation>Nama pengguna ini sudah dipakai orang lain.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="28"/>
        <source>At least %1 characters; a short sentence is easy to remember.</source>
        <translation>Paling sedikit %1 karakter; kalimat pendek mudah diingat.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="33"/>
        <source>Too easy to guess: choose one that is not well known and does not contain the sign-in name.</source>
        <translation>Terlalu mudah ditebak: pilih yang tidak umum dan tidak memuat nama pengguna.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="31"/>
        <source>At most %1 characters.</source>
        <translation>Paling banyak %1 karakter.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="37"/>
        <source>The building would have no administrator left: make someone else an administrator first.</source>
        <translation>Gedung tidak akan punya administrator lagi: jadikan orang lain administrator lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="40"/>
        <source>The first administrator was already made: please sign in.</source>
        <translation>Administrator pertama sudah dibuat: silakan masuk.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="42"/>
        <source>Choose a role.</source>
        <translation>Pilih peran.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="43"/>
        <source>This is not your current password.</source>
        <translation>Ini bukan kata sandi Anda saat ini.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="45"/>
        <source>Too many wrong passwords: your account is locked for a few minutes.</source>
        <translation>Terlalu banyak kata sandi salah: akun Anda terkunci beberapa menit.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="53"/>
        <source>%1 to %2 digits.</source>
        <translation>%1 sampai %2 angka.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="59"/>
        <source>Booking</source>
        <translation>Pemesanan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="60"/>
        <source>Closure</source>
        <translation>Penutupan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="61"/>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="62"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="63"/>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="64"/>
        <source>Invitation</source>
        <translation>Undangan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="65"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="66"/>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="67"/>
        <source>Privacy</source>
        <translation>Privasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="77"/>
        <location filename="../../ui/reception/staff/texts.py" line="103"/>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="78"/>
        <location filename="../../ui/reception/staff/texts.py" line="104"/>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="80"/>
        <location filename="../../ui/reception/staff/texts.py" line="105"/>
        <source>Retired</source>
        <translation>Dinonaktifkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="82"/>
        <location filename="../../ui/reception/staff/texts.py" line="106"/>
        <source>Brought back</source>
        <translation>Diaktifkan lagi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="84"/>
        <source>List imported</source>
        <translation>Daftar diimpor</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="86"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="87"/>
        <source>Reopened</source>
        <translation>Dibuka kembali</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="88"/>
        <source>Checked out</source>
        <translation>Didaftarkan keluar</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="90"/>
        <source>Card reprinted</source>
        <translation>Kartu dicetak ulang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="92"/>
        <source>Checked in at the desk</source>
        <translation>Didaftarkan masuk di meja resepsionis</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="94"/>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="95"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="97"/>
        <source>Slip printed</source>
        <translation>Slip dicetak</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="99"/>
        <source>Booking saved for a calendar</source>
        <translation>Pemesanan disimpan untuk kalender</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="101"/>
        <source>Series saved for a calendar</source>
        <translation>Seri disimpan untuk kalender</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="108"/>
        <source>First administrator made</source>
        <translation>Administrator pertama dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="110"/>
        <source>Account added</source>
        <translation>Akun ditambahkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="112"/>
        <source>Password changed</source>
        <translation>Kata sandi diganti</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="114"/>
        <source>PIN changed</source>
        <translation>PIN diganti</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="115"/>
        <source>Role changed</source>
        <translation>Peran diubah</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="117"/>
        <source>Account disabled</source>
        <translation>Akun dinonaktifkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="119"/>
        <source>Account enabled</source>
        <translation>Akun diaktifkan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="121"/>
        <source>Signed in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="123"/>
        <source>Locked after wrong passwords</source>
        <translation>Terkunci setelah kata sandi salah</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="125"/>
        <source>Left kiosk mode</source>
        <translation>Keluar dari mode anjungan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="127"/>
        <source>Evacuation list printed</source>
        <translation>Daftar evakuasi dicetak</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="139"/>
        <source>Added to the deny list</source>
        <translation>Ditambahkan ke daftar larangan masuk</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="141"/>
        <source>Removed from the deny list</source>
        <translation>Dihapus dari daftar larangan masuk</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="143"/>
        <source>Held check-in admitted</source>
        <translation>Pendaftaran yang ditahan diizinkan masuk</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="145"/>
        <source>Held check-in turned away</source>
        <translation>Pendaftaran yang ditahan ditolak masuk</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="147"/>
        <source>Request to see data logged</source>
        <translation>Permintaan melihat data dicatat</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="149"/>
        <source>Request to erase data logged</source>
        <translation>Permintaan menghapus data dicatat</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="151"/>
        <source>Consent withdrawal logged</source>
        <translation>Penarikan persetujuan dicatat</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="153"/>
        <source>Personal data exported</source>
        <translation>Data pribadi diekspor</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="155"/>
        <source>Personal data erased</source>
        <translation>Data pribadi dihapus</translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="157"/>
        <source>Consent withdrawn</source>
        <translation>Persetujuan ditarik</translation>
    </message>
</context>
<context>
    <name>StandingBookingsModel</name>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="149"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="150"/>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="151"/>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="152"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="153"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
</context>
<context>
    <name>StepScreen</name>
    <message>
        <location filename="../../ui/visitor/step.py" line="86"/>
        <location filename="../../ui/visitor/step.py" line="87"/>
        <source>Back</source>
        <extracomment>A touch list shows at least three rows of 96 px.</extracomment>
        <translation>Kembali</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="83"/>
        <source>Sync now</source>
        <extracomment>Why the last round failed (&quot;&quot; after a success).</extracomment>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="87"/>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="89"/>
        <source>Cannot sync</source>
        <translation>Sinkronisasi gagal</translation>
    </message>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="91"/>
        <source>Not synced yet</source>
        <translation>Belum disinkronkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/sync_indicator.py" line="93"/>
        <source>Offline · %n waiting</source>
        <translation>
            <numerusform>Tidak tersambung · %n menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/sync_indicator.py" line="98"/>
        <source>Synced %1 · %n waiting</source>
        <translation>
            <numerusform>Disinkronkan %1 · %n menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/sync_indicator.py" line="105"/>
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n pemberitahuan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../ui/visitor/today.py" line="55"/>
        <location filename="../../ui/visitor/today.py" line="57"/>
        <source>Today in the building</source>
        <translation>Hari ini di gedung</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/today.py" line="56"/>
        <source>Search: event, organisation, room</source>
        <translation>Cari: acara, organisasi, ruang</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/today.py" line="58"/>
        <source>No trainings or meetings are scheduled today.</source>
        <translation>Hari ini tidak ada pelatihan atau pertemuan.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/today.py" line="70"/>
        <source>Floor %1</source>
        <translation>Lantai %1</translation>
    </message>
</context>
<context>
    <name>VisitHistory</name>
    <message>
        <location filename="../../ui/reception/history/models.py" line="25"/>
        <source>Floor %1</source>
        <translation>Lantai %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="27"/>
        <source>Reception</source>
        <translation>Resepsionis</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="34"/>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="35"/>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="36"/>
        <source>Visitor</source>
        <translation>Tamu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="37"/>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="38"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="39"/>
        <source>Went to</source>
        <translation>Tempat tujuan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="40"/>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="41"/>
        <source>Pass</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="49"/>
        <source>still in</source>
        <translation>masih di dalam</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="55"/>
        <source>%1 (group of %2)</source>
        <translation>%1 (rombongan %2 orang)</translation>
    </message>
</context>
<context>
    <name>VisitHistoryPanel</name>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="103"/>
        <source>Visit history</source>
        <extracomment>The period shown at first: this week and the one before.</extracomment>
        <translation>Riwayat kunjungan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="104"/>
        <source>Name, phone, organisation, room or pass number</source>
        <translation>Nama, nomor HP, organisasi, ruang, atau kode kartu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="106"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="107"/>
        <source>until</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="149"/>
        <source>The newest %1 visits: narrow the search or the period to see others.</source>
        <translation>%1 kunjungan terbaru: persempit pencarian atau periodenya untuk melihat yang lain.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/history/panel.py" line="152"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n kunjungan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="174"/>
        <source>checked in at the desk by %1</source>
        <translation>didaftarkan masuk di meja oleh %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="175"/>
        <source>checked out at the desk by %1</source>
        <translation>didaftarkan keluar di meja oleh %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="176"/>
        <source>card reprinted by %1</source>
        <translation>kartu dicetak ulang oleh %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="179"/>
        <source>checked in at the kiosk</source>
        <translation>daftar masuk di anjungan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="188"/>
        <source>in %1</source>
        <translation>masuk %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="191"/>
        <source>out %1</source>
        <translation>keluar %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="193"/>
        <source>still in the building</source>
        <translation>masih di gedung</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="194"/>
        <source>to %1</source>
        <translation>ke %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="196"/>
        <source>pass %1</source>
        <translation>kartu %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="198"/>
        <source>with %1</source>
        <translation>bersama %1</translation>
    </message>
</context>
<context>
    <name>VisitorsByFloorModel</name>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="89"/>
        <source>Visitor</source>
        <translation>Tamu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="90"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="91"/>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="92"/>
        <source>Going to</source>
        <translation>Tempat tujuan</translation>
    </message>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="93"/>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="94"/>
        <source>Pass</source>
        <translation>Kartu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/visitors_model.py" line="99"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n orang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="101"/>
        <source>At reception</source>
        <translation>Di meja resepsionis</translation>
    </message>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="105"/>
        <source>Floor %1 · %2</source>
        <translation>Lantai %1 · %2</translation>
    </message>
</context>
<context>
    <name>VisitorsPanel</name>
    <message>
        <location filename="../../ui/reception/window.py" line="129"/>
        <source>Who is in the building</source>
        <extracomment>What the visitors list shows: visits, by floor and room. What the bookings list and the approvals show.</extracomment>
        <translation>Tamu di dalam gedung</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="131"/>
        <source>Check in a visitor</source>
        <translation>Daftar masuk tamu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="132"/>
        <source>Invite a guest</source>
        <translation>Undang tamu</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="133"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="134"/>
        <source>Check out</source>
        <translation>Daftar keluar</translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="135"/>
        <source>Reprint card</source>
        <translation>Cetak ulang kartu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/window.py" line="191"/>
        <source>%n person(s) in the building</source>
        <translation>
            <numerusform>%n orang di dalam gedung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="355"/>
        <source>pending approval</source>
        <translation>menunggu persetujuan</translation>
    </message>
</context>
<context>
    <name>WeekPanel</name>
    <message>
        <location filename="../../ui/reception/calendar/week.py" line="282"/>
        <source>&amp;Room</source>
        <translation>&amp;Ruang</translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/week.py" line="283"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/week.py" line="321"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n kursi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../ui/reception/calendar/week.py" line="185"/>
        <location filename="../../ui/reception/calendar/week.py" line="187"/>
        <source>Pending</source>
        <extracomment>What the week shows: a room&apos;s bookings in a week.</extracomment>
        <translation>Menunggu</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="135"/>
        <source>Welcome</source>
        <extracomment>Staff hold the building&apos;s name this long to reach the PIN screen; visitors never do. No control has the focus here: a frame on a toggle would look switched on.</extracomment>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="136"/>
        <source>Check in</source>
        <translation>Daftar masuk</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="138"/>
        <source>Register your visit and get a visitor card</source>
        <translation>Catat kunjungan Anda dan dapatkan kartu tamu</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="139"/>
        <source>I have an invitation</source>
        <translation>Saya punya undangan</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="140"/>
        <source>Check out</source>
        <translation>Daftar keluar</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="142"/>
        <source>Type the code of your visitor card when you leave</source>
        <translation>Ketik kode kartu tamu Anda saat pulang</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="143"/>
        <source>Today in the building</source>
        <translation>Hari ini di gedung</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="144"/>
        <source>Leaving? Hold your visitor card under the scanner.</source>
        <translation>Akan pulang? Dekatkan kartu tamu ke alat pemindai.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="145"/>
        <location filename="../../ui/visitor/welcome.py" line="146"/>
        <source>Larger text</source>
        <translation>Huruf lebih besar</translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="147"/>
        <location filename="../../ui/visitor/welcome.py" line="148"/>
        <source>High contrast</source>
        <translation>Kontras tinggi</translation>
    </message>
</context>
</TS>
