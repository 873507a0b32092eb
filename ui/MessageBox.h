#pragma once

#include <QString>

class QWidget;

namespace reelpulse {

/// The application's message boxes, with a seam for tests: setNextAnswer() makes the next box
/// return that answer at once instead of showing itself.
class MessageBox final
{
public:
    enum class Answer { None, Accept, Reject };

    MessageBox() = delete;

    /// Asks before a destructive step. True when the person chose `acceptText`; Cancel is the default.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText);
    /// Reports a failure the person must know about.
    static void error(QWidget *parent, const QString &title, const QString &text);

    /// The answer the next box gives without showing (Accept or Reject); None shows boxes again.
    static void setNextAnswer(Answer answer);
    /// The text of the last box asked or shown.
    static QString lastText();

private:
    static Answer takeNextAnswer();
};

} // namespace reelpulse
