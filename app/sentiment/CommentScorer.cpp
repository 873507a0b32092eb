#include "sentiment/CommentScorer.h"

#include "sentiment/CommentSentimentStore.h"
#include "sentiment/SentimentAnalyzer.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::sentiment {

CommentScorer::CommentScorer(const QString &storeFilePath, Mode mode, QObject *parent)
    : QObject(parent)
    , m_storeFilePath(storeFilePath)
    , m_mode(mode)
{
    qRegisterMetaType<ScoringReport>();
}

CommentScorer::~CommentScorer() = default;

Language CommentScorer::dominantLanguage(const QHash<QString, int> &counts)
{
    // Of the comments and captions whose language could be told (not undetermined), the language of at least half
    // and at least kMinHintTexts of them.
    constexpr int kMinHintTexts = 3;
    int told = 0;
    QString top;
    int topCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() == u"und" || it.key().isEmpty())
            continue;
        told += it.value();
        if (it.value() > topCount || (it.value() == topCount && it.key() < top)) {
            top = it.key();
            topCount = it.value();
        }
    }
    if (topCount < kMinHintTexts || topCount * 2 < told)
        return Language::Undetermined;
    const std::optional<Language> language = languageFromCode(top);
    return language && hasLexicon(*language) ? *language : Language::Undetermined;
}

Result<ScoringReport> CommentScorer::score(Database &database, Mode mode, bool all, int batchSize,
                                           const std::atomic<bool> *cancelled,
                                           const std::function<void(int, int)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance(mode);
    ScoringReport report;
    report.engineVersion = analyzer.engineVersion();
    CommentSentimentStore store(database.connection());

    auto total = store.pendingCount(report.engineVersion, all);
    if (!total.ok())
        return total.error();
    report.pendingAtStart = total.value();
    {
        QSqlQuery q(database.connection());
        if (q.exec(u"SELECT count(*) FROM comments WHERE sentiment_manual = 1"_s) && q.next())
            report.manualKept = q.value(0).toInt();
    }

    // The language prior: per account, how many of its comments (stored, and read in this run) and captions were
    // read in each language.
    QHash<QString, QHash<QString, int>> accountLanguages;
    const auto loadAccount = [&](const QString &account) -> Status {
        if (accountLanguages.contains(account))
            return Ok{};
        auto counts = store.accountLanguageCounts(account);
        if (!counts.ok())
            return counts.error();
        QHash<QString, int> &languages = accountLanguages[account];
        languages = counts.value();
        auto captions = store.accountCaptions(account);
        if (!captions.ok())
            return captions.error();
        for (const QString &caption : captions.value())
            ++languages[analyzer.detectLanguage(caption).codeString()];
        return Ok{};
    };

    qint64 lastId = 0;
    while (!(cancelled && cancelled->load())) {
        auto batch = store.pending(report.engineVersion, lastId, batchSize, all);
        if (!batch.ok())
            return batch.error();
        if (batch->isEmpty())
            break;
        QStringList texts;
        QList<qint64> items;
        texts.reserve(batch->size());
        items.reserve(batch->size());
        for (const PendingComment &comment : batch.value()) {
            texts.append(comment.text);
            items.append(comment.itemId);
        }
        auto accounts = store.itemAccounts(items);
        if (!accounts.ok())
            return accounts.error();
        for (const QString &account : accounts.value()) {
            if (auto loaded = loadAccount(account); !loaded.ok())
                return loaded.error();
        }
        // This batch's own comments count towards their accounts' languages first (a new account's first
        // comments have nothing else), read without a prior.
        const QList<DetectedLanguage> unhinted = analyzer.detectLanguages(texts);
        for (qsizetype i = 0; i < texts.size(); ++i)
            ++accountLanguages[accounts->value(items.at(i))][unhinted.at(i).codeString()];
        QHash<QString, Language> accountHints;
        QList<Language> hints;
        hints.reserve(texts.size());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QString account = accounts->value(items.at(i));
            if (!accountHints.contains(account))
                accountHints.insert(account, dominantLanguage(accountLanguages.value(account)));
            hints.append(accountHints.value(account));
        }
        const QList<SentimentAnalyzer::Scored> scored = analyzer.scoreBatch(texts, hints);
        QList<ScoredComment> comments;
        comments.reserve(scored.size());
        for (qsizetype i = 0; i < scored.size(); ++i)
            comments.append({batch->at(i).id, scored.at(i).score, scored.at(i).language.codeString()});
        auto written = database.transaction([&] { return store.writeScores(comments, report.engineVersion); });
        if (!written.ok())
            return written.error();
        report.scored += int(comments.size());
        lastId = comments.constLast().id;
        if (progress)
            progress(report.scored, report.pendingAtStart);
    }
    report.cancelled = cancelled && cancelled->load();
    report.elapsedMs = timer.elapsed();
    return report;
}

void CommentScorer::run()
{
    m_cancelled.store(false);
    auto database = Database::openFile(m_storeFilePath);
    if (!database.ok()) {
        emit failed(database.error().message);
        return;
    }
    auto report = score(*database.value(), m_mode, m_all, m_batchSize, &m_cancelled,
                        [this](int done, int total) { emit progress(done, total); });
    if (!report.ok()) {
        emit failed(report.error().message);
        return;
    }
    emit finished(report.value());
}

} // namespace reelpulse::sentiment
