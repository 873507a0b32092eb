#include "LanguageSection.h"

#include "MessageBox.h"
#include "i18n/Language.h"
#include "platform/Settings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProcess>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

LanguageSection::LanguageSection(const QString &dataDir, QWidget *parent)
    : QGroupBox(tr("Language"), parent)
    , m_dataDir(dataDir)
    , m_startedWith(i18n::languageSetting(dataDir))
    , m_choice(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setObjectName(u"languageSection"_s);
    m_choice->setObjectName(u"languageComboBox"_s);
    for (const QString &code : i18n::languageCodes())
        m_choice->addItem(i18n::languageName(code), code);
    m_choice->setCurrentIndex(m_choice->findData(m_startedWith));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_note->setObjectName(u"languageNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    auto *hint = new QLabel(tr("The language of ReelPulse and reelpulse-cli; numbers, dates and percentages follow "
                               "it. The system default follows LANGUAGE and LANG."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *row = new QHBoxLayout;
    row->addWidget(m_choice);
    row->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), row);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_note);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &LanguageSection::chosen);
}

LanguageSection::~LanguageSection() = default;

QString LanguageSection::note() const
{
    return m_note->text();
}

void LanguageSection::chosen()
{
    const QString code = m_choice->currentData().toString();
    const Status stored = Settings(m_dataDir).set(u"ui.language"_s, code);
    if (!stored.ok()) {
        m_note->setText(stored.error().message);
        return;
    }
    if (code == m_startedWith) {
        m_note->clear();
        return;
    }
    const QString name = m_choice->currentText();
    m_note->setText(tr("ReelPulse uses %1 from its next start.").arg(name));
    if (MessageBox::confirm(this, tr("Restart ReelPulse"),
                            tr("ReelPulse uses %1 from its next start. Restart now? The window closes as usual and "
                               "opens again on the same data folder.")
                                .arg(name),
                            tr("&Restart Now")))
        restart();
}

void LanguageSection::restart()
{
    // The window saves its state when it closes; the new process starts only when it did close.
    if (!window()->close())
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
}

} // namespace reelpulse
