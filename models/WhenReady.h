#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <utility>

namespace reelpulse {

/// Calls `receive(value)` on the thread of `context` once `future` has its value (a query service's answer),
/// unless `context` was destroyed first or the future was cancelled without a value: then nothing is called.
/// (QFuture::then(context, …) of Qt 6.4 asserts when its context goes before the answer, which a window
/// closed during a read would do.)
template <typename T, typename Receive> void whenReady(const QFuture<T> &future, QObject *context, Receive receive)
{
    auto *watcher = new QFutureWatcher<T>(context); // goes with the context, and its delivery with it
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, receive = std::move(receive)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (done.isValid() && done.resultCount() > 0)
                             receive(done.result());
                     });
    watcher->setFuture(future);
}

} // namespace reelpulse
