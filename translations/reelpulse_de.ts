<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Classifier</name>
    <message>
        <source>No answer from %1: check the internet connection.</source>
        <translation>Keine Antwort von %1: Prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP 429). Requests pause and resume on their own.</source>
        <translation>%1 begrenzt die Anfragen (HTTP 429). Die Anfragen pausieren und werden von selbst fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 says this does not exist (HTTP %2): it was deleted, renamed or never existed.</source>
        <translation>%1 meldet, dass es dies nicht gibt (HTTP %2): Es wurde gelöscht, umbenannt oder hat nie existiert.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2). It will be retried later.</source>
        <translation>%1 hatte einen Serverfehler (HTTP %2). Es wird später erneut versucht.</translation>
    </message>
</context>
<context>
    <name>EndpointProfile</name>
    <message>
        <source>The endpoint profile is not valid at %1: %2</source>
        <translation>Das Endpunktprofil ist bei %1 ungültig: %2</translation>
    </message>
    <message>
        <source>headers must be an object of strings</source>
        <translation>headers muss ein Objekt aus Zeichenketten sein</translation>
    </message>
    <message>
        <source>a header value must be a string</source>
        <translation>ein Header-Wert muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>a strategy must be an object</source>
        <translation>eine Strategie muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>„name“ fehlt</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a path starting with / or an absolute URL</source>
        <translation>„url“ muss ein Pfad sein, der mit / beginnt, oder eine absolute URL</translation>
    </message>
    <message>
        <source>&quot;parser&quot; is missing</source>
        <translation>„parser“ fehlt</translation>
    </message>
    <message>
        <source>&quot;method&quot; must be GET or POST</source>
        <translation>„method“ muss GET oder POST sein</translation>
    </message>
    <message>
        <source>&quot;expects&quot; must be json or html</source>
        <translation>„expects“ muss json oder html sein</translation>
    </message>
    <message>
        <source>body, doc_id, query_hash and friendly_name must be strings</source>
        <translation>body, doc_id, query_hash und friendly_name müssen Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;variables&quot; must be an object</source>
        <translation>„variables“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;defaults&quot; must be an object</source>
        <translation>„defaults“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;needs&quot; must be a list of names</source>
        <translation>„needs“ muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>&quot;path&quot; must be a list of keys</source>
        <translation>„path“ muss eine Liste von Schlüsseln sein</translation>
    </message>
    <message>
        <source>&quot;requires_session&quot; must be true or false</source>
        <translation>„requires_session“ muss true oder false sein</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>„version“ muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>&quot;platform&quot; must be &quot;%1&quot;</source>
        <translation>„platform“ muss „%1“ sein</translation>
    </message>
    <message>
        <source>&quot;base_url&quot; must be an http(s) URL</source>
        <translation>„base_url“ muss eine http(s)-URL sein</translation>
    </message>
    <message>
        <source>&quot;operations&quot; must be an object with at least one operation</source>
        <translation>„operations“ muss ein Objekt mit mindestens einer Operation sein</translation>
    </message>
    <message>
        <source>an operation must list at least one strategy</source>
        <translation>eine Operation muss mindestens eine Strategie angeben</translation>
    </message>
    <message>
        <source>its version %1 is older than the built-in version %2</source>
        <translation>ihre Version %1 ist älter als die integrierte Version %2</translation>
    </message>
    <message>
        <source>it does not define the operation &quot;%1&quot;</source>
        <translation>sie definiert die Operation „%1“ nicht</translation>
    </message>
    <message>
        <source>The endpoint file %1 was ignored (%2); the built-in endpoints are used.</source>
        <translation>Die Endpunktdatei %1 wurde ignoriert (%2); die integrierten Endpunkte werden verwendet.</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>its signature file %1 does not verify: %2. If you changed the profile by hand, delete the signature file</source>
        <translation>die zugehörige Signaturdatei %1 lässt sich nicht prüfen: %2. Wenn Sie das Profil von Hand geändert haben, löschen Sie die Signaturdatei</translation>
    </message>
</context>
<context>
    <name>InstagramClassifier</name>
    <message>
        <source>Instagram sent the request to its login page. Requests pause; signing in with an Instagram session lets them continue.</source>
        <translation>Instagram hat die Anfrage auf seine Anmeldeseite umgeleitet. Die Anfragen pausieren; eine Anmeldung mit einer Instagram-Sitzung lässt sie weiterlaufen.</translation>
    </message>
    <message>
        <source>Instagram asks to confirm the account (challenge). Open Instagram in a browser, complete the check, then resume.</source>
        <translation>Instagram verlangt eine Bestätigung des Kontos (challenge). Öffnen Sie Instagram im Browser, schließen Sie die Prüfung ab und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>Instagram blocked this action for the account (feedback_required). Stop using this identity for a while and check the account in the Instagram app.</source>
        <translation>Instagram hat diese Aktion für das Konto gesperrt (feedback_required). Verwenden Sie diese Identität eine Weile nicht und prüfen Sie das Konto in der Instagram-App.</translation>
    </message>
    <message>
        <source>Instagram requires a security check for this account (checkpoint). Open Instagram in a browser or the app, complete the check, then resume.</source>
        <translation>Instagram verlangt eine Sicherheitsprüfung für dieses Konto (checkpoint). Öffnen Sie Instagram im Browser oder in der App, schließen Sie die Prüfung ab und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>Instagram asks to wait a few minutes before more requests. Requests pause and resume with increasing delays.</source>
        <translation>Instagram bittet, vor weiteren Anfragen einige Minuten zu warten. Die Anfragen pausieren und werden mit zunehmenden Abständen fortgesetzt.</translation>
    </message>
    <message>
        <source>Instagram answered with a login page instead of data. Requests pause; signing in with an Instagram session lets them continue.</source>
        <translation>Instagram hat statt Daten eine Anmeldeseite geliefert. Die Anfragen pausieren; eine Anmeldung mit einer Instagram-Sitzung lässt sie weiterlaufen.</translation>
    </message>
    <message>
        <source>Instagram answered with empty data: this request format no longer works. The next method is tried.</source>
        <translation>Instagram hat leere Daten geliefert: Dieses Anfrageformat funktioniert nicht mehr. Die nächste Methode wird versucht.</translation>
    </message>
    <message>
        <source>Instagram answered with errors: this request format no longer works. The next method is tried.</source>
        <translation>Instagram hat mit Fehlern geantwortet: Dieses Anfrageformat funktioniert nicht mehr. Die nächste Methode wird versucht.</translation>
    </message>
    <message>
        <source>Instagram says this does not exist or is no longer available.</source>
        <translation>Laut Instagram existiert dies nicht oder ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Instagram refused the request (status fail). The next method is tried.</source>
        <translation>Instagram hat die Anfrage abgelehnt (status fail). Die nächste Methode wird versucht.</translation>
    </message>
    <message>
        <source>Instagram has nothing under this name or code: it was deleted, renamed, or is hidden from you.</source>
        <translation>Instagram hat unter diesem Namen oder Code nichts: Es wurde gelöscht, umbenannt oder ist für Sie verborgen.</translation>
    </message>
    <message>
        <source>Instagram redirected the request somewhere unexpected. The next method is tried.</source>
        <translation>Instagram hat die Anfrage an ein unerwartetes Ziel umgeleitet. Die nächste Methode wird versucht.</translation>
    </message>
    <message>
        <source>Instagram refused the request (HTTP %1). The next method is tried.</source>
        <translation>Instagram hat die Anfrage abgelehnt (HTTP %1). Die nächste Methode wird versucht.</translation>
    </message>
    <message>
        <source>Instagram&apos;s answer was cut off or is not valid JSON: %1</source>
        <translation>Die Antwort von Instagram wurde abgeschnitten oder ist kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>a comment list</source>
        <translation>eine Kommentarliste</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>einen Beitrag</translation>
    </message>
    <message>
        <source>Instagram answered without a profile: the account does not exist, was renamed, or is hidden from you.</source>
        <translation>Instagram hat ohne Profil geantwortet: Das Konto existiert nicht, wurde umbenannt oder ist für Sie verborgen.</translation>
    </message>
    <message>
        <source>a profile</source>
        <translation>ein Profil</translation>
    </message>
    <message>
        <source>a page of posts</source>
        <translation>eine Seite mit Beiträgen</translation>
    </message>
    <message>
        <source>stories</source>
        <translation>Stories</translation>
    </message>
    <message>
        <source>The answer was empty.</source>
        <translation>Die Antwort war leer.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The answer is JSON but not an object.</source>
        <translation>Die Antwort ist JSON, aber kein Objekt.</translation>
    </message>
    <message>
        <source>The answer does not contain %1 in any known format.</source>
        <translation>Die Antwort enthält %1 in keinem bekannten Format.</translation>
    </message>
    <message>
        <source>TikTok refused the comment list (status %1: %2).</source>
        <translation>TikTok hat die Kommentarliste verweigert (Status %1: %2).</translation>
    </message>
    <message>
        <source>a TikTok comment list</source>
        <translation>eine TikTok-Kommentarliste</translation>
    </message>
    <message>
        <source>a TikTok video</source>
        <translation>ein TikTok-Video</translation>
    </message>
    <message>
        <source>the page data of a TikTok page</source>
        <translation>die Seitendaten einer TikTok-Seite</translation>
    </message>
    <message>
        <source>The TikTok page was cut off.</source>
        <translation>Die TikTok-Seite wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>TikTok did not show the video (status %1: %2).</source>
        <translation>TikTok hat das Video nicht angezeigt (Status %1: %2).</translation>
    </message>
    <message>
        <source>a TikTok account</source>
        <translation>ein TikTok-Konto</translation>
    </message>
    <message>
        <source>TikTok has no such account (status %1).</source>
        <translation>TikTok kennt kein solches Konto (Status %1).</translation>
    </message>
    <message>
        <source>TikTok did not show the account (status %1: %2).</source>
        <translation>TikTok hat das Konto nicht angezeigt (Status %1: %2).</translation>
    </message>
    <message>
        <source>TikTok did not list the videos (status %1).</source>
        <translation>TikTok hat die Videos nicht aufgelistet (Status %1).</translation>
    </message>
    <message>
        <source>the videos of a TikTok account</source>
        <translation>die Videos eines TikTok-Kontos</translation>
    </message>
</context>
<context>
    <name>TikTokClassifier</name>
    <message>
        <source>TikTok sent the request to its login page. Requests pause for a while.</source>
        <translation>TikTok hat die Anfrage auf seine Anmeldeseite umgeleitet. Die Anfragen pausieren eine Weile.</translation>
    </message>
    <message>
        <source>TikTok redirected the request somewhere unexpected. It will be retried later.</source>
        <translation>TikTok hat die Anfrage an ein unerwartetes Ziel umgeleitet. Es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>TikTok refused the request (HTTP %1). It will be retried later.</source>
        <translation>TikTok hat die Anfrage abgelehnt (HTTP %1). Es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>TikTok does not show this video to visitors: it is private or restricted (%1).</source>
        <translation>TikTok zeigt dieses Video Besuchern nicht: Es ist privat oder eingeschränkt (%1).</translation>
    </message>
    <message>
        <source>TikTok says this video or account no longer exists or was taken down (%1).</source>
        <translation>Laut TikTok existiert dieses Video oder Konto nicht mehr oder wurde entfernt (%1).</translation>
    </message>
    <message>
        <source>TikTok asks for a verification (captcha). Open TikTok in a browser, then resume (%1).</source>
        <translation>TikTok verlangt eine Überprüfung (Captcha). Öffnen Sie TikTok im Browser und setzen Sie dann fort (%1).</translation>
    </message>
    <message>
        <source>TikTok answered with an unexpected status (%1). It will be retried later.</source>
        <translation>TikTok hat mit einem unerwarteten Status geantwortet (%1). Es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>The TikTok page was cut off or its data is not valid JSON.</source>
        <translation>Die TikTok-Seite wurde abgeschnitten oder ihre Daten sind kein gültiges JSON.</translation>
    </message>
    <message>
        <source>TikTok asks for a verification (captcha). Open TikTok in a browser, then resume.</source>
        <translation>TikTok verlangt eine Überprüfung (Captcha). Öffnen Sie TikTok im Browser und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>The TikTok page no longer carries its data where expected. It will be retried later.</source>
        <translation>Die TikTok-Seite enthält ihre Daten nicht mehr an der erwarteten Stelle. Es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>The TikTok page has no video details. It will be retried later.</source>
        <translation>Die TikTok-Seite enthält keine Videodetails. Es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>TikTok answered the comment request with nothing (the request was refused).</source>
        <translation>TikTok hat die Kommentaranfrage mit nichts beantwortet (die Anfrage wurde abgelehnt).</translation>
    </message>
    <message>
        <source>TikTok&apos;s answer was cut off or is not valid JSON: %1</source>
        <translation>Die Antwort von TikTok wurde abgeschnitten oder ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>TikTok answered the comment list with a web page instead of comments (it shows them only to signed-in visitors at times).</source>
        <translation>TikTok hat die Kommentarliste mit einer Webseite statt mit Kommentaren beantwortet (manchmal zeigt TikTok sie nur angemeldeten Besuchern).</translation>
    </message>
    <message>
        <source>The TikTok page has no account details. It will be retried later.</source>
        <translation>Die TikTok-Seite enthält keine Kontodetails. Es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>TikTok answered the video list request with nothing (the request was refused).</source>
        <translation>TikTok hat die Anfrage nach der Videoliste mit nichts beantwortet (die Anfrage wurde abgelehnt).</translation>
    </message>
    <message>
        <source>TikTok answered the video list with a web page (a sign-in or verification wall). Requests pause for a while.</source>
        <translation>TikTok hat die Videoliste mit einer Webseite beantwortet (eine Anmelde- oder Prüfungssperre). Anfragen pausieren eine Weile.</translation>
    </message>
</context>
<context>
    <name>reelpulse</name>
    <message>
        <source>Instagram&apos;s answer to %1 has an unexpected shape.</source>
        <translation>Die Antwort von Instagram auf %1 hat eine unerwartete Form.</translation>
    </message>
</context>
<context>
    <name>reelpulse::AccountsDialog</name>
    <message>
        <source>Connect &amp;Token</source>
        <translation>Mit &amp;Token verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <source>Instagram Accounts for Publishing</source>
        <translation>Instagram-Konten zum Veröffentlichen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Token until</source>
        <translation>Token gültig bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connect a professional account</source>
        <translation>Professionelles Konto verbinden</translation>
    </message>
    <message>
        <source>Sign In in a &amp;Window…</source>
        <translation>In einem &amp;Fenster anmelden…</translation>
    </message>
    <message>
        <source>Instagram&apos;s sign-in page in a private browser window of ReelPulse.</source>
        <translation>Die Anmeldeseite von Instagram in einem privaten Browserfenster von ReelPulse.</translation>
    </message>
    <message>
        <source>Sign In with Your &amp;Browser…</source>
        <translation>Mit Ihrem &amp;Browser anmelden…</translation>
    </message>
    <message>
        <source>Opens Instagram&apos;s sign-in page in your browser; ReelPulse receives the answer on this computer (127.0.0.1).</source>
        <translation>Öffnet die Anmeldeseite von Instagram in Ihrem Browser; ReelPulse empfängt die Antwort auf diesem Rechner (127.0.0.1).</translation>
    </message>
    <message>
        <source>Or paste a long-lived access token generated in Meta&apos;s App Dashboard (Instagram › API setup with Instagram login › Generate token):</source>
        <translation>Oder fügen Sie ein langlebiges Zugriffstoken ein, das im App Dashboard von Meta erzeugt wurde (Instagram › API setup with Instagram login › Generate token):</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>No account connected yet.</source>
        <translation>Noch kein Konto verbunden.</translation>
    </message>
    <message>
        <source>Checking the token with Instagram…</source>
        <translation>Token wird bei Instagram geprüft…</translation>
    </message>
    <message>
        <source>Connected @%1. Its token is in the system keychain.</source>
        <translation>@%1 verbunden. Sein Token liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>ReelPulse could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>ReelPulse konnte auf 127.0.0.1 nicht auf die Antwort des Browsers warten.</translation>
    </message>
    <message>
        <source>Finish the sign-in in your browser; ReelPulse waits for its answer.</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab; ReelPulse wartet auf die Antwort.</translation>
    </message>
    <message>
        <source>Signed in. Exchanging the code for a long-lived token…</source>
        <translation>Angemeldet. Der Code wird gegen ein langlebiges Token getauscht…</translation>
    </message>
    <message>
        <source>Disconnect @%1?</source>
        <translation>@%1 trennen?</translation>
    </message>
    <message>
        <source>ReelPulse deletes the account&apos;s token from the keychain and forgets the account with its drafts and scheduled posts. Posts already on Instagram stay there.</source>
        <translation>ReelPulse löscht das Token des Kontos aus dem Schlüsselbund und vergisst das Konto mit seinen Entwürfen und geplanten Beiträgen. Beiträge, die bereits auf Instagram sind, bleiben dort.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Disconnected @%1.</source>
        <translation>@%1 getrennt.</translation>
    </message>
    <message>
        <source>Tokens are kept in your system keychain only. Browser sign-in needs your Meta app&apos;s Instagram app id and its secret, or a token broker: Composer › Settings…</source>
        <translation>Tokens werden nur im Schlüsselbund Ihres Systems aufbewahrt. Die Anmeldung im Browser braucht die Instagram-App-ID Ihrer Meta-App und ihr Geheimnis oder einen Token-Broker: Beiträge › Einstellungen…</translation>
    </message>
    <message>
        <source>Browser sign-in needs your Meta app&apos;s Instagram app id: set it in Composer › Settings…, or paste a token instead.</source>
        <translation>Die Anmeldung im Browser braucht die Instagram-App-ID Ihrer Meta-App: Legen Sie sie unter Beiträge › Einstellungen… fest oder fügen Sie stattdessen ein Token ein.</translation>
    </message>
</context>
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
    <name>reelpulse::AddDownloadDialog</name>
    <message>
        <source>Pack carousels into a ZIP with their metadata</source>
        <translation>Karussells mit ihren Metadaten in eine ZIP-Datei packen</translation>
    </message>
    <message>
        <source>Add downloads</source>
        <translation>Downloads hinzufügen</translation>
    </message>
    <message>
        <source>Post, reel or TikTok URLs (or shortcodes), one per line</source>
        <translation>Beitrags-, Reel- oder TikTok-URLs (oder Kurzcodes), eine pro Zeile</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>Beste verfügbare</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Videos only</source>
        <translation>Nur Videos</translation>
    </message>
    <message>
        <source>Images only</source>
        <translation>Nur Bilder</translation>
    </message>
    <message>
        <source>Audio only (ffmpeg)</source>
        <translation>Nur Audio (ffmpeg)</translation>
    </message>
    <message>
        <source>As it is (AAC)</source>
        <translation>Unverändert (AAC)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <source>URLs:</source>
        <translation>URLs:</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Qualität:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Audio format:</source>
        <translation>Audioformat:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>reelpulse::AnalyticsService</name>
    <message>
        <source>Task %1 is not a profile task.</source>
        <translation>Aufgabe %1 ist keine Profil-Aufgabe.</translation>
    </message>
    <message>
        <source>Velocity of the newest post (%1)</source>
        <translation>Tempo des neuesten Beitrags (%1)</translation>
    </message>
    <message>
        <source>views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>%1: the platform needs you (sign in or confirm it is you): %2</source>
        <translation>%1: Die Plattform benötigt Sie (anmelden oder Identität bestätigen): %2</translation>
    </message>
    <message>
        <source>%1: the last scrape failed: %2</source>
        <translation>%1: Der letzte Abruf ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: sentiment is turning negative (%2 % negative on %3, the 30-day mean is %4 %)</source>
        <translation>%1: Die Stimmung wird negativ (%2 % negativ am %3, der 30-Tage-Mittelwert liegt bei %4 %)</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>%1 Follower</translation>
    </message>
    <message>
        <source> (%1 this week)</source>
        <translation> (%1 diese Woche)</translation>
    </message>
    <message>
        <source>%1 views</source>
        <translation>%1 Aufrufe</translation>
    </message>
    <message>
        <source>%1 likes and comments</source>
        <translation>%1 Likes und Kommentare</translation>
    </message>
    <message>
        <source>From the newest %1 comments of the range (at most %2): a word counts once per comment, an emoji every time.</source>
        <translation>Aus den neuesten %1 Kommentaren des Zeitraums (höchstens %2): Ein Wort zählt einmal pro Kommentar, ein Emoji jedes Mal.</translation>
    </message>
    <message>
        <source>No project &quot;%1&quot; exists.</source>
        <translation>Es gibt kein Projekt „%1“.</translation>
    </message>
</context>
<context>
    <name>reelpulse::AutoDownload</name>
    <message>
        <source>--auto-download takes on or off.</source>
        <translation>--auto-download nimmt on oder off.</translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s) queued for download.</source>
        <translation>
            <numerusform>%n neuer Beitrag zum Herunterladen eingereiht.</numerusform>
            <numerusform>%n neue Beiträge zum Herunterladen eingereiht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelpulse::CalendarWidget</name>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel Post</source>
        <translation>Beitrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Why it failed: %1</source>
        <translation>Warum es fehlschlug: %1</translation>
    </message>
    <message>
        <source>Reading the insights of post %1 from Instagram…</source>
        <translation>Die Insights von Beitrag %1 werden von Instagram gelesen…</translation>
    </message>
    <message>
        <source>Insights are not available: %1</source>
        <translation>Insights sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Insights: %1 views · %2 reached · %3 likes · %4 comments · %5 shares · %6 saved · engagement rate %7</source>
        <translation>Insights: %1 Aufrufe · %2 erreicht · %3 Likes · %4 Kommentare · %5 geteilt · %6 gespeichert · Engagement-Rate %7</translation>
    </message>
</context>
<context>
    <name>reelpulse::ChartWidget</name>
    <message>
        <source>Right-click to export this chart as PNG, SVG, PDF or CSV.</source>
        <translation>Rechtsklick, um dieses Diagramm als PNG, SVG, PDF oder CSV zu exportieren.</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf);;CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
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
    <name>reelpulse::CommentSentimentSection</name>
    <message>
        <source>Comment sentiment</source>
        <translation>Kommentar-Stimmung</translation>
    </message>
    <message>
        <source>&amp;Re-score All Comments</source>
        <translation>Alle Kommentare &amp;neu bewerten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Re-score &amp;Now</source>
        <translation>&amp;Jetzt neu bewerten</translation>
    </message>
    <message>
        <source>Social media (recommended)</source>
        <translation>Soziale Medien (empfohlen)</translation>
    </message>
    <message>
        <source>Reference (VADER 3.3)</source>
        <translation>Referenz (VADER 3.3)</translation>
    </message>
    <message>
        <source>The stored comments were scored in the other mode. Re-score them in the background now? Labels you set by hand stay as they are.</source>
        <translation>Die gespeicherten Kommentare wurden im anderen Modus bewertet. Jetzt im Hintergrund neu bewerten? Von Hand gesetzte Einstufungen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Score comments as:</source>
        <translation>Kommentare bewerten als:</translation>
    </message>
    <message>
        <source>Not scored in this mode:</source>
        <translation>In diesem Modus nicht bewertet:</translation>
    </message>
    <message>
        <source>Re-scoring runs in the background while you keep working. Labels you set by hand are never changed.</source>
        <translation>Die Neubewertung läuft im Hintergrund, während Sie weiterarbeiten. Von Hand gesetzte Einstufungen werden nie geändert.</translation>
    </message>
    <message>
        <source>not counted yet</source>
        <translation>noch nicht gezählt</translation>
    </message>
    <message>
        <source>Reads emoji, slang, repeated letters and capitals the way comments use them.</source>
        <translation>Liest Emoji, Slang, wiederholte Buchstaben und Großschreibung so, wie Kommentare sie verwenden.</translation>
    </message>
    <message>
        <source>Gives exactly the scores of the vaderSentiment 3.3 reference, for comparing with other tools.</source>
        <translation>Liefert genau die Werte der Referenz vaderSentiment 3.3, zum Vergleich mit anderen Werkzeugen.</translation>
    </message>
    <message>
        <source>New comments are scored as %1 from now on.</source>
        <translation>Neue Kommentare werden ab jetzt als %1 bewertet.</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt …</translation>
    </message>
    <message>
        <source>cannot be read now</source>
        <translation>kann gerade nicht gelesen werden</translation>
    </message>
    <message>
        <source>none: every comment is scored in this mode</source>
        <translation>keine: jeder Kommentar ist in diesem Modus bewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-scoring every comment as %1 in the background.</source>
        <translation>Alle Kommentare werden im Hintergrund als %1 neu bewertet.</translation>
    </message>
    <message>
        <source>Stopping after the comments in hand…</source>
        <translation>Wird nach den gerade bearbeiteten Kommentaren beendet …</translation>
    </message>
    <message>
        <source>Re-scoring stopped after %1 of %2 comments; the others keep their earlier scores.</source>
        <translation>Neubewertung nach %1 von %2 Kommentaren beendet; die übrigen behalten ihre bisherige Bewertung.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) re-scored.</source>
        <translation>
            <numerusform>%n Kommentar neu bewertet.</numerusform>
            <numerusform>%n Kommentare neu bewertet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) set by hand kept.</source>
        <translation>
            <numerusform>%n von Hand gesetzte Einstufung beibehalten.</numerusform>
            <numerusform>%n von Hand gesetzte Einstufungen beibehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-scoring failed: %1</source>
        <translation>Neubewertung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::CommentsModel</name>
    <message>
        <source>No comment is selected.</source>
        <translation>Kein Kommentar ist ausgewählt.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>↳ %1</source>
        <translation>↳ %1</translation>
    </message>
    <message>
        <source>Compound score %1 (from −1 to +1)</source>
        <translation>Gesamtwert %1 (von −1 bis +1)</translation>
    </message>
    <message>
        <source>Set by hand; right-click to change it or to go back to the automatic label.</source>
        <translation>Von Hand gesetzt; Rechtsklick, um sie zu ändern oder zur automatischen Einstufung zurückzukehren.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Verfasst</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Only emoji, emoticons or too few words to tell the language: scored on emoji and punctuation.</source>
        <translation>Nur Emoji, Emoticons oder zu wenige Wörter, um die Sprache zu erkennen: nach Emoji und Satzzeichen bewertet.</translation>
    </message>
    <message>
        <source>Read in this language (code %1): its own words, negations and intensifiers scored it.</source>
        <translation>In dieser Sprache gelesen (Code %1): ihre eigenen Wörter, Verneinungen und Verstärker haben ihn bewertet.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>reelpulse::ComparisonModel</name>
    <message>
        <source>@%1 (own)</source>
        <translation>@%1 (eigenes)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Growth (90 d)</source>
        <translation>Wachstum (90 T.)</translation>
    </message>
    <message>
        <source>Posts / week</source>
        <translation>Beiträge / Woche</translation>
    </message>
    <message>
        <source>Median ER</source>
        <translation>IR (Median)</translation>
    </message>
    <message>
        <source>Reels</source>
        <translation>Reels</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
