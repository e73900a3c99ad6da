<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>A11y</name>
    <message>
        <location filename="../../sarcoref/ui/a11y.py" line="18"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/a11y.py" line="19"/>
        <source>Error</source>
        <translation>Erreur</translation>
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
        <translation>À propos de SarcoRef</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="44"/>
        <source>Content signed by the publisher (key %1).</source>
        <translation>Contenu signé par l’éditeur (clé %1).</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="46"/>
        <source>Development build: content signed with this build&apos;s own key (%1), not by the publisher.</source>
        <translation>Version de développement : contenu signé avec la clé propre à cette version (%1), pas par l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="49"/>
        <source>Development build: content built from the sources, not signed by the publisher.</source>
        <translation>Version de développement : contenu construit à partir des sources, non signé par l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="50"/>
        <source>Unsigned content — not from the publisher (%1).</source>
        <translation>Contenu non signé — ne provient pas de l’éditeur (%1).</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="54"/>
        <source>Content database in use:</source>
        <translation>Base de contenu utilisée :</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="55"/>
        <source>About this content: sources and how statements are marked</source>
        <translation>À propos de ce contenu : sources et marquage des énoncés</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="56"/>
        <source>What&apos;s new in this content</source>
        <translation>Nouveautés de ce contenu</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="57"/>
        <source>SarcoRef works offline and never opens a network connection.</source>
        <translation>SarcoRef fonctionne hors ligne et n&apos;ouvre jamais de connexion réseau.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="58"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="58"/>
        <source>Licences of what SarcoRef ships</source>
        <translation>Licences des composants fournis avec SarcoRef</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="74"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3. SarcoRef links to them dynamically; you may replace the Qt libraries shipped in the application folder with your own build. Qt&apos;s source code is available from The Qt Company and the Qt Project (qt.io).</source>
        <translation>Qt et PySide6 sont utilisés selon la licence publique générale limitée GNU v3 (LGPL). SarcoRef s&apos;y lie dynamiquement ; vous pouvez remplacer les bibliothèques Qt fournies dans le dossier de l&apos;application par votre propre compilation. Le code source de Qt est disponible auprès de The Qt Company et du Qt Project (qt.io).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="106"/>
        <source>Something went wrong (reference %1). SarcoRef keeps running. Nothing was sent anywhere.</source>
        <translation>Un problème est survenu (référence %1). SarcoRef continue de fonctionner. Rien n’a été envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="108"/>
        <source>The details are in this file, for whoever looks after SarcoRef: %1</source>
        <translation>Les détails sont dans ce fichier, pour la personne qui s’occupe de SarcoRef : %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="193"/>
        <source>A content update in your user folder could not be used; SarcoRef shows its own content.</source>
        <translation>Une mise à jour du contenu placée dans votre dossier utilisateur n&apos;a pas pu être utilisée ; SarcoRef affiche son propre contenu.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="200"/>
        <source>Your bookmarks and settings file was damaged. It was set aside and a new one was made; what could be read was kept.</source>
        <translation>Le fichier de vos signets et réglages était endommagé. Il a été mis de côté et un nouveau a été créé ; ce qui pouvait être lu a été conservé.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="205"/>
        <source>Your bookmarks and settings cannot be saved during this session.</source>
        <translation>Vos signets et réglages ne peuvent pas être enregistrés pendant cette session.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="208"/>
        <source>Your bookmarks and settings come from a newer SarcoRef: they were left untouched, and this session will not be saved.</source>
        <translation>Vos signets et réglages proviennent d&apos;une version plus récente de SarcoRef : ils n&apos;ont pas été modifiés, et cette session ne sera pas enregistrée.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="213"/>
        <source>Your bookmarks and settings could not be read.</source>
        <translation>Vos signets et réglages n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="214"/>
        <source>A change to your bookmarks or settings could not be saved.</source>
        <translation>Une modification de vos signets ou réglages n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="220"/>
        <source>Your bookmarks and settings need attention.</source>
        <translation>Vos signets et réglages demandent votre attention.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/attract.py" line="196"/>
        <source>Key message %1</source>
        <translation>Message clé %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/attract.py" line="198"/>
        <source>A trial</source>
        <translation>Un essai</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/attract.py" line="200"/>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/attract.py" line="203"/>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/attract.py" line="216"/>
        <source>Slide %1 of %2</source>
        <translation>Diapositive %1 sur %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="156"/>
        <location filename="../../sarcoref/ui/reader.py" line="157"/>
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="158"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="159"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="160"/>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="161"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="162"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="163"/>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="204"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="207"/>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/home.py" line="74"/>
        <source>The lecture</source>
        <translation>Le cours</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/kiosk/home.py" line="74"/>
        <source>%n part(s), in order</source>
        <translation>
            <numerusform>%n partie, dans l’ordre</numerusform>
            <numerusform>%n parties, dans l’ordre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/home.py" line="75"/>
        <source>The lecture&apos;s key messages</source>
        <translation>Les messages clés du cours</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/home.py" line="77"/>
        <source>Clinical trials</source>
        <translation>Essais cliniques</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/kiosk/home.py" line="78"/>
        <source>%n trial(s): phase, status, registry QR code</source>
        <translation>
            <numerusform>%n essai : phase, statut, QR code du registre</numerusform>
            <numerusform>%n essais : phase, statut, QR code du registre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/home.py" line="79"/>
        <source>Side by side, with CTCAE grades</source>
        <translation>Côte à côte, avec les grades CTCAE</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/home.py" line="81"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/home.py" line="81"/>
        <source>Type on the screen&apos;s keyboard, or tap a topic</source>
        <translation>Tapez sur le clavier de l&apos;écran, ou touchez un sujet</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/home.py" line="82"/>
        <source>How each statement is marked and sourced</source>
        <translation>Comment chaque énoncé est marqué et sourcé</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="221"/>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="223"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="222"/>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="224"/>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="335"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="262"/>
        <source>This link leads nowhere in SarcoRef.</source>
        <translation>Ce lien ne mène nulle part dans SarcoRef.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="330"/>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="335"/>
        <source>The lecture</source>
        <translation>Le cours</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="335"/>
        <source>Clinical trials</source>
        <translation>Essais cliniques</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="336"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="336"/>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="364"/>
        <source>Web links do not open at the kiosk. On a trial page, scan its QR code with your phone.</source>
        <translation>Les liens web ne s&apos;ouvrent pas sur la borne. Sur la page d&apos;un essai, scannez son QR code avec votre téléphone.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="298"/>
        <source>Clinical trials</source>
        <translation>Essais cliniques</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="298"/>
        <source>Tolerance (side by side)</source>
        <translation>Tolérance (côte à côte)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="299"/>
        <location filename="../../sarcoref/ui/main_window.py" line="330"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="299"/>
        <location filename="../../sarcoref/ui/main_window.py" line="329"/>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="329"/>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="329"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="330"/>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="330"/>
        <source>CTCAE grades</source>
        <translation>Grades CTCAE</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="331"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="382"/>
        <source>Nothing in SarcoRef has the id “%1”; here is the home page.</source>
        <translation>Rien dans SarcoRef ne porte l&apos;identifiant « %1 » ; voici la page d&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="243"/>
        <location filename="../../sarcoref/ui/main_window.py" line="260"/>
        <location filename="../../sarcoref/ui/main_window.py" line="473"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="242"/>
        <location filename="../../sarcoref/ui/main_window.py" line="258"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="242"/>
        <source>Back (Alt+Left)</source>
        <translation>Retour (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="242"/>
        <location filename="../../sarcoref/ui/main_window.py" line="259"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="242"/>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="243"/>
        <source>Home (Alt+Home)</source>
        <translation>Accueil (Alt+Début)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="243"/>
        <location filename="../../sarcoref/ui/main_window.py" line="279"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="243"/>
        <source>Search (Ctrl+K)</source>
        <translation>Rechercher (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="244"/>
        <source>Find in page…</source>
        <translation>Rechercher dans la page…</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="244"/>
        <source>Find in page (Ctrl+F)</source>
        <translation>Rechercher dans la page (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="245"/>
        <source>Bookmark this page</source>
        <translation>Ajouter cette page aux signets</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="245"/>
        <source>Bookmark this page (Ctrl+D)</source>
        <translation>Ajouter cette page aux signets (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="246"/>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="246"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Agrandir (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="246"/>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="246"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Réduire (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="247"/>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="247"/>
        <source>Actual size (Ctrl+0)</source>
        <translation>Taille réelle (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="248"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="248"/>
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="248"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="248"/>
        <source>Print (Ctrl+P)</source>
        <translation>Imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="249"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="249"/>
        <source>Export PDF (Ctrl+Shift+E)</source>
        <translation>Exporter en PDF (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="249"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="249"/>
        <source>Quit (Ctrl+Q)</source>
        <translation>Quitter (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="250"/>
        <source>About SarcoRef</source>
        <translation>À propos de SarcoRef</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="304"/>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="265"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="251"/>
        <location filename="../../sarcoref/ui/main_window.py" line="473"/>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="251"/>
        <source>User guide (F1)</source>
        <translation>Guide d’utilisation (F1)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="252"/>
        <location filename="../../sarcoref/ui/main_window.py" line="789"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="253"/>
        <source>Clear recent searches</source>
        <translation>Effacer les recherches récentes</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="265"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="265"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="266"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="269"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="270"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="271"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="272"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="273"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="274"/>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="275"/>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="276"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="277"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="278"/>
        <source>Search: words, abbreviations, NCT IDs… (Ctrl+K)</source>
        <translation>Rechercher : mots, abréviations, numéros NCT… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="281"/>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="282"/>
        <location filename="../../sarcoref/ui/main_window.py" line="283"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="284"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="285"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="287"/>
        <source>Unsigned content — not from the publisher</source>
        <translation>Contenu non signé — ne provient pas de l’éditeur</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="290"/>
        <source>No publisher signature vouches for this content database: %1</source>
        <translation>Aucune signature de l’éditeur ne garantit cette base de contenu : %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="304"/>
        <source>Bookmarked</source>
        <translation>Dans les signets</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="450"/>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="473"/>
        <source>What&apos;s new</source>
        <translation>Nouveautés</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="513"/>
        <source>This link leads nowhere in SarcoRef.</source>
        <translation>Ce lien ne mène nulle part dans SarcoRef.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="519"/>
        <source>Open in your web browser?</source>
        <translation>Ouvrir dans votre navigateur web ?</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="520"/>
        <source>This link leaves SarcoRef and needs a network connection:
%1

Open it in your web browser?</source>
        <translation>Ce lien quitte SarcoRef et nécessite une connexion réseau :
%1

L’ouvrir dans votre navigateur web ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/main_window.py" line="551"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="552"/>
        <source>No results. Try fewer letters or another spelling.</source>
        <translation>Aucun résultat. Essayez moins de lettres ou une autre orthographe.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="562"/>
        <source>Also showing results for “%1”.</source>
        <translation>Résultats pour « %1 » également.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="564"/>
        <source>Nothing matches “%1”: showing results for “%2”.</source>
        <translation>Rien ne correspond à « %1 » : résultats pour « %2 ».</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="566"/>
        <source>Search only for “%1”</source>
        <translation>Chercher seulement « %1 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/main_window.py" line="569"/>
        <source>%n page(s) found through the English text only.</source>
        <translation>
            <numerusform>%n page trouvée par son seul texte anglais.</numerusform>
            <numerusform>%n pages trouvées par leur seul texte anglais.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="570"/>
        <source>Read in English</source>
        <translation>Lire en anglais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/main_window.py" line="573"/>
        <source>%n page(s) found through the French text only.</source>
        <translation>
            <numerusform>%n page trouvée par son seul texte français.</numerusform>
            <numerusform>%n pages trouvées par leur seul texte français.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="574"/>
        <source>Read in French</source>
        <translation>Lire en français</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="631"/>
        <source>Bookmark removed</source>
        <translation>Signet supprimé</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="634"/>
        <source>Bookmarked: %1</source>
        <translation>Ajouté aux signets : %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="641"/>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="703"/>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="731"/>
        <source>SarcoRef — %1 — source: %2 — %3</source>
        <translation>SarcoRef — %1 — source : %2 — %3</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="747"/>
        <source>Printing failed</source>
        <translation>L&apos;impression a échoué</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="759"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="759"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="768"/>
        <source>Export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="768"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="771"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="781"/>
        <source>Up / Down, Enter</source>
        <translation>Haut / Bas, Entrée</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="781"/>
        <source>Choose a search result, open it</source>
        <translation>Choisir un résultat de recherche, l’ouvrir</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="782"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="782"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="783"/>
        <source>Down, in the empty search field</source>
        <translation>Bas, dans le champ de recherche vide</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="783"/>
        <source>Recent searches</source>
        <translation>Recherches récentes</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="784"/>
        <source>Home / End</source>
        <translation>Début / Fin</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="784"/>
        <source>Top or bottom of the page</source>
        <translation>Haut ou bas de la page</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="117"/>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="120"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="118"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="119"/>
        <source>Hide ▾</source>
        <translation>Masquer ▾</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="121"/>
        <source>Hide the keyboard</source>
        <translation>Masquer le clavier</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="122"/>
        <source>Delete the last letter</source>
        <translation>Effacer la dernière lettre</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="122"/>
        <source>Hyphen</source>
        <translation>Trait d&apos;union</translation>
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
        <translation>Page de contenu</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="18"/>
        <source>SarcoRef is a reference for health professionals. It is not medical advice and does not replace clinical judgement or a multidisciplinary tumour board.</source>
        <translation>SarcoRef est une référence destinée aux professionnels de santé. Ce n&apos;est pas un avis médical et il ne remplace ni le jugement clinique ni une réunion de concertation pluridisciplinaire.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="23"/>
        <source>not reported</source>
        <translation>non rapporté</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="24"/>
        <source>Content version %1, as of %2 · newest registry record: %3</source>
        <translation>Contenu version %1, à jour au %2 · fiche de registre la plus récente : %3</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="33"/>
        <source>The lecture</source>
        <translation>Le cours</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="33"/>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="33"/>
        <source>How to read a statement</source>
        <translation>Comment lire un énoncé</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="43"/>
        <source>Clinical trials (cards and filters)</source>
        <translation>Essais cliniques (fiches et filtres)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="44"/>
        <source>Tolerance: radiotherapy and immunotherapy side by side</source>
        <translation>Tolérance : radiothérapie et immunothérapie côte à côte</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="45"/>
        <source>Glossary of abbreviations</source>
        <translation>Glossaire des abréviations</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="46"/>
        <location filename="../../sarcoref/ui/pages.py" line="93"/>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="47"/>
        <source>About this content: how statements are marked</source>
        <translation>À propos de ce contenu : comment les énoncés sont marqués</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="48"/>
        <location filename="../../sarcoref/ui/pages.py" line="66"/>
        <source>What&apos;s new in this content</source>
        <translation>Nouveautés de ce contenu</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="53"/>
        <source>what the lecture states, reworded faithfully</source>
        <translation>ce que dit le cours, reformulé fidèlement</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="55"/>
        <source>a correction or extension from a named source, with the date it was checked</source>
        <translation>une correction ou un complément issu d&apos;une source nommée, avec la date de vérification</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="57"/>
        <source>a lecture statement no source could confirm: kept, and marked</source>
        <translation>un énoncé du cours qu&apos;aucune source n&apos;a pu confirmer : conservé, et signalé</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="67"/>
        <source>What changed in each version of the content, newest first. The pages linked here carry the statements themselves, each with its label and sources.</source>
        <translation>Ce qui a changé dans chaque version du contenu, de la plus récente à la plus ancienne. Les pages citées ici portent les énoncés eux-mêmes, chacun avec sa marque et ses sources.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="72"/>
        <source>This content database records no changes.</source>
        <translation>Cette base de contenu ne consigne aucun changement.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="75"/>
        <source>Version %1, %2</source>
        <translation>Version %1 du %2</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="77"/>
        <source>the version in use</source>
        <translation>la version utilisée</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="84"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="107"/>
        <source>Find anything</source>
        <translation>Tout trouver</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="108"/>
        <source>Type in the search field at the top (Ctrl+K): results appear as you type, whatever the accents, hyphens or abbreviations (PDL1, PD L1 and PD-L1 are the same). Up and Down choose a result, Enter opens it, Esc clears the search and brings back the contents.</source>
        <translation>Tapez dans le champ de recherche en haut (Ctrl+K) : les résultats s’affichent au fil de la frappe, quels que soient les accents, les traits d’union ou les abréviations (PDL1, PD L1 et PD-L1 reviennent au même). Haut et Bas choisissent un résultat, Entrée l’ouvre, Échap efface la recherche et réaffiche le sommaire.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="111"/>
        <source>Browse the lecture</source>
        <translation>Parcourir le cours</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="112"/>
        <source>The contents on the left follow the lecture section by section; the clinical trials, the tolerance comparison, the glossary and the references come after it. Back and Forward (Alt+Left, Alt+Right) retrace your steps.</source>
        <translation>Le sommaire à gauche suit le cours partie par partie ; les essais cliniques, la comparaison des tolérances, le glossaire et les références viennent ensuite. Précédent et Suivant (Alt+Gauche, Alt+Droite) refont le chemin parcouru.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="115"/>
        <source>Trust what you read</source>
        <translation>Savoir d’où vient ce que vous lisez</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="116"/>
        <source>Every statement carries its label: Lecture (what the lecture states), Update (a correction or extension from a named source, with the date it was checked) or Not independently verified. Its source follows it. SarcoRef is a reference for health professionals, not medical advice.</source>
        <translation>Chaque affirmation porte son étiquette : Cours (ce que dit le cours), Mise à jour (une correction ou un complément tiré d’une source nommée, avec sa date de vérification) ou Non vérifié de façon indépendante. Sa source la suit. SarcoRef est une référence pour les professionnels de santé, pas un avis médical.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="119"/>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="120"/>
        <source>The trials page shows one card per trial; the filters above it combine. A card opens the full record, with every field&apos;s source and a QR code of the registry record.</source>
        <translation>La page des essais montre une fiche par essai ; les filtres au-dessus se combinent. Une fiche ouvre la notice complète, avec la source de chaque champ et un code QR de la notice du registre.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="122"/>
        <source>Keep and share</source>
        <translation>Garder et partager</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="123"/>
        <source>Ctrl+D bookmarks a page (Go &gt; Bookmarks lists them); Ctrl+P prints it and Ctrl+Shift+E saves it as a PDF, with the source and the content date at the foot of every page.</source>
        <translation>Ctrl+D ajoute la page aux signets (Aller &gt; Signets les liste) ; Ctrl+P l’imprime et Ctrl+Maj+E l’enregistre en PDF, avec la source et la date du contenu au pied de chaque page.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="126"/>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="126"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="53"/>
        <source>Lecture</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="54"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="56"/>
        <source>Not independently verified</source>
        <translation>Non vérifié de façon indépendante</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="133"/>
        <source>Organiser: enter the PIN to leave kiosk mode</source>
        <translation>Organisateur : saisissez le code pour quitter le mode borne</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="134"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="135"/>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="160"/>
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n chiffre saisi</numerusform>
            <numerusform>%n chiffres saisis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="182"/>
        <source>Wrong PIN.</source>
        <translation>Code erroné.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="191"/>
        <source>Wrong PIN. Too many tries: wait %n second(s).</source>
        <translation>
            <numerusform>Code erroné. Trop d’essais : patientez %n seconde.</numerusform>
            <numerusform>Code erroné. Trop d’essais : patientez %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="206"/>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <location filename="../../sarcoref/ui/search_panel.py" line="287"/>
        <source>In the English text:</source>
        <translation>Dans le texte anglais :</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/search_panel.py" line="287"/>
        <source>In the French text:</source>
        <translation>Dans le texte français :</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="121"/>
        <source>Type a word, a trial name, an NCT number…</source>
        <translation>Tapez un mot, un nom d&apos;essai, un numéro NCT…</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="122"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="123"/>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="124"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="127"/>
        <source>Tap a topic, or type with the keyboard below.</source>
        <translation>Touchez un sujet, ou tapez avec le clavier ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="152"/>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="152"/>
        <source>Lecture</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="152"/>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="153"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="153"/>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="153"/>
        <source>CTCAE grades</source>
        <translation>Grades CTCAE</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="154"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/kiosk/search.py" line="185"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="189"/>
        <source>also showing “%1”</source>
        <translation>résultats pour « %1 » également</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="189"/>
        <source>showing results for “%1”</source>
        <translation>résultats pour « %1 »</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="191"/>
        <source>No results. Try fewer letters, or tap a topic.</source>
        <translation>Aucun résultat. Essayez moins de lettres, ou touchez un sujet.</translation>
    </message>
</context>
<context>
    <name>ToleranceView</name>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="147"/>
        <source>Radiotherapy vs immunotherapy</source>
        <translation>Radiothérapie vs immunothérapie</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="148"/>
        <source>Immunomodulation balance</source>
        <translation>Balance de l&apos;immunomodulation</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="149"/>
        <source>Tolerance views</source>
        <translation>Vues de la tolérance</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="150"/>
        <source>Radiotherapy and immunotherapy tolerance, side by side</source>
        <translation>Tolérance de la radiothérapie et de l&apos;immunothérapie, côte à côte</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="151"/>
        <source>Radiotherapy immunomodulation balance</source>
        <translation>Balance de l&apos;immunomodulation par la radiothérapie</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="188"/>
        <source>The tolerance content is missing from the content database.</source>
        <translation>Le contenu sur la tolérance manque dans la base de contenu.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="232"/>
        <source>More CTCAE grade definitions</source>
        <translation>Autres définitions de grades CTCAE</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="241"/>
        <source>Show or hide the CTCAE grade definitions</source>
        <translation>Afficher ou masquer les définitions des grades CTCAE</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="250"/>
        <source>grades shown</source>
        <translation>grades affichés</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="250"/>
        <source>grades hidden</source>
        <translation>grades masqués</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="258"/>
        <source>CTCAE grades:</source>
        <translation>Grades CTCAE :</translation>
    </message>
</context>
<context>
    <name>TrialHeader</name>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="170"/>
        <location filename="../../sarcoref/ui/trial_header.py" line="227"/>
        <source>Registry data as of %1</source>
        <translation>Données du registre au %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="172"/>
        <location filename="../../sarcoref/ui/trial_header.py" line="228"/>
        <source>Registry data as of: not reported</source>
        <translation>Données du registre au : non rapporté</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="176"/>
        <source>QR code of the registry record</source>
        <translation>QR code de la fiche du registre</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="178"/>
        <source>Scan with a phone to open this registry record later</source>
        <translation>Scannez avec un téléphone pour ouvrir cette fiche du registre plus tard</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="180"/>
        <source>Registry link: not reported</source>
        <translation>Lien du registre : non rapporté</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="184"/>
        <source>NCT ID %1</source>
        <translation>Numéro NCT %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="186"/>
        <location filename="../../sarcoref/ui/trial_header.py" line="187"/>
        <source>Copy NCT ID</source>
        <translation>Copier le numéro NCT</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="188"/>
        <source>Copy %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="189"/>
        <location filename="../../sarcoref/ui/trial_header.py" line="190"/>
        <source>Copy citation</source>
        <translation>Copier la citation</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="192"/>
        <source>Copy the citation of the trial&apos;s publication</source>
        <translation>Copier la citation de la publication de l&apos;essai</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="193"/>
        <source>Copy a citation of the registry record</source>
        <translation>Copier une citation de la fiche du registre</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="242"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>TrialsView</name>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="611"/>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="612"/>
        <source>Show only the matching trials; filters combine</source>
        <translation>Afficher seulement les essais correspondants ; les filtres se combinent</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="613"/>
        <source>Clinical trials</source>
        <translation>Essais cliniques</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="614"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="615"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="616"/>
        <source>Show all trials again</source>
        <translation>Réafficher tous les essais</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="617"/>
        <source>Trial cards</source>
        <translation>Fiches d&apos;essais</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="618"/>
        <source>Arrow keys move between cards; Enter opens the trial.</source>
        <translation>Les flèches passent d&apos;une fiche à l&apos;autre ; Entrée ouvre l&apos;essai.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="620"/>
        <source>No trial matches these filters.</source>
        <translation>Aucun essai ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="620"/>
        <source>Choose “Clear filters” to see all trials.</source>
        <translation>Choisissez « Effacer les filtres » pour voir tous les essais.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="623"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="673"/>
        <source>In the lecture</source>
        <translation>Dans le cours</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="623"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="673"/>
        <source>Beyond the lecture</source>
        <translation>Au-delà du cours</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="624"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="669"/>
        <source>Setting</source>
        <translation>Situation</translation>
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
        <translation>Radiothérapie</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="625"/>
        <source>Primary endpoint</source>
        <translation>Critère principal</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="625"/>
        <source>not reported</source>
        <translation>non rapporté</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="625"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="670"/>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Histologie</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="626"/>
        <source>Key result</source>
        <translation>Résultat clé</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="636"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="673"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="683"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="669"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="670"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/trials_view.py" line="728"/>
        <source>%n trial(s)</source>
        <translation>
            <numerusform>%n essai</numerusform>
            <numerusform>%n essais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/trials_view.py" line="730"/>
        <source>%n of %1 trial(s)</source>
        <translation>
            <numerusform>%n essai sur %1</numerusform>
            <numerusform>%n essais sur %1</numerusform>
        </translation>
    </message>
</context>
</TS>
