#pragma once

#include "domain/Result.h"
#include "domain/TaskTypes.h"
#include "platform/EndpointProfile.h"
#include "platform/EndpointSignature.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace reelpulse {

/// Which endpoint profile a platform client uses: what the Settings page and `reelpulse-cli endpoints` show.
struct EndpointProfileInUse
{
    Platform platform = Platform::Instagram;
    int version = 0;
    bool builtIn = true;
    QString path;          ///< the copy in the data folder, when that is the one used
    QString signedBy;      ///< id of the key that signed that copy; empty: built-in or an unsigned local copy
    QDateTime installedAt; ///< when that copy was written (UTC)
    QString updated;       ///< the profile's own "updated" date, as its maintainers wrote it
    QString problem;       ///< why a copy in the data folder is not used; empty when none is refused
};

/// What an update did for one platform.
struct EndpointUpdateResult
{
    enum class Outcome {
        Installed, ///< the offered profile is newer and now in use
        UpToDate,  ///< the offered profile has the version in use; nothing was written
    };
    Outcome outcome = Outcome::UpToDate;
    Platform platform = Platform::Instagram;
    int previousVersion = 0; ///< the version in use before
    int version = 0;         ///< the version offered
    QString keyId;           ///< the trusted key that signed it
    QString origin;          ///< where it came from: a URL or a file
    QString path;            ///< where it was written (Installed)
};

/// Installs newer endpoint profiles into the data folder, only when signed by a trusted key
/// (docs/endpoint-profiles.md).
///
/// A profile is fetched (http(s), or a local file) together with its detached signature, and installed
/// only when the signature verifies against one of the trusted keys over the exact bytes fetched, the file
/// is a valid profile for the expected platform, and its version is newer than the one in use. Then the
/// bytes go to `<dataDir>/endpoints/<platform>.json` and the signature beside them, each written
/// atomically (QSaveFile). Every refusal is an Error that says why, and nothing is written:
/// Invalid (unsigned, bad signature, not a profile, other platform, older), Network (cannot fetch),
/// Storage (cannot write).
///
/// Blocks the calling thread while it fetches (a local event loop): call it from the CLI or a worker.
class EndpointUpdater final
{
public:
    struct Options
    {
        QList<TrustedKey> trustedKeys = EndpointSignature::builtInKeys();
        int timeoutMs = 30'000;                                ///< a download that takes longer is abandoned
        qint64 maxProfileBytes = EndpointProfile::MaxFileSize; ///< a longer file is refused
    };

    /// Trusts the built-in keys, with the default limits.
    explicit EndpointUpdater(QString dataDir);
    EndpointUpdater(QString dataDir, Options options);
    Q_DISABLE_COPY_MOVE(EndpointUpdater)

    /// Where profiles are published by default: the `endpoints.update_url` setting of the data folder.
    static QString defaultSource(const QString &dataDir);

    /// Fetches, checks and installs. `from` is an http(s) URL or a local path naming either one profile file
    /// (`….json`, signature at `….json.sig`) or a folder holding `<platform>.json` and `<platform>.json.sig`;
    /// empty: defaultSource(). `platform` picks one platform from a folder (else every platform) and is the
    /// platform a single file must be for (else the file says which). One result per profile.
    std::vector<Result<EndpointUpdateResult>> update(const QString &from, std::optional<Platform> platform = {});

    /// Checks a fetched profile and installs it (see the class). `signature` is the text of the signature
    /// file, empty when there is none; `expected`, when given, the platform the profile must be for.
    Result<EndpointUpdateResult> install(const QByteArray &json, const QByteArray &signature,
                                         std::optional<Platform> expected, const QString &origin);

    /// The profile in use for each platform, trusting the keys in the options.
    QList<EndpointProfileInUse> profilesInUse() const;
    /// The same with the built-in keys (what the clients load).
    static QList<EndpointProfileInUse> profilesInUse(const QString &dataDir);

private:
    static QList<EndpointProfileInUse> profilesInUse(const QString &dataDir, const QList<TrustedKey> &keys);
    Result<EndpointUpdateResult> updateOne(const QString &profileLocation, std::optional<Platform> expected);

    QString m_dataDir;
    Options m_options;
};

} // namespace reelpulse
