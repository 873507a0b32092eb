<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Classifier</name>
    <message>
        <source>No answer from %1: check the internet connection.</source>
        <translation>Sin respuesta de %1: comprueba la conexión a internet.</translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP 429). Requests pause and resume on their own.</source>
        <translation>%1 está limitando las solicitudes (HTTP 429). Las solicitudes se pausan y se reanudan solas.</translation>
    </message>
    <message>
        <source>%1 says this does not exist (HTTP %2): it was deleted, renamed or never existed.</source>
        <translation>%1 indica que esto no existe (HTTP %2): se eliminó, se renombró o nunca existió.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2). It will be retried later.</source>
        <translation>%1 tuvo un error de servidor (HTTP %2). Se volverá a intentar más tarde.</translation>
    </message>
</context>
<context>
    <name>EndpointProfile</name>
    <message>
        <source>The endpoint profile is not valid at %1: %2</source>
        <translation>El perfil de endpoints no es válido en %1: %2</translation>
    </message>
    <message>
        <source>headers must be an object of strings</source>
        <translation>headers debe ser un objeto de cadenas</translation>
    </message>
    <message>
        <source>a header value must be a string</source>
        <translation>un valor de encabezado debe ser una cadena</translation>
    </message>
    <message>
        <source>a strategy must be an object</source>
        <translation>una estrategia debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>falta «name»</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a path starting with / or an absolute URL</source>
        <translation>«url» debe ser una ruta que empiece por / o una URL absoluta</translation>
    </message>
    <message>
        <source>&quot;parser&quot; is missing</source>
        <translation>falta «parser»</translation>
    </message>
    <message>
        <source>&quot;method&quot; must be GET or POST</source>
        <translation>«method» debe ser GET o POST</translation>
    </message>
    <message>
        <source>&quot;expects&quot; must be json or html</source>
        <translation>«expects» debe ser json o html</translation>
    </message>
    <message>
        <source>body, doc_id, query_hash and friendly_name must be strings</source>
        <translation>body, doc_id, query_hash y friendly_name deben ser cadenas</translation>
    </message>
    <message>
        <source>&quot;variables&quot; must be an object</source>
        <translation>«variables» debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;defaults&quot; must be an object</source>
        <translation>«defaults» debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;needs&quot; must be a list of names</source>
        <translation>«needs» debe ser una lista de nombres</translation>
    </message>
    <message>
        <source>&quot;path&quot; must be a list of keys</source>
        <translation>«path» debe ser una lista de claves</translation>
    </message>
    <message>
        <source>&quot;requires_session&quot; must be true or false</source>
        <translation>«requires_session» debe ser true o false</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>el archivo debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>«version» debe ser un número entero a partir de 1</translation>
    </message>
    <message>
        <source>&quot;platform&quot; must be &quot;%1&quot;</source>
        <translation>«platform» debe ser «%1»</translation>
    </message>
    <message>
        <source>&quot;base_url&quot; must be an http(s) URL</source>
        <translation>«base_url» debe ser una URL http(s)</translation>
    </message>
    <message>
        <source>&quot;operations&quot; must be an object with at least one operation</source>
        <translation>«operations» debe ser un objeto con al menos una operación</translation>
    </message>
    <message>
        <source>an operation must list at least one strategy</source>
        <translation>una operación debe indicar al menos una estrategia</translation>
    </message>
    <message>
        <source>its version %1 is older than the built-in version %2</source>
        <translation>su versión %1 es anterior a la versión integrada %2</translation>
    </message>
    <message>
        <source>it does not define the operation &quot;%1&quot;</source>
        <translation>no define la operación «%1»</translation>
    </message>
    <message>
        <source>The endpoint file %1 was ignored (%2); the built-in endpoints are used.</source>
        <translation>Se ignoró el archivo de endpoints %1 (%2); se usan los endpoints integrados.</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>el archivo ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>its signature file %1 does not verify: %2. If you changed the profile by hand, delete the signature file</source>
        <translation>su archivo de firma %1 no se verifica: %2. Si modificaste el perfil a mano, elimina el archivo de firma</translation>
    </message>
</context>
<context>
    <name>InstagramClassifier</name>
    <message>
        <source>Instagram sent the request to its login page. Requests pause; signing in with an Instagram session lets them continue.</source>
        <translation>Instagram envió la solicitud a su página de inicio de sesión. Las solicitudes se pausan; iniciar sesión con una sesión de Instagram permite continuar.</translation>
    </message>
    <message>
        <source>Instagram asks to confirm the account (challenge). Open Instagram in a browser, complete the check, then resume.</source>
        <translation>Instagram pide confirmar la cuenta (challenge). Abre Instagram en un navegador, completa la verificación y luego reanuda.</translation>
    </message>
    <message>
        <source>Instagram blocked this action for the account (feedback_required). Stop using this identity for a while and check the account in the Instagram app.</source>
        <translation>Instagram bloqueó esta acción para la cuenta (feedback_required). Deja de usar esta identidad por un tiempo y revisa la cuenta en la app de Instagram.</translation>
    </message>
    <message>
        <source>Instagram requires a security check for this account (checkpoint). Open Instagram in a browser or the app, complete the check, then resume.</source>
        <translation>Instagram exige una verificación de seguridad para esta cuenta (checkpoint). Abre Instagram en un navegador o en la app, completa la verificación y luego reanuda.</translation>
    </message>
    <message>
        <source>Instagram asks to wait a few minutes before more requests. Requests pause and resume with increasing delays.</source>
        <translation>Instagram pide esperar unos minutos antes de hacer más solicitudes. Las solicitudes se pausan y se reanudan con esperas cada vez mayores.</translation>
    </message>
    <message>
        <source>Instagram answered with a login page instead of data. Requests pause; signing in with an Instagram session lets them continue.</source>
        <translation>Instagram respondió con una página de inicio de sesión en lugar de datos. Las solicitudes se pausan; iniciar sesión con una sesión de Instagram permite continuar.</translation>
    </message>
    <message>
        <source>Instagram answered with empty data: this request format no longer works. The next method is tried.</source>
        <translation>Instagram respondió con datos vacíos: este formato de solicitud ya no funciona. Se prueba el siguiente método.</translation>
    </message>
    <message>
        <source>Instagram answered with errors: this request format no longer works. The next method is tried.</source>
        <translation>Instagram respondió con errores: este formato de solicitud ya no funciona. Se prueba el siguiente método.</translation>
    </message>
    <message>
        <source>Instagram says this does not exist or is no longer available.</source>
        <translation>Instagram indica que esto no existe o ya no está disponible.</translation>
    </message>
    <message>
        <source>Instagram refused the request (status fail). The next method is tried.</source>
        <translation>Instagram rechazó la solicitud (status fail). Se prueba el siguiente método.</translation>
    </message>
    <message>
        <source>Instagram has nothing under this name or code: it was deleted, renamed, or is hidden from you.</source>
        <translation>Instagram no tiene nada con este nombre o código: se eliminó, se renombró o está oculto para ti.</translation>
    </message>
    <message>
        <source>Instagram redirected the request somewhere unexpected. The next method is tried.</source>
        <translation>Instagram redirigió la solicitud a un destino inesperado. Se prueba el siguiente método.</translation>
    </message>
    <message>
        <source>Instagram refused the request (HTTP %1). The next method is tried.</source>
        <translation>Instagram rechazó la solicitud (HTTP %1). Se prueba el siguiente método.</translation>
    </message>
    <message>
        <source>Instagram&apos;s answer was cut off or is not valid JSON: %1</source>
        <translation>La respuesta de Instagram llegó cortada o no es JSON válido: %1</translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>a comment list</source>
        <translation>una lista de comentarios</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>una publicación</translation>
    </message>
    <message>
        <source>Instagram answered without a profile: the account does not exist, was renamed, or is hidden from you.</source>
        <translation>Instagram respondió sin un perfil: la cuenta no existe, se renombró o está oculta para ti.</translation>
    </message>
    <message>
        <source>a profile</source>
        <translation>un perfil</translation>
    </message>
    <message>
        <source>a page of posts</source>
        <translation>una página de publicaciones</translation>
    </message>
    <message>
        <source>stories</source>
        <translation>historias</translation>
    </message>
    <message>
        <source>The answer was empty.</source>
        <translation>La respuesta estaba vacía.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>La respuesta no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The answer is JSON but not an object.</source>
        <translation>La respuesta es JSON pero no un objeto.</translation>
    </message>
    <message>
        <source>The answer does not contain %1 in any known format.</source>
        <translation>La respuesta no contiene %1 en ningún formato conocido.</translation>
    </message>
    <message>
        <source>TikTok refused the comment list (status %1: %2).</source>
        <translation>TikTok rechazó la lista de comentarios (estado %1: %2).</translation>
    </message>
    <message>
        <source>a TikTok comment list</source>
        <translation>una lista de comentarios de TikTok</translation>
    </message>
    <message>
        <source>a TikTok video</source>
        <translation>un video de TikTok</translation>
    </message>
    <message>
        <source>the page data of a TikTok page</source>
        <translation>los datos de una página de TikTok</translation>
    </message>
    <message>
        <source>The TikTok page was cut off.</source>
        <translation>La página de TikTok llegó cortada.</translation>
    </message>
    <message>
        <source>TikTok did not show the video (status %1: %2).</source>
        <translation>TikTok no mostró el video (estado %1: %2).</translation>
    </message>
    <message>
        <source>a TikTok account</source>
        <translation>una cuenta de TikTok</translation>
    </message>
    <message>
        <source>TikTok has no such account (status %1).</source>
        <translation>TikTok no tiene esa cuenta (estado %1).</translation>
    </message>
    <message>
        <source>TikTok did not show the account (status %1: %2).</source>
        <translation>TikTok no mostró la cuenta (estado %1: %2).</translation>
    </message>
    <message>
        <source>TikTok did not list the videos (status %1).</source>
        <translation>TikTok no listó los vídeos (estado %1).</translation>
    </message>
    <message>
        <source>the videos of a TikTok account</source>
        <translation>los vídeos de una cuenta de TikTok</translation>
    </message>
</context>
<context>
    <name>TikTokClassifier</name>
    <message>
        <source>TikTok sent the request to its login page. Requests pause for a while.</source>
        <translation>TikTok envió la solicitud a su página de inicio de sesión. Las solicitudes se pausan por un tiempo.</translation>
    </message>
    <message>
        <source>TikTok redirected the request somewhere unexpected. It will be retried later.</source>
        <translation>TikTok redirigió la solicitud a un destino inesperado. Se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>TikTok refused the request (HTTP %1). It will be retried later.</source>
        <translation>TikTok rechazó la solicitud (HTTP %1). Se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>TikTok does not show this video to visitors: it is private or restricted (%1).</source>
        <translation>TikTok no muestra este video a los visitantes: es privado o restringido (%1).</translation>
    </message>
    <message>
        <source>TikTok says this video or account no longer exists or was taken down (%1).</source>
        <translation>TikTok indica que este video o cuenta ya no existe o fue retirado (%1).</translation>
    </message>
    <message>
        <source>TikTok asks for a verification (captcha). Open TikTok in a browser, then resume (%1).</source>
        <translation>TikTok pide una verificación (captcha). Abre TikTok en un navegador y luego reanuda (%1).</translation>
    </message>
    <message>
        <source>TikTok answered with an unexpected status (%1). It will be retried later.</source>
        <translation>TikTok respondió con un estado inesperado (%1). Se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The TikTok page was cut off or its data is not valid JSON.</source>
        <translation>La página de TikTok llegó cortada o sus datos no son JSON válido.</translation>
    </message>
    <message>
        <source>TikTok asks for a verification (captcha). Open TikTok in a browser, then resume.</source>
        <translation>TikTok pide una verificación (captcha). Abre TikTok en un navegador y luego reanuda.</translation>
    </message>
    <message>
        <source>The TikTok page no longer carries its data where expected. It will be retried later.</source>
        <translation>La página de TikTok ya no trae sus datos donde se esperaban. Se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The TikTok page has no video details. It will be retried later.</source>
        <translation>La página de TikTok no tiene detalles del video. Se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>TikTok answered the comment request with nothing (the request was refused).</source>
        <translation>TikTok no respondió nada a la solicitud de comentarios (la solicitud fue rechazada).</translation>
    </message>
    <message>
        <source>TikTok&apos;s answer was cut off or is not valid JSON: %1</source>
        <translation>La respuesta de TikTok llegó cortada o no es JSON válido: %1</translation>
    </message>
    <message>
        <source>TikTok answered the comment list with a web page instead of comments (it shows them only to signed-in visitors at times).</source>
        <translation>TikTok respondió a la lista de comentarios con una página web en lugar de comentarios (a veces solo los muestra a visitantes con sesión iniciada).</translation>
    </message>
    <message>
        <source>The TikTok page has no account details. It will be retried later.</source>
        <translation>La página de TikTok no tiene los detalles de la cuenta. Se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>TikTok answered the video list request with nothing (the request was refused).</source>
        <translation>TikTok respondió a la petición de la lista de vídeos sin nada (la petición fue rechazada).</translation>
    </message>
    <message>
        <source>TikTok answered the video list with a web page (a sign-in or verification wall). Requests pause for a while.</source>
        <translation>TikTok respondió a la lista de vídeos con una página web (un muro de inicio de sesión o de verificación). Las peticiones se pausan un rato.</translation>
    </message>
</context>
<context>
    <name>reelpulse</name>
    <message>
        <source>Instagram&apos;s answer to %1 has an unexpected shape.</source>
        <translation>La respuesta de Instagram a %1 tiene una forma inesperada.</translation>
    </message>
</context>
<context>
    <name>reelpulse::AccountsDialog</name>
    <message>
        <source>Connect &amp;Token</source>
        <translation>Conectar con &amp;token</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Desconectar…</translation>
    </message>
    <message>
        <source>Instagram Accounts for Publishing</source>
        <translation>Cuentas de Instagram para publicar</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>Token until</source>
        <translation>Token válido hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Connect a professional account</source>
        <translation>Conectar una cuenta profesional</translation>
    </message>
    <message>
        <source>Sign In in a &amp;Window…</source>
        <translation>Iniciar sesión en una &amp;ventana…</translation>
    </message>
    <message>
        <source>Instagram&apos;s sign-in page in a private browser window of ReelPulse.</source>
        <translation>La página de inicio de sesión de Instagram en una ventana de navegador privada de ReelPulse.</translation>
    </message>
    <message>
        <source>Sign In with Your &amp;Browser…</source>
        <translation>Iniciar sesión con tu &amp;navegador…</translation>
    </message>
    <message>
        <source>Opens Instagram&apos;s sign-in page in your browser; ReelPulse receives the answer on this computer (127.0.0.1).</source>
        <translation>Abre la página de inicio de sesión de Instagram en tu navegador; ReelPulse recibe la respuesta en este equipo (127.0.0.1).</translation>
    </message>
    <message>
        <source>Or paste a long-lived access token generated in Meta&apos;s App Dashboard (Instagram › API setup with Instagram login › Generate token):</source>
        <translation>O pega un token de acceso de larga duración generado en el App Dashboard de Meta (Instagram › API setup with Instagram login › Generate token):</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>No account connected yet.</source>
        <translation>Aún no hay ninguna cuenta conectada.</translation>
    </message>
    <message>
        <source>Checking the token with Instagram…</source>
        <translation>Comprobando el token con Instagram…</translation>
    </message>
    <message>
        <source>Connected @%1. Its token is in the system keychain.</source>
        <translation>Se conectó @%1. Su token está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>ReelPulse could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>ReelPulse no pudo escuchar en 127.0.0.1 la respuesta del navegador.</translation>
    </message>
    <message>
        <source>Finish the sign-in in your browser; ReelPulse waits for its answer.</source>
        <translation>Termina el inicio de sesión en tu navegador; ReelPulse espera su respuesta.</translation>
    </message>
    <message>
        <source>Signed in. Exchanging the code for a long-lived token…</source>
        <translation>Sesión iniciada. Canjeando el código por un token de larga duración…</translation>
    </message>
    <message>
        <source>Disconnect @%1?</source>
        <translation>¿Desconectar @%1?</translation>
    </message>
    <message>
        <source>ReelPulse deletes the account&apos;s token from the keychain and forgets the account with its drafts and scheduled posts. Posts already on Instagram stay there.</source>
        <translation>ReelPulse elimina el token de la cuenta del llavero y olvida la cuenta con sus borradores y publicaciones programadas. Las publicaciones que ya están en Instagram se quedan allí.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Disconnected @%1.</source>
        <translation>Se desconectó @%1.</translation>
    </message>
    <message>
        <source>Tokens are kept in your system keychain only. Browser sign-in needs your Meta app&apos;s Instagram app id and its secret, or a token broker: Composer › Settings…</source>
        <translation>Los tokens se guardan solo en el llavero del sistema. El inicio de sesión en el navegador necesita el id de app de Instagram de tu app de Meta y su secreto, o un intermediario de tokens: Redactar › Ajustes…</translation>
    </message>
    <message>
        <source>Browser sign-in needs your Meta app&apos;s Instagram app id: set it in Composer › Settings…, or paste a token instead.</source>
        <translation>El inicio de sesión en el navegador necesita el id de app de Instagram de tu app de Meta: configúralo en Redactar › Ajustes… o pega un token.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ActivityLogPage</name>
    <message>
        <source>Activity Log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>What happened in this session: tasks added, changed and removed, and errors.</source>
        <translation>Lo que pasó en esta sesión: tareas añadidas, modificadas y eliminadas, y errores.</translation>
    </message>
</context>
<context>
    <name>reelpulse::AddDownloadDialog</name>
    <message>
        <source>Pack carousels into a ZIP with their metadata</source>
        <translation>Empaquetar los carruseles en un ZIP con sus metadatos</translation>
    </message>
    <message>
        <source>Add downloads</source>
        <translation>Añadir descargas</translation>
    </message>
    <message>
        <source>Post, reel or TikTok URLs (or shortcodes), one per line</source>
        <translation>URL de publicaciones, reels o TikTok (o códigos cortos), una por línea</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>La mejor disponible</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Videos only</source>
        <translation>Solo videos</translation>
    </message>
    <message>
        <source>Images only</source>
        <translation>Solo imágenes</translation>
    </message>
    <message>
        <source>Audio only (ffmpeg)</source>
        <translation>Solo audio (ffmpeg)</translation>
    </message>
    <message>
        <source>As it is (AAC)</source>
        <translation>Tal cual (AAC)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Carpeta de descargas</translation>
    </message>
    <message>
        <source>URLs:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Calidad:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Audio format:</source>
        <translation>Formato de audio:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>reelpulse::AnalyticsService</name>
    <message>
        <source>Task %1 is not a profile task.</source>
        <translation>La tarea %1 no es una tarea de perfil.</translation>
    </message>
    <message>
        <source>Velocity of the newest post (%1)</source>
        <translation>Velocidad de la publicación más reciente (%1)</translation>
    </message>
    <message>
        <source>views</source>
        <translation>vistas</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>interacción</translation>
    </message>
    <message>
        <source>%1: the platform needs you (sign in or confirm it is you): %2</source>
        <translation>%1: la plataforma te necesita (inicia sesión o confirma que eres tú): %2</translation>
    </message>
    <message>
        <source>%1: the last scrape failed: %2</source>
        <translation>%1: la última recopilación falló: %2</translation>
    </message>
    <message>
        <source>%1: sentiment is turning negative (%2 % negative on %3, the 30-day mean is %4 %)</source>
        <translation>%1: el sentimiento se está volviendo negativo (%2 % negativo el %3, la media de 30 días es %4 %)</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>%1 seguidores</translation>
    </message>
    <message>
        <source> (%1 this week)</source>
        <translation> (%1 esta semana)</translation>
    </message>
    <message>
        <source>%1 views</source>
        <translation>%1 vistas</translation>
    </message>
    <message>
        <source>%1 likes and comments</source>
        <translation>%1 me gusta y comentarios</translation>
    </message>
    <message>
        <source>From the newest %1 comments of the range (at most %2): a word counts once per comment, an emoji every time.</source>
        <translation>De los %1 comentarios más recientes del período (como máximo %2): una palabra cuenta una vez por comentario, un emoji cada vez.</translation>
    </message>
    <message>
        <source>No project &quot;%1&quot; exists.</source>
        <translation>No existe ningún proyecto «%1».</translation>
    </message>
</context>
<context>
    <name>reelpulse::AutoDownload</name>
    <message>
        <source>--auto-download takes on or off.</source>
        <translation>--auto-download admite on u off.</translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s) queued for download.</source>
        <translation>
            <numerusform>%n publicación nueva en cola para descargar.</numerusform>
            <numerusform>%n publicaciones nuevas en cola para descargar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelpulse::CalendarWidget</name>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Cancel Post</source>
        <translation>&amp;Cancelar publicación</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>Why it failed: %1</source>
        <translation>Por qué falló: %1</translation>
    </message>
    <message>
        <source>Reading the insights of post %1 from Instagram…</source>
        <translation>Leyendo de Instagram las estadísticas de la publicación %1…</translation>
    </message>
    <message>
        <source>Insights are not available: %1</source>
        <translation>Las estadísticas no están disponibles: %1</translation>
    </message>
    <message>
        <source>Insights: %1 views · %2 reached · %3 likes · %4 comments · %5 shares · %6 saved · engagement rate %7</source>
        <translation>Estadísticas: %1 visualizaciones · %2 alcanzados · %3 me gusta · %4 comentarios · %5 compartidos · %6 guardados · tasa de interacción %7</translation>
    </message>
</context>
<context>
    <name>reelpulse::ChartWidget</name>
    <message>
        <source>Right-click to export this chart as PNG, SVG, PDF or CSV.</source>
        <translation>Haz clic derecho para exportar este gráfico como PNG, SVG, PDF o CSV.</translation>
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
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf);;Datos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exportar gráfico…</translation>
    </message>
</context>
<context>
    <name>reelpulse::ComingLaterPage</name>
    <message>
        <source>This section comes in a later version of ReelPulse.</source>
        <translation>Esta sección llegará en una versión posterior de ReelPulse.</translation>
    </message>
</context>
<context>
    <name>reelpulse::CommentSentimentSection</name>
    <message>
        <source>Comment sentiment</source>
        <translation>Sentimiento de los comentarios</translation>
    </message>
    <message>
        <source>&amp;Re-score All Comments</source>
        <translation>&amp;Volver a puntuar todos los comentarios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Re-score &amp;Now</source>
        <translation>Volver a puntuar &amp;ahora</translation>
    </message>
    <message>
        <source>Social media (recommended)</source>
        <translation>Redes sociales (recomendado)</translation>
    </message>
    <message>
        <source>Reference (VADER 3.3)</source>
        <translation>Referencia (VADER 3.3)</translation>
    </message>
    <message>
        <source>The stored comments were scored in the other mode. Re-score them in the background now? Labels you set by hand stay as they are.</source>
        <translation>Los comentarios guardados se puntuaron en el otro modo. ¿Volver a puntuarlos ahora en segundo plano? Las etiquetas que pusiste a mano se mantienen.</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Score comments as:</source>
        <translation>Puntuar comentarios como:</translation>
    </message>
    <message>
        <source>Not scored in this mode:</source>
        <translation>Sin puntuar en este modo:</translation>
    </message>
    <message>
        <source>Re-scoring runs in the background while you keep working. Labels you set by hand are never changed.</source>
        <translation>La nueva puntuación se hace en segundo plano mientras sigues trabajando. Las etiquetas que pusiste a mano nunca cambian.</translation>
    </message>
    <message>
        <source>not counted yet</source>
        <translation>aún sin contar</translation>
    </message>
    <message>
        <source>Reads emoji, slang, repeated letters and capitals the way comments use them.</source>
        <translation>Lee emoji, jerga, letras repetidas y mayúsculas tal como se usan en los comentarios.</translation>
    </message>
    <message>
        <source>Gives exactly the scores of the vaderSentiment 3.3 reference, for comparing with other tools.</source>
        <translation>Da exactamente las puntuaciones de la referencia vaderSentiment 3.3, para comparar con otras herramientas.</translation>
    </message>
    <message>
        <source>New comments are scored as %1 from now on.</source>
        <translation>A partir de ahora, los comentarios nuevos se puntúan como %1.</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>cannot be read now</source>
        <translation>no se puede leer ahora</translation>
    </message>
    <message>
        <source>none: every comment is scored in this mode</source>
        <translation>ninguno: todos los comentarios están puntuados en este modo</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-scoring every comment as %1 in the background.</source>
        <translation>Volviendo a puntuar todos los comentarios como %1 en segundo plano.</translation>
    </message>
    <message>
        <source>Stopping after the comments in hand…</source>
        <translation>Deteniendo tras los comentarios en curso…</translation>
    </message>
    <message>
        <source>Re-scoring stopped after %1 of %2 comments; the others keep their earlier scores.</source>
        <translation>La nueva puntuación se detuvo tras %1 de %2 comentarios; los demás conservan su puntuación anterior.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) re-scored.</source>
        <translation>
            <numerusform>%n comentario vuelto a puntuar.</numerusform>
            <numerusform>%n comentarios vueltos a puntuar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) set by hand kept.</source>
        <translation>
            <numerusform>Se conservó %n etiqueta puesta a mano.</numerusform>
            <numerusform>Se conservaron %n etiquetas puestas a mano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-scoring failed: %1</source>
        <translation>Falló la nueva puntuación: %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::CommentsModel</name>
    <message>
        <source>No comment is selected.</source>
        <translation>No hay ningún comentario seleccionado.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>↳ %1</source>
        <translation>↳ %1</translation>
    </message>
    <message>
        <source>Compound score %1 (from −1 to +1)</source>
        <translation>Puntuación compuesta %1 (de −1 a +1)</translation>
    </message>
    <message>
        <source>Set by hand; right-click to change it or to go back to the automatic label.</source>
        <translation>Puesta a mano; haz clic derecho para cambiarla o volver a la etiqueta automática.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Only emoji, emoticons or too few words to tell the language: scored on emoji and punctuation.</source>
        <translation>Solo emoji, emoticonos o muy pocas palabras para reconocer el idioma: puntuado por emoji y puntuación.</translation>
    </message>
    <message>
        <source>Read in this language (code %1): its own words, negations and intensifiers scored it.</source>
        <translation>Leído en este idioma (código %1): lo puntuaron sus propias palabras, negaciones e intensificadores.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>reelpulse::ComparisonModel</name>
    <message>
        <source>@%1 (own)</source>
        <translation>@%1 (propio)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>Growth (90 d)</source>
        <translation>Crecimiento (90 d)</translation>
    </message>
    <message>
        <source>Posts / week</source>
        <translation>Publicaciones / semana</translation>
    </message>
    <message>
        <source>Median ER</source>
        <translation>TI (mediana)</translation>
    </message>
    <message>
        <source>Reels</source>
        <translation>Reels</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
