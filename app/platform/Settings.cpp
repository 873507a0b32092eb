#include "platform/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

/// "sentiment.mode" → "sentiment/mode" (a group per prefix in the INI file).
QString storageKey(const QString &name)
{
    QString key = name;
    return key.replace(u'.', u'/');
}

QStringList splitHosts(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QStringList hosts;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        hosts << part.trimmed().toLower();
    hosts.removeDuplicates();
    return hosts;
}

bool isHostName(const QString &host)
{
    static const QRegularExpression pattern(u"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$"_s);
    return host.size() <= 253 && pattern.match(host).hasMatch();
}

/// The text parsed by the key's rule, or the reason it is refused.
Result<QVariant> parse(const Settings::Key &key, const QString &input)
{
    const QString text = input.trimmed();
    switch (key.type) {
    case Settings::Type::Bool: {
        const QString lower = text.toLower();
        if (lower == u"true" || lower == u"1" || lower == u"yes" || lower == u"on")
            return QVariant(true);
        if (lower == u"false" || lower == u"0" || lower == u"no" || lower == u"off")
            return QVariant(false);
        return Error::invalid(
            key.name, QCoreApplication::translate("reelpulse::Settings", "%1 must be true or false, not \"%2\".")
                          .arg(key.name, text));
    }
    case Settings::Type::Int: {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (!ok || number < key.minimum || number > key.maximum)
            return Error::invalid(key.name,
                                  QCoreApplication::translate("reelpulse::Settings",
                                                              "%1 must be a whole number from %2 to %3, not \"%4\".")
                                      .arg(key.name)
                                      .arg(key.minimum)
                                      .arg(key.maximum)
                                      .arg(text));
        return QVariant(number);
    }
    case Settings::Type::Choice:
        if (!key.choices.contains(text.toLower()))
            return Error::invalid(
                key.name, QCoreApplication::translate("reelpulse::Settings", "%1 must be one of %2, not \"%3\".")
                              .arg(key.name, key.choices.join(u", "_s), text));
        return QVariant(text.toLower());
    case Settings::Type::Url: {
        if (text.isEmpty())
            return QVariant(QString());
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
            return Error::invalid(
                key.name,
                QCoreApplication::translate("reelpulse::Settings",
                                            "%1 must be an http:// or https:// address such as https://example.com, or "
                                            "empty for the default, not \"%2\".")
                    .arg(key.name, text));
        QString normalized = url.toString();
        while (normalized.endsWith(u'/'))
            normalized.chop(1);
        return QVariant(normalized);
    }
    case Settings::Type::Hosts: {
        const QStringList hosts = splitHosts(text);
        for (const QString &host : hosts) {
            if (!isHostName(host))
                return Error::invalid(key.name,
                                      QCoreApplication::translate("reelpulse::Settings",
                                                                  "%1: \"%2\" is not a host name (write names such as "
                                                                  "i.example.com, separated by commas).")
                                          .arg(key.name, host));
        }
        return QVariant(hosts);
    }
    case Settings::Type::Text:
        if (text.size() > 1000)
            return Error::invalid(key.name, QCoreApplication::translate("reelpulse::Settings",
                                                                        "%1 is too long (at most 1000 characters).")
                                                .arg(key.name));
        return QVariant(text);
    }
    return QVariant(text);
}

} // namespace

