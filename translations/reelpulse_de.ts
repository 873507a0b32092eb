<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>reelpulse::ActivityLogPage</name>
    <message>
        <source>Activity Log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>What happened in this session: tasks added, changed and removed, and errors.</source>
        <translation>Was in dieser Sitzung geschah: hinzugefügte, geänderte und entfernte Aufgaben sowie Fehler.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ComingLaterPage</name>
    <message>
        <source>This section comes in a later version of ReelPulse.</source>
        <translation>Dieser Bereich kommt in einer späteren Version von ReelPulse.</translation>
    </message>
</context>
<context>
    <name>reelpulse::GuiMain</name>
    <message>
        <source>Usage: reelpulse [--data-dir DIR]

ReelPulse: track Instagram profiles, reels and TikTok videos on your own machine.

Options:
  --data-dir DIR   use the store in DIR (default: $REELPULSE_DATA_DIR, else the
                   application data folder); reelpulse-cli uses the same folder
  --version        print the version and exit
  --help           print this help and exit

Qt&apos;s own options (-platform, -style, …) are accepted too.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir braucht einen Ordner.</translation>
    </message>
    <message>
        <source>Unknown argument %1 (see reelpulse --help).</source>
        <translation>Unbekanntes Argument %1 (siehe reelpulse --help).</translation>
    </message>
    <message>
        <source>ReelPulse cannot open its data</source>
        <translation>ReelPulse kann seine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>ReelPulse could not open the data folder %1.

%2

Choose another folder with --data-dir DIR, or fix the folder and start ReelPulse again.</source>
        <translation>ReelPulse konnte den Datenordner %1 nicht öffnen.

%2

Wählen Sie mit --data-dir ORDNER einen anderen Ordner, oder beheben Sie das Problem und starten Sie ReelPulse erneut.</translation>
    </message>
</context>
<context>
    <name>reelpulse::MainWindow</name>
    <message>
        <source>ReelPulse</source>
        <translation>ReelPulse</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Reels</source>
        <translation>Reels</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Save reels and videos with their captions to your computer, with a queue that shows progress and retries failed downloads.</source>
        <translation>Reels und Videos mit ihren Beschreibungen auf Ihrem Computer speichern, mit einer Warteschlange, die den Fortschritt zeigt und fehlgeschlagene Downloads wiederholt.</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Write captions, pick a video and schedule posts for your own accounts.</source>
        <translation>Beschreibungen schreiben, ein Video wählen und Beiträge für Ihre eigenen Konten planen.</translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>The folder with the ReelPulse database; reelpulse-cli uses the same one.</source>
        <translation>Der Ordner mit der ReelPulse-Datenbank; reelpulse-cli verwendet denselben.</translation>
    </message>
    <message>
        <source>ReelPulse %1 started with the data folder %2.</source>
        <translation>ReelPulse %1 gestartet mit dem Datenordner %2.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Reloaded from the data folder.</source>
        <translation>Aus dem Datenordner neu geladen.</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About ReelPulse</source>
        <translation>&amp;Über ReelPulse</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1 — ReelPulse</source>
        <translation>%1 — ReelPulse</translation>
    </message>
    <message>
        <source>About ReelPulse</source>
        <translation>Über ReelPulse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReelPulse %1&lt;/h3&gt;&lt;p&gt;Track Instagram profiles, reels and TikTok videos on your own machine.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelPulse %1&lt;/h3&gt;&lt;p&gt;Instagram-Profile, Reels und TikTok-Videos auf dem eigenen Rechner verfolgen.&lt;/p&gt;&lt;p&gt;Datenordner: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>reelpulse::ModelFormat</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>alle %n Tage</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>alle %n Stunden</numerusform>
            <numerusform>alle %n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelpulse::ProfileDialog</name>
    <message>
        <source>Edit Profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Add Profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>name, @name or https://www.instagram.com/name/</source>
        <translation>name, @name oder https://www.instagram.com/name/</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>My &amp;own profile</source>
        <translation>&amp;Eigenes Profil</translation>
    </message>
    <message>
        <source>&amp;Competitor</source>
        <translation>&amp;Mitbewerber</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>&amp;Scrape:</source>
        <translation>&amp;Abrufen:</translation>
    </message>
    <message>
        <source>&amp;Pause tracking</source>
        <translation>Verfolgung &amp;pausieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Tracks instagram.com/%1</source>
        <translation>Verfolgt instagram.com/%1</translation>
    </message>
    <message>
        <source>The interval</source>
        <translation>Das Intervall</translation>
    </message>
