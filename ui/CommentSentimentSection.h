#pragma once

#include "sentiment/SentimentTypes.h"

#include <QGroupBox>

class QComboBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;

namespace reelpulse {

class CommentRescorer;
class FieldMessageLabel;
class ScrapeController;

namespace sentiment {
struct ScoringReport;
}

/// The "Comment sentiment" part of the Settings: the mode comments are scored in (Social, the default,
/// or Reference), how many stored comments are not scored in that mode, and re-scoring every comment in
/// the background with a progress bar and Cancel. When the mode changes it offers (in place, not in a
/// dialog) to re-score. Labels set by hand are never changed. The count is read on a pool thread.
class CommentSentimentSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentSentimentSection)

public:
    CommentSentimentSection(const QString &storeFilePath, ScrapeController &scrape, QWidget *parent = nullptr);
    ~CommentSentimentSection() override;

    /// Re-scores every comment in the chosen mode, in the background; does nothing while a run goes on.
    void rescoreAll();
    /// Stops a run after the batch in hand.
    void cancelRescore();
    /// Counts again (in the background) the comments not scored in the chosen mode.
    void refreshPendingCount();
    /// The last count, or -1 while it is being read or could not be read.
    int pendingCount() const { return m_pending; }

    CommentRescorer *rescorer() const { return m_rescorer; }
    QComboBox *modeComboBox() const { return m_mode; }
    QLabel *pendingLabel() const { return m_pendingLabel; }
    QPushButton *rescoreButton() const { return m_rescore; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QWidget *offer() const { return m_offer; }
    QPushButton *offerRescoreButton() const { return m_offerRescore; }
    FieldMessageLabel *messageLabel() const { return m_message; }

signals:
    /// Something for the activity log.
    void activity(const QString &message, bool error);
    /// A count of the comments not scored in the chosen mode was read.
    void pendingCountChanged(int count);
    /// A re-scoring run ended (completely or cancelled): shown labels may have changed.
    void rescored();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void modeChosen();
    void showPending(int count);
    void onFinished(const sentiment::ScoringReport &report);
    void onFailed(const QString &message);
    void setRunning(bool running);
    sentiment::Mode chosenMode() const;

    QString m_storeFilePath;
    ScrapeController &m_scrape;
    CommentRescorer *m_rescorer = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_modeHint = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QPushButton *m_rescore = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QFrame *m_offer = nullptr;
    QPushButton *m_offerRescore = nullptr;
    FieldMessageLabel *m_message = nullptr;
    int m_pending = -1;
    int m_countGeneration = 0;
    bool m_offerWhenCounted = false;
};

} // namespace reelpulse
