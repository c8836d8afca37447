<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
    <context>
        <name>ConsentScreen</name>
        <message>
            <location filename="../../ui/kiosk/consent.py" line="45" />
            <source>Your data</source>
            <translation>Data Anda</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/consent.py" line="47" />
            <source>We keep your name, phone number, organisation, the purpose and place of your visit, and when you came and left.

Why: the safety of everyone in the building, and to reach you if needed.

For how long: %1 days, then it is deleted.

Who sees it: only the receptionists and the building management. It is never sold or shared.

You may ask reception to show or delete your data at any time (Law No. 27 of 2022 on Personal Data Protection).</source>
            <translation>Kami menyimpan nama, nomor HP, organisasi, keperluan dan tujuan kunjungan Anda, serta jam datang dan pulang.

Untuk apa: keselamatan semua orang di gedung, dan agar Anda dapat dihubungi bila perlu.

Berapa lama: %1 hari, lalu dihapus.

Siapa yang melihat: hanya resepsionis dan pengelola gedung. Data tidak pernah dijual atau dibagikan.

Anda boleh meminta resepsionis menunjukkan atau menghapus data Anda kapan saja (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi).</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/consent.py" line="57" />
            <source>I agree</source>
            <translation>Saya setuju</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/consent.py" line="58" />
            <source>I do not agree</source>
            <translation>Saya tidak setuju</translation>
        </message>
    </context>
    <context>
        <name>DestinationScreen</name>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="70" />
            <source>Where are you going?</source>
            <translation>Tujuan Anda</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="71" />
            <source>I came with a group</source>
            <translation>Saya datang berombongan</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="80" />
            <source>a visitor card for each person</source>
            <translation>kartu tamu untuk setiap orang</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="81" />
            <source>one group card</source>
            <translation>satu kartu rombongan</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/kiosk/destination.py" line="82" />
            <source>Group of %n people</source>
            <translation>
                <numerusform>Rombongan %n orang</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="86" />
            <source>I don't know yet</source>
            <translation>Belum tahu</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="86" />
            <source>Reception will help you</source>
            <translation>Resepsionis akan membantu Anda</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="98" />
            <source>%1–%2 · floor %3 · %4</source>
            <translation>%1–%2 · lantai %3 · %4</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="105" />
            <location filename="../../ui/kiosk/destination.py" line="110" />
            <source>Floor %1</source>
            <translation>Lantai %1</translation>
        </message>
    </context>
    <context>
        <name>DetailsScreen</name>
        <message>
            <location filename="../../ui/kiosk/details.py" line="56" />
            <source>About you</source>
            <translation>Tentang Anda</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/details.py" line="57" />
            <source>Your name (one name is fine)</source>
            <translation>Nama Anda (satu nama pun boleh)</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/details.py" line="58" />
            <source>As it should appear on your visitor card</source>
            <translation>Sesuai yang akan tercetak di kartu tamu</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/details.py" line="59" />
            <source>Company, UMKM or organisation (optional)</source>
            <translation>Perusahaan, UMKM, atau organisasi (boleh dikosongkan)</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/details.py" line="60" />
            <source>Next</source>
            <translation>Lanjut</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/texts.py" line="29" />
            <source>Please enter your name.</source>
            <translation>Silakan isi nama Anda.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="31" />
            <source>Please enter your phone number.</source>
            <translation>Silakan isi nomor telepon Anda.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="33" />
            <location filename="../../ui/texts.py" line="35" />
            <source>This name is too long. Please shorten it to 120 letters.</source>
            <translation>Nama ini terlalu panjang. Silakan persingkat menjadi paling banyak 120 karakter.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="41" />
            <source>Please fill this in.</source>
            <translation>Silakan isi bagian ini.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="42" />
            <source>This is too long.</source>
            <translation>Isian ini terlalu panjang.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="43" />
            <source>A name needs at least one letter.</source>
            <translation>Nama harus berisi paling sedikit satu huruf.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="45" />
            <source>Please use letters only: numbers, emoji and symbols cannot be printed on your pass.</source>
            <translation>Gunakan huruf saja: angka, emoji, dan simbol tidak dapat dicetak pada kartu tamu Anda.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="48" />
            <source>A phone number has digits only, for example 0812-3456-7890.</source>
            <translation>Nomor telepon hanya berisi angka, misalnya 0812-3456-7890.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="50" />
            <source>This phone number is too short. Please check it.</source>
            <translation>Nomor telepon ini terlalu pendek. Silakan periksa kembali.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="52" />
            <source>This phone number is too long. Please check it.</source>
            <translation>Nomor telepon ini terlalu panjang. Silakan periksa kembali.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="54" />
            <source>This is not a phone number we can reach. Please check it.</source>
            <translation>Nomor ini bukan nomor telepon yang dapat dihubungi. Silakan periksa kembali.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="56" />
            <source>A group has from 1 to 500 people.</source>
            <translation>Jumlah rombongan 1 sampai 500 orang.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="58" />
            <source>This place is no longer available. Please choose again.</source>
            <translation>Tempat ini sudah tidak tersedia. Silakan pilih lagi.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="60" />
            <source>Please choose the purpose of your visit.</source>
            <translation>Silakan pilih keperluan kunjungan Anda.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="62" />
            <source>Without your agreement we cannot register you. Please see the receptionist.</source>
            <translation>Tanpa persetujuan Anda, kami tidak dapat mendaftarkan Anda. Silakan temui resepsionis.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="72" />
            <source>This code could not be read. Please scan it again, or type the number printed under the code.</source>
            <translation>Kode ini tidak dapat dibaca. Silakan pindai lagi, atau ketik nomor yang tercetak di bawah kode.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="75" />
            <source>We do not know this visitor card. Please see the receptionist.</source>
            <translation>Kami tidak mengenal kartu tamu ini. Silakan temui resepsionis.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="77" />
            <source>You have already checked out with this card. Thank you!</source>
            <translation>Anda sudah check-out dengan kartu ini. Terima kasih!</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="79" />
            <source>This visitor card has expired. Please see the receptionist.</source>
            <translation>Kartu tamu ini sudah kedaluwarsa. Silakan temui resepsionis.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="81" />
            <source>This is not a valid visitor card of this building. Please see the receptionist.</source>
            <translation>Ini bukan kartu tamu yang sah dari gedung ini. Silakan temui resepsionis.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="84" />
            <source>This visitor card is from another building. Please see the receptionist.</source>
            <translation>Kartu tamu ini dari gedung lain. Silakan temui resepsionis.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="87" />
            <source>We cannot find this invitation code. Please check it or see the receptionist.</source>
            <translation>Kami tidak dapat menemukan undangan dengan kode ini. Silakan periksa kembali atau temui resepsionis.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="90" />
            <source>This invitation has already been used to check in.</source>
            <translation>Undangan ini sudah dipakai untuk check-in.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="92" />
            <source>This invitation was cancelled. Please see the receptionist.</source>
            <translation>Undangan ini sudah dibatalkan. Silakan temui resepsionis.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="94" />
            <source>This invitation has expired. Please see the receptionist.</source>
            <translation>Undangan ini sudah kedaluwarsa. Silakan temui resepsionis.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="96" />
            <source>This invitation is for a later time. Please see the receptionist.</source>
            <translation>Undangan ini untuk waktu yang lebih lambat. Silakan temui resepsionis.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="105" />
            <source>The card printer has stopped (it may be out of labels).</source>
            <translation>Printer kartu berhenti (mungkin labelnya habis).</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="107" />
            <source>The card printer is not connected.</source>
            <translation>Printer kartu tidak tersambung.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="109" />
            <source>The printing service is not running.</source>
            <translation>Layanan pencetakan tidak berjalan.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="111" />
            <source>Your card could not be printed.</source>
            <translation>Kartu Anda tidak dapat dicetak.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="113" />
            <source>The card printer is not answering.</source>
            <translation>Printer kartu tidak merespons.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="121" />
            <source>Sorry, something went wrong. Please ask the receptionist for help.</source>
            <translation>Mohon maaf, terjadi kendala. Silakan minta bantuan resepsionis.</translation>
        </message>
    </context>
    <context>
        <name>GroupScreen</name>
        <message>
            <location filename="../../ui/kiosk/group.py" line="69" />
            <source>Your group</source>
            <translation>Rombongan Anda</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/group.py" line="70" />
            <source>How many people, including you?</source>
            <translation>Berapa orang, termasuk Anda?</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/group.py" line="71" />
            <source>One group card</source>
            <translation>Satu kartu rombongan</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/group.py" line="72" />
            <source>A card for each person</source>
            <translation>Kartu untuk setiap orang</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/group.py" line="73" />
            <source>Names of the others (optional, separate with commas)</source>
            <translation>Nama anggota lain (boleh dikosongkan, pisahkan dengan koma)</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/group.py" line="74" />
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
    </context>
    <context>
        <name>IdentityScreen</name>
        <message>
            <location filename="../../ui/kiosk/identity.py" line="56" />
            <source>Welcome back!</source>
            <translation>Selamat datang kembali!</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/identity.py" line="57" />
            <source>Is this you?</source>
            <translation>Apakah ini Anda?</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/identity.py" line="58" />
            <source>No, this is not me</source>
            <translation>Bukan, ini bukan saya</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/identity.py" line="63" />
            <source>Yes, I am %1</source>
            <translation>Ya, saya %1</translation>
        </message>
    </context>
    <context>
        <name>InvitationScreen</name>
        <message>
            <location filename="../../ui/kiosk/invitation.py" line="50" />
            <source>Your invitation</source>
            <translation>Undangan Anda</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/invitation.py" line="51" />
            <source>Confirm and print my card</source>
            <translation>Konfirmasi dan cetak kartu tamu</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/invitation.py" line="53" />
            <source>By confirming you agree that your name, phone number and visit are kept for %1 days for the building's safety, seen only by reception and building management.</source>
            <translation>Dengan konfirmasi, Anda setuju bahwa nama, nomor HP, dan kunjungan Anda disimpan %1 hari untuk keselamatan gedung, dan hanya dilihat oleh resepsionis dan pengelola gedung.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/invitation.py" line="59" />
            <source>Welcome, %1!</source>
            <translation>Selamat datang, %1!</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/invitation.py" line="67" />
            <source>Floor %1</source>
            <translation>Lantai %1</translation>
        </message>
    </context>
    <context>
        <name>InviteDialog</name>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="334" />
            <location filename="../../ui/reception/invite_dialog.py" line="335" />
            <source>Invite a guest</source>
            <extracomment>The time edits step by this many minutes on their minutes section. A new invitation lasts this long unless reception says otherwise. Quiet zone around the QR code, in modules (the QR standard asks for four). Side of one QR module on screen, in pixels.</extracomment>
            <translation>Undang tamu</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="336" />
            <source>Guest's name</source>
            <translation>Nama tamu</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="337" />
            <source>As it should appear on the visitor card</source>
            <translation>Sesuai yang akan tercetak di kartu tamu</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="339" />
            <source>Phone</source>
            <translation>No. HP</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="341" />
            <source>Optional, for example %1</source>
            <translation>Boleh dikosongkan, misalnya %1</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="342" />
            <source>Organisation</source>
            <translation>Organisasi</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="343" />
            <source>Optional</source>
            <translation>Boleh dikosongkan</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="344" />
            <source>Purpose</source>
            <translation>Keperluan</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="348" />
            <source>Where</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="350" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="354" />
            <source>Time</source>
            <translation>Jam</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="355" />
            <source>until</source>
            <translation>sampai</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="356" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="357" />
            <source>Create invitation</source>
            <translation>Buat undangan</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="358" />
            <source>Invitation created</source>
            <translation>Undangan sudah dibuat</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="359" />
            <source>Invitation code</source>
            <translation>Kode undangan</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="361" />
            <source>Give the guest this code or QR code. At the kiosk they scan it or type the code, and confirm with one touch.</source>
            <translation>Berikan kode atau kode QR ini kepada tamu. Di kios, tamu memindai atau mengetik kodenya, lalu mengonfirmasi dengan satu sentuhan.</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="363" />
            <source>Copy code</source>
            <translation>Salin kode</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="364" />
            <source>Copied to the clipboard</source>
            <translation>Sudah disalin</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="365" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="382" />
            <location filename="../../ui/reception/invite_dialog.py" line="391" />
            <location filename="../../ui/reception/invite_dialog.py" line="427" />
            <source>Floor %1</source>
            <translation>Lantai %1</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="389" />
            <source>Tenants and agencies</source>
            <translation>Penyewa dan instansi</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="433" />
            <source>Reception will show the guest the way</source>
            <translation>Resepsionis akan menunjukkan jalan kepada tamu</translation>
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="522" />
            <source>The end must be after the start</source>
            <translation>Jam selesai harus setelah jam mulai</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../../ui/kiosk/window.py" line="367" />
            <source>Please see the receptionist</source>
            <extracomment>How long the "you are checked in" screen stays before the next visitor's welcome. Retry opening the database this often when it failed (locked by a job, disk hiccup).</extracomment>
            <translation>Silakan temui resepsionis</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="368" />
            <source>No problem: nothing about you was stored. The receptionist will register your visit.</source>
            <translation>Tidak apa-apa: tidak ada data Anda yang disimpan. Resepsionis akan mencatat kunjungan Anda.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="452" />
            <source>Your invitation</source>
            <translation>Undangan Anda</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="453" />
            <source>Scan the QR code of your invitation, or type its code.</source>
            <translation>Pindai kode QR undangan Anda, atau ketik kodenya.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="454" />
            <source>Find my invitation</source>
            <translation>Cari undangan saya</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="461" />
            <location filename="../../ui/kiosk/window.py" line="464" />
            <source>Check out</source>
            <translation>Check-out</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="462" />
            <source>Hold your visitor card under the scanner, or type the number printed under its QR code.</source>
            <translation>Dekatkan kartu tamu Anda ke pemindai, atau ketik nomor di bawah kode QR-nya.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="476" />
            <location filename="../../ui/kiosk/window.py" line="512" />
            <source>Sorry</source>
            <translation>Mohon maaf</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="488" />
            <source>Goodbye, %1!</source>
            <translation>Sampai jumpa, %1!</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="489" />
            <source>You are checked out. Thank you for visiting the Gedung Inovasi Center.</source>
            <translation>Anda sudah check-out. Terima kasih telah berkunjung ke Gedung Inovasi Center.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="547" />
            <source>No staff PIN is set on this kiosk. An administrator sets one with: gic-kiosk set-pin</source>
            <translation>PIN petugas belum diatur di kios ini. Administrator dapat mengaturnya dengan: gic-kiosk set-pin</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="551" />
            <source>Too many wrong PINs. Try again after %1.</source>
            <translation>Terlalu banyak PIN salah. Coba lagi setelah pukul %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/kiosk/window.py" line="554" />
            <source>Wrong PIN. %n attempt(s) left.</source>
            <translation>
                <numerusform>PIN salah. Sisa %n kali percobaan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/kiosk/window.py" line="577" />
            <source>Are you still there? Starting over in %n second(s).</source>
            <translation>
                <numerusform>Masih di sana? Layar kembali ke awal dalam %n detik.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="578" />
            <location filename="../../ui/kiosk/window.py" line="628" />
            <source>I am still here</source>
            <translation>Saya masih di sini</translation>
        </message>
    </context>
    <context>
        <name>MessageScreen</name>
        <message>
            <location filename="../../ui/kiosk/message.py" line="49" />
            <source>OK</source>
            <extracomment>Long enough to read twice, short enough that the next visitor is not kept waiting.</extracomment>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>NumericPad</name>
        <message>
            <location filename="../../ui/keyboard.py" line="166" />
            <source>OK</source>
            <extracomment>Dynamic property of a :class:`QLineEdit`: when ``True``, :class:`OnScreenKeyboard` capitalises the first letter of every word (names: "budi santoso" → "Budi Santoso"). Numeric pad keys are at least this wide and high (the theme may make them a little bigger). The pad's keys stop growing here; a wider parent centres them. Keyboard keys are at least this high (touch target ≥ 64 px at 1080p). ... and at least this wide, so a narrow parent cannot squeeze them into slivers. Keyboard grid: every row is 20 half-key columns wide; a letter key spans two.</extracomment>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/keyboard.py" line="167" />
            <source>Clear</source>
            <translation>Hapus semua</translation>
        </message>
        <message>
            <location filename="../../ui/keyboard.py" line="168" />
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <location filename="../../ui/keyboard.py" line="256" />
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location filename="../../ui/keyboard.py" line="257" />
            <source>space</source>
            <translation>spasi</translation>
        </message>
        <message>
            <location filename="../../ui/keyboard.py" line="258" />
            <source>Shift</source>
            <translation>Huruf besar</translation>
        </message>
        <message>
            <location filename="../../ui/keyboard.py" line="259" />
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
    </context>
    <context>
        <name>PassReadyScreen</name>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="97" />
            <source>You are checked in</source>
            <translation>Check-in berhasil</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="98" />
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="106" />
            <source>Please see the receptionist</source>
            <translation>Silakan temui resepsionis</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="107" />
            <source>The reception desk is right here in the lobby.</source>
            <translation>Meja resepsionis ada di lobi ini.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="109" />
            <source>Go to floor %1</source>
            <translation>Silakan ke lantai %1</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="114" />
            <source>Card number %1</source>
            <translation>Nomor kartu tamu %1</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="115" />
            <source>Print my card again</source>
            <translation>Cetak ulang kartu saya</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="117" />
            <source>Your visitor card is printing…</source>
            <translation>Kartu tamu Anda sedang dicetak…</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="119" />
            <source>Please take your visitor card from the printer.</source>
            <translation>Silakan ambil kartu tamu Anda dari printer.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="123" />
            <source>Your visit is registered. Try again, or collect your card at reception with the number above.</source>
            <translation>Kunjungan Anda sudah tercatat. Coba lagi, atau ambil kartu Anda di resepsionis dengan menunjukkan nomor di atas.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="129" />
            <source>Please collect your visitor card at reception: show them the number above.</source>
            <translation>Silakan ambil kartu tamu Anda di resepsionis dengan menunjukkan nomor di atas.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="134" />
            <source>Your visit is registered, but the card could not be made. Please ask the receptionist for a card.</source>
            <translation>Kunjungan Anda sudah tercatat, tetapi kartu tamu belum dapat dibuat. Silakan minta kartu ke resepsionis.</translation>
        </message>
    </context>
    <context>
        <name>PhoneScreen</name>
        <message>
            <location filename="../../ui/kiosk/phone.py" line="47" />
            <source>Your mobile number</source>
            <translation>Nomor HP Anda</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/phone.py" line="48" />
            <source>We use it to recognise you next time. Visiting before? You will not need to type anything else.</source>
            <translation>Dipakai untuk mengenali Anda di kunjungan berikutnya. Pernah berkunjung? Anda tidak perlu mengetik apa pun lagi.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/phone.py" line="51" />
            <source>Next</source>
            <translation>Lanjut</translation>
        </message>
    </context>
    <context>
        <name>Purpose</name>
        <message>
            <location filename="../../ui/texts.py" line="15" />
            <source>Training</source>
            <translation>Pelatihan</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="16" />
            <source>Meeting</source>
            <translation>Rapat</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="17" />
            <source>Consultation</source>
            <translation>Konsultasi</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="18" />
            <source>Showroom visit</source>
            <translation>Kunjungan galeri</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="19" />
            <source>Event</source>
            <translation>Acara</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="20" />
            <source>Delivery</source>
            <translation>Pengantaran</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="21" />
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
    </context>
    <context>
        <name>PurposeScreen</name>
        <message>
            <location filename="../../ui/kiosk/purpose.py" line="41" />
            <source>What brings you here today?</source>
            <translation>Apa keperluan Anda hari ini?</translation>
        </message>
    </context>
    <context>
        <name>StaffScreen</name>
        <message>
            <location filename="../../ui/kiosk/staff.py" line="43" />
            <source>Staff: leave kiosk mode</source>
            <translation>Petugas: keluar dari mode kios</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/staff.py" line="44" />
            <source>Unlock</source>
            <translation>Buka</translation>
        </message>
    </context>
    <context>
        <name>StepScreen</name>
        <message>
            <location filename="../../ui/kiosk/step.py" line="45" />
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
    </context>
    <context>
        <name>TodayScreen</name>
        <message>
            <location filename="../../ui/kiosk/today.py" line="57" />
            <source>Today in the building</source>
            <translation>Hari ini di gedung</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/today.py" line="58" />
            <source>Search: event, organisation, room</source>
            <translation>Cari: acara, organisasi, ruangan</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/today.py" line="59" />
            <source>No trainings or meetings are scheduled today.</source>
            <translation>Tidak ada pelatihan atau rapat yang dijadwalkan hari ini.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/today.py" line="71" />
            <source>Floor %1</source>
            <translation>Lantai %1</translation>
        </message>
    </context>
    <context>
        <name>VisitorsByFloorModel</name>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="110" />
            <source>Visitor</source>
            <translation>Tamu</translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="111" />
            <source>Organisation</source>
            <translation>Organisasi</translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="112" />
            <source>Purpose</source>
            <translation>Keperluan</translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="113" />
            <source>Going to</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="114" />
            <source>Since</source>
            <translation>Sejak</translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="115" />
            <source>Pass</source>
            <translation>Kartu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reception/visitors_model.py" line="120" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n orang</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="122" />
            <source>At reception</source>
            <translation>Di resepsionis</translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="126" />
            <source>Floor %1 · %2</source>
            <translation>Lantai %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>VisitorsPanel</name>
        <message>
            <location filename="../../ui/reception/window.py" line="88" />
            <source>Who is in the building</source>
            <translation>Tamu di dalam gedung</translation>
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="89" />
            <source>Invite a guest</source>
            <translation>Undang tamu</translation>
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="90" />
            <source>Refresh</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="91" />
            <source>Check out</source>
            <translation>Check-out</translation>
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="92" />
            <source>Reprint card</source>
            <translation>Cetak ulang kartu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reception/window.py" line="135" />
            <source>%n person(s) in the building</source>
            <translation>
                <numerusform>%n orang di dalam gedung</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="190" />
            <source>Card %1 printed.</source>
            <translation>Kartu %1 sudah tercetak.</translation>
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="195" />
            <source>Card %1 not printed: %2</source>
            <translation>Kartu %1 tidak tercetak: %2</translation>
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="200" />
            <source>Printing card %1…</source>
            <translation>Mencetak kartu %1…</translation>
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="207" />
            <source>No badge printer is set up: card %1 saved as %2</source>
            <translation>Printer kartu belum diatur: kartu %1 disimpan sebagai %2</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="121" />
            <source>Welcome</source>
            <extracomment>Staff hold the building's name this long to reach the PIN screen; visitors never do.</extracomment>
            <translation>Selamat datang</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="122" />
            <source>Check in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="123" />
            <source>I have an invitation</source>
            <translation>Saya punya undangan</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="124" />
            <source>Check out</source>
            <translation>Check-out</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="125" />
            <source>Today in the building</source>
            <translation>Hari ini di gedung</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="126" />
            <source>Leaving? Hold your visitor card under the scanner.</source>
            <translation>Mau pulang? Dekatkan kartu tamu Anda ke pemindai.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="127" />
            <source>Larger text</source>
            <translation>Huruf lebih besar</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="128" />
            <source>High contrast</source>
            <translation>Kontras tinggi</translation>
        </message>
    </context>
</TS>