#include "CommentSentimentSection.h"

#include "CommentRescorer.h"
#include "FieldMessageLabel.h"
#include "ScrapeController.h"
#include "sentiment/CommentScorer.h"
#include "sentiment/SentimentAnalyzer.h"
#include "services/SentimentBacklog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

/// Comments not scored by the engine and mode of `engineVersion`, on the calling (pool) thread's own
/// connection; -1 when the store cannot be read.
int countPending(const QString &storeFilePath, const QString &engineVersion)
{
    const Result<int> count = commentsToScore(storeFilePath, engineVersion);
    return count.ok() ? count.value() : -1;
}

} // namespace

CommentSentimentSection::CommentSentimentSection(const QString &storeFilePath, ScrapeController &scrape,
                                                 QWidget *parent)
    : QGroupBox(tr("Comment sentiment"), parent)
    , m_storeFilePath(storeFilePath)
    , m_scrape(scrape)
    , m_rescorer(new CommentRescorer(storeFilePath, this))
    , m_mode(new QComboBox(this))
    , m_modeHint(new QLabel(this))
    , m_pendingLabel(new QLabel(this))
    , m_rescore(new QPushButton(tr("&Re-score All Comments"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_offer(new QFrame(this))
    , m_offerRescore(new QPushButton(tr("Re-score &Now"), m_offer))
    , m_message(new FieldMessageLabel(this))
{
    setObjectName(u"commentSentimentSection"_s);
    m_mode->setObjectName(u"sentimentModeComboBox"_s);
    m_mode->addItem(tr("Social media (recommended)"), int(sentiment::Mode::Social));
    m_mode->addItem(tr("Reference (VADER 3.3)"), int(sentiment::Mode::Reference));
    m_mode->setCurrentIndex(m_mode->findData(int(m_scrape.sentimentMode())));
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_modeHint->setWordWrap(true);
    m_modeHint->setForegroundRole(QPalette::PlaceholderText);
    m_pendingLabel->setObjectName(u"sentimentPendingLabel"_s);
    m_pendingLabel->setTextFormat(Qt::PlainText);
    m_rescore->setObjectName(u"rescoreButton"_s);
    m_cancel->setObjectName(u"cancelRescoreButton"_s);
    m_progress->setObjectName(u"rescoreProgress"_s);
    m_offer->setObjectName(u"rescoreOffer"_s);
    m_offerRescore->setObjectName(u"offerRescoreButton"_s);
    m_message->setObjectName(u"rescoreMessage"_s);
    m_message->setWordWrap(true);
    for (QPushButton *button : {m_rescore, m_cancel, m_offerRescore})
        button->setAutoDefault(false);

    m_offer->setFrameShape(QFrame::StyledPanel);
    m_offer->setAutoFillBackground(true);
    m_offer->setBackgroundRole(QPalette::AlternateBase);
    auto *offerText = new QLabel(tr("The stored comments were scored in the other mode. Re-score them in the "
                                    "background now? Labels you set by hand stay as they are."),
                                 m_offer);
    offerText->setWordWrap(true);
    auto *notNow = new QPushButton(tr("Not Now"), m_offer);
    notNow->setAutoDefault(false);
    auto *offerLayout = new QHBoxLayout(m_offer);
    offerLayout->addWidget(offerText, 1);
    offerLayout->addWidget(m_offerRescore);
    offerLayout->addWidget(notNow);
    m_offer->hide();

    auto *form = new QFormLayout;
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_mode);
    modeRow->addStretch(1);
    form->addRow(tr("Score comments as:"), modeRow);
    form->addRow(QString(), m_modeHint);
    form->addRow(tr("Not scored in this mode:"), m_pendingLabel);

    auto *run = new QHBoxLayout;
    run->addWidget(m_rescore);
    run->addWidget(m_progress, 1);
    run->addWidget(m_cancel);
    run->addStretch(0);

    auto *manual = new QLabel(tr("Re-scoring runs in the background while you keep working. Labels you set by hand "
                                 "are never changed."),
                              this);
    manual->setWordWrap(true);
    manual->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_offer);
    layout->addLayout(run);
    layout->addWidget(m_message);
    layout->addWidget(manual);

    // A mode set elsewhere (reelpulse-cli config set sentiment.mode …) shows here too.
    connect(&m_scrape, &ScrapeController::sentimentModeChanged, this,
            [this](sentiment::Mode mode) { m_mode->setCurrentIndex(m_mode->findData(int(mode))); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CommentSentimentSection::modeChosen);
    connect(m_rescore, &QPushButton::clicked, this, &CommentSentimentSection::rescoreAll);
    connect(m_offerRescore, &QPushButton::clicked, this, &CommentSentimentSection::rescoreAll);
    connect(m_cancel, &QPushButton::clicked, this, &CommentSentimentSection::cancelRescore);
    connect(notNow, &QPushButton::clicked, m_offer, &QWidget::hide);
    connect(m_rescorer, &CommentRescorer::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(std::min(done, std::max(total, 1)));
    });
    connect(m_rescorer, &CommentRescorer::finished, this, &CommentSentimentSection::onFinished);
    connect(m_rescorer, &CommentRescorer::failed, this, &CommentSentimentSection::onFailed);

    m_pendingLabel->setText(tr("not counted yet"));
    setRunning(false);
    modeChosen();
}

CommentSentimentSection::~CommentSentimentSection() = default;

sentiment::Mode CommentSentimentSection::chosenMode() const
{
    return sentiment::Mode(m_mode->currentData().toInt());
}

void CommentSentimentSection::modeChosen()
{
    const sentiment::Mode mode = chosenMode();
    m_modeHint->setText(mode == sentiment::Mode::Social
                            ? tr("Reads emoji, slang, repeated letters and capitals the way comments use them.")
                            : tr("Gives exactly the scores of the vaderSentiment 3.3 reference, for comparing "
                                 "with other tools."));
    if (mode == m_scrape.sentimentMode())
        return;
    m_scrape.setSentimentMode(mode);
    emit activity(tr("New comments are scored as %1 from now on.").arg(m_mode->currentText()), false);
    m_offerWhenCounted = true;
    refreshPendingCount();
}

void CommentSentimentSection::refreshPendingCount()
{
    const int generation = ++m_countGeneration;
    m_pending = -1;
    m_pendingLabel->setText(tr("counting…"));
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_countGeneration) // else a newer count is under way
            showPending(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(countPending, m_storeFilePath, sentiment::SentimentAnalyzer::engineVersion(chosenMode())));
}