</context>
<context>
    <name>reelpulse::ComparisonView</name>
    <message>
        <source>Your own profiles (bold) against the competitors you track. Mark a profile as a competitor when you add or edit it.</source>
        <translation>Ihre eigenen Profile (fett) im Vergleich zu den verfolgten Mitbewerbern. Markieren Sie ein Profil beim Hinzufügen oder Bearbeiten als Mitbewerber.</translation>
    </message>
    <message>
        <source>The comparison could not be read: %1</source>
        <translation>Der Vergleich konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::ComposerWidget</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Also show the reel in the feed</source>
        <translation>Reel auch im Feed zeigen</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Carousel (2–10 images or videos)</source>
        <translation>Karussell (2–10 Bilder oder Videos)</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>https://… public URL of an image or video</source>
        <translation>https://… öffentliche URL eines Bildes oder Videos</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Caption: #hashtags and @mentions count towards Instagram&apos;s limits</source>
        <translation>Bildunterschrift: #Hashtags und @Erwähnungen zählen zu den Limits von Instagram</translation>
    </message>
    <message>
        <source>Describe the image for people who cannot see it</source>
        <translation>Beschreiben Sie das Bild für Menschen, die es nicht sehen können</translation>
    </message>
    <message>
        <source>up to 3 usernames, separated by commas</source>
        <translation>bis zu 3 Benutzernamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>posted right after publishing (a failure never fails the post)</source>
        <translation>wird direkt nach der Veröffentlichung gepostet (schlägt das fehl, bleibt der Beitrag trotzdem veröffentlicht)</translation>
    </message>
    <message>
        <source>https://… cover image of the reel (optional)</source>
        <translation>https://… Titelbild des Reels (optional)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Medien:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Bildunterschrift:</translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation>Alternativtext:</translation>
    </message>
    <message>
        <source>Collaborators:</source>
        <translation>Mitwirkende:</translation>
    </message>
    <message>
        <source>First comment:</source>
        <translation>Erster Kommentar:</translation>
    </message>
    <message>
        <source>Reel cover:</source>
        <translation>Reel-Titelbild:</translation>
    </message>
    <message>
        <source>Publish at:</source>
        <translation>Veröffentlichen am:</translation>
    </message>
    <message>
        <source> (reconnect)</source>
        <translation> (neu verbinden)</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Connect an account first (Accounts…).</source>
        <translation>Verbinden Sie zuerst ein Konto (Konten…).</translation>
    </message>
    <message>
        <source>That time has passed: choose a time to come (or now).</source>
        <translation>Dieser Zeitpunkt ist vorbei: Wählen Sie einen künftigen Zeitpunkt (oder jetzt).</translation>
    </message>
    <message>
        <source>Draft %1 saved.</source>
        <translation>Entwurf %1 gespeichert.</translation>
    </message>
    <message>
        <source>Post %1 scheduled for %2.</source>
        <translation>Beitrag %1 für %2 geplant.</translation>
    </message>
    <message>
        <source>&amp;Files…</source>
        <translation>&amp;Dateien…</translation>
    </message>
    <message>
        <source>Images and videos from this computer: uploaded to your media host when the post is scheduled (you can also drop files here)</source>
        <translation>Bilder und Videos von diesem Computer: werden beim Planen des Beitrags auf Ihren Medien-Host hochgeladen (Sie können Dateien auch hierher ziehen)</translation>
    </message>
    <message>
        <source>As it is (4:5 to 1.91:1 only)</source>
        <translation>Unverändert (nur 4:5 bis 1,91:1)</translation>
    </message>
    <message>
        <source>Crop to fit</source>
        <translation>Passend zuschneiden</translation>
    </message>
    <message>
        <source>Pad with white</source>
        <translation>Mit Weiß auffüllen</translation>
    </message>
    <message>
        <source>Feed images must be between 4:5 (portrait) and 1.91:1 (landscape); the previews show what will be posted</source>
        <translation>Feed-Bilder müssen zwischen 4:5 (Hochformat) und 1,91:1 (Querformat) liegen; die Vorschauen zeigen, was gepostet wird</translation>
    </message>
    <message>
        <source>Image shape:</source>
        <translation>Bildformat:</translation>
    </message>
    <message>
        <source>Add images or videos</source>
        <translation>Bilder oder Videos hinzufügen</translation>
    </message>
    <message>
        <source>Images and videos (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.mp4 *.mov *.m4v);;All files (*)</source>
        <translation>Bilder und Videos (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.mp4 *.mov *.m4v);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1×%2 pixels</source>
        <translation>%1×%2 Pixel</translation>
    </message>
    <message>
        <source>An image is not between 4:5 and 1.91:1 (red frame): choose to crop or pad it.</source>
        <translation>Ein Bild liegt nicht zwischen 4:5 und 1,91:1 (roter Rahmen): Wählen Sie Zuschneiden oder Auffüllen.</translation>
    </message>
    <message>
        <source>From your account&apos;s recent posts: the hours of the week with the highest median likes + comments, and the hashtags whose posts had the most on average (each from at least 2 posts). Click one to use it.</source>
        <translation>Aus den letzten Beiträgen Ihres Kontos: die Stunden der Woche mit dem höchsten Median aus Likes + Kommentaren und die Hashtags, deren Beiträge im Schnitt am meisten hatten (jeweils aus mindestens 2 Beiträgen). Klicken Sie auf einen Eintrag, um ihn zu übernehmen.</translation>
    </message>
    <message>
        <source>Advice:</source>
        <translation>Tipps:</translation>
    </message>
    <message>
        <source>Reading your recent posts…</source>
        <translation>Ihre letzten Beiträge werden gelesen…</translation>
    </message>
    <message>
        <source>No advice: %1</source>
        <translation>Keine Tipps: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough posts yet for advice (%n read).</source>
        <translation>
            <numerusform>Noch nicht genug Beiträge für Tipps (%n gelesen).</numerusform>
            <numerusform>Noch nicht genug Beiträge für Tipps (%n gelesen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Best times: %1</source>
        <translation>Beste Zeiten: %1</translation>
    </message>
    <message>
        <source>Hashtags that did best: %1</source>
        <translation>Erfolgreichste Hashtags: %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::CreatorAccountsModel</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
</context>
<context>
    <name>reelpulse::CreatorService</name>
    <message>
        <source>A creator needs a name.</source>
        <translation>Ein Creator braucht einen Namen.</translation>
    </message>
    <message>
        <source>A creator&apos;s name has at most %1 characters (this one has %2).</source>
        <translation>Der Name eines Creators hat höchstens %1 Zeichen (dieser hat %2).</translation>
    </message>
    <message>
        <source>Name a creator (its id or its name).</source>
        <translation>Nennen Sie einen Creator (seine ID oder seinen Namen).</translation>
    </message>
    <message>
        <source>No creator is named or has the id &quot;%1&quot;. See: reelpulse-cli creators list</source>
        <translation>Kein Creator heißt &quot;%1&quot; oder hat diese ID. Siehe: reelpulse-cli creators list</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 200.</source>
        <translation>--limit muss zwischen 1 und 200 liegen.</translation>
    </message>
    <message>
        <source>That cursor is not one this list gave; start again without it.</source>
        <translation>Dieser Cursor stammt nicht aus dieser Liste; beginnen Sie ohne ihn von vorn.</translation>
    </message>
    <message>
        <source>Name an account by its profile task id.</source>
        <translation>Nennen Sie ein Konto mit der ID seiner Profil-Aufgabe.</translation>
    </message>
    <message>
        <source>profile task</source>
        <translation>Profil-Aufgabe</translation>
    </message>
    <message>
        <source>Account %1 is not linked to creator &quot;%2&quot;.</source>
        <translation>Konto %1 ist nicht mit dem Creator &quot;%2&quot; verknüpft.</translation>
    </message>
    <message>
        <source>The first day must not come after the last.</source>
        <translation>Der erste Tag darf nicht nach dem letzten liegen.</translation>
    </message>
    <message>
        <source>The period must be at least one day.</source>
        <translation>Der Zeitraum muss mindestens einen Tag umfassen.</translation>
    </message>
</context>
<context>
    <name>reelpulse::CreatorStore</name>
    <message>
        <source>A creator named &quot;%1&quot; exists already.</source>
        <translation>Ein Creator namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>adding a creator</source>
        <translation>beim Anlegen eines Creators</translation>
    </message>
    <message>
        <source>renaming a creator</source>
        <translation>beim Umbenennen eines Creators</translation>
    </message>
    <message>
        <source>No creator with id %1.</source>
        <translation>Kein Creator mit der ID %1.</translation>
    </message>
    <message>
        <source>removing a creator</source>
        <translation>beim Entfernen eines Creators</translation>
    </message>
    <message>
        <source>looking up a creator</source>
        <translation>beim Suchen eines Creators</translation>
    </message>
    <message>
        <source>listing creators</source>
        <translation>beim Auflisten der Creator</translation>
    </message>
    <message>
        <source>counting creators</source>
        <translation>beim Zählen der Creator</translation>
    </message>
    <message>
        <source>linking an account</source>
        <translation>beim Verknüpfen eines Kontos</translation>
    </message>
    <message>
        <source>That account is linked to this creator already.</source>
        <translation>Dieses Konto ist bereits mit diesem Creator verknüpft.</translation>
    </message>
    <message>
        <source>unlinking an account</source>
        <translation>beim Lösen eines Kontos</translation>
    </message>
    <message>
        <source>listing accounts</source>
        <translation>beim Auflisten der Konten</translation>
    </message>
    <message>
        <source>looking up an account</source>
        <translation>beim Suchen eines Kontos</translation>
    </message>
    <message>
        <source>reading a creator&apos;s accounts</source>
        <translation>beim Lesen der Konten eines Creators</translation>
    </message>
    <message>
        <source>reading followers</source>
        <translation>beim Lesen der Follower</translation>
    </message>
    <message>
        <source>counting accounts</source>
        <translation>beim Zählen der Konten</translation>
    </message>
    <message>
        <source>counting analysed comments</source>
        <translation>beim Zählen der analysierten Kommentare</translation>
    </message>
    <message>
        <source>reading items</source>
        <translation>beim Lesen der Beiträge</translation>
    </message>
    <message>
        <source>reading item snapshots</source>
        <translation>beim Lesen der Beitrags-Snapshots</translation>
    </message>
</context>
<context>
    <name>reelpulse::CreatorTopItemsModel</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Video or post</source>
        <translation>Video oder Beitrag</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interaktion</translation>
    </message>
</context>
<context>
    <name>reelpulse::CreatorsModel</name>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
</context>
<context>
    <name>reelpulse::CreatorsPage</name>
    <message>
        <source>Creators</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Creator name</source>
        <translation>Name des Creators</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Accounts of the creator</source>
        <translation>Konten des Creators</translation>
    </message>
    <message>
        <source>A tracked Instagram or TikTok account (profile task) to link</source>
        <translation>Ein verfolgtes Instagram- oder TikTok-Konto (Profil-Aufgabe) zum Verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>Choose a creator.</source>
        <translation>Wählen Sie einen Creator.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Top videos and posts across platforms</source>
        <translation>Top-Videos und -Beiträge über alle Plattformen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Follower growth</source>
        <translation>Follower-Wachstum</translation>
    </message>
    <message>
        <source>Engagement gained</source>
        <translation>Gewonnene Interaktion</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Rangfolge nach</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>@%1 (%2)</source>
        <translation>@%1 (%2)</translation>
    </message>
    <message>
        <source>No creators yet: name one and choose Add.</source>
        <translation>Noch keine Creator: Geben Sie einen Namen ein und wählen Sie Hinzufügen.</translation>
    </message>
    <message>
        <source>no follower count yet</source>
        <translation>noch keine Follower-Zahl</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 followers over %n account(s)</source>
        <translation>
            <numerusform>%1: %2 Follower über %n Konto</numerusform>
            <numerusform>%1: %2 Follower über %n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the creator first.</source>
        <translation>Geben Sie dem Creator zuerst einen Namen.</translation>
    </message>
    <message>
        <source>Created creator &quot;%1&quot;.</source>
        <translation>Creator &quot;%1&quot; angelegt.</translation>
    </message>
    <message>
        <source>Renamed the creator to &quot;%1&quot;.</source>
        <translation>Creator in &quot;%1&quot; umbenannt.</translation>
    </message>
    <message>
        <source>Remove Creator</source>
        <translation>Creator entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the creator &quot;%1&quot;? Its %n account(s) stay tracked with their history.</source>
        <translation>
            <numerusform>Den Creator &quot;%1&quot; entfernen? Sein %n Konto bleibt mit seinem Verlauf verfolgt.</numerusform>
            <numerusform>Den Creator &quot;%1&quot; entfernen? Seine %n Konten bleiben mit ihrem Verlauf verfolgt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed creator &quot;%1&quot;; its accounts stay tracked.</source>
        <translation>Creator &quot;%1&quot; entfernt; seine Konten bleiben verfolgt.</translation>
    </message>
    <message>
        <source>Linked the account to &quot;%1&quot;.</source>
        <translation>Konto mit &quot;%1&quot; verknüpft.</translation>
    </message>
    <message>
        <source>Unlinked the account from &quot;%1&quot;; it stays tracked.</source>
        <translation>Konto von &quot;%1&quot; gelöst; es bleibt verfolgt.</translation>
    </message>
</context>
<context>
    <name>reelpulse::DailyAnalyticsService</name>
    <message>
        <source>Followers are counted for accounts and creators, not for a video: choose --metric views, likes, comments or shares.</source>
        <translation>Follower werden für Konten und Creator gezählt, nicht für ein Video: Wählen Sie --metric views, likes, comments oder shares.</translation>
    </message>
    <message>
        <source>Name an account (profile task id), a creator or a video.</source>
        <translation>Nennen Sie ein Konto (ID der Profil-Aufgabe), einen Creator oder ein Video.</translation>
    </message>
    <message>
        <source>No account, creator or video matches &quot;%1&quot; (give a profile task id, a creator&apos;s name or id, or a video&apos;s task id, shortcode, URL or platform id).</source>
        <translation>Kein Konto, Creator oder Video passt zu &quot;%1&quot; (geben Sie die ID einer Profil-Aufgabe, den Namen oder die ID eines Creators oder die Aufgaben-ID, den Shortcode, die URL oder die Plattform-ID eines Videos an).</translation>
    </message>
    <message>
        <source>Dates are written as YYYY-MM-DD.</source>
        <translation>Daten werden als JJJJ-MM-TT geschrieben.</translation>
    </message>
    <message>
        <source>--from (%1) comes after --to (%2).</source>
        <translation>--from (%1) liegt nach --to (%2).</translation>
    </message>
    <message>
        <source>A daily series covers at most %1 days.</source>
        <translation>Eine Tagesreihe umfasst höchstens %1 Tage.</translation>
    </message>
    <message>
        <source>The period must be at least one day.</source>
        <translation>Der Zeitraum muss mindestens einen Tag umfassen.</translation>
    </message>
</context>
<context>
    <name>reelpulse::DashboardModels</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>reelpulse::DashboardsPage</name>
    <message>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Mitbewerber</translation>
    </message>
    <message>
        <source>Reel / video</source>
        <translation>Reel / Video</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>reelpulse::Database</name>
    <message>
        <source>No data folder is set.</source>
        <translation>Es ist kein Datenordner festgelegt.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Check that the location is writable or choose another one with --data-dir.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden. Prüfen Sie, ob der Ort beschreibbar ist, oder wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber für Qt fehlt (installieren Sie libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Der Datenspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a ReelPulse store (or it is damaged): %2</source>
        <translation>%1 ist kein ReelPulse-Datenspeicher (oder er ist beschädigt): %2</translation>
    </message>
    <message>
        <source>%1 is not a ReelPulse store. Choose another data folder.</source>
        <translation>%1 ist kein ReelPulse-Datenspeicher. Wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer ReelPulse (schema %2; this version knows up to %3). Update ReelPulse; the file was left untouched.</source>
        <translation>Der Datenspeicher %1 wurde von einem neueren ReelPulse geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie ReelPulse; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot configure the store %1.</source>
        <translation>Der Datenspeicher %1 kann nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>The store %1 needs an upgrade from schema version %2 to %3, but no backup could be made first (%4), so it was not upgraded and was left untouched. Free some disk space or make %5 writable, then open it again.</source>
        <translation>Der Datenspeicher %1 muss von Schemaversion %2 auf %3 aktualisiert werden, aber vorher konnte keine Sicherungskopie angelegt werden (%4). Er wurde daher nicht aktualisiert und bleibt unverändert. Geben Sie Speicherplatz frei oder machen Sie %5 beschreibbar und öffnen Sie ihn dann erneut.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no free file name in %1</source>
        <translation>kein freier Dateiname in %1</translation>
    </message>
    <message>
        <source>the copy %1 could not be read back</source>
        <translation>die Kopie %1 konnte nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>The store was left as it was (schema version %1). A copy made before the upgrade is at %2.</source>
        <translation>Der Datenspeicher blieb, wie er war (Schemaversion %1). Eine vor der Aktualisierung angelegte Kopie liegt unter %2.</translation>
    </message>
</context>
<context>
    <name>reelpulse::DownloadService</name>
    <message>
        <source>&apos;%1&apos; cannot be downloaded this way.</source>
        <translation>„%1“ kann auf diese Weise nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Unknown quality &apos;%1&apos; (best, high, medium, low, 1080p, 720p, 480p, 360p).</source>
        <translation>Unbekannte Qualität „%1“ (best, high, medium, low, 1080p, 720p, 480p, 360p).</translation>
    </message>
    <message>
        <source>Unknown type &apos;%1&apos; (media, video_only, image_only, audio_only).</source>
        <translation>Unbekannter Typ „%1“ (media, video_only, image_only, audio_only).</translation>
    </message>
    <message>
        <source>Unknown audio format &apos;%1&apos; (best, mp3, m4a, aac).</source>
        <translation>Unbekanntes Audioformat „%1“ (best, mp3, m4a, aac).</translation>
    </message>
    <message>
        <source>ffmpeg is not installed.</source>
        <translation>ffmpeg ist nicht installiert.</translation>
    </message>
    <message>
        <source>The post has no media of the type asked for (%1).</source>
        <translation>Der Beitrag enthält keine Medien der gewünschten Art (%1).</translation>
    </message>
    <message>
        <source>Try --type media.</source>
        <translation>Versuchen Sie --type media.</translation>
    </message>
    <message>
        <source>Change downloads.name_template.</source>
        <translation>Ändern Sie downloads.name_template.</translation>
    </message>
    <message>
        <source>Less than 500 MiB free in %1: downloads paused.</source>
        <translation>Weniger als 500 MiB frei in %1: Downloads pausiert.</translation>
    </message>
    <message>
        <source>Free some space, then resume the download.</source>
        <translation>Geben Sie Speicherplatz frei und setzen Sie dann den Download fort.</translation>
    </message>
    <message>
        <source>The post changed while it was downloaded.</source>
        <translation>Der Beitrag hat sich während des Downloads geändert.</translation>
    </message>
    <message>
        <source>The media URL expired again after a fresh look-up.</source>
        <translation>Die Medien-URL ist nach erneutem Nachschlagen wieder abgelaufen.</translation>
    </message>
    <message>
        <source>Gave up after %1 tries.</source>
        <translation>Nach %1 Versuchen aufgegeben.</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>Der Download ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a story (username/story-id).</source>
        <translation>„%1“ ist keine Story (Benutzername/Story-ID).</translation>
    </message>
    <message>
        <source>Stories last 24 hours; this one is gone.</source>
        <translation>Stories sind 24 Stunden sichtbar; diese ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Sign in from the app (Settings › Instagram account); a private account&apos;s stories need an account that follows it.</source>
        <translation>Melden Sie sich in der App an (Einstellungen › Instagram-Konto); die Stories eines privaten Kontos brauchen ein Konto, das ihm folgt.</translation>
    </message>
    <message>
        <source>Check the URL or shortcode; the post may have been deleted.</source>
        <translation>Prüfen Sie die URL oder den Kurzcode; der Beitrag wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>The post belongs to a private account or needs a signed-in session.</source>
        <translation>Der Beitrag gehört zu einem privaten Konto oder erfordert eine angemeldete Sitzung.</translation>
    </message>
    <message>
        <source>Instagram asks to slow down; try again later.</source>
        <translation>Instagram bittet, langsamer zu werden; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Retry after a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The next file needs %1 but only %2 are free in %3: downloads paused.</source>
        <translation>Die nächste Datei braucht %1, aber in %3 sind nur %2 frei: Downloads pausiert.</translation>
    </message>
    <message>
        <source>The story %1 of @%2 is not there any more.</source>
        <translation>Die Story %1 von @%2 ist nicht mehr da.</translation>
    </message>
</context>
<context>
    <name>reelpulse::DownloadsModel</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n files)</source>
        <translation>
            <numerusform>%1 (%n Datei)</numerusform>
            <numerusform>%1 (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>TikTok video</source>
        <translation>TikTok-Video</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Karussell</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>%1 (audio)</source>
        <translation>%1 (Audio)</translation>
    </message>
    <message>
        <source>%1 (ZIP)</source>
        <translation>%1 (ZIP)</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Paused: low disk space</source>
        <translation>Pausiert: wenig Speicherplatz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>reelpulse::DownloadsPage</name>
    <message>
        <source>Resume downloads</source>
        <translation>Downloads fortsetzen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add posts, reels or TikTok videos to download (Ctrl+V pastes URLs)</source>
        <translation>Beiträge, Reels oder TikTok-Videos zum Herunterladen hinzufügen (Strg+V fügt URLs ein)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Copy source URL</source>
        <translation>Quell-URL kopieren</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Remove and delete files…</source>
        <translation>Entfernen und Dateien löschen…</translation>
    </message>
    <message>
        <source>Filter downloads</source>
        <translation>Downloads filtern</translation>
    </message>
    <message>
        <source>Not added: %1 — %2</source>
        <translation>Nicht hinzugefügt: %1 — %2</translation>
    </message>
    <message>
        <source>%1 is already downloaded.</source>
        <translation>%1 ist bereits heruntergeladen.</translation>
    </message>
    <message numerus="yes">
        <source>Batch finished: %n downloaded</source>
        <translation>
            <numerusform>Stapel abgeschlossen: %n heruntergeladen</numerusform>
            <numerusform>Stapel abgeschlossen: %n heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n Download</numerusform>
            <numerusform>%n Downloads</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 running · %2 completed</source>
        <translation> · %1 aktiv · %2 abgeschlossen</translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation> · %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source> · %1 on disk</source>
        <translation> · %1 auf der Festplatte</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>Dateien löschen</translation>
    </message>
    <message>
        <source>Remove this download from the list and delete its files from your disk?</source>
        <translation>Diesen Download aus der Liste entfernen und seine Dateien von der Festplatte löschen?</translation>
    </message>
</context>
<context>
    <name>reelpulse::EndpointProfilesSection</name>
    <message>
        <source>How ReelPulse reaches Instagram and TikTok. Newer signed profiles are installed with reelpulse-cli endpoints update.</source>
        <translation>Wie ReelPulse Instagram und TikTok erreicht. Neuere signierte Profile installieren Sie mit reelpulse-cli endpoints update.</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>local copy from %1, unsigned</source>
        <translation>lokale Kopie vom %1, unsigniert</translation>
    </message>
    <message>
        <source>updated %1, signed</source>
        <translation>aktualisiert am %1, signiert</translation>
    </message>
    <message>
        <source>%1 version %2 (%3)</source>
        <translation>%1 Version %2 (%3)</translation>
    </message>
    <message>
        <source>Endpoint profiles: %1</source>
        <translation>Endpunktprofile: %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::EndpointSignature</name>
    <message>
        <source>An endpoint signing key must be the 32 bytes of an Ed25519 public key.</source>
        <translation>Ein Signaturschlüssel für Endpunkte muss aus den 32 Bytes eines öffentlichen Ed25519-Schlüssels bestehen.</translation>
    </message>
    <message>
        <source>the signature file is too long to be a signature</source>
        <translation>die Signaturdatei ist zu lang für eine Signatur</translation>
    </message>
    <message>
        <source>the signature file does not hold a signature (base64 text of 64 bytes)</source>
        <translation>die Signaturdatei enthält keine Signatur (Base64-Text aus 64 Bytes)</translation>
    </message>
    <message>
        <source>the signature does not match: the file was changed after it was signed, or it was signed with a key this ReelPulse does not trust</source>
        <translation>die Signatur passt nicht: Die Datei wurde nach dem Signieren geändert oder mit einem Schlüssel signiert, dem dieses ReelPulse nicht vertraut</translation>
    </message>
</context>
<context>
    <name>reelpulse::EndpointUpdater</name>
    <message>
        <source>The endpoint profile %1 was refused: %2</source>
        <translation>Das Endpunktprofil %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Cannot fetch the endpoint profile %1: %2. Check the address and your connection, or pass a downloaded file with --from.</source>
        <translation>Das Endpunktprofil %1 kann nicht abgerufen werden: %2. Prüfen Sie die Adresse und Ihre Verbindung oder geben Sie mit --from eine heruntergeladene Datei an.</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes, which no endpoint profile or signature is</source>
        <translation>sie ist größer als %1 Bytes, was kein Endpunktprofil und keine Signatur ist</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>sie kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>it is not a valid address</source>
        <translation>es ist keine gültige Adresse</translation>
    </message>
    <message>
        <source>no complete answer within %1 seconds</source>
        <translation>keine vollständige Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>the server answered with HTTP status %1</source>
        <translation>der Server hat mit HTTP-Status %1 geantwortet</translation>
    </message>
    <message>
        <source>Cannot install the endpoint profile at %1: %2. Check that the data folder is writable and run the update again.</source>
        <translation>Das Endpunktprofil kann nicht unter %1 installiert werden: %2. Prüfen Sie, ob der Datenordner beschreibbar ist, und führen Sie die Aktualisierung erneut aus.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Endpoint profiles come from an http:// or https:// address or a file, not &quot;%1&quot;.</source>
        <translation>Endpunktprofile kommen von einer http://- oder https://-Adresse oder aus einer Datei, nicht von „%1“.</translation>
    </message>
    <message>
        <source>there is no file at that address (HTTP 404)</source>
        <translation>unter dieser Adresse gibt es keine Datei (HTTP 404)</translation>
    </message>
    <message>
        <source>There is no endpoint profile at %1.</source>
        <translation>Unter %1 gibt es kein Endpunktprofil.</translation>
    </message>
    <message>
        <source>it is not signed (there is no signature at %1)</source>
        <translation>es ist nicht signiert (unter %1 liegt keine Signatur)</translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation>es ist nicht signiert</translation>
    </message>
    <message>
        <source>it is not an endpoint profile (not a JSON object: %1)</source>
        <translation>es ist kein Endpunktprofil (kein JSON-Objekt: %1)</translation>
    </message>
    <message>
        <source>other JSON value</source>
        <translation>anderer JSON-Wert</translation>
    </message>
    <message>
        <source>it names no platform ReelPulse knows (&quot;platform&quot;: &quot;%1&quot;)</source>
        <translation>es nennt keine Plattform, die ReelPulse kennt („platform“: „%1“)</translation>
    </message>
    <message>
        <source>it is the profile for %1, not for %2</source>
        <translation>es ist das Profil für %1, nicht für %2</translation>
    </message>
    <message>
        <source>its version %1 is older than version %2, which is in use</source>
        <translation>seine Version %1 ist älter als die verwendete Version %2</translation>
    </message>
    <message>
        <source>The endpoint profile was written to %1 but is not the one in use: %2</source>
        <translation>Das Endpunktprofil wurde nach %1 geschrieben, ist aber nicht das verwendete: %2</translation>
    </message>
</context>
<context>
    <name>reelpulse::FirstRunDialog</name>
    <message>
        <source>Welcome to ReelPulse</source>
        <translation>Willkommen bei ReelPulse</translation>
    </message>
    <message>
        <source>ReelPulse follows Instagram profiles, reels and posts and TikTok videos on a schedule. It keeps every measurement so you can see how they grow, and reads the sentiment of their comments, emoji included.</source>
        <translation>ReelPulse verfolgt Instagram-Profile, Reels und Beiträge sowie TikTok-Videos nach Zeitplan. Es bewahrt jede Messung auf, damit Sie sehen, wie sie wachsen, und liest die Stimmung ihrer Kommentare, Emoji eingeschlossen.</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Your data lives in %1; reelpulse-cli uses the same folder. Help › Open Data Folder shows it at any time.</source>
        <translation>Alles bleibt auf diesem Rechner. Ihre Daten liegen in %1; reelpulse-cli verwendet denselben Ordner. Hilfe › Datenordner öffnen zeigt ihn jederzeit.</translation>
    </message>
    <message>
        <source>To begin, add the first profile you want to follow: your own or a competitor&apos;s. Signing in to Instagram is optional; it lets ReelPulse read what Instagram shows only to signed-in people, and your session is kept in the system keychain only. Connecting a professional account for publishing will come with the Composer.</source>
        <translation>Fügen Sie zunächst das erste Profil hinzu, das Sie verfolgen möchten: Ihr eigenes oder das eines Mitbewerbers. Die Anmeldung bei Instagram ist optional; damit kann ReelPulse lesen, was Instagram nur angemeldeten Personen zeigt, und Ihre Sitzung liegt nur im Schlüsselbund des Systems. Das Verbinden eines professionellen Kontos zum Veröffentlichen kommt mit dem Bereich „Beiträge“.</translation>
    </message>
    <message>
        <source>Add Your First Profile…</source>
        <translation>Erstes Profil hinzufügen…</translation>
    </message>
    <message>
        <source>Sign In to Instagram…</source>
        <translation>Bei Instagram anmelden…</translation>
    </message>
    <message>
        <source>Start Using ReelPulse</source>
        <translation>Mit ReelPulse loslegen</translation>
    </message>
</context>
<context>
    <name>reelpulse::GovernorState</name>
    <message>
        <source>Request budget used up</source>
        <translation>Anfragekontingent aufgebraucht</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>Temporarily blocked</source>
        <translation>Vorübergehend gesperrt</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Stopped: Instagram asks for a security check</source>
        <translation>Angehalten: Instagram verlangt eine Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>%1, resumes in %2</source>
        <translation>%1, weiter in %2</translation>
    </message>
</context>
<context>
    <name>reelpulse::GovernorStore</name>
    <message>
        <source>The request log in the store could not be used (%1).</source>
        <translation>Das Anfrageprotokoll im Datenspeicher konnte nicht verwendet werden (%1).</translation>
    </message>
    <message>
        <source>The request log in the store could not be saved (%1).</source>
        <translation>Das Anfrageprotokoll im Datenspeicher konnte nicht gespeichert werden (%1).</translation>
    </message>
</context>
<context>
    <name>reelpulse::GraphClient</name>
    <message>
        <source>No answer from Instagram: %1</source>
        <translation>Keine Antwort von Instagram: %1</translation>
    </message>
    <message>
        <source>Instagram did not answer (%1): whether it acted is unknown.</source>
        <translation>Instagram hat nicht geantwortet (%1): Ob die Aktion ausgeführt wurde, ist unbekannt.</translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation>Die Anfrage konnte nicht gesendet werden: %1</translation>
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
        <translation>Aufruf: reelpulse [--data-dir DIR]

ReelPulse: Instagram-Profile, Reels und TikTok-Videos auf dem eigenen Rechner verfolgen.

Optionen:
  --data-dir DIR   den Datenspeicher in DIR verwenden (Standard: $REELPULSE_DATA_DIR, sonst der
                   Anwendungsdatenordner); reelpulse-cli verwendet denselben Ordner
  --version        die Version ausgeben und beenden
  --help           diese Hilfe ausgeben und beenden

Qts eigene Optionen (-platform, -style, …) werden ebenfalls akzeptiert.
</translation>
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
    <name>reelpulse::HeatmapView</name>
    <message>
        <source>%1 %2:00 — %3</source>
        <translation>%1 %2:00 — %3</translation>
    </message>
    <message>
        <source>mean engagement %1</source>
        <translation>mittlere Interaktion %1</translation>
    </message>
    <message>
        <source>no post</source>
        <translation>kein Beitrag</translation>
    </message>
</context>
<context>
    <name>reelpulse::HttpFetcher</name>
    <message>
        <source>The answer of %1 is larger than the %2 limit and was abandoned (the limit is the setting net.max_body_mib).</source>
        <translation>Die Antwort von %1 ist größer als die Grenze von %2 und wurde abgebrochen (die Grenze ist die Einstellung net.max_body_mib).</translation>
    </message>
</context>
<context>
    <name>reelpulse::Identifiers</name>
    <message>
        <source>The post URL has no shortcode.</source>
        <translation>Die Beitrags-URL enthält keinen Kurzcode.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Instagram shortcode: only letters, digits, &apos;-&apos; and &apos;_&apos; are allowed.</source>
        <translation>„%1“ ist kein Instagram-Kurzcode: Nur Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; sind erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a public Instagram shortcode: shortcodes have at most %2 characters.</source>
        <translation>„%1“ ist kein öffentlicher Instagram-Kurzcode: Kurzcodes haben höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Instagram address: use a name, @name or https://www.instagram.com/name/.</source>
        <translation>„%1“ ist keine Instagram-Adresse: Verwenden Sie einen Namen, @name oder https://www.instagram.com/name/.</translation>
    </message>
    <message>
        <source>The address names no profile.</source>
        <translation>Die Adresse nennt kein Profil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a post or page address, not a profile: use https://www.instagram.com/name/.</source>
        <translation>„%1“ ist eine Beitrags- oder Seitenadresse, kein Profil: Verwenden Sie https://www.instagram.com/name/.</translation>
    </message>
    <message>
        <source>The profile name is empty.</source>
        <translation>Der Profilname ist leer.</translation>
    </message>
    <message>
        <source>Invalid Instagram profile name &quot;%1&quot;: a username has at most 30 characters.</source>
        <translation>Ungültiger Instagram-Profilname „%1“: Ein Benutzername hat höchstens 30 Zeichen.</translation>
    </message>
    <message>
        <source>Invalid Instagram profile name &quot;%1&quot;: only letters, digits, &apos;.&apos; and &apos;_&apos; are allowed.</source>
        <translation>Ungültiger Instagram-Profilname „%1“: Nur Buchstaben, Ziffern, &apos;.&apos; und &apos;_&apos; sind erlaubt.</translation>
    </message>
    <message>
        <source>Invalid Instagram profile name &quot;%1&quot;: a username cannot start or end with &apos;.&apos;.</source>
        <translation>Ungültiger Instagram-Profilname „%1“: Ein Benutzername darf nicht mit &apos;.&apos; beginnen oder enden.</translation>
    </message>
    <message>
        <source>Invalid Instagram profile name &quot;%1&quot;: a username cannot contain two &apos;.&apos; in a row (&apos;..&apos;).</source>
        <translation>Ungültiger Instagram-Profilname „%1“: Ein Benutzername darf nicht zwei &apos;.&apos; hintereinander enthalten (&apos;..&apos;).</translation>
    </message>
    <message>
        <source>The shortcode &quot;%1&quot; is too large to be a media id.</source>
        <translation>Der Kurzcode „%1“ ist zu groß für eine Medien-ID.</translation>
    </message>
    <message>
        <source>The reel URL is empty.</source>
        <translation>Die Reel-URL ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Instagram post or reel address.</source>
        <translation>„%1“ ist keine Adresse eines Instagram-Beitrags oder -Reels.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Instagram address: use https://www.instagram.com/reel/SHORTCODE/.</source>
        <translation>„%1“ ist keine Instagram-Adresse: Verwenden Sie https://www.instagram.com/reel/KURZCODE/.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a post or reel address: expected /reel/, /reels/, /p/ or /tv/ followed by the shortcode.</source>
        <translation>„%1“ ist keine Beitrags- oder Reel-Adresse: Erwartet wird /reel/, /reels/, /p/ oder /tv/, gefolgt vom Kurzcode.</translation>
    </message>
    <message>
        <source>The video identifier is empty.</source>
        <translation>Die Videokennung ist leer.</translation>
    </message>
    <message>
        <source>The video identifier is longer than 512 characters.</source>
        <translation>Die Videokennung ist länger als 512 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Instagram media id.</source>
        <translation>„%1“ ist keine gültige Instagram-Medien-ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a TikTok address: add it with the platform tiktok.</source>
        <translation>„%1“ ist eine TikTok-Adresse: Fügen Sie sie mit der Plattform tiktok hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an Instagram address: add it with the platform instagram.</source>
        <translation>„%1“ ist eine Instagram-Adresse: Fügen Sie sie mit der Plattform instagram hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a TikTok video URL (https://www.tiktok.com/@user/video/ID) nor a numeric video id.</source>
        <translation>„%1“ ist weder eine TikTok-Video-URL (https://www.tiktok.com/@user/video/ID) noch eine numerische Video-ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a TikTok short link. Open it in a browser and paste the full address (https://www.tiktok.com/@user/video/ID).</source>
        <translation>„%1“ ist ein TikTok-Kurzlink. Öffnen Sie ihn im Browser und fügen Sie die vollständige Adresse ein (https://www.tiktok.com/@user/video/ID).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not contain a TikTok video id: expected https://www.tiktok.com/@user/video/ID.</source>
        <translation>„%1“ enthält keine TikTok-Video-ID: Erwartet wird https://www.tiktok.com/@user/video/ID.</translation>
    </message>
    <message>
        <source>Invalid TikTok username &quot;%1&quot;: a username has 2 to 24 characters.</source>
        <translation>Ungültiger TikTok-Benutzername „%1“: Ein Benutzername hat 2 bis 24 Zeichen.</translation>
    </message>
    <message>
        <source>Invalid TikTok username &quot;%1&quot;: only letters, digits, &apos;_&apos; and &apos;.&apos; are allowed.</source>
        <translation>Ungültiger TikTok-Benutzername „%1“: Nur Buchstaben, Ziffern, &apos;_&apos; und &apos;.&apos; sind erlaubt.</translation>
    </message>
    <message>
        <source>Invalid TikTok username &quot;%1&quot;: a username cannot end with &apos;.&apos;.</source>
        <translation>Ungültiger TikTok-Benutzername „%1“: Ein Benutzername darf nicht mit &apos;.&apos; enden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TikTok address: use a name, @name or https://www.tiktok.com/@name.</source>
        <translation>„%1“ ist keine TikTok-Adresse: Verwenden Sie einen Namen, @Name oder https://www.tiktok.com/@name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no TikTok account: use https://www.tiktok.com/@name.</source>
        <translation>„%1“ nennt kein TikTok-Konto: Verwenden Sie https://www.tiktok.com/@name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a video or page address, not an account: use https://www.tiktok.com/@name.</source>
        <translation>„%1“ ist die Adresse eines Videos oder einer Seite, nicht eines Kontos: Verwenden Sie https://www.tiktok.com/@name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an address of %2, not of %3.</source>
        <translation>„%1“ ist eine Adresse von %2, nicht von %3.</translation>
    </message>
</context>
<context>
    <name>reelpulse::InstagramAccountSection</name>
    <message>
        <source>Instagram account</source>
        <translation>Instagram-Konto</translation>
    </message>
    <message>
        <source>Sign In to &amp;Instagram…</source>
        <translation>Bei &amp;Instagram anmelden…</translation>
    </message>
    <message>
        <source>Sign In with Your &amp;Browser Instead…</source>
        <translation>Stattdessen mit dem &amp;Browser anmelden…</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Stories need a signed-in session. Profiles, posts, reels, comments and TikTok videos are read without one, as far as the platforms show them to visitors; a session also helps when Instagram asks visitors to sign in. The session is kept in your system keychain only — never in ReelPulse&apos;s database, settings or logs.</source>
        <translation>Stories brauchen eine angemeldete Sitzung. Profile, Beiträge, Reels, Kommentare und TikTok-Videos werden ohne gelesen, soweit die Plattformen sie Besuchern zeigen; eine Sitzung hilft auch, wenn Instagram Besucher zur Anmeldung auffordert. Die Sitzung liegt nur im Schlüsselbund des Systems — nie in der Datenbank, den Einstellungen oder den Protokollen von ReelPulse.</translation>
    </message>
    <message>
        <source>Signed in to Instagram as %1.</source>
        <translation>Bei Instagram angemeldet als %1.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Not signed in: ReelPulse reads Instagram as a visitor.</source>
        <translation>Nicht angemeldet: ReelPulse liest Instagram als Besucher.</translation>
    </message>
    <message>
        <source>Saving the session…</source>
        <translation>Sitzung wird gespeichert…</translation>
    </message>
    <message>
        <source>Sign Out of Instagram</source>
        <translation>Von Instagram abmelden</translation>
    </message>
    <message>
        <source>Sign out %1?

ReelPulse forgets the session and reads Instagram as a visitor again. Stories cannot be read without a session.</source>
        <translation>%1 abmelden?

ReelPulse vergisst die Sitzung und liest Instagram wieder als Besucher. Stories lassen sich ohne Sitzung nicht lesen.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Signed out of Instagram (%1).</source>
        <translation>Von Instagram abgemeldet (%1).</translation>
    </message>
</context>
<context>
    <name>reelpulse::InstagramClient</name>
    <message>
        <source>The endpoint profile names a reader ReelPulse does not have (%1 in %2).</source>
        <translation>Das Endpunktprofil nennt einen Parser, den ReelPulse nicht hat (%1 in %2).</translation>
    </message>
    <message>
        <source>The answer could not be read.</source>
        <translation>Die Antwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Sign in to Instagram to read stories: Instagram shows stories only to signed-in accounts.</source>
        <translation>Melden Sie sich bei Instagram an, um Stories zu lesen: Instagram zeigt Stories nur angemeldeten Konten.</translation>
    </message>
</context>
<context>
    <name>reelpulse::InstagramSignInDialog</name>
    <message>
        <source>Sign In to Instagram</source>
        <translation>Bei Instagram anmelden</translation>
    </message>
    <message>
        <source>Sign in with your Instagram account. ReelPulse keeps only the session it gets, in your system keychain, and never sees your password outside this page.</source>
        <translation>Melden Sie sich mit Ihrem Instagram-Konto an. ReelPulse behält nur die erhaltene Sitzung, im Schlüsselbund des Systems, und sieht Ihr Passwort nie außerhalb dieser Seite.</translation>
    </message>
    <message>
        <source>Use &amp;Your Browser Instead…</source>
        <translation>Stattdessen Ihren &amp;Browser verwenden…</translation>
    </message>
    <message>
        <source>Signed in. Saving the session…</source>
        <translation>Angemeldet. Sitzung wird gespeichert…</translation>
    </message>
    <message>
        <source>The page did not load. Check the network connection, or use your browser instead.</source>
        <translation>Die Seite wurde nicht geladen. Prüfen Sie die Netzwerkverbindung, oder verwenden Sie stattdessen Ihren Browser.</translation>
    </message>
</context>
<context>
    <name>reelpulse::KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (on Linux install and unlock GNOME Keyring or KWallet): %1</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (unter Linux GNOME Keyring oder KWallet installieren und entsperren): %1</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1. Unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: %1. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund des Systems: %1</translation>
    </message>
    <message>
        <source>The system keychain could not be reached.</source>
        <translation>Der Schlüsselbund des Systems war nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>reelpulse::LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of ReelPulse and reelpulse-cli; numbers, dates and percentages follow it. The system default follows LANGUAGE and LANG.</source>
        <translation>Die Sprache von ReelPulse und reelpulse-cli; Zahlen, Datumsangaben und Prozentwerte richten sich danach. Der Systemstandard folgt LANGUAGE und LANG.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>ReelPulse uses %1 from its next start.</source>
        <translation>ReelPulse verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Restart ReelPulse</source>
        <translation>ReelPulse neu starten</translation>
    </message>
    <message>
        <source>ReelPulse uses %1 from its next start. Restart now? The window closes as usual and opens again on the same data folder.</source>
        <translation>ReelPulse verwendet %1 ab dem nächsten Start. Jetzt neu starten? Das Fenster schließt sich wie gewohnt und öffnet sich wieder mit demselben Datenordner.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
</context>
<context>
    <name>reelpulse::LeaderboardModel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Growth %</source>
        <translation>Wachstum %</translation>
    </message>
    <message>
        <source>Engagement gained</source>
        <translation>Gewonnene Interaktion</translation>
    </message>
</context>
<context>
    <name>reelpulse::LoopbackReceiver</name>
    <message>
        <source>&lt;html&gt;&lt;body&gt;&lt;h2&gt;ReelPulse&lt;/h2&gt;&lt;p&gt;You can close this tab and return to ReelPulse.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;body&gt;&lt;h2&gt;ReelPulse&lt;/h2&gt;&lt;p&gt;Sie können diesen Tab schließen und zu ReelPulse zurückkehren.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
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
        <source>Composer</source>
        <translation>Beiträge</translation>
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
    <message>
        <source>&amp;Scrape Now</source>
        <translation>Jetzt &amp;abrufen</translation>
    </message>
    <message>
        <source>Scrape the selected tasks now, even while scraping is paused (Ctrl+R)</source>
        <translation>Die ausgewählten Aufgaben jetzt abrufen, auch während das Abrufen pausiert ist (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Pause Scraping</source>
        <translation>Abrufen &amp;pausieren</translation>
    </message>
    <message>
        <source>Stop scraping due tasks until you resume; Scrape Now still works</source>
        <translation>Fällige Aufgaben erst nach dem Fortsetzen abrufen; „Jetzt abrufen“ funktioniert weiterhin</translation>
    </message>
    <message>
        <source>Scraping paused.</source>
        <translation>Abrufen pausiert.</translation>
    </message>
    <message>
        <source>Scraping resumed.</source>
        <translation>Abrufen fortgesetzt.</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Show the scraped posts and comments of the selected task (Ctrl+D)</source>
        <translation>Die abgerufenen Beiträge und Kommentare der ausgewählten Aufgabe anzeigen (Strg+D)</translation>
    </message>
    <message>
        <source>&amp;Scraping</source>
        <translation>A&amp;brufen</translation>
    </message>
    <message>
        <source>Scraping</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>%1 will be scraped next.</source>
        <translation>%1 wird als Nächstes abgerufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks will be scraped next.</source>
        <translation>
            <numerusform>%n Aufgabe wird als Nächstes abgerufen.</numerusform>
            <numerusform>%n Aufgaben werden als Nächstes abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scraping could not start: %1</source>
        <translation>Das Abrufen konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>ReelPulse needs you</source>
        <translation>ReelPulse braucht Sie</translation>
    </message>
    <message>
        <source>%1 is left for later.</source>
        <translation>%1 wird auf später verschoben.</translation>
    </message>
    <message>
        <source>%1 is left for later: %2</source>
        <translation>%1 wird auf später verschoben: %2</translation>
    </message>
    <message>
        <source>Scraping could not be resumed: %1</source>
        <translation>Das Abrufen konnte nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <translation>Wartet auf Sie: %1</translation>
    </message>
    <message>
        <source>Scraping resumed; no platform was stopped.</source>
        <translation>Abrufen fortgesetzt; keine Plattform war angehalten.</translation>
    </message>
    <message numerus="yes">
        <source>Scraping resumed: %n stop(s) and pause(s) lifted.</source>
        <translation>
            <numerusform>Abrufen fortgesetzt: %n Stopp bzw. Pause aufgehoben.</numerusform>
            <numerusform>Abrufen fortgesetzt: %n Stopps und Pausen aufgehoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloads finished: %1 downloaded, %2 failed.</source>
        <translation>Downloads abgeschlossen: %1 heruntergeladen, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Downloads finished</source>
        <translation>Downloads abgeschlossen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Alles durchsuchen…</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creator</translation>
    </message>
</context>
<context>
    <name>reelpulse::MediaHost</name>
    <message>
        <source>The media host did not answer the upload: %1</source>
        <translation>Der Medien-Host hat auf den Upload nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>The media host refused the user name or password (HTTP %1).</source>
        <translation>Der Medien-Host hat den Benutzernamen oder das Passwort abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The media host refused the upload (HTTP %1).</source>
        <translation>Der Medien-Host hat den Upload abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MiB.</source>
        <translation>%1 ist größer als 512 MiB.</translation>
    </message>
    <message>
        <source>The media host did not delete %1.</source>
        <translation>Der Medien-Host hat %1 nicht gelöscht.</translation>
    </message>
    <message>
        <source>The file was uploaded but could not be read back at %1: check media_host.public_url (Instagram reads media there).</source>
        <translation>Die Datei wurde hochgeladen, ließ sich aber unter %1 nicht zurücklesen: Prüfen Sie media_host.public_url (dort liest Instagram die Medien).</translation>
    </message>
    <message>
        <source>The bucket refused the access key or secret key (HTTP %1): check them, the region and that the key may write to the bucket.</source>
        <translation>Der Bucket hat den Zugriffsschlüssel oder geheimen Schlüssel abgelehnt (HTTP %1): Prüfen Sie beide, die Region und ob der Schlüssel in den Bucket schreiben darf.</translation>
    </message>
    <message>
        <source>A local file must be put where Instagram can fetch it: set the media host (WebDAV: media_host.put_url, media_host.public_url, media_host.user; S3: media_host.kind s3, media_host.s3_endpoint, media_host.s3_bucket, media_host.s3_region, the access key as media_host.user; the password or secret key with &apos;reelpulse-cli media-host password&apos;), or give a public URL instead.</source>
        <translation>Eine lokale Datei muss dort liegen, wo Instagram sie holen kann: Richten Sie den Medien-Host ein (WebDAV: media_host.put_url, media_host.public_url, media_host.user; S3: media_host.kind s3, media_host.s3_endpoint, media_host.s3_bucket, media_host.s3_region, der Zugriffsschlüssel als media_host.user; das Passwort oder der geheime Schlüssel mit &apos;reelpulse-cli media-host password&apos;) oder geben Sie stattdessen eine öffentliche URL an.</translation>
    </message>
</context>
<context>
    <name>reelpulse::Migrations</name>
    <message>
        <source>Cannot upgrade the store (is another ReelPulse using it?): %1</source>
        <translation>Der Datenspeicher kann nicht aktualisiert werden (verwendet ihn ein anderes ReelPulse?): %1</translation>
    </message>
    <message>
        <source>Upgrading the store to version %1 failed: %2</source>
        <translation>Die Aktualisierung des Datenspeichers auf Version %1 ist fehlgeschlagen: %2</translation>
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
    <message>
        <source>rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>temporarily blocked</source>
        <translation>vorübergehend gesperrt</translation>
    </message>
    <message>
        <source>sign-in required</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>security check</source>
        <translation>Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>platform changed</source>
        <translation>Plattform geändert</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>unlesbare Antwort</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Karussell</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (manual)</source>
        <translation>%1 (manuell)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scraping now…</source>
        <translation>Wird gerade abgerufen…</translation>
    </message>
    <message>
        <source>Scraping now: %1…</source>
        <translation>Wird gerade abgerufen: %1…</translation>
    </message>
    <message>
        <source>The last scrape stored its data.</source>
        <translation>Der letzte Abruf hat seine Daten gespeichert.</translation>
    </message>
    <message>
        <source>The last scrape failed: %1. ReelPulse tries again by itself.</source>
        <translation>Der letzte Abruf ist fehlgeschlagen: %1. ReelPulse versucht es selbst erneut.</translation>
    </message>
    <message>
        <source>The task stopped with an error.</source>
        <translation>Die Aufgabe wurde mit einem Fehler angehalten.</translation>
    </message>
    <message>
        <source>The last scrape failed: %1.</source>
        <translation>Der letzte Abruf ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>unbestimmt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
</context>
<context>
    <name>reelpulse::NeedsUserBanner</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Scraping needs you</source>
        <translation>Das Abrufen braucht Sie</translation>
    </message>
    <message>
        <source>I&apos;ve solved it — &amp;resume</source>
        <translation>Erledigt – &amp;fortsetzen</translation>
    </message>
    <message>
        <source>After you passed the check in your browser (or on the phone): let ReelPulse read the platform again and retry the task that stopped.</source>
        <translation>Nachdem Sie die Prüfung im Browser (oder auf dem Telefon) bestanden haben: ReelPulse liest die Plattform wieder und wiederholt die angehaltene Aufgabe.</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
</context>
<context>
    <name>reelpulse::OAuthBrowserDialog</name>
    <message>
        <source>Connect an Instagram Professional Account</source>
        <translation>Professionelles Instagram-Konto verbinden</translation>
    </message>
    <message>
        <source>Sign in to Instagram and allow ReelPulse to publish for your professional account. The token goes to your system keychain; this window keeps nothing on disk.</source>
        <translation>Melden Sie sich bei Instagram an und erlauben Sie ReelPulse, für Ihr professionelles Konto zu veröffentlichen. Das Token kommt in den Schlüsselbund des Systems; dieses Fenster speichert nichts auf der Festplatte.</translation>
    </message>
    <message>
        <source>Use &amp;Your Browser Instead…</source>
        <translation>Stattdessen Ihren &amp;Browser verwenden…</translation>
    </message>
</context>
<context>
    <name>reelpulse::OneShotHttp</name>
    <message>
        <source>The address is not an http(s) URL.</source>
        <translation>Die Adresse ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent completely: %2</source>
        <translation>Die Anfrage an %1 konnte nicht vollständig gesendet werden: %2</translation>
    </message>
    <message>
        <source>The answer of %1 is too large.</source>
        <translation>Die Antwort von %1 ist zu groß.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of its answer.</source>
        <translation>%1 hat die Verbindung mitten in der Antwort geschlossen.</translation>
    </message>
</context>
<context>
    <name>reelpulse::OverviewView</name>
    <message>
        <source>Profiles tracked</source>
        <translation>Verfolgte Profile</translation>
    </message>
    <message>
        <source>Reels tracked</source>
        <translation>Verfolgte Reels</translation>
    </message>
    <message>
        <source>Videos tracked</source>
        <translation>Verfolgte Videos</translation>
    </message>
    <message>
        <source>Comments analysed</source>
        <translation>Analysierte Kommentare</translation>
    </message>
    <message>
        <source>Overall sentiment</source>
        <translation>Gesamtstimmung</translation>
    </message>
    <message>
        <source>This week&apos;s biggest movers</source>
        <translation>Größte Veränderungen dieser Woche</translation>
    </message>
    <message>
        <source>Sentiment trend</source>
        <translation>Stimmungsverlauf</translation>
    </message>
    <message>
        <source>Trending and viral</source>
        <translation>Im Trend und viral</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Click a card to open its dashboard.</source>
        <translation>Klicken Sie auf eine Karte, um ihr Dashboard zu öffnen.</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>Die Übersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no comments yet</source>
        <translation>noch keine Kommentare</translation>
    </message>
    <message>
        <source>%1 % positive this week, %2 % overall</source>
        <translation>%1 % positiv diese Woche, %2 % insgesamt</translation>
    </message>
    <message>
        <source>%1 % positive%2</source>
        <translation>%1 % positiv%2</translation>
    </message>
    <message>
        <source>
%1× the account&apos;s usual at this age%2</source>
        <translation>
%1× des Kontoüblichen in diesem Alter%2</translation>
    </message>
    <message>
        <source> · viral</source>
        <translation> · viral</translation>
    </message>
    <message>
        <source> · trending</source>
        <translation> · im Trend</translation>
    </message>
    <message>
        <source>Nothing scraped yet: add a profile or a reel and scrape it now.</source>
        <translation>Noch nichts abgerufen: Fügen Sie ein Profil oder ein Reel hinzu und rufen Sie es jetzt ab.</translation>
    </message>
    <message>
        <source>No item above 1.5× its account&apos;s usual yet.</source>
        <translation>Noch kein Element über dem 1,5-Fachen des Kontoüblichen.</translation>
    </message>
    <message>
        <source>No alerts: scrapes are running and sentiment is steady.</source>
        <translation>Keine Warnungen: Die Abrufe laufen und die Stimmung ist stabil.</translation>
    </message>
</context>
<context>
    <name>reelpulse::PasteSessionDialog</name>
    <message>
        <source>S&amp;how the value</source>
        <translation>Wert an&amp;zeigen</translation>
    </message>
    <message>
        <source>Sign In with Your Browser</source>
        <translation>Mit Ihrem Browser anmelden</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Open instagram.com in your browser and sign in.&lt;/li&gt;&lt;li&gt;Open the developer tools (F12, or ⌥⌘I on a Mac).&lt;/li&gt;&lt;li&gt;Chrome and Edge: &lt;i&gt;Application&lt;/i&gt; › &lt;i&gt;Cookies&lt;/i&gt; › https://www.instagram.com. Firefox: &lt;i&gt;Storage&lt;/i&gt; › &lt;i&gt;Cookies&lt;/i&gt;. Safari: &lt;i&gt;Storage&lt;/i&gt; › &lt;i&gt;Cookies&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Copy the value of the cookie named &lt;b&gt;sessionid&lt;/b&gt; and paste it below.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;ReelPulse keeps it in your system keychain only. Signing out of Instagram in the browser ends this session too.&lt;/p&gt;</source>
        <translation>&lt;ol style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Öffnen Sie instagram.com in Ihrem Browser und melden Sie sich an.&lt;/li&gt;&lt;li&gt;Öffnen Sie die Entwicklerwerkzeuge (F12, oder ⌥⌘I auf einem Mac).&lt;/li&gt;&lt;li&gt;Chrome und Edge: &lt;i&gt;Anwendung&lt;/i&gt; › &lt;i&gt;Cookies&lt;/i&gt; › https://www.instagram.com. Firefox: &lt;i&gt;Web-Speicher&lt;/i&gt; › &lt;i&gt;Cookies&lt;/i&gt;. Safari: &lt;i&gt;Speicher&lt;/i&gt; › &lt;i&gt;Cookies&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Kopieren Sie den Wert des Cookies &lt;b&gt;sessionid&lt;/b&gt; und fügen Sie ihn unten ein.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;ReelPulse bewahrt ihn nur im Schlüsselbund des Systems auf. Wenn Sie sich im Browser von Instagram abmelden, endet auch diese Sitzung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open instagram.com in Your Browser</source>
        <translation>instagram.com im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>the value of the sessionid cookie</source>
        <translation>der Wert des Cookies sessionid</translation>
    </message>
    <message>
        <source>&amp;sessionid:</source>
        <translation>&amp;sessionid:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::PostDownloads</name>
    <message>
        <source>Queued %1 for download (see Downloads).</source>
        <translation>%1 zum Herunterladen eingereiht (siehe Downloads).</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n post(s) for download (see Downloads).</source>
        <translation>
            <numerusform>%n Beitrag zum Herunterladen eingereiht (siehe Downloads).</numerusform>
            <numerusform>%n Beiträge zum Herunterladen eingereiht (siehe Downloads).</numerusform>
        </translation>
    </message>
    <message>
        <source>This post cannot be downloaded: it has no address.</source>
        <translation>Dieser Beitrag kann nicht heruntergeladen werden: Er hat keine Adresse.</translation>
    </message>
    <message>
        <source>Downloads are not available in this window.</source>
        <translation>Downloads sind in diesem Fenster nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ProblemReport</name>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>Problem &amp;melden…</translation>
    </message>
    <message>
        <source>Report a Problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>A report for the ReelPulse developers is on the clipboard: the versions of ReelPulse and Qt, your system, and the last %1 lines of the activity log, with cookies, session ids and tokens removed. Paste it into a new issue at %2 and say what happened.</source>
        <translation>Ein Bericht für die Entwickler von ReelPulse liegt in der Zwischenablage: die Versionen von ReelPulse und Qt, Ihr System und die letzten %1 Zeilen des Aktivitätsprotokolls, ohne Cookies, Sitzungs-IDs und Tokens. Fügen Sie ihn in ein neues Issue unter %2 ein und beschreiben Sie, was passiert ist.</translation>
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
        <source>Tracks instagram.com/%1</source>
        <translation>Verfolgt instagram.com/%1</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation>P&amp;lattform:</translation>
    </message>
    <message>
        <source>name, @name, https://www.instagram.com/name/ or https://www.tiktok.com/@name</source>
        <translation>Name, @Name, https://www.instagram.com/name/ oder https://www.tiktok.com/@name</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>New posts from now on</source>
        <translation>Neue Beiträge ab jetzt</translation>
    </message>
    <message>
        <source>The latest</source>
        <translation>Die neuesten</translation>
    </message>
    <message>
        <source>Track the account&apos;s posts or videos as video tasks of their own</source>
        <translation>Die Beiträge oder Videos des Kontos als eigene Video-Aufgaben verfolgen</translation>
    </message>
    <message>
        <source>&amp;Track its videos:</source>
        <translation>Seine Videos &amp;verfolgen:</translation>
    </message>
    <message>
        <source>Tracks tiktok.com/@%1</source>
        <translation>Verfolgt tiktok.com/@%1</translation>
    </message>
    <message>
        <source>&amp;Download new posts</source>
        <translation>Neue Beiträge &amp;herunterladen</translation>
    </message>
    <message>
        <source>Every post a scrape finds for the first time is queued in Downloads, in the best quality.</source>
        <translation>Jeder Beitrag, den ein Abruf zum ersten Mal findet, wird in Downloads eingereiht, in bester Qualität.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ProfileTaskStore</name>
    <message>
        <source>No profile task with id &quot;%1&quot; exists.</source>
        <translation>Es gibt keine Profil-Aufgabe mit der ID „%1“.</translation>
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
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
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
    <name>reelpulse::PublishQueueModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Wird veröffentlicht</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message numerus="yes">
        <source>Carousel (%n items)</source>
        <translation>
            <numerusform>Karussell (%n Element)</numerusform>
            <numerusform>Karussell (%n Elemente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>reelpulse::Publisher</name>
    <message>
        <source>Published.</source>
        <translation>Veröffentlicht.</translation>
    </message>
    <message>
        <source>There is no post %1.</source>
        <translation>Es gibt keinen Beitrag %1.</translation>
    </message>
    <message>
        <source>Already published.</source>
        <translation>Bereits veröffentlicht.</translation>
    </message>
    <message>
        <source>The post failed; retry it first.</source>
        <translation>Der Beitrag ist fehlgeschlagen; wiederholen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>The post is not to be published.</source>
        <translation>Der Beitrag soll nicht veröffentlicht werden.</translation>
    </message>
    <message>
        <source>Not published: the account used its %1 API posts of the last 24 hours. The next one is possible after %2 UTC.</source>
        <translation>Nicht veröffentlicht: Das Konto hat seine %1 API-Beiträge der letzten 24 Stunden aufgebraucht. Der nächste ist nach %2 UTC möglich.</translation>
    </message>
    <message>
        <source>Not published: the account used its %1 API posts of the last 24 hours. Try again within 24 hours.</source>
        <translation>Nicht veröffentlicht: Das Konto hat seine %1 API-Beiträge der letzten 24 Stunden aufgebraucht. Versuchen Sie es innerhalb der nächsten 24 Stunden erneut.</translation>
    </message>
    <message>
        <source>Instagram could not process the media (%1). Check the file&apos;s format and that its URL is public, then retry.</source>
        <translation>Instagram konnte die Medien nicht verarbeiten (%1). Prüfen Sie das Dateiformat und ob die URL öffentlich ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The media container expired before it was published (containers last 24 hours); retry to create it again.</source>
        <translation>Der Mediencontainer ist vor der Veröffentlichung abgelaufen (Container gelten 24 Stunden); wiederholen Sie den Beitrag, um ihn neu anzulegen.</translation>
    </message>
    <message>
        <source>Instagram is still processing the media; the next run checks it again.</source>
        <translation>Instagram verarbeitet die Medien noch; der nächste Lauf prüft sie erneut.</translation>
    </message>
    <message>
        <source>Instagram did not say whether the post was published, and its container could not be read (%1). Nothing was sent again; the next run checks first.</source>
        <translation>Instagram hat nicht mitgeteilt, ob der Beitrag veröffentlicht wurde, und sein Container konnte nicht gelesen werden (%1). Nichts wurde erneut gesendet; der nächste Lauf prüft zuerst.</translation>
    </message>
    <message>
        <source>Instagram did not answer the publish request and has not published the post yet. Nothing was sent again; the next run checks first.</source>
        <translation>Instagram hat auf die Veröffentlichungsanfrage nicht geantwortet und den Beitrag noch nicht veröffentlicht. Nichts wurde erneut gesendet; der nächste Lauf prüft zuerst.</translation>
    </message>
    <message>
        <source>Not published: the container is %1. Retry to create it again.</source>
        <translation>Nicht veröffentlicht: Der Container hat den Status %1. Wiederholen Sie den Beitrag, um ihn neu anzulegen.</translation>
    </message>
    <message>
        <source>The post&apos;s container is still being processed; the next run checks it again.</source>
        <translation>Der Container des Beitrags wird noch verarbeitet; der nächste Lauf prüft ihn erneut.</translation>
    </message>
    <message>
        <source>Published; the first comment could not be posted: %1</source>
        <translation>Veröffentlicht; der erste Kommentar konnte nicht gepostet werden: %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::PublishingPage</name>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Calendar and Queue</source>
        <translation>Kalender und Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Publish Now</source>
        <translation>Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>Reschedule in 1 Hour</source>
        <translation>In 1 Stunde neu planen</translation>
    </message>
    <message>
        <source>Keep as Draft</source>
        <translation>Als Entwurf behalten</translation>
    </message>
    <message>
        <source>Post %1 for @%2 saved (%3).</source>
        <translation>Beitrag %1 für @%2 gespeichert (%3).</translation>
    </message>
    <message>
        <source>No Instagram account connected for publishing yet.</source>
        <translation>Noch kein Instagram-Konto zum Veröffentlichen verbunden.</translation>
    </message>
    <message>
        <source>Publishing to %1</source>
        <translation>Veröffentlichen auf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) must be reconnected</source>
        <translation>
            <numerusform>%n Konto muss neu verbunden werden</numerusform>
            <numerusform>%n Konten müssen neu verbunden werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Post %1 published on @%2.</source>
        <translation>Beitrag %1 auf @%2 veröffentlicht.</translation>
    </message>
    <message>
        <source>Post %1 not published: %2</source>
        <translation>Beitrag %1 nicht veröffentlicht: %2</translation>
    </message>
    <message>
        <source>%1 for @%2 at %3</source>
        <translation>%1 für @%2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) missed their time while ReelPulse was not running: %1. ReelPulse does not publish late without asking.</source>
        <translation>
            <numerusform>%n Beitrag hat seinen Zeitpunkt verpasst, während ReelPulse nicht lief: %1. ReelPulse veröffentlicht nicht ohne Rückfrage verspätet.</numerusform>
            <numerusform>%n Beiträge haben ihren Zeitpunkt verpasst, während ReelPulse nicht lief: %1. ReelPulse veröffentlicht nicht ohne Rückfrage verspätet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Browser sign-in (app id or token broker) and the media host for files</source>
        <translation>Anmeldung im Browser (App-ID oder Token-Broker) und der Medien-Host für Dateien</translation>
    </message>
</context>
<context>
    <name>reelpulse::PublishingService</name>
    <message>
        <source>The token file holds JSON without an &quot;access_token&quot;.</source>
        <translation>Die Token-Datei enthält JSON ohne „access_token“.</translation>
    </message>
    <message>
        <source>The token file must hold one access token (or the JSON answer with &quot;access_token&quot;), nothing else.</source>
        <translation>Die Token-Datei darf nur ein Zugriffstoken enthalten (oder die JSON-Antwort mit „access_token“), sonst nichts.</translation>
    </message>
    <message>
        <source>The access token is empty.</source>
        <translation>Das Zugriffstoken ist leer.</translation>
    </message>
    <message>
        <source>Instagram refused this token (expired, revoked or not a token of the Instagram API with Instagram Login). Generate a new one.</source>
        <translation>Instagram hat dieses Token abgelehnt (abgelaufen, widerrufen oder kein Token der Instagram API with Instagram Login). Erzeugen Sie ein neues.</translation>
    </message>
    <message>
        <source>No account is connected yet: add one with &apos;reelpulse-cli accounts add --token-file FILE&apos;.</source>
        <translation>Noch kein Konto verbunden: Fügen Sie eines mit „reelpulse-cli accounts add --token-file FILE“ hinzu.</translation>
    </message>
    <message>
        <source>Several accounts are connected: name one with --account USER.</source>
        <translation>Mehrere Konten sind verbunden: Geben Sie eines mit --account USER an.</translation>
    </message>
    <message>
        <source>No connected account &quot;%1&quot; (see &apos;reelpulse-cli accounts list&apos;).</source>
        <translation>Kein verbundenes Konto „%1“ (siehe „reelpulse-cli accounts list“).</translation>
    </message>
    <message>
        <source>The keychain holds no token for @%1: reconnect the account.</source>
        <translation>Der Schlüsselbund enthält kein Token für @%1: Verbinden Sie das Konto neu.</translation>
    </message>
    <message>
        <source>The token expired on %1.</source>
        <translation>Das Token ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The token broker did not answer: %1</source>
        <translation>Der Token-Broker hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>The token broker&apos;s answer holds no access token.</source>
        <translation>Die Antwort des Token-Brokers enthält kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>Set your Meta app&apos;s Instagram app id (publish.app_id) and its secret, or a token broker (publish.token_broker_url), or paste a token instead.</source>
        <translation>Legen Sie die Instagram-App-ID Ihrer Meta-App (publish.app_id) und ihr Geheimnis fest, oder einen Token-Broker (publish.token_broker_url), oder fügen Sie stattdessen ein Token ein.</translation>
    </message>
    <message>
        <source>Instagram did not answer the code exchange: %1</source>
        <translation>Instagram hat auf den Code-Austausch nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Instagram&apos;s code exchange answer holds no access token.</source>
        <translation>Die Antwort von Instagram auf den Code-Austausch enthält kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>The post&apos;s account is not connected.</source>
        <translation>Das Konto des Beitrags ist nicht verbunden.</translation>
    </message>
    <message>
        <source>There is no post %1 (see &apos;reelpulse-cli posts list&apos;).</source>
        <translation>Es gibt keinen Beitrag %1 (siehe „reelpulse-cli posts list“).</translation>
    </message>
    <message>
        <source>Post %1 is %2: only drafts, scheduled and failed posts can be cancelled.</source>
        <translation>Beitrag %1 hat den Status %2: Nur Entwürfe sowie geplante und fehlgeschlagene Beiträge können abgebrochen werden.</translation>
    </message>
    <message>
        <source>Another ReelPulse process is publishing this post.</source>
        <translation>Ein anderer ReelPulse-Prozess veröffentlicht diesen Beitrag.</translation>
    </message>
    <message>
        <source>scheduled for %1 UTC, more than an hour ago: publish it with --late-ok, reschedule it, or cancel it</source>
        <translation>geplant für %1 UTC, vor mehr als einer Stunde: Veröffentlichen Sie ihn mit --late-ok, planen Sie ihn neu oder brechen Sie ihn ab</translation>
    </message>
    <message>
        <source>the account @%1 must be reconnected</source>
        <translation>das Konto @%1 muss neu verbunden werden</translation>
    </message>
    <message>
        <source>Post %1 is not published yet: it has no insights.</source>
        <translation>Beitrag %1 ist noch nicht veröffentlicht: Er hat keine Insights.</translation>
    </message>
    <message>
        <source>Set media_host.put_url and media_host.public_url first.</source>
        <translation>Legen Sie zuerst media_host.put_url und media_host.public_url fest.</translation>
    </message>
    <message>
        <source>The app secret is empty.</source>
        <translation>Das App-Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>Set media_host.s3_endpoint, media_host.s3_bucket and media_host.user (the access key) first.</source>
        <translation>Legen Sie zuerst media_host.s3_endpoint, media_host.s3_bucket und media_host.user (den Zugriffsschlüssel) fest.</translation>
    </message>
</context>
<context>
    <name>reelpulse::PublishingSettingsDialog</name>
    <message>
        <source>Instagram app id from Meta&apos;s App Dashboard</source>
        <translation>Instagram-App-ID aus Metas App-Dashboard</translation>
    </message>
    <message>
        <source>unchanged (type to replace the one in the keychain)</source>
        <translation>unverändert (tippen, um den im Schlüsselbund zu ersetzen)</translation>
    </message>
    <message>
        <source>https://… a server that exchanges sign-in codes (optional)</source>
        <translation>https://… ein Server, der Anmeldecodes eintauscht (optional)</translation>
    </message>
    <message>
        <source>https://cloud.example.com/remote.php/dav/files/me/instagram</source>
        <translation>https://cloud.example.com/remote.php/dav/files/ich/instagram</translation>
    </message>
    <message>
        <source>https://… the same folder as the public reads it</source>
        <translation>https://… derselbe Ordner, wie die Öffentlichkeit ihn liest</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>https://s3.eu-central-1.amazonaws.com</source>
        <translation>https://s3.eu-central-1.amazonaws.com</translation>
    </message>
    <message>
        <source>bucket name</source>
        <translation>Name des Buckets</translation>
    </message>
    <message>
        <source>access key id</source>
        <translation>ID des Zugriffsschlüssels</translation>
    </message>
    <message>
        <source>Address files as endpoint/bucket/file (MinIO and most others)</source>
        <translation>Dateien als Endpunkt/Bucket/Datei adressieren (MinIO und die meisten anderen)</translation>
    </message>
    <message>
        <source>empty: Instagram gets signed links</source>
        <translation>leer: Instagram bekommt signierte Links</translation>
    </message>
    <message>
        <source>Delete uploaded files from the host once their post is published</source>
        <translation>Hochgeladene Dateien vom Host löschen, sobald ihr Beitrag veröffentlicht ist</translation>
    </message>
    <message>
        <source>&amp;Test Media Host</source>
        <translation>Medien-Host &amp;testen</translation>
    </message>
    <message>
        <source>Publishing Settings</source>
        <translation>Einstellungen zum Veröffentlichen</translation>
    </message>
    <message>
        <source>Sign-in with a browser</source>
        <translation>Anmeldung im Browser</translation>
    </message>
    <message>
        <source>App id:</source>
        <translation>App-ID:</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>App-Geheimnis:</translation>
    </message>
    <message>
        <source>Or a token broker:</source>
        <translation>Oder ein Token-Broker:</translation>
    </message>
    <message>
        <source>Pasting a token (Accounts…) needs neither.</source>
        <translation>Zum Einfügen eines Tokens (Konten…) ist beides nicht nötig.</translation>
    </message>
    <message>
        <source>Media host for files from this computer</source>
        <translation>Medien-Host für Dateien von diesem Computer</translation>
    </message>
    <message>
        <source>WebDAV or HTTP PUT (Nextcloud, a web server)</source>
        <translation>WebDAV oder HTTP PUT (Nextcloud, ein Webserver)</translation>
    </message>
    <message>
        <source>S3-compatible bucket (Amazon S3, MinIO, R2, B2…)</source>
        <translation>S3-kompatibler Bucket (Amazon S3, MinIO, R2, B2…)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Upload folder:</source>
        <translation>Upload-Ordner:</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Öffentliche Adresse:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Password or secret key:</source>
        <translation>Passwort oder geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>The keychain did not take the secret: %1</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Uploading a small file, reading it back and deleting it…</source>
        <translation>Eine kleine Datei wird hochgeladen, zurückgelesen und gelöscht…</translation>
    </message>
    <message>
        <source>The media host works: a file was uploaded, read back at its public address and deleted.</source>
        <translation>Der Medien-Host funktioniert: Eine Datei wurde hochgeladen, unter ihrer öffentlichen Adresse zurückgelesen und gelöscht.</translation>
    </message>
</context>
<context>
    <name>reelpulse::RateGovernor</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request budget of this window is used up; reading continues at %1.</source>
        <translation>Das Anfragekontingent dieses Zeitfensters ist aufgebraucht; das Lesen geht ab %1 weiter.</translation>
    </message>
    <message>
        <source>The request budget for %1 is used up; reading continues at %2.</source>
        <translation>Das Anfragekontingent für %1 ist aufgebraucht; das Lesen geht ab %2 weiter.</translation>
    </message>
    <message>
        <source>%1 limits the request rate; reading resumes at %2.</source>
        <translation>%1 begrenzt die Anfragerate; das Lesen geht ab %2 weiter.</translation>
    </message>
    <message>
        <source>%1 asked to wait a few minutes; reading resumes at %2.</source>
        <translation>%1 hat gebeten, einige Minuten zu warten; das Lesen geht ab %2 weiter.</translation>
    </message>
    <message>
        <source>%1 asks to sign in. Sign in to Instagram in ReelPulse; reading without a session resumes at %2.</source>
        <translation>%1 verlangt eine Anmeldung. Melden Sie sich in ReelPulse bei Instagram an; das Lesen ohne Sitzung geht ab %2 weiter.</translation>
    </message>
    <message>
        <source>The request was not made: %1 ReelPulse reads the shared request log before every request.</source>
        <translation>Die Anfrage wurde nicht gestellt: %1 ReelPulse liest vor jeder Anfrage das gemeinsame Anfrageprotokoll.</translation>
    </message>
    <message>
        <source>The request budget for %1 is used up.</source>
        <translation>Das Anfragekontingent für %1 ist aufgebraucht.</translation>
    </message>
    <message>
        <source>%1 asks for a security check. Open Instagram in your browser, complete the check, then resume reading (in ReelPulse, or &apos;reelpulse-cli governor resume&apos;). Nothing is read for this account until then.</source>
        <translation>%1 verlangt eine Sicherheitsprüfung. Öffnen Sie Instagram im Browser, schließen Sie die Prüfung ab und setzen Sie dann das Lesen fort (in ReelPulse oder mit „reelpulse-cli governor resume“). Bis dahin wird für dieses Konto nichts gelesen.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ReadingSection</name>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>ReelPulse paces its requests to each platform and waits when a platform asks it to. After a security check or a sign-in wall it stops until you resume it here.</source>
        <translation>ReelPulse dosiert seine Anfragen an jede Plattform und wartet, wenn eine Plattform darum bittet. Nach einer Sicherheitsprüfung oder einer Anmeldesperre hält es an, bis Sie es hier fortsetzen.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <source>The state of the platforms cannot be read: %1</source>
        <translation>Der Zustand der Plattformen kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>without an account</source>
        <translation>ohne Konto</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Nothing read yet: no platform has been asked for anything.</source>
        <translation>Noch nichts gelesen: Bei keiner Plattform wurde etwas angefragt.</translation>
    </message>
    <message>
        <source>Every platform reads normally.</source>
        <translation>Alle Plattformen lesen normal.</translation>
    </message>
    <message>
        <source>Resume a platform once you have dealt with what stopped it (solved the security check in a browser, signed in again, or waited for the limit to pass).</source>
        <translation>Setzen Sie eine Plattform fort, sobald Sie den Grund für den Halt behoben haben (Sicherheitsprüfung im Browser gelöst, erneut angemeldet oder das Ende der Begrenzung abgewartet).</translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>%1 could not be resumed: %2</source>
        <translation>%1 konnte nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>%1 was not paused.</source>
        <translation>%1 war nicht pausiert.</translation>
    </message>
    <message>
        <source>%1 reads again.</source>
        <translation>%1 liest wieder.</translation>
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
        <source>There is no project yet: create one with New Project…</source>
        <translation>Es gibt noch kein Projekt: legen Sie eines mit „Neues Projekt…“ an</translation>
    </message>
</context>
<context>
    <name>reelpulse::ReelTaskStore</name>
    <message>
        <source>No reel task with id &quot;%1&quot; exists.</source>
        <translation>Es gibt keine Reel-Aufgabe mit der ID „%1“.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ReelTasksModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
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
    <message>
        <source>Could not read the projects: %1</source>
        <translation>Die Projekte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Project D&amp;ashboard</source>
        <translation>Projekt-D&amp;ashboard</translation>
    </message>
    <message>
        <source>All reels of this project together: views, likes and comments over time, engagement and comment sentiment.</source>
        <translation>Alle Reels dieses Projekts zusammen: Aufrufe, Likes und Kommentare im Zeitverlauf, Interaktion und Stimmung der Kommentare.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ScrapeController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an Instagram account</source>
        <translation>ein Instagram-Konto</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::ScrapeReader</name>
    <message>
        <source>counting comment sentiment</source>
        <translation>Zählen der Kommentarstimmung</translation>
    </message>
    <message>
        <source>reading stored posts</source>
        <translation>Lesen der gespeicherten Beiträge</translation>
    </message>
    <message>
        <source>reading carousel items</source>
        <translation>Lesen der Karussell-Elemente</translation>
    </message>
    <message>
        <source>reading the latest metrics of the tasks</source>
        <translation>Lesen der neuesten Kennzahlen der Aufgaben</translation>
    </message>
    <message>
        <source>reading comments</source>
        <translation>Lesen der Kommentare</translation>
    </message>
    <message>
        <source>reading post metrics</source>
        <translation>Lesen der Beitragskennzahlen</translation>
    </message>
    <message>
        <source>reading a profile snapshot</source>
        <translation>Lesen einer Profil-Momentaufnahme</translation>
    </message>
    <message>
        <source>reading profile snapshots</source>
        <translation>Lesen der Profil-Momentaufnahmen</translation>
    </message>
    <message>
        <source>reading the request governor state</source>
        <translation>Lesen des Zustands der Anfragesteuerung</translation>
    </message>
</context>
<context>
    <name>reelpulse::ScrapeReport</name>
    <message>
        <source>a while</source>
        <translation>einer Weile</translation>
    </message>
    <message>
        <source>%1 is rate limiting; retry after %2.</source>
        <translation>%1 begrenzt die Anfragen; neuer Versuch nach %2.</translation>
    </message>
    <message>
        <source>%1 asked to wait (temporary block); ReelPulse retries after %2. Longer scrape intervals help.</source>
        <translation>%1 hat gebeten zu warten (vorübergehende Sperre); ReelPulse versucht es nach %2 erneut. Längere Abrufintervalle helfen.</translation>
    </message>
    <message>
        <source>%1 wants a signed-in session: sign in again (or wait), then resume scraping.</source>
        <translation>%1 verlangt eine angemeldete Sitzung: Melden Sie sich erneut an (oder warten Sie) und setzen Sie dann das Abrufen fort.</translation>
    </message>
    <message>
        <source>%1 asks for a security check: open %1 in your browser, complete the check, then resume scraping.</source>
        <translation>%1 verlangt eine Sicherheitsprüfung: Öffnen Sie %1 im Browser, schließen Sie die Prüfung ab und setzen Sie dann das Abrufen fort.</translation>
    </message>
    <message>
        <source>%1 answered without the expected data (its web API may have changed); ReelPulse retries after %2. If this persists, update ReelPulse or its endpoint file.</source>
        <translation>%1 hat ohne die erwarteten Daten geantwortet (die Web-API hat sich womöglich geändert); ReelPulse versucht es nach %2 erneut. Wenn das anhält, aktualisieren Sie ReelPulse oder seine Endpunktdatei.</translation>
    </message>
    <message>
        <source>The content does not exist on %1 any more (deleted or renamed). The task is marked as error; fix or remove it.</source>
        <translation>Der Inhalt existiert auf %1 nicht mehr (gelöscht oder umbenannt). Die Aufgabe ist als fehlerhaft markiert; korrigieren oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The content is private on %1. The task is marked as error; it cannot be read without access.</source>
        <translation>Der Inhalt ist auf %1 privat. Die Aufgabe ist als fehlerhaft markiert; ohne Zugriff kann er nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the network connection; ReelPulse retries after %2.</source>
        <translation>%1 war nicht erreichbar. Prüfen Sie die Netzwerkverbindung; ReelPulse versucht es nach %2 erneut.</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read; ReelPulse retries after %2.</source>
        <translation>%1 hat eine Antwort gesendet, die nicht gelesen werden konnte; ReelPulse versucht es nach %2 erneut.</translation>
    </message>
    <message>
        <source>%1: stored %2 post(s) and %3 comment(s) (%4 new), %5 request(s).</source>
        <translation>%1: %2 Beitrag/Beiträge und %3 Kommentar(e) gespeichert (%4 neu), %5 Anfrage(n).</translation>
    </message>
    <message>
        <source>%1: failed (%2): %3 %4</source>
        <translation>%1: fehlgeschlagen (%2): %3 %4</translation>
    </message>
    <message>
        <source>%1: stopped before the end; nothing was stored.</source>
        <translation>%1: vor dem Ende angehalten; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>could not be scraped.</source>
        <translation>konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: übersprungen: %2</translation>
    </message>
    <message>
        <source>Now tracking %1 new video(s) of this account.</source>
        <translation>Verfolgt jetzt %1 neue(s) Video(s) dieses Kontos.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ScrapeRunner</name>
    <message>
        <source>Reading %1 is not available in this setup.</source>
        <translation>Das Lesen von %1 ist in dieser Konfiguration nicht verfügbar.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>More posts could not be read (%1): %2</source>
        <translation>Weitere Beiträge konnten nicht gelesen werden (%1): %2</translation>
    </message>
    <message>
        <source>comments %1/%2</source>
        <translation>Kommentare %1/%2</translation>
    </message>
    <message>
        <source>post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Comments of %1 could not all be read (%2): %3</source>
        <translation>Die Kommentare von %1 konnten nicht alle gelesen werden (%2): %3</translation>
    </message>
    <message>
        <source>another ReelPulse process is scraping it, or it is not due any more.</source>
        <translation>ein anderer ReelPulse-Prozess ruft sie ab, oder sie ist nicht mehr fällig.</translation>
    </message>
    <message>
        <source>Comments unavailable: %1</source>
        <translation>Kommentare nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The scrape could not be saved: %1</source>
        <translation>Der Abruf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>New videos could not be added as tasks: %1</source>
        <translation>Neue Videos konnten nicht als Aufgaben hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>The account&apos;s videos could not be read (%1): %2</source>
        <translation>Die Videos des Kontos konnten nicht gelesen werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>reelpulse::ScrapeService</name>
    <message>
        <source>rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>asked to wait</source>
        <translation>bittet zu warten</translation>
    </message>
    <message>
        <source>wants a signed-in session</source>
        <translation>verlangt eine angemeldete Sitzung</translation>
    </message>
    <message>
        <source>asks for a security check</source>
        <translation>verlangt eine Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>%1 waits until you resume it (%2)</source>
        <translation>%1 wartet, bis Sie fortsetzen (%2)</translation>
    </message>
    <message>
        <source>%1 waits until %2 (%3)</source>
        <translation>%1 wartet bis %2 (%3)</translation>
    </message>
</context>
<context>
    <name>reelpulse::ScrapeStatusWidget</name>
    <message>
        <source>ReelPulse paces its requests and waits when a platform asks it to.</source>
        <translation>ReelPulse dosiert seine Anfragen und wartet, wenn eine Plattform darum bittet.</translation>
    </message>
    <message>
        <source>Scraping %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Scraping %1 — %2…</source>
        <translation>%1 wird abgerufen — %2…</translation>
    </message>
    <message>
        <source>Scraping paused</source>
        <translation>Abrufen pausiert</translation>
    </message>
    <message>
        <source>Tasks of these platforms stay due and are scraped when the wait ends:
%1</source>
        <translation>Aufgaben dieser Plattformen bleiben fällig und werden abgerufen, wenn die Wartezeit endet:
%1</translation>
    </message>
</context>
<context>
    <name>reelpulse::ScrapeStore</name>
    <message>
        <source>looking up a stored post</source>
        <translation>Nachschlagen eines gespeicherten Beitrags</translation>
    </message>
    <message>
        <source>updating a stored post</source>
        <translation>Aktualisieren eines gespeicherten Beitrags</translation>
    </message>
    <message>
        <source>storing a post</source>
        <translation>Speichern eines Beitrags</translation>
    </message>
    <message>
        <source>linking a post to its task</source>
        <translation>Verknüpfen eines Beitrags mit seiner Aufgabe</translation>
    </message>
    <message>
        <source>storing a comment</source>
        <translation>Speichern eines Kommentars</translation>
    </message>
    <message>
        <source>updating a comment</source>
        <translation>Aktualisieren eines Kommentars</translation>
    </message>
    <message>
        <source>storing post metrics</source>
        <translation>Speichern der Beitragskennzahlen</translation>
    </message>
    <message>
        <source>storing a profile snapshot</source>
        <translation>Speichern einer Profil-Momentaufnahme</translation>
    </message>
    <message>
        <source>marking a task scraped</source>
        <translation>Markieren einer Aufgabe als abgerufen</translation>
    </message>
    <message>
        <source>The %1 task %2 was removed while it was being scraped; nothing was stored.</source>
        <translation>Die Aufgabe %2 (%1) wurde entfernt, während sie abgerufen wurde; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>recording a failed scrape</source>
        <translation>Protokollieren eines fehlgeschlagenen Abrufs</translation>
    </message>
    <message>
        <source>No %1 task with id &quot;%2&quot; exists.</source>
        <translation>Es gibt keine Aufgabe (%1) mit der ID „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task id (ids are UUIDs such as 3f2a9c1e-...; a unique prefix of 4 or more characters works too).</source>
        <translation>„%1“ ist keine Aufgaben-ID (IDs sind UUIDs wie 3f2a9c1e-...; ein eindeutiges Präfix aus 4 oder mehr Zeichen genügt auch).</translation>
    </message>
    <message>
        <source>The task id &quot;%1&quot; is too short: give at least 4 characters.</source>
        <translation>Die Aufgaben-ID „%1“ ist zu kurz: Geben Sie mindestens 4 Zeichen an.</translation>
    </message>
    <message>
        <source>looking up a task</source>
        <translation>Nachschlagen einer Aufgabe</translation>
    </message>
    <message>
        <source>The id prefix &quot;%1&quot; matches several tasks: give more characters.</source>
        <translation>Das ID-Präfix „%1“ passt auf mehrere Aufgaben: Geben Sie mehr Zeichen an.</translation>
    </message>
    <message>
        <source>No profile, reel or video task with id &quot;%1&quot; exists. List them with &apos;profiles list&apos;, &apos;reels list&apos; or &apos;videos list&apos;.</source>
        <translation>Es gibt keine Profil-, Reel- oder Video-Aufgabe mit der ID „%1“. Listen Sie sie mit &apos;profiles list&apos;, &apos;reels list&apos; oder &apos;videos list&apos; auf.</translation>
    </message>
    <message>
        <source>listing due tasks</source>
        <translation>Auflisten der fälligen Aufgaben</translation>
    </message>
    <message>
        <source>finding the next due task</source>
        <translation>Suchen der nächsten fälligen Aufgabe</translation>
    </message>
    <message>
        <source>reading a task</source>
        <translation>Lesen einer Aufgabe</translation>
    </message>
    <message>
        <source>taking a task for a scrape</source>
        <translation>Übernehmen einer Aufgabe für einen Abruf</translation>
    </message>
    <message>
        <source>giving a task back</source>
        <translation>Zurückgeben einer Aufgabe</translation>
    </message>
</context>
<context>
    <name>reelpulse::SearchIndex</name>
    <message>
        <source>The search &quot;%1&quot; is not valid: %2</source>
        <translation>Die Suche „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>Searching the store failed: %1</source>
        <translation>Die Suche im Datenbestand ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>reading a found post</source>
        <translation>beim Lesen eines gefundenen Beitrags</translation>
    </message>
    <message>
        <source>reading a found post&apos;s tasks</source>
        <translation>beim Lesen der Aufgaben eines gefundenen Beitrags</translation>
    </message>
    <message>
        <source>reading a found creator&apos;s accounts</source>
        <translation>beim Lesen der Konten eines gefundenen Creators</translation>
    </message>
    <message>
        <source>The search index is damaged: %1</source>
        <translation>Der Suchindex ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The search index does not list every account and creator.</source>
        <translation>Der Suchindex enthält nicht alle Konten und Creators.</translation>
    </message>
</context>
<context>
    <name>reelpulse::SearchPalette</name>
    <message>
        <source>Search accounts, creators, posts and comments</source>
        <translation>Konten, Creators, Beiträge und Kommentare durchsuchen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; commented: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kommentierte: %2</translation>
    </message>
    <message>
        <source>On the post %1 by @%2: %3</source>
        <translation>Zum Beitrag %1 von @%2: %3</translation>
    </message>
    <message>
        <source>Tracked by %1</source>
        <translation>Verfolgt von %1</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>Enter opens the selected result; Escape closes.</source>
        <translation>Eingabe öffnet den gewählten Treffer; Escape schließt.</translation>
    </message>
    <message>
        <source>No tracked task shows this result.</source>
        <translation>Keine verfolgte Aufgabe zeigt diesen Treffer.</translation>
    </message>
</context>
<context>
    <name>reelpulse::SearchResultsModel</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creators</translation>
    </message>
    <message>
        <source>Posts and videos</source>
        <translation>Beiträge und Videos</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>%1 (more found: refine the search)</source>
        <translation>%1 (weitere gefunden: Suche verfeinern)</translation>
    </message>
</context>
<context>
    <name>reelpulse::SearchService</name>
    <message>
        <source>The cursor &quot;%1&quot; is not one this search gave: pass the next_cursor of the page before, with the same query, --in and --syntax.</source>
        <translation>Der Cursor „%1“ stammt nicht von dieser Suche: gib den next_cursor der Seite davor an, mit derselben Suche, --in und --syntax.</translation>
    </message>
    <message>
        <source>The limit must be between 1 and %1.</source>
        <translation>Das Limit muss zwischen 1 und %1 liegen.</translation>
    </message>
</context>
<context>
    <name>reelpulse::SessionManager</name>
    <message>
        <source>Cannot read the saved Instagram session: %1</source>
        <translation>Die gespeicherte Instagram-Sitzung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The Instagram sign-in did not produce a session. Sign in again.</source>
        <translation>Die Anmeldung bei Instagram hat keine Sitzung ergeben. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Cannot save the Instagram session: %1</source>
        <translation>Die Instagram-Sitzung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot remove the saved Instagram session: %1</source>
        <translation>Die gespeicherte Instagram-Sitzung kann nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::SessionScope</name>
    <message>
        <source>Your session is not sent to %1: it is not a valid address.</source>
        <translation>Ihre Sitzung wird nicht an %1 gesendet: Es ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Your session is not sent to %1: the connection is not encrypted (%2). Requests there are made without signing in.</source>
        <translation>Ihre Sitzung wird nicht an %1 gesendet: Die Verbindung ist nicht verschlüsselt (%2). Anfragen dorthin werden ohne Anmeldung gestellt.</translation>
    </message>
    <message>
        <source>Your session is not sent to %1: it is not one of the platform&apos;s hosts. Requests there are made without signing in; if you trust that host with your account, add it with &apos;reelpulse-cli config set net.session_hosts %1&apos;.</source>
        <translation>Ihre Sitzung wird nicht an %1 gesendet: Es ist keiner der Hosts der Plattform. Anfragen dorthin werden ohne Anmeldung gestellt; wenn Sie diesem Host Ihr Konto anvertrauen, fügen Sie ihn mit „reelpulse-cli config set net.session_hosts %1“ hinzu.</translation>
    </message>
</context>
<context>
    <name>reelpulse::Settings</name>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 muss true oder false sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 muss einer dieser Werte sein: %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// address such as https://example.com, or empty for the default, not &quot;%2&quot;.</source>
        <translation>%1 muss eine http://- oder https://-Adresse wie https://example.com sein oder leer für den Standardwert, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name (write names such as i.example.com, separated by commas).</source>
        <translation>%1: „%2“ ist kein Hostname (schreiben Sie Namen wie i.example.com, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>%1 is too long (at most 1000 characters).</source>
        <translation>%1 ist zu lang (höchstens 1000 Zeichen).</translation>
    </message>
    <message>
        <source>how new comments are scored: social (emoji-aware, the default) or reference (VADER as published)</source>
        <translation>wie neue Kommentare bewertet werden: social (versteht Emoji, Standard) oder reference (VADER wie veröffentlicht)</translation>
    </message>
    <message>
        <source>the app&apos;s background scheduler takes no due task (forced scrapes still run)</source>
        <translation>der Hintergrundplaner der App übernimmt keine fälligen Aufgaben (erzwungene Abrufe laufen weiterhin)</translation>
    </message>
    <message>
        <source>base URL for Instagram requests (a proxy or test server); empty: Instagram itself</source>
        <translation>Basis-URL für Instagram-Anfragen (ein Proxy oder Testserver); leer: Instagram selbst</translation>
    </message>
    <message>
        <source>base URL for TikTok requests; empty: TikTok itself</source>
        <translation>Basis-URL für TikTok-Anfragen; leer: TikTok selbst</translation>
    </message>
    <message>
        <source>host of the Instagram Graph API used for publishing</source>
        <translation>Host der Instagram Graph API für das Veröffentlichen</translation>
    </message>
    <message>
        <source>version of the Instagram Graph API</source>
        <translation>Version der Instagram Graph API</translation>
    </message>
    <message>
        <source>replaces scheme, host and port of every media URL (keeps path and query); empty: the URLs as the platform gives them</source>
        <translation>ersetzt Schema, Host und Port jeder Medien-URL (Pfad und Query bleiben); leer: die URLs, wie die Plattform sie liefert</translation>
    </message>
    <message>
        <source>largest response body read from a platform, in MiB; longer answers are abandoned</source>
        <translation>größter Antwortinhalt, der von einer Plattform gelesen wird, in MiB; längere Antworten werden abgebrochen</translation>
    </message>
    <message>
        <source>hosts besides Instagram&apos;s own that may receive your Instagram session over https (comma-separated)</source>
        <translation>Hosts außer denen von Instagram, die Ihre Instagram-Sitzung über https erhalten dürfen (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>requests of one kind allowed per platform account in each window (0: no limit)</source>
        <translation>Anfragen einer Art, die je Plattformkonto in jedem Zeitfenster erlaubt sind (0: keine Grenze)</translation>
    </message>
    <message>
        <source>length of the request window, in minutes</source>
        <translation>Länge des Anfragezeitfensters in Minuten</translation>
    </message>
    <message>
        <source>longest random pause before each request, in milliseconds (the shortest is a fifth)</source>
        <translation>längste zufällige Pause vor jeder Anfrage in Millisekunden (die kürzeste ist ein Fünftel davon)</translation>
    </message>
    <message>
        <source>folder URL &apos;reelpulse-cli endpoints update&apos; fetches signed endpoint profiles from (&lt;platform&gt;.json and &lt;platform&gt;.json.sig)</source>
        <translation>Ordner-URL, von der „reelpulse-cli endpoints update“ signierte Endpunktprofile holt (&lt;platform&gt;.json und &lt;platform&gt;.json.sig)</translation>
    </message>
    <message>
        <source>language of the app and the CLI, taken at their next start: system (LANGUAGE, LANG), en, de or es; numbers and dates follow it</source>
        <translation>Sprache der App und der CLI, gültig ab ihrem nächsten Start: system (LANGUAGE, LANG), en, de oder es; Zahlen und Datumsangaben richten sich danach</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot; (&apos;config list&apos; shows them all).</source>
        <translation>Es gibt keine Einstellung „%1“ („config list“ zeigt alle).</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Instagram app id of your own Meta app, for connecting accounts in a browser (its secret goes to the keychain)</source>
        <translation>Instagram-App-ID Ihrer eigenen Meta-App, zum Verbinden von Konten im Browser (ihr Geheimnis kommt in den Schlüsselbund)</translation>
    </message>
    <message>
        <source>token broker that exchanges a sign-in code for a long-lived token server-side (instead of your own app&apos;s secret); empty: none</source>
        <translation>Token-Broker, der einen Anmeldecode serverseitig gegen ein langlebiges Token tauscht (statt des Geheimnisses Ihrer eigenen App); leer: keiner</translation>
    </message>
    <message>
        <source>host of Instagram&apos;s sign-in code exchange (oauth/access_token)</source>
        <translation>Host des Anmeldecode-Austauschs von Instagram (oauth/access_token)</translation>
    </message>
    <message>
        <source>first wait before reading a media container&apos;s status, in milliseconds (doubles up to 30 s)</source>
        <translation>erste Wartezeit vor dem Lesen des Status eines Mediencontainers, in Millisekunden (verdoppelt sich bis 30 s)</translation>
    </message>
    <message>
        <source>WebDAV or HTTP PUT folder local media files are uploaded to before publishing (Nextcloud, a web server); empty: only public URLs can be published</source>
        <translation>WebDAV- oder HTTP-PUT-Ordner, in den lokale Mediendateien vor dem Veröffentlichen hochgeladen werden (Nextcloud, ein Webserver); leer: nur öffentliche URLs können veröffentlicht werden</translation>
    </message>
    <message>
        <source>the same folder as the public (and Instagram) reads it</source>
        <translation>derselbe Ordner, wie ihn die Öffentlichkeit (und Instagram) liest</translation>
    </message>
    <message>
        <source>user name for the media host (its password goes to the keychain: reelpulse-cli media-host password)</source>
        <translation>Benutzername für den Medien-Host (sein Passwort kommt in den Schlüsselbund: reelpulse-cli media-host password)</translation>
    </message>
    <message>
        <source>folder downloads are written to; empty: ReelPulse in your Downloads folder</source>
        <translation>Ordner, in den Downloads geschrieben werden; leer: ReelPulse in Ihrem Download-Ordner</translation>
    </message>
    <message>
        <source>file names of downloads, inside the folder: {owner} {shortcode} {position} {ext} {date} {type} {id}</source>
        <translation>Dateinamen der Downloads im Ordner: {owner} {shortcode} {position} {ext} {date} {type} {id}</translation>
    </message>
    <message>
        <source>downloads that run at the same time in the app</source>
        <translation>Downloads, die in der App gleichzeitig laufen</translation>
    </message>
    <message>
        <source>connections to one media server at the same time</source>
        <translation>gleichzeitige Verbindungen zu einem Medienserver</translation>
    </message>
    <message>
        <source>finished downloads leave the list after this many days (the files stay); 0: never</source>
        <translation>abgeschlossene Downloads verschwinden nach so vielen Tagen aus der Liste (die Dateien bleiben); 0: nie</translation>
    </message>
    <message>
        <source>the app has shown its welcome for this data folder (false: show it at the next start)</source>
        <translation>die App hat ihre Begrüßung für diesen Datenordner bereits gezeigt (false: beim nächsten Start zeigen)</translation>
    </message>
    <message>
        <source>an item is trending at this percent of its account&apos;s usual value at the same age (docs/metrics.md)</source>
        <translation>Ein Element ist im Trend bei diesem Prozentsatz des üblichen Werts seines Kontos im gleichen Alter (docs/metrics.md)</translation>
    </message>
    <message>
        <source>an item is viral at this percent of its account&apos;s usual value at the same age</source>
        <translation>Ein Element ist viral bei diesem Prozentsatz des üblichen Werts seines Kontos im gleichen Alter</translation>
    </message>
    <message>
        <source>the media host: webdav (WebDAV or HTTP PUT) or s3 (an S3-compatible bucket; media_host.user is the access key, the secret key goes to the keychain with reelpulse-cli media-host password)</source>
        <translation>der Medien-Host: webdav (WebDAV oder HTTP PUT) oder s3 (ein S3-kompatibler Bucket; media_host.user ist der Zugriffsschlüssel, der geheime Schlüssel kommt mit reelpulse-cli media-host password in den Schlüsselbund)</translation>
    </message>
    <message>
        <source>S3 endpoint, e.g. https://s3.eu-central-1.amazonaws.com or a MinIO server</source>
        <translation>S3-Endpunkt, z. B. https://s3.eu-central-1.amazonaws.com oder ein MinIO-Server</translation>
    </message>
    <message>
        <source>S3 bucket local media files are uploaded to</source>
        <translation>S3-Bucket, in den lokale Mediendateien hochgeladen werden</translation>
    </message>
    <message>
        <source>S3 region the signature names</source>
        <translation>S3-Region, die die Signatur nennt</translation>
    </message>
    <message>
        <source>S3 addresses endpoint/bucket/file (true: MinIO and most others) or bucket.endpoint/file (false: Amazon&apos;s virtual hosts)</source>
        <translation>S3-Adressen als Endpunkt/Bucket/Datei (true: MinIO und die meisten anderen) oder Bucket.Endpunkt/Datei (false: Amazons virtuelle Hosts)</translation>
    </message>
    <message>
        <source>without media_host.public_url, Instagram reads S3 files through signed links valid this many hours</source>
        <translation>ohne media_host.public_url liest Instagram S3-Dateien über signierte Links, die so viele Stunden gültig sind</translation>
    </message>
    <message>
        <source>delete an uploaded file from the media host once its post is published</source>
        <translation>eine hochgeladene Datei vom Medien-Host löschen, sobald ihr Beitrag veröffentlicht ist</translation>
    </message>
    <message>
        <source>at most this many accounts (profile tasks) can be tracked; adding more is refused (0: no limit)</source>
        <translation>höchstens so viele Konten (Profil-Aufgaben) können verfolgt werden; weitere hinzuzufügen wird abgelehnt (0: keine Grenze)</translation>
    </message>
    <message>
        <source>tracked reels and videos younger than 7 days are scraped about 1 h, 3 h, 6 h, 12 h, 24 h, 48 h, 72 h and 7 d after posting, then at their task&apos;s interval (false: at the interval only)</source>
        <translation>verfolgte Reels und Videos, die jünger als 7 Tage sind, werden etwa 1 h, 3 h, 6 h, 12 h, 24 h, 48 h, 72 h und 7 Tage nach der Veröffentlichung eingelesen, danach im Intervall ihrer Aufgabe (false: nur im Intervall)</translation>
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
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Request limits come in a later version of ReelPulse.</source>
        <translation>Anfragegrenzen kommen in einer späteren Version von ReelPulse.</translation>
    </message>
</context>
<context>
    <name>reelpulse::SignInCookieCollector</name>
    <message>
        <source>In your browser, sign in to instagram.com, open the developer tools (F12), then Application (Chrome, Edge) or Storage (Firefox) › Cookies › https://www.instagram.com and copy the value of &quot;sessionid&quot;.</source>
        <translation>Melden Sie sich im Browser bei instagram.com an, öffnen Sie die Entwicklerwerkzeuge (F12), dann Anwendung (Chrome, Edge) oder Web-Speicher (Firefox) › Cookies › https://www.instagram.com, und kopieren Sie den Wert von „sessionid“.</translation>
    </message>
    <message>
        <source>Paste the value of the &quot;sessionid&quot; cookie. %1</source>
        <translation>Fügen Sie den Wert des Cookies „sessionid“ ein. %1</translation>
    </message>
    <message>
        <source>This is not a &quot;sessionid&quot; value: it holds spaces or characters a cookie cannot carry. Copy only the cookie&apos;s value. %1</source>
        <translation>Das ist kein „sessionid“-Wert: Er enthält Leerzeichen oder Zeichen, die ein Cookie nicht tragen kann. Kopieren Sie nur den Wert des Cookies. %1</translation>
    </message>
    <message>
        <source>This value is too short to be an Instagram &quot;sessionid&quot;. %1</source>
        <translation>Dieser Wert ist zu kurz für eine Instagram-„sessionid“. %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::Store</name>
    <message>
        <source>The store failed while %1: %2</source>
        <translation>Der Datenspeicher meldete einen Fehler beim %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 id (ids are UUIDs such as 3f2a9c1e-...; a unique prefix of 4 or more characters works too).</source>
        <translation>„%1“ ist keine gültige ID (%2; IDs sind UUIDs wie 3f2a9c1e-...; ein eindeutiges Präfix aus 4 oder mehr Zeichen genügt auch).</translation>
    </message>
    <message>
        <source>The %1 id &quot;%2&quot; is too short: give at least 4 characters.</source>
        <translation>Die ID „%2“ (%1) ist zu kurz: Geben Sie mindestens 4 Zeichen an.</translation>
    </message>
    <message>
        <source>looking up a %1</source>
        <translation>Nachschlagen einer ID (%1)</translation>
    </message>
    <message>
        <source>No %1 with id &quot;%2&quot; exists.</source>
        <translation>%1 mit der ID „%2“ nicht gefunden.</translation>
    </message>
    <message>
        <source>The id prefix &quot;%1&quot; matches several %2s: give more characters.</source>
        <translation>Das ID-Präfix „%1“ passt auf mehrere Einträge (%2): Geben Sie mehr Zeichen an.</translation>
    </message>
</context>
<context>
    <name>reelpulse::StrategyRunner</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; it will be retried later.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet; es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2); it will be retried later.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen (%2); es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>This needs a signed-in session. Sign in to Instagram in ReelPulse.</source>
        <translation>Dafür ist eine angemeldete Sitzung nötig. Melden Sie sich in ReelPulse bei Instagram an.</translation>
    </message>
    <message>
        <source>No known way to read this (%1) with what is known about it.</source>
        <translation>Mit den vorhandenen Angaben lässt sich dies (%1) auf keinem bekannten Weg lesen.</translation>
    </message>
</context>
<context>
    <name>reelpulse::TaskDashboard</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Reel or video:</source>
        <translation>Reel oder Video:</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>A PDF for your client: key figures, these charts, top posts and comment sentiment. Right-click a chart to export it alone.</source>
        <translation>Ein PDF für Ihren Kunden: Kennzahlen, diese Diagramme, Top-Beiträge und Kommentar-Stimmung. Klicken Sie mit der rechten Maustaste auf ein Diagramm, um es einzeln zu exportieren.</translation>
    </message>
    <message>
        <source>Add a profile on the Profiles page and scrape it to see its dashboard.</source>
        <translation>Fügen Sie auf der Seite „Profile“ ein Profil hinzu und rufen Sie es ab, um sein Dashboard zu sehen.</translation>
    </message>
    <message>
        <source>Track a reel or video and scrape it to see its dashboard.</source>
        <translation>Verfolgen Sie ein Reel oder Video und rufen Sie es ab, um sein Dashboard zu sehen.</translation>
    </message>
    <message>
        <source>@%1 (competitor)</source>
        <translation>@%1 (Mitbewerber)</translation>
    </message>
    <message>
        <source>Reel %1 (%2)</source>
        <translation>Reel %1 (%2)</translation>
    </message>
    <message>
        <source>%1 video %2</source>
        <translation>%1-Video %2</translation>
    </message>
    <message>
        <source>This dashboard could not be read: %1</source>
        <translation>Dieses Dashboard konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Posts / week</source>
        <translation>Beiträge / Woche</translation>
    </message>
    <message>
        <source>Median ER</source>
        <translation>IR (Median)</translation>
    </message>
    <message>
        <source>Mean ER</source>
        <translation>IR (Mittel)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>ER (followers)</source>
        <translation>IR (Follower)</translation>
    </message>
    <message>
        <source>ER (views)</source>
        <translation>IR (Aufrufe)</translation>
    </message>
    <message>
        <source>Views / h</source>
        <translation>Aufrufe / h</translation>
    </message>
    <message>
        <source>Trend score</source>
        <translation>Trendwert</translation>
    </message>
    <message>
        <source> viral</source>
        <translation> viral</translation>
    </message>
    <message>
        <source> trending</source>
        <translation> im Trend</translation>
    </message>
    <message>
        <source>not enough history</source>
        <translation>zu wenig Verlauf</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>%1 · %2 % positive</source>
        <translation>%1 · %2 % positiv</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source> on TikTok</source>
        <translation> auf TikTok</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Create a project on the Reels page, add its reels and scrape them to see them together.</source>
        <translation>Legen Sie auf der Seite „Reels“ ein Projekt an, fügen Sie seine Reels hinzu und lesen Sie sie ein, um sie zusammen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n reels)</source>
        <translation>
            <numerusform>%1 (%n Reel)</numerusform>
            <numerusform>%1 (%n Reels)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reels</source>
        <translation>Reels</translation>
    </message>
</context>
<context>
    <name>reelpulse::TaskDetailPane</name>
    <message>
        <source>Scraped posts</source>
        <translation>Abgerufene Beiträge</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Mark as &amp;Positive</source>
        <translation>Als &amp;positiv markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Negative</source>
        <translation>Als &amp;negativ markieren</translation>
    </message>
    <message>
        <source>Mark as N&amp;eutral</source>
        <translation>Als n&amp;eutral markieren</translation>
    </message>
    <message>
        <source>Use the &amp;Automatic Label</source>
        <translation>&amp;Automatische Einstufung verwenden</translation>
    </message>
    <message>
        <source>Forget the label set by hand and score the comment again.</source>
        <translation>Die von Hand gesetzte Einstufung verwerfen und den Kommentar neu bewerten.</translation>
    </message>
    <message>
        <source>Posts of %1</source>
        <translation>Beiträge von %1</translation>
    </message>
    <message>
        <source>Reel %1</source>
        <translation>Reel %1</translation>
    </message>
    <message>
        <source>Not scraped yet — press Ctrl+R to scrape it now.</source>
        <translation>Noch nicht abgerufen — Strg+R ruft die Aufgabe jetzt ab.</translation>
    </message>
    <message>
        <source>Select a task to see its posts and comments.</source>
        <translation>Wählen Sie eine Aufgabe, um ihre Beiträge und Kommentare zu sehen.</translation>
    </message>
    <message>
        <source>Comments on %1 (%2 stored)</source>
        <translation>Kommentare zu %1 (%2 gespeichert)</translation>
    </message>
    <message numerus="yes">
        <source>No scored comments yet (%n waiting to be scored).</source>
        <translation>
            <numerusform>Noch keine bewerteten Kommentare (%n wartet auf Bewertung).</numerusform>
            <numerusform>Noch keine bewerteten Kommentare (%n warten auf Bewertung).</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <source>%1 % %2 (%3)</source>
        <translation>%1 % %2 (%3)</translation>
    </message>
    <message>
        <source>Overall: &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; · %3 · %4 · %5</source>
        <translation>Gesamt: &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message numerus="yes">
        <source> · %n not scored yet</source>
        <translation>
            <numerusform> · %n noch nicht bewertet</numerusform>
            <numerusform> · %n noch nicht bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a comment to see which words and emoji made its sentiment.</source>
        <translation>Wählen Sie einen Kommentar, um zu sehen, welche Wörter und Emoji seine Stimmung ergeben.</translation>
    </message>
    <message>
        <source>Engine: %1 (compound %2)</source>
        <translation>Automatisch: %1 (Gesamtwert %2)</translation>
    </message>
    <message>
        <source> — no word or emoji carries sentiment.</source>
        <translation> — kein Wort und kein Emoji trägt Stimmung.</translation>
    </message>
    <message>
        <source>Marked %1 by hand.</source>
        <translation>Von Hand als %1 markiert.</translation>
    </message>
    <message>
        <source>an unknown author</source>
        <translation>einem unbekannten Autor</translation>
    </message>
    <message>
        <source>Marked a comment by %1 as %2.</source>
        <translation>Einen Kommentar von %1 als %2 markiert.</translation>
    </message>
    <message>
        <source>A comment by %1 has its automatic label again: %2.</source>
        <translation>Ein Kommentar von %1 hat wieder seine automatische Einstufung: %2.</translation>
    </message>
    <message>
        <source>Reading the posts…</source>
        <translation>Beiträge werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the sentiment of all comments…</source>
        <translation>Stimmung aller Kommentare wird gelesen…</translation>
    </message>
    <message>
        <source>No comments stored for any post yet.</source>
        <translation>Noch für keinen Beitrag Kommentare gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>All posts, %n comment(s): %1</source>
        <translation>
            <numerusform>Alle Beiträge, %n Kommentar: %1</numerusform>
            <numerusform>Alle Beiträge, %n Kommentare: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments on %1</source>
        <translation>Kommentare zu %1</translation>
    </message>
    <message>
        <source>Reading the comments…</source>
        <translation>Kommentare werden gelesen…</translation>
    </message>
    <message>
        <source>Language: English (reference mode reads every comment as English).</source>
        <translation>Sprache: Englisch (der Referenzmodus liest jeden Kommentar als Englisch).</translation>
    </message>
    <message>
        <source>Language: undetermined — only emoji, emoticons and ! ? count.</source>
        <translation>Sprache: unbestimmt – nur Emoji, Emoticons und ! ? zählen.</translation>
    </message>
    <message>
        <source>Language: %1 (from its words).</source>
        <translation>Sprache: %1 (aus seinen Wörtern).</translation>
    </message>
    <message>
        <source>Language: %1 (from its letters).</source>
        <translation>Sprache: %1 (aus seinen Buchstaben).</translation>
    </message>
    <message>
        <source>Language: %1 (the account&apos;s language; its words do not tell).</source>
        <translation>Sprache: %1 (die Sprache des Kontos; seine Wörter verraten sie nicht).</translation>
    </message>
    <message>
        <source>Language: %1 (as detected when it was scored).</source>
        <translation>Sprache: %1 (wie beim Bewerten erkannt).</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Sprache: %1.</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>other languages %1 %</source>
        <translation>andere Sprachen %1 %</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Sprachen: %1</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Download the selected posts in the best quality (see Downloads).</source>
        <translation>Die ausgewählten Beiträge in bester Qualität herunterladen (siehe Downloads).</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
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
    <message>
        <source>&amp;Scrape:</source>
        <translation>&amp;Abrufen:</translation>
    </message>
    <message>
        <source>The interval</source>
        <translation>Das Intervall</translation>
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
</context>
<context>
    <name>reelpulse::TaskItemsModel</name>
    <message numerus="yes">
        <source>%1 (%n items)</source>
        <translation>
            <numerusform>%1 (%n Element)</numerusform>
            <numerusform>%1 (%n Elemente)</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
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
    <name>reelpulse::TaskTableModel</name>
    <message>
        <source>Not scraped yet</source>
        <translation>Noch nicht abgerufen</translation>
    </message>
    <message>
        <source>Views: %1 · plays: %2 (as of %3)</source>
        <translation>Aufrufe: %1 · Wiedergaben: %2 (Stand %3)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Scraping…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
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
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
</context>
<context>
    <name>reelpulse::TikTokClient</name>
    <message>
        <source>The endpoint profile names a reader ReelPulse does not have (%1 in %2).</source>
        <translation>Das Endpunktprofil nennt einen Parser, den ReelPulse nicht hat (%1 in %2).</translation>
    </message>
    <message>
        <source>The video page could not be read.</source>
        <translation>Die Videoseite konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The comment list could not be read.</source>
        <translation>Die Kommentarliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The account page could not be read.</source>
        <translation>Die Kontoseite konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The account&apos;s video list could not be read.</source>
        <translation>Die Videoliste des Kontos konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>reelpulse::TikTokSource</name>
    <message>
        <source>This TikTok reader cannot read accounts.</source>
        <translation>Dieser TikTok-Leser kann keine Konten lesen.</translation>
    </message>
</context>
<context>
    <name>reelpulse::TopPostsModel</name>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Interaktionsrate</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
</context>
<context>
    <name>reelpulse::TrackingService</name>
    <message>
        <source>%1 must be between 1 and %2 days (got %3).</source>
        <translation>%1 muss zwischen 1 und %2 Tagen liegen (erhalten: %3).</translation>
    </message>
    <message>
        <source>scrape_interval_hours must be between %1 and %2 hours (got %3).</source>
        <translation>scrape_interval_hours muss zwischen %1 und %2 Stunden liegen (erhalten: %3).</translation>
    </message>
    <message>
        <source>metadata has %1 keys; at most %2 are allowed.</source>
        <translation>Die Metadaten haben %1 Schlüssel; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>metadata keys cannot be empty.</source>
        <translation>Metadaten-Schlüssel dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>metadata value of &quot;%1&quot; must be text, a number or a boolean.</source>
        <translation>Der Metadatenwert von „%1“ muss Text, eine Zahl oder ein Wahrheitswert sein.</translation>
    </message>
    <message>
        <source>metadata value of &quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation>Der Metadatenwert von „%1“ hat %2 Zeichen; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key=value.</source>
        <translation>„%1“ hat nicht die Form schlüssel=wert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty key.</source>
        <translation>„%1“ hat einen leeren Schlüssel.</translation>
    </message>
    <message>
        <source>The project name is empty.</source>
        <translation>Der Projektname ist leer.</translation>
    </message>
    <message>
        <source>The project name is longer than 100 characters.</source>
        <translation>Der Projektname ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>The project name contains control characters.</source>
        <translation>Der Projektname enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>@%1 is already tracked (task %2, %3). Update that task instead.</source>
        <translation>@%1 wird bereits verfolgt (Aufgabe %2, %3). Bearbeiten Sie stattdessen diese Aufgabe.</translation>
    </message>
    <message>
        <source>profile task</source>
        <translation>Profil-Aufgabe</translation>
    </message>
    <message>
        <source>A project named &quot;%1&quot; already exists.</source>
        <translation>Ein Projekt namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; does not exist. Create it first with: reelpulse-cli projects add &quot;%1&quot;</source>
        <translation>Das Projekt „%1“ existiert nicht. Legen Sie es zuerst an mit: reelpulse-cli projects add &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reel %1 is already tracked in project &quot;%2&quot; (task %3).</source>
        <translation>Reel %1 wird im Projekt „%2“ bereits verfolgt (Aufgabe %3).</translation>
    </message>
    <message>
        <source>reel task</source>
        <translation>Reel-Aufgabe</translation>
    </message>
    <message>
        <source>No updatable fields provided.</source>
        <translation>Keine änderbaren Felder angegeben.</translation>
    </message>
    <message>
        <source>This %1 video (%2) is already tracked (id %3).</source>
        <translation>Dieses %1-Video (%2) wird bereits verfolgt (ID %3).</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>No updatable fields provided (use --interval-hours, --meta, --clear-meta, --active or --inactive).</source>
        <translation>Keine änderbaren Felder angegeben (verwenden Sie --interval-hours, --meta, --clear-meta, --active oder --inactive).</translation>
    </message>
    <message>
        <source>Tracking the latest videos needs a number from 1 to %1 (--auto-track-latest).</source>
        <translation>Das Verfolgen der neuesten Videos braucht eine Zahl von 1 bis %1 (--auto-track-latest).</translation>
    </message>
    <message>
        <source>The number of latest videos must be from 0 to %1.</source>
        <translation>Die Zahl der neuesten Videos muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>You track %1 of at most %2 accounts. Remove an account, or raise the limit (setting tracking.max_accounts, 0 for none).</source>
        <translation>Sie verfolgen %1 von höchstens %2 Konten. Entfernen Sie ein Konto oder erhöhen Sie die Grenze (Einstellung tracking.max_accounts, 0 für keine).</translation>
    </message>
    <message>
        <source>No updatable fields provided (use --competitor, --own, --interval-days, --pause, --resume or --auto-track).</source>
        <translation>Keine änderbaren Felder angegeben (verwenden Sie --competitor, --own, --interval-days, --pause, --resume oder --auto-track).</translation>
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
</context>
<context>
    <name>reelpulse::VideoTaskStore</name>
    <message>
        <source>No video with id &quot;%1&quot; exists.</source>
        <translation>Es gibt kein Video mit der ID „%1“.</translation>
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
        <source>Metadata</source>
        <translation>Metadaten</translation>
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
<context>
    <name>reelpulse::analytics</name>
    <message>
        <source>No stored post, reel or video &quot;%1&quot;: track it and scrape it first.</source>
        <translation>Kein gespeicherter Beitrag, kein Reel oder Video „%1“: Verfolgen Sie es und rufen Sie es zuerst ab.</translation>
    </message>
    <message>
        <source>not enough history: the post&apos;s time is unknown</source>
        <translation>zu wenig Verlauf: Der Zeitpunkt des Beitrags ist unbekannt</translation>
    </message>
    <message>
        <source>not enough history: no snapshot of the item</source>
        <translation>zu wenig Verlauf: keine Momentaufnahme des Elements</translation>
    </message>
    <message>
        <source>not enough history: %1 of the account&apos;s items of this kind were seen at this age (%2 h), %3 needed</source>
        <translation>zu wenig Verlauf: %1 Elemente dieser Art des Kontos wurden in diesem Alter erfasst (%2 h), %3 benötigt</translation>
    </message>
    <message>
        <source>the account&apos;s items had nothing at this age: no ratio</source>
        <translation>Die Elemente des Kontos hatten in diesem Alter keine Werte: kein Verhältnis</translation>
    </message>
</context>
<context>
    <name>reelpulse::analytics::ChartData</name>
    <message>
        <source>Profiles side by side</source>
        <translation>Profile im Vergleich</translation>
    </message>
    <message>
        <source>percent, posts per week</source>
        <translation>Prozent, Beiträge pro Woche</translation>
    </message>
    <message>
        <source>Track your profiles and competitors and scrape them to compare.</source>
        <translation>Verfolgen Sie Ihre Profile und Mitbewerber und rufen Sie sie ab, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>growth % (90 d)</source>
        <translation>Wachstum % (90 T.)</translation>
    </message>
    <message>
        <source>posts / week</source>
        <translation>Beiträge / Woche</translation>
    </message>
    <message>
        <source>median ER %</source>
        <translation>IR-Median %</translation>
    </message>
    <message>
        <source>reels %</source>
        <translation>Reels %</translation>
    </message>
    <message>
        <source>positive %</source>
        <translation>positiv %</translation>
    </message>
    <message>
        <source>negative %</source>
        <translation>negativ %</translation>
    </message>
    <message>
        <source>No stored snapshot in this range yet: scrape now to see the first point.</source>
        <translation>Noch keine gespeicherte Momentaufnahme in diesem Zeitraum: Rufen Sie jetzt ab, um den ersten Punkt zu sehen.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>all dates to %1</source>
        <translation>alle Daten bis %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>alle Daten</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>gained per day</source>
        <translation>Zuwachs pro Tag</translation>
    </message>
    <message>
        <source>Engagement rate per post</source>
        <translation>Interaktionsrate pro Beitrag</translation>
    </message>
    <message>
        <source>engagement rate (%)</source>
        <translation>Interaktionsrate (%)</translation>
    </message>
    <message>
        <source>No post with a known engagement rate in this range: track the profile and scrape it.</source>
        <translation>Kein Beitrag mit bekannter Interaktionsrate in diesem Zeitraum: Verfolgen Sie das Profil und rufen Sie es ab.</translation>
    </message>
    <message>
        <source>engagement rate</source>
        <translation>Interaktionsrate</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>Velocity needs two snapshots: scrape again later to see it.</source>
        <translation>Das Tempo benötigt zwei Momentaufnahmen: Rufen Sie später erneut ab, um es zu sehen.</translation>
    </message>
    <message>
        <source>views per hour</source>
        <translation>Aufrufe pro Stunde</translation>
    </message>
    <message>
        <source>engagement per hour</source>
        <translation>Interaktion pro Stunde</translation>
    </message>
    <message>
        <source>Views, likes, comments and shares</source>
        <translation>Aufrufe, Likes, Kommentare und geteilte Inhalte</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>Views, likes and comments of the project&apos;s reels together</source>
        <translation>Aufrufe, Likes und Kommentare der Reels des Projekts zusammen</translation>
    </message>
    <message>
        <source>Comment sentiment per day</source>
        <translation>Kommentar-Stimmung pro Tag</translation>
    </message>
    <message>
        <source>No scored comment in this range: scrape comments and score them (sentiment rescore).</source>
        <translation>Kein bewerteter Kommentar in diesem Zeitraum: Rufen Sie Kommentare ab und bewerten Sie sie (sentiment rescore).</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>When posts do best (UTC)</source>
        <translation>Wann Beiträge am besten laufen (UTC)</translation>
    </message>
    <message>
        <source>mean engagement</source>
        <translation>mittlere Interaktion</translation>
    </message>
    <message>
        <source>No post with known engagement in this range: scrape the profile first.</source>
        <translation>Kein Beitrag mit bekannter Interaktion in diesem Zeitraum: Rufen Sie zuerst das Profil ab.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Posts per week</source>
        <translation>Beiträge pro Woche</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>No post in this range: scrape the profile first.</source>
        <translation>Kein Beitrag in diesem Zeitraum: Rufen Sie zuerst das Profil ab.</translation>
    </message>
    <message>
        <source>Languages of the comments</source>
        <translation>Sprachen der Kommentare</translation>
    </message>
    <message>
        <source>No comment read yet: scrape comments and score them.</source>
        <translation>Noch kein Kommentar gelesen: Rufen Sie Kommentare ab und bewerten Sie sie.</translation>
    </message>
    <message>
        <source>share of the comments (%)</source>
        <translation>Anteil der Kommentare (%)</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>Against the account&apos;s usual</source>
        <translation>Im Vergleich zum Kontoüblichen</translation>
    </message>
    <message>
        <source>Not enough history: the account&apos;s items of this kind must be seen at this age first.</source>
        <translation>Zu wenig Verlauf: Die Elemente dieser Art des Kontos müssen zuerst in diesem Alter erfasst werden.</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>dieses Element</translation>
    </message>
    <message>
        <source>usual at the same age</source>
        <translation>üblich im gleichen Alter</translation>
    </message>
</context>
<context>
    <name>reelpulse::analytics::CommentTerms</name>
    <message>
        <source>Most frequent words in comments</source>
        <translation>Häufigste Wörter in Kommentaren</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>No comment text in this range: scrape comments to see their words.</source>
        <translation>Kein Kommentartext in diesem Zeitraum: Lesen Sie Kommentare ein, um ihre Wörter zu sehen.</translation>
    </message>
    <message>
        <source>Most frequent emoji in comments</source>
        <translation>Häufigste Emojis in Kommentaren</translation>
    </message>
    <message>
        <source>times used</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <source>No emoji in the comments of this range.</source>
        <translation>Keine Emojis in den Kommentaren dieses Zeitraums.</translation>
    </message>
    <message>
        <source>Hashtags by the mean engagement of their posts</source>
        <translation>Hashtags nach der mittleren Interaktion ihrer Beiträge</translation>
    </message>
    <message>
        <source>mean engagement</source>
        <translation>mittlere Interaktion</translation>
    </message>
    <message>
        <source>No post with hashtags and known engagement in this range: scrape the profile first.</source>
        <translation>Kein Beitrag mit Hashtags und bekannter Interaktion in diesem Zeitraum: Lesen Sie zuerst das Profil ein.</translation>
    </message>
    <message>
        <source>Each hashtag&apos;s posts in the range: their mean likes + comments + saves + shares (the counts known). The number of posts is in brackets.</source>
        <translation>Die Beiträge jedes Hashtags im Zeitraum: ihre mittleren Likes + Kommentare + Speicherungen + Teilungen (die bekannten Zahlen). Die Zahl der Beiträge steht in Klammern.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>reelpulse::analytics::DailySeries</name>
    <message>
        <source>change per day</source>
        <translation>Änderung pro Tag</translation>
    </message>
    <message>
        <source>Total followers</source>
        <translation>Follower insgesamt</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>followers (all accounts)</source>
        <translation>Follower (alle Konten)</translation>
    </message>
    <message>
        <source>No follower count in these days: link accounts to the creator and scrape them.</source>
        <translation>Keine Follower-Zahl an diesen Tagen: Verknüpfen Sie Konten mit dem Creator und rufen Sie sie ab.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>likes, comments, saves and shares</source>
        <translation>Likes, Kommentare, Speicherungen und Teilungen</translation>
    </message>
    <message>
        <source>engagement (all posts and videos)</source>
        <translation>Interaktion (alle Beiträge und Videos)</translation>
    </message>
    <message>
        <source>No post or video of the creator&apos;s accounts has counts in these days yet.</source>
        <translation>Noch kein Beitrag und kein Video der Konten des Creators hat Zahlen an diesen Tagen.</translation>
    </message>
</context>
<context>
    <name>reelpulse::charts</name>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>reelpulse::charts::ReportWriter</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>ReelPulse report · %1 · %2</source>
        <translation>ReelPulse-Bericht · %1 · %2</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Followers gained, %1 days</source>
        <translation>Follower-Zuwachs, %1 Tage</translation>
    </message>
    <message>
        <source>Posts in the range</source>
        <translation>Beiträge im Zeitraum</translation>
    </message>
    <message>
        <source>Posts per week</source>
        <translation>Beiträge pro Woche</translation>
    </message>
    <message>
        <source>Median engagement rate</source>
        <translation>Interaktionsrate (Median)</translation>
    </message>
    <message>
        <source>Mean engagement rate</source>
        <translation>Interaktionsrate (Mittelwert)</translation>
    </message>
    <message>
        <source>Reels share</source>
        <translation>Anteil Reels</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Total engagement</source>
        <translation>Interaktion gesamt</translation>
    </message>
    <message>
        <source>Engagement rate (followers)</source>
        <translation>Interaktionsrate (Follower)</translation>
    </message>
    <message>
        <source>Engagement rate (views)</source>
        <translation>Interaktionsrate (Aufrufe)</translation>
    </message>
    <message>
        <source>Views per hour (last window)</source>
        <translation>Aufrufe pro Stunde (letztes Fenster)</translation>
    </message>
    <message>
        <source>Trend score</source>
        <translation>Trendwert</translation>
    </message>
    <message>
        <source>Comments scored</source>
        <translation>Bewertete Kommentare</translation>
    </message>
    <message>
        <source>Positive / negative comments</source>
        <translation>Positive / negative Kommentare</translation>
    </message>
    <message>
        <source>ReelPulse report: %1</source>
        <translation>ReelPulse-Bericht: %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Your logo</source>
        <translation>Ihr Logo</translation>
    </message>
    <message>
        <source>Performance report · %1</source>
        <translation>Leistungsbericht · %1</translation>
    </message>
    <message>
        <source>Made by ReelPulse on %1 from the stored history; formulas in docs/metrics.md</source>
        <translation>Erstellt von ReelPulse am %1 aus dem gespeicherten Verlauf; Formeln in docs/metrics.md</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Top posts</source>
        <translation>Top-Beiträge</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Verfasst</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Interaktionsrate</translation>
    </message>
    <message>
        <source>No post with a known engagement rate in this range.</source>
        <translation>Kein Beitrag mit bekannter Interaktionsrate in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Comment sentiment</source>
        <translation>Kommentar-Stimmung</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli</name>
    <message>
        <source>which endpoint profile the clients use (version, built-in or override)</source>
        <translation>welches Endpunktprofil die Clients verwenden (Version, integriert oder ersetzt)</translation>
    </message>
    <message>
        <source>show a profile, post, reel or TikTok video as the platform has it now</source>
        <translation>ein Profil, einen Beitrag, ein Reel oder ein TikTok-Video so zeigen, wie die Plattform es jetzt hat</translation>
    </message>
    <message>
        <source>track Instagram profiles (own or competitors&apos;)</source>
        <translation>Instagram-Profile verfolgen (eigene oder die von Mitbewerbern)</translation>
    </message>
    <message>
        <source>create, list and remove projects of reels</source>
        <translation>Projekte für Reels anlegen, auflisten und entfernen</translation>
    </message>
    <message>
        <source>track individual reels and posts in projects</source>
        <translation>einzelne Reels und Beiträge in Projekten verfolgen</translation>
    </message>
    <message>
        <source>scrape one task now, or every due task once (--due)</source>
        <translation>eine Aufgabe jetzt abrufen oder jede fällige Aufgabe einmal (--due)</translation>
    </message>
    <message>
        <source>score comment sentiment, summaries, re-scoring</source>
        <translation>Kommentarstimmung bewerten, Zusammenfassungen, Neubewertung</translation>
    </message>
    <message>
        <source>track Instagram posts and TikTok videos</source>
        <translation>Instagram-Beiträge und TikTok-Videos verfolgen</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli [--data-dir DIR] [--json] &lt;command&gt; [&lt;args&gt;]

ReelPulse engine without a window: track Instagram and TikTok content from scripts.

Commands:
</source>
        <translation>Aufruf: reelpulse-cli [--data-dir DIR] [--json] &lt;command&gt; [&lt;args&gt;]

ReelPulse-Engine ohne Fenster: Instagram- und TikTok-Inhalte aus Skripten verfolgen.

Befehle:
</translation>
    </message>
    <message>
        <source>
Global options:
  --data-dir DIR   use the store in DIR (default: $REELPULSE_DATA_DIR, else %1)
  --json           print JSON in the shapes of the tracking APIs
  --version        print the version
  --help           this help; &apos;&lt;command&gt; --help&apos; for a command&apos;s help

Exit codes: 0 success, 2 invalid input, 3 not found, 4 conflict (duplicate), 1 anything else.
</source>
        <translation>
Globale Optionen:
  --data-dir DIR   den Datenspeicher in DIR verwenden (Standard: $REELPULSE_DATA_DIR, sonst %1)
  --json           JSON in der Form der Tracking-APIs ausgeben
  --version        die Version ausgeben
  --help           diese Hilfe; &apos;&lt;command&gt; --help&apos; für die Hilfe eines Befehls

Exit-Codes: 0 Erfolg, 2 ungültige Eingabe, 3 nicht gefunden, 4 Konflikt (Duplikat), 1 alles andere.
</translation>
    </message>
    <message>
        <source>the application data folder</source>
        <translation>der Anwendungsdatenordner</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir braucht einen Ordner.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;reelpulse-cli --help&apos; for the list.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;. &apos;reelpulse-cli --help&apos; zeigt die Liste.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &apos;%2&apos; (see &apos;%2 --help&apos;).</source>
        <translation>Unbekannte Option --%1 für &apos;%2&apos; (siehe &apos;%2 --help&apos;).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number (got &quot;%2&quot;).</source>
        <translation>--%1 muss eine ganze Zahl sein (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>show and change the settings the app and the CLI share</source>
        <translation>die Einstellungen anzeigen und ändern, die App und CLI teilen</translation>
    </message>
    <message>
        <source>what the rate governor holds back and why; resume after a stop</source>
        <translation>was die Anfragesteuerung zurückhält und warum; nach einem Stopp fortsetzen</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Set your Meta app&apos;s Instagram app id first: reelpulse-cli config set publish.app_id ID (or connect with a token: accounts add --token-file).</source>
        <translation>Legen Sie zuerst die Instagram-App-ID Ihrer Meta-App fest: reelpulse-cli config set publish.app_id ID (oder verbinden Sie mit einem Token: accounts add --token-file).</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Auf 127.0.0.1 kann nicht auf die Antwort des Browsers gewartet werden.</translation>
    </message>
    <message>
        <source>Open this address in your browser and allow ReelPulse:</source>
        <translation>Öffnen Sie diese Adresse in Ihrem Browser und erlauben Sie ReelPulse den Zugriff:</translation>
    </message>
    <message>
        <source>No sign-in arrived; nothing was connected.</source>
        <translation>Keine Anmeldung eingegangen; nichts wurde verbunden.</translation>
    </message>
    <message>
        <source>Connected @%1. The token is in the keychain.</source>
        <translation>@%1 verbunden. Das Token liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Unknown command &apos;accounts %1&apos; (see &apos;accounts --help&apos;).</source>
        <translation>Unbekannter Befehl &apos;accounts %1&apos; (siehe &apos;accounts --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;accounts %1&apos; takes one account name.</source>
        <translation>&apos;accounts %1&apos; erwartet einen Kontonamen.</translation>
    </message>
    <message>
        <source>&apos;accounts %1&apos; takes no arguments.</source>
        <translation>&apos;accounts %1&apos; erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>&apos;accounts add&apos; needs --token-file FILE (a token generated in Meta&apos;s App Dashboard).</source>
        <translation>&apos;accounts add&apos; braucht --token-file FILE (ein im App Dashboard von Meta erzeugtes Token).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Connected @%1 (%2, %3 followers). The token is in the keychain until %4.</source>
        <translation>@%1 verbunden (%2, %3 Follower). Das Token liegt im Schlüsselbund und gilt bis %4.</translation>
    </message>
    <message>
        <source>&apos;accounts app-secret&apos; needs --secret-file FILE (readable): %1</source>
        <translation>&apos;accounts app-secret&apos; braucht --secret-file FILE (lesbar): %1</translation>
    </message>
    <message>
        <source>The app secret is in the keychain.</source>
        <translation>Das App-Geheimnis liegt im Schlüsselbund.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) refreshed.</source>
        <translation>
            <numerusform>%n Token erneuert.</numerusform>
            <numerusform>%n Tokens erneuert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No account connected yet. Connect one with: reelpulse-cli accounts add --token-file FILE</source>
        <translation>Noch kein Konto verbunden. Verbinden Sie eines mit: reelpulse-cli accounts add --token-file FILE</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>USER ID</source>
        <translation>BENUTZER-ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>FOLLOWERS</source>
        <translation>FOLLOWER</translation>
    </message>
    <message>
        <source>TOKEN UNTIL</source>
        <translation>TOKEN BIS</translation>
    </message>
    <message>
        <source>Disconnected @%1: its token was deleted from the keychain.</source>
        <translation>@%1 getrennt: Sein Token wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>following</source>
        <translation>Folgt</translation>
    </message>
    <message>
        <source>token until</source>
        <translation>Token bis</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>Reconnect: %1</source>
        <translation>Neu verbinden: %1</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli account info [--account USER] [--json]

What Instagram says about a connected account now.
</source>
        <translation>Aufruf: reelpulse-cli account info [--account USER] [--json]

Was Instagram jetzt über ein verbundenes Konto meldet.
</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli media list [--account USER] [--limit N] [--after CURSOR] [--json]

The account&apos;s recent media, newest first; --after continues from a page&apos;s next_cursor.
</source>
        <translation>Aufruf: reelpulse-cli media list [--account USER] [--limit N] [--after CURSOR] [--json]

Die letzten Medien des Kontos, neueste zuerst; --after setzt beim next_cursor einer Seite fort.
</translation>
    </message>
    <message>
        <source>--limit must be from 1 to 100.</source>
        <translation>--limit muss zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>LIKES</source>
        <translation>LIKES</translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation>KOMMENTARE</translation>
    </message>
    <message>
        <source>CAPTION</source>
        <translation>BILDUNTERSCHRIFT</translation>
    </message>
    <message>
        <source>More: --after %1</source>
        <translation>Weitere: --after %1</translation>
    </message>
    <message>
        <source>&apos;media-host password&apos; needs --password-file FILE (readable): %1</source>
        <translation>&apos;media-host password&apos; braucht --password-file FILE (lesbar): %1</translation>
    </message>
    <message>
        <source>The media host works: a file was uploaded, read back at its public URL and deleted.</source>
        <translation>Der Medien-Host funktioniert: Eine Datei wurde hochgeladen, unter ihrer öffentlichen URL zurückgelesen und gelöscht.</translation>
    </message>
    <message>
        <source>Instagram professional accounts to publish to (tokens in the keychain)</source>
        <translation>professionelle Instagram-Konten zum Veröffentlichen (Tokens im Schlüsselbund)</translation>
    </message>
    <message>
        <source>what Instagram says about an account now</source>
        <translation>was Instagram jetzt über ein Konto meldet</translation>
    </message>
    <message>
        <source>an account&apos;s recent media, page by page</source>
        <translation>die letzten Medien eines Kontos, Seite für Seite</translation>
    </message>
    <message>
        <source>where local files are uploaded before publishing; test it</source>
        <translation>wohin lokale Dateien vor dem Veröffentlichen hochgeladen werden; testen</translation>
    </message>
    <message>
        <source>publish or schedule images, carousels, reels, stories; --due for cron</source>
        <translation>Bilder, Karussells, Reels und Stories veröffentlichen oder planen; --due für cron</translation>
    </message>
    <message>
        <source>the publishing queue: list, show, cancel, retry</source>
        <translation>die Warteschlange der Veröffentlichungen: auflisten, anzeigen, abbrechen, wiederholen</translation>
    </message>
    <message>
        <source>a published post&apos;s insights and engagement rate</source>
        <translation>Insights und Interaktionsrate eines veröffentlichten Beitrags</translation>
    </message>
    <message>
        <source>download a post, reel, carousel or TikTok video to your disk</source>
        <translation>einen Beitrag, ein Reel, ein Karussell oder ein TikTok-Video auf die Festplatte herunterladen</translation>
    </message>
    <message>
        <source>the download list: status, pause, resume, cancel, retry, formats</source>
        <translation>die Download-Liste: Status, pausieren, fortsetzen, abbrechen, wiederholen, Formate</translation>
    </message>
    <message>
        <source>Download %1 failed [%2]: %3</source>
        <translation>Download %1 fehlgeschlagen [%2]: %3</translation>
    </message>
    <message>
        <source>%1 %2 (%3)
</source>
        <translation>%1 %2 (%3)
</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source> of %1 (%2%)</source>
        <translation> von %1 (%2%)</translation>
    </message>
    <message>
        <source>, ETA %1 s</source>
        <translation>, noch %1 s</translation>
    </message>
    <message>
        <source>  %1/s</source>
        <translation>  %1/s</translation>
    </message>
    <message>
        <source>&apos;download batch&apos; takes one file.</source>
        <translation>&apos;download batch&apos; erwartet eine Datei.</translation>
    </message>
    <message>
        <source>&apos;download profile&apos; takes one task id.</source>
        <translation>&apos;download profile&apos; erwartet eine Aufgaben-ID.</translation>
    </message>
    <message>
        <source>profile task</source>
        <translation>Profil-Aufgabe</translation>
    </message>
    <message>
        <source>No posts of this profile are stored yet: scrape it first (&apos;reelpulse-cli scrape %1&apos;).</source>
        <translation>Von diesem Profil sind noch keine Beiträge gespeichert: Rufen Sie es zuerst ab (&apos;reelpulse-cli scrape %1&apos;).</translation>
    </message>
    <message>
        <source>The batch has no items.</source>
        <translation>Der Stapel enthält keine Einträge.</translation>
    </message>
    <message>
        <source>Stories are downloaded one user at a time: &apos;download story &lt;username&gt;&apos;.</source>
        <translation>Stories werden jeweils für einen Benutzer heruntergeladen: &apos;download story &lt;username&gt;&apos;.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>already downloaded  %1
</source>
        <translation>bereits heruntergeladen  %1
</translation>
    </message>
    <message>
        <source>downloaded  %1
</source>
        <translation>heruntergeladen  %1
</translation>
    </message>
    <message>
        <source>failed      %1  [%2] %3
</source>
        <translation>fehlgeschlagen   %1  [%2] %3
</translation>
    </message>
    <message>
        <source>Batch %1: %2 downloaded, %3 failed.
</source>
        <translation>Stapel %1: %2 heruntergeladen, %3 fehlgeschlagen.
</translation>
    </message>
    <message>
        <source>&apos;download story&apos; takes one username.</source>
        <translation>&apos;download story&apos; erwartet einen Benutzernamen.</translation>
    </message>
    <message>
        <source>Stories of @%1 can only be read with a signed-in Instagram session.</source>
        <translation>Stories von @%1 lassen sich nur mit einer angemeldeten Instagram-Sitzung lesen.</translation>
    </message>
    <message>
        <source>Sign in from the app (Settings › Instagram account), then try again.</source>
        <translation>Melden Sie sich in der App an (Einstellungen › Instagram-Konto) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Unknown command &apos;download %1&apos; (see &apos;download --help&apos;).</source>
        <translation>Unbekannter Befehl &apos;download %1&apos; (siehe &apos;download --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;download %1&apos; takes one URL or shortcode (see &apos;download --help&apos;).</source>
        <translation>&apos;download %1&apos; erwartet eine URL oder einen Kurzcode (siehe &apos;download --help&apos;).</translation>
    </message>
    <message>
        <source>already downloaded (job %1)</source>
        <translation>bereits heruntergeladen (Auftrag %1)</translation>
    </message>
    <message>
        <source>Queued %1 (the app runs it; &apos;reelpulse-cli downloads resume %1&apos; runs it here).
</source>
        <translation>%1 eingereiht (die App führt den Auftrag aus; &apos;reelpulse-cli downloads resume %1&apos; führt ihn hier aus).
</translation>
    </message>
    <message>
        <source>Image qualities: best, high, medium, low
Video qualities: best, 1080p, 720p, 480p, 360p
Types: media, video_only, image_only, audio_only
Audio formats: best, mp3, m4a, aac (ffmpeg)
</source>
        <translation>Bildqualitäten: best, high, medium, low
Videoqualitäten: best, 1080p, 720p, 480p, 360p
Typen: media, video_only, image_only, audio_only
Audioformate: best, mp3, m4a, aac (ffmpeg)
</translation>
    </message>
    <message>
        <source>Unknown command &apos;downloads %1&apos; (see &apos;downloads --help&apos;).</source>
        <translation>Unbekannter Befehl &apos;downloads %1&apos; (siehe &apos;downloads --help&apos;).</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>AUFTRAG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ELEMENT</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>HINZUGEFÜGT</translation>
    </message>
    <message>
        <source>&apos;downloads %1&apos; takes one job id.</source>
        <translation>&apos;downloads %1&apos; erwartet eine Auftrags-ID.</translation>
    </message>
    <message>
        <source>The job is %1 already.</source>
        <translation>Der Auftrag hat bereits den Status %1.</translation>
    </message>
    <message>
        <source>The job is %1: nothing to resume.</source>
        <translation>Der Auftrag hat den Status %1: Es gibt nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli insights &lt;post-id|media-id&gt; [--account USER] [--json]

A published post&apos;s lifetime insights: likes, comments, shares, saved, reach, views,
total_interactions and engagement_rate (total_interactions / reach x 100). Only current metrics are
asked (never the deprecated impressions, plays or video_views). A post id is the db_id of a post
published from here; any other media id is read with --account&apos;s token.
</source>
        <translation>Aufruf: reelpulse-cli insights &lt;post-id|media-id&gt; [--account USER] [--json]

Die Insights eines veröffentlichten Beitrags über seine gesamte Laufzeit: likes, comments, shares, saved,
reach, views, total_interactions und engagement_rate (total_interactions / reach x 100). Abgefragt werden
nur aktuelle Kennzahlen (nie die veralteten impressions, plays oder video_views). Eine Beitrags-ID ist die
db_id eines von hier veröffentlichten Beitrags; jede andere Medien-ID wird mit dem Token von --account gelesen.
</translation>
    </message>
    <message>
        <source>&apos;insights&apos; takes one post or media id.</source>
        <translation>&apos;insights&apos; erwartet eine Beitrags- oder Medien-ID.</translation>
    </message>
    <message>
        <source>--at must be an ISO-8601 time such as 2026-05-01T09:30 (local) or 2026-05-01T07:30:00Z, not &quot;%1&quot;.</source>
        <translation>--at muss eine ISO-8601-Zeit wie 2026-05-01T09:30 (lokal) oder 2026-05-01T07:30:00Z sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Post %1 not published: %2</source>
        <translation>Beitrag %1 nicht veröffentlicht: %2</translation>
    </message>
    <message>
        <source>Published post %1 as media %2%3</source>
        <translation>Beitrag %1 veröffentlicht als Medium %2%3</translation>
    </message>
    <message>
        <source>Post %1 skipped: %2</source>
        <translation>Beitrag %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Post %1 published as media %2</source>
        <translation>Beitrag %1 veröffentlicht als Medium %2</translation>
    </message>
    <message>
        <source>No post is due.</source>
        <translation>Kein Beitrag ist fällig.</translation>
    </message>
    <message>
        <source>--due takes no post type.</source>
        <translation>--due erwartet keinen Beitragstyp.</translation>
    </message>
    <message>
        <source>Unknown post type &apos;%1&apos;: image, carousel, reel or story.</source>
        <translation>Unbekannter Beitragstyp &apos;%1&apos;: image, carousel, reel oder story.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;: give media with --image-url or --video-url.</source>
        <translation>Unerwartetes „%1“: Geben Sie Medien mit --image-url oder --video-url an.</translation>
    </message>
    <message>
        <source>&apos;publish schedule&apos; needs --at TIME.</source>
        <translation>&apos;publish schedule&apos; braucht --at TIME.</translation>
    </message>
    <message>
        <source>Scheduled post %1 for %2 (local time). &apos;reelpulse-cli publish --due&apos; or the app publishes it then.</source>
        <translation>Beitrag %1 für %2 (Ortszeit) geplant. &apos;reelpulse-cli publish --due&apos; oder die App veröffentlicht ihn dann.</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli posts list|show &lt;id&gt;|cancel &lt;id&gt;|retry &lt;id&gt; [--json]

The queue: drafts, scheduled, publishing, published and failed posts.
  retry: a failed post is scheduled for now again (its containers are made anew)
</source>
        <translation>Aufruf: reelpulse-cli posts list|show &lt;id&gt;|cancel &lt;id&gt;|retry &lt;id&gt; [--json]

Die Warteschlange: Entwürfe sowie geplante, laufende, veröffentlichte und fehlgeschlagene Beiträge.
  retry: ein fehlgeschlagener Beitrag wird erneut für jetzt geplant (seine Container werden neu angelegt)
</translation>
    </message>
    <message>
        <source>Unknown command &apos;posts %1&apos; (see &apos;posts --help&apos;).</source>
        <translation>Unbekannter Befehl &apos;posts %1&apos; (siehe &apos;posts --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;posts %1&apos; takes one post id.</source>
        <translation>&apos;posts %1&apos; erwartet eine Beitrags-ID.</translation>
    </message>
    <message>
        <source>&apos;posts list&apos; takes no arguments.</source>
        <translation>&apos;posts list&apos; erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <source>MEDIA ID</source>
        <translation>MEDIEN-ID</translation>
    </message>
    <message>
        <source>charts as PNG, SVG, PDF or CSV, and client reports as PDF</source>
        <translation>Diagramme als PNG, SVG, PDF oder CSV und Kundenberichte als PDF</translation>
    </message>
    <message>
        <source>engagement, velocity, trending and growth from the stored history</source>
        <translation>Interaktion, Tempo, Trends und Wachstum aus dem gespeicherten Verlauf</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 benötigt ein Datum im Format YYYY-MM-DD, nicht „%2“.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from liegt nach --to.</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekanntes Diagramm „%1“: Verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>Say --format png, svg, pdf or csv (or give --out a file ending in one of them).</source>
        <translation>Geben Sie --format png, svg, pdf oder csv an (oder für --out eine Datei mit einer dieser Endungen).</translation>
    </message>
    <message>
        <source>A %1 task has no %2 chart.</source>
        <translation>Eine %1-Aufgabe hat kein %2-Diagramm.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3).
</source>
        <translation>%1 geschrieben (%2, %3).
</translation>
    </message>
    <message>
        <source>--page is a4 or letter.</source>
        <translation>--page ist a4 oder letter.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages for %3, %4.
</source>
        <translation>%1 geschrieben: %2 Seiten für %3, %4.
</translation>
    </message>
    <message>
        <source>Unknown command &apos;export %1&apos; (see &apos;export --help&apos;).</source>
        <translation>Unbekannter Befehl &apos;export %1&apos; (siehe &apos;export --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;export %1&apos; takes one task id.</source>
        <translation>&apos;export %1&apos; erwartet eine Aufgaben-ID.</translation>
    </message>
    <message>
        <source>&apos;export %1&apos; needs --out FILE.</source>
        <translation>&apos;export %1&apos; benötigt --out FILE.</translation>
    </message>
    <message>
        <source>&apos;export chart&apos; needs --chart (%1).</source>
        <translation>&apos;export chart&apos; benötigt --chart (%1).</translation>
    </message>
    <message>
        <source>Drawing charts needs the graphical application object (main() makes it for &apos;export&apos;).</source>
        <translation>Zum Zeichnen von Diagrammen wird das grafische Anwendungsobjekt benötigt (main() erstellt es für &apos;export&apos;).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 by @%2, %3 snapshot(s)
</source>
        <translation>%1 von @%2, %3 Momentaufnahme(n)
</translation>
    </message>
    <message>
        <source>  views %1  likes %2  comments %3  saves %4  shares %5
</source>
        <translation>  Aufrufe %1  Likes %2  Kommentare %3  gespeichert %4  geteilt %5
</translation>
    </message>
    <message>
        <source>  total engagement          %1
</source>
        <translation>  Interaktion gesamt              %1
</translation>
    </message>
    <message>
        <source>  engagement rate           %1 (followers %2)
</source>
        <translation>  Interaktionsrate                %1 (Follower %2)
</translation>
    </message>
    <message>
        <source>  engagement rate by views  %1
</source>
        <translation>  Interaktionsrate nach Aufrufen  %1
</translation>
    </message>
    <message>
        <source>  breakdown                 views %1, likes %2, comments %3, saves %4, shares %5
</source>
        <translation>  Aufschlüsselung                 Aufrufe %1, Likes %2, Kommentare %3, gespeichert %4, geteilt %5
</translation>
    </message>
    <message>
        <source>  velocity (last window)    %1 views/h, %2 engagement/h
</source>
        <translation>  Tempo (letztes Fenster)         %1 Aufrufe/h, %2 Interaktion/h
</translation>
    </message>
    <message>
        <source>  velocity (last 24 h)      %1 views/h, %2 engagement/h
</source>
        <translation>  Tempo (letzte 24 h)             %1 Aufrufe/h, %2 Interaktion/h
</translation>
    </message>
    <message>
        <source>  trend score               %1× the account&apos;s usual at this age%2
</source>
        <translation>  Trendwert                       %1× des Kontoüblichen in diesem Alter%2
</translation>
    </message>
    <message>
        <source> (viral)</source>
        <translation> (viral)</translation>
    </message>
    <message>
        <source> (trending)</source>
        <translation> (im Trend)</translation>
    </message>
    <message>
        <source>  trend score               none: %1
</source>
        <translation>  Trendwert                       keiner: %1
</translation>
    </message>
    <message>
        <source>@%1: %2 followers
</source>
        <translation>@%1: %2 Follower
</translation>
    </message>
    <message>
        <source>  %1 days: %2 followers (%3), %4 per day
</source>
        <translation>  %1 Tage: %2 Follower (%3), %4 pro Tag
</translation>
    </message>
    <message>
        <source>  %1 post(s) %2, %3 per week
</source>
        <translation>  %1 Beitrag/Beiträge %2, %3 pro Woche
</translation>
    </message>
    <message>
        <source>  engagement rate: median %1, mean %2
</source>
        <translation>  Interaktionsrate: Median %1, Mittelwert %2
</translation>
    </message>
    <message>
        <source>  best:  %1  %2
</source>
        <translation>  bester:        %1  %2
</translation>
    </message>
    <message>
        <source>  worst: %1  %2
</source>
        <translation>  schlechtester: %1  %2
</translation>
    </message>
    <message>
        <source>Unknown command &apos;stats %1&apos; (see &apos;stats --help&apos;).</source>
        <translation>Unbekannter Befehl &apos;stats %1&apos; (siehe &apos;stats --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;stats profile&apos; takes one profile task id.</source>
        <translation>&apos;stats profile&apos; erwartet eine Profil-Aufgaben-ID.</translation>
    </message>
    <message>
        <source>&apos;stats %1&apos; takes one URL, shortcode or id.</source>
        <translation>&apos;stats %1&apos; erwartet eine URL, einen Kurzcode oder eine ID.</translation>
    </message>
    <message>
        <source>Task %1 is not a profile task: use &apos;stats reel&apos; or &apos;stats video&apos; with its shortcode.</source>
        <translation>Aufgabe %1 ist keine Profil-Aufgabe: Verwenden Sie &apos;stats reel&apos; oder &apos;stats video&apos; mit ihrem Kurzcode.</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli media-host password --password-file FILE | test

Local files are uploaded to your media host before publishing (Instagram fetches media by public URL). WebDAV: set media_host.put_url, media_host.public_url and media_host.user with &apos;config set&apos;. S3: set media_host.kind s3, media_host.s3_endpoint, media_host.s3_bucket, media_host.s3_region and media_host.user (the access key). The password or secret key goes to the keychain:
  password --password-file FILE   store the host&apos;s password (S3: secret key) in the keychain
  test                            upload a small file, read it back publicly, delete it
</source>
        <translation>Aufruf: reelpulse-cli media-host password --password-file FILE | test

Lokale Dateien werden vor dem Veröffentlichen auf Ihren Medien-Host hochgeladen (Instagram holt Medien über eine öffentliche URL). WebDAV: Legen Sie media_host.put_url, media_host.public_url und media_host.user mit &apos;config set&apos; fest. S3: Legen Sie media_host.kind s3, media_host.s3_endpoint, media_host.s3_bucket, media_host.s3_region und media_host.user (den Zugriffsschlüssel) fest. Das Passwort oder der geheime Schlüssel kommt in den Schlüsselbund:
  password --password-file FILE   das Passwort des Hosts (S3: geheimer Schlüssel) im Schlüsselbund speichern
  test                            eine kleine Datei hochladen, öffentlich zurücklesen und wieder löschen
</translation>
    </message>
    <message>
        <source>The media host&apos;s password (S3: secret key) is in the keychain.</source>
        <translation>Das Passwort des Medien-Hosts (S3: geheimer Schlüssel) ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>search accounts, creators, posts and comments of everything tracked</source>
        <translation>Konten, Creators, Beiträge und Kommentare alles Verfolgten durchsuchen</translation>
    </message>
    <message>
        <source>group accounts of both platforms into creators; roll-ups and leaderboard</source>
        <translation>Konten beider Plattformen zu Creatorn gruppieren; Summen und Rangliste</translation>
    </message>
    <message>
        <source>daily series of an account, creator or video (views, likes, followers…)</source>
        <translation>Tagesreihen eines Kontos, Creators oder Videos (Aufrufe, Likes, Follower…)</translation>
    </message>
    <message>
        <source>headline figures of a period against the period before</source>
        <translation>Kennzahlen eines Zeitraums gegenüber dem Zeitraum davor</translation>
    </message>
    <message>
        <source>--period is 7d, 30d or 90d, not &quot;%1&quot;.</source>
        <translation>--period ist 7d, 30d oder 90d, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 erwartet ein Datum als JJJJ-MM-TT, nicht &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Accounts</name>
    <message>
        <source>Usage: reelpulse-cli accounts &lt;command&gt; [--json]

Instagram professional accounts to publish to (Instagram API with Instagram Login). Tokens are kept in the
operating system&apos;s keychain only.

Commands:
  add --token-file FILE   connect the account of a long-lived token generated in Meta&apos;s App Dashboard
                          (the file holds the token, or the JSON answer with access_token and expires_in)
  list                    connected accounts
  show &lt;user&gt;             one account
  remove &lt;user&gt;           disconnect: delete the token from the keychain, the account and its posts
  refresh                 refresh the tokens that expire within 15 days (the app does it by itself)
  connect [--no-browser] [--timeout SECONDS]
                          sign in with your browser (Business Login for Instagram); the answer comes back
                          to 127.0.0.1. Needs publish.app_id and the app secret (or publish.token_broker_url)
  app-secret --secret-file FILE   keep your Meta app&apos;s secret in the keychain
</source>
        <translation>Aufruf: reelpulse-cli accounts &lt;command&gt; [--json]

Professionelle Instagram-Konten, auf denen veröffentlicht wird (Instagram API with Instagram Login). Tokens
liegen nur im Schlüsselbund des Betriebssystems.

Befehle:
  add --token-file FILE   das Konto eines langlebigen Tokens verbinden, das im App Dashboard von Meta erzeugt
                          wurde (die Datei enthält das Token oder die JSON-Antwort mit access_token und expires_in)
  list                    verbundene Konten
  show &lt;user&gt;             ein Konto
  remove &lt;user&gt;           trennen: das Token aus dem Schlüsselbund, das Konto und seine Beiträge löschen
  refresh                 die Tokens erneuern, die innerhalb von 15 Tagen ablaufen (die App tut das von selbst)
  connect [--no-browser] [--timeout SECONDS]
                          mit Ihrem Browser anmelden (Business Login for Instagram); die Antwort kommt an
                          127.0.0.1 zurück. Braucht publish.app_id und das App-Geheimnis (oder publish.token_broker_url)
  app-secret --secret-file FILE   das Geheimnis Ihrer Meta-App im Schlüsselbund aufbewahren
</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Analytics</name>
    <message>
        <source>Usage: reelpulse-cli analytics daily &lt;profile-task-id|creator|video-id&gt; [--metric M] [--from YYYY-MM-DD]
                                     [--to YYYY-MM-DD] [--json]

A daily series of an account (profile task), a creator (id or name) or a video (video or reel task id,
shortcode, URL or platform id): each day&apos;s value and its change from the day before.

  --metric   views, likes, comments, shares, engagement or followers (accounts and creators only);
             default views
  --from     first day (default: 29 days before --to)
  --to       last day (default: today, UTC)

A day&apos;s value is the latest snapshot taken at or before its end (UTC), carried forward over days without
one, summed over the posts and videos (or the accounts) it covers; days before any snapshot are null.
--json: { &quot;data&quot;: [ {date, value, delta} ], &quot;meta&quot;: { subject, metric, from, to, ... } }.
</source>
        <translation>Aufruf: reelpulse-cli analytics daily &lt;profile-task-id|creator|video-id&gt; [--metric M] [--from YYYY-MM-DD]
                                      [--to YYYY-MM-DD] [--json]

Eine Tagesreihe eines Kontos (Profil-Aufgabe), eines Creators (ID oder Name) oder eines Videos (ID der Video-
oder Reel-Aufgabe, Shortcode, URL oder Plattform-ID): der Wert jedes Tages und seine Änderung zum Vortag.

  --metric   views, likes, comments, shares, engagement oder followers (nur Konten und Creator);
             Standard: views
  --from     erster Tag (Standard: 29 Tage vor --to)
  --to       letzter Tag (Standard: heute, UTC)

Der Wert eines Tages ist der letzte Snapshot bis zu seinem Ende (UTC), über Tage ohne Snapshot
fortgeschrieben und über die Beiträge und Videos (oder die Konten) summiert; Tage vor jedem Snapshot sind null.
--json: { &quot;data&quot;: [ {date, value, delta} ], &quot;meta&quot;: { subject, metric, from, to, ... } }.
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Unknown command &apos;analytics %1&apos; (see &apos;analytics --help&apos;).</source>
        <translation>Unbekannter Befehl &apos;analytics %1&apos; (siehe &apos;analytics --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;analytics daily&apos; takes one profile task id, creator or video id.</source>
        <translation>&apos;analytics daily&apos; erwartet eine ID einer Profil-Aufgabe, einen Creator oder eine Video-ID.</translation>
    </message>
    <message>
        <source>--metric is views, likes, comments, shares, engagement or followers, not &quot;%1&quot;.</source>
        <translation>--metric ist views, likes, comments, shares, engagement oder followers, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3), %4 to %5</source>
        <translation>%1 von %2 (%3), %4 bis %5</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Config</name>
    <message>
        <source>Usage: reelpulse-cli config list [--json]
       reelpulse-cli config get &lt;key&gt; [--json]
       reelpulse-cli config set &lt;key&gt; &lt;value&gt; [--json]
       reelpulse-cli config reset &lt;key&gt; [--json]

Show and change the settings of the data folder (&lt;data-dir&gt;/settings.ini). The app and reelpulse-cli
read the same values: a change made here applies to the app&apos;s next scrape too.
Some keys can be overridden by an environment variable, which then wins (shown as &apos;environment&apos;).
</source>
        <translation>Aufruf: reelpulse-cli config list [--json]
       reelpulse-cli config get &lt;key&gt; [--json]
       reelpulse-cli config set &lt;key&gt; &lt;value&gt; [--json]
       reelpulse-cli config reset &lt;key&gt; [--json]

Die Einstellungen des Datenordners (&lt;data-dir&gt;/settings.ini) anzeigen und ändern. Die App und
reelpulse-cli lesen dieselben Werte: Eine Änderung hier gilt auch für den nächsten Abruf der App.
Manche Schlüssel lassen sich durch eine Umgebungsvariable überschreiben, die dann Vorrang hat
(angezeigt als &apos;environment&apos;).
</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot; (&apos;reelpulse-cli config list&apos; shows them all).</source>
        <translation>Es gibt keine Einstellung „%1“ („reelpulse-cli config list“ zeigt alle).</translation>
    </message>
    <message>
        <source>Unknown config command &apos;%1&apos;: use list, get, set or reset (see &apos;config --help&apos;).</source>
        <translation>Unbekannter config-Befehl „%1“: Verwenden Sie list, get, set oder reset (siehe „config --help“).</translation>
    </message>
    <message>
        <source>&apos;config list&apos; takes no arguments.</source>
        <translation>„config list“ erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>&apos;config set&apos; takes a key and a value.</source>
        <translation>„config set“ erwartet einen Schlüssel und einen Wert.</translation>
    </message>
    <message>
        <source>&apos;config %1&apos; takes one key.</source>
        <translation>„config %1“ erwartet einen Schlüssel.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>Note: %1 is set in the environment and wins over the file while it is set.</source>
        <translation>Hinweis: %1 ist in der Umgebung gesetzt und hat Vorrang vor der Datei, solange es gesetzt ist.</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Creators</name>
    <message>
        <source>Usage: reelpulse-cli creators &lt;command&gt; [options] [--json]

A creator groups tracked accounts (Instagram and TikTok profile tasks) for roll-up analytics.
A creator is named by its id or its name (any case).

Commands:
  add &lt;name&gt;                        create a creator (names are unique, any case)
  rename &lt;creator&gt; &lt;name&gt;           give a creator another name
  link &lt;creator&gt; &lt;profile-task-id&gt;  add a tracked account to a creator
  unlink &lt;creator&gt; &lt;profile-task-id&gt;
                                    take an account out of a creator (it stays tracked)
  list [--limit N] [--cursor C]     creators with their accounts, by name (N: 1-200, default 50)
  show &lt;creator&gt; [--period 7d|30d|90d | --from YYYY-MM-DD --to YYYY-MM-DD]
                                    accounts, total followers over time, daily engagement and top videos
                                    (default: the last 30 days)
  remove &lt;creator&gt;                  delete a creator; its accounts stay tracked
  leaderboard [--by growth|engagement] [--period 7d|30d|90d]
                                    creators ranked by followers or engagement gained (default: growth, 30d)

Roll-ups: a creator&apos;s followers on a day are the sum, over its accounts, of each account&apos;s latest snapshot
taken at or before the end of that day (UTC); an account not scraped yet by then adds nothing. Engagement
(likes + comments + saves + shares) sums the accounts&apos; posts and videos the same way.
</source>
        <translation>Aufruf: reelpulse-cli creators &lt;command&gt; [options] [--json]

Ein Creator gruppiert verfolgte Konten (Instagram- und TikTok-Profil-Aufgaben) für zusammengefasste Auswertungen.
Ein Creator wird mit seiner ID oder seinem Namen angegeben (Groß-/Kleinschreibung egal).

Befehle:
  add &lt;name&gt;                        einen Creator anlegen (Namen sind eindeutig, ohne Groß-/Kleinschreibung)
  rename &lt;creator&gt; &lt;name&gt;           einem Creator einen anderen Namen geben
  link &lt;creator&gt; &lt;profile-task-id&gt;  ein verfolgtes Konto mit einem Creator verknüpfen
  unlink &lt;creator&gt; &lt;profile-task-id&gt;
                                    ein Konto von einem Creator lösen (es bleibt verfolgt)
  list [--limit N] [--cursor C]     Creator mit ihren Konten, nach Namen (N: 1-200, Standard 50)
  show &lt;creator&gt; [--period 7d|30d|90d | --from YYYY-MM-DD --to YYYY-MM-DD]
                                    Konten, Follower insgesamt im Zeitverlauf, tägliche Interaktion und
                                    Top-Videos (Standard: die letzten 30 Tage)
  remove &lt;creator&gt;                  einen Creator löschen; seine Konten bleiben verfolgt
  leaderboard [--by growth|engagement] [--period 7d|30d|90d]
                                    Creator nach gewonnenen Followern oder gewonnener Interaktion
                                    (Standard: growth, 30d)

Summen: Die Follower eines Creators an einem Tag sind die Summe über seine Konten aus dem jeweils letzten
Snapshot bis zum Ende dieses Tages (UTC); ein bis dahin nicht abgerufenes Konto zählt nicht. Die Interaktion
(Likes + Kommentare + Speicherungen + Teilungen) summiert die Beiträge und Videos der Konten auf dieselbe Weise.
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2), %3 account(s)</source>
        <translation>%1 (%2), %3 Konto/Konten</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>FOLLOWERS</source>
        <translation>FOLLOWER</translation>
    </message>
    <message>
        <source>LINKED</source>
        <translation>VERKNÜPFT</translation>
    </message>
    <message>
        <source>Give either --period or --from/--to, not both.</source>
        <translation>Geben Sie entweder --period oder --from/--to an, nicht beides.</translation>
    </message>
    <message>
        <source>--from (%1) comes after --to (%2).</source>
        <translation>--from (%1) liegt nach --to (%2).</translation>
    </message>
    <message>
        <source>No creators yet. Create one with: reelpulse-cli creators add &lt;name&gt;</source>
        <translation>Noch keine Creator. Legen Sie einen an mit: reelpulse-cli creators add &lt;name&gt;</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>CREATOR</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation>KONTEN</translation>
    </message>
    <message>
        <source>More: --cursor %1</source>
        <translation>Weiter: --cursor %1</translation>
    </message>
    <message>
        <source>Total followers %1</source>
        <translation>Follower insgesamt %1</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>ENGAGEMENT</source>
        <translation>INTERAKTION</translation>
    </message>
    <message>
        <source>Top videos and posts</source>
        <translation>Top-Videos und -Beiträge</translation>
    </message>
    <message>
        <source>VIDEO</source>
        <translation>VIDEO</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>AUFRUFE</translation>
    </message>
    <message>
        <source>--by is growth or engagement, not &quot;%1&quot;.</source>
        <translation>--by ist growth oder engagement, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>RANK</source>
        <translation>RANG</translation>
    </message>
    <message>
        <source>GROWTH</source>
        <translation>WACHSTUM</translation>
    </message>
    <message>
        <source>GROWTH %</source>
        <translation>WACHSTUM %</translation>
    </message>
    <message>
        <source>Unknown command &apos;creators %1&apos; (see &apos;creators --help&apos;).</source>
        <translation>Unbekannter Befehl &apos;creators %1&apos; (siehe &apos;creators --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;creators add&apos; takes one name (quote a name with spaces).</source>
        <translation>&apos;creators add&apos; erwartet einen Namen (setzen Sie einen Namen mit Leerzeichen in Anführungszeichen).</translation>
    </message>
    <message>
        <source>&apos;creators rename&apos; takes a creator and its new name.</source>
        <translation>&apos;creators rename&apos; erwartet einen Creator und seinen neuen Namen.</translation>
    </message>
    <message>
        <source>&apos;creators link&apos; takes a creator and a profile task id.</source>
        <translation>&apos;creators link&apos; erwartet einen Creator und eine ID einer Profil-Aufgabe.</translation>
    </message>
    <message>
        <source>&apos;creators unlink&apos; takes a creator and a profile task id.</source>
        <translation>&apos;creators unlink&apos; erwartet einen Creator und eine ID einer Profil-Aufgabe.</translation>
    </message>
    <message>
        <source>&apos;creators list&apos; takes no arguments.</source>
        <translation>&apos;creators list&apos; erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>&apos;creators show&apos; takes one creator.</source>
        <translation>&apos;creators show&apos; erwartet einen Creator.</translation>
    </message>
    <message>
        <source>&apos;creators remove&apos; takes one creator.</source>
        <translation>&apos;creators remove&apos; erwartet einen Creator.</translation>
    </message>
    <message>
        <source>&apos;creators leaderboard&apos; takes no arguments.</source>
        <translation>&apos;creators leaderboard&apos; erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Created creator &quot;%1&quot; (%2).</source>
        <translation>Creator &quot;%1&quot; angelegt (%2).</translation>
    </message>
    <message>
        <source>Renamed the creator to &quot;%1&quot;.</source>
        <translation>Creator in &quot;%1&quot; umbenannt.</translation>
    </message>
    <message>
        <source>Removed creator &quot;%1&quot;; its %2 account(s) stay tracked.</source>
        <translation>Creator &quot;%1&quot; entfernt; seine %2 Konto/Konten bleiben verfolgt.</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Download</name>
    <message>
        <source>Usage: reelpulse-cli download &lt;what&gt; &lt;target&gt; [options] [--json]

Download media straight to your disk, in the best quality unless told otherwise.

  post &lt;url|shortcode&gt;        an Instagram post (image, video or carousel)
  reel &lt;url|shortcode&gt;        an Instagram reel
  carousel &lt;url|shortcode&gt;    a carousel (every item)
  video &lt;tiktok-url|id&gt;       a TikTok video (without watermark where offered)
  story &lt;username&gt;            a user&apos;s current stories (needs a signed-in Instagram session)
  batch &lt;file&gt;                one URL per line, or a CSV with url,type columns (at most 500)
  profile &lt;task-id&gt;           every stored post of a tracked profile (--limit N: the newest N)

Options:
  --quality Q        best (default), high, medium, low; for videos 1080p, 720p, 480p, 360p (the tallest
                     not above, else the smallest)
  --type T           media (default), video_only, image_only, audio_only
  --audio-format F   best (AAC as it is), mp3, m4a, aac (audio_only; needs ffmpeg)
  --zip              pack the items and metadata.json into {owner}_{shortcode}.zip
  --no-metadata      no {owner}_{shortcode}.json sidecar
  --out DIR          write under DIR (default: setting downloads.folder, else ~/Downloads/ReelPulse)
  --force            download again what was downloaded before
  --detach           queue the job and return (the app runs it; &apos;downloads resume&apos; runs it here)
  --stop-on-error    batch, profile: stop at the first failure (default: go on)

Media URLs are fetched as they are; REELPULSE_MEDIA_URL (setting media.url) replaces their scheme, host
and port. Exit codes: 0 done or already downloaded, 2 invalid input, 3 not found or private, 1 other.
</source>
        <translation>Aufruf: reelpulse-cli download &lt;what&gt; &lt;target&gt; [options] [--json]

Medien direkt auf die Festplatte herunterladen, in bester Qualität, sofern nicht anders angegeben.

  post &lt;url|shortcode&gt;        ein Instagram-Beitrag (Bild, Video oder Karussell)
  reel &lt;url|shortcode&gt;        ein Instagram-Reel
  carousel &lt;url|shortcode&gt;    ein Karussell (jedes Element)
  video &lt;tiktok-url|id&gt;       ein TikTok-Video (ohne Wasserzeichen, wo angeboten)
  story &lt;username&gt;            die aktuellen Stories eines Benutzers (braucht eine angemeldete Instagram-Sitzung)
  batch &lt;file&gt;                eine URL pro Zeile oder eine CSV-Datei mit den Spalten url,type (höchstens 500)
  profile &lt;task-id&gt;           jeder gespeicherte Beitrag eines verfolgten Profils (--limit N: die neuesten N)

Optionen:
  --quality Q        best (Standard), high, medium, low; für Videos 1080p, 720p, 480p, 360p (die höchste,
                     die nicht darüber liegt, sonst die kleinste)
  --type T           media (Standard), video_only, image_only, audio_only
  --audio-format F   best (AAC unverändert), mp3, m4a, aac (audio_only; braucht ffmpeg)
  --zip              die Elemente und metadata.json in {owner}_{shortcode}.zip packen
  --no-metadata      keine Begleitdatei {owner}_{shortcode}.json
  --out DIR          unter DIR schreiben (Standard: Einstellung downloads.folder, sonst ~/Downloads/ReelPulse)
  --force            erneut herunterladen, was schon heruntergeladen wurde
  --detach           den Auftrag einreihen und zurückkehren (die App führt ihn aus; &apos;downloads resume&apos; hier)
  --stop-on-error    batch, profile: beim ersten Fehler anhalten (Standard: weitermachen)

Medien-URLs werden unverändert geholt; REELPULSE_MEDIA_URL (Einstellung media.url) ersetzt ihr Schema, ihren
Host und ihren Port. Exit-Codes: 0 erledigt oder bereits heruntergeladen, 2 ungültige Eingabe, 3 nicht gefunden oder privat, 1 anderes.
</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli downloads &lt;command&gt; [&lt;job&gt;] [--json]

  list               the download list
  status &lt;job&gt;       one job (the hosted status shape with --json)
  pause &lt;job&gt;        stop a job; its partial files stay for a resume
  resume &lt;job&gt;       continue a paused or unfinished job here (--detach: queue it)
  cancel &lt;job&gt;       give a job up
  retry &lt;job&gt;        run a failed job again
  formats            the qualities and formats (--json: available_formats)
</source>
        <translation>Aufruf: reelpulse-cli downloads &lt;command&gt; [&lt;job&gt;] [--json]

  list               die Download-Liste
  status &lt;job&gt;       ein Auftrag (mit --json in der Statusform der gehosteten API)
  pause &lt;job&gt;        einen Auftrag anhalten; seine Teildateien bleiben für ein Fortsetzen erhalten
  resume &lt;job&gt;       einen pausierten oder unfertigen Auftrag hier fortsetzen (--detach: einreihen)
  cancel &lt;job&gt;       einen Auftrag aufgeben
  retry &lt;job&gt;        einen fehlgeschlagenen Auftrag erneut ausführen
  formats            die Qualitäten und Formate (--json: available_formats)
</translation>
    </message>
    <message>
        <source>@%1 has no active stories right now.</source>
        <translation>@%1 hat gerade keine aktiven Stories.</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Endpoints</name>
    <message>
        <source>built-in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>%1: endpoint profile version %2 (%3)
</source>
        <translation>%1: Endpunktprofil Version %2 (%3)
</translation>
    </message>
    <message>
        <source>  base URL: %1
</source>
        <translation>  Basis-URL: %1
</translation>
    </message>
    <message>
        <source>  the copy in the data folder is not used: %1
</source>
        <translation>  die Kopie im Datenordner wird nicht verwendet: %1
</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli endpoints [--json]
       reelpulse-cli endpoints update [--from URL|FILE] [--platform instagram|tiktok] [--json]

Without a subcommand: show the endpoint profile each platform client uses: its version, whether it is
the built-in one or a copy in the data folder (&lt;data-dir&gt;/endpoints/&lt;platform&gt;.json, which overrides
the built-in one when it is valid and not older), whether that copy is signed, the base URL, and the
strategies tried in order for each operation.

update: fetch newer endpoint profiles and install them into the data folder, only when their Ed25519
signature (&lt;profile&gt;.json.sig beside the file) verifies against a key built into ReelPulse.
  --from URL|FILE     a profile file (….json) or a folder holding &lt;platform&gt;.json and its .sig, on an
                      http(s) server or on this computer; default: the endpoints.update_url setting
  --platform NAME     only this platform (a single file must then be for it)
An unsigned, altered, older or foreign profile is refused with the reason and nothing is written
(exit code 2; 1 when it cannot be fetched). A profile with the version in use is &apos;already up to date&apos;.
</source>
        <translation>Aufruf: reelpulse-cli endpoints [--json]
       reelpulse-cli endpoints update [--from URL|FILE] [--platform instagram|tiktok] [--json]

Ohne Unterbefehl: das Endpunktprofil anzeigen, das jeder Plattform-Client verwendet: seine Version,
ob es das integrierte oder eine Kopie im Datenordner ist (&lt;data-dir&gt;/endpoints/&lt;platform&gt;.json; sie
ersetzt das integrierte, wenn sie gültig und nicht älter ist), ob diese Kopie signiert ist, die
Basis-URL und die Strategien, die für jede Operation der Reihe nach versucht werden.

update: neuere Endpunktprofile holen und im Datenordner installieren, nur wenn ihre Ed25519-Signatur
(&lt;profile&gt;.json.sig neben der Datei) mit einem in ReelPulse eingebauten Schlüssel übereinstimmt.
  --from URL|FILE     eine Profildatei (….json) oder ein Ordner mit &lt;platform&gt;.json und seiner .sig,
                      auf einem http(s)-Server oder auf diesem Rechner; Standard: die Einstellung
                      endpoints.update_url
  --platform NAME     nur diese Plattform (eine einzelne Datei muss dann für sie sein)
Ein unsigniertes, verändertes, älteres oder fremdes Profil wird mit Begründung abgelehnt und nichts
wird geschrieben (Exit-Code 2; 1, wenn es nicht geholt werden kann). Ein Profil mit der verwendeten
Version ist &apos;already up to date&apos;.
</translation>
    </message>
    <message>
        <source>unsigned local copy</source>
        <translation>unsignierte lokale Kopie</translation>
    </message>
    <message>
        <source>signed by key %1</source>
        <translation>signiert mit Schlüssel %1</translation>
    </message>
    <message>
        <source>--platform must be instagram or tiktok, not &quot;%1&quot;.</source>
        <translation>--platform muss instagram oder tiktok sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--from needs a URL or a file.</source>
        <translation>--from braucht eine URL oder eine Datei.</translation>
    </message>
    <message>
        <source>%1: already up to date (endpoint profile version %2)
</source>
        <translation>%1: bereits aktuell (Endpunktprofil Version %2)
</translation>
    </message>
    <message>
        <source>%1: installed endpoint profile version %2 (was %3), signed by key %4
</source>
        <translation>%1: Endpunktprofil Version %2 installiert (vorher %3), signiert mit Schlüssel %4
</translation>
    </message>
    <message>
        <source>  from %1
  to %2
</source>
        <translation>  von %1
  nach %2
</translation>
    </message>
    <message>
        <source>Unknown &apos;endpoints&apos; subcommand &apos;%1&apos; (see &apos;endpoints --help&apos;).</source>
        <translation>Unbekannter Unterbefehl „%1“ für „endpoints“ (siehe „endpoints --help“).</translation>
    </message>
    <message>
        <source>--from and --platform belong to &apos;endpoints update&apos;.</source>
        <translation>--from und --platform gehören zu „endpoints update“.</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Export</name>
    <message>
        <source>Usage: reelpulse-cli export &lt;command&gt; [options]

Charts and client reports drawn from the stored history, without a display (the same drawing as the app).

Commands:
  chart &lt;task-id&gt; --chart followers|engagement|velocity|sentiment|heatmap|views|posts|languages|trend|
        words|emoji|hashtags [--format png|svg|pdf|csv] [--from DATE] [--to DATE] --out FILE
                      one chart with its title, date range and legend: PNG at 2x device pixels, SVG,
                      vector PDF, or its data as CSV (RFC 4180, UTF-8, ISO-8601 UTC times). The format
                      defaults to the file&apos;s suffix; the range to every stored date.
  report &lt;task-id&gt; [--from DATE] [--to DATE] [--page a4|letter] [--logo IMAGE] --out FILE.pdf
                      the client report: cover and key figures, the dashboard&apos;s charts, top posts and
                      comment sentiment (default range: the last 30 days)

Dates are YYYY-MM-DD (UTC); --from starts at 00:00, --to ends at 24:00.
</source>
        <translation>Aufruf: reelpulse-cli export &lt;command&gt; [options]

Diagramme und Kundenberichte aus dem gespeicherten Verlauf, ohne Bildschirm (dieselbe Darstellung wie in der App).

Befehle:
  chart &lt;task-id&gt; --chart followers|engagement|velocity|sentiment|heatmap|views|posts|languages|trend|
        words|emoji|hashtags [--format png|svg|pdf|csv] [--from DATE] [--to DATE] --out FILE
                      ein Diagramm mit Titel, Zeitraum und Legende: PNG mit 2x Gerätepixeln, SVG,
                      Vektor-PDF oder seine Daten als CSV (RFC 4180, UTF-8, ISO-8601-Zeiten in UTC). Das Format
                      richtet sich standardmäßig nach der Dateiendung, der Zeitraum umfasst alle gespeicherten Daten.
  report &lt;task-id&gt; [--from DATE] [--to DATE] [--page a4|letter] [--logo IMAGE] --out FILE.pdf
                      der Kundenbericht: Deckblatt und Kennzahlen, die Diagramme des Dashboards,
                      Top-Beiträge und Kommentar-Stimmung (Standardzeitraum: die letzten 30 Tage)

Daten im Format YYYY-MM-DD (UTC); --from beginnt um 00:00, --to endet um 24:00.
</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Governor</name>
    <message>
        <source>Usage: reelpulse-cli governor status [--json]
       reelpulse-cli governor resume [instagram|tiktok] [--json]

The rate governor paces every request to Instagram and TikTok and stops when a platform pushes
back. Its request log and pauses live in the data folder: the app and every reelpulse-cli using
the folder share them.

  status    each identity (a platform host, read anonymously or with a session): its state, until
            when, why, the soft-block backoff level, and the requests in the current windows of
            each budget
  resume    lift the checkpoint, login-wall, soft-block and rate-limit pauses of the platform&apos;s
            identities (of all, without a platform), e.g. after completing Instagram&apos;s security
            check in the browser. A used-up request budget is not lifted.
</source>
        <translation>Aufruf: reelpulse-cli governor status [--json]
       reelpulse-cli governor resume [instagram|tiktok] [--json]

Die Anfragesteuerung dosiert jede Anfrage an Instagram und TikTok und hält an, wenn eine Plattform
sich wehrt. Ihr Anfrageprotokoll und ihre Pausen liegen im Datenordner: Die App und jedes
reelpulse-cli mit diesem Ordner teilen sie.

  status    jede Identität (ein Plattform-Host, anonym oder mit Sitzung gelesen): ihr Zustand, bis
            wann, warum, die Rückzugsstufe nach vorübergehenden Sperren und die Anfragen in den
            aktuellen Zeitfenstern jedes Kontingents
  resume    die Pausen wegen Sicherheitsprüfung, Anmeldesperre, vorübergehender Sperre und
            Anfragelimit der Identitäten der Plattform aufheben (ohne Plattform: aller), z. B.
            nachdem Sie die Sicherheitsprüfung von Instagram im Browser abgeschlossen haben.
            Ein aufgebrauchtes Anfragekontingent wird nicht aufgehoben.
</translation>
    </message>
    <message>
        <source>unknown platform</source>
        <translation>unbekannte Plattform</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1* (group) %2/%3 in %4 min</source>
        <translation>%1* (Gruppe) %2/%3 in %4 Min.</translation>
    </message>
    <message>
        <source>%1 %2/%3 in %4 min</source>
        <translation>%1 %2/%3 in %4 Min.</translation>
    </message>
    <message>
        <source>, next at %1</source>
        <translation>, nächste um %1</translation>
    </message>
    <message>
        <source>No request in the current windows and nothing paused.</source>
        <translation>Keine Anfrage in den aktuellen Zeitfenstern und nichts pausiert.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>  state:    %1</source>
        <translation>  Zustand:  %1</translation>
    </message>
    <message>
        <source>  until:    %1</source>
        <translation>  bis:      %1</translation>
    </message>
    <message>
        <source>  why:      %1</source>
        <translation>  Grund:    %1</translation>
    </message>
    <message>
        <source>  backoff:  level %1</source>
        <translation>  Rückzug:  Stufe %1</translation>
    </message>
    <message>
        <source>  requests: %1</source>
        <translation>  Anfragen: %1</translation>
    </message>
    <message>
        <source>Nothing of %1 was paused.</source>
        <translation>Von %1 war nichts pausiert.</translation>
    </message>
    <message>
        <source>Nothing was paused.</source>
        <translation>Nichts war pausiert.</translation>
    </message>
    <message>
        <source>Resumed %1 (%2), which was %3.</source>
        <translation>%1 (%2) fortgesetzt, Zustand war: %3.</translation>
    </message>
    <message>
        <source>&apos;governor status&apos; takes no arguments.</source>
        <translation>„governor status“ erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>&apos;governor resume&apos; takes at most one platform.</source>
        <translation>„governor resume“ erwartet höchstens eine Plattform.</translation>
    </message>
    <message>
        <source>Unknown governor command &apos;%1&apos;: use status or resume (see &apos;governor --help&apos;).</source>
        <translation>Unbekannter governor-Befehl „%1“: Verwenden Sie status oder resume (siehe „governor --help“).</translation>
    </message>
    <message>
        <source>Unknown platform &apos;%1&apos;: use instagram or tiktok.</source>
        <translation>Unbekannte Plattform „%1“: Verwenden Sie instagram oder tiktok.</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Info</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>  by:           @%1
</source>
        <translation>  Von:          @%1
</translation>
    </message>
    <message>
        <source>  type:         %1%2
</source>
        <translation>  Typ:          %1%2
</translation>
    </message>
    <message>
        <source> (%1 items)</source>
        <translation> (%1 Elemente)</translation>
    </message>
    <message>
        <source>  posted:       %1
</source>
        <translation>  Gepostet:     %1
</translation>
    </message>
    <message>
        <source>  likes:        %1
</source>
        <translation>  Likes:        %1
</translation>
    </message>
    <message>
        <source>  comments:     %1
</source>
        <translation>  Kommentare:   %1
</translation>
    </message>
    <message>
        <source>  views:        %1 (plays %2)
</source>
        <translation>  Aufrufe:      %1 (Wiedergaben %2)
</translation>
    </message>
    <message>
        <source>  shares:       %1 (saves %2)
</source>
        <translation>  Geteilt:      %1 (gespeichert %2)
</translation>
    </message>
    <message>
        <source>  duration:     %1 s
</source>
        <translation>  Dauer:        %1 s
</translation>
    </message>
    <message>
        <source>  hashtags:     %1
</source>
        <translation>  Hashtags:     %1
</translation>
    </message>
    <message>
        <source>  caption:      %1
</source>
        <translation>  Beschreibung: %1
</translation>
    </message>
    <message>
        <source>Reading %1 failed [%2]: %3</source>
        <translation>Lesen von %1 fehlgeschlagen [%2]: %3</translation>
    </message>
    <message>
        <source>Unknown command &apos;info %1&apos; (see &apos;info --help&apos;).</source>
        <translation>Unbekannter Befehl &apos;info %1&apos; (siehe &apos;info --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;info %1&apos; takes one target (see &apos;info --help&apos;).</source>
        <translation>&apos;info %1&apos; erwartet ein Ziel (siehe &apos;info --help&apos;).</translation>
    </message>
    <message>
        <source>Reading Instagram and TikTok is not available in this setup.</source>
        <translation>Das Lesen von Instagram und TikTok ist in dieser Konfiguration nicht verfügbar.</translation>
    </message>
    <message>
        <source>@%1%2
</source>
        <translation>@%1%2
</translation>
    </message>
    <message>
        <source>  followers:    %1
</source>
        <translation>  Follower:     %1
</translation>
    </message>
    <message>
        <source>  following:    %1
</source>
        <translation>  Folgt:        %1
</translation>
    </message>
    <message>
        <source>  posts:        %1
</source>
        <translation>  Beiträge:     %1
</translation>
    </message>
    <message>
        <source>  private:      yes
</source>
        <translation>  Privat:       ja
</translation>
    </message>
    <message>
        <source>  bio:          %1
</source>
        <translation>  Bio:          %1
</translation>
    </message>
    <message>
        <source> likes</source>
        <translation> Likes</translation>
    </message>
    <message>
        <source>TikTok video %1</source>
        <translation>TikTok-Video %1</translation>
    </message>
    <message>
        <source>Reel %1</source>
        <translation>Reel %1</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>Beitrag %1</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli info &lt;what&gt; &lt;target&gt; [--json]

Show what Instagram or TikTok answers now, without storing anything.

  profile &lt;name|@name|url&gt;        an Instagram profile and its latest posts
  post &lt;url|shortcode&gt;            an Instagram post (image, video or carousel)
  reel &lt;url|shortcode&gt;            an Instagram reel
  video &lt;tiktok-url|id&gt;           a TikTok video
  story &lt;username&gt;                a user&apos;s current stories (needs a signed-in session)

profile options: --posts N (the latest N posts, in the profile_posts shape), --reels (the
latest reels, in the profile_reels shape)

Instagram and TikTok are reached at REELPULSE_INSTAGRAM_URL / REELPULSE_TIKTOK_URL when set.
</source>
        <translation>Aufruf: reelpulse-cli info &lt;what&gt; &lt;target&gt; [--json]

Zeigt, was Instagram oder TikTok jetzt antwortet, ohne etwas zu speichern.

  profile &lt;name|@name|url&gt;        ein Instagram-Profil und seine neuesten Beiträge
  post &lt;url|shortcode&gt;            ein Instagram-Beitrag (Bild, Video oder Karussell)
  reel &lt;url|shortcode&gt;            ein Instagram-Reel
  video &lt;tiktok-url|id&gt;           ein TikTok-Video
  story &lt;username&gt;                die aktuellen Stories eines Benutzers (braucht eine angemeldete Sitzung)

Optionen für profile: --posts N (die neuesten N Beiträge, in der Form profile_posts), --reels (die
neuesten Reels, in der Form profile_reels)

Instagram und TikTok werden unter REELPULSE_INSTAGRAM_URL / REELPULSE_TIKTOK_URL erreicht, wenn diese gesetzt sind.
</translation>
    </message>
    <message>
        <source>Stories of @%1 can only be read with a signed-in Instagram session.</source>
        <translation>Stories von @%1 lassen sich nur mit einer angemeldeten Instagram-Sitzung lesen.</translation>
    </message>
    <message>
        <source>Sign in from the app (Settings › Instagram account), then try again.</source>
        <translation>Melden Sie sich in der App an (Einstellungen › Instagram-Konto) und versuchen Sie es dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>@%1: %n active stories</source>
        <translation>
            <numerusform>@%1: %n aktive Story</numerusform>
            <numerusform>@%1: %n aktive Stories</numerusform>
        </translation>
    </message>
    <message>
        <source>--posts takes a number from 1 to 50.</source>
        <translation>--posts erwartet eine Zahl von 1 bis 50.</translation>
    </message>
    <message>
        <source>--posts and --reels go with &apos;info profile&apos;.</source>
        <translation>--posts und --reels gehören zu &apos;info profile&apos;.</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Overview</name>
    <message>
        <source>Usage: reelpulse-cli overview [--period 7d|30d|90d] [--json]

Headline figures of everything tracked over the period (default 7d) against the period of the same
length before it:
  tracked_accounts, creators, videos, followers   counts at each period&apos;s end
  views, engagement                               gained during each period (snapshots carried forward)
  comments_analysed                               comments given a sentiment label, by comment day
change_percent is null when the previous value is 0 or unknown.
</source>
        <translation>Aufruf: reelpulse-cli overview [--period 7d|30d|90d] [--json]

Kennzahlen aller verfolgten Daten im Zeitraum (Standard 7d) gegenüber dem gleich langen Zeitraum
davor:
  tracked_accounts, creators, videos, followers   Anzahlen am Ende jedes Zeitraums
  views, engagement                               in jedem Zeitraum gewonnen (Snapshots fortgeschrieben)
  comments_analysed                               Kommentare mit Stimmungs-Label, nach Kommentartag
change_percent ist null, wenn der vorherige Wert 0 oder unbekannt ist.
</translation>
    </message>
    <message>
        <source>Tracked accounts</source>
        <translation>Verfolgte Konten</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Videos and posts</source>
        <translation>Videos und Beiträge</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Views gained</source>
        <translation>Gewonnene Aufrufe</translation>
    </message>
    <message>
        <source>Engagement gained</source>
        <translation>Gewonnene Interaktion</translation>
    </message>
    <message>
        <source>Comments analysed</source>
        <translation>Analysierte Kommentare</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&apos;overview&apos; takes no arguments (see &apos;overview --help&apos;).</source>
        <translation>&apos;overview&apos; erwartet keine Argumente (siehe &apos;overview --help&apos;).</translation>
    </message>
    <message>
        <source>The last %1 days against the %1 days before</source>
        <translation>Die letzten %1 Tage gegenüber den %1 Tagen davor</translation>
    </message>
    <message>
        <source>FIGURE</source>
        <translation>KENNZAHL</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>JETZT</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>DAVOR</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>CHANGE %</source>
        <translation>ÄNDERUNG %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Profiles</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Task %1
</source>
        <translation>Aufgabe %1
</translation>
    </message>
    <message>
        <source>  profile:      @%1 (%2)
</source>
        <translation>  Profil:       @%1 (%2)
</translation>
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
        <source>  status:       %1
</source>
        <translation>  Status:       %1
</translation>
    </message>
    <message>
        <source>  interval:     every %1 day(s)
</source>
        <translation>  Intervall:    alle %1 Tag(e)
</translation>
    </message>
    <message>
        <source>  created:      %1
</source>
        <translation>  Angelegt:     %1
</translation>
    </message>
    <message>
        <source>  last scraped: %1
</source>
        <translation>  Abgerufen:    %1
</translation>
    </message>
    <message>
        <source>  next due:     %1
</source>
        <translation>  Fällig:       %1
</translation>
    </message>
    <message>
        <source>  last error:   %1 (%2)
</source>
        <translation>  Fehler:       %1 (%2)
</translation>
    </message>
    <message>
        <source>&apos;profiles %1&apos; takes %2 (see &apos;profiles --help&apos;).</source>
        <translation>&apos;profiles %1&apos; erwartet %2 (siehe &apos;profiles --help&apos;).</translation>
    </message>
    <message>
        <source>Unknown command &apos;profiles %1&apos; (see &apos;profiles --help&apos;).</source>
        <translation>Unbekannter Befehl &apos;profiles %1&apos; (siehe &apos;profiles --help&apos;).</translation>
    </message>
    <message>
        <source>Choose either --competitor or --own.</source>
        <translation>Wählen Sie entweder --competitor oder --own.</translation>
    </message>
    <message>
        <source>Now tracking @%1 (task %2).</source>
        <translation>@%1 wird jetzt verfolgt (Aufgabe %2).</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>No profiles are tracked yet. Add one with: reelpulse-cli profiles add &lt;name&gt;</source>
        <translation>Noch keine Profile verfolgt. Fügen Sie eines hinzu mit: reelpulse-cli profiles add &lt;name&gt;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>EVERY</source>
        <translation>ALLE</translation>
    </message>
    <message>
        <source>LAST SCRAPED</source>
        <translation>ABGERUFEN</translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>Choose either --pause or --resume.</source>
        <translation>Wählen Sie entweder --pause oder --resume.</translation>
    </message>
    <message>
        <source>Updated @%1 (task %2).</source>
        <translation>@%1 aktualisiert (Aufgabe %2).</translation>
    </message>
    <message>
        <source>Stopped tracking @%1 (task %2 removed).</source>
        <translation>@%1 wird nicht mehr verfolgt (Aufgabe %2 entfernt).</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli profiles &lt;command&gt; [options] [--json]

Track Instagram and TikTok accounts (your own or competitors&apos;).

Commands:
  add &lt;name|@name|url&gt; [--competitor] [--interval-days N]   start tracking a profile (default every 2 days)
      [--platform instagram|tiktok]                        of a name or @name (a URL names its platform)
      [--auto-track off|new|latest] [--auto-track-latest N]  track its new posts/videos, or its latest N, as
                                                           video tasks of their own
  list                                                     list profile tasks
  show &lt;id&gt;                                                one task (an id prefix of 4+ characters works)
  update &lt;id&gt; [--competitor|--own] [--interval-days N] [--pause|--resume]
      [--auto-track off|new|latest] [--auto-track-latest N]
  remove &lt;id&gt;                                              stop tracking and delete the task&apos;s data
</source>
        <translation>Aufruf: reelpulse-cli profiles &lt;command&gt; [options] [--json]

Instagram- und TikTok-Konten verfolgen (eigene oder die von Mitbewerbern).

Befehle:
  add &lt;name|@name|url&gt; [--competitor] [--interval-days N]   ein Profil verfolgen (Standard: alle 2 Tage)
      [--platform instagram|tiktok]                        eines Namens oder @Namens (eine URL nennt ihre Plattform)
      [--auto-track off|new|latest] [--auto-track-latest N]  seine neuen Beiträge/Videos oder seine neuesten N
                                                           als eigene Video-Aufgaben verfolgen
  list                                                     Profil-Aufgaben auflisten
  show &lt;id&gt;                                                eine Aufgabe (ein ID-Präfix ab 4 Zeichen genügt)
  update &lt;id&gt; [--competitor|--own] [--interval-days N] [--pause|--resume]
      [--auto-track off|new|latest] [--auto-track-latest N]
  remove &lt;id&gt;                                              Verfolgung beenden und die Daten der Aufgabe löschen
</translation>
    </message>
    <message>
        <source>  platform:     %1
</source>
        <translation>  Plattform:    %1
</translation>
    </message>
    <message>
        <source>  auto-track:   %1
</source>
        <translation>  Auto-Verfolgung: %1
</translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;: use instagram or tiktok.</source>
        <translation>Unbekannte Plattform „%1“: Verwenden Sie instagram oder tiktok.</translation>
    </message>
    <message>
        <source>Unknown --auto-track &quot;%1&quot;: use off, new or latest.</source>
        <translation>Unbekanntes --auto-track „%1“: Verwenden Sie off, new oder latest.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>
add and update also take --auto-download on|off: download every new post a scrape finds (default off).
</source>
        <translation>
add und update nehmen auch --auto-download on|off: jeden neuen Beitrag herunterladen, den ein Abruf findet (Standard: off).
</translation>
    </message>
    <message>
        <source>  download new posts: %1
</source>
        <translation>  neue Beiträge laden: %1
</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Projects</name>
    <message>
        <source>Usage: reelpulse-cli projects &lt;command&gt; [--json]

Projects group reel tasks.

Commands:
  add &lt;name&gt;      create a project
  list            list projects with their number of reel tasks
  remove &lt;name&gt;   delete a project and all its reel tasks
</source>
        <translation>Aufruf: reelpulse-cli projects &lt;command&gt; [--json]

Projekte gruppieren Reel-Aufgaben.

Befehle:
  add &lt;name&gt;      ein Projekt anlegen
  list            Projekte mit der Anzahl ihrer Reel-Aufgaben auflisten
  remove &lt;name&gt;   ein Projekt und alle seine Reel-Aufgaben löschen
</translation>
    </message>
    <message>
        <source>Unknown command &apos;projects %1&apos; (see &apos;projects --help&apos;).</source>
        <translation>Unbekannter Befehl &apos;projects %1&apos; (siehe &apos;projects --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;projects %1&apos; takes one project name.</source>
        <translation>&apos;projects %1&apos; erwartet einen Projektnamen.</translation>
    </message>
    <message>
        <source>&apos;projects list&apos; takes no arguments.</source>
        <translation>&apos;projects list&apos; nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>No projects yet. Create one with: reelpulse-cli projects add &lt;name&gt;</source>
        <translation>Noch keine Projekte. Legen Sie eines an mit: reelpulse-cli projects add &lt;name&gt;</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <source>REELS</source>
        <translation>REELS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <source>Created project &quot;%1&quot;.</source>
        <translation>Projekt „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Removed project &quot;%1&quot; and its %2 reel task(s).</source>
        <translation>Projekt „%1“ und seine %2 Reel-Aufgabe(n) entfernt.</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Publish</name>
    <message>
        <source>Usage: reelpulse-cli publish &lt;type&gt; [--account USER] &lt;media&gt;... [options] [--json]
       reelpulse-cli publish --due [--late-ok] [--json]

Publish to a connected Instagram professional account, now or at --at. A post is published at most once:
after a lost answer or a crash, the next run asks Instagram before it sends anything again.

Types and their media (public URLs Instagram fetches):
  image      --image-url URL or --image FILE [--alt-text TEXT]
  carousel   2 to 10 of --image-url URL / --video-url URL / --image FILE / --video FILE, in order
  reel       --video-url URL or --video FILE [--cover-url URL] [--no-share-to-feed] [--thumb-offset MS]
  story      --image-url URL, --video-url URL, --image FILE or --video FILE
  (a FILE is first uploaded to your media host: see &apos;reelpulse-cli media-host --help&apos;; an image FILE is
  made a JPEG of at most 8 MiB, and a feed image outside 4:5 … 1.91:1 is refused unless --fit crop|pad)
  schedule &lt;type&gt; ... --at TIME   the same, scheduled

Options:
  --account USER         the account (may be left out when only one is connected)
  --caption TEXT         at most 2,200 characters, 30 hashtags, 20 mentions
  --first-comment TEXT   a comment posted right after publishing
  --collaborator USER    up to 3 collaborators (repeat the option)
  --fit crop|pad         a local feed image of another shape: cut to fit, or padded with white
  --at TIME              ISO-8601 (2026-05-01T09:30, local time unless it ends in Z or an offset):
                         schedule instead of publishing now; &apos;publish --due&apos; or the app publishes it
  --due                  publish every post whose time has come (for cron), and finish those a stopped
                         run left; a post more than an hour late is skipped unless --late-ok
</source>
        <translation>Aufruf: reelpulse-cli publish &lt;type&gt; [--account USER] &lt;media&gt;... [options] [--json]
        reelpulse-cli publish --due [--late-ok] [--json]

Auf einem verbundenen professionellen Instagram-Konto veröffentlichen, jetzt oder zu --at. Ein Beitrag wird
höchstens einmal veröffentlicht: Nach verlorener Antwort oder Absturz fragt der nächste Lauf erst Instagram, bevor er etwas erneut sendet.

Typen und ihre Medien (öffentliche URLs, die Instagram holt):
  image      --image-url URL oder --image FILE [--alt-text TEXT]
  carousel   2 bis 10 aus --image-url URL / --video-url URL / --image FILE / --video FILE, in Reihenfolge
  reel       --video-url URL oder --video FILE [--cover-url URL] [--no-share-to-feed] [--thumb-offset MS]
  story      --image-url URL, --video-url URL, --image FILE oder --video FILE
  (eine Datei FILE wird zuerst auf Ihren Medien-Host hochgeladen: siehe &apos;reelpulse-cli media-host --help&apos;; ein
  Bild FILE wird zu einem JPEG von höchstens 8 MiB, und ein Feed-Bild außerhalb von 4:5 … 1,91:1 wird ohne
  --fit crop|pad abgelehnt)
  schedule &lt;type&gt; ... --at TIME   dasselbe, geplant

Optionen:
  --account USER         das Konto (kann entfallen, wenn nur eines verbunden ist)
  --caption TEXT         höchstens 2.200 Zeichen, 30 Hashtags, 20 Erwähnungen
  --first-comment TEXT   ein Kommentar, der direkt nach dem Veröffentlichen gepostet wird
  --collaborator USER    bis zu 3 Mitwirkende (die Option wiederholen)
  --fit crop|pad         ein lokales Feed-Bild anderen Formats: passend zuschneiden oder weiß auffüllen
  --at TIME              ISO-8601 (2026-05-01T09:30, Ortszeit, außer es endet auf Z oder einem Offset):
                         planen statt jetzt veröffentlichen; &apos;publish --due&apos; oder die App veröffentlicht ihn
  --due                  jeden Beitrag veröffentlichen, dessen Zeit gekommen ist (für cron), und abschließen,
                         was ein angehaltener Lauf offen ließ; über eine Stunde verspätete Beiträge werden ohne --late-ok übersprungen
</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Reels</name>
    <message>
        <source>Usage: reelpulse-cli reels &lt;command&gt; [options] [--json]

Track individual Instagram reels and posts inside projects.

Commands:
  add &lt;project&gt; &lt;url|shortcode&gt; [--interval-days N]   track a reel (/reel/, /reels/, /p/, /tv/ URLs; default every 2 days)
  list [&lt;project&gt;]                                   reel tasks of a project (all projects when omitted)
  show &lt;id&gt;                                          one reel task (an id prefix of 4+ characters works)
  update &lt;id&gt; [--interval-days N] [--pause|--resume]
  remove &lt;id&gt;                                        stop tracking a reel
</source>
        <translation>Aufruf: reelpulse-cli reels &lt;command&gt; [options] [--json]

Einzelne Instagram-Reels und -Beiträge in Projekten verfolgen.

Befehle:
  add &lt;project&gt; &lt;url|shortcode&gt; [--interval-days N]   ein Reel verfolgen (URLs mit /reel/, /reels/, /p/, /tv/; Standard: alle 2 Tage)
  list [&lt;project&gt;]                                   Reel-Aufgaben eines Projekts (ohne Angabe: alle Projekte)
  show &lt;id&gt;                                          eine Reel-Aufgabe (ein ID-Präfix ab 4 Zeichen genügt)
  update &lt;id&gt; [--interval-days N] [--pause|--resume]
  remove &lt;id&gt;                                        ein Reel nicht mehr verfolgen
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Reel task %1
</source>
        <translation>Reel-Aufgabe %1
</translation>
    </message>
    <message>
        <source>  project:      %1
</source>
        <translation>  Projekt:      %1
</translation>
    </message>
    <message>
        <source>  url:          %1
</source>
        <translation>  URL:          %1
</translation>
    </message>
    <message>
        <source>  shortcode:    %1
</source>
        <translation>  Kurzcode:     %1
</translation>
    </message>
    <message>
        <source>  media id:     %1
</source>
        <translation>  Medien-ID:    %1
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>  status:       %1
</source>
        <translation>  Status:       %1
</translation>
    </message>
    <message>
        <source>  interval:     every %1 day(s)
</source>
        <translation>  Intervall:    alle %1 Tag(e)
</translation>
    </message>
    <message>
        <source>  last scraped: %1
</source>
        <translation>  Abgerufen:    %1
</translation>
    </message>
    <message>
        <source>  next due:     %1
</source>
        <translation>  Fällig:       %1
</translation>
    </message>
    <message>
        <source>  last error:   %1 (%2)
</source>
        <translation>  Fehler:       %1 (%2)
</translation>
    </message>
    <message>
        <source>Unknown command &apos;reels %1&apos; (see &apos;reels --help&apos;).</source>
        <translation>Unbekannter Befehl &apos;reels %1&apos; (siehe &apos;reels --help&apos;).</translation>
    </message>
    <message>
        <source>a project name and a reel URL or shortcode</source>
        <translation>einen Projektnamen und eine Reel-URL oder einen Kurzcode</translation>
    </message>
    <message>
        <source>at most a project name</source>
        <translation>höchstens einen Projektnamen</translation>
    </message>
    <message>
        <source>one reel task id</source>
        <translation>eine Reel-Aufgaben-ID</translation>
    </message>
    <message>
        <source>&apos;reels %1&apos; takes %2.</source>
        <translation>&apos;reels %1&apos; erwartet %2.</translation>
    </message>
    <message>
        <source>Now tracking reel %1 in &quot;%2&quot; (task %3).</source>
        <translation>Reel %1 wird jetzt in „%2“ verfolgt (Aufgabe %3).</translation>
    </message>
    <message>
        <source>No reel tasks yet. Add one with: reelpulse-cli reels add &lt;project&gt; &lt;url&gt;</source>
        <translation>Noch keine Reel-Aufgaben. Fügen Sie eine hinzu mit: reelpulse-cli reels add &lt;project&gt; &lt;url&gt;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <source>SHORTCODE</source>
        <translation>KURZCODE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>EVERY</source>
        <translation>ALLE</translation>
    </message>
    <message>
        <source>LAST SCRAPED</source>
        <translation>ABGERUFEN</translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>Choose either --pause or --resume.</source>
        <translation>Wählen Sie entweder --pause oder --resume.</translation>
    </message>
    <message>
        <source>Updated reel %1 in &quot;%2&quot; (task %3).</source>
        <translation>Reel %1 in „%2“ aktualisiert (Aufgabe %3).</translation>
    </message>
    <message>
        <source>Stopped tracking reel %1 in &quot;%2&quot; (task %3 removed).</source>
        <translation>Reel %1 in „%2“ wird nicht mehr verfolgt (Aufgabe %3 entfernt).</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Scrape</name>
    <message>
        <source>Usage: reelpulse-cli scrape &lt;task-id&gt; [options] [--json]
       reelpulse-cli scrape --due [options] [--json]

Read tracked content from Instagram and TikTok now and store it (metrics, comments, snapshots).

  &lt;task-id&gt;              scrape one profile, reel or video task now, due or not (an id prefix of 4+
                         characters works)
  --due                  scrape every task that is due, once, then exit (for cron or a systemd timer);
                         exit code 1 when any task failed

Options:
  --posts N              latest posts read per profile (default 12)
  --commented-posts N    newest posts of a profile whose comments are read (default 5)
  --comments N           comments read per post (default 200)

Instagram and TikTok are reached at REELPULSE_INSTAGRAM_URL / REELPULSE_TIKTOK_URL when set.
</source>
        <translation>Aufruf: reelpulse-cli scrape &lt;task-id&gt; [options] [--json]
        reelpulse-cli scrape --due [options] [--json]

Verfolgte Inhalte jetzt von Instagram und TikTok lesen und speichern (Kennzahlen, Kommentare, Momentaufnahmen).

  &lt;task-id&gt;              eine Profil-, Reel- oder Video-Aufgabe jetzt abrufen, ob fällig oder nicht (ein ID-Präfix
                         ab 4 Zeichen genügt)
  --due                  jede fällige Aufgabe einmal abrufen, dann beenden (für cron oder einen systemd-Timer);
                         Exit-Code 1, wenn eine Aufgabe fehlgeschlagen ist

Optionen:
  --posts N              neueste Beiträge, die pro Profil gelesen werden (Standard 12)
  --commented-posts N    neueste Beiträge eines Profils, deren Kommentare gelesen werden (Standard 5)
  --comments N           Kommentare, die pro Beitrag gelesen werden (Standard 200)

Instagram und TikTok werden unter REELPULSE_INSTAGRAM_URL / REELPULSE_TIKTOK_URL erreicht, wenn diese gesetzt sind.
</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Scraped %1 (%2 task %3): %4 post(s) processed, %5 comment(s) stored (%6 new), %7 request(s).</source>
        <translation>%1 abgerufen (%2-Aufgabe %3): %4 Beitrag/Beiträge verarbeitet, %5 Kommentar(e) gespeichert (%6 neu), %7 Anfrage(n).</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
    <message>
        <source>Scraping %1 (%2 task %3) failed [%4]: %5</source>
        <translation>Abruf von %1 (%2-Aufgabe %3) fehlgeschlagen [%4]: %5</translation>
    </message>
    <message>
        <source>--%1 must be between 0 and %2.</source>
        <translation>--%1 muss zwischen 0 und %2 liegen.</translation>
    </message>
    <message>
        <source>Skipped %1 task %2: %3</source>
        <translation>%1-Aufgabe %2 übersprungen: %3</translation>
    </message>
    <message>
        <source>Due tasks scraped successfully</source>
        <translation>Fällige Aufgaben erfolgreich abgerufen</translation>
    </message>
    <message>
        <source>%1 of %2 due task(s) failed</source>
        <translation>%1 von %2 fälligen Aufgabe(n) fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nichts ist fällig.</translation>
    </message>
    <message>
        <source>&apos;scrape&apos; takes one task id, or --due (see &apos;scrape --help&apos;).</source>
        <translation>&apos;scrape&apos; erwartet eine Aufgaben-ID oder --due (siehe &apos;scrape --help&apos;).</translation>
    </message>
    <message>
        <source>Task scraping completed successfully</source>
        <translation>Aufgabe erfolgreich abgerufen</translation>
    </message>
    <message>
        <source>Error scraping %1: %2</source>
        <translation>Fehler beim Abrufen von %1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>  metrics:      %1 likes, %2 comments, %3 views, %4 plays (%5)
</source>
        <translation>  Kennzahlen:   %1 Likes, %2 Kommentare, %3 Aufrufe, %4 Wiedergaben (%5)
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>  stored:       %1 comment(s)
</source>
        <translation>  Gespeichert:  %1 Kommentar(e)
</translation>
    </message>
    <message>
        <source>  followers:    %1 (following %2, %3 posts)
</source>
        <translation>  Follower:     %1 (folgt %2, %3 Beiträge)
</translation>
    </message>
    <message>
        <source>  stored:       %1 post(s), %2 comment(s)
</source>
        <translation>  Gespeichert:  %1 Beitrag/Beiträge, %2 Kommentar(e)
</translation>
    </message>
    <message>
        <source>Skipped %1 (%2 task %3): %4</source>
        <translation>%1 übersprungen (%2-Aufgabe %3): %4</translation>
    </message>
    <message>
        <source>%1: its other due tasks stay due for the next pass; the other platform goes on.</source>
        <translation>%1: Die anderen fälligen Aufgaben bleiben für den nächsten Durchlauf fällig; die andere Plattform läuft weiter.</translation>
    </message>
    <message>
        <source>  likes:        %1
</source>
        <translation>  Likes:        %1
</translation>
    </message>
    <message>
        <source>  tracking:     %1 of its video(s) as video tasks
</source>
        <translation>  verfolgt:     %1 seiner Videos als Video-Aufgaben
</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Search</name>
    <message>
        <source>Usage: reelpulse-cli search &lt;query&gt; [--in accounts|creators|posts|comments] [--limit N] [--cursor C]
                            [--syntax] [--json]

Search everything tracked: account names and bios, creator names, captions and hashtags of posts and
videos, comments. Results come grouped (accounts, creators, posts, comments) with the match marked;
comments name their post and task.

Options:
  --in KIND      only accounts, creators, posts (or videos) or comments
  --limit N      results per page, 1-200 (default 20)
  --cursor C     the next page: the next_cursor the page before gave, with the same query and options
  --syntax       read the query as search syntax: AND, OR, NOT, NEAR(a b, N), &quot;a phrase&quot;, prefix*,
                 column:word (columns: text, caption, hashtags, username, full_name, biography, name)

Without --syntax the query is taken as written: every word must occur, in any order; case and accents do
not matter; quotes, *, -, :, ^, parentheses, AND, OR, NOT and NEAR are just text. A query starting with
-- goes after &apos;--&apos; (search -- --flag).
</source>
        <translation>Aufruf: reelpulse-cli search &lt;query&gt; [--in accounts|creators|posts|comments] [--limit N] [--cursor C]
                            [--syntax] [--json]

Durchsucht alles Verfolgte: Kontonamen und Bios, Namen von Creators, Bildunterschriften und Hashtags von
Beiträgen und Videos, Kommentare. Die Treffer kommen gruppiert (Konten, Creators, Beiträge, Kommentare), die
Fundstelle markiert; Kommentare nennen ihren Beitrag und ihre Aufgabe.

Optionen:
  --in ART       nur accounts, creators, posts (oder videos) oder comments
  --limit N      Treffer pro Seite, 1-200 (Standard 20)
  --cursor C     die nächste Seite: der next_cursor der Seite davor, mit derselben Suche und denselben Optionen
  --syntax       die Suche als Suchsyntax lesen: AND, OR, NOT, NEAR(a b, N), &quot;eine Phrase&quot;, Präfix*,
                 spalte:wort (Spalten: text, caption, hashtags, username, full_name, biography, name)

Ohne --syntax wird die Suche so genommen, wie sie geschrieben ist: jedes Wort muss vorkommen, in beliebiger
Reihenfolge; Groß- und Kleinschreibung und Akzente zählen nicht; Anführungszeichen, *, -, :, ^, Klammern, AND,
OR, NOT und NEAR sind nur Text. Eine Suche, die mit -- beginnt, kommt hinter &apos;--&apos; (search -- --flag).
</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creators</translation>
    </message>
    <message>
        <source>Posts and videos</source>
        <translation>Beiträge und Videos</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>accounts: %1</source>
        <translation>Konten: %1</translation>
    </message>
    <message>
        <source>tasks: %1</source>
        <translation>Aufgaben: %1</translation>
    </message>
    <message>
        <source>on %1 · tasks: %2</source>
        <translation>zu %1 · Aufgaben: %2</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>More results: --cursor %1</source>
        <translation>Weitere Treffer: --cursor %1</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs something to search for (see &apos;search --help&apos;).</source>
        <translation>&apos;search&apos; braucht einen Suchbegriff (siehe &apos;search --help&apos;).</translation>
    </message>
    <message>
        <source>--in takes accounts, creators, posts or comments, not &apos;%1&apos;.</source>
        <translation>--in nimmt accounts, creators, posts oder comments, nicht &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Sentiment</name>
    <message>
        <source>Unknown mode &quot;%1&quot;: use social or reference.</source>
        <translation>Unbekannter Modus „%1“: Verwenden Sie social oder reference.</translation>
    </message>
    <message>
        <source>  no word or emoji carries sentiment
</source>
        <translation>  kein Wort und kein Emoji trägt eine Stimmung
</translation>
    </message>
    <message>
        <source>(! and ? emphasis, added away from zero)</source>
        <translation>(Betonung durch ! und ?, vom Nullpunkt weg addiert)</translation>
    </message>
    <message>
        <source>no comments yet</source>
        <translation>noch keine Kommentare</translation>
    </message>
    <message>
        <source>Use --by day or --by week.</source>
        <translation>Verwenden Sie --by day oder --by week.</translation>
    </message>
    <message>
        <source>Sentiment of %1 task %2
</source>
        <translation>Stimmung der Aufgabe %2 (%1)
</translation>
    </message>
    <message>
        <source>  No comments yet.
</source>
        <translation>  Noch keine Kommentare.
</translation>
    </message>
    <message>
        <source>  overall: %1 of %2 comments</source>
        <translation>  Gesamt: %1 (%2 Kommentare)</translation>
    </message>
    <message>
        <source> (average compound %1)</source>
        <translation> (durchschnittlicher Gesamtwert %1)</translation>
    </message>
    <message>
        <source>  %1 comment(s) not scored yet: run &apos;reelpulse-cli sentiment rescore&apos;.
</source>
        <translation>  %1 Kommentar(e) noch nicht bewertet: Führen Sie &apos;reelpulse-cli sentiment rescore&apos; aus.
</translation>
    </message>
    <message>
        <source>POST</source>
        <translation>BEITRAG</translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation>KOMMENTARE</translation>
    </message>
    <message>
        <source>POS %</source>
        <translation>POS %</translation>
    </message>
    <message>
        <source>NEG %</source>
        <translation>NEG %</translation>
    </message>
    <message>
        <source>NEU %</source>
        <translation>NEU %</translation>
    </message>
    <message>
        <source>OVERALL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>DAY (UTC)</source>
        <translation>TAG (UTC)</translation>
    </message>
    <message>
        <source>WEEK FROM (UTC)</source>
        <translation>WOCHE AB (UTC)</translation>
    </message>
    <message>
        <source><byte value="xd"/>Scoring comments: %1 / %2</source>
        <translation><byte value="xd"/>Kommentare werden bewertet: %1 / %2</translation>
    </message>
    <message>
        <source>Scored %1 comment(s) with %2 in %3 s; %4 manual label(s) kept.
</source>
        <translation>%1 Kommentar(e) mit %2 in %3 s bewertet; %4 manuelle Einstufung(en) beibehalten.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comment id (a number).</source>
        <translation>„%1“ ist keine Kommentar-ID (eine Zahl).</translation>
    </message>
    <message>
        <source>Use positive, negative, neutral or auto.</source>
        <translation>Verwenden Sie positive, negative, neutral oder auto.</translation>
    </message>
    <message>
        <source>Comment %1 is now labelled %2 (manual; re-scoring keeps it).
</source>
        <translation>Kommentar %1 ist jetzt als %2 eingestuft (manuell; die Neubewertung behält das bei).
</translation>
    </message>
    <message>
        <source>Comment %1 goes back to the engine&apos;s label at the next &apos;sentiment rescore&apos;.
</source>
        <translation>Kommentar %1 erhält beim nächsten &apos;sentiment rescore&apos; wieder die Einstufung der Engine.
</translation>
    </message>
    <message>
        <source>Unknown command &apos;sentiment %1&apos; (see &apos;sentiment --help&apos;).</source>
        <translation>Unbekannter Befehl &apos;sentiment %1&apos; (siehe &apos;sentiment --help&apos;).</translation>
    </message>
    <message>
        <source>one text (quote it)</source>
        <translation>einen Text (in Anführungszeichen)</translation>
    </message>
    <message>
        <source>one file path (or - for standard input)</source>
        <translation>einen Dateipfad (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>one task id</source>
        <translation>eine Aufgaben-ID</translation>
    </message>
    <message>
        <source>a comment id and a label</source>
        <translation>eine Kommentar-ID und eine Einstufung</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>&apos;sentiment %1&apos; takes %2.</source>
        <translation>&apos;sentiment %1&apos; erwartet %2.</translation>
    </message>
    <message>
        <source>&apos;sentiment file&apos; takes one file path (or - for standard input).</source>
        <translation>&apos;sentiment file&apos; erwartet einen Dateipfad (oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>--tsv-column counts from 1.</source>
        <translation>--tsv-column zählt ab 1.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli sentiment &lt;command&gt; [options] [--json]

Offline comment sentiment (VADER; see docs/sentiment.md).

Commands:
  text &quot;&lt;text&gt;&quot; [--mode reference|social] [--lang auto|en|es|pt|de|fr|it] [--hint CODE] [--explain]
                      score one text; --explain names its language and lists the words and emoji that
                      moved it
  file &lt;path|-&gt; [--mode reference|social] [--lang auto|en|es|pt|de|fr|it] [--hint CODE]
       [--tsv-column N] [--header]
                      score one text per line (or column N of a TSV, 1-based; --header skips the first
                      line) and stream &apos;line neg neu pos compound label&apos; (social mode: and &apos;language&apos;)
                      as TSV to stdout
  summary &lt;task-id&gt; [--by day|week] [--by-language]
                      sentiment of a task&apos;s comments, per post, per day or ISO week (UTC), and per
                      language
  rescore [--mode reference|social] [--all]
                      score every comment not scored by this engine and mode (--all: every one);
                      manual labels are kept
  label &lt;comment-id&gt; &lt;positive|negative|neutral|auto&gt;
                      set a comment&apos;s label by hand (&apos;auto&apos; gives it back to the engine)

Modes: social (default: emoji-aware, for comments) or reference (vaderSentiment 3.3.x exactly).
Languages (social mode): --lang auto (default) detects each text&apos;s language; en, es, pt, de, fr or it reads
every text in that one. --hint CODE gives the account&apos;s language a head start for short texts. Reference
mode reads every text as English.
</source>
        <translation>Aufruf: reelpulse-cli sentiment &lt;command&gt; [options] [--json]

Offline-Stimmung von Kommentaren (VADER; siehe docs/sentiment.md).

Befehle:
  text &quot;&lt;text&gt;&quot; [--mode reference|social] [--lang auto|en|es|pt|de|fr|it] [--hint CODE] [--explain]
                      einen Text bewerten; --explain nennt seine Sprache und listet die Wörter und
                      Emoji, die ihn bewegt haben
  file &lt;path|-&gt; [--mode reference|social] [--lang auto|en|es|pt|de|fr|it] [--hint CODE]
       [--tsv-column N] [--header]
                      einen Text je Zeile bewerten (oder Spalte N einer TSV, ab 1; --header überspringt
                      die erste Zeile) und &apos;line neg neu pos compound label&apos; (im Modus social: und
                      &apos;language&apos;) als TSV auf stdout ausgeben
  summary &lt;task-id&gt; [--by day|week] [--by-language]
                      Stimmung der Kommentare einer Aufgabe, je Beitrag, je Tag oder ISO-Woche (UTC)
                      und je Sprache
  rescore [--mode reference|social] [--all]
                      jeden Kommentar bewerten, der nicht von dieser Engine in diesem Modus bewertet
                      wurde (--all: alle); manuelle Bewertungen bleiben erhalten
  label &lt;comment-id&gt; &lt;positive|negative|neutral|auto&gt;
                      die Bewertung eines Kommentars von Hand setzen (&apos;auto&apos; gibt sie an die Engine
                      zurück)

Modi: social (Standard: versteht Emoji, für Kommentare) oder reference (genau wie vaderSentiment 3.3.x).
Sprachen (Modus social): --lang auto (Standard) erkennt die Sprache jedes Textes; en, es, pt, de, fr oder
it liest jeden Text in dieser Sprache. --hint CODE gibt der Sprache des Kontos bei kurzen Texten einen
Vorsprung. Der Modus reference liest jeden Text als Englisch.
</translation>
    </message>
    <message>
        <source>no word to tell it by: only emoji, emoticons and ! ? count</source>
        <translation>kein Wort, an dem sie zu erkennen ist: nur Emoji, Emoticons und ! ? zählen</translation>
    </message>
    <message>
        <source>from its words</source>
        <translation>aus seinen Wörtern</translation>
    </message>
    <message>
        <source>from its letters (language identifier)</source>
        <translation>aus seinen Buchstaben (Spracherkennung)</translation>
    </message>
    <message>
        <source>the account&apos;s language (--hint)</source>
        <translation>die Sprache des Kontos (--hint)</translation>
    </message>
    <message>
        <source>as asked (--lang)</source>
        <translation>wie verlangt (--lang)</translation>
    </message>
    <message>
        <source>; no lexicon for it: only emoji, emoticons and ! ? count</source>
        <translation>; kein Lexikon dafür: nur Emoji, Emoticons und ! ? zählen</translation>
    </message>
    <message>
        <source>; reference mode reads every text as English</source>
        <translation>; der Modus reference liest jeden Text als Englisch</translation>
    </message>
    <message>
        <source>  language: %1 (%2), %3
</source>
        <translation>  Sprache: %1 (%2), %3
</translation>
    </message>
    <message>
        <source>%1  compound %2  (neg %3, neu %4, pos %5)  [%6, %7]
</source>
        <translation>%1  compound %2  (neg %3, neu %4, pos %5)  [%6, %7]
</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>SHARE %</source>
        <translation>ANTEIL %</translation>
    </message>
    <message>
        <source>(not read yet)</source>
        <translation>(noch nicht gelesen)</translation>
    </message>
    <message>
        <source>no lexicon</source>
        <translation>kein Lexikon</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use %2.</source>
        <translation>Unbekannte Sprache „%1“: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, es, pt, de, fr or it.</source>
        <translation>Unbekannte Sprache „%1“: Verwenden Sie en, es, pt, de, fr oder it.</translation>
    </message>
    <message>
        <source>Reference mode reads every text as English, exactly as vaderSentiment does: --lang and --hint need --mode social.</source>
        <translation>Der Modus reference liest jeden Text als Englisch, genau wie vaderSentiment: --lang und --hint brauchen --mode social.</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Stats</name>
    <message>
        <source>Usage: reelpulse-cli stats &lt;command&gt; [options] [--json]

Metrics from the stored history of tracked items (formulas: docs/metrics.md).

Commands:
  post &lt;url|shortcode&gt;        engagement, engagement rate, breakdown, velocity, trending
                              (--json: post_statistics)
  reel &lt;url|shortcode|id&gt;     the same for a reel, with views and viral score (--json: reel_statistics)
  video &lt;url|id&gt;              the same for a tracked Instagram or TikTok video (--json: reel_statistics)
  profile &lt;task-id&gt; [--days N]
                              followers growth over 7/30/90 days, posts per week, median and mean
                              engagement rate, best and worst posts of the last N days (default 30)

Unknown counts stay null, never 0. Velocity needs two snapshots; trending needs 3 of the account&apos;s items
of the same kind seen at the same age.
</source>
        <translation>Aufruf: reelpulse-cli stats &lt;command&gt; [options] [--json]

Kennzahlen aus dem gespeicherten Verlauf verfolgter Elemente (Formeln: docs/metrics.md).

Befehle:
  post &lt;url|shortcode&gt;        Interaktion, Interaktionsrate, Aufschlüsselung, Tempo, Trend
                              (--json: post_statistics)
  reel &lt;url|shortcode|id&gt;     dasselbe für ein Reel, mit Aufrufen und Viral-Wert (--json: reel_statistics)
  video &lt;url|id&gt;              dasselbe für ein verfolgtes Instagram- oder TikTok-Video (--json: reel_statistics)
  profile &lt;task-id&gt; [--days N]
                              Follower-Wachstum über 7/30/90 Tage, Beiträge pro Woche, Median und Mittelwert der
                              Interaktionsrate, beste und schlechteste Beiträge der letzten N Tage (Standard: 30)

Unbekannte Zahlen bleiben null, nie 0. Das Tempo benötigt zwei Momentaufnahmen; für Trends müssen 3 Elemente
derselben Art des Kontos im gleichen Alter erfasst worden sein.
</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Videos</name>
    <message>
        <source>Usage: reelpulse-cli videos &lt;command&gt; [options] [--json]

Track individual Instagram posts and TikTok videos.

Commands:
  add &lt;instagram|tiktok&gt; &lt;url|id&gt; [--meta key=value]... [--interval-hours N] [--inactive]
                      track a post or video (refresh every 6-720 hours, default 24)
  list                list tracked videos
  show &lt;id&gt;           one video (an id prefix of 4+ characters works)
  update &lt;id&gt; [--interval-hours N] [--meta key=value]... [--clear-meta] [--active|--inactive]
  remove &lt;id&gt;         stop tracking a video

Metadata: up to 20 keys, each value at most 255 characters.
</source>
        <translation>Aufruf: reelpulse-cli videos &lt;command&gt; [options] [--json]

Einzelne Instagram-Beiträge und TikTok-Videos verfolgen.

Befehle:
  add &lt;instagram|tiktok&gt; &lt;url|id&gt; [--meta key=value]... [--interval-hours N] [--inactive]
                      einen Beitrag oder ein Video verfolgen (Aktualisierung alle 6-720 Stunden, Standard 24)
  list                verfolgte Videos auflisten
  show &lt;id&gt;           ein Video (ein ID-Präfix ab 4 Zeichen genügt)
  update &lt;id&gt; [--interval-hours N] [--meta key=value]... [--clear-meta] [--active|--inactive]
  remove &lt;id&gt;         ein Video nicht mehr verfolgen

Metadaten: bis zu 20 Schlüssel, jeder Wert höchstens 255 Zeichen.
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Video %1
</source>
        <translation>Video %1
</translation>
    </message>
    <message>
        <source>  platform:     %1
</source>
        <translation>  Plattform:    %1
</translation>
    </message>
    <message>
        <source>  external id:  %1
</source>
        <translation>  Externe ID:   %1
</translation>
    </message>
    <message>
        <source>  shortcode:    %1
</source>
        <translation>  Kurzcode:     %1
</translation>
    </message>
    <message>
        <source>  url:          %1
</source>
        <translation>  URL:          %1
</translation>
    </message>
    <message>
        <source>  active:       %1
</source>
        <translation>  Aktiv:        %1
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (paused)</source>
        <translation>nein (pausiert)</translation>
    </message>
    <message>
        <source>  interval:     every %1 hour(s)
</source>
        <translation>  Intervall:    alle %1 Stunde(n)
</translation>
    </message>
    <message>
        <source>  metadata:     %1
</source>
        <translation>  Metadaten:    %1
</translation>
    </message>
    <message>
        <source>  added:        %1
</source>
        <translation>  Hinzugefügt:  %1
</translation>
    </message>
    <message>
        <source>  last scraped: %1
</source>
        <translation>  Abgerufen:    %1
</translation>
    </message>
    <message>
        <source>  next due:     %1
</source>
        <translation>  Fällig:       %1
</translation>
    </message>
    <message>
        <source>  last error:   %1 (%2)
</source>
        <translation>  Fehler:       %1 (%2)
</translation>
    </message>
    <message>
        <source>Unknown command &apos;videos %1&apos; (see &apos;videos --help&apos;).</source>
        <translation>Unbekannter Befehl &apos;videos %1&apos; (siehe &apos;videos --help&apos;).</translation>
    </message>
    <message>
        <source>a platform (instagram or tiktok) and a URL or id</source>
        <translation>eine Plattform (instagram oder tiktok) und eine URL oder ID</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>one video id</source>
        <translation>eine Video-ID</translation>
    </message>
    <message>
        <source>&apos;videos %1&apos; takes %2.</source>
        <translation>&apos;videos %1&apos; erwartet %2.</translation>
    </message>
    <message>
        <source>Choose either --active or --inactive.</source>
        <translation>Wählen Sie entweder --active oder --inactive.</translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;: use instagram or tiktok.</source>
        <translation>Unbekannte Plattform „%1“: Verwenden Sie instagram oder tiktok.</translation>
    </message>
    <message>
        <source>Now tracking %1 video %2 (id %3).</source>
        <translation>%1-Video %2 wird jetzt verfolgt (ID %3).</translation>
    </message>
    <message>
        <source>No videos are tracked yet. Add one with: reelpulse-cli videos add &lt;instagram|tiktok&gt; &lt;url&gt;</source>
        <translation>Noch keine Videos verfolgt. Fügen Sie eines hinzu mit: reelpulse-cli videos add &lt;instagram|tiktok&gt; &lt;url&gt;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>EXTERNAL ID</source>
        <translation>EXTERNE ID</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>EVERY</source>
        <translation>ALLE</translation>
    </message>
    <message>
        <source>LAST SCRAPED</source>
        <translation>ABGERUFEN</translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Updated %1 video %2 (id %3).</source>
        <translation>%1-Video %2 aktualisiert (ID %3).</translation>
    </message>
    <message>
        <source>Stopped tracking %1 video %2 (id %3 removed).</source>
        <translation>%1-Video %2 wird nicht mehr verfolgt (ID %3 entfernt).</translation>
    </message>
</context>
<context>
    <name>reelpulse::downloads</name>
    <message>
        <source>Line %1: unknown type &apos;%2&apos; (post, reel, carousel, story, video).</source>
        <translation>Zeile %1: unbekannter Typ „%2“ (post, reel, carousel, story, video).</translation>
    </message>
    <message>
        <source>The batch has %1 items; at most %2 are allowed in one batch.</source>
        <translation>Der Stapel hat %1 Einträge; höchstens %2 sind in einem Stapel erlaubt.</translation>
    </message>
    <message>
        <source>The file name &apos;%1&apos; would leave the folder %2.</source>
        <translation>Der Dateiname „%1“ würde aus dem Ordner %2 hinausführen.</translation>
    </message>
    <message>
        <source>Cannot create the ZIP %1 (error %2).</source>
        <translation>Die ZIP-Datei %1 kann nicht angelegt werden (Fehler %2).</translation>
    </message>
    <message>
        <source>Cannot add %1 to the ZIP.</source>
        <translation>%1 kann nicht zur ZIP-Datei hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Cannot finish the ZIP %1.</source>
        <translation>Die ZIP-Datei %1 kann nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to its final name.</source>
        <translation>%1 kann nicht auf den endgültigen Namen umbenannt werden.</translation>
    </message>
    <message>
        <source>Cannot open the ZIP %1.</source>
        <translation>Die ZIP-Datei %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot read %1 in the ZIP.</source>
        <translation>%1 in der ZIP-Datei kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>reelpulse::downloads::AudioTools</name>
    <message>
        <source>Audio extraction and merging need the ffmpeg program, which was not found on PATH. Install it (Debian/Ubuntu: sudo apt install ffmpeg; Fedora: sudo dnf install ffmpeg; macOS: brew install ffmpeg; Windows: winget install ffmpeg) and try again.</source>
        <translation>Das Extrahieren und Zusammenführen von Audio braucht das Programm ffmpeg, das im PATH nicht gefunden wurde. Installieren Sie es (Debian/Ubuntu: sudo apt install ffmpeg; Fedora: sudo dnf install ffmpeg; macOS: brew install ffmpeg; Windows: winget install ffmpeg) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>ffmpeg could not be started: %1</source>
        <translation>ffmpeg konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>ffmpeg failed (exit code %1): %2</source>
        <translation>ffmpeg ist fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to its final name.</source>
        <translation>%1 kann nicht auf den endgültigen Namen umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>reelpulse::downloads::FileTransfer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>No data arrived for %1 s.</source>
        <translation>Seit %1 s sind keine Daten angekommen.</translation>
    </message>
    <message>
        <source>The server refused the media URL (HTTP %1): it has probably expired.</source>
        <translation>Der Server hat die Medien-URL abgelehnt (HTTP %1): Sie ist vermutlich abgelaufen.</translation>
    </message>
    <message>
        <source>The media file is gone (HTTP 404).</source>
        <translation>Die Mediendatei ist nicht mehr vorhanden (HTTP 404).</translation>
    </message>
    <message>
        <source>The partial file did not match the server&apos;s; starting over.</source>
        <translation>Die Teildatei passte nicht zu der des Servers; es wird von vorn begonnen.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The transfer ended after %1 of %2 bytes.</source>
        <translation>Die Übertragung endete nach %1 von %2 Bytes.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to its final name.</source>
        <translation>%1 kann nicht auf den endgültigen Namen umbenannt werden.</translation>
    </message>
    <message>
        <source>Not enough free space for %1 bytes.</source>
        <translation>Nicht genug freier Speicherplatz für %1 Bytes.</translation>
    </message>
</context>
<context>
    <name>reelpulse::downloads::MediaLookup</name>
    <message>
        <source>The answer could not be read.</source>
        <translation>Die Antwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Sign in to Instagram to read stories: Instagram shows stories only to signed-in accounts.</source>
        <translation>Melden Sie sich bei Instagram an, um Stories zu lesen: Instagram zeigt Stories nur angemeldeten Konten.</translation>
    </message>
</context>
<context>
    <name>reelpulse::graph</name>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>Instagram no longer accepts this account&apos;s token (it expired or was revoked). Reconnect the account (Accounts › Reconnect, or &apos;reelpulse-cli accounts add&apos;).</source>
        <translation>Instagram akzeptiert das Token dieses Kontos nicht mehr (es ist abgelaufen oder wurde widerrufen). Verbinden Sie das Konto neu (Konten › Neu verbinden, oder „reelpulse-cli accounts add“).</translation>
    </message>
    <message>
        <source>The account reached Instagram&apos;s daily publishing limit. Schedule the post for later.</source>
        <translation>Das Konto hat das tägliche Veröffentlichungslimit von Instagram erreicht. Planen Sie den Beitrag für später.</translation>
    </message>
    <message>
        <source>Instagram could not fetch the media. Check that its URL is public (open it in a private browser window) and try again.</source>
        <translation>Instagram konnte die Medien nicht holen. Prüfen Sie, ob die URL öffentlich ist (öffnen Sie sie in einem privaten Browserfenster), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Instagram does not accept this video&apos;s format (use MP4 or MOV, H.264, AAC, at most 60 fps, 1080 px wide): %1</source>
        <translation>Instagram akzeptiert das Format dieses Videos nicht (verwenden Sie MP4 oder MOV, H.264, AAC, höchstens 60 fps, 1080 px breit): %1</translation>
    </message>
    <message>
        <source>Instagram asks to slow down (too many requests). Wait until %1 UTC and try again.</source>
        <translation>Instagram bittet, langsamer zu werden (zu viele Anfragen). Warten Sie bis %1 UTC und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Instagram refused a parameter of the request: %1</source>
        <translation>Instagram hat einen Parameter der Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Instagram refused the parameter &quot;%1&quot;: %2</source>
        <translation>Instagram hat den Parameter „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>Instagram&apos;s server failed (HTTP %1). Try again later.</source>
        <translation>Der Server von Instagram hatte einen Fehler (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Instagram refused the request (HTTP %1): %2</source>
        <translation>Instagram hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>reelpulse::i18n</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>reelpulse::imageprep</name>
    <message>
        <source>%1 is not an image ReelPulse can read (%2).</source>
        <translation>%1 ist kein Bild, das ReelPulse lesen kann (%2).</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels (%4:1); feed images must be between 4:5 and 1.91:1. Crop or pad it (--fit crop or --fit pad).</source>
        <translation>%1 hat %2×%3 Pixel (%4:1); Feed-Bilder müssen zwischen 4:5 und 1,91:1 liegen. Schneiden Sie es zu oder füllen Sie es auf (--fit crop oder --fit pad).</translation>
    </message>
    <message>
        <source>%1 could not be made into a JPEG of at most 8 MiB.</source>
        <translation>Aus %1 ließ sich kein JPEG von höchstens 8 MiB machen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>reelpulse::oauth</name>
    <message>
        <source>The sign-in answer did not come from the sign-in this window started (its state does not match). Nothing was connected; start again.</source>
        <translation>Die Anmeldeantwort stammt nicht von der Anmeldung, die dieses Fenster gestartet hat (ihr state stimmt nicht überein). Nichts wurde verbunden; beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>The connection was refused on Instagram&apos;s page. Nothing was connected.</source>
        <translation>Die Verbindung wurde auf der Seite von Instagram abgelehnt. Nichts wurde verbunden.</translation>
    </message>
    <message>
        <source>Instagram refused the sign-in: %1</source>
        <translation>Instagram hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Instagram&apos;s answer carries no authorization code. Start again.</source>
        <translation>Die Antwort von Instagram enthält keinen Autorisierungscode. Beginnen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>reelpulse::postrules</name>
    <message>
        <source>The caption has %1 characters; Instagram allows at most %2.</source>
        <translation>Die Bildunterschrift hat %1 Zeichen; Instagram erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>The caption has %1 hashtags; Instagram allows at most %2.</source>
        <translation>Die Bildunterschrift hat %1 Hashtags; Instagram erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>The caption mentions %1 accounts; Instagram allows at most %2.</source>
        <translation>Die Bildunterschrift erwähnt %1 Konten; Instagram erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>Add the image or video to publish.</source>
        <translation>Fügen Sie das Bild oder Video hinzu, das veröffentlicht werden soll.</translation>
    </message>
    <message>
        <source>An image post takes exactly one image.</source>
        <translation>Ein Bildbeitrag enthält genau ein Bild.</translation>
    </message>
    <message>
        <source>A carousel takes %1 to %2 images or videos, not %3.</source>
        <translation>Ein Karussell enthält %1 bis %2 Bilder oder Videos, nicht %3.</translation>
    </message>
    <message>
        <source>A reel takes exactly one video.</source>
        <translation>Ein Reel enthält genau ein Video.</translation>
    </message>
    <message>
        <source>The cover must be at a public http(s) URL.</source>
        <translation>Das Titelbild muss unter einer öffentlichen http(s)-URL liegen.</translation>
    </message>
    <message>
        <source>A story takes exactly one image or video.</source>
        <translation>Eine Story enthält genau ein Bild oder Video.</translation>
    </message>
    <message>
        <source>Instagram allows at most 3 collaborators.</source>
        <translation>Instagram erlaubt höchstens 3 Mitwirkende.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address Instagram could fetch, nor a file on this computer.</source>
        <translation>„%1“ ist weder eine http://- oder https://-Adresse, die Instagram holen könnte, noch eine Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Unknown fit &apos;%1&apos;: crop, pad or none.</source>
        <translation>Unbekannte Anpassung &apos;%1&apos;: crop, pad oder none.</translation>
    </message>
</context>
<context>
    <name>reelpulse::sentiment::CommentSentimentStore</name>
    <message>
        <source>counting comments to score</source>
        <translation>Zählen der zu bewertenden Kommentare</translation>
    </message>
    <message>
        <source>reading comments to score</source>
        <translation>Lesen der zu bewertenden Kommentare</translation>
    </message>
    <message>
        <source>saving comment sentiment</source>
        <translation>Speichern der Kommentarstimmung</translation>
    </message>
    <message>
        <source>saving the comment&apos;s label</source>
        <translation>Speichern der Einstufung des Kommentars</translation>
    </message>
    <message>
        <source>There is no stored comment %1.</source>
        <translation>Es gibt keinen gespeicherten Kommentar %1.</translation>
    </message>
    <message>
        <source>clearing the comment&apos;s label</source>
        <translation>Entfernen der Einstufung des Kommentars</translation>
    </message>
    <message>
        <source>reading comment sentiment</source>
        <translation>Lesen der Kommentarstimmung</translation>
    </message>
    <message>
        <source>reading the task&apos;s posts</source>
        <translation>Lesen der Beiträge der Aufgabe</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several tasks: give more characters.</source>
        <translation>„%1“ passt auf mehrere Aufgaben: Geben Sie mehr Zeichen an.</translation>
    </message>
    <message>
        <source>No profile, reel or video task has the id &quot;%1&quot; (see &apos;profiles list&apos;, &apos;reels list&apos;, &apos;videos list&apos;).</source>
        <translation>Keine Profil-, Reel- oder Video-Aufgabe hat die ID „%1“ (siehe &apos;profiles list&apos;, &apos;reels list&apos;, &apos;videos list&apos;).</translation>
    </message>
    <message>
        <source>reading the posts&apos; accounts</source>
        <translation>Lesen der Konten der Beiträge</translation>
    </message>
    <message>
        <source>reading the account&apos;s languages</source>
        <translation>Lesen der Sprachen des Kontos</translation>
    </message>
    <message>
        <source>reading the account&apos;s captions</source>
        <translation>Lesen der Bildunterschriften des Kontos</translation>
    </message>
    <message>
        <source>reading the sentiment summary</source>
        <translation>Lesen der Stimmungsübersicht</translation>
    </message>
    <message>
        <source>reading the sentiment by day</source>
        <translation>Lesen der Stimmung je Tag</translation>
    </message>
    <message>
        <source>reading the sentiment by language</source>
        <translation>Lesen der Stimmung je Sprache</translation>
    </message>
</context>
<context>
    <name>reelpulse::sentiment::Language</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>another language</source>
        <translation>eine andere Sprache</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>unbestimmt</translation>
    </message>
</context>
<context>
    <name>reelpulse::sentiment::SentimentFileScorer</name>
    <message>
        <source>Cannot write the scores: %1.</source>
        <translation>Die Bewertungen können nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Cannot read the input: %1.</source>
        <translation>Die Eingabe kann nicht gelesen werden: %1.</translation>
    </message>
</context>
</TS>