const QList<Settings::Key> &Settings::keys()
{
    static const QList<Key> all = {
        {u"sentiment.mode"_s,
         Type::Choice,
         u"social"_s,
         {u"social"_s, u"reference"_s},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "how new comments are scored: social (emoji-aware, the default) or reference (VADER as "
                           "published)"),
         nullptr},
        {u"scheduler.paused"_s,
         Type::Bool,
         false,
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "the app's background scheduler takes no due task (forced scrapes still run)"),
         nullptr},
        {u"instagram.url"_s,
         Type::Url,
         QString(),
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "base URL for Instagram requests (a proxy or test server); empty: Instagram itself"),
         "REELPULSE_INSTAGRAM_URL"},
        {u"tiktok.url"_s,
         Type::Url,
         QString(),
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings", "base URL for TikTok requests; empty: TikTok itself"),
         "REELPULSE_TIKTOK_URL"},
        {u"graph.url"_s,
         Type::Url,
         u"https://graph.instagram.com"_s,
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings", "host of the Instagram Graph API used for publishing"),
         "REELPULSE_GRAPH_URL"},
        {u"graph.version"_s,
         Type::Text,
         u"v23.0"_s,
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings", "version of the Instagram Graph API"),
         nullptr},
        {u"media.url"_s,
         Type::Url,
         QString(),
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "replaces scheme, host and port of every media URL (keeps path and query); empty: the "
                           "URLs as the platform gives them"),
         "REELPULSE_MEDIA_URL"},
        {u"net.max_body_mib"_s,
         Type::Int,
         qint64(16),
         {},
         1,
         1024,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "largest response body read from a platform, in MiB; longer answers are abandoned"),
         nullptr},
        {u"net.session_hosts"_s,
         Type::Hosts,
         QStringList(),
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "hosts besides Instagram's own that may receive your Instagram session over https "
                           "(comma-separated)"),
         nullptr},
        {u"governor.requests_per_window"_s,
         Type::Int,
         qint64(200),
         {},
         0,
         100000,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "requests of one kind allowed per platform account in each window (0: no limit)"),
         nullptr},
        {u"governor.window_minutes"_s,
         Type::Int,
         qint64(11),
         {},
         1,
         1440,
         QT_TRANSLATE_NOOP("reelpulse::Settings", "length of the request window, in minutes"),
         nullptr},
        {u"governor.jitter_max_ms"_s,
         Type::Int,
         qint64(2500),
         {},
         0,
         60000,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "longest random pause before each request, in milliseconds (the shortest is a fifth)"),
         nullptr},
        {u"endpoints.update_url"_s,
         Type::Url,
         u"https://reelpulse.github.io/reelpulse/endpoints"_s,
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "folder URL 'reelpulse-cli endpoints update' fetches signed endpoint profiles from "
                           "(<platform>.json and <platform>.json.sig)"),
         "REELPULSE_ENDPOINTS_URL"},
        {u"publish.app_id"_s,
         Type::Text,
         QString(),
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "Instagram app id of your own Meta app, for connecting accounts in a browser (its secret "
                           "goes to the keychain)"),
         nullptr},
        {u"publish.token_broker_url"_s,
         Type::Url,
         QString(),
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "token broker that exchanges a sign-in code for a long-lived token server-side (instead "
                           "of your own app's secret); empty: none"),
         nullptr},
        {u"publish.oauth_url"_s,
         Type::Url,
         u"https://api.instagram.com"_s,
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings", "host of Instagram's sign-in code exchange (oauth/access_token)"),
         "REELPULSE_OAUTH_URL"},
        {u"publish.poll_ms"_s,
         Type::Int,
         qint64(3000),
         {},
         10,
         60000,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "first wait before reading a media container's status, in milliseconds (doubles up to "
                           "30 s)"),
         nullptr},
        {u"media_host.put_url"_s,
         Type::Url,
         QString(),
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "WebDAV or HTTP PUT folder local media files are uploaded to before publishing (Nextcloud, "
                           "a web server); empty: only public URLs can be published"),
         nullptr},
        {u"media_host.public_url"_s,
         Type::Url,
         QString(),
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings", "the same folder as the public (and Instagram) reads it"),
         nullptr},
        {u"media_host.user"_s,
         Type::Text,
         QString(),
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "user name for the media host (its password goes to the keychain: reelpulse-cli "
                           "media-host password)"),
         nullptr},
        {u"media_host.kind"_s,
         Type::Choice,
         u"webdav"_s,
         {u"webdav"_s, u"s3"_s},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "the media host: webdav (WebDAV or HTTP PUT) or s3 (an S3-compatible bucket; "
                           "media_host.user is the access key, the secret key goes to the keychain with "
                           "reelpulse-cli media-host password)"),
         nullptr},
        {u"media_host.s3_endpoint"_s,
         Type::Url,
         QString(),
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "S3 endpoint, e.g. https://s3.eu-central-1.amazonaws.com or a MinIO server"),
         nullptr},
        {u"media_host.s3_bucket"_s,
         Type::Text,
         QString(),
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings", "S3 bucket local media files are uploaded to"),
         nullptr},
        {u"media_host.s3_region"_s,
         Type::Text,
         u"us-east-1"_s,
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings", "S3 region the signature names"),
         nullptr},
        {u"media_host.s3_path_style"_s,
         Type::Bool,
         true,
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "S3 addresses endpoint/bucket/file (true: MinIO and most others) or bucket.endpoint/file "
                           "(false: Amazon's virtual hosts)"),
         nullptr},
        {u"media_host.s3_presign_hours"_s,
         Type::Int,
         qint64(24),
         {},
         1,
         168,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "without media_host.public_url, Instagram reads S3 files through signed links valid this "
                           "many hours"),
         nullptr},
        {u"media_host.delete_after_publish"_s,
         Type::Bool,
         true,
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "delete an uploaded file from the media host once its post is published"),
         nullptr},
        {u"ui.language"_s,
         Type::Choice,
         u"system"_s,
         {u"system"_s, u"en"_s, u"de"_s, u"es"_s},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "language of the app and the CLI, taken at their next start: system (LANGUAGE, LANG), en, "
                           "de or es; numbers and dates follow it"),
         nullptr},
        {u"downloads.folder"_s,
         Type::Text,
         QString(),
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "folder downloads are written to; empty: ReelPulse in your Downloads folder"),
         nullptr},
        {u"downloads.name_template"_s,
         Type::Text,
         u"{owner}/{owner}_{shortcode}_{position}.{ext}"_s,
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "file names of downloads, inside the folder: {owner} {shortcode} {position} {ext} {date} "
                           "{type} {id}"),
         nullptr},
        {u"downloads.concurrent_jobs"_s,
         Type::Int,
         qint64(3),
         {},
         1,
         10,
         QT_TRANSLATE_NOOP("reelpulse::Settings", "downloads that run at the same time in the app"),
         nullptr},
        {u"downloads.connections_per_host"_s,
         Type::Int,
         qint64(2),
         {},
         1,
         8,
         QT_TRANSLATE_NOOP("reelpulse::Settings", "connections to one media server at the same time"),
         nullptr},
        {u"downloads.retention_days"_s,
         Type::Int,
         qint64(30),
         {},
         0,
         3650,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "finished downloads leave the list after this many days (the files stay); 0: never"),
         nullptr},
        {u"ui.welcome_shown"_s,
         Type::Bool,
         false,
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "the app has shown its welcome for this data folder (false: show it at the next start)"),
         nullptr},
        {u"analytics.trending_percent"_s,
         Type::Int,
         qint64(150),
         {},
         101,
         100000,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "an item is trending at this percent of its account's usual value at the same age "
                           "(docs/metrics.md)"),
         nullptr},
        {u"analytics.viral_percent"_s,
         Type::Int,
         qint64(300),
         {},
         101,
         100000,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "an item is viral at this percent of its account's usual value at the same age"),
         nullptr},
        {u"tracking.max_accounts"_s, Type::Int, qint64(0), {}, 0, 100000,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "at most this many accounts (profile tasks) can be tracked; adding more is refused (0: no "
                           "limit)"),
         nullptr},
        {u"scrape.velocity_schedule"_s, Type::Bool, true, {}, 0, 0,
         QT_TRANSLATE_NOOP("reelpulse::Settings",
                           "tracked reels and videos younger than 7 days are scraped about 1 h, 3 h, 6 h, 12 h, 24 h, "
                           "48 h, 72 h and 7 d after posting, then at their task's interval (false: at the interval "
                           "only)"),
         nullptr},
    };
    return all;
}