void CommentSentimentSection::showPending(int count)
{
    m_pending = count;
    if (count < 0)
        m_pendingLabel->setText(tr("cannot be read now"));
    else if (count == 0)
        m_pendingLabel->setText(tr("none: every comment is scored in this mode"));
    else
        m_pendingLabel->setText(tr("%n comment(s)", nullptr, count));
    if (m_offerWhenCounted) {
        m_offerWhenCounted = false;
        m_offer->setVisible(count > 0 && !m_rescorer->isRunning());
    }
    emit pendingCountChanged(count);
}

void CommentSentimentSection::rescoreAll()
{
    if (m_rescorer->isRunning())
        return;
    m_offer->hide();
    m_message->clearMessage();
    m_rescorer->start(chosenMode());
    setRunning(true);
    emit activity(tr("Re-scoring every comment as %1 in the background.").arg(m_mode->currentText()), false);
}

void CommentSentimentSection::cancelRescore()
{
    if (!m_rescorer->isRunning())
        return;
    m_rescorer->cancel();
    m_cancel->setEnabled(false);
    m_message->setHint(tr("Stopping after the comments in hand…"));
}

void CommentSentimentSection::setRunning(bool running)
{
    m_rescore->setEnabled(!running);
    m_mode->setEnabled(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0); // busy until the first batch tells the total
        m_progress->setValue(0);
    }
}

void CommentSentimentSection::onFinished(const sentiment::ScoringReport &report)
{
    setRunning(false);
    const QLocale locale;
    QString message;
    if (report.cancelled) {
        message = tr("Re-scoring stopped after %1 of %2 comments; the others keep their earlier scores.")
                      .arg(locale.toString(report.scored), locale.toString(report.pendingAtStart));
    } else {
        message = tr("%n comment(s) re-scored.", nullptr, report.scored);
        if (report.manualKept > 0)
            message += u' ' + tr("%n label(s) set by hand kept.", nullptr, report.manualKept);
    }
    m_message->setHint(message);
    emit activity(message, false);
    emit rescored();
    refreshPendingCount();
}

void CommentSentimentSection::onFailed(const QString &message)
{
    setRunning(false);
    const QString text = tr("Re-scoring failed: %1").arg(message);
    m_message->setError(text);
    emit activity(text, true);
    emit rescored();
    refreshPendingCount();
}

void CommentSentimentSection::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    if (!m_rescorer->isRunning())
        refreshPendingCount();
}

} // namespace reelpulse
