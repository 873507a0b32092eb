#include "TaskDetailPane.h"

#include "CommentsModel.h"
#include "ModelFormat.h"
#include "SentimentHighlight.h"
#include "TaskItemsModel.h"
#include "WhenReady.h"
#include "downloads/PostDownloads.h"
#include "sentiment/SentimentAnalyzer.h"
#include "services/QueryService.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setTabKeyNavigation(false);
    view->setCornerButtonEnabled(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setMinimumSectionSize(view->fontMetrics().averageCharWidth() * 5);
    return view;
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString labelColour(sentiment::Label label)
{
    switch (label) {
    case sentiment::Label::Positive:
        return u"#2e7d32"_s;
    case sentiment::Label::Negative:
        return u"#c62828"_s;
    case sentiment::Label::Neutral:
        break;
    }
    return u"#616161"_s;
}

} // namespace

TaskDetailPane::TaskDetailPane(QueryService &queries, sentiment::Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_queries(queries)
    , m_mode(mode)
    , m_items(new TaskItemsModel(queries, this))
    , m_comments(new CommentsModel(queries, this))
{
    setObjectName(u"taskDetails"_s);
    m_comments->setSentimentMode(mode);
    m_title = makeHeading(tr("Scraped posts"), this);
    m_title->setObjectName(u"detailsTitle"_s);
    m_taskSummary = new QLabel(this);
    m_taskSummary->setObjectName(u"detailsTaskSentiment"_s);
    m_taskSummary->setTextFormat(Qt::RichText);
    m_taskSummary->setWordWrap(true);
    // Two lines kept for each summary, so that an answer arriving does not move the tables.
    const int twoLines = fontMetrics().lineSpacing() * 2 + 2;
    m_taskSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_taskSummary->setMinimumHeight(twoLines);

    m_itemsView = makeTable(this, u"detailsItemsView"_s);
    m_itemsView->setModel(m_items);
    const int unit = fontMetrics().averageCharWidth();
    const QList<int> itemWidths{15, 14, 19, 9, 9, 10, 10, 8, 8};
    for (int column = 0; column < itemWidths.size(); ++column)
        m_itemsView->setColumnWidth(column, itemWidths.at(column) * unit + 12);
    connect(m_items, &QAbstractItemModel::rowsInserted, this, &TaskDetailPane::updateItemColumns);
    connect(m_items, &QAbstractItemModel::modelReset, this, &TaskDetailPane::updateItemColumns);
    connect(m_items, &TaskItemsModel::pageFetched, this, &TaskDetailPane::onItemsPage);
    connect(m_items, &TaskItemsModel::reloaded, this, &TaskDetailPane::onItemsReloaded);
    connect(m_items, &TaskItemsModel::failed, this, [this](const QString &message) {
        if (m_selectFirstItem) {
            m_selectFirstItem = false;
            m_summary->setText(message.toHtmlEscaped());
        }
        emit failed(message);
    });

    m_commentsTitle = makeHeading(tr("Comments"), this);
    m_commentsTitle->setObjectName(u"detailsCommentsTitle"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"detailsSentimentSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setMinimumHeight(twoLines);

    m_commentsView = makeTable(this, u"detailsCommentsView"_s);
    m_commentsView->setModel(m_comments);
    m_commentsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The text takes the room left by the short columns.
    QHeaderView *commentHeader = m_commentsView->horizontalHeader();
    commentHeader->setStretchLastSection(false);
    commentHeader->setSectionResizeMode(CommentsModel::TextColumn, QHeaderView::Stretch);
    const QList<int> commentWidths{15, 0, 6, 0, 16};
    for (int column = 0; column < commentWidths.size(); ++column)
        if (commentWidths.at(column) > 0)
            m_commentsView->setColumnWidth(column, commentWidths.at(column) * unit + 12);
    // Times are as wide as the locale writes them.
    const int timeWidth =
        fontMetrics().horizontalAdvance(modelformat::displayTime(QDateTime(QDate(2024, 12, 28), QTime(23, 58)))) + 20;
    m_commentsView->setColumnWidth(CommentsModel::PostedColumn, timeWidth);
    int languageWidth = 0;
    for (const QString &code : {u"und"_s, u"pt"_s, u"it"_s, u"de"_s, u"es"_s, u"fr"_s})
        languageWidth = std::max(languageWidth, fontMetrics().horizontalAdvance(modelformat::displayLanguage(code)));
    m_commentsView->setColumnWidth(CommentsModel::LanguageColumn, languageWidth + 20);
    m_itemsView->setColumnWidth(TaskItemsModel::TakenAtColumn, timeWidth);
    connect(m_comments, &CommentsModel::overviewChanged, this, [this] {
        updateCommentsTitle();
        updateSummary();
    });
    connect(m_comments, &CommentsModel::reloaded, this, [this] { showComment(currentCommentRow()); });
    connect(m_comments, &CommentsModel::labelChanged, this, &TaskDetailPane::onLabelChanged);
    connect(m_comments, &CommentsModel::failed, this, &TaskDetailPane::failed);

    m_markPositive = new QAction(tr("Mark as &Positive"), this);
    m_markNegative = new QAction(tr("Mark as &Negative"), this);
    m_markNeutral = new QAction(tr("Mark as N&eutral"), this);
    m_markAutomatic = new QAction(tr("Use the &Automatic Label"), this);
    m_markAutomatic->setToolTip(tr("Forget the label set by hand and score the comment again."));
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_commentsView->addActions({m_markPositive, m_markNegative, m_markNeutral, separator, m_markAutomatic});
    for (QAction *action : {m_markPositive, m_markNegative, m_markNeutral, m_markAutomatic})
        connect(action, &QAction::triggered, this, [this, action] { relabel(action); });

    // "Download" on posts: the selected posts go to the Downloads section's queue.
    m_download = new QAction(tr("&Download"), this);
    m_download->setObjectName(u"downloadPostAction"_s);
    m_download->setToolTip(tr("Download the selected posts in the best quality (see Downloads)."));
    m_download->setEnabled(false);
    m_itemsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_itemsView->addAction(m_download);
    connect(m_download, &QAction::triggered, this, &TaskDetailPane::downloadSelectedPosts);
    m_downloadButton = new QPushButton(tr("Download"), this);
    m_downloadButton->setObjectName(u"downloadPostButton"_s);
    m_downloadButton->setToolTip(m_download->toolTip());
    m_downloadButton->setEnabled(false);
    connect(m_downloadButton, &QPushButton::clicked, this, &TaskDetailPane::downloadSelectedPosts);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"detailsExplanation"_s);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setFrameShape(QFrame::StyledPanel);
    m_explanation->setMargin(8);
    m_explanation->setMinimumHeight(fontMetrics().height() * 4);
    m_explanation->setBackgroundRole(QPalette::Base);
    m_explanation->setAutoFillBackground(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_downloadButton);
    leftLayout->addLayout(titleRow);
    leftLayout->addWidget(m_taskSummary);
    leftLayout->addWidget(m_itemsView, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_commentsTitle);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_commentsView, 1);
    rightLayout->addWidget(m_explanation);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"detailsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(splitter);

    connect(m_itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showItem(current.row()); });
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool any = m_itemsView->selectionModel()->hasSelection();
        m_download->setEnabled(any);
        m_downloadButton->setEnabled(any);
    });
    connect(m_commentsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showComment(current.row()); });
    clearTask();
}

