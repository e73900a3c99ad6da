<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>A11y</name>
    <message>
        <location filename="../../sarcoref/ui/a11y.py" line="18"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/a11y.py" line="19"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/a11y.py" line="20"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/a11y.py" line="21"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="26"/>
        <location filename="../../sarcoref/ui/about.py" line="32"/>
        <source>About SarcoRef</source>
        <translation>About SarcoRef</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="44"/>
        <source>Content signed by the publisher (key %1).</source>
        <translation>Content signed by the publisher (key %1).</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="46"/>
        <source>Development build: content signed with this build&apos;s own key (%1), not by the publisher.</source>
        <translation>Development build: content signed with this build&apos;s own key (%1), not by the publisher.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="49"/>
        <source>Development build: content built from the sources, not signed by the publisher.</source>
        <translation>Development build: content built from the sources, not signed by the publisher.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="50"/>
        <source>Unsigned content — not from the publisher (%1).</source>
        <translation>Unsigned content — not from the publisher (%1).</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="54"/>
        <source>Content database in use:</source>
        <translation>Content database in use:</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="55"/>
        <source>About this content: sources and how statements are marked</source>
        <translation>About this content: sources and how statements are marked</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="56"/>
        <source>What&apos;s new in this content</source>
        <translation>What&apos;s new in this content</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="57"/>
        <source>SarcoRef works offline and never opens a network connection.</source>
        <translation>SarcoRef works offline and never opens a network connection.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="58"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="58"/>
        <source>Licences of what SarcoRef ships</source>
        <translation>Licences of what SarcoRef ships</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="74"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3. SarcoRef links to them dynamically; you may replace the Qt libraries shipped in the application folder with your own build. Qt&apos;s source code is available from The Qt Company and the Qt Project (qt.io).</source>
        <translation>Qt and PySide6 are used under the GNU Lesser General Public License v3. SarcoRef links to them dynamically; you may replace the Qt libraries shipped in the application folder with your own build. Qt&apos;s source code is available from The Qt Company and the Qt Project (qt.io).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="106"/>
        <source>Something went wrong (reference %1). SarcoRef keeps running. Nothing was sent anywhere.</source>
        <translation>Something went wrong (reference %1). SarcoRef keeps running. Nothing was sent anywhere.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="108"/>
        <source>The details are in this file, for whoever looks after SarcoRef: %1</source>
        <translation>The details are in this file, for whoever looks after SarcoRef: %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="193"/>
        <source>A content update in your user folder could not be used; SarcoRef shows its own content.</source>
        <translation>A content update in your user folder could not be used; SarcoRef shows its own content.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="200"/>
        <source>Your bookmarks and settings file was damaged. It was set aside and a new one was made; what could be read was kept.</source>
        <translation>Your bookmarks and settings file was damaged. It was set aside and a new one was made; what could be read was kept.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="205"/>
        <source>Your bookmarks and settings cannot be saved during this session.</source>
        <translation>Your bookmarks and settings cannot be saved during this session.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="208"/>
        <source>Your bookmarks and settings come from a newer SarcoRef: they were left untouched, and this session will not be saved.</source>
        <translation>Your bookmarks and settings come from a newer SarcoRef: they were left untouched, and this session will not be saved.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="213"/>
        <source>Your bookmarks and settings could not be read.</source>
        <translation>Your bookmarks and settings could not be read.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="214"/>
        <source>A change to your bookmarks or settings could not be saved.</source>
        <translation>A change to your bookmarks or settings could not be saved.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="220"/>
        <source>Your bookmarks and settings need attention.</source>
        <translation>Your bookmarks and settings need attention.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/attract.py" line="196"/>
        <source>Key message %1</source>
        <translation>Key message %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/attract.py" line="198"/>
        <source>A trial</source>
        <translation>A trial</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/attract.py" line="200"/>
        <source>Tolerance</source>
        <translation>Tolerance</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/attract.py" line="203"/>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/attract.py" line="216"/>
        <source>Slide %1 of %2</source>
        <translation>Slide %1 of %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="156"/>
        <location filename="../../sarcoref/ui/reader.py" line="157"/>
        <source>Find in page</source>
        <translation>Find in page</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="158"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="159"/>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="160"/>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="161"/>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="162"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="163"/>
        <source>Close find bar</source>
        <translation>Close find bar</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="204"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="207"/>
        <source>No match</source>
        <translation>No match</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/home.py" line="74"/>
        <source>The lecture</source>
        <translation>The lecture</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/kiosk/home.py" line="74"/>
        <source>%n part(s), in order</source>
        <translation>
            <numerusform>%n part, in order</numerusform>
            <numerusform>%n parts, in order</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/home.py" line="75"/>
        <source>The lecture&apos;s key messages</source>
        <translation>The lecture&apos;s key messages</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/home.py" line="77"/>
        <source>Clinical trials</source>
        <translation>Clinical trials</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/kiosk/home.py" line="78"/>
        <source>%n trial(s): phase, status, registry QR code</source>
        <translation>
            <numerusform>%n trial: phase, status, registry QR code</numerusform>
            <numerusform>%n trials: phase, status, registry QR code</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/home.py" line="79"/>
        <source>Side by side, with CTCAE grades</source>
        <translation>Side by side, with CTCAE grades</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/home.py" line="81"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/home.py" line="81"/>
        <source>Type on the screen&apos;s keyboard, or tap a topic</source>
        <translation>Type on the screen&apos;s keyboard, or tap a topic</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/home.py" line="82"/>
        <source>How each statement is marked and sourced</source>
        <translation>How each statement is marked and sourced</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="221"/>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="223"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="222"/>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="224"/>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="335"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="262"/>
        <source>This link leads nowhere in SarcoRef.</source>
        <translation>This link leads nowhere in SarcoRef.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="330"/>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="335"/>
        <source>The lecture</source>
        <translation>The lecture</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="335"/>
        <source>Clinical trials</source>
        <translation>Clinical trials</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="336"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="336"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="364"/>
        <source>Web links do not open at the kiosk. On a trial page, scan its QR code with your phone.</source>
        <translation>Web links do not open at the kiosk. On a trial page, scan its QR code with your phone.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="298"/>
        <source>Clinical trials</source>
        <translation>Clinical trials</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="298"/>
        <source>Tolerance (side by side)</source>
        <translation>Tolerance (side by side)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="299"/>
        <location filename="../../sarcoref/ui/main_window.py" line="330"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="299"/>
        <location filename="../../sarcoref/ui/main_window.py" line="329"/>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="329"/>
        <source>Trials</source>
        <translation>Trials</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="329"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="330"/>
        <source>Tolerance</source>
        <translation>Tolerance</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="330"/>
        <source>CTCAE grades</source>
        <translation>CTCAE grades</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="331"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="382"/>
        <source>Nothing in SarcoRef has the id “%1”; here is the home page.</source>
        <translation>Nothing in SarcoRef has the id “%1”; here is the home page.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="243"/>
        <location filename="../../sarcoref/ui/main_window.py" line="260"/>
        <location filename="../../sarcoref/ui/main_window.py" line="473"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="242"/>
        <location filename="../../sarcoref/ui/main_window.py" line="258"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="242"/>
        <source>Back (Alt+Left)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="242"/>
        <location filename="../../sarcoref/ui/main_window.py" line="259"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="242"/>
        <source>Forward (Alt+Right)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="243"/>
        <source>Home (Alt+Home)</source>
        <translation>Home (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="243"/>
        <location filename="../../sarcoref/ui/main_window.py" line="279"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="243"/>
        <source>Search (Ctrl+K)</source>
        <translation>Search (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="244"/>
        <source>Find in page…</source>
        <translation>Find in page…</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="244"/>
        <source>Find in page (Ctrl+F)</source>
        <translation>Find in page (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="245"/>
        <source>Bookmark this page</source>
        <translation>Bookmark this page</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="245"/>
        <source>Bookmark this page (Ctrl+D)</source>
        <translation>Bookmark this page (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="246"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="246"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Zoom in (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="246"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="246"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="247"/>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="247"/>
        <source>Actual size (Ctrl+0)</source>
        <translation>Actual size (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="248"/>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="248"/>
        <source>Full screen (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="248"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="248"/>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="249"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="249"/>
        <source>Export PDF (Ctrl+Shift+E)</source>
        <translation>Export PDF (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="249"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="249"/>
        <source>Quit (Ctrl+Q)</source>
        <translation>Quit (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="250"/>
        <source>About SarcoRef</source>
        <translation>About SarcoRef</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="304"/>
        <source>Bookmark</source>
        <translation>Bookmark</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="265"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="251"/>
        <location filename="../../sarcoref/ui/main_window.py" line="473"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="251"/>
        <source>User guide (F1)</source>
        <translation>User guide (F1)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="252"/>
        <location filename="../../sarcoref/ui/main_window.py" line="789"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="253"/>
        <source>Clear recent searches</source>
        <translation>Clear recent searches</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="265"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="265"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="266"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="269"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="270"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="271"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="272"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="273"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="274"/>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="275"/>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="276"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="277"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="278"/>
        <source>Search: words, abbreviations, NCT IDs… (Ctrl+K)</source>
        <translation>Search: words, abbreviations, NCT IDs… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="281"/>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="282"/>
        <location filename="../../sarcoref/ui/main_window.py" line="283"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="284"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="285"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="287"/>
        <source>Unsigned content — not from the publisher</source>
        <translation>Unsigned content — not from the publisher</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="290"/>
        <source>No publisher signature vouches for this content database: %1</source>
        <translation>No publisher signature vouches for this content database: %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="304"/>
        <source>Bookmarked</source>
        <translation>Bookmarked</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="450"/>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="473"/>
        <source>What&apos;s new</source>
        <translation>What&apos;s new</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="513"/>
        <source>This link leads nowhere in SarcoRef.</source>
        <translation>This link leads nowhere in SarcoRef.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="519"/>
        <source>Open in your web browser?</source>
        <translation>Open in your web browser?</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="520"/>
        <source>This link leaves SarcoRef and needs a network connection:
%1

Open it in your web browser?</source>
        <translation>This link leaves SarcoRef and needs a network connection:
%1

Open it in your web browser?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/main_window.py" line="551"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="552"/>
        <source>No results. Try fewer letters or another spelling.</source>
        <translation>No results. Try fewer letters or another spelling.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="562"/>
        <source>Also showing results for “%1”.</source>
        <translation>Also showing results for “%1”.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="564"/>
        <source>Nothing matches “%1”: showing results for “%2”.</source>
        <translation>Nothing matches “%1”: showing results for “%2”.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="566"/>
        <source>Search only for “%1”</source>
        <translation>Search only for “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/main_window.py" line="569"/>
        <source>%n page(s) found through the English text only.</source>
        <translation>
            <numerusform>%n page found through the English text only.</numerusform>
            <numerusform>%n pages found through the English text only.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="570"/>
        <source>Read in English</source>
        <translation>Read in English</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/main_window.py" line="573"/>
        <source>%n page(s) found through the French text only.</source>
        <translation>
            <numerusform>%n page found through the French text only.</numerusform>
            <numerusform>%n pages found through the French text only.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="574"/>
        <source>Read in French</source>
        <translation>Read in French</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="631"/>
        <source>Bookmark removed</source>
        <translation>Bookmark removed</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="634"/>
        <source>Bookmarked: %1</source>
        <translation>Bookmarked: %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="641"/>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="703"/>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="731"/>
        <source>SarcoRef — %1 — source: %2 — %3</source>
        <translation>SarcoRef — %1 — source: %2 — %3</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="747"/>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="759"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="759"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="768"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="768"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="771"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="781"/>
        <source>Up / Down, Enter</source>
        <translation>Up / Down, Enter</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="781"/>
        <source>Choose a search result, open it</source>
        <translation>Choose a search result, open it</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="782"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="782"/>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="783"/>
        <source>Down, in the empty search field</source>
        <translation>Down, in the empty search field</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="783"/>
        <source>Recent searches</source>
        <translation>Recent searches</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="784"/>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="784"/>
        <source>Top or bottom of the page</source>
        <translation>Top or bottom of the page</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="117"/>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="120"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="118"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="119"/>
        <source>Hide ▾</source>
        <translation>Hide ▾</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="121"/>
        <source>Hide the keyboard</source>
        <translation>Hide the keyboard</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="122"/>
        <source>Delete the last letter</source>
        <translation>Delete the last letter</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="122"/>
        <source>Hyphen</source>
        <translation>Hyphen</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="122"/>
        <source>Apostrophe</source>
        <translation>Apostrophe</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="38"/>
        <source>Content page</source>
        <translation>Content page</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="18"/>
        <source>SarcoRef is a reference for health professionals. It is not medical advice and does not replace clinical judgement or a multidisciplinary tumour board.</source>
        <translation>SarcoRef is a reference for health professionals. It is not medical advice and does not replace clinical judgement or a multidisciplinary tumour board.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="23"/>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="24"/>
        <source>Content version %1, as of %2 · newest registry record: %3</source>
        <translation>Content version %1, as of %2 · newest registry record: %3</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="33"/>
        <source>The lecture</source>
        <translation>The lecture</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="33"/>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="33"/>
        <source>How to read a statement</source>
        <translation>How to read a statement</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="43"/>
        <source>Clinical trials (cards and filters)</source>
        <translation>Clinical trials (cards and filters)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="44"/>
        <source>Tolerance: radiotherapy and immunotherapy side by side</source>
        <translation>Tolerance: radiotherapy and immunotherapy side by side</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="45"/>
        <source>Glossary of abbreviations</source>
        <translation>Glossary of abbreviations</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="46"/>
        <location filename="../../sarcoref/ui/pages.py" line="93"/>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="47"/>
        <source>About this content: how statements are marked</source>
        <translation>About this content: how statements are marked</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="48"/>
        <location filename="../../sarcoref/ui/pages.py" line="66"/>
        <source>What&apos;s new in this content</source>
        <translation>What&apos;s new in this content</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="53"/>
        <source>what the lecture states, reworded faithfully</source>
        <translation>what the lecture states, reworded faithfully</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="55"/>
        <source>a correction or extension from a named source, with the date it was checked</source>
        <translation>a correction or extension from a named source, with the date it was checked</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="57"/>
        <source>a lecture statement no source could confirm: kept, and marked</source>
        <translation>a lecture statement no source could confirm: kept, and marked</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="67"/>
        <source>What changed in each version of the content, newest first. The pages linked here carry the statements themselves, each with its label and sources.</source>
        <translation>What changed in each version of the content, newest first. The pages linked here carry the statements themselves, each with its label and sources.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="72"/>
        <source>This content database records no changes.</source>
        <translation>This content database records no changes.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="75"/>
        <source>Version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="77"/>
        <source>the version in use</source>
        <translation>the version in use</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="84"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="107"/>
        <source>Find anything</source>
        <translation>Find anything</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="108"/>
        <source>Type in the search field at the top (Ctrl+K): results appear as you type, whatever the accents, hyphens or abbreviations (PDL1, PD L1 and PD-L1 are the same). Up and Down choose a result, Enter opens it, Esc clears the search and brings back the contents.</source>
        <translation>Type in the search field at the top (Ctrl+K): results appear as you type, whatever the accents, hyphens or abbreviations (PDL1, PD L1 and PD-L1 are the same). Up and Down choose a result, Enter opens it, Esc clears the search and brings back the contents.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="111"/>
        <source>Browse the lecture</source>
        <translation>Browse the lecture</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="112"/>
        <source>The contents on the left follow the lecture section by section; the clinical trials, the tolerance comparison, the glossary and the references come after it. Back and Forward (Alt+Left, Alt+Right) retrace your steps.</source>
        <translation>The contents on the left follow the lecture section by section; the clinical trials, the tolerance comparison, the glossary and the references come after it. Back and Forward (Alt+Left, Alt+Right) retrace your steps.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="115"/>
        <source>Trust what you read</source>
        <translation>Trust what you read</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="116"/>
        <source>Every statement carries its label: Lecture (what the lecture states), Update (a correction or extension from a named source, with the date it was checked) or Not independently verified. Its source follows it. SarcoRef is a reference for health professionals, not medical advice.</source>
        <translation>Every statement carries its label: Lecture (what the lecture states), Update (a correction or extension from a named source, with the date it was checked) or Not independently verified. Its source follows it. SarcoRef is a reference for health professionals, not medical advice.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="119"/>
        <source>Trials</source>
        <translation>Trials</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="120"/>
        <source>The trials page shows one card per trial; the filters above it combine. A card opens the full record, with every field&apos;s source and a QR code of the registry record.</source>
        <translation>The trials page shows one card per trial; the filters above it combine. A card opens the full record, with every field&apos;s source and a QR code of the registry record.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="122"/>
        <source>Keep and share</source>
        <translation>Keep and share</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="123"/>
        <source>Ctrl+D bookmarks a page (Go &gt; Bookmarks lists them); Ctrl+P prints it and Ctrl+Shift+E saves it as a PDF, with the source and the content date at the foot of every page.</source>
        <translation>Ctrl+D bookmarks a page (Go &gt; Bookmarks lists them); Ctrl+P prints it and Ctrl+Shift+E saves it as a PDF, with the source and the content date at the foot of every page.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="126"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="126"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="53"/>
        <source>Lecture</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="54"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="56"/>
        <source>Not independently verified</source>
        <translation>Not independently verified</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="133"/>
        <source>Organiser: enter the PIN to leave kiosk mode</source>
        <translation>Organiser: enter the PIN to leave kiosk mode</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="134"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="135"/>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="160"/>
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="182"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="191"/>
        <source>Wrong PIN. Too many tries: wait %n second(s).</source>
        <translation>
            <numerusform>Wrong PIN. Too many tries: wait %n second.</numerusform>
            <numerusform>Wrong PIN. Too many tries: wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="206"/>
        <source>Try again.</source>
        <translation>Try again.</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <location filename="../../sarcoref/ui/search_panel.py" line="287"/>
        <source>In the English text:</source>
        <translation>In the English text:</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/search_panel.py" line="287"/>
        <source>In the French text:</source>
        <translation>In the French text:</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="121"/>
        <source>Type a word, a trial name, an NCT number…</source>
        <translation>Type a word, a trial name, an NCT number…</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="122"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="123"/>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="124"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="127"/>
        <source>Tap a topic, or type with the keyboard below.</source>
        <translation>Tap a topic, or type with the keyboard below.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="152"/>
        <source>Trials</source>
        <translation>Trials</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="152"/>
        <source>Lecture</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="152"/>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="153"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="153"/>
        <source>Tolerance</source>
        <translation>Tolerance</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="153"/>
        <source>CTCAE grades</source>
        <translation>CTCAE grades</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="154"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/kiosk/search.py" line="185"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="189"/>
        <source>also showing “%1”</source>
        <translation>also showing “%1”</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="189"/>
        <source>showing results for “%1”</source>
        <translation>showing results for “%1”</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="191"/>
        <source>No results. Try fewer letters, or tap a topic.</source>
        <translation>No results. Try fewer letters, or tap a topic.</translation>
    </message>
</context>
<context>
    <name>ToleranceView</name>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="147"/>
        <source>Radiotherapy vs immunotherapy</source>
        <translation>Radiotherapy vs immunotherapy</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="148"/>
        <source>Immunomodulation balance</source>
        <translation>Immunomodulation balance</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="149"/>
        <source>Tolerance views</source>
        <translation>Tolerance views</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="150"/>
        <source>Radiotherapy and immunotherapy tolerance, side by side</source>
        <translation>Radiotherapy and immunotherapy tolerance, side by side</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="151"/>
        <source>Radiotherapy immunomodulation balance</source>
        <translation>Radiotherapy immunomodulation balance</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="188"/>
        <source>The tolerance content is missing from the content database.</source>
        <translation>The tolerance content is missing from the content database.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="232"/>
        <source>More CTCAE grade definitions</source>
        <translation>More CTCAE grade definitions</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="241"/>
        <source>Show or hide the CTCAE grade definitions</source>
        <translation>Show or hide the CTCAE grade definitions</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="250"/>
        <source>grades shown</source>
        <translation>grades shown</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="250"/>
        <source>grades hidden</source>
        <translation>grades hidden</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="258"/>
        <source>CTCAE grades:</source>
        <translation>CTCAE grades:</translation>
    </message>
</context>
<context>
    <name>TrialHeader</name>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="170"/>
        <location filename="../../sarcoref/ui/trial_header.py" line="227"/>
        <source>Registry data as of %1</source>
        <translation>Registry data as of %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="172"/>
        <location filename="../../sarcoref/ui/trial_header.py" line="228"/>
        <source>Registry data as of: not reported</source>
        <translation>Registry data as of: not reported</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="176"/>
        <source>QR code of the registry record</source>
        <translation>QR code of the registry record</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="178"/>
        <source>Scan with a phone to open this registry record later</source>
        <translation>Scan with a phone to open this registry record later</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="180"/>
        <source>Registry link: not reported</source>
        <translation>Registry link: not reported</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="184"/>
        <source>NCT ID %1</source>
        <translation>NCT ID %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="186"/>
        <location filename="../../sarcoref/ui/trial_header.py" line="187"/>
        <source>Copy NCT ID</source>
        <translation>Copy NCT ID</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="188"/>
        <source>Copy %1 to the clipboard</source>
        <translation>Copy %1 to the clipboard</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="189"/>
        <location filename="../../sarcoref/ui/trial_header.py" line="190"/>
        <source>Copy citation</source>
        <translation>Copy citation</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="192"/>
        <source>Copy the citation of the trial&apos;s publication</source>
        <translation>Copy the citation of the trial&apos;s publication</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="193"/>
        <source>Copy a citation of the registry record</source>
        <translation>Copy a citation of the registry record</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="242"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>TrialsView</name>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="611"/>
        <source>Filter by %1</source>
        <translation>Filter by %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="612"/>
        <source>Show only the matching trials; filters combine</source>
        <translation>Show only the matching trials; filters combine</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="613"/>
        <source>Clinical trials</source>
        <translation>Clinical trials</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="614"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="615"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="616"/>
        <source>Show all trials again</source>
        <translation>Show all trials again</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="617"/>
        <source>Trial cards</source>
        <translation>Trial cards</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="618"/>
        <source>Arrow keys move between cards; Enter opens the trial.</source>
        <translation>Arrow keys move between cards; Enter opens the trial.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="620"/>
        <source>No trial matches these filters.</source>
        <translation>No trial matches these filters.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="620"/>
        <source>Choose “Clear filters” to see all trials.</source>
        <translation>Choose “Clear filters” to see all trials.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="623"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="673"/>
        <source>In the lecture</source>
        <translation>In the lecture</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="623"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="673"/>
        <source>Beyond the lecture</source>
        <translation>Beyond the lecture</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="624"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="669"/>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="624"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="624"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="670"/>
        <source>Radiotherapy</source>
        <translation>Radiotherapy</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="625"/>
        <source>Primary endpoint</source>
        <translation>Primary endpoint</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="625"/>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="625"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="670"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="626"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="626"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="669"/>
        <source>Histology</source>
        <translation>Histology</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="626"/>
        <source>Key result</source>
        <translation>Key result</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="636"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="673"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="683"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="669"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="670"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/trials_view.py" line="728"/>
        <source>%n trial(s)</source>
        <translation>
            <numerusform>%n trial</numerusform>
            <numerusform>%n trials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/trials_view.py" line="730"/>
        <source>%n of %1 trial(s)</source>
        <translation>
            <numerusform>%n of %1 trials</numerusform>
            <numerusform>%n of %1 trials</numerusform>
        </translation>
    </message>
</context>
</TS>
