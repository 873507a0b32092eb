#pragma once

#include "domain/TaskRef.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace reelpulse {

class QueryService;
class SearchResultsModel;
struct SearchHit;

/// The global search box (Ctrl+K): a panel over the main window with a search field and the results grouped by
/// kind, found as the person types (after a short pause, on the query service's thread). Up and Down move through
/// the results, Enter or a double click opens one (an account's dashboard, a post's dashboard, a comment's post),
/// Escape closes the panel.
class SearchPalette final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPalette)

public:
    /// Milliseconds between the last key and the search.
    static constexpr int TypingPause = 200;

    explicit SearchPalette(QueryService &queries, QWidget *window);
    ~SearchPalette() override;

    /// Shows the panel over the window with the field focused and its text selected.
    void popUp();

    QLineEdit *searchEdit() const { return m_edit; }
    QListView *resultsView() const { return m_view; }
    SearchResultsModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    /// The selected result in full: a comment with its post (link, caption) and tasks, a post's caption.
    QLabel *previewLabel() const { return m_preview; }

signals:
    /// A result was chosen: show the dashboard of this task.
    void openTask(const reelpulse::TaskRef &task);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSearched();
    void moveSelection(int step);
    void openRow(int row);
    /// Hides the panel and gives the window the keyboard back.
    void dismiss();
    void showPreview(int row);
    void place();

    QLineEdit *m_edit = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_preview = nullptr;
    SearchResultsModel *m_model = nullptr;
    QTimer *m_typing = nullptr;
};

} // namespace reelpulse
