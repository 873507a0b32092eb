#pragma once

#include "services/DownloadService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace reelpulse {

/// "Add downloads": URLs or shortcodes (one per line), quality, type, ZIP and the folder.
class AddDownloadDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddDownloadDialog)

public:
    AddDownloadDialog(const QString &folder, QWidget *parent = nullptr);

    void setUrls(const QStringList &urls);
    /// One request per line, in the order given (empty lines left out).
    QList<DownloadRequest> requests() const;

    /// The kind of a URL: reel for /reel(s)/ URLs, video for TikTok, else post.
    static QString kindOf(const QString &url);
    /// The lines of text that look like post, reel or TikTok URLs or shortcodes.
    static QStringList urlsIn(const QString &text);

    QPlainTextEdit *urlsEdit() const { return m_urls; }
    QComboBox *qualityBox() const { return m_quality; }
    QComboBox *typeBox() const { return m_type; }
    QCheckBox *zipBox() const { return m_zip; }
    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *addButton() const { return m_add; }

private:
    QPlainTextEdit *m_urls;
    QComboBox *m_quality;
    QComboBox *m_type;
    QComboBox *m_audio;
    QCheckBox *m_zip;
    QLineEdit *m_folder;
    QPushButton *m_add;
};

} // namespace reelpulse
