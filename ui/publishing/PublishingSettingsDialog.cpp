#include "PublishingSettingsDialog.h"

#include "PublishingJobs.h"
#include "platform/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QLineEdit *field(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QLineEdit *secretField(QWidget *parent, const QString &name, const QString &placeholder)
{
    QLineEdit *edit = field(parent, name, placeholder);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

PublishingSettingsDialog::PublishingSettingsDialog(PublishingJobs &jobs, QWidget *parent)
    : QDialog(parent)
    , m_jobs(jobs)
    , m_appId(field(this, u"appIdEdit"_s, tr("Instagram app id from Meta's App Dashboard")))
    , m_appSecret(secretField(this, u"appSecretEdit"_s, tr("unchanged (type to replace the one in the keychain)")))
    , m_broker(field(this, u"brokerEdit"_s, tr("https://… a server that exchanges sign-in codes (optional)")))
    , m_kind(new QComboBox(this))
    , m_putUrl(field(this, u"putUrlEdit"_s, tr("https://cloud.example.com/remote.php/dav/files/me/instagram")))
    , m_publicUrl(field(this, u"publicUrlEdit"_s, tr("https://… the same folder as the public reads it")))
    , m_user(field(this, u"userEdit"_s, tr("user name")))
    , m_endpoint(field(this, u"endpointEdit"_s, tr("https://s3.eu-central-1.amazonaws.com")))
    , m_bucket(field(this, u"bucketEdit"_s, tr("bucket name")))
    , m_region(field(this, u"regionEdit"_s, u"us-east-1"_s))
    , m_accessKey(field(this, u"accessKeyEdit"_s, tr("access key id")))
    , m_pathStyle(new QCheckBox(tr("Address files as endpoint/bucket/file (MinIO and most others)"), this))
    , m_s3PublicUrl(field(this, u"s3PublicUrlEdit"_s, tr("empty: Instagram gets signed links")))
    , m_password(secretField(this, u"hostPasswordEdit"_s, tr("unchanged (type to replace the one in the keychain)")))
    , m_deleteAfter(new QCheckBox(tr("Delete uploaded files from the host once their post is published"), this))
    , m_test(new QPushButton(tr("&Test Media Host"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"publishingSettingsDialog"_s);
    setWindowTitle(tr("Publishing Settings"));

    auto *signIn = new QGroupBox(tr("Sign-in with a browser"), this);
    auto *signInForm = new QFormLayout(signIn);
    signInForm->addRow(tr("App id:"), m_appId);
    signInForm->addRow(tr("App secret:"), m_appSecret);
    signInForm->addRow(tr("Or a token broker:"), m_broker);
    auto *signInHint = new QLabel(tr("Pasting a token (Accounts…) needs neither."), signIn);
    signInHint->setForegroundRole(QPalette::PlaceholderText);
    signInForm->addRow(QString(), signInHint);

    auto *host = new QGroupBox(tr("Media host for files from this computer"), this);
    auto *hostLayout = new QFormLayout(host);
    m_kind->setObjectName(u"hostKindBox"_s);
    m_kind->addItem(tr("WebDAV or HTTP PUT (Nextcloud, a web server)"), u"webdav"_s);
    m_kind->addItem(tr("S3-compatible bucket (Amazon S3, MinIO, R2, B2…)"), u"s3"_s);
    hostLayout->addRow(tr("Kind:"), m_kind);
    hostLayout->addRow(tr("Upload folder:"), m_putUrl);
    hostLayout->addRow(tr("Public address:"), m_publicUrl);
    hostLayout->addRow(tr("User:"), m_user);
    hostLayout->addRow(tr("Endpoint:"), m_endpoint);
    hostLayout->addRow(tr("Bucket:"), m_bucket);
    hostLayout->addRow(tr("Region:"), m_region);
    hostLayout->addRow(tr("Access key:"), m_accessKey);
    hostLayout->addRow(QString(), m_pathStyle);
    hostLayout->addRow(tr("Public address:"), m_s3PublicUrl);
    m_hostForm = hostLayout;
    hostLayout->addRow(tr("Password or secret key:"), m_password);
    hostLayout->addRow(QString(), m_deleteAfter);
    m_test->setObjectName(u"testHostButton"_s);
    hostLayout->addRow(QString(), m_test);

    m_status->setObjectName(u"publishingSettingsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(signIn);
    layout->addWidget(host);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PublishingSettingsDialog::showKind);
    connect(m_test, &QPushButton::clicked, this, &PublishingSettingsDialog::testMediaHost);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            storeSecrets([this] { accept(); });
    });
    load();
    setMinimumWidth(640);
}

PublishingSettingsDialog::~PublishingSettingsDialog() = default;

