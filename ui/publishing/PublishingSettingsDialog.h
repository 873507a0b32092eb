#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace reelpulse {

class PublishingJobs;

/// The publishing settings a window user needs without the CLI: browser sign-in (the Meta app's Instagram app id
/// and its secret, or a token broker) and the media host local files are uploaded to (WebDAV or S3, its password or
/// secret key, deleting files after publishing, a test). Settings are the core's (`config` keys); secrets go to the
/// keychain on the publishing thread.
class PublishingSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishingSettingsDialog)

public:
    PublishingSettingsDialog(PublishingJobs &jobs, QWidget *parent = nullptr);
    ~PublishingSettingsDialog() override;

    /// Stores the fields (and any secret typed) and tests the media host; the result shows in the dialog.
    void testMediaHost();
    /// Stores the fields; false (with the reason shown) when a value is refused.
    bool save();

    QLabel *statusLabel() const { return m_status; }

private:
    void load();
    void showKind();
    void setStatus(const QString &text, bool error);
    /// Writes a secret typed into a field to the keychain, then runs next.
    void storeSecrets(std::function<void()> next);

    PublishingJobs &m_jobs;
    QLineEdit *m_appId;
    QLineEdit *m_appSecret;
    QLineEdit *m_broker;
    QComboBox *m_kind;
    QFormLayout *m_hostForm = nullptr;
    QLineEdit *m_putUrl;
    QLineEdit *m_publicUrl;
    QLineEdit *m_user;
    QLineEdit *m_endpoint;
    QLineEdit *m_bucket;
    QLineEdit *m_region;
    QLineEdit *m_accessKey;
    QCheckBox *m_pathStyle;
    QLineEdit *m_s3PublicUrl;
    QLineEdit *m_password;
    QCheckBox *m_deleteAfter;
    QPushButton *m_test;
    QLabel *m_status;
};

} // namespace reelpulse
