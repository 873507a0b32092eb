#include "SettingsPage.h"

#include "CommentSentimentSection.h"
#include "EndpointProfilesSection.h"
#include "InstagramAccountSection.h"
#include "LanguageSection.h"
#include "ReadingSection.h"
#include "domain/AppInfo.h"
#include "platform/DataDir.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

SettingsPage::SettingsPage(const QString &dataDir, ScrapeController &scrape, QWidget *parent)
    : QWidget(parent)
    , m_account(new InstagramAccountSection(scrape, this))
    , m_sentiment(new CommentSentimentSection(databasePath(dataDir), scrape, this))
    , m_reading(new ReadingSection(scrape, this))
    , m_language(new LanguageSection(dataDir, this))
{
    setObjectName(u"settingsPage"_s);
    auto *heading = new QLabel(tr("Settings"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto selectable = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::PlainText);
        return label;
    };
    auto *dataLabel = selectable(dataDir);
    dataLabel->setObjectName(u"dataDirLabel"_s);
    auto *openFolder = new QPushButton(tr("&Open Data Folder"), this);
    openFolder->setAutoDefault(false);
    connect(openFolder, &QPushButton::clicked, this,
            [dataDir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dataDir)); });
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(dataLabel, 1);
    dataRow->addWidget(openFolder);

    auto *dataBox = new QGroupBox(tr("Data"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Data folder:"), dataRow);
    form->addRow(tr("Database:"), selectable(databasePath(dataDir)));
    form->addRow(tr("Version:"), selectable(appVersion()));

    auto *hint = new QLabel(tr("Start ReelPulse with --data-dir DIR, or set REELPULSE_DATA_DIR, to use another "
                               "data folder. reelpulse-cli reads and writes the same folder."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *dataLayout = new QVBoxLayout(dataBox);
    dataLayout->addLayout(form);
    dataLayout->addWidget(hint);

    auto *later = new QLabel(tr("Request limits come in a later version of ReelPulse."), this);
    later->setWordWrap(true);

    // The sections are taller than a small screen: they scroll.
    auto *content = new QWidget(this);
    content->setObjectName(u"settingsContent"_s);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(m_account);
    layout->addSpacing(8);
    layout->addWidget(m_sentiment);
    layout->addSpacing(8);
    layout->addWidget(m_reading);
    layout->addSpacing(8);
    layout->addWidget(m_language);
    layout->addSpacing(8);
    layout->addWidget(dataBox);
    layout->addWidget(new EndpointProfilesSection(dataDir, this));
    layout->addSpacing(16);
    layout->addWidget(later);
    layout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"settingsScrollArea"_s);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
}

SettingsPage::~SettingsPage() = default;

} // namespace reelpulse