TaskDetailPane::~TaskDetailPane() = default;

QString TaskDetailPane::pendingText(const QString &text)
{
    return u"<span style=\"color:gray\">%1</span>"_s.arg(text.toHtmlEscaped());
}

void TaskDetailPane::setTask(const TaskRef &task, const QString &label)
{
    m_task = task;
    switch (task.kind) {
    case TaskKind::Profile:
        m_title->setText(tr("Posts of %1").arg(label));
        break;
    case TaskKind::Reel:
        m_title->setText(tr("Reel %1").arg(label));
        break;
    case TaskKind::Video:
        m_title->setText(label);
        break;
    }
    m_taskSummary->clear();
    // A reel or video task has one post, whose summary is on the right already.
    m_taskSummary->setVisible(task.kind == TaskKind::Profile);
    readTaskSentiment();
    readFirstPage();
}

void TaskDetailPane::readFirstPage()
{
    m_items->setTask(*m_task);
    showItem(-1);
    m_summary->setText(pendingText(tr("Reading the posts…")));
    m_selectFirstItem = true;
    if (m_items->canFetchMore({}))
        m_items->fetchMore({});
}

void TaskDetailPane::clearTask()
{
    m_task.reset();
    ++m_taskGeneration;
    m_taskSentimentPending = false;
    m_selectFirstItem = false;
    m_title->setText(tr("Scraped posts"));
    m_taskSummary->clear();
    m_items->clear();
    showItem(-1);
    m_summary->setText(tr("Select a task to see its posts and comments."));
}

