<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>ConsentScreen</name>
        <message>
            <location filename="../../ui/kiosk/consent.py" line="45" />
            <source>Your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/consent.py" line="47" />
            <source>We keep your name, phone number, organisation, the purpose and place of your visit, and when you came and left.

Why: the safety of everyone in the building, and to reach you if needed.

For how long: %1 days, then it is deleted.

Who sees it: only the receptionists and the building management. It is never sold or shared.

You may ask reception to show or delete your data at any time (Law No. 27 of 2022 on Personal Data Protection).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/consent.py" line="57" />
            <source>I agree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/consent.py" line="58" />
            <source>I do not agree</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DestinationScreen</name>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="70" />
            <source>Where are you going?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="71" />
            <source>I came with a group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="80" />
            <source>a visitor card for each person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="81" />
            <source>one group card</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/kiosk/destination.py" line="82" />
            <source>Group of %n people</source>
            <translation>
                <numerusform>Group of %n person</numerusform>
                <numerusform>Group of %n people</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="86" />
            <source>I don't know yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="86" />
            <source>Reception will help you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="98" />
            <source>%1–%2 · floor %3 · %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/destination.py" line="105" />
            <location filename="../../ui/kiosk/destination.py" line="110" />
            <source>Floor %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DetailsScreen</name>
        <message>
            <location filename="../../ui/kiosk/details.py" line="56" />
            <source>About you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/details.py" line="57" />
            <source>Your name (one name is fine)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/details.py" line="58" />
            <source>As it should appear on your visitor card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/details.py" line="59" />
            <source>Company, UMKM or organisation (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/details.py" line="60" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/texts.py" line="29" />
            <source>Please enter your name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="31" />
            <source>Please enter your phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="33" />
            <location filename="../../ui/texts.py" line="35" />
            <source>This name is too long. Please shorten it to 120 letters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="41" />
            <source>Please fill this in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="42" />
            <source>This is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="43" />
            <source>A name needs at least one letter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="45" />
            <source>Please use letters only: numbers, emoji and symbols cannot be printed on your pass.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="48" />
            <source>A phone number has digits only, for example 0812-3456-7890.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="50" />
            <source>This phone number is too short. Please check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="52" />
            <source>This phone number is too long. Please check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="54" />
            <source>This is not a phone number we can reach. Please check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="56" />
            <source>A group has from 1 to 500 people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="58" />
            <source>This place is no longer available. Please choose again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="60" />
            <source>Please choose the purpose of your visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="62" />
            <source>Without your agreement we cannot register you. Please see the receptionist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="72" />
            <source>This code could not be read. Please scan it again, or type the number printed under the code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="75" />
            <source>We do not know this visitor card. Please see the receptionist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="77" />
            <source>You have already checked out with this card. Thank you!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="79" />
            <source>This visitor card has expired. Please see the receptionist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="81" />
            <source>This is not a valid visitor card of this building. Please see the receptionist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="84" />
            <source>This visitor card is from another building. Please see the receptionist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="87" />
            <source>We cannot find this invitation code. Please check it or see the receptionist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="90" />
            <source>This invitation has already been used to check in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="92" />
            <source>This invitation was cancelled. Please see the receptionist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="94" />
            <source>This invitation has expired. Please see the receptionist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="96" />
            <source>This invitation is for a later time. Please see the receptionist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="105" />
            <source>The card printer has stopped (it may be out of labels).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="107" />
            <source>The card printer is not connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="109" />
            <source>The printing service is not running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="111" />
            <source>Your card could not be printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="113" />
            <source>The card printer is not answering.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="121" />
            <source>Sorry, something went wrong. Please ask the receptionist for help.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupScreen</name>
        <message>
            <location filename="../../ui/kiosk/group.py" line="69" />
            <source>Your group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/group.py" line="70" />
            <source>How many people, including you?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/group.py" line="71" />
            <source>One group card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/group.py" line="72" />
            <source>A card for each person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/group.py" line="73" />
            <source>Names of the others (optional, separate with commas)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/group.py" line="74" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdentityScreen</name>
        <message>
            <location filename="../../ui/kiosk/identity.py" line="56" />
            <source>Welcome back!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/identity.py" line="57" />
            <source>Is this you?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/identity.py" line="58" />
            <source>No, this is not me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/identity.py" line="63" />
            <source>Yes, I am %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InvitationScreen</name>
        <message>
            <location filename="../../ui/kiosk/invitation.py" line="50" />
            <source>Your invitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/invitation.py" line="51" />
            <source>Confirm and print my card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/invitation.py" line="53" />
            <source>By confirming you agree that your name, phone number and visit are kept for %1 days for the building's safety, seen only by reception and building management.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/invitation.py" line="59" />
            <source>Welcome, %1!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/invitation.py" line="67" />
            <source>Floor %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InviteDialog</name>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="334" />
            <location filename="../../ui/reception/invite_dialog.py" line="335" />
            <source>Invite a guest</source>
            <extracomment>The time edits step by this many minutes on their minutes section. A new invitation lasts this long unless reception says otherwise. Quiet zone around the QR code, in modules (the QR standard asks for four). Side of one QR module on screen, in pixels.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="336" />
            <source>Guest's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="337" />
            <source>As it should appear on the visitor card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="339" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="341" />
            <source>Optional, for example %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="342" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="343" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="344" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="348" />
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="350" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="354" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="355" />
            <source>until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="356" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="357" />
            <source>Create invitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="358" />
            <source>Invitation created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="359" />
            <source>Invitation code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="361" />
            <source>Give the guest this code or QR code. At the kiosk they scan it or type the code, and confirm with one touch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="363" />
            <source>Copy code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="364" />
            <source>Copied to the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="365" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="382" />
            <location filename="../../ui/reception/invite_dialog.py" line="391" />
            <location filename="../../ui/reception/invite_dialog.py" line="427" />
            <source>Floor %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="389" />
            <source>Tenants and agencies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="433" />
            <source>Reception will show the guest the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/invite_dialog.py" line="522" />
            <source>The end must be after the start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../../ui/kiosk/window.py" line="367" />
            <source>Please see the receptionist</source>
            <extracomment>How long the "you are checked in" screen stays before the next visitor's welcome. Retry opening the database this often when it failed (locked by a job, disk hiccup).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="368" />
            <source>No problem: nothing about you was stored. The receptionist will register your visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="452" />
            <source>Your invitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="453" />
            <source>Scan the QR code of your invitation, or type its code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="454" />
            <source>Find my invitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="461" />
            <location filename="../../ui/kiosk/window.py" line="464" />
            <source>Check out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="462" />
            <source>Hold your visitor card under the scanner, or type the number printed under its QR code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="476" />
            <location filename="../../ui/kiosk/window.py" line="512" />
            <source>Sorry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="488" />
            <source>Goodbye, %1!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="489" />
            <source>You are checked out. Thank you for visiting the Gedung Inovasi Center.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="547" />
            <source>No staff PIN is set on this kiosk. An administrator sets one with: gic-kiosk set-pin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="551" />
            <source>Too many wrong PINs. Try again after %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/kiosk/window.py" line="554" />
            <source>Wrong PIN. %n attempt(s) left.</source>
            <translation>
                <numerusform>Wrong PIN. %n attempt left.</numerusform>
                <numerusform>Wrong PIN. %n attempts left.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/kiosk/window.py" line="577" />
            <source>Are you still there? Starting over in %n second(s).</source>
            <translation>
                <numerusform>Are you still there? Starting over in %n second.</numerusform>
                <numerusform>Are you still there? Starting over in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/window.py" line="578" />
            <location filename="../../ui/kiosk/window.py" line="628" />
            <source>I am still here</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageScreen</name>
        <message>
            <location filename="../../ui/kiosk/message.py" line="49" />
            <source>OK</source>
            <extracomment>Long enough to read twice, short enough that the next visitor is not kept waiting.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NumericPad</name>
        <message>
            <location filename="../../ui/keyboard.py" line="166" />
            <source>OK</source>
            <extracomment>Dynamic property of a :class:`QLineEdit`: when ``True``, :class:`OnScreenKeyboard` capitalises the first letter of every word (names: "budi santoso" → "Budi Santoso"). Numeric pad keys are at least this wide and high (the theme may make them a little bigger). The pad's keys stop growing here; a wider parent centres them. Keyboard keys are at least this high (touch target ≥ 64 px at 1080p). ... and at least this wide, so a narrow parent cannot squeeze them into slivers. Keyboard grid: every row is 20 half-key columns wide; a letter key spans two.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/keyboard.py" line="167" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/keyboard.py" line="168" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <location filename="../../ui/keyboard.py" line="256" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/keyboard.py" line="257" />
            <source>space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/keyboard.py" line="258" />
            <source>Shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/keyboard.py" line="259" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassReadyScreen</name>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="97" />
            <source>You are checked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="98" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="106" />
            <source>Please see the receptionist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="107" />
            <source>The reception desk is right here in the lobby.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="109" />
            <source>Go to floor %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="114" />
            <source>Card number %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="115" />
            <source>Print my card again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="117" />
            <source>Your visitor card is printing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="119" />
            <source>Please take your visitor card from the printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="123" />
            <source>Your visit is registered. Try again, or collect your card at reception with the number above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="129" />
            <source>Please collect your visitor card at reception: show them the number above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="134" />
            <source>Your visit is registered, but the card could not be made. Please ask the receptionist for a card.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhoneScreen</name>
        <message>
            <location filename="../../ui/kiosk/phone.py" line="47" />
            <source>Your mobile number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/phone.py" line="48" />
            <source>We use it to recognise you next time. Visiting before? You will not need to type anything else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/phone.py" line="51" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Purpose</name>
        <message>
            <location filename="../../ui/texts.py" line="15" />
            <source>Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="16" />
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="17" />
            <source>Consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="18" />
            <source>Showroom visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="19" />
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="20" />
            <source>Delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="21" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PurposeScreen</name>
        <message>
            <location filename="../../ui/kiosk/purpose.py" line="41" />
            <source>What brings you here today?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaffScreen</name>
        <message>
            <location filename="../../ui/kiosk/staff.py" line="43" />
            <source>Staff: leave kiosk mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/staff.py" line="44" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepScreen</name>
        <message>
            <location filename="../../ui/kiosk/step.py" line="45" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayScreen</name>
        <message>
            <location filename="../../ui/kiosk/today.py" line="57" />
            <source>Today in the building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/today.py" line="58" />
            <source>Search: event, organisation, room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/today.py" line="59" />
            <source>No trainings or meetings are scheduled today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/today.py" line="71" />
            <source>Floor %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitorsByFloorModel</name>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="110" />
            <source>Visitor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="111" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="112" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="113" />
            <source>Going to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="114" />
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="115" />
            <source>Pass</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/reception/visitors_model.py" line="120" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="122" />
            <source>At reception</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="126" />
            <source>Floor %1 · %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitorsPanel</name>
        <message>
            <location filename="../../ui/reception/window.py" line="88" />
            <source>Who is in the building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="89" />
            <source>Invite a guest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="90" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="91" />
            <source>Check out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="92" />
            <source>Reprint card</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/reception/window.py" line="135" />
            <source>%n person(s) in the building</source>
            <translation>
                <numerusform>%n person in the building</numerusform>
                <numerusform>%n people in the building</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="190" />
            <source>Card %1 printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="195" />
            <source>Card %1 not printed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="200" />
            <source>Printing card %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="207" />
            <source>No badge printer is set up: card %1 saved as %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="121" />
            <source>Welcome</source>
            <extracomment>Staff hold the building's name this long to reach the PIN screen; visitors never do.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="122" />
            <source>Check in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="123" />
            <source>I have an invitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="124" />
            <source>Check out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="125" />
            <source>Today in the building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="126" />
            <source>Leaving? Hold your visitor card under the scanner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="127" />
            <source>Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="128" />
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>