</context>
<context>
    <name>reelpulse::ProfileTasksModel</name>
    <message>
        <source>Competitor</source>
        <translation>Mitbewerber</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Eigenes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Last scraped</source>
        <translation>Zuletzt abgerufen</translation>
    </message>
    <message>
        <source>Next scrape</source>
        <translation>Nächster Abruf</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>reelpulse::ProfilesPage</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Add Profile…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>No profiles yet — press Ctrl+N to add one.

Track your own Instagram profiles and your competitors&apos;: followers, posts and engagement over time.</source>
        <translation>Noch keine Profile — mit Strg+N fügen Sie eines hinzu.

Verfolgen Sie Ihre eigenen Instagram-Profile und die Ihrer Mitbewerber: Follower, Beiträge und Interaktionen im Zeitverlauf.</translation>
    </message>
    <message>
        <source>No profile matches the filter.</source>
        <translation>Kein Profil passt zum Filter.</translation>
    </message>
    <message>
        <source>Added competitor profile @%1, scraped %2.</source>
        <translation>Mitbewerber-Profil @%1 hinzugefügt, Abruf %2.</translation>
    </message>
    <message>
        <source>Added own profile @%1, scraped %2.</source>
        <translation>Eigenes Profil @%1 hinzugefügt, Abruf %2.</translation>
    </message>
    <message>
        <source>Changed profile @%1: %2, scraped %3, %4.</source>
        <translation>Profil @%1 geändert: %2, Abruf %3, %4.</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>Mitbewerber</translation>
    </message>
    <message>
        <source>own</source>
        <translation>eigenes</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Stop tracking @%1?

The task and the data collected for it are deleted.</source>
        <translation>@%1 nicht mehr verfolgen?

Die Aufgabe und die dafür gesammelten Daten werden gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Stop tracking %n profiles?

The tasks and the data collected for them are deleted.</source>
        <translation>
            <numerusform>%n Profil nicht mehr verfolgen?

Die Aufgabe und die dafür gesammelten Daten werden gelöscht.</numerusform>
            <numerusform>%n Profile nicht mehr verfolgen?

Die Aufgaben und die dafür gesammelten Daten werden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Profiles</source>
        <translation>Profile entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Could not remove @%1</source>
        <translation>@%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Removed profile @%1.</source>
        <translation>Profil @%1 entfernt.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>e.g. Summer campaign</source>
        <translation>z. B. Sommerkampagne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>reelpulse::ReelDialog</name>
    <message>
        <source>Edit Reel</source>
        <translation>Reel bearbeiten</translation>
    </message>
    <message>
        <source>Add Reel</source>
        <translation>Reel hinzufügen</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Reel:</source>
        <translation>Reel:</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>P&amp;rojekt:</translation>
    </message>
    <message>
        <source>https://www.instagram.com/reel/… or a shortcode</source>
        <translation>https://www.instagram.com/reel/… oder ein Kurzcode</translation>
    </message>
    <message>
        <source>R&amp;eel:</source>
        <translation>R&amp;eel:</translation>
    </message>
    <message>
        <source>&amp;Scrape:</source>
        <translation>&amp;Abrufen:</translation>
    </message>
    <message>
        <source>&amp;Pause tracking</source>
        <translation>Verfolgung &amp;pausieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>There is no project yet: create one with New Project…</source>
        <translation>Es gibt noch kein Projekt: legen Sie eines mit „Neues Projekt…“ an</translation>
    </message>
    <message>
        <source>The interval</source>
        <translation>Das Intervall</translation>
    </message>