void TaskDetailPane::refresh()
{
    if (!m_task)
        return;
    // In place: the posts and comments that stay keep their rows and the selection.
    readTaskSentiment();
    if (m_items->rowCount() == 0) {
        readFirstPage(); // nothing shown yet
        return;
    }
    m_items->reload();
    if (m_comments->item())
        m_comments->reload();
}

void TaskDetailPane::setSentimentMode(sentiment::Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_comments->setSentimentMode(mode);
    showComment(currentCommentRow());
}

bool TaskDetailPane::isLoading() const
{
    return m_items->isLoading() || m_comments->isLoading() || m_taskSentimentPending ||
           (m_comments->item() && !m_comments->overview());
}

void TaskDetailPane::readTaskSentiment()
{
    if (!m_task || m_task->kind != TaskKind::Profile)
        return;
    const int generation = ++m_taskGeneration;
    m_taskSentimentPending = true;
    if (m_taskSummary->text().isEmpty())
        m_taskSummary->setText(pendingText(tr("Reading the sentiment of all comments…")));
    whenReady(m_queries.taskSentiment(*m_task), this, [this, generation](Result<SentimentOverview> overview) {
        if (generation != m_taskGeneration)
            return; // another task is shown, or a newer read is under way
        m_taskSentimentPending = false;
        if (!overview.ok()) {
            m_taskSummary->setText(overview.error().message.toHtmlEscaped());
            emit failed(overview.error().message);
            return;
        }
        if (overview->stored == 0) {
            m_taskSummary->setText(pendingText(tr("No comments stored for any post yet.")));
            return;
        }
        m_taskSummary->setText(
            tr("All posts, %n comment(s): %1", nullptr, overview->stored).arg(overviewText(overview.value())));
    });
}

void TaskDetailPane::onItemsPage()
{
    if (!m_selectFirstItem)
        return;
    m_selectFirstItem = false;
    if (m_items->rowCount() > 0) {
        m_itemsView->setCurrentIndex(m_items->index(0, 0));
    } else {
        showItem(-1);
        m_summary->setText(tr("Not scraped yet — press Ctrl+R to scrape it now."));
    }
}

void TaskDetailPane::onItemsReloaded()
{
    updateItemColumns();
    // The post shown is still there (its row may have moved): nothing else changes.
    if (currentItemRow() >= 0)
        return;
    if (m_items->rowCount() > 0) {
        m_itemsView->setCurrentIndex(m_items->index(0, 0));
    } else {
        showItem(-1);
        m_summary->setText(tr("Not scraped yet — press Ctrl+R to scrape it now."));
    }
}

void TaskDetailPane::updateItemColumns()
{
    // Instagram shows visitors no shares or saves, TikTok no plays apart from views: columns without
    // a single value stay out of the way.
    for (int column = TaskItemsModel::ViewsColumn; column <= TaskItemsModel::SavesColumn; ++column) {
        bool known = false;
        for (int row = 0; row < m_items->rowCount() && !known; ++row)
            known = m_items->index(row, column).data(TaskItemsModel::SortRole).toLongLong() >= 0;
        m_itemsView->setColumnHidden(column, !known && m_items->rowCount() > 0);
    }
}

