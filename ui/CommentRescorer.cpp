#include "CommentRescorer.h"

#include "sentiment/CommentScorer.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

CommentRescorer::CommentRescorer(const QString &storeFilePath, QObject *parent)
    : QObject(parent)
    , m_storeFilePath(storeFilePath)
{
    qRegisterMetaType<sentiment::ScoringReport>();
}

CommentRescorer::~CommentRescorer()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool CommentRescorer::start(sentiment::Mode mode)
{
    if (m_thread)
        return false;
    m_cancelRequested = std::make_shared<std::atomic<bool>>(false);
    m_thread = new QThread(this);
    m_thread->setObjectName(u"reelpulse-rescore"_s);
    auto *scorer = new sentiment::CommentScorer(m_storeFilePath, mode);
    scorer->setRescoreAll(true);
    scorer->setBatchSize(m_batchSize);
    scorer->moveToThread(m_thread);
    m_scorer = scorer;
    connect(m_thread, &QThread::started, scorer, &sentiment::CommentScorer::run);
    connect(m_thread, &QThread::finished, scorer, &QObject::deleteLater);
    // In the scorer's thread, right after each batch: a cancel reaches the next batch whatever the GUI does.
    connect(
        scorer, &sentiment::CommentScorer::progress, scorer,
        [scorer, cancelled = m_cancelRequested](int, int) {
            if (cancelled->load())
                scorer->cancel();
        },
        Qt::DirectConnection);
    connect(scorer, &sentiment::CommentScorer::progress, this, &CommentRescorer::progress);
    connect(scorer, &sentiment::CommentScorer::finished, this, [this](const sentiment::ScoringReport &report) {
        endRun();
        emit finished(report);
    });
    connect(scorer, &sentiment::CommentScorer::failed, this, [this](const QString &message) {
        endRun();
        emit failed(message);
    });
    m_thread->start();
    return true;
}

void CommentRescorer::cancel()
{
    if (!m_thread)
        return;
    m_cancelRequested->store(true);
    if (m_scorer)
        m_scorer->cancel();
}

void CommentRescorer::endRun()
{
    // The scorer's run has returned: the thread only has its event loop left to end.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace reelpulse
