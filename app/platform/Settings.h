#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <optional>

class QSettings;

namespace reelpulse {

/// ReelPulse's preferences, one set per data folder, shared by the app and reelpulse-cli (like
/// qBittorrent's Preferences): `<dataDir>/settings.ini`. Every process that uses a store reads the same
/// values, and a value set by one (`reelpulse-cli config set …`) reaches the others at their next read
/// (values are read from the file, which is re-read when it changed).
///
/// Keys are dotted names ("sentiment.mode") with a type, a default and a rule; set() refuses a value that
/// breaks the rule with a message naming it. A few keys can be overridden by an environment variable
/// (REELPULSE_INSTAGRAM_URL …), which wins over the file and is reported by environmentOverride().
///
/// Not thread-safe: make one Settings per thread (construction is cheap).
class Settings final
{
public:
    enum class Type { Bool, Int, Choice, Url, Hosts, Text };

    struct Key
    {
        QString name;
        Type type = Type::Text;
        QVariant defaultValue;
        QStringList choices;   ///< Choice: the allowed values
        qint64 minimum = 0;    ///< Int: inclusive bounds
        qint64 maximum = 0;    ///< Int
        const char *summary;   ///< what it does (untranslated source text, context "reelpulse::Settings")
        const char *variable;  ///< environment variable that overrides it, or nullptr
    };

    /// Every key, in the order `config list` shows them.
    static const QList<Key> &keys();
    static const Key *find(const QString &name);
    /// The translated one-line description of a key.
    static QString describe(const Key &key);

    explicit Settings(const QString &dataDir);
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    static QString filePath(const QString &dataDir); ///< `<dataDir>/settings.ini`
    QString filePath() const;

    /// The effective value: the environment override, else the stored value, else the default.
    /// Unknown keys give an invalid QVariant.
    QVariant value(const QString &name) const;
    /// The stored value as text, when the file holds one.
    std::optional<QString> storedText(const QString &name) const;
    /// The value of the key's environment variable, when set and not empty.
    std::optional<QString> environmentOverride(const QString &name) const;
    /// A value as `config get` prints it ("true", "16", "a.example, b.example").
    static QString toText(const Key &key, const QVariant &value);

    /// Parses text by the key's rule and stores it (written to the file at once).
    Status set(const QString &name, const QString &text);
    /// Removes the stored value: the default applies again.
    Status reset(const QString &name);

    // The values the engine reads, typed.
    QString sentimentMode() const; ///< "social" or "reference"
    bool schedulerPaused() const;
    Status setSchedulerPaused(bool paused);
    /// Base URLs that replace a platform's scheme, host and port (empty: the platform's own).
    QString instagramUrl() const;
    QString tiktokUrl() const;
    QString graphUrl() const;
    QString graphVersion() const;
    QString mediaUrl() const;
    qint64 maxBodyBytes() const;          ///< response bodies longer than this are abandoned
    QStringList sessionHosts() const;     ///< hosts besides the platform's own that may get the session cookie
    int governorRequestsPerWindow() const; ///< per query type; 0: unlimited
    int governorWindowMinutes() const;
    int governorJitterMaxMs() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace reelpulse