int TaskDetailPane::currentItemRow() const
{
    const QModelIndex current = m_itemsView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

int TaskDetailPane::currentCommentRow() const
{
    const QModelIndex current = m_commentsView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TaskDetailPane::showItem(int row)
{
    if (row < 0 || row >= m_items->rowCount()) {
        m_comments->clear();
        m_commentsTitle->setText(tr("Comments"));
        m_summary->clear();
        showComment(-1);
        return;
    }
    const qint64 itemId = m_items->itemAt(row).rowId;
    if (m_comments->item() == itemId)
        return; // the same post, in another row after a reload
    m_comments->setItem(itemId);
    if (m_comments->canFetchMore({}))
        m_comments->fetchMore({});
    updateCommentsTitle();
    updateSummary();
    showComment(-1);
}

void TaskDetailPane::updateCommentsTitle()
{
    const int row = m_comments->item() ? m_items->rowOfItem(*m_comments->item()) : -1;
    if (row < 0) {
        m_commentsTitle->setText(tr("Comments"));
        return;
    }
    const StoredItem &item = m_items->itemAt(row);
    const QString name = item.shortcode.isEmpty() ? item.platformId : item.shortcode;
    if (!m_comments->overview())
        m_commentsTitle->setText(tr("Comments on %1").arg(name));
    else
        m_commentsTitle->setText(
            tr("Comments on %1 (%2 stored)").arg(name, QLocale().toString(m_comments->totalCount())));
}

QString TaskDetailPane::overviewText(const SentimentOverview &overview)
{
    const sentiment::SentimentSummary &summary = overview.summary;
    const int unscored = overview.unscored;
    if (summary.isEmpty())
        return unscored > 0 ? tr("No scored comments yet (%n waiting to be scored).", nullptr, unscored)
                            : tr("No comments yet.");
    const QLocale locale;
    // A part ("33.3 % negative (4)") wraps as a whole.
    auto part = [&](sentiment::Label label, const QString &name) {
        return u"<span style=\"white-space:nowrap\">%1</span>"_s.arg(
            tr("%1 % %2 (%3)")
                .arg(locale.toString(summary.percentage(label), 'f', 1), name, locale.toString(summary.count(label)))
                .toHtmlEscaped());
    };
    const sentiment::Label overall = summary.overall().value_or(sentiment::Label::Neutral);
    QString text =
        tr("Overall: <b style=\"color:%1\">%2</b> · %3 · %4 · %5")
            .arg(labelColour(overall), modelformat::displaySentiment(sentiment::labelName(overall), false),
                 part(sentiment::Label::Positive, tr("positive")), part(sentiment::Label::Negative, tr("negative")),
                 part(sentiment::Label::Neutral, tr("neutral")));
    if (unscored > 0)
        text += tr(" · %n not scored yet", nullptr, unscored);
    if (!overview.languages.isEmpty()) {
        // The language mix: the three largest, the others together.
        QStringList parts;
        double others = 0.0;
        for (qsizetype i = 0; i < overview.languages.size(); ++i) {
            const sentiment::LanguageSummary &language = overview.languages.at(i);
            if (i < 3)
                parts.append(u"<span style=\"white-space:nowrap\">%1</span>"_s.arg(
                    tr("%1 %2 %")
                        .arg(modelformat::displayLanguage(language.language), locale.toString(language.share, 'f', 1))
                        .toHtmlEscaped()));
            else
                others += language.share;
        }
        if (overview.languages.size() > 3)
            parts.append(tr("other languages %1 %").arg(locale.toString(others, 'f', 1)).toHtmlEscaped());
        text += u"<br>"_s + tr("Languages: %1").arg(parts.join(u" · "_s));
    }
    return text;
}

void TaskDetailPane::updateSummary()
{
    if (!m_comments->item()) {
        m_summary->clear();
        return;
    }
    if (!m_comments->overview()) {
        m_summary->setText(pendingText(tr("Reading the comments…")));
        return;
    }
    m_summary->setText(overviewText(*m_comments->overview()));
}

namespace {

// "Language: Spanish (from its words)": which lexicon read the comment and what told it.
QString languageText(const sentiment::DetectedLanguage &language, sentiment::Mode mode)
{
    if (mode == sentiment::Mode::Reference)
        return QCoreApplication::translate("reelpulse::TaskDetailPane",
                                           "Language: English (reference mode reads every comment as English).");
    QString name = modelformat::displayLanguage(language.codeString());
    switch (language.basis) {
    case sentiment::LanguageBasis::NoWords:
        return QCoreApplication::translate("reelpulse::TaskDetailPane",
                                           "Language: undetermined — only emoji, emoticons and ! ? count.");
    case sentiment::LanguageBasis::Words:
        return QCoreApplication::translate("reelpulse::TaskDetailPane", "Language: %1 (from its words).").arg(name);
    case sentiment::LanguageBasis::Identifier:
        return QCoreApplication::translate("reelpulse::TaskDetailPane", "Language: %1 (from its letters).").arg(name);
    case sentiment::LanguageBasis::Hint:
        return QCoreApplication::translate("reelpulse::TaskDetailPane",
                                           "Language: %1 (the account's language; its words do not tell).")
            .arg(name);
    case sentiment::LanguageBasis::Forced:
        if (language.language == sentiment::Language::Undetermined)
            return QCoreApplication::translate("reelpulse::TaskDetailPane",
                                               "Language: undetermined — only emoji, emoticons and ! ? count.");
        return QCoreApplication::translate("reelpulse::TaskDetailPane",
                                           "Language: %1 (as detected when it was scored).")
            .arg(name);
    case sentiment::LanguageBasis::English:
        break;
    }
    return QCoreApplication::translate("reelpulse::TaskDetailPane", "Language: %1.").arg(name);
}

} // namespace

void TaskDetailPane::showComment(int row)
{
    updateCommentActions();
    if (row < 0 || row >= m_comments->rowCount()) {
        m_explanation->setText(pendingText(tr("Select a comment to see which words and emoji made its sentiment.")));
        return;
    }
    // One short text scored again in the GUI thread: pure computation, no store.
    const StoredComment &comment = m_comments->commentAt(row);
    const auto &analyzer = sentiment::SentimentAnalyzer::instance(m_mode);
    // Read in the language it was scored in, so the words shown are the ones that made the stored label.
    sentiment::LanguageOptions options;
    const std::optional<sentiment::Language> stored = sentiment::languageFromCode(comment.language);
    if (stored && analyzer.mode() == sentiment::Mode::Social)
        options.language = *stored;
    const sentiment::SentimentExplanation explanation = analyzer.explain(comment.text, options);
    const QString engineLabel = modelformat::displaySentiment(sentiment::labelName(explanation.score.label), false);
    QString details = tr("Engine: %1 (compound %2)")
                          .arg(engineLabel, QLocale().toString(explanation.score.compound, 'f', 3))
                          .toHtmlEscaped();
    const QString words = sentimentContributionList(explanation);
    details += words.isEmpty() ? tr(" — no word or emoji carries sentiment.").toHtmlEscaped()
                               : u" — "_s + words.toHtmlEscaped();
    details += u"<br>"_s + languageText(explanation.language, analyzer.mode()).toHtmlEscaped();
    if (comment.sentimentManual)
        details +=
            u"<br>"_s +
            tr("Marked %1 by hand.").arg(modelformat::displaySentiment(comment.sentimentLabel, false)).toHtmlEscaped();
    m_explanation->setText(u"<div>%1</div><div style=\"color:gray; margin-top:6px;\">%2</div>"_s.arg(
        sentimentHighlightHtml(comment.text, explanation), details));
}

void TaskDetailPane::updateCommentActions()
{
    const int row = currentCommentRow();
    const bool selected = row >= 0 && row < m_comments->rowCount();
    for (QAction *action : {m_markPositive, m_markNegative, m_markNeutral})
        action->setEnabled(selected);
    m_markAutomatic->setEnabled(selected && m_comments->commentAt(row).sentimentManual);
}

void TaskDetailPane::relabel(QAction *action)
{
    const int row = currentCommentRow();
    if (row < 0)
        return;
    Status started = Ok{};
    if (action == m_markAutomatic)
        started = m_comments->setAutomaticLabel(row);
    else
        started = m_comments->setManualLabel(row, action == m_markPositive   ? CommentsModel::ManualLabel::Positive
                                                  : action == m_markNegative ? CommentsModel::ManualLabel::Negative
                                                                             : CommentsModel::ManualLabel::Neutral);
    if (!started.ok())
        emit failed(started.error().message);
    // The row, the summaries and the log follow when the store answered (onLabelChanged).
}

void TaskDetailPane::onLabelChanged(qint64 commentId)
{
    readTaskSentiment(); // the task's counts changed with the label
    const int row = m_comments->rowOfComment(commentId);
    if (row < 0)
        return;
    if (row == currentCommentRow())
        showComment(row);
    const StoredComment &comment = m_comments->commentAt(row);
    const QString author = comment.author.isEmpty() ? tr("an unknown author") : u"@"_s + comment.author;
    emit labelChanged(comment.sentimentManual
                          ? tr("Marked a comment by %1 as %2.")
                                .arg(author, modelformat::displaySentiment(comment.sentimentLabel, false))
                          : tr("A comment by %1 has its automatic label again: %2.")
                                .arg(author, modelformat::displaySentiment(comment.sentimentLabel, false)));
}

void TaskDetailPane::downloadSelectedPosts()
{
    QList<StoredItem> posts;
    for (const QModelIndex &index : m_itemsView->selectionModel()->selectedRows()) {
        if (index.row() >= 0 && index.row() < m_items->rowCount())
            posts.append(m_items->itemAt(index.row()));
    }
    postdownloads::queue(this, posts);
}

} // namespace reelpulse
