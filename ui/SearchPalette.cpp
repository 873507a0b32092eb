#include "SearchPalette.h"

#include "SearchResultsModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

/// Paints a row's rich text (the matches in bold).
class RichTextDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        QTextDocument doc;
        setUp(doc, opt, index);
        painter->save();
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        painter->translate(text.topLeft());
        painter->setClipRect(text.translated(-text.topLeft()));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        if (opt.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QTextDocument doc;
        setUp(doc, opt, index);
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2);
    }

private:
    static void setUp(QTextDocument &doc, const QStyleOptionViewItem &opt, const QModelIndex &index)
    {
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(2);
        doc.setHtml(index.data(SearchResultsModel::HtmlRole).toString());
        doc.setTextWidth(opt.rect.width() > 0 ? opt.rect.width() : 560);
    }
};

} // namespace

SearchPalette::SearchPalette(QueryService &queries, QWidget *window)
    : QFrame(window, Qt::Popup)
    , m_edit(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_status(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_model(new SearchResultsModel(queries, this))
    , m_typing(new QTimer(this))
{
    setObjectName(u"searchPalette"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_edit->setObjectName(u"searchEdit"_s);
    m_edit->setPlaceholderText(tr("Search accounts, creators, posts and comments"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);
    m_view->setObjectName(u"searchResults"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RichTextDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_view, 1);
    m_preview->setObjectName(u"searchPreview"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setOpenExternalLinks(true);
    m_preview->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_preview);
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingPause);
    connect(m_edit, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, [this] {
        m_status->setText(tr("Searching…"));
        m_model->search(m_edit->text());
    });
    connect(m_model, &SearchResultsModel::searched, this, &SearchPalette::onSearched);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showPreview(-1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showPreview(current.row()); });
    connect(m_model, &SearchResultsModel::failed, this, [this](const QString &message) { m_status->setText(message); });
    // Text fields take Ctrl+K for themselves (delete to the end of the line): in this window it opens the search.
    qApp->installEventFilter(this);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
}

SearchPalette::~SearchPalette() = default;

void SearchPalette::place()
{
    QWidget *window = parentWidget();
    if (!window)
        return;
    const QSize size(qMin(720, qMax(360, window->width() - 80)), qMin(520, qMax(240, window->height() - 120)));
    const QPoint topLeft = window->mapToGlobal(QPoint((window->width() - size.width()) / 2, 60));
    setGeometry(QRect(topLeft, size));
}

void SearchPalette::popUp()
{
    place();
    show();
    raise();
    activateWindow();
    m_edit->setFocus(Qt::PopupFocusReason);
    m_edit->selectAll();
}

void SearchPalette::dismiss()
{
    hide();
    // The window the panel came over gets the keyboard back.
    if (parentWidget())
        parentWidget()->window()->activateWindow();
}

void SearchPalette::showPreview(int row)
{
    const SearchHit *hit = m_model->hitAt(row);
    if (!hit || (hit->kind != SearchKind::Comment && hit->kind != SearchKind::Post)) {
        m_preview->clear();
        m_preview->hide();
        return;
    }
    QString html;
    if (hit->kind == SearchKind::Comment)
        html += tr("<b>%1</b> commented: %2").arg(hit->title.toHtmlEscaped(), hit->text.html(u"b"_s)) + u"<br>"_s;
    if (hit->post) {
        const QString link =
            hit->postUrl.isEmpty() ? QString() : u"<a href=\"%1\">%1</a>"_s.arg(hit->postUrl.toHtmlEscaped());
        html += tr("On the post %1 by @%2: %3")
                    .arg(link, hit->post->ownerUsername.toHtmlEscaped(), hit->post->caption.left(280).toHtmlEscaped());
    }
    QStringList tasks;
    for (const SearchTaskLink &task : hit->tasks)
        tasks << task.label.toHtmlEscaped();
    if (!tasks.isEmpty())
        html += u"<br><small>"_s + tr("Tracked by %1").arg(tasks.join(u", "_s)) + u"</small>"_s;
    m_preview->setText(html);
    m_preview->show();
}

void SearchPalette::onSearched()
{
    const int first = m_model->firstResultRow();
    if (first >= 0)
        m_view->setCurrentIndex(m_model->index(first));
    if (m_edit->text().trimmed().isEmpty())
        m_status->clear();
    else if (first < 0)
        m_status->setText(tr("Nothing found for \"%1\".").arg(m_model->query()));
    else
        m_status->setText(tr("Enter opens the selected result; Escape closes."));
}

void SearchPalette::moveSelection(int step)
{
    int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    for (int next = row + step; next >= 0 && next < m_model->rowCount(); next += step) {
        if (m_model->hitAt(next)) {
            m_view->setCurrentIndex(m_model->index(next));
            return;
        }
    }
}

void SearchPalette::openRow(int row)
{
    const SearchHit *hit = m_model->hitAt(row);
    if (!hit)
        return;
    const auto task = hit->dashboardTask();
    if (!task) {
        m_status->setText(tr("No tracked task shows this result."));
        return;
    }
    dismiss();
    emit openTask(*task);
}

bool SearchPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && watched != m_edit) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const auto *widget = qobject_cast<QWidget *>(watched);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_K) && widget && parentWidget() &&
            widget->window() == parentWidget()->window()) {
            event->ignore(); // not taken by the field: the window's shortcut runs
            return true;
        }
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // A search still waiting for the pause runs now, and Enter opens its first result.
            if (m_typing->isActive() || m_model->query() != m_edit->text()) {
                m_typing->stop();
                connect(
                    m_model, &SearchResultsModel::searched, this, [this] { openRow(m_view->currentIndex().row()); },
                    Qt::SingleShotConnection);
                m_model->search(m_edit->text());
                return true;
            }
            openRow(m_view->currentIndex().row());
            return true;
        case Qt::Key_Escape:
            dismiss();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace reelpulse