</context>
<context>
    <name>reelpulse::ComparisonView</name>
    <message>
        <source>Your own profiles (bold) against the competitors you track. Mark a profile as a competitor when you add or edit it.</source>
        <translation>Tus propios perfiles (en negrita) frente a los competidores que sigues. Marca un perfil como competidor al añadirlo o editarlo.</translation>
    </message>
    <message>
        <source>The comparison could not be read: %1</source>
        <translation>No se pudo leer la comparación: %1</translation>
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
        <translation>Mostrar también el reel en el feed</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Programar</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Carousel (2–10 images or videos)</source>
        <translation>Carrusel (2–10 imágenes o videos)</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>https://… public URL of an image or video</source>
        <translation>https://… URL pública de una imagen o un video</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Caption: #hashtags and @mentions count towards Instagram&apos;s limits</source>
        <translation>Texto: los #hashtags y las @menciones cuentan para los límites de Instagram</translation>
    </message>
    <message>
        <source>Describe the image for people who cannot see it</source>
        <translation>Describe la imagen para quienes no pueden verla</translation>
    </message>
    <message>
        <source>up to 3 usernames, separated by commas</source>
        <translation>hasta 3 nombres de usuario, separados por comas</translation>
    </message>
    <message>
        <source>posted right after publishing (a failure never fails the post)</source>
        <translation>se publica justo después de la publicación (si falla, la publicación no se da por fallida)</translation>
    </message>
    <message>
        <source>https://… cover image of the reel (optional)</source>
        <translation>https://… imagen de portada del reel (opcional)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Medios:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation>Texto alternativo:</translation>
    </message>
    <message>
        <source>Collaborators:</source>
        <translation>Colaboradores:</translation>
    </message>
    <message>
        <source>First comment:</source>
        <translation>Primer comentario:</translation>
    </message>
    <message>
        <source>Reel cover:</source>
        <translation>Portada del reel:</translation>
    </message>
    <message>
        <source>Publish at:</source>
        <translation>Publicar el:</translation>
    </message>
    <message>
        <source> (reconnect)</source>
        <translation> (reconectar)</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <source>hashtags</source>
        <translation>hashtags</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>menciones</translation>
    </message>
    <message>
        <source>Connect an account first (Accounts…).</source>
        <translation>Conecta primero una cuenta (Cuentas…).</translation>
    </message>
    <message>
        <source>That time has passed: choose a time to come (or now).</source>
        <translation>Esa hora ya pasó: elige una hora futura (o ahora).</translation>
    </message>
    <message>
        <source>Draft %1 saved.</source>
        <translation>Borrador %1 guardado.</translation>
    </message>
    <message>
        <source>Post %1 scheduled for %2.</source>
        <translation>Publicación %1 programada para %2.</translation>
    </message>
    <message>
        <source>&amp;Files…</source>
        <translation>&amp;Archivos…</translation>
    </message>
    <message>
        <source>Images and videos from this computer: uploaded to your media host when the post is scheduled (you can also drop files here)</source>
        <translation>Imágenes y vídeos de este equipo: se suben a tu host de medios al programar la publicación (también puedes soltar archivos aquí)</translation>
    </message>
    <message>
        <source>As it is (4:5 to 1.91:1 only)</source>
        <translation>Tal cual (solo de 4:5 a 1,91:1)</translation>
    </message>
    <message>
        <source>Crop to fit</source>
        <translation>Recortar para ajustar</translation>
    </message>
    <message>
        <source>Pad with white</source>
        <translation>Rellenar con blanco</translation>
    </message>
    <message>
        <source>Feed images must be between 4:5 (portrait) and 1.91:1 (landscape); the previews show what will be posted</source>
        <translation>Las imágenes del feed deben estar entre 4:5 (vertical) y 1,91:1 (horizontal); las vistas previas muestran lo que se publicará</translation>
    </message>
    <message>
        <source>Image shape:</source>
        <translation>Formato de imagen:</translation>
    </message>
    <message>
        <source>Add images or videos</source>
        <translation>Añadir imágenes o vídeos</translation>
    </message>
    <message>
        <source>Images and videos (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.mp4 *.mov *.m4v);;All files (*)</source>
        <translation>Imágenes y vídeos (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.mp4 *.mov *.m4v);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1×%2 pixels</source>
        <translation>%1×%2 píxeles</translation>
    </message>
    <message>
        <source>An image is not between 4:5 and 1.91:1 (red frame): choose to crop or pad it.</source>
        <translation>Una imagen no está entre 4:5 y 1,91:1 (marco rojo): elige recortarla o rellenarla.</translation>
    </message>
    <message>
        <source>From your account&apos;s recent posts: the hours of the week with the highest median likes + comments, and the hashtags whose posts had the most on average (each from at least 2 posts). Click one to use it.</source>
        <translation>De las publicaciones recientes de tu cuenta: las horas de la semana con la mediana más alta de me gusta + comentarios, y los hashtags cuyas publicaciones tuvieron más de media (cada uno de al menos 2 publicaciones). Haz clic en uno para usarlo.</translation>
    </message>
    <message>
        <source>Advice:</source>
        <translation>Consejos:</translation>
    </message>
    <message>
        <source>Reading your recent posts…</source>
        <translation>Leyendo tus publicaciones recientes…</translation>
    </message>
    <message>
        <source>No advice: %1</source>
        <translation>Sin consejos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n publicación</numerusform>
            <numerusform>%n publicaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough posts yet for advice (%n read).</source>
        <translation>
            <numerusform>Aún no hay suficientes publicaciones para dar consejos (%n leída).</numerusform>
            <numerusform>Aún no hay suficientes publicaciones para dar consejos (%n leídas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Best times: %1</source>
        <translation>Mejores horas: %1</translation>
    </message>
    <message>
        <source>Hashtags that did best: %1</source>
        <translation>Hashtags con mejores resultados: %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::CreatorAccountsModel</name>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculada</translation>
    </message>
</context>
<context>
    <name>reelpulse::CreatorService</name>
    <message>
        <source>A creator needs a name.</source>
        <translation>Un creador necesita un nombre.</translation>
    </message>
    <message>
        <source>A creator&apos;s name has at most %1 characters (this one has %2).</source>
        <translation>El nombre de un creador tiene como máximo %1 caracteres (este tiene %2).</translation>
    </message>
    <message>
        <source>Name a creator (its id or its name).</source>
        <translation>Indica un creador (su id o su nombre).</translation>
    </message>
    <message>
        <source>No creator is named or has the id &quot;%1&quot;. See: reelpulse-cli creators list</source>
        <translation>Ningún creador se llama &quot;%1&quot; ni tiene ese id. Consulta: reelpulse-cli creators list</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 200.</source>
        <translation>--limit debe estar entre 1 y 200.</translation>
    </message>
    <message>
        <source>That cursor is not one this list gave; start again without it.</source>
        <translation>Ese cursor no lo dio esta lista; empieza de nuevo sin él.</translation>
    </message>
    <message>
        <source>Name an account by its profile task id.</source>
        <translation>Indica una cuenta por el id de su tarea de perfil.</translation>
    </message>
    <message>
        <source>profile task</source>
        <translation>tarea de perfil</translation>
    </message>
    <message>
        <source>Account %1 is not linked to creator &quot;%2&quot;.</source>
        <translation>La cuenta %1 no está vinculada al creador &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The first day must not come after the last.</source>
        <translation>El primer día no puede ser posterior al último.</translation>
    </message>
    <message>
        <source>The period must be at least one day.</source>
        <translation>El período debe ser de al menos un día.</translation>
    </message>
</context>
<context>
    <name>reelpulse::CreatorStore</name>
    <message>
        <source>A creator named &quot;%1&quot; exists already.</source>
        <translation>Ya existe un creador llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>adding a creator</source>
        <translation>al añadir un creador</translation>
    </message>
    <message>
        <source>renaming a creator</source>
        <translation>al cambiar el nombre de un creador</translation>
    </message>
    <message>
        <source>No creator with id %1.</source>
        <translation>No hay ningún creador con el id %1.</translation>
    </message>
    <message>
        <source>removing a creator</source>
        <translation>al eliminar un creador</translation>
    </message>
    <message>
        <source>looking up a creator</source>
        <translation>al buscar un creador</translation>
    </message>
    <message>
        <source>listing creators</source>
        <translation>al listar los creadores</translation>
    </message>
    <message>
        <source>counting creators</source>
        <translation>al contar los creadores</translation>
    </message>
    <message>
        <source>linking an account</source>
        <translation>al vincular una cuenta</translation>
    </message>
    <message>
        <source>That account is linked to this creator already.</source>
        <translation>Esa cuenta ya está vinculada a este creador.</translation>
    </message>
    <message>
        <source>unlinking an account</source>
        <translation>al desvincular una cuenta</translation>
    </message>
    <message>
        <source>listing accounts</source>
        <translation>al listar las cuentas</translation>
    </message>
    <message>
        <source>looking up an account</source>
        <translation>al buscar una cuenta</translation>
    </message>
    <message>
        <source>reading a creator&apos;s accounts</source>
        <translation>al leer las cuentas de un creador</translation>
    </message>
    <message>
        <source>reading followers</source>
        <translation>al leer los seguidores</translation>
    </message>
    <message>
        <source>counting accounts</source>
        <translation>al contar las cuentas</translation>
    </message>
    <message>
        <source>counting analysed comments</source>
        <translation>al contar los comentarios analizados</translation>
    </message>
    <message>
        <source>reading items</source>
        <translation>al leer las publicaciones</translation>
    </message>
    <message>
        <source>reading item snapshots</source>
        <translation>al leer las instantáneas de las publicaciones</translation>
    </message>
</context>
<context>
    <name>reelpulse::CreatorTopItemsModel</name>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Video or post</source>
        <translation>Video o publicación</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
</context>
<context>
    <name>reelpulse::CreatorsModel</name>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
</context>
<context>
    <name>reelpulse::CreatorsPage</name>
    <message>
        <source>Creators</source>
        <translation>Creadores</translation>
    </message>
    <message>
        <source>Creator name</source>
        <translation>Nombre del creador</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nombrar</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Accounts of the creator</source>
        <translation>Cuentas del creador</translation>
    </message>
    <message>
        <source>A tracked Instagram or TikTok account (profile task) to link</source>
        <translation>Una cuenta de Instagram o TikTok seguida (tarea de perfil) para vincular</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Desvincular</translation>
    </message>
    <message>
        <source>Choose a creator.</source>
        <translation>Elige un creador.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Top videos and posts across platforms</source>
        <translation>Mejores videos y publicaciones en todas las plataformas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Follower growth</source>
        <translation>Crecimiento de seguidores</translation>
    </message>
    <message>
        <source>Engagement gained</source>
        <translation>Interacción ganada</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Clasificar por</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Durante</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
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
        <translation>Aún no hay creadores: escribe un nombre y elige Añadir.</translation>
    </message>
    <message>
        <source>no follower count yet</source>
        <translation>aún sin número de seguidores</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 followers over %n account(s)</source>
        <translation>
            <numerusform>%1: %2 seguidores en %n cuenta</numerusform>
            <numerusform>%1: %2 seguidores en %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the creator first.</source>
        <translation>Primero ponle un nombre al creador.</translation>
    </message>
    <message>
        <source>Created creator &quot;%1&quot;.</source>
        <translation>Creador &quot;%1&quot; creado.</translation>
    </message>
    <message>
        <source>Renamed the creator to &quot;%1&quot;.</source>
        <translation>El creador ahora se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Remove Creator</source>
        <translation>Eliminar creador</translation>
    </message>
    <message numerus="yes">
        <source>Remove the creator &quot;%1&quot;? Its %n account(s) stay tracked with their history.</source>
        <translation>
            <numerusform>¿Eliminar el creador &quot;%1&quot;? Su %n cuenta se sigue rastreando con su historial.</numerusform>
            <numerusform>¿Eliminar el creador &quot;%1&quot;? Sus %n cuentas se siguen rastreando con su historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Removed creator &quot;%1&quot;; its accounts stay tracked.</source>
        <translation>Creador &quot;%1&quot; eliminado; sus cuentas se siguen rastreando.</translation>
    </message>
    <message>
        <source>Linked the account to &quot;%1&quot;.</source>
        <translation>Cuenta vinculada a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unlinked the account from &quot;%1&quot;; it stays tracked.</source>
        <translation>Cuenta desvinculada de &quot;%1&quot;; se sigue rastreando.</translation>
    </message>
</context>
<context>
    <name>reelpulse::DailyAnalyticsService</name>
    <message>
        <source>Followers are counted for accounts and creators, not for a video: choose --metric views, likes, comments or shares.</source>
        <translation>Los seguidores se cuentan para cuentas y creadores, no para un video: elige --metric views, likes, comments o shares.</translation>
    </message>
    <message>
        <source>Name an account (profile task id), a creator or a video.</source>
        <translation>Indica una cuenta (id de tarea de perfil), un creador o un video.</translation>
    </message>
    <message>
        <source>No account, creator or video matches &quot;%1&quot; (give a profile task id, a creator&apos;s name or id, or a video&apos;s task id, shortcode, URL or platform id).</source>
        <translation>Ninguna cuenta, creador o video coincide con &quot;%1&quot; (indica el id de una tarea de perfil, el nombre o id de un creador, o el id de tarea, shortcode, URL o id de plataforma de un video).</translation>
    </message>
    <message>
        <source>Dates are written as YYYY-MM-DD.</source>
        <translation>Las fechas se escriben como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--from (%1) comes after --to (%2).</source>
        <translation>--from (%1) es posterior a --to (%2).</translation>
    </message>
    <message>
        <source>A daily series covers at most %1 days.</source>
        <translation>Una serie diaria abarca como máximo %1 días.</translation>
    </message>
    <message>
        <source>The period must be at least one day.</source>
        <translation>El período debe ser de al menos un día.</translation>
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
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Competidores</translation>
    </message>
    <message>
        <source>Reel / video</source>
        <translation>Reel / vídeo</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
</context>
<context>
    <name>reelpulse::Database</name>
    <message>
        <source>No data folder is set.</source>
        <translation>No hay ninguna carpeta de datos definida.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Check that the location is writable or choose another one with --data-dir.</source>
        <translation>No se puede crear la carpeta de datos %1. Comprueba que la ubicación admite escritura o elige otra con --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Falta el controlador SQLite para Qt (instala libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>No se puede abrir el almacén de datos %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ReelPulse store (or it is damaged): %2</source>
        <translation>%1 no es un almacén de datos de ReelPulse (o está dañado): %2</translation>
    </message>
    <message>
        <source>%1 is not a ReelPulse store. Choose another data folder.</source>
        <translation>%1 no es un almacén de datos de ReelPulse. Elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer ReelPulse (schema %2; this version knows up to %3). Update ReelPulse; the file was left untouched.</source>
        <translation>El almacén de datos %1 lo escribió un ReelPulse más reciente (esquema %2; esta versión conoce hasta el %3). Actualiza ReelPulse; el archivo no se tocó.</translation>
    </message>
    <message>
        <source>Cannot configure the store %1.</source>
        <translation>No se puede configurar el almacén de datos %1.</translation>
    </message>
    <message>
        <source>The store %1 needs an upgrade from schema version %2 to %3, but no backup could be made first (%4), so it was not upgraded and was left untouched. Free some disk space or make %5 writable, then open it again.</source>
        <translation>El almacén de datos %1 necesita actualizarse de la versión de esquema %2 a la %3, pero antes no se pudo hacer una copia de seguridad (%4), así que no se actualizó y quedó intacto. Libera espacio en disco o da permiso de escritura a %5 y vuelve a abrirlo.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>no free file name in %1</source>
        <translation>no hay un nombre de archivo libre en %1</translation>
    </message>
    <message>
        <source>the copy %1 could not be read back</source>
        <translation>no se pudo volver a leer la copia %1</translation>
    </message>
    <message>
        <source>The store was left as it was (schema version %1). A copy made before the upgrade is at %2.</source>
        <translation>El almacén de datos quedó como estaba (versión de esquema %1). Hay una copia hecha antes de la actualización en %2.</translation>
    </message>
</context>
<context>
    <name>reelpulse::DownloadService</name>
    <message>
        <source>&apos;%1&apos; cannot be downloaded this way.</source>
        <translation>«%1» no se puede descargar de esta forma.</translation>
    </message>
    <message>
        <source>Unknown quality &apos;%1&apos; (best, high, medium, low, 1080p, 720p, 480p, 360p).</source>
        <translation>Calidad desconocida «%1» (best, high, medium, low, 1080p, 720p, 480p, 360p).</translation>
    </message>
    <message>
        <source>Unknown type &apos;%1&apos; (media, video_only, image_only, audio_only).</source>
        <translation>Tipo desconocido «%1» (media, video_only, image_only, audio_only).</translation>
    </message>
    <message>
        <source>Unknown audio format &apos;%1&apos; (best, mp3, m4a, aac).</source>
        <translation>Formato de audio desconocido «%1» (best, mp3, m4a, aac).</translation>
    </message>
    <message>
        <source>ffmpeg is not installed.</source>
        <translation>ffmpeg no está instalado.</translation>
    </message>
    <message>
        <source>The post has no media of the type asked for (%1).</source>
        <translation>La publicación no tiene medios del tipo pedido (%1).</translation>
    </message>
    <message>
        <source>Try --type media.</source>
        <translation>Prueba --type media.</translation>
    </message>
    <message>
        <source>Change downloads.name_template.</source>
        <translation>Cambia downloads.name_template.</translation>
    </message>
    <message>
        <source>Less than 500 MiB free in %1: downloads paused.</source>
        <translation>Menos de 500 MiB libres en %1: descargas en pausa.</translation>
    </message>
    <message>
        <source>Free some space, then resume the download.</source>
        <translation>Libera espacio y luego reanuda la descarga.</translation>
    </message>
    <message>
        <source>The post changed while it was downloaded.</source>
        <translation>La publicación cambió mientras se descargaba.</translation>
    </message>
    <message>
        <source>The media URL expired again after a fresh look-up.</source>
        <translation>La URL del medio volvió a caducar tras una nueva consulta.</translation>
    </message>
    <message>
        <source>Gave up after %1 tries.</source>
        <translation>Se abandonó tras %1 intentos.</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>La descarga falló.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a story (username/story-id).</source>
        <translation>«%1» no es una historia (usuario/id-de-historia).</translation>
    </message>
    <message>
        <source>Stories last 24 hours; this one is gone.</source>
        <translation>Las historias duran 24 horas; esta ya no está.</translation>
    </message>
    <message>
        <source>Sign in from the app (Settings › Instagram account); a private account&apos;s stories need an account that follows it.</source>
        <translation>Inicia sesión desde la app (Configuración › Cuenta de Instagram); las historias de una cuenta privada necesitan una cuenta que la siga.</translation>
    </message>
    <message>
        <source>Check the URL or shortcode; the post may have been deleted.</source>
        <translation>Comprueba la URL o el código corto; puede que la publicación se haya eliminado.</translation>
    </message>
    <message>
        <source>The post belongs to a private account or needs a signed-in session.</source>
        <translation>La publicación pertenece a una cuenta privada o requiere una sesión iniciada.</translation>
    </message>
    <message>
        <source>Instagram asks to slow down; try again later.</source>
        <translation>Instagram pide ir más despacio; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Retry after a moment.</source>
        <translation>Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The next file needs %1 but only %2 are free in %3: downloads paused.</source>
        <translation>El siguiente archivo necesita %1, pero solo hay %2 libres en %3: descargas en pausa.</translation>
    </message>
    <message>
        <source>The story %1 of @%2 is not there any more.</source>
        <translation>La historia %1 de @%2 ya no está.</translation>
    </message>
</context>
<context>
    <name>reelpulse::DownloadsModel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n files)</source>
        <translation>
            <numerusform>%1 (%n archivo)</numerusform>
            <numerusform>%1 (%n archivos)</numerusform>
        </translation>
    </message>
    <message>
        <source>TikTok video</source>
        <translation>Video de TikTok</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Carrusel</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>%1 (audio)</source>
        <translation>%1 (audio)</translation>
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
        <translation>Fallida: %1</translation>
    </message>
    <message>
        <source>Paused: low disk space</source>
        <translation>En pausa: poco espacio en disco</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
</context>
<context>
    <name>reelpulse::DownloadsPage</name>
    <message>
        <source>Resume downloads</source>
        <translation>Reanudar descargas</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add posts, reels or TikTok videos to download (Ctrl+V pastes URLs)</source>
        <translation>Añade publicaciones, reels o videos de TikTok para descargar (Ctrl+V pega URL)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Copy source URL</source>
        <translation>Copiar URL de origen</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Remove and delete files…</source>
        <translation>Quitar y borrar archivos…</translation>
    </message>
    <message>
        <source>Filter downloads</source>
        <translation>Filtrar descargas</translation>
    </message>
    <message>
        <source>Not added: %1 — %2</source>
        <translation>No añadido: %1 — %2</translation>
    </message>
    <message>
        <source>%1 is already downloaded.</source>
        <translation>%1 ya está descargado.</translation>
    </message>
    <message numerus="yes">
        <source>Batch finished: %n downloaded</source>
        <translation>
            <numerusform>Lote terminado: %n descargado</numerusform>
            <numerusform>Lote terminado: %n descargados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fallido</numerusform>
            <numerusform>, %n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n descarga</numerusform>
            <numerusform>%n descargas</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 running · %2 completed</source>
        <translation> · %1 en curso · %2 completadas</translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation> · %1 fallidas</translation>
    </message>
    <message>
        <source> · %1 on disk</source>
        <translation> · %1 en disco</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>Borrar archivos</translation>
    </message>
    <message>
        <source>Remove this download from the list and delete its files from your disk?</source>
        <translation>¿Quitar esta descarga de la lista y borrar sus archivos del disco?</translation>
    </message>
</context>
<context>
    <name>reelpulse::EndpointProfilesSection</name>
    <message>
        <source>How ReelPulse reaches Instagram and TikTok. Newer signed profiles are installed with reelpulse-cli endpoints update.</source>
        <translation>Cómo llega ReelPulse a Instagram y TikTok. Los perfiles firmados más recientes se instalan con reelpulse-cli endpoints update.</translation>
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
        <translation>integrado</translation>
    </message>
    <message>
        <source>local copy from %1, unsigned</source>
        <translation>copia local del %1, sin firmar</translation>
    </message>
    <message>
        <source>updated %1, signed</source>
        <translation>actualizado el %1, firmado</translation>
    </message>
    <message>
        <source>%1 version %2 (%3)</source>
        <translation>%1 versión %2 (%3)</translation>
    </message>
    <message>
        <source>Endpoint profiles: %1</source>
        <translation>Perfiles de endpoints: %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::EndpointSignature</name>
    <message>
        <source>An endpoint signing key must be the 32 bytes of an Ed25519 public key.</source>
        <translation>Una clave de firma de endpoints debe ser los 32 bytes de una clave pública Ed25519.</translation>
    </message>
    <message>
        <source>the signature file is too long to be a signature</source>
        <translation>el archivo de firma es demasiado largo para ser una firma</translation>
    </message>
    <message>
        <source>the signature file does not hold a signature (base64 text of 64 bytes)</source>
        <translation>el archivo de firma no contiene una firma (texto base64 de 64 bytes)</translation>
    </message>
    <message>
        <source>the signature does not match: the file was changed after it was signed, or it was signed with a key this ReelPulse does not trust</source>
        <translation>la firma no coincide: el archivo se modificó después de firmarse o se firmó con una clave en la que este ReelPulse no confía</translation>
    </message>
</context>
<context>
    <name>reelpulse::EndpointUpdater</name>
    <message>
        <source>The endpoint profile %1 was refused: %2</source>
        <translation>Se rechazó el perfil de endpoints %1: %2</translation>
    </message>
    <message>
        <source>Cannot fetch the endpoint profile %1: %2. Check the address and your connection, or pass a downloaded file with --from.</source>
        <translation>No se puede obtener el perfil de endpoints %1: %2. Comprueba la dirección y tu conexión, o indica un archivo descargado con --from.</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes, which no endpoint profile or signature is</source>
        <translation>ocupa más de %1 bytes, y ningún perfil de endpoints ni firma es tan grande</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>it is not a valid address</source>
        <translation>no es una dirección válida</translation>
    </message>
    <message>
        <source>no complete answer within %1 seconds</source>
        <translation>ninguna respuesta completa en %1 segundos</translation>
    </message>
    <message>
        <source>the server answered with HTTP status %1</source>
        <translation>el servidor respondió con el estado HTTP %1</translation>
    </message>
    <message>
        <source>Cannot install the endpoint profile at %1: %2. Check that the data folder is writable and run the update again.</source>
        <translation>No se puede instalar el perfil de endpoints en %1: %2. Comprueba que la carpeta de datos admite escritura y vuelve a ejecutar la actualización.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Endpoint profiles come from an http:// or https:// address or a file, not &quot;%1&quot;.</source>
        <translation>Los perfiles de endpoints vienen de una dirección http:// o https:// o de un archivo, no de «%1».</translation>
    </message>
    <message>
        <source>there is no file at that address (HTTP 404)</source>
        <translation>no hay ningún archivo en esa dirección (HTTP 404)</translation>
    </message>
    <message>
        <source>There is no endpoint profile at %1.</source>
        <translation>No hay ningún perfil de endpoints en %1.</translation>
    </message>
    <message>
        <source>it is not signed (there is no signature at %1)</source>
        <translation>no está firmado (no hay firma en %1)</translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation>no está firmado</translation>
    </message>
    <message>
        <source>it is not an endpoint profile (not a JSON object: %1)</source>
        <translation>no es un perfil de endpoints (no es un objeto JSON: %1)</translation>
    </message>
    <message>
        <source>other JSON value</source>
        <translation>otro valor JSON</translation>
    </message>
    <message>
        <source>it names no platform ReelPulse knows (&quot;platform&quot;: &quot;%1&quot;)</source>
        <translation>no indica ninguna plataforma que ReelPulse conozca («platform»: «%1»)</translation>
    </message>
    <message>
        <source>it is the profile for %1, not for %2</source>
        <translation>es el perfil de %1, no de %2</translation>
    </message>
    <message>
        <source>its version %1 is older than version %2, which is in use</source>
        <translation>su versión %1 es anterior a la versión %2, que está en uso</translation>
    </message>
    <message>
        <source>The endpoint profile was written to %1 but is not the one in use: %2</source>
        <translation>El perfil de endpoints se escribió en %1, pero no es el que está en uso: %2</translation>
    </message>
</context>
<context>
    <name>reelpulse::FirstRunDialog</name>
    <message>
        <source>Welcome to ReelPulse</source>
        <translation>Te damos la bienvenida a ReelPulse</translation>
    </message>
    <message>
        <source>ReelPulse follows Instagram profiles, reels and posts and TikTok videos on a schedule. It keeps every measurement so you can see how they grow, and reads the sentiment of their comments, emoji included.</source>
        <translation>ReelPulse sigue perfiles, reels y publicaciones de Instagram y videos de TikTok de forma programada. Guarda cada medición para que veas cómo crecen y lee el sentimiento de sus comentarios, emoji incluidos.</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Your data lives in %1; reelpulse-cli uses the same folder. Help › Open Data Folder shows it at any time.</source>
        <translation>Todo se queda en este equipo. Tus datos están en %1; reelpulse-cli usa la misma carpeta. Ayuda › Abrir la carpeta de datos la muestra en cualquier momento.</translation>
    </message>
    <message>
        <source>To begin, add the first profile you want to follow: your own or a competitor&apos;s. Signing in to Instagram is optional; it lets ReelPulse read what Instagram shows only to signed-in people, and your session is kept in the system keychain only. Connecting a professional account for publishing will come with the Composer.</source>
        <translation>Para empezar, añade el primer perfil que quieras seguir: el tuyo o el de un competidor. Iniciar sesión en Instagram es opcional; permite que ReelPulse lea lo que Instagram solo muestra a quienes iniciaron sesión, y tu sesión se guarda solo en el llavero del sistema. La conexión de una cuenta profesional para publicar llegará con la sección Redactar.</translation>
    </message>
    <message>
        <source>Add Your First Profile…</source>
        <translation>Añadir tu primer perfil…</translation>
    </message>
    <message>
        <source>Sign In to Instagram…</source>
        <translation>Iniciar sesión en Instagram…</translation>
    </message>
    <message>
        <source>Start Using ReelPulse</source>
        <translation>Empezar a usar ReelPulse</translation>
    </message>
</context>
<context>
    <name>reelpulse::GovernorState</name>
    <message>
        <source>Request budget used up</source>
        <translation>Cuota de solicitudes agotada</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limitado por la plataforma</translation>
    </message>
    <message>
        <source>Temporarily blocked</source>
        <translation>Bloqueado temporalmente</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Se requiere iniciar sesión</translation>
    </message>
    <message>
        <source>Stopped: Instagram asks for a security check</source>
        <translation>Detenido: Instagram pide una verificación de seguridad</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>%1, resumes in %2</source>
        <translation>%1, se reanuda en %2</translation>
    </message>
</context>
<context>
    <name>reelpulse::GovernorStore</name>
    <message>
        <source>The request log in the store could not be used (%1).</source>
        <translation>No se pudo usar el registro de solicitudes del almacén de datos (%1).</translation>
    </message>
    <message>
        <source>The request log in the store could not be saved (%1).</source>
        <translation>No se pudo guardar el registro de solicitudes del almacén de datos (%1).</translation>
    </message>
</context>
<context>
    <name>reelpulse::GraphClient</name>
    <message>
        <source>No answer from Instagram: %1</source>
        <translation>Sin respuesta de Instagram: %1</translation>
    </message>
    <message>
        <source>Instagram did not answer (%1): whether it acted is unknown.</source>
        <translation>Instagram no respondió (%1): no se sabe si llegó a actuar.</translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation>No se pudo enviar la solicitud: %1</translation>
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
        <translation>Uso: reelpulse [--data-dir DIR]

ReelPulse: sigue perfiles de Instagram, reels y videos de TikTok en tu propio equipo.

Opciones:
  --data-dir DIR   usa el almacén de datos de DIR (predeterminado: $REELPULSE_DATA_DIR o, si no,
                   la carpeta de datos de la aplicación); reelpulse-cli usa la misma carpeta
  --version        muestra la versión y sale
  --help           muestra esta ayuda y sale

También se aceptan las opciones propias de Qt (-platform, -style, …).
</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir necesita una carpeta.</translation>
    </message>
    <message>
        <source>Unknown argument %1 (see reelpulse --help).</source>
        <translation>Argumento desconocido %1 (consulta reelpulse --help).</translation>
    </message>
    <message>
        <source>ReelPulse cannot open its data</source>
        <translation>ReelPulse no puede abrir sus datos</translation>
    </message>
    <message>
        <source>ReelPulse could not open the data folder %1.

%2

Choose another folder with --data-dir DIR, or fix the folder and start ReelPulse again.</source>
        <translation>ReelPulse no pudo abrir la carpeta de datos %1.

%2

Elige otra carpeta con --data-dir DIR, o corrige la carpeta y vuelve a iniciar ReelPulse.</translation>
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
        <translation>interacción media %1</translation>
    </message>
    <message>
        <source>no post</source>
        <translation>sin publicación</translation>
    </message>
</context>
<context>
    <name>reelpulse::HttpFetcher</name>
    <message>
        <source>The answer of %1 is larger than the %2 limit and was abandoned (the limit is the setting net.max_body_mib).</source>
        <translation>La respuesta de %1 supera el límite de %2 y se descartó (el límite es el ajuste net.max_body_mib).</translation>
    </message>
</context>
<context>
    <name>reelpulse::Identifiers</name>
    <message>
        <source>The post URL has no shortcode.</source>
        <translation>La URL de la publicación no tiene código corto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Instagram shortcode: only letters, digits, &apos;-&apos; and &apos;_&apos; are allowed.</source>
        <translation>«%1» no es un código corto de Instagram: solo se permiten letras, dígitos, &apos;-&apos; y &apos;_&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a public Instagram shortcode: shortcodes have at most %2 characters.</source>
        <translation>«%1» no es un código corto público de Instagram: los códigos cortos tienen como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Instagram address: use a name, @name or https://www.instagram.com/name/.</source>
        <translation>«%1» no es una dirección de Instagram: usa un nombre, @nombre o https://www.instagram.com/nombre/.</translation>
    </message>
    <message>
        <source>The address names no profile.</source>
        <translation>La dirección no indica ningún perfil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a post or page address, not a profile: use https://www.instagram.com/name/.</source>
        <translation>«%1» es la dirección de una publicación o página, no de un perfil: usa https://www.instagram.com/nombre/.</translation>
    </message>
    <message>
        <source>The profile name is empty.</source>
        <translation>El nombre del perfil está vacío.</translation>
    </message>
    <message>
        <source>Invalid Instagram profile name &quot;%1&quot;: a username has at most 30 characters.</source>
        <translation>Nombre de perfil de Instagram no válido «%1»: un nombre de usuario tiene como máximo 30 caracteres.</translation>
    </message>
    <message>
        <source>Invalid Instagram profile name &quot;%1&quot;: only letters, digits, &apos;.&apos; and &apos;_&apos; are allowed.</source>
        <translation>Nombre de perfil de Instagram no válido «%1»: solo se permiten letras, dígitos, &apos;.&apos; y &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Invalid Instagram profile name &quot;%1&quot;: a username cannot start or end with &apos;.&apos;.</source>
        <translation>Nombre de perfil de Instagram no válido «%1»: un nombre de usuario no puede empezar ni terminar con &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Invalid Instagram profile name &quot;%1&quot;: a username cannot contain two &apos;.&apos; in a row (&apos;..&apos;).</source>
        <translation>Nombre de perfil de Instagram no válido «%1»: un nombre de usuario no puede contener dos &apos;.&apos; seguidos (&apos;..&apos;).</translation>
    </message>
    <message>
        <source>The shortcode &quot;%1&quot; is too large to be a media id.</source>
        <translation>El código corto «%1» es demasiado grande para ser un id de medio.</translation>
    </message>
    <message>
        <source>The reel URL is empty.</source>
        <translation>La URL del reel está vacía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Instagram post or reel address.</source>
        <translation>«%1» no es la dirección de una publicación o un reel de Instagram.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Instagram address: use https://www.instagram.com/reel/SHORTCODE/.</source>
        <translation>«%1» no es una dirección de Instagram: usa https://www.instagram.com/reel/CODIGOCORTO/.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a post or reel address: expected /reel/, /reels/, /p/ or /tv/ followed by the shortcode.</source>
        <translation>«%1» no es la dirección de una publicación o un reel: se esperaba /reel/, /reels/, /p/ o /tv/ seguido del código corto.</translation>
    </message>
    <message>
        <source>The video identifier is empty.</source>
        <translation>El identificador del video está vacío.</translation>
    </message>
    <message>
        <source>The video identifier is longer than 512 characters.</source>
        <translation>El identificador del video tiene más de 512 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Instagram media id.</source>
        <translation>«%1» no es un id de medio de Instagram válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a TikTok address: add it with the platform tiktok.</source>
        <translation>«%1» es una dirección de TikTok: añádela con la plataforma tiktok.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an Instagram address: add it with the platform instagram.</source>
        <translation>«%1» es una dirección de Instagram: añádela con la plataforma instagram.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a TikTok video URL (https://www.tiktok.com/@user/video/ID) nor a numeric video id.</source>
        <translation>«%1» no es ni una URL de video de TikTok (https://www.tiktok.com/@user/video/ID) ni un id numérico de video.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a TikTok short link. Open it in a browser and paste the full address (https://www.tiktok.com/@user/video/ID).</source>
        <translation>«%1» es un enlace corto de TikTok. Ábrelo en un navegador y pega la dirección completa (https://www.tiktok.com/@user/video/ID).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not contain a TikTok video id: expected https://www.tiktok.com/@user/video/ID.</source>
        <translation>«%1» no contiene un id de video de TikTok: se esperaba https://www.tiktok.com/@user/video/ID.</translation>
    </message>
    <message>
        <source>Invalid TikTok username &quot;%1&quot;: a username has 2 to 24 characters.</source>
        <translation>Nombre de usuario de TikTok no válido «%1»: un nombre de usuario tiene de 2 a 24 caracteres.</translation>
    </message>
    <message>
        <source>Invalid TikTok username &quot;%1&quot;: only letters, digits, &apos;_&apos; and &apos;.&apos; are allowed.</source>
        <translation>Nombre de usuario de TikTok no válido «%1»: solo se permiten letras, dígitos, &apos;_&apos; y &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Invalid TikTok username &quot;%1&quot;: a username cannot end with &apos;.&apos;.</source>
        <translation>Nombre de usuario de TikTok no válido «%1»: un nombre de usuario no puede terminar en &apos;.&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TikTok address: use a name, @name or https://www.tiktok.com/@name.</source>
        <translation>«%1» no es una dirección de TikTok: usa un nombre, @nombre o https://www.tiktok.com/@name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no TikTok account: use https://www.tiktok.com/@name.</source>
        <translation>«%1» no nombra ninguna cuenta de TikTok: usa https://www.tiktok.com/@name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a video or page address, not an account: use https://www.tiktok.com/@name.</source>
        <translation>«%1» es la dirección de un vídeo o de una página, no de una cuenta: usa https://www.tiktok.com/@name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an address of %2, not of %3.</source>
        <translation>«%1» es una dirección de %2, no de %3.</translation>
    </message>
</context>
<context>
    <name>reelpulse::InstagramAccountSection</name>
    <message>
        <source>Instagram account</source>
        <translation>Cuenta de Instagram</translation>
    </message>
    <message>
        <source>Sign In to &amp;Instagram…</source>
        <translation>Iniciar sesión en &amp;Instagram…</translation>
    </message>
    <message>
        <source>Sign In with Your &amp;Browser Instead…</source>
        <translation>Iniciar sesión con tu &amp;navegador…</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Stories need a signed-in session. Profiles, posts, reels, comments and TikTok videos are read without one, as far as the platforms show them to visitors; a session also helps when Instagram asks visitors to sign in. The session is kept in your system keychain only — never in ReelPulse&apos;s database, settings or logs.</source>
        <translation>Las historias requieren una sesión iniciada. Los perfiles, publicaciones, reels, comentarios y videos de TikTok se leen sin ella, en la medida en que las plataformas los muestran a los visitantes; una sesión también ayuda cuando Instagram pide a los visitantes que inicien sesión. La sesión se guarda solo en el llavero de tu sistema, nunca en la base de datos, la configuración ni los registros de ReelPulse.</translation>
    </message>
    <message>
        <source>Signed in to Instagram as %1.</source>
        <translation>Sesión iniciada en Instagram como %1.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Not signed in: ReelPulse reads Instagram as a visitor.</source>
        <translation>Sin sesión: ReelPulse lee Instagram como visitante.</translation>
    </message>
    <message>
        <source>Saving the session…</source>
        <translation>Guardando la sesión…</translation>
    </message>
    <message>
        <source>Sign Out of Instagram</source>
        <translation>Cerrar sesión en Instagram</translation>
    </message>
    <message>
        <source>Sign out %1?

ReelPulse forgets the session and reads Instagram as a visitor again. Stories cannot be read without a session.</source>
        <translation>¿Cerrar la sesión de %1?

ReelPulse olvida la sesión y vuelve a leer Instagram como visitante. Las historias no se pueden leer sin sesión.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Signed out of Instagram (%1).</source>
        <translation>Sesión de Instagram cerrada (%1).</translation>
    </message>
</context>
<context>
    <name>reelpulse::InstagramClient</name>
    <message>
        <source>The endpoint profile names a reader ReelPulse does not have (%1 in %2).</source>
        <translation>El perfil de endpoints indica un lector que ReelPulse no tiene (%1 en %2).</translation>
    </message>
    <message>
        <source>The answer could not be read.</source>
        <translation>No se pudo leer la respuesta.</translation>
    </message>
    <message>
        <source>Sign in to Instagram to read stories: Instagram shows stories only to signed-in accounts.</source>
        <translation>Inicia sesión en Instagram para leer historias: Instagram solo muestra las historias a cuentas con sesión iniciada.</translation>
    </message>
</context>
<context>
    <name>reelpulse::InstagramSignInDialog</name>
    <message>
        <source>Sign In to Instagram</source>
        <translation>Iniciar sesión en Instagram</translation>
    </message>
    <message>
        <source>Sign in with your Instagram account. ReelPulse keeps only the session it gets, in your system keychain, and never sees your password outside this page.</source>
        <translation>Inicia sesión con tu cuenta de Instagram. ReelPulse solo guarda la sesión que obtiene, en el llavero de tu sistema, y nunca ve tu contraseña fuera de esta página.</translation>
    </message>
    <message>
        <source>Use &amp;Your Browser Instead…</source>
        <translation>Usar tu &amp;navegador…</translation>
    </message>
    <message>
        <source>Signed in. Saving the session…</source>
        <translation>Sesión iniciada. Guardando la sesión…</translation>
    </message>
    <message>
        <source>The page did not load. Check the network connection, or use your browser instead.</source>
        <translation>La página no se cargó. Comprueba la conexión de red o usa tu navegador.</translation>
    </message>
</context>
<context>
    <name>reelpulse::KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (on Linux install and unlock GNOME Keyring or KWallet): %1</source>
        <translation>No hay ningún llavero del sistema disponible (en Linux, instala y desbloquea GNOME Keyring o KWallet): %1</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1. Unlock it and try again.</source>
        <translation>El llavero del sistema denegó el acceso: %1. Desbloquéalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Falló el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The system keychain could not be reached.</source>
        <translation>No se pudo acceder al llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>reelpulse::LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of ReelPulse and reelpulse-cli; numbers, dates and percentages follow it. The system default follows LANGUAGE and LANG.</source>
        <translation>El idioma de ReelPulse y de reelpulse-cli; los números, las fechas y los porcentajes lo siguen. El predeterminado del sistema sigue LANGUAGE y LANG.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>ReelPulse uses %1 from its next start.</source>
        <translation>ReelPulse usará %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Restart ReelPulse</source>
        <translation>Reiniciar ReelPulse</translation>
    </message>
    <message>
        <source>ReelPulse uses %1 from its next start. Restart now? The window closes as usual and opens again on the same data folder.</source>
        <translation>ReelPulse usará %1 a partir del próximo inicio. ¿Reiniciar ahora? La ventana se cierra como siempre y vuelve a abrirse con la misma carpeta de datos.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
</context>
<context>
    <name>reelpulse::LeaderboardModel</name>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <source>Growth %</source>
        <translation>Crecimiento %</translation>
    </message>
    <message>
        <source>Engagement gained</source>
        <translation>Interacción ganada</translation>
    </message>
</context>
<context>
    <name>reelpulse::LoopbackReceiver</name>
    <message>
        <source>&lt;html&gt;&lt;body&gt;&lt;h2&gt;ReelPulse&lt;/h2&gt;&lt;p&gt;You can close this tab and return to ReelPulse.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;body&gt;&lt;h2&gt;ReelPulse&lt;/h2&gt;&lt;p&gt;Puedes cerrar esta pestaña y volver a ReelPulse.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
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
        <translation>Perfiles</translation>
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
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Redactar</translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <source>The folder with the ReelPulse database; reelpulse-cli uses the same one.</source>
        <translation>La carpeta con la base de datos de ReelPulse; reelpulse-cli usa la misma.</translation>
    </message>
    <message>
        <source>ReelPulse %1 started with the data folder %2.</source>
        <translation>ReelPulse %1 se inició con la carpeta de datos %2.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Reloaded from the data folder.</source>
        <translation>Recargado desde la carpeta de datos.</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About ReelPulse</source>
        <translation>&amp;Acerca de ReelPulse</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>%1 — ReelPulse</source>
        <translation>%1 — ReelPulse</translation>
    </message>
    <message>
        <source>About ReelPulse</source>
        <translation>Acerca de ReelPulse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReelPulse %1&lt;/h3&gt;&lt;p&gt;Track Instagram profiles, reels and TikTok videos on your own machine.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelPulse %1&lt;/h3&gt;&lt;p&gt;Sigue perfiles de Instagram, reels y videos de TikTok en tu propio equipo.&lt;/p&gt;&lt;p&gt;Carpeta de datos: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Scrape Now</source>
        <translation>&amp;Recopilar ahora</translation>
    </message>
    <message>
        <source>Scrape the selected tasks now, even while scraping is paused (Ctrl+R)</source>
        <translation>Recopila ahora las tareas seleccionadas, incluso con la recopilación en pausa (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Pause Scraping</source>
        <translation>&amp;Pausar la recopilación</translation>
    </message>
    <message>
        <source>Stop scraping due tasks until you resume; Scrape Now still works</source>
        <translation>No recopila las tareas pendientes hasta que reanudes; «Recopilar ahora» sigue funcionando</translation>
    </message>
    <message>
        <source>Scraping paused.</source>
        <translation>Recopilación en pausa.</translation>
    </message>
    <message>
        <source>Scraping resumed.</source>
        <translation>Recopilación reanudada.</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <source>Show the scraped posts and comments of the selected task (Ctrl+D)</source>
        <translation>Muestra las publicaciones y los comentarios recopilados de la tarea seleccionada (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Scraping</source>
        <translation>Re&amp;copilación</translation>
    </message>
    <message>
        <source>Scraping</source>
        <translation>Recopilación</translation>
    </message>
    <message>
        <source>%1 will be scraped next.</source>
        <translation>%1 se recopilará a continuación.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks will be scraped next.</source>
        <translation>
            <numerusform>%n tarea se recopilará a continuación.</numerusform>
            <numerusform>%n tareas se recopilarán a continuación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scraping could not start: %1</source>
        <translation>No se pudo iniciar la recopilación: %1</translation>
    </message>
    <message>
        <source>ReelPulse needs you</source>
        <translation>ReelPulse te necesita</translation>
    </message>
    <message>
        <source>%1 is left for later.</source>
        <translation>%1 queda para más tarde.</translation>
    </message>
    <message>
        <source>%1 is left for later: %2</source>
        <translation>%1 queda para más tarde: %2</translation>
    </message>
    <message>
        <source>Scraping could not be resumed: %1</source>
        <translation>No se pudo reanudar la recopilación: %1</translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <translation>Esperándote: %1</translation>
    </message>
    <message>
        <source>Scraping resumed; no platform was stopped.</source>
        <translation>Recopilación reanudada; ninguna plataforma estaba detenida.</translation>
    </message>
    <message numerus="yes">
        <source>Scraping resumed: %n stop(s) and pause(s) lifted.</source>
        <translation>
            <numerusform>Recopilación reanudada: se levantó %n detención o pausa.</numerusform>
            <numerusform>Recopilación reanudada: se levantaron %n detenciones y pausas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloads finished: %1 downloaded, %2 failed.</source>
        <translation>Descargas terminadas: %1 descargadas, %2 fallidas.</translation>
    </message>
    <message>
        <source>Downloads finished</source>
        <translation>Descargas terminadas</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creadores</translation>
    </message>
</context>
<context>
    <name>reelpulse::MediaHost</name>
    <message>
        <source>The media host did not answer the upload: %1</source>
        <translation>El host de medios no respondió a la subida: %1</translation>
    </message>
    <message>
        <source>The media host refused the user name or password (HTTP %1).</source>
        <translation>El host de medios rechazó el nombre de usuario o la contraseña (HTTP %1).</translation>
    </message>
    <message>
        <source>The media host refused the upload (HTTP %1).</source>
        <translation>El host de medios rechazó la subida (HTTP %1).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MiB.</source>
        <translation>%1 ocupa más de 512 MiB.</translation>
    </message>
    <message>
        <source>The media host did not delete %1.</source>
        <translation>El host de medios no eliminó %1.</translation>
    </message>
    <message>
        <source>The file was uploaded but could not be read back at %1: check media_host.public_url (Instagram reads media there).</source>
        <translation>El archivo se subió, pero no se pudo volver a leer en %1: comprueba media_host.public_url (Instagram lee los medios allí).</translation>
    </message>
    <message>
        <source>The bucket refused the access key or secret key (HTTP %1): check them, the region and that the key may write to the bucket.</source>
        <translation>El bucket rechazó la clave de acceso o la clave secreta (HTTP %1): revísalas, la región y que la clave pueda escribir en el bucket.</translation>
    </message>
    <message>
        <source>A local file must be put where Instagram can fetch it: set the media host (WebDAV: media_host.put_url, media_host.public_url, media_host.user; S3: media_host.kind s3, media_host.s3_endpoint, media_host.s3_bucket, media_host.s3_region, the access key as media_host.user; the password or secret key with &apos;reelpulse-cli media-host password&apos;), or give a public URL instead.</source>
        <translation>Un archivo local debe estar donde Instagram pueda obtenerlo: configura el host de medios (WebDAV: media_host.put_url, media_host.public_url, media_host.user; S3: media_host.kind s3, media_host.s3_endpoint, media_host.s3_bucket, media_host.s3_region, la clave de acceso como media_host.user; la contraseña o la clave secreta con &apos;reelpulse-cli media-host password&apos;) o indica una URL pública.</translation>
    </message>
</context>
<context>
    <name>reelpulse::Migrations</name>
    <message>
        <source>Cannot upgrade the store (is another ReelPulse using it?): %1</source>
        <translation>No se puede actualizar el almacén de datos (¿lo está usando otro ReelPulse?): %1</translation>
    </message>
    <message>
        <source>Upgrading the store to version %1 failed: %2</source>
        <translation>Falló la actualización del almacén de datos a la versión %1: %2</translation>
    </message>
</context>
<context>
    <name>reelpulse::ModelFormat</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>cada %n día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>cada hora</translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>cada %n hora</numerusform>
            <numerusform>cada %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limitado por la plataforma</translation>
    </message>
    <message>
        <source>temporarily blocked</source>
        <translation>bloqueado temporalmente</translation>
    </message>
    <message>
        <source>sign-in required</source>
        <translation>requiere iniciar sesión</translation>
    </message>
    <message>
        <source>security check</source>
        <translation>verificación de seguridad</translation>
    </message>
    <message>
        <source>platform changed</source>
        <translation>la plataforma cambió</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privado</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>respuesta ilegible</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
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
        <translation>Carrusel</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>aún sin puntuar</translation>
    </message>
    <message>
        <source>%1 (manual)</source>
        <translation>%1 (manual)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scraping now…</source>
        <translation>Recopilando ahora…</translation>
    </message>
    <message>
        <source>Scraping now: %1…</source>
        <translation>Recopilando ahora: %1…</translation>
    </message>
    <message>
        <source>The last scrape stored its data.</source>
        <translation>La última recopilación guardó sus datos.</translation>
    </message>
    <message>
        <source>The last scrape failed: %1. ReelPulse tries again by itself.</source>
        <translation>La última recopilación falló: %1. ReelPulse vuelve a intentarlo por sí solo.</translation>
    </message>
    <message>
        <source>The task stopped with an error.</source>
        <translation>La tarea se detuvo con un error.</translation>
    </message>
    <message>
        <source>The last scrape failed: %1.</source>
        <translation>La última recopilación falló: %1.</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>sin determinar</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
</context>
<context>
    <name>reelpulse::NeedsUserBanner</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Scraping needs you</source>
        <translation>La recopilación te necesita</translation>
    </message>
    <message>
        <source>I&apos;ve solved it — &amp;resume</source>
        <translation>Ya lo resolví: &amp;reanudar</translation>
    </message>
    <message>
        <source>After you passed the check in your browser (or on the phone): let ReelPulse read the platform again and retry the task that stopped.</source>
        <translation>Después de pasar la verificación en tu navegador (o en el teléfono): deja que ReelPulse vuelva a leer la plataforma y reintente la tarea que se detuvo.</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Reanudando…</translation>
    </message>
</context>
<context>
    <name>reelpulse::OAuthBrowserDialog</name>
    <message>
        <source>Connect an Instagram Professional Account</source>
        <translation>Conectar una cuenta profesional de Instagram</translation>
    </message>
    <message>
        <source>Sign in to Instagram and allow ReelPulse to publish for your professional account. The token goes to your system keychain; this window keeps nothing on disk.</source>
        <translation>Inicia sesión en Instagram y permite que ReelPulse publique para tu cuenta profesional. El token va al llavero de tu sistema; esta ventana no guarda nada en el disco.</translation>
    </message>
    <message>
        <source>Use &amp;Your Browser Instead…</source>
        <translation>Usar tu &amp;navegador…</translation>
    </message>
</context>
<context>
    <name>reelpulse::OneShotHttp</name>
    <message>
        <source>The address is not an http(s) URL.</source>
        <translation>La dirección no es una URL http(s).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent completely: %2</source>
        <translation>No se pudo enviar completa la solicitud a %1: %2</translation>
    </message>
    <message>
        <source>The answer of %1 is too large.</source>
        <translation>La respuesta de %1 es demasiado grande.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of its answer.</source>
        <translation>%1 cerró la conexión a mitad de su respuesta.</translation>
    </message>
</context>
<context>
    <name>reelpulse::OverviewView</name>
    <message>
        <source>Profiles tracked</source>
        <translation>Perfiles seguidos</translation>
    </message>
    <message>
        <source>Reels tracked</source>
        <translation>Reels seguidos</translation>
    </message>
    <message>
        <source>Videos tracked</source>
        <translation>Vídeos seguidos</translation>
    </message>
    <message>
        <source>Comments analysed</source>
        <translation>Comentarios analizados</translation>
    </message>
    <message>
        <source>Overall sentiment</source>
        <translation>Sentimiento general</translation>
    </message>
    <message>
        <source>This week&apos;s biggest movers</source>
        <translation>Mayores cambios de esta semana</translation>
    </message>
    <message>
        <source>Sentiment trend</source>
        <translation>Tendencia del sentimiento</translation>
    </message>
    <message>
        <source>Trending and viral</source>
        <translation>En tendencia y virales</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Click a card to open its dashboard.</source>
        <translation>Haz clic en una tarjeta para abrir su panel.</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>No se pudo leer el resumen: %1</translation>
    </message>
    <message>
        <source>no comments yet</source>
        <translation>aún no hay comentarios</translation>
    </message>
    <message>
        <source>%1 % positive this week, %2 % overall</source>
        <translation>%1 % positivo esta semana, %2 % en total</translation>
    </message>
    <message>
        <source>%1 % positive%2</source>
        <translation>%1 % positivo%2</translation>
    </message>
    <message>
        <source>
%1× the account&apos;s usual at this age%2</source>
        <translation>
%1× lo habitual de la cuenta a esta edad%2</translation>
    </message>
    <message>
        <source> · viral</source>
        <translation> · viral</translation>
    </message>
    <message>
        <source> · trending</source>
        <translation> · en tendencia</translation>
    </message>
    <message>
        <source>Nothing scraped yet: add a profile or a reel and scrape it now.</source>
        <translation>Aún no se ha recopilado nada: añade un perfil o un reel y recopílalo ahora.</translation>
    </message>
    <message>
        <source>No item above 1.5× its account&apos;s usual yet.</source>
        <translation>Aún no hay ningún elemento por encima de 1,5× lo habitual de su cuenta.</translation>
    </message>
    <message>
        <source>No alerts: scrapes are running and sentiment is steady.</source>
        <translation>Sin alertas: las recopilaciones se están ejecutando y el sentimiento es estable.</translation>
    </message>
</context>
<context>
    <name>reelpulse::PasteSessionDialog</name>
    <message>
        <source>S&amp;how the value</source>
        <translation>&amp;Mostrar el valor</translation>
    </message>
    <message>
        <source>Sign In with Your Browser</source>
        <translation>Iniciar sesión con tu navegador</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Open instagram.com in your browser and sign in.&lt;/li&gt;&lt;li&gt;Open the developer tools (F12, or ⌥⌘I on a Mac).&lt;/li&gt;&lt;li&gt;Chrome and Edge: &lt;i&gt;Application&lt;/i&gt; › &lt;i&gt;Cookies&lt;/i&gt; › https://www.instagram.com. Firefox: &lt;i&gt;Storage&lt;/i&gt; › &lt;i&gt;Cookies&lt;/i&gt;. Safari: &lt;i&gt;Storage&lt;/i&gt; › &lt;i&gt;Cookies&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Copy the value of the cookie named &lt;b&gt;sessionid&lt;/b&gt; and paste it below.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;ReelPulse keeps it in your system keychain only. Signing out of Instagram in the browser ends this session too.&lt;/p&gt;</source>
        <translation>&lt;ol style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Abre instagram.com en tu navegador e inicia sesión.&lt;/li&gt;&lt;li&gt;Abre las herramientas para desarrolladores (F12, o ⌥⌘I en un Mac).&lt;/li&gt;&lt;li&gt;Chrome y Edge: &lt;i&gt;Aplicación&lt;/i&gt; › &lt;i&gt;Cookies&lt;/i&gt; › https://www.instagram.com. Firefox: &lt;i&gt;Almacenamiento&lt;/i&gt; › &lt;i&gt;Cookies&lt;/i&gt;. Safari: &lt;i&gt;Almacenamiento&lt;/i&gt; › &lt;i&gt;Cookies&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Copia el valor de la cookie llamada &lt;b&gt;sessionid&lt;/b&gt; y pégalo abajo.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;ReelPulse lo guarda solo en el llavero de tu sistema. Cerrar la sesión de Instagram en el navegador también termina esta sesión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open instagram.com in Your Browser</source>
        <translation>&amp;Abrir instagram.com en tu navegador</translation>
    </message>
    <message>
        <source>the value of the sessionid cookie</source>
        <translation>el valor de la cookie sessionid</translation>
    </message>
    <message>
        <source>&amp;sessionid:</source>
        <translation>&amp;sessionid:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::PostDownloads</name>
    <message>
        <source>Queued %1 for download (see Downloads).</source>
        <translation>%1 en cola para descargar (ver Descargas).</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n post(s) for download (see Downloads).</source>
        <translation>
            <numerusform>%n publicación en cola para descargar (ver Descargas).</numerusform>
            <numerusform>%n publicaciones en cola para descargar (ver Descargas).</numerusform>
        </translation>
    </message>
    <message>
        <source>This post cannot be downloaded: it has no address.</source>
        <translation>Esta publicación no se puede descargar: no tiene dirección.</translation>
    </message>
    <message>
        <source>Downloads are not available in this window.</source>
        <translation>Las descargas no están disponibles en esta ventana.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ProblemReport</name>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Informar de un problema…</translation>
    </message>
    <message>
        <source>Report a Problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <source>A report for the ReelPulse developers is on the clipboard: the versions of ReelPulse and Qt, your system, and the last %1 lines of the activity log, with cookies, session ids and tokens removed. Paste it into a new issue at %2 and say what happened.</source>
        <translation>Hay un informe para los desarrolladores de ReelPulse en el portapapeles: las versiones de ReelPulse y Qt, tu sistema y las últimas %1 líneas del registro de actividad, sin cookies, ids de sesión ni tokens. Pégalo en una nueva incidencia en %2 y cuenta qué pasó.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ProfileDialog</name>
    <message>
        <source>Edit Profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>Add Profile</source>
        <translation>Añadir perfil</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>My &amp;own profile</source>
        <translation>Mi perfil &amp;propio</translation>
    </message>
    <message>
        <source>&amp;Competitor</source>
        <translation>&amp;Competidor</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Tracks instagram.com/%1</source>
        <translation>Sigue instagram.com/%1</translation>
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
        <translation>Plataforma:</translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation>P&amp;lataforma:</translation>
    </message>
    <message>
        <source>name, @name, https://www.instagram.com/name/ or https://www.tiktok.com/@name</source>
        <translation>nombre, @nombre, https://www.instagram.com/name/ o https://www.tiktok.com/@name</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>New posts from now on</source>
        <translation>Las publicaciones nuevas a partir de ahora</translation>
    </message>
    <message>
        <source>The latest</source>
        <translation>Las más recientes</translation>
    </message>
    <message>
        <source>Track the account&apos;s posts or videos as video tasks of their own</source>
        <translation>Seguir las publicaciones o vídeos de la cuenta como tareas de vídeo propias</translation>
    </message>
    <message>
        <source>&amp;Track its videos:</source>
        <translation>&amp;Seguir sus vídeos:</translation>
    </message>
    <message>
        <source>Tracks tiktok.com/@%1</source>
        <translation>Sigue tiktok.com/@%1</translation>
    </message>
    <message>
        <source>&amp;Download new posts</source>
        <translation>&amp;Descargar publicaciones nuevas</translation>
    </message>
    <message>
        <source>Every post a scrape finds for the first time is queued in Downloads, in the best quality.</source>
        <translation>Cada publicación que una recopilación encuentra por primera vez se pone en cola en Descargas, en la mejor calidad.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ProfileTaskStore</name>
    <message>
        <source>No profile task with id &quot;%1&quot; exists.</source>
        <translation>No existe ninguna tarea de perfil con el id «%1».</translation>
    </message>
</context>
<context>
    <name>reelpulse::ProfileTasksModel</name>
    <message>
        <source>Competitor</source>
        <translation>Competidor</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Propio</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
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
        <translation>Plataforma</translation>
    </message>
</context>
<context>
    <name>reelpulse::ProfilesPage</name>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>&amp;Add Profile…</source>
        <translation>&amp;Añadir perfil…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>No profiles yet — press Ctrl+N to add one.

Track your own Instagram profiles and your competitors&apos;: followers, posts and engagement over time.</source>
        <translation>Aún no hay perfiles: pulsa Ctrl+N para añadir uno.

Sigue tus propios perfiles de Instagram y los de tus competidores: seguidores, publicaciones e interacción a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>No profile matches the filter.</source>
        <translation>Ningún perfil coincide con el filtro.</translation>
    </message>
    <message>
        <source>Added competitor profile @%1, scraped %2.</source>
        <translation>Perfil de competidor @%1 añadido, recopilado %2.</translation>
    </message>
    <message>
        <source>Added own profile @%1, scraped %2.</source>
        <translation>Perfil propio @%1 añadido, recopilado %2.</translation>
    </message>
    <message>
        <source>Changed profile @%1: %2, scraped %3, %4.</source>
        <translation>Perfil @%1 modificado: %2, recopilado %3, %4.</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>competidor</translation>
    </message>
    <message>
        <source>own</source>
        <translation>propio</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>Stop tracking @%1?

The task and the data collected for it are deleted.</source>
        <translation>¿Dejar de seguir a @%1?

Se eliminan la tarea y los datos recopilados para ella.</translation>
    </message>
    <message numerus="yes">
        <source>Stop tracking %n profiles?

The tasks and the data collected for them are deleted.</source>
        <translation>
            <numerusform>¿Dejar de seguir %n perfil?

Se eliminan la tarea y los datos recopilados para ella.</numerusform>
            <numerusform>¿Dejar de seguir %n perfiles?

Se eliminan las tareas y los datos recopilados para ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Profiles</source>
        <translation>Eliminar perfiles</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not remove @%1</source>
        <translation>No se pudo eliminar @%1</translation>
    </message>
    <message>
        <source>Removed profile @%1.</source>
        <translation>Perfil @%1 eliminado.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>e.g. Summer campaign</source>
        <translation>p. ej., Campaña de verano</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
<context>
    <name>reelpulse::PublishQueueModel</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publicando</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>sin programar</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message numerus="yes">
        <source>Carousel (%n items)</source>
        <translation>
            <numerusform>Carrusel (%n elemento)</numerusform>
            <numerusform>Carrusel (%n elementos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>reelpulse::Publisher</name>
    <message>
        <source>Published.</source>
        <translation>Publicada.</translation>
    </message>
    <message>
        <source>There is no post %1.</source>
        <translation>No existe la publicación %1.</translation>
    </message>
    <message>
        <source>Already published.</source>
        <translation>Ya está publicada.</translation>
    </message>
    <message>
        <source>The post failed; retry it first.</source>
        <translation>La publicación falló; reinténtala primero.</translation>
    </message>
    <message>
        <source>The post is not to be published.</source>
        <translation>Esta publicación no debe publicarse.</translation>
    </message>
    <message>
        <source>Not published: the account used its %1 API posts of the last 24 hours. The next one is possible after %2 UTC.</source>
        <translation>No publicada: la cuenta agotó sus %1 publicaciones por API de las últimas 24 horas. La siguiente es posible después de las %2 UTC.</translation>
    </message>
    <message>
        <source>Not published: the account used its %1 API posts of the last 24 hours. Try again within 24 hours.</source>
        <translation>No publicada: la cuenta agotó sus %1 publicaciones por API de las últimas 24 horas. Vuelve a intentarlo en las próximas 24 horas.</translation>
    </message>
    <message>
        <source>Instagram could not process the media (%1). Check the file&apos;s format and that its URL is public, then retry.</source>
        <translation>Instagram no pudo procesar el medio (%1). Comprueba el formato del archivo y que su URL sea pública, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The media container expired before it was published (containers last 24 hours); retry to create it again.</source>
        <translation>El contenedor de medios caducó antes de publicarse (los contenedores duran 24 horas); reintenta para crearlo de nuevo.</translation>
    </message>
    <message>
        <source>Instagram is still processing the media; the next run checks it again.</source>
        <translation>Instagram aún está procesando el medio; la próxima ejecución lo vuelve a comprobar.</translation>
    </message>
    <message>
        <source>Instagram did not say whether the post was published, and its container could not be read (%1). Nothing was sent again; the next run checks first.</source>
        <translation>Instagram no indicó si la publicación se publicó, y no se pudo leer su contenedor (%1). No se volvió a enviar nada; la próxima ejecución comprueba primero.</translation>
    </message>
    <message>
        <source>Instagram did not answer the publish request and has not published the post yet. Nothing was sent again; the next run checks first.</source>
        <translation>Instagram no respondió a la solicitud de publicación y todavía no la publicó. No se volvió a enviar nada; la próxima ejecución comprueba primero.</translation>
    </message>
    <message>
        <source>Not published: the container is %1. Retry to create it again.</source>
        <translation>No publicada: el estado del contenedor es %1. Reintenta para crearlo de nuevo.</translation>
    </message>
    <message>
        <source>The post&apos;s container is still being processed; the next run checks it again.</source>
        <translation>El contenedor de la publicación aún se está procesando; la próxima ejecución lo vuelve a comprobar.</translation>
    </message>
    <message>
        <source>Published; the first comment could not be posted: %1</source>
        <translation>Publicada; no se pudo publicar el primer comentario: %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::PublishingPage</name>
    <message>
        <source>Compose</source>
        <translation>Redactar</translation>
    </message>
    <message>
        <source>Calendar and Queue</source>
        <translation>Calendario y cola</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <source>Publish Now</source>
        <translation>Publicar ahora</translation>
    </message>
    <message>
        <source>Reschedule in 1 Hour</source>
        <translation>Reprogramar en 1 hora</translation>
    </message>
    <message>
        <source>Keep as Draft</source>
        <translation>Mantener como borrador</translation>
    </message>
    <message>
        <source>Post %1 for @%2 saved (%3).</source>
        <translation>Publicación %1 para @%2 guardada (%3).</translation>
    </message>
    <message>
        <source>No Instagram account connected for publishing yet.</source>
        <translation>Aún no hay ninguna cuenta de Instagram conectada para publicar.</translation>
    </message>
    <message>
        <source>Publishing to %1</source>
        <translation>Publicando en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) must be reconnected</source>
        <translation>
            <numerusform>%n cuenta debe reconectarse</numerusform>
            <numerusform>%n cuentas deben reconectarse</numerusform>
        </translation>
    </message>
    <message>
        <source>Post %1 published on @%2.</source>
        <translation>Publicación %1 publicada en @%2.</translation>
    </message>
    <message>
        <source>Post %1 not published: %2</source>
        <translation>Publicación %1 no publicada: %2</translation>
    </message>
    <message>
        <source>%1 for @%2 at %3</source>
        <translation>%1 para @%2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) missed their time while ReelPulse was not running: %1. ReelPulse does not publish late without asking.</source>
        <translation>
            <numerusform>%n publicación no salió a su hora porque ReelPulse no estaba en ejecución: %1. ReelPulse no publica con retraso sin preguntar.</numerusform>
            <numerusform>%n publicaciones no salieron a su hora porque ReelPulse no estaba en ejecución: %1. ReelPulse no publica con retraso sin preguntar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Aj&amp;ustes…</translation>
    </message>
    <message>
        <source>Browser sign-in (app id or token broker) and the media host for files</source>
        <translation>Inicio de sesión en el navegador (id de app o intermediario de tokens) y el host de medios para archivos</translation>
    </message>
</context>
<context>
    <name>reelpulse::PublishingService</name>
    <message>
        <source>The token file holds JSON without an &quot;access_token&quot;.</source>
        <translation>El archivo de token contiene JSON sin «access_token».</translation>
    </message>
    <message>
        <source>The token file must hold one access token (or the JSON answer with &quot;access_token&quot;), nothing else.</source>
        <translation>El archivo de token debe contener un token de acceso (o la respuesta JSON con «access_token») y nada más.</translation>
    </message>
    <message>
        <source>The access token is empty.</source>
        <translation>El token de acceso está vacío.</translation>
    </message>
    <message>
        <source>Instagram refused this token (expired, revoked or not a token of the Instagram API with Instagram Login). Generate a new one.</source>
        <translation>Instagram rechazó este token (caducado, revocado o no es un token de la Instagram API with Instagram Login). Genera uno nuevo.</translation>
    </message>
    <message>
        <source>No account is connected yet: add one with &apos;reelpulse-cli accounts add --token-file FILE&apos;.</source>
        <translation>Aún no hay ninguna cuenta conectada: añade una con &apos;reelpulse-cli accounts add --token-file FILE&apos;.</translation>
    </message>
    <message>
        <source>Several accounts are connected: name one with --account USER.</source>
        <translation>Hay varias cuentas conectadas: indica una con --account USER.</translation>
    </message>
    <message>
        <source>No connected account &quot;%1&quot; (see &apos;reelpulse-cli accounts list&apos;).</source>
        <translation>No hay ninguna cuenta conectada «%1» (consulta &apos;reelpulse-cli accounts list&apos;).</translation>
    </message>
    <message>
        <source>The keychain holds no token for @%1: reconnect the account.</source>
        <translation>El llavero no contiene ningún token para @%1: vuelve a conectar la cuenta.</translation>
    </message>
    <message>
        <source>The token expired on %1.</source>
        <translation>El token caducó el %1.</translation>
    </message>
    <message>
        <source>The token broker did not answer: %1</source>
        <translation>El intermediario de tokens no respondió: %1</translation>
    </message>
    <message>
        <source>The token broker&apos;s answer holds no access token.</source>
        <translation>La respuesta del intermediario de tokens no contiene ningún token de acceso.</translation>
    </message>
    <message>
        <source>Set your Meta app&apos;s Instagram app id (publish.app_id) and its secret, or a token broker (publish.token_broker_url), or paste a token instead.</source>
        <translation>Define el id de app de Instagram de tu app de Meta (publish.app_id) y su secreto, o un intermediario de tokens (publish.token_broker_url), o pega un token.</translation>
    </message>
    <message>
        <source>Instagram did not answer the code exchange: %1</source>
        <translation>Instagram no respondió al canje del código: %1</translation>
    </message>
    <message>
        <source>Instagram&apos;s code exchange answer holds no access token.</source>
        <translation>La respuesta de Instagram al canje del código no contiene ningún token de acceso.</translation>
    </message>
    <message>
        <source>The post&apos;s account is not connected.</source>
        <translation>La cuenta de la publicación no está conectada.</translation>
    </message>
    <message>
        <source>There is no post %1 (see &apos;reelpulse-cli posts list&apos;).</source>
        <translation>No existe la publicación %1 (consulta &apos;reelpulse-cli posts list&apos;).</translation>
    </message>
    <message>
        <source>Post %1 is %2: only drafts, scheduled and failed posts can be cancelled.</source>
        <translation>La publicación %1 tiene el estado %2: solo se pueden cancelar los borradores y las publicaciones programadas o fallidas.</translation>
    </message>
    <message>
        <source>Another ReelPulse process is publishing this post.</source>
        <translation>Otro proceso de ReelPulse está publicando esta publicación.</translation>
    </message>
    <message>
        <source>scheduled for %1 UTC, more than an hour ago: publish it with --late-ok, reschedule it, or cancel it</source>
        <translation>programada para las %1 UTC, hace más de una hora: publícala con --late-ok, reprográmala o cancélala</translation>
    </message>
    <message>
        <source>the account @%1 must be reconnected</source>
        <translation>la cuenta @%1 debe reconectarse</translation>
    </message>
    <message>
        <source>Post %1 is not published yet: it has no insights.</source>
        <translation>La publicación %1 aún no está publicada: no tiene estadísticas.</translation>
    </message>
    <message>
        <source>Set media_host.put_url and media_host.public_url first.</source>
        <translation>Define primero media_host.put_url y media_host.public_url.</translation>
    </message>
    <message>
        <source>The app secret is empty.</source>
        <translation>El secreto de la app está vacío.</translation>
    </message>
    <message>
        <source>Set media_host.s3_endpoint, media_host.s3_bucket and media_host.user (the access key) first.</source>
        <translation>Define primero media_host.s3_endpoint, media_host.s3_bucket y media_host.user (la clave de acceso).</translation>
    </message>
</context>
<context>
    <name>reelpulse::PublishingSettingsDialog</name>
    <message>
        <source>Instagram app id from Meta&apos;s App Dashboard</source>
        <translation>id de app de Instagram del panel de apps de Meta</translation>
    </message>
    <message>
        <source>unchanged (type to replace the one in the keychain)</source>
        <translation>sin cambios (escribe para reemplazar el del llavero)</translation>
    </message>
    <message>
        <source>https://… a server that exchanges sign-in codes (optional)</source>
        <translation>https://… un servidor que canjea los códigos de inicio de sesión (opcional)</translation>
    </message>
    <message>
        <source>https://cloud.example.com/remote.php/dav/files/me/instagram</source>
        <translation>https://cloud.example.com/remote.php/dav/files/yo/instagram</translation>
    </message>
    <message>
        <source>https://… the same folder as the public reads it</source>
        <translation>https://… la misma carpeta tal como la lee el público</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>https://s3.eu-central-1.amazonaws.com</source>
        <translation>https://s3.eu-central-1.amazonaws.com</translation>
    </message>
    <message>
        <source>bucket name</source>
        <translation>nombre del bucket</translation>
    </message>
    <message>
        <source>access key id</source>
        <translation>id de la clave de acceso</translation>
    </message>
    <message>
        <source>Address files as endpoint/bucket/file (MinIO and most others)</source>
        <translation>Direccionar archivos como punto/bucket/archivo (MinIO y la mayoría)</translation>
    </message>
    <message>
        <source>empty: Instagram gets signed links</source>
        <translation>vacío: Instagram recibe enlaces firmados</translation>
    </message>
    <message>
        <source>Delete uploaded files from the host once their post is published</source>
        <translation>Eliminar los archivos subidos del host cuando su publicación esté publicada</translation>
    </message>
    <message>
        <source>&amp;Test Media Host</source>
        <translation>&amp;Probar el host de medios</translation>
    </message>
    <message>
        <source>Publishing Settings</source>
        <translation>Ajustes de publicación</translation>
    </message>
    <message>
        <source>Sign-in with a browser</source>
        <translation>Inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>App id:</source>
        <translation>Id de app:</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>Secreto de la app:</translation>
    </message>
    <message>
        <source>Or a token broker:</source>
        <translation>O un intermediario de tokens:</translation>
    </message>
    <message>
        <source>Pasting a token (Accounts…) needs neither.</source>
        <translation>Pegar un token (Cuentas…) no necesita ninguno de los dos.</translation>
    </message>
    <message>
        <source>Media host for files from this computer</source>
        <translation>Host de medios para archivos de este equipo</translation>
    </message>
    <message>
        <source>WebDAV or HTTP PUT (Nextcloud, a web server)</source>
        <translation>WebDAV o HTTP PUT (Nextcloud, un servidor web)</translation>
    </message>
    <message>
        <source>S3-compatible bucket (Amazon S3, MinIO, R2, B2…)</source>
        <translation>Bucket compatible con S3 (Amazon S3, MinIO, R2, B2…)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Upload folder:</source>
        <translation>Carpeta de subida:</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Dirección pública:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Punto de conexión:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>Clave de acceso:</translation>
    </message>
    <message>
        <source>Password or secret key:</source>
        <translation>Contraseña o clave secreta:</translation>
    </message>
    <message>
        <source>The keychain did not take the secret: %1</source>
        <translation>El llavero no aceptó el secreto: %1</translation>
    </message>
    <message>
        <source>Uploading a small file, reading it back and deleting it…</source>
        <translation>Subiendo un archivo pequeño, leyéndolo de vuelta y eliminándolo…</translation>
    </message>
    <message>
        <source>The media host works: a file was uploaded, read back at its public address and deleted.</source>
        <translation>El host de medios funciona: se subió un archivo, se leyó en su dirección pública y se eliminó.</translation>
    </message>
</context>
<context>
    <name>reelpulse::RateGovernor</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The request budget of this window is used up; reading continues at %1.</source>
        <translation>La cuota de solicitudes de esta ventana está agotada; la lectura continúa a las %1.</translation>
    </message>
    <message>
        <source>The request budget for %1 is used up; reading continues at %2.</source>
        <translation>La cuota de solicitudes de %1 está agotada; la lectura continúa a las %2.</translation>
    </message>
    <message>
        <source>%1 limits the request rate; reading resumes at %2.</source>
        <translation>%1 limita el ritmo de solicitudes; la lectura se reanuda a las %2.</translation>
    </message>
    <message>
        <source>%1 asked to wait a few minutes; reading resumes at %2.</source>
        <translation>%1 pidió esperar unos minutos; la lectura se reanuda a las %2.</translation>
    </message>
    <message>
        <source>%1 asks to sign in. Sign in to Instagram in ReelPulse; reading without a session resumes at %2.</source>
        <translation>%1 pide iniciar sesión. Inicia sesión en Instagram desde ReelPulse; la lectura sin sesión se reanuda a las %2.</translation>
    </message>
    <message>
        <source>The request was not made: %1 ReelPulse reads the shared request log before every request.</source>
        <translation>No se hizo la solicitud: %1 ReelPulse lee el registro de solicitudes compartido antes de cada solicitud.</translation>
    </message>
    <message>
        <source>The request budget for %1 is used up.</source>
        <translation>La cuota de solicitudes de %1 está agotada.</translation>
    </message>
    <message>
        <source>%1 asks for a security check. Open Instagram in your browser, complete the check, then resume reading (in ReelPulse, or &apos;reelpulse-cli governor resume&apos;). Nothing is read for this account until then.</source>
        <translation>%1 pide una verificación de seguridad. Abre Instagram en tu navegador, completa la verificación y luego reanuda la lectura (en ReelPulse o con &apos;reelpulse-cli governor resume&apos;). Hasta entonces no se lee nada de esta cuenta.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ReadingSection</name>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>ReelPulse paces its requests to each platform and waits when a platform asks it to. After a security check or a sign-in wall it stops until you resume it here.</source>
        <translation>ReelPulse dosifica sus solicitudes a cada plataforma y espera cuando una plataforma se lo pide. Tras una verificación de seguridad o un muro de inicio de sesión se detiene hasta que lo reanudes aquí.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Aún no leído.</translation>
    </message>
    <message>
        <source>The state of the platforms cannot be read: %1</source>
        <translation>No se puede leer el estado de las plataformas: %1</translation>
    </message>
    <message>
        <source>without an account</source>
        <translation>sin cuenta</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>con sesión iniciada</translation>
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
        <translation>Reanudar %1</translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation>Reanudar todo</translation>
    </message>
    <message>
        <source>Nothing read yet: no platform has been asked for anything.</source>
        <translation>Aún no se leyó nada: no se pidió nada a ninguna plataforma.</translation>
    </message>
    <message>
        <source>Every platform reads normally.</source>
        <translation>Todas las plataformas leen con normalidad.</translation>
    </message>
    <message>
        <source>Resume a platform once you have dealt with what stopped it (solved the security check in a browser, signed in again, or waited for the limit to pass).</source>
        <translation>Reanuda una plataforma cuando hayas resuelto lo que la detuvo (superaste la verificación de seguridad en un navegador, volviste a iniciar sesión o esperaste a que pasara el límite).</translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>%1 could not be resumed: %2</source>
        <translation>No se pudo reanudar %1: %2</translation>
    </message>
    <message>
        <source>%1 was not paused.</source>
        <translation>%1 no estaba en pausa.</translation>
    </message>
    <message>
        <source>%1 reads again.</source>
        <translation>%1 vuelve a leer.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ReelDialog</name>
    <message>
        <source>Edit Reel</source>
        <translation>Editar reel</translation>
    </message>
    <message>
        <source>Add Reel</source>
        <translation>Añadir reel</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <source>Reel:</source>
        <translation>Reel:</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>P&amp;royecto:</translation>
    </message>
    <message>
        <source>https://www.instagram.com/reel/… or a shortcode</source>
        <translation>https://www.instagram.com/reel/… o un código corto</translation>
    </message>
    <message>
        <source>R&amp;eel:</source>
        <translation>R&amp;eel:</translation>
    </message>
    <message>
        <source>There is no project yet: create one with New Project…</source>
        <translation>Aún no hay ningún proyecto: crea uno con Nuevo proyecto…</translation>
    </message>
</context>
<context>
    <name>reelpulse::ReelTaskStore</name>
    <message>
        <source>No reel task with id &quot;%1&quot; exists.</source>
        <translation>No existe ninguna tarea de reel con el id «%1».</translation>
    </message>
</context>
<context>
    <name>reelpulse::ReelTasksModel</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
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
        <translation>&amp;Añadir reel…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>No reels yet — press Ctrl+N to add one.

Reels are grouped in projects (a campaign, a client): create a project, then add the reels and posts whose views, likes and comments you want to follow.</source>
        <translation>Aún no hay reels: pulsa Ctrl+N para añadir uno.

Los reels se agrupan en proyectos (una campaña, un cliente): crea un proyecto y luego añade los reels y las publicaciones cuyas reproducciones, me gusta y comentarios quieras seguir.</translation>
    </message>
    <message>
        <source>No reel matches the filter.</source>
        <translation>Ningún reel coincide con el filtro.</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Delete Project…</source>
        <translation>&amp;Borrar proyecto…</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;yecto:</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Created project &quot;%1&quot;.</source>
        <translation>Proyecto «%1» creado.</translation>
    </message>
    <message>
        <source>Could not read the projects</source>
        <translation>No se pudieron leer los proyectos</translation>
    </message>
    <message>
        <source>Delete the empty project &quot;%1&quot;?</source>
        <translation>¿Borrar el proyecto vacío «%1»?</translation>
    </message>
    <message>
        <source>Delete project &quot;%1&quot; and its 1 reel task?

The reel task and the data collected for it are deleted too.</source>
        <translation>¿Borrar el proyecto «%1» y su tarea de reel?

También se eliminan la tarea de reel y los datos recopilados para ella.</translation>
    </message>
    <message numerus="yes">
        <source>Delete project &quot;%1&quot; and its %n reel tasks?

The reel tasks and the data collected for them are deleted too.</source>
        <translation>
            <numerusform>¿Borrar el proyecto «%1» y su %n tarea de reel?

También se eliminan la tarea de reel y los datos recopilados para ella.</numerusform>
            <numerusform>¿Borrar el proyecto «%1» y sus %n tareas de reel?

También se eliminan las tareas de reel y los datos recopilados para ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Borrar proyecto</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Could not delete project &quot;%1&quot;</source>
        <translation>No se pudo borrar el proyecto «%1»</translation>
    </message>
    <message>
        <source>Deleted the empty project &quot;%1&quot;.</source>
        <translation>Proyecto vacío «%1» borrado.</translation>
    </message>
    <message>
        <source>Deleted project &quot;%1&quot; and its reel task.</source>
        <translation>Proyecto «%1» y su tarea de reel borrados.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted project &quot;%1&quot; and its %n reel tasks.</source>
        <translation>
            <numerusform>Proyecto «%1» y su %n tarea de reel borrados.</numerusform>
            <numerusform>Proyecto «%1» y sus %n tareas de reel borrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added reel %1 to project &quot;%2&quot;, scraped %3.</source>
        <translation>Reel %1 añadido al proyecto «%2», recopilado %3.</translation>
    </message>
    <message>
        <source>Changed reel %1 in &quot;%2&quot;: scraped %3, %4.</source>
        <translation>Reel %1 de «%2» modificado: recopilado %3, %4.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>Stop tracking reel %1 in project &quot;%2&quot;?

The task and the data collected for it are deleted.</source>
        <translation>¿Dejar de seguir el reel %1 del proyecto «%2»?

Se eliminan la tarea y los datos recopilados para ella.</translation>
    </message>
    <message numerus="yes">
        <source>Stop tracking %n reels?

The tasks and the data collected for them are deleted.</source>
        <translation>
            <numerusform>¿Dejar de seguir %n reel?

Se eliminan la tarea y los datos recopilados para ella.</numerusform>
            <numerusform>¿Dejar de seguir %n reels?

Se eliminan las tareas y los datos recopilados para ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Reels</source>
        <translation>Eliminar reels</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not remove reel %1</source>
        <translation>No se pudo eliminar el reel %1</translation>
    </message>
    <message>
        <source>Removed reel %1 from project &quot;%2&quot;.</source>
        <translation>Reel %1 eliminado del proyecto «%2».</translation>
    </message>
    <message>
        <source>Could not read the projects: %1</source>
        <translation>No se pudieron leer los proyectos: %1</translation>
    </message>
    <message>
        <source>Project D&amp;ashboard</source>
        <translation>P&amp;anel del proyecto</translation>
    </message>
    <message>
        <source>All reels of this project together: views, likes and comments over time, engagement and comment sentiment.</source>
        <translation>Todos los reels de este proyecto juntos: reproducciones, me gusta y comentarios a lo largo del tiempo, interacción y sentimiento de los comentarios.</translation>
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
        <translation>una cuenta de Instagram</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>cuenta %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::ScrapeReader</name>
    <message>
        <source>counting comment sentiment</source>
        <translation>contando el sentimiento de los comentarios</translation>
    </message>
    <message>
        <source>reading stored posts</source>
        <translation>leyendo las publicaciones guardadas</translation>
    </message>
    <message>
        <source>reading carousel items</source>
        <translation>leyendo los elementos del carrusel</translation>
    </message>
    <message>
        <source>reading the latest metrics of the tasks</source>
        <translation>leyendo las métricas más recientes de las tareas</translation>
    </message>
    <message>
        <source>reading comments</source>
        <translation>leyendo comentarios</translation>
    </message>
    <message>
        <source>reading post metrics</source>
        <translation>leyendo las métricas de la publicación</translation>
    </message>
    <message>
        <source>reading a profile snapshot</source>
        <translation>leyendo una instantánea del perfil</translation>
    </message>
    <message>
        <source>reading profile snapshots</source>
        <translation>leyendo instantáneas del perfil</translation>
    </message>
    <message>
        <source>reading the request governor state</source>
        <translation>leyendo el estado del regulador de solicitudes</translation>
    </message>
</context>
<context>
    <name>reelpulse::ScrapeReport</name>
    <message>
        <source>a while</source>
        <translation>un rato</translation>
    </message>
    <message>
        <source>%1 is rate limiting; retry after %2.</source>
        <translation>%1 está limitando las solicitudes; vuelve a intentarlo después de %2.</translation>
    </message>
    <message>
        <source>%1 asked to wait (temporary block); ReelPulse retries after %2. Longer scrape intervals help.</source>
        <translation>%1 pidió esperar (bloqueo temporal); ReelPulse vuelve a intentarlo después de %2. Los intervalos de recopilación más largos ayudan.</translation>
    </message>
    <message>
        <source>%1 wants a signed-in session: sign in again (or wait), then resume scraping.</source>
        <translation>%1 quiere una sesión iniciada: vuelve a iniciar sesión (o espera) y luego reanuda la recopilación.</translation>
    </message>
    <message>
        <source>%1 asks for a security check: open %1 in your browser, complete the check, then resume scraping.</source>
        <translation>%1 pide una verificación de seguridad: abre %1 en tu navegador, completa la verificación y luego reanuda la recopilación.</translation>
    </message>
    <message>
        <source>%1 answered without the expected data (its web API may have changed); ReelPulse retries after %2. If this persists, update ReelPulse or its endpoint file.</source>
        <translation>%1 respondió sin los datos esperados (puede que su API web haya cambiado); ReelPulse vuelve a intentarlo después de %2. Si persiste, actualiza ReelPulse o su archivo de endpoints.</translation>
    </message>
    <message>
        <source>The content does not exist on %1 any more (deleted or renamed). The task is marked as error; fix or remove it.</source>
        <translation>El contenido ya no existe en %1 (se eliminó o se renombró). La tarea queda marcada con error; corrígela o elimínala.</translation>
    </message>
    <message>
        <source>The content is private on %1. The task is marked as error; it cannot be read without access.</source>
        <translation>El contenido es privado en %1. La tarea queda marcada con error; no se puede leer sin acceso.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the network connection; ReelPulse retries after %2.</source>
        <translation>No se pudo conectar con %1. Comprueba la conexión de red; ReelPulse vuelve a intentarlo después de %2.</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read; ReelPulse retries after %2.</source>
        <translation>%1 envió una respuesta que no se pudo leer; ReelPulse vuelve a intentarlo después de %2.</translation>
    </message>
    <message>
        <source>%1: stored %2 post(s) and %3 comment(s) (%4 new), %5 request(s).</source>
        <translation>%1: se guardaron %2 publicación(es) y %3 comentario(s) (%4 nuevos), %5 solicitud(es).</translation>
    </message>
    <message>
        <source>%1: failed (%2): %3 %4</source>
        <translation>%1: falló (%2): %3 %4</translation>
    </message>
    <message>
        <source>%1: stopped before the end; nothing was stored.</source>
        <translation>%1: se detuvo antes del final; no se guardó nada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>could not be scraped.</source>
        <translation>no se pudo recopilar.</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: omitido: %2</translation>
    </message>
    <message>
        <source>Now tracking %1 new video(s) of this account.</source>
        <translation>Ahora se siguen %1 vídeo(s) nuevo(s) de esta cuenta.</translation>
    </message>
</context>
<context>
    <name>reelpulse::ScrapeRunner</name>
    <message>
        <source>Reading %1 is not available in this setup.</source>
        <translation>Leer %1 no está disponible en esta configuración.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>publicaciones</translation>
    </message>
    <message>
        <source>More posts could not be read (%1): %2</source>
        <translation>No se pudieron leer más publicaciones (%1): %2</translation>
    </message>
    <message>
        <source>comments %1/%2</source>
        <translation>comentarios %1/%2</translation>
    </message>
    <message>
        <source>post</source>
        <translation>publicación</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>Comments of %1 could not all be read (%2): %3</source>
        <translation>No se pudieron leer todos los comentarios de %1 (%2): %3</translation>
    </message>
    <message>
        <source>another ReelPulse process is scraping it, or it is not due any more.</source>
        <translation>otro proceso de ReelPulse la está recopilando, o ya no está pendiente.</translation>
    </message>
    <message>
        <source>Comments unavailable: %1</source>
        <translation>Comentarios no disponibles: %1</translation>
    </message>
    <message>
        <source>The scrape could not be saved: %1</source>
        <translation>No se pudo guardar la recopilación: %1</translation>
    </message>
    <message>
        <source>New videos could not be added as tasks: %1</source>
        <translation>No se pudieron añadir los vídeos nuevos como tareas: %1</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>videos</source>
        <translation>vídeos</translation>
    </message>
    <message>
        <source>The account&apos;s videos could not be read (%1): %2</source>
        <translation>No se pudieron leer los vídeos de la cuenta (%1): %2</translation>
    </message>
</context>
<context>
    <name>reelpulse::ScrapeService</name>
    <message>
        <source>rate limited</source>
        <translation>limitado por la plataforma</translation>
    </message>
    <message>
        <source>asked to wait</source>
        <translation>pidió esperar</translation>
    </message>
    <message>
        <source>wants a signed-in session</source>
        <translation>quiere una sesión iniciada</translation>
    </message>
    <message>
        <source>asks for a security check</source>
        <translation>pide una verificación de seguridad</translation>
    </message>
    <message>
        <source>%1 waits until you resume it (%2)</source>
        <translation>%1 espera hasta que lo reanudes (%2)</translation>
    </message>
    <message>
        <source>%1 waits until %2 (%3)</source>
        <translation>%1 espera hasta %2 (%3)</translation>
    </message>
</context>
<context>
    <name>reelpulse::ScrapeStatusWidget</name>
    <message>
        <source>ReelPulse paces its requests and waits when a platform asks it to.</source>
        <translation>ReelPulse dosifica sus solicitudes y espera cuando una plataforma se lo pide.</translation>
    </message>
    <message>
        <source>Scraping %1…</source>
        <translation>Recopilando %1…</translation>
    </message>
    <message>
        <source>Scraping %1 — %2…</source>
        <translation>Recopilando %1: %2…</translation>
    </message>
    <message>
        <source>Scraping paused</source>
        <translation>Recopilación en pausa</translation>
    </message>
    <message>
        <source>Tasks of these platforms stay due and are scraped when the wait ends:
%1</source>
        <translation>Las tareas de estas plataformas siguen pendientes y se recopilan cuando termine la espera:
%1</translation>
    </message>
</context>
<context>
    <name>reelpulse::ScrapeStore</name>
    <message>
        <source>looking up a stored post</source>
        <translation>buscando una publicación guardada</translation>
    </message>
    <message>
        <source>updating a stored post</source>
        <translation>actualizando una publicación guardada</translation>
    </message>
    <message>
        <source>storing a post</source>
        <translation>guardando una publicación</translation>
    </message>
    <message>
        <source>linking a post to its task</source>
        <translation>vinculando una publicación con su tarea</translation>
    </message>
    <message>
        <source>storing a comment</source>
        <translation>guardando un comentario</translation>
    </message>
    <message>
        <source>updating a comment</source>
        <translation>actualizando un comentario</translation>
    </message>
    <message>
        <source>storing post metrics</source>
        <translation>guardando las métricas de la publicación</translation>
    </message>
    <message>
        <source>storing a profile snapshot</source>
        <translation>guardando una instantánea del perfil</translation>
    </message>
    <message>
        <source>marking a task scraped</source>
        <translation>marcando una tarea como recopilada</translation>
    </message>
    <message>
        <source>The %1 task %2 was removed while it was being scraped; nothing was stored.</source>
        <translation>La tarea de %1 %2 se eliminó mientras se recopilaba; no se guardó nada.</translation>
    </message>
    <message>
        <source>recording a failed scrape</source>
        <translation>registrando una recopilación fallida</translation>
    </message>
    <message>
        <source>No %1 task with id &quot;%2&quot; exists.</source>
        <translation>No existe ninguna tarea de %1 con el id «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task id (ids are UUIDs such as 3f2a9c1e-...; a unique prefix of 4 or more characters works too).</source>
        <translation>«%1» no es un id de tarea (los id son UUID como 3f2a9c1e-...; también sirve un prefijo único de 4 o más caracteres).</translation>
    </message>
    <message>
        <source>The task id &quot;%1&quot; is too short: give at least 4 characters.</source>
        <translation>El id de tarea «%1» es demasiado corto: indica al menos 4 caracteres.</translation>
    </message>
    <message>
        <source>looking up a task</source>
        <translation>buscando una tarea</translation>
    </message>
    <message>
        <source>The id prefix &quot;%1&quot; matches several tasks: give more characters.</source>
        <translation>El prefijo de id «%1» coincide con varias tareas: indica más caracteres.</translation>
    </message>
    <message>
        <source>No profile, reel or video task with id &quot;%1&quot; exists. List them with &apos;profiles list&apos;, &apos;reels list&apos; or &apos;videos list&apos;.</source>
        <translation>No existe ninguna tarea de perfil, reel ni video con el id «%1». Consúltalas con &apos;profiles list&apos;, &apos;reels list&apos; o &apos;videos list&apos;.</translation>
    </message>
    <message>
        <source>listing due tasks</source>
        <translation>listando las tareas pendientes</translation>
    </message>
    <message>
        <source>finding the next due task</source>
        <translation>buscando la siguiente tarea pendiente</translation>
    </message>
    <message>
        <source>reading a task</source>
        <translation>leyendo una tarea</translation>
    </message>
    <message>
        <source>taking a task for a scrape</source>
        <translation>tomando una tarea para recopilarla</translation>
    </message>
    <message>
        <source>giving a task back</source>
        <translation>devolviendo una tarea</translation>
    </message>
</context>
<context>
    <name>reelpulse::SearchIndex</name>
    <message>
        <source>The search &quot;%1&quot; is not valid: %2</source>
        <translation>La búsqueda «%1» no es válida: %2</translation>
    </message>
    <message>
        <source>Searching the store failed: %1</source>
        <translation>La búsqueda en el almacén falló: %1</translation>
    </message>
    <message>
        <source>reading a found post</source>
        <translation>al leer una publicación encontrada</translation>
    </message>
    <message>
        <source>reading a found post&apos;s tasks</source>
        <translation>al leer las tareas de una publicación encontrada</translation>
    </message>
    <message>
        <source>reading a found creator&apos;s accounts</source>
        <translation>al leer las cuentas de un creador encontrado</translation>
    </message>
    <message>
        <source>The search index is damaged: %1</source>
        <translation>El índice de búsqueda está dañado: %1</translation>
    </message>
    <message>
        <source>The search index does not list every account and creator.</source>
        <translation>El índice de búsqueda no incluye todas las cuentas y creadores.</translation>
    </message>
</context>
<context>
    <name>reelpulse::SearchPalette</name>
    <message>
        <source>Search accounts, creators, posts and comments</source>
        <translation>Buscar cuentas, creadores, publicaciones y comentarios</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; commented: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; comentó: %2</translation>
    </message>
    <message>
        <source>On the post %1 by @%2: %3</source>
        <translation>En la publicación %1 de @%2: %3</translation>
    </message>
    <message>
        <source>Tracked by %1</source>
        <translation>Seguido por %1</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>No se encontró nada para «%1».</translation>
    </message>
    <message>
        <source>Enter opens the selected result; Escape closes.</source>
        <translation>Intro abre el resultado seleccionado; Escape cierra.</translation>
    </message>
    <message>
        <source>No tracked task shows this result.</source>
        <translation>Ninguna tarea seguida muestra este resultado.</translation>
    </message>
</context>
<context>
    <name>reelpulse::SearchResultsModel</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creadores</translation>
    </message>
    <message>
        <source>Posts and videos</source>
        <translation>Publicaciones y vídeos</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>%1 (more found: refine the search)</source>
        <translation>%1 (hay más: afina la búsqueda)</translation>
    </message>
</context>
<context>
    <name>reelpulse::SearchService</name>
    <message>
        <source>The cursor &quot;%1&quot; is not one this search gave: pass the next_cursor of the page before, with the same query, --in and --syntax.</source>
        <translation>El cursor «%1» no lo dio esta búsqueda: pasa el next_cursor de la página anterior, con la misma consulta, --in y --syntax.</translation>
    </message>
    <message>
        <source>The limit must be between 1 and %1.</source>
        <translation>El límite debe estar entre 1 y %1.</translation>
    </message>
</context>
<context>
    <name>reelpulse::SessionManager</name>
    <message>
        <source>Cannot read the saved Instagram session: %1</source>
        <translation>No se puede leer la sesión de Instagram guardada: %1</translation>
    </message>
    <message>
        <source>The Instagram sign-in did not produce a session. Sign in again.</source>
        <translation>El inicio de sesión en Instagram no produjo una sesión. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Cannot save the Instagram session: %1</source>
        <translation>No se puede guardar la sesión de Instagram: %1</translation>
    </message>
    <message>
        <source>Cannot remove the saved Instagram session: %1</source>
        <translation>No se puede eliminar la sesión de Instagram guardada: %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::SessionScope</name>
    <message>
        <source>Your session is not sent to %1: it is not a valid address.</source>
        <translation>Tu sesión no se envía a %1: no es una dirección válida.</translation>
    </message>
    <message>
        <source>Your session is not sent to %1: the connection is not encrypted (%2). Requests there are made without signing in.</source>
        <translation>Tu sesión no se envía a %1: la conexión no está cifrada (%2). Las solicitudes a ese destino se hacen sin iniciar sesión.</translation>
    </message>
    <message>
        <source>Your session is not sent to %1: it is not one of the platform&apos;s hosts. Requests there are made without signing in; if you trust that host with your account, add it with &apos;reelpulse-cli config set net.session_hosts %1&apos;.</source>
        <translation>Tu sesión no se envía a %1: no es uno de los hosts de la plataforma. Las solicitudes a ese destino se hacen sin iniciar sesión; si confías tu cuenta a ese host, añádelo con &apos;reelpulse-cli config set net.session_hosts %1&apos;.</translation>
    </message>
</context>
<context>
    <name>reelpulse::Settings</name>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 debe ser true o false, no «%2».</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 debe ser un número entero de %2 a %3, no «%4».</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 debe ser uno de estos valores: %2; no «%3».</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// address such as https://example.com, or empty for the default, not &quot;%2&quot;.</source>
        <translation>%1 debe ser una dirección http:// o https:// como https://example.com, o quedar vacío para usar el valor predeterminado; no «%2».</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name (write names such as i.example.com, separated by commas).</source>
        <translation>%1: «%2» no es un nombre de host (escribe nombres como i.example.com, separados por comas).</translation>
    </message>
    <message>
        <source>%1 is too long (at most 1000 characters).</source>
        <translation>%1 es demasiado largo (máximo 1000 caracteres).</translation>
    </message>
    <message>
        <source>how new comments are scored: social (emoji-aware, the default) or reference (VADER as published)</source>
        <translation>cómo se puntúan los comentarios nuevos: social (entiende emoji, el predeterminado) o reference (VADER tal como se publicó)</translation>
    </message>
    <message>
        <source>the app&apos;s background scheduler takes no due task (forced scrapes still run)</source>
        <translation>el planificador en segundo plano de la app no toma tareas pendientes (las recopilaciones forzadas siguen funcionando)</translation>
    </message>
    <message>
        <source>base URL for Instagram requests (a proxy or test server); empty: Instagram itself</source>
        <translation>URL base para las solicitudes a Instagram (un proxy o un servidor de pruebas); vacío: el propio Instagram</translation>
    </message>
    <message>
        <source>base URL for TikTok requests; empty: TikTok itself</source>
        <translation>URL base para las solicitudes a TikTok; vacío: el propio TikTok</translation>
    </message>
    <message>
        <source>host of the Instagram Graph API used for publishing</source>
        <translation>host de la Instagram Graph API que se usa para publicar</translation>
    </message>
    <message>
        <source>version of the Instagram Graph API</source>
        <translation>versión de la Instagram Graph API</translation>
    </message>
    <message>
        <source>replaces scheme, host and port of every media URL (keeps path and query); empty: the URLs as the platform gives them</source>
        <translation>reemplaza el esquema, el host y el puerto de cada URL de medios (conserva la ruta y la consulta); vacío: las URL tal como las da la plataforma</translation>
    </message>
    <message>
        <source>largest response body read from a platform, in MiB; longer answers are abandoned</source>
        <translation>cuerpo de respuesta más grande que se lee de una plataforma, en MiB; las respuestas más largas se descartan</translation>
    </message>
    <message>
        <source>hosts besides Instagram&apos;s own that may receive your Instagram session over https (comma-separated)</source>
        <translation>hosts, además de los de Instagram, que pueden recibir tu sesión de Instagram por https (separados por comas)</translation>
    </message>
    <message>
        <source>requests of one kind allowed per platform account in each window (0: no limit)</source>
        <translation>solicitudes de un mismo tipo permitidas por cuenta de plataforma en cada ventana (0: sin límite)</translation>
    </message>
    <message>
        <source>length of the request window, in minutes</source>
        <translation>duración de la ventana de solicitudes, en minutos</translation>
    </message>
    <message>
        <source>longest random pause before each request, in milliseconds (the shortest is a fifth)</source>
        <translation>pausa aleatoria más larga antes de cada solicitud, en milisegundos (la más corta es una quinta parte)</translation>
    </message>
    <message>
        <source>folder URL &apos;reelpulse-cli endpoints update&apos; fetches signed endpoint profiles from (&lt;platform&gt;.json and &lt;platform&gt;.json.sig)</source>
        <translation>URL de la carpeta de la que &apos;reelpulse-cli endpoints update&apos; obtiene perfiles de endpoints firmados (&lt;platform&gt;.json y &lt;platform&gt;.json.sig)</translation>
    </message>
    <message>
        <source>language of the app and the CLI, taken at their next start: system (LANGUAGE, LANG), en, de or es; numbers and dates follow it</source>
        <translation>idioma de la app y de la CLI, aplicado en su próximo inicio: system (LANGUAGE, LANG), en, de o es; los números y las fechas lo siguen</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot; (&apos;config list&apos; shows them all).</source>
        <translation>No existe el ajuste «%1» (&apos;config list&apos; los muestra todos).</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo de configuración %1.</translation>
    </message>
    <message>
        <source>Instagram app id of your own Meta app, for connecting accounts in a browser (its secret goes to the keychain)</source>
        <translation>id de app de Instagram de tu propia app de Meta, para conectar cuentas en un navegador (su secreto va al llavero)</translation>
    </message>
    <message>
        <source>token broker that exchanges a sign-in code for a long-lived token server-side (instead of your own app&apos;s secret); empty: none</source>
        <translation>intermediario de tokens que canjea en el servidor un código de inicio de sesión por un token de larga duración (en lugar del secreto de tu propia app); vacío: ninguno</translation>
    </message>
    <message>
        <source>host of Instagram&apos;s sign-in code exchange (oauth/access_token)</source>
        <translation>host del canje de códigos de inicio de sesión de Instagram (oauth/access_token)</translation>
    </message>
    <message>
        <source>first wait before reading a media container&apos;s status, in milliseconds (doubles up to 30 s)</source>
        <translation>primera espera antes de leer el estado de un contenedor de medios, en milisegundos (se duplica hasta 30 s)</translation>
    </message>
    <message>
        <source>WebDAV or HTTP PUT folder local media files are uploaded to before publishing (Nextcloud, a web server); empty: only public URLs can be published</source>
        <translation>carpeta WebDAV o HTTP PUT a la que se suben los archivos de medios locales antes de publicar (Nextcloud, un servidor web); vacío: solo se pueden publicar URL públicas</translation>
    </message>
    <message>
        <source>the same folder as the public (and Instagram) reads it</source>
        <translation>la misma carpeta tal como la lee el público (e Instagram)</translation>
    </message>
    <message>
        <source>user name for the media host (its password goes to the keychain: reelpulse-cli media-host password)</source>
        <translation>nombre de usuario del host de medios (su contraseña va al llavero: reelpulse-cli media-host password)</translation>
    </message>
    <message>
        <source>folder downloads are written to; empty: ReelPulse in your Downloads folder</source>
        <translation>carpeta donde se escriben las descargas; vacío: ReelPulse en tu carpeta de Descargas</translation>
    </message>
    <message>
        <source>file names of downloads, inside the folder: {owner} {shortcode} {position} {ext} {date} {type} {id}</source>
        <translation>nombres de archivo de las descargas, dentro de la carpeta: {owner} {shortcode} {position} {ext} {date} {type} {id}</translation>
    </message>
    <message>
        <source>downloads that run at the same time in the app</source>
        <translation>descargas que se ejecutan a la vez en la app</translation>
    </message>
    <message>
        <source>connections to one media server at the same time</source>
        <translation>conexiones simultáneas a un mismo servidor de medios</translation>
    </message>
    <message>
        <source>finished downloads leave the list after this many days (the files stay); 0: never</source>
        <translation>las descargas terminadas salen de la lista tras este número de días (los archivos se quedan); 0: nunca</translation>
    </message>
    <message>
        <source>the app has shown its welcome for this data folder (false: show it at the next start)</source>
        <translation>la app ya mostró su bienvenida para esta carpeta de datos (false: mostrarla en el próximo inicio)</translation>
    </message>
    <message>
        <source>an item is trending at this percent of its account&apos;s usual value at the same age (docs/metrics.md)</source>
        <translation>un elemento está en tendencia a este porcentaje del valor habitual de su cuenta a la misma edad (docs/metrics.md)</translation>
    </message>
    <message>
        <source>an item is viral at this percent of its account&apos;s usual value at the same age</source>
        <translation>un elemento es viral a este porcentaje del valor habitual de su cuenta a la misma edad</translation>
    </message>
    <message>
        <source>the media host: webdav (WebDAV or HTTP PUT) or s3 (an S3-compatible bucket; media_host.user is the access key, the secret key goes to the keychain with reelpulse-cli media-host password)</source>
        <translation>el host de medios: webdav (WebDAV o HTTP PUT) o s3 (un bucket compatible con S3; media_host.user es la clave de acceso, la clave secreta va al llavero con reelpulse-cli media-host password)</translation>
    </message>
    <message>
        <source>S3 endpoint, e.g. https://s3.eu-central-1.amazonaws.com or a MinIO server</source>
        <translation>punto de conexión S3, p. ej. https://s3.eu-central-1.amazonaws.com o un servidor MinIO</translation>
    </message>
    <message>
        <source>S3 bucket local media files are uploaded to</source>
        <translation>bucket S3 al que se suben los archivos de medios locales</translation>
    </message>
    <message>
        <source>S3 region the signature names</source>
        <translation>región S3 que indica la firma</translation>
    </message>
    <message>
        <source>S3 addresses endpoint/bucket/file (true: MinIO and most others) or bucket.endpoint/file (false: Amazon&apos;s virtual hosts)</source>
        <translation>direcciones S3 como punto/bucket/archivo (true: MinIO y la mayoría) o bucket.punto/archivo (false: los hosts virtuales de Amazon)</translation>
    </message>
    <message>
        <source>without media_host.public_url, Instagram reads S3 files through signed links valid this many hours</source>
        <translation>sin media_host.public_url, Instagram lee los archivos S3 mediante enlaces firmados válidos este número de horas</translation>
    </message>
    <message>
        <source>delete an uploaded file from the media host once its post is published</source>
        <translation>eliminar un archivo subido del host de medios cuando su publicación esté publicada</translation>
    </message>
    <message>
        <source>at most this many accounts (profile tasks) can be tracked; adding more is refused (0: no limit)</source>
        <translation>como máximo se pueden seguir tantas cuentas (tareas de perfil); añadir más se rechaza (0: sin límite)</translation>
    </message>
    <message>
        <source>tracked reels and videos younger than 7 days are scraped about 1 h, 3 h, 6 h, 12 h, 24 h, 48 h, 72 h and 7 d after posting, then at their task&apos;s interval (false: at the interval only)</source>
        <translation>los reels y videos seguidos con menos de 7 días se obtienen aproximadamente 1 h, 3 h, 6 h, 12 h, 24 h, 48 h, 72 h y 7 d después de publicarse, y luego al intervalo de su tarea (false: solo al intervalo)</translation>
    </message>
</context>
<context>
    <name>reelpulse::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Open Data Folder</source>
        <translation>&amp;Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Start ReelPulse with --data-dir DIR, or set REELPULSE_DATA_DIR, to use another data folder. reelpulse-cli reads and writes the same folder.</source>
        <translation>Inicia ReelPulse con --data-dir DIR, o define REELPULSE_DATA_DIR, para usar otra carpeta de datos. reelpulse-cli lee y escribe la misma carpeta.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Request limits come in a later version of ReelPulse.</source>
        <translation>Los límites de solicitudes llegarán en una versión posterior de ReelPulse.</translation>
    </message>
</context>
<context>
    <name>reelpulse::SignInCookieCollector</name>
    <message>
        <source>In your browser, sign in to instagram.com, open the developer tools (F12), then Application (Chrome, Edge) or Storage (Firefox) › Cookies › https://www.instagram.com and copy the value of &quot;sessionid&quot;.</source>
        <translation>En tu navegador, inicia sesión en instagram.com, abre las herramientas para desarrolladores (F12) y luego Aplicación (Chrome, Edge) o Almacenamiento (Firefox) › Cookies › https://www.instagram.com, y copia el valor de «sessionid».</translation>
    </message>
    <message>
        <source>Paste the value of the &quot;sessionid&quot; cookie. %1</source>
        <translation>Pega el valor de la cookie «sessionid». %1</translation>
    </message>
    <message>
        <source>This is not a &quot;sessionid&quot; value: it holds spaces or characters a cookie cannot carry. Copy only the cookie&apos;s value. %1</source>
        <translation>Esto no es un valor de «sessionid»: contiene espacios o caracteres que una cookie no puede llevar. Copia solo el valor de la cookie. %1</translation>
    </message>
    <message>
        <source>This value is too short to be an Instagram &quot;sessionid&quot;. %1</source>
        <translation>Este valor es demasiado corto para ser un «sessionid» de Instagram. %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::Store</name>
    <message>
        <source>The store failed while %1: %2</source>
        <translation>El almacén de datos falló mientras estaba %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 id (ids are UUIDs such as 3f2a9c1e-...; a unique prefix of 4 or more characters works too).</source>
        <translation>«%1» no es un id de %2 (los id son UUID como 3f2a9c1e-...; también sirve un prefijo único de 4 o más caracteres).</translation>
    </message>
    <message>
        <source>The %1 id &quot;%2&quot; is too short: give at least 4 characters.</source>
        <translation>El id de %1 «%2» es demasiado corto: indica al menos 4 caracteres.</translation>
    </message>
    <message>
        <source>looking up a %1</source>
        <translation>buscando un id (%1)</translation>
    </message>
    <message>
        <source>No %1 with id &quot;%2&quot; exists.</source>
        <translation>No se encontró ningún elemento de tipo «%1» con el id «%2».</translation>
    </message>
    <message>
        <source>The id prefix &quot;%1&quot; matches several %2s: give more characters.</source>
        <translation>El prefijo de id «%1» coincide con varios elementos de tipo %2: indica más caracteres.</translation>
    </message>
</context>
<context>
    <name>reelpulse::StrategyRunner</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; it will be retried later.</source>
        <translation>%1 no respondió en %2 s; se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2); it will be retried later.</source>
        <translation>Falló la conexión con %1 (%2); se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>This needs a signed-in session. Sign in to Instagram in ReelPulse.</source>
        <translation>Esto requiere una sesión iniciada. Inicia sesión en Instagram desde ReelPulse.</translation>
    </message>
    <message>
        <source>No known way to read this (%1) with what is known about it.</source>
        <translation>No hay ninguna forma conocida de leer esto (%1) con lo que se sabe de ello.</translation>
    </message>
</context>
<context>
    <name>reelpulse::TaskDashboard</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Reel or video:</source>
        <translation>Reel o vídeo:</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>A PDF for your client: key figures, these charts, top posts and comment sentiment. Right-click a chart to export it alone.</source>
        <translation>Un PDF para tu cliente: cifras clave, estos gráficos, las mejores publicaciones y el sentimiento de los comentarios. Haz clic derecho en un gráfico para exportarlo solo.</translation>
    </message>
    <message>
        <source>Add a profile on the Profiles page and scrape it to see its dashboard.</source>
        <translation>Añade un perfil en la página Perfiles y recopílalo para ver su panel.</translation>
    </message>
    <message>
        <source>Track a reel or video and scrape it to see its dashboard.</source>
        <translation>Sigue un reel o vídeo y recopílalo para ver su panel.</translation>
    </message>
    <message>
        <source>@%1 (competitor)</source>
        <translation>@%1 (competidor)</translation>
    </message>
    <message>
        <source>Reel %1 (%2)</source>
        <translation>Reel %1 (%2)</translation>
    </message>
    <message>
        <source>%1 video %2</source>
        <translation>Vídeo de %1 %2</translation>
    </message>
    <message>
        <source>This dashboard could not be read: %1</source>
        <translation>No se pudo leer este panel: %1</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Posts / week</source>
        <translation>Publicaciones / semana</translation>
    </message>
    <message>
        <source>Median ER</source>
        <translation>TI (mediana)</translation>
    </message>
    <message>
        <source>Mean ER</source>
        <translation>TI (media)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>ER (followers)</source>
        <translation>TI (seguidores)</translation>
    </message>
    <message>
        <source>ER (views)</source>
        <translation>TI (vistas)</translation>
    </message>
    <message>
        <source>Views / h</source>
        <translation>Vistas / h</translation>
    </message>
    <message>
        <source>Trend score</source>
        <translation>Puntuación de tendencia</translation>
    </message>
    <message>
        <source> viral</source>
        <translation> viral</translation>
    </message>
    <message>
        <source> trending</source>
        <translation> en tendencia</translation>
    </message>
    <message>
        <source>not enough history</source>
        <translation>historial insuficiente</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>%1 · %2 % positive</source>
        <translation>%1 · %2 % positivo</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>sin leer</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source> on TikTok</source>
        <translation> en TikTok</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <source>Create a project on the Reels page, add its reels and scrape them to see them together.</source>
        <translation>Crea un proyecto en la página Reels, añade sus reels y obtenlos para verlos juntos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n reels)</source>
        <translation>
            <numerusform>%1 (%n reel)</numerusform>
            <numerusform>%1 (%n reels)</numerusform>
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
        <translation>Publicaciones recopiladas</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Mark as &amp;Positive</source>
        <translation>Marcar como &amp;positivo</translation>
    </message>
    <message>
        <source>Mark as &amp;Negative</source>
        <translation>Marcar como &amp;negativo</translation>
    </message>
    <message>
        <source>Mark as N&amp;eutral</source>
        <translation>Marcar como n&amp;eutral</translation>
    </message>
    <message>
        <source>Use the &amp;Automatic Label</source>
        <translation>Usar la etiqueta &amp;automática</translation>
    </message>
    <message>
        <source>Forget the label set by hand and score the comment again.</source>
        <translation>Olvida la etiqueta puesta a mano y vuelve a puntuar el comentario.</translation>
    </message>
    <message>
        <source>Posts of %1</source>
        <translation>Publicaciones de %1</translation>
    </message>
    <message>
        <source>Reel %1</source>
        <translation>Reel %1</translation>
    </message>
    <message>
        <source>Not scraped yet — press Ctrl+R to scrape it now.</source>
        <translation>Aún no recopilado: pulsa Ctrl+R para recopilarlo ahora.</translation>
    </message>
    <message>
        <source>Select a task to see its posts and comments.</source>
        <translation>Selecciona una tarea para ver sus publicaciones y comentarios.</translation>
    </message>
    <message>
        <source>Comments on %1 (%2 stored)</source>
        <translation>Comentarios de %1 (%2 guardados)</translation>
    </message>
    <message numerus="yes">
        <source>No scored comments yet (%n waiting to be scored).</source>
        <translation>
            <numerusform>Aún no hay comentarios puntuados (%n pendiente de puntuar).</numerusform>
            <numerusform>Aún no hay comentarios puntuados (%n pendientes de puntuar).</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Aún no hay comentarios.</translation>
    </message>
    <message>
        <source>%1 % %2 (%3)</source>
        <translation>%1 % %2 (%3)</translation>
    </message>
    <message>
        <source>Overall: &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; · %3 · %4 · %5</source>
        <translation>En conjunto: &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message numerus="yes">
        <source> · %n not scored yet</source>
        <translation>
            <numerusform> · %n aún sin puntuar</numerusform>
            <numerusform> · %n aún sin puntuar</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a comment to see which words and emoji made its sentiment.</source>
        <translation>Selecciona un comentario para ver qué palabras y emoji formaron su sentimiento.</translation>
    </message>
    <message>
        <source>Engine: %1 (compound %2)</source>
        <translation>Motor: %1 (compuesto %2)</translation>
    </message>
    <message>
        <source> — no word or emoji carries sentiment.</source>
        <translation> — ninguna palabra ni emoji aporta sentimiento.</translation>
    </message>
    <message>
        <source>Marked %1 by hand.</source>
        <translation>Marcado como %1 a mano.</translation>
    </message>
    <message>
        <source>an unknown author</source>
        <translation>un autor desconocido</translation>
    </message>
    <message>
        <source>Marked a comment by %1 as %2.</source>
        <translation>Se marcó un comentario de %1 como %2.</translation>
    </message>
    <message>
        <source>A comment by %1 has its automatic label again: %2.</source>
        <translation>Un comentario de %1 vuelve a tener su etiqueta automática: %2.</translation>
    </message>
    <message>
        <source>Reading the posts…</source>
        <translation>Leyendo las publicaciones…</translation>
    </message>
    <message>
        <source>Reading the sentiment of all comments…</source>
        <translation>Leyendo el sentimiento de todos los comentarios…</translation>
    </message>
    <message>
        <source>No comments stored for any post yet.</source>
        <translation>Aún no hay comentarios guardados de ninguna publicación.</translation>
    </message>
    <message numerus="yes">
        <source>All posts, %n comment(s): %1</source>
        <translation>
            <numerusform>Todas las publicaciones, %n comentario: %1</numerusform>
            <numerusform>Todas las publicaciones, %n comentarios: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments on %1</source>
        <translation>Comentarios de %1</translation>
    </message>
    <message>
        <source>Reading the comments…</source>
        <translation>Leyendo los comentarios…</translation>
    </message>
    <message>
        <source>Language: English (reference mode reads every comment as English).</source>
        <translation>Idioma: inglés (el modo de referencia lee cada comentario como inglés).</translation>
    </message>
    <message>
        <source>Language: undetermined — only emoji, emoticons and ! ? count.</source>
        <translation>Idioma: sin determinar; solo cuentan emoji, emoticonos y ! ?.</translation>
    </message>
    <message>
        <source>Language: %1 (from its words).</source>
        <translation>Idioma: %1 (por sus palabras).</translation>
    </message>
    <message>
        <source>Language: %1 (from its letters).</source>
        <translation>Idioma: %1 (por sus letras).</translation>
    </message>
    <message>
        <source>Language: %1 (the account&apos;s language; its words do not tell).</source>
        <translation>Idioma: %1 (el idioma de la cuenta; sus palabras no lo indican).</translation>
    </message>
    <message>
        <source>Language: %1 (as detected when it was scored).</source>
        <translation>Idioma: %1 (detectado al puntuarlo).</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Idioma: %1.</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>other languages %1 %</source>
        <translation>otros idiomas %1 %</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Idiomas: %1</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Download the selected posts in the best quality (see Downloads).</source>
        <translation>Descargar las publicaciones seleccionadas en la mejor calidad (ver Descargas).</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
</context>
<context>
    <name>reelpulse::TaskDialog</name>
    <message>
        <source> hour</source>
        <translation> hora</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source> day</source>
        <translation> día</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source>&amp;Scrape:</source>
        <translation>&amp;Recopilar:</translation>
    </message>
    <message>
        <source>The interval</source>
        <translation>El intervalo</translation>
    </message>
    <message>
        <source>&amp;Pause tracking</source>
        <translation>&amp;Pausar el seguimiento</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>reelpulse::TaskItemsModel</name>
    <message numerus="yes">
        <source>%1 (%n items)</source>
        <translation>
            <numerusform>%1 (%n elemento)</numerusform>
            <numerusform>%1 (%n elementos)</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Al %1</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Reproducciones</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Compartidos</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Guardados</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>reelpulse::TaskPage</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Could not read the tasks: %1</source>
        <translation>No se pudieron leer las tareas: %1</translation>
    </message>
</context>
<context>
    <name>reelpulse::TaskTableModel</name>
    <message>
        <source>Not scraped yet</source>
        <translation>Aún no recopilado</translation>
    </message>
    <message>
        <source>Views: %1 · plays: %2 (as of %3)</source>
        <translation>Vistas: %1 · reproducciones: %2 (al %3)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Al %1</translation>
    </message>
    <message>
        <source>Scraping…</source>
        <translation>Recopilando…</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>sin programar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Last scraped</source>
        <translation>Última recopilación</translation>
    </message>
    <message>
        <source>Next scrape</source>
        <translation>Próxima recopilación</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
</context>
<context>
    <name>reelpulse::TikTokClient</name>
    <message>
        <source>The endpoint profile names a reader ReelPulse does not have (%1 in %2).</source>
        <translation>El perfil de endpoints indica un lector que ReelPulse no tiene (%1 en %2).</translation>
    </message>
    <message>
        <source>The video page could not be read.</source>
        <translation>No se pudo leer la página del video.</translation>
    </message>
    <message>
        <source>The comment list could not be read.</source>
        <translation>No se pudo leer la lista de comentarios.</translation>
    </message>
    <message>
        <source>The account page could not be read.</source>
        <translation>No se pudo leer la página de la cuenta.</translation>
    </message>
    <message>
        <source>The account&apos;s video list could not be read.</source>
        <translation>No se pudo leer la lista de vídeos de la cuenta.</translation>
    </message>
</context>
<context>
    <name>reelpulse::TikTokSource</name>
    <message>
        <source>This TikTok reader cannot read accounts.</source>
        <translation>Este lector de TikTok no puede leer cuentas.</translation>
    </message>
</context>
<context>
    <name>reelpulse::TopPostsModel</name>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Tasa de interacción</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Reproducciones</translation>
    </message>
</context>
<context>
    <name>reelpulse::TrackingService</name>
    <message>
        <source>%1 must be between 1 and %2 days (got %3).</source>
        <translation>%1 debe estar entre 1 y %2 días (se recibió %3).</translation>
    </message>
    <message>
        <source>scrape_interval_hours must be between %1 and %2 hours (got %3).</source>
        <translation>scrape_interval_hours debe estar entre %1 y %2 horas (se recibió %3).</translation>
    </message>
    <message>
        <source>metadata has %1 keys; at most %2 are allowed.</source>
        <translation>metadata tiene %1 claves; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>metadata keys cannot be empty.</source>
        <translation>las claves de metadata no pueden estar vacías.</translation>
    </message>
    <message>
        <source>metadata value of &quot;%1&quot; must be text, a number or a boolean.</source>
        <translation>el valor de metadata de «%1» debe ser texto, un número o un booleano.</translation>
    </message>
    <message>
        <source>metadata value of &quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation>el valor de metadata de «%1» tiene %2 caracteres; se permiten como máximo %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key=value.</source>
        <translation>«%1» no tiene la forma clave=valor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty key.</source>
        <translation>«%1» tiene una clave vacía.</translation>
    </message>
    <message>
        <source>The project name is empty.</source>
        <translation>El nombre del proyecto está vacío.</translation>
    </message>
    <message>
        <source>The project name is longer than 100 characters.</source>
        <translation>El nombre del proyecto tiene más de 100 caracteres.</translation>
    </message>
    <message>
        <source>The project name contains control characters.</source>
        <translation>El nombre del proyecto contiene caracteres de control.</translation>
    </message>
    <message>
        <source>@%1 is already tracked (task %2, %3). Update that task instead.</source>
        <translation>@%1 ya se está siguiendo (tarea %2, %3). Modifica esa tarea.</translation>
    </message>
    <message>
        <source>profile task</source>
        <translation>tarea de perfil</translation>
    </message>
    <message>
        <source>A project named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un proyecto llamado «%1».</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; does not exist. Create it first with: reelpulse-cli projects add &quot;%1&quot;</source>
        <translation>El proyecto «%1» no existe. Créalo primero con: reelpulse-cli projects add &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reel %1 is already tracked in project &quot;%2&quot; (task %3).</source>
        <translation>El reel %1 ya se está siguiendo en el proyecto «%2» (tarea %3).</translation>
    </message>
    <message>
        <source>reel task</source>
        <translation>tarea de reel</translation>
    </message>
    <message>
        <source>No updatable fields provided.</source>
        <translation>No se indicó ningún campo modificable.</translation>
    </message>
    <message>
        <source>This %1 video (%2) is already tracked (id %3).</source>
        <translation>Este video de %1 (%2) ya se está siguiendo (id %3).</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>No updatable fields provided (use --interval-hours, --meta, --clear-meta, --active or --inactive).</source>
        <translation>No se indicó ningún campo modificable (usa --interval-hours, --meta, --clear-meta, --active o --inactive).</translation>
    </message>
    <message>
        <source>Tracking the latest videos needs a number from 1 to %1 (--auto-track-latest).</source>
        <translation>Seguir los vídeos más recientes necesita un número del 1 al %1 (--auto-track-latest).</translation>
    </message>
    <message>
        <source>The number of latest videos must be from 0 to %1.</source>
        <translation>El número de vídeos más recientes debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>You track %1 of at most %2 accounts. Remove an account, or raise the limit (setting tracking.max_accounts, 0 for none).</source>
        <translation>Sigues %1 de como máximo %2 cuentas. Elimina una cuenta o sube el límite (ajuste tracking.max_accounts, 0 para ninguno).</translation>
    </message>
    <message>
        <source>No updatable fields provided (use --competitor, --own, --interval-days, --pause, --resume or --auto-track).</source>
        <translation>No se indicó ningún campo modificable (usa --competitor, --own, --interval-days, --pause, --resume o --auto-track).</translation>
    </message>
</context>
<context>
    <name>reelpulse::VideoDialog</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Edit Video</source>
        <translation>Editar video</translation>
    </message>
    <message>
        <source>Add Video</source>
        <translation>Añadir video</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plataforma:</translation>
    </message>
    <message>
        <source>Video:</source>
        <translation>Video:</translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation>P&amp;lataforma:</translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation>&amp;Video:</translation>
    </message>
    <message>
        <source>https://www.tiktok.com/@user/video/… or the numeric id</source>
        <translation>https://www.tiktok.com/@user/video/… o el id numérico</translation>
    </message>
    <message>
        <source>https://www.instagram.com/p/… , a shortcode or the media id</source>
        <translation>https://www.instagram.com/p/… , un código corto o el id del medio</translation>
    </message>
    <message>
        <source>One key=value per line, e.g.
campaign=summer
owner=anna</source>
        <translation>Una clave=valor por línea, p. ej.
campaign=verano
owner=ana</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadatos:</translation>
    </message>
    <message>
        <source>&amp;Active: scrape this video on schedule</source>
        <translation>&amp;Activo: recopilar este video según lo programado</translation>
    </message>
</context>
<context>
    <name>reelpulse::VideoTaskStore</name>
    <message>
        <source>No video with id &quot;%1&quot; exists.</source>
        <translation>No existe ningún video con el id «%1».</translation>
    </message>
</context>
<context>
    <name>reelpulse::VideoTasksModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
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
        <translation>&amp;Añadir video…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>No videos yet — press Ctrl+N to add one.

Follow single Instagram posts and TikTok videos every few hours, with your own key=value notes (campaign, owner…).</source>
        <translation>Aún no hay videos: pulsa Ctrl+N para añadir uno.

Sigue publicaciones sueltas de Instagram y videos de TikTok cada pocas horas, con tus propias notas clave=valor (campaña, responsable…).</translation>
    </message>
    <message>
        <source>No video matches the filter.</source>
        <translation>Ningún video coincide con el filtro.</translation>
    </message>
    <message>
        <source>Added %1, scraped %2.</source>
        <translation>%1 añadido, recopilado %2.</translation>
    </message>
    <message>
        <source>Added %1, inactive.</source>
        <translation>%1 añadido, inactivo.</translation>
    </message>
    <message>
        <source>Changed %1: scraped %2, %3.</source>
        <translation>%1 modificado: recopilado %2, %3.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>Stop tracking %1?

The task and the data collected for it are deleted.</source>
        <translation>¿Dejar de seguir %1?

Se eliminan la tarea y los datos recopilados para ella.</translation>
    </message>
    <message numerus="yes">
        <source>Stop tracking %n videos?

The tasks and the data collected for them are deleted.</source>
        <translation>
            <numerusform>¿Dejar de seguir %n video?

Se eliminan la tarea y los datos recopilados para ella.</numerusform>
            <numerusform>¿Dejar de seguir %n videos?

Se eliminan las tareas y los datos recopilados para ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Videos</source>
        <translation>Eliminar videos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>No se pudo eliminar %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 eliminado.</translation>
    </message>
</context>
<context>
    <name>reelpulse::analytics</name>
    <message>
        <source>No stored post, reel or video &quot;%1&quot;: track it and scrape it first.</source>
        <translation>No hay ninguna publicación, reel o vídeo «%1» guardado: síguelo y recopílalo primero.</translation>
    </message>
    <message>
        <source>not enough history: the post&apos;s time is unknown</source>
        <translation>historial insuficiente: se desconoce la hora de la publicación</translation>
    </message>
    <message>
        <source>not enough history: no snapshot of the item</source>
        <translation>historial insuficiente: no hay ninguna instantánea del elemento</translation>
    </message>
    <message>
        <source>not enough history: %1 of the account&apos;s items of this kind were seen at this age (%2 h), %3 needed</source>
        <translation>historial insuficiente: se vieron %1 elementos de este tipo de la cuenta a esta edad (%2 h), se necesitan %3</translation>
    </message>
    <message>
        <source>the account&apos;s items had nothing at this age: no ratio</source>
        <translation>los elementos de la cuenta no tenían nada a esta edad: sin proporción</translation>
    </message>
</context>
<context>
    <name>reelpulse::analytics::ChartData</name>
    <message>
        <source>Profiles side by side</source>
        <translation>Perfiles lado a lado</translation>
    </message>
    <message>
        <source>percent, posts per week</source>
        <translation>porcentaje, publicaciones por semana</translation>
    </message>
    <message>
        <source>Track your profiles and competitors and scrape them to compare.</source>
        <translation>Sigue tus perfiles y competidores y recopílalos para compararlos.</translation>
    </message>
    <message>
        <source>growth % (90 d)</source>
        <translation>crecimiento % (90 d)</translation>
    </message>
    <message>
        <source>posts / week</source>
        <translation>publicaciones / semana</translation>
    </message>
    <message>
        <source>median ER %</source>
        <translation>TI mediana %</translation>
    </message>
    <message>
        <source>reels %</source>
        <translation>reels %</translation>
    </message>
    <message>
        <source>positive %</source>
        <translation>positivo %</translation>
    </message>
    <message>
        <source>negative %</source>
        <translation>negativo %</translation>
    </message>
    <message>
        <source>No stored snapshot in this range yet: scrape now to see the first point.</source>
        <translation>Aún no hay ninguna instantánea guardada en este intervalo: recopila ahora para ver el primer punto.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>all dates to %1</source>
        <translation>todas las fechas hasta %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>todas las fechas</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>seguidores</translation>
    </message>
    <message>
        <source>gained per day</source>
        <translation>ganados por día</translation>
    </message>
    <message>
        <source>Engagement rate per post</source>
        <translation>Tasa de interacción por publicación</translation>
    </message>
    <message>
        <source>engagement rate (%)</source>
        <translation>tasa de interacción (%)</translation>
    </message>
    <message>
        <source>No post with a known engagement rate in this range: track the profile and scrape it.</source>
        <translation>Ninguna publicación con tasa de interacción conocida en este intervalo: sigue el perfil y recopílalo.</translation>
    </message>
    <message>
        <source>engagement rate</source>
        <translation>tasa de interacción</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>por hora</translation>
    </message>
    <message>
        <source>Velocity needs two snapshots: scrape again later to see it.</source>
        <translation>La velocidad necesita dos instantáneas: vuelve a recopilar más tarde para verla.</translation>
    </message>
    <message>
        <source>views per hour</source>
        <translation>vistas por hora</translation>
    </message>
    <message>
        <source>engagement per hour</source>
        <translation>interacción por hora</translation>
    </message>
    <message>
        <source>Views, likes, comments and shares</source>
        <translation>Vistas, me gusta, comentarios y compartidos</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>views</source>
        <translation>vistas</translation>
    </message>
    <message>
        <source>likes</source>
        <translation>me gusta</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>compartidos</translation>
    </message>
    <message>
        <source>Views, likes and comments of the project&apos;s reels together</source>
        <translation>Reproducciones, me gusta y comentarios de los reels del proyecto en conjunto</translation>
    </message>
    <message>
        <source>Comment sentiment per day</source>
        <translation>Sentimiento de los comentarios por día</translation>
    </message>
    <message>
        <source>No scored comment in this range: scrape comments and score them (sentiment rescore).</source>
        <translation>Ningún comentario puntuado en este intervalo: recopila comentarios y puntúalos (sentiment rescore).</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>When posts do best (UTC)</source>
        <translation>Cuándo funcionan mejor las publicaciones (UTC)</translation>
    </message>
    <message>
        <source>mean engagement</source>
        <translation>interacción media</translation>
    </message>
    <message>
        <source>No post with known engagement in this range: scrape the profile first.</source>
        <translation>Ninguna publicación con interacción conocida en este intervalo: recopila primero el perfil.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Posts per week</source>
        <translation>Publicaciones por semana</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>publicaciones</translation>
    </message>
    <message>
        <source>No post in this range: scrape the profile first.</source>
        <translation>Ninguna publicación en este intervalo: recopila primero el perfil.</translation>
    </message>
    <message>
        <source>Languages of the comments</source>
        <translation>Idiomas de los comentarios</translation>
    </message>
    <message>
        <source>No comment read yet: scrape comments and score them.</source>
        <translation>Aún no se ha leído ningún comentario: recopila comentarios y puntúalos.</translation>
    </message>
    <message>
        <source>share of the comments (%)</source>
        <translation>proporción de los comentarios (%)</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>proporción (%)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>aún no leído</translation>
    </message>
    <message>
        <source>Against the account&apos;s usual</source>
        <translation>Frente a lo habitual de la cuenta</translation>
    </message>
    <message>
        <source>Not enough history: the account&apos;s items of this kind must be seen at this age first.</source>
        <translation>Historial insuficiente: primero deben verse elementos de este tipo de la cuenta a esta edad.</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>este elemento</translation>
    </message>
    <message>
        <source>usual at the same age</source>
        <translation>habitual a la misma edad</translation>
    </message>
</context>
<context>
    <name>reelpulse::analytics::CommentTerms</name>
    <message>
        <source>Most frequent words in comments</source>
        <translation>Palabras más frecuentes en los comentarios</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <source>No comment text in this range: scrape comments to see their words.</source>
        <translation>No hay texto de comentarios en este período: obtén comentarios para ver sus palabras.</translation>
    </message>
    <message>
        <source>Most frequent emoji in comments</source>
        <translation>Emojis más frecuentes en los comentarios</translation>
    </message>
    <message>
        <source>times used</source>
        <translation>veces usado</translation>
    </message>
    <message>
        <source>No emoji in the comments of this range.</source>
        <translation>No hay emojis en los comentarios de este período.</translation>
    </message>
    <message>
        <source>Hashtags by the mean engagement of their posts</source>
        <translation>Hashtags según la interacción media de sus publicaciones</translation>
    </message>
    <message>
        <source>mean engagement</source>
        <translation>interacción media</translation>
    </message>
    <message>
        <source>No post with hashtags and known engagement in this range: scrape the profile first.</source>
        <translation>No hay publicaciones con hashtags e interacción conocida en este período: obtén primero el perfil.</translation>
    </message>
    <message>
        <source>Each hashtag&apos;s posts in the range: their mean likes + comments + saves + shares (the counts known). The number of posts is in brackets.</source>
        <translation>Las publicaciones de cada hashtag en el período: su media de me gusta + comentarios + guardados + compartidos (los recuentos conocidos). El número de publicaciones va entre paréntesis.</translation>
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
        <translation>cambio por día</translation>
    </message>
    <message>
        <source>Total followers</source>
        <translation>Seguidores totales</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>seguidores</translation>
    </message>
    <message>
        <source>followers (all accounts)</source>
        <translation>seguidores (todas las cuentas)</translation>
    </message>
    <message>
        <source>No follower count in these days: link accounts to the creator and scrape them.</source>
        <translation>No hay número de seguidores en estos días: vincula cuentas al creador y recopílalas.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>likes, comments, saves and shares</source>
        <translation>me gusta, comentarios, guardados y compartidos</translation>
    </message>
    <message>
        <source>engagement (all posts and videos)</source>
        <translation>interacción (todas las publicaciones y videos)</translation>
    </message>
    <message>
        <source>No post or video of the creator&apos;s accounts has counts in these days yet.</source>
        <translation>Ninguna publicación ni video de las cuentas del creador tiene cifras en estos días todavía.</translation>
    </message>
</context>
<context>
    <name>reelpulse::charts</name>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>reelpulse::charts::ReportWriter</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>ReelPulse report · %1 · %2</source>
        <translation>Informe de ReelPulse · %1 · %2</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>Followers gained, %1 days</source>
        <translation>Seguidores ganados, %1 días</translation>
    </message>
    <message>
        <source>Posts in the range</source>
        <translation>Publicaciones en el intervalo</translation>
    </message>
    <message>
        <source>Posts per week</source>
        <translation>Publicaciones por semana</translation>
    </message>
    <message>
        <source>Median engagement rate</source>
        <translation>Tasa de interacción mediana</translation>
    </message>
    <message>
        <source>Mean engagement rate</source>
        <translation>Tasa de interacción media</translation>
    </message>
    <message>
        <source>Reels share</source>
        <translation>Proporción de reels</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Reproducciones</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Total engagement</source>
        <translation>Interacción total</translation>
    </message>
    <message>
        <source>Engagement rate (followers)</source>
        <translation>Tasa de interacción (seguidores)</translation>
    </message>
    <message>
        <source>Engagement rate (views)</source>
        <translation>Tasa de interacción (vistas)</translation>
    </message>
    <message>
        <source>Views per hour (last window)</source>
        <translation>Vistas por hora (última ventana)</translation>
    </message>
    <message>
        <source>Trend score</source>
        <translation>Puntuación de tendencia</translation>
    </message>
    <message>
        <source>Comments scored</source>
        <translation>Comentarios puntuados</translation>
    </message>
    <message>
        <source>Positive / negative comments</source>
        <translation>Comentarios positivos / negativos</translation>
    </message>
    <message>
        <source>ReelPulse report: %1</source>
        <translation>Informe de ReelPulse: %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Your logo</source>
        <translation>Tu logotipo</translation>
    </message>
    <message>
        <source>Performance report · %1</source>
        <translation>Informe de rendimiento · %1</translation>
    </message>
    <message>
        <source>Made by ReelPulse on %1 from the stored history; formulas in docs/metrics.md</source>
        <translation>Creado por ReelPulse el %1 a partir del historial guardado; fórmulas en docs/metrics.md</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Top posts</source>
        <translation>Mejores publicaciones</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Tasa de interacción</translation>
    </message>
    <message>
        <source>No post with a known engagement rate in this range.</source>
        <translation>Ninguna publicación con tasa de interacción conocida en este intervalo.</translation>
    </message>
    <message>
        <source>Comment sentiment</source>
        <translation>Sentimiento de los comentarios</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>aún no leído</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli</name>
    <message>
        <source>which endpoint profile the clients use (version, built-in or override)</source>
        <translation>qué perfil de endpoints usan los clientes (versión, integrado o reemplazo)</translation>
    </message>
    <message>
        <source>show a profile, post, reel or TikTok video as the platform has it now</source>
        <translation>muestra un perfil, una publicación, un reel o un video de TikTok tal como lo tiene ahora la plataforma</translation>
    </message>
    <message>
        <source>track Instagram profiles (own or competitors&apos;)</source>
        <translation>sigue perfiles de Instagram (propios o de competidores)</translation>
    </message>
    <message>
        <source>create, list and remove projects of reels</source>
        <translation>crea, lista y elimina proyectos de reels</translation>
    </message>
    <message>
        <source>track individual reels and posts in projects</source>
        <translation>sigue reels y publicaciones sueltas en proyectos</translation>
    </message>
    <message>
        <source>scrape one task now, or every due task once (--due)</source>
        <translation>recopila una tarea ahora, o cada tarea pendiente una vez (--due)</translation>
    </message>
    <message>
        <source>score comment sentiment, summaries, re-scoring</source>
        <translation>puntúa el sentimiento de los comentarios, resúmenes, nueva puntuación</translation>
    </message>
    <message>
        <source>track Instagram posts and TikTok videos</source>
        <translation>sigue publicaciones de Instagram y videos de TikTok</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli [--data-dir DIR] [--json] &lt;command&gt; [&lt;args&gt;]

ReelPulse engine without a window: track Instagram and TikTok content from scripts.

Commands:
</source>
        <translation>Uso: reelpulse-cli [--data-dir DIR] [--json] &lt;command&gt; [&lt;args&gt;]

El motor de ReelPulse sin ventana: sigue contenido de Instagram y TikTok desde scripts.

Comandos:
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
Opciones globales:
  --data-dir DIR   usa el almacén de datos de DIR (predeterminado: $REELPULSE_DATA_DIR o, si no, %1)
  --json           muestra JSON con la forma de las API de seguimiento
  --version        muestra la versión
  --help           esta ayuda; &apos;&lt;command&gt; --help&apos; para la ayuda de un comando

Códigos de salida: 0 éxito, 2 entrada no válida, 3 no encontrado, 4 conflicto (duplicado), 1 cualquier otro caso.
</translation>
    </message>
    <message>
        <source>the application data folder</source>
        <translation>la carpeta de datos de la aplicación</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir necesita una carpeta.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;reelpulse-cli --help&apos; for the list.</source>
        <translation>Comando desconocido &apos;%1&apos;. Ejecuta &apos;reelpulse-cli --help&apos; para ver la lista.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 no admite ningún valor.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &apos;%2&apos; (see &apos;%2 --help&apos;).</source>
        <translation>Opción desconocida --%1 para &apos;%2&apos; (consulta &apos;%2 --help&apos;).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number (got &quot;%2&quot;).</source>
        <translation>--%1 debe ser un número entero (se recibió «%2»).</translation>
    </message>
    <message>
        <source>show and change the settings the app and the CLI share</source>
        <translation>muestra y cambia los ajustes que comparten la app y la CLI</translation>
    </message>
    <message>
        <source>what the rate governor holds back and why; resume after a stop</source>
        <translation>qué retiene el regulador de solicitudes y por qué; reanudar tras una detención</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <source>Set your Meta app&apos;s Instagram app id first: reelpulse-cli config set publish.app_id ID (or connect with a token: accounts add --token-file).</source>
        <translation>Define primero el id de app de Instagram de tu app de Meta: reelpulse-cli config set publish.app_id ID (o conéctate con un token: accounts add --token-file).</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>No se puede escuchar en 127.0.0.1 la respuesta del navegador.</translation>
    </message>
    <message>
        <source>Open this address in your browser and allow ReelPulse:</source>
        <translation>Abre esta dirección en tu navegador y autoriza a ReelPulse:</translation>
    </message>
    <message>
        <source>No sign-in arrived; nothing was connected.</source>
        <translation>No llegó ningún inicio de sesión; no se conectó nada.</translation>
    </message>
    <message>
        <source>Connected @%1. The token is in the keychain.</source>
        <translation>Se conectó @%1. El token está en el llavero.</translation>
    </message>
    <message>
        <source>Unknown command &apos;accounts %1&apos; (see &apos;accounts --help&apos;).</source>
        <translation>Comando desconocido &apos;accounts %1&apos; (consulta &apos;accounts --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;accounts %1&apos; takes one account name.</source>
        <translation>&apos;accounts %1&apos; necesita un nombre de cuenta.</translation>
    </message>
    <message>
        <source>&apos;accounts %1&apos; takes no arguments.</source>
        <translation>&apos;accounts %1&apos; no admite argumentos.</translation>
    </message>
    <message>
        <source>&apos;accounts add&apos; needs --token-file FILE (a token generated in Meta&apos;s App Dashboard).</source>
        <translation>&apos;accounts add&apos; necesita --token-file FILE (un token generado en el App Dashboard de Meta).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Connected @%1 (%2, %3 followers). The token is in the keychain until %4.</source>
        <translation>Se conectó @%1 (%2, %3 seguidores). El token está en el llavero y es válido hasta %4.</translation>
    </message>
    <message>
        <source>&apos;accounts app-secret&apos; needs --secret-file FILE (readable): %1</source>
        <translation>&apos;accounts app-secret&apos; necesita --secret-file FILE (legible): %1</translation>
    </message>
    <message>
        <source>The app secret is in the keychain.</source>
        <translation>El secreto de la app está en el llavero.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) refreshed.</source>
        <translation>
            <numerusform>%n token renovado.</numerusform>
            <numerusform>%n tokens renovados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No account connected yet. Connect one with: reelpulse-cli accounts add --token-file FILE</source>
        <translation>Aún no hay ninguna cuenta conectada. Conecta una con: reelpulse-cli accounts add --token-file FILE</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>USER ID</source>
        <translation>ID DE USUARIO</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>FOLLOWERS</source>
        <translation>SEGUIDORES</translation>
    </message>
    <message>
        <source>TOKEN UNTIL</source>
        <translation>TOKEN HASTA</translation>
    </message>
    <message>
        <source>Disconnected @%1: its token was deleted from the keychain.</source>
        <translation>Se desconectó @%1: su token se eliminó del llavero.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>id de usuario</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>seguidores</translation>
    </message>
    <message>
        <source>following</source>
        <translation>seguidos</translation>
    </message>
    <message>
        <source>token until</source>
        <translation>token hasta</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>Reconnect: %1</source>
        <translation>Reconectar: %1</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli account info [--account USER] [--json]

What Instagram says about a connected account now.
</source>
        <translation>Uso: reelpulse-cli account info [--account USER] [--json]

Lo que Instagram dice ahora sobre una cuenta conectada.
</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli media list [--account USER] [--limit N] [--after CURSOR] [--json]

The account&apos;s recent media, newest first; --after continues from a page&apos;s next_cursor.
</source>
        <translation>Uso: reelpulse-cli media list [--account USER] [--limit N] [--after CURSOR] [--json]

Los medios recientes de la cuenta, los más nuevos primero; --after continúa desde el next_cursor de una página.
</translation>
    </message>
    <message>
        <source>--limit must be from 1 to 100.</source>
        <translation>--limit debe estar entre 1 y 100.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>LIKES</source>
        <translation>ME GUSTA</translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation>COMENTARIOS</translation>
    </message>
    <message>
        <source>CAPTION</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>More: --after %1</source>
        <translation>Más: --after %1</translation>
    </message>
    <message>
        <source>&apos;media-host password&apos; needs --password-file FILE (readable): %1</source>
        <translation>&apos;media-host password&apos; necesita --password-file FILE (legible): %1</translation>
    </message>
    <message>
        <source>The media host works: a file was uploaded, read back at its public URL and deleted.</source>
        <translation>El host de medios funciona: se subió un archivo, se volvió a leer en su URL pública y se eliminó.</translation>
    </message>
    <message>
        <source>Instagram professional accounts to publish to (tokens in the keychain)</source>
        <translation>cuentas profesionales de Instagram en las que publicar (tokens en el llavero)</translation>
    </message>
    <message>
        <source>what Instagram says about an account now</source>
        <translation>lo que Instagram dice ahora sobre una cuenta</translation>
    </message>
    <message>
        <source>an account&apos;s recent media, page by page</source>
        <translation>los medios recientes de una cuenta, página a página</translation>
    </message>
    <message>
        <source>where local files are uploaded before publishing; test it</source>
        <translation>dónde se suben los archivos locales antes de publicar; pruébalo</translation>
    </message>
    <message>
        <source>publish or schedule images, carousels, reels, stories; --due for cron</source>
        <translation>publica o programa imágenes, carruseles, reels e historias; --due para cron</translation>
    </message>
    <message>
        <source>the publishing queue: list, show, cancel, retry</source>
        <translation>la cola de publicación: listar, mostrar, cancelar, reintentar</translation>
    </message>
    <message>
        <source>a published post&apos;s insights and engagement rate</source>
        <translation>estadísticas y tasa de interacción de una publicación ya publicada</translation>
    </message>
    <message>
        <source>download a post, reel, carousel or TikTok video to your disk</source>
        <translation>descarga una publicación, un reel, un carrusel o un video de TikTok a tu disco</translation>
    </message>
    <message>
        <source>the download list: status, pause, resume, cancel, retry, formats</source>
        <translation>la lista de descargas: estado, pausar, reanudar, cancelar, reintentar, formatos</translation>
    </message>
    <message>
        <source>Download %1 failed [%2]: %3</source>
        <translation>Falló la descarga %1 [%2]: %3</translation>
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
        <translation> de %1 (%2%)</translation>
    </message>
    <message>
        <source>, ETA %1 s</source>
        <translation>, faltan %1 s</translation>
    </message>
    <message>
        <source>  %1/s</source>
        <translation>  %1/s</translation>
    </message>
    <message>
        <source>&apos;download batch&apos; takes one file.</source>
        <translation>&apos;download batch&apos; necesita un archivo.</translation>
    </message>
    <message>
        <source>&apos;download profile&apos; takes one task id.</source>
        <translation>&apos;download profile&apos; necesita un id de tarea.</translation>
    </message>
    <message>
        <source>profile task</source>
        <translation>tarea de perfil</translation>
    </message>
    <message>
        <source>No posts of this profile are stored yet: scrape it first (&apos;reelpulse-cli scrape %1&apos;).</source>
        <translation>Aún no hay publicaciones guardadas de este perfil: recopílalo primero (&apos;reelpulse-cli scrape %1&apos;).</translation>
    </message>
    <message>
        <source>The batch has no items.</source>
        <translation>El lote no tiene elementos.</translation>
    </message>
    <message>
        <source>Stories are downloaded one user at a time: &apos;download story &lt;username&gt;&apos;.</source>
        <translation>Las historias se descargan de un usuario a la vez: &apos;download story &lt;username&gt;&apos;.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>already downloaded  %1
</source>
        <translation>ya descargado  %1
</translation>
    </message>
    <message>
        <source>downloaded  %1
</source>
        <translation>descargado  %1
</translation>
    </message>
    <message>
        <source>failed      %1  [%2] %3
</source>
        <translation>fallido     %1  [%2] %3
</translation>
    </message>
    <message>
        <source>Batch %1: %2 downloaded, %3 failed.
</source>
        <translation>Lote %1: %2 descargados, %3 fallidos.
</translation>
    </message>
    <message>
        <source>&apos;download story&apos; takes one username.</source>
        <translation>&apos;download story&apos; necesita un nombre de usuario.</translation>
    </message>
    <message>
        <source>Stories of @%1 can only be read with a signed-in Instagram session.</source>
        <translation>Las historias de @%1 solo se pueden leer con una sesión de Instagram iniciada.</translation>
    </message>
    <message>
        <source>Sign in from the app (Settings › Instagram account), then try again.</source>
        <translation>Inicia sesión desde la app (Configuración › Cuenta de Instagram) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Unknown command &apos;download %1&apos; (see &apos;download --help&apos;).</source>
        <translation>Comando desconocido &apos;download %1&apos; (consulta &apos;download --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;download %1&apos; takes one URL or shortcode (see &apos;download --help&apos;).</source>
        <translation>&apos;download %1&apos; necesita una URL o un código corto (consulta &apos;download --help&apos;).</translation>
    </message>
    <message>
        <source>already downloaded (job %1)</source>
        <translation>ya descargado (trabajo %1)</translation>
    </message>
    <message>
        <source>Queued %1 (the app runs it; &apos;reelpulse-cli downloads resume %1&apos; runs it here).
</source>
        <translation>%1 en cola (la app lo ejecuta; &apos;reelpulse-cli downloads resume %1&apos; lo ejecuta aquí).
</translation>
    </message>
    <message>
        <source>Image qualities: best, high, medium, low
Video qualities: best, 1080p, 720p, 480p, 360p
Types: media, video_only, image_only, audio_only
Audio formats: best, mp3, m4a, aac (ffmpeg)
</source>
        <translation>Calidades de imagen: best, high, medium, low
Calidades de video: best, 1080p, 720p, 480p, 360p
Tipos: media, video_only, image_only, audio_only
Formatos de audio: best, mp3, m4a, aac (ffmpeg)
</translation>
    </message>
    <message>
        <source>Unknown command &apos;downloads %1&apos; (see &apos;downloads --help&apos;).</source>
        <translation>Comando desconocido &apos;downloads %1&apos; (consulta &apos;downloads --help&apos;).</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>TRABAJO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ELEMENTO</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>AÑADIDO</translation>
    </message>
    <message>
        <source>&apos;downloads %1&apos; takes one job id.</source>
        <translation>&apos;downloads %1&apos; necesita un id de trabajo.</translation>
    </message>
    <message>
        <source>The job is %1 already.</source>
        <translation>El trabajo ya tiene el estado %1.</translation>
    </message>
    <message>
        <source>The job is %1: nothing to resume.</source>
        <translation>El trabajo tiene el estado %1: no hay nada que reanudar.</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli insights &lt;post-id|media-id&gt; [--account USER] [--json]

A published post&apos;s lifetime insights: likes, comments, shares, saved, reach, views,
total_interactions and engagement_rate (total_interactions / reach x 100). Only current metrics are
asked (never the deprecated impressions, plays or video_views). A post id is the db_id of a post
published from here; any other media id is read with --account&apos;s token.
</source>
        <translation>Uso: reelpulse-cli insights &lt;post-id|media-id&gt; [--account USER] [--json]

Las estadísticas de toda la vida de una publicación ya publicada: likes, comments, shares, saved, reach,
views, total_interactions y engagement_rate (total_interactions / reach x 100). Solo se piden métricas
actuales (nunca las obsoletas impressions, plays o video_views). Un id de publicación es el db_id de una
publicación publicada desde aquí; cualquier otro id de medio se lee con el token de --account.
</translation>
    </message>
    <message>
        <source>&apos;insights&apos; takes one post or media id.</source>
        <translation>&apos;insights&apos; necesita un id de publicación o de medio.</translation>
    </message>
    <message>
        <source>--at must be an ISO-8601 time such as 2026-05-01T09:30 (local) or 2026-05-01T07:30:00Z, not &quot;%1&quot;.</source>
        <translation>--at debe ser una hora ISO-8601 como 2026-05-01T09:30 (local) o 2026-05-01T07:30:00Z, no «%1».</translation>
    </message>
    <message>
        <source>Post %1 not published: %2</source>
        <translation>Publicación %1 no publicada: %2</translation>
    </message>
    <message>
        <source>Published post %1 as media %2%3</source>
        <translation>Publicación %1 publicada como medio %2%3</translation>
    </message>
    <message>
        <source>Post %1 skipped: %2</source>
        <translation>Publicación %1 omitida: %2</translation>
    </message>
    <message>
        <source>Post %1 published as media %2</source>
        <translation>Publicación %1 publicada como medio %2</translation>
    </message>
    <message>
        <source>No post is due.</source>
        <translation>No hay ninguna publicación pendiente.</translation>
    </message>
    <message>
        <source>--due takes no post type.</source>
        <translation>--due no admite un tipo de publicación.</translation>
    </message>
    <message>
        <source>Unknown post type &apos;%1&apos;: image, carousel, reel or story.</source>
        <translation>Tipo de publicación desconocido &apos;%1&apos;: image, carousel, reel o story.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;: give media with --image-url or --video-url.</source>
        <translation>«%1» inesperado: indica los medios con --image-url o --video-url.</translation>
    </message>
    <message>
        <source>&apos;publish schedule&apos; needs --at TIME.</source>
        <translation>&apos;publish schedule&apos; necesita --at TIME.</translation>
    </message>
    <message>
        <source>Scheduled post %1 for %2 (local time). &apos;reelpulse-cli publish --due&apos; or the app publishes it then.</source>
        <translation>Publicación %1 programada para %2 (hora local). &apos;reelpulse-cli publish --due&apos; o la app la publicará entonces.</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli posts list|show &lt;id&gt;|cancel &lt;id&gt;|retry &lt;id&gt; [--json]

The queue: drafts, scheduled, publishing, published and failed posts.
  retry: a failed post is scheduled for now again (its containers are made anew)
</source>
        <translation>Uso: reelpulse-cli posts list|show &lt;id&gt;|cancel &lt;id&gt;|retry &lt;id&gt; [--json]

La cola: borradores y publicaciones programadas, en curso, publicadas y fallidas.
  retry: una publicación fallida se vuelve a programar para ahora (sus contenedores se crean de nuevo)
</translation>
    </message>
    <message>
        <source>Unknown command &apos;posts %1&apos; (see &apos;posts --help&apos;).</source>
        <translation>Comando desconocido &apos;posts %1&apos; (consulta &apos;posts --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;posts %1&apos; takes one post id.</source>
        <translation>&apos;posts %1&apos; necesita un id de publicación.</translation>
    </message>
    <message>
        <source>&apos;posts list&apos; takes no arguments.</source>
        <translation>&apos;posts list&apos; no admite argumentos.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <source>MEDIA ID</source>
        <translation>ID DE MEDIO</translation>
    </message>
    <message>
        <source>charts as PNG, SVG, PDF or CSV, and client reports as PDF</source>
        <translation>gráficos como PNG, SVG, PDF o CSV, e informes para clientes como PDF</translation>
    </message>
    <message>
        <source>engagement, velocity, trending and growth from the stored history</source>
        <translation>interacción, velocidad, tendencia y crecimiento a partir del historial guardado</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 necesita una fecha con formato YYYY-MM-DD, no «%2».</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from es posterior a --to.</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;: use one of %2.</source>
        <translation>Gráfico desconocido «%1»: usa uno de %2.</translation>
    </message>
    <message>
        <source>Say --format png, svg, pdf or csv (or give --out a file ending in one of them).</source>
        <translation>Indica --format png, svg, pdf o csv (o da a --out un archivo que termine en uno de ellos).</translation>
    </message>
    <message>
        <source>A %1 task has no %2 chart.</source>
        <translation>Una tarea de %1 no tiene gráfico de %2.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3).
</source>
        <translation>Escrito %1 (%2, %3).
</translation>
    </message>
    <message>
        <source>--page is a4 or letter.</source>
        <translation>--page es a4 o letter.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages for %3, %4.
</source>
        <translation>Escrito %1: %2 páginas para %3, %4.
</translation>
    </message>
    <message>
        <source>Unknown command &apos;export %1&apos; (see &apos;export --help&apos;).</source>
        <translation>Comando desconocido &apos;export %1&apos; (consulta &apos;export --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;export %1&apos; takes one task id.</source>
        <translation>&apos;export %1&apos; necesita un id de tarea.</translation>
    </message>
    <message>
        <source>&apos;export %1&apos; needs --out FILE.</source>
        <translation>&apos;export %1&apos; necesita --out FILE.</translation>
    </message>
    <message>
        <source>&apos;export chart&apos; needs --chart (%1).</source>
        <translation>&apos;export chart&apos; necesita --chart (%1).</translation>
    </message>
    <message>
        <source>Drawing charts needs the graphical application object (main() makes it for &apos;export&apos;).</source>
        <translation>Dibujar gráficos requiere el objeto de aplicación gráfica (main() lo crea para &apos;export&apos;).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 by @%2, %3 snapshot(s)
</source>
        <translation>%1 de @%2, %3 instantánea(s)
</translation>
    </message>
    <message>
        <source>  views %1  likes %2  comments %3  saves %4  shares %5
</source>
        <translation>  vistas %1  me gusta %2  comentarios %3  guardados %4  compartidos %5
</translation>
    </message>
    <message>
        <source>  total engagement          %1
</source>
        <translation>  interacción total                 %1
</translation>
    </message>
    <message>
        <source>  engagement rate           %1 (followers %2)
</source>
        <translation>  tasa de interacción               %1 (seguidores %2)
</translation>
    </message>
    <message>
        <source>  engagement rate by views  %1
</source>
        <translation>  tasa de interacción por vistas    %1
</translation>
    </message>
    <message>
        <source>  breakdown                 views %1, likes %2, comments %3, saves %4, shares %5
</source>
        <translation>  desglose                          vistas %1, me gusta %2, comentarios %3, guardados %4, compartidos %5
</translation>
    </message>
    <message>
        <source>  velocity (last window)    %1 views/h, %2 engagement/h
</source>
        <translation>  velocidad (última ventana)        %1 vistas/h, %2 interacciones/h
</translation>
    </message>
    <message>
        <source>  velocity (last 24 h)      %1 views/h, %2 engagement/h
</source>
        <translation>  velocidad (últimas 24 h)          %1 vistas/h, %2 interacciones/h
</translation>
    </message>
    <message>
        <source>  trend score               %1× the account&apos;s usual at this age%2
</source>
        <translation>  puntuación de tendencia           %1× lo habitual de la cuenta a esta edad%2
</translation>
    </message>
    <message>
        <source> (viral)</source>
        <translation> (viral)</translation>
    </message>
    <message>
        <source> (trending)</source>
        <translation> (en tendencia)</translation>
    </message>
    <message>
        <source>  trend score               none: %1
</source>
        <translation>  puntuación de tendencia           ninguna: %1
</translation>
    </message>
    <message>
        <source>@%1: %2 followers
</source>
        <translation>@%1: %2 seguidores
</translation>
    </message>
    <message>
        <source>  %1 days: %2 followers (%3), %4 per day
</source>
        <translation>  %1 días: %2 seguidores (%3), %4 por día
</translation>
    </message>
    <message>
        <source>  %1 post(s) %2, %3 per week
</source>
        <translation>  %1 publicación(es) %2, %3 por semana
</translation>
    </message>
    <message>
        <source>  engagement rate: median %1, mean %2
</source>
        <translation>  tasa de interacción: mediana %1, media %2
</translation>
    </message>
    <message>
        <source>  best:  %1  %2
</source>
        <translation>  mejor: %1  %2
</translation>
    </message>
    <message>
        <source>  worst: %1  %2
</source>
        <translation>  peor:  %1  %2
</translation>
    </message>
    <message>
        <source>Unknown command &apos;stats %1&apos; (see &apos;stats --help&apos;).</source>
        <translation>Comando desconocido &apos;stats %1&apos; (consulta &apos;stats --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;stats profile&apos; takes one profile task id.</source>
        <translation>&apos;stats profile&apos; necesita un id de tarea de perfil.</translation>
    </message>
    <message>
        <source>&apos;stats %1&apos; takes one URL, shortcode or id.</source>
        <translation>&apos;stats %1&apos; necesita una URL, un código corto o un id.</translation>
    </message>
    <message>
        <source>Task %1 is not a profile task: use &apos;stats reel&apos; or &apos;stats video&apos; with its shortcode.</source>
        <translation>La tarea %1 no es una tarea de perfil: usa &apos;stats reel&apos; o &apos;stats video&apos; con su código corto.</translation>
    </message>
    <message>
        <source>Usage: reelpulse-cli media-host password --password-file FILE | test

Local files are uploaded to your media host before publishing (Instagram fetches media by public URL). WebDAV: set media_host.put_url, media_host.public_url and media_host.user with &apos;config set&apos;. S3: set media_host.kind s3, media_host.s3_endpoint, media_host.s3_bucket, media_host.s3_region and media_host.user (the access key). The password or secret key goes to the keychain:
  password --password-file FILE   store the host&apos;s password (S3: secret key) in the keychain
  test                            upload a small file, read it back publicly, delete it
</source>
        <translation>Uso: reelpulse-cli media-host password --password-file FILE | test

Los archivos locales se suben a tu host de medios antes de publicar (Instagram obtiene los medios por URL pública). WebDAV: define media_host.put_url, media_host.public_url y media_host.user con &apos;config set&apos;. S3: define media_host.kind s3, media_host.s3_endpoint, media_host.s3_bucket, media_host.s3_region y media_host.user (la clave de acceso). La contraseña o la clave secreta va al llavero:
  password --password-file FILE   guarda la contraseña del host (S3: clave secreta) en el llavero
  test                            sube un archivo pequeño, lo vuelve a leer públicamente y lo elimina
</translation>
    </message>
    <message>
        <source>The media host&apos;s password (S3: secret key) is in the keychain.</source>
        <translation>La contraseña del host de medios (S3: clave secreta) está en el llavero.</translation>
    </message>
    <message>
        <source>search accounts, creators, posts and comments of everything tracked</source>
        <translation>buscar cuentas, creadores, publicaciones y comentarios de todo lo que sigues</translation>
    </message>
    <message>
        <source>group accounts of both platforms into creators; roll-ups and leaderboard</source>
        <translation>agrupa cuentas de ambas plataformas en creadores; totales y clasificación</translation>
    </message>
    <message>
        <source>daily series of an account, creator or video (views, likes, followers…)</source>
        <translation>series diarias de una cuenta, creador o video (vistas, me gusta, seguidores…)</translation>
    </message>
    <message>
        <source>headline figures of a period against the period before</source>
        <translation>cifras principales de un período frente al período anterior</translation>
    </message>
    <message>
        <source>--period is 7d, 30d or 90d, not &quot;%1&quot;.</source>
        <translation>--period es 7d, 30d o 90d, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 espera una fecha como AAAA-MM-DD, no &quot;%2&quot;.</translation>
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
        <translation>Uso: reelpulse-cli accounts &lt;command&gt; [--json]

Cuentas profesionales de Instagram en las que publicar (Instagram API with Instagram Login). Los tokens se
guardan solo en el llavero del sistema operativo.

Comandos:
  add --token-file FILE   conecta la cuenta de un token de larga duración generado en el App Dashboard de Meta
                          (el archivo contiene el token o la respuesta JSON con access_token y expires_in)
  list                    cuentas conectadas
  show &lt;user&gt;             una cuenta
  remove &lt;user&gt;           desconecta: elimina del llavero el token, la cuenta y sus publicaciones
  refresh                 renueva los tokens que caducan en 15 días o menos (la app lo hace por sí sola)
  connect [--no-browser] [--timeout SECONDS]
                          inicia sesión con tu navegador (Business Login for Instagram); la respuesta vuelve
                          a 127.0.0.1. Necesita publish.app_id y el secreto de la app (o publish.token_broker_url)
  app-secret --secret-file FILE   guarda el secreto de tu app de Meta en el llavero
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
        <translation>Uso: reelpulse-cli analytics daily &lt;profile-task-id|creator|video-id&gt; [--metric M] [--from YYYY-MM-DD]
                                   [--to YYYY-MM-DD] [--json]

Una serie diaria de una cuenta (tarea de perfil), un creador (id o nombre) o un video (id de tarea de video
o de reel, shortcode, URL o id de plataforma): el valor de cada día y su cambio respecto al día anterior.

  --metric   views, likes, comments, shares, engagement o followers (solo cuentas y creadores);
             por defecto views
  --from     primer día (por defecto: 29 días antes de --to)
  --to       último día (por defecto: hoy, UTC)

El valor de un día es la última instantánea tomada hasta su final (UTC), arrastrada a los días sin
instantánea y sumada sobre las publicaciones y videos (o las cuentas) que abarca; los días anteriores a
toda instantánea son null.
--json: { &quot;data&quot;: [ {date, value, delta} ], &quot;meta&quot;: { subject, metric, from, to, ... } }.
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Unknown command &apos;analytics %1&apos; (see &apos;analytics --help&apos;).</source>
        <translation>Comando desconocido &apos;analytics %1&apos; (consulta &apos;analytics --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;analytics daily&apos; takes one profile task id, creator or video id.</source>
        <translation>&apos;analytics daily&apos; espera un id de tarea de perfil, un creador o un id de video.</translation>
    </message>
    <message>
        <source>--metric is views, likes, comments, shares, engagement or followers, not &quot;%1&quot;.</source>
        <translation>--metric es views, likes, comments, shares, engagement o followers, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3), %4 to %5</source>
        <translation>%1 de %2 (%3), del %4 al %5</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CAMBIO</translation>
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
        <translation>Uso: reelpulse-cli config list [--json]
     reelpulse-cli config get &lt;key&gt; [--json]
     reelpulse-cli config set &lt;key&gt; &lt;value&gt; [--json]
     reelpulse-cli config reset &lt;key&gt; [--json]

Muestra y cambia los ajustes de la carpeta de datos (&lt;data-dir&gt;/settings.ini). La app y reelpulse-cli
leen los mismos valores: un cambio hecho aquí también se aplica a la próxima recopilación de la app.
Algunas claves se pueden reemplazar con una variable de entorno, que entonces tiene prioridad
(se muestra como &apos;environment&apos;).
</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot; (&apos;reelpulse-cli config list&apos; shows them all).</source>
        <translation>No existe el ajuste «%1» (&apos;reelpulse-cli config list&apos; los muestra todos).</translation>
    </message>
    <message>
        <source>Unknown config command &apos;%1&apos;: use list, get, set or reset (see &apos;config --help&apos;).</source>
        <translation>Comando de config desconocido &apos;%1&apos;: usa list, get, set o reset (consulta &apos;config --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;config list&apos; takes no arguments.</source>
        <translation>&apos;config list&apos; no admite argumentos.</translation>
    </message>
    <message>
        <source>&apos;config set&apos; takes a key and a value.</source>
        <translation>&apos;config set&apos; necesita una clave y un valor.</translation>
    </message>
    <message>
        <source>&apos;config %1&apos; takes one key.</source>
        <translation>&apos;config %1&apos; necesita una clave.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPCIÓN</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Archivo de configuración: %1</translation>
    </message>
    <message>
        <source>Note: %1 is set in the environment and wins over the file while it is set.</source>
        <translation>Nota: %1 está definido en el entorno y tiene prioridad sobre el archivo mientras lo esté.</translation>
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
        <translation>Uso: reelpulse-cli creators &lt;command&gt; [options] [--json]

Un creador agrupa cuentas rastreadas (tareas de perfil de Instagram y TikTok) para analíticas conjuntas.
Un creador se indica por su id o su nombre (sin distinguir mayúsculas).

Comandos:
  add &lt;name&gt;                        crea un creador (los nombres son únicos, sin distinguir mayúsculas)
  rename &lt;creator&gt; &lt;name&gt;           cambia el nombre de un creador
  link &lt;creator&gt; &lt;profile-task-id&gt;  vincula una cuenta rastreada a un creador
  unlink &lt;creator&gt; &lt;profile-task-id&gt;
                                    quita una cuenta de un creador (se sigue rastreando)
  list [--limit N] [--cursor C]     creadores con sus cuentas, por nombre (N: 1-200, por defecto 50)
  show &lt;creator&gt; [--period 7d|30d|90d | --from YYYY-MM-DD --to YYYY-MM-DD]
                                    cuentas, seguidores totales en el tiempo, interacción diaria y mejores
                                    videos (por defecto: los últimos 30 días)
  remove &lt;creator&gt;                  borra un creador; sus cuentas se siguen rastreando
  leaderboard [--by growth|engagement] [--period 7d|30d|90d]
                                    creadores ordenados por seguidores o interacción ganados
                                    (por defecto: growth, 30d)

Totales: los seguidores de un creador en un día son la suma, sobre sus cuentas, de la última instantánea de
cada cuenta tomada hasta el final de ese día (UTC); una cuenta aún no recopilada entonces no suma nada. La
interacción (me gusta + comentarios + guardados + compartidos) suma igual las publicaciones y videos de las cuentas.
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 (%2), %3 account(s)</source>
        <translation>%1 (%2), %3 cuenta(s)</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>FOLLOWERS</source>
        <translation>SEGUIDORES</translation>
    </message>
    <message>
        <source>LINKED</source>
        <translation>VINCULADA</translation>
    </message>
    <message>
        <source>Give either --period or --from/--to, not both.</source>
        <translation>Indica --period o --from/--to, no ambos.</translation>
    </message>
    <message>
        <source>--from (%1) comes after --to (%2).</source>
        <translation>--from (%1) es posterior a --to (%2).</translation>
    </message>
    <message>
        <source>No creators yet. Create one with: reelpulse-cli creators add &lt;name&gt;</source>
        <translation>Aún no hay creadores. Crea uno con: reelpulse-cli creators add &lt;name&gt;</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>CREADOR</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation>CUENTAS</translation>
    </message>
    <message>
        <source>More: --cursor %1</source>
        <translation>Más: --cursor %1</translation>
    </message>
    <message>
        <source>Total followers %1</source>
        <translation>Seguidores totales %1</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CAMBIO</translation>
    </message>
    <message>
        <source>ENGAGEMENT</source>
        <translation>INTERACCIÓN</translation>
    </message>
    <message>
        <source>Top videos and posts</source>
        <translation>Mejores videos y publicaciones</translation>
    </message>
    <message>
        <source>VIDEO</source>
        <translation>VIDEO</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>VISTAS</translation>
    </message>
    <message>
        <source>--by is growth or engagement, not &quot;%1&quot;.</source>
        <translation>--by es growth o engagement, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>RANK</source>
        <translation>PUESTO</translation>
    </message>
    <message>
        <source>GROWTH</source>
        <translation>CRECIMIENTO</translation>
    </message>
    <message>
        <source>GROWTH %</source>
        <translation>CRECIMIENTO %</translation>
    </message>
    <message>
        <source>Unknown command &apos;creators %1&apos; (see &apos;creators --help&apos;).</source>
        <translation>Comando desconocido &apos;creators %1&apos; (consulta &apos;creators --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;creators add&apos; takes one name (quote a name with spaces).</source>
        <translation>&apos;creators add&apos; espera un nombre (pon entre comillas un nombre con espacios).</translation>
    </message>
    <message>
        <source>&apos;creators rename&apos; takes a creator and its new name.</source>
        <translation>&apos;creators rename&apos; espera un creador y su nuevo nombre.</translation>
    </message>
    <message>
        <source>&apos;creators link&apos; takes a creator and a profile task id.</source>
        <translation>&apos;creators link&apos; espera un creador y un id de tarea de perfil.</translation>
    </message>
    <message>
        <source>&apos;creators unlink&apos; takes a creator and a profile task id.</source>
        <translation>&apos;creators unlink&apos; espera un creador y un id de tarea de perfil.</translation>
    </message>
    <message>
        <source>&apos;creators list&apos; takes no arguments.</source>
        <translation>&apos;creators list&apos; no admite argumentos.</translation>
    </message>
    <message>
        <source>&apos;creators show&apos; takes one creator.</source>
        <translation>&apos;creators show&apos; espera un creador.</translation>
    </message>
    <message>
        <source>&apos;creators remove&apos; takes one creator.</source>
        <translation>&apos;creators remove&apos; espera un creador.</translation>
    </message>
    <message>
        <source>&apos;creators leaderboard&apos; takes no arguments.</source>
        <translation>&apos;creators leaderboard&apos; no admite argumentos.</translation>
    </message>
    <message>
        <source>Created creator &quot;%1&quot; (%2).</source>
        <translation>Creador &quot;%1&quot; creado (%2).</translation>
    </message>
    <message>
        <source>Renamed the creator to &quot;%1&quot;.</source>
        <translation>El creador ahora se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Removed creator &quot;%1&quot;; its %2 account(s) stay tracked.</source>
        <translation>Creador &quot;%1&quot; eliminado; sus %2 cuenta(s) se siguen rastreando.</translation>
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
        <translation>Uso: reelpulse-cli download &lt;what&gt; &lt;target&gt; [options] [--json]

Descarga medios directamente a tu disco, en la mejor calidad salvo que se indique otra cosa.

  post &lt;url|shortcode&gt;        una publicación de Instagram (imagen, video o carrusel)
  reel &lt;url|shortcode&gt;        un reel de Instagram
  carousel &lt;url|shortcode&gt;    un carrusel (todos los elementos)
  video &lt;tiktok-url|id&gt;       un video de TikTok (sin marca de agua cuando se ofrece)
  story &lt;username&gt;            las historias actuales de un usuario (requiere una sesión de Instagram iniciada)
  batch &lt;file&gt;                una URL por línea, o un CSV con las columnas url,type (como máximo 500)
  profile &lt;task-id&gt;           cada publicación guardada de un perfil seguido (--limit N: las N más nuevas)

Opciones:
  --quality Q        best (predeterminado), high, medium, low; para videos 1080p, 720p, 480p, 360p (la más alta
                     que no la supere o, si no, la más pequeña)
  --type T           media (predeterminado), video_only, image_only, audio_only
  --audio-format F   best (AAC tal cual), mp3, m4a, aac (audio_only; requiere ffmpeg)
  --zip              empaqueta los elementos y metadata.json en {owner}_{shortcode}.zip
  --no-metadata      sin archivo adjunto {owner}_{shortcode}.json
  --out DIR          escribe en DIR (predeterminado: el ajuste downloads.folder o, si no, ~/Downloads/ReelPulse)
  --force            vuelve a descargar lo que ya se descargó antes
  --detach           pone el trabajo en cola y vuelve (la app lo ejecuta; &apos;downloads resume&apos; lo ejecuta aquí)
  --stop-on-error    batch, profile: se detiene en el primer fallo (predeterminado: continúa)

Las URL de medios se obtienen tal cual; REELPULSE_MEDIA_URL (ajuste media.url) reemplaza su esquema, host
y puerto. Códigos de salida: 0 hecho o ya descargado, 2 entrada no válida, 3 no encontrado o privado, 1 otro.
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
        <translation>Uso: reelpulse-cli downloads &lt;command&gt; [&lt;job&gt;] [--json]

  list               la lista de descargas
  status &lt;job&gt;       un trabajo (con --json, con la forma del estado de la API alojada)
  pause &lt;job&gt;        detiene un trabajo; sus archivos parciales se conservan para reanudarlo
  resume &lt;job&gt;       continúa aquí un trabajo en pausa o sin terminar (--detach: lo pone en cola)
  cancel &lt;job&gt;       abandona un trabajo
  retry &lt;job&gt;        vuelve a ejecutar un trabajo fallido
  formats            las calidades y los formatos (--json: available_formats)
</translation>
    </message>
    <message>
        <source>@%1 has no active stories right now.</source>
        <translation>@%1 no tiene historias activas ahora mismo.</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Endpoints</name>
    <message>
        <source>built-in</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>%1: endpoint profile version %2 (%3)
</source>
        <translation>%1: perfil de endpoints versión %2 (%3)
</translation>
    </message>
    <message>
        <source>  base URL: %1
</source>
        <translation>  URL base: %1
</translation>
    </message>
    <message>
        <source>  the copy in the data folder is not used: %1
</source>
        <translation>  no se usa la copia de la carpeta de datos: %1
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
        <translation>Uso: reelpulse-cli endpoints [--json]
     reelpulse-cli endpoints update [--from URL|FILE] [--platform instagram|tiktok] [--json]

Sin subcomando: muestra el perfil de endpoints que usa el cliente de cada plataforma: su versión, si es
el integrado o una copia en la carpeta de datos (&lt;data-dir&gt;/endpoints/&lt;platform&gt;.json, que reemplaza
al integrado cuando es válida y no es más antigua), si esa copia está firmada, la URL base y las
estrategias que se prueban en orden para cada operación.

update: obtiene perfiles de endpoints más recientes y los instala en la carpeta de datos, solo si su
firma Ed25519 (&lt;profile&gt;.json.sig junto al archivo) se verifica con una clave integrada en ReelPulse.
  --from URL|FILE     un archivo de perfil (….json) o una carpeta con &lt;platform&gt;.json y su .sig, en un
                      servidor http(s) o en este equipo; predeterminado: el ajuste endpoints.update_url
  --platform NAME     solo esta plataforma (un archivo suelto debe ser entonces de ella)
Un perfil sin firmar, alterado, más antiguo o de otra plataforma se rechaza indicando el motivo y no se
escribe nada (código de salida 2; 1 si no se puede obtener). Un perfil con la versión en uso está
&apos;already up to date&apos;.
</translation>
    </message>
    <message>
        <source>unsigned local copy</source>
        <translation>copia local sin firmar</translation>
    </message>
    <message>
        <source>signed by key %1</source>
        <translation>firmado con la clave %1</translation>
    </message>
    <message>
        <source>--platform must be instagram or tiktok, not &quot;%1&quot;.</source>
        <translation>--platform debe ser instagram o tiktok, no «%1».</translation>
    </message>
    <message>
        <source>--from needs a URL or a file.</source>
        <translation>--from necesita una URL o un archivo.</translation>
    </message>
    <message>
        <source>%1: already up to date (endpoint profile version %2)
</source>
        <translation>%1: ya está al día (perfil de endpoints versión %2)
</translation>
    </message>
    <message>
        <source>%1: installed endpoint profile version %2 (was %3), signed by key %4
</source>
        <translation>%1: instalado el perfil de endpoints versión %2 (antes %3), firmado con la clave %4
</translation>
    </message>
    <message>
        <source>  from %1
  to %2
</source>
        <translation>  desde %1
  hacia %2
</translation>
    </message>
    <message>
        <source>Unknown &apos;endpoints&apos; subcommand &apos;%1&apos; (see &apos;endpoints --help&apos;).</source>
        <translation>Subcomando de &apos;endpoints&apos; desconocido &apos;%1&apos; (consulta &apos;endpoints --help&apos;).</translation>
    </message>
    <message>
        <source>--from and --platform belong to &apos;endpoints update&apos;.</source>
        <translation>--from y --platform pertenecen a &apos;endpoints update&apos;.</translation>
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
        <translation>Uso: reelpulse-cli export &lt;command&gt; [options]

Gráficos e informes para clientes a partir del historial guardado, sin pantalla (el mismo dibujo que la aplicación).

Comandos:
  chart &lt;task-id&gt; --chart followers|engagement|velocity|sentiment|heatmap|views|posts|languages|trend|
        words|emoji|hashtags [--format png|svg|pdf|csv] [--from DATE] [--to DATE] --out FILE
                      un gráfico con su título, intervalo de fechas y leyenda: PNG a 2x píxeles de dispositivo,
                      SVG, PDF vectorial o sus datos como CSV (RFC 4180, UTF-8, horas ISO-8601 UTC). El formato
                      se toma por defecto del sufijo del archivo; el intervalo, de todas las fechas guardadas.
  report &lt;task-id&gt; [--from DATE] [--to DATE] [--page a4|letter] [--logo IMAGE] --out FILE.pdf
                      el informe para el cliente: portada y cifras clave, los gráficos del panel, las mejores
                      publicaciones y el sentimiento de los comentarios (intervalo por defecto: los últimos 30 días)

Las fechas son YYYY-MM-DD (UTC); --from empieza a las 00:00, --to termina a las 24:00.
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
        <translation>Uso: reelpulse-cli governor status [--json]
     reelpulse-cli governor resume [instagram|tiktok] [--json]

El regulador de solicitudes dosifica cada solicitud a Instagram y TikTok y se detiene cuando una
plataforma pone freno. Su registro de solicitudes y sus pausas están en la carpeta de datos: la app y
cada reelpulse-cli que use esa carpeta los comparten.

  status    cada identidad (un host de plataforma, leído de forma anónima o con sesión): su estado,
            hasta cuándo, por qué, el nivel de espera tras bloqueos temporales y las solicitudes en
            las ventanas actuales de cada cuota
  resume    levanta las pausas por verificación de seguridad, muro de inicio de sesión, bloqueo
            temporal y límite de solicitudes de las identidades de la plataforma (sin plataforma:
            de todas), p. ej. después de completar la verificación de seguridad de Instagram en el
            navegador. Una cuota de solicitudes agotada no se levanta.
</translation>
    </message>
    <message>
        <source>unknown platform</source>
        <translation>plataforma desconocida</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>%1* (group) %2/%3 in %4 min</source>
        <translation>%1* (grupo) %2/%3 en %4 min</translation>
    </message>
    <message>
        <source>%1 %2/%3 in %4 min</source>
        <translation>%1 %2/%3 en %4 min</translation>
    </message>
    <message>
        <source>, next at %1</source>
        <translation>, la siguiente a las %1</translation>
    </message>
    <message>
        <source>No request in the current windows and nothing paused.</source>
        <translation>Ninguna solicitud en las ventanas actuales y nada en pausa.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>  state:    %1</source>
        <translation>  estado:      %1</translation>
    </message>
    <message>
        <source>  until:    %1</source>
        <translation>  hasta:       %1</translation>
    </message>
    <message>
        <source>  why:      %1</source>
        <translation>  motivo:      %1</translation>
    </message>
    <message>
        <source>  backoff:  level %1</source>
        <translation>  espera:      nivel %1</translation>
    </message>
    <message>
        <source>  requests: %1</source>
        <translation>  solicitudes: %1</translation>
    </message>
    <message>
        <source>Nothing of %1 was paused.</source>
        <translation>Nada de %1 estaba en pausa.</translation>
    </message>
    <message>
        <source>Nothing was paused.</source>
        <translation>Nada estaba en pausa.</translation>
    </message>
    <message>
        <source>Resumed %1 (%2), which was %3.</source>
        <translation>%1 (%2) reanudado; su estado era: %3.</translation>
    </message>
    <message>
        <source>&apos;governor status&apos; takes no arguments.</source>
        <translation>&apos;governor status&apos; no admite argumentos.</translation>
    </message>
    <message>
        <source>&apos;governor resume&apos; takes at most one platform.</source>
        <translation>&apos;governor resume&apos; admite como máximo una plataforma.</translation>
    </message>
    <message>
        <source>Unknown governor command &apos;%1&apos;: use status or resume (see &apos;governor --help&apos;).</source>
        <translation>Comando de governor desconocido &apos;%1&apos;: usa status o resume (consulta &apos;governor --help&apos;).</translation>
    </message>
    <message>
        <source>Unknown platform &apos;%1&apos;: use instagram or tiktok.</source>
        <translation>Plataforma desconocida &apos;%1&apos;: usa instagram o tiktok.</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Info</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>  by:           @%1
</source>
        <translation>  de:           @%1
</translation>
    </message>
    <message>
        <source>  type:         %1%2
</source>
        <translation>  tipo:         %1%2
</translation>
    </message>
    <message>
        <source> (%1 items)</source>
        <translation> (%1 elementos)</translation>
    </message>
    <message>
        <source>  posted:       %1
</source>
        <translation>  publicado:    %1
</translation>
    </message>
    <message>
        <source>  likes:        %1
</source>
        <translation>  me gusta:     %1
</translation>
    </message>
    <message>
        <source>  comments:     %1
</source>
        <translation>  comentarios:  %1
</translation>
    </message>
    <message>
        <source>  views:        %1 (plays %2)
</source>
        <translation>  vistas:       %1 (reproducciones %2)
</translation>
    </message>
    <message>
        <source>  shares:       %1 (saves %2)
</source>
        <translation>  compartidos:  %1 (guardados %2)
</translation>
    </message>
    <message>
        <source>  duration:     %1 s
</source>
        <translation>  duración:     %1 s
</translation>
    </message>
    <message>
        <source>  hashtags:     %1
</source>
        <translation>  hashtags:     %1
</translation>
    </message>
    <message>
        <source>  caption:      %1
</source>
        <translation>  texto:        %1
</translation>
    </message>
    <message>
        <source>Reading %1 failed [%2]: %3</source>
        <translation>Falló la lectura de %1 [%2]: %3</translation>
    </message>
    <message>
        <source>Unknown command &apos;info %1&apos; (see &apos;info --help&apos;).</source>
        <translation>Comando desconocido &apos;info %1&apos; (consulta &apos;info --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;info %1&apos; takes one target (see &apos;info --help&apos;).</source>
        <translation>&apos;info %1&apos; necesita un destino (consulta &apos;info --help&apos;).</translation>
    </message>
    <message>
        <source>Reading Instagram and TikTok is not available in this setup.</source>
        <translation>Leer Instagram y TikTok no está disponible en esta configuración.</translation>
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
        <translation>  seguidores:   %1
</translation>
    </message>
    <message>
        <source>  following:    %1
</source>
        <translation>  seguidos:     %1
</translation>
    </message>
    <message>
        <source>  posts:        %1
</source>
        <translation>  publicaciones: %1
</translation>
    </message>
    <message>
        <source>  private:      yes
</source>
        <translation>  privado:      sí
</translation>
    </message>
    <message>
        <source>  bio:          %1
</source>
        <translation>  bio:          %1
</translation>
    </message>
    <message>
        <source> likes</source>
        <translation> me gusta</translation>
    </message>
    <message>
        <source>TikTok video %1</source>
        <translation>Video de TikTok %1</translation>
    </message>
    <message>
        <source>Reel %1</source>
        <translation>Reel %1</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>Publicación %1</translation>
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
        <translation>Uso: reelpulse-cli info &lt;what&gt; &lt;target&gt; [--json]

Muestra lo que responden ahora Instagram o TikTok, sin guardar nada.

  profile &lt;name|@name|url&gt;        un perfil de Instagram y sus publicaciones más recientes
  post &lt;url|shortcode&gt;            una publicación de Instagram (imagen, video o carrusel)
  reel &lt;url|shortcode&gt;            un reel de Instagram
  video &lt;tiktok-url|id&gt;           un video de TikTok
  story &lt;username&gt;                las historias actuales de un usuario (requiere una sesión iniciada)

opciones de profile: --posts N (las N publicaciones más recientes, con la forma profile_posts), --reels (los
reels más recientes, con la forma profile_reels)

Si están definidas, Instagram y TikTok se consultan en REELPULSE_INSTAGRAM_URL / REELPULSE_TIKTOK_URL.
</translation>
    </message>
    <message>
        <source>Stories of @%1 can only be read with a signed-in Instagram session.</source>
        <translation>Las historias de @%1 solo se pueden leer con una sesión de Instagram iniciada.</translation>
    </message>
    <message>
        <source>Sign in from the app (Settings › Instagram account), then try again.</source>
        <translation>Inicia sesión desde la app (Configuración › Cuenta de Instagram) y vuelve a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>@%1: %n active stories</source>
        <translation>
            <numerusform>@%1: %n historia activa</numerusform>
            <numerusform>@%1: %n historias activas</numerusform>
        </translation>
    </message>
    <message>
        <source>--posts takes a number from 1 to 50.</source>
        <translation>--posts necesita un número del 1 al 50.</translation>
    </message>
    <message>
        <source>--posts and --reels go with &apos;info profile&apos;.</source>
        <translation>--posts y --reels van con &apos;info profile&apos;.</translation>
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
        <translation>Uso: reelpulse-cli overview [--period 7d|30d|90d] [--json]

Cifras principales de todo lo rastreado en el período (por defecto 7d) frente al período anterior de la
misma duración:
  tracked_accounts, creators, videos, followers   cantidades al final de cada período
  views, engagement                               ganados en cada período (instantáneas arrastradas)
  comments_analysed                               comentarios con etiqueta de sentimiento, por día del comentario
change_percent es null cuando el valor anterior es 0 o desconocido.
</translation>
    </message>
    <message>
        <source>Tracked accounts</source>
        <translation>Cuentas rastreadas</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creadores</translation>
    </message>
    <message>
        <source>Videos and posts</source>
        <translation>Videos y publicaciones</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>Views gained</source>
        <translation>Vistas ganadas</translation>
    </message>
    <message>
        <source>Engagement gained</source>
        <translation>Interacción ganada</translation>
    </message>
    <message>
        <source>Comments analysed</source>
        <translation>Comentarios analizados</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>&apos;overview&apos; takes no arguments (see &apos;overview --help&apos;).</source>
        <translation>&apos;overview&apos; no admite argumentos (consulta &apos;overview --help&apos;).</translation>
    </message>
    <message>
        <source>The last %1 days against the %1 days before</source>
        <translation>Los últimos %1 días frente a los %1 días anteriores</translation>
    </message>
    <message>
        <source>FIGURE</source>
        <translation>CIFRA</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>AHORA</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>ANTES</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CAMBIO</translation>
    </message>
    <message>
        <source>CHANGE %</source>
        <translation>CAMBIO %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Profiles</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Task %1
</source>
        <translation>Tarea %1
</translation>
    </message>
    <message>
        <source>  profile:      @%1 (%2)
</source>
        <translation>  perfil:       @%1 (%2)
</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>competidor</translation>
    </message>
    <message>
        <source>own</source>
        <translation>propio</translation>
    </message>
    <message>
        <source>  status:       %1
</source>
        <translation>  estado:       %1
</translation>
    </message>
    <message>
        <source>  interval:     every %1 day(s)
</source>
        <translation>  intervalo:    cada %1 día(s)
</translation>
    </message>
    <message>
        <source>  created:      %1
</source>
        <translation>  creada:       %1
</translation>
    </message>
    <message>
        <source>  last scraped: %1
</source>
        <translation>  última rec.:  %1
</translation>
    </message>
    <message>
        <source>  next due:     %1
</source>
        <translation>  próxima:      %1
</translation>
    </message>
    <message>
        <source>  last error:   %1 (%2)
</source>
        <translation>  último error: %1 (%2)
</translation>
    </message>
    <message>
        <source>&apos;profiles %1&apos; takes %2 (see &apos;profiles --help&apos;).</source>
        <translation>&apos;profiles %1&apos; necesita %2 (consulta &apos;profiles --help&apos;).</translation>
    </message>
    <message>
        <source>Unknown command &apos;profiles %1&apos; (see &apos;profiles --help&apos;).</source>
        <translation>Comando desconocido &apos;profiles %1&apos; (consulta &apos;profiles --help&apos;).</translation>
    </message>
    <message>
        <source>Choose either --competitor or --own.</source>
        <translation>Elige --competitor o --own, no ambos.</translation>
    </message>
    <message>
        <source>Now tracking @%1 (task %2).</source>
        <translation>Ahora se sigue a @%1 (tarea %2).</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>ningún argumento</translation>
    </message>
    <message>
        <source>No profiles are tracked yet. Add one with: reelpulse-cli profiles add &lt;name&gt;</source>
        <translation>Aún no se sigue ningún perfil. Añade uno con: reelpulse-cli profiles add &lt;name&gt;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>EVERY</source>
        <translation>CADA</translation>
    </message>
    <message>
        <source>LAST SCRAPED</source>
        <translation>ÚLTIMA RECOPILACIÓN</translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation>PRÓXIMA</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Choose either --pause or --resume.</source>
        <translation>Elige --pause o --resume, no ambos.</translation>
    </message>
    <message>
        <source>Updated @%1 (task %2).</source>
        <translation>@%1 actualizado (tarea %2).</translation>
    </message>
    <message>
        <source>Stopped tracking @%1 (task %2 removed).</source>
        <translation>Se dejó de seguir a @%1 (tarea %2 eliminada).</translation>
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
        <translation>Uso: reelpulse-cli profiles &lt;command&gt; [options] [--json]

Sigue cuentas de Instagram y TikTok (las tuyas o las de tus competidores).

Comandos:
  add &lt;name|@name|url&gt; [--competitor] [--interval-days N]   empieza a seguir un perfil (predeterminado: cada 2 días)
      [--platform instagram|tiktok]                        de un nombre o @nombre (una URL indica su plataforma)
      [--auto-track off|new|latest] [--auto-track-latest N]  sigue sus publicaciones/vídeos nuevos, o los N más
                                                           recientes, como tareas de vídeo propias
  list                                                     lista las tareas de perfil
  show &lt;id&gt;                                                una tarea (sirve un prefijo de id de 4 o más caracteres)
  update &lt;id&gt; [--competitor|--own] [--interval-days N] [--pause|--resume]
      [--auto-track off|new|latest] [--auto-track-latest N]
  remove &lt;id&gt;                                              deja de seguir y elimina los datos de la tarea
</translation>
    </message>
    <message>
        <source>  platform:     %1
</source>
        <translation>  plataforma:   %1
</translation>
    </message>
    <message>
        <source>  auto-track:   %1
</source>
        <translation>  seguimiento automático: %1
</translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;: use instagram or tiktok.</source>
        <translation>Plataforma desconocida «%1»: usa instagram o tiktok.</translation>
    </message>
    <message>
        <source>Unknown --auto-track &quot;%1&quot;: use off, new or latest.</source>
        <translation>--auto-track desconocido «%1»: usa off, new o latest.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>
add and update also take --auto-download on|off: download every new post a scrape finds (default off).
</source>
        <translation>
add y update también admiten --auto-download on|off: descargar cada publicación nueva que encuentre una recopilación (por defecto off).
</translation>
    </message>
    <message>
        <source>  download new posts: %1
</source>
        <translation>  descargar publicaciones nuevas: %1
</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
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
        <translation>Uso: reelpulse-cli projects &lt;command&gt; [--json]

Los proyectos agrupan tareas de reel.

Comandos:
  add &lt;name&gt;      crea un proyecto
  list            lista los proyectos con su número de tareas de reel
  remove &lt;name&gt;   borra un proyecto y todas sus tareas de reel
</translation>
    </message>
    <message>
        <source>Unknown command &apos;projects %1&apos; (see &apos;projects --help&apos;).</source>
        <translation>Comando desconocido &apos;projects %1&apos; (consulta &apos;projects --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;projects %1&apos; takes one project name.</source>
        <translation>&apos;projects %1&apos; necesita un nombre de proyecto.</translation>
    </message>
    <message>
        <source>&apos;projects list&apos; takes no arguments.</source>
        <translation>&apos;projects list&apos; no admite argumentos.</translation>
    </message>
    <message>
        <source>No projects yet. Create one with: reelpulse-cli projects add &lt;name&gt;</source>
        <translation>Aún no hay proyectos. Crea uno con: reelpulse-cli projects add &lt;name&gt;</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROYECTO</translation>
    </message>
    <message>
        <source>REELS</source>
        <translation>REELS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADO</translation>
    </message>
    <message>
        <source>Created project &quot;%1&quot;.</source>
        <translation>Proyecto «%1» creado.</translation>
    </message>
    <message>
        <source>Removed project &quot;%1&quot; and its %2 reel task(s).</source>
        <translation>Proyecto «%1» y sus %2 tarea(s) de reel eliminados.</translation>
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
        <translation>Uso: reelpulse-cli publish &lt;type&gt; [--account USER] &lt;media&gt;... [options] [--json]
     reelpulse-cli publish --due [--late-ok] [--json]

Publica en una cuenta profesional de Instagram conectada, ahora o en --at. Una publicación se publica como
máximo una vez: tras una respuesta perdida o un fallo, la siguiente ejecución consulta a Instagram antes de volver a enviar nada.

Tipos y sus medios (URL públicas que Instagram obtiene):
  image      --image-url URL o --image FILE [--alt-text TEXT]
  carousel   de 2 a 10 de --image-url URL / --video-url URL / --image FILE / --video FILE, en orden
  reel       --video-url URL o --video FILE [--cover-url URL] [--no-share-to-feed] [--thumb-offset MS]
  story      --image-url URL, --video-url URL, --image FILE o --video FILE
  (un archivo FILE se sube primero a tu host de medios: consulta &apos;reelpulse-cli media-host --help&apos;; una imagen
  FILE se convierte en un JPEG de 8 MiB como máximo, y una imagen del feed fuera de 4:5 … 1,91:1 se rechaza
  salvo con --fit crop|pad)
  schedule &lt;type&gt; ... --at TIME   lo mismo, programado

Opciones:
  --account USER         la cuenta (se puede omitir si solo hay una conectada)
  --caption TEXT         como máximo 2200 caracteres, 30 hashtags, 20 menciones
  --first-comment TEXT   un comentario que se publica justo después de publicar
  --collaborator USER    hasta 3 colaboradores (repite la opción)
  --fit crop|pad         una imagen local del feed con otro formato: recortada para ajustar o rellenada con blanco
  --at TIME              ISO-8601 (2026-05-01T09:30, hora local salvo que termine en Z o en un desfase):
                         programa en lugar de publicar ahora; &apos;publish --due&apos; o la app la publica
  --due                  publica cada publicación cuya hora llegó (para cron) y termina las que dejó
                         una ejecución detenida; una publicación con más de una hora de retraso se omite salvo con --late-ok
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
        <translation>Uso: reelpulse-cli reels &lt;command&gt; [options] [--json]

Sigue reels y publicaciones sueltas de Instagram dentro de proyectos.

Comandos:
  add &lt;project&gt; &lt;url|shortcode&gt; [--interval-days N]   sigue un reel (URL /reel/, /reels/, /p/, /tv/; predeterminado: cada 2 días)
  list [&lt;project&gt;]                                   tareas de reel de un proyecto (de todos si se omite)
  show &lt;id&gt;                                          una tarea de reel (sirve un prefijo de id de 4 o más caracteres)
  update &lt;id&gt; [--interval-days N] [--pause|--resume]
  remove &lt;id&gt;                                        deja de seguir un reel
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Reel task %1
</source>
        <translation>Tarea de reel %1
</translation>
    </message>
    <message>
        <source>  project:      %1
</source>
        <translation>  proyecto:     %1
</translation>
    </message>
    <message>
        <source>  url:          %1
</source>
        <translation>  url:          %1
</translation>
    </message>
    <message>
        <source>  shortcode:    %1
</source>
        <translation>  código corto: %1
</translation>
    </message>
    <message>
        <source>  media id:     %1
</source>
        <translation>  id de medio:  %1
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>  status:       %1
</source>
        <translation>  estado:       %1
</translation>
    </message>
    <message>
        <source>  interval:     every %1 day(s)
</source>
        <translation>  intervalo:    cada %1 día(s)
</translation>
    </message>
    <message>
        <source>  last scraped: %1
</source>
        <translation>  última rec.:  %1
</translation>
    </message>
    <message>
        <source>  next due:     %1
</source>
        <translation>  próxima:      %1
</translation>
    </message>
    <message>
        <source>  last error:   %1 (%2)
</source>
        <translation>  último error: %1 (%2)
</translation>
    </message>
    <message>
        <source>Unknown command &apos;reels %1&apos; (see &apos;reels --help&apos;).</source>
        <translation>Comando desconocido &apos;reels %1&apos; (consulta &apos;reels --help&apos;).</translation>
    </message>
    <message>
        <source>a project name and a reel URL or shortcode</source>
        <translation>un nombre de proyecto y una URL o un código corto de reel</translation>
    </message>
    <message>
        <source>at most a project name</source>
        <translation>como máximo un nombre de proyecto</translation>
    </message>
    <message>
        <source>one reel task id</source>
        <translation>un id de tarea de reel</translation>
    </message>
    <message>
        <source>&apos;reels %1&apos; takes %2.</source>
        <translation>&apos;reels %1&apos; necesita %2.</translation>
    </message>
    <message>
        <source>Now tracking reel %1 in &quot;%2&quot; (task %3).</source>
        <translation>Ahora se sigue el reel %1 en «%2» (tarea %3).</translation>
    </message>
    <message>
        <source>No reel tasks yet. Add one with: reelpulse-cli reels add &lt;project&gt; &lt;url&gt;</source>
        <translation>Aún no hay tareas de reel. Añade una con: reelpulse-cli reels add &lt;project&gt; &lt;url&gt;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROYECTO</translation>
    </message>
    <message>
        <source>SHORTCODE</source>
        <translation>CÓDIGO CORTO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>EVERY</source>
        <translation>CADA</translation>
    </message>
    <message>
        <source>LAST SCRAPED</source>
        <translation>ÚLTIMA RECOPILACIÓN</translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation>PRÓXIMA</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Choose either --pause or --resume.</source>
        <translation>Elige --pause o --resume, no ambos.</translation>
    </message>
    <message>
        <source>Updated reel %1 in &quot;%2&quot; (task %3).</source>
        <translation>Reel %1 de «%2» actualizado (tarea %3).</translation>
    </message>
    <message>
        <source>Stopped tracking reel %1 in &quot;%2&quot; (task %3 removed).</source>
        <translation>Se dejó de seguir el reel %1 de «%2» (tarea %3 eliminada).</translation>
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
        <translation>Uso: reelpulse-cli scrape &lt;task-id&gt; [options] [--json]
     reelpulse-cli scrape --due [options] [--json]

Lee ahora el contenido seguido de Instagram y TikTok y lo guarda (métricas, comentarios, instantáneas).

  &lt;task-id&gt;              recopila ahora una tarea de perfil, reel o video, esté pendiente o no (sirve
                         un prefijo de id de 4 o más caracteres)
  --due                  recopila una vez cada tarea pendiente y sale (para cron o un temporizador de
                         systemd); código de salida 1 si alguna tarea falló

Opciones:
  --posts N              publicaciones más recientes leídas por perfil (predeterminado: 12)
  --commented-posts N    publicaciones más nuevas de un perfil cuyos comentarios se leen (predeterminado: 5)
  --comments N           comentarios leídos por publicación (predeterminado: 200)

Si están definidas, Instagram y TikTok se consultan en REELPULSE_INSTAGRAM_URL / REELPULSE_TIKTOK_URL.
</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>reel</source>
        <translation>reel</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>Scraped %1 (%2 task %3): %4 post(s) processed, %5 comment(s) stored (%6 new), %7 request(s).</source>
        <translation>%1 recopilado (tarea de %2 %3): %4 publicación(es) procesada(s), %5 comentario(s) guardado(s) (%6 nuevos), %7 solicitud(es).</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  nota: %1</translation>
    </message>
    <message>
        <source>Scraping %1 (%2 task %3) failed [%4]: %5</source>
        <translation>Falló la recopilación de %1 (tarea de %2 %3) [%4]: %5</translation>
    </message>
    <message>
        <source>--%1 must be between 0 and %2.</source>
        <translation>--%1 debe estar entre 0 y %2.</translation>
    </message>
    <message>
        <source>Skipped %1 task %2: %3</source>
        <translation>Se omitió la tarea de %1 %2: %3</translation>
    </message>
    <message>
        <source>Due tasks scraped successfully</source>
        <translation>Tareas pendientes recopiladas correctamente</translation>
    </message>
    <message>
        <source>%1 of %2 due task(s) failed</source>
        <translation>Fallaron %1 de %2 tarea(s) pendiente(s)</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
    <message>
        <source>&apos;scrape&apos; takes one task id, or --due (see &apos;scrape --help&apos;).</source>
        <translation>&apos;scrape&apos; necesita un id de tarea, o --due (consulta &apos;scrape --help&apos;).</translation>
    </message>
    <message>
        <source>Task scraping completed successfully</source>
        <translation>Recopilación de la tarea completada correctamente</translation>
    </message>
    <message>
        <source>Error scraping %1: %2</source>
        <translation>Error al recopilar %1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>  metrics:      %1 likes, %2 comments, %3 views, %4 plays (%5)
</source>
        <translation>  métricas:     %1 me gusta, %2 comentarios, %3 vistas, %4 reproducciones (%5)
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>  stored:       %1 comment(s)
</source>
        <translation>  guardados:    %1 comentario(s)
</translation>
    </message>
    <message>
        <source>  followers:    %1 (following %2, %3 posts)
</source>
        <translation>  seguidores:   %1 (siguiendo %2, %3 publicaciones)
</translation>
    </message>
    <message>
        <source>  stored:       %1 post(s), %2 comment(s)
</source>
        <translation>  guardados:    %1 publicación(es), %2 comentario(s)
</translation>
    </message>
    <message>
        <source>Skipped %1 (%2 task %3): %4</source>
        <translation>Se omitió %1 (tarea de %2 %3): %4</translation>
    </message>
    <message>
        <source>%1: its other due tasks stay due for the next pass; the other platform goes on.</source>
        <translation>%1: sus otras tareas pendientes siguen pendientes para la próxima pasada; la otra plataforma continúa.</translation>
    </message>
    <message>
        <source>  likes:        %1
</source>
        <translation>  me gusta:     %1
</translation>
    </message>
    <message>
        <source>  tracking:     %1 of its video(s) as video tasks
</source>
        <translation>  siguiendo:    %1 de sus vídeos como tareas de vídeo
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
        <translation>Uso: reelpulse-cli search &lt;query&gt; [--in accounts|creators|posts|comments] [--limit N] [--cursor C]
                            [--syntax] [--json]

Busca en todo lo que sigues: nombres y biografías de cuentas, nombres de creadores, textos y hashtags de
publicaciones y vídeos, comentarios. Los resultados llegan agrupados (cuentas, creadores, publicaciones,
comentarios) con la coincidencia marcada; los comentarios indican su publicación y su tarea.

Opciones:
  --in TIPO      solo accounts, creators, posts (o videos) o comments
  --limit N      resultados por página, 1-200 (por defecto 20)
  --cursor C     la página siguiente: el next_cursor que dio la página anterior, con la misma consulta y opciones
  --syntax       leer la consulta como sintaxis de búsqueda: AND, OR, NOT, NEAR(a b, N), &quot;una frase&quot;, prefijo*,
                 columna:palabra (columnas: text, caption, hashtags, username, full_name, biography, name)

Sin --syntax la consulta se toma tal como está escrita: cada palabra debe aparecer, en cualquier orden; no importan
mayúsculas ni acentos; las comillas, *, -, :, ^, los paréntesis, AND, OR, NOT y NEAR son solo texto. Una consulta
que empieza por -- va después de &apos;--&apos; (search -- --flag).
</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creadores</translation>
    </message>
    <message>
        <source>Posts and videos</source>
        <translation>Publicaciones y vídeos</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>accounts: %1</source>
        <translation>cuentas: %1</translation>
    </message>
    <message>
        <source>tasks: %1</source>
        <translation>tareas: %1</translation>
    </message>
    <message>
        <source>on %1 · tasks: %2</source>
        <translation>en %1 · tareas: %2</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>More results: --cursor %1</source>
        <translation>Más resultados: --cursor %1</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs something to search for (see &apos;search --help&apos;).</source>
        <translation>&apos;search&apos; necesita algo que buscar (consulta &apos;search --help&apos;).</translation>
    </message>
    <message>
        <source>--in takes accounts, creators, posts or comments, not &apos;%1&apos;.</source>
        <translation>--in admite accounts, creators, posts o comments, no &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>reelpulse::cli::Sentiment</name>
    <message>
        <source>Unknown mode &quot;%1&quot;: use social or reference.</source>
        <translation>Modo desconocido «%1»: usa social o reference.</translation>
    </message>
    <message>
        <source>  no word or emoji carries sentiment
</source>
        <translation>  ninguna palabra ni emoji aporta sentimiento
</translation>
    </message>
    <message>
        <source>(! and ? emphasis, added away from zero)</source>
        <translation>(énfasis de ! y ?, sumado alejándose de cero)</translation>
    </message>
    <message>
        <source>no comments yet</source>
        <translation>aún no hay comentarios</translation>
    </message>
    <message>
        <source>Use --by day or --by week.</source>
        <translation>Usa --by day o --by week.</translation>
    </message>
    <message>
        <source>Sentiment of %1 task %2
</source>
        <translation>Sentimiento de la tarea de %1 %2
</translation>
    </message>
    <message>
        <source>  No comments yet.
</source>
        <translation>  Aún no hay comentarios.
</translation>
    </message>
    <message>
        <source>  overall: %1 of %2 comments</source>
        <translation>  en conjunto: %1 de %2 comentarios</translation>
    </message>
    <message>
        <source> (average compound %1)</source>
        <translation> (compuesto medio %1)</translation>
    </message>
    <message>
        <source>  %1 comment(s) not scored yet: run &apos;reelpulse-cli sentiment rescore&apos;.
</source>
        <translation>  %1 comentario(s) aún sin puntuar: ejecuta &apos;reelpulse-cli sentiment rescore&apos;.
</translation>
    </message>
    <message>
        <source>POST</source>
        <translation>PUBLICACIÓN</translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation>COMENTARIOS</translation>
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
        <translation>EN CONJUNTO</translation>
    </message>
    <message>
        <source>DAY (UTC)</source>
        <translation>DÍA (UTC)</translation>
    </message>
    <message>
        <source>WEEK FROM (UTC)</source>
        <translation>SEMANA DESDE (UTC)</translation>
    </message>
    <message>
        <source><byte value="xd"/>Scoring comments: %1 / %2</source>
        <translation><byte value="xd"/>Puntuando comentarios: %1 / %2</translation>
    </message>
    <message>
        <source>Scored %1 comment(s) with %2 in %3 s; %4 manual label(s) kept.
</source>
        <translation>Se puntuaron %1 comentario(s) con %2 en %3 s; se conservaron %4 etiqueta(s) manual(es).
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comment id (a number).</source>
        <translation>«%1» no es un id de comentario (un número).</translation>
    </message>
    <message>
        <source>Use positive, negative, neutral or auto.</source>
        <translation>Usa positive, negative, neutral o auto.</translation>
    </message>
    <message>
        <source>Comment %1 is now labelled %2 (manual; re-scoring keeps it).
</source>
        <translation>El comentario %1 ahora tiene la etiqueta %2 (manual; la nueva puntuación la conserva).
</translation>
    </message>
    <message>
        <source>Comment %1 goes back to the engine&apos;s label at the next &apos;sentiment rescore&apos;.
</source>
        <translation>El comentario %1 vuelve a la etiqueta del motor en el próximo &apos;sentiment rescore&apos;.
</translation>
    </message>
    <message>
        <source>Unknown command &apos;sentiment %1&apos; (see &apos;sentiment --help&apos;).</source>
        <translation>Comando desconocido &apos;sentiment %1&apos; (consulta &apos;sentiment --help&apos;).</translation>
    </message>
    <message>
        <source>one text (quote it)</source>
        <translation>un texto (entre comillas)</translation>
    </message>
    <message>
        <source>one file path (or - for standard input)</source>
        <translation>una ruta de archivo (o - para la entrada estándar)</translation>
    </message>
    <message>
        <source>one task id</source>
        <translation>un id de tarea</translation>
    </message>
    <message>
        <source>a comment id and a label</source>
        <translation>un id de comentario y una etiqueta</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>ningún argumento</translation>
    </message>
    <message>
        <source>&apos;sentiment %1&apos; takes %2.</source>
        <translation>&apos;sentiment %1&apos; necesita %2.</translation>
    </message>
    <message>
        <source>&apos;sentiment file&apos; takes one file path (or - for standard input).</source>
        <translation>&apos;sentiment file&apos; necesita una ruta de archivo (o - para la entrada estándar).</translation>
    </message>
    <message>
        <source>--tsv-column counts from 1.</source>
        <translation>--tsv-column cuenta desde 1.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
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
        <translation>Uso: reelpulse-cli sentiment &lt;command&gt; [options] [--json]

Sentimiento de comentarios sin conexión (VADER; consulta docs/sentiment.md).

Comandos:
  text &quot;&lt;text&gt;&quot; [--mode reference|social] [--lang auto|en|es|pt|de|fr|it] [--hint CODE] [--explain]
                      puntúa un texto; --explain indica su idioma y lista las palabras y los emoji
                      que lo movieron
  file &lt;path|-&gt; [--mode reference|social] [--lang auto|en|es|pt|de|fr|it] [--hint CODE]
       [--tsv-column N] [--header]
                      puntúa un texto por línea (o la columna N de un TSV, desde 1; --header omite la
                      primera línea) y escribe &apos;line neg neu pos compound label&apos; (modo social: y
                      &apos;language&apos;) como TSV en la salida estándar
  summary &lt;task-id&gt; [--by day|week] [--by-language]
                      sentimiento de los comentarios de una tarea, por publicación, por día o semana
                      ISO (UTC) y por idioma
  rescore [--mode reference|social] [--all]
                      puntúa cada comentario no puntuado por este motor y modo (--all: todos); las
                      etiquetas manuales se conservan
  label &lt;comment-id&gt; &lt;positive|negative|neutral|auto&gt;
                      pone a mano la etiqueta de un comentario (&apos;auto&apos; se la devuelve al motor)

Modos: social (predeterminado: entiende emoji, para comentarios) o reference (exactamente vaderSentiment 3.3.x).
Idiomas (modo social): --lang auto (predeterminado) detecta el idioma de cada texto; en, es, pt, de, fr o it
lee todos los textos en ese idioma. --hint CODE da ventaja al idioma de la cuenta en textos cortos. El modo
reference lee todos los textos como inglés.
</translation>
    </message>
    <message>
        <source>no word to tell it by: only emoji, emoticons and ! ? count</source>
        <translation>ninguna palabra que lo indique: solo cuentan emoji, emoticonos y ! ?</translation>
    </message>
    <message>
        <source>from its words</source>
        <translation>por sus palabras</translation>
    </message>
    <message>
        <source>from its letters (language identifier)</source>
        <translation>por sus letras (identificador de idioma)</translation>
    </message>
    <message>
        <source>the account&apos;s language (--hint)</source>
        <translation>el idioma de la cuenta (--hint)</translation>
    </message>
    <message>
        <source>as asked (--lang)</source>
        <translation>según lo pedido (--lang)</translation>
    </message>
    <message>
        <source>; no lexicon for it: only emoji, emoticons and ! ? count</source>
        <translation>; no hay léxico para él: solo cuentan emoji, emoticonos y ! ?</translation>
    </message>
    <message>
        <source>; reference mode reads every text as English</source>
        <translation>; el modo reference lee todos los textos como inglés</translation>
    </message>
    <message>
        <source>  language: %1 (%2), %3
</source>
        <translation>  idioma: %1 (%2), %3
</translation>
    </message>
    <message>
        <source>%1  compound %2  (neg %3, neu %4, pos %5)  [%6, %7]
</source>
        <translation>%1  compuesto %2  (neg %3, neu %4, pos %5)  [%6, %7]
</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>SHARE %</source>
        <translation>PROPORCIÓN %</translation>
    </message>
    <message>
        <source>(not read yet)</source>
        <translation>(aún no leído)</translation>
    </message>
    <message>
        <source>no lexicon</source>
        <translation>sin léxico</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use %2.</source>
        <translation>Idioma desconocido «%1»: usa %2.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, es, pt, de, fr or it.</source>
        <translation>Idioma desconocido «%1»: usa en, es, pt, de, fr o it.</translation>
    </message>
    <message>
        <source>Reference mode reads every text as English, exactly as vaderSentiment does: --lang and --hint need --mode social.</source>
        <translation>El modo reference lee todos los textos como inglés, exactamente como vaderSentiment: --lang y --hint necesitan --mode social.</translation>
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
        <translation>Uso: reelpulse-cli stats &lt;command&gt; [options] [--json]

Métricas del historial guardado de los elementos seguidos (fórmulas: docs/metrics.md).

Comandos:
  post &lt;url|shortcode&gt;        interacción, tasa de interacción, desglose, velocidad, tendencia
                              (--json: post_statistics)
  reel &lt;url|shortcode|id&gt;     lo mismo para un reel, con vistas y puntuación viral (--json: reel_statistics)
  video &lt;url|id&gt;              lo mismo para un vídeo de Instagram o TikTok seguido (--json: reel_statistics)
  profile &lt;task-id&gt; [--days N]
                              crecimiento de seguidores en 7/30/90 días, publicaciones por semana, tasa de
                              interacción mediana y media, mejores y peores publicaciones de los últimos N días (por defecto 30)

Los recuentos desconocidos quedan en null, nunca 0. La velocidad necesita dos instantáneas; la tendencia
necesita 3 elementos de la cuenta del mismo tipo vistos a la misma edad.
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
        <translation>Uso: reelpulse-cli videos &lt;command&gt; [options] [--json]

Sigue publicaciones sueltas de Instagram y videos de TikTok.

Comandos:
  add &lt;instagram|tiktok&gt; &lt;url|id&gt; [--meta key=value]... [--interval-hours N] [--inactive]
                      sigue una publicación o un video (actualiza cada 6-720 horas, predeterminado: 24)
  list                lista los videos seguidos
  show &lt;id&gt;           un video (sirve un prefijo de id de 4 o más caracteres)
  update &lt;id&gt; [--interval-hours N] [--meta key=value]... [--clear-meta] [--active|--inactive]
  remove &lt;id&gt;         deja de seguir un video

Metadatos: hasta 20 claves, cada valor de 255 caracteres como máximo.
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
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
        <translation>  plataforma:   %1
</translation>
    </message>
    <message>
        <source>  external id:  %1
</source>
        <translation>  id externo:   %1
</translation>
    </message>
    <message>
        <source>  shortcode:    %1
</source>
        <translation>  código corto: %1
</translation>
    </message>
    <message>
        <source>  url:          %1
</source>
        <translation>  url:          %1
</translation>
    </message>
    <message>
        <source>  active:       %1
</source>
        <translation>  activo:       %1
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no (paused)</source>
        <translation>no (en pausa)</translation>
    </message>
    <message>
        <source>  interval:     every %1 hour(s)
</source>
        <translation>  intervalo:    cada %1 hora(s)
</translation>
    </message>
    <message>
        <source>  metadata:     %1
</source>
        <translation>  metadatos:    %1
</translation>
    </message>
    <message>
        <source>  added:        %1
</source>
        <translation>  añadido:      %1
</translation>
    </message>
    <message>
        <source>  last scraped: %1
</source>
        <translation>  última rec.:  %1
</translation>
    </message>
    <message>
        <source>  next due:     %1
</source>
        <translation>  próxima:      %1
</translation>
    </message>
    <message>
        <source>  last error:   %1 (%2)
</source>
        <translation>  último error: %1 (%2)
</translation>
    </message>
    <message>
        <source>Unknown command &apos;videos %1&apos; (see &apos;videos --help&apos;).</source>
        <translation>Comando desconocido &apos;videos %1&apos; (consulta &apos;videos --help&apos;).</translation>
    </message>
    <message>
        <source>a platform (instagram or tiktok) and a URL or id</source>
        <translation>una plataforma (instagram o tiktok) y una URL o un id</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>ningún argumento</translation>
    </message>
    <message>
        <source>one video id</source>
        <translation>un id de video</translation>
    </message>
    <message>
        <source>&apos;videos %1&apos; takes %2.</source>
        <translation>&apos;videos %1&apos; necesita %2.</translation>
    </message>
    <message>
        <source>Choose either --active or --inactive.</source>
        <translation>Elige --active o --inactive, no ambos.</translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;: use instagram or tiktok.</source>
        <translation>Plataforma desconocida «%1»: usa instagram o tiktok.</translation>
    </message>
    <message>
        <source>Now tracking %1 video %2 (id %3).</source>
        <translation>Ahora se sigue el video de %1 %2 (id %3).</translation>
    </message>
    <message>
        <source>No videos are tracked yet. Add one with: reelpulse-cli videos add &lt;instagram|tiktok&gt; &lt;url&gt;</source>
        <translation>Aún no se sigue ningún video. Añade uno con: reelpulse-cli videos add &lt;instagram|tiktok&gt; &lt;url&gt;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>EXTERNAL ID</source>
        <translation>ID EXTERNO</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVO</translation>
    </message>
    <message>
        <source>EVERY</source>
        <translation>CADA</translation>
    </message>
    <message>
        <source>LAST SCRAPED</source>
        <translation>ÚLTIMA RECOPILACIÓN</translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation>PRÓXIMA</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Updated %1 video %2 (id %3).</source>
        <translation>Video de %1 %2 actualizado (id %3).</translation>
    </message>
    <message>
        <source>Stopped tracking %1 video %2 (id %3 removed).</source>
        <translation>Se dejó de seguir el video de %1 %2 (id %3 eliminado).</translation>
    </message>
</context>
<context>
    <name>reelpulse::downloads</name>
    <message>
        <source>Line %1: unknown type &apos;%2&apos; (post, reel, carousel, story, video).</source>
        <translation>Línea %1: tipo desconocido «%2» (post, reel, carousel, story, video).</translation>
    </message>
    <message>
        <source>The batch has %1 items; at most %2 are allowed in one batch.</source>
        <translation>El lote tiene %1 elementos; se permiten como máximo %2 por lote.</translation>
    </message>
    <message>
        <source>The file name &apos;%1&apos; would leave the folder %2.</source>
        <translation>El nombre de archivo «%1» saldría de la carpeta %2.</translation>
    </message>
    <message>
        <source>Cannot create the ZIP %1 (error %2).</source>
        <translation>No se puede crear el ZIP %1 (error %2).</translation>
    </message>
    <message>
        <source>Cannot add %1 to the ZIP.</source>
        <translation>No se puede añadir %1 al ZIP.</translation>
    </message>
    <message>
        <source>Cannot finish the ZIP %1.</source>
        <translation>No se puede terminar el ZIP %1.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to its final name.</source>
        <translation>No se puede cambiar %1 a su nombre final.</translation>
    </message>
    <message>
        <source>Cannot open the ZIP %1.</source>
        <translation>No se puede abrir el ZIP %1.</translation>
    </message>
    <message>
        <source>Cannot read %1 in the ZIP.</source>
        <translation>No se puede leer %1 en el ZIP.</translation>
    </message>
</context>
<context>
    <name>reelpulse::downloads::AudioTools</name>
    <message>
        <source>Audio extraction and merging need the ffmpeg program, which was not found on PATH. Install it (Debian/Ubuntu: sudo apt install ffmpeg; Fedora: sudo dnf install ffmpeg; macOS: brew install ffmpeg; Windows: winget install ffmpeg) and try again.</source>
        <translation>La extracción y la combinación de audio necesitan el programa ffmpeg, que no se encontró en el PATH. Instálalo (Debian/Ubuntu: sudo apt install ffmpeg; Fedora: sudo dnf install ffmpeg; macOS: brew install ffmpeg; Windows: winget install ffmpeg) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>ffmpeg could not be started: %1</source>
        <translation>No se pudo iniciar ffmpeg: %1</translation>
    </message>
    <message>
        <source>ffmpeg failed (exit code %1): %2</source>
        <translation>ffmpeg falló (código de salida %1): %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to its final name.</source>
        <translation>No se puede cambiar %1 a su nombre final.</translation>
    </message>
</context>
<context>
    <name>reelpulse::downloads::FileTransfer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>No data arrived for %1 s.</source>
        <translation>No llegaron datos durante %1 s.</translation>
    </message>
    <message>
        <source>The server refused the media URL (HTTP %1): it has probably expired.</source>
        <translation>El servidor rechazó la URL del medio (HTTP %1): probablemente caducó.</translation>
    </message>
    <message>
        <source>The media file is gone (HTTP 404).</source>
        <translation>El archivo de medios ya no existe (HTTP 404).</translation>
    </message>
    <message>
        <source>The partial file did not match the server&apos;s; starting over.</source>
        <translation>El archivo parcial no coincidía con el del servidor; se empieza de nuevo.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>El servidor respondió con HTTP %1.</translation>
    </message>
    <message>
        <source>The transfer ended after %1 of %2 bytes.</source>
        <translation>La transferencia terminó tras %1 de %2 bytes.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to its final name.</source>
        <translation>No se puede cambiar %1 a su nombre final.</translation>
    </message>
    <message>
        <source>Not enough free space for %1 bytes.</source>
        <translation>No hay espacio libre suficiente para %1 bytes.</translation>
    </message>
</context>
<context>
    <name>reelpulse::downloads::MediaLookup</name>
    <message>
        <source>The answer could not be read.</source>
        <translation>No se pudo leer la respuesta.</translation>
    </message>
    <message>
        <source>Sign in to Instagram to read stories: Instagram shows stories only to signed-in accounts.</source>
        <translation>Inicia sesión en Instagram para leer historias: Instagram solo muestra las historias a cuentas con sesión iniciada.</translation>
    </message>
</context>
<context>
    <name>reelpulse::graph</name>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>Instagram no longer accepts this account&apos;s token (it expired or was revoked). Reconnect the account (Accounts › Reconnect, or &apos;reelpulse-cli accounts add&apos;).</source>
        <translation>Instagram ya no acepta el token de esta cuenta (caducó o se revocó). Vuelve a conectar la cuenta (Cuentas › Reconectar, o &apos;reelpulse-cli accounts add&apos;).</translation>
    </message>
    <message>
        <source>The account reached Instagram&apos;s daily publishing limit. Schedule the post for later.</source>
        <translation>La cuenta alcanzó el límite diario de publicación de Instagram. Programa la publicación para más tarde.</translation>
    </message>
    <message>
        <source>Instagram could not fetch the media. Check that its URL is public (open it in a private browser window) and try again.</source>
        <translation>Instagram no pudo obtener el medio. Comprueba que su URL sea pública (ábrela en una ventana privada del navegador) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Instagram does not accept this video&apos;s format (use MP4 or MOV, H.264, AAC, at most 60 fps, 1080 px wide): %1</source>
        <translation>Instagram no acepta el formato de este video (usa MP4 o MOV, H.264, AAC, como máximo 60 fps, 1080 px de ancho): %1</translation>
    </message>
    <message>
        <source>Instagram asks to slow down (too many requests). Wait until %1 UTC and try again.</source>
        <translation>Instagram pide ir más despacio (demasiadas solicitudes). Espera hasta las %1 UTC y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Instagram refused a parameter of the request: %1</source>
        <translation>Instagram rechazó un parámetro de la solicitud: %1</translation>
    </message>
    <message>
        <source>Instagram refused the parameter &quot;%1&quot;: %2</source>
        <translation>Instagram rechazó el parámetro «%1»: %2</translation>
    </message>
    <message>
        <source>Instagram&apos;s server failed (HTTP %1). Try again later.</source>
        <translation>Falló el servidor de Instagram (HTTP %1). Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Instagram refused the request (HTTP %1): %2</source>
        <translation>Instagram rechazó la solicitud (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>reelpulse::i18n</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>reelpulse::imageprep</name>
    <message>
        <source>%1 is not an image ReelPulse can read (%2).</source>
        <translation>%1 no es una imagen que ReelPulse pueda leer (%2).</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels (%4:1); feed images must be between 4:5 and 1.91:1. Crop or pad it (--fit crop or --fit pad).</source>
        <translation>%1 mide %2×%3 píxeles (%4:1); las imágenes del feed deben estar entre 4:5 y 1,91:1. Recórtala o rellénala (--fit crop o --fit pad).</translation>
    </message>
    <message>
        <source>%1 could not be made into a JPEG of at most 8 MiB.</source>
        <translation>No se pudo convertir %1 en un JPEG de 8 MiB como máximo.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>reelpulse::oauth</name>
    <message>
        <source>The sign-in answer did not come from the sign-in this window started (its state does not match). Nothing was connected; start again.</source>
        <translation>La respuesta de inicio de sesión no viene del inicio de sesión que abrió esta ventana (su state no coincide). No se conectó nada; vuelve a empezar.</translation>
    </message>
    <message>
        <source>The connection was refused on Instagram&apos;s page. Nothing was connected.</source>
        <translation>La conexión se rechazó en la página de Instagram. No se conectó nada.</translation>
    </message>
    <message>
        <source>Instagram refused the sign-in: %1</source>
        <translation>Instagram rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Instagram&apos;s answer carries no authorization code. Start again.</source>
        <translation>La respuesta de Instagram no trae ningún código de autorización. Vuelve a empezar.</translation>
    </message>
</context>
<context>
    <name>reelpulse::postrules</name>
    <message>
        <source>The caption has %1 characters; Instagram allows at most %2.</source>
        <translation>El texto tiene %1 caracteres; Instagram permite como máximo %2.</translation>
    </message>
    <message>
        <source>The caption has %1 hashtags; Instagram allows at most %2.</source>
        <translation>El texto tiene %1 hashtags; Instagram permite como máximo %2.</translation>
    </message>
    <message>
        <source>The caption mentions %1 accounts; Instagram allows at most %2.</source>
        <translation>El texto menciona %1 cuentas; Instagram permite como máximo %2.</translation>
    </message>
    <message>
        <source>Add the image or video to publish.</source>
        <translation>Añade la imagen o el video que quieres publicar.</translation>
    </message>
    <message>
        <source>An image post takes exactly one image.</source>
        <translation>Una publicación de imagen lleva exactamente una imagen.</translation>
    </message>
    <message>
        <source>A carousel takes %1 to %2 images or videos, not %3.</source>
        <translation>Un carrusel lleva de %1 a %2 imágenes o videos, no %3.</translation>
    </message>
    <message>
        <source>A reel takes exactly one video.</source>
        <translation>Un reel lleva exactamente un video.</translation>
    </message>
    <message>
        <source>The cover must be at a public http(s) URL.</source>
        <translation>La portada debe estar en una URL http(s) pública.</translation>
    </message>
    <message>
        <source>A story takes exactly one image or video.</source>
        <translation>Una historia lleva exactamente una imagen o un video.</translation>
    </message>
    <message>
        <source>Instagram allows at most 3 collaborators.</source>
        <translation>Instagram permite como máximo 3 colaboradores.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address Instagram could fetch, nor a file on this computer.</source>
        <translation>«%1» no es una dirección http:// o https:// que Instagram pueda obtener, ni un archivo de este equipo.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Unknown fit &apos;%1&apos;: crop, pad or none.</source>
        <translation>Ajuste desconocido &apos;%1&apos;: crop, pad o none.</translation>
    </message>
</context>
<context>
    <name>reelpulse::sentiment::CommentSentimentStore</name>
    <message>
        <source>counting comments to score</source>
        <translation>contando los comentarios por puntuar</translation>
    </message>
    <message>
        <source>reading comments to score</source>
        <translation>leyendo los comentarios por puntuar</translation>
    </message>
    <message>
        <source>saving comment sentiment</source>
        <translation>guardando el sentimiento de los comentarios</translation>
    </message>
    <message>
        <source>saving the comment&apos;s label</source>
        <translation>guardando la etiqueta del comentario</translation>
    </message>
    <message>
        <source>There is no stored comment %1.</source>
        <translation>No hay ningún comentario guardado %1.</translation>
    </message>
    <message>
        <source>clearing the comment&apos;s label</source>
        <translation>borrando la etiqueta del comentario</translation>
    </message>
    <message>
        <source>reading comment sentiment</source>
        <translation>leyendo el sentimiento de los comentarios</translation>
    </message>
    <message>
        <source>reading the task&apos;s posts</source>
        <translation>leyendo las publicaciones de la tarea</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several tasks: give more characters.</source>
        <translation>«%1» coincide con varias tareas: indica más caracteres.</translation>
    </message>
    <message>
        <source>No profile, reel or video task has the id &quot;%1&quot; (see &apos;profiles list&apos;, &apos;reels list&apos;, &apos;videos list&apos;).</source>
        <translation>Ninguna tarea de perfil, reel ni video tiene el id «%1» (consulta &apos;profiles list&apos;, &apos;reels list&apos;, &apos;videos list&apos;).</translation>
    </message>
    <message>
        <source>reading the posts&apos; accounts</source>
        <translation>leyendo las cuentas de las publicaciones</translation>
    </message>
    <message>
        <source>reading the account&apos;s languages</source>
        <translation>leyendo los idiomas de la cuenta</translation>
    </message>
    <message>
        <source>reading the account&apos;s captions</source>
        <translation>leyendo los textos de la cuenta</translation>
    </message>
    <message>
        <source>reading the sentiment summary</source>
        <translation>leyendo el resumen de sentimiento</translation>
    </message>
    <message>
        <source>reading the sentiment by day</source>
        <translation>leyendo el sentimiento por día</translation>
    </message>
    <message>
        <source>reading the sentiment by language</source>
        <translation>leyendo el sentimiento por idioma</translation>
    </message>
</context>
<context>
    <name>reelpulse::sentiment::Language</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>another language</source>
        <translation>otro idioma</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>sin determinar</translation>
    </message>
</context>
<context>
    <name>reelpulse::sentiment::SentimentFileScorer</name>
    <message>
        <source>Cannot write the scores: %1.</source>
        <translation>No se pueden escribir las puntuaciones: %1.</translation>
    </message>
    <message>
        <source>Cannot read the input: %1.</source>
        <translation>No se puede leer la entrada: %1.</translation>
    </message>
</context>
</TS>