const Settings::Key *Settings::find(const QString &name)
{
    for (const Key &key : keys()) {
        if (key.name == name)
            return &key;
    }
    return nullptr;
}

QString Settings::describe(const Key &key)
{
    return QCoreApplication::translate("reelpulse::Settings", key.summary);
}

Settings::Settings(const QString &dataDir)
    : m_settings(std::make_unique<QSettings>(filePath(dataDir), QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"settings.ini"_s);
}

QString Settings::filePath() const
{
    return m_settings->fileName();
}

std::optional<QString> Settings::environmentOverride(const QString &name) const
{
    const Key *key = find(name);
    if (!key || !key->variable)
        return std::nullopt;
    const QString value = qEnvironmentVariable(key->variable).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

std::optional<QString> Settings::storedText(const QString &name) const
{
    m_settings->sync();
    const QVariant stored = m_settings->value(storageKey(name));
    if (!stored.isValid())
        return std::nullopt;
    if (stored.typeId() == QMetaType::QStringList)
        return stored.toStringList().join(u", "_s);
    return stored.toString();
}

QVariant Settings::value(const QString &name) const
{
    const Key *key = find(name);
    if (!key)
        return {};
    if (auto fromEnv = environmentOverride(name)) {
        auto parsed = parse(*key, *fromEnv);
        if (parsed.ok())
            return parsed.value();
    }
    if (auto stored = storedText(name)) {
        auto parsed = parse(*key, *stored);
        if (parsed.ok())
            return parsed.value();
    }
    return key->defaultValue;
}

QString Settings::toText(const Key &key, const QVariant &value)
{
    switch (key.type) {
    case Type::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case Type::Int:
        return QString::number(value.toLongLong());
    case Type::Hosts:
        return value.toStringList().join(u", "_s);
    case Type::Choice:
    case Type::Url:
    case Type::Text:
        break;
    }
    return value.toString();
}

Status Settings::set(const QString &name, const QString &text)
{
    const Key *key = find(name);
    if (!key)
        return Error::invalid(u"key"_s,
                              QCoreApplication::translate("reelpulse::Settings",
                                                          "There is no setting \"%1\" ('config list' shows them all).")
                                  .arg(name));
    auto parsed = parse(*key, text);
    if (!parsed.ok())
        return parsed.error();
    QVariant stored = parsed.value();
    if (key->type == Type::Hosts)
        stored = parsed.value().toStringList().join(u","_s);
    else if (key->type == Type::Bool || key->type == Type::Int)
        stored = toText(*key, parsed.value());
    m_settings->setValue(storageKey(name), stored);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return Error::storage(
            QCoreApplication::translate("reelpulse::Settings", "The settings file %1 could not be written.")
                .arg(filePath()));
    return Ok{};
}

Status Settings::reset(const QString &name)
{
    if (!find(name))
        return Error::invalid(u"key"_s,
                              QCoreApplication::translate("reelpulse::Settings",
                                                          "There is no setting \"%1\" ('config list' shows them all).")
                                  .arg(name));
    m_settings->remove(storageKey(name));
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return Error::storage(
            QCoreApplication::translate("reelpulse::Settings", "The settings file %1 could not be written.")
                .arg(filePath()));
    return Ok{};
}

QString Settings::sentimentMode() const
{
    return value(u"sentiment.mode"_s).toString();
}

bool Settings::schedulerPaused() const
{
    return value(u"scheduler.paused"_s).toBool();
}

Status Settings::setSchedulerPaused(bool paused)
{
    return set(u"scheduler.paused"_s, paused ? u"true"_s : u"false"_s);
}

QString Settings::instagramUrl() const
{
    return value(u"instagram.url"_s).toString();
}

QString Settings::tiktokUrl() const
{
    return value(u"tiktok.url"_s).toString();
}

QString Settings::graphUrl() const
{
    return value(u"graph.url"_s).toString();
}

QString Settings::graphVersion() const
{
    return value(u"graph.version"_s).toString();
}

QString Settings::mediaUrl() const
{
    return value(u"media.url"_s).toString();
}

qint64 Settings::maxBodyBytes() const
{
    return value(u"net.max_body_mib"_s).toLongLong() * 1024 * 1024;
}

QStringList Settings::sessionHosts() const
{
    return value(u"net.session_hosts"_s).toStringList();
}

int Settings::governorRequestsPerWindow() const
{
    return int(value(u"governor.requests_per_window"_s).toLongLong());
}

int Settings::governorWindowMinutes() const
{
    return int(value(u"governor.window_minutes"_s).toLongLong());
}

int Settings::governorJitterMaxMs() const
{
    return int(value(u"governor.jitter_max_ms"_s).toLongLong());
}

} // namespace reelpulse
