<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/texts.py" line="28" />
            <source>Please enter your name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="30" />
            <source>Please enter your phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="32" />
            <location filename="../../ui/texts.py" line="34" />
            <source>This name is too long. Please shorten it to 120 letters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="40" />
            <source>Please fill this in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="41" />
            <source>This is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="42" />
            <source>A name needs at least one letter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="44" />
            <source>Please use letters only: numbers, emoji and symbols cannot be printed on your pass.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="47" />
            <source>A phone number has digits only, for example 0812-3456-7890.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="49" />
            <source>This phone number is too short. Please check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="51" />
            <source>This phone number is too long. Please check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="53" />
            <source>This is not a phone number we can reach. Please check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="55" />
            <source>A group has from 1 to 500 people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="57" />
            <source>This place is no longer available. Please choose again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="59" />
            <source>Please choose the purpose of your visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="66" />
            <source>Sorry, something went wrong. Please ask the receptionist for help.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassReadyScreen</name>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="53" />
            <source>Your pass is ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="54" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="62" />
            <source>Please see the receptionist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="63" />
            <source>The reception desk is right here in the lobby.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="65" />
            <source>Go to floor %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="70" />
            <source>Pass number %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="73" />
            <source>No pass printer is connected: reception can print your pass from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/pass_ready.py" line="78" />
            <source>Your visit is registered, but the pass could not be made. Please ask the receptionist for a pass.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Purpose</name>
        <message>
            <location filename="../../ui/texts.py" line="14" />
            <source>Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="15" />
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="16" />
            <source>Consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="17" />
            <source>Showroom visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="18" />
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="19" />
            <source>Delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/texts.py" line="20" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitorsByFloorModel</name>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="109" />
            <source>Visitor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="110" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="111" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="112" />
            <source>Going to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="113" />
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="114" />
            <source>Pass</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/reception/visitors_model.py" line="118" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="121" />
            <source>At reception</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/visitors_model.py" line="125" />
            <source>Floor %1 · %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitorsPanel</name>
        <message>
            <location filename="../../ui/reception/window.py" line="72" />
            <source>Who is in the building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="73" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reception/window.py" line="74" />
            <source>Check out</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/reception/window.py" line="102" />
            <source>%n person(s) in the building</source>
            <translation>
                <numerusform>%n person in the building</numerusform>
                <numerusform>%n people in the building</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WalkInScreen</name>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="204" />
            <source>Please wait…</source>
            <extracomment>Two form columns when the screen is wider than this (landscape); one column in portrait.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="204" />
            <source>Get my pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="221" />
            <source>Check in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="223" />
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="224" />
            <source>Phone number (WhatsApp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="225" />
            <source>Company, UMKM or organisation (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="226" />
            <source>Purpose of your visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="227" />
            <source>Where are you going?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="228" />
            <source>How many people, including you?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="232" />
            <source>As it should appear on your pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="236" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/kiosk/walk_in.py" line="269" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="275" />
            <source>I don't know: reception will help me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="281" />
            <source>floor %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/walk_in.py" line="287" />
            <source>Floor %1 · %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="70" />
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="71" />
            <source>Check in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/kiosk/welcome.py" line="72" />
            <source>Touch the button to get your visitor pass</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>