#pragma once

#include "MainWindow.h"
#include "TaskPage.h"
#include "TaskTableModel.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

namespace reelpulse::testing {

/// Runs `handle` on the next modal dialog of type Dialog once it is shown (dialogs opened with
/// exec() block the test until they close). A handler that finds a problem records it in
/// `failure` and rejects the dialog so the test can report it instead of hanging; when no such
/// dialog appears within five seconds, `failure` says so.
template <typename Dialog> void onNextModal(QString &failure, std::function<void(Dialog *)> handle)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, clock, &failure, handle] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            if (clock->elapsed() > 5000) {
                failure =
                    QStringLiteral("no %1 appeared").arg(QString::fromLatin1(Dialog::staticMetaObject.className()));
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        handle(dialog);
    });
    timer->start();
}

/// Clicks `button` when it is enabled; else records why in `failure` and rejects `dialog`.
inline void clickOrReject(QDialog *dialog, QPushButton *button, QString &failure, const QString &context)
{
    if (!button->isEnabled()) {
        failure = context + QStringLiteral(": the button \"%1\" is disabled").arg(button->text());
        dialog->reject();
        return;
    }
    QTest::mouseClick(button, Qt::LeftButton);
}

/// Waits until every task section shows the rows of its first reload (read by the query service's thread,
/// they arrive after the window is shown); false when they did not within ten seconds.
inline bool waitForTaskTables(const MainWindow &window)
{
    return QTest::qWaitFor(
        [&window] {
            for (TaskKind kind : {TaskKind::Profile, TaskKind::Reel, TaskKind::Video})
                if (!window.taskPage(kind)->model()->hasLoaded())
                    return false;
            return true;
        },
        10000);
}

} // namespace reelpulse::testing
