<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Activity</name>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="59"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="60"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="61"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="62"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="63"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="64"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="76"/>
        <source>this desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../../ui/reception/staff/activity.py" line="94"/>
        <source>Activity</source>
        <extracomment>The period shown at first: this week and the one before.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/activity.py" line="95"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/activity.py" line="96"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/activity.py" line="100"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/activity.py" line="101"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/activity.py" line="158"/>
        <source>The newest %1 entries: narrow the filters to see others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/staff/activity.py" line="161"/>
        <source>%n entry/entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreeScreen</name>
    <message>
        <location filename="../../ui/visitor/consent.py" line="45"/>
        <source>I do not agree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/reception/booking/rooms.py" line="30"/>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="210"/>
        <source>Change booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="210"/>
        <location filename="../../ui/reception/booking/dialog.py" line="211"/>
        <source>Book a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="211"/>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="191"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="192"/>
        <source>For example: Halal certification training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="195"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="199"/>
        <source>Optional: type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="200"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="202"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="205"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="207"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="208"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="209"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="210"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="211"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="113"/>
        <source>Repeat</source>
        <extracomment>&quot;Ends on&quot; starts this far after the first date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="116"/>
        <source>Ends after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="117"/>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="118"/>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="47"/>
        <source>This booking is one date of a series. Apply to:</source>
        <extracomment>What the reason bar asks for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="50"/>
        <source>Only this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="52"/>
        <source>This date and the following ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="54"/>
        <source>All dates of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dates.py" line="246"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="216"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="171"/>
        <location filename="../../ui/reception/booking/actions.py" line="236"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="173"/>
        <source>Export to calendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="116"/>
        <location filename="../../ui/reception/booking/actions.py" line="175"/>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="176"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="177"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="178"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="179"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="180"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="129"/>
        <source>Every month, on the first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="130"/>
        <source>Every month, on the second %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="131"/>
        <source>Every month, on the third %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="132"/>
        <source>Every month, on the fourth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="133"/>
        <source>Every month, on the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="135"/>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="136"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="137"/>
        <source>Every week, on the days ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/repeat.py" line="138"/>
        <source>Every month, on day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="108"/>
        <source>Reason for rejecting (required, the organiser will be told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="111"/>
        <source>Reject booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="114"/>
        <source>Reason for cancelling (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/actions.py" line="117"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/rooms.py" line="73"/>
        <source>%1 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/form.py" line="227"/>
        <source>The room has %1 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="233"/>
        <source>repeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="381"/>
        <source>A moved date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="240"/>
        <source>Press Check to see every date and anything in its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/dialog.py" line="245"/>
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n date</numerusform>
            <numerusform>%n dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/dialog.py" line="248"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/dialog.py" line="250"/>
        <source>%n conflict(s) to resolve: skip or move each one</source>
        <translation>
            <numerusform>%n conflict to resolve: skip or move it</numerusform>
            <numerusform>%n conflicts to resolve: skip or move each one</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="253"/>
        <source>every date is free: ready to book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="256"/>
        <source>This room needs approval: the booking will be waiting for approval until a manager approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/dialog.py" line="403"/>
        <source>%n date(s) booked.</source>
        <translation>
            <numerusform>%n date booked.</numerusform>
            <numerusform>%n dates booked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/dialog.py" line="405"/>
        <source>%n date(s) skipped.</source>
        <translation>
            <numerusform>%n date skipped.</numerusform>
            <numerusform>%n dates skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="407"/>
        <source>Waiting for approval: the room is held until a manager approves or rejects the booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="409"/>
        <source>Booked, waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="411"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="452"/>
        <source>Meanwhile someone else booked the room: the dates were checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="457"/>
        <source>The new time is not free: change the time or the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="471"/>
        <source>Changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="481"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="494"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="497"/>
        <source>Booking cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/dialog.py" line="504"/>
        <source>%n date(s) changed.</source>
        <translation>
            <numerusform>%n date changed.</numerusform>
            <numerusform>%n dates changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="514"/>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="516"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dialog.py" line="528"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingTexts</name>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="39"/>
        <source>Please give the booking a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="41"/>
        <source>The title is too long: %1 characters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="43"/>
        <source>The contact&apos;s name is too long: %1 characters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="46"/>
        <source>The phone number is too long: %1 characters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="49"/>
        <source>The reason is too long: %1 characters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="51"/>
        <source>Every date is skipped: nothing is left to book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="57"/>
        <source>Please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="58"/>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="59"/>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="61"/>
        <source>The booking has no length: the end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="63"/>
        <source>A booking lasts at most %1 hours. For longer, make it repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="66"/>
        <source>The number of people must be from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="68"/>
        <source>More people than the room has seats. Choose a larger room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="70"/>
        <source>This room no longer exists. Please choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="72"/>
        <source>This room cannot be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="74"/>
        <source>Choose an organisation from the list, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="76"/>
        <source>Please give a reason: the organiser will be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="78"/>
        <source>This booking is no longer waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="80"/>
        <source>This booking was cancelled or rejected; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="82"/>
        <source>This booking has already ended; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="84"/>
        <source>Say when the repeating ends: after a number of times or on a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="87"/>
        <source>This repeat pattern cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="89"/>
        <source>A repeating booking may have at most %1 dates within %2 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="92"/>
        <source>The repeating ends before the first date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="94"/>
        <source>The dates would overlap each other (set-up and clean-up included). Repeat less often or make it shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="97"/>
        <source>An existing booking cannot be made repeating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="99"/>
        <source>Moved to these days the dates would no longer follow the repeat pattern. Move only this date, or change the time on the same days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="115"/>
        <source>, plus %1 minutes to clear the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="119"/>
        <source>, which needs the room %1 minutes before it to set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="130"/>
        <source>Booked by %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="134"/>
        <source>Already booked: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="137"/>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="140"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="142"/>
        <source>Holiday: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="145"/>
        <source>Outside opening hours (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="148"/>
        <source>Weekly quota of %1 hours exceeded for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="152"/>
        <source>Already past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="153"/>
        <source>Overlaps another date of this series, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="159"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="161"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="162"/>
        <location filename="../../ui/reception/booking/texts.py" line="223"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="163"/>
        <location filename="../../ui/reception/booking/texts.py" line="221"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="170"/>
        <source>Training room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="171"/>
        <source>Meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="172"/>
        <source>Showroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="173"/>
        <source>Co-working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="174"/>
        <source>Consultation room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="176"/>
        <source>Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="177"/>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="178"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="179"/>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="191"/>
        <source>Projector</source>
        <extracomment>The amenities the free-room finder offers as check boxes, in this order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="192"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="193"/>
        <source>TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="194"/>
        <source>Whiteboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="195"/>
        <source>Sound system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="196"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="197"/>
        <source>Video conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="198"/>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="199"/>
        <source>Air conditioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="200"/>
        <source>Kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="201"/>
        <source>Sink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="202"/>
        <source>Lighting kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="203"/>
        <source>Green screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="204"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="205"/>
        <source>Computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="206"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="207"/>
        <source>Display shelves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="208"/>
        <source>Wheelchair access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="216"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="217"/>
        <source>Repeating booking made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="218"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="219"/>
        <source>Series changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="220"/>
        <source>Series split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/texts.py" line="222"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingsPanel</name>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="217"/>
        <source>Room bookings</source>
        <extracomment>The search covers today and this many days after, unless reception says otherwise. The title column takes the width the others leave. Widest the room and organisation columns get before the title (which stretches) shrinks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="218"/>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="219"/>
        <location filename="../../ui/reception/booking/panel.py" line="222"/>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="220"/>
        <source>Find a free room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="221"/>
        <source>Search: title, organisation, contact or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="223"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="224"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="229"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="230"/>
        <source>Whole series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="231"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="232"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="233"/>
        <source>Reason for rejecting (required, the organiser will be told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="235"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="236"/>
        <source>Reject booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/panel.py" line="243"/>
        <source>%n booking(s) found</source>
        <translation>
            <numerusform>%n booking found</numerusform>
            <numerusform>%n bookings found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="244"/>
        <source>No bookings found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="246"/>
        <source>Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="247"/>
        <location filename="../../ui/reception/booking/panel.py" line="252"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/panel.py" line="249"/>
        <source>%n booking(s) waiting for approval</source>
        <translation>
            <numerusform>%n booking waiting for approval</numerusform>
            <numerusform>%n bookings waiting for approval</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="250"/>
        <source>Nothing is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="377"/>
        <source>Approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="395"/>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/panel.py" line="423"/>
        <source>Another booking now holds the room at that time: open the booking to move it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingsTableModel</name>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="27"/>
        <source>Date</source>
        <extracomment>The row&apos;s booking id (bookings) or the offer (free rooms).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="28"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="29"/>
        <source>Floor / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="30"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="31"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="32"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <location filename="../../ui/reception/cards.py" line="21"/>
        <source>Card %1 printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/cards.py" line="26"/>
        <source>Card %1 not printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/cards.py" line="30"/>
        <source>Printing card %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/cards.py" line="36"/>
        <source>No badge printer is set up: card %1 saved as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="41"/>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="162"/>
        <location filename="../../ui/reception/closures/models.py" line="51"/>
        <source>Whole building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="164"/>
        <location filename="../../ui/reception/closures/models.py" line="55"/>
        <source>A floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="166"/>
        <location filename="../../ui/reception/closures/models.py" line="59"/>
        <source>A room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="151"/>
        <location filename="../../ui/reception/closures/dialog.py" line="152"/>
        <source>Closures</source>
        <extracomment>Bookings inside a new closure shown without scrolling.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/closure_list.py" line="120"/>
        <source>Closures in the next %1 days</source>
        <extracomment>The list shows the closures from today for this many days (as ``gic-kiosk closure list``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/closure_list.py" line="123"/>
        <source>Nothing is closed in the next %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/closure_list.py" line="126"/>
        <source>Lift closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/closure_list.py" line="127"/>
        <source>Open the selected closure to bookings again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/closure_list.py" line="129"/>
        <source>Keep it closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/closure_list.py" line="131"/>
        <source>Yes, lift the closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="179"/>
        <source>Close to bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="154"/>
        <source>A closure stops new bookings for a period; bookings already inside it still stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="160"/>
        <source>New closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="167"/>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="168"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="169"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="170"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="173"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="178"/>
        <source>For example: AC repair, city event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="158"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/closure_list.py" line="141"/>
        <source>Lift the closure of %1, %2? It can be booked again for that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="201"/>
        <source>Choose a floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/form.py" line="216"/>
        <source>Choose a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/closures/dialog.py" line="248"/>
        <source>These %n booking(s) still stand: move or cancel them</source>
        <translation>
            <numerusform>%n booking still stands: move or cancel it</numerusform>
            <numerusform>These %n bookings still stand: move or cancel them</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="250"/>
        <source>Closed. No booking falls inside the closure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="282"/>
        <source>Lifted: %1, %2. It can be booked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="295"/>
        <source>This closure was already lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="330"/>
        <source>Choose the floor to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="331"/>
        <source>Choose the room to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/dialog.py" line="332"/>
        <source>Please give a reason: it is shown in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosuresModel</name>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="117"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="118"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="119"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="120"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeEntryScreen</name>
    <message>
        <location filename="../../ui/visitor/code_entry.py" line="47"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/code_entry.py" line="52"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../ui/visitor/consent.py" line="62"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/consent.py" line="64"/>
        <source>I agree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateBar</name>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="73"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="75"/>
        <source>Previous week (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="76"/>
        <source>Next week (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="77"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="79"/>
        <source>Previous day (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="80"/>
        <source>Next day (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="81"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/panel.py" line="84"/>
        <source>Back to today (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayGridLegend</name>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="41"/>
        <source>Confirmed</source>
        <extracomment>How often the red &quot;now&quot; line moves, in seconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="42"/>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="43"/>
        <source>Set-up / clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="44"/>
        <source>Closed or holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="45"/>
        <source>Drag across free slots to book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayGridModel</name>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="199"/>
        <source>Room held %1 (set-up and clean-up)</source>
        <extracomment>The booking whose own time (not its set-up or clean-up) covers the cell, or ``None``. The booking holding the room in the cell, buffers included, or ``None``. Why the cell cannot be booked (a closure&apos;s reason or the holiday&apos;s name), or ``None``. The cell&apos;s ``(starts_at, ends_at)``, aware datetimes in the building&apos;s zone. Whether a new booking may start in the cell (nothing holds it, nothing closes it). Every booking in a week cell (a tuple, possibly empty). The floor number of an overview row.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/models.py" line="201"/>
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="203"/>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="205"/>
        <source>Part of a repeating series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="241"/>
        <source>Set-up or clean-up for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="243"/>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="245"/>
        <source>%1 free %2 — drag to book</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/models.py" line="262"/>
        <location filename="../../ui/reception/calendar/models.py" line="265"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="267"/>
        <source>Bookings need approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayGridPanel</name>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="188"/>
        <source>&amp;Floor</source>
        <extracomment>The clock when the grid was read, and when that was (``time.monotonic()``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="189"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="190"/>
        <source>Closures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="191"/>
        <source>Close the building, a floor or a room to bookings, or lift a closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="193"/>
        <source>Print schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="194"/>
        <source>The lobby list and every floor&apos;s grid for the day shown, on the A4 printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="286"/>
        <source>Holiday: %1. The building is closed to bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="289"/>
        <source>Holiday: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="291"/>
        <source>This floor has no rooms to book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_panel.py" line="301"/>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayGridView</name>
    <message>
        <location filename="../../ui/reception/calendar/day_grid.py" line="250"/>
        <source>Holiday: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_grid.py" line="252"/>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/day_grid.py" line="274"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DenyEntryDialog</name>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="108"/>
        <location filename="../../ui/reception/deny/dialog.py" line="109"/>
        <source>Add to the deny list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="111"/>
        <source>A check-in with this phone number or name is held at the kiosk: the visitor is asked to see reception, and reception decides. Give a name, a phone number or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="114"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="115"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="116"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="117"/>
        <source>Shown to reception when a check-in is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="119"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="120"/>
        <source>Ends after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="121"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="122"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="123"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="168"/>
        <source>Give a name, a phone number or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="174"/>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="175"/>
        <source>Please give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/dialog.py" line="178"/>
        <source>The last day cannot be before today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DenyList</name>
    <message>
        <location filename="../../ui/reception/deny/models.py" line="19"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/models.py" line="20"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/models.py" line="21"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/models.py" line="22"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/models.py" line="23"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/models.py" line="35"/>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/models.py" line="37"/>
        <source>%1 (ended)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DenyListPanel</name>
    <message>
        <location filename="../../ui/reception/deny/panel.py" line="81"/>
        <source>Deny list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/panel.py" line="84"/>
        <source>The kiosk holds a check-in that matches an entry (the same phone number, or the same name whatever its case, spaces or accents) and tells the visitor only to see reception. Reception sees the reason and decides. Nothing of this list shows on the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/panel.py" line="88"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/panel.py" line="89"/>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/panel.py" line="90"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/panel.py" line="90"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/panel.py" line="140"/>
        <source>Remove %1 from the deny list? Their check-ins are no longer held.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskCheckInDialog</name>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="188"/>
        <source>Check in at the desk</source>
        <extracomment>The form&apos;s fields with a message under them, by the domain&apos;s field names. The privacy notice&apos;s column: the notice reads in lines short enough to read aloud.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="189"/>
        <source>Check in a visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="190"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="190"/>
        <source>Known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="191"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="191"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="192"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="192"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="193"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="195"/>
        <source>For example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="197"/>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="198"/>
        <source>Someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="199"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="200"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="205"/>
        <source>Read this to the visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="207"/>
        <source>The visitor heard this and agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="209"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="210"/>
        <source>Check in and print the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="211"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="212"/>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="213"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="311"/>
        <source>group of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/desk_check_in.py" line="343"/>
        <source>Read the notice to the visitor, and tick the box once they agree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationScreen</name>
    <message>
        <location filename="../../ui/visitor/destination.py" line="104"/>
        <source>Where are you going?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="105"/>
        <source>Touch the place you are going to. Not sure? Touch “I don&apos;t know yet”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="107"/>
        <source>I came with a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="108"/>
        <source>Search: office, business, event, floor or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="109"/>
        <source>Places in the building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="111"/>
        <source>Scroll the list up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="110"/>
        <source>See above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="112"/>
        <source>See below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="113"/>
        <source>Scroll the list down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="122"/>
        <source>a visitor card for each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="123"/>
        <source>one group card</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visitor/destination.py" line="124"/>
        <source>Group of %n people</source>
        <translation>
            <numerusform>Group of %n person</numerusform>
            <numerusform>Group of %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="128"/>
        <source>I don&apos;t know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="128"/>
        <source>Reception will help you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="135"/>
        <source>Today&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="142"/>
        <source>Floor %3, room %4, %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="150"/>
        <source>Government offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="151"/>
        <source>Businesses and partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="155"/>
        <location filename="../../ui/visitor/destination.py" line="163"/>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/destination.py" line="160"/>
        <source>Floors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <location filename="../../ui/reception/destinations.py" line="32"/>
        <source>Tenants and agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/destinations.py" line="46"/>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../ui/visitor/details.py" line="58"/>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/details.py" line="59"/>
        <source>Your name (one name is fine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/details.py" line="60"/>
        <source>As it should appear on your visitor card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/details.py" line="61"/>
        <source>Company, UMKM or organisation (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/details.py" line="62"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/texts.py" line="34"/>
        <source>Please enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="38"/>
        <location filename="../../ui/texts.py" line="40"/>
        <source>This name is too long. Please shorten it to 120 letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="46"/>
        <source>Please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="47"/>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="48"/>
        <source>A name needs at least one letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="50"/>
        <source>Please use letters only: numbers, emoji and symbols cannot be printed on your pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="61"/>
        <source>A group has from 1 to 500 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="63"/>
        <source>This place is no longer available. Please choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="65"/>
        <source>Please choose the purpose of your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="67"/>
        <source>Without your agreement we cannot register you. Please see the receptionist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="106"/>
        <source>You have already checked out with this card. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="36"/>
        <source>Please enter your mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="53"/>
        <source>A mobile number has digits only, for example 081234567890.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="55"/>
        <source>This mobile number is too short. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="57"/>
        <source>This mobile number is too long. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="59"/>
        <source>This is not a mobile number we can reach. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="70"/>
        <source>This visitor is no longer known here. Register them as a new visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="72"/>
        <source>More names than people in the group. Please check the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="85"/>
        <source>%1 at %2 %3</source>
        <comment>a day, a time, a time zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="96"/>
        <source>This visitor card expired on %1. Please hand it in at reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="100"/>
        <source>This code could not be read. Please hold it under the scanner again, or type the code printed under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="103"/>
        <source>This visitor card is not recognised here. Please show it at reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="108"/>
        <source>This visitor card is no longer valid. Please hand it in at reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="110"/>
        <source>This card is not a visitor card of this building. Please show it at reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="113"/>
        <source>This visitor card is from another building. Please show it at reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="116"/>
        <source>This invitation code is not recognised. Check the code, or register as a visitor without an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="119"/>
        <source>This invitation has already been used. If you are here again, please register as a visitor without an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="122"/>
        <source>This invitation was cancelled by the person who invited you. You can register as a visitor without an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="125"/>
        <source>This invitation is no longer valid: its date has passed. You can register as a visitor without an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="128"/>
        <source>This invitation is for a later time. Please come back then, or ask at reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="144"/>
        <source>The card printer has stopped (it may be out of labels).</source>
        <extracomment>Refusals after which registering as a walk-in visitor makes sense (the invitation is unusable, but the visit may still be welcome).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="146"/>
        <source>The card printer is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="148"/>
        <source>The printing service is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="150"/>
        <source>Your card could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="152"/>
        <source>The card printer is not answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="163"/>
        <source>Sorry, something went wrong. Please ask the receptionist for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="217"/>
        <source>The reception desk is here in the lobby, on the ground floor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvacuationButton</name>
    <message>
        <location filename="../../ui/reception/evacuation/__init__.py" line="54"/>
        <source>Evacuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/__init__.py" line="55"/>
        <source>Print who is in the building, by floor, and open the roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/__init__.py" line="57"/>
        <source>Print who is in the building, by floor (without phone numbers), and open the roll call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvacuationDialog</name>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="153"/>
        <source>Printing the evacuation list…</source>
        <extracomment>The columns of words, which share the width the others leave. What the roll call shows: people, rooms and bookings, and how fresh the device&apos;s data is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="193"/>
        <source>The list was sent to the printer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="196"/>
        <source>No A4 printer is set up: the list is saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="205"/>
        <source>The list did not print (%1). Touch Print again or use the list on this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="240"/>
        <location filename="../../ui/reception/evacuation/dialog.py" line="241"/>
        <source>Evacuation roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="242"/>
        <source>Unaccounted only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="249"/>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="250"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/evacuation/dialog.py" line="259"/>
        <source>%n person(s) not yet accounted for</source>
        <translation>
            <numerusform>%n person not yet accounted for</numerusform>
            <numerusform>%n people not yet accounted for</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/evacuation/dialog.py" line="261"/>
        <source>%n person(s) in the building. Touch the box of each person who is safe.</source>
        <translation>
            <numerusform>%n person in the building. Touch the box of each person who is safe.</numerusform>
            <numerusform>%n people in the building. Touch the box of each person who is safe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="277"/>
        <source>As of %1, from this device&apos;s own data (no central database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="280"/>
        <source>As of %1. This device has never synced: check-ins made on other devices may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="283"/>
        <source>As of %1; last synced at %2: check-ins made on other devices since then may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/dialog.py" line="290"/>
        <source>Phone numbers are shown only to signed-in staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminPage</name>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="239"/>
        <source>Welcome: who runs this building?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="241"/>
        <source>Nobody can sign in yet. Make yourself the first administrator: you then add the receptionists and managers. A forgotten password is reset on this PC with &quot;gic-kiosk staff passwd&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="244"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="245"/>
        <source>Sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="246"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="247"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="248"/>
        <source>PIN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="249"/>
        <source>e.g. ayu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="250"/>
        <source>%1 to %2 digits, to unlock quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="253"/>
        <source>Create the administrator and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="271"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreeRoomFinder</name>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="159"/>
        <source>Date</source>
        <extracomment>Durations offered, in minutes. The room column takes the width the others leave.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="162"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="163"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="167"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="169"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/free_room_finder.py" line="171"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="173"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="174"/>
        <source>Kind of room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="175"/>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="179"/>
        <source>Preferred floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="180"/>
        <source>Any floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="182"/>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="184"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="187"/>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="245"/>
        <source>Find a free room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="188"/>
        <source>Book this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="237"/>
        <source>No room is free at that time. The nearest free times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="239"/>
        <source>No room fits, even on the next days. Try fewer needs or people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/booking/free_room_finder.py" line="241"/>
        <source>%n free room(s), best first</source>
        <translation>
            <numerusform>%n free room</numerusform>
            <numerusform>%n free rooms, best first</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/free_room_finder.py" line="243"/>
        <source>Say what is needed, then press Find a free room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupScreen</name>
    <message>
        <location filename="../../ui/visitor/group.py" line="73"/>
        <source>Your group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/group.py" line="74"/>
        <source>How many people, including you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/group.py" line="75"/>
        <source>One group card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/group.py" line="76"/>
        <source>A card for each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/group.py" line="77"/>
        <source>Names of the others (optional, separate with commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/group.py" line="78"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/group.py" line="79"/>
        <source>Number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/group.py" line="81"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldAlert</name>
    <message numerus="yes">
        <location filename="../../ui/reception/deny/held_alert.py" line="95"/>
        <source>%n check-in(s) held for you to decide</source>
        <extracomment>The alert never takes more of the console than this; more rows scroll.</extracomment>
        <translation>
            <numerusform>%n check-in held for you to decide</numerusform>
            <numerusform>%n check-ins held for you to decide</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="153"/>
        <source>%1 was turned away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="166"/>
        <source>%1 was checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="180"/>
        <source>Another desk has already decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldRow</name>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="221"/>
        <source>reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="225"/>
        <source>group of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="227"/>
        <source>invitation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="228"/>
        <source>Asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="229"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="230"/>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/deny/held_alert.py" line="231"/>
        <source>Turn away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="72"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="73"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="74"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../../ui/visitor/identity.py" line="67"/>
        <source>Welcome back!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/identity.py" line="68"/>
        <source>Is this you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/identity.py" line="69"/>
        <source>Part of the name is hidden so that others cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/identity.py" line="71"/>
        <source>No, this is not me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/identity.py" line="76"/>
        <source>Yes, I am %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationScreen</name>
    <message>
        <location filename="../../ui/visitor/invitation.py" line="59"/>
        <source>Your invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/invitation.py" line="60"/>
        <source>Confirm and print my card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/invitation.py" line="61"/>
        <source>I do not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/invitation.py" line="63"/>
        <source>By confirming you agree that your name, phone number and visit are kept for %1 days after your last visit, for the building&apos;s safety, seen only by reception and building management. Ask reception to see or erase them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/invitation.py" line="70"/>
        <source>Welcome, %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/invitation.py" line="78"/>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="21"/>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="23"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="25"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="26"/>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="37"/>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="50"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="51"/>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="52"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="53"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="54"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="55"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="56"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/models.py" line="57"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="110"/>
        <source>Invitations</source>
        <extracomment>Shown at first: today and the next two weeks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="112"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="113"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="114"/>
        <source>Invite a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="115"/>
        <source>Print slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="116"/>
        <source>Cancel invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="117"/>
        <source>Cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="117"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="189"/>
        <source>Cancel the invitation of %1? Code %2 will no longer work at the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="203"/>
        <source>Cancelled: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="212"/>
        <source>Printing the slip of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="225"/>
        <source>Slip printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="227"/>
        <source>No A4 printer is set up: slip saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="239"/>
        <source>Slip not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invitations/panel.py" line="243"/>
        <source>This guest has already checked in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="271"/>
        <location filename="../../ui/reception/invite_dialog.py" line="272"/>
        <source>Invite a guest</source>
        <extracomment>Quiet zone around the QR code, in modules (the QR standard asks for four). Side of one QR module on screen, in pixels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="273"/>
        <source>Guest&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="274"/>
        <source>As it should appear on the visitor card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="276"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="278"/>
        <source>Optional, for example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="279"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="280"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="281"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="285"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="287"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="288"/>
        <source>More than one: a delegation, invited with one code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="289"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="293"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="294"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="295"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="296"/>
        <source>Create invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="297"/>
        <source>Invitation created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="298"/>
        <source>Invitation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="300"/>
        <source>Give the guest this code or QR code. At the kiosk they scan it or type the code, and confirm with one touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="302"/>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="303"/>
        <source>Copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="304"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="327"/>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="333"/>
        <source>Reception will show the guest the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/invite_dialog.py" line="416"/>
        <source>The end must be after the start</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/held.py" line="24"/>
        <source>The receptionist will finish your check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="391"/>
        <source>No problem: nothing about you was stored. The receptionist will register your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="398"/>
        <source>No problem: your visit is not registered here. The receptionist will help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="482"/>
        <source>Your invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="483"/>
        <source>Scan the QR code of your invitation, or type its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="484"/>
        <source>Find my invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="490"/>
        <location filename="../../ui/visitor/window.py" line="493"/>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="491"/>
        <source>Hold your visitor card under the scanner, or type the code printed under its QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="552"/>
        <source>Sorry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="568"/>
        <source>Goodbye, %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="569"/>
        <source>You are checked out. Thank you for visiting the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="605"/>
        <source>No staff PIN is set on this kiosk. An administrator sets one with: gic-kiosk set-pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="609"/>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visitor/window.py" line="612"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visitor/window.py" line="636"/>
        <source>Are you still there? Starting over in %n second(s).</source>
        <translation>
            <numerusform>Are you still there? Starting over in %n second.</numerusform>
            <numerusform>Are you still there? Starting over in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/visitor/window.py" line="627"/>
        <location filename="../../ui/visitor/window.py" line="687"/>
        <source>I am still here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="336"/>
        <source>Console locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="339"/>
        <source>%1 is signed in. Type your password or PIN to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="341"/>
        <source>Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="342"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="343"/>
        <source>Sign in as someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../../ui/visitor/message.py" line="81"/>
        <source>Done</source>
        <extracomment>Long enough to read twice, short enough that the next visitor is not kept waiting.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/message.py" line="82"/>
        <source>Register without an invitation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyAccountDialog</name>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="204"/>
        <source>My password and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="205"/>
        <source>Leave a field empty to keep what you have. The PIN opens your console when it locked itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="207"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="208"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="209"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="210"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="213"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="214"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="222"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="128"/>
        <source>Notices from the central database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="135"/>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="148"/>
        <source>Booking “%1” was rejected: the room was already booked for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="151"/>
        <source>A change to a booking was refused: it had already been cancelled or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumericPad</name>
    <message>
        <location filename="../../ui/keyboard.py" line="166"/>
        <source>OK</source>
        <extracomment>Dynamic property of a :class:`QLineEdit`: when ``True``, :class:`OnScreenKeyboard` capitalises the first letter of every word (names: &quot;budi santoso&quot; → &quot;Budi Santoso&quot;). Numeric pad keys are at least this wide and high (the theme may make them a little bigger). The pad is this wide; a wider parent centres it. Keyboard keys are at least this high (touch target ≥ 64 px at 1080p). ... and at least this wide, so a narrow parent cannot squeeze them into slivers. Keyboard grid: every row is 20 half-key columns wide; a letter key spans two.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="168"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="169"/>
        <source>Clears the whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="170"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="171"/>
        <source>Deletes the last digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccurrenceRow</name>
    <message>
        <location filename="../../ui/reception/booking/dates.py" line="139"/>
        <source>Skip</source>
        <extracomment>A change to a Skip or Move is checked again after this pause (typing a time is several key presses: one check, not five). The list of dates is at least this wide, in pixels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dates.py" line="140"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dates.py" line="141"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dates.py" line="173"/>
        <source>Skipped: this date will not be booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dates.py" line="179"/>
        <source>Moved: free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/dates.py" line="181"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="93"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="94"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="95"/>
        <source>Floor / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="96"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="97"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="115"/>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/booking/models.py" line="120"/>
        <source>needs approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/keyboard.py" line="259"/>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="260"/>
        <source>Hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="260"/>
        <source>Apostrophe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="261"/>
        <source>Full stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="261"/>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="264"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="265"/>
        <source>The next letter is a capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="266"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="267"/>
        <source>Deletes the last letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="182"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="183"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="184"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="185"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="185"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="186"/>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="186"/>
        <source>Office room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="187"/>
        <source>Weekly quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="188"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="189"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="189"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="190"/>
        <source>Contact&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="196"/>
        <source>Own quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="197"/>
        <source>Instead of the building&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="198"/>
        <source> h a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="199"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/dialog.py" line="200"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Organizations</name>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="18"/>
        <source>Room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="21"/>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="28"/>
        <source>Building default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="29"/>
        <source>%1 h a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="45"/>
        <location filename="../../ui/reception/organizations/models.py" line="81"/>
        <location filename="../../ui/reception/organizations/texts.py" line="64"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="46"/>
        <location filename="../../ui/reception/organizations/texts.py" line="65"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="47"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="48"/>
        <location filename="../../ui/reception/organizations/texts.py" line="68"/>
        <source>Weekly quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="49"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="50"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="64"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="65"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="80"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/models.py" line="82"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="17"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="18"/>
        <source>City agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="19"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="20"/>
        <source>Visitor&apos;s business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="29"/>
        <source>Choose tenant, city agency or partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="31"/>
        <source>The building has no such floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="33"/>
        <source>The building has no such room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="35"/>
        <source>This room is on another floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="37"/>
        <source>Write a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="39"/>
        <source>A weekly quota is from 0 to %1 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="42"/>
        <source>This is not an e-mail address, for example nama@usaha.id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="44"/>
        <source>The language is id (Indonesian) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="46"/>
        <source>An organisation of this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="48"/>
        <source>An organisation of this name exists but is retired: show the retired ones and bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="51"/>
        <source>The same organisation is on an earlier row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="57"/>
        <source>Please enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="66"/>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="67"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="69"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="70"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="71"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="72"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="79"/>
        <source>The file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="81"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="82"/>
        <source>This is not a CSV or Excel (XLSX) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/texts.py" line="84"/>
        <source>No row of the file names the columns: it needs at least &quot;nama&quot; (name) and &quot;jenis&quot; (kind).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationsPanel</name>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="145"/>
        <source>Tenants, agencies and partners</source>
        <extracomment>The name and contacts columns share the width the others leave, fitted to their words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="146"/>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="150"/>
        <source>Show retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="151"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="152"/>
        <source>Import a list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="153"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="154"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="154"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="155"/>
        <source>Import the other rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="156"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="187"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="188"/>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="206"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="222"/>
        <source>Retire %1? It will no longer be offered to visitors or for bookings; its visits and bookings keep its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="234"/>
        <source>Retired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="238"/>
        <source>Back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="149"/>
        <location filename="../../ui/reception/organizations/panel.py" line="250"/>
        <source>Import a list of organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="251"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="261"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="278"/>
        <source>Imported: %1 added, %2 changed, %3 unchanged, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/organizations/panel.py" line="286"/>
        <source>Nothing was imported: %1 of %2 rows need mending. Mend them in the file and import it again, or import the other rows now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/overview_model.py" line="83"/>
        <source>%n bookable room(s)</source>
        <translation>
            <numerusform>%n bookable room</numerusform>
            <numerusform>%n bookable rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/overview_model.py" line="84"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/overview_model.py" line="85"/>
        <source>%n pending approval</source>
        <translation>
            <numerusform>%n pending approval</numerusform>
            <numerusform>%n pending approval</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/overview_model.py" line="87"/>
        <source>%1, %2: %3 of the rooms booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/overview_model.py" line="100"/>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/overview_model.py" line="102"/>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/overview_model.py" line="104"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../ui/reception/calendar/overview.py" line="185"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/overview.py" line="186"/>
        <source>Share of each floor&apos;s bookable rooms in use, hour by hour. Click a floor to see its rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/overview.py" line="209"/>
        <source>Holiday: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/overview.py" line="220"/>
        <source>%n booking(s) in the building</source>
        <translation>
            <numerusform>%n booking in the building</numerusform>
            <numerusform>%n bookings in the building</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/overview.py" line="221"/>
        <source>%n pending approval</source>
        <translation>
            <numerusform>%n pending approval</numerusform>
            <numerusform>%n pending approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassReadyScreen</name>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="110"/>
        <source>You are checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="111"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="112"/>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="120"/>
        <source>Please see the receptionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="123"/>
        <source>Go to floor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="128"/>
        <source>Card code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="143"/>
        <source>Please collect your visitor card at reception: show them the code above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="131"/>
        <source>Your visitor card is printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="133"/>
        <source>Please take your visitor card from the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="137"/>
        <source>Your visit is registered. Touch “Print again”, or collect your card at reception with the code above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/pass_ready.py" line="148"/>
        <source>Your visit is registered, but the card could not be made. Please ask the receptionist for a card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message>
        <location filename="../../ui/visitor/phone.py" line="49"/>
        <location filename="../../ui/visitor/phone.py" line="53"/>
        <source>Your mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/phone.py" line="50"/>
        <source>So that next time you need not type your name again. Your number is never used for advertising or shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/phone.py" line="54"/>
        <source>Digits only, typed on the keys below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/phone.py" line="55"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../ui/texts.py" line="206"/>
        <source>We keep your name, mobile number and this visit.
For %1 days after your last visit, for everyone&apos;s safety; then it is erased.
Only reception and the building management see it. Ask reception to see or erase it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="224"/>
        <source>We keep your name, mobile number, organisation, the purpose and place of your visit, when you came and left, and the names of your group if you give them.

Why: the safety of everyone in the building (in an emergency, reception prints who is inside), and to reach you if needed.

For how long: %1 days after your last visit. Then your name and number are erased on every computer of the building; only a count of visits without names is kept for the city&apos;s statistics.

Who sees it: the receptionists, the building management and, in an emergency, the safety officers. It is never sold or shared.

Your rights: ask at the reception desk for a copy of your data (on paper or as a file), to erase it now, or to withdraw your agreement; we answer within 3 × 24 hours. After a withdrawal the kiosk no longer recognises your number (Law No. 27 of 2022 on Personal Data Protection).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyModels</name>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="20"/>
        <source>See their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="21"/>
        <source>Erase their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="22"/>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="30"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="31"/>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="32"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="33"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="34"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="47"/>
        <source>withdrawn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="49"/>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="77"/>
        <source>Request</source>
        <extracomment>The operations&apos; now, read with the rows (None: nothing is overdue yet). The theme&apos;s warning colour (the panel hands it over); None: the view&apos;s own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="78"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="79"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="80"/>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="81"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="82"/>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="98"/>
        <source>open, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/models.py" line="99"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="140"/>
        <source>Requests about personal data</source>
        <extracomment>The people found, the register, and the operations&apos; now (for what is overdue). What the last search looked for (None: nothing searched yet).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="142"/>
        <source>Find the person by mobile number or name. A request must be answered within 3 × 24 hours of receiving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="144"/>
        <source>Mobile number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="145"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="146"/>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="152"/>
        <source>Kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="153"/>
        <source>Log as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="155"/>
        <source>Enter the request for the mobile number or name typed, to handle later: it waits in the register with its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="159"/>
        <source>In Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="160"/>
        <source>In English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="162"/>
        <source>Language of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="163"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="164"/>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="165"/>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="166"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="166"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="167"/>
        <source>Register of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="205"/>
        <source>Logged: to be answered by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="248"/>
        <source>Save the export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="259"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="265"/>
        <source>Saved to %1: %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="280"/>
        <source>Consent withdrawn. The kiosk no longer recalls them; next time they are asked afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/privacy/panel.py" line="293"/>
        <source>Erase %1 (%2) now? Their name, mobile number and the names in their groups go from %n visit(s) on every desk, and cannot be brought back. The visits stay, without them, for the statistics.</source>
        <translation>
            <numerusform>Erase %1 (%2) now? Their name, mobile number and the names in their groups go from %n visit on every desk, and cannot be brought back. The visit stays, without them, for the statistics.</numerusform>
            <numerusform>Erase %1 (%2) now? Their name, mobile number and the names in their groups go from %n visits on every desk, and cannot be brought back. The visits stay, without them, for the statistics.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/privacy/panel.py" line="303"/>
        <source>Erasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/privacy/panel.py" line="309"/>
        <source>Erased: %n visitor record(s).</source>
        <translation>
            <numerusform>Erased: %n visitor record.</numerusform>
            <numerusform>Erased: %n visitor records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <location filename="../../ui/visitor/privacy.py" line="38"/>
        <source>Before we start: your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/privacy.py" line="40"/>
        <source>Read the full notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/privacy.py" line="41"/>
        <source>I agree, continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/privacy.py" line="42"/>
        <source>Agree to the notice and type your mobile number next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/privacy.py" line="44"/>
        <source>Nothing is stored; reception registers your visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <location filename="../../ui/texts.py" line="20"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="21"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="22"/>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="23"/>
        <source>Showroom visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="24"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="25"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="26"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurposeScreen</name>
    <message>
        <location filename="../../ui/visitor/purpose.py" line="43"/>
        <source>What brings you here today?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionWindow</name>
    <message>
        <location filename="../../ui/reception/window.py" line="354"/>
        <source>No staff accounts have reached this desk yet: they come with the next sync. An administrator can also add one here with &quot;gic-kiosk staff add&quot;.</source>
        <extracomment>Only for those whose role may see them (None otherwise). The marshals&apos; ticks, one set for every roll-call screen (locked, signed in, anyone&apos;s). Dialogs hidden while the console is locked, shown again when it opens.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="453"/>
        <source>Your account was disabled: please ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="526"/>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="526"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="527"/>
        <source>Week per room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="527"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="528"/>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="529"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="530"/>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="531"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="532"/>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="533"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="534"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="535"/>
        <source>Deny list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="536"/>
        <source>Privacy requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message numerus="yes">
        <location filename="../../ui/reception/privacy/models.py" line="104"/>
        <source>%n visitor record(s)</source>
        <translation>
            <numerusform>%n visitor record</numerusform>
            <numerusform>%n visitor records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/privacy/models.py" line="105"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/texts.py" line="169"/>
        <source>Receptionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="170"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="171"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="179"/>
        <source>serve visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="180"/>
        <source>invite guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="181"/>
        <source>make or change bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="182"/>
        <source>print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="183"/>
        <source>approve or reject bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="184"/>
        <source>close rooms or floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="185"/>
        <source>change rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="186"/>
        <source>change organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="188"/>
        <source>see reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="189"/>
        <source>handle privacy requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="190"/>
        <source>see the activity record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="191"/>
        <source>manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="192"/>
        <source>manage devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="193"/>
        <source>manage keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="194"/>
        <source>leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="196"/>
        <source>an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="198"/>
        <source>a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="199"/>
        <source>Your role (%1) may not %2. Please ask %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCallModel</name>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="175"/>
        <location filename="../../ui/reception/evacuation/model.py" line="209"/>
        <source>Safe</source>
        <extracomment>A person row: their visit&apos;s id (a str), for tests and for finding them again. An evacuation begun this long after the last tick (or the last touch of the button) is a new one: the ticks of the one before (a drill this morning) must not mark anyone safe now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="175"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="209"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="209"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="209"/>
        <source>Time in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="210"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="210"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="210"/>
        <source>Host / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="231"/>
        <source>Unknown / lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/evacuation/model.py" line="234"/>
        <source>Floor %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/evacuation/model.py" line="236"/>
        <source>%n of %1 not yet accounted for</source>
        <translation>
            <numerusform>%n of %1 not yet accounted for</numerusform>
            <numerusform>%n of %1 not yet accounted for</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/evacuation/model.py" line="240"/>
        <source>%n booking(s) in progress, %1 expected</source>
        <translation>
            <numerusform>%n booking in progress, %1 expected</numerusform>
            <numerusform>%n bookings in progress, %1 expected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="166"/>
        <source>New room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="167"/>
        <source>Room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="168"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="168"/>
        <source>Name (Indonesian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="169"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="169"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="170"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="170"/>
        <source>Amenities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="171"/>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="172"/>
        <source>Clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="174"/>
        <source>Floor, dot, two digits: 4.07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="181"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="182"/>
        <source>Booked at reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="183"/>
        <source>A manager approves each booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="184"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="185"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomTexts</name>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="48"/>
        <source>Please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="49"/>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="50"/>
        <source>A name cannot have these characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="52"/>
        <source>The floor, a dot and two digits, e.g. 4.07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="54"/>
        <source>The building has no such floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="56"/>
        <source>A room already has this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="58"/>
        <source>A retired room has this code: bring it back instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="60"/>
        <source>A room&apos;s code does not change: retire it and add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="62"/>
        <source>From 1 to %1 seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="64"/>
        <source>From 0 to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="66"/>
        <source>Choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/dialog.py" line="68"/>
        <source>Choose a kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rooms</name>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="19"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="20"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="21"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="22"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="23"/>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="24"/>
        <source>Set-up / clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="25"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="39"/>
        <source>not bookable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="40"/>
        <source>needs approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="41"/>
        <source>bookable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="43"/>
        <source>%1 / %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="45"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/models.py" line="46"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsPanel</name>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="92"/>
        <source>Rooms</source>
        <extracomment>The bookings in the way named one by one, then &quot;and N more&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="94"/>
        <source>Show retired rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="95"/>
        <source>Add a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="96"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="97"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="97"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="124"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="125"/>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="138"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="157"/>
        <source>Back in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="161"/>
        <source>Retire %1? It is no longer offered for bookings or to visitors; its past bookings and visits keep its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="170"/>
        <source>Retired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="189"/>
        <source>%1 still has bookings: move or cancel them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/rooms/panel.py" line="196"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePrinting</name>
    <message>
        <location filename="../../ui/reception/schedule_printing.py" line="79"/>
        <source>The schedules were sent to the printer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/schedule_printing.py" line="83"/>
        <source>No A4 printer is set up: the schedules are saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/schedule_printing.py" line="90"/>
        <source>The schedules did not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/schedule_printing.py" line="94"/>
        <source>The schedules could not be made. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../ui/widgets/screen.py" line="50"/>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchEdit</name>
    <message>
        <location filename="../../ui/widgets/search.py" line="34"/>
        <source>Search</source>
        <extracomment>The object name Qt gives the action behind a line edit&apos;s clear button.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="38"/>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <location filename="../../ui/reception/staff/session.py" line="53"/>
        <source>My password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/session.py" line="54"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/session.py" line="55"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/session.py" line="57"/>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="48"/>
        <source>Too many wrong tries: this account is locked until %1. An administrator can reset the password.</source>
        <extracomment>The card in the middle of the screen: room for the longest caption beside a field that shows a whole passphrase, in either language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="52"/>
        <source>This account is disabled. Please ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="55"/>
        <source>Wrong name or password. Five wrong tries in a row lock the account for five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="160"/>
        <location filename="../../ui/reception/staff/sign_in.py" line="165"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="161"/>
        <source>Reception console: sign in with your own name and password. What you do is recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="163"/>
        <source>Sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="164"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/sign_in.py" line="180"/>
        <source>Type your sign-in name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="22"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="23"/>
        <source>Sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="24"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="25"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="26"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="37"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="38"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="39"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/models.py" line="40"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="106"/>
        <source>New staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="107"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="109"/>
        <source>They sign in with their own name and password; what they may do depends on the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="111"/>
        <source>A new password for %1. Tell it to them in person; they can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="113"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="113"/>
        <source>Sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="114"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="114"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="115"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="116"/>
        <source>PIN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="120"/>
        <source>e.g. siti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="121"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="121"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="122"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="130"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="311"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="312"/>
        <source>Add someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="313"/>
        <source>New password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="314"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="350"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/accounts.py" line="351"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../ui/visitor/staff.py" line="46"/>
        <source>Staff: leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/staff.py" line="47"/>
        <source>For staff only. Visitors, please touch Back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/staff.py" line="48"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/staff.py" line="49"/>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTexts</name>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="18"/>
        <source>Please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="19"/>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="20"/>
        <source>A name needs letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="22"/>
        <source>A name cannot have these characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="24"/>
        <source>Use 2 to 40 of a–z, 0–9, dot, dash or underscore, e.g. siti.a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="26"/>
        <source>Someone already signs in with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="28"/>
        <source>At least %1 characters; a short sentence is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="33"/>
        <source>Too easy to guess: choose one that is not well known and does not contain the sign-in name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="31"/>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="37"/>
        <source>The building would have no administrator left: make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="40"/>
        <source>The first administrator was already made: please sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="42"/>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="43"/>
        <source>This is not your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="45"/>
        <source>Too many wrong passwords: your account is locked for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="53"/>
        <source>%1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="59"/>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="60"/>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="61"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="62"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="63"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="64"/>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="65"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="66"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="67"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="77"/>
        <location filename="../../ui/reception/staff/texts.py" line="103"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="78"/>
        <location filename="../../ui/reception/staff/texts.py" line="104"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="80"/>
        <location filename="../../ui/reception/staff/texts.py" line="105"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="82"/>
        <location filename="../../ui/reception/staff/texts.py" line="106"/>
        <source>Brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="84"/>
        <source>List imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="86"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="87"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="88"/>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="90"/>
        <source>Card reprinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="92"/>
        <source>Checked in at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="94"/>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="95"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="97"/>
        <source>Slip printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="99"/>
        <source>Booking saved for a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="101"/>
        <source>Series saved for a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="108"/>
        <source>First administrator made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="110"/>
        <source>Account added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="112"/>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="114"/>
        <source>PIN changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="115"/>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="117"/>
        <source>Account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="119"/>
        <source>Account enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="121"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="123"/>
        <source>Locked after wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="125"/>
        <source>Left kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="127"/>
        <source>Evacuation list printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="139"/>
        <source>Added to the deny list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="141"/>
        <source>Removed from the deny list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="143"/>
        <source>Held check-in admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="145"/>
        <source>Held check-in turned away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="147"/>
        <source>Request to see data logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="149"/>
        <source>Request to erase data logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="151"/>
        <source>Consent withdrawal logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="153"/>
        <source>Personal data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="155"/>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/staff/texts.py" line="157"/>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandingBookingsModel</name>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="149"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="150"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="151"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="152"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/closures/models.py" line="153"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepScreen</name>
    <message>
        <location filename="../../ui/visitor/step.py" line="86"/>
        <location filename="../../ui/visitor/step.py" line="87"/>
        <source>Back</source>
        <extracomment>A touch list shows at least three rows of 96 px.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="83"/>
        <source>Sync now</source>
        <extracomment>Why the last round failed (&quot;&quot; after a success).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="87"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="89"/>
        <source>Cannot sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/sync_indicator.py" line="91"/>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/sync_indicator.py" line="93"/>
        <source>Offline · %n waiting</source>
        <translation>
            <numerusform>Offline · %n waiting</numerusform>
            <numerusform>Offline · %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/sync_indicator.py" line="98"/>
        <source>Synced %1 · %n waiting</source>
        <translation>
            <numerusform>Synced %1 · %n waiting</numerusform>
            <numerusform>Synced %1 · %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/sync_indicator.py" line="105"/>
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../ui/visitor/today.py" line="55"/>
        <location filename="../../ui/visitor/today.py" line="57"/>
        <source>Today in the building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/today.py" line="56"/>
        <source>Search: event, organisation, room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/today.py" line="58"/>
        <source>No trainings or meetings are scheduled today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/today.py" line="70"/>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitHistory</name>
    <message>
        <location filename="../../ui/reception/history/models.py" line="25"/>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="27"/>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="34"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="35"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="36"/>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="37"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="38"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="39"/>
        <source>Went to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="40"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="41"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="49"/>
        <source>still in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/models.py" line="55"/>
        <source>%1 (group of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitHistoryPanel</name>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="103"/>
        <source>Visit history</source>
        <extracomment>The period shown at first: this week and the one before.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="104"/>
        <source>Name, phone, organisation, room or pass number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="106"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="107"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="149"/>
        <source>The newest %1 visits: narrow the search or the period to see others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/history/panel.py" line="152"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="174"/>
        <source>checked in at the desk by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="175"/>
        <source>checked out at the desk by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="176"/>
        <source>card reprinted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="179"/>
        <source>checked in at the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="188"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="191"/>
        <source>out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="193"/>
        <source>still in the building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="194"/>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="196"/>
        <source>pass %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/history/panel.py" line="198"/>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorsByFloorModel</name>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="89"/>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="90"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="91"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="92"/>
        <source>Going to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="93"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="94"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/visitors_model.py" line="99"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="101"/>
        <source>At reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/visitors_model.py" line="105"/>
        <source>Floor %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorsPanel</name>
    <message>
        <location filename="../../ui/reception/window.py" line="129"/>
        <source>Who is in the building</source>
        <extracomment>What the visitors list shows: visits, by floor and room. What the bookings list and the approvals show.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="131"/>
        <source>Check in a visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="132"/>
        <source>Invite a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="133"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="134"/>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/window.py" line="135"/>
        <source>Reprint card</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/window.py" line="191"/>
        <source>%n person(s) in the building</source>
        <translation>
            <numerusform>%n person in the building</numerusform>
            <numerusform>%n people in the building</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../ui/reception/calendar/models.py" line="355"/>
        <source>pending approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPanel</name>
    <message>
        <location filename="../../ui/reception/calendar/week.py" line="282"/>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reception/calendar/week.py" line="283"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/calendar/week.py" line="321"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="135"/>
        <source>Welcome</source>
        <extracomment>Staff hold the building&apos;s name this long to reach the PIN screen; visitors never do. No control has the focus here: a frame on a toggle would look switched on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="136"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="138"/>
        <source>Register your visit and get a visitor card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="139"/>
        <source>I have an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="140"/>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="142"/>
        <source>Type the code of your visitor card when you leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="143"/>
        <source>Today in the building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="144"/>
        <source>Leaving? Hold your visitor card under the scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="145"/>
        <location filename="../../ui/visitor/welcome.py" line="146"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor/welcome.py" line="147"/>
        <location filename="../../ui/visitor/welcome.py" line="148"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
