#pragma once

#include "storage/PublishStore.h"

#include <QWidget>

class QCheckBox;
class QDragEnterEvent;
class QDropEvent;
class QListWidgetItem;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace reelpulse {

class PublishingJobs;

/// Writes a post: type, account, media (public URLs, or files chosen or dropped, with previews as they will be
/// posted; drag to reorder), caption with live counters, alt text, collaborators, first comment, reel options, and
/// when (local time). Saves a draft or schedules it; the rules are the engine's (postrules, imageprep), shown as they
/// are broken.
class ComposerWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerWidget)

public:
    explicit ComposerWidget(PublishingJobs &jobs, QWidget *parent = nullptr);
    ~ComposerWidget() override;

    void setAccounts(const QList<PublishAccount> &accounts);
    /// The post as the fields describe it now.
    PublishPost post() const;
    /// Adds a media URL (a video when video is true); a file: URL gets a preview.
    void addMedia(const QString &url, bool video);
    /// Adds local files (videos by their suffix).
    void addFiles(const QStringList &paths);
    /// Stores the post: scheduled at the chosen time, or as a draft.
    void schedule();
    void saveDraft();
    void clear();

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *accountBox() const { return m_account; }
    QLineEdit *mediaUrlEdit() const { return m_mediaUrl; }
    QListWidget *mediaList() const { return m_media; }
    QPlainTextEdit *captionEdit() const { return m_caption; }
    QLabel *counterLabel() const { return m_counters; }
    QLabel *messageLabel() const { return m_message; }
    QDateTimeEdit *whenEdit() const { return m_when; }
    QPushButton *scheduleButton() const { return m_schedule; }
    QComboBox *fitBox() const { return m_fit; }
    /// Best times to post and the hashtags that did best for the chosen account (links that apply them).
    QLabel *adviceLabel() const { return m_advice; }
    /// Reads the chosen account's recent posts for the advice (on the publishing thread).
    void loadAdvice();

signals:
    /// A post was stored (drafted or scheduled).
    void postSaved(const PublishPost &post);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateState();
    void chooseFiles();
    void loadPreview(QListWidgetItem *item);
    void refreshPreviews();
    void applyAdvice(const QString &link);
    void store(PostState state);

    PublishingJobs &m_jobs;
    QList<PublishAccount> m_accounts;
    QComboBox *m_kind;
    QComboBox *m_account;
    QLineEdit *m_mediaUrl;
    QCheckBox *m_isVideo;
    QComboBox *m_fit;
    QListWidget *m_media;
    QPlainTextEdit *m_caption;
    QLabel *m_counters;
    QLineEdit *m_altText;
    QLineEdit *m_collaborators;
    QLineEdit *m_firstComment;
    QLineEdit *m_coverUrl;
    QCheckBox *m_shareToFeed;
    QLabel *m_advice;
    qint64 m_adviceAccount = 0;
    QDateTimeEdit *m_when;
    QLabel *m_message;
    QPushButton *m_schedule;
    QPushButton *m_draft;
};

} // namespace reelpulse
