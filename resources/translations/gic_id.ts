<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/texts.py" line="28" />
            <source>Please enter your name.</source>
            <translation>Silakan isi nama Anda.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="30" />
            <source>Please enter your phone number.</source>
            <translation>Silakan isi nomor telepon Anda.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="32" />
            <location filename="../../ui/texts.py" line="34" />
            <source>This name is too long. Please shorten it to 120 letters.</source>
            <translation>Nama ini terlalu panjang. Silakan persingkat menjadi paling banyak 120 huruf.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="40" />
            <source>Please fill this in.</source>
            <translation>Silakan isi bagian ini.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="41" />
            <source>This is too long.</source>
            <translation>Isian ini terlalu panjang.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="42" />
            <source>A name needs at least one letter.</source>
            <translation>Nama harus berisi paling sedikit satu huruf.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="44" />
            <source>Please use letters only: numbers, emoji and symbols cannot be printed on your pass.</source>
            <translation>Gunakan huruf saja: angka, emoji, dan simbol tidak dapat dicetak pada pass Anda.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="47" />
            <source>A phone number has digits only, for example 0812-3456-7890.</source>
            <translation>Nomor telepon hanya berisi angka, misalnya 0812-3456-7890.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="49" />
            <source>This phone number is too short. Please check it.</source>
            <translation>Nomor telepon ini terlalu pendek. Silakan periksa kembali.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="51" />
            <source>This phone number is too long. Please check it.</source>
            <translation>Nomor telepon ini terlalu panjang. Silakan periksa kembali.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="53" />
            <source>This is not a phone number we can reach. Please check it.</source>
            <translation>Nomor ini bukan nomor telepon yang dapat dihubungi. Silakan periksa kembali.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="55" />
            <source>A group has from 1 to 500 people.</source>
            <translation>Jumlah rombongan antara 1 sampai 500 orang.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="57" />
            <source>This place is no longer available. Please choose again.</source>
            <translation>Tempat ini sudah tidak tersedia. Silakan pilih lagi.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="59" />
            <source>Please choose the purpose of your visit.</source>
            <translation>Silakan pilih keperluan kunjungan Anda.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="66" />
            <source>Sorry, something went wrong. Please ask the receptionist for help.</source>
            <translation>Mohon maaf, terjadi kendala. Silakan minta bantuan resepsionis.</translation>
        </message>
    </context>
    <context>
        <name>PassReadyScreen</name>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="53" />
            <source>Your pass is ready</source>
            <translation>Pass Anda sudah siap</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="54" />
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="62" />
            <source>Please see the receptionist</source>
            <translation>Silakan temui resepsionis</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="63" />
            <source>The reception desk is right here in the lobby.</source>
            <translation>Meja resepsionis ada di lobi ini.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="65" />
            <source>Go to floor %1</source>
            <translation>Silakan ke lantai %1</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="70" />
            <source>Pass number %1</source>
            <translation>Nomor pass %1</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="73" />
            <source>No pass printer is connected: reception can print your pass from %1</source>
            <translation>Printer pass belum terpasang: resepsionis dapat mencetak pass Anda dari %1</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="78" />
            <source>Your visit is registered, but the pass could not be made. Please ask the receptionist for a pass.</source>
            <translation>Kunjungan Anda sudah tercatat, tetapi pass belum dapat dibuat. Silakan minta pass ke resepsionis.</translation>
        </message>
    </context>
    <context>
        <name>Purpose</name>
        <message>
            <location filename="../../ui/texts.py" line="14" />
            <source>Training</source>
            <translation>Pelatihan</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="15" />
            <source>Meeting</source>
            <translation>Rapat</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="16" />
            <source>Consultation</source>
            <translation>Konsultasi</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="17" />
            <source>Showroom visit</source>
            <translation>Kunjungan galeri</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="18" />
            <source>Event</source>
            <translation>Acara</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="19" />
            <source>Delivery</source>
            <translation>Pengantaran</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" line="20" />
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
    </context>
    <context>
        <name>VisitorsByFloorModel</name>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="109" />
            <source>Visitor</source>
            <translation>Tamu</translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="110" />
            <source>Organisation</source>
            <translation>Organisasi</translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="111" />
            <source>Purpose</source>
            <translation>Keperluan</translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="112" />
            <source>Going to</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="113" />
            <source>Since</source>
            <translation>Sejak</translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="114" />
            <source>Pass</source>
            <translation>Pass</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reception/visitors_model.py" line="118" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n orang</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="121" />
            <source>At reception</source>
            <translation>Di resepsionis</translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="125" />
            <source>Floor %1 · %2</source>
            <translation>Lantai %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>VisitorsPanel</name>
        <message>
            <location filename="../../ui/reception/window.py" line="72" />
            <source>Who is in the building</source>
            <translation>Siapa yang ada di gedung</translation>
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="73" />
            <source>Refresh</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="74" />
            <source>Check out</source>
            <translation>Catat keluar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reception/window.py" line="102" />
            <source>%n person(s) in the building</source>
            <translation>
                <numerusform>%n orang di dalam gedung</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WalkInScreen</name>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="204" />
            <source>Please wait…</source>
            <extracomment>Two form columns when the screen is wider than this (landscape); one column in portrait.</extracomment>
            <translation>Mohon tunggu…</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="204" />
            <source>Get my pass</source>
            <translation>Buat pass saya</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="221" />
            <source>Check in</source>
            <translation>Daftar masuk</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="223" />
            <source>Your name</source>
            <translation>Nama Anda</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="224" />
            <source>Phone number (WhatsApp)</source>
            <translation>Nomor telepon (WhatsApp)</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="225" />
            <source>Company, UMKM or organisation (optional)</source>
            <translation>Perusahaan, UMKM, atau organisasi (boleh dikosongkan)</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="226" />
            <source>Purpose of your visit</source>
            <translation>Keperluan kunjungan</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="227" />
            <source>Where are you going?</source>
            <translation>Anda akan ke mana?</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="228" />
            <source>How many people, including you?</source>
            <translation>Berapa orang, termasuk Anda?</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="232" />
            <source>As it should appear on your pass</source>
            <translation>Seperti yang akan tertulis di pass Anda</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="236" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/kiosk/walk_in.py" line="269" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n orang</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="275" />
            <source>I don't know: reception will help me</source>
            <translation>Saya belum tahu: resepsionis akan membantu</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="281" />
            <source>floor %1</source>
            <translation>lantai %1</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="287" />
            <source>Floor %1 · %2</source>
            <translation>Lantai %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="70" />
            <source>Welcome</source>
            <translation>Selamat datang</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="71" />
            <source>Check in</source>
            <translation>Daftar masuk</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="72" />
            <source>Touch the button to get your visitor pass</source>
            <translation>Sentuh tombol untuk mendapatkan pass tamu Anda</translation>
        </message>
    </context>
</TS>