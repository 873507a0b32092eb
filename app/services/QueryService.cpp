#include "services/QueryService.h"

#include "domain/TimeFormat.h"
#include "sentiment/CommentSentimentStore.h"
#include "sentiment/SentimentAnalyzer.h"
#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/ScrapeSql.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

/// Lives in the service's thread and owns its store connection there.
class QueryService::Worker final : public QObject
{
public:
    explicit Worker(QString dataDir)
        : m_dataDir(std::move(dataDir))
    {
    }

    void open()
    {
        auto opened = Database::open(m_dataDir);
        if (opened.ok())
            m_database = std::move(opened.value());
        else
            m_openError = opened.error();
    }

    void close() { m_database.reset(); }

    void runJob(const std::function<void(Database *, const Error *)> &job)
    {
        if (!m_database && !m_openError)
            open();
        job(m_database.get(), m_openError ? &*m_openError : nullptr);
    }

private:
    QString m_dataDir;
    std::unique_ptr<Database> m_database;
    std::optional<Error> m_openError;
};

QueryService::QueryService(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(dataDir))
{
    m_thread->setObjectName(u"reelpulse-queries"_s);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->open(); }, Qt::QueuedConnection);
}

QueryService::~QueryService()
{
    // The connection is closed in the thread that opened it, after every job already given; the thread's loop
    // ends only then (a quit() from here could end it before those jobs, leaving the connection open).
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, thread = m_thread] {
            w->close();
            delete w;
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
}

void QueryService::post(std::function<void(Database *, const Error *)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, job = std::move(job)] { w->runJob(job); }, Qt::QueuedConnection);
}

void QueryService::lowerThreadPriority(int steps)
{
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread: PRIO_PROCESS with 0 is the calling thread, here the service's.
    post([steps](Database *, const Error *) {
        errno = 0;
        const int current = getpriority(PRIO_PROCESS, 0);
        if (current == -1 && errno != 0)
            return;
        if (setpriority(PRIO_PROCESS, 0, std::min(19, current + steps)) != 0)
            qWarning("the query thread keeps its priority: %s", strerror(errno));
    });
#else
    Q_UNUSED(steps)
#endif
}

namespace {

template <typename Task> Result<TaskRows<Task>> rowsOf(Database &db, TaskKind kind, const Result<QList<Task>> &tasks)
{
    if (!tasks.ok())
        return tasks.error();
    auto latest = ScrapeReader(db.connection()).latestForTasks(kind);
    if (!latest.ok())
        return latest.error();
    return TaskRows<Task>{tasks.value(), latest.value()};
}

template <typename Task> Result<TaskRow<Task>> rowOf(Database &db, const TaskRef &ref, const Result<Task> &task)
{
    if (!task.ok())
        return task.error();
    ScrapeReader reader(db.connection());
    TaskRow<Task> row{task.value(), std::nullopt};
    if (ref.kind == TaskKind::Profile) {
        auto snapshot = reader.latestProfileSnapshot(ref.id);
        if (!snapshot.ok())
            return snapshot.error();
        if (snapshot.value())
            row.latest = TaskLatest{snapshot.value(), std::nullopt};
    } else {
        auto item = reader.taskItem(ref);
        if (!item.ok())
            return item.error();
        if (item.value()) {
            StoredItem plain = *item.value();
            plain.children.clear();
            row.latest = TaskLatest{std::nullopt, plain};
        }
    }
    return row;
}

Result<SentimentOverview> overviewOf(const Result<SentimentCounts> &counts)
{
    if (!counts.ok())
        return counts.error();
    SentimentOverview overview;
    overview.summary = sentiment::SentimentSummary::fromCounts(counts->positive, counts->negative, counts->neutral,
                                                               counts->averageCompound);
    overview.unscored = counts->unscored;
    overview.stored = counts->total();
    return overview;
}

/// The overview with its language mix (the languages comments were read in; not yet read ones left out).
Result<SentimentOverview> withLanguages(Result<SentimentOverview> overview,
                                        const Result<QList<sentiment::LanguageSummary>> &languages)
{
    if (!overview.ok())
        return overview;
    if (!languages.ok())
        return languages.error();
    for (const sentiment::LanguageSummary &language : languages.value())
        if (!language.language.isEmpty())
            overview->languages.append(language);
    return overview;
}

} // namespace

QFuture<Result<TaskRows<ProfileTask>>> QueryService::profiles()
{
    return run<TaskRows<ProfileTask>>(
        [](Database &db) { return rowsOf(db, TaskKind::Profile, TrackingService(db).profiles()); });
}

