#include "MessageBox.h"

#include <QMessageBox>
#include <QPushButton>

namespace reelpulse {

namespace {

MessageBox::Answer g_nextAnswer = MessageBox::Answer::None;
QString g_lastText;

} // namespace

MessageBox::Answer MessageBox::takeNextAnswer()
{
    const Answer answer = g_nextAnswer;
    g_nextAnswer = Answer::None;
    return answer;
}

void MessageBox::setNextAnswer(Answer answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    g_lastText = text;
    if (const Answer answer = takeNextAnswer(); answer != Answer::None)
        return answer == Answer::Accept;

    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void MessageBox::error(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    if (takeNextAnswer() != Answer::None)
        return;
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.exec();
}

} // namespace reelpulse
