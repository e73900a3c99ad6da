<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="25"/>
        <location filename="../../sarcoref/ui/about.py" line="31"/>
        <source>About SarcoRef</source>
        <translation>À propos de SarcoRef</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="42"/>
        <source>Content database in use:</source>
        <translation>Base de contenu utilisée :</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="43"/>
        <source>About this content: sources and how statements are marked</source>
        <translation>À propos de ce contenu : sources et marquage des énoncés</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="44"/>
        <source>SarcoRef works offline and never opens a network connection.</source>
        <translation>SarcoRef fonctionne hors ligne et n&apos;ouvre jamais de connexion réseau.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="45"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="45"/>
        <source>Licences of what SarcoRef ships</source>
        <translation>Licences des composants fournis avec SarcoRef</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/about.py" line="59"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3. SarcoRef links to them dynamically; you may replace the Qt libraries shipped in the application folder with your own build. Qt&apos;s source code is available from The Qt Company and the Qt Project (qt.io).</source>
        <translation>Qt et PySide6 sont utilisés selon la licence publique générale limitée GNU v3 (LGPL). SarcoRef s&apos;y lie dynamiquement ; vous pouvez remplacer les bibliothèques Qt fournies dans le dossier de l&apos;application par votre propre compilation. Le code source de Qt est disponible auprès de The Qt Company et du Qt Project (qt.io).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="91"/>
        <source>Something went wrong (reference %1). SarcoRef keeps running; the details are in the log of your SarcoRef user folder. Nothing was sent anywhere.</source>
        <translation>Un problème est survenu (référence %1). SarcoRef continue de fonctionner ; les détails sont dans le journal de votre dossier utilisateur SarcoRef. Rien n&apos;a été envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="170"/>
        <source>A content update in your user folder could not be used; SarcoRef shows its own content.</source>
        <translation>Une mise à jour du contenu placée dans votre dossier utilisateur n&apos;a pas pu être utilisée ; SarcoRef affiche son propre contenu.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="177"/>
        <source>Your bookmarks and settings file was damaged. It was set aside and a new one was made; what could be read was kept.</source>
        <translation>Le fichier de vos signets et réglages était endommagé. Il a été mis de côté et un nouveau a été créé ; ce qui pouvait être lu a été conservé.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="182"/>
        <source>Your bookmarks and settings cannot be saved during this session.</source>
        <translation>Vos signets et réglages ne peuvent pas être enregistrés pendant cette session.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="185"/>
        <source>Your bookmarks and settings come from a newer SarcoRef: they were left untouched, and this session will not be saved.</source>
        <translation>Vos signets et réglages proviennent d&apos;une version plus récente de SarcoRef : ils n&apos;ont pas été modifiés, et cette session ne sera pas enregistrée.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="190"/>
        <source>Your bookmarks and settings could not be read.</source>
        <translation>Vos signets et réglages n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="191"/>
        <source>A change to your bookmarks or settings could not be saved.</source>
        <translation>Une modification de vos signets ou réglages n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/app.py" line="197"/>
        <source>Your bookmarks and settings need attention.</source>
        <translation>Vos signets et réglages demandent votre attention.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/attract.py" line="140"/>
        <source>Key message %1 of %2</source>
        <translation>Message clé %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/attract.py" line="142"/>
        <source>A trial</source>
        <translation>Un essai</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/attract.py" line="144"/>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="100"/>
        <location filename="../../sarcoref/ui/reader.py" line="101"/>
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="102"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="103"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="104"/>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="105"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="106"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="107"/>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="148"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/reader.py" line="151"/>
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
        <location filename="../../sarcoref/ui/kiosk/window.py" line="192"/>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="194"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="193"/>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="195"/>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="299"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="226"/>
        <source>This link leads nowhere in SarcoRef.</source>
        <translation>Ce lien ne mène nulle part dans SarcoRef.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="294"/>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="299"/>
        <source>The lecture</source>
        <translation>Le cours</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="299"/>
        <source>Clinical trials</source>
        <translation>Essais cliniques</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="300"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="300"/>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/window.py" line="328"/>
        <source>Web links do not open at the kiosk. On a trial page, scan its QR code with your phone.</source>
        <translation>Les liens web ne s&apos;ouvrent pas sur la borne. Sur la page d&apos;un essai, scannez son QR code avec votre téléphone.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="229"/>
        <source>Clinical trials</source>
        <translation>Essais cliniques</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="229"/>
        <source>Tolerance (side by side)</source>
        <translation>Tolérance (côte à côte)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="230"/>
        <location filename="../../sarcoref/ui/main_window.py" line="234"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="230"/>
        <location filename="../../sarcoref/ui/main_window.py" line="233"/>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="233"/>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="233"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="234"/>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="234"/>
        <source>CTCAE grades</source>
        <translation>Grades CTCAE</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="235"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="284"/>
        <source>Nothing in SarcoRef has the id “%1”; here is the home page.</source>
        <translation>Rien dans SarcoRef ne porte l&apos;identifiant « %1 » ; voici la page d&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="186"/>
        <location filename="../../sarcoref/ui/main_window.py" line="200"/>
        <location filename="../../sarcoref/ui/main_window.py" line="368"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="185"/>
        <location filename="../../sarcoref/ui/main_window.py" line="198"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="185"/>
        <source>Back (Alt+Left)</source>
        <translation>Retour (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="185"/>
        <location filename="../../sarcoref/ui/main_window.py" line="199"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="185"/>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="186"/>
        <source>Home (Alt+Home)</source>
        <translation>Accueil (Alt+Début)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="186"/>
        <location filename="../../sarcoref/ui/main_window.py" line="218"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="186"/>
        <source>Search (Ctrl+K)</source>
        <translation>Rechercher (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="187"/>
        <source>Find in page…</source>
        <translation>Rechercher dans la page…</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="187"/>
        <source>Find in page (Ctrl+F)</source>
        <translation>Rechercher dans la page (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="188"/>
        <source>Bookmark this page</source>
        <translation>Ajouter cette page aux signets</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="188"/>
        <source>Bookmark this page (Ctrl+D)</source>
        <translation>Ajouter cette page aux signets (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="189"/>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="189"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Agrandir (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="189"/>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="189"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Réduire (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="190"/>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="190"/>
        <source>Actual size (Ctrl+0)</source>
        <translation>Taille réelle (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="191"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="191"/>
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="191"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="191"/>
        <source>Print (Ctrl+P)</source>
        <translation>Imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="192"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="192"/>
        <source>Export PDF (Ctrl+Shift+E)</source>
        <translation>Exporter en PDF (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="192"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="192"/>
        <source>Quit (Ctrl+Q)</source>
        <translation>Quitter (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="193"/>
        <source>About SarcoRef</source>
        <translation>À propos de SarcoRef</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="201"/>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="204"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="204"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="204"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="205"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="208"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="209"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="210"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="211"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="212"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="213"/>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="214"/>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="215"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="216"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="217"/>
        <source>Search: words, abbreviations, NCT IDs… (Ctrl+K)</source>
        <translation>Rechercher : mots, abréviations, numéros NCT… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="219"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="220"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="221"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="346"/>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="407"/>
        <source>This link leads nowhere in SarcoRef.</source>
        <translation>Ce lien ne mène nulle part dans SarcoRef.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="412"/>
        <source>Open in your web browser?</source>
        <translation>Ouvrir dans votre navigateur web ?</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="413"/>
        <source>This link leaves SarcoRef and needs a network connection:
%1

Open it in your web browser?</source>
        <translation>Ce lien quitte SarcoRef et nécessite une connexion réseau :
%1

L’ouvrir dans votre navigateur web ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/main_window.py" line="437"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="438"/>
        <source>No results. Try fewer letters or another spelling.</source>
        <translation>Aucun résultat. Essayez moins de lettres ou une autre orthographe.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="479"/>
        <source>Bookmark removed</source>
        <translation>Signet supprimé</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="482"/>
        <source>Bookmarked: %1</source>
        <translation>Ajouté aux signets : %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="488"/>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="548"/>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="569"/>
        <source>SarcoRef — %1 — source: %2 — %3</source>
        <translation>SarcoRef — %1 — source : %2 — %3</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="584"/>
        <source>Printing failed</source>
        <translation>L&apos;impression a échoué</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="590"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="590"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="598"/>
        <source>Export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="598"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/main_window.py" line="601"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="68"/>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="71"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="69"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="70"/>
        <source>Hide ▾</source>
        <translation>Masquer ▾</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/keyboard.py" line="73"/>
        <source>Delete the last letter</source>
        <translation>Effacer la dernière lettre</translation>
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
        <location filename="../../sarcoref/ui/pages.py" line="72"/>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="47"/>
        <source>About this content: how statements are marked</source>
        <translation>À propos de ce contenu : comment les énoncés sont marqués</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="52"/>
        <source>what the lecture states, reworded faithfully</source>
        <translation>ce que dit le cours, reformulé fidèlement</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="54"/>
        <source>a correction or extension from a named source, with the date it was checked</source>
        <translation>une correction ou un complément issu d&apos;une source nommée, avec la date de vérification</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="56"/>
        <source>a lecture statement no source could confirm: kept, and marked</source>
        <translation>un énoncé du cours qu&apos;aucune source n&apos;a pu confirmer : conservé, et signalé</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="63"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="52"/>
        <source>Lecture</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="53"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/pages.py" line="55"/>
        <source>Not independently verified</source>
        <translation>Non vérifié de façon indépendante</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="117"/>
        <source>Organiser: enter the PIN to leave kiosk mode</source>
        <translation>Organisateur : saisissez le code pour quitter le mode borne</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="118"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="119"/>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="160"/>
        <source>Wrong PIN. Too many tries: wait %1 seconds.</source>
        <translation>Code erroné. Trop d’essais : patientez %1 secondes.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="163"/>
        <source>Wrong PIN.</source>
        <translation>Code erroné.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/exit_gesture.py" line="167"/>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="101"/>
        <source>Type a word, a trial name, an NCT number…</source>
        <translation>Tapez un mot, un nom d&apos;essai, un numéro NCT…</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="102"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="103"/>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="104"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="107"/>
        <source>Tap a topic, or type with the keyboard below.</source>
        <translation>Touchez un sujet, ou tapez avec le clavier ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="132"/>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="132"/>
        <source>Lecture</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="132"/>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="133"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="133"/>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="133"/>
        <source>CTCAE grades</source>
        <translation>Grades CTCAE</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="134"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sarcoref/ui/kiosk/search.py" line="165"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/kiosk/search.py" line="166"/>
        <source>No results. Try fewer letters, or tap a topic.</source>
        <translation>Aucun résultat. Essayez moins de lettres, ou touchez un sujet.</translation>
    </message>
</context>
<context>
    <name>ToleranceView</name>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="174"/>
        <source>Radiotherapy vs immunotherapy</source>
        <translation>Radiothérapie vs immunothérapie</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="175"/>
        <source>Immunomodulation balance</source>
        <translation>Balance de l&apos;immunomodulation</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="176"/>
        <source>Tolerance views</source>
        <translation>Vues de la tolérance</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="177"/>
        <source>Radiotherapy and immunotherapy tolerance, side by side</source>
        <translation>Tolérance de la radiothérapie et de l&apos;immunothérapie, côte à côte</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="178"/>
        <source>Radiotherapy immunomodulation balance</source>
        <translation>Balance de l&apos;immunomodulation par la radiothérapie</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="215"/>
        <source>The tolerance content is missing from the content database.</source>
        <translation>Le contenu sur la tolérance manque dans la base de contenu.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="255"/>
        <source>More CTCAE grade definitions</source>
        <translation>Autres définitions de grades CTCAE</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="264"/>
        <source>Show or hide the CTCAE grade definitions</source>
        <translation>Afficher ou masquer les définitions des grades CTCAE</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="278"/>
        <source>CTCAE grades:</source>
        <translation>Grades CTCAE :</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/tolerance_view.py" line="282"/>
        <source>Open the lecture section this comes from</source>
        <translation>Ouvrir la partie du cours d&apos;où cela provient</translation>
    </message>
</context>
<context>
    <name>TrialHeader</name>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="170"/>
        <location filename="../../sarcoref/ui/trial_header.py" line="228"/>
        <source>Registry data as of %1</source>
        <translation>Données du registre au %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="172"/>
        <location filename="../../sarcoref/ui/trial_header.py" line="229"/>
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
        <location filename="../../sarcoref/ui/trial_header.py" line="195"/>
        <source>Copy status</source>
        <translation>Copier le statut</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trial_header.py" line="243"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>TrialsView</name>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="531"/>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="532"/>
        <source>Show only the matching trials; filters combine</source>
        <translation>Afficher seulement les essais correspondants ; les filtres se combinent</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="533"/>
        <source>Clinical trials</source>
        <translation>Essais cliniques</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="534"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="535"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="536"/>
        <source>Show all trials again</source>
        <translation>Réafficher tous les essais</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="537"/>
        <source>Trial cards</source>
        <translation>Fiches d&apos;essais</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="538"/>
        <source>Arrow keys move between cards; Enter opens the trial.</source>
        <translation>Les flèches passent d&apos;une fiche à l&apos;autre ; Entrée ouvre l&apos;essai.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="539"/>
        <source>Number of trials shown</source>
        <translation>Nombre d&apos;essais affichés</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="541"/>
        <source>No trial matches these filters.</source>
        <translation>Aucun essai ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="541"/>
        <source>Choose “Clear filters” to see all trials.</source>
        <translation>Choisissez « Effacer les filtres » pour voir tous les essais.</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="544"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="594"/>
        <source>In the lecture</source>
        <translation>Dans le cours</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="544"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="594"/>
        <source>Beyond the lecture</source>
        <translation>Au-delà du cours</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="545"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="590"/>
        <source>Setting</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="545"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="545"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="591"/>
        <source>Radiotherapy</source>
        <translation>Radiothérapie</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="546"/>
        <source>Primary endpoint</source>
        <translation>Critère principal</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="546"/>
        <source>not reported</source>
        <translation>non rapporté</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="546"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="591"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="547"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="547"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="590"/>
        <source>Histology</source>
        <translation>Histologie</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="557"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="594"/>
        <location filename="../../sarcoref/ui/trials_view.py" line="604"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="590"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="591"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="649"/>
        <source>1 trial</source>
        <translation>1 essai</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="649"/>
        <source>%1 trials</source>
        <translation>%1 essais</translation>
    </message>
    <message>
        <location filename="../../sarcoref/ui/trials_view.py" line="651"/>
        <source>%1 of %2 trials</source>
        <translation>%1 essais sur %2</translation>
    </message>
</context>
</TS>