QFuture<Result<TaskRows<ReelTask>>> QueryService::reels(const QString &projectName)
{
    return run<TaskRows<ReelTask>>(
        [projectName](Database &db) { return rowsOf(db, TaskKind::Reel, TrackingService(db).reels(projectName)); });
}

QFuture<Result<QList<Project>>> QueryService::projects()
{
    return run<QList<Project>>([](Database &db) { return TrackingService(db).projects(); });
}

QFuture<Result<TaskRows<VideoTask>>> QueryService::videos()
{
    return run<TaskRows<VideoTask>>(
        [](Database &db) { return rowsOf(db, TaskKind::Video, TrackingService(db).videos()); });
}

QFuture<Result<TaskRow<ProfileTask>>> QueryService::profile(const QString &id)
{
    return run<TaskRow<ProfileTask>>([id](Database &db) {
        return rowOf(db, TaskRef{TaskKind::Profile, id}, TrackingService(db).profile(id));
    });
}

QFuture<Result<TaskRow<ReelTask>>> QueryService::reel(const QString &id)
{
    return run<TaskRow<ReelTask>>([id](Database &db) {
        return rowOf(db, TaskRef{TaskKind::Reel, id}, TrackingService(db).reel(id));
    });
}

QFuture<Result<TaskRow<VideoTask>>> QueryService::video(const QString &id)
{
    return run<TaskRow<VideoTask>>([id](Database &db) {
        return rowOf(db, TaskRef{TaskKind::Video, id}, TrackingService(db).video(id));
    });
}

QFuture<Result<QList<StoredItem>>> QueryService::taskPosts(const TaskRef &task, int offset, int limit)
{
    return run<QList<StoredItem>>(
        [task, offset, limit](Database &db) { return ScrapeReader(db.connection()).taskPosts(task, limit, offset); });
}

QFuture<Result<QList<StoredComment>>> QueryService::comments(qint64 itemRowId, int offset, int limit,
                                                             CommentOrder order)
{
    return run<QList<StoredComment>>([itemRowId, offset, limit, order](Database &db) {
        return ScrapeReader(db.connection()).comments(itemRowId, offset, limit, order);
    });
}

QFuture<Result<SentimentOverview>> QueryService::taskSentiment(const TaskRef &task)
{
    return run<SentimentOverview>([task](Database &db) -> Result<SentimentOverview> {
        sentiment::CommentSentimentStore store(db.connection());
        return withLanguages(overviewOf(store.taskCounts(task)), store.taskLanguages(task));
    });
}

QFuture<Result<SentimentOverview>> QueryService::itemSentiment(qint64 itemRowId)
{
    return run<SentimentOverview>([itemRowId](Database &db) -> Result<SentimentOverview> {
        sentiment::CommentSentimentStore store(db.connection());
        return withLanguages(overviewOf(store.itemCounts(itemRowId)), store.itemLanguages(itemRowId));
    });
}

QFuture<Result<CommentLabel>> QueryService::setManualLabel(qint64 commentId, sentiment::Label label)
{
    return run<CommentLabel>([commentId, label](Database &db) -> Result<CommentLabel> {
        if (Status saved = sentiment::CommentSentimentStore(db.connection()).setManualLabel(commentId, label);
            !saved.ok())
            return saved.error();
        return CommentLabel{commentId, sentiment::labelName(label), std::nullopt, true, {}};
    });
}

QFuture<Result<CommentLabel>> QueryService::setAutomaticLabel(qint64 commentId, const QString &text,
                                                              const QString &language, sentiment::Mode mode)
{
    return run<CommentLabel>([commentId, text, language, mode](Database &db) -> Result<CommentLabel> {
        const auto &analyzer = sentiment::SentimentAnalyzer::instance(mode);
        sentiment::LanguageOptions options;
        if (const std::optional<sentiment::Language> known = sentiment::languageFromCode(language))
            options.language = *known;
        sentiment::DetectedLanguage read;
        const sentiment::SentimentScore score = analyzer.score(text, options, &read);
        // A language without a lexicon of ours keeps its own code ("ar"), as the scoring run wrote it.
        const QString code = language.isEmpty() || options.language ? read.codeString() : language;
        return db.transaction([&]() -> Result<CommentLabel> {
            sentiment::CommentSentimentStore store(db.connection());
            if (Status cleared = store.clearManualLabel(commentId); !cleared.ok())
                return cleared.error();
            if (Status written =
                    store.writeScores({sentiment::ScoredComment{commentId, score, code}}, analyzer.engineVersion());
                !written.ok())
                return written.error();
            return CommentLabel{commentId, sentiment::labelName(score.label), score.compound, false, code};
        });
    });
}

} // namespace reelpulse