</context>
<context>
    <name>reelpulse::ReelTasksModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Last scraped</source>
        <translation>Zuletzt abgerufen</translation>
    </message>
    <message>
        <source>Next scrape</source>
        <translation>Nächster Abruf</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>reelpulse::ReelsPage</name>
    <message>
        <source>Reels</source>
        <translation>Reels</translation>
    </message>
    <message>
        <source>&amp;Add Reel…</source>
        <translation>Reel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>No reels yet — press Ctrl+N to add one.

Reels are grouped in projects (a campaign, a client): create a project, then add the reels and posts whose views, likes and comments you want to follow.</source>
        <translation>Noch keine Reels — mit Strg+N fügen Sie eines hinzu.

Reels sind in Projekten gruppiert (eine Kampagne, ein Kunde): legen Sie ein Projekt an und fügen Sie dann die Reels und Beiträge hinzu, deren Aufrufe, Likes und Kommentare Sie verfolgen möchten.</translation>
    </message>
    <message>
        <source>No reel matches the filter.</source>
        <translation>Kein Reel passt zum Filter.</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Delete Project…</source>
        <translation>Projekt &amp;löschen…</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Created project &quot;%1&quot;.</source>
        <translation>Projekt „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Could not read the projects</source>
        <translation>Die Projekte konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Delete the empty project &quot;%1&quot;?</source>
        <translation>Das leere Projekt „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete project &quot;%1&quot; and its 1 reel task?

The reel task and the data collected for it are deleted too.</source>
        <translation>Projekt „%1“ und seine Reel-Aufgabe löschen?

Die Reel-Aufgabe und die dafür gesammelten Daten werden ebenfalls gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Delete project &quot;%1&quot; and its %n reel tasks?

The reel tasks and the data collected for them are deleted too.</source>
        <translation>
            <numerusform>Projekt „%1“ und seine %n Reel-Aufgabe löschen?

Die Reel-Aufgabe und die dafür gesammelten Daten werden ebenfalls gelöscht.</numerusform>
            <numerusform>Projekt „%1“ und seine %n Reel-Aufgaben löschen?

Die Reel-Aufgaben und die dafür gesammelten Daten werden ebenfalls gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete project &quot;%1&quot;</source>
        <translation>Projekt „%1“ konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted the empty project &quot;%1&quot;.</source>
        <translation>Leeres Projekt „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Deleted project &quot;%1&quot; and its reel task.</source>
        <translation>Projekt „%1“ und seine Reel-Aufgabe gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted project &quot;%1&quot; and its %n reel tasks.</source>
        <translation>
            <numerusform>Projekt „%1“ und seine %n Reel-Aufgabe gelöscht.</numerusform>
            <numerusform>Projekt „%1“ und seine %n Reel-Aufgaben gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added reel %1 to project &quot;%2&quot;, scraped %3.</source>
        <translation>Reel %1 zum Projekt „%2“ hinzugefügt, Abruf %3.</translation>
    </message>
    <message>
        <source>Changed reel %1 in &quot;%2&quot;: scraped %3, %4.</source>
        <translation>Reel %1 in „%2“ geändert: Abruf %3, %4.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Stop tracking reel %1 in project &quot;%2&quot;?

The task and the data collected for it are deleted.</source>
        <translation>Reel %1 im Projekt „%2“ nicht mehr verfolgen?

Die Aufgabe und die dafür gesammelten Daten werden gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Stop tracking %n reels?

The tasks and the data collected for them are deleted.</source>
        <translation>
            <numerusform>%n Reel nicht mehr verfolgen?

Die Aufgabe und die dafür gesammelten Daten werden gelöscht.</numerusform>
            <numerusform>%n Reels nicht mehr verfolgen?

Die Aufgaben und die dafür gesammelten Daten werden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Reels</source>
        <translation>Reels entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Could not remove reel %1</source>
        <translation>Reel %1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Removed reel %1 from project &quot;%2&quot;.</source>
        <translation>Reel %1 aus dem Projekt „%2“ entfernt.</translation>
    </message>
