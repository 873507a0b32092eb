// One real round trip through the system keychain (QtKeychain → Secret Service). ctest runs it inside
// a private D-Bus session with a fresh, unlocked gnome-keyring (see with-keyring.sh); it never touches
// the user's own keyring.

#include "auth/KeychainSecretStore.h"
#include "auth/SessionManager.h"

#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void testRoundTrip();
    void testSessionManagerOnTheKeychain();
    void testWorksFromAWorkerThread();

private:
    const QString m_service = u"ReelPulse-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

void TestKeychainSecretStore::testRoundTrip()
{
    KeychainSecretStore store(m_service);
    const auto missing = store.read(u"k"_s);
    QVERIFY2(missing.ok(), qPrintable(missing.ok() ? QString() : missing.error().message));
    QVERIFY(!missing.value().has_value());
    const Status written = store.write(u"k"_s, u"value ü 🎬"_s);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(store.read(u"k"_s).value().value_or(QString()), u"value ü 🎬"_s);
    QVERIFY(store.remove(u"k"_s).ok());
    QVERIFY(!store.read(u"k"_s).value().has_value());
    QVERIFY(store.remove(u"k"_s).ok());
}

void TestKeychainSecretStore::testSessionManagerOnTheKeychain()
{
    auto store = std::make_shared<KeychainSecretStore>(m_service);
    SessionManager manager(store);
    InstagramSession session;
    session.sessionId = u"SID-keychain"_s;
    session.csrfToken = u"CSRF-keychain"_s;
    QVERIFY(manager.save(session).ok());
    SessionManager again(store);
    const auto loaded = again.load();
    QVERIFY(loaded.ok() && loaded.value());
    QCOMPARE(loaded.value()->csrfToken, u"CSRF-keychain"_s);
    QVERIFY(again.clear().ok());
    QVERIFY(!manager.load().value().has_value());
}

void TestKeychainSecretStore::testWorksFromAWorkerThread()
{
    std::optional<QString> read;
    bool wrote = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        KeychainSecretStore store(m_service);
        wrote = store.write(u"worker"_s, u"from a worker"_s).ok();
        const auto value = store.read(u"worker"_s);
        if (value.ok())
            read = value.value();
        (void)store.remove(u"worker"_s);
    }));
    // QtKeychain runs its jobs one at a time through an executor in the main thread: the main thread's event
    // loop must keep turning (as the GUI's does) while a worker uses the keychain.
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 20'000);
    QVERIFY(wrote);
    QCOMPARE(read.value_or(QString()), u"from a worker"_s);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "testKeychainSecretStore.moc"