void PublishingSettingsDialog::load()
{
    const Settings settings(m_jobs.dataDir());
    auto text = [&settings](const QString &key) {
        return settings.value(key).toString();
    };
    m_appId->setText(text(u"publish.app_id"_s));
    m_broker->setText(text(u"publish.token_broker_url"_s));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(text(u"media_host.kind"_s))));
    m_putUrl->setText(text(u"media_host.put_url"_s));
    m_user->setText(text(u"media_host.user"_s));
    m_accessKey->setText(text(u"media_host.user"_s));
    m_endpoint->setText(text(u"media_host.s3_endpoint"_s));
    m_bucket->setText(text(u"media_host.s3_bucket"_s));
    m_region->setText(text(u"media_host.s3_region"_s));
    m_pathStyle->setChecked(settings.value(u"media_host.s3_path_style"_s).toBool());
    (m_kind->currentData() == u"s3"_s ? m_s3PublicUrl : m_publicUrl)->setText(text(u"media_host.public_url"_s));
    m_deleteAfter->setChecked(settings.value(u"media_host.delete_after_publish"_s).toBool());
    showKind();
}

void PublishingSettingsDialog::showKind()
{
    const bool s3 = m_kind->currentData() == u"s3"_s;
    for (QWidget *w :
         {static_cast<QWidget *>(m_putUrl), static_cast<QWidget *>(m_publicUrl), static_cast<QWidget *>(m_user)})
        m_hostForm->setRowVisible(w, !s3);
    for (QWidget *w : {static_cast<QWidget *>(m_endpoint), static_cast<QWidget *>(m_bucket),
                       static_cast<QWidget *>(m_region), static_cast<QWidget *>(m_accessKey),
                       static_cast<QWidget *>(m_pathStyle), static_cast<QWidget *>(m_s3PublicUrl)})
        m_hostForm->setRowVisible(w, s3);
    adjustSize();
}

void PublishingSettingsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #c93a3a"_s : QString());
}

bool PublishingSettingsDialog::save()
{
    Settings settings(m_jobs.dataDir());
    const bool s3 = m_kind->currentData() == u"s3"_s;
    const QList<QPair<QString, QString>> values{
        {u"publish.app_id"_s, m_appId->text().trimmed()},
        {u"publish.token_broker_url"_s, m_broker->text().trimmed()},
        {u"media_host.kind"_s, m_kind->currentData().toString()},
        {u"media_host.put_url"_s, m_putUrl->text().trimmed()},
        {u"media_host.public_url"_s, (s3 ? m_s3PublicUrl : m_publicUrl)->text().trimmed()},
        {u"media_host.user"_s, (s3 ? m_accessKey : m_user)->text().trimmed()},
        {u"media_host.s3_endpoint"_s, m_endpoint->text().trimmed()},
        {u"media_host.s3_bucket"_s, m_bucket->text().trimmed()},
        {u"media_host.s3_region"_s, m_region->text().trimmed().isEmpty() ? u"us-east-1"_s : m_region->text().trimmed()},
        {u"media_host.s3_path_style"_s, m_pathStyle->isChecked() ? u"true"_s : u"false"_s},
        {u"media_host.delete_after_publish"_s, m_deleteAfter->isChecked() ? u"true"_s : u"false"_s},
    };
    for (const auto &[key, value] : values) {
        const Status stored = value.isEmpty() ? settings.reset(key) : settings.set(key, value);
        if (!stored.ok()) {
            setStatus(stored.error().message, true);
            return false;
        }
    }
    return true;
}

void PublishingSettingsDialog::storeSecrets(std::function<void()> next)
{
    const QString secret = m_appSecret->text();
    const QString password = m_password->text();
    if (secret.isEmpty() && password.isEmpty()) {
        next();
        return;
    }
    setEnabled(false);
    m_jobs.call<bool>(
        this,
        [secret, password](PublishingService &service) -> Result<bool> {
            if (!secret.isEmpty()) {
                if (auto s = service.saveAppSecret(secret); !s.ok())
                    return s.error();
            }
            if (!password.isEmpty()) {
                if (auto s = service.saveMediaHostPassword(password); !s.ok())
                    return s.error();
            }
            return true;
        },
        [this, next = std::move(next)](Result<bool> stored) {
            setEnabled(true);
            if (!stored.ok()) {
                setStatus(tr("The keychain did not take the secret: %1").arg(stored.error().message), true);
                return;
            }
            m_appSecret->clear();
            m_password->clear();
            next();
        });
}

void PublishingSettingsDialog::testMediaHost()
{
    if (!save())
        return;
    storeSecrets([this] {
        m_test->setEnabled(false);
        setStatus(tr("Uploading a small file, reading it back and deleting it…"), false);
        m_jobs.call<bool>(
            this,
            [](PublishingService &service) -> Result<bool> {
                if (auto s = service.testMediaHost(); !s.ok())
                    return s.error();
                return true;
            },
            [this](Result<bool> tested) {
                m_test->setEnabled(true);
                if (tested.ok())
                    setStatus(tr("The media host works: a file was uploaded, read back at its public address and "
                                 "deleted."),
                              false);
                else
                    setStatus(tested.error().message, true);
            });
    });
}

} // namespace reelpulse