</context>
<context>
    <name>reelpulse::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Open Data Folder</source>
        <translation>Datenordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Start ReelPulse with --data-dir DIR, or set REELPULSE_DATA_DIR, to use another data folder. reelpulse-cli reads and writes the same folder.</source>
        <translation>Starten Sie ReelPulse mit --data-dir ORDNER oder setzen Sie REELPULSE_DATA_DIR, um einen anderen Datenordner zu verwenden. reelpulse-cli liest und schreibt denselben Ordner.</translation>
    </message>
    <message>
        <source>Accounts, request limits and language settings come in a later version of ReelPulse.</source>
        <translation>Konten, Abfragegrenzen und Spracheinstellungen kommen in einer späteren Version von ReelPulse.</translation>
    </message>
</context>
<context>
    <name>reelpulse::TaskDialog</name>
    <message>
        <source> hour</source>
        <translation> Stunde</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source> day</source>
        <translation> Tag</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
</context>
<context>
    <name>reelpulse::TaskPage</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Could not read the tasks: %1</source>
        <translation>Die Aufgaben konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::VideoDialog</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Edit Video</source>
        <translation>Video bearbeiten</translation>
    </message>
    <message>
        <source>Add Video</source>
        <translation>Video hinzufügen</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Video:</source>
        <translation>Video:</translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation>P&amp;lattform:</translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation>&amp;Video:</translation>
    </message>
    <message>
        <source>https://www.tiktok.com/@user/video/… or the numeric id</source>
        <translation>https://www.tiktok.com/@nutzer/video/… oder die numerische ID</translation>
    </message>
    <message>
        <source>https://www.instagram.com/p/… , a shortcode or the media id</source>
        <translation>https://www.instagram.com/p/… , ein Kurzcode oder die Medien-ID</translation>
    </message>
    <message>
        <source>&amp;Scrape:</source>
        <translation>&amp;Abrufen:</translation>
    </message>
    <message>
        <source>One key=value per line, e.g.
campaign=summer
owner=anna</source>
        <translation>Ein schlüssel=wert pro Zeile, z. B.
kampagne=sommer
verantwortlich=anna</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadaten:</translation>
    </message>
    <message>
        <source>&amp;Active: scrape this video on schedule</source>
        <translation>&amp;Aktiv: dieses Video planmäßig abrufen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>reelpulse::VideoTasksModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Last scraped</source>
        <translation>Zuletzt abgerufen</translation>
    </message>
    <message>
        <source>Next scrape</source>
        <translation>Nächster Abruf</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>reelpulse::VideosPage</name>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>&amp;Add Video…</source>
        <translation>Video &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>No videos yet — press Ctrl+N to add one.

Follow single Instagram posts and TikTok videos every few hours, with your own key=value notes (campaign, owner…).</source>
        <translation>Noch keine Videos — mit Strg+N fügen Sie eines hinzu.

Verfolgen Sie einzelne Instagram-Beiträge und TikTok-Videos alle paar Stunden, mit eigenen schlüssel=wert-Notizen (Kampagne, Verantwortliche…).</translation>
    </message>
    <message>
        <source>No video matches the filter.</source>
        <translation>Kein Video passt zum Filter.</translation>
    </message>
    <message>
        <source>Added %1, scraped %2.</source>
        <translation>%1 hinzugefügt, Abruf %2.</translation>
    </message>
    <message>
        <source>Added %1, inactive.</source>
        <translation>%1 hinzugefügt, inaktiv.</translation>
    </message>
    <message>
        <source>Changed %1: scraped %2, %3.</source>
        <translation>%1 geändert: Abruf %2, %3.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Stop tracking %1?

The task and the data collected for it are deleted.</source>
        <translation>%1 nicht mehr verfolgen?

Die Aufgabe und die dafür gesammelten Daten werden gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Stop tracking %n videos?

The tasks and the data collected for them are deleted.</source>
        <translation>
            <numerusform>%n Video nicht mehr verfolgen?

Die Aufgabe und die dafür gesammelten Daten werden gelöscht.</numerusform>
            <numerusform>%n Videos nicht mehr verfolgen?

Die Aufgaben und die dafür gesammelten Daten werden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Videos</source>
        <translation>Videos entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
</context>
</TS>
