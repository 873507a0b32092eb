#pragma once

#include "net/CancelFlag.h"
#include "net/RateGovernor.h"

#include <QDateTime>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <atomic>
#include <memory>

namespace reelpulse::test {

inline QString fixtureDir()
{
    return QStringLiteral(REELPULSE_TEST_DATA "/fixtures");
}

/// The fake server's TLS certificate and key (tests/data/tls), for FakePlatformServer::startTls().
inline QString tlsCertificatePath()
{
    return QStringLiteral(REELPULSE_TEST_DATA "/tls/fakeserver.crt");
}

inline QString tlsKeyPath()
{
    return QStringLiteral(REELPULSE_TEST_DATA "/tls/fakeserver.key");
}

/// Makes this test process trust the fake server's certificate (for every request made afterwards).
inline bool trustFakeServerCertificate()
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(tlsCertificatePath());
    if (certificates.isEmpty())
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return true;
}

/// A clock the governor reads and a sleeper that advances it instead of sleeping: waits of minutes
/// take no time, and the governor still records each of them (RateGovernor::waits()).
struct TestClock
{
    std::atomic<qint64> nowMs{QDateTime::currentMSecsSinceEpoch()};

    void attach(RateGovernor &governor)
    {
        governor.setClock([this] { return nowMs.load(); });
        governor.setSleeper([this](qint64 ms, const CancelFlag *cancel) {
            nowMs += ms;
            return !(cancel && cancel->isCancelled());
        });
    }
    void advance(qint64 ms) { nowMs += ms; }
};

/// Test settings: no jitter, quick network retries (the test clock makes every wait instant anyway).
inline GovernorConfig testConfig()
{
    GovernorConfig config = GovernorConfig::withoutJitter();
    return config;
}

/// Sums the waits the governor asked for with this reason.
inline qint64 waitedMs(const RateGovernor &governor, const QString &reason)
{
    qint64 total = 0;
    for (const RateGovernor::Wait &wait : governor.waits()) {
        if (wait.reason == reason)
            total += wait.ms;
    }
    return total;
}

} // namespace reelpulse::test
